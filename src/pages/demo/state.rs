//! The live demo page's shared state, below all its parts: how far the page is built ([`Stage`]), how fast
//! simulated time runs ([`Speed`]), the signals the frame loop writes and the views read ([`Live`]), and the
//! one way a control changes the model ([`Changer`]).

use hemosim::limits::LimitSet;
use hemosim::{BeatMetrics, ConsoleReadings, Controls};
use leptos::prelude::*;

use super::charts::{Canvases, ChartText};
use super::frames::now_ms;
use crate::flow_demo::{DemoEngine, Picture};
use crate::page_ready::next_task;

/// Time the settling of the circulation may take in one task, in ms: short enough that even a phone four times
/// slower than this machine stays under the 50 ms of a long task.
pub(super) const SETTLE_TASK_MS: f64 = 5.0;

/// Runs `step` in short tasks until it gives a result: in each task as often as fits in [`SETTLE_TASK_MS`]
/// (how often depends on the phone, and on whether the browser has optimised the simulation code yet), then
/// the next task. Before each task, `gone` says whether the work is still wanted (the reader may have left
/// the page or asked for something else); if not, `None`. Returns the result and the time spent on it, in ms
/// (the tasks' own time, not the waits between them).
pub(super) async fn in_short_tasks<T>(
    mut step: impl FnMut() -> Option<T>,
    gone: impl Fn() -> bool,
) -> Option<(T, f64)> {
    let mut spent = 0.0;
    loop {
        if gone() {
            return None;
        }
        let began = now_ms();
        let mut result = None;
        while result.is_none() && now_ms() - began < SETTLE_TASK_MS {
            result = step();
        }
        spent += now_ms() - began;
        if let Some(result) = result {
            return Some((result, spent));
        }
        next_task().await;
    }
}

/// How far the page is built. Settling the circulation and building the live page are split into short tasks
/// after the page frame, so none keeps a slow phone busy for long: settling for [`SETTLE_TASK_MS`] a task (see
/// [`crate::flow_demo::DemoStart`]), then the live page in four parts. Until the last part is there the page
/// is marked `aria-busy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Stage {
    /// Only the title and introduction.
    Settling,
    /// The controls, running.
    Controls,
    /// The heart picture and its plain summary.
    Picture,
    /// The waveform and loop charts.
    Charts,
    /// Compare mode, the response curve and the detailed tables: the page is complete.
    Complete,
}

/// How fast simulated time runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Speed {
    Full,
    Half,
    Quarter,
}

impl Speed {
    /// Every speed, in menu order.
    pub(super) const ALL: [Speed; 3] = [Speed::Full, Speed::Half, Speed::Quarter];

    /// Simulated seconds per real second.
    pub(super) fn factor(self) -> f64 {
        match self {
            Speed::Full => 1.0,
            Speed::Half => 0.5,
            Speed::Quarter => 0.25,
        }
    }

    /// Stable value for the form.
    pub(super) fn key(self) -> &'static str {
        match self {
            Speed::Full => "1",
            Speed::Half => "0.5",
            Speed::Quarter => "0.25",
        }
    }

    /// Message id of its name.
    pub(super) fn label_id(self) -> &'static str {
        match self {
            Speed::Full => "demo-speed-1",
            Speed::Half => "demo-speed-half",
            Speed::Quarter => "demo-speed-quarter",
        }
    }
}

/// The live page's state: the engine, the playback and model controls, and the signals the frame loop writes
/// and the views follow.
#[derive(Clone, Copy)]
pub(super) struct Live {
    /// The engine.
    pub engine: StoredValue<DemoEngine>,
    /// How far the page is built.
    pub stage: ReadSignal<Stage>,
    /// Whether simulated time runs.
    pub running: RwSignal<bool>,
    /// How fast it runs.
    pub speed: RwSignal<Speed>,
    /// The heart and circulation controls as the model has them.
    pub controls: RwSignal<Controls>,
    /// Set after a change (or a language change): the next frame updates every view and redraws every chart.
    pub dirty: StoredValue<bool>,
    /// Translated chart labels.
    pub text: Memo<ChartText>,
    /// The chart canvases.
    pub canvases: Canvases,
    /// The page's root, which carries the frame timings for the benchmark.
    pub root: NodeRef<leptos::html::Article>,
    /// Metrics of the last complete beat.
    pub metrics: RwSignal<Option<BeatMetrics>>,
    /// The limits of the model that apply now.
    pub limits: RwSignal<LimitSet>,
    /// The pump console's readings.
    pub console: RwSignal<Option<ConsoleReadings>>,
    /// The heart picture's state.
    pub picture: RwSignal<Picture>,
    /// How far the pump's flow dashes have moved.
    pub dash: RwSignal<f64>,
    /// The response curve so far: P-level and the metrics of its steady state.
    pub sweep_rows: RwSignal<Vec<(u8, BeatMetrics)>>,
    /// The highest aortic pressure the pressure chart drew within the last complete beat.
    pub drawn_beat_max: RwSignal<Option<f64>>,
}

/// Applies a change to the model from a control. While paused, the model settles so the still picture shows
/// the result; the controls then show what the model applied, and every view is due for an update.
#[derive(Clone, Copy)]
pub(super) struct Changer {
    engine: StoredValue<DemoEngine>,
    running: RwSignal<bool>,
    controls: RwSignal<Controls>,
    dirty: StoredValue<bool>,
}

impl Changer {
    /// The changer of the live page `live` (only the handles it needs, so the controls' closures stay small).
    pub(super) fn of(live: Live) -> Self {
        Changer {
            engine: live.engine,
            running: live.running,
            controls: live.controls,
            dirty: live.dirty,
        }
    }

    /// The controls as the model has them.
    pub(super) fn controls(self) -> ReadSignal<Controls> {
        self.controls.read_only()
    }

    /// Applies `f` to the engine (one function for every control, not one copy per control: the download
    /// stays small).
    pub(super) fn apply(self, f: &mut dyn FnMut(&mut DemoEngine)) {
        let running = self.running;
        self.engine.update_value(|e| {
            f(e);
            if !running.get_untracked() {
                e.settle();
            }
        });
        self.controls.set(self.engine.with_value(|e| e.controls()));
        self.dirty.set_value(true);
    }
}
