//! An icon array: 100 small people in a 10 × 10 grid, some filled in. It shows "how many out of 100" at a
//! glance, the way decision aids present risk (IPDAS; FACTS.md "How to present numbers").
//!
//! Colour is never the only signal: affected people are solid figures, the others are hollow outlines, and a
//! legend uses the same two shapes. Screen readers get one image with its count in words (`aria-label`),
//! and the count is also printed as text beside it by the page.

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;

/// How many people one array shows.
pub const PEOPLE: u32 = 100;
/// People per row.
pub const PER_ROW: u32 = 10;
/// Size of one person's cell in SVG units.
const CELL: u32 = 10;

/// A rectangle of the grid filled with people of one kind, in cells: the array is drawn as a few of these,
/// each painted with a repeating pattern of one person, instead of a hundred separate figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    /// First column, 0 = the start of the row.
    pub col: u32,
    /// First row, 0 = the top row.
    pub row: u32,
    /// Width in people.
    pub cols: u32,
    /// Height in rows.
    pub rows: u32,
    /// Filled in (the people the number is about).
    pub affected: bool,
}

/// Lays out 100 people row by row, the counted ones first, so they form one block that is easy to compare:
/// full rows of counted people, the rest of them at the start of the next row, then everyone else. Counts
/// above 100 are shown as 100. Empty blocks are left out.
pub fn blocks(affected: u32) -> Vec<Block> {
    let affected = affected.min(PEOPLE);
    let (full, rest) = (affected / PER_ROW, affected % PER_ROW);
    let rows = PEOPLE / PER_ROW;
    let split = full + u32::from(rest > 0);
    [
        Block {
            col: 0,
            row: 0,
            cols: PER_ROW,
            rows: full,
            affected: true,
        },
        Block {
            col: 0,
            row: full,
            cols: rest,
            rows: 1,
            affected: true,
        },
        Block {
            col: rest,
            row: full,
            cols: PER_ROW - rest,
            rows: u32::from(rest > 0),
            affected: false,
        },
        Block {
            col: 0,
            row: split,
            cols: PER_ROW,
            rows: rows - split,
            affected: false,
        },
    ]
    .into_iter()
    .filter(|b| b.cols > 0 && b.rows > 0)
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
    // Pattern ids must be unique in the document; the pre-rendered copy renames them (end2end/prerender.mjs).
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let pattern = |affected: bool| format!("icons{id}-{}", if affected { "a" } else { "b" });
    let rects = blocks(affected)
        .into_iter()
        .map(|b| {
            view! {
                <rect
                    x=b.col * CELL
                    y=b.row * CELL
                    width=b.cols * CELL
                    height=b.rows * CELL
                    fill=format!("url(#{})", pattern(b.affected))
                />
            }
        })
        .collect_view();
    let person = |affected: bool| {
        let class = if affected {
            "person affected"
        } else {
            "person"
        };
        view! {
            <pattern id=pattern(affected) width=CELL height=CELL patternUnits="userSpaceOnUse">
                <path class=class d=person_path(0, 0) />
            </pattern>
        }
    };
    view! {
        <svg class="icon-array" viewBox=format!("0 0 {size} {size}") role="img" aria-label=label focusable="false">
            <defs>{person(true)} {person(false)}</defs>
            {rects}
        </svg>
    }
}

/// Numbers the icon arrays of a page, for their pattern ids.
static NEXT_ID: AtomicU32 = AtomicU32::new(0);

#[cfg(test)]
mod tests {
    use super::*;

    /// How many people of each kind the blocks cover, and whether they cover the grid exactly once.
    fn tally(blocks: &[Block]) -> (u32, u32, bool) {
        let mut seen = [[0_u8; PER_ROW as usize]; (PEOPLE / PER_ROW) as usize];
        let (mut counted, mut others) = (0, 0);
        for b in blocks {
            for row in b.row..b.row + b.rows {
                for col in b.col..b.col + b.cols {
                    seen[row as usize][col as usize] += 1;
                    if b.affected {
                        counted += 1;
                    } else {
                        others += 1;
                    }
                }
            }
        }
        (counted, others, seen.iter().flatten().all(|n| *n == 1))
    }

    #[test]
    fn blocks_cover_the_ten_by_ten_grid_once_with_the_count_filled_first() {
        for n in 0..=100 {
            let b = blocks(n);
            assert_eq!(tally(&b), (n, 100 - n, true), "{n} of 100");
            // Counted people come first in reading order: no counted cell after an uncounted one.
            let first_other = b
                .iter()
                .filter(|b| !b.affected)
                .map(|b| b.row * PER_ROW + b.col)
                .min();
            let last_counted = b
                .iter()
                .filter(|b| b.affected)
                .map(|b| (b.row + b.rows - 1) * PER_ROW + b.col + b.cols - 1)
                .max();
            if let (Some(o), Some(c)) = (first_other, last_counted) {
                assert!(c < o, "{n}: counted people end before the others start");
            }
        }
        assert_eq!(
            blocks(46),
            vec![
                Block {
                    col: 0,
                    row: 0,
                    cols: 10,
                    rows: 4,
                    affected: true
                },
                Block {
                    col: 0,
                    row: 4,
                    cols: 6,
                    rows: 1,
                    affected: true
                },
                Block {
                    col: 6,
                    row: 4,
                    cols: 4,
                    rows: 1,
                    affected: false
                },
                Block {
                    col: 0,
                    row: 5,
                    cols: 10,
                    rows: 5,
                    affected: false
                },
            ]
        );
    }

    #[test]
    fn counts_are_clamped_to_the_hundred_people_shown() {
        assert_eq!(tally(&blocks(0)), (0, 100, true));
        assert_eq!(tally(&blocks(250)), (100, 0, true));
    }
}
