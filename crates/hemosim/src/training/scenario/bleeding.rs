//! Bleeding at the groin: blood soaks the dressing at the access site, and pressure and pump flow fall as
//! the patient loses volume. FACTS.md: bleeding is a labelled adverse event; the access site is closed with
//! "firm pressure until the bleeding stops"; on support the ACT is ~160–180 s. The steps: firm pressure on the
//! site, volume to replace what was lost, and the ACT checked so the team can decide on the heparin.
//!
//! The bleeding itself is scenario state: the model has no bleeding (model-limits page, "No bleeding"), so the
//! scenario takes [`BLEED_ML_PER_ACTION`] out through the blood-volume control with every action until
//! pressure is applied. Everything the trainee then sees (pressure, flows, heart rate, suction) comes from the
//! model. That control stops at 4,200 ml (`ControlKind::BloodVolume`): from the shock patient's 4,800 ml the
//! bleed goes on for six actions (two simulated minutes), so the scenario teaches the first minutes of a
//! bleed, not its end; the debrief says so.

use super::actions::{Action, Judgement, Reason as R, Verdict::*};
use super::case::Case;
use super::definition::Definition;
use super::patients::{self, FAILING_LV_MMHG_PER_ML};
use crate::controls::Control;

/// Blood lost during each action while the site bleeds, ml (illustrative, a scenario setting).
pub const BLEED_ML_PER_ACTION: f64 = 60.0;
/// Blood already lost when the scenario opens, ml (illustrative).
pub const BLEED_BEFORE_START_ML: f64 = 240.0;
/// How close to the pressure before the bleed the MAP must come back, mmHg.
const MAP_RECOVERED_WITHIN_MMHG: f64 = 2.0;

/// Bleeding at the groin.
pub(super) const GROIN_BLEEDING: Definition = Definition {
    prediction: &super::predict::BLEEDING,
    menu: {
        use Action::*;
        &[
            ApplyPressure,
            GiveFluid,
            CheckAct,
            PLevelUp,
            PLevelDown,
            CheckPositionImaging,
            Wait,
        ]
    },
    correct_steps: &[
        "tr-step-bleed-pressure",
        "tr-step-bleed-volume",
        "tr-step-bleed-act",
    ],
    patient: |rng| patients::shock_on_cp(rng, FAILING_LV_MMHG_PER_ML, 6),
    fault: Some(|case| {
        case.map_before_bleed_mmhg = case.metrics().map_mmhg;
        case.site_bleeding = true;
        lose_blood(case, BLEED_BEFORE_START_ML);
    }),
    every_action: Some(|case| {
        // The site bleeds while the trainee acts, whatever they do, until pressure is on it.
        if case.site_bleeding {
            lose_blood(case, BLEED_ML_PER_ACTION);
        }
    }),
    judge,
    resolved: |case| {
        !case.site_bleeding
            && case.act_checked
            && case.fluid_given > 0
            && !case.suction_now()
            && case.metrics().map_mmhg >= case.map_before_bleed_mmhg - MAP_RECOVERED_WITHIN_MMHG
    },
    cause_key: None,
};

fn lose_blood(case: &mut Case, ml: f64) {
    let v = case.sim.controls().blood_volume_ml;
    case.sim.set_control(Control::BloodVolume(v - ml));
}

fn judge(case: &mut Case, action: Action) -> Judgement {
    use Action::*;
    let level = case.level();
    match action {
        ApplyPressure => {
            let was_bleeding = case.site_bleeding;
            case.site_bleeding = false;
            if was_bleeding {
                (Good, R::PressureOnSite, None)
            } else {
                (Unneeded, R::NotRelevant, None)
            }
        }
        GiveFluid => {
            case.give_fluid();
            (Good, R::VolumeForBleeding, None)
        }
        CheckAct => {
            case.act_checked = true;
            (Good, R::ActCheckedBleeding, Some(case.act_s))
        }
        PLevelUp => {
            case.set_level(level + 1);
            (Wrong, R::RaiseDoesNotReplaceBlood, None)
        }
        PLevelDown => {
            case.lower_level(1);
            (Unneeded, R::NotRelevant, None)
        }
        Wait if case.site_bleeding => (Wrong, R::WaitedWhileBleeding, None),
        Wait => (Unneeded, R::WaitedNothingWrong, None),
        _ => (Unneeded, R::NotRelevant, None),
    }
}
