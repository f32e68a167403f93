//! Splitting a paragraph's text into the sentences that are read aloud one at a time (and highlighted while
//! they are read). Plain string work, so it has native tests.

use std::ops::Range;

/// Marks that end a sentence when a space or the end of the text follows: full stop, question and
/// exclamation marks, the ellipsis, the Arabic-script question mark and the Urdu full stop (ـ۔).
const ENDS: [char; 6] = ['.', '?', '!', '…', '؟', '۔'];

/// A break the reader puts between parts of a paragraph laid out as blocks (the paragraph separator, a space
/// character): it always ends a sentence.
pub const BREAK: char = '\u{2029}';

/// Closing marks that stay with the sentence they end (`He said "yes."`).
const CLOSERS: [char; 7] = ['"', '\'', ')', '”', '’', '»', '\u{2069}'];

/// The byte ranges of `text`'s sentences, in order, without the spaces between them. A stop between digits
/// (`2.5`) or with no space after it (`e.g.x`) does not end a sentence. Text with no letters or digits (only
/// marks and spaces) is no sentence.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == BREAK {
            if let Some(s) = start.take() {
                push_sentence(text, s..text[..i].trim_end().len().max(s), &mut out);
            }
            continue;
        }
        if start.is_none() && !c.is_whitespace() {
            start = Some(i);
        }
        if !ENDS.contains(&c) {
            continue;
        }
        // Take the sentence's closing marks and any run of end marks ("?!", "...").
        let mut end = i + c.len_utf8();
        while let Some(&(j, next)) = chars.peek() {
            if ENDS.contains(&next) || CLOSERS.contains(&next) {
                end = j + next.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let at_break = chars.peek().is_none_or(|&(_, next)| next.is_whitespace());
        if at_break {
            if let Some(s) = start.take() {
                push_sentence(text, s..end, &mut out);
            }
        }
    }
    if let Some(s) = start {
        push_sentence(text, s..text.trim_end().len().max(s), &mut out);
    }
    out
}

fn push_sentence(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    if text[range.clone()].chars().any(char::is_alphanumeric) {
        out.push(range);
    }
}

/// A sentence as it is spoken: spaces and line breaks made single spaces, without the invisible marks that
/// keep numbers readable in right-to-left text.
pub fn spoken(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || matches!(c, '\u{2068}' | '\u{2069}' | '\u{200f}'))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn sentences_end_at_stops_followed_by_a_space_or_the_end() {
        assert_eq!(
            split("The pump is tiny. It goes in through a blood vessel."),
            ["The pump is tiny.", "It goes in through a blood vessel."]
        );
        assert_eq!(
            split("Is it safe?  Ask the team!\nThey know."),
            ["Is it safe?", "Ask the team!", "They know."]
        );
        assert_eq!(
            split("  Just words without a stop  "),
            ["Just words without a stop"]
        );
    }

    #[test]
    fn numbers_closing_marks_and_runs_of_marks_stay_in_their_sentence() {
        assert_eq!(
            split("About 2.5 litres a minute. Then less."),
            ["About 2.5 litres a minute.", "Then less."]
        );
        assert_eq!(
            split("They said \"wait.\" Then they left... Really?!"),
            ["They said \"wait.\"", "Then they left...", "Really?!"]
        );
        assert_eq!(
            split("(See the word list.) Next."),
            ["(See the word list.)", "Next."]
        );
    }

    #[test]
    fn welsh_polish_and_urdu_text_split_on_their_own_marks() {
        assert_eq!(
            split("Mae’r pwmp yn fach. Beth nesaf?"),
            ["Mae’r pwmp yn fach.", "Beth nesaf?"]
        );
        assert_eq!(
            split("Pompa jest mała. Co dalej?"),
            ["Pompa jest mała.", "Co dalej?"]
        );
        assert_eq!(
            split("یہ پمپ چھوٹا ہے۔ آگے کیا ہوگا؟"),
            ["یہ پمپ چھوٹا ہے۔", "آگے کیا ہوگا؟"]
        );
    }

    #[test]
    fn marks_alone_are_no_sentence_and_ranges_are_on_char_boundaries() {
        assert!(split("…  ?! ").is_empty());
        assert!(split("").is_empty());
        let text = "Lwc dda — ✓. Ąę ź. ۔";
        for r in sentences(text) {
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        }
        assert_eq!(split(text), ["Lwc dda — ✓.", "Ąę ź."]);
    }

    #[test]
    fn a_part_break_ends_a_sentence_without_a_stop() {
        assert_eq!(
            split("With the pump\u{2029}Died: 45 of 100.\u{2029}Alive\u{2029}"),
            ["With the pump", "Died: 45 of 100.", "Alive"]
        );
        assert_eq!(spoken("With the pump\u{2029}Died"), "With the pump Died");
    }

    #[test]
    fn spoken_text_has_single_spaces_and_no_isolation_marks() {
        assert_eq!(
            spoken(" About \u{2068}5\u{2069} in\n 100. "),
            "About 5 in 100."
        );
    }
}
