//! The question each scenario opens with, before the trainee may act: a forecast ("what will the flow do if
//! …") or a cause ("what is most likely …"), never an action. Every choice carries a one-line reason, shown in
//! the debrief: why the right answer fits and why each of the others does not.
//!
//! The screen must not give the answer away before the trainee commits: scenario titles and briefs name the
//! alarm as the console shows it, never its cause. Each forecast is checked against the model in
//! `crates/hemosim/tests/training_predictions.rs`, so the answer the debrief calls right is what the
//! simulation does.

/// One scenario's opening question.
#[derive(Debug, PartialEq, Eq)]
pub struct Prediction {
    /// Message key of the question.
    pub question: &'static str,
    /// Whether the question asks for a forecast or a cause.
    pub asks: Asks,
    /// The answers offered, in a fixed order (exactly one is right).
    pub choices: &'static [Choice],
}

/// What kind of thinking the question asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Asks {
    /// What will happen next.
    Forecast,
    /// What is most likely behind what the screens show.
    Cause,
}

/// One answer to a [`Prediction`].
#[derive(Debug, PartialEq, Eq)]
pub struct Choice {
    /// Message key of the answer's label.
    pub label: &'static str,
    /// Message key of the one line that says why it fits or why it does not.
    pub why: &'static str,
    /// Whether this is the right answer.
    pub correct: bool,
}

impl Prediction {
    /// Index of the right answer.
    pub fn correct_index(&self) -> usize {
        self.choices
            .iter()
            .position(|c| c.correct)
            .expect("every prediction has a right answer")
    }
}

const fn right(label: &'static str, why: &'static str) -> Choice {
    Choice {
        label,
        why,
        correct: true,
    }
}

const fn wrong(label: &'static str, why: &'static str) -> Choice {
    Choice {
        label,
        why,
        correct: false,
    }
}

/// Suction (whatever empties the ventricle): more speed cannot pump blood that is not there.
pub(super) const SUCTION: Prediction = Prediction {
    question: "pq-q-suction",
    asks: Asks::Forecast,
    choices: &[
        wrong("pq-a-suction-flow-rises", "pq-why-suction-rises"),
        right("pq-a-suction-flow-same", "pq-why-suction-same"),
        wrong("pq-a-suction-flow-stops", "pq-why-suction-stops"),
    ],
};

/// "Position in ventricle": more speed only stirs the ventricle.
pub(super) const IN_VENTRICLE: Prediction = Prediction {
    question: "pq-q-in-ventricle",
    asks: Asks::Forecast,
    choices: &[
        wrong("pq-a-ci-rises", "pq-why-in-ventricle-rises"),
        right("pq-a-ci-same", "pq-why-in-ventricle-same"),
        wrong("pq-a-ci-falls", "pq-why-in-ventricle-falls"),
    ],
};

/// "Position wrong": the signals say the whole pump is in the aorta.
pub(super) const IN_AORTA: Prediction = Prediction {
    question: "pq-q-position-wrong",
    asks: Asks::Cause,
    choices: &[
        wrong("pq-a-where-correct", "pq-why-wrong-correct"),
        wrong("pq-a-where-ventricle", "pq-why-wrong-ventricle"),
        right("pq-a-where-aorta", "pq-why-wrong-aorta"),
    ],
};

/// Purge pressure high: a faster purge needs more pressure.
pub(super) const PURGE: Prediction = Prediction {
    question: "pq-q-purge",
    asks: Asks::Forecast,
    choices: &[
        right("pq-a-purge-rises", "pq-why-purge-rises"),
        wrong("pq-a-purge-falls", "pq-why-purge-falls"),
        wrong("pq-a-purge-same", "pq-why-purge-same"),
    ],
};

/// The pump has stopped across the valve: it leaks backwards.
pub(super) const PUMP_STOPPED: Prediction = Prediction {
    question: "pq-q-stopped",
    asks: Asks::Forecast,
    choices: &[
        wrong("pq-a-flow-forward", "pq-why-stopped-forward"),
        wrong("pq-a-flow-none", "pq-why-stopped-none"),
        right("pq-a-flow-back", "pq-why-stopped-back"),
    ],
};

/// Rising plasma-free haemoglobin in a dry patient at P-9: suction at a high level.
pub(super) const HAEMOLYSIS: Prediction = Prediction {
    question: "pq-q-haemolysis",
    asks: Asks::Cause,
    choices: &[
        wrong("pq-a-haem-purge", "pq-why-haem-purge"),
        right("pq-a-haem-suction", "pq-why-haem-suction"),
        wrong("pq-a-haem-position", "pq-why-haem-position"),
    ],
};

/// Weaning a recovered heart: the heart's own output rises as the pump gives less.
pub(super) const WEANING: Prediction = Prediction {
    question: "pq-q-weaning",
    asks: Asks::Forecast,
    choices: &[
        right("pq-a-native-rises", "pq-why-wean-rises"),
        wrong("pq-a-native-falls", "pq-why-wean-falls"),
        wrong("pq-a-native-same", "pq-why-wean-same"),
    ],
};

/// Removal: a pump stopped across the valve leaks backwards.
pub(super) const REMOVAL: Prediction = Prediction {
    question: "pq-q-removal",
    asks: Asks::Forecast,
    choices: &[
        wrong("pq-a-flow-forward", "pq-why-removal-forward"),
        right("pq-a-flow-back", "pq-why-removal-back"),
        wrong("pq-a-flow-none", "pq-why-removal-none"),
    ],
};

/// "Position unknown": the heart's own beat is too weak to make the signal pulse.
pub(super) const POSITION_UNKNOWN: Prediction = Prediction {
    question: "pq-q-unknown",
    asks: Asks::Cause,
    choices: &[
        wrong("pq-a-unknown-aorta", "pq-why-unknown-aorta"),
        right("pq-a-unknown-weak", "pq-why-unknown-weak"),
        wrong("pq-a-unknown-purge", "pq-why-unknown-purge"),
    ],
};

/// Purge pressure high after the patient was turned: a kink.
pub(super) const PURGE_AFTER_MOVE: Prediction = Prediction {
    question: "pq-q-purge-move",
    asks: Asks::Cause,
    choices: &[
        wrong("pq-a-purge-dextrose", "pq-why-move-dextrose"),
        wrong("pq-a-purge-volume", "pq-why-move-volume"),
        right("pq-a-purge-kink", "pq-why-move-kink"),
    ],
};

/// Bleeding at the groin: pressure and flow keep falling until it is stopped.
pub(super) const BLEEDING: Prediction = Prediction {
    question: "pq-q-bleeding",
    asks: Asks::Forecast,
    choices: &[
        right("pq-a-bleed-fall", "pq-why-bleed-fall"),
        wrong("pq-a-bleed-pump", "pq-why-bleed-pump"),
        wrong("pq-a-bleed-same", "pq-why-bleed-same"),
    ],
};

/// On VA-ECMO the arterial line is flat and the wedge pressure high: the ventricle cannot open its valve.
pub(super) const ECMO_DISTENSION: Prediction = Prediction {
    question: "pq-q-ecmo",
    asks: Asks::Cause,
    choices: &[
        wrong("pq-a-ecmo-dry", "pq-why-ecmo-dry"),
        wrong("pq-a-ecmo-low", "pq-why-ecmo-low"),
        right("pq-a-ecmo-shut", "pq-why-ecmo-shut"),
        wrong("pq-a-ecmo-line", "pq-why-ecmo-line"),
    ],
};

#[cfg(test)]
mod tests {
    use super::super::ScenarioKind;

    #[test]
    fn every_question_has_one_right_answer_and_a_reason_for_each() {
        for kind in ScenarioKind::ALL {
            let p = kind.prediction();
            assert!(p.choices.len() >= 3, "{kind:?}: at least three answers");
            assert_eq!(
                p.choices.iter().filter(|c| c.correct).count(),
                1,
                "{kind:?}"
            );
            let mut whys: Vec<_> = p.choices.iter().map(|c| c.why).collect();
            whys.sort_unstable();
            whys.dedup();
            assert_eq!(
                whys.len(),
                p.choices.len(),
                "{kind:?}: one reason per answer"
            );
        }
    }

    #[test]
    fn the_right_answer_is_not_always_in_the_same_place() {
        let places: std::collections::BTreeSet<_> = ScenarioKind::ALL
            .iter()
            .map(|k| k.prediction().correct_index())
            .collect();
        assert!(places.len() >= 3, "{places:?}");
    }
}
