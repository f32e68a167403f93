//! An icon array: 100 small people in a 10 × 10 grid, some filled in. It shows "how many out of 100" at a
//! glance, the way decision aids present risk (IPDAS; FACTS.md "How to present numbers").
//!
//! Colour is never the only signal: affected people are solid figures, the others are hollow outlines, and a
//! legend uses the same two shapes. Screen readers get one image with its count in words (`aria-label`),
//! and the count is also printed as text beside it by the page.

use leptos::prelude::*;

/// How many people one array shows.
pub const PEOPLE: u32 = 100;
/// People per row.
pub const PER_ROW: u32 = 10;
/// Size of one person's cell in SVG units.
const CELL: u32 = 10;

/// One person in the grid: column, row and whether they are counted (filled in).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Person {
    /// Column, 0 = the start of the row.
    pub col: u32,
    /// Row, 0 = the top row.
    pub row: u32,
    /// Filled in (the people the number is about).
    pub affected: bool,
}

/// Lays out 100 people row by row, the counted ones first, so they form one block that is easy to compare.
/// Counts above 100 are shown as 100.
pub fn layout(affected: u32) -> Vec<Person> {
    let affected = affected.min(PEOPLE);
    (0..PEOPLE)
        .map(|i| Person {
            col: i % PER_ROW,
            row: i / PER_ROW,
            affected: i < affected,
        })
        .collect()
}

/// The SVG path of one small person (head and shoulders) in a 10 × 10 cell whose top-left corner is (x, y).
fn person_path(x: u32, y: u32) -> String {
    let (x, y) = (x as f32, y as f32);
    format!(
        "M{hx} {hy}a2 2 0 1 0 4 0a2 2 0 1 0 -4 0z M{bx} {by}v-1.6c0-2 1.5-3.2 3.5-3.2s3.5 1.2 3.5 3.2v1.6z",
        hx = x + 3.0,
        hy = y + 2.4,
        bx = x + 1.5,
        by = y + 9.6,
    )
}

/// A person drawn the way the array draws it, for legends.
#[component]
pub fn PersonIcon(
    /// Solid (counted) or hollow.
    affected: bool,
) -> impl IntoView {
    let class = if affected {
        "person affected"
    } else {
        "person"
    };
    view! {
        <svg class="legend-icon" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
            <path class=class d=person_path(0, 0) />
        </svg>
    }
}

/// 100 people with `affected` of them filled in. `label` is the accessible description, e.g.
/// "Picture of 100 people: 46 died, 54 were alive."
#[component]
pub fn IconArray(
    /// How many of the 100 are filled in.
    affected: u32,
    /// What the picture shows, in words, including the count.
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let size = PER_ROW * CELL;
    let (filled, hollow): (Vec<Person>, Vec<Person>) =
        layout(affected).into_iter().partition(|p| p.affected);
    // Two paths, not 100 elements: a smaller page and a single node per kind.
    let path_of = |people: &[Person]| {
        people
            .iter()
            .map(|p| person_path(p.col * CELL, p.row * CELL))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let filled = path_of(&filled);
    let hollow = path_of(&hollow);
    view! {
        <svg class="icon-array" viewBox=format!("0 0 {size} {size}") role="img" aria-label=label focusable="false">
            <path class="person" d=hollow />
            <path class="person affected" d=filled />
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lays_out_a_ten_by_ten_grid_with_the_count_filled_first() {
        let people = layout(46);
        assert_eq!(people.len(), 100);
        assert_eq!(people.iter().filter(|p| p.affected).count(), 46);
        assert!(people[..46].iter().all(|p| p.affected));
        assert_eq!(
            people[45],
            Person {
                col: 5,
                row: 4,
                affected: true
            }
        );
        assert_eq!(
            people[99],
            Person {
                col: 9,
                row: 9,
                affected: false
            }
        );
    }

    #[test]
    fn counts_are_clamped_to_the_hundred_people_shown() {
        assert_eq!(layout(0).iter().filter(|p| p.affected).count(), 0);
        assert_eq!(layout(250).iter().filter(|p| p.affected).count(), 100);
    }
}
