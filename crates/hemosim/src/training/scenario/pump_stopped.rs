//! The pump has stopped across the aortic valve, where it leaks back into the ventricle. FACTS.md "Alarms and
//! actions": try to restart (at P-8, then P-2); if it will not restart, pull it out of the ventricle. Whether
//! a restart works is drawn from the seed.

use super::actions::{Action, Judgement, Reason as R, Verdict::*};
use super::case::Case;
use super::definition::Definition;
use super::patients::{self, FAILING_LV_MMHG_PER_ML};
use crate::controls::Control;
use crate::pump::PositionClass;

/// The pump has stopped.
pub(super) const PUMP_STOPPED: Definition = Definition {
    prediction: &super::predict::PUMP_STOPPED,
    menu: {
        use Action::*;
        &[RestartPump, PLevelUp, RemoveFromVentricle, GiveFluid, Wait]
    },
    correct_steps: &["tr-step-restart", "tr-step-remove-if-stopped"],
    patient: |rng| patients::shock_on_cp(rng, FAILING_LV_MMHG_PER_ML, 8),
    fault: Some(|case| {
        case.sim.set_control(Control::PLevel(0));
        case.pump_failed = true;
    }),
    every_action: None,
    judge,
    resolved: |case| {
        let running = !case.pump_failed && case.level() > 0;
        let out_of_lv = case.position_class() == PositionClass::TooFarOut;
        running || (case.pump_failed && out_of_lv)
    },
    cause_key: None,
};

fn judge(case: &mut Case, action: Action) -> Judgement {
    use Action::*;
    let level = case.level();
    match action {
        RestartPump => {
            case.restart_tried = true;
            if case.restart_works {
                case.pump_failed = false;
                // FACTS.md: restart at P-8, then P-2.
                case.set_level(8);
                case.sim.advance(2.0, &mut case.recorder);
                case.set_level(2);
                (Good, R::Restarted, None)
            } else {
                (Good, R::RestartFailed, None)
            }
        }
        PLevelUp => {
            if case.pump_failed {
                (Wrong, R::StoppedPumpLeaks, None)
            } else {
                case.set_level(level + 1);
                (Good, R::NotRelevant, None)
            }
        }
        RemoveFromVentricle => {
            case.sim.set_control(Control::PositionCm(-1.0));
            if case.restart_tried {
                (Good, R::RemovedFromVentricle, None)
            } else {
                (Wrong, R::RemoveBeforeRestart, None)
            }
        }
        Wait => (Wrong, R::StoppedPumpLeaks, None),
        GiveFluid => {
            case.give_fluid();
            (Unneeded, R::NotRelevant, None)
        }
        _ => (Unneeded, R::NotRelevant, None),
    }
}
