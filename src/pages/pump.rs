//! Patient page: what the heart pump is, where it sits, what it does and what it cannot do, and NICE's
//! status for it. Facts: FACTS.md "The procedure", "Device facts" and "NICE guidance".

use leptos::prelude::*;

use crate::components::page_content::{Block, Block::*, ContentPage};
use crate::route::Route;

/// A plain drawing of the pump across the aortic valve: blood in at the tip, out above the valve.
const PUMP_DRAWING: &str = r#"<svg viewBox="0 0 200 170" class="step-svg" aria-hidden="true" focusable="false">
<path class="ln chamber" d="M70 96c-18 20-20 56 0 70 10 6 22 6 32 2 24-9 40-44 38-72"/>
<path class="ln chamber" d="M70 96c6-8 14-10 22-10M118 86c8 0 16 4 22 10"/>
<path class="ln vessel" d="M92 86V30c0-12 8-18 18-18h60M118 86V46c0-6 4-8 8-8h44"/>
<path class="valve" d="M92 86l13 6 13-6"/>
<path class="tube" d="M170 26h-58c-6 0-10 4-10 10v76"/>
<rect class="pump" x="96" y="66" width="12" height="80" rx="5"/>
<path class="arrow" d="M102 164v-12m-4 4 4-4 4 4M113 74v-14m-3 4 3-4 3 4"/></svg>"#;

/// NICE's status for the pump.
/// NICE's "information and support" pointers for patients (HTG775 information for the public; FACTS.md): plain
/// links a reader may choose to follow; the guide itself fetches nothing from these sites.
const SIGNPOSTS: &[(&str, &str)] = &[
    (
        "https://www.nhs.uk/conditions/heart-attack/complications/",
        "pump-signpost-nhs-complications",
    ),
    (
        "https://www.nhs.uk/nhs-services/hospitals/",
        "pump-signpost-nhs-hospitals",
    ),
    (
        "https://www.nhs.uk/nhs-services/hospitals/referrals-for-specialist-care/",
        "pump-signpost-nhs-referrals",
    ),
    (
        "https://www.nice.org.uk/about/what-we-do/our-programmes/nice-guidance/nice-interventional-procedures-guidance",
        "pump-signpost-nice-procedures",
    ),
    (
        "https://www.nice.org.uk/about/what-we-do/our-programmes/nice-guidance/interventional-procedures-guidance/patients-carers",
        "pump-signpost-nice-recommendations",
    ),
    (
        "https://www.healthwatch.co.uk/your-local-healthwatch/list",
        "pump-signpost-healthwatch",
    ),
];

const NICE: &[Block] = &[
    Para("pump-nice-1"),
    Para("pump-nice-2"),
    Para("pump-nice-3"),
    Sub("pump-signpost-title"),
    Para("pump-signpost-intro"),
    Outbound(SIGNPOSTS, "pump-signpost-leaves"),
    Note("pump-signpost-not-ours"),
];

/// What the page says, in order.
pub const BLOCKS: &[Block] = &[
    Title("pump-title"),
    Lead("pump-intro"),
    Heading("pump-where-title"),
    Figure(PUMP_DRAWING, "pump-picture"),
    Para("pump-where-1"),
    Para("pump-where-2"),
    Heading("pump-does-title"),
    Para("pump-does-1"),
    Para("pump-does-2"),
    Para("pump-does-3"),
    Para("pump-does-4"),
    Sourced("pump-flow", "cite-maker"),
    Link(Route::Demo, "pump-see-demo"),
    Heading("pump-cannot-title"),
    List(&[
        "pump-cannot-1",
        "pump-cannot-2",
        "pump-cannot-3",
        "pump-cannot-4",
    ]),
    Card("pump-nice-title", NICE),
    Next(Route::Insertion, "pump-next"),
];

/// The "What the heart pump is" page.
#[component]
pub fn PumpPage() -> impl IntoView {
    view! { <ContentPage class="pump" blocks=BLOCKS /> }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_message_exists() {
        crate::components::page_content::tests::assert_page_messages_exist(super::BLOCKS);
    }
}
