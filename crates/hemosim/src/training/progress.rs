//! The trainee's progress record: best score and attempts per exercise, kept as small plain text so a corrupt
//! or old value is detected (and set aside by the app) rather than breaking the page.
//!
//! Format: one line per exercise, `slug|best|attempts|completed`, e.g. `suction-1|85|2|1`. A slug a scenario had
//! before is read as today's ([`ScenarioKind::current_slug`](super::ScenarioKind::current_slug)), its counts
//! added to any entry already under the new one.

/// One exercise's record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgressEntry {
    /// Exercise slug (a scenario slug, `setup` or `positioning`).
    pub slug: String,
    /// Best score out of 100.
    pub best: u32,
    /// Attempts ended.
    pub attempts: u32,
    /// Times completed (resolved / finished).
    pub completed: u32,
}

/// All records.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Progress {
    /// Entries in first-recorded order.
    pub entries: Vec<ProgressEntry>,
}

/// Why a stored record could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgressParseError {
    /// 1-based line number.
    pub line: usize,
}

impl Progress {
    /// Parses a stored record; any malformed line makes the whole record corrupt.
    pub fn parse(text: &str) -> Result<Self, ProgressParseError> {
        let mut p = Progress::default();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let parts: Vec<&str> = line.split('|').collect();
            let err = ProgressParseError { line: i + 1 };
            if parts.len() != 4
                || parts[0].is_empty()
                || !parts[0]
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                return Err(err);
            }
            let num = |s: &str| s.parse::<u32>().map_err(|_| err.clone());
            let best = num(parts[1])?;
            if best > 100 {
                return Err(err);
            }
            let slug = super::ScenarioKind::current_slug(parts[0]);
            let (attempts, completed) = (num(parts[2])?, num(parts[3])?);
            match p.entries.iter_mut().find(|e| e.slug == slug) {
                Some(e) => {
                    e.best = e.best.max(best);
                    e.attempts = e.attempts.saturating_add(attempts);
                    e.completed = e.completed.saturating_add(completed);
                }
                None => p.entries.push(ProgressEntry {
                    slug: slug.to_owned(),
                    best,
                    attempts,
                    completed,
                }),
            }
        }
        Ok(p)
    }

    /// The stored text.
    pub fn serialise(&self) -> String {
        self.entries
            .iter()
            .map(|e| format!("{}|{}|{}|{}\n", e.slug, e.best, e.attempts, e.completed))
            .collect()
    }

    /// Records an attempt.
    pub fn record(&mut self, slug: &str, score: u32, completed: bool) {
        let score = score.min(100);
        match self.entries.iter_mut().find(|e| e.slug == slug) {
            Some(e) => {
                e.best = e.best.max(score);
                e.attempts += 1;
                e.completed += u32::from(completed);
            }
            None => self.entries.push(ProgressEntry {
                slug: slug.to_owned(),
                best: score,
                attempts: 1,
                completed: u32::from(completed),
            }),
        }
    }

    /// The entry for `slug`.
    pub fn get(&self, slug: &str) -> Option<&ProgressEntry> {
        self.entries.iter().find(|e| e.slug == slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_keeps_the_best_score() {
        let mut p = Progress::default();
        p.record("weaning", 70, true);
        p.record("weaning", 55, false);
        p.record("setup", 100, true);
        let text = p.serialise();
        let q = Progress::parse(&text).expect("parses");
        assert_eq!(q, p);
        let w = q.get("weaning").expect("weaning");
        assert_eq!((w.best, w.attempts, w.completed), (70, 2, 1));
    }

    #[test]
    fn corrupt_text_is_rejected_with_its_line() {
        assert_eq!(
            Progress::parse("setup|100|1|1\n{\"x\":1}")
                .unwrap_err()
                .line,
            2
        );
        assert!(Progress::parse("setup|900|1|1").is_err());
        assert!(Progress::parse("setup|x|1|1").is_err());
        assert_eq!(Progress::parse("").expect("empty"), Progress::default());
    }

    #[test]
    fn old_scenario_slugs_are_read_as_todays() {
        let p = Progress::parse(
            "suction-low-volume|60|2|1\nsuction-1|80|1|1\nposition-in-aorta|40|1|0\n",
        )
        .expect("parses");
        let s = p.get("suction-1").expect("merged under the new slug");
        assert_eq!((s.best, s.attempts, s.completed), (80, 3, 2));
        assert!(p.get("position-wrong").is_some());
        assert!(p.get("suction-low-volume").is_none());
        assert_eq!(p.entries.len(), 2);
    }
}
