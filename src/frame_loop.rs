//! `use_animation_frame`: calls a function on every animation frame while the calling component lives, and
//! stops by itself when the component is removed (no frame loop outlives its page); and [`FrameStats`], the
//! record of how long frames took that the frame-timing benchmark reads.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_render::{request_animation_frame, AnimationFrame};
use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;

type Callback = Rc<RefCell<dyn FnMut(f64)>>;
type Handle = Rc<RefCell<Option<AnimationFrame>>>;

/// Runs `callback(timestamp_ms)` every animation frame until the current reactive owner is cleaned up.
pub fn use_animation_frame(callback: impl FnMut(f64) + 'static) {
    let handle: Handle = Rc::new(RefCell::new(None));
    let callback: Callback = Rc::new(RefCell::new(callback));
    schedule(handle.clone(), callback);
    let handle = SendWrapper::new(handle);
    on_cleanup(move || {
        // Dropping the pending frame cancels it and breaks the handle → closure → handle cycle.
        handle.borrow_mut().take();
    });
}

fn schedule(handle: Handle, callback: Callback) {
    let next = handle.clone();
    let frame = request_animation_frame(move |timestamp| {
        (callback.borrow_mut())(timestamp);
        // Only go on if nobody cancelled us during the callback.
        if next.borrow().is_some() {
            schedule(next, callback);
        }
    });
    *handle.borrow_mut() = Some(frame);
}

/// Keeps the time each frame took and reports the median and 95th percentile (for the frame-timing
/// benchmark), in a fixed-size ring.
#[derive(Clone, Debug)]
pub struct FrameStats {
    times_ms: Vec<f64>,
    next: usize,
    count: u64,
    worst_ms: f64,
}

impl Default for FrameStats {
    fn default() -> Self {
        FrameStats {
            times_ms: Vec::with_capacity(600),
            next: 0,
            count: 0,
            worst_ms: 0.0,
        }
    }
}

impl FrameStats {
    /// Records one frame's duration.
    pub fn record(&mut self, ms: f64) {
        if !ms.is_finite() {
            return;
        }
        if self.times_ms.len() < self.times_ms.capacity() {
            self.times_ms.push(ms);
        } else {
            self.times_ms[self.next] = ms;
            self.next = (self.next + 1) % self.times_ms.len();
        }
        self.count += 1;
        self.worst_ms = self.worst_ms.max(ms);
    }

    /// Frames recorded in all.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// Longest frame recorded, ms.
    pub fn worst_ms(&self) -> f64 {
        self.worst_ms
    }

    /// The `q`-quantile (0…1) of the recent frames, ms.
    pub fn quantile_ms(&self, q: f64) -> f64 {
        if self.times_ms.is_empty() {
            return 0.0;
        }
        let mut sorted = self.times_ms.clone();
        sorted.sort_by(f64::total_cmp);
        let index = ((sorted.len() - 1) as f64 * q.clamp(0.0, 1.0)).round() as usize;
        sorted[index]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_stats_report_quantiles() {
        let mut s = FrameStats::default();
        for i in 1..=100 {
            s.record(f64::from(i));
        }
        s.record(f64::NAN);
        assert_eq!(s.count(), 100);
        assert!((s.quantile_ms(0.5) - 50.0).abs() <= 1.0);
        assert!((s.quantile_ms(0.95) - 95.0).abs() <= 1.0);
        assert!((s.worst_ms() - 100.0).abs() < 1e-9);
    }
}
