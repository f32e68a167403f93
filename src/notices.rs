//! The notices shown under the header (a language loading or failing to load, an unknown `?lang=`), as a
//! context type that any part of the page may write to and the app root shows (`components::notice_bar`).

use leptos::prelude::*;

use crate::i18n::Locale;

/// A notice shown under the header until the reader dismisses it or changes page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A `?lang=` link asked for a language the guide does not have.
    UnknownLocale(String),
    /// A language's text is being downloaded (the first time it is chosen).
    LocaleLoading(Locale),
    /// A language's text could not be downloaded (offline before the first visit, or a host problem).
    LocaleFailed(Locale),
}

/// The notice slot, shared through context so the language picker can report loading and failures.
#[derive(Clone, Copy)]
pub struct Notices(pub RwSignal<Option<Notice>>);
