//! Patient page: benefits and risks in numbers out of 100, each with icon arrays for "with" and "without"
//! the pump, who the numbers apply to, how uncertain they are and what NICE says.
//!
//! Every number here is from FACTS.md "Benefits and harms" and carries its source label.

use leptos::prelude::*;

use crate::components::icon_array::{IconArray, PersonIcon, PEOPLE};
use crate::components::rich_text::{Cite, Rich};
use crate::i18n::{args, use_i18n, I18n};
use crate::route::Route;

/// One outcome: its messages, the counts per 100 and the source label.
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
    /// Per 100 with the pump.
    pub with_pump: u32,
    /// Per 100 without the pump, when there is a fair comparison.
    pub without_pump: Option<u32>,
    /// Source label message.
    pub cite: &'static str,
}

/// The outcomes in the order the page shows them: the benefit first, then the harms, with equal detail.
pub const OUTCOMES: [Outcome; 6] = [
    Outcome {
        key: "death",
        title: "risks-death-title",
        summary: "risks-death-summary",
        yes: "risks-death-yes",
        no: "risks-death-no",
        with_pump: 46,
        without_pump: Some(59),
        cite: "cite-danger",
    },
    Outcome {
        key: "harm",
        title: "risks-harm-title",
        summary: "risks-harm-summary",
        yes: "risks-harm-yes",
        no: "risks-harm-no",
        with_pump: 24,
        without_pump: Some(6),
        cite: "cite-danger",
    },
    Outcome {
        key: "dialysis",
        title: "risks-dialysis-title",
        summary: "risks-dialysis-summary",
        yes: "risks-dialysis-yes",
        no: "risks-dialysis-no",
        with_pump: 42,
        without_pump: Some(27),
        cite: "cite-danger",
    },
    Outcome {
        key: "bleeding",
        title: "risks-bleeding-title",
        summary: "risks-bleeding-summary",
        yes: "risks-bleeding-yes",
        no: "risks-bleeding-no",
        with_pump: 26,
        without_pump: Some(15),
        cite: "cite-danger-bleeding",
    },
    // Stroke: 1–4 per 100 on a microaxial pump across studies; the picture shows the top of the range.
    Outcome {
        key: "stroke",
        title: "risks-stroke-title",
        summary: "risks-stroke-summary",
        yes: "risks-stroke-yes",
        no: "risks-stroke-no",
        with_pump: 4,
        without_pump: None,
        cite: "cite-stroke-review",
    },
    Outcome {
        key: "long",
        title: "risks-long-title",
        summary: "risks-long-summary",
        yes: "risks-long-yes",
        no: "risks-long-no",
        with_pump: 53,
        without_pump: Some(69),
        cite: "cite-danger-10y",
    },
];

/// Both framings of a count out of 100: (it happened, it did not).
pub fn framings(count: u32) -> (u32, u32) {
    let count = count.min(PEOPLE);
    (count, PEOPLE - count)
}

/// One group's picture with its counts in text and in the picture's accessible name.
fn group_figure(i18n: I18n, outcome: Outcome, group: &'static str, count: u32) -> impl IntoView {
    let (yes, no) = framings(count);
    let yes_text = move || i18n.t_args(outcome.yes, &args(&[("count", yes)]));
    let no_text = move || i18n.t_args(outcome.no, &args(&[("count", no)]));
    let label = Signal::derive(move || {
        let group = i18n.t(group);
        i18n.t_args(
            "risks-picture",
            &args(&[
                ("group", group.as_str()),
                ("yes", yes_text().as_str()),
                ("no", no_text().as_str()),
            ]),
        )
    });
    view! {
        <figure class="outcome-group">
            <figcaption>
                <strong>{move || i18n.t(group)}</strong>
                <span class="count-yes">{yes_text}</span>
                <span class="count-no">{no_text}</span>
            </figcaption>
            <IconArray affected=count label=label />
        </figure>
    }
}

fn outcome_section(i18n: I18n, o: Outcome) -> impl IntoView {
    let heading_id = format!("outcome-{}", o.key);
    let groups = match o.without_pump {
        Some(without) => view! {
            {group_figure(i18n, o, "risks-with", o.with_pump)}
            {group_figure(i18n, o, "risks-without", without)}
        }
        .into_any(),
        None => group_figure(i18n, o, "risks-on-pump", o.with_pump).into_any(),
    };
    view! {
        <section class="outcome" aria-labelledby=heading_id.clone() data-outcome=o.key>
            <h2 id=heading_id.clone()>{move || i18n.t(o.title)}</h2>
            <p><Rich text=move || i18n.t(o.summary) /></p>
            <div class="outcome-groups">{groups}</div>
            <p class="source">{i18n.tr("cite-label")}": "{move || i18n.t(o.cite)}</p>
        </section>
    }
}

/// The "Benefits and risks, in numbers" page.
#[component]
pub fn RisksPage() -> impl IntoView {
    let i18n = use_i18n();
    let outcomes = OUTCOMES
        .iter()
        .map(|&o| outcome_section(i18n, o))
        .collect_view();
    view! {
        <article class="page patient risks">
            <h1>{i18n.tr("risks-title")}</h1>
            <p class="lead">{i18n.tr("risks-intro-1")}<Cite text=i18n.tr("cite-danger") /></p>
            <p>{i18n.tr("risks-intro-2")}</p>

            <section class="card" aria-labelledby="risks-who">
                <h2 id="risks-who">{i18n.tr("risks-who-title")}</h2>
                <p>{i18n.tr("risks-who-1")}</p>
                <p>{i18n.tr("risks-who-2")}<Cite text=i18n.tr("cite-danger-fit") /></p>
            </section>

            <h2>{i18n.tr("risks-read-title")}</h2>
            <p>{i18n.tr("risks-read-1")}</p>
            <ul class="legend">
                <li><PersonIcon affected=true />{i18n.tr("risks-legend-yes")}</li>
                <li><PersonIcon affected=false />{i18n.tr("risks-legend-no")}</li>
            </ul>

            {outcomes}

            <section class="card" aria-labelledby="risks-sure">
                <h2 id="risks-sure">{i18n.tr("risks-sure-title")}</h2>
                <p>{i18n.tr("risks-sure-1")}</p>
                <p>{i18n.tr("risks-sure-2")}</p>
                <p>{i18n.tr("risks-sure-3")}</p>
            </section>

            <section aria-labelledby="risks-nice">
                <h2 id="risks-nice">{i18n.tr("risks-nice-title")}</h2>
                <p>{i18n.tr("risks-nice-1")}</p>
                <p>{i18n.tr("risks-nice-2")}</p>
                <p><Rich text=i18n.tr("risks-nice-3") /></p>
                <p>{i18n.tr("risks-nice-4")}</p>
                <p>{i18n.tr("risks-nice-5")}</p>
            </section>
            <p class="next"><a href=Route::Questions.href()>{i18n.tr("risks-next")}</a></p>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{message_ids, Locale};

    #[test]
    fn every_outcome_message_exists_and_counts_fit_in_100() {
        let known = message_ids(Locale::default());
        for o in OUTCOMES {
            for id in [o.title, o.summary, o.yes, o.no, o.cite] {
                assert!(known.iter().any(|k| k == id), "{id}");
            }
            assert!(o.with_pump <= 100 && o.without_pump.unwrap_or(0) <= 100);
        }
    }

    #[test]
    fn both_framings_add_up_to_100() {
        assert_eq!(framings(46), (46, 54));
        assert_eq!(framings(0), (0, 100));
        assert_eq!(framings(120), (100, 0));
    }
}
