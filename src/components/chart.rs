//! The one way the app draws a chart: lines drawn with plotters on a `<canvas>`, plus the frame around them
//! (title, legend that does not rely on colour alone, and a slot for the data table that is the chart's text
//! alternative). Every look comes from [`crate::chart_theme`].
//!
//! Drawing is a plain function of a [`ChartSpec`]: a live page calls it whenever new data arrives (the
//! demo, from its frame loop), and [`draw_when_shown`] calls it for a chart of fixed data (the practice
//! debrief). The component never owns data.

use std::ops::Range;

use leptos::prelude::*;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;

pub use crate::chart_theme::LineStyle;
use crate::chart_theme::{
    AXIS_TEXT, BACKGROUND, BOLD_GRID, CAPTION_FONT_PX, CAPTION_TEXT, FONT_FAMILY, LABEL_FONT_PX,
    LIGHT_GRID, MARKER,
};

/// One line to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Points in chart units.
    pub points: Vec<(f64, f64)>,
    /// Its look.
    pub style: LineStyle,
}

/// Everything one chart panel shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSpec {
    /// Horizontal range.
    pub x: Range<f64>,
    /// Vertical range.
    pub y: Range<f64>,
    /// Horizontal axis title (translated, with unit).
    pub x_label: String,
    /// Vertical axis title (translated, with unit).
    pub y_label: String,
    /// Lines, drawn in order.
    pub lines: Vec<Line>,
    /// Optional vertical marker (e.g. the current P-level).
    pub marker_x: Option<f64>,
    /// Optional small title drawn above the panel.
    pub caption: Option<String>,
}

/// A vertical range that fits `values` with some headroom, never empty and never below `floor_span`.
pub fn fit_range(
    values: impl Iterator<Item = f64>,
    floor_span: f64,
    include_zero: bool,
) -> Range<f64> {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in values.filter(|v| v.is_finite()) {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if !lo.is_finite() {
        return 0.0..floor_span.max(1.0);
    }
    if include_zero {
        lo = lo.min(0.0);
        hi = hi.max(0.0);
    }
    if hi - lo < floor_span {
        let mid = 0.5 * (hi + lo);
        lo = mid - 0.5 * floor_span;
        hi = mid + 0.5 * floor_span;
        if include_zero && lo < 0.0 && mid >= 0.0 {
            (lo, hi) = (0.0, floor_span);
        }
    }
    let pad = (hi - lo) * 0.08;
    let lo = if include_zero && lo >= 0.0 {
        0.0
    } else {
        lo - pad
    };
    let hi = hi + pad;
    // Round outwards to tidy numbers so the axes do not jitter every frame.
    let step = nice_step(hi - lo);
    (lo / step).floor() * step..(hi / step).ceil() * step
}

fn nice_step(span: f64) -> f64 {
    let raw = span / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let norm = raw / magnitude;
    let nice = if norm <= 1.0 {
        1.0
    } else if norm <= 2.0 {
        2.0
    } else if norm <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

/// The device's pixels per CSS pixel, within what the charts draw at.
fn pixel_ratio() -> f64 {
    web_sys::window()
        .map_or(1.0, |w| w.device_pixel_ratio())
        .clamp(1.0, 3.0)
}

/// Sets up the browser's text drawing for the charts' fonts on a small canvas that is never shown. The
/// first text a page draws on a canvas costs the browser several milliseconds of font set-up (about 10 ms
/// at phone speed); called in a task of its own before the charts appear, this keeps that out of the frame
/// that draws the first chart.
pub fn prepare_text() {
    let context = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        .and_then(|c| c.get_context("2d").ok().flatten())
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
    if let Some(context) = context {
        for size in [LABEL_FONT_PX, CAPTION_FONT_PX] {
            // The same font text as plotters' canvas backend sets.
            context.set_font(&format!("normal {}px {FONT_FAMILY}", size * pixel_ratio()));
            let _ = context.fill_text("0", 0.0, 0.0);
        }
    }
}

/// Draws a one-panel chart onto `canvas` (see [`draw_panel`]).
pub fn draw(canvas: &web_sys::HtmlCanvasElement, spec: &ChartSpec) -> Result<(), String> {
    draw_panel(canvas, spec, PanelGrid::SINGLE, 0).map(|_| ())
}

/// Where a chart's panels go on its canvas: `count` panels in rows of `columns`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PanelGrid {
    /// Panels in all.
    pub count: usize,
    /// Panels side by side.
    pub columns: usize,
}

impl PanelGrid {
    /// One panel filling the canvas.
    pub const SINGLE: PanelGrid = PanelGrid {
        count: 1,
        columns: 1,
    };
}

/// Draws panel `index` of `grid` onto `canvas` and leaves the other panels as they are, so a chart of
/// several panels can be drawn a panel per animation frame. The canvas is sized to its CSS box at the
/// device's pixel ratio so lines and text stay sharp; returns whether that resized it, which clears the
/// other panels too (they then need drawing again). Errors are returned as text (the page logs them; the
/// data table still shows the numbers).
pub fn draw_panel(
    canvas: &web_sys::HtmlCanvasElement,
    spec: &ChartSpec,
    grid: PanelGrid,
    index: usize,
) -> Result<bool, String> {
    let ratio = pixel_ratio();
    let css_w = f64::from(canvas.client_width().max(1));
    let css_h = f64::from(canvas.client_height().max(1));
    let (w, h) = (
        (css_w * ratio).round() as u32,
        (css_h * ratio).round() as u32,
    );
    let resized = canvas.width() != w || canvas.height() != h;
    if resized {
        canvas.set_width(w);
        canvas.set_height(h);
    }
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2D context")?;
    let root = backend.into_drawing_area();
    let columns = grid.columns.max(1);
    let rows = grid.count.div_ceil(columns).max(1);
    let areas = root.split_evenly((rows, columns));
    let area = areas.get(index).ok_or("no such panel")?;
    area.fill(&rgb(BACKGROUND)).map_err(|e| e.to_string())?;
    draw_in(area, spec, ratio).map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())?;
    Ok(resized)
}

fn rgb((r, g, b): crate::chart_theme::Rgb) -> RGBColor {
    RGBColor(r, g, b)
}

fn draw_in<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    spec: &ChartSpec,
    ratio: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * ratio).round() as i32;
    let font = (FONT_FAMILY, LABEL_FONT_PX * ratio)
        .into_font()
        .color(&rgb(AXIS_TEXT));
    // The caption is drawn here rather than with plotters' `caption`, which sizes it by measuring a DOM
    // element: that forces the browser to lay out the whole page in the middle of a frame, for every panel.
    let area = match &spec.caption {
        Some(caption) => {
            let (line, pad) = (px(16.0), px(4.0));
            let style = (FONT_FAMILY, CAPTION_FONT_PX * ratio)
                .into_font()
                .color(&rgb(CAPTION_TEXT))
                .pos(Pos::new(HPos::Center, VPos::Top));
            let middle = i32::try_from(area.dim_in_pixel().0 / 2).unwrap_or(0);
            area.draw_text(caption, &style, (middle, pad))?;
            area.split_vertically(line + 2 * pad).1
        }
        None => area.clone(),
    };
    let mut chart = ChartBuilder::on(&area)
        .margin(px(8.0))
        .x_label_area_size(px(34.0))
        .y_label_area_size(px(46.0))
        .build_cartesian_2d(spec.x.clone(), spec.y.clone())?;
    chart
        .configure_mesh()
        .x_desc(spec.x_label.as_str())
        .y_desc(spec.y_label.as_str())
        .label_style(font.clone())
        .axis_desc_style(font)
        .x_labels(6)
        .y_labels(5)
        // One light line between labelled ones: plotters' default of up to ten made some hundred strokes a
        // panel, most of the time a redraw took.
        .max_light_lines(2)
        .light_line_style(rgb(LIGHT_GRID))
        .bold_line_style(rgb(BOLD_GRID))
        .draw()?;
    if let Some(x) = spec.marker_x {
        let style = ShapeStyle::from(&rgb(MARKER)).stroke_width(px(1.5) as u32);
        chart.draw_series(DashedLineSeries::new(
            [(x, spec.y.start), (x, spec.y.end)],
            px(4.0) as u32,
            px(3.0) as u32,
            style,
        ))?;
    }
    for line in &spec.lines {
        let (r, g, b) = line.style.rgb;
        let color = RGBAColor(r, g, b, line.style.opacity);
        let style = ShapeStyle::from(&color).stroke_width(px(f64::from(line.style.width)) as u32);
        let points = line.points.iter().copied();
        if line.style.dashed {
            chart.draw_series(DashedLineSeries::new(
                points,
                px(6.0) as u32,
                px(4.0) as u32,
                style,
            ))?;
        } else {
            chart.draw_series(LineSeries::new(points, style))?;
        }
    }
    Ok(())
}

/// One entry of a chart legend.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    /// Message id of its label.
    pub label_id: &'static str,
    /// The line's look.
    pub style: LineStyle,
}

impl LegendEntry {
    /// The entry for the line labelled by message `label_id` and drawn as `style`.
    pub const fn of(label_id: &'static str, style: LineStyle) -> Self {
        LegendEntry { label_id, style }
    }
}

/// Draws `spec()` onto the canvas once it is laid out, and again whenever the window is resized or what
/// `spec` reads changes (such as the language): for a chart of fixed data, with no frame loop of its own.
pub fn draw_when_shown(
    canvas_ref: NodeRef<leptos::html::Canvas>,
    spec: impl Fn() -> ChartSpec + Send + Sync + 'static,
) {
    let resized = RwSignal::new(0_u32);
    let listener = window_event_listener(leptos::ev::resize, move |_| {
        resized.update(|n| *n = n.wrapping_add(1));
    });
    on_cleanup(move || listener.remove());
    Effect::new(move |_| {
        resized.track();
        let spec = spec();
        if let Some(canvas) = canvas_ref.get() {
            // After the browser has laid the new canvas out, so it is drawn at its real size.
            request_animation_frame(move || {
                if let Err(e) = draw(&canvas, &spec) {
                    leptos::logging::warn!("chart not drawn: {e}");
                }
            });
        }
    });
}

/// A legend: each line's label beside a swatch that shows its dash and width as well as its colour.
#[component]
pub fn Legend(
    /// The entries, in order.
    entries: Vec<LegendEntry>,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let entries = entries
        .into_iter()
        .map(|entry| {
            // An SVG line, not a CSS border: presentation attributes are allowed by the strict
            // Content-Security-Policy (no inline styles), and the swatch shows the dash pattern exactly.
            let width = entry.style.width.max(2) + 1;
            let dash = if entry.style.dashed { "6 4" } else { "none" };
            view! {
                <li>
                    <svg class="swatch" viewBox="0 0 28 10" aria-hidden="true" focusable="false">
                        <line x1="1" y1="5" x2="27" y2="5" stroke=entry.style.css() stroke-width=width stroke-dasharray=dash />
                    </svg>
                    {i18n.tr(entry.label_id)}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="legend">{entries}</ul> }
}

/// A chart: title, canvas (an image for assistive technology, described by the data table), legend, and
/// the data table given as children. Charts that share a legend and a table (the practice debrief) leave
/// both out and show them once after the charts.
#[component]
pub fn ChartFigure(
    /// Message id of the chart title.
    title_id: &'static str,
    /// Element id of the data table that describes the chart.
    table_id: &'static str,
    /// The canvas, for the page to draw on.
    canvas_ref: NodeRef<leptos::html::Canvas>,
    /// Legend entries (none: no legend in the figure).
    #[prop(optional)]
    legend: Vec<LegendEntry>,
    /// CSS class setting the canvas height.
    #[prop(default = "chart-canvas")]
    class: &'static str,
    /// The text alternative (a data table with `id = table_id`), if it is inside the figure.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    view! {
        <figure class="chart">
            <figcaption>{i18n.tr(title_id)}</figcaption>
            <canvas node_ref=canvas_ref class=class role="img" aria-label=i18n.tr(title_id) aria-describedby=table_id></canvas>
            {(!legend.is_empty()).then(|| view! { <Legend entries=legend /> })}
            {children.map(|c| c())}
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fitted_ranges_contain_the_data_and_are_tidy() {
        let r = fit_range([62.0, 118.5, 90.0].into_iter(), 10.0, false);
        assert!(r.start <= 62.0 && r.end >= 118.5, "{r:?}");
        let r = fit_range([1.2, 3.4].into_iter(), 1.0, true);
        assert!(r.start.abs() < 1e-12 && r.end >= 3.4, "{r:?}");
        let r = fit_range(std::iter::empty(), 5.0, false);
        assert!(r.end > r.start);
        let r = fit_range([f64::NAN, 5.0, 5.0].into_iter(), 2.0, false);
        assert!(
            r.start < 5.0 && r.end > 5.0,
            "a flat line still gets a span: {r:?}"
        );
    }
}
