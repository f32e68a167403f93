//! Prints steady-state metrics for every preset and the P-level sweeps on the shock preset, the numbers
//! behind the calibration table. Run with `cargo run -p hemosim --example calibrate --release`.

use hemosim::{BeatMetrics, Device, Preset, Simulation};

fn row(label: &str, m: &BeatMetrics) {
    println!(
        "{label:<22} MAP {:6.1} SBP {:6.1} DBP {:5.1} HR {:5.1} CO {:4.2} (nat {:4.2} pump {:4.2} [{:5.2},{:5.2}]) CI {:4.2} SV {:5.1} \
         LVEDP {:5.1} EDV {:5.1} ESV {:5.1} EF {:4.1} PCWP {:5.1} CVP {:4.1} SW {:6.0} PVA {:6.0} CPO {:4.2} AV {} suct {} fill {:4.2}",
        m.map_mmhg, m.sbp_mmhg, m.dbp_mmhg, m.heart_rate_bpm, m.co_total_l_min, m.co_native_l_min,
        m.pump_flow_l_min, m.pump_flow_min_l_min, m.pump_flow_max_l_min, m.cardiac_index_l_min_m2,
        m.stroke_volume_ml, m.lvedp_mmhg, m.lvedv_ml, m.lvesv_ml, m.ejection_fraction_percent, m.pcwp_mmhg,
        m.cvp_mmhg, m.stroke_work_mmhg_ml, m.pva_mmhg_ml, m.cardiac_power_output_w,
        u8::from(m.aortic_valve_opened), u8::from(m.suction), m.loop_fill_fraction
    );
}

fn main() {
    let reflex_off = std::env::args().any(|a| a == "--no-reflex");
    for preset in Preset::ALL {
        let mut sim = Simulation::new(preset);
        if reflex_off {
            sim.set_control(hemosim::Control::Baroreflex(false));
        }
        let s = sim.steady_state(0.05, 2000);
        print!(
            "[{} beats{}] ",
            s.beats,
            if s.converged { "" } else { " NOT CONVERGED" }
        );
        row(&format!("{preset:?}"), &s.metrics);
    }
    for device in [Device::Impella25, Device::ImpellaCp, Device::Impella55] {
        let mut sim = Simulation::new(Preset::CardiogenicShock);
        if reflex_off {
            sim.set_control(hemosim::Control::Baroreflex(false));
        }
        sim.steady_state(0.05, 2000);
        println!("--- sweep {device:?} on shock");
        for p in sim.p_level_sweep(device, 0.05, 2000) {
            print!(
                "[{:3}{}] ",
                p.steady.beats,
                if p.steady.converged { "" } else { "!" }
            );
            row(&format!("P-{}", p.p_level), &p.steady.metrics);
        }
    }
    let mut sim = Simulation::new(Preset::LowBloodVolume);
    sim.steady_state(0.05, 2000);
    println!("--- sweep CP on low volume");
    for p in sim.p_level_sweep(Device::ImpellaCp, 0.05, 2000) {
        print!(
            "[{:3}{}] ",
            p.steady.beats,
            if p.steady.converged { "" } else { "!" }
        );
        row(&format!("P-{}", p.p_level), &p.steady.metrics);
    }
}
