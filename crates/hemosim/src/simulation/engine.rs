//! The running simulation: wires the model, the integrator, the baroreflex and the metric accumulator
//! together behind the small API the app calls (`new`, `apply`, `set_control`, `advance`, `step`,
//! `step_beat`, `run_beats`, `last_beat_metrics`, `console`). Between beats its state is one point of the
//! beat-to-beat map (`map_point`, `jump_to`), which the settling and sweep modules work on.

use crate::baroreflex::{ReflexEffect, ReflexState};
use crate::console::ConsoleReadings;
use crate::controls::{ApplyReport, Control, ControlKind, Controls};
use crate::heart::ActivationTiming;
use crate::metrics::{BeatAccumulator, BeatInfo, BeatMetrics};
use crate::model::{Drive, Model, Parameters, State, STATE_LEN};
use crate::observer::{Observer, Sample};
use crate::presets::Preset;
use crate::pump::{motor_current_ma, Chamber, PumpCoefficients, MAX_P_LEVEL};
use crate::solver::{
    rk4_step, BeatGrid, OdeSystem, DEFAULT_MAX_STEP_S, MAX_ALLOWED_STEP_S, MIN_ALLOWED_STEP_S,
};
use crate::support::BalloonSchedule;

/// Longest stretch of simulated time one `advance` call runs, s (a background tab must not freeze the page).
pub const MAX_ADVANCE_S: f64 = 5.0;
/// Length of a point of the beat-to-beat map: the state and the baroreflex state (sensed mean arterial
/// pressure and the pressures the slow effector arms follow).
pub(super) const MAP_LEN: usize = STATE_LEN + ReflexState::LEN;
/// Index of the baroreflex state in a map point (the six volumes come first, then the pump flow).
const REFLEX_INDEX: usize = STATE_LEN;
/// Number of blood volumes at the start of a map point.
pub(super) const VOLUMES: usize = 6;
/// Index of the systemic venous volume in a map point.
pub(super) const SYSTEMIC_VEINS: usize = 3;
/// Heart-rate limits after the baroreflex acts, bpm.
const REFLEX_HEART_RATE_LIMITS_BPM: (f64, f64) = (25.0, 200.0);

/// The model over one beat as an ODE system whose forcing is the activation and the balloon.
struct BeatSystem<'a> {
    model: &'a Model,
    timing: ActivationTiming,
    balloon: &'a BalloonSchedule,
}

impl OdeSystem<STATE_LEN> for BeatSystem<'_> {
    type Forcing = Drive;
    #[inline]
    fn forcing(&self, t_s: f64) -> Drive {
        Drive {
            activation: self.timing.activation(t_s),
            balloon_ml: if self.balloon.is_active() {
                self.balloon.volume_ml(t_s)
            } else {
                0.0
            },
        }
    }
    #[inline]
    fn derivatives(&self, drive: Drive, y: &[f64; STATE_LEN], dy: &mut [f64; STATE_LEN]) {
        self.model.derivatives(drive, y, dy);
    }
}

/// A running simulation of one patient with (optionally) one pump.
#[derive(Clone, Debug)]
pub struct Simulation {
    params: Parameters,
    state: State,
    time_s: f64,
    beat_index: u64,
    beat_start_time_s: f64,
    beat_start_state: State,
    effect: ReflexEffect,
    model: Model,
    timing: ActivationTiming,
    grid: BeatGrid,
    step_in_beat: u32,
    drive_at_step: Drive,
    balloon: BalloonSchedule,
    /// When a balloon still full at the end of the last beat starts to empty in this one.
    balloon_carry: Option<f64>,
    reflex: ReflexState,
    accumulator: BeatAccumulator,
    last_metrics: Option<BeatMetrics>,
    max_step_s: f64,
    pending_s: f64,
    non_finite_restores: u64,
    pump_coefficients: Option<PumpCoefficients>,
    pump_speed_krpm: f64,
    pump_running_in_lv: bool,
}

impl Simulation {
    /// A simulation starting from a preset's parameters and initial state (not yet at steady state; call
    /// [`Simulation::steady_state`] to settle it).
    pub fn new(preset: Preset) -> Self {
        Self::from_parts(preset.parameters(), preset.initial_state())
    }

    /// A simulation from explicit parameters and state.
    pub fn from_parts(params: Parameters, state: State) -> Self {
        let placeholder_model = params.model_for_beat(&ReflexEffect::NONE);
        let mut sim = Self {
            params,
            state,
            time_s: 0.0,
            beat_index: 0,
            beat_start_time_s: 0.0,
            beat_start_state: state,
            effect: ReflexEffect::NONE,
            model: placeholder_model,
            timing: params.timing,
            grid: BeatGrid::new(60.0 / params.heart_rate_bpm, DEFAULT_MAX_STEP_S),
            step_in_beat: 0,
            drive_at_step: Drive::default(),
            balloon: BalloonSchedule::default(),
            balloon_carry: None,
            reflex: ReflexState::at(params.baroreflex.set_point_mmhg),
            accumulator: BeatAccumulator::new(DEFAULT_MAX_STEP_S),
            last_metrics: None,
            max_step_s: DEFAULT_MAX_STEP_S,
            pending_s: 0.0,
            non_finite_restores: 0,
            pump_coefficients: None,
            pump_speed_krpm: 0.0,
            pump_running_in_lv: false,
        };
        sim.begin_beat();
        sim
    }

    /// Current parameters (at the baroreflex set point).
    pub fn parameters(&self) -> &Parameters {
        &self.params
    }

    /// Current state.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// Simulated time, s.
    pub fn time_s(&self) -> f64 {
        self.time_s
    }

    /// Beats finished so far.
    pub fn beats_completed(&self) -> u64 {
        self.beat_index
    }

    /// How often a non-finite state was replaced by the last good one (should stay 0).
    pub fn non_finite_restores(&self) -> u64 {
        self.non_finite_restores
    }

    /// Mean arterial pressure the baroreflex currently senses, mmHg.
    pub fn sensed_map_mmhg(&self) -> f64 {
        self.reflex.sensed_mmhg
    }

    /// The baroreflex state: the sensed pressure and the pressures its slower arms currently follow.
    pub fn reflex_state(&self) -> &ReflexState {
        &self.reflex
    }

    /// Step length of the current beat, s.
    pub fn step_s(&self) -> f64 {
        self.grid.dt_s
    }

    /// Metrics of the last finished beat.
    pub fn last_beat_metrics(&self) -> Option<&BeatMetrics> {
        self.last_metrics.as_ref()
    }

    /// Console readings for the last finished beat.
    pub fn console(&self) -> Option<ConsoleReadings> {
        self.last_metrics
            .as_ref()
            .map(|m| ConsoleReadings::evaluate(m, &self.params))
    }

    /// Set the largest integration step, s (clamped to 0.05–1 ms; takes effect from the next beat).
    pub fn set_max_step_s(&mut self, max_step_s: f64) {
        if max_step_s.is_finite() {
            self.max_step_s = max_step_s.clamp(MIN_ALLOWED_STEP_S, MAX_ALLOWED_STEP_S);
        }
    }

    /// The user controls as they stand.
    pub fn controls(&self) -> Controls {
        let p = &self.params;
        Controls {
            lv_contractility_mmhg_per_ml: p.lv.ees_mmhg_per_ml,
            heart_rate_bpm: p.heart_rate_bpm,
            blood_volume_ml: self.state.total_volume_ml(),
            systemic_resistance_mmhg_s_per_ml: p.circulation.systemic_resistance_mmhg_s_per_ml,
            rv_contractility_mmhg_per_ml: p.rv.ees_mmhg_per_ml,
            device: p.device,
            p_level: p.p_level,
            position_cm: p.position_cm,
            baroreflex_enabled: p.baroreflex.enabled,
            purge_dextrose_percent: p.purge.dextrose_percent,
            purge_rate_ml_per_h: p.purge.rate_ml_per_h,
            balloon: p.balloon,
            ecmo_flow_l_min: p.ecmo_flow_l_min,
        }
    }

    /// Apply every control; returns what had to be clamped. Unchanged values change nothing.
    pub fn apply(&mut self, controls: &Controls) -> ApplyReport {
        let mut report = ApplyReport::default();
        let current = self.controls();
        for (new, old) in controls.as_list().iter().zip(current.as_list().iter()) {
            if new != old {
                self.set_control_into(*new, &mut report);
            }
        }
        report
    }

    /// Apply one control; returns what had to be clamped.
    pub fn set_control(&mut self, control: Control) -> ApplyReport {
        let mut report = ApplyReport::default();
        self.set_control_into(control, &mut report);
        report
    }

    fn set_control_into(&mut self, control: Control, report: &mut ApplyReport) {
        let mut clamp = |kind: ControlKind, requested: f64, current: f64| {
            let (value, clamped) = kind.clamp(requested, current);
            report.clamped.extend(clamped);
            value
        };
        let p = &mut self.params;
        match control {
            Control::LvContractility(v) => {
                p.lv.ees_mmhg_per_ml = clamp(ControlKind::LvContractility, v, p.lv.ees_mmhg_per_ml);
            }
            Control::HeartRate(v) => {
                p.heart_rate_bpm = clamp(ControlKind::HeartRate, v, p.heart_rate_bpm)
            }
            Control::BloodVolume(v) => {
                let current = self.state.total_volume_ml();
                let target = clamp(ControlKind::BloodVolume, v, current);
                self.set_blood_volume(target);
            }
            Control::SystemicResistance(v) => {
                let r = &mut p.circulation.systemic_resistance_mmhg_s_per_ml;
                *r = clamp(ControlKind::SystemicResistance, v, *r);
            }
            Control::RvContractility(v) => {
                p.rv.ees_mmhg_per_ml = clamp(ControlKind::RvContractility, v, p.rv.ees_mmhg_per_ml);
            }
            Control::Device(d) => {
                if d != p.device {
                    p.device = d;
                    // A newly inserted (or removed) pump starts from rest.
                    self.state.q_pump_ml_s = 0.0;
                }
            }
            Control::PLevel(level) => {
                let applied = clamp(ControlKind::PLevel, f64::from(level), f64::from(p.p_level));
                p.p_level = level.min(MAX_P_LEVEL);
                debug_assert!((applied - f64::from(p.p_level)).abs() < 0.5);
            }
            Control::PositionCm(v) => {
                p.position_cm = clamp(ControlKind::PositionCm, v, p.position_cm)
            }
            Control::Baroreflex(on) => p.baroreflex.enabled = on,
            Control::PurgeDextrose(v) => {
                p.purge.dextrose_percent =
                    clamp(ControlKind::PurgeDextrose, v, p.purge.dextrose_percent);
            }
            Control::PurgeRate(v) => {
                p.purge.rate_ml_per_h = clamp(ControlKind::PurgeRate, v, p.purge.rate_ml_per_h);
            }
            Control::Balloon(b) => {
                p.balloon = b;
                // Between beats (where settling and the app change things) the new setting starts with the
                // next step; mid-beat, with the next beat (a console times inflation from the beat).
                if self.step_in_beat == 0 {
                    self.balloon = BalloonSchedule::of(
                        &self.params.balloon,
                        self.beat_index,
                        &self.timing,
                        self.grid.period_s,
                        self.balloon_carry,
                    );
                    self.drive_at_step.balloon_ml = self.balloon.volume_ml(0.0);
                }
            }
            Control::EcmoFlow(v) => {
                p.ecmo_flow_l_min = clamp(ControlKind::EcmoFlow, v, p.ecmo_flow_l_min);
            }
        }
        // Mechanical changes act at once; heart-rate changes from the next beat (the grid is per beat).
        self.refresh_model();
    }

    /// Scale every compartment by the same factor so the total becomes `target_ml` (keeps all volumes positive).
    fn set_blood_volume(&mut self, target_ml: f64) {
        let total = self.state.total_volume_ml();
        if total > 0.0 && target_ml.is_finite() {
            let f = target_ml / total;
            let s = &mut self.state;
            s.v_lv_ml *= f;
            s.v_rv_ml *= f;
            s.v_sa_ml *= f;
            s.v_sv_ml *= f;
            s.v_pa_ml *= f;
            s.v_pv_ml *= f;
            self.beat_start_state = self.state;
        }
    }

    fn refresh_model(&mut self) {
        self.model = self.params.model_for_beat(&self.effect);
        self.pump_coefficients = self.params.device.coefficients();
        self.pump_speed_krpm = self.params.device.speed_krpm(self.params.p_level);
        self.pump_running_in_lv = self.pump_coefficients.is_some()
            && self.pump_speed_krpm > 0.0
            && self.params.placement().inlet == Chamber::Ventricle;
    }

    fn begin_beat(&mut self) {
        self.effect = self.params.baroreflex.effect_of(&self.reflex);
        let (lo, hi) = REFLEX_HEART_RATE_LIMITS_BPM;
        let heart_rate = (self.params.heart_rate_bpm * self.effect.heart_rate_factor).clamp(lo, hi);
        let period_s = 60.0 / heart_rate;
        self.timing = self
            .params
            .timing
            .at_period(60.0 / self.params.timing_heart_rate_bpm, period_s);
        self.grid = BeatGrid::new(period_s, self.max_step_s);
        self.step_in_beat = 0;
        self.balloon = BalloonSchedule::of(
            &self.params.balloon,
            self.beat_index,
            &self.timing,
            period_s,
            self.balloon_carry,
        );
        self.drive_at_step = Drive {
            activation: self.timing.activation(0.0),
            balloon_ml: self.balloon.volume_ml(0.0),
        };
        self.accumulator = BeatAccumulator::new(self.grid.dt_s);
        self.beat_start_state = self.state;
        self.beat_start_time_s = self.time_s;
        self.refresh_model();
    }

    /// One integration step. Returns the finished beat's metrics when this step ended a beat.
    #[inline]
    pub fn step<O: Observer>(&mut self, observer: &mut O) -> Option<BeatMetrics> {
        let dt = self.grid.dt_s;
        let tc = self.grid.time_of_step(self.step_in_beat);
        let mut y = self.state.to_array();
        let mut k1 = [0.0; STATE_LEN];
        let signals = self.model.evaluate(self.drive_at_step, &y, &mut k1);
        let motor_current = match &self.pump_coefficients {
            Some(c) => motor_current_ma(c, self.pump_speed_krpm, signals.pump_pressure_rise_mmhg),
            None => 0.0,
        };
        let sample = Sample {
            time_s: self.time_s,
            beat_time_s: tc,
            activation: self.drive_at_step.activation,
            state: self.state,
            signals,
            motor_current_ma: motor_current,
        };
        self.accumulator.observe(&sample);
        observer.on_sample(&sample);

        let system = BeatSystem {
            model: &self.model,
            timing: self.timing,
            balloon: &self.balloon,
        };
        let drive_mid = system.forcing(tc + 0.5 * dt);
        let drive_end = system.forcing(tc + dt);
        rk4_step(&system, &mut y, &k1, drive_mid, drive_end, dt);
        if y.iter().all(|x| x.is_finite()) {
            self.state = State::from_array(&y);
        } else {
            // Never expected inside the documented control ranges (property tests check it); keep the
            // simulation alive by returning to the last good state: the start of this beat.
            self.non_finite_restores += 1;
            self.state = self.beat_start_state;
        }
        self.drive_at_step = drive_end;
        self.step_in_beat += 1;
        self.time_s = self.beat_start_time_s + self.grid.time_of_step(self.step_in_beat);
        if self.step_in_beat >= self.grid.steps {
            Some(self.finish_beat(observer))
        } else {
            None
        }
    }

    fn finish_beat<O: Observer>(&mut self, observer: &mut O) -> BeatMetrics {
        let info = BeatInfo {
            beat_index: self.beat_index,
            end_v_lv_ml: self.state.v_lv_ml,
            end_total_volume_ml: self.state.total_volume_ml(),
            lv: *self.model.lv(),
            pump_running: self.pump_running_in_lv,
            body_surface_area_m2: self.params.body_surface_area_m2,
        };
        let metrics = self.accumulator.finish(&info);
        self.reflex =
            self.params
                .baroreflex
                .advance(&self.reflex, metrics.map_mmhg, self.grid.period_s);
        self.last_metrics = Some(metrics);
        self.balloon_carry = self.balloon.carry(self.grid.period_s);
        self.beat_index += 1;
        observer.on_beat(&metrics);
        self.begin_beat();
        metrics
    }

    /// Run until the current beat finishes; returns its metrics.
    pub fn step_beat<O: Observer>(&mut self, observer: &mut O) -> BeatMetrics {
        loop {
            if let Some(m) = self.step(observer) {
                return m;
            }
        }
    }

    /// Run `beats` whole beats (finishing the current one first); returns the last beat's metrics.
    pub fn run_beats<O: Observer>(&mut self, beats: u32, observer: &mut O) -> Option<BeatMetrics> {
        let mut last = None;
        for _ in 0..beats {
            last = Some(self.step_beat(observer));
        }
        last
    }

    /// Advance by `seconds` of simulated time (for the app's animation frame: ~0.016 s, or scaled).
    ///
    /// Runs whole steps; leftover time is carried to the next call, so many small calls add up exactly.
    /// Negative or non-finite input does nothing; at most [`MAX_ADVANCE_S`] runs per call.
    /// Returns the number of beats finished.
    pub fn advance<O: Observer>(&mut self, seconds: f64, observer: &mut O) -> u32 {
        if !seconds.is_finite() || seconds <= 0.0 {
            return 0;
        }
        self.pending_s = (self.pending_s + seconds).min(MAX_ADVANCE_S);
        let mut beats = 0;
        // Half a step of slack: run a step when at least half of it is owed.
        while self.pending_s >= 0.5 * self.grid.dt_s {
            self.pending_s -= self.grid.dt_s;
            if self.step(observer).is_some() {
                beats += 1;
            }
        }
        beats
    }

    /// Whether a beat is partly run (settling compares beat ends, so it finishes such a beat first).
    pub(super) fn mid_beat(&self) -> bool {
        self.step_in_beat > 0
    }

    /// The point of the beat-to-beat map: the state, then the baroreflex state (each arm weighed by its
    /// settling weight, so the map point's per-beat change is the steady-state criterion).
    pub(super) fn map_point(&self) -> [f64; MAP_LEN] {
        let mut x = [0.0; MAP_LEN];
        x[..STATE_LEN].copy_from_slice(&self.state.to_array());
        let weights = self.params.baroreflex.settling_weights();
        for ((o, r), w) in x[REFLEX_INDEX..]
            .iter_mut()
            .zip(self.reflex.to_array().iter())
            .zip(weights.iter())
        {
            *o = r * w;
        }
        x
    }

    /// Start the next beat (none of it run yet) from another point of the beat-to-beat map.
    pub(super) fn jump_to(&mut self, x: &[f64; MAP_LEN]) {
        debug_assert_eq!(self.step_in_beat, 0);
        let mut state = [0.0; STATE_LEN];
        state.copy_from_slice(&x[..STATE_LEN]);
        self.state = State::from_array(&state);
        let weights = self.params.baroreflex.settling_weights();
        let mut reflex = [0.0; ReflexState::LEN];
        for ((r, o), w) in reflex
            .iter_mut()
            .zip(x[REFLEX_INDEX..].iter())
            .zip(weights.iter())
        {
            *r = o / w;
        }
        self.reflex = ReflexState::from_array(&reflex);
        self.begin_beat();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advance_in_frames_matches_whole_beats_in_time() {
        let mut sim = Simulation::new(Preset::Normal);
        for _ in 0..120 {
            sim.advance(1.0 / 60.0, &mut ());
        }
        assert!(
            (sim.time_s() - 2.0).abs() < sim.step_s(),
            "time {}",
            sim.time_s()
        );
    }

    #[test]
    fn advance_ignores_nonsense() {
        let mut sim = Simulation::new(Preset::Normal);
        assert_eq!(sim.advance(f64::NAN, &mut ()), 0);
        assert_eq!(sim.advance(-1.0, &mut ()), 0);
        assert!(sim.time_s().abs() < 1e-12);
    }

    #[test]
    fn blood_volume_control_sets_the_total() {
        let mut sim = Simulation::new(Preset::CardiogenicShock);
        let report = sim.set_control(Control::BloodVolume(4800.0));
        assert!(report.is_clean());
        assert!((sim.state().total_volume_ml() - 4800.0).abs() < 1e-6);
    }
}
