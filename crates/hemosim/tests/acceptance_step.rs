//! MODEL.md acceptance: halving the step changes MAP, CO, LVEDP and pump flow by < 0.5 % (the integrator's step
//! must not change the physiology), pump off, CP at P-4 and P-8, and the 2.5 at P-8.

mod common;

use hemosim::{BeatMetrics, Control, Device, Preset, Simulation};

fn settle_with_step(max_step_s: f64, device: Device, p_level: u8) -> BeatMetrics {
    let mut sim = Simulation::new(Preset::CardiogenicShock);
    sim.set_max_step_s(max_step_s);
    sim.set_control(Control::Device(device));
    sim.set_control(Control::PLevel(p_level));
    let s = sim.steady_state(common::TOLERANCE / 10.0, 3000);
    assert!(s.converged, "step {max_step_s}: not converged");
    s.metrics
}

fn check(device: Device, p_level: u8) {
    let full = settle_with_step(0.0005, device, p_level);
    let half = settle_with_step(0.00025, device, p_level);
    for (name, a, b) in [
        ("MAP", full.map_mmhg, half.map_mmhg),
        ("CO", full.co_total_l_min, half.co_total_l_min),
        ("LVEDP", full.lvedp_mmhg, half.lvedp_mmhg),
        ("pump flow", full.pump_flow_l_min, half.pump_flow_l_min),
    ] {
        // Relative, except for a value near zero (pump flow with the pump off), which compares absolutely.
        let change = if b.abs() > 1e-9 {
            (a - b).abs() / b.abs()
        } else {
            (a - b).abs()
        };
        assert!(
            change < 0.005,
            "{device:?} P-{p_level} {name}: {a:.4} vs {b:.4} ({:.3} %)",
            100.0 * change
        );
    }
}

#[test]
fn halving_the_step_barely_changes_the_unsupported_shock_state() {
    check(Device::None, 0);
}

#[test]
fn halving_the_step_barely_changes_the_supported_shock_state() {
    check(Device::ImpellaCp, 4);
    check(Device::ImpellaCp, 8);
    check(Device::Impella25, 8);
}
