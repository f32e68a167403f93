//! Patient page: benefits and risks in numbers out of 100, each with icon arrays for "with" and "without"
//! the pump, who the numbers apply to, how uncertain they are and what NICE says.
//!
//! Every number here is from FACTS.md "Benefits and harms" and carries its source label.

use leptos::prelude::*;

use crate::components::icon_array::PersonIcon;
use crate::components::outcome_compare::{Group, Outcome as Compared};
use crate::components::page_content::{render, render_in_steps, Block, Block::*};
use crate::i18n::use_i18n;
use crate::route::Route;

/// The outcomes in the order the page shows them: the benefit first, then the harms, with equal detail.
pub const OUTCOMES: [Compared; 5] = [
    Compared {
        key: "death",
        title: "risks-death-title",
        summary: "risks-death-summary",
        yes: "risks-death-yes",
        no: "risks-death-no",
        first: Group {
            label: "risks-with",
            count: 46,
        },
        second: Some(Group {
            label: "risks-without",
            count: 59,
        }),
        cite: "cite-danger",
    },
    Compared {
        key: "harm",
        title: "risks-harm-title",
        summary: "risks-harm-summary",
        yes: "risks-harm-yes",
        no: "risks-harm-no",
        first: Group {
            label: "risks-with",
            count: 24,
        },
        second: Some(Group {
            label: "risks-without",
            count: 6,
        }),
        cite: "cite-danger",
    },
    Compared {
        key: "dialysis",
        title: "risks-dialysis-title",
        summary: "risks-dialysis-summary",
        yes: "risks-dialysis-yes",
        no: "risks-dialysis-no",
        first: Group {
            label: "risks-with",
            count: 42,
        },
        second: Some(Group {
            label: "risks-without",
            count: 27,
        }),
        cite: "cite-danger",
    },
    Compared {
        key: "bleeding",
        title: "risks-bleeding-title",
        summary: "risks-bleeding-summary",
        yes: "risks-bleeding-yes",
        no: "risks-bleeding-no",
        first: Group {
            label: "risks-with",
            count: 26,
        },
        second: Some(Group {
            label: "risks-without",
            count: 15,
        }),
        cite: "cite-danger-bleeding",
    },
    // Stroke: 1–4 per 100 on a microaxial pump across studies; the picture shows the top of the range.
    Compared {
        key: "stroke",
        title: "risks-stroke-title",
        summary: "risks-stroke-summary",
        yes: "risks-stroke-yes",
        no: "risks-stroke-no",
        first: Group {
            label: "risks-on-pump",
            count: 4,
        },
        second: None,
        cite: "cite-stroke-review",
    },
];

/// Who the numbers are about.
const WHO: &[Block] = &[
    Para("risks-who-1"),
    Sourced("risks-who-2", "cite-danger-fit"),
    Para("risks-who-3"),
];

/// The trade-off in one line, per 100 people like those in the trial (the numbers are the outcomes' own;
/// a native test checks every locale's sentence carries them).
const TRADE_OFF: &[Block] = &[Summary(
    "risks-tradeoff",
    &["cite-danger", "cite-danger-bleeding"],
)];

/// How sure we can be, with the later, unplanned look of up to 10 years: text only, less weight than the
/// 6-month pictures (FACTS.md: 343 of 355 analysed, post-hoc, published as correspondence).
const SURE: &[Block] = &[
    Para("risks-sure-1"),
    Para("risks-sure-2"),
    Para("risks-sure-3"),
    Sub("risks-long-title"),
    Para("risks-long-1"),
    Sourced("risks-long-2", "cite-danger-10y"),
];

/// Everything before the picture legend.
pub const BEFORE_LEGEND: &[Block] = &[
    Title("risks-title"),
    Sourced("risks-intro-1", "cite-danger"),
    Para("risks-intro-2"),
    Sourced("risks-usual-machines", "cite-danger-escalation"),
    Card("risks-tradeoff-title", TRADE_OFF),
    Card("risks-who-title", WHO),
    Heading("risks-read-title"),
    Para("risks-read-1"),
];

/// The outcomes, then what the evidence is worth and what NICE says.
pub const AFTER_LEGEND: &[Block] = &[
    Outcome(OUTCOMES[0], false),
    Outcome(OUTCOMES[1], false),
    Outcome(OUTCOMES[2], false),
    Outcome(OUTCOMES[3], false),
    Outcome(OUTCOMES[4], false),
    Card("risks-sure-title", SURE),
    Heading("risks-nice-title"),
    Para("risks-nice-1"),
    Para("risks-nice-2"),
    Para("risks-nice-3"),
    Para("risks-nice-4"),
    Para("risks-nice-5"),
    Next(Route::Questions, "risks-next"),
];

/// The "Benefits and risks, in numbers" page.
#[component]
pub fn RisksPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <article class="page patient risks">
            {render(i18n, BEFORE_LEGEND)}
            <ul class="legend">
                <li><PersonIcon affected=true />{i18n.tr("risks-legend-yes")}</li>
                <li><PersonIcon affected=false />{i18n.tr("risks-legend-no")}</li>
            </ul>
            {render_in_steps(i18n, AFTER_LEGEND)}
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{message_ids, Locale};

    #[test]
    fn every_message_exists() {
        let mut all = BEFORE_LEGEND.to_vec();
        all.extend_from_slice(AFTER_LEGEND);
        crate::components::page_content::tests::assert_page_messages_exist(&all);
    }

    #[test]
    fn every_outcome_message_exists_and_counts_fit_in_100() {
        let known = message_ids(Locale::default());
        for o in OUTCOMES {
            for id in o.message_ids() {
                assert!(known.iter().any(|k| k == id), "{id}");
            }
            assert!(o.first.count <= 100 && o.second.map_or(0, |g| g.count) <= 100);
        }
    }

    /// The trade-off sentence is typed text in each language; it must carry the pictures' own numbers.
    #[test]
    fn the_trade_off_line_carries_the_outcomes_numbers_in_every_locale() {
        let mut expected: Vec<u32> = Vec::new();
        for key in ["death", "harm", "dialysis", "bleeding"] {
            let o = OUTCOMES.iter().find(|o| o.key == key).expect(key);
            expected.push(o.first.count);
            expected.push(o.second.expect("a comparison").count);
        }
        for locale in Locale::all() {
            crate::i18n::install_from_sources(locale);
            let text = crate::i18n::translate(locale, "risks-tradeoff", None);
            let numbers: Vec<u32> = text
                .split(|c: char| !c.is_ascii_digit())
                .filter_map(|n| n.parse().ok())
                .collect();
            for n in &expected {
                assert!(
                    numbers.contains(n),
                    "{}: risks-tradeoff lacks {n}: {text}",
                    locale.info().tag
                );
            }
        }
    }
}
