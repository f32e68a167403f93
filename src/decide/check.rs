//! Step 1 of "Prepare to decide": eight questions on the key facts (what the pump does and cannot do, the main
//! benefit and harms per 100 as FACTS.md states them, that saying no still means care, how uncertain the
//! evidence is, whom the trial's numbers fit). Each has three answers and "I am not sure"; every answer gets
//! a reason and a link to the page that covers it. There is no score.
//!
//! The numbers in the answers are never typed into the text: they come from the benefits-and-risks page's
//! outcomes (`crate::pages::risks::OUTCOMES`, from FACTS.md "Benefits and harms") through Fluent arguments,
//! and a native test checks them against the trial's own counts.

use crate::route::Route;

/// Numbers an answer carries (Fluent arguments), from the constants the rest of the guide uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Numbers {
    /// None.
    None,
    /// An outcome of the benefits-and-risks page, by its key: `$with` and `$without` per 100 (and
    /// `$alive-with`, `$alive-without`, the other framing).
    Outcome(&'static str),
    /// How many in 10 people with heart-attack shock in one hospital's records would have fitted the trial
    /// (`$fit`).
    FitTheTrial,
}

/// One question of the check.
#[derive(Clone, Copy, Debug)]
pub struct Question {
    /// Its message id; the answers are `<id>-a`, `-b`, `-c`, each with a reason `<answer>-why`, and the
    /// question to ask the team when unsure is `<id>-ask`.
    pub id: &'static str,
    /// The index (0–2) of the right answer.
    pub right: usize,
    /// The numbers its right answer carries.
    pub numbers: Numbers,
    /// The page that covers it.
    pub page: Route,
    /// The source of its numbers, if any.
    pub cite: Option<&'static str>,
}

/// The answers' letters, in the order shown.
pub const LETTERS: [&str; super::record::ANSWERS_PER_QUESTION] = ["a", "b", "c"];

/// In one Austrian centre's records, 117 of 384 people with STEMI-related shock met the DanGer Shock criteria
/// (FACTS.md "How to present numbers", Planka RM et al. 2025): about 3 in 10.
pub const FIT_THE_TRIAL: (u32, u32) = (117, 384);

/// The questions, in order. The right answer is in different places, so guessing a letter does not work.
pub const QUESTIONS: [Question; 8] = [
    Question {
        id: "check-q1",
        right: 0,
        numbers: Numbers::None,
        page: Route::Pump,
        cite: None,
    },
    Question {
        id: "check-q2",
        right: 2,
        numbers: Numbers::None,
        page: Route::After,
        cite: None,
    },
    Question {
        id: "check-q3",
        right: 1,
        numbers: Numbers::Outcome("death"),
        page: Route::Risks,
        cite: Some("cite-danger"),
    },
    Question {
        id: "check-q4",
        right: 2,
        numbers: Numbers::Outcome("harm"),
        page: Route::Risks,
        cite: Some("cite-danger"),
    },
    Question {
        id: "check-q5",
        right: 0,
        numbers: Numbers::Outcome("dialysis"),
        page: Route::Risks,
        cite: Some("cite-danger"),
    },
    Question {
        id: "check-q6",
        right: 1,
        numbers: Numbers::None,
        page: Route::Options,
        cite: None,
    },
    Question {
        id: "check-q7",
        right: 2,
        numbers: Numbers::None,
        page: Route::Risks,
        cite: Some("cite-nice"),
    },
    Question {
        id: "check-q8",
        right: 0,
        numbers: Numbers::FitTheTrial,
        page: Route::Risks,
        cite: Some("cite-danger-fit"),
    },
];

impl Question {
    /// The message id of answer `i`.
    pub fn answer_id(&self, i: usize) -> String {
        format!("{}-{}", self.id, LETTERS[i])
    }

    /// The message id of the reason for answer `i`.
    pub fn why_id(&self, i: usize) -> String {
        format!("{}-{}-why", self.id, LETTERS[i])
    }

    /// The message id of the question to ask the team.
    pub fn ask_id(&self) -> String {
        format!("{}-ask", self.id)
    }

    /// The Fluent arguments of its answers and reasons: `(name, value)`.
    pub fn arguments(&self) -> Vec<(&'static str, u32)> {
        match self.numbers {
            Numbers::None => Vec::new(),
            Numbers::Outcome(key) => {
                let (with, without) = outcome_counts(key);
                vec![
                    ("with", with),
                    ("without", without),
                    ("alive-with", 100 - with),
                    ("alive-without", 100 - without),
                ]
            }
            Numbers::FitTheTrial => {
                let (fit, of) = FIT_THE_TRIAL;
                vec![("fit", in_ten(fit, of))]
            }
        }
    }
}

/// `part` of `whole`, as a whole number in 10 (rounded half up).
fn in_ten(part: u32, whole: u32) -> u32 {
    (part * 10 + whole / 2) / whole
}

/// An outcome's counts per 100 with and without the pump, as the benefits-and-risks page shows them.
pub fn outcome_counts(key: &str) -> (u32, u32) {
    let outcome = crate::pages::risks::OUTCOMES
        .iter()
        .find(|o| o.key == key)
        .expect("the check names outcomes of the risks page");
    let without = outcome
        .second
        .expect("the check's outcomes are comparisons")
        .count;
    (outcome.first.count, without)
}

/// The questions whose answer was "not sure" or not the right one: what to ask the team about.
pub fn to_ask(record: &super::record::Record) -> Vec<&'static Question> {
    use super::record::Answer;
    QUESTIONS
        .iter()
        .filter(|q| match record.answer(q.id) {
            Some(Answer::Chose(i)) => i != q.right,
            Some(Answer::Unsure) => true,
            None => false,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decide::record::{Answer, Record};
    use crate::i18n::{self, message_ids, Locale};

    /// The numbers the text itself may carry: the denominators ("out of 100", "in 10") and the trial's
    /// follow-up time ("6 months"). Every count comes through an argument.
    const FRAMING: [u32; 3] = [100, 10, 6];

    fn numbers_in(text: &str) -> Vec<u32> {
        text.split(|c: char| !c.is_ascii_digit())
            .filter_map(|s| s.parse().ok())
            .collect()
    }

    /// `part` of `whole` per 100, rounded half up, as FACTS.md reports it.
    fn per_100(part: u32, whole: u32) -> u32 {
        (part * 100 + whole / 2) / whole
    }

    #[test]
    fn the_numbers_are_the_trials_own_counts() {
        // FACTS.md "Benefits and harms", DanGer Shock (NEJM 2024), 179 with the pump, 176 without.
        let by_question: Vec<(&str, (u32, u32))> = QUESTIONS
            .iter()
            .filter_map(|q| match q.numbers {
                Numbers::Outcome(key) => Some((q.id, outcome_counts(key))),
                _ => None,
            })
            .collect();
        assert_eq!(
            by_question,
            vec![
                ("check-q3", (per_100(82, 179), per_100(103, 176))),
                ("check-q4", (per_100(43, 179), per_100(11, 176))),
                ("check-q5", (per_100(75, 179), per_100(47, 176))),
            ]
        );
        assert_eq!(by_question[0].1, (46, 59), "died by 6 months");
        assert_eq!(
            QUESTIONS[2].arguments(),
            vec![
                ("with", 46),
                ("without", 59),
                ("alive-with", 54),
                ("alive-without", 41)
            ]
        );
        // "about 3 in 10" (FACTS.md: 117 of 384, 30.5 %).
        assert_eq!(QUESTIONS[7].arguments(), vec![("fit", 3)]);
    }

    #[test]
    fn every_question_has_its_messages_and_no_typed_number_in_any_language() {
        let known = message_ids(Locale::default());
        for q in &QUESTIONS {
            let mut ids = vec![q.id.to_owned(), q.ask_id()];
            for i in 0..LETTERS.len() {
                ids.push(q.answer_id(i));
                ids.push(q.why_id(i));
            }
            for id in &ids {
                assert!(known.contains(id), "{id}");
            }
            assert!(q.right < LETTERS.len());
        }
        // The text of check.ftl in every language: message text and variant lines, without ids or comments.
        let names: Vec<&str> = i18n::GUIDE_FTL_FILES
            .iter()
            .chain(i18n::Part::ALL.iter().flat_map(|p| p.files()))
            .copied()
            .collect();
        let check = names.iter().position(|&n| n == "decide/check").unwrap();
        for locale in Locale::all() {
            let source = &i18n::source_files(locale)[check];
            for line in source.lines().filter(|l| !l.starts_with('#')) {
                let text = match line.split_once(" = ") {
                    Some((id, text)) if !id.starts_with(' ') => text,
                    _ => line,
                };
                for n in numbers_in(text) {
                    assert!(
                        FRAMING.contains(&n),
                        "{}: the number {n} typed into {line:?}",
                        locale.info().tag
                    );
                }
            }
        }
    }

    #[test]
    fn the_right_numbers_reach_the_reader_in_every_language() {
        for locale in Locale::all() {
            i18n::install_from_sources(locale);
            for q in QUESTIONS.iter().filter(|q| q.numbers != Numbers::None) {
                let args = q.arguments();
                let fluent =
                    i18n::args(&args.iter().map(|&(k, v)| (k, v as i64)).collect::<Vec<_>>());
                let right = i18n::strip_isolation(&i18n::translate(
                    locale,
                    &if q.numbers == Numbers::FitTheTrial {
                        q.why_id(q.right)
                    } else {
                        q.answer_id(q.right)
                    },
                    Some(&fluent),
                ));
                let shown: Vec<u32> = numbers_in(&right)
                    .into_iter()
                    .filter(|n| ![100, 10].contains(n))
                    .collect();
                let wanted: Vec<u32> = match q.numbers {
                    Numbers::FitTheTrial => vec![args[0].1],
                    _ => vec![args[0].1, args[1].1],
                };
                assert_eq!(shown, wanted, "{} {}: {right}", locale.info().tag, q.id);
            }
        }
    }

    #[test]
    fn wrong_and_unsure_answers_become_questions_for_the_team() {
        let mut r = Record::default();
        assert!(to_ask(&r).is_empty());
        r.set_answer("check-q1", Some(Answer::Chose(0)));
        r.set_answer("check-q2", Some(Answer::Chose(0)));
        r.set_answer("check-q3", Some(Answer::Unsure));
        let ids: Vec<&str> = to_ask(&r).iter().map(|q| q.id).collect();
        assert_eq!(ids, vec!["check-q2", "check-q3"]);
    }
}
