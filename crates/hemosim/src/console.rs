//! What the pump console shows: flow, speed, placement signal, motor current, purge, and a small alarm
//! evaluation (FACTS.md "Position signals" and "Alarms and actions").

use crate::metrics::BeatMetrics;
use crate::model::Parameters;
use crate::pump::{Device, PURGE_PRESSURE_ALARM_MMHG};

/// Placement-signal pulsatility below which the console cannot tell where the pump is, mmHg
/// (FACTS.md: "Position unknown" when the heart's own pulsatility is too low). Illustrative threshold.
pub const MIN_PLACEMENT_PULSATILITY_MMHG: f64 = 8.0;
/// A placement signal whose lowest value is below this fraction of its highest looks ventricular
/// (ventricular pressure falls to near zero in diastole; aortic pressure stays above about half of systolic).
pub const VENTRICULAR_TROUGH_FRACTION: f64 = 0.4;
/// Motor-current swing below this fraction of its mean counts as flat.
pub const FLAT_CURRENT_FRACTION: f64 = 0.05;

/// Which waveform the placement signal shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlacementWaveform {
    /// Aortic-looking: high trough.
    Aortic,
    /// Ventricular-looking: trough near zero.
    Ventricular,
    /// Too little pulsatility to tell.
    Unknown,
}

/// Alarms the console raises (several can be active at once).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Alarms {
    /// Too little blood at the inlet (suction).
    pub suction: bool,
    /// The placement signal looks ventricular: the outlet is in the ventricle.
    pub position_in_ventricle: bool,
    /// Aortic placement signal with flat motor current: the whole pump is in the aorta.
    pub position_wrong: bool,
    /// Pulsatility too low to judge position.
    pub position_unknown: bool,
    /// Purge pressure above 1,100 mmHg ("Purge Flow Low").
    pub purge_pressure_high: bool,
    /// A pump is in place but its motor is stopped (P-0): it leaks backwards across the valve.
    pub pump_stopped: bool,
}

impl Alarms {
    /// True when no alarm is active.
    pub fn none_active(&self) -> bool {
        *self == Alarms::default()
    }

    /// The active alarms, most urgent first (in [`AlarmKind::ALL`] order within a priority).
    pub fn active(&self) -> Vec<AlarmKind> {
        let mut active: Vec<AlarmKind> = AlarmKind::ALL
            .into_iter()
            .filter(|k| k.is_active(self))
            .collect();
        active.sort_by_key(|k| std::cmp::Reverse(k.priority()));
        active
    }

    /// The priority of the most urgent active alarm.
    pub fn highest(&self) -> Option<Priority> {
        AlarmKind::ALL
            .into_iter()
            .filter(|k| k.is_active(self))
            .map(AlarmKind::priority)
            .max()
    }
}

/// How urgent an alarm is. The levels and which alarm has which are this simulator's teaching rules (the
/// order of FACTS.md "Alarms and actions": a stopped pump leaks at once; suction, a wrong position and a
/// blocked purge need action now; "position unknown" asks the trainee to look), not a device's settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Priority {
    /// Look and judge: nothing is failing yet.
    Advisory,
    /// Act now.
    Serious,
    /// Act at once: the pump is failing the patient.
    Critical,
}

/// One of the console's alarms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AlarmKind {
    /// The motor is stopped with the pump across the valve.
    PumpStopped,
    /// Too little blood at the inlet.
    Suction,
    /// The outlet is in the ventricle.
    PositionInVentricle,
    /// The whole pump is in the aorta.
    PositionWrong,
    /// Purge pressure high.
    PurgePressureHigh,
    /// Pulsatility too low to judge position.
    PositionUnknown,
}

impl AlarmKind {
    /// Every alarm.
    pub const ALL: [AlarmKind; 6] = [
        AlarmKind::PumpStopped,
        AlarmKind::Suction,
        AlarmKind::PositionInVentricle,
        AlarmKind::PositionWrong,
        AlarmKind::PurgePressureHigh,
        AlarmKind::PositionUnknown,
    ];

    /// Its priority (see [`Priority`]).
    pub fn priority(self) -> Priority {
        match self {
            AlarmKind::PumpStopped => Priority::Critical,
            AlarmKind::Suction
            | AlarmKind::PositionInVentricle
            | AlarmKind::PositionWrong
            | AlarmKind::PurgePressureHigh => Priority::Serious,
            AlarmKind::PositionUnknown => Priority::Advisory,
        }
    }

    /// Whether it is active in `alarms`.
    pub fn is_active(self, alarms: &Alarms) -> bool {
        match self {
            AlarmKind::PumpStopped => alarms.pump_stopped,
            AlarmKind::Suction => alarms.suction,
            AlarmKind::PositionInVentricle => alarms.position_in_ventricle,
            AlarmKind::PositionWrong => alarms.position_wrong,
            AlarmKind::PurgePressureHigh => alarms.purge_pressure_high,
            AlarmKind::PositionUnknown => alarms.position_unknown,
        }
    }
}

/// How long "mute" silences the alarms, in simulated seconds (this simulator's teaching rule).
pub const MUTE_SECONDS: f64 = 120.0;

/// The console's mute: it silences the alarms active when pressed, for [`MUTE_SECONDS`]. While muted, an
/// alarm sounds again only if it is more urgent than the most urgent one that was silenced; when the time is
/// up, whatever is still active sounds again. An alarm stays on screen whether it sounds or not.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct AlarmMute {
    /// Until when (simulated seconds) and up to which priority alarms are silenced.
    silenced: Option<(f64, Priority)>,
}

impl AlarmMute {
    /// Mutes the alarms active at `now_s`. Returns false (and changes nothing) when none is sounding.
    pub fn mute(&mut self, now_s: f64, alarms: &Alarms) -> bool {
        if !self.sounding(now_s, alarms) {
            return false;
        }
        let top = alarms.highest().expect("a sounding alarm is active");
        self.silenced = Some((now_s + MUTE_SECONDS, top));
        true
    }

    /// Seconds of mute left at `now_s`, if muted.
    pub fn remaining_s(&self, now_s: f64) -> Option<f64> {
        self.silenced
            .map(|(until, _)| until - now_s)
            .filter(|&left| left > 0.0)
    }

    /// Whether an alarm sounds at `now_s`.
    pub fn sounding(&self, now_s: f64, alarms: &Alarms) -> bool {
        let Some(top) = alarms.highest() else {
            return false;
        };
        match self.silenced {
            Some((until, muted)) if now_s < until => top > muted,
            _ => true,
        }
    }
}

/// Console readings for the last finished beat.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ConsoleReadings {
    /// Device in place.
    pub device: Device,
    /// P-level.
    pub p_level: u8,
    /// Motor speed, rpm.
    pub speed_rpm: f64,
    /// Mean pump flow, L/min.
    pub flow_l_min: f64,
    /// Lowest / highest pump flow within the beat, L/min.
    pub flow_range_l_min: (f64, f64),
    /// Placement signal systolic / diastolic / mean, mmHg.
    pub placement_signal_mmhg: (f64, f64, f64),
    /// What the placement signal looks like.
    pub placement_waveform: PlacementWaveform,
    /// Motor current highest / lowest / mean, mA.
    pub motor_current_ma: (f64, f64, f64),
    /// Whether the motor current swings with the heartbeat.
    pub motor_current_pulsatile: bool,
    /// Purge pressure, mmHg.
    pub purge_pressure_mmhg: f64,
    /// Purge flow, ml/h.
    pub purge_flow_ml_per_h: f64,
    /// Active alarms.
    pub alarms: Alarms,
}

/// Classify the placement waveform from its extremes.
pub fn classify_placement(max_mmhg: f64, min_mmhg: f64) -> PlacementWaveform {
    if max_mmhg - min_mmhg < MIN_PLACEMENT_PULSATILITY_MMHG {
        PlacementWaveform::Unknown
    } else if min_mmhg < VENTRICULAR_TROUGH_FRACTION * max_mmhg {
        PlacementWaveform::Ventricular
    } else {
        PlacementWaveform::Aortic
    }
}

/// True when the motor current swings by at least [`FLAT_CURRENT_FRACTION`] of its mean.
pub fn current_is_pulsatile(max_ma: f64, min_ma: f64, mean_ma: f64) -> bool {
    mean_ma > 0.0 && (max_ma - min_ma) >= FLAT_CURRENT_FRACTION * mean_ma
}

impl ConsoleReadings {
    /// Readings from a finished beat's metrics and the current settings.
    pub fn evaluate(metrics: &BeatMetrics, params: &Parameters) -> Self {
        let device = params.device;
        let present = device != Device::None;
        let speed_krpm = device.speed_krpm(params.p_level);
        let running = present && speed_krpm > 0.0;
        let waveform = if present {
            classify_placement(
                metrics.placement_signal_max_mmhg,
                metrics.placement_signal_min_mmhg,
            )
        } else {
            PlacementWaveform::Unknown
        };
        let pulsatile = current_is_pulsatile(
            metrics.motor_current_max_ma,
            metrics.motor_current_min_ma,
            metrics.motor_current_mean_ma,
        );
        let purge_pressure = if present {
            params.purge.pressure_mmhg(metrics.map_mmhg)
        } else {
            0.0
        };
        let alarms = Alarms {
            suction: running && metrics.suction,
            position_in_ventricle: running && waveform == PlacementWaveform::Ventricular,
            position_wrong: running && waveform == PlacementWaveform::Aortic && !pulsatile,
            position_unknown: running && waveform == PlacementWaveform::Unknown,
            purge_pressure_high: present && purge_pressure > PURGE_PRESSURE_ALARM_MMHG,
            pump_stopped: present && !running,
        };
        Self {
            device,
            p_level: params.p_level,
            speed_rpm: speed_krpm * 1000.0,
            flow_l_min: metrics.pump_flow_l_min,
            flow_range_l_min: (metrics.pump_flow_min_l_min, metrics.pump_flow_max_l_min),
            placement_signal_mmhg: (
                metrics.placement_signal_max_mmhg,
                metrics.placement_signal_min_mmhg,
                metrics.placement_signal_mean_mmhg,
            ),
            placement_waveform: waveform,
            motor_current_ma: (
                metrics.motor_current_max_ma,
                metrics.motor_current_min_ma,
                metrics.motor_current_mean_ma,
            ),
            motor_current_pulsatile: pulsatile,
            purge_pressure_mmhg: purge_pressure,
            purge_flow_ml_per_h: if present {
                params.purge.rate_ml_per_h
            } else {
                0.0
            },
            alarms,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aortic_and_ventricular_waveforms_are_told_apart() {
        assert_eq!(classify_placement(95.0, 60.0), PlacementWaveform::Aortic);
        assert_eq!(
            classify_placement(90.0, 8.0),
            PlacementWaveform::Ventricular
        );
        assert_eq!(classify_placement(70.0, 66.0), PlacementWaveform::Unknown);
    }

    fn with(kinds: &[AlarmKind]) -> Alarms {
        let mut a = Alarms::default();
        for k in kinds {
            match k {
                AlarmKind::PumpStopped => a.pump_stopped = true,
                AlarmKind::Suction => a.suction = true,
                AlarmKind::PositionInVentricle => a.position_in_ventricle = true,
                AlarmKind::PositionWrong => a.position_wrong = true,
                AlarmKind::PurgePressureHigh => a.purge_pressure_high = true,
                AlarmKind::PositionUnknown => a.position_unknown = true,
            }
        }
        a
    }

    #[test]
    fn alarms_are_listed_most_urgent_first() {
        let a = with(&[
            AlarmKind::PositionUnknown,
            AlarmKind::PurgePressureHigh,
            AlarmKind::PumpStopped,
        ]);
        assert_eq!(
            a.active(),
            vec![
                AlarmKind::PumpStopped,
                AlarmKind::PurgePressureHigh,
                AlarmKind::PositionUnknown
            ]
        );
        assert_eq!(a.highest(), Some(Priority::Critical));
        assert_eq!(Alarms::default().highest(), None);
        for k in AlarmKind::ALL {
            assert_eq!(with(&[k]).active(), vec![k], "{k:?} maps to its own flag");
        }
    }

    #[test]
    fn mute_silences_for_a_while_and_only_a_more_urgent_alarm_breaks_through() {
        let mut mute = AlarmMute::default();
        let suction = with(&[AlarmKind::Suction]);
        assert!(mute.sounding(0.0, &suction));
        assert!(!mute.mute(0.0, &Alarms::default()), "nothing to mute");
        assert!(mute.mute(10.0, &suction));
        assert!(!mute.sounding(11.0, &suction));
        assert_eq!(mute.remaining_s(70.0), Some(MUTE_SECONDS - 60.0));
        // A new alarm of the same or a lower priority stays silent while muted…
        let purge = with(&[AlarmKind::Suction, AlarmKind::PurgePressureHigh]);
        assert!(!mute.sounding(20.0, &purge));
        assert!(!mute.sounding(20.0, &with(&[AlarmKind::PositionUnknown])));
        // …a more urgent one sounds,
        assert!(mute.sounding(20.0, &with(&[AlarmKind::Suction, AlarmKind::PumpStopped])));
        // and when the time is up, whatever is still active sounds again.
        assert!(mute.sounding(10.0 + MUTE_SECONDS, &suction));
        assert_eq!(mute.remaining_s(10.0 + MUTE_SECONDS), None);
        // Muting a critical alarm silences it; muting again while silent does nothing.
        let stopped = with(&[AlarmKind::PumpStopped]);
        assert!(mute.mute(200.0, &stopped));
        assert!(!mute.sounding(201.0, &stopped));
        assert!(!mute.mute(202.0, &stopped));
        assert!(!mute.sounding(203.0, &Alarms::default()));
    }

    #[test]
    fn flat_current_is_not_pulsatile() {
        assert!(!current_is_pulsatile(700.0, 699.0, 699.5));
        assert!(current_is_pulsatile(900.0, 500.0, 700.0));
    }
}
