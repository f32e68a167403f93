//! The live simulation behind the "How the pump works" page, as plain Rust with native tests (the page only
//! wires it to signals and the frame loop), in parts (what the pages use is re-exported here):
//!
//! - [`choices`]: what the user chooses from: situations, devices, the P-level range;
//! - [`engine`]: [`DemoEngine`], which owns a [`hemosim::Simulation`], and [`DemoStart`], which settles a new
//!   one over several short tasks; the heart picture's state, the frozen snapshot and the alerts;
//! - [`recording`]: what the charts need from the running simulation (waveforms, the beat's
//!   pressure–volume loop, the healthy reference beat);
//! - [`sweep`]: the P-level response curve, computed a few beats at a time so no frame does too much work;
//! - [`measure`]: the per-beat measures the tables show, with their labels, units and decimals.

pub mod choices;
pub mod engine;
pub mod measure;
pub mod recording;
pub mod sweep;

pub use choices::{device_key, device_label_id, DemoPreset, DEVICES, MAX_P_LEVEL, MIN_P_LEVEL};
pub use engine::{Alerts, DemoEngine, DemoStart, Picture, Snapshot, LOW_SYSTOLIC_MMHG};
pub use measure::Measure;
pub use recording::{PvPoint, HISTORY_S, RECORD_INTERVAL_S};
