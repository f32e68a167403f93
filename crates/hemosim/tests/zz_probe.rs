use hemosim::{Control, Device, Preset, Simulation};
#[test]
fn probe() {
    for lv in [0.2, 0.3, 0.4, 0.5] {
        for p in [6u8, 8, 9] {
            let mut sim = Simulation::new(Preset::CardiogenicShock);
            sim.set_control(Control::Device(Device::ImpellaCp));
            sim.set_control(Control::LvContractility(lv));
            sim.set_control(Control::PLevel(p));
            sim.steady_state(0.5, 150);
            let mut rec = hemosim::observer::Recorder::new(5.0, 0.01);
            sim.advance(20.0, &mut rec);
            let m = *sim.last_beat_metrics().unwrap();
            let c = sim.console().unwrap();
            eprintln!("lv {lv} P{p}: unknown {} suction {} map {:.0} ci {:.2} plac {:.0}-{:.0} flow {:.2} av {}", c.alarms.position_unknown, m.suction, m.map_mmhg, m.cardiac_index_l_min_m2, m.placement_signal_min_mmhg, m.placement_signal_max_mmhg, m.pump_flow_l_min, m.aortic_valve_opened);
        }
    }
    // bleeding: volume falls
    for vol in [4800.0, 4500.0, 4300.0, 4100.0, 3900.0] {
        let mut sim = Simulation::new(Preset::CardiogenicShock);
        sim.set_control(Control::Device(Device::ImpellaCp));
        sim.set_control(Control::LvContractility(0.55));
        sim.set_control(Control::PLevel(6));
        sim.set_control(Control::BloodVolume(vol));
        sim.steady_state(0.5, 150);
        let mut rec = hemosim::observer::Recorder::new(5.0, 0.01);
        sim.advance(20.0, &mut rec);
        let m = *sim.last_beat_metrics().unwrap();
        eprintln!(
            "vol {vol}: map {:.0} ci {:.2} flow {:.2} cvp {:.1} suction {} hr {:.0}",
            m.map_mmhg,
            m.cardiac_index_l_min_m2,
            m.pump_flow_l_min,
            m.cvp_mmhg,
            m.suction,
            m.heart_rate_bpm
        );
    }
}
