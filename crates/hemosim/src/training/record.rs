//! The performance record: one line per scenario attempt, with what simulation courses measure — whether the
//! problem was solved, whether the opening question (the cause or the forecast) was answered right, the
//! trainee's own time to the first correct step on the console, the wrong steps and the calls for help — and a
//! summary per scenario that shows progress from the first attempt to the latest.
//!
//! Stored as small plain text so a corrupt or old value is detected (and set aside by the app), never fatal:
//!
//! ```text
//! hpg-record 1
//! 20427|suction-1|1|85|1|34|0|1
//! ```
//!
//! Each line: day (days since 1970-01-01, UTC) | scenario slug | resolved (1/0) | score | answer right (1, 0,
//! or `-` when not answered) | seconds to the first correct step (or `-`) | wrong steps | calls for help.

use super::scenario::{Debrief, Outcome};

/// The first line of a stored record: its format and version.
pub const RECORD_HEADER: &str = "hpg-record 1";
/// How many attempts are kept; the oldest go first.
pub const MAX_ATTEMPTS: usize = 400;

/// One scenario attempt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempt {
    /// Day of the attempt, days since 1970-01-01 (UTC).
    pub day: u32,
    /// Scenario slug.
    pub slug: String,
    /// Whether the problem was solved in the model.
    pub resolved: bool,
    /// Score out of 100.
    pub score: u32,
    /// Whether the opening question was answered right (`None`: not answered).
    pub answer_right: Option<bool>,
    /// The trainee's own seconds from the actions opening to the first correct step (`None`: none made).
    pub first_step_s: Option<u32>,
    /// Wrong steps.
    pub wrong: u32,
    /// Calls for help.
    pub escalations: u32,
}

impl Attempt {
    /// The attempt a debrief describes, made on `day`, with the trainee's own time to the first correct step.
    pub fn from_debrief(debrief: &Debrief, day: u32, first_step_s: Option<u32>) -> Self {
        Self {
            day,
            slug: debrief.kind.slug().to_owned(),
            resolved: debrief.outcome == Outcome::Resolved,
            score: debrief.score.min(100),
            answer_right: debrief.prediction_right(),
            first_step_s: debrief.first_good_step().and(first_step_s),
            wrong: debrief.counts.2,
            escalations: debrief.escalations(),
        }
    }

    fn line(&self) -> String {
        let flag = |b: bool| if b { "1" } else { "0" };
        format!(
            "{}|{}|{}|{}|{}|{}|{}|{}\n",
            self.day,
            self.slug,
            flag(self.resolved),
            self.score,
            self.answer_right.map_or("-", flag),
            self.first_step_s
                .map_or_else(|| "-".to_owned(), |s| s.to_string()),
            self.wrong,
            self.escalations
        )
    }

    fn parse(line: &str) -> Option<Self> {
        let parts: Vec<&str> = line.split('|').collect();
        let [day, slug, resolved, score, answer, first, wrong, escalations] = parts[..] else {
            return None;
        };
        let flag = |s: &str| match s {
            "1" => Some(true),
            "0" => Some(false),
            _ => None,
        };
        let slug_ok = !slug.is_empty()
            && slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        let score: u32 = score.parse().ok()?;
        if !slug_ok || score > 100 {
            return None;
        }
        Some(Self {
            day: day.parse().ok()?,
            slug: super::ScenarioKind::current_slug(slug).to_owned(),
            resolved: flag(resolved)?,
            score,
            answer_right: if answer == "-" {
                None
            } else {
                Some(flag(answer)?)
            },
            first_step_s: if first == "-" {
                None
            } else {
                Some(first.parse().ok()?)
            },
            wrong: wrong.parse().ok()?,
            escalations: escalations.parse().ok()?,
        })
    }
}

/// Why a stored record could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordParseError {
    /// 1-based line number.
    pub line: usize,
}

/// Every attempt, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Record {
    /// The attempts, oldest first.
    pub attempts: Vec<Attempt>,
}

/// One scenario's attempts, summed up: first and latest side by side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioSummary<'a> {
    /// The first attempt.
    pub first: &'a Attempt,
    /// The latest attempt.
    pub latest: &'a Attempt,
    /// How many attempts.
    pub attempts: usize,
    /// How many were resolved.
    pub resolved: usize,
    /// Answers right, out of answers given.
    pub answers: (usize, usize),
    /// Scores in order (the last few), to show the trend.
    pub recent_scores: Vec<u32>,
}

/// How many scores [`ScenarioSummary::recent_scores`] keeps.
pub const RECENT_SCORES: usize = 6;

impl Record {
    /// Parses a stored record; a missing header or any malformed line makes the whole record unreadable.
    pub fn parse(text: &str) -> Result<Self, RecordParseError> {
        let mut lines = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty());
        match lines.next() {
            None => return Ok(Self::default()),
            Some((_, header)) if header.trim() == RECORD_HEADER => {}
            Some((i, _)) => return Err(RecordParseError { line: i + 1 }),
        }
        let attempts = lines
            .map(|(i, l)| Attempt::parse(l.trim()).ok_or(RecordParseError { line: i + 1 }))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self { attempts })
    }

    /// The stored text.
    pub fn serialise(&self) -> String {
        let mut text = format!("{RECORD_HEADER}\n");
        text.extend(self.attempts.iter().map(Attempt::line));
        text
    }

    /// Adds an attempt, dropping the oldest beyond [`MAX_ATTEMPTS`].
    pub fn push(&mut self, attempt: Attempt) {
        self.attempts.push(attempt);
        let extra = self.attempts.len().saturating_sub(MAX_ATTEMPTS);
        self.attempts.drain(..extra);
    }

    /// The summary of `slug`'s attempts (`None` when there are none).
    pub fn summary(&self, slug: &str) -> Option<ScenarioSummary<'_>> {
        let mine: Vec<&Attempt> = self.attempts.iter().filter(|a| a.slug == slug).collect();
        let (first, latest) = (*mine.first()?, *mine.last()?);
        let answered: Vec<bool> = mine.iter().filter_map(|a| a.answer_right).collect();
        let skip = mine.len().saturating_sub(RECENT_SCORES);
        Some(ScenarioSummary {
            first,
            latest,
            attempts: mine.len(),
            resolved: mine.iter().filter(|a| a.resolved).count(),
            answers: (answered.iter().filter(|&&r| r).count(), answered.len()),
            recent_scores: mine[skip..].iter().map(|a| a.score).collect(),
        })
    }

    /// The first and last day with an attempt.
    pub fn span(&self) -> Option<(u32, u32)> {
        let days = self.attempts.iter().map(|a| a.day);
        Some((days.clone().min()?, days.max()?))
    }
}

/// The calendar date (year, month, day) of `day` days since 1970-01-01 (proleptic Gregorian, UTC).
pub fn civil_date(day: u32) -> (i64, u32, u32) {
    // Howard Hinnant's days-to-civil algorithm.
    let z = i64::from(day) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// `day` as an ISO 8601 date, `2026-12-05`: the same in every language, and unambiguous on a printed record.
pub fn iso_date(day: u32) -> String {
    let (y, m, d) = civil_date(day);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::training::{Action, Scenario, ScenarioKind};

    fn attempt(day: u32, slug: &str, score: u32, answer: Option<bool>) -> Attempt {
        Attempt {
            day,
            slug: slug.to_owned(),
            resolved: score > 40,
            score,
            answer_right: answer,
            first_step_s: Some(30),
            wrong: 1,
            escalations: 0,
        }
    }

    #[test]
    fn round_trips_every_field() {
        let mut r = Record::default();
        r.push(attempt(20_427, "suction-1", 40, Some(false)));
        r.push(Attempt {
            first_step_s: None,
            escalations: 2,
            ..attempt(20_428, "weaning", 100, None)
        });
        let text = r.serialise();
        assert!(text.starts_with("hpg-record 1\n"));
        assert_eq!(Record::parse(&text), Ok(r));
        assert_eq!(Record::parse(""), Ok(Record::default()));
    }

    #[test]
    fn an_unreadable_record_names_its_line() {
        assert_eq!(
            Record::parse("{\"x\":1}"),
            Err(RecordParseError { line: 1 })
        );
        let good = "hpg-record 1\n20427|weaning|1|90|1|12|0|0\n";
        assert!(Record::parse(good).is_ok());
        for bad in [
            "20427|weaning|1|90|1|12|0",
            "20427|weaning|1|900|1|12|0|0",
            "20427|weaning|yes|90|1|12|0|0",
            "20427|Weaning|1|90|1|12|0|0",
            "20427|weaning|1|90|2|12|0|0",
            "x|weaning|1|90|1|12|0|0",
        ] {
            assert_eq!(
                Record::parse(&format!("{good}{bad}\n")),
                Err(RecordParseError { line: 3 }),
                "{bad}"
            );
        }
    }

    #[test]
    fn old_slugs_are_read_as_todays() {
        let r = Record::parse("hpg-record 1\n1|position-in-aorta|1|90|-|-|0|0\n").expect("parses");
        assert_eq!(r.attempts[0].slug, "position-wrong");
    }

    #[test]
    fn keeps_the_latest_attempts() {
        let mut r = Record::default();
        for i in 0..(MAX_ATTEMPTS as u32 + 5) {
            r.push(attempt(i, "weaning", 50, None));
        }
        assert_eq!(r.attempts.len(), MAX_ATTEMPTS);
        assert_eq!(r.attempts[0].day, 5);
        assert_eq!(r.span(), Some((5, MAX_ATTEMPTS as u32 + 4)));
    }

    #[test]
    fn the_summary_puts_first_and_latest_side_by_side() {
        let mut r = Record::default();
        r.push(attempt(10, "suction-1", 40, Some(false)));
        r.push(attempt(11, "weaning", 90, None));
        r.push(attempt(12, "suction-1", 70, None));
        r.push(attempt(13, "suction-1", 95, Some(true)));
        let s = r.summary("suction-1").expect("attempted");
        assert_eq!((s.first.day, s.latest.day), (10, 13));
        assert_eq!((s.attempts, s.resolved), (3, 2));
        assert_eq!(s.answers, (1, 2));
        assert_eq!(s.recent_scores, vec![40, 70, 95]);
        assert!(r.summary("removal").is_none());
    }

    #[test]
    fn an_attempt_is_read_from_its_debrief() {
        let mut s = Scenario::new(ScenarioKind::PumpStopped, 1);
        let right = s.kind().prediction().correct_index();
        s.predict(right);
        s.act(Action::CallForHelp);
        s.act(Action::Wait);
        s.act(Action::RestartPump);
        let a = Attempt::from_debrief(&s.debrief(), 20_427, Some(41));
        assert_eq!(a.slug, "pump-stopped");
        assert_eq!(a.answer_right, Some(true));
        assert_eq!(a.escalations, 1);
        assert_eq!(a.first_step_s, Some(41));

        // No correct step on the console: no time, even if one was measured.
        let mut w = Scenario::new(ScenarioKind::Weaning, 1);
        w.act(Action::CallForHelp);
        w.act(Action::SetP0);
        let a = Attempt::from_debrief(&w.debrief(), 20_427, Some(9));
        assert_eq!(
            (a.first_step_s, a.answer_right, a.resolved),
            (None, None, false)
        );
        assert_eq!((a.wrong, a.escalations), (1, 1));
    }

    #[test]
    fn dates_are_iso() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(20_427), "2025-12-05");
        assert_eq!(iso_date(20_792), "2026-12-05");
        assert_eq!(iso_date(11_016), "2000-02-29");
    }
}
