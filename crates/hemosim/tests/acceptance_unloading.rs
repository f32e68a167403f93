//! Unloading on the shock preset (issue: "the pump takes work off a failing left ventricle").
//!
//! Patients: LVEDP fell about 41 % (22 ± 12 → 13 ± 9 mmHg) with a 2.5-class pump (Remmelink M et al.,
//! Catheter Cardiovasc Interv 2010, conductance catheter). The model must show a fall of 25–55 % when the pump
//! gives 2.3–2.7 L/min, PCWP must fall with it, and at the CP's top levels the LV end-diastolic volume must
//! fall at least 10 % (the loop moves left) and the loop become triangular once the aortic valve stays shut.

mod common;

use hemosim::{BeatMetrics, Device};

/// Pump flow band of the LVEDP target, L/min.
const FLOW_BAND_L_MIN: (f64, f64) = (2.3, 2.7);
/// LVEDP fall band against pump off, fraction.
const LVEDP_FALL_BAND: (f64, f64) = (0.25, 0.55);

fn fall(on: f64, off: f64) -> f64 {
    1.0 - on / off
}

fn describe(label: &str, m: &BeatMetrics) -> String {
    format!(
        "{label}: LVEDP {:.1} mmHg, PCWP {:.1} mmHg, LVEDV {:.1} ml, MAP {:.1} mmHg, CO {:.2} L/min, \
         pump {:.2} L/min, aortic valve {}",
        m.lvedp_mmhg,
        m.pcwp_mmhg,
        m.lvedv_ml,
        m.map_mmhg,
        m.co_total_l_min,
        m.pump_flow_l_min,
        if m.aortic_valve_opened { "opens" } else { "shut" }
    )
}

/// Every level of the CP and the 2.5 whose flow is in the band must lower LVEDP by 25–55 %, and PCWP too.
#[test]
fn lvedp_falls_25_to_55_percent_at_about_2_5_l_min() {
    let off = common::settle(hemosim::Preset::CardiogenicShock).1;
    let mut checked = 0;
    for device in [Device::ImpellaCp, Device::Impella25] {
        for point in common::shock_sweep(device) {
            let m = point.steady.metrics;
            let flow = m.pump_flow_l_min;
            if !(FLOW_BAND_L_MIN.0..=FLOW_BAND_L_MIN.1).contains(&flow) {
                continue;
            }
            checked += 1;
            let lvedp_fall = fall(m.lvedp_mmhg, off.lvedp_mmhg);
            let report = format!(
                "{} | {} | LVEDP fall {:.1} %, PCWP fall {:.1} %",
                describe("off", &off),
                describe(&format!("{device:?} P-{}", point.p_level), &m),
                100.0 * lvedp_fall,
                100.0 * fall(m.pcwp_mmhg, off.pcwp_mmhg)
            );
            assert!(
                (LVEDP_FALL_BAND.0..=LVEDP_FALL_BAND.1).contains(&lvedp_fall),
                "LVEDP fall outside 25–55 %: {report}"
            );
            assert!(
                m.pcwp_mmhg < off.pcwp_mmhg - 0.5 * (off.lvedp_mmhg - m.lvedp_mmhg),
                "PCWP does not fall with LVEDP: {report}"
            );
        }
    }
    assert!(checked >= 2, "only {checked} levels gave 2.3–2.7 L/min");
}

/// At the CP's top levels (P-8, P-9) the end-diastolic volume falls at least 10 %, the valve stays shut and
/// the loop is triangular.
#[test]
fn the_loop_moves_left_and_becomes_triangular_at_the_cps_top_levels() {
    let off = common::settle(hemosim::Preset::CardiogenicShock).1;
    let points = common::shock_sweep(Device::ImpellaCp);
    for level in [8u8, 9] {
        let m = points[usize::from(level)].steady.metrics;
        let report = format!(
            "{} | {} | LVEDV fall {:.1} %, loop fill {:.2} → {:.2}",
            describe("off", &off),
            describe(&format!("CP P-{level}"), &m),
            100.0 * fall(m.lvedv_ml, off.lvedv_ml),
            off.loop_fill_fraction,
            m.loop_fill_fraction
        );
        assert!(
            fall(m.lvedv_ml, off.lvedv_ml) >= 0.10,
            "LVEDV falls < 10 %: {report}"
        );
        assert!(m.pcwp_mmhg < off.pcwp_mmhg, "PCWP does not fall: {report}");
        assert!(!m.aortic_valve_opened, "valve still opens: {report}");
        assert!(m.loop_fill_fraction < 0.65, "loop not triangular: {report}");
    }
}
