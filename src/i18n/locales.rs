//! The locales the guide ships (tag, own name, direction, number style, content hash), the list of Fluent
//! files every locale has, and choosing a visit's locale (`?lang=`, the saved choice, the browser's languages).

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
    /// A hash of the locale's Fluent files of the guide at build time: part of its download address, so a
    /// browser never pairs this build with a stale copy of the text from an HTTP cache.
    pub content_hash: u64,
    /// The same for the text of each [`Part`] (index: [`Part::index`]).
    pub part_hashes: [u64; Part::ALL.len()],
}

/// A part of the guide fetched only when a reader first opens one of its pages: its code is a wasm module of
/// its own (`crate::on_demand`), its text one Fluent file per locale, `locales/<tag>.<name>.ftl`, which the
/// build joins from `locales/<tag>/<name>/`. A reader of the other pages never downloads either.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The live demo, the model's limits and the practice room.
    Simulator,
    /// "Prepare to decide": the understanding check, the values, the meeting and the page for the team.
    Decide,
}

impl Part {
    /// Every part.
    pub const ALL: [Part; 2] = [Part::Simulator, Part::Decide];

    /// Its folder under `locales/<tag>/` and the middle of its file name in the built site.
    pub const fn name(self) -> &'static str {
        match self {
            Part::Simulator => "simulator",
            Part::Decide => "decide",
        }
    }

    /// The names of its Fluent files (`<name>/…`, without `.ftl`), in load order.
    pub const fn files(self) -> &'static [&'static str] {
        match self {
            Part::Simulator => SIMULATOR_FTL_FILES,
            Part::Decide => DECIDE_FTL_FILES,
        }
    }

    /// Its position in [`Part::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }
}

/// Calls `$m!(…prefix… "shell", "home", …)` with the `.ftl` files of the guide every locale has (one per page
/// or shared part), in load order. A native test checks the lists against the folders.
macro_rules! with_guide_ftl_names {
    ($m:ident ! ($($pre:tt)*)) => {
        $m!($($pre)* "shell", "home", "about", "cite", "walk", "shock", "pump", "insertion", "risks", "options", "after", "family", "questions", "glossary")
    };
}

/// The same for the text only the simulator's pages use (in `locales/<tag>/simulator/`): the build joins it
/// into a file of its own, fetched with the simulator module (`crate::on_demand`).
macro_rules! with_simulator_ftl_names {
    ($m:ident ! ($($pre:tt)*)) => {
        $m!($($pre)* "simulator/practice", "simulator/scenarios", "simulator/demo", "simulator/limits", "simulator/supports")
    };
}

/// The same for "Prepare to decide" (in `locales/<tag>/decide/`).
macro_rules! with_decide_ftl_names {
    ($m:ident ! ($($pre:tt)*)) => {
        $m!($($pre)* "decide/start", "decide/check", "decide/values", "decide/meeting", "decide/summary", "decide/easy")
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

macro_rules! guide_ftl_files {
    ($mac:ident, $tag:literal) => {
        with_guide_ftl_names!(ftl_paths!($mac, $tag,))
    };
}

macro_rules! simulator_ftl_files {
    ($mac:ident, $tag:literal) => {
        with_simulator_ftl_names!(ftl_paths!($mac, $tag,))
    };
}

macro_rules! decide_ftl_files {
    ($mac:ident, $tag:literal) => {
        with_decide_ftl_names!(ftl_paths!($mac, $tag,))
    };
}

/// The hashes of a locale's [`Part`] texts, in [`Part::ALL`] order.
macro_rules! part_hashes {
    ($tag:literal) => {
        [
            content_hash(&simulator_ftl_files!(include_bytes, $tag)),
            content_hash(&decide_ftl_files!(include_bytes, $tag)),
        ]
    };
}

/// The names (without `.ftl`, from the locale's folder) of the guide's Fluent files, in load order.
pub const GUIDE_FTL_FILES: &[&str] = &with_guide_ftl_names!(ftl_names!());

/// The names of the simulator's Fluent files (`simulator/…`), in load order.
pub const SIMULATOR_FTL_FILES: &[&str] = &with_simulator_ftl_names!(ftl_names!());

/// The names of the Fluent files of "Prepare to decide" (`decide/…`), in load order.
pub const DECIDE_FTL_FILES: &[&str] = &with_decide_ftl_names!(ftl_names!());

/// How many Fluent files of the guide every locale has (en-GB's are compiled in).
pub const FTL_FILE_COUNT: usize = GUIDE_FTL_FILES.len();

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

/// The source language's Fluent files of the guide, compiled in.
pub(super) const SOURCE_FTL: [&str; FTL_FILE_COUNT] = guide_ftl_files!(include_str, "en-GB");

/// The source language's text of every [`Part`], compiled into native builds only (tests and tools find every
/// message without a download; the browser fetches it with the part's module).
#[cfg(not(target_arch = "wasm32"))]
pub(super) const SOURCE_PART_FTL: [&[&str]; Part::ALL.len()] = [
    &simulator_ftl_files!(include_str, "en-GB"),
    &decide_ftl_files!(include_str, "en-GB"),
];

/// Every locale the app ships. The first is the source language and the fallback for missing messages.
// Hashing every locale's text at compile time (about 0.9 MB) runs past the const evaluator's "this may be a
// loop" warning; it does end.
#[allow(long_running_const_eval)]
pub const LOCALES: &[LocaleInfo] = &[
    LocaleInfo {
        tag: "en-GB",
        native_name: "English",
        dir: Direction::Ltr,
        decimal_separator: '.',
        content_hash: content_hash(&guide_ftl_files!(include_bytes, "en-GB")),
        part_hashes: part_hashes!("en-GB"),
    },
    LocaleInfo {
        tag: "cy",
        native_name: "Cymraeg",
        dir: Direction::Ltr,
        decimal_separator: '.',
        content_hash: content_hash(&guide_ftl_files!(include_bytes, "cy")),
        part_hashes: part_hashes!("cy"),
    },
    LocaleInfo {
        tag: "pl",
        native_name: "Polski",
        dir: Direction::Ltr,
        decimal_separator: ',',
        content_hash: content_hash(&guide_ftl_files!(include_bytes, "pl")),
        part_hashes: part_hashes!("pl"),
    },
    LocaleInfo {
        tag: "ur",
        native_name: "اردو",
        dir: Direction::Rtl,
        decimal_separator: '.',
        content_hash: content_hash(&guide_ftl_files!(include_bytes, "ur")),
        part_hashes: part_hashes!("ur"),
    },
];

/// Where the built site keeps a locale's text of the guide (relative to the page), with its content hash as a
/// version.
pub fn locale_url(locale: Locale) -> String {
    let info = locale.info();
    format!("locales/{}.ftl?v={:016x}", info.tag, info.content_hash)
}

/// Where the built site keeps a locale's text of `part` (every locale's, en-GB's too).
pub fn part_text_url(part: Part, locale: Locale) -> String {
    let info = locale.info();
    format!(
        "locales/{}.{}.ftl?v={:016x}",
        info.tag,
        part.name(),
        info.part_hashes[part.index()]
    )
}

/// Index into [`LOCALES`] of the source (fallback) language.
pub const SOURCE_LOCALE: usize = 0;

/// A shipped locale, by its index into [`LOCALES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Locale(pub(super) usize);

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
