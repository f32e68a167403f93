//! Formatting helpers: Fluent arguments, decimals in the reader's number style, removing isolation marks, and
//! the lists of variables the app passes as numbers.

use fluent_bundle::{FluentArgs, FluentValue};

use super::locales::Locale;

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
    "tr-why-act-checked-bleeding",
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
