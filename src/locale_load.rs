//! Fetches a locale's Fluent text from the site's own origin (cached by the service worker for offline use)
//! and installs it: the guide's text (`locales/<tag>.ftl`; en-GB's is compiled in and never fetched) and,
//! once a reader has opened a page of a part fetched on demand (an [`i18n::Part`]: the simulator, "Prepare
//! to decide"), that part's text (`locales/<tag>.<part>.ftl`, every locale).

use std::cell::Cell;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{self, Locale, Part};

thread_local! {
    /// Which parts' pages have been opened in this visit (bit: [`Part::index`]), so a change of language
    /// fetches the new language's text of those parts too.
    static PARTS_WANTED: Cell<u8> = const { Cell::new(0) };
}

/// Why a locale could not be loaded (for the console; the reader sees a translated notice).
#[derive(Debug)]
pub struct LoadError(pub String);

fn wanted() -> impl Iterator<Item = Part> {
    let mask = PARTS_WANTED.with(Cell::get);
    Part::ALL
        .into_iter()
        .filter(move |part| mask & (1 << part.index()) != 0)
}

/// Whether `locale`'s text is all here: the guide's, and that of every part whose page has been opened (a
/// change of language needs them all before it shows).
pub fn is_ready(locale: Locale) -> bool {
    i18n::is_loaded(locale) && wanted().all(|part| i18n::part_text_loaded(part, locale))
}

/// Makes `locale`'s text available: does nothing if it already is, otherwise downloads and installs it
/// (with the text of every part whose page has been opened).
pub async fn load(locale: Locale) -> Result<(), LoadError> {
    if !i18n::is_loaded(locale) {
        let url = i18n::locale_url(locale);
        let text = fetch_text(&url).await?;
        installed(&url, i18n::install(locale, &text))?;
    }
    for part in wanted() {
        load_part_text(part, locale).await?;
    }
    Ok(())
}

/// Makes the text of `part` in `locale` available, and en-GB's (the fallback for a message a translation
/// lacks); from now on a change of language fetches the new language's too.
pub async fn load_part_text(part: Part, locale: Locale) -> Result<(), LoadError> {
    PARTS_WANTED.with(|w| w.set(w.get() | (1 << part.index())));
    let english = Locale::default();
    if locale == english {
        return install_part_text(part, english).await;
    }
    let (english, own) = futures::join!(
        install_part_text(part, english),
        install_part_text(part, locale)
    );
    english.and(own)
}

/// Fetches and installs `locale`'s text of `part`, unless it is there already (or its guide text is not:
/// the part's text is added to that bundle).
async fn install_part_text(part: Part, locale: Locale) -> Result<(), LoadError> {
    if i18n::part_text_loaded(part, locale) || !i18n::is_loaded(locale) {
        return Ok(());
    }
    let url = i18n::part_text_url(part, locale);
    let text = fetch_text(&url).await?;
    // Two pages may have asked at once: install it once.
    if i18n::part_text_loaded(part, locale) {
        return Ok(());
    }
    installed(&url, i18n::install_part_text(part, locale, &text))
}

/// The result of installing the text from `url`, which defined `messages`: none is an error (say, an error
/// page a host sent instead).
fn installed(url: &str, messages: usize) -> Result<(), LoadError> {
    match messages {
        0 => Err(LoadError(format!("{url}: no Fluent messages in the file"))),
        _ => Ok(()),
    }
}

/// The text at `url` (relative to the page), or why not.
async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let fail = |what: &str| LoadError(format!("{url}: {what}"));
    let window = web_sys::window().ok_or_else(|| fail("no window"))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| fail("network error"))?
        .dyn_into()
        .map_err(|_| fail("not a response"))?;
    if !response.ok() {
        return Err(fail(&format!("HTTP {}", response.status())));
    }
    JsFuture::from(response.text().map_err(|_| fail("unreadable body"))?)
        .await
        .map_err(|_| fail("unreadable body"))?
        .as_string()
        .ok_or_else(|| fail("body is not text"))
}
