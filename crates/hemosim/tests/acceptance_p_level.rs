//! MODEL.md acceptance: raising the P-level on the shock preset (P-1 … P-9; P-0 is the stopped, leaking pump).

mod common;

use hemosim::{BeatMetrics, Device, SweepPoint};

/// Metrics of the running levels (P-1 … P-9), in order.
fn running(points: &[SweepPoint]) -> Vec<(u8, BeatMetrics)> {
    points
        .iter()
        .filter(|p| p.p_level >= 1)
        .map(|p| (p.p_level, p.steady.metrics))
        .collect()
}

fn assert_rises(device: Device, name: &str, f: impl Fn(&BeatMetrics) -> f64) {
    let points = common::shock_sweep(device);
    let levels = running(&points);
    let values: Vec<String> = levels
        .iter()
        .map(|(l, m)| format!("P-{l}: {:.3}", f(m)))
        .collect();
    for pair in levels.windows(2) {
        assert!(
            f(&pair[1].1) > f(&pair[0].1),
            "{device:?} {name} does not rise: {values:?}"
        );
    }
}

fn assert_falls(device: Device, name: &str, f: impl Fn(&BeatMetrics) -> f64) {
    let points = common::shock_sweep(device);
    let levels = running(&points);
    let values: Vec<String> = levels
        .iter()
        .map(|(l, m)| format!("P-{l}: {:.3}", f(m)))
        .collect();
    for pair in levels.windows(2) {
        // Once the valve stays shut native output is zero at every higher level.
        assert!(
            f(&pair[1].1) < f(&pair[0].1)
                || (f(&pair[0].1).abs() < 1e-9 && f(&pair[1].1).abs() < 1e-9),
            "{device:?} {name} does not fall: {values:?}"
        );
    }
}

const DEVICES: [Device; 3] = [Device::Impella25, Device::ImpellaCp, Device::Impella55];

#[test]
fn pump_flow_rises_and_stays_at_or_below_the_device_maximum() {
    for device in DEVICES {
        assert_rises(device, "pump flow", |m| m.pump_flow_l_min);
        let points = common::shock_sweep(device);
        for p in &points {
            let flow = p.steady.metrics.pump_flow_l_min;
            assert!(
                flow <= device.max_flow_l_min(),
                "{device:?} P-{}: {flow:.2} L/min",
                p.p_level
            );
        }
    }
}

#[test]
fn native_output_falls() {
    for device in DEVICES {
        assert_falls(device, "native CO", |m| m.co_native_l_min);
    }
}

#[test]
fn total_output_rises() {
    for device in DEVICES {
        assert_rises(device, "total CO", |m| m.co_total_l_min);
    }
}

#[test]
fn map_rises() {
    for device in DEVICES {
        assert_rises(device, "MAP", |m| m.map_mmhg);
    }
}

#[test]
fn cardiac_power_rises() {
    for device in DEVICES {
        assert_rises(device, "CPO", |m| m.cardiac_power_output_w);
    }
}

#[test]
fn lvedp_falls() {
    for device in DEVICES {
        assert_falls(device, "LVEDP", |m| m.lvedp_mmhg);
    }
}

#[test]
fn pcwp_falls() {
    for device in DEVICES {
        assert_falls(device, "PCWP", |m| m.pcwp_mmhg);
    }
}

#[test]
fn pva_falls() {
    for device in DEVICES {
        assert_falls(device, "PVA", |m| m.pva_mmhg_ml);
    }
}

#[test]
fn aortic_valve_stops_opening_and_the_loop_becomes_triangular_at_high_support() {
    for device in [Device::ImpellaCp, Device::Impella55] {
        let points = common::shock_sweep(device);
        let low = points[1].steady.metrics;
        let top = points[9].steady.metrics;
        assert!(low.aortic_valve_opened, "{device:?} P-1: valve should open");
        assert!(
            !top.aortic_valve_opened,
            "{device:?} P-9: valve opened, SV {:.1} ml",
            top.stroke_volume_ml
        );
        assert!(
            top.loop_fill_fraction < 0.65 && low.loop_fill_fraction > 0.8,
            "{device:?} loop fill fraction P-1 {:.2} → P-9 {:.2}",
            low.loop_fill_fraction,
            top.loop_fill_fraction
        );
    }
}

#[test]
fn stopped_pump_across_the_valve_leaks_backwards() {
    let points = common::shock_sweep(Device::ImpellaCp);
    let flow = points[0].steady.metrics.pump_flow_l_min;
    assert!(flow < 0.0, "P-0 mean pump flow {flow:.2} L/min");
}

/// AIC manual P-level table for the 2.5 (FACTS.md), L/min; P-9 is BOOST.
const IMPELLA_25_RANGES: [(f64, f64); 9] = [
    (0.0, 1.1),
    (0.8, 1.5),
    (1.1, 1.7),
    (1.3, 1.8),
    (1.5, 1.9),
    (1.7, 2.1),
    (1.8, 2.2),
    (2.1, 2.4),
    (2.1, 2.5),
];

#[test]
fn impella_25_flow_is_inside_the_manufacturer_range_at_every_level() {
    let points = common::shock_sweep(Device::Impella25);
    for (i, (lo, hi)) in IMPELLA_25_RANGES.iter().enumerate() {
        let level = i + 1;
        let flow = points[level].steady.metrics.pump_flow_l_min;
        assert!(
            (*lo..=*hi).contains(&flow),
            "P-{level}: {flow:.2} L/min outside {lo}–{hi}"
        );
    }
}
