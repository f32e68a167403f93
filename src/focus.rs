//! Moving keyboard focus where a reader expects it after the page changes under them (a control that
//! replaced itself, a section that loaded), shared by the pages and the on-demand loader.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves keyboard focus to the element `selector` names once it is drawn (after the next frame: the control
/// pressed may have gone, or the element may only now appear).
pub fn focus_when_drawn(selector: &'static str) {
    request_animation_frame(move || {
        if let Ok(Some(el)) = document().query_selector(selector) {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}
