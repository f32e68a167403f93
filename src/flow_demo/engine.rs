//! The demo's engine: [`DemoEngine`] owns a [`hemosim::Simulation`] and everything derived from it (the
//! recording, the healthy reference, the frozen snapshot, the response curve); [`DemoStart`] builds one over
//! several short tasks. The page calls its plain methods and renders what they return.

use hemosim::{
    AcceleratedSettling, BeatMetrics, Control, Device, Recorder, Simulation, SteadyState,
    DEFAULT_STEADY_TOLERANCE,
};

use super::choices::{DemoPreset, MAX_P_LEVEL, MIN_P_LEVEL};
use super::recording::{run_beats, HealthyReference, PvPoint, Recording, HISTORY_S};
use super::sweep::Sweep;

/// Systolic pressure under which the demo warns of dangerously low blood pressure: the shock criterion of
/// systolic < 90 mmHg (Pepe et al., Shock 2020; FACTS.md).
pub const LOW_SYSTOLIC_MMHG: f64 = 90.0;

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
        self.sweep.step(&self.sim, self.device)
    }

    /// Whether the response curve still has work to do.
    pub fn sweep_pending(&self) -> bool {
        !self.sweep_complete()
    }

    /// The response curve so far: (P-level, steady state) for each computed level.
    pub fn sweep_points(&self) -> &[(u8, SteadyState)] {
        self.sweep.points()
    }

    /// Whether the response curve covers every level.
    pub fn sweep_complete(&self) -> bool {
        self.sweep.complete_for(self.device)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow_demo::sweep::{SWEEP_ATTEMPT_BEATS, SWEEP_MAX_BEATS};
    use crate::flow_demo::Measure;

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
}
