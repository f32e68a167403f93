//! One integration step as its watchers see it ([`Sample`]): the time, activation, state, pressures, flows and
//! motor current that observers, the metric accumulator and the waveform recorder read. It sits below both
//! `observer` and `metrics`, so neither has to reach into the other for it (`observer::Sample` re-exports it).

use crate::model::{Signals, State};

/// Everything known at one integration step (taken at the start of the step).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Sample {
    /// Simulated time since the simulation began, s.
    pub time_s: f64,
    /// Time since the current beat began, s.
    pub beat_time_s: f64,
    /// Ventricular activation `e ∈ [0, 1]`.
    pub activation: f64,
    /// The state.
    pub state: State,
    /// Pressures and flows.
    pub signals: Signals,
    /// Motor current, mA (0 without a running pump).
    pub motor_current_ma: f64,
}
