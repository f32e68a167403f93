//! The Fluent bundles: en-GB built in (each file parsed on the first lookup of one of its messages), the
//! other locales installed when their text has been fetched, lookups with fallback to en-GB (counted), the
//! pseudo-locale switch, and reading the source tree's files for native tests and tools.

use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

use super::locales::{Locale, LocaleInfo, Part, LOCALES, SOURCE_FTL, SOURCE_LOCALE};
#[cfg(not(target_arch = "wasm32"))]
use super::locales::{GUIDE_FTL_FILES, SOURCE_PART_FTL};
use super::pseudo::pseudo_transform;

thread_local! {
    /// One slot per locale: en-GB is built on first use, the others when their text has been installed.
    /// wasm is single-threaded and native tests build their own per thread.
    static BUNDLES: RefCell<Vec<Option<FluentBundle<FluentResource>>>> = RefCell::new(
        LOCALES
            .iter()
            .enumerate()
            .map(|(i, info)| (i == SOURCE_LOCALE).then(|| new_bundle::<&str>(info, &[])))
            .collect(),
    );
    /// Which of en-GB's compiled-in files are in its bundle (bit i: `compiled_in()[i]`). Each file is parsed
    /// on the first lookup of one of its messages, so start-up parses only what the first page shows.
    pub(super) static SOURCE_PARSED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// Which locales' text of which [`Part`] is in their bundle (see [`part_bit`]).
    static PART_TEXT: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    /// Messages that were looked up in a locale that lacks them (and served from en-GB instead).
    static FALLBACKS: RefCell<Vec<(usize, String)>> = const { RefCell::new(Vec::new()) };
}

/// The locale the UI shows now, readable without the reactive system (the crash screen needs it).
static CURRENT: AtomicUsize = AtomicUsize::new(SOURCE_LOCALE);

/// Records the active locale for code that runs outside components (crash screen).
pub fn set_current(locale: Locale) {
    CURRENT.store(locale.0, Ordering::Relaxed);
}

/// The active locale as last recorded by [`set_current`].
pub fn current() -> Locale {
    Locale(CURRENT.load(Ordering::Relaxed).min(LOCALES.len() - 1))
}

/// Parses Fluent text, keeping whatever parsed: a syntax error is caught by the native tests, and at run time
/// the messages it spoiled fall back to English.
pub(super) fn parse(source: String) -> FluentResource {
    FluentResource::try_new(source).unwrap_or_else(|(res, _)| res)
}

pub(super) fn new_bundle<S: AsRef<str>>(
    info: &LocaleInfo,
    sources: &[S],
) -> FluentBundle<FluentResource> {
    let lang: LanguageIdentifier = info.tag.parse().expect("shipped locale tags are valid");
    let mut bundle = FluentBundle::new(vec![lang]);
    // Isolation marks stay on: they keep numbers and names readable inside right-to-left text.
    bundle.set_use_isolating(true);
    for source in sources {
        bundle.add_resource_overriding(parse(source.as_ref().to_owned()));
    }
    bundle
}

/// Whether `locale`'s text is available now (en-GB always is).
pub fn is_loaded(locale: Locale) -> bool {
    BUNDLES.with(|b| b.borrow()[locale.0].is_some())
}

/// Installs a locale's Fluent text (the joined `.ftl` file the build writes). Returns how many messages it
/// defines; text that does not parse is skipped (those messages fall back to English and are counted). Text
/// with no message at all (say, an error page a host sent instead) is not installed and returns 0.
pub fn install(locale: Locale, ftl: &str) -> usize {
    let resource = parse(ftl.to_owned());
    let messages = message_count(&resource);
    if messages > 0 {
        let mut bundle = new_bundle::<&str>(locale.info(), &[]);
        bundle.add_resource_overriding(resource);
        BUNDLES.with(|b| b.borrow_mut()[locale.0] = Some(bundle));
        // A new bundle has none of the parts' text.
        let mask = Part::ALL
            .iter()
            .fold(0, |m, &part| m | part_bit(part, locale));
        PART_TEXT.with(|s| s.set(s.get() & !mask));
    }
    messages
}

/// The bit of `part`'s text of `locale` in `PART_TEXT`.
fn part_bit(part: Part, locale: Locale) -> u64 {
    1 << (part.index() * 32 + locale.0)
}

/// How many messages `resource` defines.
fn message_count(resource: &FluentResource) -> usize {
    resource
        .entries()
        .filter(|e| matches!(e, fluent_syntax::ast::Entry::Message(_)))
        .count()
}

/// Whether `locale`'s text of `part` is in its bundle.
pub fn part_text_loaded(part: Part, locale: Locale) -> bool {
    PART_TEXT.with(|s| s.get() & part_bit(part, locale) != 0)
}

/// Adds a locale's text of `part` (the joined `<tag>.<part>.ftl` the build writes) to its bundle, which
/// must be there already (en-GB's always is; another locale's once its guide text is installed). Returns how
/// many messages it defines; nothing is added when that is 0 or the locale has no bundle yet.
pub fn install_part_text(part: Part, locale: Locale, ftl: &str) -> usize {
    let resource = parse(ftl.to_owned());
    let messages = message_count(&resource);
    if messages == 0 {
        return 0;
    }
    let added = BUNDLES.with(|b| match b.borrow_mut()[locale.0].as_mut() {
        Some(bundle) => {
            bundle.add_resource_overriding(resource);
            true
        }
        None => false,
    });
    if !added {
        return 0;
    }
    PART_TEXT.with(|s| s.set(s.get() | part_bit(part, locale)));
    messages
}

/// en-GB's Fluent files compiled into this build: the guide's; a native build (tests, tools) has every
/// part's too.
fn compiled_in() -> &'static [&'static str] {
    #[cfg(target_arch = "wasm32")]
    {
        &SOURCE_FTL
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        static ALL: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
            SOURCE_FTL
                .iter()
                .chain(SOURCE_PART_FTL.iter().flat_map(|files| files.iter()))
                .copied()
                .collect()
        });
        &ALL
    }
}

/// How many of en-GB's files are compiled into this build (see [`compiled_in`]).
#[cfg(test)]
pub(super) fn compiled_in_count() -> usize {
    compiled_in().len()
}

// `SOURCE_PARSED` is a 32-bit mask (the parts' files count in native builds), `PART_TEXT` two of 32 bits.
const _: () = assert!(
    SOURCE_FTL.len()
        + super::locales::SIMULATOR_FTL_FILES.len()
        + super::locales::DECIDE_FTL_FILES.len()
        <= 32
        && LOCALES.len() <= 32
        && Part::ALL.len() <= 2,
    "SOURCE_PARSED and PART_TEXT are bit masks"
);

/// Shown for a message that exists in no locale: a neutral mark rather than a raw message id.
pub const MISSING_TEXT: &str = "…";

fn format_in(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// Builds the English bundle with the messages of the page frame (header, notices, footer: shell.ftl), so
/// the app's first build does not also pay for that. Start-up runs it in a task of its own.
pub fn prepare_frame_messages() {
    let _ = translate(Locale(SOURCE_LOCALE), "app-name", None);
}

/// Formats message `id` in `locale`, falling back to en-GB (and counting the fallback).
pub fn translate(locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
    if let Some(text) = format_loaded(locale, id, args) {
        return text;
    }
    if locale.0 != SOURCE_LOCALE {
        FALLBACKS.with(|f| f.borrow_mut().push((locale.0, id.to_owned())));
        if let Some(text) = format_loaded(Locale(SOURCE_LOCALE), id, args) {
            return text;
        }
    }
    if add_source_file_defining(id) {
        if let Some(text) = format_loaded(Locale(SOURCE_LOCALE), id, args) {
            return text;
        }
    }
    MISSING_TEXT.to_owned()
}

/// `id` formatted from what `locale`'s bundle holds now, if it has the message.
fn format_loaded(locale: Locale, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    BUNDLES.with(|bundles| {
        bundles.borrow()[locale.0]
            .as_ref()
            .and_then(|b| format_in(b, id, args))
    })
}

/// Adds the en-GB file that defines message `id` to the en-GB bundle, if it is not there yet. Returns whether
/// it added one.
fn add_source_file_defining(id: &str) -> bool {
    let Some(file) = compiled_in().iter().position(|source| defines(source, id)) else {
        return false;
    };
    let bit = 1_u32 << file;
    if SOURCE_PARSED.with(|p| p.get()) & bit != 0 {
        return false;
    }
    SOURCE_PARSED.with(|p| p.set(p.get() | bit));
    let resource = parse(compiled_in()[file].to_owned());
    BUNDLES.with(|b| {
        if let Some(bundle) = b.borrow_mut()[SOURCE_LOCALE].as_mut() {
            bundle.add_resource_overriding(resource);
        }
    });
    true
}

/// Whether Fluent `source` defines message `id` (a line starting `id =`).
pub(super) fn defines(source: &str, id: &str) -> bool {
    if id.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(found) = source[from..].find(id) {
        let start = from + found;
        let end = start + id.len();
        let at_line_start = start == 0 || source.as_bytes()[start - 1] == b'\n';
        if at_line_start && source[end..].trim_start_matches(' ').starts_with('=') {
            return true;
        }
        from = end;
    }
    false
}

/// How many lookups so far fell back to en-GB from another locale.
pub fn fallback_count() -> usize {
    FALLBACKS.with(|f| f.borrow().len())
}

/// Switches the source language to the pseudo-locale (`?pseudo` in the address; for testers and the
/// browser tests, never offered to readers).
pub fn use_pseudo_locale() {
    let mut bundle = new_bundle(&LOCALES[SOURCE_LOCALE], compiled_in());
    bundle.set_transform(Some(pseudo_transform));
    BUNDLES.with(|b| b.borrow_mut()[SOURCE_LOCALE] = Some(bundle));
    SOURCE_PARSED.with(|p| p.set(u32::MAX));
}

/// The Fluent files of one locale as they are in the source tree (the guide's, then each part's), read from
/// disk (for native tests and tools; the app itself uses the compiled-in en-GB and the fetched joined files).
#[cfg(not(target_arch = "wasm32"))]
pub fn source_files(locale: Locale) -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(locale.info().tag);
    GUIDE_FTL_FILES
        .iter()
        .chain(Part::ALL.iter().flat_map(|part| part.files()))
        .map(|name| {
            let path = dir.join(format!("{name}.ftl"));
            std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
        })
        .collect()
}

/// Installs `locale` from the source tree, as the app would after fetching it (native tests).
#[cfg(not(target_arch = "wasm32"))]
pub fn install_from_sources(locale: Locale) {
    if !is_loaded(locale) {
        install(locale, &source_files(locale).join("\n"));
    }
}

/// Message ids defined by one locale, in source order (for completeness checks).
#[cfg(not(target_arch = "wasm32"))]
pub fn message_ids(locale: Locale) -> Vec<String> {
    let mut ids = Vec::new();
    for source in source_files(locale) {
        for entry in parse(source).entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.push(m.id.name.to_owned());
            }
        }
    }
    ids
}

/// The ids en-GB has that `locale` lacks.
#[cfg(not(target_arch = "wasm32"))]
pub fn missing_ids(locale: Locale) -> Vec<String> {
    let have = message_ids(locale);
    message_ids(Locale(SOURCE_LOCALE))
        .into_iter()
        .filter(|id| !have.contains(id))
        .collect()
}
