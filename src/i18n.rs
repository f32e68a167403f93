//! Internationalisation: the Fluent bundles for every locale, locale negotiation, and the `t` helpers.
//!
//! Every visible string lives in `locales/<lang>/*.ftl`; en-GB is the source language. en-GB is compiled into
//! the binary with `include_str!`, so the guide always has its text and its fallback. Every other locale is
//! one file, `locales/<tag>.ftl` in the built site (`cargo xtask build` joins that locale's `.ftl` files),
//! fetched from the site's own origin when the reader chooses it and cached by the service worker for offline
//! use (see [`locale_url`] and `web::load`). This keeps the wasm download the same size however many
//! languages we add. A message missing from the active locale falls back to en-GB and is counted, so tests
//! can prove a locale is complete; a message missing everywhere shows a neutral marker, never its raw id.

use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// Text direction of a locale, mirrored into `<html dir>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// The value for the HTML `dir` attribute.
    pub fn as_attr(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A locale the app ships: its BCP 47 tag, its own name (shown in the picker), direction and number style.
#[derive(Debug)]
pub struct LocaleInfo {
    /// BCP 47 tag, also the folder name under `locales/`.
    pub tag: &'static str,
    /// The language's name in that language, so a reader finds it without knowing English.
    pub native_name: &'static str,
    /// Writing direction.
    pub dir: Direction,
    /// Decimal separator used when the app formats numbers itself.
    pub decimal_separator: char,
    /// A hash of the locale's Fluent files at build time: part of its download address, so a browser never
    /// pairs this build with a stale copy of the text from an HTTP cache.
    pub content_hash: u64,
}

/// Calls `$m!(…prefix… "shell", "home", …)` with the `.ftl` files every locale has (one per page or shared
/// part), in load order: the single list of file names. A native test checks it against the folders.
macro_rules! with_ftl_names {
    ($m:ident ! ($($pre:tt)*)) => {
        $m!($($pre)* "shell", "home", "about", "practice", "scenarios", "cite", "walk", "shock", "pump", "insertion", "risks", "options", "after", "family", "questions", "glossary", "demo", "limits")
    };
}

/// `[$mac!("…/locales/<tag>/<name>.ftl"), …]` for every file: `include_str` for the built-in source locale,
/// `include_bytes` (hashed at compile time, never stored in the binary) for the others.
macro_rules! ftl_paths {
    ($mac:ident, $tag:literal, $($name:literal),*) => {
        [$($mac!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $tag, "/", $name, ".ftl"))),*]
    };
}

macro_rules! ftl_names {
    ($($name:literal),*) => {
        [$($name),*]
    };
}

macro_rules! ftl_files {
    ($mac:ident, $tag:literal) => {
        with_ftl_names!(ftl_paths!($mac, $tag,))
    };
}

/// The names (without `.ftl`) of the Fluent files every locale has, in load order.
pub const FTL_FILES: &[&str] = &with_ftl_names!(ftl_names!());

/// How many Fluent files every locale has.
pub const FTL_FILE_COUNT: usize = FTL_FILES.len();

/// FNV-1a over a locale's files (with a separator between files), evaluated at compile time.
const fn content_hash(files: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut f = 0;
    while f < files.len() {
        let bytes = files[f];
        let mut i = 0;
        while i < bytes.len() {
            hash ^= bytes[i] as u64;
            hash = hash.wrapping_mul(0x0100_0000_01b3);
            i += 1;
        }
        hash ^= 0xff;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
        f += 1;
    }
    hash
}

/// The source language's Fluent files, compiled in.
const SOURCE_FTL: [&str; FTL_FILE_COUNT] = ftl_files!(include_str, "en-GB");

/// Every locale the app ships. The first is the source language and the fallback for missing messages.
pub const LOCALES: &[LocaleInfo] = &[
    LocaleInfo {
        tag: "en-GB",
        native_name: "English",
        dir: Direction::Ltr,
        decimal_separator: '.',
        content_hash: content_hash(&ftl_files!(include_bytes, "en-GB")),
    },
    LocaleInfo {
        tag: "cy",
        native_name: "Cymraeg",
        dir: Direction::Ltr,
        decimal_separator: '.',
        content_hash: content_hash(&ftl_files!(include_bytes, "cy")),
    },
    LocaleInfo {
        tag: "pl",
        native_name: "Polski",
        dir: Direction::Ltr,
        decimal_separator: ',',
        content_hash: content_hash(&ftl_files!(include_bytes, "pl")),
    },
    LocaleInfo {
        tag: "ur",
        native_name: "اردو",
        dir: Direction::Rtl,
        decimal_separator: '.',
        content_hash: content_hash(&ftl_files!(include_bytes, "ur")),
    },
];

/// Where the built site keeps a locale's text (relative to the page), with its content hash as a version.
pub fn locale_url(locale: Locale) -> String {
    let info = locale.info();
    format!("locales/{}.ftl?v={:016x}", info.tag, info.content_hash)
}

/// Index into [`LOCALES`] of the source (fallback) language.
pub const SOURCE_LOCALE: usize = 0;

/// A shipped locale, by its index into [`LOCALES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Locale(usize);

impl Default for Locale {
    fn default() -> Self {
        Locale(SOURCE_LOCALE)
    }
}

impl Locale {
    /// The static description of this locale.
    pub fn info(self) -> &'static LocaleInfo {
        &LOCALES[self.0]
    }

    /// All shipped locales, in picker order.
    pub fn all() -> impl Iterator<Item = Locale> {
        (0..LOCALES.len()).map(Locale)
    }

    /// The shipped locale whose tag is exactly `tag` (case-insensitive), if any.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        LOCALES
            .iter()
            .position(|l| l.tag.eq_ignore_ascii_case(tag.trim()))
            .map(Locale)
    }

    /// Picks the best shipped locale for a list of requested tags (most preferred first), e.g. the
    /// browser's `navigator.languages`. Returns `None` when nothing requested matches any shipped locale.
    pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> Option<Locale> {
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .filter_map(|s| s.as_ref().trim().parse().ok())
            .collect();
        let available: Vec<LanguageIdentifier> = LOCALES
            .iter()
            .map(|l| l.tag.parse().expect("shipped locale tags are valid"))
            .collect();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            None,
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|id| available.iter().position(|a| a == *id))
            .map(Locale)
    }
}

/// Where the first locale of a visit came from, most specific first: a `?lang=` link, the reader's saved
/// choice, then the browser's languages. Returns the locale and, when a `?lang=` value names no shipped
/// locale, that value so the app can say it is unavailable.
pub fn choose_initial(
    query_lang: Option<&str>,
    stored: Option<&str>,
    browser: &[String],
) -> (Locale, Option<String>) {
    let mut unknown = None;
    if let Some(q) = query_lang.map(str::trim).filter(|q| !q.is_empty()) {
        match Locale::from_tag(q).or_else(|| Locale::negotiate(&[q])) {
            Some(l) => return (l, None),
            None => unknown = Some(q.chars().take(35).collect()),
        }
    }
    let chosen = stored
        .and_then(Locale::from_tag)
        .or_else(|| Locale::negotiate(browser))
        .unwrap_or_default();
    (chosen, unknown)
}

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
    /// Which of en-GB's files are in its bundle (bit i: `FTL_FILES[i]`). Each file is parsed on the first
    /// lookup of one of its messages, so start-up parses only what the first page shows.
    static SOURCE_PARSED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
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
fn parse(source: String) -> FluentResource {
    FluentResource::try_new(source).unwrap_or_else(|(res, _)| res)
}

fn new_bundle<S: AsRef<str>>(info: &LocaleInfo, sources: &[S]) -> FluentBundle<FluentResource> {
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
    let messages = resource
        .entries()
        .filter(|e| matches!(e, fluent_syntax::ast::Entry::Message(_)))
        .count();
    if messages > 0 {
        let mut bundle = new_bundle::<&str>(locale.info(), &[]);
        bundle.add_resource_overriding(resource);
        BUNDLES.with(|b| b.borrow_mut()[locale.0] = Some(bundle));
    }
    messages
}

// `SOURCE_PARSED` has one bit per en-GB file.
const _: () = assert!(FTL_FILE_COUNT <= 32, "SOURCE_PARSED is a 32-bit mask");

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
    let Some(file) = SOURCE_FTL.iter().position(|source| defines(source, id)) else {
        return false;
    };
    let bit = 1_u32 << file;
    if SOURCE_PARSED.with(|p| p.get()) & bit != 0 {
        return false;
    }
    SOURCE_PARSED.with(|p| p.set(p.get() | bit));
    let resource = parse(SOURCE_FTL[file].to_owned());
    BUNDLES.with(|b| {
        if let Some(bundle) = b.borrow_mut()[SOURCE_LOCALE].as_mut() {
            bundle.add_resource_overriding(resource);
        }
    });
    true
}

/// Whether Fluent `source` defines message `id` (a line starting `id =`).
fn defines(source: &str, id: &str) -> bool {
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

const PSEUDO_PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const PSEUDO_ACCENTED: &str = "àƀçđéƒĝĥîĵķĺɱñöƥʠŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖƤɊŔŠŢÛṼŴẊÝŽ";

/// The pseudo-locale's transform: accents ASCII letters and pads every text part to about 140 % of its
/// length, between ⟦ ⟧, so text that skipped translation (no accents) and text that is clipped (a missing
/// ⟧) both show. Glossary link targets (`](term-id)`) are kept so links still work.
pub fn pseudo_transform(text: &str) -> std::borrow::Cow<'_, str> {
    if text.trim().is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut accented = String::with_capacity(text.len() * 2);
    let mut in_target = false;
    let mut previous = ' ';
    for c in text.chars() {
        if previous == ']' && c == '(' {
            in_target = true;
        } else if in_target && c == ')' {
            in_target = false;
        }
        let shown = match PSEUDO_PLAIN.find(c) {
            Some(i) if !in_target => PSEUDO_ACCENTED.chars().nth(i).unwrap_or(c),
            _ => c,
        };
        accented.push(shown);
        previous = c;
    }
    // Padding in short groups: longer like a real translation, but breakable like real words.
    let pad = " ~~~~".repeat(text.chars().count().div_ceil(10));
    std::borrow::Cow::Owned(format!("⟦{accented}{pad}⟧"))
}

/// Switches the source language to the pseudo-locale (`?pseudo` in the address; for testers and the
/// browser tests, never offered to readers).
pub fn use_pseudo_locale() {
    let mut bundle = new_bundle(&LOCALES[SOURCE_LOCALE], &SOURCE_FTL);
    bundle.set_transform(Some(pseudo_transform));
    BUNDLES.with(|b| b.borrow_mut()[SOURCE_LOCALE] = Some(bundle));
    SOURCE_PARSED.with(|p| p.set(u32::MAX));
}

/// Message variables that the app always passes as numbers, so translations can choose plural forms on them
/// (also `value` in the ACT messages `tr-why-act-*` and `tr-why-remove-high-act`). Every other variable is
/// text the app has already formatted, such as a decimal in the reader's number style.
pub const COUNT_VARIABLES: &[&str] = &[
    "count",
    "best",
    "attempts",
    "completed",
    "seconds",
    "done",
    "total",
    "score",
    "mistakes",
    "n",
    "right",
    "actions",
    "good",
    "unneeded",
    "wrong",
    "step",
    "low",
    "high",
    "alivelow",
    "alivehigh",
];

/// Messages whose `value` is a whole number of seconds (ACT), passed as a number.
pub const ACT_SECONDS_MESSAGES: &[&str] = &[
    "tr-why-act-checked",
    "tr-why-act-waited",
    "tr-why-remove-high-act",
];

/// Builds Fluent arguments from name/value pairs.
pub fn args<'a, V: Into<FluentValue<'a>> + Clone>(pairs: &[(&'a str, V)]) -> FluentArgs<'a> {
    let mut out = FluentArgs::new();
    for (name, value) in pairs {
        out.set(*name, value.clone());
    }
    out
}

/// Formats `value` with `digits` decimals in the locale's style ("2.9"); a non-finite value shows as "–".
pub fn decimal(locale: Locale, value: f64, digits: usize) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    // Avoid "-0.0" for values that round to zero.
    let rounded = format!("{value:.digits$}");
    let text = if rounded
        .trim_start_matches('-')
        .chars()
        .all(|c| c == '0' || c == '.')
    {
        rounded.trim_start_matches('-').to_owned()
    } else {
        rounded
    };
    let sep = locale.info().decimal_separator;
    if sep == '.' {
        text
    } else {
        text.replace('.', &sep.to_string())
    }
}

/// Removes Fluent's Unicode isolation marks (U+2068, U+2069), for plain-text copies and comparisons.
pub fn strip_isolation(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect()
}

/// The Fluent files of one locale as they are in the source tree, read from disk (for native tests and
/// tools; the app itself uses the compiled-in en-GB and the fetched joined files).
#[cfg(not(target_arch = "wasm32"))]
pub fn source_files(locale: Locale) -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(locale.info().tag);
    FTL_FILES
        .iter()
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
mod tests {
    use super::*;

    #[test]
    fn every_locale_has_every_source_message() {
        for locale in Locale::all() {
            let missing = missing_ids(locale);
            assert!(
                missing.is_empty(),
                "locale {} lacks {} message(s) that en-GB has: {}",
                locale.info().tag,
                missing.len(),
                missing.join(", ")
            );
        }
    }

    #[test]
    fn the_file_list_matches_the_locale_folders() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut folders: Vec<String> = std::fs::read_dir(&root)
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        folders.sort();
        let mut tags: Vec<String> = LOCALES.iter().map(|l| l.tag.to_owned()).collect();
        tags.sort();
        assert_eq!(
            folders, tags,
            "every folder under locales/ is a shipped locale and back"
        );
        let mut expected: Vec<String> = FTL_FILES.iter().map(|n| format!("{n}.ftl")).collect();
        expected.sort();
        for tag in &tags {
            let mut files: Vec<String> = std::fs::read_dir(root.join(tag))
                .unwrap()
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            files.sort();
            assert_eq!(
                files, expected,
                "locales/{tag}/ has exactly the files of FTL_FILES"
            );
        }
    }

    #[test]
    fn english_files_are_parsed_on_first_use_and_every_message_is_found() {
        assert!(defines("a = 1\nhome-title = Hi\n", "home-title"));
        assert!(!defines("home-title-x = Hi\n", "home-title"));
        assert!(!defines("x = see home-title = y\n", "home-title"));
        for id in message_ids(Locale::default()) {
            assert_ne!(
                translate(Locale::default(), &id, None),
                MISSING_TEXT,
                "{id} is found in its file"
            );
        }
        assert_eq!(
            SOURCE_PARSED.with(|p| p.get()),
            (1_u32 << FTL_FILE_COUNT) - 1,
            "every file was parsed once needed"
        );
    }

    #[test]
    fn a_fetched_locale_is_used_once_installed() {
        let welsh = Locale::from_tag("cy").unwrap();
        let before = fallback_count();
        if !is_loaded(welsh) {
            assert_eq!(translate(welsh, "app-name", None), "Heart Pump Guide");
            assert_eq!(
                fallback_count(),
                before + 1,
                "text of an unloaded locale is a counted fallback"
            );
        }
        install_from_sources(welsh);
        assert!(is_loaded(welsh));
        let after = fallback_count();
        assert_eq!(translate(welsh, "app-name", None), "Canllaw Pwmp y Galon");
        assert_eq!(fallback_count(), after);
        assert!(locale_url(welsh).starts_with("locales/cy.ftl?v="));
    }

    #[test]
    fn broken_fetched_text_keeps_what_parses() {
        let polish = Locale::from_tag("pl").unwrap();
        let n = install(
            polish,
            "app-name = Przewodnik\nthis is not fluent {\nhome-title = Start\n",
        );
        assert_eq!(n, 2);
        assert_eq!(translate(polish, "home-title", None), "Start");
        let before = fallback_count();
        assert_eq!(
            translate(polish, "skip-to-content", None),
            translate(Locale::default(), "skip-to-content", None)
        );
        assert_eq!(fallback_count(), before + 1);
    }

    /// Formats every message and attribute of every locale with sample arguments: count variables as numbers
    /// (0, 1, 2, 3, 4, 5, 6, 11, 12, 21, 22, 25, 100, so every plural category of every language is reached),
    /// everything else as text. No formatting error may occur.
    #[test]
    fn every_message_formats_in_every_locale_with_any_count() {
        use fluent_syntax::ast;
        fn variables<'s>(pattern: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
            for element in &pattern.elements {
                if let ast::PatternElement::Placeable { expression } = element {
                    expression_variables(expression, out);
                }
            }
        }
        fn expression_variables<'s>(e: &ast::Expression<&'s str>, out: &mut Vec<&'s str>) {
            match e {
                ast::Expression::Select { selector, variants } => {
                    if let ast::InlineExpression::VariableReference { id } = selector {
                        out.push(id.name);
                    }
                    for v in variants {
                        variables(&v.value, out);
                    }
                }
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    out.push(id.name)
                }
                ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                    expression_variables(expression, out)
                }
                ast::Expression::Inline(_) => {}
            }
        }
        let mut problems = Vec::new();
        for locale in Locale::all() {
            let sources = source_files(locale);
            let bundle = new_bundle(locale.info(), &sources);
            for source in &sources {
                for entry in parse(source.clone()).entries() {
                    let ast::Entry::Message(m) = entry else {
                        continue;
                    };
                    let mut patterns: Vec<(String, &ast::Pattern<&str>)> = Vec::new();
                    if let Some(v) = &m.value {
                        patterns.push((m.id.name.to_owned(), v));
                    }
                    for a in &m.attributes {
                        patterns.push((format!("{}.{}", m.id.name, a.id.name), &a.value));
                    }
                    for (name, pattern) in patterns {
                        let mut vars = Vec::new();
                        variables(pattern, &mut vars);
                        for n in [0, 1, 2, 3, 4, 5, 6, 11, 12, 21, 22, 25, 100] {
                            let mut a = FluentArgs::new();
                            for v in &vars {
                                if COUNT_VARIABLES.contains(v)
                                    || (*v == "value" && ACT_SECONDS_MESSAGES.contains(&m.id.name))
                                {
                                    a.set(*v, n);
                                } else {
                                    a.set(*v, "x");
                                }
                            }
                            let mut errors = Vec::new();
                            let msg = bundle.get_message(m.id.name).unwrap();
                            let p = if name.contains('.') {
                                msg.get_attribute(name.rsplit('.').next().unwrap())
                                    .unwrap()
                                    .value()
                            } else {
                                msg.value().unwrap()
                            };
                            let text = bundle.format_pattern(p, Some(&a), &mut errors);
                            if !errors.is_empty() || text.trim().is_empty() {
                                problems.push(format!(
                                    "{} {name} (n = {n}): {errors:?}",
                                    locale.info().tag
                                ));
                                break;
                            }
                        }
                    }
                }
            }
        }
        assert!(
            problems.is_empty(),
            "messages that do not format:\n{}",
            problems.join("\n")
        );
    }

    /// Counts pick the language's own plural forms: Polish has different words for 1, 2–4 and 5+, Welsh for
    /// 1 and 2, English for 1 and the rest.
    #[test]
    fn counts_use_each_languages_plural_forms() {
        fn text(tag: &str, id: &str, n: i64) -> String {
            let locale = Locale::from_tag(tag).unwrap();
            let bundle = new_bundle(locale.info(), &source_files(locale));
            let mut a = FluentArgs::new();
            a.set("count", n);
            let mut errors = Vec::new();
            let out = bundle
                .format_pattern(
                    bundle.get_message(id).unwrap().value().unwrap(),
                    Some(&a),
                    &mut errors,
                )
                .into_owned();
            assert!(errors.is_empty(), "{tag} {id}: {errors:?}");
            strip_isolation(&out).replace(&n.to_string(), "#")
        }
        let forms = |tag: &str, id: &str, ns: &[i64]| -> usize {
            let mut all: Vec<String> = ns.iter().map(|n| text(tag, id, *n)).collect();
            all.sort();
            all.dedup();
            all.len()
        };
        assert_eq!(forms("en-GB", "questions-chosen", &[1, 2, 5]), 2);
        assert_eq!(
            forms("pl", "questions-chosen", &[1, 2, 5]),
            3,
            "Polish: one, few, many"
        );
        assert_eq!(
            forms("pl", "risks-stroke-yes", &[1, 2, 5]),
            3,
            "Polish: one, few, many"
        );
        assert_eq!(
            text("pl", "risks-stroke-yes", 22),
            text("pl", "risks-stroke-yes", 3),
            "22 is 'few' in Polish"
        );
        assert_eq!(
            text("pl", "risks-stroke-yes", 12),
            text("pl", "risks-stroke-yes", 5),
            "12 is 'many' in Polish"
        );
        assert!(
            forms("cy", "questions-chosen", &[1, 2, 3]) >= 2,
            "Welsh: one and two differ"
        );
    }

    #[test]
    fn every_ftl_file_parses_without_errors() {
        for locale in Locale::all() {
            for (name, source) in FTL_FILES.iter().zip(source_files(locale)) {
                if let Err((_, errors)) = FluentResource::try_new(source) {
                    panic!(
                        "{}/{name}.ftl has Fluent syntax errors: {errors:?}",
                        locale.info().tag
                    );
                }
            }
        }
    }

    #[test]
    fn no_locale_defines_an_id_twice() {
        for locale in Locale::all() {
            let mut ids = message_ids(locale);
            let total = ids.len();
            ids.sort();
            ids.dedup();
            assert_eq!(
                ids.len(),
                total,
                "{} has duplicate message ids",
                locale.info().tag
            );
        }
    }

    #[test]
    fn missing_message_falls_back_to_english_and_is_counted() {
        let before = fallback_count();
        let welsh = Locale::from_tag("cy").unwrap();
        let text = translate(welsh, "this-id-does-not-exist", None);
        assert_eq!(
            text, MISSING_TEXT,
            "an unknown id must never show its raw id"
        );
        assert_eq!(fallback_count(), before + 1);
        let english = translate(Locale::default(), "app-name", None);
        assert_eq!(english, "Heart Pump Guide");
    }

    #[test]
    fn negotiation_picks_shipped_locales_and_rejects_unknown() {
        assert_eq!(Locale::negotiate(&["cy-GB", "en"]), Locale::from_tag("cy"));
        assert_eq!(Locale::negotiate(&["en-US"]), Locale::from_tag("en-GB"));
        assert_eq!(Locale::negotiate(&["xx", "!!bad!!"]), None);
        assert_eq!(Locale::negotiate::<&str>(&[]), None);
        assert_eq!(Locale::from_tag("CY"), Locale::from_tag("cy"));
        assert_eq!(Locale::from_tag("klingon"), None);
    }

    #[test]
    fn initial_locale_prefers_link_then_saved_then_browser() {
        let cy = Locale::from_tag("cy").unwrap();
        let en = Locale::default();
        let browser = vec!["cy-GB".to_owned()];
        assert_eq!(
            choose_initial(Some("en-GB"), Some("cy"), &browser),
            (en, None)
        );
        assert_eq!(choose_initial(None, Some("en-GB"), &browser), (en, None));
        assert_eq!(choose_initial(None, None, &browser), (cy, None));
        assert_eq!(choose_initial(None, Some("corrupt\u{0}"), &[]), (en, None));
        assert_eq!(
            choose_initial(Some("xx"), Some("cy"), &[]),
            (cy, Some("xx".to_owned()))
        );
        assert_eq!(choose_initial(Some(""), None, &[]), (en, None));
    }

    #[test]
    fn decimals_are_rounded_and_never_negative_zero() {
        let en = Locale::default();
        assert_eq!(decimal(en, 2.94, 1), "2.9");
        assert_eq!(decimal(en, -0.04, 1), "0.0");
        assert_eq!(decimal(en, 95.0, 0), "95");
        assert_eq!(decimal(en, f64::NAN, 1), "–");
    }

    #[test]
    fn arguments_are_formatted_with_isolation_marks() {
        let a = args(&[("lang", "xx")]);
        let text = translate(Locale::default(), "shell-unknown-locale", Some(&a));
        assert!(text.contains("\u{2068}xx\u{2069}"), "{text}");
        assert!(strip_isolation(&text).contains("xx"));
    }

    /// Every id the Rust sources ask for with `t("…")`, `tr("…")` or `t_args("…"` exists in en-GB, so a typo
    /// cannot ship as a missing string.
    #[test]
    fn every_id_used_in_the_sources_exists_in_english() {
        let known = message_ids(Locale::default());
        let mut unknown = Vec::new();
        for path in rust_sources(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))) {
            let text = std::fs::read_to_string(&path).unwrap();
            for id in ids_requested_in(&text) {
                if !known.contains(&id) {
                    unknown.push(format!("{}: {id}", path.display()));
                }
            }
        }
        assert!(unknown.is_empty(), "ids not in en-GB: {unknown:#?}");
    }

    fn rust_sources(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                out.extend(rust_sources(&path));
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
        out
    }

    /// Finds string literals passed as the first argument of the translation helpers.
    fn ids_requested_in(text: &str) -> Vec<String> {
        let mut ids = Vec::new();
        for call in ["t(\"", "tr(\"", "t_args(\""] {
            let mut rest = text;
            while let Some(pos) = rest.find(call) {
                let before = rest[..pos].chars().last();
                rest = &rest[pos + call.len()..];
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue; // part of a longer name, e.g. `format_t("`
                }
                if let Some(end) = rest.find('"') {
                    let id = &rest[..end];
                    if !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                        ids.push(id.to_owned());
                    }
                }
            }
        }
        ids
    }
}

/// Pseudo-localisation: every en-GB message formatted through an accented, ~40 % longer transform (as a
/// pseudo-locale would show it) must format without errors, and the transform must reach every text part.
#[cfg(test)]
mod pseudo_tests {
    use super::*;
    use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
    use fluent_bundle::FluentError;
    #[test]
    fn every_english_message_formats_in_the_pseudo_locale() {
        let mut bundle = new_bundle(&LOCALES[SOURCE_LOCALE], &SOURCE_FTL);
        bundle.set_transform(Some(pseudo_transform));
        let mut problems = Vec::new();
        let mut checked = 0;
        for id in message_ids(Locale(SOURCE_LOCALE)) {
            let message = bundle.get_message(&id).expect("listed message exists");
            let patterns = message.value().into_iter().map(|p| (id.clone(), p)).chain(
                message
                    .attributes()
                    .map(|a| (format!("{id}.{}", a.id()), a.value())),
            );
            for (name, pattern) in patterns {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, None, &mut errors);
                // Variables are supplied by the app at run time; every other error is a real problem.
                errors.retain(|e| {
                    !matches!(
                        e,
                        FluentError::ResolverError(ResolverError::Reference(
                            ReferenceKind::Variable { .. }
                        ))
                    )
                });
                if !errors.is_empty() {
                    problems.push(format!("{name}: {errors:?}"));
                }
                if text.chars().any(|c| c.is_ascii_alphabetic())
                    && !text.contains('⟦')
                    && !text.starts_with('{')
                {
                    problems.push(format!("{name}: text escaped the transform: {text}"));
                }
                checked += 1;
            }
        }
        assert!(checked > 100, "only {checked} messages checked");
        assert!(
            problems.is_empty(),
            "pseudo-locale problems:\n{}",
            problems.join("\n")
        );
    }

    #[test]
    fn the_pseudo_transform_accents_and_lengthens() {
        let out = pseudo_transform("Reload the guide");
        assert!(!out.chars().any(|c| c.is_ascii_alphabetic()));
        assert!(out.chars().count() as f64 >= 1.4 * "Reload the guide".len() as f64);
        let link = pseudo_transform("the [aorta](aorta) carries blood");
        assert!(link.contains("](aorta)"), "{link}");
        assert_eq!(
            crate::components::rich_text::parse(&link)
                .iter()
                .filter(|p| matches!(p, crate::components::rich_text::Piece::Term { term, .. } if term == "aorta"))
                .count(),
            1
        );
    }
}
