//! The simulation: wires the model, the integrator, the baroreflex and the metric accumulator together and
//! offers the small API the app calls (`new`, `apply`, `advance`, `step_beat`, `steady_state`,
//! `p_level_sweep`, `last_beat_metrics`, `console`; `AcceleratedSettling` settles a few beats at a time).
//!
//! `engine.rs` runs it step by step; `settling.rs` brings it to its periodic steady state (plain or
//! accelerated beats); `sweep.rs` settles every P-level for a response curve. All of it is `Simulation`'s API.

mod engine;
mod settling;
mod sweep;

pub use engine::{Simulation, MAX_ADVANCE_S};
pub use settling::{
    AcceleratedSettling, SteadyState, DEFAULT_MAX_STEADY_BEATS, DEFAULT_STEADY_TOLERANCE,
};
pub use sweep::SweepPoint;
