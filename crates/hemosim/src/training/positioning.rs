//! Positioning practice: move the catheter in 0.5 cm steps, read the console (placement waveform, motor
//! current), decide where the pump is and what to do. Truth comes from the model.

use crate::console::PlacementWaveform;
use crate::controls::Control;
use crate::observer::{Recorder, WavePoint};
use crate::presets::Preset;
use crate::pump::{Device, PositionClass};
use crate::simulation::Simulation;
use crate::training::rng::SplitMix64;
use crate::training::scenario::POSITION_STEP_CM;

/// The trainee's call about where the pump is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PositionCall {
    /// Inlet in the ventricle, outlet in the aorta.
    Correct,
    /// Too deep: the whole pump in the ventricle.
    TooDeep,
    /// Too far out: the whole pump in the aorta.
    TooFarOut,
    /// The console cannot tell: the heart's own pulsatility is too low; confirm with imaging.
    Unknown,
}

impl PositionCall {
    /// Every call, in button order.
    pub const ALL: [PositionCall; 4] = [
        PositionCall::Correct,
        PositionCall::TooDeep,
        PositionCall::TooFarOut,
        PositionCall::Unknown,
    ];

    /// Message key of the call's label.
    pub fn key(self) -> &'static str {
        match self {
            PositionCall::Correct => "pos-call-correct",
            PositionCall::TooDeep => "pos-call-too-deep",
            PositionCall::TooFarOut => "pos-call-too-far-out",
            PositionCall::Unknown => "pos-call-unknown",
        }
    }

    /// Message key of what to do for this finding (FACTS.md "Alarms and actions").
    pub fn action_key(self) -> &'static str {
        match self {
            PositionCall::Correct => "pos-do-correct",
            PositionCall::TooDeep => "pos-do-too-deep",
            PositionCall::TooFarOut => "pos-do-too-far-out",
            PositionCall::Unknown => "pos-do-unknown",
        }
    }
}

/// One round: a patient with the pump somewhere.
#[derive(Clone, Debug)]
pub struct PositioningRound {
    sim: Simulation,
    weak_heart: bool,
    recorder: Recorder,
}

/// P-level of the positioning rounds: P-2, the level for moving the pump (FACTS.md).
pub const POSITIONING_LEVEL: u8 = 2;

impl PositioningRound {
    /// A round with the inlet at `depth_cm`; `weak_heart` makes pulsatility too low to judge.
    pub fn new(depth_cm: f64, weak_heart: bool) -> Self {
        let mut sim = Simulation::new(Preset::CardiogenicShock);
        sim.set_control(Control::Device(Device::ImpellaCp));
        sim.set_control(Control::PLevel(POSITIONING_LEVEL));
        sim.set_control(Control::PositionCm(depth_cm));
        if weak_heart {
            // A very weak heart (illustrative): too little pulsatility for the placement signal.
            sim.set_control(Control::LvContractility(0.25));
        }
        sim.steady_state(0.5, 150);
        let mut recorder = Recorder::new(3.0, 0.01);
        sim.run_beats(3, &mut recorder);
        Self {
            sim,
            weak_heart,
            recorder,
        }
    }

    /// The last two seconds of waveforms (for the console's traces).
    pub fn trace(&self) -> Vec<WavePoint> {
        self.recorder.last_seconds(2.0).copied().collect()
    }

    /// Inlet depth below the aortic annulus, cm.
    pub fn depth_cm(&self) -> f64 {
        self.sim.controls().position_cm
    }

    /// The simulation (for the console and the picture).
    pub fn simulation(&self) -> &Simulation {
        &self.sim
    }

    /// Moves the catheter one step (advance = deeper) and lets the model settle.
    pub fn step(&mut self, advance: bool) {
        let d = self.depth_cm();
        let step = if advance {
            POSITION_STEP_CM
        } else {
            -POSITION_STEP_CM
        };
        self.sim.set_control(Control::PositionCm(d + step));
        self.sim.run_beats(12, &mut self.recorder);
    }

    /// The right call for what the console shows now.
    pub fn truth(&self) -> PositionCall {
        let waveform = self.sim.console().map(|c| c.placement_waveform);
        if waveform == Some(PlacementWaveform::Unknown) || self.weak_heart {
            return PositionCall::Unknown;
        }
        match self.sim.parameters().placement().class() {
            PositionClass::Correct => PositionCall::Correct,
            PositionClass::TooDeep => PositionCall::TooDeep,
            PositionClass::TooFarOut => PositionCall::TooFarOut,
        }
    }
}

/// A short series of rounds drawn from a seed, covering correct, too deep, too far out and unknown.
#[derive(Clone, Debug)]
pub struct PositioningDrill {
    rounds: Vec<(f64, bool)>,
    index: usize,
    current: PositioningRound,
    right: u32,
    answered: u32,
}

impl PositioningDrill {
    /// A drill of four rounds in a seeded order.
    pub fn new(seed: u64) -> Self {
        let mut rng = SplitMix64::new(seed);
        let mut rounds = vec![
            (rng.step_value(2.5, POSITION_STEP_CM, 3), false),
            (rng.step_value(6.0, POSITION_STEP_CM, 4), false),
            (rng.step_value(-2.0, POSITION_STEP_CM, 3), false),
            (3.5, true),
        ];
        for i in (1..rounds.len()).rev() {
            let j = rng.index(i + 1);
            rounds.swap(i, j);
        }
        let current = PositioningRound::new(rounds[0].0, rounds[0].1);
        Self {
            rounds,
            index: 0,
            current,
            right: 0,
            answered: 0,
        }
    }

    /// The round being played.
    pub fn round(&self) -> &PositioningRound {
        &self.current
    }

    /// The round being played, to move the catheter.
    pub fn round_mut(&mut self) -> &mut PositioningRound {
        &mut self.current
    }

    /// Round number (0-based) and total.
    pub fn progress(&self) -> (usize, usize) {
        (self.index, self.rounds.len())
    }

    /// True when every round has been answered.
    pub fn finished(&self) -> bool {
        self.answered as usize >= self.rounds.len()
    }

    /// Makes a call for the current round; returns whether it was right and the right call.
    pub fn call(&mut self, call: PositionCall) -> (bool, PositionCall) {
        let truth = self.current.truth();
        let right = call == truth;
        if !self.finished() {
            self.answered += 1;
            if right {
                self.right += 1;
            }
        }
        (right, truth)
    }

    /// Moves to the next round (after a call).
    pub fn next_round(&mut self) {
        if self.index + 1 < self.rounds.len() {
            self.index += 1;
            let (d, weak) = self.rounds[self.index];
            self.current = PositioningRound::new(d, weak);
        }
    }

    /// Right calls out of those made.
    pub fn score(&self) -> (u32, u32) {
        (self.right, self.answered)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_round_reads_as_the_facts_say() {
        assert_eq!(
            PositioningRound::new(3.5, false).truth(),
            PositionCall::Correct
        );
        assert_eq!(
            PositioningRound::new(6.5, false).truth(),
            PositionCall::TooDeep
        );
        assert_eq!(
            PositioningRound::new(-1.0, false).truth(),
            PositionCall::TooFarOut
        );
        let weak = PositioningRound::new(3.5, true);
        assert_eq!(
            weak.simulation().console().map(|c| c.placement_waveform),
            Some(PlacementWaveform::Unknown)
        );
    }

    #[test]
    fn pulling_back_from_too_deep_reaches_the_aortic_waveform() {
        let mut r = PositioningRound::new(6.0, false);
        assert_eq!(r.truth(), PositionCall::TooDeep);
        for _ in 0..5 {
            r.step(false);
        }
        assert_eq!(r.truth(), PositionCall::Correct);
        let c = r.simulation().console().expect("console");
        assert_eq!(c.placement_waveform, PlacementWaveform::Aortic);
        assert!(c.motor_current_pulsatile);
    }

    #[test]
    fn a_drill_covers_all_four_findings() {
        let mut d = PositioningDrill::new(5);
        let mut seen = Vec::new();
        while !d.finished() {
            let truth = d.round().truth();
            seen.push(truth);
            assert_eq!(d.call(truth), (true, truth));
            d.next_round();
        }
        for c in PositionCall::ALL {
            assert!(seen.contains(&c), "{c:?} missing from {seen:?}");
        }
        assert_eq!(d.score(), (4, 4));
    }
}
