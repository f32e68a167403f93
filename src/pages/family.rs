//! Patient page for families and representatives: when the patient cannot decide, what the team will ask,
//! how decisions are made, and questions families often have (FACTS.md "Shared decision making": NICE NG197
//! does not cover emergencies or people without capacity, so families get their own page).

use leptos::prelude::*;

use crate::components::page_content::{Block, Block::*, ContentPage};
use crate::route::Route;

/// Looking after yourself.
const SELF_CARE: &[Block] = &[Para("family-self-1")];

/// What the page says, in order.
pub const BLOCKS: &[Block] = &[
    Title("family-title"),
    Lead("family-intro"),
    Heading("family-cannot-title"),
    Para("family-cannot-1"),
    // The legal frame: Mental Capacity Act 2005 (FACTS.md "Shared decision making").
    Sourced("family-cannot-2", "cite-mca"),
    Para("family-cannot-3"),
    Heading("family-ask-title"),
    Para("family-ask-1"),
    List(&[
        "family-ask-item-1",
        "family-ask-item-2",
        "family-ask-item-3",
        "family-ask-item-4",
    ]),
    Para("family-ask-2"),
    Heading("family-how-title"),
    Para("family-how-1"),
    Sourced("family-how-2", "cite-nice"),
    Para("family-how-3"),
    Para("family-how-4"),
    Heading("family-faq-title"),
    Sub("family-faq-1-q"),
    Para("family-faq-1-a"),
    Sub("family-faq-2-q"),
    Para("family-faq-2-a"),
    Sub("family-faq-3-q"),
    Para("family-faq-3-a"),
    Sub("family-faq-4-q"),
    Para("family-faq-4-a"),
    Sub("family-faq-5-q"),
    Para("family-faq-5-a"),
    Card("family-self-title", SELF_CARE),
    Next(Route::Questions, "family-next"),
];

/// The "For families and representatives" page.
#[component]
pub fn FamilyPage() -> impl IntoView {
    view! { <ContentPage class="family" blocks=BLOCKS /> }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_message_exists() {
        crate::components::page_content::tests::assert_page_messages_exist(super::BLOCKS);
    }
}
