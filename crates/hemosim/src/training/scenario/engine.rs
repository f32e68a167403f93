//! The scenario engine, shared by every scenario: starts the seeded patient with its fault, applies the
//! trainee's actions through the scenario's rules and runs the model after each, keeps the timeline and the
//! key moments, and scores the debrief. What differs from one scenario to the next is in its [`Definition`].

use super::actions::{Action, Reason, Verdict};
use super::case::Case;
use super::definition::Definition;
use super::kind::ScenarioKind;
use crate::console::ConsoleReadings;
use crate::metrics::BeatMetrics;
use crate::observer::{Recorder, WavePoint};
use crate::simulation::Simulation;
use crate::training::haemolysis::HaemolysisTrend;
use crate::training::rng::SplitMix64;

/// Simulated seconds each action takes before its effect is read (the model runs this long).
pub const ACTION_SECONDS: f64 = 20.0;

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
    /// The trainee's answer to the opening question (index into its choices), if they gave one.
    pub prediction: Option<usize>,
}

impl Debrief {
    /// Whether the opening question was answered right (`None` if it was not answered).
    pub fn prediction_right(&self) -> Option<bool> {
        let choices = self.kind.prediction().choices;
        self.prediction.map(|i| choices[i].correct)
    }

    /// The first correct step on the console, if any (calling for help is never wrong, but it is not a step
    /// on the console, so it does not count here).
    pub fn first_good_step(&self) -> Option<&TimelineEntry> {
        self.timeline
            .iter()
            .find(|e| e.step.verdict == Verdict::Good && !e.step.action.escalates())
    }

    /// How many times help was called.
    pub fn escalations(&self) -> u32 {
        self.timeline
            .iter()
            .filter(|e| e.step.action.escalates())
            .count() as u32
    }
}

/// A running scenario.
#[derive(Clone, Debug)]
pub struct Scenario {
    kind: ScenarioKind,
    seed: u64,
    case: Case,
    clock_s: f64,
    timeline: Vec<TimelineEntry>,
    moments: Vec<Moment>,
    outcome: Option<Outcome>,
    worst_score: f64,
    worst_moment: Option<Moment>,
    prediction: Option<usize>,
}

impl Scenario {
    /// Starts scenario `kind` for the patient drawn from `seed`, settled so the alarm shows.
    pub fn new(kind: ScenarioKind, seed: u64) -> Self {
        let definition = kind.definition();
        let mut rng = SplitMix64::new(seed ^ (kind as u64).wrapping_mul(0x9E37_79B9));
        let mut sim = (definition.patient)(&mut rng);
        sim.steady_state(0.5, 150);
        let mut case = Case::new(sim, &mut rng);
        if let Some(fault) = definition.fault {
            fault(&mut case);
        }
        let mut scenario = Self {
            kind,
            seed,
            case,
            clock_s: 0.0,
            timeline: Vec::new(),
            moments: Vec::new(),
            outcome: None,
            worst_score: f64::NEG_INFINITY,
            worst_moment: None,
            prediction: None,
        };
        scenario.run(ACTION_SECONDS);
        scenario.case.metrics_at_start = scenario.metrics();
        scenario.push_moment("tr-moment-start");
        scenario.worst_score = scenario.badness();
        scenario.worst_moment = Some(scenario.snapshot("tr-moment-worst"));
        scenario
    }

    fn definition(&self) -> &'static Definition {
        self.kind.definition()
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
        &self.case.sim
    }

    /// The last few seconds of waveforms.
    pub fn recorder(&self) -> &Recorder {
        &self.case.recorder
    }

    /// Metrics of the last beat.
    pub fn metrics(&self) -> BeatMetrics {
        self.case.metrics()
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
        self.case.act_s
    }

    /// Plasma-free haemoglobin samples (hour, mg/dL).
    pub fn haemolysis(&self) -> &HaemolysisTrend {
        &self.case.haemolysis
    }

    /// True once a bleeding complication was caused (removal with ACT too high).
    pub fn bleeding(&self) -> bool {
        self.case.bleeding
    }

    /// Message key naming the cause in the purge scenario (for the debrief); `None` in other scenarios.
    pub fn purge_cause_key(&self) -> Option<&'static str> {
        self.definition().cause_key.map(|key| key(&self.case))
    }

    /// True once the pump has been taken out.
    pub fn removed(&self) -> bool {
        self.case.removed
    }

    /// The console as the trainee sees it (the model's readings plus scenario-only purge kink); `None` when no
    /// microaxial pump is in the patient.
    pub fn console(&self) -> Option<ConsoleReadings> {
        self.case.console()
    }

    /// Current haemolysis injury rate from the model's state (illustrative rule).
    pub fn injury_rate(&self) -> f64 {
        self.case.injury_rate()
    }

    fn run(&mut self, seconds: f64) {
        self.case.sim.advance(seconds, &mut self.case.recorder);
        self.clock_s += seconds;
    }

    fn snapshot(&self, label_key: &'static str) -> Moment {
        let period = 60.0 / self.metrics().heart_rate_bpm.max(30.0);
        Moment {
            label_key,
            time_s: self.clock_s,
            metrics: self.metrics(),
            points: self
                .case
                .recorder
                .last_seconds(2.0 * period)
                .copied()
                .collect(),
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

    /// Records the trainee's answer to the opening question (an index into
    /// [`ScenarioKind::prediction`]'s choices) and says whether it is right. An answer is given once, before
    /// any action: later calls, and an index out of range, change nothing and return `None`.
    pub fn predict(&mut self, choice: usize) -> Option<bool> {
        let choices = self.kind.prediction().choices;
        if self.prediction.is_some() || !self.timeline.is_empty() || choice >= choices.len() {
            return None;
        }
        self.prediction = Some(choice);
        Some(choices[choice].correct)
    }

    /// The trainee's answer to the opening question, once given.
    pub fn prediction(&self) -> Option<usize> {
        self.prediction
    }

    /// Applies an action: judges it, changes the model, runs it for [`ACTION_SECONDS`] and checks resolution.
    /// Does nothing (returns `None`) once the scenario has ended.
    pub fn act(&mut self, action: Action) -> Option<StepResult> {
        if self.outcome.is_some() {
            return None;
        }
        if let Some(every_action) = self.definition().every_action {
            every_action(&mut self.case);
        }
        let (verdict, reason, value) = if action == Action::CallForHelp {
            // The same in every scenario, so no scenario's rules need to know about it.
            (Verdict::Good, Reason::HelpCalled, None)
        } else {
            (self.definition().judge)(&mut self.case, action)
        };
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
            p_level: self.case.level(),
        });
        let badness = self.badness();
        if badness > self.worst_score {
            self.worst_score = badness;
            self.worst_moment = Some(self.snapshot("tr-moment-worst"));
        }
        if self.is_resolved() {
            self.outcome = Some(Outcome::Resolved);
            self.push_moment("tr-moment-end");
        } else if self.case.removed {
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
        (self.definition().resolved)(&self.case)
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
            correct_steps: self.definition().correct_steps,
            prediction: self.prediction,
        }
    }
}
