//! An illustrative teaching rule for haemolysis (red cells damaged by the pump). The model has no blood-cell
//! state, so plasma-free haemoglobin is a simple trend driven by the three things FACTS.md says lower it:
//! correct position, enough volume (no suction) and the lowest effective P-level.
//!
//! The threshold is from FACTS.md: plasma-free haemoglobin > 40 mg/dL on more than 2 samples taken at least
//! 8 hours apart. The rates below are **not** clinical data; they are chosen only so the trend moves visibly
//! over a day of simulated samples. The app says so beside the numbers.

/// Plasma-free haemoglobin above which a sample counts towards haemolysis, mg/dL (FACTS.md).
pub const HAEMOLYSIS_THRESHOLD_MG_DL: f64 = 40.0;
/// Number of samples above the threshold that must be exceeded (FACTS.md: "more than 2 samples").
pub const HAEMOLYSIS_SAMPLE_COUNT: usize = 2;
/// Hours between samples (FACTS.md: "≥ 8 h apart").
pub const SAMPLE_INTERVAL_H: f64 = 8.0;
/// Level the trend settles to with no pump injury, mg/dL (illustrative).
const BASELINE_MG_DL: f64 = 10.0;
/// Clearance rate constant, 1/h (illustrative).
const CLEARANCE_PER_H: f64 = 0.15;

/// What the pump is doing that damages red cells (illustrative weights, mg/dL per hour).
pub fn injury_rate_mg_dl_per_h(
    suction: bool,
    p_level: u8,
    position_correct: bool,
    running: bool,
) -> f64 {
    if !running {
        return 0.0;
    }
    let mut rate = 0.5;
    if suction {
        rate += 4.0;
    }
    if p_level >= 9 {
        rate += 2.5;
    } else if p_level >= 8 {
        rate += 1.5;
    }
    if !position_correct {
        rate += 3.0;
    }
    rate
}

/// The plasma-free haemoglobin trend with its samples.
#[derive(Clone, Debug, PartialEq)]
pub struct HaemolysisTrend {
    /// Current level, mg/dL.
    pub level_mg_dl: f64,
    /// Clinical hours since the scenario began.
    pub hours: f64,
    /// Samples taken: (hour, mg/dL).
    pub samples: Vec<(f64, f64)>,
}

impl HaemolysisTrend {
    /// A trend starting at `level_mg_dl` with earlier samples already on the chart.
    pub fn new(level_mg_dl: f64, samples: Vec<(f64, f64)>) -> Self {
        let hours = samples.last().map_or(0.0, |s| s.0);
        Self {
            level_mg_dl,
            hours,
            samples,
        }
    }

    /// Lets `hours` pass at `injury_rate` (mg/dL per hour): the level relaxes exponentially towards
    /// baseline + rate / clearance.
    pub fn advance(&mut self, hours: f64, injury_rate: f64) {
        let target = BASELINE_MG_DL + injury_rate / CLEARANCE_PER_H;
        let decay = (-CLEARANCE_PER_H * hours.max(0.0)).exp();
        self.level_mg_dl = target + (self.level_mg_dl - target) * decay;
        self.hours += hours.max(0.0);
    }

    /// Waits one sampling interval and takes a sample; returns its value.
    pub fn sample_after_interval(&mut self, injury_rate: f64) -> f64 {
        self.advance(SAMPLE_INTERVAL_H, injury_rate);
        self.samples.push((self.hours, self.level_mg_dl));
        self.level_mg_dl
    }

    /// FACTS.md rule: more than 2 samples above 40 mg/dL, at least 8 h apart.
    pub fn meets_haemolysis_rule(&self) -> bool {
        let mut count = 0;
        let mut last_hour = f64::NEG_INFINITY;
        for &(h, v) in &self.samples {
            if v > HAEMOLYSIS_THRESHOLD_MG_DL && h - last_hour >= SAMPLE_INTERVAL_H - 1e-9 {
                count += 1;
                last_hour = h;
            }
        }
        count > HAEMOLYSIS_SAMPLE_COUNT
    }

    /// The last sample's value, if any.
    pub fn latest_sample(&self) -> Option<f64> {
        self.samples.last().map(|s| s.1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suction_and_high_levels_raise_the_rate_and_a_stopped_pump_injures_nothing() {
        let calm = injury_rate_mg_dl_per_h(false, 4, true, true);
        assert!(injury_rate_mg_dl_per_h(true, 4, true, true) > calm);
        assert!(injury_rate_mg_dl_per_h(false, 9, true, true) > calm);
        assert!(injury_rate_mg_dl_per_h(false, 4, false, true) > calm);
        assert!(injury_rate_mg_dl_per_h(true, 9, false, false).abs() < 1e-12);
    }

    #[test]
    fn three_samples_above_forty_eight_hours_apart_meet_the_rule() {
        let mut t = HaemolysisTrend::new(50.0, vec![(0.0, 45.0), (8.0, 50.0)]);
        assert!(!t.meets_haemolysis_rule());
        let v = t.sample_after_interval(injury_rate_mg_dl_per_h(true, 9, true, true));
        assert!(v > HAEMOLYSIS_THRESHOLD_MG_DL, "{v}");
        assert!(t.meets_haemolysis_rule());
    }

    #[test]
    fn removing_the_causes_brings_the_level_down() {
        let mut t = HaemolysisTrend::new(55.0, vec![]);
        let calm = injury_rate_mg_dl_per_h(false, 6, true, true);
        t.sample_after_interval(calm);
        let v = t.sample_after_interval(calm);
        assert!(v < HAEMOLYSIS_THRESHOLD_MG_DL, "{v}");
    }
}
