//! The arterial baroreflex: arterial pressure sensed through a first-order filter drives heart rate, systemic
//! resistance, venous unstressed volume and the contractility of both ventricles, as in CVSim and similar teaching simulators
//! (Heldt et al., J Appl Physiol 2002; Davis, MIT thesis 1991, the model behind CVSim).
//!
//! The reflex works beat by beat: after each beat the sensed pressure moves toward that beat's mean arterial
//! pressure, and the next beat runs with the resulting effector changes. Working per beat keeps the
//! integrator's inner loop free of reflex arithmetic and keeps every beat an exact whole number of steps.
//!
//! **Effector dynamics.** The effectors do not follow the sensed pressure at once: each follows it through
//! its own first-order lag, with Ursino's time constants (Ursino M, Am J Physiol 1998;275:H1733–H1747,
//! Table 2): heart rate ≈ 2 s (the sensing filter itself), systemic resistance 6 s, contractility 8 s and
//! venous unstressed volume 20 s. [`ReflexState`] holds, for each slow arm, the pressure it currently responds
//! to. The slow venous arm matters most: without it a strong venous arm chases the beat-to-beat dips of pump
//! suction and the low-volume circulation oscillates (suction → pressure falls → veins empty toward the heart
//! → the LV refills → pressure overshoots → veins take the blood back → suction again, about every 9 s)
//! instead of settling. Two simplifications, both listed in `limits` (`baroreflex-simplified`): Ursino's pure
//! delays (2–5 s) are left out, and the static curve acts after the lag rather than before it (the same at
//! steady state and for small changes).
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
    /// Time constant of pressure sensing, s; the heart-rate arm follows the sensed pressure directly
    /// (Ursino 1998: sympathetic heart-rate arm 2 s).
    pub time_constant_s: f64,
    /// Time constant of the systemic-resistance arm, s (Ursino 1998: 6 s).
    pub resistance_time_constant_s: f64,
    /// Time constant of the contractility arm, s (Ursino 1998: 8 s).
    pub contractility_time_constant_s: f64,
    /// Time constant of the venous unstressed-volume arm, s (Ursino 1998: 20 s).
    pub venous_time_constant_s: f64,
    /// Maximal fractional change of heart rate (Heldt 2002: ≈ 0.7 bpm per mmHg near the set point).
    pub heart_rate_gain: f64,
    /// Maximal fractional change of systemic resistance (Heldt 2002: ≈ 1 % per mmHg).
    pub resistance_gain: f64,
    /// Maximal fractional change of LV and RV contractility (Heldt 2002: ≈ 0.3 % per mmHg; both ventricles
    /// by the same fraction, as in Ursino, Am J Physiol 1998).
    pub contractility_gain: f64,
    /// Maximal change of systemic venous unstressed volume, ml; the slope at the set point is this over
    /// `half_range_mmhg` (sympathetic drive lowers the unstressed volume, which pushes blood toward the heart).
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
            // Ursino, Am J Physiol 1998;275:H1733, Table 2 (effector time constants).
            resistance_time_constant_s: 6.0,
            contractility_time_constant_s: 8.0,
            venous_time_constant_s: 20.0,
            heart_rate_gain: 0.20,
            resistance_gain: 0.30,
            contractility_gain: 0.08,
            // 35 ml/mmHg at the set point (700 ml / 20 mmHg). Heldt et al., J Appl Physiol 2002, give the
            // arterial baroreflex's venous-tone gains per bed as 5 ± 2 (upper body), 2 ± 1 (kidney),
            // 13 ± 3 (splanchnic) and 7 ± 2 (legs) ml/mmHg: 27 ± 8 ml/mmHg summed. Fitted within that range
            // (its top) to the LVEDP fall with a 2.5-class pump (Remmelink, Catheter Cardiovasc Interv 2010).
            // Was 150 ml (7.5 ml/mmHg), a quarter of Heldt's sum: see the calibration table in `presets`.
            venous_unstressed_gain_ml: 700.0,
        }
    }

    /// Normalised sympathetic drive in (−1, 1) for a sensed pressure: positive when pressure is below the set point.
    pub fn drive(&self, sensed_mmhg: f64) -> f64 {
        if !self.enabled {
            return 0.0;
        }
        crate::portable_math::tanh((self.set_point_mmhg - sensed_mmhg) / self.half_range_mmhg)
    }

    /// Effector changes once every arm has caught up with a sensed pressure (the steady-state response).
    pub fn effect(&self, sensed_mmhg: f64) -> ReflexEffect {
        self.effect_of(&ReflexState::at(sensed_mmhg))
    }

    /// Effector changes for the pressures each arm currently responds to.
    pub fn effect_of(&self, state: &ReflexState) -> ReflexEffect {
        ReflexEffect {
            heart_rate_factor: 1.0 + self.heart_rate_gain * self.drive(state.sensed_mmhg),
            resistance_factor: 1.0 + self.resistance_gain * self.drive(state.resistance_mmhg),
            contractility_factor: 1.0
                + self.contractility_gain * self.drive(state.contractility_mmhg),
            venous_unstressed_change_ml: -self.venous_unstressed_gain_ml
                * self.drive(state.venous_mmhg),
        }
    }

    /// Sensed pressure after one beat of length `period_s` with mean arterial pressure `beat_map_mmhg`
    /// (exact solution of the first-order filter for a constant input over the beat).
    pub fn sense(&self, sensed_mmhg: f64, beat_map_mmhg: f64, period_s: f64) -> f64 {
        follow(sensed_mmhg, beat_map_mmhg, period_s, self.time_constant_s)
    }

    /// Slope of the venous arm at the set point, ml of unstressed volume per mmHg.
    pub fn venous_ml_per_mmhg(&self) -> f64 {
        self.venous_unstressed_gain_ml / self.half_range_mmhg
    }

    /// Weights that make the reflex state's per-beat changes comparable with each other and with the blood
    /// volumes (sensed first). Each slow arm is weighed by its time constant over the sensing filter's: a
    /// lag `k` times slower moves `k` times less per beat for the same distance from its target, so the
    /// weight asks every arm to be as near its target as the sensed pressure is when settling stops (and
    /// lets the acceleration see the slow arms). The venous arm is, in addition, weighed by its slope over
    /// [`SETTLING_REFERENCE_VENOUS_ML_PER_MMHG`], the slope the 0.05 tolerance was chosen with: a steeper arm
    /// moves more blood for the same pressure error (at 35 ml/mmHg, 0.3 mmHg leaves 10 ml in the wrong
    /// place, enough to shift a volume-starved circulation's output by 0.5 %), so it must settle nearer.
    pub fn settling_weights(&self) -> [f64; ReflexState::LEN] {
        [
            1.0,
            self.resistance_time_constant_s / self.time_constant_s,
            self.contractility_time_constant_s / self.time_constant_s,
            self.venous_time_constant_s / self.time_constant_s
                * (self.venous_ml_per_mmhg() / SETTLING_REFERENCE_VENOUS_ML_PER_MMHG).max(1.0),
        ]
    }

    /// The reflex state after one beat of length `period_s` with mean arterial pressure `beat_map_mmhg`:
    /// the sensed pressure follows the beat's pressure, and each slow arm follows the new sensed pressure
    /// through its own lag (exact first-order step for an input held over the beat).
    pub fn advance(&self, state: &ReflexState, beat_map_mmhg: f64, period_s: f64) -> ReflexState {
        let sensed_mmhg = self.sense(state.sensed_mmhg, beat_map_mmhg, period_s);
        ReflexState {
            sensed_mmhg,
            resistance_mmhg: follow(
                state.resistance_mmhg,
                sensed_mmhg,
                period_s,
                self.resistance_time_constant_s,
            ),
            contractility_mmhg: follow(
                state.contractility_mmhg,
                sensed_mmhg,
                period_s,
                self.contractility_time_constant_s,
            ),
            venous_mmhg: follow(
                state.venous_mmhg,
                sensed_mmhg,
                period_s,
                self.venous_time_constant_s,
            ),
        }
    }
}

/// Venous-arm slope the steady-state tolerance was chosen with, ml/mmHg (the arm's earlier 150 ml over
/// 20 mmHg); see [`BaroreflexParams::settling_weights`].
pub const SETTLING_REFERENCE_VENOUS_ML_PER_MMHG: f64 = 7.5;

/// One beat of a first-order lag with time constant `time_constant_s` toward `target`.
fn follow(value: f64, target: f64, period_s: f64, time_constant_s: f64) -> f64 {
    let weight = 1.0 - crate::portable_math::exp(-period_s / time_constant_s);
    value + weight * (target - value)
}

/// The pressures the reflex's arms currently respond to, mmHg: the sensed pressure (which the heart-rate
/// arm follows directly) and the lagged copies of it that the slower arms follow.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReflexState {
    /// Sensed mean arterial pressure, mmHg.
    pub sensed_mmhg: f64,
    /// Pressure the systemic-resistance arm responds to, mmHg.
    pub resistance_mmhg: f64,
    /// Pressure the contractility arm responds to, mmHg.
    pub contractility_mmhg: f64,
    /// Pressure the venous unstressed-volume arm responds to, mmHg.
    pub venous_mmhg: f64,
}

impl ReflexState {
    /// Number of values (for the beat-to-beat map).
    pub const LEN: usize = 4;

    /// Every arm settled at `pressure_mmhg`.
    pub const fn at(pressure_mmhg: f64) -> Self {
        Self {
            sensed_mmhg: pressure_mmhg,
            resistance_mmhg: pressure_mmhg,
            contractility_mmhg: pressure_mmhg,
            venous_mmhg: pressure_mmhg,
        }
    }

    /// The values as an array (sensed first).
    pub fn to_array(&self) -> [f64; Self::LEN] {
        [
            self.sensed_mmhg,
            self.resistance_mmhg,
            self.contractility_mmhg,
            self.venous_mmhg,
        ]
    }

    /// The state from an array (sensed first).
    pub fn from_array(a: &[f64; Self::LEN]) -> Self {
        Self {
            sensed_mmhg: a[0],
            resistance_mmhg: a[1],
            contractility_mmhg: a[2],
            venous_mmhg: a[3],
        }
    }
}

/// Multipliers and offsets the reflex applies to the set-point parameters for one beat.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReflexEffect {
    /// Heart rate multiplier.
    pub heart_rate_factor: f64,
    /// Systemic resistance multiplier.
    pub resistance_factor: f64,
    /// LV and RV end-systolic elastance multiplier.
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
    fn slow_arms_lag_behind_the_sensed_pressure_in_ursinos_order() {
        let b = BaroreflexParams::around(90.0);
        let s = b.advance(&ReflexState::at(90.0), 60.0, 1.0);
        // Sensed (2 s) moves most, then resistance (6 s), contractility (8 s), venous volume (20 s).
        assert!(s.sensed_mmhg < s.resistance_mmhg);
        assert!(s.resistance_mmhg < s.contractility_mmhg);
        assert!(s.contractility_mmhg < s.venous_mmhg && s.venous_mmhg < 90.0);
        // Held long enough, every arm arrives at the pressure.
        let mut t = s;
        for _ in 0..400 {
            t = b.advance(&t, 60.0, 1.0);
        }
        assert!(
            t.to_array().iter().all(|p| (p - 60.0).abs() < 1e-6),
            "{t:?}"
        );
        let lagged = b.effect_of(&t).venous_unstressed_change_ml;
        let settled = b.effect(t.sensed_mmhg).venous_unstressed_change_ml;
        assert!((lagged - settled).abs() < 1e-6, "{lagged} vs {settled}");
    }

    #[test]
    fn sensing_moves_toward_the_beat_pressure() {
        let b = BaroreflexParams::around(90.0);
        let s = b.sense(90.0, 60.0, 1.0);
        assert!(s < 90.0 && s > 60.0, "{s}");
    }
}
