//! The accelerated P-level sweep against brute force: every level's metrics must agree with plain beats run
//! to a tight tolerance, within what the sweep's 0.05 tolerance implies (total flow within 0.5 %, LVEDP within
//! 0.3 mmHg), and the total blood volume must be kept. Run with `--nocapture` to see beat counts and errors
//! next to the plain sweep the accelerated one replaced.

use hemosim::pump::MAX_P_LEVEL;
use hemosim::{BeatMetrics, Control, Controls, Device, Preset, Simulation};
use proptest::prelude::*;

/// Brute-force steady state at every level: plain beats to |Δstate| < 1e-4, each level warm-started from the
/// one before, upward from P-0.
fn brute_force(sim: &Simulation, device: Device) -> Vec<BeatMetrics> {
    let mut s = sim.clone();
    s.set_control(Control::Device(device));
    (0..=MAX_P_LEVEL)
        .map(|level| {
            s.set_control(Control::PLevel(level));
            let steady = s.steady_state(1e-4, 20_000);
            assert!(
                steady.converged,
                "{device:?} P-{level}: brute force did not settle"
            );
            steady.metrics
        })
        .collect()
}

/// The sweep as it was before acceleration: plain beats to the tolerance, up then down from the start level.
fn plain_sweep(sim: &Simulation, device: Device, tolerance: f64) -> (Vec<BeatMetrics>, u32) {
    let start = if device == sim.parameters().device {
        sim.parameters().p_level
    } else {
        0
    };
    let mut base = sim.clone();
    base.set_control(Control::Device(device));
    let mut out = vec![BeatMetrics::default(); usize::from(MAX_P_LEVEL) + 1];
    let mut beats = 0;
    let mut up = base.clone();
    for level in start..=MAX_P_LEVEL {
        up.set_control(Control::PLevel(level));
        let s = up.steady_state(tolerance, 400);
        beats += s.beats;
        out[usize::from(level)] = s.metrics;
    }
    let mut down = base;
    for level in (0..start).rev() {
        down.set_control(Control::PLevel(level));
        let s = down.steady_state(tolerance, 400);
        beats += s.beats;
        out[usize::from(level)] = s.metrics;
    }
    (out, beats)
}

/// Largest deviations (total flow relative, LVEDP absolute) of `metrics` from `reference` over all levels.
fn deviations(metrics: &[BeatMetrics], reference: &[BeatMetrics]) -> (f64, f64) {
    metrics
        .iter()
        .zip(reference)
        .fold((0.0, 0.0), |(flow, lvedp), (m, r)| {
            (
                f64::max(flow, (m.co_total_l_min / r.co_total_l_min - 1.0).abs()),
                f64::max(lvedp, (m.lvedp_mmhg - r.lvedp_mmhg).abs()),
            )
        })
}

fn check(label: &str, sim: &Simulation, device: Device) {
    let reference = brute_force(sim, device);
    let points = sim.p_level_sweep(device, 0.05, 400);
    assert_eq!(points.len(), usize::from(MAX_P_LEVEL) + 1);
    let beats: u32 = points.iter().map(|p| p.steady.beats).sum();
    let (plain, plain_beats) = plain_sweep(sim, device, 0.05);
    let (plain_flow, plain_lvedp) = deviations(&plain, &reference);
    let metrics: Vec<BeatMetrics> = points.iter().map(|p| p.steady.metrics).collect();
    let (flow, lvedp) = deviations(&metrics, &reference);
    println!(
        "{label:<28} {device:<10?} beats {plain_beats:3} → {beats:3}   max |Δflow| {:.3} % (plain {:.3} %)   \
         max |ΔLVEDP| {lvedp:.3} mmHg (plain {plain_lvedp:.3})",
        100.0 * flow,
        100.0 * plain_flow,
    );
    let total = sim.state().total_volume_ml();
    for (p, r) in points.iter().zip(&reference) {
        let level = p.p_level;
        assert_eq!(
            usize::from(level),
            points.iter().position(|q| q.p_level == level).unwrap()
        );
        assert!(
            p.steady.converged,
            "{label} {device:?} P-{level} did not converge"
        );
        assert!(p.steady.last_change < 0.05);
        assert!(
            (p.steady.metrics.total_volume_ml - total).abs() < 1e-6,
            "{label} {device:?} P-{level}: total volume {} ml, started with {total} ml",
            p.steady.metrics.total_volume_ml
        );
        let m = &p.steady.metrics;
        let flow_error = (m.co_total_l_min / r.co_total_l_min - 1.0).abs();
        assert!(
            flow_error < 0.005,
            "{label} {device:?} P-{level}: total flow {:.4} vs brute force {:.4} L/min",
            m.co_total_l_min,
            r.co_total_l_min
        );
        assert!(
            (m.lvedp_mmhg - r.lvedp_mmhg).abs() < 0.3,
            "{label} {device:?} P-{level}: LVEDP {:.3} vs brute force {:.3} mmHg",
            m.lvedp_mmhg,
            r.lvedp_mmhg
        );
    }
}

/// A preset settled, then (optionally) a device at a level settled: the warm start of a sweep.
fn warm(preset: Preset, pump: Option<(Device, u8)>) -> Simulation {
    let mut sim = Simulation::settled(preset);
    if let Some((device, level)) = pump {
        sim.set_control(Control::Device(device));
        sim.set_control(Control::PLevel(level));
        assert!(sim.steady_state(0.05, 1500).converged);
    }
    sim
}

#[test]
fn shock_with_cp_from_p8_matches_brute_force() {
    check(
        "shock, CP P-8 warm",
        &warm(Preset::CardiogenicShock, Some((Device::ImpellaCp, 8))),
        Device::ImpellaCp,
    );
}

#[test]
fn shock_sweeps_of_every_device_match_brute_force() {
    let sim = warm(Preset::CardiogenicShock, None);
    for device in [Device::Impella25, Device::ImpellaCp, Device::Impella55] {
        check("shock, no pump", &sim, device);
    }
    for (device, level) in [(Device::Impella25, 5), (Device::Impella55, 3)] {
        check(
            &format!("shock, P-{level} warm"),
            &warm(Preset::CardiogenicShock, Some((device, level))),
            device,
        );
    }
}

#[test]
fn normal_sweeps_of_every_device_match_brute_force() {
    let sim = warm(Preset::Normal, None);
    for device in [Device::Impella25, Device::ImpellaCp, Device::Impella55] {
        check("normal, no pump", &sim, device);
    }
    check(
        "normal, CP P-6 warm",
        &warm(Preset::Normal, Some((Device::ImpellaCp, 6))),
        Device::ImpellaCp,
    );
}

#[test]
fn other_presets_match_brute_force() {
    for preset in [
        Preset::Deteriorating,
        Preset::RightHeartFailure,
        Preset::LowBloodVolume,
        Preset::PumpTooDeep,
        Preset::PumpTooFarOut,
    ] {
        let sim = warm(preset, None);
        let device = match sim.parameters().device {
            Device::None => Device::ImpellaCp,
            d => d,
        };
        check(&format!("{preset:?}"), &sim, device);
    }
}

fn any_preset() -> impl Strategy<Value = Preset> {
    proptest::sample::select(Preset::ALL.to_vec())
}

fn any_pump() -> impl Strategy<Value = Device> {
    proptest::sample::select(vec![
        Device::Impella25,
        Device::ImpellaCp,
        Device::Impella55,
    ])
}

prop_compose! {
    /// Controls across their documented ranges.
    fn in_range_controls()(
        lv in 0.2f64..4.0,
        hr in 30.0f64..180.0,
        volume in 4200.0f64..6500.0,
        r_sys in 0.4f64..2.5,
        rv in 0.1f64..1.2,
        device in any_pump(),
        p_level in 0u8..=9,
        position in -4.0f64..10.0,
        reflex in any::<bool>(),
    ) -> Controls {
        Controls {
            lv_contractility_mmhg_per_ml: lv,
            heart_rate_bpm: hr,
            blood_volume_ml: volume,
            systemic_resistance_mmhg_s_per_ml: r_sys,
            rv_contractility_mmhg_per_ml: rv,
            device,
            p_level,
            position_cm: position,
            baroreflex_enabled: reflex,
            purge_dextrose_percent: 20.0,
            purge_rate_ml_per_h: 10.0,
            balloon: hemosim::Balloon::default(),
            ecmo_flow_l_min: 0.0,
        }
    }
}

proptest! {
    // Each case settles ten levels by brute force, so few cases (300 were checked once, all well inside).
    // `cargo xtask test` fixes the seed for every property test (PROPTEST_RNG_SEED); a plain `cargo test` draws
    // new cases (400 cases with seeds 1 and 2 were checked on 2026-12-04).
    #![proptest_config(ProptestConfig { cases: 16, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn sweeps_from_any_settled_patient_match_brute_force(
        preset in any_preset(),
        controls in in_range_controls(),
        device in any_pump(),
    ) {
        let mut sim = Simulation::new(preset);
        sim.apply(&controls);
        // Only where plain beats settle: elsewhere there is no brute-force answer to compare with.
        prop_assume!(sim.steady_state(0.05, 2000).converged);
        let mut reference = sim.clone();
        reference.set_control(Control::Device(device));
        let points = sim.p_level_sweep(device, 0.05, 400);
        for p in &points {
            reference.set_control(Control::PLevel(p.p_level));
            let r = reference.steady_state(1e-4, 5000);
            prop_assume!(r.converged);
            let (m, r) = (&p.steady.metrics, &r.metrics);
            prop_assert!(p.steady.converged, "P-{} did not converge", p.p_level);
            // Within 0.5 %, or within 0.01 L/min where the flow is so low that 0.5 % is less than that: the
            // app shows flows to 0.1 L/min. (A random draw found 0.74 vs 0.735 L/min at P-0 with the weakest
            // ventricle, the smallest blood volume and a heart rate near 180.)
            prop_assert!(
                (m.co_total_l_min / r.co_total_l_min - 1.0).abs() < 0.005
                    || (m.co_total_l_min - r.co_total_l_min).abs() < 0.01,
                "P-{}: total flow {:.4} vs {:.4} L/min", p.p_level, m.co_total_l_min, r.co_total_l_min
            );
            prop_assert!(
                (m.lvedp_mmhg - r.lvedp_mmhg).abs() < 0.3,
                "P-{}: LVEDP {:.3} vs {:.3} mmHg", p.p_level, m.lvedp_mmhg, r.lvedp_mmhg
            );
        }
    }
}
