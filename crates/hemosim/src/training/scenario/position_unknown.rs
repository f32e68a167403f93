//! "Position unknown": the heart's own beat is too weak for the placement signal to pulse, so the console
//! cannot tell where the pump is. FACTS.md "Position signals": "Position unknown" when the heart's own
//! pulsatility is too low; check and record the cm mark. Imaging shows the position; moving the catheter by the
//! console's signal is wrong.

use super::actions::{Action, Judgement, Reason as R, Verdict::*};
use super::case::{Case, TARGET_DEPTH_CM};
use super::definition::Definition;
use super::patients;

/// Left-ventricular contractility of a heart too weak to make the placement signal pulse, mmHg/ml (below
/// the failing range the other scenarios draw from; the model's "Position unknown" appears at P-8).
const VERY_WEAK_LV_MMHG_PER_ML: (f64, f64) = (0.25, 0.35);

/// "Position unknown".
pub(super) const POSITION_UNKNOWN: Definition = Definition {
    prediction: &super::predict::POSITION_UNKNOWN,
    menu: {
        use Action::*;
        &[
            CheckPositionImaging,
            PullBack,
            Advance,
            PLevelUp,
            PLevelDown,
            GiveFluid,
            Wait,
        ]
    },
    correct_steps: &["tr-step-imaging", "tr-step-unknown-keep"],
    patient: |rng| patients::shock_on_cp(rng, VERY_WEAK_LV_MMHG_PER_ML, 8),
    fault: None,
    every_action: None,
    judge,
    resolved: |case| case.imaging_checked && case.depth_on_target(),
    cause_key: None,
};

fn judge(case: &mut Case, action: Action) -> Judgement {
    use Action::*;
    match action {
        CheckPositionImaging => case.check_imaging(),
        PullBack | Advance => {
            let off = |case: &Case| (case.sim.controls().position_cm - TARGET_DEPTH_CM).abs();
            let before = off(case);
            case.move_catheter(action == Advance);
            let depth_cm = Some(case.sim.controls().position_cm);
            if !case.imaging_checked {
                (Wrong, R::MoveWithoutImaging, None)
            } else if off(case) < before {
                // Back towards the target, seen on imaging: the right way (after an earlier blind move).
                (Good, R::MoveRightWay, depth_cm)
            } else {
                (Wrong, R::MoveWrongWay, depth_cm)
            }
        }
        PLevelUp | PLevelDown => {
            let level = case.level();
            if action == PLevelUp {
                case.set_level(level + 1);
            } else {
                case.lower_level(1);
            }
            (Unneeded, R::LevelDoesNotShowPosition, None)
        }
        Wait => (Unneeded, R::WaitedProblemContinues, None),
        _ => (Unneeded, R::NotRelevant, None),
    }
}
