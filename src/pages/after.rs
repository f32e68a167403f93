//! Patient page: life on the pump and after: intensive care, lying still, how long, removal, going home,
//! check-ups, recovery, and what happens if the pump does not work (FACTS.md "Life on the pump, and after").

use leptos::prelude::*;

use crate::components::page_content::{Block, Block::*, ContentPage};
use crate::route::Route;

/// If the pump does not work: escalation, long-term options, or stopping and comfort.
const IF_IT_FAILS: &[Block] = &[
    Para("after-fail-1"),
    Para("after-fail-2"),
    Para("after-fail-3"),
];

/// What the page says, in order.
pub const BLOCKS: &[Block] = &[
    Title("after-title"),
    Lead("after-intro"),
    Heading("after-icu-title"),
    Para("after-icu-1"),
    Para("after-icu-2"),
    Para("after-icu-3"),
    Heading("after-still-title"),
    Para("after-still-1"),
    Para("after-still-2"),
    Para("after-still-3"),
    Heading("after-long-title"),
    Sourced("after-long-1", "cite-danger-esc"),
    Sourced("after-long-2", "cite-maker"),
    // NICE's question "How long will I stay in hospital?", answered with the burden (FACTS.md).
    Heading("after-stay-title"),
    Sourced("after-stay-1", "cite-danger-icu"),
    Sourced("after-stay-2", "cite-danger-icu"),
    Heading("after-out-title"),
    Para("after-out-1"),
    Sourced("after-out-2", "cite-maker"),
    Key("after-out-3"),
    Heading("after-home-title"),
    Para("after-home-1"),
    Sourced("after-home-2", "cite-nice"),
    Heading("after-recover-title"),
    Sourced("after-recover-1", "cite-pics"),
    Sourced("after-recover-2", "cite-shock-trial"),
    Card("after-fail-title", IF_IT_FAILS),
    Next(Route::Family, "after-next"),
];

/// The "Life on the pump, and after" page.
#[component]
pub fn AfterPage() -> impl IntoView {
    view! { <ContentPage class="after" blocks=BLOCKS /> }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_message_exists() {
        crate::components::page_content::tests::assert_page_messages_exist(super::BLOCKS);
    }
}
