//! The per-beat measures the demo's tables show: each with its label (and unit), its value in a beat, the
//! decimals shown, and the readout of hemosim's limits registry it belongs to (so the page can mark it while
//! a limit of the model affects it).

use hemosim::BeatMetrics;

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
