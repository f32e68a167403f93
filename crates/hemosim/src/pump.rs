//! The microaxial flow pump: an inertial pressure–flow element driven by motor speed, with suction when the
//! ventricle runs out of blood at the inlet, and a position along the catheter that decides which chamber the
//! inlet, the outlet and the pressure-sensing area sit in.
//!
//! Pump law (MODEL.md "Pump"): `L·dQ/dt = a·ω² − (b + R_suck)·Q − (P_out − P_in)`, ω in thousands of rpm.
//! The same law makes a stopped pump (ω = 0) across the aortic valve leak backwards in diastole.

/// Flow unit conversion: 1 ml/s = 0.06 L/min.
pub const ML_S_TO_L_MIN: f64 = 0.06;

/// Which family of device is in place. Coefficients are per class, not per serial number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Device {
    /// No pump in the heart: the pump branch carries no flow.
    #[default]
    None,
    /// 12 Fr, up to 2.5 L/min, femoral (FACTS.md device table).
    Impella25,
    /// 14 Fr pump on a 9 Fr catheter, up to 4.3 L/min, femoral or axillary (FACTS.md device table).
    ImpellaCp,
    /// 21 Fr pump on a 9 Fr catheter, up to 6.2 L/min, axillary graft (FACTS.md device table).
    Impella55,
}

/// Highest P-level index of every device. P-9 is BOOST on the 2.5 and P-9 on the CP / 5.5 (FACTS.md).
pub const MAX_P_LEVEL: u8 = 9;

/// Pump coefficients of one device class.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PumpCoefficients {
    /// Pressure head per speed squared `a`, mmHg/krpm².
    pub head_mmhg_per_krpm2: f64,
    /// Internal hydraulic resistance `b`, mmHg·s/ml.
    pub resistance_mmhg_s_per_ml: f64,
    /// Inertance of the blood in the cannula `L`, mmHg·s²/ml.
    pub inertance_mmhg_s2_per_ml: f64,
    /// Motor speed at P-0 … P-9, thousands of rpm.
    pub speeds_krpm: [f64; 10],
    /// Rated maximum mean flow, L/min (FACTS.md device table).
    pub max_flow_l_min: f64,
    /// Recommended inlet depth below the aortic annulus, cm.
    pub recommended_depth_cm: f64,
    /// Distance from the inlet to the outlet (where the pressure-sensing area also sits), cm.
    pub inlet_to_outlet_cm: f64,
}

impl Device {
    /// Every device, in menu order.
    pub const ALL: [Device; 4] = [
        Device::None,
        Device::Impella25,
        Device::ImpellaCp,
        Device::Impella55,
    ];

    /// Coefficients for this device class, or `None` when no pump is in place.
    pub fn coefficients(self) -> Option<PumpCoefficients> {
        match self {
            Device::None => None,
            // a, b, L fitted so every P-level's flow in the shock preset falls inside the manufacturer's
            // range (MODEL.md "Pump coefficients"; checked by the acceptance tests). Speeds: AIC manual
            // P-level table (FACTS.md), P-9 = BOOST 51,000 rpm.
            Device::Impella25 => Some(PumpCoefficients {
                head_mmhg_per_krpm2: 0.124,
                resistance_mmhg_s_per_ml: 7.1,
                inertance_mmhg_s2_per_ml: 0.03,
                speeds_krpm: [0.0, 25.0, 35.0, 38.0, 40.0, 43.0, 45.0, 47.0, 50.0, 51.0],
                max_flow_l_min: 2.5,
                // Inlet ~3.5 cm below the annulus (FACTS.md "The procedure"); inlet-to-outlet spacing is
                // our estimate of the cannula length, not a published figure.
                recommended_depth_cm: 3.5,
                inlet_to_outlet_cm: 5.0,
            }),
            // Estimated (MODEL.md: not from a published table): P-2/4/6/8/9 ≈ 31/37/42/46/48 krpm, odd
            // levels interpolated, P-1 as on the 2.5. Peak flow must stay ≤ 4.3 L/min (FACTS.md): with the
            // baroreflex on, MODEL.md's a = 0.0866 gave 4.45 L/min at P-9, so a is lowered to 0.082.
            Device::ImpellaCp => Some(PumpCoefficients {
                head_mmhg_per_krpm2: 0.082,
                resistance_mmhg_s_per_ml: 2.0,
                inertance_mmhg_s2_per_ml: 0.02,
                speeds_krpm: [0.0, 25.0, 31.0, 34.0, 37.0, 39.5, 42.0, 44.0, 46.0, 48.0],
                max_flow_l_min: 4.3,
                recommended_depth_cm: 3.5,
                inlet_to_outlet_cm: 5.0,
            }),
            // Our own fit (MODEL.md asks for it): a bigger, lower-resistance, slower pump sized so the mean flow
            // at P-9 on the supported shock preset is just under 6.2 L/min (FACTS.md device table). Speeds
            // are illustrative, spread like the smaller devices' tables.
            Device::Impella55 => Some(PumpCoefficients {
                head_mmhg_per_krpm2: 0.18,
                resistance_mmhg_s_per_ml: 1.0,
                inertance_mmhg_s2_per_ml: 0.015,
                speeds_krpm: [0.0, 14.0, 18.0, 20.5, 23.0, 25.0, 27.0, 28.5, 30.0, 31.5],
                max_flow_l_min: 6.2,
                recommended_depth_cm: 5.0,
                inlet_to_outlet_cm: 6.5,
            }),
        }
    }

    /// Motor speed in thousands of rpm at `p_level` (clamped to the device's levels); 0 without a pump.
    pub fn speed_krpm(self, p_level: u8) -> f64 {
        self.coefficients().map_or(0.0, |c| {
            c.speeds_krpm[usize::from(p_level.min(MAX_P_LEVEL))]
        })
    }

    /// Rated maximum mean flow, L/min (0 without a pump).
    pub fn max_flow_l_min(self) -> f64 {
        self.coefficients().map_or(0.0, |c| c.max_flow_l_min)
    }
}

/// A chamber a part of the pump can sit in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Chamber {
    /// The left ventricle.
    Ventricle,
    /// The ascending aorta.
    Aorta,
}

/// Where the inlet, the outlet and the pressure-sensing area sit for a given catheter position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Placement {
    /// Chamber the pump draws blood from.
    pub inlet: Chamber,
    /// Chamber the pump delivers blood to.
    pub outlet: Chamber,
    /// Chamber whose pressure the placement signal shows (the sensing area sits at the outlet).
    pub sensor: Chamber,
}

/// How the placement compares with the intended one, for teaching text and tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PositionClass {
    /// Inlet in the ventricle, outlet in the aorta.
    Correct,
    /// Inlet and outlet in the ventricle: the pump stirs blood inside the ventricle.
    TooDeep,
    /// Inlet and outlet in the aorta: the pump stirs blood inside the aorta; no unloading.
    TooFarOut,
}

impl Placement {
    /// Placement for an inlet `depth_cm` below the aortic annulus (negative = above it, in the aorta).
    pub fn from_depth(depth_cm: f64, inlet_to_outlet_cm: f64) -> Self {
        let inlet = if depth_cm > 0.0 {
            Chamber::Ventricle
        } else {
            Chamber::Aorta
        };
        let outlet = if depth_cm - inlet_to_outlet_cm > 0.0 {
            Chamber::Ventricle
        } else {
            Chamber::Aorta
        };
        Self {
            inlet,
            outlet,
            sensor: outlet,
        }
    }

    /// Correct, too deep or too far out.
    pub fn class(&self) -> PositionClass {
        match (self.inlet, self.outlet) {
            (Chamber::Ventricle, Chamber::Aorta) => PositionClass::Correct,
            (Chamber::Ventricle, Chamber::Ventricle) => PositionClass::TooDeep,
            _ => PositionClass::TooFarOut,
        }
    }
}

/// Suction: an extra inlet resistance when the ventricle holds too little blood (MODEL.md "Pump").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Suction {
    /// LV volume below which the inlet starts to be starved, ml (MODEL.md: 25 ml).
    pub onset_volume_ml: f64,
    /// Resistance added per ml below onset, mmHg·s/ml² (MODEL.md: 1).
    pub gain_mmhg_s_per_ml2: f64,
    /// Ceiling of the suction resistance, mmHg·s/ml (MODEL.md: 50).
    pub max_resistance_mmhg_s_per_ml: f64,
}

impl Default for Suction {
    fn default() -> Self {
        Self {
            onset_volume_ml: 25.0,
            gain_mmhg_s_per_ml2: 1.0,
            max_resistance_mmhg_s_per_ml: 50.0,
        }
    }
}

impl Suction {
    /// Suction resistance at LV volume `v_lv_ml`.
    #[inline]
    pub fn resistance_mmhg_s_per_ml(&self, v_lv_ml: f64) -> f64 {
        (self.gain_mmhg_s_per_ml2 * (self.onset_volume_ml - v_lv_ml).max(0.0))
            .min(self.max_resistance_mmhg_s_per_ml)
    }
}

/// Motor current baseline (bearing and electrical losses), mA. Illustrative console scale, not a published value.
pub const MOTOR_CURRENT_IDLE_MA: f64 = 100.0;
/// Motor current per (krpm · ml/s) of hydraulic load, mA. Chosen so a CP at P-8 reads several hundred mA.
pub const MOTOR_CURRENT_PER_KRPM_ML_S: f64 = 0.25;

/// Motor current from speed and the pressure difference across the pump.
///
/// Motor torque follows the flow the impeller moves, and at a fixed speed that flow falls as the pressure
/// difference rises (`Q ≈ (a·ω² − ΔP)/b`), so the current is pulsatile when the pressure difference changes
/// through the beat (inlet and outlet in different chambers) and flat when it does not.
#[inline]
pub fn motor_current_ma(
    coefficients: &PumpCoefficients,
    speed_krpm: f64,
    pressure_rise_mmhg: f64,
) -> f64 {
    if speed_krpm <= 0.0 {
        return 0.0;
    }
    let quasi_static_flow_ml_s = ((coefficients.head_mmhg_per_krpm2 * speed_krpm * speed_krpm
        - pressure_rise_mmhg)
        / coefficients.resistance_mmhg_s_per_ml)
        .max(0.0);
    MOTOR_CURRENT_IDLE_MA + MOTOR_CURRENT_PER_KRPM_ML_S * speed_krpm * quasi_static_flow_ml_s
}

/// Purge system settings: the fluid that flows through the catheter against the blood to keep it out of the motor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Purge {
    /// Dextrose concentration of the purge fluid, % (FACTS.md: 5–40 %, commonly 20 %).
    pub dextrose_percent: f64,
    /// Purge flow rate, ml/h.
    pub rate_ml_per_h: f64,
}

impl Default for Purge {
    fn default() -> Self {
        Self {
            dextrose_percent: 20.0,
            rate_ml_per_h: 10.0,
        }
    }
}

/// Purge pressure above which the console warns (FACTS.md: > 1,100 mmHg → "Purge Flow Low").
pub const PURGE_PRESSURE_ALARM_MMHG: f64 = 1100.0;

/// Purge pressure per (ml/h × relative viscosity), mmHg. Chosen so 20 % dextrose at 10 ml/h reads ≈ 600 mmHg,
/// inside the usual console range; the purge lumen's resistance is not published.
pub const PURGE_RESISTANCE_MMHG_PER_ML_H: f64 = 26.0;

impl Purge {
    /// Viscosity of the dextrose solution relative to water, from a smooth fit to handbook values of
    /// aqueous glucose viscosity (≈ 1.3× at 10 %, 1.9× at 20 %, 3× at 30 %, 5× at 40 %).
    pub fn relative_viscosity(&self) -> f64 {
        let c = self.dextrose_percent;
        crate::portable_math::exp(0.025 * c + 0.00038 * c * c)
    }

    /// Purge pressure, mmHg: the blood pressure at the pump plus the drop along the purge lumen.
    pub fn pressure_mmhg(&self, blood_pressure_mmhg: f64) -> f64 {
        blood_pressure_mmhg.max(0.0)
            + PURGE_RESISTANCE_MMHG_PER_ML_H * self.relative_viscosity() * self.rate_ml_per_h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_device_has_no_speed() {
        assert!(Device::None.speed_krpm(8).abs() < 1e-12);
        assert!(Device::Impella25.speed_krpm(0).abs() < 1e-12);
    }

    #[test]
    fn speeds_rise_with_p_level() {
        for device in [Device::Impella25, Device::ImpellaCp, Device::Impella55] {
            let c = device.coefficients().expect("device has coefficients");
            for pair in c.speeds_krpm.windows(2) {
                assert!(pair[1] > pair[0], "{device:?}: {pair:?}");
            }
        }
    }

    #[test]
    fn impella_25_speeds_match_the_manufacturer_table() {
        assert!((Device::Impella25.speed_krpm(8) - 50.0).abs() < 1e-12);
        assert!((Device::Impella25.speed_krpm(1) - 25.0).abs() < 1e-12);
        assert!((Device::Impella25.speed_krpm(200) - 51.0).abs() < 1e-12);
    }

    #[test]
    fn placement_follows_depth() {
        assert_eq!(
            Placement::from_depth(3.5, 5.0).class(),
            PositionClass::Correct
        );
        assert_eq!(
            Placement::from_depth(6.5, 5.0).class(),
            PositionClass::TooDeep
        );
        assert_eq!(
            Placement::from_depth(-1.0, 5.0).class(),
            PositionClass::TooFarOut
        );
        assert_eq!(Placement::from_depth(6.5, 5.0).sensor, Chamber::Ventricle);
        assert_eq!(Placement::from_depth(3.5, 5.0).sensor, Chamber::Aorta);
    }

    #[test]
    fn suction_resistance_grows_and_saturates() {
        let s = Suction::default();
        assert!(s.resistance_mmhg_s_per_ml(100.0).abs() < 1e-12);
        assert!((s.resistance_mmhg_s_per_ml(20.0) - 5.0).abs() < 1e-12);
        assert!((s.resistance_mmhg_s_per_ml(-100.0) - 50.0).abs() < 1e-12);
    }

    #[test]
    fn motor_current_falls_as_pressure_difference_rises() {
        let c = Device::ImpellaCp.coefficients().expect("cp");
        let low = motor_current_ma(&c, 46.0, 10.0);
        let high = motor_current_ma(&c, 46.0, 80.0);
        assert!(low > high, "{low} vs {high}");
        assert!(motor_current_ma(&c, 0.0, 10.0).abs() < 1e-12);
    }

    #[test]
    fn thicker_purge_fluid_needs_more_pressure() {
        let d20 = Purge {
            dextrose_percent: 20.0,
            rate_ml_per_h: 10.0,
        };
        let d40 = Purge {
            dextrose_percent: 40.0,
            rate_ml_per_h: 10.0,
        };
        assert!(d40.pressure_mmhg(70.0) > d20.pressure_mmhg(70.0));
        let p20 = d20.pressure_mmhg(70.0);
        assert!(
            (300.0..1100.0).contains(&p20),
            "20 % at 10 ml/h reads {p20}"
        );
    }
}
