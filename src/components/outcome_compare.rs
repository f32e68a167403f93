//! One outcome told in numbers out of 100: a heading, a plain-words summary, one icon array per group (with
//! the pump / without, or one group when there is no fair comparison), both framings in text ("46 died",
//! "54 were alive") and the source label. Used by the benefits-and-risks and other-options pages so every
//! option gets the same detail.

use leptos::prelude::*;

use crate::components::cite_link::cite_link;
use crate::components::icon_array::{IconArray, PEOPLE};
use crate::components::rich_text::Rich;
use crate::i18n::{args, I18n};

/// One group of people in a comparison: its name (message id) and how many per 100 the outcome happened to.
#[derive(Clone, Copy, Debug)]
pub struct Group {
    /// Message id naming the group, e.g. "With the pump".
    pub label: &'static str,
    /// Per 100 people.
    pub count: u32,
}

/// One outcome: its messages, its groups and its source label.
#[derive(Clone, Copy, Debug)]
pub struct Outcome {
    /// Element id and test hook.
    pub key: &'static str,
    /// Heading message.
    pub title: &'static str,
    /// Plain-words summary message (may hold glossary links).
    pub summary: &'static str,
    /// "{ $count } out of 100 died…" message.
    pub yes: &'static str,
    /// "{ $count } out of 100 were alive…" message.
    pub no: &'static str,
    /// The first group (the treatment).
    pub first: Group,
    /// The comparison group, when there is a fair one.
    pub second: Option<Group>,
    /// Source label message.
    pub cite: &'static str,
}

impl Outcome {
    /// Every message id this outcome shows (for completeness tests).
    pub fn message_ids(&self) -> Vec<&'static str> {
        let mut ids = vec![
            self.title,
            self.summary,
            self.yes,
            self.no,
            self.cite,
            self.first.label,
        ];
        ids.extend(self.second.map(|g| g.label));
        ids
    }
}

/// Both framings of a count out of 100: (it happened, it did not).
pub fn framings(count: u32) -> (u32, u32) {
    let count = count.min(PEOPLE);
    (count, PEOPLE - count)
}

/// One group's picture with its counts in text and in the picture's accessible name.
fn group_figure(i18n: I18n, outcome: Outcome, group: Group) -> impl IntoView {
    let (yes, no) = framings(group.count);
    let yes_text = move || i18n.t_args(outcome.yes, &args(&[("count", yes)]));
    let no_text = move || i18n.t_args(outcome.no, &args(&[("count", no)]));
    let label = Signal::derive(move || {
        let name = i18n.t(group.label);
        i18n.t_args(
            "risks-picture",
            &args(&[
                ("group", name.as_str()),
                ("yes", yes_text().as_str()),
                ("no", no_text().as_str()),
            ]),
        )
    });
    view! {
        <figure class="outcome-group">
            <figcaption>
                <strong>{move || i18n.t(group.label)}</strong>
                <span class="count-yes">{yes_text}</span>
                <span class="count-no">{no_text}</span>
            </figcaption>
            <IconArray affected=group.count label=label />
        </figure>
    }
}

/// The section for one outcome; `subheading` uses `<h3>` under a page's `<h2>` sections.
pub fn outcome_section(i18n: I18n, o: Outcome, subheading: bool) -> impl IntoView {
    let heading_id = format!("outcome-{}", o.key);
    let title = move || i18n.t(o.title);
    let heading = if subheading {
        view! { <h3 id=heading_id.clone()>{title}</h3> }.into_any()
    } else {
        view! { <h2 id=heading_id.clone()>{title}</h2> }.into_any()
    };
    let groups = match o.second {
        Some(second) => view! {
            {group_figure(i18n, o, o.first)}
            {group_figure(i18n, o, second)}
        }
        .into_any(),
        None => group_figure(i18n, o, o.first).into_any(),
    };
    view! {
        <section class="outcome" aria-labelledby=heading_id data-outcome=o.key>
            {heading}
            <p><Rich text=move || i18n.t(o.summary) /></p>
            <div class="outcome-groups">{groups}</div>
            <p class="source">{i18n.tr("cite-label")}": "{cite_link(i18n, o.cite)}</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_framings_add_up_to_100() {
        assert_eq!(framings(46), (46, 54));
        assert_eq!(framings(0), (0, 100));
        assert_eq!(framings(120), (100, 0));
    }
}
