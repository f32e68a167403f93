//! The opening question of every scenario, checked against the model: the answer the debrief calls right is
//! what the simulation shows or does, and the clue the trainee needs is on the screens before they answer.

use hemosim::training::scenario::TARGET_DEPTH_RANGE_CM;
use hemosim::training::{Action, Scenario, ScenarioKind};
use hemosim::PlacementWaveform;

const SEEDS: [u64; 4] = [1, 2, 3, 4];

/// The answer the scenario's question calls right, by its label key.
fn right_label(kind: ScenarioKind) -> &'static str {
    let p = kind.prediction();
    p.choices[p.correct_index()].label
}

fn after(kind: ScenarioKind, seed: u64, action: Action) -> Scenario {
    let mut s = Scenario::new(kind, seed);
    s.act(action).expect("running");
    s
}

fn depth_on_target(s: &Scenario) -> bool {
    let (shallow, deep) = TARGET_DEPTH_RANGE_CM;
    (shallow..=deep).contains(&s.simulation().controls().position_cm)
}

#[test]
fn in_suction_more_speed_gives_no_more_flow_and_pulls_harder() {
    for kind in [
        ScenarioKind::SuctionLowVolume,
        ScenarioKind::SuctionRightHeart,
    ] {
        assert_eq!(right_label(kind), "pq-a-suction-flow-same");
        for seed in SEEDS {
            let before = Scenario::new(kind, seed).metrics();
            let after = after(kind, seed, Action::PLevelUp).metrics();
            assert!(before.suction && after.suction, "{kind:?} {seed}");
            // The mean flow stays where it was (within 0.1 L/min)…
            assert!(
                (after.pump_flow_l_min - before.pump_flow_l_min).abs() < 0.1,
                "{kind:?} {seed}: flow {} -> {}",
                before.pump_flow_l_min,
                after.pump_flow_l_min
            );
            // …and the dip within each beat gets deeper.
            assert!(
                after.pump_flow_min_l_min < before.pump_flow_min_l_min - 0.1,
                "{kind:?} {seed}: lowest flow {} -> {}",
                before.pump_flow_min_l_min,
                after.pump_flow_min_l_min
            );
            // Neither pump sits too deep: the depth on the screen is on target.
            assert!(depth_on_target(&Scenario::new(kind, seed)));
        }
    }
}

#[test]
fn in_ventricle_more_speed_does_not_raise_the_output() {
    assert_eq!(
        right_label(ScenarioKind::PositionInVentricle),
        "pq-a-ci-same"
    );
    for seed in SEEDS {
        let s0 = Scenario::new(ScenarioKind::PositionInVentricle, seed);
        let s1 = after(ScenarioKind::PositionInVentricle, seed, Action::PLevelUp);
        let (ci0, ci1) = (
            s0.metrics().cardiac_index_l_min_m2,
            s1.metrics().cardiac_index_l_min_m2,
        );
        eprintln!("seed {seed}: CI {ci0:.2} -> {ci1:.2}");
        assert!((ci1 - ci0).abs() < 0.1, "CI {ci0} -> {ci1}");
    }
}

#[test]
fn position_wrong_signals_say_the_pump_is_in_the_aorta() {
    assert_eq!(
        right_label(ScenarioKind::PositionInAorta),
        "pq-a-where-aorta"
    );
    for seed in SEEDS {
        let s = Scenario::new(ScenarioKind::PositionInAorta, seed);
        let c = s.console().expect("console");
        assert!(c.alarms.position_wrong);
        // FACTS.md: in the aorta = aortic waveform + flat motor current; too deep = ventricular waveform.
        assert_eq!(c.placement_waveform, PlacementWaveform::Aortic);
        assert!(!c.motor_current_pulsatile);
        assert!(s.simulation().controls().position_cm < TARGET_DEPTH_RANGE_CM.0);
    }
}

#[test]
fn a_faster_purge_needs_more_pressure() {
    assert_eq!(
        right_label(ScenarioKind::PurgePressureHigh),
        "pq-a-purge-rises"
    );
    for seed in SEEDS {
        let p0 = Scenario::new(ScenarioKind::PurgePressureHigh, seed)
            .console()
            .expect("console")
            .purge_pressure_mmhg;
        let p1 = after(
            ScenarioKind::PurgePressureHigh,
            seed,
            Action::RaisePurgeRate,
        )
        .console()
        .expect("console")
        .purge_pressure_mmhg;
        eprintln!("seed {seed}: purge {p0:.0} -> {p1:.0} mmHg");
        assert!(p1 > p0 + 10.0, "purge pressure {p0} -> {p1}");
    }
}

#[test]
fn a_stopped_pump_across_the_valve_leaks_backwards() {
    assert_eq!(right_label(ScenarioKind::PumpStopped), "pq-a-flow-back");
    assert_eq!(right_label(ScenarioKind::Removal), "pq-a-flow-back");
    for seed in SEEDS {
        let stopped = Scenario::new(ScenarioKind::PumpStopped, seed);
        let flow = stopped.metrics().pump_flow_l_min;
        // Removal: stopping the pump while it still crosses the valve.
        let removal = after(ScenarioKind::Removal, seed, Action::SetP0);
        let flow_removal = removal.metrics().pump_flow_l_min;
        eprintln!("seed {seed}: stopped {flow:.2}, removal at P-0 {flow_removal:.2} L/min");
        assert!(flow < -0.1, "stopped pump flow {flow}");
        assert!(flow_removal < -0.1, "removal P-0 flow {flow_removal}");
    }
}

#[test]
fn haemolysis_comes_with_suction_at_a_high_level_and_the_right_position() {
    assert_eq!(right_label(ScenarioKind::Haemolysis), "pq-a-haem-suction");
    for seed in SEEDS {
        let s = Scenario::new(ScenarioKind::Haemolysis, seed);
        let c = s.console().expect("console");
        assert!(c.alarms.suction, "the suction alarm is the clue");
        assert!(!c.alarms.position_wrong && !c.alarms.position_in_ventricle);
        assert!(depth_on_target(&s));
        assert_eq!(c.p_level, 9);
    }
}

#[test]
fn weaning_the_hearts_own_output_rises_as_the_pump_gives_less() {
    assert_eq!(right_label(ScenarioKind::Weaning), "pq-a-native-rises");
    for seed in SEEDS {
        let n0 = Scenario::new(ScenarioKind::Weaning, seed)
            .metrics()
            .co_native_l_min;
        let n1 = after(ScenarioKind::Weaning, seed, Action::PLevelDownTwo)
            .metrics()
            .co_native_l_min;
        eprintln!("seed {seed}: native {n0:.2} -> {n1:.2} L/min");
        assert!(n1 > n0 + 0.1, "native output {n0} -> {n1}");
    }
}

#[test]
fn an_answer_is_given_once_before_acting() {
    let kind = ScenarioKind::SuctionRightHeart;
    let mut s = Scenario::new(kind, 1);
    assert_eq!(s.predict(99), None, "out of range changes nothing");
    assert_eq!(s.prediction(), None);
    assert_eq!(s.predict(0), Some(false));
    assert_eq!(s.predict(1), None, "a second answer changes nothing");
    assert_eq!(s.prediction(), Some(0));
    s.act(Action::GiveFluid).expect("running");
    let d = s.debrief();
    assert_eq!(d.prediction, Some(0));
    assert_eq!(d.prediction_right(), Some(false));

    let mut late = Scenario::new(kind, 1);
    late.act(Action::Wait).expect("running");
    assert_eq!(late.predict(1), None, "no answer after the first action");
    assert_eq!(late.debrief().prediction_right(), None);
}

#[test]
fn position_unknown_comes_from_a_flat_signal_with_the_pump_on_target() {
    assert_eq!(
        right_label(ScenarioKind::PositionUnknown),
        "pq-a-unknown-weak"
    );
    for seed in SEEDS {
        let s = Scenario::new(ScenarioKind::PositionUnknown, seed);
        let c = s.console().expect("console");
        assert_eq!(c.placement_waveform, PlacementWaveform::Unknown);
        assert!(!c.alarms.purge_pressure_high, "the purge is not the cause");
        assert!(depth_on_target(&s), "the pump has not moved");
    }
}

#[test]
fn purge_after_a_move_is_a_kink_not_the_fluid() {
    assert_eq!(right_label(ScenarioKind::PurgeAfterMove), "pq-a-purge-kink");
    for seed in SEEDS {
        let s = Scenario::new(ScenarioKind::PurgeAfterMove, seed);
        assert_eq!(s.purge_cause_key(), Some("tr-purge-cause-kink"));
        assert!(!s.metrics().suction, "not a volume problem");
        // The purge fluid is the usual one.
        assert!(s.simulation().controls().purge_dextrose_percent <= 20.0);
    }
}

#[test]
fn while_the_groin_bleeds_the_pump_flow_falls() {
    assert_eq!(right_label(ScenarioKind::GroinBleeding), "pq-a-bleed-fall");
    for seed in SEEDS {
        let f0 = Scenario::new(ScenarioKind::GroinBleeding, seed)
            .metrics()
            .pump_flow_l_min;
        let mut s = Scenario::new(ScenarioKind::GroinBleeding, seed);
        s.act(Action::Wait).expect("running");
        s.act(Action::Wait).expect("running");
        assert!(
            s.metrics().pump_flow_l_min < f0 - 0.1,
            "{f0} -> {}",
            s.metrics().pump_flow_l_min
        );
    }
}

#[test]
fn on_ecmo_the_ventricle_cannot_open_its_valve_and_fills() {
    assert_eq!(right_label(ScenarioKind::EcmoDistension), "pq-a-ecmo-shut");
    for seed in SEEDS {
        let s = Scenario::new(ScenarioKind::EcmoDistension, seed);
        let m = s.metrics();
        // The clues on the Patient pane: the valve stays shut on echo, the arterial line has (almost) no pulse,
        // and the filling pressures are high (FACTS.md: wedge pressure > 15 mmHg in shock).
        assert!(!m.aortic_valve_opened, "seed {seed}: {m:?}");
        assert!(
            m.sbp_mmhg - m.dbp_mmhg < 3.0,
            "pulse pressure {}",
            m.sbp_mmhg - m.dbp_mmhg
        );
        assert!(m.pcwp_mmhg > 15.0 && m.lvedp_mmhg > 15.0);
        // ECMO carries the body's flow, close to its setting.
        assert!(m.ecmo_flow_l_min > 4.0, "{}", m.ecmo_flow_l_min);

        // The same patient without ECMO: the valve opens, and LVEDP and PCWP are lower. ECMO is what shuts
        // the valve and fills the ventricle, not a lack of fluid or too little ECMO flow.
        let mut without = s.simulation().clone();
        without.set_control(hemosim::Control::EcmoFlow(0.0));
        without.steady_state(0.5, 300);
        let w = *without.last_beat_metrics().expect("a beat");
        eprintln!(
            "seed {seed}: LVEDP {:.1} on ECMO, {:.1} without; PCWP {:.1}, {:.1}; pulse pressure {:.1}, {:.1}",
            m.lvedp_mmhg,
            w.lvedp_mmhg,
            m.pcwp_mmhg,
            w.pcwp_mmhg,
            m.sbp_mmhg - m.dbp_mmhg,
            w.sbp_mmhg - w.dbp_mmhg
        );
        assert!(w.aortic_valve_opened);
        assert!(m.lvedp_mmhg > w.lvedp_mmhg + 5.0);
        assert!(m.pcwp_mmhg > w.pcwp_mmhg + 5.0);
        // With ECMO off the line pulses again: the flat line was the patient, not a damped line.
        assert!(w.sbp_mmhg - w.dbp_mmhg > 10.0);

        // More ECMO flow does not empty the ventricle.
        let up = after(ScenarioKind::EcmoDistension, seed, Action::EcmoFlowUp).metrics();
        assert!(!up.aortic_valve_opened);
        assert!(up.lvedp_mmhg > m.lvedp_mmhg - 0.5);
    }
}
