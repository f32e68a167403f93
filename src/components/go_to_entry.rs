//! Going to the entry a link asked for (a glossary word, a full reference): scroll it into view and give it
//! keyboard focus once the app has finished moving to the new page.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Scrolls to the element with id `id` and focuses it, one short timer after the page change (the app scrolls
/// to the top when it changes page; this must come after that).
pub fn go_to_entry(id: String) {
    set_timeout(
        move || {
            if let Some(el) = document().get_element_by_id(&id) {
                el.scroll_into_view();
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        },
        Duration::from_millis(30),
    );
}
