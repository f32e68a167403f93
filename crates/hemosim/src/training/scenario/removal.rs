//! Removing the pump. FACTS.md "Anticoagulation" and "Weaning": check the ACT and wait until it is below
//! 150 s, pull the pump back into the aorta at P-2, then stop it and remove it with pressure or a closure
//! device. Removing with the ACT too high causes bleeding.

use super::actions::{Action, Judgement, Reason as R, Verdict::*};
use super::case::Case;
use super::definition::Definition;
use super::patients::{self, RECOVERING_LV_MMHG_PER_ML};
use crate::controls::Control;
use crate::pump::Device;

/// ACT below which the pump may be removed, s (FACTS.md "Anticoagulation": < 150 s before removal).
pub const REMOVAL_MAX_ACT_S: f64 = 150.0;

/// The removal sequence.
pub(super) const REMOVAL: Definition = Definition {
    prediction: &super::predict::REMOVAL,
    menu: {
        use Action::*;
        &[
            CheckAct,
            WaitForAct,
            PullIntoAorta,
            StopAndRemove,
            SetP0,
            PLevelUp,
        ]
    },
    correct_steps: &[
        "tr-step-remove-act",
        "tr-step-remove-pull-back",
        "tr-step-remove-pressure",
    ],
    patient: |rng| patients::shock_on_cp(rng, RECOVERING_LV_MMHG_PER_ML, 2),
    fault: None,
    every_action: None,
    judge,
    resolved: |case| case.removed && !case.bleeding,
    cause_key: None,
};

fn judge(case: &mut Case, action: Action) -> Judgement {
    use Action::*;
    let level = case.level();
    match action {
        CheckAct => {
            case.act_checked = true;
            (Good, R::ActChecked, Some(case.act_s))
        }
        WaitForAct => {
            // Illustrative: the ACT drifts down while heparin is held, as local protocols direct.
            case.act_s = (case.act_s - 20.0).max(120.0);
            let verdict = if case.act_checked { Good } else { Unneeded };
            (verdict, R::ActWaited, Some(case.act_s))
        }
        PullIntoAorta => {
            let ok = level == 2 && case.act_s < REMOVAL_MAX_ACT_S && case.act_checked;
            case.sim.set_control(Control::PositionCm(-1.0));
            case.in_aorta_for_removal = true;
            if ok {
                (Good, R::PulledIntoAorta, None)
            } else if level != 2 {
                (Wrong, R::MoveAtHighLevel, None)
            } else {
                (Wrong, R::RemoveWithHighAct, Some(case.act_s))
            }
        }
        StopAndRemove => {
            let act_ok = case.act_s < REMOVAL_MAX_ACT_S;
            let in_order = case.in_aorta_for_removal;
            case.sim.set_control(Control::PLevel(0));
            case.sim.set_control(Control::Device(Device::None));
            case.removed = true;
            if !act_ok {
                case.bleeding = true;
                (Wrong, R::RemoveWithHighAct, Some(case.act_s))
            } else if !in_order {
                (Wrong, R::RemoveOutOfOrder, None)
            } else {
                (Good, R::Removed, None)
            }
        }
        SetP0 => {
            case.set_level(0);
            if case.in_aorta_for_removal {
                (Unneeded, R::NotRelevant, None)
            } else {
                (Wrong, R::BelowP2InVentricle, None)
            }
        }
        PLevelUp => {
            case.set_level(level + 1);
            (Unneeded, R::NotRelevant, None)
        }
        _ => (Unneeded, R::NotRelevant, None),
    }
}
