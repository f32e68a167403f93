//! Internationalisation: the Fluent bundles for every locale, locale negotiation, and the `t` helpers.
//!
//! Every visible string lives in `locales/<lang>/*.ftl`; en-GB is the source language. Messages are compiled
//! into the binary with `include_str!` (small, works offline, no fetch). A message missing from the active
//! locale falls back to en-GB and is counted, so tests can prove a locale is complete; a message missing
//! everywhere shows a neutral marker, never its raw id.

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

/// A locale the app ships: its BCP 47 tag, its own name (shown in the picker) and direction.
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
    /// The Fluent sources of this locale, one string per `.ftl` file.
    sources: &'static [&'static str],
}

/// The `.ftl` files every locale has (one per page or shared part), in load order.
macro_rules! ftl_files {
    ($tag:literal) => {
        ftl_files!(@each $tag, "shell", "home", "about", "practice", "scenarios", "cite", "walk", "shock", "pump", "insertion", "risks", "options", "after", "family", "questions", "glossary", "demo")
    };
    (@each $tag:literal, $($name:literal),*) => {
        &[$(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $tag, "/", $name, ".ftl"))),*]
    };
}

/// Every locale the app ships. The first is the source language and the fallback for missing messages.
pub const LOCALES: &[LocaleInfo] = &[
    LocaleInfo {
        tag: "en-GB",
        native_name: "English",
        dir: Direction::Ltr,
        decimal_separator: '.',
        sources: ftl_files!("en-GB"),
    },
    LocaleInfo {
        tag: "cy",
        native_name: "Cymraeg",
        dir: Direction::Ltr,
        decimal_separator: '.',
        sources: ftl_files!("cy"),
    },
];

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
    /// Built on first use; wasm is single-threaded and native tests build their own per thread.
    static BUNDLES: Vec<FluentBundle<FluentResource>> = LOCALES.iter().map(build_bundle).collect();
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

fn build_bundle(info: &LocaleInfo) -> FluentBundle<FluentResource> {
    let lang: LanguageIdentifier = info.tag.parse().expect("shipped locale tags are valid");
    let mut bundle = FluentBundle::new(vec![lang]);
    // Isolation marks stay on: they keep numbers and names readable inside right-to-left text.
    bundle.set_use_isolating(true);
    for source in info.sources {
        // A syntax error is caught by the native tests; at run time we keep whatever parsed.
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(res, _)| res);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

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

/// Formats message `id` in `locale`, falling back to en-GB (and counting the fallback).
pub fn translate(locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
    BUNDLES.with(|bundles| {
        if let Some(text) = format_in(&bundles[locale.0], id, args) {
            return text;
        }
        if locale.0 != SOURCE_LOCALE {
            FALLBACKS.with(|f| f.borrow_mut().push((locale.0, id.to_owned())));
            if let Some(text) = format_in(&bundles[SOURCE_LOCALE], id, args) {
                return text;
            }
        }
        MISSING_TEXT.to_owned()
    })
}

/// How many lookups so far fell back to en-GB from another locale.
pub fn fallback_count() -> usize {
    FALLBACKS.with(|f| f.borrow().len())
}

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

/// Message ids defined by one locale, in source order (for completeness checks).
pub fn message_ids(locale: Locale) -> Vec<String> {
    let mut ids = Vec::new();
    for source in locale.info().sources {
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(res, _)| res);
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.push(m.id.name.to_owned());
            }
        }
    }
    ids
}

/// The ids en-GB has that `locale` lacks.
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
    fn every_ftl_file_parses_without_errors() {
        for info in LOCALES {
            for (n, source) in info.sources.iter().enumerate() {
                if let Err((_, errors)) = FluentResource::try_new((*source).to_owned()) {
                    panic!(
                        "{} file #{n} has Fluent syntax errors: {errors:?}",
                        info.tag
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
    use std::borrow::Cow;

    const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const ACCENTED: &str = "àƀçđéƒĝĥîĵķĺɱñöƥʠŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖƤɊŔŠŢÛṼŴẊÝŽ";

    /// Accents ASCII letters and pads to about 140 % of the length, in brackets so clipping shows.
    fn pseudo(text: &str) -> Cow<'_, str> {
        if text.trim().is_empty() {
            return Cow::Borrowed(text);
        }
        let accented: String = text
            .chars()
            .map(|c| {
                PLAIN
                    .find(c)
                    .map_or(c, |i| ACCENTED.chars().nth(i).unwrap())
            })
            .collect();
        let pad = "~".repeat(text.chars().count().div_ceil(5) * 2);
        Cow::Owned(format!("⟦{accented}{pad}⟧"))
    }

    #[test]
    fn every_english_message_formats_in_the_pseudo_locale() {
        let mut bundle = build_bundle(&LOCALES[SOURCE_LOCALE]);
        bundle.set_transform(Some(pseudo));
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
        let out = pseudo("Reload the guide");
        assert!(!out.chars().any(|c| c.is_ascii_alphabetic()));
        assert!(out.chars().count() as f64 >= 1.4 * "Reload the guide".len() as f64);
    }
}
