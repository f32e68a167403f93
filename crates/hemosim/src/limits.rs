//! The model's limits: what this simulation leaves out or simplifies, each with a short stable id, the readouts
//! it affects, and a rule for when it applies to what is on screen now.
//!
//! hemosim holds ids only; the app translates them (Fluent ids `limit-<id>-title`, `limit-<id>-body`). A limit
//! "applies now" when the readouts it affects are being shown under conditions where the simplification
//! matters, decided from the parameters, the controls, the last beat and what the app shows (haemolysis).
//! Limits that hold whatever the settings (no atria, no lungs, …) always apply; the others have a rule that
//! says when, documented on [`LimitId`]. [`applies_now`] allocates nothing, so the app may call it every frame.

use crate::metrics::BeatMetrics;
use crate::model::Parameters;
use crate::pump::{Chamber, Device};
use crate::simulation::Simulation;

/// Something the app shows: a per-beat metric ([`BeatMetrics`]) or a console reading
/// ([`crate::ConsoleReadings`]), or the haemolysis teaching trend.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Readout {
    /// [`BeatMetrics::map_mmhg`].
    Map,
    /// [`BeatMetrics::sbp_mmhg`] and [`BeatMetrics::dbp_mmhg`].
    ArterialPressure,
    /// [`BeatMetrics::heart_rate_bpm`].
    HeartRate,
    /// [`BeatMetrics::co_native_l_min`].
    NativeOutput,
    /// [`BeatMetrics::pump_flow_l_min`] (and the console's flow).
    PumpFlow,
    /// [`BeatMetrics::co_total_l_min`].
    TotalOutput,
    /// [`BeatMetrics::cardiac_index_l_min_m2`].
    CardiacIndex,
    /// [`BeatMetrics::stroke_volume_ml`].
    StrokeVolume,
    /// [`BeatMetrics::lvedp_mmhg`].
    Lvedp,
    /// [`BeatMetrics::lvedv_ml`], [`BeatMetrics::lvesv_ml`] and the pressure–volume loop.
    LvVolumes,
    /// [`BeatMetrics::ejection_fraction_percent`].
    EjectionFraction,
    /// [`BeatMetrics::pcwp_mmhg`].
    Pcwp,
    /// [`BeatMetrics::cvp_mmhg`].
    Cvp,
    /// [`BeatMetrics::mean_pa_mmhg`].
    PulmonaryArteryPressure,
    /// [`BeatMetrics::stroke_work_mmhg_ml`] and [`BeatMetrics::pva_mmhg_ml`].
    CardiacWork,
    /// [`BeatMetrics::cardiac_power_output_w`].
    CardiacPower,
    /// [`BeatMetrics::aortic_valve_opened`].
    AorticValve,
    /// [`BeatMetrics::suction`] and the console's suction alarm.
    Suction,
    /// The console's placement signal and position alarms.
    PlacementSignal,
    /// The console's motor current.
    MotorCurrent,
    /// The console's purge pressure and flow.
    Purge,
    /// The haemolysis teaching trend (plasma-free haemoglobin).
    Haemolysis,
}

impl Readout {
    /// Stable kebab-case id of the readout (for the app's lookup tables).
    pub fn id(self) -> &'static str {
        match self {
            Readout::Map => "map",
            Readout::ArterialPressure => "arterial-pressure",
            Readout::HeartRate => "heart-rate",
            Readout::NativeOutput => "native-output",
            Readout::PumpFlow => "pump-flow",
            Readout::TotalOutput => "total-output",
            Readout::CardiacIndex => "cardiac-index",
            Readout::StrokeVolume => "stroke-volume",
            Readout::Lvedp => "lvedp",
            Readout::LvVolumes => "lv-volumes",
            Readout::EjectionFraction => "ejection-fraction",
            Readout::Pcwp => "pcwp",
            Readout::Cvp => "cvp",
            Readout::PulmonaryArteryPressure => "pulmonary-artery-pressure",
            Readout::CardiacWork => "cardiac-work",
            Readout::CardiacPower => "cardiac-power",
            Readout::AorticValve => "aortic-valve",
            Readout::Suction => "suction",
            Readout::PlacementSignal => "placement-signal",
            Readout::MotorCurrent => "motor-current",
            Readout::Purge => "purge",
            Readout::Haemolysis => "haemolysis",
        }
    }
}

/// One limit of the model. Its position in [`LIMITS`] is its [`LimitId`] as a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitId {
    /// Valves are ideal one-way resistances: no stenosis, no regurgitation (also none caused by the pump's
    /// catheter across the aortic valve). Always applies.
    NoValveDisease,
    /// Regular rhythm at the rate the baroreflex sets: no atrial fibrillation, no ventricular arrhythmia.
    /// Always applies.
    NoArrhythmia,
    /// No atria: the left atrium is part of the pulmonary-vein compartment and does not contract, so LVEDP
    /// has no atrial kick and PCWP is the mean pulmonary-venous pressure. Always applies.
    NoAtrialContraction,
    /// No coronary circulation: contractility does not recover as the pump unloads the heart or as pressure
    /// rises. Applies while a pump runs with its inlet in the ventricle (when the app shows less work).
    NoCoronaryFlow,
    /// No ventricular interdependence (septum, pericardium). Applies while a pump runs with its inlet in the
    /// ventricle (unloading the LV changes the RV's shape in patients).
    NoVentricularInteraction,
    /// Body surface area is fixed at [`crate::BODY_SURFACE_AREA_M2`] for the cardiac index. Always applies.
    FixedBodySize,
    /// The haemolysis trend is a teaching rule, not a model of red cells. Applies whenever it is shown.
    HaemolysisTeachingRule,
    /// One arterial baroreflex with a saturating response, acting beat by beat through first-order effector
    /// lags but without Ursino's pure delays; no cardiopulmonary reflex, no hormones, no time-dependent
    /// resetting. Applies when it is on and the sensed mean pressure is more than
    /// its half range from the set point (where the response saturates and the simplification shows).
    BaroreflexSimplified,
    /// The baroreflex is switched off: a pump then raises pressure too much and unloads too little compared
    /// with patients (MODEL.md). Applies when it is off.
    BaroreflexOff,
    /// No right-heart support device (and the left-sided pump cannot make up for a failing RV). Applies when the
    /// RV's contractility is at most half of the normal RV's (the right-heart-failure and SCAI-D presets).
    NoRightHeartSupport,
    /// No lungs: no gas exchange, oxygen, lactate or pulmonary oedema from a high wedge pressure. Always
    /// applies.
    NoLungsOrOxygen,
    /// No drugs: inotropes and vasopressors have no effects of their own; the contractility and resistance
    /// controls stand in for them. Always applies.
    NoDrugEffects,
    /// No bleeding or access-site complications; blood volume changes only through its control. Applies while
    /// a device is in place.
    NoBleeding,
    /// Suction is an extra inlet resistance as the LV empties; the inlet touching the wall or a papillary
    /// muscle is not modelled. Applies when suction is flagged.
    SuctionSimplified,
    /// The CP and 5.5 pump curves are estimated (no published P-level table; FACTS.md); only the 2.5's flows are
    /// checked against the maker's table. Applies while a CP or 5.5 is in place.
    PumpCurvesEstimated,
    /// Motor current and purge pressure are on illustrative scales, not a console's calibration. Applies while a
    /// device is in place.
    ConsoleScalesIllustrative,
    /// The balloon pump is a volume in the one arterial compartment: its effective displacement is calibrated
    /// to FACTS.md's 0.5–1.0 L/min, not a balloon size; no coronary flow to augment; a balloon emptying during
    /// ejection still lowers the pressure the ventricle ejects against, so late deflation shows more work and
    /// a higher opening pressure but not the fall in output. Applies while the balloon pump runs.
    BalloonSimplified,
    /// VA-ECMO is a pressure–flow line from the veins to the arteries: no oxygenator (no oxygen, no
    /// differential hypoxia), no cannula sizes, an illustrative pump curve, and no bronchial or other flow that
    /// reaches a shut ventricle in patients. Applies while ECMO runs.
    EcmoSimplified,
}

/// A limit: its id and the readouts it affects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    /// Which limit.
    pub id: LimitId,
    /// Readouts it affects (never empty).
    pub readouts: &'static [Readout],
}

/// Every limit, in a fixed order (the app lists them in this order).
pub const LIMITS: [Limit; 18] = [
    Limit {
        id: LimitId::NoValveDisease,
        readouts: &[
            Readout::Map,
            Readout::ArterialPressure,
            Readout::NativeOutput,
            Readout::StrokeVolume,
            Readout::AorticValve,
            Readout::Lvedp,
            Readout::Pcwp,
        ],
    },
    Limit {
        id: LimitId::NoArrhythmia,
        readouts: &[
            Readout::HeartRate,
            Readout::NativeOutput,
            Readout::TotalOutput,
            Readout::Map,
        ],
    },
    Limit {
        id: LimitId::NoAtrialContraction,
        readouts: &[
            Readout::Lvedp,
            Readout::Pcwp,
            Readout::Cvp,
            Readout::LvVolumes,
        ],
    },
    Limit {
        id: LimitId::NoCoronaryFlow,
        readouts: &[
            Readout::CardiacWork,
            Readout::CardiacPower,
            Readout::EjectionFraction,
            Readout::NativeOutput,
        ],
    },
    Limit {
        id: LimitId::NoVentricularInteraction,
        readouts: &[Readout::Lvedp, Readout::LvVolumes, Readout::Cvp],
    },
    Limit {
        id: LimitId::FixedBodySize,
        readouts: &[Readout::CardiacIndex],
    },
    Limit {
        id: LimitId::HaemolysisTeachingRule,
        readouts: &[Readout::Haemolysis],
    },
    Limit {
        id: LimitId::BaroreflexSimplified,
        readouts: &[
            Readout::HeartRate,
            Readout::Map,
            Readout::TotalOutput,
            Readout::Cvp,
            Readout::Lvedp,
            Readout::Pcwp,
        ],
    },
    Limit {
        id: LimitId::BaroreflexOff,
        readouts: &[Readout::Map, Readout::Lvedp, Readout::Pcwp],
    },
    Limit {
        id: LimitId::NoRightHeartSupport,
        readouts: &[
            Readout::TotalOutput,
            Readout::PumpFlow,
            Readout::Cvp,
            Readout::Suction,
            Readout::Lvedp,
        ],
    },
    Limit {
        id: LimitId::NoLungsOrOxygen,
        readouts: &[
            Readout::Pcwp,
            Readout::PulmonaryArteryPressure,
            Readout::CardiacIndex,
        ],
    },
    Limit {
        id: LimitId::NoDrugEffects,
        readouts: &[Readout::Map, Readout::HeartRate, Readout::TotalOutput],
    },
    Limit {
        id: LimitId::NoBleeding,
        readouts: &[Readout::Map, Readout::TotalOutput, Readout::Cvp],
    },
    Limit {
        id: LimitId::SuctionSimplified,
        readouts: &[Readout::PumpFlow, Readout::Suction, Readout::MotorCurrent],
    },
    Limit {
        id: LimitId::PumpCurvesEstimated,
        readouts: &[
            Readout::PumpFlow,
            Readout::TotalOutput,
            Readout::MotorCurrent,
        ],
    },
    Limit {
        id: LimitId::ConsoleScalesIllustrative,
        readouts: &[
            Readout::MotorCurrent,
            Readout::Purge,
            Readout::PlacementSignal,
        ],
    },
    Limit {
        id: LimitId::BalloonSimplified,
        readouts: &[
            Readout::Map,
            Readout::ArterialPressure,
            Readout::NativeOutput,
            Readout::StrokeVolume,
            Readout::CardiacWork,
        ],
    },
    Limit {
        id: LimitId::EcmoSimplified,
        readouts: &[
            Readout::TotalOutput,
            Readout::Map,
            Readout::Lvedp,
            Readout::Pcwp,
            Readout::AorticValve,
        ],
    },
];

/// RV contractility of the normal preset, mmHg/ml (MODEL.md calibration table, "normal" column).
pub const NORMAL_RV_EES_MMHG_PER_ML: f64 = 0.65;
/// At or below this fraction of the normal RV's contractility the RV counts as failing.
pub const FAILING_RV_FRACTION: f64 = 0.5;

impl LimitId {
    /// Stable kebab-case id (the app's Fluent ids are `limit-<id>-title` and `limit-<id>-body`).
    pub fn id(self) -> &'static str {
        match self {
            LimitId::NoValveDisease => "no-valve-disease",
            LimitId::NoArrhythmia => "no-arrhythmia",
            LimitId::NoAtrialContraction => "no-atrial-contraction",
            LimitId::NoCoronaryFlow => "no-coronary-flow",
            LimitId::NoVentricularInteraction => "no-ventricular-interaction",
            LimitId::FixedBodySize => "fixed-body-size",
            LimitId::HaemolysisTeachingRule => "haemolysis-teaching-rule",
            LimitId::BaroreflexSimplified => "baroreflex-simplified",
            LimitId::BaroreflexOff => "baroreflex-off",
            LimitId::NoRightHeartSupport => "no-right-heart-support",
            LimitId::NoLungsOrOxygen => "no-lungs-or-oxygen",
            LimitId::NoDrugEffects => "no-drug-effects",
            LimitId::NoBleeding => "no-bleeding",
            LimitId::SuctionSimplified => "suction-simplified",
            LimitId::PumpCurvesEstimated => "pump-curves-estimated",
            LimitId::ConsoleScalesIllustrative => "console-scales-illustrative",
            LimitId::BalloonSimplified => "balloon-simplified",
            LimitId::EcmoSimplified => "ecmo-simplified",
        }
    }

    /// The registry entry of this limit.
    pub fn limit(self) -> &'static Limit {
        &LIMITS[self as usize]
    }

    /// True for the model's standing assumptions, which hold whatever the settings; the others apply only
    /// under the rule [`applies_now`] gives them (the app marks readouts for those).
    pub fn always(self) -> bool {
        matches!(
            self,
            LimitId::NoValveDisease
                | LimitId::NoArrhythmia
                | LimitId::NoAtrialContraction
                | LimitId::FixedBodySize
                | LimitId::NoLungsOrOxygen
                | LimitId::NoDrugEffects
        )
    }
}

/// What [`applies_now`] looks at.
#[derive(Clone, Copy, Debug)]
pub struct LimitContext<'a> {
    /// Current parameters (at the baroreflex set point).
    pub params: &'a Parameters,
    /// Metrics of the last finished beat, if any.
    pub metrics: Option<&'a BeatMetrics>,
    /// Mean arterial pressure the baroreflex senses, mmHg.
    pub sensed_map_mmhg: f64,
    /// True when the app shows the haemolysis trend.
    pub haemolysis_shown: bool,
}

impl<'a> LimitContext<'a> {
    /// The context of a running simulation.
    pub fn of(sim: &'a Simulation, haemolysis_shown: bool) -> Self {
        Self {
            params: sim.parameters(),
            metrics: sim.last_beat_metrics(),
            sensed_map_mmhg: sim.sensed_map_mmhg(),
            haemolysis_shown,
        }
    }
}

/// A set of limits (one bit per entry of [`LIMITS`]); `Copy`, no allocation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct LimitSet(u32);

impl LimitSet {
    /// Whether `id` is in the set.
    pub fn contains(self, id: LimitId) -> bool {
        self.0 & (1 << id as u32) != 0
    }

    fn insert(&mut self, id: LimitId) {
        self.0 |= 1 << id as u32;
    }

    /// The limits in the set, in [`LIMITS`] order.
    pub fn iter(self) -> impl Iterator<Item = &'static Limit> {
        LIMITS.iter().filter(move |l| self.contains(l.id))
    }

    /// Number of limits in the set.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// True when no limit is in the set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// The limits that apply to what the simulation shows now (rules on [`LimitId`]).
pub fn applies_now(ctx: &LimitContext<'_>) -> LimitSet {
    let p = ctx.params;
    let device_in = p.device != Device::None;
    let pump_running_in_lv = device_in
        && p.device.speed_krpm(p.p_level) > 0.0
        && p.placement().inlet == Chamber::Ventricle;
    let reflex = &p.baroreflex;
    let balloon_on = p.balloon.ratio != crate::support::BalloonRatio::Off;
    let ecmo_on = p.ecmo_flow_l_min > 0.0;
    let mut set = LimitSet::default();
    for limit in &LIMITS {
        let applies = match limit.id {
            // The standing assumptions: `LimitId::always` names the same six, and a test keeps the two equal.
            LimitId::NoValveDisease
            | LimitId::NoArrhythmia
            | LimitId::NoAtrialContraction
            | LimitId::FixedBodySize
            | LimitId::NoLungsOrOxygen
            | LimitId::NoDrugEffects => true,
            LimitId::NoCoronaryFlow | LimitId::NoVentricularInteraction => pump_running_in_lv,
            LimitId::HaemolysisTeachingRule => ctx.haemolysis_shown,
            LimitId::BaroreflexSimplified => {
                reflex.enabled
                    && (ctx.sensed_map_mmhg - reflex.set_point_mmhg).abs() > reflex.half_range_mmhg
            }
            LimitId::BaroreflexOff => !reflex.enabled,
            LimitId::NoRightHeartSupport => {
                p.rv.ees_mmhg_per_ml <= FAILING_RV_FRACTION * NORMAL_RV_EES_MMHG_PER_ML
            }
            LimitId::NoBleeding => device_in || balloon_on || ecmo_on,
            LimitId::ConsoleScalesIllustrative => device_in,
            LimitId::BalloonSimplified => balloon_on,
            LimitId::EcmoSimplified => ecmo_on,
            LimitId::SuctionSimplified => ctx.metrics.is_some_and(|m| m.suction),
            LimitId::PumpCurvesEstimated => {
                matches!(p.device, Device::ImpellaCp | Device::Impella55)
            }
        };
        if applies {
            set.insert(limit.id);
        }
    }
    set
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Control, Preset};

    #[test]
    fn ids_are_unique_kebab_case_and_in_registry_order() {
        for (i, limit) in LIMITS.iter().enumerate() {
            assert_eq!(limit.id as usize, i, "{:?} out of order", limit.id);
            let id = limit.id.id();
            assert!(
                !id.is_empty()
                    && id.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                    && !id.starts_with('-')
                    && !id.ends_with('-'),
                "{id}"
            );
            for other in &LIMITS[..i] {
                assert_ne!(other.id.id(), id, "duplicate id");
            }
        }
    }

    #[test]
    fn every_limit_lists_a_readout_once() {
        for limit in &LIMITS {
            assert!(!limit.readouts.is_empty(), "{:?}", limit.id);
            for (i, r) in limit.readouts.iter().enumerate() {
                assert!(
                    !limit.readouts[..i].contains(r),
                    "{:?}: {r:?} twice",
                    limit.id
                );
            }
        }
    }

    fn active(sim: &Simulation, haemolysis_shown: bool) -> LimitSet {
        applies_now(&LimitContext::of(sim, haemolysis_shown))
    }

    #[test]
    fn normal_preset_has_only_the_limits_that_always_hold() {
        let sim = Simulation::settled(Preset::Normal);
        let set = active(&sim, false);
        assert!(set.contains(LimitId::NoValveDisease) && set.contains(LimitId::FixedBodySize));
        for id in [
            LimitId::NoRightHeartSupport,
            LimitId::HaemolysisTeachingRule,
            LimitId::NoCoronaryFlow,
            LimitId::BaroreflexSimplified,
            LimitId::SuctionSimplified,
            LimitId::PumpCurvesEstimated,
        ] {
            assert!(!set.contains(id), "{id:?}");
        }
        assert_eq!(
            set.len(),
            6,
            "{:?}",
            set.iter().map(|l| l.id).collect::<Vec<_>>()
        );
    }

    #[test]
    fn the_standing_assumptions_apply_in_every_preset_and_are_exactly_the_normal_preset_s() {
        let normal = active(&Simulation::settled(Preset::Normal), false);
        for limit in &LIMITS {
            assert_eq!(
                limit.id.always(),
                normal.contains(limit.id),
                "{:?}",
                limit.id
            );
        }
        for preset in Preset::ALL {
            let set = active(&Simulation::settled(preset), false);
            for limit in LIMITS.iter().filter(|l| l.id.always()) {
                assert!(set.contains(limit.id), "{preset:?}: {:?}", limit.id);
            }
        }
    }

    #[test]
    fn right_heart_failure_preset_has_no_right_heart_support() {
        let sim = Simulation::settled(Preset::RightHeartFailure);
        let set = active(&sim, false);
        assert!(set.contains(LimitId::NoRightHeartSupport));
        assert!(
            set.contains(LimitId::PumpCurvesEstimated) && set.contains(LimitId::NoCoronaryFlow)
        );
        let shock = Simulation::settled(Preset::CardiogenicShock);
        assert!(!active(&shock, false).contains(LimitId::NoRightHeartSupport));
    }

    #[test]
    fn low_volume_preset_sucks_and_haemolysis_applies_when_shown() {
        let sim = Simulation::settled(Preset::LowBloodVolume);
        assert!(active(&sim, false).contains(LimitId::SuctionSimplified));
        assert!(!active(&sim, false).contains(LimitId::HaemolysisTeachingRule));
        assert!(active(&sim, true).contains(LimitId::HaemolysisTeachingRule));
    }

    #[test]
    fn baroreflex_limits_follow_the_switch_and_the_pressure_error() {
        let mut sim = Simulation::settled(Preset::CardiogenicShock);
        assert!(!active(&sim, false).contains(LimitId::BaroreflexSimplified));
        let set_point = sim.parameters().baroreflex.set_point_mmhg;
        let far = LimitContext {
            sensed_map_mmhg: set_point - 25.0,
            ..LimitContext::of(&sim, false)
        };
        assert!(applies_now(&far).contains(LimitId::BaroreflexSimplified));
        sim.set_control(Control::Baroreflex(false));
        let set = active(&sim, false);
        assert!(set.contains(LimitId::BaroreflexOff));
        assert!(!set.contains(LimitId::BaroreflexSimplified));
    }

    #[test]
    fn support_limits_apply_while_their_machine_runs() {
        let mut sim = Simulation::settled(Preset::CardiogenicShock);
        let set = active(&sim, false);
        assert!(
            !set.contains(LimitId::BalloonSimplified) && !set.contains(LimitId::EcmoSimplified)
        );
        sim.set_control(Control::Balloon(crate::Balloon {
            ratio: crate::BalloonRatio::OneToTwo,
            timing: crate::BalloonTiming::Correct,
        }));
        sim.set_control(Control::EcmoFlow(3.0));
        let set = active(&sim, false);
        assert!(set.contains(LimitId::BalloonSimplified) && set.contains(LimitId::EcmoSimplified));
        assert!(set.contains(LimitId::NoBleeding));
    }
}
