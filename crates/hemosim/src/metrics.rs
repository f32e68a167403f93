//! Per-beat metrics (MODEL.md "Per-beat metrics"), accumulated from the samples of one beat.
//!
//! The accumulator is just another observer of samples: adding a metric never touches the integrator.
//! Samples are equally spaced and the beat is periodic, so plain sample means are trapezoid-rule means.

use crate::heart::Ventricle;
use crate::pump::ML_S_TO_L_MIN;
use crate::sample::Sample;

/// Joules per mmHg·ml (133.322 Pa × 1e-6 m³).
pub const JOULES_PER_MMHG_ML: f64 = 1.333_22e-4;
/// Cardiac power output divisor: CPO [W] = MAP [mmHg] × CO [L/min] / 451 (MODEL.md; Fincke et al., JACC 2004).
pub const CPO_DIVISOR: f64 = 451.0;
/// Native stroke volume above which the aortic valve counts as having opened, ml.
pub const AORTIC_VALVE_OPEN_MIN_ML: f64 = 1.0;

/// Metrics of one finished beat.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct BeatMetrics {
    /// Index of the beat since the simulation began (0-based).
    pub beat_index: u64,
    /// Heart rate of this beat, bpm.
    pub heart_rate_bpm: f64,
    /// Mean aortic pressure, mmHg.
    pub map_mmhg: f64,
    /// Systolic aortic pressure, mmHg: the highest while the aortic valve is open (the highest of the beat when
    /// it stays shut), so a balloon's diastolic augmentation is not read as systolic.
    pub sbp_mmhg: f64,
    /// Diastolic (minimum) aortic pressure, mmHg.
    pub dbp_mmhg: f64,
    /// Native output through the aortic valve, L/min.
    pub co_native_l_min: f64,
    /// Mean flow through the pump (what the console shows), L/min.
    pub pump_flow_l_min: f64,
    /// Lowest instantaneous pump flow in the beat, L/min.
    pub pump_flow_min_l_min: f64,
    /// Highest instantaneous pump flow in the beat, L/min.
    pub pump_flow_max_l_min: f64,
    /// Total forward output into the aorta: native plus the pump's net contribution, L/min.
    pub co_total_l_min: f64,
    /// Cardiac index: total output / body surface area, L/min/m².
    pub cardiac_index_l_min_m2: f64,
    /// Body surface area used for the cardiac index, m².
    pub body_surface_area_m2: f64,
    /// Native stroke volume (aortic-valve flow over the beat), ml.
    pub stroke_volume_ml: f64,
    /// LV pressure at end diastole (onset of contraction), mmHg.
    pub lvedp_mmhg: f64,
    /// LV volume at end diastole, ml.
    pub lvedv_ml: f64,
    /// LV end-systolic volume (minimum volume in the beat), ml.
    pub lvesv_ml: f64,
    /// Ejection fraction (EDV − ESV) / EDV, %.
    pub ejection_fraction_percent: f64,
    /// Highest LV pressure, mmHg.
    pub lv_peak_pressure_mmhg: f64,
    /// Mean pulmonary venous / left-atrial pressure (wedge), mmHg.
    pub pcwp_mmhg: f64,
    /// Mean systemic venous pressure, mmHg.
    pub cvp_mmhg: f64,
    /// Mean pulmonary arterial pressure, mmHg.
    pub mean_pa_mmhg: f64,
    /// Stroke work: area inside the pressure–volume loop, mmHg·ml.
    pub stroke_work_mmhg_ml: f64,
    /// Pressure–volume area (stroke work + potential energy), mmHg·ml.
    pub pva_mmhg_ml: f64,
    /// Cardiac power output MAP × CO / 451, W.
    pub cardiac_power_output_w: f64,
    /// True when blood left through the aortic valve this beat.
    pub aortic_valve_opened: bool,
    /// True when the pump's inlet was starved of blood at some point in the beat.
    pub suction: bool,
    /// Loop area over its bounding rectangle: ~0.8+ for a normal loop, ~0.5 for a triangular (pump-only) loop.
    pub loop_fill_fraction: f64,
    /// Highest placement signal, mmHg.
    pub placement_signal_max_mmhg: f64,
    /// Lowest placement signal, mmHg.
    pub placement_signal_min_mmhg: f64,
    /// Mean placement signal, mmHg.
    pub placement_signal_mean_mmhg: f64,
    /// Highest motor current, mA.
    pub motor_current_max_ma: f64,
    /// Lowest motor current, mA.
    pub motor_current_min_ma: f64,
    /// Mean motor current, mA.
    pub motor_current_mean_ma: f64,
    /// Total blood volume at the end of the beat, ml.
    pub total_volume_ml: f64,
    /// Mean VA-ECMO flow, L/min (0 without ECMO).
    pub ecmo_flow_l_min: f64,
    /// Mean flow through the systemic resistance: all the blood reaching the body, whichever way it came
    /// (native, microaxial pump, ECMO), L/min.
    pub systemic_flow_l_min: f64,
    /// Highest aortic pressure while the balloon was full (the augmented diastolic pressure), mmHg; 0 when
    /// no balloon inflated this beat.
    pub augmented_pressure_mmhg: f64,
}

impl BeatMetrics {
    /// Stroke work in joules.
    pub fn stroke_work_j(&self) -> f64 {
        self.stroke_work_mmhg_ml * JOULES_PER_MMHG_ML
    }

    /// Pressure–volume area in joules.
    pub fn pva_j(&self) -> f64 {
        self.pva_mmhg_ml * JOULES_PER_MMHG_ML
    }

    /// Aortic pulse pressure, mmHg.
    pub fn pulse_pressure_mmhg(&self) -> f64 {
        self.sbp_mmhg - self.dbp_mmhg
    }
}

/// Running sums over one beat's samples.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BeatAccumulator {
    samples: u32,
    dt_s: f64,
    sum_p_ao: f64,
    max_p_ao: f64,
    min_p_ao: f64,
    sum_q_av: f64,
    sum_q_pump: f64,
    sum_q_pump_into_aorta: f64,
    sum_q_ecmo: f64,
    sum_q_sys: f64,
    max_p_ao_balloon: f64,
    max_p_ao_ejecting: f64,
    min_q_pump: f64,
    max_q_pump: f64,
    sum_p_pv: f64,
    sum_p_sv: f64,
    sum_p_pa: f64,
    first_p_lv: f64,
    first_v_lv: f64,
    min_v_lv: f64,
    max_v_lv: f64,
    min_p_lv: f64,
    max_p_lv: f64,
    peak_activation: f64,
    p_es: f64,
    v_es: f64,
    prev_p_lv: f64,
    prev_v_lv: f64,
    loop_integral: f64,
    max_suction_resistance: f64,
    sum_placement: f64,
    max_placement: f64,
    min_placement: f64,
    sum_current: f64,
    max_current: f64,
    min_current: f64,
}

impl BeatAccumulator {
    /// An empty accumulator for a beat with steps of `dt_s`.
    pub fn new(dt_s: f64) -> Self {
        Self {
            samples: 0,
            dt_s,
            sum_p_ao: 0.0,
            max_p_ao: f64::NEG_INFINITY,
            min_p_ao: f64::INFINITY,
            sum_q_av: 0.0,
            sum_q_pump: 0.0,
            sum_q_pump_into_aorta: 0.0,
            sum_q_ecmo: 0.0,
            sum_q_sys: 0.0,
            max_p_ao_balloon: 0.0,
            max_p_ao_ejecting: f64::NEG_INFINITY,
            min_q_pump: f64::INFINITY,
            max_q_pump: f64::NEG_INFINITY,
            sum_p_pv: 0.0,
            sum_p_sv: 0.0,
            sum_p_pa: 0.0,
            first_p_lv: 0.0,
            first_v_lv: 0.0,
            min_v_lv: f64::INFINITY,
            max_v_lv: f64::NEG_INFINITY,
            min_p_lv: f64::INFINITY,
            max_p_lv: f64::NEG_INFINITY,
            peak_activation: f64::NEG_INFINITY,
            p_es: 0.0,
            v_es: 0.0,
            prev_p_lv: 0.0,
            prev_v_lv: 0.0,
            loop_integral: 0.0,
            max_suction_resistance: 0.0,
            sum_placement: 0.0,
            max_placement: f64::NEG_INFINITY,
            min_placement: f64::INFINITY,
            sum_current: 0.0,
            max_current: f64::NEG_INFINITY,
            min_current: f64::INFINITY,
        }
    }

    /// Number of samples seen.
    pub fn samples(&self) -> u32 {
        self.samples
    }

    /// Add one sample.
    #[inline]
    pub fn observe(&mut self, s: &Sample) {
        let g = &s.signals;
        let p_lv = g.p_lv_mmhg;
        let v_lv = s.state.v_lv_ml;
        if self.samples == 0 {
            self.first_p_lv = p_lv;
            self.first_v_lv = v_lv;
        } else {
            self.loop_integral += 0.5 * (p_lv + self.prev_p_lv) * (v_lv - self.prev_v_lv);
        }
        self.prev_p_lv = p_lv;
        self.prev_v_lv = v_lv;
        self.samples += 1;
        self.sum_p_ao += g.p_ao_mmhg;
        self.max_p_ao = self.max_p_ao.max(g.p_ao_mmhg);
        self.min_p_ao = self.min_p_ao.min(g.p_ao_mmhg);
        self.sum_q_av += g.q_av_ml_s;
        self.sum_q_pump += g.q_pump_ml_s;
        self.sum_q_pump_into_aorta += g.q_pump_into_aorta_ml_s;
        self.sum_q_ecmo += g.q_ecmo_ml_s;
        if g.q_av_ml_s > 0.0 {
            self.max_p_ao_ejecting = self.max_p_ao_ejecting.max(g.p_ao_mmhg);
        }
        self.sum_q_sys += g.q_sys_ml_s;
        // "Full": more than nine tenths of its displacement.
        if g.balloon_ml > 0.9 * crate::support::BALLOON_DISPLACEMENT_ML {
            self.max_p_ao_balloon = self.max_p_ao_balloon.max(g.p_ao_mmhg);
        }
        self.min_q_pump = self.min_q_pump.min(g.q_pump_ml_s);
        self.max_q_pump = self.max_q_pump.max(g.q_pump_ml_s);
        self.sum_p_pv += g.p_pv_mmhg;
        self.sum_p_sv += g.p_sv_mmhg;
        self.sum_p_pa += g.p_pa_mmhg;
        self.min_v_lv = self.min_v_lv.min(v_lv);
        self.max_v_lv = self.max_v_lv.max(v_lv);
        self.min_p_lv = self.min_p_lv.min(p_lv);
        self.max_p_lv = self.max_p_lv.max(p_lv);
        if s.activation > self.peak_activation {
            self.peak_activation = s.activation;
            self.p_es = p_lv;
            self.v_es = v_lv;
        }
        self.max_suction_resistance = self
            .max_suction_resistance
            .max(g.suction_resistance_mmhg_s_per_ml);
        self.sum_placement += g.placement_signal_mmhg;
        self.max_placement = self.max_placement.max(g.placement_signal_mmhg);
        self.min_placement = self.min_placement.min(g.placement_signal_mmhg);
        self.sum_current += s.motor_current_ma;
        self.max_current = self.max_current.max(s.motor_current_ma);
        self.min_current = self.min_current.min(s.motor_current_ma);
    }

    /// Finish the beat. `end_v_lv_ml` is the LV volume at the end of the beat (closing the loop), `lv` the
    /// ventricle of this beat, `pump_running` whether a pump with its inlet in the ventricle was turning.
    pub fn finish(&self, info: &BeatInfo) -> BeatMetrics {
        let n = f64::from(self.samples.max(1));
        let period_s = n * self.dt_s;
        let mean = |sum: f64| sum / n;
        let ml_s_to_l_min = ML_S_TO_L_MIN;
        let end_p_lv = info.lv.passive_pressure_mmhg(info.end_v_lv_ml);
        let loop_integral = self.loop_integral
            + 0.5 * (end_p_lv + self.prev_p_lv) * (info.end_v_lv_ml - self.prev_v_lv);
        // Counter-clockwise PV loop: ∮P dV is negative; stroke work is its magnitude with that orientation.
        let stroke_work = -loop_integral;
        let potential_energy = 0.5 * self.p_es.max(0.0) * (self.v_es - info.lv.v0_ml).max(0.0);
        let map = mean(self.sum_p_ao);
        let co_native = mean(self.sum_q_av) * ml_s_to_l_min;
        let co_total = mean(self.sum_q_av + self.sum_q_pump_into_aorta) * ml_s_to_l_min;
        let box_area = (self.max_p_lv - self.min_p_lv) * (self.max_v_lv - self.min_v_lv);
        let edv = self.first_v_lv;
        BeatMetrics {
            beat_index: info.beat_index,
            heart_rate_bpm: 60.0 / period_s,
            map_mmhg: map,
            sbp_mmhg: if self.max_p_ao_ejecting.is_finite() {
                self.max_p_ao_ejecting
            } else {
                self.max_p_ao
            },
            dbp_mmhg: self.min_p_ao,
            co_native_l_min: co_native,
            pump_flow_l_min: mean(self.sum_q_pump) * ml_s_to_l_min,
            pump_flow_min_l_min: self.min_q_pump * ml_s_to_l_min,
            pump_flow_max_l_min: self.max_q_pump * ml_s_to_l_min,
            co_total_l_min: co_total,
            cardiac_index_l_min_m2: co_total / info.body_surface_area_m2,
            body_surface_area_m2: info.body_surface_area_m2,
            stroke_volume_ml: self.sum_q_av * self.dt_s,
            lvedp_mmhg: self.first_p_lv,
            lvedv_ml: edv,
            lvesv_ml: self.min_v_lv,
            ejection_fraction_percent: if edv > 0.0 {
                100.0 * (edv - self.min_v_lv) / edv
            } else {
                0.0
            },
            lv_peak_pressure_mmhg: self.max_p_lv,
            pcwp_mmhg: mean(self.sum_p_pv),
            cvp_mmhg: mean(self.sum_p_sv),
            mean_pa_mmhg: mean(self.sum_p_pa),
            stroke_work_mmhg_ml: stroke_work,
            pva_mmhg_ml: stroke_work + potential_energy,
            cardiac_power_output_w: map * co_total / CPO_DIVISOR,
            aortic_valve_opened: self.sum_q_av * self.dt_s > AORTIC_VALVE_OPEN_MIN_ML,
            suction: info.pump_running && self.max_suction_resistance > 0.0,
            loop_fill_fraction: if box_area > 0.0 {
                stroke_work / box_area
            } else {
                0.0
            },
            placement_signal_max_mmhg: self.max_placement,
            placement_signal_min_mmhg: self.min_placement,
            placement_signal_mean_mmhg: mean(self.sum_placement),
            motor_current_max_ma: self.max_current,
            motor_current_min_ma: self.min_current,
            motor_current_mean_ma: mean(self.sum_current),
            total_volume_ml: info.end_total_volume_ml,
            ecmo_flow_l_min: mean(self.sum_q_ecmo) * ml_s_to_l_min,
            systemic_flow_l_min: mean(self.sum_q_sys) * ml_s_to_l_min,
            augmented_pressure_mmhg: self.max_p_ao_balloon,
        }
    }
}

/// What the accumulator needs from outside the samples to close a beat.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BeatInfo {
    /// Index of the beat.
    pub beat_index: u64,
    /// LV volume at the end of the beat, ml.
    pub end_v_lv_ml: f64,
    /// Total blood volume at the end of the beat, ml.
    pub end_total_volume_ml: f64,
    /// The LV of this beat (for end pressure and V0).
    pub lv: Ventricle,
    /// True when a pump was turning with its inlet in the ventricle.
    pub pump_running: bool,
    /// Body surface area for the cardiac index, m².
    pub body_surface_area_m2: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A rectangular loop traced counter-clockwise: fill at 10 mmHg from 50 to 150 ml, eject at 110 mmHg.
    #[test]
    fn rectangular_loop_has_the_rectangles_area() {
        // Passive pressure 10 mmHg at 150 ml, so the loop closes on its own filling line.
        let a = 10.0 / (1.5f64.exp() - 1.0);
        let lv = Ventricle {
            ees_mmhg_per_ml: 2.0,
            v0_ml: 0.0,
            edpvr_a_mmhg: a,
            edpvr_b_per_ml: 0.01,
        };
        let mut acc = BeatAccumulator::new(0.01);
        let corners = [(150.0, 10.0), (150.0, 110.0), (50.0, 110.0), (50.0, 10.0)];
        let mut points = Vec::new();
        for w in 0..4 {
            let (v0, p0) = corners[w];
            let (v1, p1) = corners[(w + 1) % 4];
            for i in 0..25 {
                let f = f64::from(i) / 25.0;
                points.push((v0 + f * (v1 - v0), p0 + f * (p1 - p0)));
            }
        }
        for (i, (v, p)) in points.iter().enumerate() {
            let mut s = Sample::default();
            s.state.v_lv_ml = *v;
            s.signals.p_lv_mmhg = *p;
            s.activation = if i == 25 { 1.0 } else { 0.0 };
            acc.observe(&s);
        }
        let info = BeatInfo {
            beat_index: 0,
            end_v_lv_ml: 150.0,
            end_total_volume_ml: 0.0,
            lv,
            pump_running: false,
            body_surface_area_m2: 1.9,
        };
        let m = acc.finish(&info);
        assert!(
            (m.stroke_work_mmhg_ml - 10_000.0).abs() < 1e-6,
            "{}",
            m.stroke_work_mmhg_ml
        );
        assert!((m.loop_fill_fraction - 1.0).abs() < 1e-9);
        assert!((m.lvedv_ml - 150.0).abs() < 1e-12);
        assert!((m.ejection_fraction_percent - 100.0 * 100.0 / 150.0).abs() < 1e-9);
    }
}
