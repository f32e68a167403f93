//! Prints the unloading table on the shock preset: pump off, CP P-4, CP P-8 (and P-9), and the 2.5 at the
//! level nearest 2.5 L/min, with the mean volume of every compartment, so a calibration can see where the
//! blood goes when the pump starts. Run with `cargo run -p hemosim --example unloading --release`.

use hemosim::{BeatMetrics, Control, Device, Observer, Preset, Sample, Simulation};

/// Mean compartment volumes over one beat.
#[derive(Default)]
struct MeanVolumes {
    sums: [f64; 6],
    n: f64,
}

impl Observer for MeanVolumes {
    fn on_sample(&mut self, s: &Sample) {
        let a = s.state.to_array();
        for (sum, v) in self.sums.iter_mut().zip(a.iter()) {
            *sum += v;
        }
        self.n += 1.0;
    }
}

fn settle(device: Device, level: u8, reflex: bool) -> (BeatMetrics, [f64; 6]) {
    let mut sim = Simulation::new(Preset::CardiogenicShock);
    sim.set_control(Control::Baroreflex(reflex));
    sim.steady_state(0.01, 3000);
    sim.set_control(Control::Device(device));
    sim.set_control(Control::PLevel(level));
    let s = sim.steady_state(0.01, 3000);
    assert!(s.converged, "{device:?} P-{level} did not settle");
    let mut v = MeanVolumes::default();
    let m = sim.step_beat(&mut v);
    (m, v.sums.map(|x| x / v.n))
}

fn main() {
    let reflex = !std::env::args().any(|a| a == "--no-reflex");
    println!(
        "{:<10} {:>6} {:>6} {:>6} {:>6} {:>6} {:>5} {:>5} {:>5} {:>3} {:>5} | {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
        "setting", "LVEDP", "PCWP", "LVEDV", "ESV", "MAP", "CO", "pump", "HR", "AV", "CVP",
        "V_lv", "V_rv", "V_sa", "V_sv", "V_pa", "V_pv"
    );
    let rows = [
        ("off", Device::None, 0),
        ("CP P-2", Device::ImpellaCp, 2),
        ("CP P-4", Device::ImpellaCp, 4),
        ("CP P-6", Device::ImpellaCp, 6),
        ("CP P-8", Device::ImpellaCp, 8),
        ("CP P-9", Device::ImpellaCp, 9),
        ("2.5 P-8", Device::Impella25, 8),
        ("2.5 P-9", Device::Impella25, 9),
    ];
    let mut off = None;
    for (label, device, level) in rows {
        let (m, v) = settle(device, level, reflex);
        let base: &(BeatMetrics, [f64; 6]) = off.get_or_insert((m, v));
        println!(
            "{label:<10} {:6.1} {:6.1} {:6.1} {:6.1} {:6.1} {:5.2} {:5.2} {:5.1} {:>3} {:5.1} | {:6.0} {:6.0} {:6.0} {:6.0} {:6.0} {:6.0}   LVEDP {:+5.1} %  EDV {:+5.1} %  fill {:.2}",
            m.lvedp_mmhg, m.pcwp_mmhg, m.lvedv_ml, m.lvesv_ml, m.map_mmhg, m.co_total_l_min,
            m.pump_flow_l_min, m.heart_rate_bpm, if m.aortic_valve_opened { "yes" } else { "no" }, m.cvp_mmhg,
            v[0], v[1], v[2], v[3], v[4], v[5],
            100.0 * (m.lvedp_mmhg / base.0.lvedp_mmhg - 1.0),
            100.0 * (m.lvedv_ml / base.0.lvedv_ml - 1.0),
            m.loop_fill_fraction,
        );
    }
}
