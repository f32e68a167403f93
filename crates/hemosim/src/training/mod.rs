//! The trainee practice room's logic: alarm scenarios, the set-up sequence, positioning drills, a haemolysis
//! teaching rule and the progress record. Plain Rust on top of the simulation, deterministic for a given seed,
//! so every rule is tested natively and the browser only wires buttons to it.
//!
//! This is a training simulation, not device instructions: local protocols and the current instructions for use
//! take precedence. Correct actions follow shared/content/FACTS.md ("Alarms and actions", "Trainee steps",
//! "Purge", "Haemolysis", "Anticoagulation", "Weaning").

pub mod code;
pub mod haemolysis;
pub mod positioning;
pub mod progress;
pub mod record;
pub mod rng;
pub mod scenario;
pub mod setup;

pub use code::{CaseCode, CodeError};
pub use haemolysis::{HaemolysisTrend, HAEMOLYSIS_THRESHOLD_MG_DL};
pub use positioning::{PositionCall, PositioningDrill, PositioningRound};
pub use progress::{Progress, ProgressEntry};
pub use record::{iso_date, Attempt, Record, ScenarioSummary};
pub use rng::SplitMix64;
pub use scenario::{
    Action, Asks, Choice, Debrief, Moment, Outcome, Prediction, Reason, Scenario, ScenarioKind,
    StepResult, TimelineEntry, Verdict,
};
pub use setup::{SetupDrill, SetupStep};
