//! MODEL.md acceptance bands for the normal preset, one test per band.

mod common;

use hemosim::{BeatMetrics, Preset};

fn normal() -> BeatMetrics {
    common::settle(Preset::Normal).1
}

#[test]
fn map_is_70_to_100() {
    let v = normal().map_mmhg;
    assert!((70.0..=100.0).contains(&v), "MAP {v:.1} mmHg");
}

#[test]
fn sbp_is_90_to_140() {
    let v = normal().sbp_mmhg;
    assert!((90.0..=140.0).contains(&v), "SBP {v:.1} mmHg");
}

#[test]
fn co_is_4_to_8() {
    let v = normal().co_total_l_min;
    assert!((4.0..=8.0).contains(&v), "CO {v:.2} L/min");
}

#[test]
fn sv_is_50_to_100() {
    let v = normal().stroke_volume_ml;
    assert!((50.0..=100.0).contains(&v), "SV {v:.1} ml");
}

#[test]
fn lvedp_is_6_to_12() {
    let v = normal().lvedp_mmhg;
    assert!((6.0..=12.0).contains(&v), "LVEDP {v:.1} mmHg");
}

#[test]
fn pcwp_is_6_to_12() {
    let v = normal().pcwp_mmhg;
    assert!((6.0..=12.0).contains(&v), "PCWP {v:.1} mmHg");
}

#[test]
fn cvp_is_0_to_6() {
    let v = normal().cvp_mmhg;
    assert!((0.0..=6.0).contains(&v), "CVP {v:.1} mmHg");
}

#[test]
fn ef_is_at_least_55_percent() {
    let v = normal().ejection_fraction_percent;
    assert!(v >= 55.0, "EF {v:.1} %");
}
