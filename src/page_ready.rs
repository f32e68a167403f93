//! When the page is whole, and the loading screen goes. At start-up the loading screen (or the pre-rendered
//! copy of the page that `public/boot.js` shows) stays until no part of the page is still waiting to be built
//! (`components::later`) and no live part is still settling (marked `aria-busy`, like the flow demo's); then
//! it is removed, so the reader never sees a half-built page replace the pre-rendered one. A part that is
//! waiting for something without being busy itself (a simulator page fetching its module) marks itself
//! `data-building` instead, so a screen reader still announces its progress note. Also [`next_task`],
//! the step that splits start-up and long pages into short tasks.

use std::cell::Cell;

use leptos::prelude::*;

thread_local! {
    /// Parts scheduled but not yet built.
    static PENDING: Cell<u32> = const { Cell::new(0) };
}

/// Notes that a part of the page will be built in a later task.
pub fn part_scheduled() {
    PENDING.with(|p| p.set(p.get() + 1));
}

/// Notes that a scheduled part was built (or its page left).
pub fn part_done() {
    PENDING.with(|p| p.set(p.get().saturating_sub(1)));
}

/// Whether some part of the page is still waiting to be built.
pub fn pending() -> bool {
    PENDING.with(Cell::get) > 0
}

/// Removes the loading screen once the page is whole: no part still waiting to be built and no live part
/// still settling.
pub fn reveal_when_whole() {
    publish_fallback_count();
    let building = document()
        .query_selector("#main [aria-busy='true'], #main [data-building]")
        .ok()
        .flatten()
        .is_some();
    if !building && !pending() {
        remove_boot_screen();
    }
}

/// Publishes how many messages fell back to English so far, for the browser tests
/// (`<html data-i18n-fallbacks>`): on every change of page title, whenever a page may be whole, and when
/// the simulator's text has arrived.
pub fn publish_fallback_count() {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute(
            "data-i18n-fallbacks",
            &crate::i18n::fallback_count().to_string(),
        );
    }
}

/// Resolves on a later task of the event loop (a zero-delay timeout), so work before and after it does not
/// add up to one long task.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Removes the "Loading…" screen that `index.html` shows until the app starts, and with it the pre-rendered
/// copy of the page that boot.js may have put there. While boot.js is still fetching that copy
/// (`<html data-preview="loading">`), waits until it has been shown, or for a second at most: the copy is the
/// same page, so showing it first costs the reader nothing, and the reader always sees the same sequence.
fn remove_boot_screen() {
    let loading = document()
        .document_element()
        .and_then(|html| html.get_attribute("data-preview"))
        .is_some_and(|v| v == "loading");
    if loading {
        let remove = || remove_boot_screen_now();
        let _ = window_event_listener_untyped("hpg-preview-done", move |_| remove());
        set_timeout(remove, std::time::Duration::from_secs(1));
    } else {
        remove_boot_screen_now();
    }
}

fn remove_boot_screen_now() {
    if let Some(boot) = document().get_element_by_id("boot") {
        // boot.js carries the copy's open menu and keyboard focus over to the app's own (public/boot.js).
        if let Ok(event) = web_sys::Event::new("hpg-take-over") {
            let _ = window().dispatch_event(&event);
        }
        boot.remove();
    }
}
