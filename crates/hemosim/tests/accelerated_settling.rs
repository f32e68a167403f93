//! Accelerated settling against brute force: the same periodic steady state as plain beats run to a tight
//! tolerance, within what the 0.05 tolerance implies, in fewer beats.

use hemosim::{AcceleratedSettling, BeatMetrics, Control, Device, Preset, Simulation};

/// Total flow within 0.5 % and LVEDP within 0.3 mmHg of the reference.
fn assert_close(label: &str, m: &BeatMetrics, reference: &BeatMetrics) {
    let flow_error = (m.co_total_l_min / reference.co_total_l_min - 1.0).abs();
    assert!(
        flow_error < 0.005,
        "{label}: total flow {:.4} vs brute force {:.4} L/min",
        m.co_total_l_min,
        reference.co_total_l_min
    );
    assert!(
        (m.lvedp_mmhg - reference.lvedp_mmhg).abs() < 0.3,
        "{label}: LVEDP {:.3} vs brute force {:.3} mmHg",
        m.lvedp_mmhg,
        reference.lvedp_mmhg
    );
}

#[test]
fn accelerated_settling_matches_brute_force_in_fewer_beats() {
    let mut starts: Vec<(String, Simulation)> = Preset::ALL
        .iter()
        .map(|&p| (format!("{p:?}"), Simulation::new(p)))
        .collect();
    let mut shock_cp = Simulation::settled(Preset::CardiogenicShock);
    shock_cp.set_control(Control::Device(Device::ImpellaCp));
    shock_cp.set_control(Control::PLevel(8));
    starts.push(("shock → CP P-8".into(), shock_cp));
    for (label, start) in starts {
        let total = start.state().total_volume_ml();
        let reference = start.clone().steady_state(1e-4, 20_000);
        assert!(reference.converged, "{label}: brute force did not settle");
        let plain = start.clone().steady_state(0.05, 1500);
        let mut sim = start.clone();
        let fast = sim.steady_state_accelerated(0.05, 1500);
        println!(
            "{label:<20} beats: plain {:4}, accelerated {:4}",
            plain.beats, fast.beats
        );
        assert!(fast.converged, "{label}: did not settle");
        assert!(fast.beats < plain.beats, "{label}: {} beats", fast.beats);
        assert!(fast.last_change < 0.05);
        assert_close(&label, &fast.metrics, &reference.metrics);
        assert!((sim.state().total_volume_ml() - total).abs() < 1e-6);
        // It is a steady state: one more plain beat changes the state by less than the tolerance too.
        let next = sim.steady_state(0.05, 1);
        assert!(
            next.converged,
            "{label}: next beat changed by {}",
            next.last_change
        );
    }
}

#[test]
fn accelerated_settling_is_deterministic() {
    let run = || {
        let mut sim = Simulation::new(Preset::CardiogenicShock);
        sim.set_control(Control::Device(Device::Impella55));
        sim.set_control(Control::PLevel(6));
        let s = sim.steady_state_accelerated(0.05, 400);
        (
            s.beats,
            sim.state().to_array().map(f64::to_bits),
            s.metrics.map_mmhg.to_bits(),
        )
    };
    assert_eq!(run(), run());
}

#[test]
fn settling_in_pieces_gives_exactly_what_one_call_gives() {
    let mut starts: Vec<(String, Simulation, u32)> = Preset::ALL
        .iter()
        .map(|&p| (format!("{p:?}"), Simulation::new(p), 400))
        .collect();
    let mut mid_beat = Simulation::settled(Preset::CardiogenicShock);
    mid_beat.set_control(Control::Device(Device::ImpellaCp));
    mid_beat.set_control(Control::PLevel(8));
    mid_beat.advance(0.3, &mut ());
    starts.push(("shock → CP P-8, mid-beat".into(), mid_beat, 400));
    starts.push((
        "normal, beat cap".into(),
        Simulation::new(Preset::Normal),
        3,
    ));
    let bits = |sim: &Simulation| sim.state().to_array().map(f64::to_bits);
    for (label, start, max_beats) in starts {
        let mut whole = start.clone();
        let expected = whole.steady_state_accelerated(0.05, max_beats);
        for piece in [1, 2, 3, 5] {
            let mut sim = start.clone();
            let mut settling = AcceleratedSettling::new(0.05, max_beats);
            let mut calls = 0;
            let steady = loop {
                calls += 1;
                if let Some(steady) = settling.run(&mut sim, piece) {
                    break steady;
                }
            };
            assert_eq!(steady, expected, "{label}, {piece} beats a call");
            assert_eq!(bits(&sim), bits(&whole), "{label}, {piece} beats a call");
            assert_eq!(calls, expected.beats.div_ceil(piece), "{label}");
            assert_eq!(
                settling.run(&mut sim, piece),
                Some(expected),
                "{label}: done stays done"
            );
        }
    }
}
