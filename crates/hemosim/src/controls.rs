//! What a user can move, each with a documented safe range. Values outside a range are clamped and reported,
//! never a panic; a non-number keeps the current value and is reported too.

use crate::pump::{Device, MAX_P_LEVEL};
use crate::support::Balloon;

/// One control a user can move.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Control {
    /// LV end-systolic elastance (contractility), mmHg/ml.
    LvContractility(f64),
    /// Heart rate at the baroreflex set point, bpm.
    HeartRate(f64),
    /// Total blood volume, ml.
    BloodVolume(f64),
    /// Systemic vascular resistance, mmHg·s/ml.
    SystemicResistance(f64),
    /// RV end-systolic elastance (right-heart function), mmHg/ml.
    RvContractility(f64),
    /// Device in place.
    Device(Device),
    /// P-level, 0 (stopped) … 9 (BOOST on the 2.5).
    PLevel(u8),
    /// Inlet depth below the aortic annulus, cm.
    PositionCm(f64),
    /// Baroreflex on or off.
    Baroreflex(bool),
    /// Purge dextrose concentration, %.
    PurgeDextrose(f64),
    /// Purge rate, ml/h.
    PurgeRate(f64),
    /// Intra-aortic balloon pump: ratio and timing.
    Balloon(Balloon),
    /// VA-ECMO set flow, L/min (0 = off).
    EcmoFlow(f64),
}

/// The full set of user controls at once.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Controls {
    /// LV end-systolic elastance, mmHg/ml.
    pub lv_contractility_mmhg_per_ml: f64,
    /// Heart rate at the baroreflex set point, bpm.
    pub heart_rate_bpm: f64,
    /// Total blood volume, ml.
    pub blood_volume_ml: f64,
    /// Systemic vascular resistance, mmHg·s/ml.
    pub systemic_resistance_mmhg_s_per_ml: f64,
    /// RV end-systolic elastance, mmHg/ml.
    pub rv_contractility_mmhg_per_ml: f64,
    /// Device in place.
    pub device: Device,
    /// P-level 0 … 9.
    pub p_level: u8,
    /// Inlet depth below the aortic annulus, cm.
    pub position_cm: f64,
    /// Baroreflex on or off.
    pub baroreflex_enabled: bool,
    /// Purge dextrose concentration, %.
    pub purge_dextrose_percent: f64,
    /// Purge rate, ml/h.
    pub purge_rate_ml_per_h: f64,
    /// Intra-aortic balloon pump.
    pub balloon: Balloon,
    /// VA-ECMO set flow, L/min (0 = off).
    pub ecmo_flow_l_min: f64,
}

impl Controls {
    /// The controls as a list of single changes, in a fixed order.
    pub fn as_list(&self) -> [Control; 13] {
        [
            Control::LvContractility(self.lv_contractility_mmhg_per_ml),
            Control::HeartRate(self.heart_rate_bpm),
            Control::BloodVolume(self.blood_volume_ml),
            Control::SystemicResistance(self.systemic_resistance_mmhg_s_per_ml),
            Control::RvContractility(self.rv_contractility_mmhg_per_ml),
            Control::Device(self.device),
            Control::PLevel(self.p_level),
            Control::PositionCm(self.position_cm),
            Control::Baroreflex(self.baroreflex_enabled),
            Control::PurgeDextrose(self.purge_dextrose_percent),
            Control::PurgeRate(self.purge_rate_ml_per_h),
            Control::Balloon(self.balloon),
            Control::EcmoFlow(self.ecmo_flow_l_min),
        ]
    }
}

/// Which control, without its value (for ranges and reports).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ControlKind {
    /// See [`Control::LvContractility`].
    LvContractility,
    /// See [`Control::HeartRate`].
    HeartRate,
    /// See [`Control::BloodVolume`].
    BloodVolume,
    /// See [`Control::SystemicResistance`].
    SystemicResistance,
    /// See [`Control::RvContractility`].
    RvContractility,
    /// See [`Control::PLevel`].
    PLevel,
    /// See [`Control::PositionCm`].
    PositionCm,
    /// See [`Control::PurgeDextrose`].
    PurgeDextrose,
    /// See [`Control::PurgeRate`].
    PurgeRate,
    /// See [`Control::EcmoFlow`].
    EcmoFlow,
}

/// A closed range of allowed values and its unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ControlRange {
    /// Smallest allowed value.
    pub min: f64,
    /// Largest allowed value.
    pub max: f64,
    /// Unit, for labels.
    pub unit: &'static str,
}

impl ControlKind {
    /// The documented safe range of this control.
    ///
    /// Ranges span what the teaching scenarios need (a failing to a vigorous heart, a bleed to overload)
    /// while keeping every combination numerically safe at the fixed step (the property tests cover them all).
    pub fn range(self) -> ControlRange {
        let (min, max, unit) = match self {
            // Severe failure (0.2) to a strong, stimulated LV (4.0).
            ControlKind::LvContractility => (0.2, 4.0, "mmHg/ml"),
            // Bradycardia to sinus tachycardia; systole is scaled so filling time remains.
            ControlKind::HeartRate => (30.0, 180.0, "bpm"),
            // Haemorrhage to overload for a 1.9 m² adult. The floor keeps the total above the circulation's
            // unstressed volume (≈ 4,000 ml with the baroreflex fully venodilating): below it every vessel
            // pressure would be negative, which the lumped model cannot represent.
            ControlKind::BloodVolume => (4200.0, 6500.0, "ml"),
            // Vasoplegia to intense vasoconstriction.
            ControlKind::SystemicResistance => (0.4, 2.5, "mmHg·s/ml"),
            // Right-ventricular infarct to a strong RV.
            ControlKind::RvContractility => (0.1, 1.2, "mmHg/ml"),
            ControlKind::PLevel => (0.0, f64::from(MAX_P_LEVEL), "P-level"),
            // From 4 cm out in the aorta to 10 cm into the ventricle.
            ControlKind::PositionCm => (-4.0, 10.0, "cm"),
            // FACTS.md: dextrose 5–40 %.
            ControlKind::PurgeDextrose => (5.0, 40.0, "%"),
            // Console purge rates.
            ControlKind::PurgeRate => (2.0, 30.0, "ml/h"),
            // Off (0) to 6 L/min (FACTS.md: VA-ECMO gives more than 4.5 L/min, up to full output); the app
            // offers 0.5 L/min steps.
            ControlKind::EcmoFlow => (0.0, 6.0, "L/min"),
        };
        ControlRange { min, max, unit }
    }

    /// Clamp `requested` into range. `current` is kept when `requested` is not a number.
    pub fn clamp(self, requested: f64, current: f64) -> (f64, Option<ClampedControl>) {
        let range = self.range();
        let applied = if requested.is_nan() {
            current
        } else {
            requested.clamp(range.min, range.max)
        };
        let changed = requested.is_nan() || (applied - requested).abs() > 0.0;
        let report = changed.then_some(ClampedControl {
            kind: self,
            requested,
            applied,
        });
        (applied, report)
    }
}

/// One value that was out of range (or not a number) and what was used instead.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClampedControl {
    /// Which control.
    pub kind: ControlKind,
    /// What was asked for.
    pub requested: f64,
    /// What the simulation uses.
    pub applied: f64,
}

/// Result of applying controls: every value that had to be clamped.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ApplyReport {
    /// Clamped values, in the order they were applied.
    pub clamped: Vec<ClampedControl>,
}

impl ApplyReport {
    /// True when every value was used as given.
    pub fn is_clean(&self) -> bool {
        self.clamped.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_range_values_pass_unreported() {
        let (v, report) = ControlKind::HeartRate.clamp(80.0, 70.0);
        assert!((v - 80.0).abs() < 1e-12);
        assert!(report.is_none());
    }

    #[test]
    fn out_of_range_values_are_clamped_and_reported() {
        let (v, report) = ControlKind::HeartRate.clamp(400.0, 70.0);
        assert!((v - 180.0).abs() < 1e-12);
        let report = report.expect("reported");
        assert!((report.requested - 400.0).abs() < 1e-12);
    }

    #[test]
    fn nan_keeps_the_current_value_and_is_reported() {
        let (v, report) = ControlKind::BloodVolume.clamp(f64::NAN, 5000.0);
        assert!((v - 5000.0).abs() < 1e-12);
        assert!(report.is_some());
    }

    #[test]
    fn infinities_are_clamped() {
        let (v, _) = ControlKind::PositionCm.clamp(f64::NEG_INFINITY, 3.5);
        assert!((v + 4.0).abs() < 1e-12);
    }
}
