//! Alarm scenarios: a seeded patient on a pump, an alarm (or a task such as weaning), the trainee's actions
//! applied to the simulation, immediate feedback with the reason, and a debrief with the key moments.
//!
//! Correct actions follow FACTS.md "Alarms and actions", "Haemolysis", "Anticoagulation" and "Weaning". Every
//! consequence the trainee sees (flows, pressures, the placement signal, motor current, suction) comes from the
//! model; only the purge kink, the pump failing to restart, the ACT and plasma-free haemoglobin are scenario
//! state, because the model has no such parts.

use crate::console::ConsoleReadings;
use crate::controls::Control;
use crate::metrics::BeatMetrics;
use crate::observer::{Recorder, WavePoint};
use crate::presets::{Preset, CORRECT_DEPTH_CM};
use crate::pump::{Device, PositionClass, PURGE_PRESSURE_ALARM_MMHG};
use crate::simulation::Simulation;
use crate::training::haemolysis::{
    injury_rate_mg_dl_per_h, HaemolysisTrend, HAEMOLYSIS_THRESHOLD_MG_DL,
};
use crate::training::rng::SplitMix64;

/// Simulated seconds each action takes before its effect is read (the model runs this long).
pub const ACTION_SECONDS: f64 = 20.0;
/// Catheter step of the positioning buttons, cm.
pub const POSITION_STEP_CM: f64 = 0.5;
/// Blood volume given by one simulated fluid bolus, ml (a simulation setting, not a dosing recommendation).
pub const FLUID_BOLUS_ML: f64 = 250.0;
/// Inlet depths the scenarios accept as "about 3.5 cm below the annulus" (FACTS.md), cm.
pub const TARGET_DEPTH_RANGE_CM: (f64, f64) = (2.5, 4.5);
/// Cardiac index to keep while weaning, L/min/m² (FACTS.md "Weaning": keep CI > 2.2).
pub const WEANING_MIN_CI: f64 = 2.2;
/// ACT below which the pump may be removed, s (FACTS.md "Anticoagulation": < 150 s before removal).
pub const REMOVAL_MAX_ACT_S: f64 = 150.0;
/// Extra purge pressure of a kinked purge line in the purge scenario, mmHg (scenario state, illustrative).
pub const KINK_EXTRA_MMHG: f64 = 700.0;
/// Step of the "lower dextrose" action, percentage points (a simulation setting).
pub const DEXTROSE_STEP_PERCENT: f64 = 10.0;
/// Step of the "raise purge rate" action, ml/h (a simulation setting).
pub const PURGE_RATE_STEP_ML_H: f64 = 4.0;
/// Lowest P-level allowed while the pump is in the ventricle (FACTS.md: stay ≥ P-2).
pub const MIN_LEVEL_IN_VENTRICLE: u8 = 2;

/// The alarm scenarios of the practice room.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ScenarioKind {
    /// Suction from low blood volume.
    SuctionLowVolume,
    /// Suction from right-heart failure.
    SuctionRightHeart,
    /// "Position in ventricle": the whole pump has slipped into the ventricle.
    PositionInVentricle,
    /// "Position wrong": the whole pump sits in the aorta.
    PositionInAorta,
    /// Purge pressure high ("Purge Flow Low").
    PurgePressureHigh,
    /// The pump has stopped across the aortic valve.
    PumpStopped,
    /// Rising plasma-free haemoglobin.
    Haemolysis,
    /// Weaning by 2 P-levels at a time.
    Weaning,
    /// The removal sequence.
    Removal,
}

impl ScenarioKind {
    /// Every scenario, in menu order.
    pub const ALL: [ScenarioKind; 9] = [
        ScenarioKind::SuctionLowVolume,
        ScenarioKind::SuctionRightHeart,
        ScenarioKind::PositionInVentricle,
        ScenarioKind::PositionInAorta,
        ScenarioKind::PurgePressureHigh,
        ScenarioKind::PumpStopped,
        ScenarioKind::Haemolysis,
        ScenarioKind::Weaning,
        ScenarioKind::Removal,
    ];

    /// Stable name used in links and in the progress record.
    pub fn slug(self) -> &'static str {
        match self {
            ScenarioKind::SuctionLowVolume => "suction-low-volume",
            ScenarioKind::SuctionRightHeart => "suction-right-heart",
            ScenarioKind::PositionInVentricle => "position-in-ventricle",
            ScenarioKind::PositionInAorta => "position-in-aorta",
            ScenarioKind::PurgePressureHigh => "purge-pressure-high",
            ScenarioKind::PumpStopped => "pump-stopped",
            ScenarioKind::Haemolysis => "haemolysis",
            ScenarioKind::Weaning => "weaning",
            ScenarioKind::Removal => "removal",
        }
    }

    /// The scenario with this slug.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.slug() == slug)
    }

    /// The actions a trainee is offered in this scenario (the same plausible menu for right and wrong choices).
    pub fn menu(self) -> &'static [Action] {
        use Action::*;
        match self {
            ScenarioKind::SuctionLowVolume | ScenarioKind::SuctionRightHeart => &[
                PLevelDown,
                PLevelDownTwo,
                PLevelUp,
                GiveFluid,
                CheckPositionImaging,
                AssessRightHeart,
                SupportRightHeart,
                PullBack,
                Advance,
                Wait,
            ],
            ScenarioKind::PositionInVentricle | ScenarioKind::PositionInAorta => &[
                CheckPositionImaging,
                SetP2,
                PLevelUp,
                PLevelDown,
                PullBack,
                Advance,
                GiveFluid,
                Wait,
            ],
            ScenarioKind::PurgePressureHigh => &[
                CheckPurgeTubing,
                LowerDextrose,
                RaisePurgeRate,
                ReplaceCassette,
                PLevelDown,
                Wait,
            ],
            ScenarioKind::PumpStopped => {
                &[RestartPump, PLevelUp, RemoveFromVentricle, GiveFluid, Wait]
            }
            ScenarioKind::Haemolysis => &[
                SendBloodSample,
                CheckPositionImaging,
                GiveFluid,
                PLevelDown,
                PLevelUp,
                Wait,
            ],
            ScenarioKind::Weaning => &[PLevelDownTwo, PLevelDown, PLevelUp, SetP0, Wait],
            ScenarioKind::Removal => &[
                CheckAct,
                WaitForAct,
                PullIntoAorta,
                StopAndRemove,
                SetP0,
                PLevelUp,
            ],
        }
    }

    /// The correct actions, in order, as [`Reason`]-style message keys for the debrief.
    pub fn correct_steps(self) -> &'static [&'static str] {
        match self {
            ScenarioKind::SuctionLowVolume => &[
                "tr-step-suction-volume",
                "tr-step-suction-reduce",
                "tr-step-suction-position",
                "tr-step-suction-rv",
                "tr-step-suction-return",
            ],
            ScenarioKind::SuctionRightHeart => &[
                "tr-step-suction-volume",
                "tr-step-suction-reduce",
                "tr-step-suction-position",
                "tr-step-suction-rv",
                "tr-step-rv-support",
                "tr-step-suction-return",
            ],
            ScenarioKind::PositionInVentricle => &[
                "tr-step-imaging",
                "tr-step-p2",
                "tr-step-pull-back",
                "tr-step-target-depth",
            ],
            ScenarioKind::PositionInAorta => &[
                "tr-step-imaging",
                "tr-step-p2",
                "tr-step-reposition",
                "tr-step-target-depth",
            ],
            ScenarioKind::PurgePressureHigh => &["tr-step-purge-kinks", "tr-step-purge-dextrose"],
            ScenarioKind::PumpStopped => &["tr-step-restart", "tr-step-remove-if-stopped"],
            ScenarioKind::Haemolysis => &[
                "tr-step-haem-samples",
                "tr-step-imaging",
                "tr-step-suction-volume",
                "tr-step-haem-lowest-level",
            ],
            ScenarioKind::Weaning => &["tr-step-wean-two", "tr-step-wean-ci", "tr-step-wean-min"],
            ScenarioKind::Removal => &[
                "tr-step-remove-act",
                "tr-step-remove-pull-back",
                "tr-step-remove-pressure",
            ],
        }
    }
}

/// One thing the trainee can do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Lower the P-level by one.
    PLevelDown,
    /// Lower the P-level by two.
    PLevelDownTwo,
    /// Raise the P-level by one.
    PLevelUp,
    /// Set P-2.
    SetP2,
    /// Set P-0 (stop the motor).
    SetP0,
    /// Give a simulated fluid bolus.
    GiveFluid,
    /// Check the position with imaging (echo or fluoroscopy).
    CheckPositionImaging,
    /// Assess the right ventricle (echo, CVP).
    AssessRightHeart,
    /// Treat right-heart failure with the team, as local protocols say (simulated as better RV function).
    SupportRightHeart,
    /// Pull the catheter back 0.5 cm.
    PullBack,
    /// Advance the catheter 0.5 cm.
    Advance,
    /// Check the purge tubing for kinks.
    CheckPurgeTubing,
    /// Lower the purge dextrose concentration.
    LowerDextrose,
    /// Raise the purge rate.
    RaisePurgeRate,
    /// Replace the purge cassette.
    ReplaceCassette,
    /// Restart the pump (FACTS.md: restart at P-8, then P-2).
    RestartPump,
    /// Pull the stopped pump out of the ventricle into the aorta.
    RemoveFromVentricle,
    /// Wait 8 hours and send a plasma-free haemoglobin sample.
    SendBloodSample,
    /// Check the ACT.
    CheckAct,
    /// Wait for the ACT to fall.
    WaitForAct,
    /// At P-2, pull the pump back into the aorta.
    PullIntoAorta,
    /// Stop the pump and remove it; pressure or a closure device on the artery.
    StopAndRemove,
    /// Watch for a while without changing anything.
    Wait,
}

impl Action {
    /// Message key of the action's button label.
    pub fn key(self) -> &'static str {
        match self {
            Action::PLevelDown => "tr-act-p-down",
            Action::PLevelDownTwo => "tr-act-p-down-two",
            Action::PLevelUp => "tr-act-p-up",
            Action::SetP2 => "tr-act-p2",
            Action::SetP0 => "tr-act-p0",
            Action::GiveFluid => "tr-act-fluid",
            Action::CheckPositionImaging => "tr-act-imaging",
            Action::AssessRightHeart => "tr-act-assess-rv",
            Action::SupportRightHeart => "tr-act-support-rv",
            Action::PullBack => "tr-act-pull-back",
            Action::Advance => "tr-act-advance",
            Action::CheckPurgeTubing => "tr-act-purge-tubing",
            Action::LowerDextrose => "tr-act-lower-dextrose",
            Action::RaisePurgeRate => "tr-act-raise-purge-rate",
            Action::ReplaceCassette => "tr-act-replace-cassette",
            Action::RestartPump => "tr-act-restart",
            Action::RemoveFromVentricle => "tr-act-remove-from-lv",
            Action::SendBloodSample => "tr-act-blood-sample",
            Action::CheckAct => "tr-act-check-act",
            Action::WaitForAct => "tr-act-wait-act",
            Action::PullIntoAorta => "tr-act-pull-into-aorta",
            Action::StopAndRemove => "tr-act-stop-remove",
            Action::Wait => "tr-act-wait",
        }
    }

    /// Every action (for message-completeness tests).
    pub const ALL: [Action; 23] = [
        Action::PLevelDown,
        Action::PLevelDownTwo,
        Action::PLevelUp,
        Action::SetP2,
        Action::SetP0,
        Action::GiveFluid,
        Action::CheckPositionImaging,
        Action::AssessRightHeart,
        Action::SupportRightHeart,
        Action::PullBack,
        Action::Advance,
        Action::CheckPurgeTubing,
        Action::LowerDextrose,
        Action::RaisePurgeRate,
        Action::ReplaceCassette,
        Action::RestartPump,
        Action::RemoveFromVentricle,
        Action::SendBloodSample,
        Action::CheckAct,
        Action::WaitForAct,
        Action::PullIntoAorta,
        Action::StopAndRemove,
        Action::Wait,
    ];
}

/// How an action was judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// A correct step.
    Good,
    /// Harmless but not needed now.
    Unneeded,
    /// Wrong: it makes things worse or skips a safety step.
    Wrong,
}

/// Why an action was judged the way it was (each has a message in the app).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Volume checked and a bolus given.
    FluidForSuction,
    /// Reducing 1–2 P-levels eases suction.
    ReduceForSuction,
    /// Raising the P-level in suction pulls harder on an empty ventricle.
    RaiseInSuction,
    /// Return to the previous level once suction has gone.
    ReturnToPrevious,
    /// Returning before the cause is fixed brings suction back.
    ReturnTooEarly,
    /// Position check is part of the suction and position responses.
    ImagingGood,
    /// RV assessed; finding given.
    RvAssessed,
    /// RV failure treated with the team.
    RvSupported,
    /// RV support without an assessment or a failing RV.
    RvSupportNotIndicated,
    /// Moving the catheter without imaging.
    MoveWithoutImaging,
    /// Moving the catheter at a high P-level.
    MoveAtHighLevel,
    /// A catheter move in the right direction.
    MoveRightWay,
    /// A catheter move in the wrong direction.
    MoveWrongWay,
    /// Reduced to P-2 before repositioning.
    P2BeforeMoving,
    /// Raising the P-level does not fix a wrong position.
    RaiseWithWrongPosition,
    /// Kinked purge tubing found and straightened.
    KinkFixed,
    /// Tubing checked, no kink.
    NoKink,
    /// Lower dextrose thins the purge fluid.
    DextroseLowered,
    /// Raising the purge rate raises purge pressure further.
    PurgeRateRaised,
    /// Cassette replacement is for a blocked purge, not the first step here.
    CassetteNotFirst,
    /// The pump restarted.
    Restarted,
    /// The pump would not restart.
    RestartFailed,
    /// A stopped pump across the valve leaks: remove it from the ventricle.
    StoppedPumpLeaks,
    /// Pulled the stopped pump into the aorta.
    RemovedFromVentricle,
    /// Removing before trying to restart.
    RemoveBeforeRestart,
    /// A blood sample was taken; result given.
    SampleTaken,
    /// Lowest effective level reduces red-cell damage.
    LowestLevel,
    /// Raising the level adds red-cell damage.
    RaiseAddsHaemolysis,
    /// Weaning by 2 P-levels.
    WeanByTwo,
    /// Weaning steps bigger than 2 levels.
    WeanTooFast,
    /// Cardiac index fell below the weaning criterion: go back up.
    CiTooLow,
    /// Going back up after CI fell is right.
    BackUpForCi,
    /// P-0 or below P-2 with the pump in the ventricle.
    BelowP2InVentricle,
    /// ACT checked; value given.
    ActChecked,
    /// Waited for the ACT to fall.
    ActWaited,
    /// Removing with ACT too high.
    RemoveWithHighAct,
    /// Pulled back into the aorta at P-2.
    PulledIntoAorta,
    /// Removal completed, with pressure or a closure device.
    Removed,
    /// Removal steps out of order.
    RemoveOutOfOrder,
    /// Nothing changed; the problem continues.
    WaitedProblemContinues,
    /// Nothing needed doing.
    WaitedNothingWrong,
    /// Not relevant to this alarm.
    NotRelevant,
}

impl Reason {
    /// Message key of the feedback text.
    pub fn key(self) -> &'static str {
        match self {
            Reason::FluidForSuction => "tr-why-fluid-for-suction",
            Reason::ReduceForSuction => "tr-why-reduce-for-suction",
            Reason::RaiseInSuction => "tr-why-raise-in-suction",
            Reason::ReturnToPrevious => "tr-why-return-to-previous",
            Reason::ReturnTooEarly => "tr-why-return-too-early",
            Reason::ImagingGood => "tr-why-imaging",
            Reason::RvAssessed => "tr-why-rv-assessed",
            Reason::RvSupported => "tr-why-rv-supported",
            Reason::RvSupportNotIndicated => "tr-why-rv-not-indicated",
            Reason::MoveWithoutImaging => "tr-why-move-without-imaging",
            Reason::MoveAtHighLevel => "tr-why-move-at-high-level",
            Reason::MoveRightWay => "tr-why-move-right-way",
            Reason::MoveWrongWay => "tr-why-move-wrong-way",
            Reason::P2BeforeMoving => "tr-why-p2-before-moving",
            Reason::RaiseWithWrongPosition => "tr-why-raise-wrong-position",
            Reason::KinkFixed => "tr-why-kink-fixed",
            Reason::NoKink => "tr-why-no-kink",
            Reason::DextroseLowered => "tr-why-dextrose-lowered",
            Reason::PurgeRateRaised => "tr-why-purge-rate-raised",
            Reason::CassetteNotFirst => "tr-why-cassette-not-first",
            Reason::Restarted => "tr-why-restarted",
            Reason::RestartFailed => "tr-why-restart-failed",
            Reason::StoppedPumpLeaks => "tr-why-stopped-pump-leaks",
            Reason::RemovedFromVentricle => "tr-why-removed-from-lv",
            Reason::RemoveBeforeRestart => "tr-why-remove-before-restart",
            Reason::SampleTaken => "tr-why-sample-taken",
            Reason::LowestLevel => "tr-why-lowest-level",
            Reason::RaiseAddsHaemolysis => "tr-why-raise-adds-haemolysis",
            Reason::WeanByTwo => "tr-why-wean-by-two",
            Reason::WeanTooFast => "tr-why-wean-too-fast",
            Reason::CiTooLow => "tr-why-ci-too-low",
            Reason::BackUpForCi => "tr-why-back-up-for-ci",
            Reason::BelowP2InVentricle => "tr-why-below-p2-in-lv",
            Reason::ActChecked => "tr-why-act-checked",
            Reason::ActWaited => "tr-why-act-waited",
            Reason::RemoveWithHighAct => "tr-why-remove-high-act",
            Reason::PulledIntoAorta => "tr-why-pulled-into-aorta",
            Reason::Removed => "tr-why-removed",
            Reason::RemoveOutOfOrder => "tr-why-remove-out-of-order",
            Reason::WaitedProblemContinues => "tr-why-waited-problem",
            Reason::WaitedNothingWrong => "tr-why-waited-fine",
            Reason::NotRelevant => "tr-why-not-relevant",
        }
    }

    /// Every reason (for message-completeness tests).
    pub const ALL: [Reason; 42] = [
        Reason::FluidForSuction,
        Reason::ReduceForSuction,
        Reason::RaiseInSuction,
        Reason::ReturnToPrevious,
        Reason::ReturnTooEarly,
        Reason::ImagingGood,
        Reason::RvAssessed,
        Reason::RvSupported,
        Reason::RvSupportNotIndicated,
        Reason::MoveWithoutImaging,
        Reason::MoveAtHighLevel,
        Reason::MoveRightWay,
        Reason::MoveWrongWay,
        Reason::P2BeforeMoving,
        Reason::RaiseWithWrongPosition,
        Reason::KinkFixed,
        Reason::NoKink,
        Reason::DextroseLowered,
        Reason::PurgeRateRaised,
        Reason::CassetteNotFirst,
        Reason::Restarted,
        Reason::RestartFailed,
        Reason::StoppedPumpLeaks,
        Reason::RemovedFromVentricle,
        Reason::RemoveBeforeRestart,
        Reason::SampleTaken,
        Reason::LowestLevel,
        Reason::RaiseAddsHaemolysis,
        Reason::WeanByTwo,
        Reason::WeanTooFast,
        Reason::CiTooLow,
        Reason::BackUpForCi,
        Reason::BelowP2InVentricle,
        Reason::ActChecked,
        Reason::ActWaited,
        Reason::RemoveWithHighAct,
        Reason::PulledIntoAorta,
        Reason::Removed,
        Reason::RemoveOutOfOrder,
        Reason::WaitedProblemContinues,
        Reason::WaitedNothingWrong,
        Reason::NotRelevant,
    ];
}

/// What one action did.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StepResult {
    /// The action.
    pub action: Action,
    /// How it was judged.
    pub verdict: Verdict,
    /// Why.
    pub reason: Reason,
    /// A number that goes with the reason, if any (ACT in s, plasma-free Hb in mg/dL, CI in L/min/m²).
    pub value: Option<f64>,
}

/// One line of the trainee's timeline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimelineEntry {
    /// Simulated seconds since the scenario began, when the action was taken.
    pub time_s: f64,
    /// What happened.
    pub step: StepResult,
    /// The beat after the action took effect.
    pub metrics: BeatMetrics,
    /// P-level after the action.
    pub p_level: u8,
}

/// A key moment kept for the debrief: metrics and a few seconds of waveforms (the PV loop is `v_lv`/`p_lv`).
#[derive(Clone, Debug, PartialEq)]
pub struct Moment {
    /// Message key of the moment's label.
    pub label_key: &'static str,
    /// Simulated time, s.
    pub time_s: f64,
    /// Metrics of the last beat.
    pub metrics: BeatMetrics,
    /// The last beat or two of waveforms.
    pub points: Vec<WavePoint>,
}

/// How a scenario ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The alarm (or task) was resolved in the model.
    Resolved,
    /// The trainee ended it before it was resolved.
    Unresolved,
}

/// The debrief at the end of a scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Debrief {
    /// Which scenario.
    pub kind: ScenarioKind,
    /// The seed of the patient.
    pub seed: u64,
    /// Resolved or not.
    pub outcome: Outcome,
    /// Score out of 100.
    pub score: u32,
    /// Good / unneeded / wrong counts.
    pub counts: (u32, u32, u32),
    /// The trainee's timeline.
    pub timeline: Vec<TimelineEntry>,
    /// Key moments: start, worst, end.
    pub moments: Vec<Moment>,
    /// Correct steps (message keys).
    pub correct_steps: &'static [&'static str],
}

/// Why the purge pressure is high in the purge scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PurgeCause {
    Kink,
    ThickDextrose,
}

/// A running scenario.
#[derive(Clone, Debug)]
pub struct Scenario {
    kind: ScenarioKind,
    seed: u64,
    sim: Simulation,
    recorder: Recorder,
    clock_s: f64,
    timeline: Vec<TimelineEntry>,
    moments: Vec<Moment>,
    outcome: Option<Outcome>,
    previous_p_level: u8,
    imaging_checked: bool,
    reduced: bool,
    fluid_given: u32,
    rv_assessed: bool,
    rv_supported: bool,
    purge_cause: PurgeCause,
    kink_extra_mmhg: f64,
    tubing_checked: bool,
    pump_failed: bool,
    restart_works: bool,
    restart_tried: bool,
    act_s: f64,
    act_checked: bool,
    in_aorta_for_removal: bool,
    removed: bool,
    bleeding: bool,
    haemolysis: HaemolysisTrend,
    worst_score: f64,
    worst_moment: Option<Moment>,
}

/// Parameters drawn from the seed for one patient.
fn seeded_start(kind: ScenarioKind, rng: &mut SplitMix64) -> Simulation {
    match kind {
        ScenarioKind::SuctionLowVolume => {
            let mut sim = Simulation::new(Preset::LowBloodVolume);
            sim.set_control(Control::HeartRate(rng.range(92.0, 100.0)));
            sim
        }
        ScenarioKind::SuctionRightHeart => {
            let mut sim = Simulation::new(Preset::RightHeartFailure);
            sim.set_control(Control::RvContractility(0.1));
            sim.set_control(Control::BloodVolume(rng.range(4450.0, 4500.0)));
            sim.set_control(Control::PLevel(8));
            sim
        }
        ScenarioKind::PositionInVentricle => {
            let mut sim = Simulation::new(Preset::PumpTooDeep);
            sim.set_control(Control::PositionCm(rng.step_value(
                6.0,
                POSITION_STEP_CM,
                4,
            )));
            sim
        }
        ScenarioKind::PositionInAorta => {
            let mut sim = Simulation::new(Preset::PumpTooFarOut);
            sim.set_control(Control::PositionCm(rng.step_value(
                -2.0,
                POSITION_STEP_CM,
                4,
            )));
            sim
        }
        ScenarioKind::PurgePressureHigh | ScenarioKind::PumpStopped => {
            let mut sim = Simulation::new(Preset::CardiogenicShock);
            sim.set_control(Control::Device(Device::ImpellaCp));
            sim.set_control(Control::PLevel(if kind == ScenarioKind::PumpStopped {
                8
            } else {
                6
            }));
            sim.set_control(Control::LvContractility(rng.range(0.5, 0.6)));
            sim
        }
        ScenarioKind::Haemolysis => {
            let mut sim = Simulation::new(Preset::LowBloodVolume);
            sim.set_control(Control::PLevel(9));
            sim.set_control(Control::HeartRate(rng.range(92.0, 100.0)));
            sim
        }
        ScenarioKind::Weaning | ScenarioKind::Removal => {
            let mut sim = Simulation::new(Preset::CardiogenicShock);
            sim.set_control(Control::Device(Device::ImpellaCp));
            // A recovering LV (illustrative): strong enough that CI stays above 2.2 at P-2. Was 1.05–1.4;
            // raised with the shock preset's smaller blood volume (4800 ml, see `presets`), which left CI at
            // P-2 at 2.1–2.2.
            sim.set_control(Control::LvContractility(rng.range(1.4, 1.8)));
            sim.set_control(Control::PLevel(if kind == ScenarioKind::Weaning {
                8
            } else {
                2
            }));
            sim
        }
    }
}

impl Scenario {
    /// Starts scenario `kind` for the patient drawn from `seed`, settled so the alarm shows.
    pub fn new(kind: ScenarioKind, seed: u64) -> Self {
        let mut rng = SplitMix64::new(seed ^ (kind as u64).wrapping_mul(0x9E37_79B9));
        let mut sim = seeded_start(kind, &mut rng);
        sim.steady_state(0.5, 150);
        let purge_cause = if rng.index(2) == 0 {
            PurgeCause::Kink
        } else {
            PurgeCause::ThickDextrose
        };
        let mut kink_extra_mmhg = 0.0;
        if kind == ScenarioKind::PurgePressureHigh {
            match purge_cause {
                PurgeCause::Kink => kink_extra_mmhg = KINK_EXTRA_MMHG,
                PurgeCause::ThickDextrose => {
                    sim.set_control(Control::PurgeDextrose(40.0));
                }
            }
        }
        let previous_p_level = sim.controls().p_level;
        let mut pump_failed = false;
        if kind == ScenarioKind::PumpStopped {
            sim.set_control(Control::PLevel(0));
            pump_failed = true;
        }
        // FACTS.md: ~160–180 s on support.
        let act_s = rng.range(160.0, 180.0).round();
        let start_fhb = rng.range(46.0, 52.0);
        let haemolysis = if kind == ScenarioKind::Haemolysis {
            HaemolysisTrend::new(start_fhb, vec![(0.0, start_fhb - 4.0), (8.0, start_fhb)])
        } else {
            HaemolysisTrend::new(12.0, vec![])
        };
        let mut scenario = Self {
            kind,
            seed,
            sim,
            recorder: Recorder::new(4.0, 0.01),
            clock_s: 0.0,
            timeline: Vec::new(),
            moments: Vec::new(),
            outcome: None,
            previous_p_level,
            imaging_checked: false,
            reduced: false,
            fluid_given: 0,
            rv_assessed: false,
            rv_supported: false,
            purge_cause,
            kink_extra_mmhg,
            tubing_checked: false,
            pump_failed,
            restart_works: rng.index(3) != 0,
            restart_tried: false,
            act_s,
            act_checked: false,
            in_aorta_for_removal: false,
            removed: false,
            bleeding: false,
            haemolysis,
            worst_score: f64::NEG_INFINITY,
            worst_moment: None,
        };
        scenario.run(ACTION_SECONDS);
        scenario.push_moment("tr-moment-start");
        scenario.worst_score = scenario.badness();
        scenario.worst_moment = Some(scenario.snapshot("tr-moment-worst"));
        scenario
    }

    /// Which scenario.
    pub fn kind(&self) -> ScenarioKind {
        self.kind
    }

    /// The seed.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Simulated seconds since the start.
    pub fn clock_s(&self) -> f64 {
        self.clock_s
    }

    /// The simulation (read-only).
    pub fn simulation(&self) -> &Simulation {
        &self.sim
    }

    /// The last few seconds of waveforms.
    pub fn recorder(&self) -> &Recorder {
        &self.recorder
    }

    /// Metrics of the last beat.
    pub fn metrics(&self) -> BeatMetrics {
        *self
            .sim
            .last_beat_metrics()
            .expect("a scenario has always run at least one beat")
    }

    /// Timeline so far.
    pub fn timeline(&self) -> &[TimelineEntry] {
        &self.timeline
    }

    /// Outcome, once the scenario has ended.
    pub fn outcome(&self) -> Option<Outcome> {
        self.outcome
    }

    /// The ACT the scenario carries, s (shown after "check ACT").
    pub fn act_s(&self) -> f64 {
        self.act_s
    }

    /// Plasma-free haemoglobin samples (hour, mg/dL).
    pub fn haemolysis(&self) -> &HaemolysisTrend {
        &self.haemolysis
    }

    /// True once a bleeding complication was caused (removal with ACT too high).
    pub fn bleeding(&self) -> bool {
        self.bleeding
    }

    /// Message key naming the cause in the purge scenario (for the debrief); `None` in other scenarios.
    pub fn purge_cause_key(&self) -> Option<&'static str> {
        (self.kind == ScenarioKind::PurgePressureHigh).then_some(match self.purge_cause {
            PurgeCause::Kink => "tr-purge-cause-kink",
            PurgeCause::ThickDextrose => "tr-purge-cause-dextrose",
        })
    }

    /// True once the pump has been taken out.
    pub fn removed(&self) -> bool {
        self.removed
    }

    /// The console as the trainee sees it (the model's readings plus scenario-only purge kink).
    pub fn console(&self) -> Option<ConsoleReadings> {
        if self.removed {
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

    fn position_class(&self) -> PositionClass {
        self.sim.parameters().placement().class()
    }

    fn depth_on_target(&self) -> bool {
        let d = self.sim.controls().position_cm;
        (TARGET_DEPTH_RANGE_CM.0 - 1e-9..=TARGET_DEPTH_RANGE_CM.1 + 1e-9).contains(&d)
    }

    fn run(&mut self, seconds: f64) {
        self.sim.advance(seconds, &mut self.recorder);
        self.clock_s += seconds;
    }

    fn snapshot(&self, label_key: &'static str) -> Moment {
        let period = 60.0 / self.metrics().heart_rate_bpm.max(30.0);
        Moment {
            label_key,
            time_s: self.clock_s,
            metrics: self.metrics(),
            points: self.recorder.last_seconds(2.0 * period).copied().collect(),
        }
    }

    fn push_moment(&mut self, label_key: &'static str) {
        let m = self.snapshot(label_key);
        self.moments.push(m);
    }

    /// How bad things look now (higher is worse): for picking the "worst moment" of the debrief.
    fn badness(&self) -> f64 {
        let m = self.metrics();
        let c = self.console();
        let alarms = c.map_or(0, |c| {
            let a = c.alarms;
            [
                a.suction,
                a.position_in_ventricle,
                a.position_wrong,
                a.purge_pressure_high,
                a.pump_stopped,
            ]
            .iter()
            .filter(|&&x| x)
            .count()
        });
        alarms as f64 * 10.0 - m.cardiac_index_l_min_m2 + 0.1 * m.lvedp_mmhg
    }

    fn level(&self) -> u8 {
        self.sim.controls().p_level
    }

    fn set_level(&mut self, level: u8) {
        self.sim.set_control(Control::PLevel(level.min(9)));
    }

    fn suction_now(&self) -> bool {
        self.metrics().suction
    }

    /// Applies an action: judges it, changes the model, runs it for [`ACTION_SECONDS`] and checks resolution.
    /// Does nothing (returns `None`) once the scenario has ended.
    pub fn act(&mut self, action: Action) -> Option<StepResult> {
        if self.outcome.is_some() {
            return None;
        }
        let (verdict, reason, value) = self.judge_and_apply(action);
        self.run(ACTION_SECONDS);
        let step = StepResult {
            action,
            verdict,
            reason,
            value,
        };
        self.timeline.push(TimelineEntry {
            time_s: self.clock_s,
            step,
            metrics: self.metrics(),
            p_level: self.level(),
        });
        let badness = self.badness();
        if badness > self.worst_score {
            self.worst_score = badness;
            self.worst_moment = Some(self.snapshot("tr-moment-worst"));
        }
        if self.is_resolved() {
            self.outcome = Some(Outcome::Resolved);
            self.push_moment("tr-moment-end");
        } else if self.removed {
            // The pump is out (with a complication): nothing more can be done in this scenario.
            self.end();
        }
        Some(step)
    }

    /// Ends the scenario now (the trainee gives up or runs out of time).
    pub fn end(&mut self) {
        if self.outcome.is_none() {
            self.outcome = Some(Outcome::Unresolved);
            self.push_moment("tr-moment-end");
        }
    }

    /// Whether the scenario's problem is solved in the model.
    pub fn is_resolved(&self) -> bool {
        let c = self.console();
        let level = self.level();
        match self.kind {
            // FACTS.md: check volume, reduce 1–2 P-levels, check position, assess RV, then return to the
            // previous level — the whole response, with suction gone in the model.
            ScenarioKind::SuctionLowVolume => {
                self.suction_response_done()
                    && self.fluid_given > 0
                    && !self.suction_now()
                    && level >= self.previous_p_level
            }
            ScenarioKind::SuctionRightHeart => {
                self.suction_response_done()
                    && self.rv_supported
                    && !self.suction_now()
                    && level >= self.previous_p_level
            }
            ScenarioKind::PositionInVentricle | ScenarioKind::PositionInAorta => {
                self.position_class() == PositionClass::Correct
                    && self.depth_on_target()
                    && level >= MIN_LEVEL_IN_VENTRICLE
                    && c.is_some_and(|c| {
                        !c.alarms.position_in_ventricle && !c.alarms.position_wrong
                    })
            }
            ScenarioKind::PurgePressureHigh => c.is_some_and(|c| !c.alarms.purge_pressure_high),
            ScenarioKind::PumpStopped => {
                let running = !self.pump_failed && level > 0;
                let out_of_lv = self.position_class() == PositionClass::TooFarOut;
                running || (self.pump_failed && out_of_lv)
            }
            ScenarioKind::Haemolysis => {
                self.haemolysis.samples.len() > 2
                    && self
                        .haemolysis
                        .latest_sample()
                        .is_some_and(|v| v < HAEMOLYSIS_THRESHOLD_MG_DL)
                    && !self.suction_now()
                    && self.imaging_checked
                    && level < 9
            }
            ScenarioKind::Weaning => {
                level == MIN_LEVEL_IN_VENTRICLE
                    && self.metrics().cardiac_index_l_min_m2 > WEANING_MIN_CI
            }
            ScenarioKind::Removal => self.removed && !self.bleeding,
        }
    }

    /// Score out of 100: 15 off per wrong action, 5 off per unneeded one; an unresolved scenario scores at most 40.
    pub fn score(&self) -> u32 {
        let (_, unneeded, wrong) = self.counts();
        let mut score = 100i64 - 15 * i64::from(wrong) - 5 * i64::from(unneeded);
        if self.outcome != Some(Outcome::Resolved) {
            score = score.min(40);
        }
        score.clamp(0, 100) as u32
    }

    fn counts(&self) -> (u32, u32, u32) {
        let mut c = (0, 0, 0);
        for e in &self.timeline {
            match e.step.verdict {
                Verdict::Good => c.0 += 1,
                Verdict::Unneeded => c.1 += 1,
                Verdict::Wrong => c.2 += 1,
            }
        }
        c
    }

    /// The debrief (ends the scenario if it is still running).
    pub fn debrief(&mut self) -> Debrief {
        self.end();
        let mut moments = Vec::new();
        if let Some(first) = self.moments.first() {
            moments.push(first.clone());
        }
        if let Some(worst) = &self.worst_moment {
            let distinct = |m: &Moment| (m.time_s - worst.time_s).abs() > 1e-9;
            if self.moments.iter().all(distinct) {
                moments.push(worst.clone());
            }
        }
        if let Some(last) = self.moments.last() {
            if self.moments.len() > 1 {
                moments.push(last.clone());
            }
        }
        Debrief {
            kind: self.kind,
            seed: self.seed,
            outcome: self.outcome.unwrap_or(Outcome::Unresolved),
            score: self.score(),
            counts: self.counts(),
            timeline: self.timeline.clone(),
            moments,
            correct_steps: self.kind.correct_steps(),
        }
    }

    fn judge_and_apply(&mut self, action: Action) -> (Verdict, Reason, Option<f64>) {
        use Action::*;
        use Reason as R;
        use Verdict::*;
        let level = self.level();
        match (self.kind, action) {
            // ---- Suction (low volume or right-heart failure) ----
            (ScenarioKind::SuctionLowVolume | ScenarioKind::SuctionRightHeart, _) => {
                let suction = self.suction_now();
                match action {
                    GiveFluid => {
                        self.give_fluid();
                        (Good, R::FluidForSuction, None)
                    }
                    PLevelDown | PLevelDownTwo => {
                        let n = if action == PLevelDown { 1 } else { 2 };
                        let to = level.saturating_sub(n).max(MIN_LEVEL_IN_VENTRICLE);
                        self.set_level(to);
                        // Part of the response to the alarm even if fluid has already eased the suction.
                        if suction || !self.reduced {
                            self.reduced = true;
                            (Good, R::ReduceForSuction, None)
                        } else {
                            (Unneeded, R::NotRelevant, None)
                        }
                    }
                    PLevelUp => {
                        let fixed = match self.kind {
                            ScenarioKind::SuctionLowVolume => self.fluid_given > 0,
                            _ => self.rv_supported,
                        };
                        self.set_level(level + 1);
                        if level >= self.previous_p_level || suction {
                            (Wrong, R::RaiseInSuction, None)
                        } else if fixed {
                            (Good, R::ReturnToPrevious, None)
                        } else {
                            (Wrong, R::ReturnTooEarly, None)
                        }
                    }
                    CheckPositionImaging => {
                        self.imaging_checked = true;
                        (Good, R::ImagingGood, None)
                    }
                    AssessRightHeart => {
                        self.rv_assessed = true;
                        (Good, R::RvAssessed, Some(self.metrics().cvp_mmhg))
                    }
                    SupportRightHeart => {
                        if self.kind == ScenarioKind::SuctionRightHeart && self.rv_assessed {
                            self.rv_supported = true;
                            // Simulated effect of treating RV failure: RV function back to the shock preset's.
                            self.sim.set_control(Control::RvContractility(0.35));
                            (Good, R::RvSupported, None)
                        } else {
                            (Wrong, R::RvSupportNotIndicated, None)
                        }
                    }
                    PullBack | Advance => {
                        self.move_catheter(action == Advance);
                        (Wrong, R::MoveWithoutImaging, None)
                    }
                    Wait => (Unneeded, self.wait_reason(suction), None),
                    _ => (Unneeded, R::NotRelevant, None),
                }
            }
            // ---- Wrong position ----
            (ScenarioKind::PositionInVentricle | ScenarioKind::PositionInAorta, _) => {
                let towards_target = if self.kind == ScenarioKind::PositionInVentricle {
                    PullBack
                } else {
                    Advance
                };
                match action {
                    CheckPositionImaging => {
                        self.imaging_checked = true;
                        (Good, R::ImagingGood, None)
                    }
                    SetP2 => {
                        self.set_level(2);
                        if level > 2 {
                            (Good, R::P2BeforeMoving, None)
                        } else {
                            (Unneeded, R::NotRelevant, None)
                        }
                    }
                    PLevelDown => {
                        self.set_level(level.saturating_sub(1).max(MIN_LEVEL_IN_VENTRICLE));
                        (Unneeded, R::P2BeforeMoving, None)
                    }
                    PLevelUp => {
                        self.set_level(level + 1);
                        if self.position_class() == PositionClass::Correct && self.depth_on_target()
                        {
                            (Unneeded, R::NotRelevant, None)
                        } else {
                            (Wrong, R::RaiseWithWrongPosition, None)
                        }
                    }
                    PullBack | Advance => {
                        let was_on_target = self.depth_on_target();
                        self.move_catheter(action == Advance);
                        if !self.imaging_checked {
                            (Wrong, R::MoveWithoutImaging, None)
                        } else if level > 2 {
                            (Wrong, R::MoveAtHighLevel, None)
                        } else if action == towards_target && !was_on_target {
                            (Good, R::MoveRightWay, Some(self.sim.controls().position_cm))
                        } else {
                            (
                                Wrong,
                                R::MoveWrongWay,
                                Some(self.sim.controls().position_cm),
                            )
                        }
                    }
                    Wait => (Unneeded, R::WaitedProblemContinues, None),
                    _ => (Unneeded, R::NotRelevant, None),
                }
            }
            // ---- Purge pressure high ----
            (ScenarioKind::PurgePressureHigh, _) => match action {
                CheckPurgeTubing => {
                    self.tubing_checked = true;
                    if self.kink_extra_mmhg > 0.0 {
                        self.kink_extra_mmhg = 0.0;
                        (Good, R::KinkFixed, None)
                    } else {
                        (Good, R::NoKink, None)
                    }
                }
                LowerDextrose => {
                    let d = self.sim.controls().purge_dextrose_percent;
                    self.sim
                        .set_control(Control::PurgeDextrose(d - DEXTROSE_STEP_PERCENT));
                    let verdict = if self.tubing_checked { Good } else { Unneeded };
                    (verdict, R::DextroseLowered, None)
                }
                RaisePurgeRate => {
                    let r = self.sim.controls().purge_rate_ml_per_h;
                    self.sim
                        .set_control(Control::PurgeRate(r + PURGE_RATE_STEP_ML_H));
                    (Wrong, R::PurgeRateRaised, None)
                }
                ReplaceCassette => (Unneeded, R::CassetteNotFirst, None),
                Wait => (Unneeded, R::WaitedProblemContinues, None),
                _ => (Unneeded, R::NotRelevant, None),
            },
            // ---- Pump stopped ----
            (ScenarioKind::PumpStopped, _) => match action {
                RestartPump => {
                    self.restart_tried = true;
                    if self.restart_works {
                        self.pump_failed = false;
                        // FACTS.md: restart at P-8, then P-2.
                        self.set_level(8);
                        self.sim.advance(2.0, &mut self.recorder);
                        self.set_level(2);
                        (Good, R::Restarted, None)
                    } else {
                        (Good, R::RestartFailed, None)
                    }
                }
                PLevelUp => {
                    if self.pump_failed {
                        (Wrong, R::StoppedPumpLeaks, None)
                    } else {
                        self.set_level(level + 1);
                        (Good, R::NotRelevant, None)
                    }
                }
                RemoveFromVentricle => {
                    let verdict = if self.restart_tried { Good } else { Wrong };
                    self.sim.set_control(Control::PositionCm(-1.0));
                    if verdict == Good {
                        (Good, R::RemovedFromVentricle, None)
                    } else {
                        (Wrong, R::RemoveBeforeRestart, None)
                    }
                }
                Wait => (Wrong, R::StoppedPumpLeaks, None),
                GiveFluid => {
                    self.give_fluid();
                    (Unneeded, R::NotRelevant, None)
                }
                _ => (Unneeded, R::NotRelevant, None),
            },
            // ---- Haemolysis ----
            (ScenarioKind::Haemolysis, _) => match action {
                SendBloodSample => {
                    let rate = self.injury_rate();
                    let v = self.haemolysis.sample_after_interval(rate);
                    (Good, R::SampleTaken, Some(v))
                }
                CheckPositionImaging => {
                    self.imaging_checked = true;
                    (Good, R::ImagingGood, None)
                }
                GiveFluid => {
                    self.give_fluid();
                    (Good, R::FluidForSuction, None)
                }
                PLevelDown => {
                    self.set_level(level.saturating_sub(1).max(MIN_LEVEL_IN_VENTRICLE));
                    if level > 6 {
                        (Good, R::LowestLevel, None)
                    } else {
                        (Unneeded, R::NotRelevant, None)
                    }
                }
                PLevelUp => {
                    self.set_level(level + 1);
                    (Wrong, R::RaiseAddsHaemolysis, None)
                }
                Wait => (Unneeded, R::WaitedProblemContinues, None),
                _ => (Unneeded, R::NotRelevant, None),
            },
            // ---- Weaning ----
            (ScenarioKind::Weaning, _) => {
                let ci_before = self.metrics().cardiac_index_l_min_m2;
                match action {
                    PLevelDownTwo | PLevelDown => {
                        let n = if action == PLevelDownTwo { 2 } else { 1 };
                        let to = level.saturating_sub(n).max(MIN_LEVEL_IN_VENTRICLE);
                        self.set_level(to);
                        if ci_before <= WEANING_MIN_CI {
                            (Wrong, R::CiTooLow, Some(ci_before))
                        } else if n == 2 || level - to == 1 && to == MIN_LEVEL_IN_VENTRICLE {
                            (Good, R::WeanByTwo, None)
                        } else {
                            (Unneeded, R::WeanByTwo, None)
                        }
                    }
                    PLevelUp => {
                        self.set_level(level + 1);
                        if ci_before <= WEANING_MIN_CI {
                            (Good, R::BackUpForCi, Some(ci_before))
                        } else {
                            (Unneeded, R::NotRelevant, None)
                        }
                    }
                    SetP0 => {
                        self.set_level(0);
                        (Wrong, R::BelowP2InVentricle, None)
                    }
                    Wait => (Unneeded, R::WaitedNothingWrong, Some(ci_before)),
                    _ => (Unneeded, R::NotRelevant, None),
                }
            }
            // ---- Removal ----
            (ScenarioKind::Removal, _) => match action {
                CheckAct => {
                    self.act_checked = true;
                    (Good, R::ActChecked, Some(self.act_s))
                }
                WaitForAct => {
                    // Illustrative: the ACT drifts down while heparin is held, as local protocols direct.
                    self.act_s = (self.act_s - 20.0).max(120.0);
                    let verdict = if self.act_checked { Good } else { Unneeded };
                    (verdict, R::ActWaited, Some(self.act_s))
                }
                PullIntoAorta => {
                    let ok = level == 2 && self.act_s < REMOVAL_MAX_ACT_S && self.act_checked;
                    self.sim.set_control(Control::PositionCm(-1.0));
                    self.in_aorta_for_removal = true;
                    if ok {
                        (Good, R::PulledIntoAorta, None)
                    } else if level != 2 {
                        (Wrong, R::MoveAtHighLevel, None)
                    } else {
                        (Wrong, R::RemoveWithHighAct, Some(self.act_s))
                    }
                }
                StopAndRemove => {
                    let act_ok = self.act_s < REMOVAL_MAX_ACT_S;
                    let in_order = self.in_aorta_for_removal;
                    self.sim.set_control(Control::PLevel(0));
                    self.sim.set_control(Control::Device(Device::None));
                    self.removed = true;
                    if !act_ok {
                        self.bleeding = true;
                        (Wrong, R::RemoveWithHighAct, Some(self.act_s))
                    } else if !in_order {
                        (Wrong, R::RemoveOutOfOrder, None)
                    } else {
                        (Good, R::Removed, None)
                    }
                }
                SetP0 => {
                    self.set_level(0);
                    if self.in_aorta_for_removal {
                        (Unneeded, R::NotRelevant, None)
                    } else {
                        (Wrong, R::BelowP2InVentricle, None)
                    }
                }
                PLevelUp => {
                    self.set_level(level + 1);
                    (Unneeded, R::NotRelevant, None)
                }
                _ => (Unneeded, R::NotRelevant, None),
            },
        }
    }

    fn suction_response_done(&self) -> bool {
        self.reduced && self.imaging_checked && self.rv_assessed
    }

    fn wait_reason(&self, suction: bool) -> Reason {
        if suction {
            Reason::WaitedProblemContinues
        } else {
            Reason::WaitedNothingWrong
        }
    }

    fn give_fluid(&mut self) {
        self.fluid_given += 1;
        let v = self.sim.controls().blood_volume_ml;
        self.sim
            .set_control(Control::BloodVolume(v + FLUID_BOLUS_ML));
    }

    fn move_catheter(&mut self, advance: bool) {
        let d = self.sim.controls().position_cm;
        let step = if advance {
            POSITION_STEP_CM
        } else {
            -POSITION_STEP_CM
        };
        self.sim.set_control(Control::PositionCm(d + step));
    }
}

/// The target inlet depth the scenarios teach, cm (FACTS.md).
pub const TARGET_DEPTH_CM: f64 = CORRECT_DEPTH_CM;
