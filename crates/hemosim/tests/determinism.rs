//! Same inputs, same outputs, bit for bit.

use hemosim::{Balloon, BalloonRatio, BalloonTiming, BeatLog, Control, Device, Preset, Simulation};

fn run() -> (Vec<u64>, Vec<u64>) {
    let mut sim = Simulation::new(Preset::CardiogenicShock);
    sim.set_control(Control::Device(Device::ImpellaCp));
    sim.set_control(Control::PLevel(6));
    let mut log = BeatLog::default();
    sim.run_beats(20, &mut log);
    sim.set_control(Control::BloodVolume(4300.0));
    sim.set_control(Control::PLevel(9));
    for _ in 0..200 {
        sim.advance(0.016, &mut log);
    }
    // The other supports, alone and together.
    sim.set_control(Control::Balloon(Balloon {
        ratio: BalloonRatio::OneToTwo,
        timing: BalloonTiming::LateDeflation,
    }));
    sim.run_beats(5, &mut log);
    sim.set_control(Control::EcmoFlow(4.5));
    for _ in 0..200 {
        sim.advance(0.016, &mut log);
    }
    let state = sim.state().to_array().iter().map(|x| x.to_bits()).collect();
    let beats = log
        .beats
        .iter()
        .flat_map(|m| {
            [
                m.map_mmhg,
                m.lvedp_mmhg,
                m.pump_flow_l_min,
                m.stroke_work_mmhg_ml,
                m.heart_rate_bpm,
                m.ecmo_flow_l_min,
                m.augmented_pressure_mmhg,
            ]
        })
        .map(f64::to_bits)
        .collect();
    (state, beats)
}

#[test]
fn two_runs_agree_bit_for_bit() {
    let a = run();
    let b = run();
    assert_eq!(a.0, b.0, "final state differs");
    assert_eq!(a.1, b.1, "beat metrics differ");
}

#[test]
fn sweep_is_deterministic_and_leaves_the_simulation_unchanged() {
    let sim = Simulation::new(Preset::CardiogenicShock);
    let before = sim.state().to_array().map(f64::to_bits);
    let a = sim.p_level_sweep(Device::Impella25, 0.05, 100);
    let b = sim.p_level_sweep(Device::Impella25, 0.05, 100);
    assert_eq!(sim.state().to_array().map(f64::to_bits), before);
    assert_eq!(a.len(), 10);
    for (x, y) in a.iter().zip(b.iter()) {
        assert_eq!(x.steady.beats, y.steady.beats);
        assert_eq!(
            x.steady.metrics.co_total_l_min.to_bits(),
            y.steady.metrics.co_total_l_min.to_bits()
        );
        assert_eq!(
            x.steady.metrics.map_mmhg.to_bits(),
            y.steady.metrics.map_mmhg.to_bits()
        );
    }
}
