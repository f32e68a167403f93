//! Which of the flow demo's charts to draw on an animation frame. Drawing a chart (plotters' paths and text
//! on a canvas) and handing the changed canvas to the compositor are the most expensive parts of a frame, so
//! a frame draws at most one chart, and a panel's first drawing (several times slower than a redraw) alone:
//! on a slow phone every frame then stays a short task, where drawing all of them at once made tasks long
//! enough for Lighthouse to count them as blocking.
//!
//! Plain Rust with native tests; the page marks what changed and draws what [`ChartSchedule::next`] names.

/// Panels of the response curve: total output, mean pressure, LVEDP, cardiac power.
pub const RESPONSE_PANELS: usize = 4;

/// Frames in a cycle of the schedule: the pressure chart may be drawn on the first, the flow chart on the
/// second, and the third is left for the loop, the response curve and the sweep. Each waveform chart is then
/// redrawn 20 times a second, smooth enough for a trace that moves a few pixels a frame.
const CYCLE: u64 = 3;

/// A chart of the demo.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chart {
    /// Pressures over the last seconds.
    Pressure,
    /// Flows over the last seconds.
    Flow,
    /// The pressure–volume loop.
    PvLoop,
    /// The P-level response curve, in [`RESPONSE_PANELS`] panels.
    Response,
}

impl Chart {
    /// In order of precedence when several may be drawn.
    const ALL: [Chart; 4] = [Chart::Pressure, Chart::Flow, Chart::PvLoop, Chart::Response];

    fn index(self) -> usize {
        match self {
            Chart::Pressure => 0,
            Chart::Flow => 1,
            Chart::PvLoop => 2,
            Chart::Response => 3,
        }
    }

    /// Every panel of the chart, as bits.
    fn all_panels(self) -> u8 {
        match self {
            Chart::Response => (1 << RESPONSE_PANELS) - 1,
            Chart::Pressure | Chart::Flow | Chart::PvLoop => 1,
        }
    }

    /// Whether the chart may be drawn on the frame at `slot` of a cycle.
    fn allowed(self, slot: u64) -> bool {
        match self {
            Chart::Pressure => slot == 0,
            Chart::Flow => slot == 1,
            Chart::PvLoop | Chart::Response => true,
        }
    }
}

/// What to draw on a frame: panels of one chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Draw {
    /// The chart.
    pub chart: Chart,
    /// Its panels to draw, as bits (bit i: panel i).
    panels: u8,
}

impl Draw {
    /// The panels to draw, in order.
    pub fn panels(self) -> impl Iterator<Item = usize> {
        (0..8).filter(move |i| self.panels & (1 << i) != 0)
    }
}

/// The panels waiting to be redrawn, the panels drawn before, whether the page grew since the last frame,
/// and the frame count that paces the cycle.
#[derive(Clone, Debug)]
pub struct ChartSchedule {
    /// Per chart, its panels due (bit i: panel i).
    pending: [u8; 4],
    /// Per chart, its panels drawn at least once.
    drawn: [u8; 4],
    page_grew: bool,
    frame: u64,
}

impl Default for ChartSchedule {
    /// Every chart is due (a new page's canvases are blank), after a frame for the new page's layout.
    fn default() -> Self {
        let mut schedule = ChartSchedule {
            pending: [0; 4],
            drawn: [0; 4],
            page_grew: true,
            frame: 0,
        };
        schedule.mark_all();
        schedule
    }
}

impl ChartSchedule {
    /// `chart` shows something out of date: all its panels are due.
    pub fn mark(&mut self, chart: Chart) {
        self.pending[chart.index()] = chart.all_panels();
    }

    /// Every chart shows something out of date (a control or the language changed).
    pub fn mark_all(&mut self) {
        for chart in Chart::ALL {
            self.mark(chart);
        }
    }

    /// The page gained elements since the last frame. The browser lays them out when it renders the next
    /// frame; drawing a chart first would pull that layout into the frame's script (drawing reads the canvas
    /// size) and make one long task of both, so that frame draws nothing.
    pub fn page_grew(&mut self) {
        self.page_grew = true;
    }

    /// Whether any panel of `chart` waits for a redraw.
    pub fn is_pending(&self, chart: Chart) -> bool {
        self.pending[chart.index()] != 0
    }

    /// Counts a frame and names the chart, and which of its panels, to draw on it, taking them off the
    /// list; `None` when nothing is due. The waveform charts have a frame each in every cycle of [`CYCLE`]
    /// frames; the loop and the response curve take the third, and any frame whose waveform chart has
    /// nothing new. A chart's due panels are drawn together, except that a panel never drawn before is drawn
    /// alone (its canvas's pixels and drawing context are set up then too). Nothing is drawn on the frame
    /// after the page grew (see [`ChartSchedule::page_grew`]), and a chart whose canvas is not on the page
    /// (`on_page`) stays due.
    pub fn next(&mut self, on_page: impl Fn(Chart) -> bool) -> Option<Draw> {
        let slot = self.frame % CYCLE;
        self.frame += 1;
        if std::mem::take(&mut self.page_grew) {
            return None;
        }
        let chart = Chart::ALL
            .into_iter()
            .find(|&c| c.allowed(slot) && self.is_pending(c) && on_page(c))?;
        let i = chart.index();
        let new = self.pending[i] & !self.drawn[i];
        let panels = if new == 0 {
            self.pending[i]
        } else {
            new & new.wrapping_neg() // the lowest new panel alone
        };
        self.pending[i] &= !panels;
        self.drawn[i] |= panels;
        Some(Draw { chart, panels })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn always(_: Chart) -> bool {
        true
    }

    /// What `frames` frames draw, as (chart, panels).
    fn frames(s: &mut ChartSchedule, frames: usize) -> Vec<Option<(Chart, Vec<usize>)>> {
        (0..frames)
            .map(|_| s.next(always).map(|d| (d.chart, d.panels().collect())))
            .collect()
    }

    /// A schedule that has drawn the new page's charts.
    fn drawn_once() -> ChartSchedule {
        let mut s = ChartSchedule::default();
        frames(&mut s, 12);
        assert!(Chart::ALL.into_iter().all(|c| !s.is_pending(c)));
        s
    }

    #[test]
    fn a_new_page_draws_every_panel_alone_after_a_frame_for_layout() {
        let mut s = ChartSchedule::default();
        let drawn = frames(&mut s, 10);
        assert_eq!(
            drawn,
            [
                None,
                Some((Chart::Flow, vec![0])),
                Some((Chart::PvLoop, vec![0])),
                Some((Chart::Pressure, vec![0])),
                Some((Chart::Response, vec![0])),
                Some((Chart::Response, vec![1])),
                Some((Chart::Response, vec![2])),
                Some((Chart::Response, vec![3])),
                None,
                None,
            ]
        );
    }

    #[test]
    fn panels_drawn_before_are_redrawn_together() {
        let mut s = drawn_once();
        s.mark(Chart::Response);
        assert_eq!(
            frames(&mut s, 1),
            [Some((Chart::Response, vec![0, 1, 2, 3]))]
        );
    }

    #[test]
    fn running_waveforms_take_two_frames_of_three_and_leave_the_third_to_the_rest() {
        let mut s = drawn_once();
        let mut drawn = Vec::new();
        for frame in 0..12 {
            // The simulation moved on; at frame 4 a beat ended and the sweep added a level.
            s.mark(Chart::Pressure);
            s.mark(Chart::Flow);
            if frame == 4 {
                s.mark(Chart::PvLoop);
                s.mark(Chart::Response);
            }
            drawn.push(s.next(always).map(|d| d.chart));
        }
        for chart in [Chart::Pressure, Chart::Flow] {
            let times = drawn.iter().filter(|c| **c == Some(chart)).count();
            assert_eq!(times, 4, "{chart:?} once a cycle: {drawn:?}");
        }
        assert!(drawn[4..10].contains(&Some(Chart::PvLoop)), "{drawn:?}");
        assert!(drawn[4..10].contains(&Some(Chart::Response)), "{drawn:?}");
        assert_eq!(drawn.iter().filter(|c| c.is_none()).count(), 2, "{drawn:?}");
    }

    #[test]
    fn a_chart_waits_for_its_canvas_and_for_a_frame_after_the_page_grew() {
        let mut s = ChartSchedule::default();
        let only_loop = |c: Chart| c == Chart::PvLoop;
        let next = |s: &mut ChartSchedule, on_page: &dyn Fn(Chart) -> bool| {
            s.next(on_page).map(|d| d.chart)
        };
        assert_eq!(
            next(&mut s, &only_loop),
            None,
            "the new page is laid out first"
        );
        assert_eq!(next(&mut s, &only_loop), Some(Chart::PvLoop));
        assert_eq!(next(&mut s, &only_loop), None);
        assert!(s.is_pending(Chart::Pressure) && s.is_pending(Chart::Response));
        s.page_grew();
        assert_eq!(
            next(&mut s, &always),
            None,
            "the new canvases are laid out first"
        );
        assert_eq!(next(&mut s, &always), Some(Chart::Flow));
        assert_eq!(next(&mut s, &always), Some(Chart::Response));
        assert_eq!(next(&mut s, &always), Some(Chart::Pressure));
    }

    #[test]
    fn marking_everything_redraws_everything_once() {
        let mut s = drawn_once();
        s.mark_all();
        let drawn: Vec<_> = frames(&mut s, 6).into_iter().flatten().collect();
        for chart in Chart::ALL {
            assert_eq!(
                drawn.iter().filter(|(c, _)| *c == chart).count(),
                1,
                "{chart:?} in {drawn:?}"
            );
        }
    }
}
