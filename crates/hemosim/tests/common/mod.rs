//! Helpers shared by the behaviour tests.
#![allow(dead_code)]

use hemosim::{BeatMetrics, Control, Device, Preset, Simulation, SweepPoint};

/// MODEL.md acceptance: periodic steady state with |Δstate| per beat < 0.05.
pub const TOLERANCE: f64 = 0.05;
/// Beat cap for settling in tests (suction states settle slowly).
pub const MAX_BEATS: u32 = 1500;

/// Settle a preset and return the simulation and its steady-state metrics, failing if it does not converge.
pub fn settle(preset: Preset) -> (Simulation, BeatMetrics) {
    let mut sim = Simulation::new(preset);
    let steady = sim.steady_state(TOLERANCE, MAX_BEATS);
    assert!(
        steady.converged,
        "{preset:?} did not settle: last change {}",
        steady.last_change
    );
    (sim, steady.metrics)
}

/// Settle the shock preset with `device` at `p_level`.
pub fn settle_shock_with(device: Device, p_level: u8) -> (Simulation, BeatMetrics) {
    let (mut sim, _) = settle(Preset::CardiogenicShock);
    sim.set_control(Control::Device(device));
    sim.set_control(Control::PLevel(p_level));
    let steady = sim.steady_state(TOLERANCE, MAX_BEATS);
    assert!(steady.converged, "{device:?} P-{p_level} did not settle");
    (sim, steady.metrics)
}

/// The P-level sweep of `device` on the settled shock preset, levels 0 … 9, each converged.
pub fn shock_sweep(device: Device) -> Vec<SweepPoint> {
    let (sim, _) = settle(Preset::CardiogenicShock);
    let points = sim.p_level_sweep(device, TOLERANCE, MAX_BEATS);
    for p in &points {
        assert!(
            p.steady.converged,
            "{device:?} P-{} did not settle",
            p.p_level
        );
    }
    points
}
