//! The frame loop must not change the physiology: one second run in one call equals fifty 20 ms calls to 6
//! significant digits. (Halving the integration step is checked in `acceptance_step.rs`.)

mod common;

use hemosim::{Control, Device, Preset, Simulation};

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
