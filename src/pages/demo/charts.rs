//! The demo's chart definitions: what each chart draws from the engine (the pressure, flow and
//! pressure–volume charts and the four response-curve panels), with every line's look from
//! [`crate::chart_theme`], and the views that hold them (canvas, legend, and the data table that describes
//! each chart).

use hemosim::limits::LimitSet;
use hemosim::BeatMetrics;
use leptos::prelude::*;

use super::measures::MeasureTable;
use crate::chart_schedule::{Chart, RESPONSE_PANELS};
use crate::chart_theme::{
    AORTIC_PRESSURE, HEALTHY_LOOP, LA_PRESSURE, LV_PRESSURE, NATIVE_FLOW, PUMP_FLOW, PV_LOOP,
    RESPONSE, SNAPSHOT_LOOP, TOTAL_FLOW,
};
use crate::components::chart::{
    self, ChartFigure, ChartSpec, LegendEntry, Line, LineStyle, PanelGrid,
};
use crate::flow_demo::{DemoEngine, Measure, PvPoint, HISTORY_S, MAX_P_LEVEL, MIN_P_LEVEL};
use crate::i18n::{args, use_i18n, I18n};

/// Translated chart labels, rebuilt only when the language changes.
#[derive(Clone, Debug, PartialEq, Default)]
pub(super) struct ChartText {
    time: String,
    pressure: String,
    flow: String,
    volume: String,
    level: String,
    total: String,
    map: String,
    lvedp: String,
    cpo: String,
}

impl ChartText {
    /// The labels in the current language.
    pub(super) fn new(i18n: I18n) -> Self {
        ChartText {
            time: i18n.t("demo-axis-time"),
            pressure: i18n.t("demo-axis-pressure"),
            flow: i18n.t("demo-axis-flow"),
            volume: i18n.t("demo-axis-volume"),
            level: i18n.t("demo-axis-p-level"),
            total: i18n.t("demo-response-total"),
            map: i18n.t("demo-response-map"),
            lvedp: i18n.t("demo-response-lvedp"),
            cpo: i18n.t("demo-response-cpo"),
        }
    }
}

fn line(points: Vec<(f64, f64)>, style: LineStyle) -> Line {
    Line { points, style }
}

/// Simulated time at the left edge of the waveform charts (they show the last [`HISTORY_S`] seconds), or
/// `None` before anything is recorded.
fn window_start_s(engine: &DemoEngine) -> Option<f64> {
    Some(engine.recorder().latest()?.time_s - HISTORY_S)
}

/// Pressures over the last seconds. Returns the highest aortic pressure drawn within the last complete beat,
/// so the page can show (and tests can check) that the chart and the table agree.
pub(super) fn draw_pressures(
    engine: &DemoEngine,
    text: &ChartText,
    canvas: &web_sys::HtmlCanvasElement,
) -> Option<f64> {
    let start = window_start_s(engine)?;
    let (mut ao, mut lv, mut la) = (Vec::new(), Vec::new(), Vec::new());
    let (beat_start, beat_end) = engine.last_beat_window_s();
    let mut beat_max = f64::NEG_INFINITY;
    for p in engine.recorder().points() {
        let t = p.time_s - start;
        ao.push((t, f64::from(p.p_ao_mmhg)));
        lv.push((t, f64::from(p.p_lv_mmhg)));
        la.push((t, f64::from(p.p_la_mmhg)));
        if p.time_s >= beat_start && p.time_s < beat_end {
            beat_max = beat_max.max(f64::from(p.p_ao_mmhg));
        }
    }
    let spec = ChartSpec {
        x: 0.0..HISTORY_S,
        y: chart::fit_range(ao.iter().chain(&lv).chain(&la).map(|p| p.1), 40.0, true),
        x_label: text.time.clone(),
        y_label: text.pressure.clone(),
        lines: vec![
            line(la, LA_PRESSURE),
            line(lv, LV_PRESSURE),
            line(ao, AORTIC_PRESSURE),
        ],
        marker_x: None,
        caption: None,
    };
    log_error(chart::draw(canvas, &spec));
    beat_max.is_finite().then_some(beat_max)
}

/// Flows over the last seconds (the pump's only while one is in place).
pub(super) fn draw_flows(
    engine: &DemoEngine,
    text: &ChartText,
    canvas: &web_sys::HtmlCanvasElement,
) {
    let Some(start) = window_start_s(engine) else {
        return;
    };
    let (mut native, mut pump, mut total) = (Vec::new(), Vec::new(), Vec::new());
    for p in engine.recorder().points() {
        let t = p.time_s - start;
        native.push((t, f64::from(p.q_av_l_min)));
        pump.push((t, f64::from(p.q_pump_l_min)));
        total.push((t, f64::from(p.q_av_l_min + p.q_pump_l_min)));
    }
    let y = chart::fit_range(
        native.iter().chain(&pump).chain(&total).map(|p| p.1),
        4.0,
        true,
    );
    let mut lines = vec![line(native, NATIVE_FLOW)];
    if engine.picture().pump_present {
        lines.push(line(pump, PUMP_FLOW));
    }
    lines.push(line(total, TOTAL_FLOW));
    let spec = ChartSpec {
        x: 0.0..HISTORY_S,
        y,
        x_label: text.time.clone(),
        y_label: text.flow.clone(),
        lines,
        marker_x: None,
        caption: None,
    };
    log_error(chart::draw(canvas, &spec));
}

fn loop_points(points: &[PvPoint]) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = points
        .iter()
        .map(|p| (f64::from(p.volume_ml), f64::from(p.pressure_mmhg)))
        .collect();
    if let Some(first) = out.first().copied() {
        out.push(first); // close the loop
    }
    out
}

pub(super) fn draw_pv_loop(
    engine: &DemoEngine,
    text: &ChartText,
    canvas: &web_sys::HtmlCanvasElement,
) {
    let now = loop_points(engine.pv_loop());
    let healthy = loop_points(engine.healthy_loop());
    let frozen = engine
        .snapshot()
        .map(|s| loop_points(&s.pv_loop))
        .unwrap_or_default();
    let all = || now.iter().chain(&healthy).chain(&frozen);
    let spec = ChartSpec {
        x: chart::fit_range(all().map(|p| p.0), 60.0, true),
        y: chart::fit_range(all().map(|p| p.1), 60.0, true),
        x_label: text.volume.clone(),
        y_label: text.pressure.clone(),
        lines: vec![
            line(healthy, HEALTHY_LOOP),
            line(frozen, SNAPSHOT_LOOP),
            line(now, PV_LOOP),
        ],
        marker_x: None,
        caption: None,
    };
    log_error(chart::draw(canvas, &spec));
}

/// Draws panel `index` of the response curve (total output, mean pressure, LVEDP, cardiac power); returns
/// whether the canvas was resized, which clears the other panels.
pub(super) fn draw_response_panel(
    engine: &DemoEngine,
    text: &ChartText,
    canvas: &web_sys::HtmlCanvasElement,
    index: usize,
) -> bool {
    let (caption, measure, floor): (&str, fn(&BeatMetrics) -> f64, f64) = match index {
        0 => (&text.total, |m| m.co_total_l_min, 2.0),
        1 => (&text.map, |m| m.map_mmhg, 20.0),
        2 => (&text.lvedp, |m| m.lvedp_mmhg, 10.0),
        _ => (&text.cpo, |m| m.cardiac_power_output_w, 0.4),
    };
    let data: Vec<(f64, f64)> = engine
        .sweep_points()
        .iter()
        .map(|(level, s)| (f64::from(*level), measure(&s.metrics)))
        .collect();
    let spec = ChartSpec {
        x: f64::from(MIN_P_LEVEL) - 0.5..f64::from(MAX_P_LEVEL) + 0.5,
        y: chart::fit_range(data.iter().map(|p| p.1), floor, true),
        x_label: text.level.clone(),
        y_label: String::new(),
        lines: vec![line(data, RESPONSE)],
        marker_x: engine.pump_on().then(|| f64::from(engine.p_level())),
        caption: Some(caption.to_owned()),
    };
    let grid = PanelGrid {
        count: RESPONSE_PANELS,
        columns: if canvas.client_width() < 520 { 1 } else { 2 },
    };
    match chart::draw_panel(canvas, &spec, grid, index) {
        Ok(resized) => resized,
        Err(e) => {
            log_error(Err(e));
            false
        }
    }
}

pub(super) fn log_error(result: Result<(), String>) {
    if let Err(e) = result {
        leptos::logging::warn!("chart not drawn: {e}");
    }
}

/// The page's chart canvases (a chart's is missing until its part of the page is built).
#[derive(Clone, Copy, Default)]
pub(super) struct Canvases {
    pub pressure: NodeRef<leptos::html::Canvas>,
    pub flow: NodeRef<leptos::html::Canvas>,
    pub pv_loop: NodeRef<leptos::html::Canvas>,
    pub response: NodeRef<leptos::html::Canvas>,
}

impl Canvases {
    /// The canvas of `chart`, once its part of the page is built.
    pub(super) fn get(self, chart: Chart) -> Option<web_sys::HtmlCanvasElement> {
        match chart {
            Chart::Pressure => self.pressure,
            Chart::Flow => self.flow,
            Chart::PvLoop => self.pv_loop,
            Chart::Response => self.response,
        }
        .get_untracked()
    }
}

/// The pressure chart's lines, in legend order.
const PRESSURE_LEGEND: [LegendEntry; 3] = [
    LegendEntry::of("demo-series-aortic", AORTIC_PRESSURE),
    LegendEntry::of("demo-series-lv", LV_PRESSURE),
    LegendEntry::of("demo-series-la", LA_PRESSURE),
];

/// The flow chart's lines, in legend order (the pump's is drawn only while a pump is in place).
const FLOW_LEGEND: [LegendEntry; 3] = [
    LegendEntry::of("demo-series-native", NATIVE_FLOW),
    LegendEntry::of("demo-series-pump", PUMP_FLOW),
    LegendEntry::of("demo-series-total", TOTAL_FLOW),
];

/// The pressure–volume chart's loops, in legend order.
const PV_LEGEND: [LegendEntry; 3] = [
    LegendEntry::of("demo-series-loop", PV_LOOP),
    LegendEntry::of("demo-series-healthy", HEALTHY_LOOP),
    LegendEntry::of("demo-series-snapshot", SNAPSHOT_LOOP),
];

/// The waveform and loop charts, each with its legend and the table of the last beat that describes it.
#[component]
pub(super) fn ChartsSection(
    /// The canvases the frame loop draws on.
    canvases: Canvases,
    /// Metrics of the last complete beat.
    #[prop(into)]
    metrics: Signal<Option<BeatMetrics>>,
    /// The limits of the model that apply now.
    #[prop(into)]
    limits: Signal<LimitSet>,
    /// The highest aortic pressure the pressure chart drew within the last complete beat (for the check that
    /// the chart and the table agree).
    #[prop(into)]
    drawn_beat_max: Signal<Option<f64>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section aria-labelledby="demo-charts-title">
            <h2 id="demo-charts-title">{i18n.tr("demo-charts-title")}</h2>
            <div class="chart-grid">
                <ChartFigure title_id="demo-pressure-chart" table_id="pressure-table" canvas_ref=canvases.pressure
                    legend=PRESSURE_LEGEND.to_vec()>
                    <MeasureTable id="pressure-table" caption_id="demo-table-last-beat" metrics=metrics limits=limits measures=&Measure::PRESSURES />
                    <p class="drawn-check" data-drawn-beat-max-aortic=move || drawn_beat_max.get().map(|v| format!("{v:.2}"))></p>
                </ChartFigure>
                <ChartFigure title_id="demo-flow-chart" table_id="flow-table" canvas_ref=canvases.flow
                    legend=FLOW_LEGEND.to_vec()>
                    <MeasureTable id="flow-table" caption_id="demo-table-last-beat" metrics=metrics limits=limits measures=&Measure::FLOWS />
                </ChartFigure>
                <ChartFigure title_id="demo-pv-chart" table_id="pv-table" canvas_ref=canvases.pv_loop class="chart-canvas square"
                    legend=PV_LEGEND.to_vec()>
                    <p class="hint">{i18n.tr("demo-pv-explain")}</p>
                    <MeasureTable id="pv-table" caption_id="demo-table-last-beat" metrics=metrics limits=limits measures=&Measure::LOOP />
                </ChartFigure>
            </div>
        </section>
    }
}

/// The P-level response curve: four panels on one canvas, described by the table of every level computed so
/// far (the current level marked).
#[component]
pub(super) fn ResponseSection(
    /// The canvas the frame loop draws on.
    canvas: NodeRef<leptos::html::Canvas>,
    /// The curve so far: P-level and the metrics of its steady state.
    #[prop(into)]
    sweep_rows: Signal<Vec<(u8, BeatMetrics)>>,
    /// Whether the pump is on.
    #[prop(into)]
    pump_on: Signal<bool>,
    /// The chosen P-level.
    #[prop(into)]
    p_level: Signal<f64>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section aria-labelledby="demo-response-title">
            <h2 id="demo-response-title">{i18n.tr("demo-response-chart")}</h2>
            <figure class="chart">
                <canvas node_ref=canvas class="chart-canvas tall" role="img" aria-label=i18n.tr("demo-response-chart") aria-describedby="response-table"></canvas>
                <p class="hint" role="status">{move || {
                    let done = sweep_rows.get().len();
                    let total = usize::from(MAX_P_LEVEL - MIN_P_LEVEL + 1);
                    (done < total).then(|| i18n.t_args("demo-response-computing", &args(&[("done", done), ("total", total)])))
                }}</p>
                <div class="table-scroll" tabindex="0" role="region" aria-label=i18n.tr("demo-response-table")>
                <table id="response-table" class="data">
                    <thead><tr>
                        <th scope="col">{i18n.tr("demo-table-level")}</th>
                        <th scope="col">{i18n.tr("demo-response-total")}</th>
                        <th scope="col">{i18n.tr("demo-response-map")}</th>
                        <th scope="col">{i18n.tr("demo-response-lvedp")}</th>
                        <th scope="col">{i18n.tr("demo-response-cpo")}</th>
                    </tr></thead>
                    <tbody>{move || sweep_rows.get().into_iter().map(|(level, m)| {
                        let current = move || (pump_on.get() && p_level.get() as u8 == level).then_some("true");
                        view! {
                            <tr aria-current=current>
                                <th scope="row">{format!("P-{level}")}</th>
                                <td>{i18n.num(m.co_total_l_min, 1)}</td>
                                <td>{i18n.num(m.map_mmhg, 0)}</td>
                                <td>{i18n.num(m.lvedp_mmhg, 0)}</td>
                                <td>{i18n.num(m.cardiac_power_output_w, 2)}</td>
                            </tr>
                        }
                    }).collect_view()}</tbody>
                </table>
                </div>
            </figure>
        </section>
    }
}
