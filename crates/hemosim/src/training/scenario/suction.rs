//! Suction: the pump pulls on an emptying ventricle, from low blood volume or from a failing right heart.
//! FACTS.md "Alarms and actions": check volume, reduce 1–2 P-levels, check the position, assess the right
//! ventricle, then return to the previous level once the cause is treated.

use super::actions::{Action, Judgement, Reason as R, Verdict::*};
use super::case::Case;
use super::definition::Definition;
use super::patients;
use crate::controls::Control;
use crate::presets::Preset;
use crate::simulation::Simulation;

/// Suction from low blood volume.
pub(super) const LOW_VOLUME: Definition = Definition {
    prediction: &super::predict::SUCTION,
    menu: MENU,
    correct_steps: &[
        "tr-step-suction-volume",
        "tr-step-suction-reduce",
        "tr-step-suction-position",
        "tr-step-suction-rv",
        "tr-step-suction-return",
    ],
    patient: patients::low_volume,
    fault: None,
    every_action: None,
    judge: |case, action| judge(case, action, Cause::LowVolume),
    resolved: |case| resolved(case, Cause::LowVolume),
    cause_key: None,
};

/// Suction from right-heart failure.
pub(super) const RIGHT_HEART: Definition = Definition {
    prediction: &super::predict::SUCTION,
    menu: MENU,
    correct_steps: &[
        "tr-step-suction-volume",
        "tr-step-suction-reduce",
        "tr-step-suction-position",
        "tr-step-suction-rv",
        "tr-step-rv-support",
        "tr-step-suction-return",
    ],
    patient: |rng| {
        let mut sim = Simulation::new(Preset::RightHeartFailure);
        sim.set_control(Control::RvContractility(0.1));
        sim.set_control(Control::BloodVolume(rng.range(4450.0, 4500.0)));
        sim.set_control(Control::PLevel(8));
        sim
    },
    fault: None,
    every_action: None,
    judge: |case, action| judge(case, action, Cause::RightHeart),
    resolved: |case| resolved(case, Cause::RightHeart),
    cause_key: None,
};

const MENU: &[Action] = {
    use Action::*;
    &[
        PLevelDown,
        PLevelDownTwo,
        PLevelUp,
        GiveFluid,
        CheckPositionImaging,
        AssessRightHeart,
        SupportRightHeart,
        PullBack,
        Advance,
        Wait,
    ]
};

/// What empties the ventricle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cause {
    LowVolume,
    RightHeart,
}

fn judge(case: &mut Case, action: Action, cause: Cause) -> Judgement {
    use Action::*;
    let level = case.level();
    let suction = case.suction_now();
    match action {
        GiveFluid => {
            case.give_fluid();
            (Good, R::FluidForSuction, None)
        }
        PLevelDown | PLevelDownTwo => {
            case.lower_level(if action == PLevelDown { 1 } else { 2 });
            // Part of the response to the alarm even if fluid has already eased the suction.
            if suction || !case.reduced {
                case.reduced = true;
                (Good, R::ReduceForSuction, None)
            } else {
                (Unneeded, R::NotRelevant, None)
            }
        }
        PLevelUp => {
            let fixed = cause_treated(case, cause);
            case.set_level(level + 1);
            if level >= case.previous_p_level || suction {
                (Wrong, R::RaiseInSuction, None)
            } else if fixed {
                (Good, R::ReturnToPrevious, None)
            } else {
                (Wrong, R::ReturnTooEarly, None)
            }
        }
        CheckPositionImaging => case.check_imaging(),
        AssessRightHeart => {
            case.rv_assessed = true;
            (Good, R::RvAssessed, Some(case.metrics().cvp_mmhg))
        }
        SupportRightHeart => {
            if cause == Cause::RightHeart && case.rv_assessed {
                case.rv_supported = true;
                // Simulated effect of treating RV failure: RV function back to the shock preset's.
                case.sim.set_control(Control::RvContractility(0.35));
                (Good, R::RvSupported, None)
            } else {
                (Wrong, R::RvSupportNotIndicated, None)
            }
        }
        PullBack | Advance => {
            case.move_catheter(action == Advance);
            (Wrong, R::MoveWithoutImaging, None)
        }
        Wait if suction => (Unneeded, R::WaitedProblemContinues, None),
        Wait => (Unneeded, R::WaitedNothingWrong, None),
        _ => (Unneeded, R::NotRelevant, None),
    }
}

/// The whole response (FACTS.md: check volume, reduce 1–2 P-levels, check position, assess RV, then return
/// to the previous level), the cause treated, and suction gone in the model.
fn resolved(case: &Case, cause: Cause) -> bool {
    case.reduced
        && case.imaging_checked
        && case.rv_assessed
        && cause_treated(case, cause)
        && !case.suction_now()
        && case.level() >= case.previous_p_level
}

/// Whether what empties the ventricle has been treated: fluid given, or the right heart supported.
fn cause_treated(case: &Case, cause: Cause) -> bool {
    match cause {
        Cause::LowVolume => case.fluid_given > 0,
        Cause::RightHeart => case.rv_supported,
    }
}
