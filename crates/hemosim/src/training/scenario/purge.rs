//! Purge pressure high ("Purge Flow Low"): a kinked purge line or purge fluid with too much dextrose, drawn
//! from the seed. FACTS.md "Purge": check the tubing for kinks, then lower the dextrose concentration.

use super::actions::{Action, Judgement, Reason as R, Verdict::*};
use super::case::{Case, PurgeCause};
use super::definition::Definition;
use super::patients::{self, FAILING_LV_MMHG_PER_ML};
use crate::controls::Control;

/// Extra purge pressure of a kinked purge line in the purge scenario, mmHg (scenario state, illustrative).
pub const KINK_EXTRA_MMHG: f64 = 700.0;
/// Step of the "lower dextrose" action, percentage points (a simulation setting).
pub const DEXTROSE_STEP_PERCENT: f64 = 10.0;
/// Step of the "raise purge rate" action, ml/h (a simulation setting).
pub const PURGE_RATE_STEP_ML_H: f64 = 4.0;

/// Purge pressure high.
pub(super) const PURGE_PRESSURE_HIGH: Definition = Definition {
    prediction: &super::predict::PURGE,
    menu: {
        use Action::*;
        &[
            CheckPurgeTubing,
            LowerDextrose,
            RaisePurgeRate,
            ReplaceCassette,
            PLevelDown,
            Wait,
        ]
    },
    correct_steps: &["tr-step-purge-kinks", "tr-step-purge-dextrose"],
    patient: |rng| patients::shock_on_cp(rng, FAILING_LV_MMHG_PER_ML, 6),
    fault: Some(|case| match case.purge_cause {
        PurgeCause::Kink => case.kink_extra_mmhg = KINK_EXTRA_MMHG,
        PurgeCause::ThickDextrose => {
            case.sim.set_control(Control::PurgeDextrose(40.0));
        }
    }),
    every_action: None,
    judge,
    resolved: |case| {
        case.console()
            .is_some_and(|c| !c.alarms.purge_pressure_high)
    },
    cause_key: Some(|case| match case.purge_cause {
        PurgeCause::Kink => "tr-purge-cause-kink",
        PurgeCause::ThickDextrose => "tr-purge-cause-dextrose",
    }),
};

/// Purge pressure high minutes after the patient was turned: the line has kinked.
pub(super) const PURGE_AFTER_MOVE: Definition = Definition {
    prediction: &super::predict::PURGE_AFTER_MOVE,
    fault: Some(|case| {
        case.purge_cause = PurgeCause::Kink;
        case.kink_extra_mmhg = KINK_EXTRA_MMHG;
    }),
    every_action: None,
    ..PURGE_PRESSURE_HIGH
};

fn judge(case: &mut Case, action: Action) -> Judgement {
    use Action::*;
    match action {
        CheckPurgeTubing => {
            case.tubing_checked = true;
            if case.kink_extra_mmhg > 0.0 {
                case.kink_extra_mmhg = 0.0;
                (Good, R::KinkFixed, None)
            } else {
                (Good, R::NoKink, None)
            }
        }
        LowerDextrose => {
            let d = case.sim.controls().purge_dextrose_percent;
            case.sim
                .set_control(Control::PurgeDextrose(d - DEXTROSE_STEP_PERCENT));
            let verdict = if case.tubing_checked { Good } else { Unneeded };
            (verdict, R::DextroseLowered, None)
        }
        RaisePurgeRate => {
            let r = case.sim.controls().purge_rate_ml_per_h;
            case.sim
                .set_control(Control::PurgeRate(r + PURGE_RATE_STEP_ML_H));
            (Wrong, R::PurgeRateRaised, None)
        }
        ReplaceCassette => (Unneeded, R::CassetteNotFirst, None),
        Wait => (Unneeded, R::WaitedProblemContinues, None),
        _ => (Unneeded, R::NotRelevant, None),
    }
}
