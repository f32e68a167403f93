//! Settling to the periodic steady state: plain beats ([`Simulation::steady_state`]), or the beat-to-beat
//! map accelerated with Anderson's method ([`Simulation::steady_state_accelerated`], and
//! [`AcceleratedSettling`] for the same in pieces of a few beats), with the safeguards that keep a jump
//! physical.

use super::engine::{Simulation, MAP_LEN, SYSTEMIC_VEINS, VOLUMES};
use crate::acceleration::Anderson;
use crate::baroreflex::ReflexState;
use crate::metrics::BeatMetrics;
use crate::observer::{Observer, Sample};
use crate::presets::Preset;

/// Steady-state tolerance of MODEL.md's acceptance checks: |Δstate| per beat < 0.05 (ml, ml/s, mmHg).
pub const DEFAULT_STEADY_TOLERANCE: f64 = 0.05;
/// Default beat cap for the steady-state helper.
pub const DEFAULT_MAX_STEADY_BEATS: u32 = 400;
/// Beats Anderson acceleration remembers when settling.
pub(super) const ACCELERATION_DEPTH: usize = 4;
/// An accelerated jump has failed when the next real beat changes the state by more than this multiple of the
/// smallest change seen so far (Anderson's changes are not monotone, so a strict "grew" would stop it early).
const ACCELERATION_FAILURE_GROWTH: f64 = 4.0;
/// An accelerated jump is at most this multiple of the last real beat's change (ml, ml/s, mmHg).
const MAX_JUMP_PER_CHANGE: f64 = 10.0;
/// A jump may change any compartment's volume by at most this fraction of it.
const MAX_JUMP_VOLUME_FRACTION: f64 = 0.25;

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
                if sim.mid_beat() {
                    self.metrics = Some(sim.step_beat(&mut VolumeWatch::new()));
                }
                sim.map_point()
            }
        };
        let mut ran = 0;
        let mut finished = false;
        while self.beats < self.max_beats && ran < beats {
            let restores = sim.non_finite_restores();
            let mut watch = VolumeWatch::new();
            self.metrics = Some(sim.step_beat(&mut watch));
            self.beats += 1;
            ran += 1;
            let g = sim.map_point();
            self.change = max_abs_difference(&g, &x);
            let physical = sim.non_finite_restores() == restores
                && watch.min_volume_ml >= 0.0
                && admissible(&g);
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

impl Simulation {
    /// A preset already run to its periodic steady state.
    pub fn settled(preset: Preset) -> Self {
        let mut sim = Self::new(preset);
        sim.steady_state(DEFAULT_STEADY_TOLERANCE, DEFAULT_MAX_STEADY_BEATS);
        sim
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
        let mut metrics = if self.mid_beat() {
            Some(self.step_beat(observer))
        } else {
            None
        };
        let mut previous = (*self.state(), *self.reflex_state());
        let mut beats = 0;
        let mut change = f64::INFINITY;
        while beats < max_beats.max(1) {
            metrics = Some(self.step_beat(observer));
            beats += 1;
            change = self
                .state()
                .max_abs_difference(&previous.0)
                .max(self.reflex_difference(&previous.1));
            previous = (*self.state(), *self.reflex_state());
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
    pub(super) fn settle_accelerated(
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
        let weights = self.parameters().baroreflex.settling_weights();
        self.reflex_state()
            .to_array()
            .iter()
            .zip(other.to_array().iter())
            .zip(weights.iter())
            .map(|((x, y), w)| w * (x - y).abs())
            .fold(0.0, f64::max)
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
pub(super) fn limit_jump(proposal: &mut [f64; MAP_LEN], from: &[f64; MAP_LEN], max_length: f64) {
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
pub(super) fn admissible(x: &[f64; MAP_LEN]) -> bool {
    x.iter().all(|v| v.is_finite()) && x[..VOLUMES].iter().all(|&v| v >= 0.0)
}
