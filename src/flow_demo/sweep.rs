//! The P-level response curve: for one heart and device, the steady state at every P-level the demo offers,
//! computed a few beats at a time (one call a frame) on a copy of the simulation, each level warm-started
//! from the one before.

use hemosim::{
    AcceleratedSettling, Control, Device, Simulation, SteadyState, DEFAULT_STEADY_TOLERANCE,
};

use super::choices::{MAX_P_LEVEL, MIN_P_LEVEL};

/// Beats the response sweep allows one P-level to settle (warm-started from the previous level).
pub(super) const SWEEP_MAX_BEATS: u32 = 60;
/// Beats of one accelerated settling attempt at a level; a level still unsettled after it starts a fresh
/// attempt (a level usually settles in 6–7 beats, in the first attempt).
pub(super) const SWEEP_ATTEMPT_BEATS: u32 = 8;
/// Beats of sweep work done in one call (one animation frame): a beat costs about 1.5 ms at phone speed, and
/// a frame must stay a short task.
const SWEEP_BEATS_PER_STEP: u32 = 4;

/// The P-level response curve, filled in a few beats at a time by [`Sweep::step`].
#[derive(Clone, Debug, Default)]
pub(super) struct Sweep {
    device: Option<Device>,
    runner: Option<Simulation>,
    next_level: u8,
    /// The current attempt at settling `next_level`.
    settling: Option<AcceleratedSettling>,
    beats_on_level: u32,
    points: Vec<(u8, SteadyState)>,
}

impl Sweep {
    /// A curve for `device` in the heart `sim` holds, starting at the lowest level.
    fn start(sim: &Simulation, device: Device) -> Self {
        let mut runner = sim.clone();
        runner.set_control(Control::Device(device));
        runner.set_control(Control::PLevel(MIN_P_LEVEL));
        Sweep {
            device: Some(device),
            runner: Some(runner),
            next_level: MIN_P_LEVEL,
            settling: None,
            beats_on_level: 0,
            points: Vec::with_capacity(usize::from(MAX_P_LEVEL)),
        }
    }

    /// Does one frame's share of the curve for `device` in the heart `sim` holds (starting afresh if the curve
    /// was for another device): a few beats towards the next P-level's steady state. Returns true when it
    /// added a point; false while a level is still settling and once the curve is complete.
    pub(super) fn step(&mut self, sim: &Simulation, device: Device) -> bool {
        if self.device != Some(device) || self.runner.is_none() {
            *self = Sweep::start(sim, device);
        }
        if self.next_level > MAX_P_LEVEL {
            return false;
        }
        let level = self.next_level;
        let Some(runner) = self.runner.as_mut() else {
            return false;
        };
        let settling = self.settling.get_or_insert_with(|| {
            AcceleratedSettling::new(DEFAULT_STEADY_TOLERANCE, SWEEP_ATTEMPT_BEATS)
        });
        let Some(steady) = settling.run(runner, SWEEP_BEATS_PER_STEP) else {
            return false;
        };
        self.settling = None;
        self.beats_on_level += steady.beats;
        if !steady.converged && self.beats_on_level < SWEEP_MAX_BEATS {
            return false;
        }
        self.points.push((level, steady));
        self.next_level += 1;
        self.beats_on_level = 0;
        if self.next_level <= MAX_P_LEVEL {
            runner.set_control(Control::PLevel(self.next_level));
        }
        true
    }

    /// The curve so far: (P-level, steady state) for each computed level.
    pub(super) fn points(&self) -> &[(u8, SteadyState)] {
        &self.points
    }

    /// Whether the curve covers every level for `device`.
    pub(super) fn complete_for(&self, device: Device) -> bool {
        self.device == Some(device) && self.next_level > MAX_P_LEVEL
    }
}
