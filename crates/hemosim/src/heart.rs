//! The heart's two pumping chambers as time-varying elastances, and the diode valves between chambers.
//!
//! A ventricle's pressure is a blend of its end-systolic pressure–volume relation (active, linear) and its
//! end-diastolic pressure–volume relation (passive, exponential), weighted by a normalised activation `e(t)`
//! that rises during contraction and falls during relaxation (MODEL.md "States and equations").

/// Smallest volume the pressure functions see (MODEL.md "Integration": clamp V ≥ 1 ml inside pressure functions).
pub const MIN_PRESSURE_VOLUME_ML: f64 = 1.0;

/// Largest exponent allowed in the EDPVR (MODEL.md "Integration": clamp the exponent ≤ 50) so a huge volume
/// gives a huge but finite pressure instead of an overflow.
pub const MAX_EDPVR_EXPONENT: f64 = 50.0;

/// Shortest beat fraction left for filling: systole plus relaxation never take more than this share of a beat.
pub const MAX_ACTIVE_FRACTION_OF_BEAT: f64 = 0.85;

/// Timing of ventricular activation within one beat.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ActivationTiming {
    /// Time from the start of the beat to end systole (peak activation), s.
    pub t_es_s: f64,
    /// Duration of relaxation after end systole, s.
    pub t_rel_s: f64,
}

impl ActivationTiming {
    /// Normalised activation `e ∈ [0, 1]` at time `tc_s` since the start of the beat (MODEL.md activation).
    #[inline]
    pub fn activation(&self, tc_s: f64) -> f64 {
        if tc_s < 0.0 {
            0.0
        } else if tc_s < self.t_es_s {
            0.5 * (1.0 - crate::portable_math::cos(std::f64::consts::PI * tc_s / self.t_es_s))
        } else if tc_s < self.t_es_s + self.t_rel_s {
            0.5 * (1.0
                + crate::portable_math::cos(
                    std::f64::consts::PI * (tc_s - self.t_es_s) / self.t_rel_s,
                ))
        } else {
            0.0
        }
    }

    /// Systolic timing at a different beat period.
    ///
    /// Systole shortens with heart rate roughly with the square root of the period (as Bazett's QT
    /// correction does), so the timing measured at `reference_period_s` is scaled by
    /// `sqrt(period_s / reference_period_s)`, and then capped so at least 15 % of the beat is left for filling.
    pub fn at_period(&self, reference_period_s: f64, period_s: f64) -> Self {
        let scale = (period_s / reference_period_s).sqrt();
        let mut t_es_s = self.t_es_s * scale;
        let mut t_rel_s = self.t_rel_s * scale;
        let active_s = t_es_s + t_rel_s;
        let max_active_s = MAX_ACTIVE_FRACTION_OF_BEAT * period_s;
        if active_s > max_active_s {
            let shrink = max_active_s / active_s;
            t_es_s *= shrink;
            t_rel_s *= shrink;
        }
        Self { t_es_s, t_rel_s }
    }
}

/// One ventricle: active (ESPVR) and passive (EDPVR) pressure–volume relations.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ventricle {
    /// End-systolic elastance (contractility), mmHg/ml.
    pub ees_mmhg_per_ml: f64,
    /// Unstressed volume of the ESPVR and EDPVR, ml.
    pub v0_ml: f64,
    /// EDPVR scale `A`, mmHg.
    pub edpvr_a_mmhg: f64,
    /// EDPVR stiffness `B`, 1/ml.
    pub edpvr_b_per_ml: f64,
}

impl Ventricle {
    /// Pressure at `volume_ml` and activation `e`: `e·Ees·(V − V0) + (1 − e)·A·(exp(B·(V − V0)) − 1)`.
    #[inline]
    pub fn pressure_mmhg(&self, volume_ml: f64, activation: f64) -> f64 {
        let stretch_ml = volume_ml.max(MIN_PRESSURE_VOLUME_ML) - self.v0_ml;
        let active = self.ees_mmhg_per_ml * stretch_ml;
        let exponent = (self.edpvr_b_per_ml * stretch_ml).min(MAX_EDPVR_EXPONENT);
        let passive = self.edpvr_a_mmhg * (crate::portable_math::exp(exponent) - 1.0);
        activation * active + (1.0 - activation) * passive
    }

    /// Passive (end-diastolic) pressure at `volume_ml`, mmHg.
    #[inline]
    pub fn passive_pressure_mmhg(&self, volume_ml: f64) -> f64 {
        self.pressure_mmhg(volume_ml, 0.0)
    }
}

/// A one-way valve: flow is proportional to the forward pressure difference and zero when it is negative.
///
/// No state is kept; the flow is recomputed at every integrator stage (MODEL.md: "no persistent valve flags").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Valve {
    /// Forward resistance, mmHg·s/ml.
    pub resistance_mmhg_s_per_ml: f64,
}

impl Valve {
    /// Forward flow in ml/s for upstream and downstream pressures in mmHg.
    #[inline]
    pub fn flow_ml_s(&self, upstream_mmhg: f64, downstream_mmhg: f64) -> f64 {
        ((upstream_mmhg - downstream_mmhg) / self.resistance_mmhg_s_per_ml).max(0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOL: f64 = 1e-12;

    fn timing() -> ActivationTiming {
        ActivationTiming {
            t_es_s: 0.3,
            t_rel_s: 0.15,
        }
    }

    #[test]
    fn activation_starts_at_zero_peaks_at_end_systole_and_returns_to_zero() {
        let t = timing();
        assert!(t.activation(0.0).abs() < TOL);
        assert!((t.activation(0.3) - 1.0).abs() < TOL);
        assert!((t.activation(0.15) - 0.5).abs() < TOL);
        assert!(t.activation(0.45).abs() < TOL);
        assert!(t.activation(0.7).abs() < TOL);
    }

    #[test]
    fn activation_is_continuous_at_end_systole() {
        let t = timing();
        let before = t.activation(0.3 - 1e-9);
        let after = t.activation(0.3 + 1e-9);
        assert!((before - after).abs() < 1e-6, "{before} vs {after}");
    }

    #[test]
    fn fast_heart_rate_leaves_time_for_filling() {
        let t = timing().at_period(60.0 / 70.0, 60.0 / 220.0);
        let active = t.t_es_s + t.t_rel_s;
        assert!(
            active <= MAX_ACTIVE_FRACTION_OF_BEAT * 60.0 / 220.0 + TOL,
            "active {active}"
        );
    }

    #[test]
    fn ventricle_pressure_is_espvr_at_full_activation_and_edpvr_at_rest() {
        let v = Ventricle {
            ees_mmhg_per_ml: 2.5,
            v0_ml: 10.0,
            edpvr_a_mmhg: 0.35,
            edpvr_b_per_ml: 0.025,
        };
        assert!((v.pressure_mmhg(50.0, 1.0) - 100.0).abs() < TOL);
        let expected = 0.35 * ((0.025f64 * 110.0).exp() - 1.0);
        assert!((v.passive_pressure_mmhg(120.0) - expected).abs() < TOL);
    }

    #[test]
    fn ventricle_pressure_stays_finite_for_absurd_volumes() {
        let v = Ventricle {
            ees_mmhg_per_ml: 2.5,
            v0_ml: 10.0,
            edpvr_a_mmhg: 0.35,
            edpvr_b_per_ml: 0.025,
        };
        assert!(v.pressure_mmhg(1e9, 0.0).is_finite());
        assert!(v.pressure_mmhg(-50.0, 0.5).is_finite());
    }

    #[test]
    fn valve_only_passes_forward_flow() {
        let valve = Valve {
            resistance_mmhg_s_per_ml: 0.005,
        };
        assert!((valve.flow_ml_s(10.0, 5.0) - 1000.0).abs() < 1e-9);
        assert!(valve.flow_ml_s(5.0, 10.0).abs() < TOL);
    }
}
