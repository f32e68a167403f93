//! Pump position along the catheter: placement signal, motor current and unloading (FACTS.md "Position
//! signals"), plus the console alarms that follow from them.

mod common;

use hemosim::{Control, Device, PlacementWaveform, Preset};

#[test]
fn correct_position_shows_aortic_signal_and_pulsatile_current() {
    let (sim, m) = common::settle_shock_with(Device::ImpellaCp, 4);
    let console = sim.console().expect("a beat has finished");
    assert_eq!(
        console.placement_waveform,
        PlacementWaveform::Aortic,
        "signal {:?}",
        console.placement_signal_mmhg
    );
    assert!(
        console.motor_current_pulsatile,
        "current {:?}",
        console.motor_current_ma
    );
    assert!(
        !console.alarms.position_in_ventricle && !console.alarms.position_wrong,
        "{:?}",
        console.alarms
    );
    let (_, unsupported) = common::settle(Preset::CardiogenicShock);
    assert!(
        m.lvedp_mmhg < unsupported.lvedp_mmhg - 2.0,
        "LVEDP {:.1} vs {:.1}",
        m.lvedp_mmhg,
        unsupported.lvedp_mmhg
    );
}

#[test]
fn too_deep_shows_ventricular_signal_and_flat_current() {
    let (sim, _) = common::settle(Preset::PumpTooDeep);
    let console = sim.console().expect("a beat has finished");
    assert_eq!(
        console.placement_waveform,
        PlacementWaveform::Ventricular,
        "signal {:?}",
        console.placement_signal_mmhg
    );
    assert!(
        !console.motor_current_pulsatile,
        "current {:?}",
        console.motor_current_ma
    );
    assert!(console.alarms.position_in_ventricle, "{:?}", console.alarms);
}

#[test]
fn too_far_out_shows_aortic_signal_flat_current_and_no_unloading() {
    let (sim, m) = common::settle(Preset::PumpTooFarOut);
    let console = sim.console().expect("a beat has finished");
    assert_eq!(
        console.placement_waveform,
        PlacementWaveform::Aortic,
        "signal {:?}",
        console.placement_signal_mmhg
    );
    assert!(
        !console.motor_current_pulsatile,
        "current {:?}",
        console.motor_current_ma
    );
    assert!(console.alarms.position_wrong, "{:?}", console.alarms);
    let (_, unsupported) = common::settle(Preset::CardiogenicShock);
    assert!(
        (m.lvedp_mmhg - unsupported.lvedp_mmhg).abs() < 0.5,
        "LVEDP {:.2} vs {:.2}",
        m.lvedp_mmhg,
        unsupported.lvedp_mmhg
    );
    assert!(
        (m.co_total_l_min - unsupported.co_total_l_min).abs() < 0.05,
        "CO {:.2} vs {:.2}",
        m.co_total_l_min,
        unsupported.co_total_l_min
    );
}

#[test]
fn pulling_back_from_too_deep_restores_the_aortic_signal() {
    // FACTS.md: reduce to P-2, then pull back until the aortic waveform appears.
    let (mut sim, _) = common::settle(Preset::PumpTooDeep);
    sim.set_control(Control::PLevel(2));
    sim.set_control(Control::PositionCm(3.5));
    sim.steady_state(common::TOLERANCE, common::MAX_BEATS);
    let console = sim.console().expect("beat");
    assert_eq!(console.placement_waveform, PlacementWaveform::Aortic);
}

#[test]
fn stopped_pump_raises_the_pump_stopped_alarm() {
    let (sim, m) = common::settle_shock_with(Device::ImpellaCp, 0);
    let console = sim.console().expect("beat");
    assert!(console.alarms.pump_stopped, "{:?}", console.alarms);
    assert!(m.pump_flow_l_min < 0.0, "flow {:.2}", m.pump_flow_l_min);
}

#[test]
fn thick_fast_purge_raises_the_purge_alarm() {
    let (mut sim, _) = common::settle_shock_with(Device::ImpellaCp, 4);
    sim.set_control(Control::PurgeDextrose(40.0));
    sim.set_control(Control::PurgeRate(20.0));
    sim.run_beats(1, &mut ());
    let console = sim.console().expect("beat");
    assert!(
        console.alarms.purge_pressure_high,
        "purge {:.0} mmHg",
        console.purge_pressure_mmhg
    );
    sim.set_control(Control::PurgeDextrose(20.0));
    sim.set_control(Control::PurgeRate(10.0));
    sim.run_beats(1, &mut ());
    let console = sim.console().expect("beat");
    assert!(
        !console.alarms.purge_pressure_high,
        "purge {:.0} mmHg",
        console.purge_pressure_mmhg
    );
}

#[test]
fn suction_alarm_on_low_volume() {
    let (sim, _) = common::settle(Preset::LowBloodVolume);
    assert!(sim.console().expect("beat").alarms.suction);
}
