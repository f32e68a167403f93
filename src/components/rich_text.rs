//! Plain text with glossary links: a translated message may mark a medical word as `[shown words](term-id)`,
//! and the word becomes a link to its plain-words explanation on the glossary page.
//!
//! Keeping the markup inside the message lets each language link its own words, where they fall in its own
//! sentence order. Parsing is a plain function with native tests; the component only renders the pieces.

use leptos::prelude::*;

use crate::route::Route;

/// One piece of a message: ordinary text, or words linked to a glossary term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Text shown as it is.
    Text(String),
    /// Words shown as a link to the glossary entry `term`.
    Term {
        /// The words as they appear in the sentence.
        words: String,
        /// The glossary term id, e.g. `aorta`.
        term: String,
    },
}

/// Splits a message into text and glossary links. Anything that is not a complete, well-formed
/// `[words](term-id)` stays as plain text, so a translation slip shows brackets rather than losing words.
pub fn parse(text: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after_open = &rest[open + 1..];
        let link = after_open.find("](").and_then(|mid| {
            let words = &after_open[..mid];
            let tail = &after_open[mid + 2..];
            let close = tail.find(')')?;
            let term = &tail[..close];
            let ok = !words.is_empty()
                && !words.contains(['[', ']'])
                && !term.is_empty()
                && term.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            ok.then(|| (words, term, open + 1 + mid + 2 + close + 1))
        });
        match link {
            Some((words, term, end)) => {
                plain.push_str(&rest[..open]);
                if !plain.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut plain)));
                }
                pieces.push(Piece::Term {
                    words: words.to_owned(),
                    term: term.to_owned(),
                });
                rest = &rest[end..];
            }
            None => {
                plain.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
            }
        }
    }
    plain.push_str(rest);
    if !plain.is_empty() {
        pieces.push(Piece::Text(plain));
    }
    pieces
}

/// The message with its markup removed: what a copy, a label or a reading-age check should see.
pub fn plain(text: &str) -> String {
    parse(text)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => t,
            Piece::Term { words, .. } => words,
        })
        .collect()
}

/// The link target of a glossary term: the glossary page, told which entry to show.
pub fn term_href(term: &str) -> String {
    format!("{}?term={term}", Route::Glossary.href())
}

/// Renders a message with its glossary links. `text` is usually the closure `I18n::tr` gives for a message.
#[component]
pub fn Rich<F>(text: F) -> impl IntoView
where
    F: Fn() -> String + Send + Sync + 'static,
{
    move || {
        parse(&text())
            .into_iter()
            .map(|piece| match piece {
                Piece::Text(t) => t.into_any(),
                Piece::Term { words, term } => {
                    view! { <a class="term" href=term_href(&term)>{words}</a> }.into_any()
                }
            })
            .collect_view()
    }
}

/// A short source label beside a number, e.g. "(DanGer Shock, NEJM 2024)".
#[component]
pub fn Cite<F>(text: F) -> impl IntoView
where
    F: Fn() -> String + Send + Sync + 'static,
{
    view! { " " <span class="cite">"(" {text} ")"</span> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_terms_between_text() {
        assert_eq!(
            parse("The [aorta](aorta) is big."),
            vec![
                Piece::Text("The ".into()),
                Piece::Term {
                    words: "aorta".into(),
                    term: "aorta".into()
                },
                Piece::Text(" is big.".into()),
            ]
        );
        assert_eq!(plain("A [left ventricle](ventricle)."), "A left ventricle.");
    }

    #[test]
    fn broken_markup_stays_as_text() {
        for text in [
            "no markup",
            "[open only",
            "[x](bad id!)",
            "[](empty)",
            "a [b] c",
            "[x](",
        ] {
            assert_eq!(plain(text), text, "{text}");
        }
        assert_eq!(plain("[[x](y)"), "[x");
    }

    #[test]
    fn term_links_go_to_the_glossary() {
        assert_eq!(term_href("aorta"), "#/glossary?term=aorta");
        assert_eq!(Route::from_hash(&term_href("aorta")), Some(Route::Glossary));
    }
}
