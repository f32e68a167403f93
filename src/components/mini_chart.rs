//! Small SVG line charts for the practice room's debrief (PV loops, placement-signal traces). Drawn as plain
//! SVG so they print and scale; each chart is an image described by a data table the page supplies, and lines
//! differ by dash and width as well as colour.

use std::ops::Range;

use leptos::prelude::*;

/// Plot box inside the 320 × 220 view box: left, top, right, bottom.
const PLOT: (f64, f64, f64, f64) = (48.0, 12.0, 312.0, 178.0);

/// One line and its CSS class (the class sets colour, width and dash).
#[derive(Clone, Debug, PartialEq)]
pub struct SvgLine {
    /// Points in data units.
    pub points: Vec<(f64, f64)>,
    /// CSS class.
    pub class: &'static str,
}

/// One panel.
#[derive(Clone, Debug, PartialEq)]
pub struct SvgPanel {
    /// Panel title.
    pub title: String,
    /// Horizontal axis title with unit.
    pub x_label: String,
    /// Vertical axis title with unit.
    pub y_label: String,
    /// Lines.
    pub lines: Vec<SvgLine>,
}

/// A range that holds `values` with a little headroom, at least `min_span` wide, starting at 0 if `from_zero`.
pub fn fit(values: impl Iterator<Item = f64>, min_span: f64, from_zero: bool) -> Range<f64> {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in values.filter(|v| v.is_finite()) {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if !lo.is_finite() {
        return 0.0..min_span.max(1.0);
    }
    if from_zero {
        lo = lo.min(0.0);
    }
    let pad = 0.05 * (hi - lo);
    let (mut lo, mut hi) = (if from_zero && lo >= 0.0 { lo } else { lo - pad }, hi + pad);
    if hi - lo < min_span {
        hi = lo + min_span;
    }
    if from_zero {
        lo = lo.min(0.0);
    }
    lo..hi
}

/// About four tidy tick values inside `r`.
pub fn ticks(r: &Range<f64>) -> Vec<f64> {
    let span = (r.end - r.start).max(1e-9);
    let raw = span / 4.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let mut t = (r.start / step).ceil() * step;
    let mut out = Vec::new();
    while t <= r.end + 1e-9 && out.len() < 12 {
        out.push(if t.abs() < 1e-9 { 0.0 } else { t });
        t += step;
    }
    out
}

fn scale(v: f64, r: &Range<f64>, a: f64, b: f64) -> f64 {
    a + (b - a) * (v - r.start) / (r.end - r.start).max(1e-9)
}

/// SVG `points` for a line in a panel with ranges `x`, `y`.
pub fn svg_points(points: &[(f64, f64)], x: &Range<f64>, y: &Range<f64>) -> String {
    let (l, t, r, b) = PLOT;
    points
        .iter()
        .filter(|p| p.0.is_finite() && p.1.is_finite())
        .map(|&(px, py)| format!("{:.1},{:.1}", scale(px, x, l, r), scale(py, y, b, t)))
        .collect::<Vec<_>>()
        .join(" ")
}

fn tick_label(v: f64) -> String {
    if (v - v.round()).abs() < 1e-6 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

/// One panel as an SVG image labelled by `label` and described by the element `described_by`.
#[component]
pub fn MiniChart(
    /// The panel.
    panel: SvgPanel,
    /// Whether the horizontal axis should start at zero.
    #[prop(default = true)]
    x_from_zero: bool,
    /// Element id of the data table describing the chart.
    described_by: &'static str,
) -> impl IntoView {
    let (l, t, r, b) = PLOT;
    let x = fit(
        panel
            .lines
            .iter()
            .flat_map(|ln| ln.points.iter().map(|p| p.0)),
        1.0,
        x_from_zero,
    );
    let y = fit(
        panel
            .lines
            .iter()
            .flat_map(|ln| ln.points.iter().map(|p| p.1)),
        20.0,
        true,
    );
    let x_ticks = ticks(&x)
        .into_iter()
        .map(|v| {
            let px = scale(v, &x, l, r);
            view! {
                <line x1=px y1=b x2=px y2=t class="mc-grid" />
                <text x=px y=b + 14.0 class="mc-tick" text-anchor="middle">{tick_label(v)}</text>
            }
        })
        .collect_view();
    let y_ticks = ticks(&y)
        .into_iter()
        .map(|v| {
            let py = scale(v, &y, b, t);
            view! {
                <line x1=l y1=py x2=r y2=py class="mc-grid" />
                <text x=l - 4.0 y=py + 4.0 class="mc-tick" text-anchor="end">{tick_label(v)}</text>
            }
        })
        .collect_view();
    let lines = panel
        .lines
        .iter()
        .map(|ln| view! { <polyline points=svg_points(&ln.points, &x, &y) class=ln.class /> })
        .collect_view();
    view! {
        <figure class="mini-chart">
            <figcaption>{panel.title.clone()}</figcaption>
            <svg viewBox="0 0 320 220" role="img" aria-label=panel.title.clone() aria-describedby=described_by focusable="false">
                {x_ticks}
                {y_ticks}
                <rect x=l y=t width=r - l height=b - t class="mc-frame" />
                {lines}
                <text x=(l + r) / 2.0 y="212" class="mc-axis" text-anchor="middle">{panel.x_label.clone()}</text>
                <text x="12" y=(t + b) / 2.0 class="mc-axis" text-anchor="middle" transform=format!("rotate(-90 12 {})", (t + b) / 2.0)>{panel.y_label.clone()}</text>
            </svg>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fitted_ranges_hold_the_data_and_ticks_fall_inside() {
        let r = fit([62.0, 118.5, 90.0].into_iter(), 10.0, true);
        assert!(r.start <= 0.0 && r.end >= 118.5, "{r:?}");
        let t = ticks(&r);
        assert!(t.len() >= 3 && t.len() <= 12, "{t:?}");
        assert!(t.iter().all(|v| r.contains(v) || (*v - r.end).abs() < 1e-9));
        let r = fit(std::iter::empty(), 5.0, false);
        assert!(r.end > r.start);
        let r = fit([5.0, 5.0].into_iter(), 2.0, false);
        assert!(r.end - r.start >= 2.0);
    }

    #[test]
    fn points_map_into_the_plot_box() {
        let p = svg_points(&[(0.0, 0.0), (10.0, 100.0)], &(0.0..10.0), &(0.0..100.0));
        assert_eq!(p, "48.0,178.0 312.0,12.0");
        assert!(svg_points(&[(f64::NAN, 1.0)], &(0.0..1.0), &(0.0..1.0)).is_empty());
    }
}
