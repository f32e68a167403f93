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
pub const OUTCOMES: [Compared; 6] = [
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
    Compared {
        key: "long",
        title: "risks-long-title",
        summary: "risks-long-summary",
        yes: "risks-long-yes",
        no: "risks-long-no",
        first: Group {
            label: "risks-with",
            count: 53,
        },
        second: Some(Group {
            label: "risks-without",
            count: 69,
        }),
        cite: "cite-danger-10y",
    },
];

/// Who the numbers are about.
const WHO: &[Block] = &[
    Para("risks-who-1"),
    Sourced("risks-who-2", "cite-danger-fit"),
];

/// How sure we can be.
const SURE: &[Block] = &[
    Para("risks-sure-1"),
    Para("risks-sure-2"),
    Para("risks-sure-3"),
];

/// Everything before the picture legend.
pub const BEFORE_LEGEND: &[Block] = &[
    Title("risks-title"),
    Sourced("risks-intro-1", "cite-danger"),
    Para("risks-intro-2"),
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
    Outcome(OUTCOMES[5], false),
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
}
