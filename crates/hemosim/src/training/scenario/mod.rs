//! Alarm scenarios: a seeded patient on a pump, an alarm (or a task such as weaning), the trainee's actions
//! applied to the simulation, immediate feedback with the reason, and a debrief with the key moments.
//!
//! Correct actions follow FACTS.md "Alarms and actions", "Haemolysis", "Anticoagulation" and "Weaning". Every
//! consequence the trainee sees (flows, pressures, the placement signal, motor current, suction) comes from the
//! model; only the purge kink, the pump failing to restart, the ACT and plasma-free haemoglobin are scenario
//! state, because the model has no such parts.
//!
//! Each scenario is data plus a few small rules, in its own module: a `Definition` (`definition.rs`) holding its
//! seeded patient, the fault injected once the patient has settled, its action menu, the rules that
//! judge each action and decide when the problem is solved, and its debrief keys. One engine (`engine.rs`)
//! runs them all: timeline, key moments, score and debrief. The running patient and the record of what the
//! trainee has done live in a `Case` (`case.rs`), with the rules several scenarios share (P-level, fluid, catheter
//! moves, imaging, the console the trainee sees); `patients.rs` holds the seeded patients several start from.
//!
//! # Adding a scenario
//! 1. Write `training/scenario/<name>.rs` with its `Definition` (copy a small one such as `weaning.rs`);
//!    declare it below with `mod <name>;`.
//! 2. Register it in `kind.rs`: a [`ScenarioKind`] variant (appended, so existing seeds keep their patients),
//!    its place in [`ScenarioKind::ALL`], its slug in `ScenarioKind::slug` and one line in
//!    `ScenarioKind::definition`.
//! 3. If it needs a new kind of step or reason, add it to `actions.rs` ([`Action`], [`Reason`] and their
//!    `ALL` lists); if it needs state no scenario keeps yet, add a field to `Case` in `case.rs`.
//! 4. Test it in `crates/hemosim/tests/training_scenarios.rs`: played correctly it resolves, played wrongly it
//!    gets worse the way FACTS.md says; and give its slug, steps and reasons messages in `locales/*/`.

mod actions;
mod case;
mod definition;
mod engine;
mod kind;
mod patients;
mod predict;

mod bleeding;
mod ecmo;
mod position;
mod position_unknown;
mod pump_stopped;
mod purge;
mod removal;
mod rising_haemolysis;
mod suction;
mod weaning;

pub use actions::{Action, Reason, Verdict};
pub use bleeding::{BLEED_BEFORE_START_ML, BLEED_ML_PER_ACTION};
pub use case::{
    FLUID_BOLUS_ML, MIN_LEVEL_IN_VENTRICLE, POSITION_STEP_CM, TARGET_DEPTH_CM,
    TARGET_DEPTH_RANGE_CM,
};
pub use ecmo::{ECMO_START_L_MIN, ECMO_STEP_L_MIN, VENTED_FALL_MMHG, VENT_P_LEVEL};
pub use engine::{Debrief, Moment, Outcome, Scenario, StepResult, TimelineEntry, ACTION_SECONDS};
pub use kind::ScenarioKind;
pub use predict::{Asks, Choice, Prediction};
pub use purge::{DEXTROSE_STEP_PERCENT, KINK_EXTRA_MMHG, PURGE_RATE_STEP_ML_H};
pub use removal::REMOVAL_MAX_ACT_S;
pub use weaning::WEANING_MIN_CI;
