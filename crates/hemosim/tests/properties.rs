//! Property tests over the whole control space: finite states, non-negative volumes, conserved volume and
//! suction detection, from every preset with every combination of controls (clamped inputs included).

use hemosim::pump::Suction;
use hemosim::{
    Balloon, BalloonRatio, BalloonTiming, Control, Controls, Device, Observer, Preset, Sample,
    Simulation,
};
use proptest::prelude::*;

/// Watches every sample of a beat.
struct Watch {
    min_volume_ml: f64,
    all_finite: bool,
    min_v_lv_ml: f64,
    /// The balloon's gas volume stayed between empty and full.
    balloon_in_range: bool,
    /// VA-ECMO never ran backwards.
    ecmo_forwards: bool,
}

impl Watch {
    fn new() -> Self {
        Self {
            min_volume_ml: f64::INFINITY,
            all_finite: true,
            min_v_lv_ml: f64::INFINITY,
            balloon_in_range: true,
            ecmo_forwards: true,
        }
    }
}

impl Observer for Watch {
    fn on_sample(&mut self, s: &Sample) {
        self.min_volume_ml = self.min_volume_ml.min(s.state.min_volume_ml());
        self.min_v_lv_ml = self.min_v_lv_ml.min(s.state.v_lv_ml);
        self.all_finite &= s.state.is_finite() && s.signals.p_ao_mmhg.is_finite();
        self.balloon_in_range &=
            (0.0..=hemosim::support::BALLOON_DISPLACEMENT_ML).contains(&s.signals.balloon_ml);
        self.ecmo_forwards &= s.signals.q_ecmo_ml_s >= 0.0;
    }
}

fn preset() -> impl Strategy<Value = Preset> {
    proptest::sample::select(Preset::ALL.to_vec())
}

fn device() -> impl Strategy<Value = Device> {
    proptest::sample::select(Device::ALL.to_vec())
}

fn balloon() -> impl Strategy<Value = Balloon> {
    (
        proptest::sample::select(BalloonRatio::ALL.to_vec()),
        proptest::sample::select(BalloonTiming::ALL.to_vec()),
    )
        .prop_map(|(ratio, timing)| Balloon { ratio, timing })
}

prop_compose! {
    /// Controls across (and a little beyond) every documented range.
    fn controls()(
        lv in 0.1f64..4.5,
        hr in 20.0f64..200.0,
        volume in 3300.0f64..6800.0,
        r_sys in 0.3f64..2.8,
        rv in 0.05f64..1.4,
        device in device(),
        p_level in 0u8..=11,
        position in -5.0f64..11.0,
        reflex in any::<bool>(),
        dextrose in 0.0f64..45.0,
        purge_rate in 0.0f64..35.0,
        balloon in balloon(),
        ecmo in -1.0f64..7.0,
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
            purge_dextrose_percent: dextrose,
            purge_rate_ml_per_h: purge_rate,
            balloon,
            ecmo_flow_l_min: ecmo,
        }
    }
}

proptest! {
    // 10,000 cases of 2 beats each: the whole control space in a few seconds of optimised test time.
    #![proptest_config(ProptestConfig { cases: 10_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_control_combination_stays_physical(preset in preset(), controls in controls()) {
        let mut sim = Simulation::new(preset);
        let report = sim.apply(&controls);
        for c in &report.clamped {
            let range = c.kind.range();
            prop_assert!(c.applied >= range.min && c.applied <= range.max, "{c:?}");
        }
        let suction = Suction::default();
        for _ in 0..2 {
            let start_volume = sim.state().total_volume_ml();
            let mut watch = Watch::new();
            let m = sim.step_beat(&mut watch);
            prop_assert!(watch.all_finite, "non-finite state with {controls:?} from {preset:?}");
            prop_assert!(watch.balloon_in_range, "balloon volume out of range with {controls:?}");
            prop_assert!(watch.ecmo_forwards, "ECMO ran backwards with {controls:?}");
            prop_assert!(watch.min_volume_ml >= 0.0, "negative volume {:.3} ml with {controls:?}", watch.min_volume_ml);
            let drift = (sim.state().total_volume_ml() - start_volume).abs();
            prop_assert!(drift < 1e-6, "volume drift {drift:e} ml in one beat with {controls:?}");
            let p = sim.parameters();
            let pump_in_lv = p.device != Device::None
                && p.p_level > 0
                && p.placement().inlet == hemosim::pump::Chamber::Ventricle;
            if pump_in_lv && watch.min_v_lv_ml < suction.onset_volume_ml {
                prop_assert!(m.suction, "LV emptied to {:.1} ml against the pump without a suction flag", watch.min_v_lv_ml);
            }
            prop_assert!(m.map_mmhg.is_finite() && m.co_total_l_min.is_finite());
        }
        prop_assert_eq!(sim.non_finite_restores(), 0);
    }
}

#[test]
fn out_of_range_controls_are_clamped_and_reported() {
    let mut sim = Simulation::new(Preset::CardiogenicShock);
    let report = sim.set_control(Control::HeartRate(400.0));
    assert_eq!(report.clamped.len(), 1, "{report:?}");
    assert!((sim.controls().heart_rate_bpm - 180.0).abs() < 1e-12);
    let report = sim.set_control(Control::PLevel(42));
    assert_eq!(report.clamped.len(), 1, "{report:?}");
    assert_eq!(sim.controls().p_level, 9);
    let report = sim.set_control(Control::BloodVolume(f64::NAN));
    assert_eq!(report.clamped.len(), 1, "{report:?}");
    assert!(sim.state().is_finite());
}

proptest! {
    // Settling runs tens of beats per case, so fewer cases than above.
    #![proptest_config(ProptestConfig { cases: 500, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn accelerated_settling_stays_physical_and_conserves_volume(preset in preset(), controls in controls()) {
        let mut sim = Simulation::new(preset);
        sim.apply(&controls);
        let start_total = sim.state().total_volume_ml();
        let steady = sim.steady_state_accelerated(0.05, 150);
        prop_assert!(sim.state().is_finite(), "non-finite state with {controls:?} from {preset:?}");
        prop_assert!(sim.state().min_volume_ml() >= 0.0, "negative volume with {controls:?} from {preset:?}");
        let drift = (sim.state().total_volume_ml() - start_total).abs();
        prop_assert!(drift < 1e-6, "volume drift {drift:e} ml over {} beats with {controls:?}", steady.beats);
        prop_assert!(steady.converged == (steady.last_change < 0.05));
        if steady.converged {
            let m = steady.metrics;
            prop_assert!(m.lvesv_ml >= 0.0 && m.map_mmhg.is_finite() && m.co_total_l_min.is_finite());
            prop_assert!((m.total_volume_ml - start_total).abs() < 1e-6);
        }
        prop_assert_eq!(sim.non_finite_restores(), 0);
        // The settled state goes on physically, sample by sample.
        let mut watch = Watch::new();
        sim.step_beat(&mut watch);
        prop_assert!(watch.all_finite && watch.min_volume_ml >= 0.0, "next beat unphysical with {controls:?}");
        prop_assert!((sim.state().total_volume_ml() - start_total).abs() < 1e-6);
    }
}
