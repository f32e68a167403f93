//! The friendly crash screen. A panic in WebAssembly leaves the app dead, so instead of a frozen page the
//! reader sees a translated explanation and a reload button. It is built with plain DOM calls because the
//! reactive system may be what failed; the reload button works through `public/boot.js`, which runs without
//! WebAssembly.

use crate::i18n::{current, translate};

/// Installs the panic hook: the error goes to the developer console, the reader gets the crash screen.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_screen();
    }));
}

/// Replaces the page with the crash screen, in the reader's language.
pub fn show_crash_screen() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let locale = current();
    let text = |id: &str| translate(locale, id, None);
    let build = || -> Result<web_sys::Element, wasm_bindgen::JsValue> {
        let screen = document.create_element("div")?;
        screen.set_id("crash");
        screen.set_attribute("role", "alert")?;
        screen.set_attribute("lang", locale.info().tag)?;
        let title = document.create_element("h1")?;
        title.set_text_content(Some(&text("crash-title")));
        let body_text = document.create_element("p")?;
        body_text.set_text_content(Some(&text("crash-body")));
        let reload = document.create_element("button")?;
        reload.set_attribute("type", "button")?;
        reload.set_attribute("data-action", "reload")?;
        reload.set_text_content(Some(&text("crash-reload")));
        screen.append_child(&title)?;
        screen.append_child(&body_text)?;
        screen.append_child(&reload)?;
        Ok(screen)
    };
    if let Ok(screen) = build() {
        body.set_inner_html("");
        let _ = body.append_child(&screen);
    }
}
