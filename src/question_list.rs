//! The reader's own list for the "My questions" page: which suggested questions they ticked, questions they
//! wrote themselves, and their notes. Kept only in this browser.
//!
//! Saved as a small line-based text format (no JSON library in the download): a header line with the
//! format version, then one line per item, with backslash escapes so a note can hold new lines. Anything
//! unexpected makes [`QuestionList::parse`] fail; the page then keeps the raw value aside and tells the reader.

use std::fmt::Write as _;

/// First line of a saved list; the number is the format version.
const HEADER: &str = "hpg-questions 1";
/// Longest own question or note kept, in characters, so a stuck key cannot fill the browser's storage.
pub const MAX_TEXT_CHARS: usize = 5000;

/// A question the reader wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnQuestion {
    /// The question as typed.
    pub text: String,
    /// Chosen for the printed list.
    pub chosen: bool,
}

/// Everything the reader keeps on the questions page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuestionList {
    /// Message ids of the suggested questions they ticked, in the order ticked.
    pub ticked: Vec<String>,
    /// Their own questions, in the order written.
    pub own: Vec<OwnQuestion>,
    /// Free notes.
    pub notes: String,
}

/// Why a saved value could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line where reading stopped.
    pub line: usize,
}

impl QuestionList {
    /// Ticks or unticks a suggested question.
    pub fn set_ticked(&mut self, id: &str, on: bool) {
        self.ticked.retain(|t| t != id);
        if on {
            self.ticked.push(id.to_owned());
        }
    }

    /// Whether a suggested question is ticked.
    pub fn is_ticked(&self, id: &str) -> bool {
        self.ticked.iter().any(|t| t == id)
    }

    /// Adds an own question (chosen); blank text is ignored. Returns whether it was added.
    pub fn add_own(&mut self, text: &str) -> bool {
        let text = clip(text.trim());
        if text.is_empty() {
            return false;
        }
        self.own.push(OwnQuestion { text, chosen: true });
        true
    }

    /// Sets the notes (clipped to [`MAX_TEXT_CHARS`]).
    pub fn set_notes(&mut self, notes: &str) {
        self.notes = clip(notes);
    }

    /// Nothing ticked, written or noted.
    pub fn is_empty(&self) -> bool {
        self.ticked.is_empty() && self.own.is_empty() && self.notes.trim().is_empty()
    }

    /// The saved form.
    pub fn serialize(&self) -> String {
        let mut out = String::from(HEADER);
        for id in &self.ticked {
            let _ = write!(out, "\ntick {id}");
        }
        for q in &self.own {
            let _ = write!(out, "\nown {} {}", u8::from(q.chosen), escape(&q.text));
        }
        if !self.notes.is_empty() {
            let _ = write!(out, "\nnotes {}", escape(&self.notes));
        }
        out
    }

    /// Reads a saved list. Fails on anything it does not recognise, rather than guessing.
    pub fn parse(saved: &str) -> Result<QuestionList, ParseError> {
        let mut list = QuestionList::default();
        for item in items(saved, HEADER)? {
            let (err, kind, rest) = item?;
            match kind {
                "tick" => {
                    let valid = !rest.is_empty()
                        && rest.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
                    if !valid {
                        return Err(err);
                    }
                    list.set_ticked(rest, true);
                }
                "own" => {
                    let (flag, text) = rest.split_once(' ').ok_or(err.clone())?;
                    let chosen = match flag {
                        "1" => true,
                        "0" => false,
                        _ => return Err(err),
                    };
                    let text = unescape(text).ok_or(err)?;
                    list.own.push(OwnQuestion {
                        text: clip(&text),
                        chosen,
                    });
                }
                "notes" => list.notes = clip(&unescape(rest).ok_or(err)?),
                _ => return Err(err),
            }
        }
        Ok(list)
    }

    /// The chosen questions and notes as plain text, for copying into a message or an email.
    /// `question` gives the words of a suggested question from its id.
    pub fn as_text(
        &self,
        title: &str,
        notes_title: &str,
        question: impl Fn(&str) -> String,
    ) -> String {
        let mut out = format!("{title}\n");
        let chosen = self
            .ticked
            .iter()
            .map(|id| question(id))
            .chain(self.own.iter().filter(|q| q.chosen).map(|q| q.text.clone()));
        for (i, q) in chosen.enumerate() {
            let _ = writeln!(out, "{}. {q}", i + 1);
        }
        if !self.notes.trim().is_empty() {
            let _ = write!(out, "\n{notes_title}\n{}\n", self.notes.trim());
        }
        out
    }
}

/// The items of a value saved in this line format (also `crate::decide::record`'s): checks the `header`
/// line, then gives each line's kind (its first word) and the rest, with the error to return for that line.
pub(crate) fn items<'a>(
    saved: &'a str,
    header: &str,
) -> Result<impl Iterator<Item = Result<(ParseError, &'a str, &'a str), ParseError>> + 'a, ParseError>
{
    let mut lines = saved.lines().enumerate();
    match lines.next() {
        Some((_, h)) if h.trim_end() == header => {}
        _ => return Err(ParseError { line: 1 }),
    }
    Ok(lines.map(|(n, line)| {
        let err = ParseError { line: n + 1 };
        let (kind, rest) = line.split_once(' ').ok_or(err.clone())?;
        Ok((err, kind, rest))
    }))
}

pub(crate) fn clip(text: &str) -> String {
    text.chars().take(MAX_TEXT_CHARS).collect()
}

pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn unescape(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next()? {
                '\\' => out.push('\\'),
                'n' => out.push('\n'),
                _ => return None,
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> QuestionList {
        let mut list = QuestionList::default();
        list.set_ticked("questions-nice-2", true);
        list.set_ticked("questions-bran-n", true);
        list.add_own("Can my daughter stay with me?\nShe lives far away \\ 2 hours.");
        list.add_own("   ");
        list.own.push(OwnQuestion {
            text: "Not this one".into(),
            chosen: false,
        });
        list.set_notes("Dr Jones, ward 5.\n\nAsk about parking.");
        list
    }

    #[test]
    fn a_saved_list_reads_back_the_same() {
        let list = sample();
        assert_eq!(list.own.len(), 2, "blank questions are not added");
        assert_eq!(QuestionList::parse(&list.serialize()), Ok(list));
        let empty = QuestionList::default();
        assert!(empty.is_empty());
        assert_eq!(QuestionList::parse(&empty.serialize()), Ok(empty));
    }

    #[test]
    fn corrupt_values_are_rejected_not_guessed() {
        for bad in [
            "",
            "{\"ticked\":[]}",
            "hpg-questions 2",
            "hpg-questions 1\ntick",
            "hpg-questions 1\ntick bad id!",
            "hpg-questions 1\nown 7 text",
            "hpg-questions 1\nown 1 bad \\x escape",
            "hpg-questions 1\nwhat is this",
        ] {
            assert!(QuestionList::parse(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            QuestionList::parse("hpg-questions 1\ntick a\nnope x"),
            Err(ParseError { line: 3 })
        );
    }

    #[test]
    fn ticking_twice_keeps_one_and_unticking_removes() {
        let mut list = QuestionList::default();
        list.set_ticked("a", true);
        list.set_ticked("a", true);
        assert_eq!(list.ticked, vec!["a".to_owned()]);
        list.set_ticked("a", false);
        assert!(!list.is_ticked("a"));
    }

    #[test]
    fn text_copy_lists_only_chosen_questions_then_notes() {
        let text = sample().as_text("My questions", "My notes", |id| format!("<{id}>"));
        assert!(text.starts_with(
            "My questions\n1. <questions-nice-2>\n2. <questions-bran-n>\n3. Can my daughter"
        ));
        assert!(!text.contains("Not this one"));
        assert!(text.ends_with("My notes\nDr Jones, ward 5.\n\nAsk about parking.\n"));
    }

    #[test]
    fn very_long_text_is_clipped() {
        let mut list = QuestionList::default();
        list.set_notes(&"x".repeat(MAX_TEXT_CHARS + 10));
        assert_eq!(list.notes.chars().count(), MAX_TEXT_CHARS);
    }
}
