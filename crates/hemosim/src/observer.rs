//! Observers: anything that wants to see the simulation's samples and beats (metrics, charts, logs) without
//! the model knowing it exists. Includes a preallocated ring-buffer recorder for waveform charts.

use crate::metrics::BeatMetrics;
pub use crate::sample::Sample;

/// Receives samples and finished beats. Both methods default to doing nothing.
pub trait Observer {
    /// Called once per integration step with the state at the start of the step.
    #[inline]
    fn on_sample(&mut self, _sample: &Sample) {}
    /// Called when a beat finishes, with its metrics.
    #[inline]
    fn on_beat(&mut self, _metrics: &BeatMetrics) {}
}

/// The observer that ignores everything.
impl Observer for () {}

impl<O: Observer + ?Sized> Observer for &mut O {
    #[inline]
    fn on_sample(&mut self, sample: &Sample) {
        (**self).on_sample(sample);
    }
    #[inline]
    fn on_beat(&mut self, metrics: &BeatMetrics) {
        (**self).on_beat(metrics);
    }
}

impl<A: Observer, B: Observer> Observer for (A, B) {
    #[inline]
    fn on_sample(&mut self, sample: &Sample) {
        self.0.on_sample(sample);
        self.1.on_sample(sample);
    }
    #[inline]
    fn on_beat(&mut self, metrics: &BeatMetrics) {
        self.0.on_beat(metrics);
        self.1.on_beat(metrics);
    }
}

/// One recorded point of the waveforms a chart draws. Values are `f32`: plenty for pixels, half the memory.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct WavePoint {
    /// Simulated time, s.
    pub time_s: f64,
    /// LV pressure, mmHg.
    pub p_lv_mmhg: f32,
    /// Aortic pressure, mmHg.
    pub p_ao_mmhg: f32,
    /// Left-atrial / pulmonary venous pressure, mmHg.
    pub p_la_mmhg: f32,
    /// LV volume, ml.
    pub v_lv_ml: f32,
    /// Pump flow, L/min.
    pub q_pump_l_min: f32,
    /// Aortic-valve flow, L/min.
    pub q_av_l_min: f32,
    /// Placement signal, mmHg.
    pub placement_signal_mmhg: f32,
    /// Motor current, mA.
    pub motor_current_ma: f32,
}

impl WavePoint {
    fn from_sample(s: &Sample) -> Self {
        let l_min = crate::pump::ML_S_TO_L_MIN;
        Self {
            time_s: s.time_s,
            p_lv_mmhg: s.signals.p_lv_mmhg as f32,
            p_ao_mmhg: s.signals.p_ao_mmhg as f32,
            p_la_mmhg: s.signals.p_pv_mmhg as f32,
            v_lv_ml: s.state.v_lv_ml as f32,
            q_pump_l_min: (s.signals.q_pump_ml_s * l_min) as f32,
            q_av_l_min: (s.signals.q_av_ml_s * l_min) as f32,
            placement_signal_mmhg: s.signals.placement_signal_mmhg as f32,
            motor_current_ma: s.motor_current_ma as f32,
        }
    }
}

/// Keeps the last `window_s` seconds of waveforms, one point every `interval_s`, in a buffer allocated once.
///
/// Recording never allocates: when full, the oldest point is overwritten.
#[derive(Clone, Debug)]
pub struct Recorder {
    points: Vec<WavePoint>,
    capacity: usize,
    /// Index of the oldest point when full, or of the next write when not.
    head: usize,
    interval_s: f64,
    next_time_s: f64,
    last_time_s: f64,
}

impl Recorder {
    /// A recorder holding `window_s` seconds at one point per `interval_s` (both clamped to sane values:
    /// interval 0.5 ms – 1 s, window at most 600 s).
    pub fn new(window_s: f64, interval_s: f64) -> Self {
        let interval_s = if interval_s.is_finite() {
            interval_s.clamp(0.0005, 1.0)
        } else {
            0.004
        };
        let window_s = if window_s.is_finite() {
            window_s.clamp(interval_s, 600.0)
        } else {
            5.0
        };
        let capacity = (window_s / interval_s).ceil() as usize + 1;
        Self {
            points: Vec::with_capacity(capacity),
            capacity,
            head: 0,
            interval_s,
            next_time_s: f64::NEG_INFINITY,
            last_time_s: f64::NEG_INFINITY,
        }
    }

    /// Number of points held.
    pub fn len(&self) -> usize {
        self.points.len()
    }

    /// True when nothing has been recorded.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// Most points the recorder holds.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Forget every point (keeps the buffer).
    pub fn clear(&mut self) {
        self.points.clear();
        self.head = 0;
        self.next_time_s = f64::NEG_INFINITY;
        self.last_time_s = f64::NEG_INFINITY;
    }

    /// All points, oldest first.
    pub fn points(&self) -> impl Iterator<Item = &WavePoint> + '_ {
        let (newer, older) = if self.points.len() < self.capacity {
            (&self.points[..], &self.points[..0])
        } else {
            let (a, b) = self.points.split_at(self.head);
            (a, b)
        };
        older.iter().chain(newer.iter())
    }

    /// Points from the last `seconds` of simulated time, oldest first.
    pub fn last_seconds(&self, seconds: f64) -> impl Iterator<Item = &WavePoint> + '_ {
        let newest = self.latest().map_or(f64::NEG_INFINITY, |p| p.time_s);
        let from = newest - seconds;
        self.points().filter(move |p| p.time_s >= from)
    }

    /// The newest point.
    pub fn latest(&self) -> Option<&WavePoint> {
        if self.points.is_empty() {
            None
        } else if self.points.len() < self.capacity {
            self.points.last()
        } else {
            let index = if self.head == 0 {
                self.capacity - 1
            } else {
                self.head - 1
            };
            self.points.get(index)
        }
    }

    fn push(&mut self, point: WavePoint) {
        if self.points.len() < self.capacity {
            self.points.push(point);
        } else {
            self.points[self.head] = point;
            self.head = (self.head + 1) % self.capacity;
        }
    }
}

impl Observer for Recorder {
    fn on_sample(&mut self, sample: &Sample) {
        if sample.time_s < self.last_time_s {
            // Time went backwards (a reset): start a fresh trace.
            self.clear();
        }
        self.last_time_s = sample.time_s;
        // Half a step of slack so rounding never skips a point.
        if sample.time_s + 1e-9 >= self.next_time_s {
            self.push(WavePoint::from_sample(sample));
            let next = self.next_time_s + self.interval_s;
            self.next_time_s = if next > sample.time_s {
                next
            } else {
                sample.time_s + self.interval_s
            };
        }
    }
}

/// Collects finished beats' metrics into a list (allocates; for tests and tools, not the frame loop).
#[derive(Clone, Debug, Default)]
pub struct BeatLog {
    /// Metrics of every finished beat, in order.
    pub beats: Vec<BeatMetrics>,
}

impl Observer for BeatLog {
    fn on_beat(&mut self, metrics: &BeatMetrics) {
        self.beats.push(*metrics);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_at(time_s: f64) -> Sample {
        let mut s = Sample {
            time_s,
            ..Sample::default()
        };
        s.signals.p_lv_mmhg = time_s;
        s
    }

    #[test]
    fn recorder_keeps_the_newest_window_in_order() {
        let mut r = Recorder::new(1.0, 0.1);
        for i in 0..100 {
            r.on_sample(&sample_at(f64::from(i) * 0.05));
        }
        assert_eq!(r.len(), r.capacity());
        let times: Vec<f64> = r.points().map(|p| p.time_s).collect();
        for pair in times.windows(2) {
            assert!(pair[1] > pair[0], "{times:?}");
        }
        let newest = r.latest().expect("points").time_s;
        assert!((newest - 4.9).abs() < 1e-9, "newest {newest}");
        assert!(r.last_seconds(0.5).count() <= 6);
    }

    #[test]
    fn recorder_decimates_to_its_interval() {
        let mut r = Recorder::new(10.0, 0.01);
        for i in 0..1000 {
            r.on_sample(&sample_at(f64::from(i) * 0.0005));
        }
        assert_eq!(r.len(), 50);
    }

    #[test]
    fn recorder_restarts_when_time_goes_back() {
        let mut r = Recorder::new(1.0, 0.1);
        r.on_sample(&sample_at(5.0));
        r.on_sample(&sample_at(0.0));
        assert_eq!(r.len(), 1);
    }
}
