//! Patient page: every medical word the patient pages use, in plain words, in A–Z order of the reader's
//! language. Words in the text link here as `#/glossary?term=aorta`; the page then scrolls to that entry,
//! highlights it and gives it keyboard focus, with a button to go back to the sentence the reader came from.

use leptos::prelude::*;

use crate::components::go_to_entry::go_to_entry;
use crate::i18n::{use_i18n, I18n};

/// Every glossary term id. Each has messages `glossary-<id>-word` and `glossary-<id>-def`.
pub const TERMS: &[&str] = &[
    "aorta",
    "aortic-valve",
    "axillary-artery",
    "balloon-pump",
    "best-interests",
    "bleeding",
    "blood-pressure",
    "blood-thinner",
    "breathing-machine",
    "capacity",
    "cardiogenic-shock",
    "cath-lab",
    "catheter",
    "clot",
    "console",
    "dialysis",
    "echo",
    "ecmo",
    "femoral-artery",
    "general-anaesthetic",
    "heart-attack",
    "heart-pump",
    "imca",
    "intensive-care",
    "left-ventricle",
    "lpa",
    "lvad",
    "myocarditis",
    "organ",
    "palliative-care",
    "pics",
    "registry",
    "scai-stages",
    "sedation",
    "sheath",
    "stroke",
    "transplant",
    "weaning",
    "x-ray",
];

/// The term a link asked for, from a hash like `#/glossary?term=aorta`; only known terms count.
pub fn term_from_hash(hash: &str) -> Option<&'static str> {
    let asked = crate::route::query_value(hash, "term")?;
    TERMS.iter().copied().find(|t| *t == asked)
}

/// The element id of a term's entry.
pub fn entry_id(term: &str) -> String {
    format!("term-{term}")
}

fn word(i18n: I18n, term: &str) -> String {
    i18n.t(&format!("glossary-{term}-word"))
}

/// The alphabets whose order differs from plain code-point order, letter by letter. Welsh letters written
/// with two characters (ch, dd, ff, ng, ll, ph, rh, th) are letters of their own after their first
/// character: "lvad" before "lles". Polish letters with diacritics follow their base letter (ą after a, ł
/// after l, ż last). Urdu follows the Urdu alphabet, which code points do not (ٹ, ڈ, ک, گ, ہ, ی, ے).
const ALPHABETS: &[(&str, &[&str])] = &[
    (
        "cy",
        &[
            "a", "b", "c", "ch", "d", "dd", "e", "f", "ff", "g", "ng", "h", "i", "j", "l", "ll",
            "m", "n", "o", "p", "ph", "r", "rh", "s", "t", "th", "u", "w", "y",
        ],
    ),
    (
        "pl",
        &[
            "a", "ą", "b", "c", "ć", "d", "e", "ę", "f", "g", "h", "i", "j", "k", "l", "ł", "m",
            "n", "ń", "o", "ó", "p", "q", "r", "s", "ś", "t", "u", "v", "w", "x", "y", "z", "ź",
            "ż",
        ],
    ),
    (
        "ur",
        &[
            "آ", "ا", "ب", "پ", "ت", "ٹ", "ث", "ج", "چ", "ح", "خ", "د", "ڈ", "ذ", "ر", "ڑ", "ز",
            "ژ", "س", "ش", "ص", "ض", "ط", "ظ", "ع", "غ", "ف", "ق", "ک", "گ", "ل", "م", "ن", "ں",
            "و", "ہ", "ھ", "ء", "ی", "ے",
        ],
    ),
];

/// A key that sorts words in the order of the language's alphabet (see [`ALPHABETS`]); other languages,
/// and characters outside the alphabet, sort by lower-case code point after the alphabet's letters.
/// Spaces and punctuation sort first, so "blood thinner" comes before "bloodstream".
pub fn sort_key(locale_tag: &str, word: &str) -> Vec<u32> {
    let lower = word.to_lowercase();
    let alphabet = ALPHABETS
        .iter()
        .find(|(tag, _)| *tag == locale_tag)
        .map_or(&[][..], |(_, letters)| *letters);
    let mut key = Vec::with_capacity(lower.len());
    let mut rest = lower.as_str();
    while let Some(c) = rest.chars().next() {
        // The longest letter of the alphabet that starts here (a digraph before its first character).
        let letter = (0..alphabet.len())
            .filter(|&i| rest.starts_with(alphabet[i]))
            .max_by_key(|&i| alphabet[i].len());
        match letter {
            Some(i) => {
                key.push(1 + i as u32);
                rest = &rest[alphabet[i].len()..];
            }
            None => {
                key.push(if c.is_alphanumeric() {
                    0x1000 + c as u32
                } else {
                    0
                });
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    key
}

/// Terms sorted by how they are spelt in the reader's language.
fn sorted_terms(i18n: I18n) -> Vec<&'static str> {
    let tag = i18n.locale().info().tag;
    let mut terms = TERMS.to_vec();
    terms.sort_by_cached_key(|t| sort_key(tag, &word(i18n, t)));
    terms
}

/// The glossary page.
#[component]
pub fn GlossaryPage() -> impl IntoView {
    let i18n = use_i18n();
    let asked = term_from_hash(&window().location().hash().unwrap_or_default());
    if let Some(term) = asked {
        go_to_entry(entry_id(term));
    }
    let entries = move || {
        sorted_terms(i18n)
            .into_iter()
            .map(|term| {
                let class = if Some(term) == asked {
                    "entry asked"
                } else {
                    "entry"
                };
                view! {
                    <div class=class>
                        <dt id=entry_id(term) tabindex="-1">{move || word(i18n, term)}</dt>
                        <dd>{move || i18n.t(&format!("glossary-{term}-def"))}</dd>
                    </div>
                }
            })
            .collect_view()
    };
    let go_back = move |_| {
        let _ = window().history().and_then(|h| h.back());
    };
    view! {
        <article class="page patient glossary">
            <h1>{i18n.tr("glossary-title")}</h1>
            <p class="lead">{i18n.tr("glossary-intro")}</p>
            {asked.map(|_| view! {
                <p><button type="button" class="secondary" on:click=go_back>{i18n.tr("glossary-back")}</button></p>
            })}
            <dl class="glossary-list">{entries}</dl>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::rich_text::{parse, Piece};
    use crate::i18n::{message_ids, translate, Locale};

    #[test]
    fn reads_the_asked_term_from_the_hash() {
        assert_eq!(term_from_hash("#/glossary?term=aorta"), Some("aorta"));
        assert_eq!(term_from_hash("#/glossary?x=1&term=x-ray"), Some("x-ray"));
        assert_eq!(term_from_hash("#/glossary?term=nonsense"), None);
        assert_eq!(term_from_hash("#/glossary"), None);
    }

    #[test]
    fn welsh_words_sort_in_welsh_alphabet_order() {
        let mut words = vec![
            "Lles pennaf",
            "LVAD",
            "Consol",
            "Cofrestrfa",
            "Tawelydd",
            "Teneuwr",
        ];
        words.sort_by_key(|w| sort_key("cy", w));
        assert_eq!(
            words,
            [
                "Cofrestrfa",
                "Consol",
                "LVAD",
                "Lles pennaf",
                "Tawelydd",
                "Teneuwr"
            ]
        );
        let mut words = vec!["Dialysis", "Ddim", "Dyn"];
        words.sort_by_key(|w| sort_key("cy", w));
        assert_eq!(words, ["Dialysis", "Dyn", "Ddim"]);
        assert!(sort_key("en-GB", "Llama") < sort_key("en-GB", "Lvad"));
        assert!(sort_key("en-GB", "Blood thinner") < sort_key("en-GB", "Bloodstream"));
    }

    #[test]
    fn polish_and_urdu_words_sort_in_their_alphabet_order() {
        let mut words = vec![
            "Żyła",
            "Łydka",
            "Lek",
            "Zator",
            "Ćwiczenie",
            "Cewnik",
            "Śluz",
            "Serce",
        ];
        words.sort_by_key(|w| sort_key("pl", w));
        assert_eq!(
            words,
            [
                "Cewnik",
                "Ćwiczenie",
                "Lek",
                "Łydka",
                "Serce",
                "Śluz",
                "Zator",
                "Żyła"
            ]
        );
        // ٹ (tteh) comes straight after ت, and ک, گ, ہ, ی come in Urdu order, not code-point order.
        let mut words = vec!["ی", "ہ", "ک", "گ", "ٹ", "ت", "ا", "آ"];
        words.sort_by_key(|w| sort_key("ur", w));
        assert_eq!(words, ["آ", "ا", "ت", "ٹ", "ک", "گ", "ہ", "ی"]);
    }

    /// Every language's glossary is in its alphabet order (and every word is translated).
    #[test]
    fn every_glossary_sorts_without_ties() {
        for locale in Locale::all() {
            crate::i18n::install_from_sources(locale);
            let tag = locale.info().tag;
            let mut keys: Vec<Vec<u32>> = TERMS
                .iter()
                .map(|t| sort_key(tag, &translate(locale, &format!("glossary-{t}-word"), None)))
                .collect();
            let total = keys.len();
            keys.sort();
            keys.dedup();
            assert_eq!(keys.len(), total, "{tag}: two glossary words sort the same");
        }
    }

    #[test]
    fn every_term_has_a_word_and_a_meaning() {
        let known = message_ids(Locale::default());
        for t in TERMS {
            for id in [format!("glossary-{t}-word"), format!("glossary-{t}-def")] {
                assert!(known.contains(&id), "{id}");
            }
        }
    }

    /// A word linked anywhere, in any language, has an entry here.
    #[test]
    fn every_linked_word_is_in_the_glossary() {
        for locale in Locale::all() {
            crate::i18n::install_from_sources(locale);
            for id in message_ids(locale) {
                for piece in parse(&translate(locale, &id, None)) {
                    if let Piece::Term { term, .. } = piece {
                        assert!(
                            TERMS.contains(&term.as_str()),
                            "{} {id} links to unknown term {term}",
                            locale.info().tag
                        );
                    }
                }
            }
        }
    }
}
