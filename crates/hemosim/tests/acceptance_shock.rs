//! MODEL.md acceptance bands for the cardiogenic-shock preset (no support), one test per band.

mod common;

use hemosim::{BeatMetrics, Preset};

fn shock() -> BeatMetrics {
    common::settle(Preset::CardiogenicShock).1
}

#[test]
fn sbp_below_90() {
    let v = shock().sbp_mmhg;
    assert!(v < 90.0, "SBP {v:.1} mmHg");
}

#[test]
fn ci_below_2_2() {
    let m = shock();
    let v = m.cardiac_index_l_min_m2;
    assert!(
        v < 2.2,
        "CI {v:.2} L/min/m² (BSA {} m²)",
        m.body_surface_area_m2
    );
}

#[test]
fn pcwp_above_15() {
    let v = shock().pcwp_mmhg;
    assert!(v > 15.0, "PCWP {v:.1} mmHg");
}

#[test]
fn co_is_2_5_to_3_5() {
    let v = shock().co_total_l_min;
    assert!((2.5..=3.5).contains(&v), "CO {v:.2} L/min");
}

#[test]
fn map_is_55_to_70() {
    let v = shock().map_mmhg;
    assert!((55.0..=70.0).contains(&v), "MAP {v:.1} mmHg");
}

#[test]
fn lvedp_at_least_18() {
    let v = shock().lvedp_mmhg;
    assert!(v >= 18.0, "LVEDP {v:.1} mmHg");
}

#[test]
fn ef_at_most_30_percent() {
    let v = shock().ejection_fraction_percent;
    assert!(v <= 30.0, "EF {v:.1} %");
}

#[test]
fn cpo_below_0_6_w() {
    let v = shock().cardiac_power_output_w;
    assert!(v < 0.6, "CPO {v:.2} W");
}
