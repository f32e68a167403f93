//! A running case: the patient on the pump (the simulation and its recorder), what the trainee has done so far,
//! and the bedside facts the model has no parts for (the purge kink, a pump that will not restart, the ACT,
//! plasma-free haemoglobin). With the small rules several scenarios share: changing the P-level, a fluid
//! bolus, moving the catheter, checking the position, the console as the trainee sees it.

use super::actions::{Judgement, Reason, Verdict};
use crate::console::ConsoleReadings;
use crate::controls::Control;
use crate::metrics::BeatMetrics;
use crate::observer::Recorder;
use crate::presets::CORRECT_DEPTH_CM;
use crate::pump::{Device, PositionClass, PURGE_PRESSURE_ALARM_MMHG};
use crate::simulation::Simulation;
use crate::training::haemolysis::{injury_rate_mg_dl_per_h, HaemolysisTrend};
use crate::training::rng::SplitMix64;

/// Catheter step of the positioning buttons, cm.
pub const POSITION_STEP_CM: f64 = 0.5;
/// Blood volume given by one simulated fluid bolus, ml (a simulation setting, not a dosing recommendation).
pub const FLUID_BOLUS_ML: f64 = 250.0;
/// Inlet depths the scenarios accept as "about 3.5 cm below the annulus" (FACTS.md), cm.
pub const TARGET_DEPTH_RANGE_CM: (f64, f64) = (2.5, 4.5);
/// Lowest P-level allowed while the pump is in the ventricle (FACTS.md: stay ≥ P-2).
pub const MIN_LEVEL_IN_VENTRICLE: u8 = 2;
/// The target inlet depth the scenarios teach, cm (FACTS.md).
pub const TARGET_DEPTH_CM: f64 = CORRECT_DEPTH_CM;

/// Why the purge pressure is high in the purge scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum PurgeCause {
    /// A kinked purge line.
    Kink,
    /// Purge fluid with too much dextrose.
    ThickDextrose,
}

/// The patient, the trainee's record and the bedside facts of one running scenario.
#[derive(Clone, Debug)]
pub(super) struct Case {
    /// The patient on the pump.
    pub sim: Simulation,
    /// The last few seconds of waveforms.
    pub recorder: Recorder,
    /// P-level once the patient had settled, before any fault: where a suction response returns to.
    pub previous_p_level: u8,
    /// The last beat of the scenario's start moment, what the trainee first saw (set by the engine once the
    /// patient has settled with its fault): what a rule compares "has it fallen" with.
    pub metrics_at_start: BeatMetrics,

    // What the trainee has done.
    /// The position was checked with imaging.
    pub imaging_checked: bool,
    /// The P-level was reduced for suction.
    pub reduced: bool,
    /// Fluid boluses given.
    pub fluid_given: u32,
    /// The right ventricle was assessed.
    pub rv_assessed: bool,
    /// Right-heart failure was treated.
    pub rv_supported: bool,
    /// The purge tubing was checked.
    pub tubing_checked: bool,
    /// A restart of the stopped pump was tried.
    pub restart_tried: bool,
    /// The ACT was checked.
    pub act_checked: bool,
    /// The pump was pulled into the aorta to be removed.
    pub in_aorta_for_removal: bool,

    // Bedside facts the model has no parts for.
    /// Why the purge pressure is high, if the scenario makes it so.
    pub purge_cause: PurgeCause,
    /// Extra purge pressure from a kinked line, mmHg.
    pub kink_extra_mmhg: f64,
    /// The pump has stopped and not been restarted.
    pub pump_failed: bool,
    /// Whether a restart of a stopped pump would work.
    pub restart_works: bool,
    /// Activated clotting time, s.
    pub act_s: f64,
    /// Plasma-free haemoglobin the patient was drawn with, mg/dL.
    pub start_free_hb_mg_dl: f64,
    /// Plasma-free haemoglobin samples.
    pub haemolysis: HaemolysisTrend,
    /// The pump has been taken out.
    pub removed: bool,
    /// A bleeding complication was caused (removal with ACT too high).
    pub bleeding: bool,
    /// The access site is bleeding (the groin-bleeding scenario) and no pressure is on it yet.
    pub site_bleeding: bool,
    /// Mean arterial pressure before the site began to bleed, mmHg.
    pub map_before_bleed_mmhg: f64,
}

impl Case {
    /// The settled patient with the bedside facts drawn from `rng`. Every patient draws the same facts in the
    /// same order, whether or not its scenario uses them, so a seed keeps its patient.
    pub fn new(sim: Simulation, rng: &mut SplitMix64) -> Self {
        let purge_cause = if rng.index(2) == 0 {
            PurgeCause::Kink
        } else {
            PurgeCause::ThickDextrose
        };
        // FACTS.md: ~160–180 s on support.
        let act_s = rng.range(160.0, 180.0).round();
        let start_free_hb_mg_dl = rng.range(46.0, 52.0);
        let restart_works = rng.index(3) != 0;
        Self {
            previous_p_level: sim.controls().p_level,
            metrics_at_start: BeatMetrics::default(),
            sim,
            recorder: Recorder::new(4.0, 0.01),
            imaging_checked: false,
            reduced: false,
            fluid_given: 0,
            rv_assessed: false,
            rv_supported: false,
            tubing_checked: false,
            restart_tried: false,
            act_checked: false,
            in_aorta_for_removal: false,
            purge_cause,
            kink_extra_mmhg: 0.0,
            pump_failed: false,
            restart_works,
            act_s,
            start_free_hb_mg_dl,
            haemolysis: HaemolysisTrend::new(12.0, vec![]),
            removed: false,
            bleeding: false,
            site_bleeding: false,
            map_before_bleed_mmhg: 0.0,
        }
    }

    /// Metrics of the last beat.
    pub fn metrics(&self) -> BeatMetrics {
        *self
            .sim
            .last_beat_metrics()
            .expect("a scenario has always run at least one beat")
    }

    /// The P-level.
    pub fn level(&self) -> u8 {
        self.sim.controls().p_level
    }

    /// Sets the P-level (at most P-9).
    pub fn set_level(&mut self, level: u8) {
        self.sim.set_control(Control::PLevel(level.min(9)));
    }

    /// Lowers the P-level by `by`, not below P-2 (the pump is in the ventricle); returns the new level.
    pub fn lower_level(&mut self, by: u8) -> u8 {
        let to = self.level().saturating_sub(by).max(MIN_LEVEL_IN_VENTRICLE);
        self.set_level(to);
        to
    }

    /// Whether the last beat showed suction.
    pub fn suction_now(&self) -> bool {
        self.metrics().suction
    }

    /// Where the pump sits.
    pub fn position_class(&self) -> PositionClass {
        self.sim.parameters().placement().class()
    }

    /// Whether the inlet depth is in [`TARGET_DEPTH_RANGE_CM`].
    pub fn depth_on_target(&self) -> bool {
        let d = self.sim.controls().position_cm;
        (TARGET_DEPTH_RANGE_CM.0 - 1e-9..=TARGET_DEPTH_RANGE_CM.1 + 1e-9).contains(&d)
    }

    /// Checks the position with imaging: always a good step where the menu offers it.
    pub fn check_imaging(&mut self) -> Judgement {
        self.imaging_checked = true;
        (Verdict::Good, Reason::ImagingGood, None)
    }

    /// Gives a simulated fluid bolus of [`FLUID_BOLUS_ML`].
    pub fn give_fluid(&mut self) {
        self.fluid_given += 1;
        let v = self.sim.controls().blood_volume_ml;
        self.sim
            .set_control(Control::BloodVolume(v + FLUID_BOLUS_ML));
    }

    /// Moves the catheter one [`POSITION_STEP_CM`] in (`advance`) or out.
    pub fn move_catheter(&mut self, advance: bool) {
        let d = self.sim.controls().position_cm;
        let step = if advance {
            POSITION_STEP_CM
        } else {
            -POSITION_STEP_CM
        };
        self.sim.set_control(Control::PositionCm(d + step));
    }

    /// The console as the trainee sees it (the model's readings plus scenario-only purge kink); `None` when no
    /// microaxial pump is in the patient (taken out, or not yet placed).
    pub fn console(&self) -> Option<ConsoleReadings> {
        if self.removed || self.sim.controls().device == Device::None {
            return None;
        }
        let mut c = self.sim.console()?;
        c.purge_pressure_mmhg += self.kink_extra_mmhg;
        c.alarms.purge_pressure_high = c.purge_pressure_mmhg > PURGE_PRESSURE_ALARM_MMHG;
        Some(c)
    }

    /// Current haemolysis injury rate from the model's state (illustrative rule).
    pub fn injury_rate(&self) -> f64 {
        let m = self.metrics();
        let c = self.sim.controls();
        let running = !self.removed && c.p_level > 0 && c.device != Device::None;
        injury_rate_mg_dl_per_h(
            m.suction,
            c.p_level,
            self.position_class() == PositionClass::Correct,
            running,
        )
    }
}
