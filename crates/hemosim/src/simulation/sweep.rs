//! P-level response curves: the steady state at every P-level of a pump, warm-started level by level from
//! an extrapolation of the last two and carrying what the acceleration learnt about the beat-to-beat map.

use super::engine::{Simulation, MAP_LEN};
use super::settling::{
    admissible, limit_jump, SteadyState, ACCELERATION_DEPTH, DEFAULT_MAX_STEADY_BEATS,
    DEFAULT_STEADY_TOLERANCE,
};
use crate::acceleration::Anderson;
use crate::controls::Control;
use crate::pump::{Device, MAX_P_LEVEL};

/// One point of a P-level response curve.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SweepPoint {
    /// P-level.
    pub p_level: u8,
    /// Steady state reached at that level.
    pub steady: SteadyState,
}

impl Simulation {
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
        let current = self.parameters();
        let device = match (device, current.device) {
            (Device::None, Device::None) => Device::ImpellaCp,
            (Device::None, current) => current,
            (chosen, _) => chosen,
        };
        let start_level = if device == current.device {
            current.p_level
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
        let params = self.parameters();
        let speed = params.device.speed_krpm(params.p_level);
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
        if let (Some(guess), false) = (self.predict(head), self.sim.mid_beat()) {
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
