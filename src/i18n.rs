//! Internationalisation: the Fluent bundles for every locale, locale negotiation, and the `t` helpers.
//!
//! Every visible string lives in `locales/<lang>/*.ftl`; en-GB is the source language. en-GB's text of the
//! guide is compiled into the binary with `include_str!`, so the guide always has its text and its fallback.
//! Every other locale is one file, `locales/<tag>.ftl` in the built site (`cargo xtask build` joins that
//! locale's `.ftl` files), fetched from the site's own origin when the reader chooses it and cached by the
//! service worker for offline use (see [`locale_url`] and `crate::locale_load`). This keeps the wasm download
//! the same size however many languages we add. The text of a part fetched on demand (a [`Part`]:
//! the simulator, "Prepare to decide"; `locales/<lang>/<part>/`) is `locales/<tag>.<part>.ftl` for every
//! locale, en-GB too, fetched with the part's module ([`part_text_url`], `crate::on_demand`), so a reader of
//! the other pages never downloads it. A message missing from the active locale falls back to en-GB and is counted, so tests
//! can prove a locale is complete; a message missing everywhere shows a neutral marker, never its raw id.

mod catalogue;
mod format;
mod locales;
mod pseudo;

pub use catalogue::{
    current, fallback_count, install, install_part_text, is_loaded, part_text_loaded,
    prepare_frame_messages, set_current, translate, use_pseudo_locale, MISSING_TEXT,
};
#[cfg(not(target_arch = "wasm32"))]
pub use catalogue::{install_from_sources, message_ids, missing_ids, source_files};
pub use format::{args, decimal, strip_isolation, ACT_SECONDS_MESSAGES, COUNT_VARIABLES};
pub use locales::{
    choose_initial, locale_url, part_text_url, Direction, Locale, LocaleInfo, Part,
    DECIDE_FTL_FILES, FTL_FILE_COUNT, GUIDE_FTL_FILES, LOCALES, SIMULATOR_FTL_FILES, SOURCE_LOCALE,
};
pub use pseudo::pseudo_transform;

use fluent_bundle::FluentArgs;

/// The reactive locale handle the components use: a `Copy` wrapper around the locale signal.
///
/// Reading a message inside a reactive closure subscribes it to locale changes, so switching language
/// re-renders exactly the text that depends on it.
#[derive(Clone, Copy)]
pub struct I18n {
    locale: leptos::prelude::RwSignal<Locale>,
}

impl I18n {
    /// Wraps a locale signal.
    pub fn new(locale: leptos::prelude::RwSignal<Locale>) -> Self {
        I18n { locale }
    }

    /// The active locale (reactive read).
    pub fn locale(&self) -> Locale {
        use leptos::prelude::Get;
        self.locale.get()
    }

    /// The active locale, without subscribing.
    pub fn locale_untracked(&self) -> Locale {
        use leptos::prelude::GetUntracked;
        self.locale.get_untracked()
    }

    /// Switches the UI language.
    pub fn set_locale(&self, locale: Locale) {
        use leptos::prelude::Set;
        self.locale.set(locale);
    }

    /// Message `id` in the active locale (reactive read).
    pub fn t(&self, id: &str) -> String {
        translate(self.locale(), id, None)
    }

    /// Message `id` with Fluent arguments in the active locale (reactive read).
    pub fn t_args(&self, id: &str, args: &FluentArgs) -> String {
        translate(self.locale(), id, Some(args))
    }

    /// `value` with `digits` decimals in the active locale (reactive read).
    pub fn num(&self, value: f64, digits: usize) -> String {
        decimal(self.locale(), value, digits)
    }

    /// A closure that renders message `id` and follows locale changes: `{i18n.tr("home-title")}`.
    pub fn tr(self, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(id)
    }
}

/// The app's locale handle from context. Panics only if called outside `<App/>`, a programming error.
pub fn use_i18n() -> I18n {
    leptos::prelude::expect_context::<I18n>()
}

#[cfg(test)]
use catalogue::*;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod pseudo_tests;
