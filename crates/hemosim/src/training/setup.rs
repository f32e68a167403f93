//! Set-up practice: the console, purge and insertion sequence (FACTS.md "Trainee steps", "Purge", "Device facts",
//! "Anticoagulation") as an ordered task. The trainee picks the next step from plausible options; a wrong or
//! skipped step gets immediate feedback with its reason. Three steps ask for a value (sheath size, ACT target,
//! purge fluid), as they would be entered or checked in the lab.

use crate::training::rng::SplitMix64;

/// One step of the CP femoral set-up, in the correct order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SetupStep {
    /// Set up the console and the purge fluid.
    ConsolePurge,
    /// Arterial access and a small sheath.
    Access,
    /// Stiff 0.035" wire and serial dilation.
    StiffWireDilate,
    /// 14 Fr peel-away sheath.
    LargeSheath,
    /// Heparin to the insertion ACT.
    Heparin,
    /// Pigtail catheter over a J-wire into the LV.
    Pigtail,
    /// Shaped 0.018" placement wire to the LV apex; pigtail out.
    PlacementWire,
    /// Back-load the pump onto the wire.
    BackLoad,
    /// Advance across the aortic valve under fluoroscopy.
    AdvanceAcrossValve,
    /// Inlet ~3.5 cm below the annulus; aortic waveform on the placement signal.
    CheckDepth,
    /// Remove the placement wire.
    RemoveWire,
    /// Start the pump (AUTO, ramps over 30 s).
    StartPump,
    /// Remove slack so the catheter lies on the lesser curvature.
    RemoveSlack,
    /// Confirm the position on imaging and on the console.
    ConfirmPosition,
}

impl SetupStep {
    /// The steps in order.
    pub const ORDER: [SetupStep; 14] = [
        SetupStep::ConsolePurge,
        SetupStep::Access,
        SetupStep::StiffWireDilate,
        SetupStep::LargeSheath,
        SetupStep::Heparin,
        SetupStep::Pigtail,
        SetupStep::PlacementWire,
        SetupStep::BackLoad,
        SetupStep::AdvanceAcrossValve,
        SetupStep::CheckDepth,
        SetupStep::RemoveWire,
        SetupStep::StartPump,
        SetupStep::RemoveSlack,
        SetupStep::ConfirmPosition,
    ];

    /// Message key of the step's label.
    pub fn key(self) -> &'static str {
        match self {
            SetupStep::ConsolePurge => "su-step-console-purge",
            SetupStep::Access => "su-step-access",
            SetupStep::StiffWireDilate => "su-step-stiff-wire",
            SetupStep::LargeSheath => "su-step-large-sheath",
            SetupStep::Heparin => "su-step-heparin",
            SetupStep::Pigtail => "su-step-pigtail",
            SetupStep::PlacementWire => "su-step-placement-wire",
            SetupStep::BackLoad => "su-step-back-load",
            SetupStep::AdvanceAcrossValve => "su-step-advance",
            SetupStep::CheckDepth => "su-step-check-depth",
            SetupStep::RemoveWire => "su-step-remove-wire",
            SetupStep::StartPump => "su-step-start",
            SetupStep::RemoveSlack => "su-step-slack",
            SetupStep::ConfirmPosition => "su-step-confirm",
        }
    }

    /// Message key of why this step comes where it does (shown when it is skipped or chosen too early).
    pub fn why_key(self) -> &'static str {
        match self {
            SetupStep::ConsolePurge => "su-why-console-purge",
            SetupStep::Access => "su-why-access",
            SetupStep::StiffWireDilate => "su-why-stiff-wire",
            SetupStep::LargeSheath => "su-why-large-sheath",
            SetupStep::Heparin => "su-why-heparin",
            SetupStep::Pigtail => "su-why-pigtail",
            SetupStep::PlacementWire => "su-why-placement-wire",
            SetupStep::BackLoad => "su-why-back-load",
            SetupStep::AdvanceAcrossValve => "su-why-advance",
            SetupStep::CheckDepth => "su-why-check-depth",
            SetupStep::RemoveWire => "su-why-remove-wire",
            SetupStep::StartPump => "su-why-start",
            SetupStep::RemoveSlack => "su-why-slack",
            SetupStep::ConfirmPosition => "su-why-confirm",
        }
    }

    /// The value question this step asks, if any.
    pub fn question(self) -> Option<Question> {
        match self {
            SetupStep::ConsolePurge => Some(Question::PurgeFluid),
            SetupStep::LargeSheath => Some(Question::SheathSize),
            SetupStep::Heparin => Some(Question::ActTarget),
            _ => None,
        }
    }
}

/// A value the trainee must enter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    /// Sheath size for the CP pump.
    SheathSize,
    /// ACT target for insertion.
    ActTarget,
    /// Purge fluid.
    PurgeFluid,
}

impl Question {
    /// Message key of the question.
    pub fn key(self) -> &'static str {
        match self {
            Question::SheathSize => "su-q-sheath",
            Question::ActTarget => "su-q-act",
            Question::PurgeFluid => "su-q-purge",
        }
    }

    /// The answer options (message keys) and the index of the correct one. Values are FACTS.md's.
    pub fn options(self) -> (&'static [&'static str], usize) {
        match self {
            // FACTS.md device table: CP = 14 Fr pump, 14 Fr sheath.
            Question::SheathSize => (
                &[
                    "su-a-sheath-9",
                    "su-a-sheath-12",
                    "su-a-sheath-14",
                    "su-a-sheath-21",
                ],
                2,
            ),
            // FACTS.md: ACT ≥ 250 s to insert, ~160–180 s on support, < 150 s before removal.
            Question::ActTarget => (&["su-a-act-150", "su-a-act-160", "su-a-act-250"], 2),
            // FACTS.md purge: dextrose 5–40 % (commonly 20 %) with heparin 25–50 IU/mL.
            Question::PurgeFluid => (
                &[
                    "su-a-purge-saline",
                    "su-a-purge-d20-heparin",
                    "su-a-purge-d50",
                ],
                1,
            ),
        }
    }

    /// Message key explaining the correct answer.
    pub fn why_key(self) -> &'static str {
        match self {
            Question::SheathSize => "su-why-q-sheath",
            Question::ActTarget => "su-why-q-act",
            Question::PurgeFluid => "su-why-q-purge",
        }
    }
}

/// Result of a choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetupFeedback {
    /// The right next step (a value question may follow).
    Correct(SetupStep),
    /// A later step chosen too early: the step that must come first, and why.
    TooEarly {
        /// What was chosen.
        chosen: SetupStep,
        /// What must come first.
        expected: SetupStep,
    },
    /// A step already done.
    AlreadyDone(SetupStep),
    /// The value question was answered right.
    AnswerRight(Question),
    /// The value question was answered wrong.
    AnswerWrong(Question),
}

/// The set-up drill.
#[derive(Clone, Debug)]
pub struct SetupDrill {
    next: usize,
    pending: Option<Question>,
    mistakes: u32,
    rng: SplitMix64,
    log: Vec<SetupFeedback>,
}

/// Options offered at each choice.
pub const OPTIONS_PER_CHOICE: usize = 4;

impl SetupDrill {
    /// A drill whose option order comes from `seed`.
    pub fn new(seed: u64) -> Self {
        Self {
            next: 0,
            pending: None,
            mistakes: 0,
            rng: SplitMix64::new(seed),
            log: Vec::new(),
        }
    }

    /// True when every step is done and no question is open.
    pub fn finished(&self) -> bool {
        self.next >= SetupStep::ORDER.len() && self.pending.is_none()
    }

    /// Steps done so far.
    pub fn done(&self) -> &[SetupStep] {
        &SetupStep::ORDER[..self.next]
    }

    /// The open value question, if any.
    pub fn pending_question(&self) -> Option<Question> {
        self.pending
    }

    /// Mistakes so far.
    pub fn mistakes(&self) -> u32 {
        self.mistakes
    }

    /// Everything that happened.
    pub fn log(&self) -> &[SetupFeedback] {
        &self.log
    }

    /// The options for the next choice: the correct next step and plausible others (later steps, which tempt
    /// skipping), in a seeded order. Stable until a correct choice is made.
    pub fn options(&self) -> Vec<SetupStep> {
        if self.next >= SetupStep::ORDER.len() {
            return Vec::new();
        }
        let mut rng = SplitMix64::new(self.rng.clone().next_u64() ^ self.next as u64);
        let mut picks = vec![SetupStep::ORDER[self.next]];
        let later: Vec<SetupStep> = SetupStep::ORDER[self.next + 1..].to_vec();
        let earlier: Vec<SetupStep> = SetupStep::ORDER[..self.next].to_vec();
        let mut pool: Vec<SetupStep> = later.iter().take(5).copied().collect();
        if pool.len() < OPTIONS_PER_CHOICE {
            pool.extend(earlier.iter().rev().take(OPTIONS_PER_CHOICE));
        }
        while picks.len() < OPTIONS_PER_CHOICE && !pool.is_empty() {
            let i = rng.index(pool.len());
            picks.push(pool.remove(i));
        }
        // Shuffle (Fisher–Yates).
        for i in (1..picks.len()).rev() {
            let j = rng.index(i + 1);
            picks.swap(i, j);
        }
        picks
    }

    /// Chooses a step.
    pub fn choose(&mut self, step: SetupStep) -> SetupFeedback {
        let feedback = if self.pending.is_some() || self.next >= SetupStep::ORDER.len() {
            SetupFeedback::AlreadyDone(step)
        } else {
            let expected = SetupStep::ORDER[self.next];
            if step == expected {
                self.next += 1;
                self.pending = step.question();
                SetupFeedback::Correct(step)
            } else if self.done().contains(&step) {
                self.mistakes += 1;
                SetupFeedback::AlreadyDone(step)
            } else {
                self.mistakes += 1;
                SetupFeedback::TooEarly {
                    chosen: step,
                    expected,
                }
            }
        };
        self.log.push(feedback);
        feedback
    }

    /// Answers the open question with option `index`.
    pub fn answer(&mut self, index: usize) -> Option<SetupFeedback> {
        let q = self.pending?;
        let (_, correct) = q.options();
        let feedback = if index == correct {
            self.pending = None;
            SetupFeedback::AnswerRight(q)
        } else {
            self.mistakes += 1;
            SetupFeedback::AnswerWrong(q)
        };
        self.log.push(feedback);
        Some(feedback)
    }

    /// Score out of 100: 10 off per mistake.
    pub fn score(&self) -> u32 {
        100u32.saturating_sub(10 * self.mistakes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn play_correctly(d: &mut SetupDrill) {
        while !d.finished() {
            if let Some(q) = d.pending_question() {
                let (_, right) = q.options();
                assert_eq!(d.answer(right), Some(SetupFeedback::AnswerRight(q)));
            } else {
                let next = SetupStep::ORDER[d.done().len()];
                assert!(d.options().contains(&next));
                assert_eq!(d.choose(next), SetupFeedback::Correct(next));
            }
        }
    }

    #[test]
    fn the_correct_sequence_scores_full_marks() {
        let mut d = SetupDrill::new(3);
        play_correctly(&mut d);
        assert_eq!(d.score(), 100);
        assert_eq!(d.done().len(), SetupStep::ORDER.len());
    }

    #[test]
    fn skipping_heparin_is_caught_with_the_step_that_must_come_first() {
        let mut d = SetupDrill::new(9);
        for step in &SetupStep::ORDER[..4] {
            d.choose(*step);
            if let Some(q) = d.pending_question() {
                d.answer(q.options().1);
            }
        }
        let f = d.choose(SetupStep::Pigtail);
        assert_eq!(
            f,
            SetupFeedback::TooEarly {
                chosen: SetupStep::Pigtail,
                expected: SetupStep::Heparin
            }
        );
        assert_eq!(d.mistakes(), 1);
        assert_eq!(
            d.choose(SetupStep::Heparin),
            SetupFeedback::Correct(SetupStep::Heparin)
        );
        assert_eq!(
            d.answer(0),
            Some(SetupFeedback::AnswerWrong(Question::ActTarget))
        );
        assert_eq!(
            d.answer(2),
            Some(SetupFeedback::AnswerRight(Question::ActTarget))
        );
        assert_eq!(d.score(), 80);
    }

    #[test]
    fn options_are_four_distinct_and_include_the_next_step() {
        let mut d = SetupDrill::new(1);
        for _ in 0..SetupStep::ORDER.len() {
            let opts = d.options();
            assert_eq!(opts.len(), OPTIONS_PER_CHOICE, "{opts:?}");
            let mut sorted = opts.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(sorted.len(), opts.len());
            let next = SetupStep::ORDER[d.done().len()];
            assert!(opts.contains(&next));
            d.choose(next);
            if let Some(q) = d.pending_question() {
                d.answer(q.options().1);
            }
        }
        assert!(d.finished());
    }
}
