//! The closed-loop model: its state, its parameters, and the derivative function the integrator advances.
//!
//! States `[V_lv, V_rv, V_sa, V_sv, V_pa, V_pv, Q_p]` (MODEL.md "States and equations"): six blood volumes in
//! ml and the pump flow in ml/s. Blood leaves one compartment only to enter another, so the sum of the six
//! volume derivatives is zero by construction and total blood volume is conserved.

use crate::baroreflex::{BaroreflexParams, ReflexEffect};
use crate::circulation::Circulation;
use crate::heart::{ActivationTiming, Ventricle};
use crate::pump::{Chamber, Device, Placement, Purge, Suction};
use crate::support::{Balloon, EcmoCircuit};

/// Ventricular volume below which nothing leaves the ventricle (an emptied RV through its valve, an emptied
/// LV through the pump's inlet), ml.
const EMPTY_ML: f64 = 1.0;
/// Over how many millilitres above [`EMPTY_ML`] that outflow fades in, ml.
const EMPTYING_ML: f64 = 4.0;

/// Number of state variables.
pub const STATE_LEN: usize = 7;

/// The model's state at one instant.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct State {
    /// Left-ventricular volume, ml.
    pub v_lv_ml: f64,
    /// Right-ventricular volume, ml.
    pub v_rv_ml: f64,
    /// Systemic arterial volume, ml.
    pub v_sa_ml: f64,
    /// Systemic venous volume, ml.
    pub v_sv_ml: f64,
    /// Pulmonary arterial volume, ml.
    pub v_pa_ml: f64,
    /// Pulmonary venous plus left-atrial volume, ml.
    pub v_pv_ml: f64,
    /// Flow through the pump from inlet to outlet, ml/s (negative = backwards).
    pub q_pump_ml_s: f64,
}

impl State {
    /// The state as the integrator's array.
    #[inline]
    pub fn to_array(&self) -> [f64; STATE_LEN] {
        [
            self.v_lv_ml,
            self.v_rv_ml,
            self.v_sa_ml,
            self.v_sv_ml,
            self.v_pa_ml,
            self.v_pv_ml,
            self.q_pump_ml_s,
        ]
    }

    /// The state from the integrator's array.
    #[inline]
    pub fn from_array(y: &[f64; STATE_LEN]) -> Self {
        Self {
            v_lv_ml: y[0],
            v_rv_ml: y[1],
            v_sa_ml: y[2],
            v_sv_ml: y[3],
            v_pa_ml: y[4],
            v_pv_ml: y[5],
            q_pump_ml_s: y[6],
        }
    }

    /// Total blood volume in all six compartments, ml.
    #[inline]
    pub fn total_volume_ml(&self) -> f64 {
        self.v_lv_ml + self.v_rv_ml + self.v_sa_ml + self.v_sv_ml + self.v_pa_ml + self.v_pv_ml
    }

    /// Smallest of the six volumes, ml.
    pub fn min_volume_ml(&self) -> f64 {
        self.to_array()[..6]
            .iter()
            .copied()
            .fold(f64::INFINITY, f64::min)
    }

    /// True when every component is a finite number.
    pub fn is_finite(&self) -> bool {
        self.to_array().iter().all(|x| x.is_finite())
    }

    /// Largest absolute componentwise difference (ml for volumes, ml/s for pump flow).
    pub fn max_abs_difference(&self, other: &State) -> f64 {
        let a = self.to_array();
        let b = other.to_array();
        a.iter()
            .zip(b.iter())
            .map(|(x, y)| (x - y).abs())
            .fold(0.0, f64::max)
    }
}

/// Everything that defines one patient and one device setting, before the baroreflex adjusts it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Parameters {
    /// Left ventricle at the baroreflex set point.
    pub lv: Ventricle,
    /// Right ventricle.
    pub rv: Ventricle,
    /// Systolic timing measured at `timing_heart_rate_bpm`.
    pub timing: ActivationTiming,
    /// Heart rate at which `timing` was set, bpm.
    pub timing_heart_rate_bpm: f64,
    /// Heart rate at the baroreflex set point, bpm.
    pub heart_rate_bpm: f64,
    /// Vessels, resistances and valves at the baroreflex set point.
    pub circulation: Circulation,
    /// Device in place.
    pub device: Device,
    /// Selected P-level, 0 (stopped) … 9.
    pub p_level: u8,
    /// Inlet depth below the aortic annulus along the catheter, cm.
    pub position_cm: f64,
    /// Suction behaviour at the inlet.
    pub suction: Suction,
    /// Purge fluid and rate.
    pub purge: Purge,
    /// Baroreflex settings.
    pub baroreflex: BaroreflexParams,
    /// Body surface area used for cardiac index, m².
    pub body_surface_area_m2: f64,
    /// Intra-aortic balloon pump (off in every preset).
    pub balloon: Balloon,
    /// VA-ECMO set flow, L/min (0 = off, as in every preset).
    pub ecmo_flow_l_min: f64,
}

impl Parameters {
    /// Where the pump's parts sit at the current position (correct placement when no device is in place).
    pub fn placement(&self) -> Placement {
        let spacing_cm = self
            .device
            .coefficients()
            .map_or(5.0, |c| c.inlet_to_outlet_cm);
        Placement::from_depth(self.position_cm, spacing_cm)
    }

    /// Beat period at a given heart rate, s.
    pub fn period_s(heart_rate_bpm: f64) -> f64 {
        60.0 / heart_rate_bpm
    }

    /// The derivative function for one beat with the baroreflex effect applied.
    pub fn model_for_beat(&self, effect: &ReflexEffect) -> Model {
        let mut lv = self.lv;
        lv.ees_mmhg_per_ml *= effect.contractility_factor;
        // Sympathetic drive acts on both ventricles by the same fraction of their baseline elastance
        // (Ursino, Am J Physiol 1998: GEmax,lv / Emax,lv0 = 0.475 / 2.392 ≈ GEmax,rv / Emax,rv0 = 0.282 / 1.412).
        let mut rv = self.rv;
        rv.ees_mmhg_per_ml *= effect.contractility_factor;
        let mut circulation = self.circulation;
        circulation.systemic_resistance_mmhg_s_per_ml *= effect.resistance_factor;
        circulation.systemic_veins.unstressed_volume_ml += effect.venous_unstressed_change_ml;
        let placement = self.placement();
        let inlet_in_lv = placement.inlet == Chamber::Ventricle;
        let outlet_in_aorta = placement.outlet == Chamber::Aorta;
        let (pump_present, head_mmhg, resistance, inverse_inertance) =
            match self.device.coefficients() {
                Some(c) => {
                    let speed = self.device.speed_krpm(self.p_level);
                    (
                        true,
                        c.head_mmhg_per_krpm2 * speed * speed,
                        c.resistance_mmhg_s_per_ml,
                        1.0 / c.inertance_mmhg_s2_per_ml,
                    )
                }
                None => (false, 0.0, 1.0, 0.0),
            };
        let out_of_lv = f64::from(u8::from(inlet_in_lv)) - f64::from(u8::from(!outlet_in_aorta));
        let into_aorta = f64::from(u8::from(outlet_in_aorta)) - f64::from(u8::from(!inlet_in_lv));
        Model {
            lv,
            rv,
            inverse: InverseCoefficients::of(&circulation),
            inverse_systemic_resistance: 1.0 / circulation.systemic_resistance_mmhg_s_per_ml,
            inverse_pulmonary_resistance: 1.0 / circulation.pulmonary_resistance_mmhg_s_per_ml,
            circulation,
            pump_present,
            pump_head_mmhg: head_mmhg,
            pump_resistance_mmhg_s_per_ml: resistance,
            pump_inverse_inertance: inverse_inertance,
            pump_out_of_lv_factor: out_of_lv,
            pump_into_aorta_factor: into_aorta,
            inlet_in_lv,
            outlet_in_aorta,
            sensor_in_lv: placement.sensor == Chamber::Ventricle,
            suction: self.suction,
            ecmo: EcmoCircuit::for_flow(self.ecmo_flow_l_min),
        }
    }
}

/// What drives the model from outside its state at one instant: the heart's activation and the balloon.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Drive {
    /// Ventricular activation `e ∈ [0, 1]`.
    pub activation: f64,
    /// Gas volume of the intra-aortic balloon, ml (0 without one).
    pub balloon_ml: f64,
}

/// Algebraic signals at one instant: pressures in mmHg, flows in ml/s.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Signals {
    /// LV pressure.
    pub p_lv_mmhg: f64,
    /// RV pressure.
    pub p_rv_mmhg: f64,
    /// Proximal aortic pressure (what an arterial line shows).
    pub p_ao_mmhg: f64,
    /// Systemic arterial windkessel pressure.
    pub p_sa_mmhg: f64,
    /// Systemic venous pressure (CVP).
    pub p_sv_mmhg: f64,
    /// Pulmonary arterial pressure.
    pub p_pa_mmhg: f64,
    /// Pulmonary venous / left-atrial pressure (PCWP).
    pub p_pv_mmhg: f64,
    /// Mitral flow.
    pub q_mv_ml_s: f64,
    /// Aortic-valve (native) flow.
    pub q_av_ml_s: f64,
    /// Systemic flow through the resistance.
    pub q_sys_ml_s: f64,
    /// Tricuspid flow.
    pub q_tv_ml_s: f64,
    /// Pump flow through the device.
    pub q_pump_ml_s: f64,
    /// Pump's net contribution to aortic inflow (zero when it recirculates).
    pub q_pump_into_aorta_ml_s: f64,
    /// Pressure rise across the pump `P_out − P_in`.
    pub pump_pressure_rise_mmhg: f64,
    /// Pressure at the sensing area (the placement signal).
    pub placement_signal_mmhg: f64,
    /// Suction resistance in effect.
    pub suction_resistance_mmhg_s_per_ml: f64,
    /// VA-ECMO flow from the systemic veins to the systemic arteries.
    pub q_ecmo_ml_s: f64,
    /// Gas volume of the intra-aortic balloon, ml.
    pub balloon_ml: f64,
}

/// Reciprocals of compliances and resistances, so the inner loop multiplies instead of dividing.
#[derive(Clone, Copy, Debug, PartialEq)]
struct InverseCoefficients {
    sa_per_ml: f64,
    sv_per_ml: f64,
    pa_per_ml: f64,
    pv_per_ml: f64,
    mitral: f64,
    aortic_plus_zc: f64,
    tricuspid: f64,
    pulmonary_valve: f64,
}

impl InverseCoefficients {
    fn of(c: &Circulation) -> Self {
        Self {
            sa_per_ml: 1.0 / c.systemic_arteries.compliance_ml_per_mmhg,
            sv_per_ml: 1.0 / c.systemic_veins.compliance_ml_per_mmhg,
            pa_per_ml: 1.0 / c.pulmonary_arteries.compliance_ml_per_mmhg,
            pv_per_ml: 1.0 / c.pulmonary_veins.compliance_ml_per_mmhg,
            mitral: 1.0 / c.mitral.resistance_mmhg_s_per_ml,
            aortic_plus_zc: 1.0
                / (c.aortic.resistance_mmhg_s_per_ml + c.characteristic_impedance_mmhg_s_per_ml),
            tricuspid: 1.0 / c.tricuspid.resistance_mmhg_s_per_ml,
            pulmonary_valve: 1.0 / c.pulmonary_valve.resistance_mmhg_s_per_ml,
        }
    }
}

/// The right-hand side for one beat: parameters with the baroreflex applied, flattened for speed.
///
/// Same equations as [`Circulation`] and [`crate::heart::Valve`], but with reciprocals precomputed once per
/// beat (the unit tests there check the equations; `evaluate` is the fast path).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Model {
    inverse: InverseCoefficients,
    lv: Ventricle,
    rv: Ventricle,
    circulation: Circulation,
    inverse_systemic_resistance: f64,
    inverse_pulmonary_resistance: f64,
    pump_present: bool,
    pump_head_mmhg: f64,
    pump_resistance_mmhg_s_per_ml: f64,
    pump_inverse_inertance: f64,
    pump_out_of_lv_factor: f64,
    pump_into_aorta_factor: f64,
    inlet_in_lv: bool,
    outlet_in_aorta: bool,
    sensor_in_lv: bool,
    suction: Suction,
    ecmo: EcmoCircuit,
}

impl Model {
    /// LV used this beat (with the baroreflex's contractility change).
    pub fn lv(&self) -> &Ventricle {
        &self.lv
    }

    /// Derivatives `dy` of the state `y` under `drive`, returning the algebraic signals.
    ///
    /// Valve flows are recomputed from pressures every call (no valve state), as MODEL.md requires.
    #[inline(always)]
    pub fn evaluate(
        &self,
        drive: Drive,
        y: &[f64; STATE_LEN],
        dy: &mut [f64; STATE_LEN],
    ) -> Signals {
        let [v_lv, v_rv, v_sa, v_sv, v_pa, v_pv, q_pump] = *y;
        let c = &self.circulation;
        let activation = drive.activation;
        let p_lv = self.lv.pressure_mmhg(v_lv, activation);
        let p_rv = self.rv.pressure_mmhg(v_rv, activation);
        let inv = &self.inverse;
        // The balloon's gas takes up room in the arteries: the same blood is under more pressure.
        let p_sa =
            (v_sa + drive.balloon_ml - c.systemic_arteries.unstressed_volume_ml) * inv.sa_per_ml;
        let p_sv = (v_sv - c.systemic_veins.unstressed_volume_ml) * inv.sv_per_ml;
        let p_pa = (v_pa - c.pulmonary_arteries.unstressed_volume_ml) * inv.pa_per_ml;
        let p_pv = (v_pv - c.pulmonary_veins.unstressed_volume_ml) * inv.pv_per_ml;

        let zc = c.characteristic_impedance_mmhg_s_per_ml;
        // An emptied LV cannot feed the pump: when a support has drained the lungs so far that nothing reaches
        // the ventricle, the flow through the inlet fades out over the LV's last few millilitres (the suction
        // resistance alone would let the pump draw it below zero). Never reached in the presets or the
        // scenarios (suction starts at 25 ml).
        let mut q_through = q_pump;
        if self.inlet_in_lv && v_lv < EMPTY_ML + EMPTYING_ML && q_pump > 0.0 {
            q_through *= ((v_lv - EMPTY_ML) * (1.0 / EMPTYING_ML)).max(0.0);
        }
        let pump_into_aorta = self.pump_into_aorta_factor * q_through;
        let pump_out_of_lv = self.pump_out_of_lv_factor * q_through;
        let q_mv = ((p_pv - p_lv) * inv.mitral).max(0.0);
        let q_av = ((p_lv - p_sa - zc * pump_into_aorta) * inv.aortic_plus_zc).max(0.0);
        let p_ao = p_sa + zc * (q_av + pump_into_aorta);
        let q_sys = (p_sa - p_sv) * self.inverse_systemic_resistance;
        let q_tv = ((p_sv - p_rv) * inv.tricuspid).max(0.0);
        // An emptied RV cannot eject: when a support has drained the lungs so far that the pulmonary arteries'
        // pressure is below the RV's (negative) passive pressure, the valve flow fades out over the RV's last
        // few millilitres instead of taking its volume below zero. Never reached in normal operation (the RV's
        // end-systolic volume stays far above it).
        let mut q_pv = ((p_rv - p_pa) * inv.pulmonary_valve).max(0.0);
        if v_rv < EMPTY_ML + EMPTYING_ML {
            q_pv *= ((v_rv - EMPTY_ML) * (1.0 / EMPTYING_ML)).max(0.0);
        }
        let q_pul = (p_pa - p_pv) * self.inverse_pulmonary_resistance;
        let q_ecmo = if self.ecmo.on {
            self.ecmo.flow_ml_s(p_sa, p_sv)
        } else {
            0.0
        };

        let p_in = if self.inlet_in_lv { p_lv } else { p_ao };
        let p_out = if self.outlet_in_aorta { p_ao } else { p_lv };
        let rise = p_out - p_in;
        let (dq_pump, r_suck) = if self.pump_present {
            let r_suck = if self.inlet_in_lv {
                self.suction.resistance_mmhg_s_per_ml(v_lv)
            } else {
                0.0
            };
            let dq = (self.pump_head_mmhg
                - (self.pump_resistance_mmhg_s_per_ml + r_suck) * q_pump
                - rise)
                * self.pump_inverse_inertance;
            (dq, r_suck)
        } else {
            (0.0, 0.0)
        };

        *dy = [
            q_mv - q_av - pump_out_of_lv,
            q_tv - q_pv,
            q_av + pump_into_aorta + q_ecmo - q_sys,
            q_sys - q_tv - q_ecmo,
            q_pv - q_pul,
            q_pul - q_mv,
            dq_pump,
        ];

        Signals {
            p_lv_mmhg: p_lv,
            p_rv_mmhg: p_rv,
            p_ao_mmhg: p_ao,
            p_sa_mmhg: p_sa,
            p_sv_mmhg: p_sv,
            p_pa_mmhg: p_pa,
            p_pv_mmhg: p_pv,
            q_mv_ml_s: q_mv,
            q_av_ml_s: q_av,
            q_sys_ml_s: q_sys,
            q_tv_ml_s: q_tv,
            q_pump_ml_s: q_through,
            q_pump_into_aorta_ml_s: pump_into_aorta,
            pump_pressure_rise_mmhg: rise,
            placement_signal_mmhg: if self.sensor_in_lv { p_lv } else { p_ao },
            suction_resistance_mmhg_s_per_ml: r_suck,
            q_ecmo_ml_s: q_ecmo,
            balloon_ml: drive.balloon_ml,
        }
    }

    /// Derivatives only, for the integrator's inner stages. The same arithmetic as [`Model::evaluate`]
    /// (so results are identical), inlined so the compiler drops the signals nobody reads.
    #[inline]
    pub fn derivatives(&self, drive: Drive, y: &[f64; STATE_LEN], dy: &mut [f64; STATE_LEN]) {
        let _ = self.evaluate(drive, y, dy);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::baroreflex::ReflexEffect;
    use crate::presets::Preset;

    #[test]
    fn volume_derivatives_sum_to_zero_in_every_position() {
        for position_cm in [-2.0, 3.5, 7.0] {
            let mut params = Preset::CardiogenicShock.parameters();
            params.device = Device::ImpellaCp;
            params.p_level = 8;
            params.position_cm = position_cm;
            params.ecmo_flow_l_min = 4.0;
            let model = params.model_for_beat(&ReflexEffect::NONE);
            let y = [120.0, 110.0, 760.0, 3100.0, 150.0, 420.0, 30.0];
            let mut dy = [0.0; STATE_LEN];
            for activation in [0.0, 0.3, 1.0] {
                let balloon_ml = 10.0 * activation;
                model.evaluate(
                    Drive {
                        activation,
                        balloon_ml,
                    },
                    &y,
                    &mut dy,
                );
                let sum: f64 = dy[..6].iter().sum();
                assert!(sum.abs() < 1e-9, "position {position_cm}: sum {sum}");
            }
        }
    }

    #[test]
    fn stopped_pump_leaks_backwards_in_diastole() {
        let mut params = Preset::CardiogenicShock.parameters();
        params.device = Device::ImpellaCp;
        params.p_level = 0;
        let model = params.model_for_beat(&ReflexEffect::NONE);
        let y = [150.0, 110.0, 760.0, 3100.0, 150.0, 420.0, 0.0];
        let mut dy = [0.0; STATE_LEN];
        model.evaluate(Drive::default(), &y, &mut dy);
        assert!(dy[6] < 0.0, "dQ/dt {}", dy[6]);
    }

    #[test]
    fn state_round_trips_through_the_array() {
        let s = State {
            v_lv_ml: 1.0,
            v_rv_ml: 2.0,
            v_sa_ml: 3.0,
            v_sv_ml: 4.0,
            v_pa_ml: 5.0,
            v_pv_ml: 6.0,
            q_pump_ml_s: 7.0,
        };
        assert_eq!(State::from_array(&s.to_array()), s);
        assert!((s.total_volume_ml() - 21.0).abs() < 1e-12);
        assert!((s.min_volume_ml() - 1.0).abs() < 1e-12);
    }
}
