//! What the demo's charts need from the running simulation, collected by an [`Observer`] without allocating:
//! the last seconds of waveforms, the pressure–volume loop of the last complete beat, and one settled beat of
//! a healthy heart to draw behind it.

use hemosim::{BeatMetrics, Observer, Recorder, Sample, Simulation};

/// Seconds of waveform history the charts show.
pub const HISTORY_S: f64 = 5.0;
/// Waveforms are recorded every this many seconds (200 points a second is plenty for a chart).
pub const RECORD_INTERVAL_S: f64 = 0.005;
/// Every n-th integration sample is kept for the pressure–volume loop.
const LOOP_STRIDE: u32 = 4;
/// Room for one beat's loop points: the slowest allowed heart rate (30 bpm) at 0.5 ms steps and the stride.
const LOOP_CAPACITY: usize = 1100;

/// One point of a pressure–volume loop.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct PvPoint {
    /// LV volume, ml.
    pub volume_ml: f32,
    /// LV pressure, mmHg.
    pub pressure_mmhg: f32,
}

/// Collects waveforms, the current beat's loop and the latest sample, without allocating.
#[derive(Clone, Debug)]
pub(super) struct Recording {
    /// The waveforms of the last seconds.
    pub(super) recorder: Recorder,
    loop_building: Vec<PvPoint>,
    /// The loop of the last complete beat.
    pub(super) loop_done: Vec<PvPoint>,
    /// The latest integration sample.
    pub(super) latest: Sample,
    stride: u32,
    /// Beats completed so far.
    pub(super) beats: u64,
    /// Simulated times at which the last two beats ended: the last complete beat spans them.
    pub(super) beat_ends_s: (f64, f64),
}

impl Recording {
    /// An empty recording keeping `history_s` seconds of waveforms.
    pub(super) fn new(history_s: f64) -> Self {
        Recording {
            recorder: Recorder::new(history_s, RECORD_INTERVAL_S),
            loop_building: Vec::with_capacity(LOOP_CAPACITY),
            loop_done: Vec::with_capacity(LOOP_CAPACITY),
            latest: Sample::default(),
            stride: LOOP_STRIDE,
            beats: 0,
            beat_ends_s: (0.0, 0.0),
        }
    }
}

impl Observer for Recording {
    fn on_sample(&mut self, sample: &Sample) {
        self.recorder.on_sample(sample);
        self.latest = *sample;
        self.stride += 1;
        if self.stride >= LOOP_STRIDE && self.loop_building.len() < LOOP_CAPACITY {
            self.stride = 0;
            self.loop_building.push(PvPoint {
                volume_ml: sample.state.v_lv_ml as f32,
                pressure_mmhg: sample.signals.p_lv_mmhg as f32,
            });
        }
    }

    fn on_beat(&mut self, metrics: &BeatMetrics) {
        self.recorder.on_beat(metrics);
        std::mem::swap(&mut self.loop_building, &mut self.loop_done);
        self.loop_building.clear();
        self.stride = LOOP_STRIDE; // start every loop at the beat's first sample
        self.beats += 1;
        self.beat_ends_s = (self.beat_ends_s.1, self.latest.time_s);
    }
}

/// Runs whole beats into a recording (bounded, in case a beat never completes).
pub(super) fn run_beats(sim: &mut Simulation, rec: &mut Recording, n: u64) {
    let target = rec.beats + n;
    let mut guard = 0;
    while rec.beats < target && guard < 200_000 {
        sim.step(rec);
        guard += 1;
    }
}

/// One settled beat of a healthy heart without a pump: the faint loop behind the live one and the summary's
/// "a healthy heart pumps …".
#[derive(Clone, Debug, PartialEq)]
pub(super) struct HealthyReference {
    /// Its pressure–volume loop.
    pub(super) pv_loop: Vec<PvPoint>,
    /// Its beat's metrics.
    pub(super) metrics: Option<BeatMetrics>,
}

impl HealthyReference {
    /// Records a beat of a settled healthy heart.
    pub(super) fn record(sim: &mut Simulation) -> Self {
        let mut rec = Recording::new(0.1);
        run_beats(sim, &mut rec, 2);
        HealthyReference {
            pv_loop: rec.loop_done,
            metrics: sim.last_beat_metrics().copied(),
        }
    }
}
