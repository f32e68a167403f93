//! The other temporary supports a trainee compares with the microaxial pump: an intra-aortic balloon pump
//! (counter-pulsation in the aorta) and veno-arterial ECMO (a centrifugal pump from the veins to the arteries).
//! Each can run alone, with the other, or with the microaxial pump (ECMO with the pump as a vent).
//!
//! Neither is in MODEL.md's starting design; both are written here from standard lumped-parameter practice and
//! their simplifications are listed in the model-limits registry ([`crate::LimitId::BalloonSimplified`],
//! [`crate::LimitId::EcmoSimplified`]). FACTS.md gives the one clinical number each must meet: a balloon pump
//! adds about 0.5–1.0 L/min; VA-ECMO can give more than 4.5 L/min, up to full output (Atti V et al., Heart Int
//! 2022;16(1):37–48, Table 3; Jiritano F et al., Card Fail Rev 2020;6:e01, Table 2).
//!
//! # Balloon pump
//! The balloon is a volume of gas in the systemic arteries: while inflated it displaces blood, so the arterial
//! windkessel pressure is `(V_sa + V_balloon − V0_sa) / C_sa`. Blood volume is untouched (the gas is not blood).
//! It inflates at the dicrotic notch, when the aortic valve shuts, and deflates just before the next systole; the
//! times come from the model's own beat (the activation timing of each beat), so they follow the heart rate.
//! A timing error moves one of the two edges, each with the harm a trainee should see:
//! - early inflation: the balloon fills while the ventricle still ejects, the valve shuts early, stroke volume
//!   falls;
//! - late inflation: less of diastole is augmented;
//! - early deflation: the augmentation ends early (in this one-compartment aorta the pressure dip stays, see the
//!   limit);
//! - late deflation: the balloon is still full when the ventricle starts to eject, so it ejects against it:
//!   afterload rises and stroke volume falls.
//!
//! # VA-ECMO
//! A centrifugal pump drawing from the systemic veins and returning to the systemic arteries (a femoral return
//! cannula, so downstream of the aortic root's characteristic impedance). Its set flow is the flow at a
//! reference pressure difference; a higher arterial pressure (afterload) lowers the flow along a straight
//! pressure–flow line, as a centrifugal pump's flow falls with afterload at a fixed speed. When the venous
//! pressure falls below zero the drainage cannula starts to collapse the vein and flow falls further. Distension
//! of a weak ventricle, a rising LVEDP and PCWP and a shut aortic valve at high flow are not scripted: they follow
//! from the higher arterial pressure the ventricle must open its valve against.

use crate::heart::ActivationTiming;
use crate::pump::ML_S_TO_L_MIN;

/// How often the balloon inflates: every beat, every second or every third beat, or not at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum BalloonRatio {
    /// No balloon pump (or on standby).
    #[default]
    Off,
    /// 1:1, every beat.
    OneToOne,
    /// 1:2, every second beat.
    OneToTwo,
    /// 1:3, every third beat.
    OneToThree,
}

impl BalloonRatio {
    /// Every ratio, in menu order.
    pub const ALL: [BalloonRatio; 4] = [
        BalloonRatio::Off,
        BalloonRatio::OneToOne,
        BalloonRatio::OneToTwo,
        BalloonRatio::OneToThree,
    ];

    /// Beats per inflation (0 when off).
    pub fn every(self) -> u64 {
        match self {
            BalloonRatio::Off => 0,
            BalloonRatio::OneToOne => 1,
            BalloonRatio::OneToTwo => 2,
            BalloonRatio::OneToThree => 3,
        }
    }

    /// Stable id for the app (`off`, `1-1`, `1-2`, `1-3`).
    pub fn id(self) -> &'static str {
        match self {
            BalloonRatio::Off => "off",
            BalloonRatio::OneToOne => "1-1",
            BalloonRatio::OneToTwo => "1-2",
            BalloonRatio::OneToThree => "1-3",
        }
    }

    /// The ratio with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.id() == id)
    }
}

/// When the balloon inflates and deflates: on time, or one of the four classic timing errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum BalloonTiming {
    /// Inflation at the dicrotic notch, deflation just before systole.
    #[default]
    Correct,
    /// Inflation before the aortic valve has shut (during ejection).
    EarlyInflation,
    /// Inflation well after the dicrotic notch.
    LateInflation,
    /// Deflation well before the end of diastole.
    EarlyDeflation,
    /// Deflation after the next systole has begun.
    LateDeflation,
}

impl BalloonTiming {
    /// Every timing, in menu order.
    pub const ALL: [BalloonTiming; 5] = [
        BalloonTiming::Correct,
        BalloonTiming::EarlyInflation,
        BalloonTiming::LateInflation,
        BalloonTiming::EarlyDeflation,
        BalloonTiming::LateDeflation,
    ];

    /// Stable id for the app.
    pub fn id(self) -> &'static str {
        match self {
            BalloonTiming::Correct => "correct",
            BalloonTiming::EarlyInflation => "early-inflation",
            BalloonTiming::LateInflation => "late-inflation",
            BalloonTiming::EarlyDeflation => "early-deflation",
            BalloonTiming::LateDeflation => "late-deflation",
        }
    }

    /// The timing with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// The balloon pump's settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Balloon {
    /// How often it inflates.
    pub ratio: BalloonRatio,
    /// When it inflates and deflates.
    pub timing: BalloonTiming,
}

/// Volume of gas the balloon displaces from the arterial compartment when full, ml.
///
/// A calibration, not a balloon size. A real balloon sits in the descending aorta, close to the aortic root
/// whose pressure the ventricle ejects against; this model has one arterial compartment for the whole body, so
/// a balloon's volume spread over all of it moves the pressure too little. The effective displacement is set so
/// the balloon at 1:1 adds about 0.5 L/min in the shock preset with the baroreflex on (3.06 → 3.6 L/min, test
/// `balloon_adds_half_to_one_litre_in_shock`), inside FACTS.md's 0.5–1.0 L/min (Atti V et al., Heart Int 2022,
/// Table 3); 40 ml, an adult balloon's volume, added only 0.3 L/min here. The model-limits page says so.
pub const BALLOON_DISPLACEMENT_ML: f64 = 85.0;
/// Time the balloon takes to fill, s (a helium balloon fills and empties in a few tens of milliseconds).
pub const BALLOON_FILL_S: f64 = 0.06;
/// Time the balloon takes to empty, s.
pub const BALLOON_EMPTY_S: f64 = 0.05;
/// Inflation after end systole (peak activation), as a fraction of the relaxation time: the aortic valve of
/// the shock preset shuts about this far into relaxation (measured on the model's own beat; see the test
/// `correct_inflation_follows_the_valve_closing`).
pub const INFLATE_AFTER_END_SYSTOLE: f64 = 0.35;
/// The balloon is empty this long before the next beat starts, s.
pub const EMPTY_BEFORE_SYSTOLE_S: f64 = 0.02;
/// Timing errors: how far an edge moves, as a fraction of the beat.
pub const TIMING_ERROR_FRACTION: f64 = 0.12;

/// When the balloon is full within one beat: times from the beat's start, s.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct BalloonSchedule {
    /// Inflation starts (none: not an assisted beat).
    pub inflate_s: Option<f64>,
    /// Deflation starts (may lie beyond the beat, when deflation is late).
    pub deflate_s: f64,
    /// A balloon still full from the previous beat starts to empty at this time (late deflation).
    pub carried_deflate_s: Option<f64>,
}

/// A smooth step from 0 to 1 over `duration_s`, starting at 0.
#[inline]
fn ramp(x_s: f64, duration_s: f64) -> f64 {
    if x_s <= 0.0 {
        0.0
    } else if x_s >= duration_s {
        1.0
    } else {
        0.5 * (1.0 - crate::portable_math::cos(std::f64::consts::PI * x_s / duration_s))
    }
}

impl BalloonSchedule {
    /// The schedule of beat `beat_index`, of `period_s` and `timing`, for `balloon`. `carried` is when a
    /// balloon still full from the previous beat starts to empty in this one ([`BalloonSchedule::carry`] of the
    /// previous beat's schedule): the balloon's real state, whatever the setting is now, so a change of setting
    /// never makes a full balloon vanish or appear.
    pub fn of(
        balloon: &Balloon,
        beat_index: u64,
        timing: &ActivationTiming,
        period_s: f64,
        carried: Option<f64>,
    ) -> Self {
        let every = balloon.ratio.every();
        if every == 0 {
            return Self {
                carried_deflate_s: carried,
                ..Self::default()
            };
        }
        let shift = TIMING_ERROR_FRACTION * period_s;
        let (inflate, deflate) = Self::edges(balloon.timing, timing, period_s, shift);
        let assisted = beat_index.is_multiple_of(every);
        Self {
            inflate_s: assisted.then_some(inflate),
            // At a fast heart rate the edges may crowd together: the balloon always has time to fill.
            deflate_s: deflate.max(inflate + BALLOON_FILL_S),
            carried_deflate_s: carried,
        }
    }

    /// When a balloon still full at the end of this beat (late deflation) starts to empty in the next one.
    pub fn carry(&self, period_s: f64) -> Option<f64> {
        self.inflate_s
            .and(Some(self.deflate_s))
            .filter(|&d| d > period_s)
            .map(|d| d - period_s)
    }

    fn edges(
        error: BalloonTiming,
        timing: &ActivationTiming,
        period_s: f64,
        shift: f64,
    ) -> (f64, f64) {
        let inflate = timing.t_es_s + INFLATE_AFTER_END_SYSTOLE * timing.t_rel_s;
        let deflate = period_s - EMPTY_BEFORE_SYSTOLE_S - BALLOON_EMPTY_S;
        match error {
            BalloonTiming::Correct => (inflate, deflate),
            BalloonTiming::EarlyInflation => (inflate - 1.5 * shift, deflate),
            BalloonTiming::LateInflation => (inflate + shift, deflate),
            BalloonTiming::EarlyDeflation => (inflate, deflate - 1.5 * shift),
            // Still full while the next beat ejects: it empties only as that ejection ends.
            BalloonTiming::LateDeflation => (inflate, period_s + timing.t_es_s),
        }
    }

    /// Volume of the balloon at `tc_s` since the beat started, ml.
    #[inline]
    pub fn volume_ml(&self, tc_s: f64) -> f64 {
        let this_beat = self.inflate_s.map_or(0.0, |t| {
            ramp(tc_s - t, BALLOON_FILL_S).min(1.0 - ramp(tc_s - self.deflate_s, BALLOON_EMPTY_S))
        });
        let carried = self
            .carried_deflate_s
            .map_or(0.0, |t| 1.0 - ramp(tc_s - t, BALLOON_EMPTY_S));
        // Never less than empty nor more than full, however the edges fall.
        BALLOON_DISPLACEMENT_ML * this_beat.max(carried).clamp(0.0, 1.0)
    }

    /// True when the balloon moves at some point of this beat.
    pub fn is_active(&self) -> bool {
        self.inflate_s.is_some() || self.carried_deflate_s.is_some()
    }
}

/// Pressure difference at which VA-ECMO gives its set flow, mmHg (arterial minus venous pressure, a typical
/// supported mean arterial pressure of about 65 minus a venous pressure of about 5).
pub const ECMO_REFERENCE_PRESSURE_MMHG: f64 = 60.0;
/// Slope of the ECMO pump's pressure–flow line, mmHg·s/ml: 10 mmHg more afterload lowers the flow by
/// 0.4 L/min. Illustrative (the shape of a centrifugal pump at fixed speed, not a fitted console curve).
pub const ECMO_RESISTANCE_MMHG_S_PER_ML: f64 = 1.5;
/// How fast the drainage cannula's resistance grows as the venous pressure falls below zero,
/// mmHg·s/ml per mmHg (the vein collapsing around the cannula; illustrative).
pub const ECMO_DRAINAGE_GAIN: f64 = 1.0;
/// Cap on the drainage resistance, mmHg·s/ml.
pub const ECMO_DRAINAGE_MAX: f64 = 50.0;

/// VA-ECMO's pressure–flow element for one beat.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct EcmoCircuit {
    /// Pressure the pump adds at zero flow, mmHg (0 when off).
    pub head_mmhg: f64,
    /// 1 / slope, ml/(s·mmHg).
    pub inverse_resistance: f64,
    /// Running.
    pub on: bool,
}

impl EcmoCircuit {
    /// The circuit for a set flow, L/min (0 = off).
    pub fn for_flow(flow_l_min: f64) -> Self {
        if flow_l_min <= 0.0 || !flow_l_min.is_finite() {
            return Self::default();
        }
        let q_ml_s = flow_l_min / ML_S_TO_L_MIN;
        Self {
            head_mmhg: ECMO_REFERENCE_PRESSURE_MMHG + ECMO_RESISTANCE_MMHG_S_PER_ML * q_ml_s,
            inverse_resistance: 1.0 / ECMO_RESISTANCE_MMHG_S_PER_ML,
            on: true,
        }
    }

    /// Flow from the veins to the arteries at these pressures, ml/s (never backwards: the circuit's pump keeps
    /// turning and the arterial line has no path back while it runs).
    #[inline]
    pub fn flow_ml_s(&self, p_arterial_mmhg: f64, p_venous_mmhg: f64) -> f64 {
        if !self.on {
            return 0.0;
        }
        let drainage = (ECMO_DRAINAGE_GAIN * (-p_venous_mmhg).max(0.0)).min(ECMO_DRAINAGE_MAX);
        let resistance = ECMO_RESISTANCE_MMHG_S_PER_ML + drainage;
        ((self.head_mmhg - (p_arterial_mmhg - p_venous_mmhg)) / resistance).max(0.0)
    }
}

/// The supports the compare view sets side by side, each on the same patient.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SupportChoice {
    /// The patient's own heart, no machine.
    None,
    /// The balloon pump.
    Balloon,
    /// The microaxial flow pump (CP class).
    MicroaxialPump,
    /// VA-ECMO.
    Ecmo,
    /// VA-ECMO with the microaxial pump venting the ventricle.
    EcmoWithPump,
}

/// The settings a comparison applies to every support that uses them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SupportSettings {
    /// Balloon ratio and timing (ratio `Off` is read as 1:1: the balloon is what is being compared).
    pub balloon: Balloon,
    /// Microaxial pump P-level.
    pub p_level: u8,
    /// ECMO set flow, L/min.
    pub ecmo_flow_l_min: f64,
}

impl Default for SupportSettings {
    fn default() -> Self {
        Self {
            balloon: Balloon {
                ratio: BalloonRatio::OneToOne,
                timing: BalloonTiming::Correct,
            },
            p_level: 8,
            // Gives 4.7 L/min on the comparison patient: FACTS.md's "more than 4.5 L/min".
            ecmo_flow_l_min: 5.5,
        }
    }
}

impl SupportChoice {
    /// Every choice, in the compare view's order.
    pub const ALL: [SupportChoice; 5] = [
        SupportChoice::None,
        SupportChoice::Balloon,
        SupportChoice::MicroaxialPump,
        SupportChoice::Ecmo,
        SupportChoice::EcmoWithPump,
    ];

    /// Stable id for the app.
    pub fn id(self) -> &'static str {
        match self {
            SupportChoice::None => "none",
            SupportChoice::Balloon => "balloon",
            SupportChoice::MicroaxialPump => "pump",
            SupportChoice::Ecmo => "ecmo",
            SupportChoice::EcmoWithPump => "ecmo-pump",
        }
    }

    /// The choice with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.id() == id)
    }

    /// The controls that put this support (and only it) in place.
    pub fn controls(self, settings: &SupportSettings) -> [crate::Control; 4] {
        use crate::Control;
        let balloon = Balloon {
            ratio: match settings.balloon.ratio {
                BalloonRatio::Off => BalloonRatio::OneToOne,
                r => r,
            },
            timing: settings.balloon.timing,
        };
        let no_balloon = Control::Balloon(Balloon::default());
        let pump = |on: bool| {
            if on {
                Control::Device(crate::Device::ImpellaCp)
            } else {
                Control::Device(crate::Device::None)
            }
        };
        let level = Control::PLevel(settings.p_level);
        let ecmo = |on: bool| Control::EcmoFlow(if on { settings.ecmo_flow_l_min } else { 0.0 });
        match self {
            SupportChoice::None => [no_balloon, pump(false), Control::PLevel(0), ecmo(false)],
            SupportChoice::Balloon => [
                Control::Balloon(balloon),
                pump(false),
                Control::PLevel(0),
                ecmo(false),
            ],
            SupportChoice::MicroaxialPump => [no_balloon, pump(true), level, ecmo(false)],
            SupportChoice::Ecmo => [no_balloon, pump(false), Control::PLevel(0), ecmo(true)],
            SupportChoice::EcmoWithPump => [no_balloon, pump(true), level, ecmo(true)],
        }
    }
}

/// The patient every support in a comparison meets: deteriorating shock (SCAI D), with the baroreflex off so
/// the vessels' tone is the same under every machine (as if held by drugs). With the reflex on, the body
/// widens its vessels as a machine raises the pressure, which hides much of what ECMO does to the ventricle's
/// afterload; the compare view says so, and the model-limits page lists the reflex's simplifications.
///
/// Not settled: [`settled_comparison_patient`] settles it at once; the compare view settles it in short tasks.
pub fn comparison_patient() -> crate::Simulation {
    let mut sim = crate::Simulation::new(crate::Preset::Deteriorating);
    sim.set_control(crate::Control::Baroreflex(false));
    sim
}

/// How [`comparison_patient`] is settled: accelerated, to the default tolerance, in at most
/// [`crate::comparison::MAX_SETTLE_BEATS`] beats. [`settled_comparison_patient`] runs it at once and the compare
/// view in short tasks, so both start every support from the same state.
pub fn comparison_settling() -> crate::AcceleratedSettling {
    crate::AcceleratedSettling::new(
        crate::simulation::DEFAULT_STEADY_TOLERANCE,
        crate::comparison::MAX_SETTLE_BEATS,
    )
}

/// [`comparison_patient`] at its steady state ([`comparison_settling`]), the start every support of a
/// comparison is run from.
pub fn settled_comparison_patient() -> crate::Simulation {
    let mut sim = comparison_patient();
    let mut settling = comparison_settling();
    while settling.run(&mut sim, u32::MAX).is_none() {}
    sim
}

/// Beats a comparison runs after settling, so every balloon ratio's cycle (up to three beats) is whole twice.
pub const COMPARISON_BEATS: u32 = 6;

#[cfg(test)]
mod tests {
    use super::*;

    fn shock_timing() -> ActivationTiming {
        ActivationTiming {
            t_es_s: 0.26,
            t_rel_s: 0.13,
        }
    }

    #[test]
    fn off_means_no_balloon() {
        let s = BalloonSchedule::of(&Balloon::default(), 4, &shock_timing(), 0.63, None);
        assert!(!s.is_active());
        assert!(s.volume_ml(0.5).abs() < 1e-12);
    }

    #[test]
    fn correct_timing_fills_in_diastole_and_is_empty_at_systole() {
        let balloon = Balloon {
            ratio: BalloonRatio::OneToOne,
            timing: BalloonTiming::Correct,
        };
        let period = 60.0 / 95.0;
        let s = BalloonSchedule::of(&balloon, 3, &shock_timing(), period, None);
        assert!(s.volume_ml(0.0).abs() < 1e-12, "empty as systole starts");
        assert!(s.volume_ml(0.2).abs() < 1e-12, "empty during ejection");
        assert!((s.volume_ml(0.45) - BALLOON_DISPLACEMENT_ML).abs() < 1e-9);
        assert!(
            s.volume_ml(period - 0.001).abs() < 1e-9,
            "empty before the next beat"
        );
    }

    #[test]
    fn one_to_two_assists_every_second_beat() {
        let balloon = Balloon {
            ratio: BalloonRatio::OneToTwo,
            timing: BalloonTiming::Correct,
        };
        let t = shock_timing();
        assert!(BalloonSchedule::of(&balloon, 0, &t, 0.63, None).is_active());
        assert!(!BalloonSchedule::of(&balloon, 1, &t, 0.63, None).is_active());
        assert!(BalloonSchedule::of(&balloon, 2, &t, 0.63, None).is_active());
    }

    #[test]
    fn late_deflation_is_still_full_as_the_next_beat_starts_whatever_the_setting_is_then() {
        let balloon = Balloon {
            ratio: BalloonRatio::OneToTwo,
            timing: BalloonTiming::LateDeflation,
        };
        let t = shock_timing();
        let assisted = BalloonSchedule::of(&balloon, 0, &t, 0.63, None);
        let carry = assisted.carry(0.63);
        assert!(carry.is_some());
        let next = BalloonSchedule::of(&balloon, 1, &t, 0.63, carry);
        assert!((next.volume_ml(0.0) - BALLOON_DISPLACEMENT_ML).abs() < 1e-9);
        assert!(next.volume_ml(0.4).abs() < 1e-9);
        // Switched off between the beats: the full balloon still empties, it does not vanish.
        let off = BalloonSchedule::of(&Balloon::default(), 1, &t, 0.63, carry);
        assert!((off.volume_ml(0.0) - BALLOON_DISPLACEMENT_ML).abs() < 1e-9);
        // Switched on between beats: nothing was full, so nothing is full at the start.
        let on = BalloonSchedule::of(&balloon, 2, &t, 0.63, None);
        assert!(on.volume_ml(0.0).abs() < 1e-9);
    }

    #[test]
    fn the_balloon_stays_between_empty_and_full_at_every_rate_and_timing() {
        let base = shock_timing();
        for bpm in [30.0, 60.0, 95.0, 140.0, 180.0, 200.0] {
            let period = 60.0 / bpm;
            let t = base.at_period(60.0 / 95.0, period);
            for timing in BalloonTiming::ALL {
                let balloon = Balloon {
                    ratio: BalloonRatio::OneToOne,
                    timing,
                };
                let first = BalloonSchedule::of(&balloon, 0, &t, period, None);
                let second = BalloonSchedule::of(&balloon, 1, &t, period, first.carry(period));
                let mut most: f64 = 0.0;
                for i in 0..=1000 {
                    let tc = period * f64::from(i) / 1000.0;
                    for s in [first, second] {
                        let v = s.volume_ml(tc);
                        assert!(
                            (0.0..=BALLOON_DISPLACEMENT_ML).contains(&v),
                            "{bpm} bpm {timing:?}: {v}"
                        );
                        most = most.max(v);
                    }
                }
                assert!(
                    most > 0.99 * BALLOON_DISPLACEMENT_ML,
                    "{bpm} bpm {timing:?} never fills: {most}"
                );
            }
        }
    }

    #[test]
    fn ecmo_flow_is_the_set_flow_at_the_reference_and_falls_with_afterload() {
        let e = EcmoCircuit::for_flow(4.0);
        let at_reference = e.flow_ml_s(65.0, 5.0) * ML_S_TO_L_MIN;
        assert!((at_reference - 4.0).abs() < 1e-9);
        let higher = e.flow_ml_s(85.0, 5.0) * ML_S_TO_L_MIN;
        assert!(higher < at_reference - 0.5, "{higher}");
        assert!(e.flow_ml_s(400.0, 5.0).abs() < 1e-12, "never backwards");
        assert!(EcmoCircuit::for_flow(0.0).flow_ml_s(65.0, 5.0).abs() < 1e-12);
    }

    #[test]
    fn ecmo_drainage_falls_when_the_veins_are_empty() {
        let e = EcmoCircuit::for_flow(5.0);
        assert!(e.flow_ml_s(65.0, -5.0) < 0.5 * e.flow_ml_s(65.0, 0.0));
    }
}
