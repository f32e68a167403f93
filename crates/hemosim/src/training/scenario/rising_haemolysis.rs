//! Rising plasma-free haemoglobin: a pump at P-9 in a dry patient. FACTS.md "Haemolysis": take samples, check
//! the position, treat suction (volume), and run at the lowest level that gives enough support.

use super::actions::{Action, Judgement, Reason as R, Verdict::*};
use super::case::Case;
use super::definition::Definition;
use super::patients;
use crate::controls::Control;
use crate::training::haemolysis::{HaemolysisTrend, HAEMOLYSIS_THRESHOLD_MG_DL};

/// Rising plasma-free haemoglobin.
pub(super) const HAEMOLYSIS: Definition = Definition {
    prediction: &super::predict::HAEMOLYSIS,
    menu: {
        use Action::*;
        &[
            SendBloodSample,
            CheckPositionImaging,
            GiveFluid,
            PLevelDown,
            PLevelUp,
            Wait,
        ]
    },
    correct_steps: &[
        "tr-step-haem-samples",
        "tr-step-imaging",
        "tr-step-suction-volume",
        "tr-step-haem-lowest-level",
    ],
    patient: |rng| {
        let mut sim = patients::low_volume(rng);
        sim.set_control(Control::PLevel(9));
        sim
    },
    fault: Some(|case| {
        let start = case.start_free_hb_mg_dl;
        case.haemolysis = HaemolysisTrend::new(start, vec![(0.0, start - 4.0), (8.0, start)]);
    }),
    every_action: None,
    judge,
    resolved: |case| {
        case.haemolysis.samples.len() > 2
            && case
                .haemolysis
                .latest_sample()
                .is_some_and(|v| v < HAEMOLYSIS_THRESHOLD_MG_DL)
            && !case.suction_now()
            && case.imaging_checked
            && case.level() < 9
    },
    cause_key: None,
};

fn judge(case: &mut Case, action: Action) -> Judgement {
    use Action::*;
    let level = case.level();
    match action {
        SendBloodSample => {
            let rate = case.injury_rate();
            let v = case.haemolysis.sample_after_interval(rate);
            (Good, R::SampleTaken, Some(v))
        }
        CheckPositionImaging => case.check_imaging(),
        GiveFluid => {
            case.give_fluid();
            (Good, R::FluidForSuction, None)
        }
        PLevelDown => {
            case.lower_level(1);
            if level > 6 {
                (Good, R::LowestLevel, None)
            } else {
                (Unneeded, R::NotRelevant, None)
            }
        }
        PLevelUp => {
            case.set_level(level + 1);
            (Wrong, R::RaiseAddsHaemolysis, None)
        }
        Wait => (Unneeded, R::WaitedProblemContinues, None),
        _ => (Unneeded, R::NotRelevant, None),
    }
}
