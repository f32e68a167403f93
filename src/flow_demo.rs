//! The live simulation behind the "How the pump works" page: owns a [`hemosim::Simulation`], records what
//! the charts and the heart picture need, keeps a frozen snapshot for comparison, and computes the P-level
//! response curve a few beats at a time so no single animation frame does too much work. [`DemoStart`]
//! settles a new demo in the same small pieces.
//!
//! Plain Rust with native tests; the page only wires it to signals and the frame loop.

use hemosim::{
    AcceleratedSettling, BeatMetrics, Control, Device, Observer, Preset, Recorder, Sample,
    Simulation, SteadyState, DEFAULT_STEADY_TOLERANCE,
};

/// Seconds of waveform history the charts show.
pub const HISTORY_S: f64 = 5.0;
/// Waveforms are recorded every this many seconds (200 points a second is plenty for a chart).
pub const RECORD_INTERVAL_S: f64 = 0.005;
/// Every n-th integration sample is kept for the pressure–volume loop.
const LOOP_STRIDE: u32 = 4;
/// Room for one beat's loop points: the slowest allowed heart rate (30 bpm) at 0.5 ms steps and the stride.
const LOOP_CAPACITY: usize = 1100;
/// Beats the response sweep allows one P-level to settle (warm-started from the previous level).
const SWEEP_MAX_BEATS: u32 = 60;
/// Beats of one accelerated settling attempt at a level; a level still unsettled after it starts a fresh
/// attempt (a level usually settles in 6–7 beats, in the first attempt).
const SWEEP_ATTEMPT_BEATS: u32 = 8;
/// Beats of sweep work done in one call (one animation frame): a beat costs about 1.5 ms at phone speed, and
/// a frame must stay a short task.
const SWEEP_BEATS_PER_STEP: u32 = 4;
/// Highest P-level the demo offers (P-9: BOOST on the 2.5, the top level on CP and 5.5; FACTS.md).
pub const MAX_P_LEVEL: u8 = 9;
/// Lowest P-level the demo offers while the pump runs (P-2 is the lowest level for support in the ventricle;
/// FACTS.md "Weaning").
pub const MIN_P_LEVEL: u8 = 1;
/// Systolic pressure under which the demo warns of dangerously low blood pressure: the shock criterion of
/// systolic < 90 mmHg (Pepe et al., Shock 2020; FACTS.md).
pub const LOW_SYSTOLIC_MMHG: f64 = 90.0;

/// The starting situations a user can choose on the demo page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DemoPreset {
    /// A healthy heart at rest.
    Healthy,
    /// Cardiogenic shock, SCAI stage C.
    Shock,
    /// Deteriorating shock, SCAI stage D.
    Deteriorating,
    /// Shock with a failing right ventricle.
    RightHeartFailure,
    /// Shock with too little blood volume.
    LowBloodVolume,
}

impl DemoPreset {
    /// All presets in menu order.
    pub const ALL: [DemoPreset; 5] = [
        DemoPreset::Healthy,
        DemoPreset::Shock,
        DemoPreset::Deteriorating,
        DemoPreset::RightHeartFailure,
        DemoPreset::LowBloodVolume,
    ];

    /// The simulation preset behind it.
    pub fn preset(self) -> Preset {
        match self {
            DemoPreset::Healthy => Preset::Normal,
            DemoPreset::Shock => Preset::CardiogenicShock,
            DemoPreset::Deteriorating => Preset::Deteriorating,
            DemoPreset::RightHeartFailure => Preset::RightHeartFailure,
            DemoPreset::LowBloodVolume => Preset::LowBloodVolume,
        }
    }

    /// Stable value for forms and tests.
    pub fn key(self) -> &'static str {
        match self {
            DemoPreset::Healthy => "healthy",
            DemoPreset::Shock => "shock",
            DemoPreset::Deteriorating => "deteriorating",
            DemoPreset::RightHeartFailure => "right-heart-failure",
            DemoPreset::LowBloodVolume => "low-volume",
        }
    }

    /// Parses [`DemoPreset::key`].
    pub fn from_key(key: &str) -> Option<DemoPreset> {
        DemoPreset::ALL.into_iter().find(|p| p.key() == key)
    }

    /// Message id of its name.
    pub fn label_id(self) -> &'static str {
        match self {
            DemoPreset::Healthy => "demo-preset-healthy",
            DemoPreset::Shock => "demo-preset-shock",
            DemoPreset::Deteriorating => "demo-preset-deteriorating",
            DemoPreset::RightHeartFailure => "demo-preset-rhf",
            DemoPreset::LowBloodVolume => "demo-preset-low-volume",
        }
    }
}

/// The pump devices the demo offers.
pub const DEVICES: [Device; 3] = [Device::Impella25, Device::ImpellaCp, Device::Impella55];

/// Stable value for a device in forms and tests.
pub fn device_key(device: Device) -> &'static str {
    match device {
        Device::Impella25 => "2.5",
        Device::ImpellaCp => "cp",
        Device::Impella55 => "5.5",
        Device::None => "none",
    }
}

/// Message id of a device's name.
pub fn device_label_id(device: Device) -> &'static str {
    match device {
        Device::Impella25 => "demo-device-25",
        Device::ImpellaCp => "demo-device-cp",
        Device::Impella55 => "demo-device-55",
        Device::None => "demo-device-none",
    }
}

/// One point of a pressure–volume loop.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct PvPoint {
    /// LV volume, ml.
    pub volume_ml: f32,
    /// LV pressure, mmHg.
    pub pressure_mmhg: f32,
}

/// What the heart picture needs at this instant.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Picture {
    /// LV volume, ml.
    pub lv_volume_ml: f64,
    /// Pulmonary venous + left-atrial volume, ml.
    pub la_volume_ml: f64,
    /// Mitral flow, ml/s (> 0: valve open).
    pub mitral_flow_ml_s: f64,
    /// Aortic-valve flow, ml/s (> 0: valve open).
    pub aortic_flow_ml_s: f64,
    /// Pump flow, ml/s (negative: backwards through a stopped pump).
    pub pump_flow_ml_s: f64,
    /// Whether a pump is in place.
    pub pump_present: bool,
    /// Inlet depth below the aortic annulus, cm.
    pub pump_depth_cm: f64,
}

/// A frozen copy of one beat, for "compare" mode.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    /// The situation it was taken in.
    pub preset: DemoPreset,
    /// The device and P-level running then, if any.
    pub pump: Option<(Device, u8)>,
    /// Its beat's metrics.
    pub metrics: BeatMetrics,
    /// Its pressure–volume loop.
    pub pv_loop: Vec<PvPoint>,
}

/// Plain-language warnings about the current beat.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Alerts {
    /// The pump is short of blood at its inlet.
    pub suction: bool,
    /// Systolic blood pressure under [`LOW_SYSTOLIC_MMHG`].
    pub low_pressure: bool,
}

impl Alerts {
    /// The warnings a beat calls for.
    pub fn from_metrics(m: &BeatMetrics) -> Self {
        Alerts {
            suction: m.suction,
            low_pressure: m.sbp_mmhg < LOW_SYSTOLIC_MMHG,
        }
    }
}

/// The P-level response curve, filled in a few beats at a time by [`DemoEngine::sweep_step`].
#[derive(Clone, Debug, Default)]
struct Sweep {
    device: Option<Device>,
    runner: Option<Simulation>,
    next_level: u8,
    /// The current attempt at settling `next_level`.
    settling: Option<AcceleratedSettling>,
    beats_on_level: u32,
    points: Vec<(u8, SteadyState)>,
}

/// Collects waveforms, the current beat's loop and the latest sample, without allocating.
#[derive(Clone, Debug)]
struct Recording {
    recorder: Recorder,
    loop_building: Vec<PvPoint>,
    loop_done: Vec<PvPoint>,
    latest: Sample,
    stride: u32,
    beats: u64,
    /// Simulated times at which the last two beats ended: the last complete beat spans them.
    beat_ends_s: (f64, f64),
}

impl Recording {
    fn new(history_s: f64) -> Self {
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
fn run_beats(sim: &mut Simulation, rec: &mut Recording, n: u64) {
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
struct HealthyReference {
    pv_loop: Vec<PvPoint>,
    metrics: Option<BeatMetrics>,
}

impl HealthyReference {
    /// Records a beat of a settled healthy heart.
    fn record(sim: &mut Simulation) -> Self {
        let mut rec = Recording::new(0.1);
        run_beats(sim, &mut rec, 2);
        HealthyReference {
            pv_loop: rec.loop_done,
            metrics: sim.last_beat_metrics().copied(),
        }
    }
}

/// Builds a [`DemoEngine`] a few beats at a time, so a page can settle the circulation over several short
/// tasks instead of one long one: first the healthy reference heart, then the chosen situation. Ends with
/// exactly the engine [`DemoEngine::new`] builds.
#[derive(Debug)]
pub struct DemoStart {
    preset: DemoPreset,
    phase: StartPhase,
    settling: AcceleratedSettling,
}

/// What a [`DemoStart`] is settling.
#[derive(Debug)]
enum StartPhase {
    Healthy(Box<Simulation>),
    Patient(Box<DemoEngine>),
    HandedOver,
}

impl DemoStart {
    /// A start towards a demo showing `preset` (as [`DemoEngine::new`]).
    pub fn new(preset: DemoPreset) -> Self {
        DemoStart {
            preset,
            phase: StartPhase::Healthy(Box::new(Simulation::new(DemoPreset::Healthy.preset()))),
            settling: Self::settling(),
        }
    }

    fn settling() -> AcceleratedSettling {
        AcceleratedSettling::new(DEFAULT_STEADY_TOLERANCE, hemosim::DEFAULT_MAX_STEADY_BEATS)
    }

    /// Settles at most `beats` more beats (then records the beats that end a settled heart); returns the
    /// engine once both hearts are settled, and `None` before that and after handing it over.
    pub fn step(&mut self, beats: u32) -> Option<DemoEngine> {
        let sim = match &mut self.phase {
            StartPhase::Healthy(sim) => sim,
            StartPhase::Patient(engine) => &mut engine.sim,
            StartPhase::HandedOver => return None,
        };
        self.settling.run(sim, beats)?;
        self.settling = Self::settling();
        match std::mem::replace(&mut self.phase, StartPhase::HandedOver) {
            StartPhase::Healthy(mut sim) => {
                let healthy = HealthyReference::record(&mut sim);
                self.phase =
                    StartPhase::Patient(Box::new(DemoEngine::unsettled(self.preset, healthy)));
                None
            }
            StartPhase::Patient(mut engine) => {
                engine.record_settled();
                Some(*engine)
            }
            StartPhase::HandedOver => None,
        }
    }
}

/// The demo's simulation and everything derived from it.
#[derive(Clone, Debug)]
pub struct DemoEngine {
    sim: Simulation,
    preset: DemoPreset,
    pump_on: bool,
    device: Device,
    p_level: u8,
    rec: Recording,
    healthy: HealthyReference,
    snapshot: Option<Snapshot>,
    sweep: Sweep,
}

impl DemoEngine {
    /// A demo showing `preset` with the pump off (CP-class device and P-6 ready for when it is switched on),
    /// settled in one go ([`DemoStart`] does the same in steps).
    pub fn new(preset: DemoPreset) -> Self {
        let mut start = DemoStart::new(preset);
        loop {
            if let Some(engine) = start.step(u32::MAX) {
                return engine;
            }
        }
    }

    /// [`DemoEngine::new`] before settling.
    fn unsettled(preset: DemoPreset, healthy: HealthyReference) -> Self {
        let mut engine = DemoEngine {
            sim: Simulation::new(preset.preset()),
            preset,
            pump_on: false,
            device: Device::ImpellaCp,
            p_level: 6,
            rec: Recording::new(HISTORY_S),
            healthy,
            snapshot: None,
            sweep: Sweep::default(),
        };
        engine.apply_pump();
        engine
    }

    /// Starts a situation afresh (settled), keeping the pump settings the user chose.
    pub fn load_preset(&mut self, preset: DemoPreset) {
        self.preset = preset;
        self.sim = Simulation::new(preset.preset());
        self.apply_pump();
        self.settle();
    }

    fn apply_pump(&mut self) {
        let device = if self.pump_on {
            self.device
        } else {
            Device::None
        };
        self.sim.set_control(Control::Device(device));
        self.sim.set_control(Control::PLevel(self.p_level));
        self.sweep = Sweep::default();
    }

    /// Runs to a periodic steady state and records two beats, so every view has a complete picture.
    /// Uses hemosim's accelerated settling (about a third of the beats), so a change shows at once.
    pub fn settle(&mut self) {
        self.sim
            .steady_state_accelerated(DEFAULT_STEADY_TOLERANCE, hemosim::DEFAULT_MAX_STEADY_BEATS);
        self.record_settled();
    }

    /// Records two beats of a settled heart afresh.
    fn record_settled(&mut self) {
        self.rec.recorder.clear();
        run_beats(&mut self.sim, &mut self.rec, 2);
    }

    /// Advances simulated time; returns how many beats finished.
    pub fn advance(&mut self, seconds: f64) -> u32 {
        let before = self.rec.beats;
        self.sim.advance(seconds, &mut self.rec);
        (self.rec.beats - before) as u32
    }

    /// Switches the pump on or off.
    pub fn set_pump_on(&mut self, on: bool) {
        self.pump_on = on;
        self.apply_pump();
    }

    /// Chooses the device (used when the pump is on).
    pub fn set_device(&mut self, device: Device) {
        if device != Device::None {
            self.device = device;
            self.apply_pump();
        }
    }

    /// Sets the P-level, kept within [`MIN_P_LEVEL`]..=[`MAX_P_LEVEL`]. The response curve stays valid: it
    /// depends on the heart, not on the level chosen.
    pub fn set_p_level(&mut self, level: u8) {
        self.p_level = level.clamp(MIN_P_LEVEL, MAX_P_LEVEL);
        let sweep = std::mem::take(&mut self.sweep);
        self.apply_pump();
        self.sweep = sweep;
    }

    /// Changes a heart or circulation control (clinician mode). Values outside the safe range are clamped by
    /// the simulation; the value actually applied is returned.
    pub fn set_control(&mut self, control: Control) -> hemosim::ApplyReport {
        let report = self.sim.set_control(control);
        self.sweep = Sweep::default();
        report
    }

    /// The situation shown.
    pub fn preset(&self) -> DemoPreset {
        self.preset
    }

    /// Whether the pump is on.
    pub fn pump_on(&self) -> bool {
        self.pump_on
    }

    /// The chosen device.
    pub fn device(&self) -> Device {
        self.device
    }

    /// The chosen P-level.
    pub fn p_level(&self) -> u8 {
        self.p_level
    }

    /// The limits of the model that apply to what the demo shows now (hemosim's registry; the demo shows no
    /// haemolysis).
    pub fn limits_now(&self) -> hemosim::limits::LimitSet {
        hemosim::limits::applies_now(&hemosim::limits::LimitContext::of(&self.sim, false))
    }

    /// The controls as the simulation has them now.
    pub fn controls(&self) -> hemosim::Controls {
        self.sim.controls()
    }

    /// Metrics of the last complete beat.
    pub fn metrics(&self) -> Option<BeatMetrics> {
        self.sim.last_beat_metrics().copied()
    }

    /// Warnings about the last complete beat.
    pub fn alerts(&self) -> Alerts {
        self.metrics()
            .map_or(Alerts::default(), |m| Alerts::from_metrics(&m))
    }

    /// The pressure–volume loop of the last complete beat.
    pub fn pv_loop(&self) -> &[PvPoint] {
        &self.rec.loop_done
    }

    /// The loop of a healthy heart, for reference.
    pub fn healthy_loop(&self) -> &[PvPoint] {
        &self.healthy.pv_loop
    }

    /// Metrics of the healthy reference heart.
    pub fn healthy_metrics(&self) -> Option<BeatMetrics> {
        self.healthy.metrics
    }

    /// What the pump console would show now (`None` without a pump).
    pub fn console(&self) -> Option<hemosim::ConsoleReadings> {
        self.sim.console()
    }

    /// Simulated start and end time of the last complete beat, s.
    pub fn last_beat_window_s(&self) -> (f64, f64) {
        self.rec.beat_ends_s
    }

    /// Recorded waveforms (last [`HISTORY_S`] seconds).
    pub fn recorder(&self) -> &Recorder {
        &self.rec.recorder
    }

    /// The state of the heart and pump at this instant, for the animation.
    pub fn picture(&self) -> Picture {
        let p = self.sim.parameters();
        Picture {
            lv_volume_ml: self.rec.latest.state.v_lv_ml,
            la_volume_ml: self.rec.latest.state.v_pv_ml,
            mitral_flow_ml_s: self.rec.latest.signals.q_mv_ml_s,
            aortic_flow_ml_s: self.rec.latest.signals.q_av_ml_s,
            pump_flow_ml_s: self.rec.latest.signals.q_pump_ml_s,
            pump_present: p.device != Device::None,
            pump_depth_cm: self.sim.controls().position_cm,
        }
    }

    /// Freezes the last beat for comparison.
    pub fn freeze_snapshot(&mut self) {
        if let Some(metrics) = self.metrics() {
            self.snapshot = Some(Snapshot {
                preset: self.preset,
                pump: self.pump_on.then_some((self.device, self.p_level)),
                metrics,
                pv_loop: self.rec.loop_done.clone(),
            });
        }
    }

    /// Drops the frozen snapshot.
    pub fn clear_snapshot(&mut self) {
        self.snapshot = None;
    }

    /// The frozen snapshot, if any.
    pub fn snapshot(&self) -> Option<&Snapshot> {
        self.snapshot.as_ref()
    }

    /// Does one frame's share of the response curve: a few beats towards the next P-level's steady state
    /// (warm-started from the level before). Returns true when it added a point; false while a level is
    /// still settling and once the curve is complete.
    pub fn sweep_step(&mut self) -> bool {
        let device = self.device;
        if self.sweep.device != Some(device) || self.sweep.runner.is_none() {
            let mut runner = self.sim.clone();
            runner.set_control(Control::Device(device));
            runner.set_control(Control::PLevel(MIN_P_LEVEL));
            self.sweep = Sweep {
                device: Some(device),
                runner: Some(runner),
                next_level: MIN_P_LEVEL,
                settling: None,
                beats_on_level: 0,
                points: Vec::with_capacity(usize::from(MAX_P_LEVEL)),
            };
        }
        if self.sweep.next_level > MAX_P_LEVEL {
            return false;
        }
        let level = self.sweep.next_level;
        let Some(runner) = self.sweep.runner.as_mut() else {
            return false;
        };
        let settling = self.sweep.settling.get_or_insert_with(|| {
            AcceleratedSettling::new(DEFAULT_STEADY_TOLERANCE, SWEEP_ATTEMPT_BEATS)
        });
        let Some(steady) = settling.run(runner, SWEEP_BEATS_PER_STEP) else {
            return false;
        };
        self.sweep.settling = None;
        self.sweep.beats_on_level += steady.beats;
        if !steady.converged && self.sweep.beats_on_level < SWEEP_MAX_BEATS {
            return false;
        }
        self.sweep.points.push((level, steady));
        self.sweep.next_level += 1;
        self.sweep.beats_on_level = 0;
        if self.sweep.next_level <= MAX_P_LEVEL {
            runner.set_control(Control::PLevel(self.sweep.next_level));
        }
        true
    }

    /// Whether the response curve still has work to do.
    pub fn sweep_pending(&self) -> bool {
        !self.sweep_complete()
    }

    /// The response curve so far: (P-level, steady state) for each computed level.
    pub fn sweep_points(&self) -> &[(u8, SteadyState)] {
        &self.sweep.points
    }

    /// Whether the response curve covers every level.
    pub fn sweep_complete(&self) -> bool {
        self.sweep.device == Some(self.device) && self.sweep.next_level > MAX_P_LEVEL
    }
}

/// A per-beat measure the tables show: label, value and how many decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    /// Systolic pressure.
    Sbp,
    /// Diastolic pressure.
    Dbp,
    /// Mean arterial pressure.
    Map,
    /// Heart rate.
    HeartRate,
    /// Native (valve) output.
    NativeOutput,
    /// Mean pump flow.
    PumpFlow,
    /// Total output.
    TotalOutput,
    /// Cardiac index.
    CardiacIndex,
    /// Stroke volume.
    StrokeVolume,
    /// LV end-diastolic pressure.
    Lvedp,
    /// LV end-diastolic volume.
    Lvedv,
    /// LV end-systolic volume.
    Lvesv,
    /// Ejection fraction.
    EjectionFraction,
    /// Peak LV pressure.
    LvPeak,
    /// Wedge pressure.
    Pcwp,
    /// Central venous pressure.
    Cvp,
    /// Stroke work.
    StrokeWork,
    /// Pressure–volume area.
    Pva,
    /// Cardiac power output.
    CardiacPower,
}

impl Measure {
    /// Every measure, in the order of the full table.
    pub const ALL: [Measure; 19] = [
        Measure::Sbp,
        Measure::Dbp,
        Measure::Map,
        Measure::HeartRate,
        Measure::NativeOutput,
        Measure::PumpFlow,
        Measure::TotalOutput,
        Measure::CardiacIndex,
        Measure::StrokeVolume,
        Measure::Lvedp,
        Measure::Lvedv,
        Measure::Lvesv,
        Measure::EjectionFraction,
        Measure::LvPeak,
        Measure::Pcwp,
        Measure::Cvp,
        Measure::StrokeWork,
        Measure::Pva,
        Measure::CardiacPower,
    ];
    /// What the pressure chart's table shows.
    pub const PRESSURES: [Measure; 6] = [
        Measure::Sbp,
        Measure::Dbp,
        Measure::Map,
        Measure::LvPeak,
        Measure::Lvedp,
        Measure::Pcwp,
    ];
    /// What the flow chart's table shows.
    pub const FLOWS: [Measure; 3] = [
        Measure::NativeOutput,
        Measure::PumpFlow,
        Measure::TotalOutput,
    ];
    /// What the pressure–volume loop's table shows.
    pub const LOOP: [Measure; 5] = [
        Measure::Lvedv,
        Measure::Lvesv,
        Measure::Lvedp,
        Measure::LvPeak,
        Measure::StrokeWork,
    ];
    /// What the comparison table shows.
    pub const COMPARE: [Measure; 8] = [
        Measure::TotalOutput,
        Measure::NativeOutput,
        Measure::PumpFlow,
        Measure::Map,
        Measure::Lvedp,
        Measure::Lvedv,
        Measure::StrokeWork,
        Measure::CardiacPower,
    ];

    /// Message id of its label (with unit).
    pub fn label_id(self) -> &'static str {
        match self {
            Measure::Sbp => "demo-m-sbp",
            Measure::Dbp => "demo-m-dbp",
            Measure::Map => "demo-m-map",
            Measure::HeartRate => "demo-m-hr",
            Measure::NativeOutput => "demo-m-native",
            Measure::PumpFlow => "demo-m-pump",
            Measure::TotalOutput => "demo-m-total",
            Measure::CardiacIndex => "demo-m-ci",
            Measure::StrokeVolume => "demo-m-sv",
            Measure::Lvedp => "demo-m-lvedp",
            Measure::Lvedv => "demo-m-lvedv",
            Measure::Lvesv => "demo-m-lvesv",
            Measure::EjectionFraction => "demo-m-ef",
            Measure::LvPeak => "demo-m-lvpeak",
            Measure::Pcwp => "demo-m-pcwp",
            Measure::Cvp => "demo-m-cvp",
            Measure::StrokeWork => "demo-m-sw",
            Measure::Pva => "demo-m-pva",
            Measure::CardiacPower => "demo-m-cpo",
        }
    }

    /// The readout of hemosim's limits registry this measure shows (`None`: no limit names it).
    pub fn readout(self) -> Option<hemosim::limits::Readout> {
        use hemosim::limits::Readout;
        Some(match self {
            Measure::Sbp | Measure::Dbp => Readout::ArterialPressure,
            Measure::Map => Readout::Map,
            Measure::HeartRate => Readout::HeartRate,
            Measure::NativeOutput => Readout::NativeOutput,
            Measure::PumpFlow => Readout::PumpFlow,
            Measure::TotalOutput => Readout::TotalOutput,
            Measure::CardiacIndex => Readout::CardiacIndex,
            Measure::StrokeVolume => Readout::StrokeVolume,
            Measure::Lvedp => Readout::Lvedp,
            Measure::Lvedv | Measure::Lvesv => Readout::LvVolumes,
            Measure::EjectionFraction => Readout::EjectionFraction,
            Measure::LvPeak => return None,
            Measure::Pcwp => Readout::Pcwp,
            Measure::Cvp => Readout::Cvp,
            Measure::StrokeWork | Measure::Pva => Readout::CardiacWork,
            Measure::CardiacPower => Readout::CardiacPower,
        })
    }

    /// The limits of the model, among those that apply now but not always, that affect this measure (the demo
    /// marks the measure with them).
    pub fn limits_now(
        self,
        now: hemosim::limits::LimitSet,
    ) -> impl Iterator<Item = &'static hemosim::limits::Limit> {
        let readout = self.readout();
        now.iter()
            .filter(move |l| !l.id.always() && readout.is_some_and(|r| l.readouts.contains(&r)))
    }

    /// Its value in a beat, in the unit its label names.
    pub fn value(self, m: &BeatMetrics) -> f64 {
        match self {
            Measure::Sbp => m.sbp_mmhg,
            Measure::Dbp => m.dbp_mmhg,
            Measure::Map => m.map_mmhg,
            Measure::HeartRate => m.heart_rate_bpm,
            Measure::NativeOutput => m.co_native_l_min,
            Measure::PumpFlow => m.pump_flow_l_min,
            Measure::TotalOutput => m.co_total_l_min,
            Measure::CardiacIndex => m.cardiac_index_l_min_m2,
            Measure::StrokeVolume => m.stroke_volume_ml,
            Measure::Lvedp => m.lvedp_mmhg,
            Measure::Lvedv => m.lvedv_ml,
            Measure::Lvesv => m.lvesv_ml,
            Measure::EjectionFraction => m.ejection_fraction_percent,
            Measure::LvPeak => m.lv_peak_pressure_mmhg,
            Measure::Pcwp => m.pcwp_mmhg,
            Measure::Cvp => m.cvp_mmhg,
            Measure::StrokeWork => m.stroke_work_j(),
            Measure::Pva => m.pva_j(),
            Measure::CardiacPower => m.cardiac_power_output_w,
        }
    }

    /// Decimals shown.
    pub fn digits(self) -> usize {
        match self {
            Measure::NativeOutput
            | Measure::PumpFlow
            | Measure::TotalOutput
            | Measure::CardiacIndex => 1,
            Measure::StrokeWork | Measure::Pva | Measure::CardiacPower => 2,
            _ => 0,
        }
    }
}

/// Keeps the time each frame took and reports the median and 95th percentile (for the frame-timing
/// benchmark), in a fixed-size ring.
#[derive(Clone, Debug)]
pub struct FrameStats {
    times_ms: Vec<f64>,
    next: usize,
    count: u64,
    worst_ms: f64,
}

impl Default for FrameStats {
    fn default() -> Self {
        FrameStats {
            times_ms: Vec::with_capacity(600),
            next: 0,
            count: 0,
            worst_ms: 0.0,
        }
    }
}

impl FrameStats {
    /// Records one frame's duration.
    pub fn record(&mut self, ms: f64) {
        if !ms.is_finite() {
            return;
        }
        if self.times_ms.len() < self.times_ms.capacity() {
            self.times_ms.push(ms);
        } else {
            self.times_ms[self.next] = ms;
            self.next = (self.next + 1) % self.times_ms.len();
        }
        self.count += 1;
        self.worst_ms = self.worst_ms.max(ms);
    }

    /// Frames recorded in all.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// Longest frame recorded, ms.
    pub fn worst_ms(&self) -> f64 {
        self.worst_ms
    }

    /// The `q`-quantile (0…1) of the recent frames, ms.
    pub fn quantile_ms(&self, q: f64) -> f64 {
        if self.times_ms.is_empty() {
            return 0.0;
        }
        let mut sorted = self.times_ms.clone();
        sorted.sort_by(f64::total_cmp);
        let index = ((sorted.len() - 1) as f64 * q.clamp(0.0, 1.0)).round() as usize;
        sorted[index]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn metrics(e: &DemoEngine) -> BeatMetrics {
        e.metrics().expect("a settled engine has a beat")
    }

    #[test]
    fn shock_without_pump_has_low_pressure_and_output() {
        let e = DemoEngine::new(DemoPreset::Shock);
        let m = metrics(&e);
        assert!(m.sbp_mmhg < 90.0, "SBP {}", m.sbp_mmhg);
        assert!(m.co_total_l_min < 3.5, "CO {}", m.co_total_l_min);
        assert!(e.alerts().low_pressure);
        assert!(!e.pump_on());
    }

    #[test]
    fn switching_the_pump_on_raises_output_and_pressure_and_moves_the_loop_left() {
        let mut e = DemoEngine::new(DemoPreset::Shock);
        let before = metrics(&e);
        e.set_pump_on(true);
        e.settle();
        let after = metrics(&e);
        // The pump partly replaces the heart's own output (native output falls, as in patients), so total
        // output rises by less than the pump's flow: about 0.5 L/min at P-6 with the 2026-12 calibration.
        assert!(
            after.co_total_l_min > before.co_total_l_min + 0.3,
            "{} → {}",
            before.co_total_l_min,
            after.co_total_l_min
        );
        assert!(
            after.map_mmhg > before.map_mmhg,
            "{} → {}",
            before.map_mmhg,
            after.map_mmhg
        );
        assert!(
            after.lvedv_ml < before.lvedv_ml,
            "loop moves left: {} → {}",
            before.lvedv_ml,
            after.lvedv_ml
        );
        assert!(after.pump_flow_l_min > 1.0);
    }

    #[test]
    fn high_p_level_in_low_blood_volume_raises_a_suction_alert() {
        let mut e = DemoEngine::new(DemoPreset::LowBloodVolume);
        e.set_pump_on(true);
        e.set_p_level(9);
        e.settle();
        assert!(e.alerts().suction, "suction expected: {:?}", e.metrics());
    }

    #[test]
    fn the_loop_and_waveforms_cover_a_whole_beat() {
        let e = DemoEngine::new(DemoPreset::Shock);
        let m = metrics(&e);
        let vmax = e
            .pv_loop()
            .iter()
            .map(|p| p.volume_ml)
            .fold(f32::MIN, f32::max) as f64;
        let vmin = e
            .pv_loop()
            .iter()
            .map(|p| p.volume_ml)
            .fold(f32::MAX, f32::min) as f64;
        assert!(e.pv_loop().len() > 100, "{} points", e.pv_loop().len());
        assert!(
            (vmax - m.lvedv_ml).abs() < 3.0,
            "loop max {vmax} vs EDV {}",
            m.lvedv_ml
        );
        assert!(
            (vmin - m.lvesv_ml).abs() < 3.0,
            "loop min {vmin} vs ESV {}",
            m.lvesv_ml
        );
        assert!(e.healthy_loop().len() > 100);
        assert!(e.recorder().len() > 100);
    }

    #[test]
    fn sweep_fills_in_level_by_level_and_is_kept_when_only_the_level_changes() {
        let mut e = DemoEngine::new(DemoPreset::Shock);
        let mut calls = 0;
        while e.sweep_pending() {
            e.sweep_step();
            calls += 1;
            assert!(calls < 200, "the sweep finishes");
        }
        assert_eq!(
            e.sweep_points().len(),
            usize::from(MAX_P_LEVEL - MIN_P_LEVEL + 1)
        );
        assert!(e.sweep_complete());
        let flows: Vec<f64> = e
            .sweep_points()
            .iter()
            .map(|(_, s)| s.metrics.pump_flow_l_min)
            .collect();
        assert!(
            flows.windows(2).all(|w| w[1] > w[0]),
            "pump flow rises with level: {flows:?}"
        );
        e.set_p_level(3);
        assert!(e.sweep_complete(), "changing the level keeps the curve");
        e.set_control(Control::HeartRate(80.0));
        assert!(!e.sweep_complete(), "changing the heart recomputes it");
    }

    #[test]
    fn the_sweep_spread_over_frames_is_the_curve_settled_level_by_level_in_one_go() {
        let mut e = DemoEngine::new(DemoPreset::Shock);
        let mut sim = e.sim.clone();
        while e.sweep_pending() {
            e.sweep_step();
        }
        sim.set_control(Control::Device(Device::ImpellaCp));
        for &(level, steady) in e.sweep_points() {
            sim.set_control(Control::PLevel(level));
            let mut beats = 0;
            let whole = loop {
                let s = sim.steady_state_accelerated(DEFAULT_STEADY_TOLERANCE, SWEEP_ATTEMPT_BEATS);
                beats += s.beats;
                if s.converged || beats >= SWEEP_MAX_BEATS {
                    break s;
                }
            };
            assert_eq!(steady, whole, "P-{level}");
        }
    }

    #[test]
    fn a_start_in_steps_builds_the_engine_new_builds() {
        let whole = DemoEngine::new(DemoPreset::Shock);
        let mut start = DemoStart::new(DemoPreset::Shock);
        let mut steps = 1;
        let stepped = loop {
            // One beat a step, as the page does while it has time left in a task.
            if let Some(engine) = start.step(1) {
                break engine;
            }
            steps += 1;
            assert!(steps < 2000, "the start finishes");
        };
        assert!(steps >= 4, "{steps} steps");
        assert!(start.step(1).is_none(), "handed over once");
        assert_eq!(stepped.metrics(), whole.metrics());
        assert_eq!(stepped.healthy_loop(), whole.healthy_loop());
        assert_eq!(stepped.pv_loop(), whole.pv_loop());
    }

    #[test]
    fn snapshot_freezes_a_beat_for_comparison() {
        let mut e = DemoEngine::new(DemoPreset::Shock);
        e.freeze_snapshot();
        let frozen = e.snapshot().cloned().unwrap();
        e.set_pump_on(true);
        e.settle();
        assert_eq!(e.snapshot(), Some(&frozen));
        assert!(frozen.pump.is_none());
        assert!(metrics(&e).co_total_l_min > frozen.metrics.co_total_l_min);
        e.clear_snapshot();
        assert!(e.snapshot().is_none());
    }

    #[test]
    fn p_level_is_kept_in_range_and_extreme_controls_stay_finite() {
        let mut e = DemoEngine::new(DemoPreset::Shock);
        e.set_p_level(200);
        assert_eq!(e.p_level(), MAX_P_LEVEL);
        e.set_p_level(0);
        assert_eq!(e.p_level(), MIN_P_LEVEL);
        let report = e.set_control(Control::HeartRate(1e9));
        assert!(!report.is_clean());
        e.set_control(Control::BloodVolume(f64::NAN));
        e.set_pump_on(true);
        e.advance(3.0);
        let m = metrics(&e);
        assert!(m.map_mmhg.is_finite() && m.co_total_l_min.is_finite());
    }

    #[test]
    fn frame_stats_report_quantiles() {
        let mut s = FrameStats::default();
        for i in 1..=100 {
            s.record(f64::from(i));
        }
        s.record(f64::NAN);
        assert_eq!(s.count(), 100);
        assert!((s.quantile_ms(0.5) - 50.0).abs() <= 1.0);
        assert!((s.quantile_ms(0.95) - 95.0).abs() <= 1.0);
        assert!((s.worst_ms() - 100.0).abs() < 1e-9);
    }

    #[test]
    fn every_measure_is_finite_in_a_settled_beat_and_tables_pick_known_measures() {
        let e = DemoEngine::new(DemoPreset::Shock);
        let m = metrics(&e);
        for measure in Measure::ALL {
            assert!(measure.value(&m).is_finite(), "{measure:?}");
        }
        let (start, end) = e.last_beat_window_s();
        assert!(
            end > start && (end - start - 60.0 / m.heart_rate_bpm).abs() < 0.01,
            "{start}..{end}"
        );
        assert!(e
            .healthy_metrics()
            .is_some_and(|h| h.co_total_l_min > m.co_total_l_min));
    }

    #[test]
    fn preset_and_device_keys_round_trip() {
        for p in DemoPreset::ALL {
            assert_eq!(DemoPreset::from_key(p.key()), Some(p));
        }
        assert_eq!(DemoPreset::from_key("nope"), None);
        assert_eq!(device_key(Device::ImpellaCp), "cp");
    }
}
