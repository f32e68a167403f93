//! MODEL.md acceptance: low volume + high P-level gives suction, a flow plateau and an in-beat dip, with no
//! NaN, no negative volume and conserved volume.

mod common;

use hemosim::{Control, Observer, Preset, Sample};

#[derive(Default)]
struct Watch {
    min_volume_ml: f64,
    all_finite: bool,
}

impl Observer for Watch {
    fn on_sample(&mut self, s: &Sample) {
        self.min_volume_ml = self.min_volume_ml.min(s.state.min_volume_ml());
        self.all_finite &= s.state.is_finite();
    }
}

#[test]
fn low_volume_at_high_p_level_sucks_plateaus_and_dips() {
    let (sim, p8) = common::settle(Preset::LowBloodVolume);
    assert!(
        p8.suction,
        "P-8 on low volume: no suction (min LV volume {:.1} ml)",
        p8.lvesv_ml
    );
    let mut up = sim.clone();
    up.set_control(Control::PLevel(9));
    let p9 = up.steady_state(common::TOLERANCE, common::MAX_BEATS);
    assert!(p9.converged);
    let gain = p9.metrics.pump_flow_l_min / p8.pump_flow_l_min - 1.0;
    assert!(
        gain < 0.05,
        "flow gain P-8 → P-9 {:.1} % ({:.2} → {:.2} L/min)",
        100.0 * gain,
        p8.pump_flow_l_min,
        p9.metrics.pump_flow_l_min
    );
    let dip = 1.0 - p8.pump_flow_min_l_min / p8.pump_flow_l_min;
    assert!(
        dip > 0.2,
        "in-beat dip only {:.0} % (min {:.2}, mean {:.2} L/min)",
        100.0 * dip,
        p8.pump_flow_min_l_min,
        p8.pump_flow_l_min
    );
}

#[test]
fn suction_keeps_the_state_finite_positive_and_conserved() {
    let (mut sim, _) = common::settle(Preset::LowBloodVolume);
    sim.set_control(Control::PLevel(9));
    let mut watch = Watch {
        min_volume_ml: f64::INFINITY,
        all_finite: true,
    };
    let before = sim.state().total_volume_ml();
    for _ in 0..50 {
        let start = sim.state().total_volume_ml();
        sim.step_beat(&mut watch);
        let drift = (sim.state().total_volume_ml() - start).abs();
        assert!(drift < 1e-6, "volume drift {drift:e} ml in one beat");
    }
    assert!(watch.all_finite, "non-finite state");
    assert!(
        watch.min_volume_ml >= 0.0,
        "negative volume {:.3} ml",
        watch.min_volume_ml
    );
    assert_eq!(sim.non_finite_restores(), 0);
    let total_drift = (sim.state().total_volume_ml() - before).abs();
    assert!(
        total_drift < 1e-6 * 50.0,
        "drift {total_drift:e} ml over 50 beats"
    );
}
