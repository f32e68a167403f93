//! What a reader keeps in "Prepare to decide": who is deciding, their answers to the understanding check,
//! what matters (the scale and the sentences), and what they wrote. Kept only in this browser.
//!
//! Saved in the same small line-based format as the question list (`crate::question_list`): a header with
//! the format version, then one line per item. Anything unexpected makes [`Record::parse`] fail; the page
//! then keeps the raw value aside and tells the reader, so nothing they wrote is lost silently.

use std::fmt::Write as _;

pub use crate::question_list::ParseError;
use crate::question_list::{clip, escape, items, unescape};

/// First line of a saved record; the number is the format version.
const HEADER: &str = "hpg-decide 1";

/// How many answers (besides "not sure") every question of the check has.
pub const ANSWERS_PER_QUESTION: usize = 3;

/// Who is deciding: the patient, or someone deciding with the team for them (the text then asks "what would
/// they say matters").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Who {
    /// The patient, for themself.
    #[default]
    Myself,
    /// A family member or representative, about the patient.
    Other,
}

impl Who {
    /// The value of Fluent's `$who` and of the saved line.
    pub fn as_str(self) -> &'static str {
        match self {
            Who::Myself => "self",
            Who::Other => "other",
        }
    }

    fn parse(s: &str) -> Option<Who> {
        match s {
            "self" => Some(Who::Myself),
            "other" => Some(Who::Other),
            _ => None,
        }
    }
}

/// An answer to one question of the understanding check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// The option at this index.
    Chose(usize),
    /// "I am not sure".
    Unsure,
}

/// A reply to one sentence of the values exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agreement {
    /// Agree.
    Agree,
    /// Not sure.
    Unsure,
    /// Disagree.
    Disagree,
}

impl Agreement {
    /// Every reply, in the order the page offers them.
    pub const ALL: [Agreement; 3] = [Agreement::Agree, Agreement::Unsure, Agreement::Disagree];

    /// The saved word.
    pub fn as_str(self) -> &'static str {
        match self {
            Agreement::Agree => "agree",
            Agreement::Unsure => "unsure",
            Agreement::Disagree => "disagree",
        }
    }

    /// The message id of its label.
    pub fn label_id(self) -> &'static str {
        match self {
            Agreement::Agree => "values-agree",
            Agreement::Unsure => "values-unsure",
            Agreement::Disagree => "values-disagree",
        }
    }

    fn parse(s: &str) -> Option<Agreement> {
        Agreement::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

/// The points of the two-pole scale: 1 = much closer to "do everything that might help", 5 = much closer to
/// "focus on comfort".
pub const SCALE_POINTS: std::ops::RangeInclusive<u8> = 1..=5;

/// The free-text fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// What else matters, in their own words (values).
    OwnWords,
    /// About the person (meeting).
    Person,
    /// What worries me (meeting).
    Worries,
    /// Notes for the meeting.
    Notes,
    /// The patient's name (summary; optional).
    Name,
}

impl Field {
    /// Every field.
    pub const ALL: [Field; 5] = [
        Field::OwnWords,
        Field::Person,
        Field::Worries,
        Field::Notes,
        Field::Name,
    ];

    fn key(self) -> &'static str {
        match self {
            Field::OwnWords => "own",
            Field::Person => "person",
            Field::Worries => "worries",
            Field::Notes => "notes",
            Field::Name => "name",
        }
    }

    /// The longest text kept, in characters (a name is short; the rest as the question list's notes).
    pub fn max_chars(self) -> usize {
        match self {
            Field::Name => 100,
            _ => crate::question_list::MAX_TEXT_CHARS,
        }
    }
}

/// Everything "Prepare to decide" keeps.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Record {
    /// Who is deciding (`None` until chosen; the pages then speak to the patient).
    pub who: Option<Who>,
    /// Answers to the check, by question id, in the order answered.
    pub answers: Vec<(String, Answer)>,
    /// The point chosen on the two-pole scale ([`SCALE_POINTS`]).
    pub scale: Option<u8>,
    /// Replies to the values sentences, by message id.
    pub agreements: Vec<(String, Agreement)>,
    /// The free texts, by field.
    texts: Vec<(Field, String)>,
}

/// A question or sentence id as saved: letters, digits and `-`.
fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

impl Record {
    /// Who is deciding, the patient when not chosen yet.
    pub fn who_or_default(&self) -> Who {
        self.who.unwrap_or_default()
    }

    /// The answer to question `id`, if any.
    pub fn answer(&self, id: &str) -> Option<Answer> {
        self.answers.iter().find(|(q, _)| q == id).map(|&(_, a)| a)
    }

    /// Sets (or, with `None`, clears) the answer to question `id`.
    pub fn set_answer(&mut self, id: &str, answer: Option<Answer>) {
        self.answers.retain(|(q, _)| q != id);
        if let Some(answer) = answer {
            self.answers.push((id.to_owned(), answer));
        }
    }

    /// Sets the scale point; a value outside [`SCALE_POINTS`] clears it.
    pub fn set_scale(&mut self, point: Option<u8>) {
        self.scale = point.filter(|p| SCALE_POINTS.contains(p));
    }

    /// The reply to sentence `id`, if any.
    pub fn agreement(&self, id: &str) -> Option<Agreement> {
        self.agreements
            .iter()
            .find(|(s, _)| s == id)
            .map(|&(_, a)| a)
    }

    /// Sets the reply to sentence `id`.
    pub fn set_agreement(&mut self, id: &str, reply: Agreement) {
        self.agreements.retain(|(s, _)| s != id);
        self.agreements.push((id.to_owned(), reply));
    }

    /// The text of `field` ("" when none).
    pub fn text(&self, field: Field) -> &str {
        self.texts
            .iter()
            .find(|(f, _)| *f == field)
            .map_or("", |(_, t)| t.as_str())
    }

    /// Sets the text of `field` as typed (a first space or new line stays while the reader writes), clipped
    /// to its longest; empty text removes it.
    pub fn set_text(&mut self, field: Field, text: &str) {
        self.texts.retain(|(f, _)| *f != field);
        let text: String = clip(text).chars().take(field.max_chars()).collect();
        if !text.is_empty() {
            self.texts.push((field, text));
        }
    }

    /// Whether the check has any answer, the values any reply, the meeting any text: which steps are started.
    pub fn check_started(&self) -> bool {
        !self.answers.is_empty()
    }

    /// See [`Record::check_started`].
    pub fn values_started(&self) -> bool {
        self.scale.is_some()
            || !self.agreements.is_empty()
            || !self.text(Field::OwnWords).trim().is_empty()
    }

    /// See [`Record::check_started`].
    pub fn meeting_started(&self) -> bool {
        [Field::Person, Field::Worries, Field::Notes]
            .iter()
            .any(|&f| !self.text(f).trim().is_empty())
    }

    /// Nothing chosen or written.
    pub fn is_empty(&self) -> bool {
        *self == Record::default()
    }

    /// The saved form.
    pub fn serialize(&self) -> String {
        let mut out = String::from(HEADER);
        if let Some(who) = self.who {
            let _ = write!(out, "\nwho {}", who.as_str());
        }
        for (id, answer) in &self.answers {
            match answer {
                Answer::Chose(i) => {
                    let _ = write!(out, "\nanswer {id} {i}");
                }
                Answer::Unsure => {
                    let _ = write!(out, "\nanswer {id} unsure");
                }
            }
        }
        if let Some(point) = self.scale {
            let _ = write!(out, "\nscale {point}");
        }
        for (id, reply) in &self.agreements {
            let _ = write!(out, "\nagree {id} {}", reply.as_str());
        }
        for (field, text) in &self.texts {
            let _ = write!(out, "\ntext {} {}", field.key(), escape(text));
        }
        out
    }

    /// Reads a saved record. Fails on anything it does not recognise, rather than guessing.
    pub fn parse(saved: &str) -> Result<Record, ParseError> {
        let mut record = Record::default();
        for item in items(saved, HEADER)? {
            let (err, kind, rest) = item?;
            match kind {
                "who" => record.who = Some(Who::parse(rest).ok_or(err)?),
                "answer" => {
                    let (id, value) = rest.split_once(' ').ok_or(err.clone())?;
                    let answer = match value {
                        "unsure" => Answer::Unsure,
                        v => match v.parse() {
                            Ok(i) if i < ANSWERS_PER_QUESTION => Answer::Chose(i),
                            _ => return Err(err),
                        },
                    };
                    if !valid_id(id) {
                        return Err(err);
                    }
                    record.set_answer(id, Some(answer));
                }
                "scale" => {
                    let point: u8 = rest.parse().map_err(|_| err.clone())?;
                    if !SCALE_POINTS.contains(&point) {
                        return Err(err);
                    }
                    record.scale = Some(point);
                }
                "agree" => {
                    let (id, value) = rest.split_once(' ').ok_or(err.clone())?;
                    let reply = Agreement::parse(value).ok_or(err.clone())?;
                    if !valid_id(id) {
                        return Err(err);
                    }
                    record.set_agreement(id, reply);
                }
                "text" => {
                    let (key, text) = rest.split_once(' ').ok_or(err.clone())?;
                    let field = Field::ALL
                        .into_iter()
                        .find(|f| f.key() == key)
                        .ok_or(err.clone())?;
                    record.set_text(field, &unescape(text).ok_or(err)?);
                }
                _ => return Err(err),
            }
        }
        Ok(record)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Record {
        let mut r = Record {
            who: Some(Who::Other),
            ..Record::default()
        };
        r.set_answer("check-q1", Some(Answer::Chose(0)));
        r.set_answer("check-q3", Some(Answer::Unsure));
        r.set_scale(Some(4));
        r.set_agreement("values-s-awake", Agreement::Agree);
        r.set_agreement("values-s-dialysis", Agreement::Disagree);
        r.set_text(
            Field::Person,
            "Loves her garden.\nSaid: \"no machines\" \\ ever.",
        );
        r.set_text(Field::Name, "Mary Jones");
        r
    }

    #[test]
    fn a_saved_record_reads_back_the_same() {
        let r = sample();
        assert_eq!(Record::parse(&r.serialize()), Ok(r));
        let empty = Record::default();
        assert!(empty.is_empty());
        assert_eq!(Record::parse(&empty.serialize()), Ok(empty));
    }

    #[test]
    fn changing_an_answer_replaces_it_and_blank_text_is_removed() {
        let mut r = sample();
        r.set_answer("check-q1", Some(Answer::Chose(2)));
        assert_eq!(r.answer("check-q1"), Some(Answer::Chose(2)));
        assert_eq!(r.answers.len(), 2);
        r.set_answer("check-q1", None);
        assert_eq!(r.answer("check-q1"), None);
        r.set_agreement("values-s-awake", Agreement::Unsure);
        assert_eq!(r.agreement("values-s-awake"), Some(Agreement::Unsure));
        assert_eq!(r.agreements.len(), 2);
        r.set_text(Field::Person, "  \n ");
        assert_eq!(r.text(Field::Person), "  \n ", "kept as typed");
        assert!(!r.meeting_started(), "blank text starts nothing");
        r.set_text(Field::Person, "");
        assert_eq!(r.text(Field::Person), "");
    }

    #[test]
    fn out_of_range_scale_values_are_not_kept() {
        let mut r = Record::default();
        for bad in [0, 6, 255] {
            r.set_scale(Some(bad));
            assert_eq!(r.scale, None);
        }
        r.set_scale(Some(1));
        assert_eq!(r.scale, Some(1));
    }

    #[test]
    fn long_text_is_clipped() {
        let mut r = Record::default();
        r.set_text(Field::Name, &"x".repeat(500));
        assert_eq!(r.text(Field::Name).chars().count(), 100);
        r.set_text(Field::Notes, &"y".repeat(9000));
        assert_eq!(
            r.text(Field::Notes).chars().count(),
            crate::question_list::MAX_TEXT_CHARS
        );
    }

    #[test]
    fn corrupt_values_are_rejected_not_guessed() {
        for bad in [
            "",
            "{\"who\":\"self\"}",
            "hpg-decide 2",
            "hpg-decide 1\nwho maybe",
            "hpg-decide 1\nanswer check-q1",
            "hpg-decide 1\nanswer check-q1 x",
            "hpg-decide 1\nanswer check-q1 3",
            "hpg-decide 1\nanswer bad id! 1",
            "hpg-decide 1\nscale 9",
            "hpg-decide 1\nscale -1",
            "hpg-decide 1\nagree values-s-awake perhaps",
            "hpg-decide 1\ntext colour red",
            "hpg-decide 1\ntext notes bad \\x escape",
            "hpg-decide 1\nwhat is this",
        ] {
            assert!(Record::parse(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            Record::parse("hpg-decide 1\nwho self\nnope x"),
            Err(ParseError { line: 3 })
        );
    }
}
