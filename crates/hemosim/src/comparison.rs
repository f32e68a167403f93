//! One support of a comparison, run from the same patient as the others: put the support in place, settle to
//! its periodic steady state, then record a few beats. It runs in pieces of a few beats ([`SupportRun::step`])
//! so a page can keep every task short.
//!
//! A balloon at 1:2 or 1:3 repeats over two or three beats, never from one beat to the next, so settling
//! (which compares consecutive beats) runs the balloon at 1:1 and then the chosen ratio runs for
//! [`RATIO_BEATS`] beats before the recording.

use crate::metrics::BeatMetrics;
use crate::observer::Recorder;
use crate::simulation::{AcceleratedSettling, Simulation};
use crate::support::{Balloon, BalloonRatio, SupportChoice, SupportSettings, COMPARISON_BEATS};
use crate::Control;

/// Beats run at a balloon ratio of 1:2 or 1:3 after settling at 1:1, before recording (about a minute).
pub const RATIO_BEATS: u32 = 90;
/// Most beats settling may take.
pub const MAX_SETTLE_BEATS: u32 = 1500;
/// Time between recorded points, s.
pub const TRACE_INTERVAL_S: f64 = 0.004;
/// Beats whose waveforms are kept (the last of the recorded beats): a 1:3 balloon's whole cycle.
pub const TRACE_BEATS: u32 = 3;
/// Seconds of waveform the recorder holds: every recorded beat at the slowest heart rate (30 bpm).
const TRACE_WINDOW_S: f64 = 2.0 * COMPARISON_BEATS as f64;

/// One recorded point of the left ventricle and the aorta.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct TracePoint {
    /// Time since the first kept beat began, s.
    pub time_s: f64,
    /// LV volume, ml.
    pub v_lv_ml: f64,
    /// LV pressure, mmHg.
    pub p_lv_mmhg: f64,
    /// Aortic pressure, mmHg.
    pub p_ao_mmhg: f64,
}

/// What a finished run shows.
#[derive(Clone, Debug, PartialEq)]
pub struct SupportOutcome {
    /// Which support.
    pub choice: SupportChoice,
    /// The recorded beats' metrics, averaged (flows, pressures, work), with the aortic valve counted as
    /// opening when it opened in any of them.
    pub metrics: BeatMetrics,
    /// The last [`TRACE_BEATS`] beats' waveforms.
    pub trace: Vec<TracePoint>,
    /// True when settling reached the steady-state tolerance (false: the beat cap ended it).
    pub settled: bool,
    /// Beats run in all.
    pub beats: u32,
}

enum Phase {
    Settle(Box<AcceleratedSettling>),
    Ratio { left: u32 },
    Record { left: u32 },
}

/// One support on its way to an outcome.
pub struct SupportRun {
    choice: SupportChoice,
    sim: Simulation,
    ratio: Option<Balloon>,
    phase: Phase,
    settled: bool,
    beats: u32,
    recorded: Vec<BeatMetrics>,
    /// The waveforms of the recorded beats (the [`Recorder`] the practice room's console uses too, so the
    /// integrator is not compiled once more for an observer of its own).
    trace: Recorder,
    /// Simulated time at which the kept beats begin.
    trace_from_s: f64,
    outcome: Option<SupportOutcome>,
}

impl SupportRun {
    /// A run of `choice` with `settings`, starting from `patient` (a settled simulation, left unchanged).
    pub fn new(patient: &Simulation, choice: SupportChoice, settings: &SupportSettings) -> Self {
        let mut sim = patient.clone();
        let mut ratio = None;
        for control in choice.controls(settings) {
            match control {
                Control::Balloon(b) if b.ratio.every() > 1 => {
                    ratio = Some(b);
                    sim.set_control(Control::Balloon(Balloon {
                        ratio: BalloonRatio::OneToOne,
                        ..b
                    }));
                }
                c => {
                    sim.set_control(c);
                }
            }
        }
        Self {
            choice,
            sim,
            ratio,
            phase: Phase::Settle(Box::new(crate::support::comparison_settling())),
            settled: false,
            beats: 0,
            recorded: Vec::new(),
            trace: Recorder::new(TRACE_WINDOW_S, TRACE_INTERVAL_S),
            trace_from_s: 0.0,
            outcome: None,
        }
    }

    /// Which support.
    pub fn choice(&self) -> SupportChoice {
        self.choice
    }

    /// Run at most `beats` more beats; the outcome once the run has finished.
    pub fn step(&mut self, beats: u32) -> Option<&SupportOutcome> {
        let mut left = beats.max(1);
        while self.outcome.is_none() && left > 0 {
            match &mut self.phase {
                Phase::Settle(settling) => {
                    let before = self.sim.beats_completed();
                    let result = settling.run(&mut self.sim, left);
                    let ran = u32::try_from(self.sim.beats_completed() - before).unwrap_or(left);
                    self.beats += ran;
                    left = left.saturating_sub(ran.max(1));
                    if let Some(steady) = result {
                        self.settled = steady.converged;
                        self.phase = match self.ratio {
                            Some(b) => {
                                self.sim.set_control(Control::Balloon(b));
                                Phase::Ratio { left: RATIO_BEATS }
                            }
                            None => Phase::Record {
                                left: COMPARISON_BEATS,
                            },
                        };
                    }
                }
                Phase::Ratio { left: ratio_left } => {
                    self.sim.step_beat(&mut ());
                    self.beats += 1;
                    left -= 1;
                    *ratio_left -= 1;
                    if *ratio_left == 0 {
                        self.phase = Phase::Record {
                            left: COMPARISON_BEATS,
                        };
                    }
                }
                Phase::Record { left: record_left } => {
                    if *record_left == TRACE_BEATS {
                        self.trace_from_s = self.sim.time_s();
                    }
                    let m = self.sim.step_beat(&mut self.trace);
                    self.recorded.push(m);
                    self.beats += 1;
                    left -= 1;
                    *record_left -= 1;
                    if *record_left == 0 {
                        self.outcome = Some(SupportOutcome {
                            choice: self.choice,
                            metrics: mean_of(&self.recorded),
                            trace: self
                                .trace
                                .points()
                                .filter(|p| p.time_s >= self.trace_from_s - 1e-9)
                                .map(|p| TracePoint {
                                    time_s: p.time_s - self.trace_from_s,
                                    v_lv_ml: f64::from(p.v_lv_ml),
                                    p_lv_mmhg: f64::from(p.p_lv_mmhg),
                                    p_ao_mmhg: f64::from(p.p_ao_mmhg),
                                })
                                .collect(),
                            settled: self.settled,
                            beats: self.beats,
                        });
                    }
                }
            }
        }
        self.outcome.as_ref()
    }

    /// Run to the end in one go (tests, and callers without a time budget).
    pub fn finish(mut self) -> SupportOutcome {
        loop {
            if self.step(50).is_some() {
                return self.outcome.take().expect("finished");
            }
        }
    }
}

/// The mean of several beats' metrics: flows, pressures, volumes and work averaged; the aortic valve counts
/// as opening when it opened in any beat; the rest from the last beat.
pub fn mean_of(beats: &[BeatMetrics]) -> BeatMetrics {
    let Some(last) = beats.last() else {
        return BeatMetrics::default();
    };
    // A whole number of beats (at most three make a balloon's cycle), so the counts are exact.
    let n = beats.len() as f64;
    let mean = |f: fn(&BeatMetrics) -> f64| beats.iter().map(f).sum::<f64>() / n;
    let max = |f: fn(&BeatMetrics) -> f64| beats.iter().map(f).fold(f64::NEG_INFINITY, f64::max);
    let min = |f: fn(&BeatMetrics) -> f64| beats.iter().map(f).fold(f64::INFINITY, f64::min);
    BeatMetrics {
        heart_rate_bpm: mean(|b| b.heart_rate_bpm),
        map_mmhg: mean(|b| b.map_mmhg),
        sbp_mmhg: max(|b| b.sbp_mmhg),
        dbp_mmhg: min(|b| b.dbp_mmhg),
        co_native_l_min: mean(|b| b.co_native_l_min),
        pump_flow_l_min: mean(|b| b.pump_flow_l_min),
        co_total_l_min: mean(|b| b.co_total_l_min),
        cardiac_index_l_min_m2: mean(|b| b.cardiac_index_l_min_m2),
        stroke_volume_ml: mean(|b| b.stroke_volume_ml),
        lvedp_mmhg: mean(|b| b.lvedp_mmhg),
        lvedv_ml: mean(|b| b.lvedv_ml),
        lvesv_ml: mean(|b| b.lvesv_ml),
        pcwp_mmhg: mean(|b| b.pcwp_mmhg),
        cvp_mmhg: mean(|b| b.cvp_mmhg),
        mean_pa_mmhg: mean(|b| b.mean_pa_mmhg),
        stroke_work_mmhg_ml: mean(|b| b.stroke_work_mmhg_ml),
        pva_mmhg_ml: mean(|b| b.pva_mmhg_ml),
        cardiac_power_output_w: mean(|b| b.cardiac_power_output_w),
        aortic_valve_opened: beats.iter().any(|b| b.aortic_valve_opened),
        ecmo_flow_l_min: mean(|b| b.ecmo_flow_l_min),
        systemic_flow_l_min: mean(|b| b.systemic_flow_l_min),
        augmented_pressure_mmhg: max(|b| b.augmented_pressure_mmhg),
        ..*last
    }
}
