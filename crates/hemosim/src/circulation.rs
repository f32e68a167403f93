//! The vessels around the heart: systemic arteries (a windkessel with characteristic impedance), systemic
//! veins, pulmonary arteries and pulmonary veins with the left atrium, each a linear compliance.

use crate::heart::Valve;

/// A compliant vessel compartment: `P = (V − V0) / C`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Vessel {
    /// Compliance, ml/mmHg.
    pub compliance_ml_per_mmhg: f64,
    /// Unstressed volume (volume at zero transmural pressure), ml.
    pub unstressed_volume_ml: f64,
}

impl Vessel {
    /// Pressure at `volume_ml`, mmHg.
    #[inline]
    pub fn pressure_mmhg(&self, volume_ml: f64) -> f64 {
        (volume_ml - self.unstressed_volume_ml) / self.compliance_ml_per_mmhg
    }

    /// Volume at `pressure_mmhg`, ml (the inverse of [`Vessel::pressure_mmhg`]).
    #[inline]
    pub fn volume_ml(&self, pressure_mmhg: f64) -> f64 {
        self.unstressed_volume_ml + pressure_mmhg * self.compliance_ml_per_mmhg
    }
}

/// Everything outside the ventricles: vessels, resistances and the four valves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Circulation {
    /// Systemic arteries (windkessel compliance).
    pub systemic_arteries: Vessel,
    /// Systemic veins (the big venous reservoir; its unstressed volume is what venoconstriction changes).
    pub systemic_veins: Vessel,
    /// Pulmonary arteries.
    pub pulmonary_arteries: Vessel,
    /// Pulmonary veins and left atrium together; their pressure is the wedge pressure (PCWP).
    pub pulmonary_veins: Vessel,
    /// Systemic vascular resistance, mmHg·s/ml.
    pub systemic_resistance_mmhg_s_per_ml: f64,
    /// Pulmonary vascular resistance, mmHg·s/ml.
    pub pulmonary_resistance_mmhg_s_per_ml: f64,
    /// Aortic characteristic impedance `Zc`, mmHg·s/ml.
    pub characteristic_impedance_mmhg_s_per_ml: f64,
    /// Mitral valve.
    pub mitral: Valve,
    /// Aortic valve.
    pub aortic: Valve,
    /// Tricuspid valve.
    pub tricuspid: Valve,
    /// Pulmonary valve.
    pub pulmonary_valve: Valve,
}

impl Circulation {
    /// Aortic-valve flow given LV pressure, systemic arterial (windkessel) pressure and the pump's net flow
    /// into the aorta. Solves `Q_av = (P_lv − P_ao)/R_av` with `P_ao = P_sa + Zc·(Q_av + Q_pump_net)`,
    /// clipped at zero (MODEL.md flows).
    #[inline]
    pub fn aortic_valve_flow_ml_s(
        &self,
        p_lv_mmhg: f64,
        p_sa_mmhg: f64,
        pump_into_aorta_ml_s: f64,
    ) -> f64 {
        let zc = self.characteristic_impedance_mmhg_s_per_ml;
        ((p_lv_mmhg - p_sa_mmhg - zc * pump_into_aorta_ml_s)
            / (self.aortic.resistance_mmhg_s_per_ml + zc))
            .max(0.0)
    }

    /// Proximal aortic pressure: windkessel pressure plus the drop across the characteristic impedance.
    #[inline]
    pub fn aortic_pressure_mmhg(&self, p_sa_mmhg: f64, total_inflow_ml_s: f64) -> f64 {
        p_sa_mmhg + self.characteristic_impedance_mmhg_s_per_ml * total_inflow_ml_s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn circulation() -> Circulation {
        let v = Vessel {
            compliance_ml_per_mmhg: 1.0,
            unstressed_volume_ml: 0.0,
        };
        let valve = Valve {
            resistance_mmhg_s_per_ml: 0.006,
        };
        Circulation {
            systemic_arteries: v,
            systemic_veins: v,
            pulmonary_arteries: v,
            pulmonary_veins: v,
            systemic_resistance_mmhg_s_per_ml: 1.0,
            pulmonary_resistance_mmhg_s_per_ml: 0.1,
            characteristic_impedance_mmhg_s_per_ml: 0.05,
            mitral: valve,
            aortic: valve,
            tricuspid: valve,
            pulmonary_valve: valve,
        }
    }

    #[test]
    fn vessel_pressure_and_volume_are_inverse() {
        let v = Vessel {
            compliance_ml_per_mmhg: 1.6,
            unstressed_volume_ml: 650.0,
        };
        let p = v.pressure_mmhg(800.0);
        assert!((v.volume_ml(p) - 800.0).abs() < 1e-9);
        assert!((p - 93.75).abs() < 1e-9);
    }

    #[test]
    fn aortic_flow_satisfies_its_implicit_equation() {
        let c = circulation();
        let q = c.aortic_valve_flow_ml_s(120.0, 80.0, 20.0);
        let p_ao = c.aortic_pressure_mmhg(80.0, q + 20.0);
        let residual = q - (120.0 - p_ao) / c.aortic.resistance_mmhg_s_per_ml;
        assert!(residual.abs() < 1e-9, "residual {residual}");
    }

    #[test]
    fn aortic_valve_stays_shut_when_the_aorta_is_higher() {
        let c = circulation();
        assert!(c.aortic_valve_flow_ml_s(60.0, 80.0, 0.0).abs() < 1e-12);
    }
}
