//! Fetches a locale's Fluent text from the site's own origin (`locales/<tag>.ftl`, cached by the service
//! worker for offline use) and installs it. en-GB is compiled in and never fetched.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{self, Locale};

/// Why a locale could not be loaded (for the console; the reader sees a translated notice).
#[derive(Debug)]
pub struct LoadError(pub String);

/// Makes `locale`'s text available: does nothing if it already is, otherwise downloads and installs it.
pub async fn load(locale: Locale) -> Result<(), LoadError> {
    if i18n::is_loaded(locale) {
        return Ok(());
    }
    let url = i18n::locale_url(locale);
    let fail = |what: &str| LoadError(format!("{url}: {what}"));
    let window = web_sys::window().ok_or_else(|| fail("no window"))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(|_| fail("network error"))?
        .dyn_into()
        .map_err(|_| fail("not a response"))?;
    if !response.ok() {
        return Err(fail(&format!("HTTP {}", response.status())));
    }
    let text = JsFuture::from(response.text().map_err(|_| fail("unreadable body"))?)
        .await
        .map_err(|_| fail("unreadable body"))?
        .as_string()
        .ok_or_else(|| fail("body is not text"))?;
    match i18n::install(locale, &text) {
        0 => Err(fail("no Fluent messages in the file")),
        _ => Ok(()),
    }
}
