//! The simulation: wires the model, the integrator, the baroreflex and the metric accumulator together and
//! offers the small API the app calls (`new`, `apply`, `advance`, `step_beat`, `steady_state`,
//! `p_level_sweep`, `last_beat_metrics`, `console`; `AcceleratedSettling` settles a few beats at a time).

use crate::acceleration::Anderson;
use crate::baroreflex::{ReflexEffect, ReflexState};
use crate::console::ConsoleReadings;
use crate::controls::{ApplyReport, Control, ControlKind, Controls};
use crate::heart::ActivationTiming;
use crate::metrics::{BeatAccumulator, BeatInfo, BeatMetrics};
use crate::model::{Model, Parameters, State, STATE_LEN};
use crate::observer::{Observer, Sample};
use crate::presets::Preset;
use crate::pump::{motor_current_ma, Chamber, Device, PumpCoefficients, MAX_P_LEVEL};
use crate::solver::{
    rk4_step, BeatGrid, OdeSystem, DEFAULT_MAX_STEP_S, MAX_ALLOWED_STEP_S, MIN_ALLOWED_STEP_S,
};

/// Longest stretch of simulated time one `advance` call runs, s (a background tab must not freeze the page).
pub const MAX_ADVANCE_S: f64 = 5.0;
/// Steady-state tolerance of MODEL.md's acceptance checks: |Δstate| per beat < 0.05 (ml, ml/s, mmHg).
pub const DEFAULT_STEADY_TOLERANCE: f64 = 0.05;
/// Default beat cap for the steady-state helper.
pub const DEFAULT_MAX_STEADY_BEATS: u32 = 400;
/// Length of a point of the beat-to-beat map: the state and the baroreflex state (sensed mean arterial
/// pressure and the pressures the slow effector arms follow).
const MAP_LEN: usize = STATE_LEN + ReflexState::LEN;
/// Index of the baroreflex state in a map point (the six volumes come first, then the pump flow).
const REFLEX_INDEX: usize = STATE_LEN;
/// Number of blood volumes at the start of a map point.
const VOLUMES: usize = 6;
/// Index of the systemic venous volume in a map point.
const SYSTEMIC_VEINS: usize = 3;
/// Beats Anderson acceleration remembers when settling.
const ACCELERATION_DEPTH: usize = 4;
/// An accelerated jump has failed when the next real beat changes the state by more than this multiple of the
/// smallest change seen so far (Anderson's changes are not monotone, so a strict "grew" would stop it early).
const ACCELERATION_FAILURE_GROWTH: f64 = 4.0;
/// An accelerated jump is at most this multiple of the last real beat's change (ml, ml/s, mmHg).
const MAX_JUMP_PER_CHANGE: f64 = 10.0;
/// A jump may change any compartment's volume by at most this fraction of it.
const MAX_JUMP_VOLUME_FRACTION: f64 = 0.25;
/// Heart-rate limits after the baroreflex acts, bpm.
const REFLEX_HEART_RATE_LIMITS_BPM: (f64, f64) = (25.0, 200.0);

/// The model over one beat as an ODE system whose forcing is the activation.
struct BeatSystem<'a> {
    model: &'a Model,
    timing: ActivationTiming,
}

impl OdeSystem<STATE_LEN> for BeatSystem<'_> {
    type Forcing = f64;
    #[inline]
    fn forcing(&self, t_s: f64) -> f64 {
        self.timing.activation(t_s)
    }
    #[inline]
    fn derivatives(&self, activation: f64, y: &[f64; STATE_LEN], dy: &mut [f64; STATE_LEN]) {
        self.model.derivatives(activation, y, dy);
    }
}

/// Result of running to a periodic steady state.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SteadyState {
    /// True when |Δstate| per beat fell below the tolerance before the beat cap.
    pub converged: bool,
    /// Beats run.
    pub beats: u32,
    /// Largest |Δstate| over the last beat.
    pub last_change: f64,
    /// Metrics of the last beat.
    pub metrics: BeatMetrics,
}

/// One point of a P-level response curve.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SweepPoint {
    /// P-level.
    pub p_level: u8,
    /// Steady state reached at that level.
    pub steady: SteadyState,
}

/// [`Simulation::steady_state_accelerated`] in pieces of a few beats: everything it keeps from one beat to
/// the next, so a caller with a time budget (an animation frame, a short task) can settle over several
/// calls. The pieces add up to exactly what one call does: the same beats, the same jumps, the same result.
#[derive(Clone, Debug)]
pub struct AcceleratedSettling {
    tolerance: f64,
    max_beats: u32,
    anderson: Anderson<MAP_LEN, ACCELERATION_DEPTH>,
    /// Start of the current beat, once the first piece has finished a partly run beat.
    x: Option<[f64; MAP_LEN]>,
    accelerate: bool,
    jumped: bool,
    /// Smallest change so far and the end of that beat.
    best: Option<(f64, [f64; MAP_LEN])>,
    beats: u32,
    change: f64,
    metrics: Option<BeatMetrics>,
    result: Option<SteadyState>,
}

impl AcceleratedSettling {
    /// Settling to `tolerance` in at most `max_beats` beats, as [`Simulation::steady_state_accelerated`].
    pub fn new(tolerance: f64, max_beats: u32) -> Self {
        Self::with_memory(tolerance, max_beats, Anderson::new())
    }

    fn with_memory(
        tolerance: f64,
        max_beats: u32,
        anderson: Anderson<MAP_LEN, ACCELERATION_DEPTH>,
    ) -> Self {
        Self {
            tolerance,
            max_beats: max_beats.max(1),
            anderson,
            x: None,
            accelerate: true,
            jumped: false,
            best: None,
            beats: 0,
            change: f64::INFINITY,
            metrics: None,
            result: None,
        }
    }

    /// Runs at most `beats` more beats of settling `sim` (plus, on the first call, the rest of a partly run
    /// beat). Returns the steady state once it is reached or the beat cap is, and `None` while settling goes
    /// on. Between calls `sim` must not be changed or stepped; after the result, calls return it again.
    pub fn run(&mut self, sim: &mut Simulation, beats: u32) -> Option<SteadyState> {
        if self.result.is_some() {
            return self.result;
        }
        let mut x = match self.x {
            Some(x) => x,
            None => {
                // Finish a partly run beat so comparisons are beat-end to beat-end.
                if sim.step_in_beat > 0 {
                    self.metrics = Some(sim.step_beat(&mut VolumeWatch::new()));
                }
                sim.map_point()
            }
        };
        let mut ran = 0;
        let mut finished = false;
        while self.beats < self.max_beats && ran < beats {
            let restores = sim.non_finite_restores;
            let mut watch = VolumeWatch::new();
            self.metrics = Some(sim.step_beat(&mut watch));
            self.beats += 1;
            ran += 1;
            let g = sim.map_point();
            self.change = max_abs_difference(&g, &x);
            let physical =
                sim.non_finite_restores == restores && watch.min_volume_ml >= 0.0 && admissible(&g);
            if !physical {
                // A beat that went unphysical is never the answer.
                self.change = f64::INFINITY;
            }
            if self.change < self.tolerance {
                finished = true;
                break;
            }
            if !self.accelerate {
                x = g;
                continue;
            }
            let failed = !physical
                || (self.jumped
                    && self
                        .best
                        .is_some_and(|(c, _)| self.change > ACCELERATION_FAILURE_GROWTH * c));
            if failed {
                self.accelerate = false;
                self.anderson.reset();
                x = match self.best {
                    Some((c, end)) if c < self.change => {
                        sim.jump_to(&end);
                        end
                    }
                    _ => g,
                };
                continue;
            }
            if self.best.is_none_or(|(c, _)| self.change < c) {
                self.best = Some((self.change, g));
            }
            self.jumped = false;
            let start = x;
            x = g;
            if let Some(mut proposal) = self.anderson.next_point(&start, &g) {
                limit_jump(&mut proposal, &g, MAX_JUMP_PER_CHANGE * self.change);
                if admissible(&proposal) {
                    sim.jump_to(&proposal);
                    self.jumped = true;
                    x = proposal;
                } else {
                    // Only a non-finite fit gets here (the limits keep volumes positive): start afresh.
                    self.anderson.reset();
                }
            }
        }
        self.x = Some(x);
        if finished || self.beats >= self.max_beats {
            self.result = Some(SteadyState {
                converged: self.change < self.tolerance,
                beats: self.beats,
                last_change: self.change,
                metrics: self.metrics.unwrap_or_default(),
            });
        }
        self.result
    }

    /// Runs to the end in one call.
    fn run_to_end(&mut self, sim: &mut Simulation) -> SteadyState {
        loop {
            if let Some(steady) = self.run(sim, u32::MAX) {
                return steady;
            }
        }
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
    activation_at_step: f64,
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

    /// A preset already run to its periodic steady state.
    pub fn settled(preset: Preset) -> Self {
        let mut sim = Self::new(preset);
        sim.steady_state(DEFAULT_STEADY_TOLERANCE, DEFAULT_MAX_STEADY_BEATS);
        sim
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
            activation_at_step: 0.0,
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
        self.activation_at_step = self.timing.activation(0.0);
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
        let signals = self.model.evaluate(self.activation_at_step, &y, &mut k1);
        let motor_current = match &self.pump_coefficients {
            Some(c) => motor_current_ma(c, self.pump_speed_krpm, signals.pump_pressure_rise_mmhg),
            None => 0.0,
        };
        let sample = Sample {
            time_s: self.time_s,
            beat_time_s: tc,
            activation: self.activation_at_step,
            state: self.state,
            signals,
            motor_current_ma: motor_current,
        };
        self.accumulator.observe(&sample);
        observer.on_sample(&sample);

        let system = BeatSystem {
            model: &self.model,
            timing: self.timing,
        };
        let activation_mid = system.forcing(tc + 0.5 * dt);
        let activation_end = system.forcing(tc + dt);
        rk4_step(&system, &mut y, &k1, activation_mid, activation_end, dt);
        if y.iter().all(|x| x.is_finite()) {
            self.state = State::from_array(&y);
        } else {
            // Never expected inside the documented control ranges (property tests check it); keep the
            // simulation alive by returning to the last good state: the start of this beat.
            self.non_finite_restores += 1;
            self.state = self.beat_start_state;
        }
        self.activation_at_step = activation_end;
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

    /// Run whole beats until the state at the end of a beat changes by less than `tolerance` (ml, ml/s and
    /// the baroreflex state's mmHg, each slow arm's change weighed by its time constant over the sensing
    /// filter's) from the previous beat, or until `max_beats`.
    pub fn steady_state(&mut self, tolerance: f64, max_beats: u32) -> SteadyState {
        self.steady_state_with(tolerance, max_beats, &mut ())
    }

    /// [`Simulation::steady_state`] with an observer.
    pub fn steady_state_with<O: Observer>(
        &mut self,
        tolerance: f64,
        max_beats: u32,
        observer: &mut O,
    ) -> SteadyState {
        // Finish a partly run beat so comparisons are beat-end to beat-end.
        let mut metrics = if self.step_in_beat > 0 {
            Some(self.step_beat(observer))
        } else {
            None
        };
        let mut previous = (self.state, self.reflex);
        let mut beats = 0;
        let mut change = f64::INFINITY;
        while beats < max_beats.max(1) {
            metrics = Some(self.step_beat(observer));
            beats += 1;
            change = self
                .state
                .max_abs_difference(&previous.0)
                .max(self.reflex_difference(&previous.1));
            previous = (self.state, self.reflex);
            if change < tolerance {
                break;
            }
        }
        SteadyState {
            converged: change < tolerance,
            beats,
            last_change: change,
            metrics: metrics.unwrap_or_default(),
        }
    }

    /// [`Simulation::steady_state`] with the beat-to-beat map accelerated (used by
    /// [`Simulation::p_level_sweep`]; [`Simulation::steady_state`] itself runs plain beats only).
    ///
    /// The state at the end of a beat is a function of the state (and baroreflex state) at its start, and the
    /// periodic steady state is that map's fixed point. After every real beat, Anderson acceleration fits the
    /// last few beats and proposes a start for the next beat nearer the fixed point; the state and reflex
    /// pressure jump there between beats. The stopping rule is [`Simulation::steady_state`]'s, always on a
    /// real beat: |Δstate| over one beat (ml, ml/s and the reflex state's mmHg) below `tolerance`; the returned metrics
    /// are that beat's and the simulation is left at its end. `beats` counts the beats run (time and beat
    /// count advance by those alone).
    ///
    /// Safeguards: a jump keeps the exact total blood volume, is at most ten times the last beat's change,
    /// moves no compartment's volume by more than a quarter, and is used only when finite with every volume
    /// non-negative. If the beat after a jump changes the state by more than four times the smallest change
    /// so far, any volume went negative during it, or the integrator had to restore a non-finite state,
    /// settling returns to the end of the best beat so far and goes on with plain beats. (There is no
    /// observer variant: such a rejected beat is not meant to be seen.)
    ///
    /// Needs about a third of [`Simulation::steady_state`]'s beats from a cold start and ends about as near
    /// the periodic steady state. One difference: where plain beats never settle because the beat-to-beat
    /// dynamics oscillate (e.g. a baroreflex oscillation at a slow heart rate), this can still find the
    /// (unstable) periodic solution in the middle of the oscillation and report it as converged.
    pub fn steady_state_accelerated(&mut self, tolerance: f64, max_beats: u32) -> SteadyState {
        self.settle_accelerated(tolerance, max_beats, &mut Anderson::new())
    }

    /// [`Simulation::steady_state_accelerated`] with the acceleration's memory passed in, so a sweep can
    /// carry what it learnt about the map from one P-level to the next.
    fn settle_accelerated(
        &mut self,
        tolerance: f64,
        max_beats: u32,
        anderson: &mut Anderson<MAP_LEN, ACCELERATION_DEPTH>,
    ) -> SteadyState {
        let mut settling = AcceleratedSettling::with_memory(tolerance, max_beats, *anderson);
        let steady = settling.run_to_end(self);
        *anderson = settling.anderson;
        steady
    }

    /// Largest difference of the reflex state from `other`, mmHg, each arm weighed by its settling weight
    /// (see [`crate::baroreflex::BaroreflexParams::settling_weights`]).
    fn reflex_difference(&self, other: &ReflexState) -> f64 {
        let weights = self.params.baroreflex.settling_weights();
        self.reflex
            .to_array()
            .iter()
            .zip(other.to_array().iter())
            .zip(weights.iter())
            .map(|((x, y), w)| w * (x - y).abs())
            .fold(0.0, f64::max)
    }

    /// The point of the beat-to-beat map: the state, then the baroreflex state (each arm weighed by its
    /// settling weight, so the map point's per-beat change is the steady-state criterion).
    fn map_point(&self) -> [f64; MAP_LEN] {
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
    fn jump_to(&mut self, x: &[f64; MAP_LEN]) {
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

    /// Steady-state metrics at every P-level (0 … 9) of `device` for the current heart, warm-started: the
    /// levels above the current one are visited upward from the current state, the ones below downward.
    /// The simulation itself is not changed. With [`Device::None`] the current device is used; if there
    /// is none either, the CP-class device is.
    ///
    /// Each level settles with [`Simulation::steady_state_accelerated`] (same stopping rule as
    /// [`Simulation::steady_state`], checked on a real beat; `max_beats_per_level` real beats at most), and
    /// starts from a prediction: the steady states of the two levels before it, extrapolated linearly in
    /// pump speed² (the pump's pressure head). What the acceleration learnt about the beat-to-beat map is
    /// carried from level to level. The longer side of the start level is swept first, and the shorter side
    /// starts from what it learnt next to the start level.
    pub fn p_level_sweep(
        &self,
        device: Device,
        tolerance: f64,
        max_beats_per_level: u32,
    ) -> Vec<SweepPoint> {
        let device = match (device, self.params.device) {
            (Device::None, Device::None) => Device::ImpellaCp,
            (Device::None, current) => current,
            (chosen, _) => chosen,
        };
        let start_level = if device == self.params.device {
            self.params.p_level
        } else {
            0
        };
        let mut start = SweepPass::new(self.clone());
        start.sim.set_control(Control::Device(device));
        let mut points = Vec::with_capacity(usize::from(MAX_P_LEVEL) + 1);
        points.push(start.settle(start_level, tolerance, max_beats_per_level));
        let below = start_level;
        let above = MAX_P_LEVEL - start_level;
        let mut first = start.clone();
        let mut second = start;
        let downward_first = below >= above;
        let mut first_levels = LevelRange::new(start_level, downward_first);
        // What the first pass learnt next to the start level, for the second pass.
        if let Some(level) = first_levels.next() {
            points.push(first.settle(level, tolerance, max_beats_per_level));
            second.learn_from(&first);
        }
        for level in first_levels {
            points.push(first.settle(level, tolerance, max_beats_per_level));
        }
        for level in LevelRange::new(start_level, !downward_first) {
            points.push(second.settle(level, tolerance, max_beats_per_level));
        }
        points.sort_by_key(|p| p.p_level);
        points
    }

    /// The pump's pressure head scale at the current level, speed² (krpm²): what a sweep extrapolates over.
    fn head_scale(&self) -> f64 {
        let speed = self.params.device.speed_krpm(self.params.p_level);
        speed * speed
    }

    /// [`Simulation::p_level_sweep`] for the current device with MODEL.md's tolerance and the default beat cap.
    pub fn p_level_sweep_default(&self) -> Vec<SweepPoint> {
        self.p_level_sweep(
            Device::None,
            DEFAULT_STEADY_TOLERANCE,
            DEFAULT_MAX_STEADY_BEATS,
        )
    }
}

/// The P-levels on one side of `start`, nearest first.
#[derive(Clone, Debug)]
struct LevelRange {
    next: Option<u8>,
    downward: bool,
}

impl LevelRange {
    fn new(start: u8, downward: bool) -> Self {
        let next = if downward {
            start.checked_sub(1)
        } else {
            (start < MAX_P_LEVEL).then_some(start + 1)
        };
        Self { next, downward }
    }
}

impl Iterator for LevelRange {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        let level = self.next?;
        self.next = if self.downward {
            level.checked_sub(1)
        } else {
            (level < MAX_P_LEVEL).then_some(level + 1)
        };
        Some(level)
    }
}

/// One direction of a P-level sweep: the simulation, the steady states of the last two levels settled
/// (pump head scale and map point, nearest last) and the acceleration's memory.
#[derive(Clone, Debug)]
struct SweepPass {
    sim: Simulation,
    previous: Option<(f64, [f64; MAP_LEN])>,
    last: Option<(f64, [f64; MAP_LEN])>,
    anderson: Anderson<MAP_LEN, ACCELERATION_DEPTH>,
}

impl SweepPass {
    fn new(sim: Simulation) -> Self {
        Self {
            sim,
            previous: None,
            last: None,
            anderson: Anderson::new(),
        }
    }

    /// Settle `level`, starting from the extrapolated steady state when two levels are known.
    fn settle(&mut self, level: u8, tolerance: f64, max_beats: u32) -> SweepPoint {
        self.sim.set_control(Control::PLevel(level));
        let head = self.sim.head_scale();
        if let (Some(guess), 0) = (self.predict(head), self.sim.step_in_beat) {
            let current = self.sim.map_point();
            let mut start = guess;
            limit_jump(&mut start, &current, f64::INFINITY);
            if admissible(&start) {
                self.sim.jump_to(&start);
            }
        }
        self.anderson.new_map();
        let steady = self
            .sim
            .settle_accelerated(tolerance, max_beats, &mut self.anderson);
        self.previous = self.last;
        self.last = Some((head, self.sim.map_point()));
        SweepPoint {
            p_level: level,
            steady,
        }
    }

    /// Linear extrapolation of the steady state to `head` from the last two levels (weights summing to one,
    /// so the total blood volume is kept up to rounding).
    fn predict(&self, head: f64) -> Option<[f64; MAP_LEN]> {
        let ((h0, x0), (h1, x1)) = (self.previous?, self.last?);
        let t = (head - h1) / (h1 - h0);
        if !t.is_finite() {
            return None;
        }
        let mut out = [0.0; MAP_LEN];
        for ((o, a), b) in out.iter_mut().zip(x0.iter()).zip(x1.iter()) {
            *o = b + t * (b - a);
        }
        Some(out)
    }

    /// Take over what `other` (a pass from the same start level) has learnt: its acceleration memory and its
    /// steady state, so this pass extrapolates through the start level from the other side.
    fn learn_from(&mut self, other: &SweepPass) {
        self.anderson = other.anderson;
        self.previous = other.last;
    }
}

/// Smallest volume in the samples of a beat (settling with acceleration rejects a beat that went negative).
struct VolumeWatch {
    min_volume_ml: f64,
}

impl VolumeWatch {
    fn new() -> Self {
        Self {
            min_volume_ml: f64::INFINITY,
        }
    }
}

impl Observer for VolumeWatch {
    #[inline]
    fn on_sample(&mut self, sample: &Sample) {
        self.min_volume_ml = self.min_volume_ml.min(sample.state.min_volume_ml());
    }
}

/// Largest componentwise difference of two map points: the steady-state criterion.
fn max_abs_difference(a: &[f64; MAP_LEN], b: &[f64; MAP_LEN]) -> f64 {
    a.iter()
        .zip(b.iter())
        .map(|(x, y)| (x - y).abs())
        .fold(0.0, f64::max)
}

/// Make the jump from `from` to `proposal` safe: shorten it (same direction) to at most `max_length` and so
/// that no compartment's volume changes by more than [`MAX_JUMP_VOLUME_FRACTION`] of it, then give it
/// exactly the total blood volume of `from` (the jump's volume changes sum to zero up to rounding, since the
/// proposal is an affine combination of equal-volume states; the rounding goes to the systemic veins, the
/// largest pool).
fn limit_jump(proposal: &mut [f64; MAP_LEN], from: &[f64; MAP_LEN], max_length: f64) {
    let mut scale: f64 = 1.0;
    let length = max_abs_difference(proposal, from);
    if length > max_length {
        scale = max_length / length;
    }
    for i in 0..VOLUMES {
        let step = (proposal[i] - from[i]).abs();
        if step > 0.0 {
            scale = scale.min(MAX_JUMP_VOLUME_FRACTION * from[i].max(0.0) / step);
        }
    }
    if scale < 1.0 {
        for i in 0..MAP_LEN {
            proposal[i] = from[i] + scale * (proposal[i] - from[i]);
        }
    }
    let total = |v: &[f64; MAP_LEN]| v[..VOLUMES].iter().sum::<f64>();
    proposal[SYSTEMIC_VEINS] += total(from) - total(proposal);
}

/// A proposed start is usable when it is finite with every volume non-negative.
fn admissible(x: &[f64; MAP_LEN]) -> bool {
    x.iter().all(|v| v.is_finite()) && x[..VOLUMES].iter().all(|&v| v >= 0.0)
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
