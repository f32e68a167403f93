//! Wrong position: the whole pump has slipped into the ventricle ("Position in ventricle") or sits in the
//! aorta ("Position wrong"). FACTS.md "Alarms and actions": check with imaging, reduce to P-2, then move the
//! catheter towards the target depth (about 3.5 cm below the annulus).

use super::actions::{Action, Judgement, Reason as R, Verdict::*};
use super::case::{Case, MIN_LEVEL_IN_VENTRICLE, POSITION_STEP_CM};
use super::definition::Definition;
use crate::controls::Control;
use crate::presets::Preset;
use crate::pump::PositionClass;
use crate::simulation::Simulation;

/// The whole pump has slipped into the ventricle: pull it back.
pub(super) const IN_VENTRICLE: Definition = Definition {
    prediction: &super::predict::IN_VENTRICLE,
    menu: MENU,
    correct_steps: &[
        "tr-step-imaging",
        "tr-step-p2",
        "tr-step-pull-back",
        "tr-step-target-depth",
    ],
    patient: |rng| {
        let mut sim = Simulation::new(Preset::PumpTooDeep);
        let depth_cm = rng.step_value(6.0, POSITION_STEP_CM, 4);
        sim.set_control(Control::PositionCm(depth_cm));
        sim
    },
    fault: None,
    every_action: None,
    judge: |case, action| judge(case, action, Action::PullBack),
    resolved,
    cause_key: None,
};

/// The whole pump sits in the aorta: advance it.
pub(super) const IN_AORTA: Definition = Definition {
    prediction: &super::predict::IN_AORTA,
    menu: MENU,
    correct_steps: &[
        "tr-step-imaging",
        "tr-step-p2",
        "tr-step-reposition",
        "tr-step-target-depth",
    ],
    patient: |rng| {
        let mut sim = Simulation::new(Preset::PumpTooFarOut);
        let depth_cm = rng.step_value(-2.0, POSITION_STEP_CM, 4);
        sim.set_control(Control::PositionCm(depth_cm));
        sim
    },
    fault: None,
    every_action: None,
    judge: |case, action| judge(case, action, Action::Advance),
    resolved,
    cause_key: None,
};

const MENU: &[Action] = {
    use Action::*;
    &[
        CheckPositionImaging,
        SetP2,
        PLevelUp,
        PLevelDown,
        PullBack,
        Advance,
        GiveFluid,
        Wait,
    ]
};

/// Judges `action`; `towards_target` is the catheter move that brings the inlet to the target depth.
fn judge(case: &mut Case, action: Action, towards_target: Action) -> Judgement {
    use Action::*;
    let level = case.level();
    match action {
        CheckPositionImaging => case.check_imaging(),
        SetP2 => {
            case.set_level(2);
            if level > 2 {
                (Good, R::P2BeforeMoving, None)
            } else {
                (Unneeded, R::NotRelevant, None)
            }
        }
        PLevelDown => {
            case.lower_level(1);
            (Unneeded, R::P2BeforeMoving, None)
        }
        PLevelUp => {
            case.set_level(level + 1);
            if case.position_class() == PositionClass::Correct && case.depth_on_target() {
                (Unneeded, R::NotRelevant, None)
            } else {
                (Wrong, R::RaiseWithWrongPosition, None)
            }
        }
        PullBack | Advance => {
            let was_on_target = case.depth_on_target();
            case.move_catheter(action == Advance);
            let depth_cm = Some(case.sim.controls().position_cm);
            if !case.imaging_checked {
                (Wrong, R::MoveWithoutImaging, None)
            } else if level > 2 {
                (Wrong, R::MoveAtHighLevel, None)
            } else if action == towards_target && !was_on_target {
                (Good, R::MoveRightWay, depth_cm)
            } else {
                (Wrong, R::MoveWrongWay, depth_cm)
            }
        }
        Wait => (Unneeded, R::WaitedProblemContinues, None),
        _ => (Unneeded, R::NotRelevant, None),
    }
}

/// The inlet at the target depth, the pump running, and neither position alarm on the console.
fn resolved(case: &Case) -> bool {
    case.position_class() == PositionClass::Correct
        && case.depth_on_target()
        && case.level() >= MIN_LEVEL_IN_VENTRICLE
        && case
            .console()
            .is_some_and(|c| !c.alarms.position_in_ventricle && !c.alarms.position_wrong)
}
