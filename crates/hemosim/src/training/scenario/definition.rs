//! What defines a scenario, as data: the seeded patient, the fault injected once the patient has
//! settled, the action menu, the rules that judge each action and decide when the problem is solved, and the
//! debrief's message keys. Each scenario's module holds one [`Definition`]; [`super::kind`] lists them.

use super::actions::{Action, Judgement};
use super::case::Case;
use super::predict::Prediction;
use crate::simulation::Simulation;
use crate::training::rng::SplitMix64;

/// One scenario: data plus its own small rules (plain functions over the running [`Case`]).
pub(super) struct Definition {
    /// The actions offered (the same plausible menu for right and wrong choices).
    pub menu: &'static [Action],
    /// The question asked before the trainee may act.
    pub prediction: &'static Prediction,
    /// The correct actions, in order, as message keys for the debrief.
    pub correct_steps: &'static [&'static str],
    /// The patient drawn from the seed, before settling.
    pub patient: fn(&mut SplitMix64) -> Simulation,
    /// The fault injected once the patient has settled, where the patient alone does not raise the alarm.
    pub fault: Option<fn(&mut Case)>,
    /// What happens to the case with every action, whatever it is (including a call for help), before it is
    /// judged: time passing for a problem that goes on by itself, such as a bleed.
    pub every_action: Option<fn(&mut Case)>,
    /// Judges an action and applies it to the case (the engine then runs the model).
    pub judge: fn(&mut Case, Action) -> Judgement,
    /// Whether the scenario's problem is solved in the model.
    pub resolved: fn(&Case) -> bool,
    /// Message key naming the hidden cause, for scenarios that draw one.
    pub cause_key: Option<fn(&Case) -> &'static str>,
}
