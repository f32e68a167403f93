//! `hemosim`: the heart, circulation and microaxial pump simulation core of Heart Pump Guide.
//!
//! Pure Rust with no web dependencies, so it builds and tests natively and runs unchanged in WebAssembly.
//!
//! A closed-loop lumped-parameter model (MODEL.md): time-varying-elastance left and right ventricles, diode
//! valves, a systemic windkessel, systemic veins, pulmonary arteries and veins (with the left atrium), and a
//! microaxial flow pump as an inertial pressure–flow element. Fixed-step RK4 with a whole number of steps per
//! beat, a beat-by-beat baroreflex, per-beat metrics, console signals and alarms.
//!
//! ```
//! use hemosim::{Control, Device, Preset, Recorder, Simulation};
//!
//! let mut sim = Simulation::settled(Preset::CardiogenicShock);
//! sim.set_control(Control::Device(Device::ImpellaCp));
//! sim.set_control(Control::PLevel(8));
//! let mut recorder = Recorder::new(5.0, 0.004);
//! sim.advance(0.016, &mut recorder); // one animation frame
//! sim.run_beats(20, &mut recorder);
//! let m = sim.last_beat_metrics().expect("a beat has finished");
//! assert!(m.pump_flow_l_min > 2.0);
//! ```
#![deny(clippy::float_cmp)]
#![warn(missing_docs)]

mod acceleration;
pub mod baroreflex;
pub mod circulation;
pub mod comparison;
pub mod console;
pub mod controls;
pub mod heart;
pub mod limits;
pub mod metrics;
pub mod model;
pub mod observer;
pub mod portable_math;
pub mod presets;
pub mod pump;
mod sample;
pub mod simulation;
pub mod solver;
pub mod support;
pub mod training;

pub use comparison::{SupportOutcome, SupportRun, TracePoint};
pub use console::{
    AlarmKind, AlarmMute, Alarms, ConsoleReadings, PlacementWaveform, Priority, MUTE_SECONDS,
};
pub use controls::{ApplyReport, ClampedControl, Control, ControlKind, ControlRange, Controls};
pub use limits::{applies_now, Limit, LimitContext, LimitId, LimitSet, Readout, LIMITS};
pub use metrics::BeatMetrics;
pub use model::{Parameters, State};
pub use observer::{BeatLog, Observer, Recorder, Sample, WavePoint};
pub use presets::{Preset, BODY_SURFACE_AREA_M2};
pub use pump::{Device, PositionClass};
pub use simulation::{
    AcceleratedSettling, Simulation, SteadyState, SweepPoint, DEFAULT_MAX_STEADY_BEATS,
    DEFAULT_STEADY_TOLERANCE,
};
pub use support::{
    comparison_patient, comparison_settling, settled_comparison_patient, Balloon, BalloonRatio,
    BalloonTiming, SupportChoice, SupportSettings, COMPARISON_BEATS,
};
