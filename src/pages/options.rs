//! Patient page: the other choices (usual care, balloon pump, ECMO, larger pumps, long-term pump or
//! transplant, comfort-focused care) and what happens without the pump, with the same per-100 pictures as
//! the benefits-and-risks page wherever FACTS.md has trial numbers ("Alternatives", "Benefits and harms").

use leptos::prelude::*;

use crate::components::outcome_compare::{Group, Outcome as Compared};
use crate::components::page_content::{Block, Block::*, ContentPage};
use crate::route::Route;

/// Balloon pump against usual care, 30 days (IABP-SHOCK II).
pub const IABP_DEATH: Compared = Compared {
    key: "iabp-death",
    title: "options-iabp-death-title",
    summary: "options-iabp-death-summary",
    yes: "options-iabp-death-yes",
    no: "options-iabp-death-no",
    first: Group {
        label: "options-with-iabp",
        count: 40,
    },
    second: Some(Group {
        label: "options-usual-only",
        count: 41,
    }),
    cite: "cite-iabp",
};

/// The microaxial pump against a balloon pump, 30 days, 48 very sick ventilated people (IMPRESS).
pub const VERSUS_IABP: Compared = Compared {
    key: "versus-iabp",
    title: "options-versus-title",
    summary: "options-versus-summary",
    yes: "options-iabp-death-yes",
    no: "options-iabp-death-no",
    first: Group {
        label: "options-with-pump",
        count: 46,
    },
    second: Some(Group {
        label: "options-with-iabp",
        count: 50,
    }),
    cite: "cite-impress",
};

/// VA-ECMO against usual care, 30 days (ECLS-SHOCK): deaths, bleeding, blood-vessel problems.
pub const ECMO: [Compared; 3] = [
    Compared {
        key: "ecmo-death",
        title: "options-ecmo-death-title",
        summary: "options-ecmo-death-summary",
        yes: "options-ecmo-death-yes",
        no: "options-ecmo-death-no",
        first: Group {
            label: "options-with-ecmo",
            count: 48,
        },
        second: Some(Group {
            label: "options-usual-only",
            count: 49,
        }),
        cite: "cite-ecls",
    },
    Compared {
        key: "ecmo-bleeding",
        title: "options-ecmo-bleeding-title",
        summary: "options-ecmo-bleeding-summary",
        yes: "options-ecmo-bleeding-yes",
        no: "options-ecmo-bleeding-no",
        first: Group {
            label: "options-with-ecmo",
            count: 23,
        },
        second: Some(Group {
            label: "options-usual-only",
            count: 10,
        }),
        cite: "cite-ecls",
    },
    Compared {
        key: "ecmo-vessel",
        title: "options-ecmo-vessel-title",
        summary: "options-ecmo-vessel-summary",
        yes: "options-ecmo-vessel-yes",
        no: "options-ecmo-vessel-no",
        first: Group {
            label: "options-with-ecmo",
            count: 11,
        },
        second: Some(Group {
            label: "options-usual-only",
            count: 4,
        }),
        cite: "cite-ecls",
    },
];

/// Saying no to the pump.
const SAYING_NO: &[Block] = &[Para("options-no-1"), Sourced("options-no-2", "cite-nice")];

/// What the page says, in order.
pub const BLOCKS: &[Block] = &[
    Title("options-title"),
    Lead("options-intro"),
    Heading("options-usual-title"),
    Para("options-usual-1"),
    Para("options-usual-2"),
    Sourced("options-usual-3", "cite-danger"),
    // Why 59 in 100 here and 30–40 in 100 on the shock page (FACTS.md).
    Sourced("options-usual-why", "cite-berg"),
    Sourced("options-usual-fit", "cite-danger-fit"),
    Sourced("options-usual-machines", "cite-danger-escalation"),
    Link(Route::Risks, "options-usual-link"),
    Card("options-no-title", SAYING_NO),
    Heading("options-iabp-title"),
    Para("options-iabp-1"),
    Outcome(IABP_DEATH, true),
    Outcome(VERSUS_IABP, true),
    Sourced("options-versus-isar", "cite-isar"),
    Heading("options-ecmo-title"),
    Para("options-ecmo-1"),
    Outcome(ECMO[0], true),
    Outcome(ECMO[1], true),
    Outcome(ECMO[2], true),
    Sourced("options-ecmo-stroke", "cite-stroke-review"),
    Heading("options-bigger-title"),
    Para("options-bigger-1"),
    Note("options-no-numbers"),
    Heading("options-long-title"),
    Para("options-long-1"),
    Para("options-long-2"),
    Note("options-no-numbers"),
    Heading("options-comfort-title"),
    Para("options-comfort-1"),
    Para("options-comfort-2"),
    Next(Route::After, "options-next"),
];

/// The "Other choices" page.
#[component]
pub fn OptionsPage() -> impl IntoView {
    view! { <ContentPage class="options" blocks=BLOCKS /> }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_message_exists() {
        crate::components::page_content::tests::assert_page_messages_exist(super::BLOCKS);
    }
}
