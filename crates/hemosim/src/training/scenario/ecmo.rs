//! On VA-ECMO, the arterial line goes flat and the wedge pressure is high: ECMO returns blood into the arteries,
//! and a left ventricle this weak cannot build a pressure above the aorta's, so its aortic valve stays shut. It
//! keeps filling from the lungs and cannot empty: LVEDP and PCWP rise. A microaxial pump across the valve empties
//! ("vents") it into the aorta. Raising the ECMO flow pushes harder against the shut valve, fluid fills the
//! ventricle further, and lowering the ECMO flow gives the body less blood while the ventricle stays nearly as
//! full.
//!
//! FACTS.md gives no clinical numbers or rules for venting (only that ECMO can give more than 4.5 L/min, up to
//! full output): the scenario's words stay general, and its thresholds are the model's own, chosen by
//! measurement. Nothing is scripted: the patient is the compare view's (`support::comparison_patient`, whose
//! baroreflex is off) on ECMO, and the shut valve, the distension and the venting all come from the model.

use super::actions::{Action, Judgement, Reason as R, Verdict::*};
use super::case::{Case, TARGET_DEPTH_CM};
use super::definition::Definition;
use super::patients;
use crate::controls::Control;
use crate::pump::{Device, PositionClass};

/// LV contractility of this patient, mmHg/ml (illustrative): around the deteriorating preset's 0.42. Measured
/// on the model: at 5 L/min the valve stays shut up to 0.44 and opens from about 0.46.
const DISTENDING_LV_MMHG_PER_ML: (f64, f64) = (0.40, 0.44);
/// ECMO set flow at the start, L/min: "full" support (FACTS.md: VA-ECMO more than 4.5 L/min).
pub const ECMO_START_L_MIN: f64 = 5.0;
/// How much one press of "raise" or "lower" changes the ECMO set flow, L/min (a scenario setting).
pub const ECMO_STEP_L_MIN: f64 = 1.0;
/// P-level the vent pump starts at. Chosen by measurement as the lowest level that lowers LVEDP by
/// [`VENTED_FALL_MMHG`] within one action on every patient of the range, with room to spare (LVEDP from about
/// 34 mmHg: P-2 −3, P-4 −5, P-6 −7 mmHg), as FACTS.md asks for the lowest level that does the job.
pub const VENT_P_LEVEL: u8 = 6;
/// The highest level "Raise the P-level" goes to here: P-8, for continuous use (FACTS.md: BOOST/P-9 for at most
/// 5 minutes).
const MAX_VENT_P_LEVEL: u8 = 8;
/// How far LVEDP and PCWP must fall below their values at the start for the ventricle to count as vented,
/// mmHg (the model's own threshold, not a clinical target).
pub const VENTED_FALL_MMHG: f64 = 5.0;

/// "On ECMO: the arterial line is flat."
pub(super) const ECMO_DISTENSION: Definition = Definition {
    prediction: &super::predict::ECMO_DISTENSION,
    menu: {
        use Action::*;
        &[
            PlaceVentPump,
            EcmoFlowUp,
            EcmoFlowDown,
            GiveFluid,
            PLevelUp,
            Wait,
        ]
    },
    correct_steps: &[
        "tr-step-ecmo-recognise",
        "tr-step-ecmo-vent",
        "tr-step-ecmo-confirm",
    ],
    patient: |rng| {
        patients::deteriorating_on_ecmo(rng, DISTENDING_LV_MMHG_PER_ML, ECMO_START_L_MIN)
    },
    // The settled patient already shows the problem.
    fault: None,
    every_action: None,
    judge,
    resolved: |case| {
        let (start, now) = (case.metrics_at_start, case.metrics());
        vent_running(case)
            && now.lvedp_mmhg <= start.lvedp_mmhg - VENTED_FALL_MMHG
            && now.pcwp_mmhg <= start.pcwp_mmhg - VENTED_FALL_MMHG
    },
    cause_key: None,
};

/// A microaxial pump runs across the valve, correctly placed.
fn vent_running(case: &Case) -> bool {
    case.sim.controls().device != Device::None
        && case.level() > 0
        && case.position_class() == PositionClass::Correct
}

fn set_ecmo(case: &mut Case, by_l_min: f64) -> f64 {
    let flow = case.sim.controls().ecmo_flow_l_min + by_l_min;
    case.sim.set_control(Control::EcmoFlow(flow));
    case.sim.controls().ecmo_flow_l_min
}

fn judge(case: &mut Case, action: Action) -> Judgement {
    use Action::*;
    let vented = case.sim.controls().device != Device::None;
    match action {
        PlaceVentPump if vented => (Unneeded, R::VentAlreadyIn, None),
        PlaceVentPump => {
            case.sim.set_control(Control::Device(Device::ImpellaCp));
            case.sim.set_control(Control::PositionCm(TARGET_DEPTH_CM));
            case.set_level(VENT_P_LEVEL);
            (Good, R::VentPlaced, None)
        }
        EcmoFlowUp => {
            let flow = set_ecmo(case, ECMO_STEP_L_MIN);
            (Wrong, R::EcmoUpAgainstShutValve, Some(flow))
        }
        EcmoFlowDown => {
            // FACTS.md has no rule for it: the model shows the afterload falling, the body's flow falling and
            // the ventricle staying nearly as full, so it is not a correct step, and not the harm fluid is.
            let flow = set_ecmo(case, -ECMO_STEP_L_MIN);
            (Unneeded, R::EcmoDownDoesNotVent, Some(flow))
        }
        GiveFluid => {
            case.give_fluid();
            (Wrong, R::FluidIntoFullVentricle, None)
        }
        // Once the pump is in, a ventricle still too full (after a fluid bolus, say) empties further at a
        // higher level: the scenario has not ended, so it has not been vented enough yet.
        PLevelUp if !vented => (Unneeded, R::NoPumpYet, None),
        PLevelUp if case.level() < MAX_VENT_P_LEVEL => {
            case.set_level(case.level() + 1);
            (Good, R::VentLevelUp, None)
        }
        Wait if vented => (Good, R::WatchVent, None),
        Wait => (Wrong, R::WaitedWhileDistended, None),
        _ => (Unneeded, R::NotRelevant, None),
    }
}
