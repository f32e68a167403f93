//! The arterial baroreflex: arterial pressure sensed through a first-order filter drives heart rate, systemic
//! resistance, venous unstressed volume and contractility, as in CVSim and similar teaching simulators
//! (Heldt et al., J Appl Physiol 2002; Davis, MIT thesis 1991, the model behind CVSim).
//!
//! The reflex works beat by beat: after each beat the sensed pressure moves toward that beat's mean arterial
//! pressure, and the next beat runs with the resulting effector changes. Working per beat keeps the
//! integrator's inner loop free of reflex arithmetic and keeps every beat an exact whole number of steps.
//!
//! Each preset's set point is its own unsupported mean pressure: in chronic illness the baroreflex resets to
//! the prevailing pressure, so the reflex acts on *changes* (a pump raising pressure, a bleed lowering it).

/// Baroreflex settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BaroreflexParams {
    /// Whether the reflex acts (on by default; switchable for teaching).
    pub enabled: bool,
    /// Mean arterial pressure the reflex defends, mmHg.
    pub set_point_mmhg: f64,
    /// Pressure error giving about three quarters of the maximal response (`tanh(1) ≈ 0.76`), mmHg.
    pub half_range_mmhg: f64,
    /// Time constant of pressure sensing, s.
    pub time_constant_s: f64,
    /// Maximal fractional change of heart rate (Heldt 2002: ≈ 0.7 bpm per mmHg near the set point).
    pub heart_rate_gain: f64,
    /// Maximal fractional change of systemic resistance (Heldt 2002: ≈ 1 % per mmHg).
    pub resistance_gain: f64,
    /// Maximal fractional change of LV contractility (Heldt 2002: ≈ 0.3 % per mmHg).
    pub contractility_gain: f64,
    /// Maximal change of systemic venous unstressed volume, ml (Heldt 2002: several ml per mmHg;
    /// sympathetic drive lowers it, which pushes blood toward the heart).
    pub venous_unstressed_gain_ml: f64,
}

impl BaroreflexParams {
    /// Default gains around a given set point.
    pub fn around(set_point_mmhg: f64) -> Self {
        Self {
            enabled: true,
            set_point_mmhg,
            half_range_mmhg: 20.0,
            time_constant_s: 2.0,
            heart_rate_gain: 0.20,
            resistance_gain: 0.30,
            contractility_gain: 0.08,
            venous_unstressed_gain_ml: 150.0,
        }
    }

    /// Normalised sympathetic drive in (−1, 1) for a sensed pressure: positive when pressure is below the set point.
    pub fn drive(&self, sensed_mmhg: f64) -> f64 {
        if !self.enabled {
            return 0.0;
        }
        crate::portable_math::tanh((self.set_point_mmhg - sensed_mmhg) / self.half_range_mmhg)
    }

    /// Effector changes for a sensed pressure.
    pub fn effect(&self, sensed_mmhg: f64) -> ReflexEffect {
        let drive = self.drive(sensed_mmhg);
        ReflexEffect {
            heart_rate_factor: 1.0 + self.heart_rate_gain * drive,
            resistance_factor: 1.0 + self.resistance_gain * drive,
            contractility_factor: 1.0 + self.contractility_gain * drive,
            venous_unstressed_change_ml: -self.venous_unstressed_gain_ml * drive,
        }
    }

    /// Sensed pressure after one beat of length `period_s` with mean arterial pressure `beat_map_mmhg`
    /// (exact solution of the first-order filter for a constant input over the beat).
    pub fn sense(&self, sensed_mmhg: f64, beat_map_mmhg: f64, period_s: f64) -> f64 {
        let weight = 1.0 - crate::portable_math::exp(-period_s / self.time_constant_s);
        sensed_mmhg + weight * (beat_map_mmhg - sensed_mmhg)
    }
}

/// Multipliers and offsets the reflex applies to the set-point parameters for one beat.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReflexEffect {
    /// Heart rate multiplier.
    pub heart_rate_factor: f64,
    /// Systemic resistance multiplier.
    pub resistance_factor: f64,
    /// LV end-systolic elastance multiplier.
    pub contractility_factor: f64,
    /// Change of systemic venous unstressed volume, ml.
    pub venous_unstressed_change_ml: f64,
}

impl ReflexEffect {
    /// No reflex action.
    pub const NONE: ReflexEffect = ReflexEffect {
        heart_rate_factor: 1.0,
        resistance_factor: 1.0,
        contractility_factor: 1.0,
        venous_unstressed_change_ml: 0.0,
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_the_set_point_nothing_changes() {
        let b = BaroreflexParams::around(90.0);
        let e = b.effect(90.0);
        assert!((e.heart_rate_factor - 1.0).abs() < 1e-12);
        assert!(e.venous_unstressed_change_ml.abs() < 1e-12);
    }

    #[test]
    fn low_pressure_speeds_the_heart_and_constricts_vessels() {
        let b = BaroreflexParams::around(90.0);
        let e = b.effect(60.0);
        assert!(
            e.heart_rate_factor > 1.0 && e.resistance_factor > 1.0 && e.contractility_factor > 1.0
        );
        assert!(e.venous_unstressed_change_ml < 0.0);
    }

    #[test]
    fn switched_off_reflex_does_nothing() {
        let mut b = BaroreflexParams::around(90.0);
        b.enabled = false;
        assert_eq!(b.effect(40.0), ReflexEffect::NONE);
    }

    #[test]
    fn sensing_moves_toward_the_beat_pressure() {
        let b = BaroreflexParams::around(90.0);
        let s = b.sense(90.0, 60.0, 1.0);
        assert!(s < 90.0 && s > 60.0, "{s}");
    }
}
