//! The step and the frame loop must not change the physiology: halving the integration step changes MAP, CO,
//! LVEDP and pump flow by < 0.5 %, and one second run in one call equals fifty 20 ms calls to 6 significant
//! digits.

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

fn check_halving(device: Device, p_level: u8) {
    let full = settle_with_step(0.0005, device, p_level);
    let half = settle_with_step(0.00025, device, p_level);
    for (name, a, b) in [
        ("MAP", full.map_mmhg, half.map_mmhg),
        ("CO", full.co_total_l_min, half.co_total_l_min),
        ("LVEDP", full.lvedp_mmhg, half.lvedp_mmhg),
        ("pump flow", full.pump_flow_l_min, half.pump_flow_l_min),
    ] {
        let change = if b.abs() > 1e-9 {
            (a - b).abs() / b.abs()
        } else {
            (a - b).abs()
        };
        assert!(
            change < 0.005,
            "{device:?} P-{p_level} {name}: {a:.5} (0.5 ms) vs {b:.5} (0.25 ms): {:.3} %",
            100.0 * change
        );
    }
}

#[test]
fn halving_the_step_barely_changes_pump_off_cp_p4_cp_p8_and_the_2_5_at_p8() {
    check_halving(Device::None, 0);
    check_halving(Device::ImpellaCp, 4);
    check_halving(Device::ImpellaCp, 8);
    check_halving(Device::Impella25, 8);
}

/// Relative difference with a floor so values near zero compare absolutely.
fn differs_in_6_digits(a: f64, b: f64) -> bool {
    (a - b).abs() > 5e-7 * a.abs().max(b.abs()).max(1e-3)
}

#[test]
fn one_second_in_one_call_equals_fifty_frames_of_20_ms() {
    for (device, level) in [(Device::None, 0), (Device::ImpellaCp, 8)] {
        let mut start = Simulation::settled(Preset::CardiogenicShock);
        start.set_control(Control::Device(device));
        start.set_control(Control::PLevel(level));
        start.run_beats(3, &mut ());
        let mut whole = start.clone();
        whole.advance(1.0, &mut ());
        let mut frames = start;
        for _ in 0..50 {
            frames.advance(0.020, &mut ());
        }
        let a = whole.state().to_array();
        let b = frames.state().to_array();
        for (i, (x, y)) in a.iter().zip(b.iter()).enumerate() {
            assert!(
                !differs_in_6_digits(*x, *y),
                "{device:?} P-{level} state[{i}]: {x} (one call) vs {y} (50 frames)"
            );
        }
        assert!(
            (whole.time_s() - frames.time_s()).abs() < 1e-9,
            "time {} vs {}",
            whole.time_s(),
            frames.time_s()
        );
        let (ma, mb) = (
            whole.last_beat_metrics().expect("beats finished"),
            frames.last_beat_metrics().expect("beats finished"),
        );
        for (name, x, y) in [
            ("MAP", ma.map_mmhg, mb.map_mmhg),
            ("LVEDP", ma.lvedp_mmhg, mb.lvedp_mmhg),
            ("pump flow", ma.pump_flow_l_min, mb.pump_flow_l_min),
        ] {
            assert!(
                !differs_in_6_digits(x, y),
                "{device:?} P-{level} {name}: {x} vs {y}"
            );
        }
    }
}
