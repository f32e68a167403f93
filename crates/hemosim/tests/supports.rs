//! The other supports' directions (what rises, what falls), each checked on a settled model: the balloon pump
//! in the shock preset (FACTS.md: adds about 0.5–1.0 L/min), its timing errors and ratios, VA-ECMO on the
//! comparison patient (afterload, a shut aortic valve, a distending ventricle), and ECMO with the microaxial
//! pump as a vent. Volume conservation, finiteness and determinism are in `properties.rs` and
//! `determinism.rs`, which draw the supports too.

mod common;

use common::settle;
use hemosim::{
    settled_comparison_patient, Balloon, BalloonRatio, BalloonTiming, BeatMetrics, Control, Preset,
    Simulation, SupportChoice, SupportRun, SupportSettings,
};

/// Settle `sim` with `controls` and average the recorded beats (as the compare view does).
fn settle_with(sim: Simulation, controls: &[Control]) -> BeatMetrics {
    let mut sim = sim;
    for c in controls
        .iter()
        .filter(|c| !matches!(c, Control::Balloon(_)))
    {
        sim.set_control(*c);
    }
    let balloon = controls.iter().find_map(|c| match c {
        Control::Balloon(b) => Some(*b),
        _ => None,
    });
    let (choice, settings) = match balloon {
        Some(b) => (
            SupportChoice::Balloon,
            SupportSettings {
                balloon: b,
                ..SupportSettings::default()
            },
        ),
        None => (SupportChoice::None, SupportSettings::default()),
    };
    let outcome = SupportRun::new(&sim, choice, &settings).finish();
    assert!(outcome.settled, "{controls:?} did not settle");
    outcome.metrics
}

fn balloon(ratio: BalloonRatio, timing: BalloonTiming) -> Control {
    Control::Balloon(Balloon { ratio, timing })
}

fn shock_with_balloon(ratio: BalloonRatio, timing: BalloonTiming) -> BeatMetrics {
    let (sim, _) = settle(Preset::CardiogenicShock);
    settle_with(sim, &[balloon(ratio, timing)])
}

#[test]
fn balloon_adds_half_to_one_litre_in_shock() {
    let (sim, _) = settle(Preset::CardiogenicShock);
    let none = settle_with(sim, &[]);
    let on = shock_with_balloon(BalloonRatio::OneToOne, BalloonTiming::Correct);
    let gain = on.co_total_l_min - none.co_total_l_min;
    assert!((0.5..=1.0).contains(&gain), "balloon adds {gain:.2} L/min");
    // Counter-pulsation: the pressure while the balloon is full rises above the heart's own systolic
    // pressure, the pressure the next beat meets falls, and the ventricle works less and fills less.
    assert!(on.augmented_pressure_mmhg > none.sbp_mmhg + 5.0, "{on:?}");
    assert!(on.dbp_mmhg < none.dbp_mmhg - 5.0);
    assert!(on.lvedp_mmhg < none.lvedp_mmhg);
    assert!(on.pva_mmhg_ml < none.pva_mmhg_ml);
    assert!(on.aortic_valve_opened);
}

#[test]
fn every_timing_error_costs_something_against_correct_timing() {
    let correct = shock_with_balloon(BalloonRatio::OneToOne, BalloonTiming::Correct);
    let early_in = shock_with_balloon(BalloonRatio::OneToOne, BalloonTiming::EarlyInflation);
    let late_in = shock_with_balloon(BalloonRatio::OneToOne, BalloonTiming::LateInflation);
    let early_de = shock_with_balloon(BalloonRatio::OneToOne, BalloonTiming::EarlyDeflation);
    let late_de = shock_with_balloon(BalloonRatio::OneToOne, BalloonTiming::LateDeflation);
    // Early inflation shuts the valve on the ejecting ventricle: less output, higher filling pressure.
    assert!(early_in.co_total_l_min < correct.co_total_l_min - 0.1);
    assert!(early_in.lvedp_mmhg > correct.lvedp_mmhg + 1.0);
    // Late inflation augments less of diastole: less output.
    assert!(late_in.co_total_l_min < correct.co_total_l_min - 0.05);
    // Early deflation loses the augmentation before systole: less output, more work.
    assert!(early_de.co_total_l_min < correct.co_total_l_min - 0.1);
    assert!(early_de.pva_mmhg_ml > correct.pva_mmhg_ml);
    // Late deflation: the ventricle ejects against a full balloon: it must reach a higher pressure, works more,
    // and less blood leaves.
    assert!(late_de.lv_peak_pressure_mmhg > correct.lv_peak_pressure_mmhg + 2.0);
    assert!(late_de.pva_mmhg_ml > correct.pva_mmhg_ml * 1.2);
    assert!(late_de.co_total_l_min < correct.co_total_l_min);
    // The systolic pressure is read while the valve is open, so a full balloon in diastole is not "systolic".
    assert!(correct.augmented_pressure_mmhg > correct.sbp_mmhg);
}

/// The balloon inflates at the dicrotic notch: just after the aortic valve has shut, never before it.
#[test]
fn correct_inflation_follows_the_valve_closing() {
    use hemosim::{Observer, Sample};
    #[derive(Default)]
    struct Watch {
        last_ejection_s: f64,
        first_inflation_s: Option<f64>,
    }
    impl Observer for Watch {
        fn on_sample(&mut self, s: &Sample) {
            if s.signals.q_av_ml_s > 0.0 {
                self.last_ejection_s = s.beat_time_s;
            }
            if s.signals.balloon_ml > 0.0 && self.first_inflation_s.is_none() && s.beat_time_s > 0.1
            {
                self.first_inflation_s = Some(s.beat_time_s);
            }
        }
    }
    for start in [
        Simulation::settled(Preset::CardiogenicShock),
        settled_comparison_patient(),
    ] {
        let mut sim = start;
        sim.set_control(balloon(BalloonRatio::OneToOne, BalloonTiming::Correct));
        sim.steady_state_accelerated(0.05, 3000);
        let mut watch = Watch::default();
        sim.step_beat(&mut watch);
        let inflation = watch.first_inflation_s.expect("the balloon inflates");
        let after_closing = inflation - watch.last_ejection_s;
        assert!(
            (0.0..0.05).contains(&after_closing),
            "inflation {after_closing:.3} s after the valve shut"
        );
    }
}

#[test]
fn fewer_inflations_give_less() {
    let one = shock_with_balloon(BalloonRatio::OneToOne, BalloonTiming::Correct);
    let two = shock_with_balloon(BalloonRatio::OneToTwo, BalloonTiming::Correct);
    let three = shock_with_balloon(BalloonRatio::OneToThree, BalloonTiming::Correct);
    assert!(
        two.co_total_l_min < one.co_total_l_min,
        "1:1 {one:?}\n1:2 {two:?}"
    );
    assert!(three.co_total_l_min < two.co_total_l_min);
    assert!(two.map_mmhg < one.map_mmhg);
}

fn compare(choice: SupportChoice, settings: &SupportSettings) -> BeatMetrics {
    let outcome = SupportRun::new(&settled_comparison_patient(), choice, settings).finish();
    assert!(outcome.settled, "{choice:?} did not settle");
    assert!(!outcome.trace.is_empty());
    outcome.metrics
}

fn with_ecmo(flow: f64) -> SupportSettings {
    SupportSettings {
        ecmo_flow_l_min: flow,
        ..SupportSettings::default()
    }
}

#[test]
fn ecmo_at_high_flow_shuts_the_valve_and_distends_the_ventricle() {
    let settings = SupportSettings::default();
    let none = compare(SupportChoice::None, &settings);
    let low = compare(SupportChoice::Ecmo, &with_ecmo(2.0));
    let high = compare(SupportChoice::Ecmo, &settings);
    assert!(none.aortic_valve_opened && low.aortic_valve_opened);
    assert!(!high.aortic_valve_opened, "{high:?}");
    // The blood the body gets rises with ECMO's flow …
    assert!(high.systemic_flow_l_min > none.systemic_flow_l_min + 1.5);
    assert!(
        high.ecmo_flow_l_min > 4.0,
        "FACTS.md: ECMO gives more than 4.5 L/min at full flow"
    );
    // … while the ventricle, pushing against the higher pressure, ejects less and swells.
    assert!(high.map_mmhg > none.map_mmhg + 15.0);
    assert!(low.co_native_l_min < none.co_native_l_min);
    assert!(
        high.lvedp_mmhg > none.lvedp_mmhg + 3.0,
        "LVEDP {} → {}",
        none.lvedp_mmhg,
        high.lvedp_mmhg
    );
    assert!(high.pcwp_mmhg > none.pcwp_mmhg + 3.0);
    assert!(high.lvedv_ml > none.lvedv_ml);
}

#[test]
fn ecmo_flow_falls_as_afterload_rises() {
    let settings = with_ecmo(4.0);
    let base = compare(SupportChoice::Ecmo, &settings);
    let mut constricted_patient = settled_comparison_patient();
    constricted_patient.set_control(Control::SystemicResistance(1.6));
    let constricted =
        SupportRun::new(&constricted_patient, SupportChoice::Ecmo, &settings).finish();
    assert!(constricted.settled);
    let constricted = constricted.metrics;
    assert!(constricted.map_mmhg > base.map_mmhg);
    assert!(constricted.ecmo_flow_l_min < base.ecmo_flow_l_min - 0.2);
}

#[test]
fn the_pump_vents_the_ventricle_on_ecmo() {
    let settings = SupportSettings::default();
    let ecmo = compare(SupportChoice::Ecmo, &settings);
    let vented = compare(SupportChoice::EcmoWithPump, &settings);
    assert!(
        vented.lvedp_mmhg < ecmo.lvedp_mmhg - 5.0,
        "{} → {}",
        ecmo.lvedp_mmhg,
        vented.lvedp_mmhg
    );
    assert!(vented.pcwp_mmhg < ecmo.pcwp_mmhg - 5.0);
    assert!(vented.lvedv_ml < ecmo.lvedv_ml);
    // Blood flows forward through the ventricle again, by the pump.
    assert!(vented.pump_flow_l_min > 1.0);
    assert!(vented.co_total_l_min > ecmo.co_total_l_min + 1.0);
}

#[test]
fn each_choice_puts_only_its_own_machines_in_place() {
    let settings = SupportSettings::default();
    for choice in SupportChoice::ALL {
        let mut sim = settled_comparison_patient();
        for c in choice.controls(&settings) {
            sim.set_control(c);
        }
        let p = sim.parameters();
        let balloon = p.balloon.ratio != BalloonRatio::Off;
        let pump = p.device != hemosim::Device::None;
        let ecmo = p.ecmo_flow_l_min > 0.0;
        let expected = match choice {
            SupportChoice::None => (false, false, false),
            SupportChoice::Balloon => (true, false, false),
            SupportChoice::MicroaxialPump => (false, true, false),
            SupportChoice::Ecmo => (false, false, true),
            SupportChoice::EcmoWithPump => (false, true, true),
        };
        assert_eq!((balloon, pump, ecmo), expected, "{choice:?}");
        assert_eq!(SupportChoice::from_id(choice.id()), Some(choice));
    }
}
