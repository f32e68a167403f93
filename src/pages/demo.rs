//! "How the pump works": the live heart + circulation + pump simulation. Controls change the model's
//! parameters, the frame loop advances it, and the picture, charts and tables show what it returns. Patients
//! get plain sentences; clinicians get every per-beat measure and the console's numbers.

use hemosim::limits::LimitSet;
use hemosim::{BeatMetrics, Control, ControlKind, Device, PlacementWaveform};
use leptos::prelude::*;

use crate::app::next_task;
use crate::audience::{Audience, AudienceChoice};
use crate::chart_schedule::{Chart, ChartSchedule, RESPONSE_PANELS};
use crate::components::chart::{
    self, ChartFigure, ChartSpec, LegendEntry, Line, LineStyle, PanelGrid,
};
use crate::components::heart_view::HeartView;
use crate::components::measure_label::measure_label;
use crate::components::number_control::NumberControl;
use crate::flow_demo::{
    device_key, device_label_id, Alerts, DemoEngine, DemoPreset, DemoStart, Measure, Snapshot,
    DEVICES, HISTORY_S, MAX_P_LEVEL, MIN_P_LEVEL,
};
use crate::frame_loop::{use_animation_frame, FrameStats};
use crate::i18n::{args, use_i18n, I18n};
use crate::pages::limits::limit_href;
use crate::route::Route;

const AORTIC: LineStyle = LineStyle {
    rgb: (178, 34, 52),
    opacity: 1.0,
    width: 2,
    dashed: false,
};
const LV: LineStyle = LineStyle {
    rgb: (21, 67, 130),
    opacity: 1.0,
    width: 2,
    dashed: false,
};
const LA: LineStyle = LineStyle {
    rgb: (27, 110, 45),
    opacity: 1.0,
    width: 2,
    dashed: true,
};
const NATIVE: LineStyle = LineStyle {
    rgb: (21, 67, 130),
    opacity: 1.0,
    width: 2,
    dashed: false,
};
const PUMP: LineStyle = LineStyle {
    rgb: (176, 84, 0),
    opacity: 1.0,
    width: 2,
    dashed: true,
};
const TOTAL: LineStyle = LineStyle {
    rgb: (25, 25, 25),
    opacity: 1.0,
    width: 3,
    dashed: false,
};
const LOOP: LineStyle = LineStyle {
    rgb: (178, 34, 52),
    opacity: 1.0,
    width: 3,
    dashed: false,
};
const HEALTHY: LineStyle = LineStyle {
    rgb: (110, 110, 110),
    opacity: 0.45,
    width: 2,
    dashed: false,
};
const SNAPSHOT: LineStyle = LineStyle {
    rgb: (21, 67, 130),
    opacity: 1.0,
    width: 2,
    dashed: true,
};
const RESPONSE: LineStyle = LineStyle {
    rgb: (21, 67, 130),
    opacity: 1.0,
    width: 2,
    dashed: false,
};

/// How fast simulated time runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Speed {
    Full,
    Half,
    Quarter,
}

impl Speed {
    const ALL: [Speed; 3] = [Speed::Full, Speed::Half, Speed::Quarter];

    fn factor(self) -> f64 {
        match self {
            Speed::Full => 1.0,
            Speed::Half => 0.5,
            Speed::Quarter => 0.25,
        }
    }

    fn key(self) -> &'static str {
        match self {
            Speed::Full => "1",
            Speed::Half => "0.5",
            Speed::Quarter => "0.25",
        }
    }

    fn label_id(self) -> &'static str {
        match self {
            Speed::Full => "demo-speed-1",
            Speed::Half => "demo-speed-half",
            Speed::Quarter => "demo-speed-quarter",
        }
    }
}

/// Translated chart labels, rebuilt only when the language changes.
#[derive(Clone, Debug, PartialEq, Default)]
struct ChartText {
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

fn chart_text(i18n: I18n) -> ChartText {
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
fn draw_pressures(
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
        lines: vec![line(la, LA), line(lv, LV), line(ao, AORTIC)],
        marker_x: None,
        caption: None,
    };
    log_error(chart::draw(canvas, &spec));
    beat_max.is_finite().then_some(beat_max)
}

/// Flows over the last seconds (the pump's only while one is in place).
fn draw_flows(engine: &DemoEngine, text: &ChartText, canvas: &web_sys::HtmlCanvasElement) {
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
    let mut lines = vec![line(native, NATIVE)];
    if engine.picture().pump_present {
        lines.push(line(pump, PUMP));
    }
    lines.push(line(total, TOTAL));
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

fn loop_points(points: &[crate::flow_demo::PvPoint]) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = points
        .iter()
        .map(|p| (f64::from(p.volume_ml), f64::from(p.pressure_mmhg)))
        .collect();
    if let Some(first) = out.first().copied() {
        out.push(first); // close the loop
    }
    out
}

fn draw_pv_loop(engine: &DemoEngine, text: &ChartText, canvas: &web_sys::HtmlCanvasElement) {
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
            line(healthy, HEALTHY),
            line(frozen, SNAPSHOT),
            line(now, LOOP),
        ],
        marker_x: None,
        caption: None,
    };
    log_error(chart::draw(canvas, &spec));
}

/// Draws panel `index` of the response curve (total output, mean pressure, LVEDP, cardiac power); returns
/// whether the canvas was resized, which clears the other panels.
fn draw_response_panel(
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

fn log_error(result: Result<(), String>) {
    if let Err(e) = result {
        leptos::logging::warn!("chart not drawn: {e}");
    }
}

fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

fn now_ms() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// The mark beside a measure that a limit of the model affects now: "model limit", linking to the first such
/// limit's entry, with every such limit named for screen readers. Nothing when no limit applies.
fn limit_mark(i18n: I18n, m: Measure, limits: Signal<LimitSet>) -> impl IntoView {
    move || {
        let now: Vec<&'static hemosim::limits::Limit> = m.limits_now(limits.get()).collect();
        let first = *now.first()?;
        let names = now
            .iter()
            .map(|l| i18n.t(&format!("limit-{}-title", l.id.id())))
            .collect::<Vec<_>>()
            .join("; ");
        let label = i18n.t_args("limits-mark-label", &args(&[("limits", names)]));
        Some(view! {
            " "<a class="limit-mark" href=limit_href(first) aria-label=label.clone() title=label>{i18n.t("limits-mark")}</a>
        })
    }
}

/// A two-column table of measures for one beat, each marked while a limit of the model affects it.
fn measure_rows(
    i18n: I18n,
    metrics: Signal<Option<BeatMetrics>>,
    limits: Signal<LimitSet>,
    measures: &'static [Measure],
) -> impl IntoView {
    measures
        .iter()
        .map(|&m| {
            let label = move || measure_label(i18n, m.label_id());
            let value = move || metrics.get().map(|b| i18n.num(m.value(&b), m.digits())).unwrap_or_default();
            view! { <tr data-measure=format!("{m:?}")><th scope="row">{label}{limit_mark(i18n, m, limits)}</th><td>{value}</td></tr> }
        })
        .collect_view()
}

#[component]
fn MeasureTable(
    id: &'static str,
    caption_id: &'static str,
    metrics: Signal<Option<BeatMetrics>>,
    limits: Signal<LimitSet>,
    measures: &'static [Measure],
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <table id=id class="data">
            <caption>{i18n.tr(caption_id)}</caption>
            <thead><tr><th scope="col">{i18n.tr("demo-table-measure")}</th><th scope="col">{i18n.tr("demo-table-value")}</th></tr></thead>
            <tbody>{measure_rows(i18n, metrics, limits, measures)}</tbody>
        </table>
    }
}

/// The plain-language summary for patients (and everyone), rounded so it only changes when the message does.
fn summary(
    i18n: I18n,
    m: &BeatMetrics,
    pump_on: bool,
    healthy: Option<BeatMetrics>,
) -> Vec<String> {
    let mut lines = vec![i18n.t_args(
        "demo-summary-heart",
        &args(&[("native", i18n.num(m.co_native_l_min, 1))]),
    )];
    if pump_on {
        lines.push(i18n.t_args(
            "demo-summary-pump",
            &args(&[("pump", i18n.num(m.pump_flow_l_min, 1))]),
        ));
    } else {
        lines.push(i18n.t("demo-summary-pump-off"));
    }
    lines.push(i18n.t_args(
        "demo-summary-total",
        &args(&[("total", i18n.num(m.co_total_l_min, 1))]),
    ));
    lines.push(i18n.t_args(
        "demo-summary-pressure",
        &args(&[
            ("sbp", i18n.num(m.sbp_mmhg, 0)),
            ("dbp", i18n.num(m.dbp_mmhg, 0)),
        ]),
    ));
    if let Some(h) = healthy {
        lines.push(i18n.t_args(
            "demo-summary-healthy",
            &args(&[("healthy", i18n.num(h.co_total_l_min, 1))]),
        ));
    }
    lines
}

fn waveform_id(w: PlacementWaveform) -> &'static str {
    match w {
        PlacementWaveform::Aortic => "demo-wave-aortic",
        PlacementWaveform::Ventricular => "demo-wave-ventricular",
        PlacementWaveform::Unknown => "demo-wave-unknown",
    }
}

/// The page's chart canvases (a chart's is missing until its part of the page is built).
#[derive(Clone, Copy, Default)]
struct Canvases {
    pressure: NodeRef<leptos::html::Canvas>,
    flow: NodeRef<leptos::html::Canvas>,
    pv_loop: NodeRef<leptos::html::Canvas>,
    response: NodeRef<leptos::html::Canvas>,
}

impl Canvases {
    fn get(self, chart: Chart) -> Option<web_sys::HtmlCanvasElement> {
        match chart {
            Chart::Pressure => self.pressure,
            Chart::Flow => self.flow,
            Chart::PvLoop => self.pv_loop,
            Chart::Response => self.response,
        }
        .get_untracked()
    }
}

/// Time the settling of the circulation may take in one task, in ms: short enough that even a phone four times
/// slower than this machine stays under the 50 ms of a long task.
const SETTLE_TASK_MS: f64 = 5.0;

/// How far the page is built. Settling the circulation and building the live page are split into short tasks
/// after the page frame, so none keeps a slow phone busy for long: settling for [`SETTLE_TASK_MS`] a task (see
/// [`DemoStart`]), then the live page in four parts. Until the last part is there the page is marked
/// `aria-busy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Stage {
    /// Only the title and introduction.
    Settling,
    /// The controls, running.
    Controls,
    /// The heart picture and its plain summary.
    Picture,
    /// The waveform and loop charts.
    Charts,
    /// Compare mode, the response curve and the detailed tables: the page is complete.
    Complete,
}

/// The "How the pump works" page: its title and introduction at once, the live demo a few tasks later (see
/// [`Stage`]).
#[component]
pub fn DemoPage() -> impl IntoView {
    let i18n = use_i18n();
    let engine = StoredValue::new(None::<DemoEngine>);
    let stage = RwSignal::new(Stage::Settling);
    leptos::task::spawn_local(async move {
        next_task().await; // not in the task that builds the page frame
        let mut start = DemoStart::new(DemoPreset::Shock);
        let settled = 'settle: loop {
            if stage.is_disposed() {
                return; // the reader has left the page
            }
            // One beat at a time until this task's share of time is used: how many beats fit depends on the
            // phone, and on whether the browser has optimised the simulation code yet.
            let began = now_ms();
            loop {
                if let Some(settled) = start.step(1) {
                    break 'settle settled;
                }
                if now_ms() - began >= SETTLE_TASK_MS {
                    break;
                }
            }
            next_task().await;
        };
        engine.set_value(Some(settled));
        for next in [
            Stage::Controls,
            Stage::Picture,
            Stage::Charts,
            Stage::Complete,
        ] {
            next_task().await;
            if next == Stage::Charts {
                // A task of its own for the fonts' set-up, so the first chart's frame stays short.
                chart::prepare_text();
                next_task().await;
            }
            stage.set(next);
        }
    });
    let live = Memo::new(move |_| stage.get() > Stage::Settling);
    move || match live
        .get()
        .then(|| engine.try_update_value(Option::take).flatten())
        .flatten()
    {
        Some(e) => view! { <DemoLive engine=e stage=stage.read_only() /> }.into_any(),
        None => view! {
            <article class="page wide demo" aria-busy="true">
                <h1>{i18n.tr("demo-title")}</h1>
                <p class="lead">{i18n.tr("demo-intro-patient")}</p>
            </article>
        }
        .into_any(),
    }
}

/// The live page, around a settled engine, built in parts as `stage` advances.
#[component]
fn DemoLive(engine: DemoEngine, stage: ReadSignal<Stage>) -> impl IntoView {
    let i18n = use_i18n();
    let audience = expect_context::<AudienceChoice>();
    let reduced_motion = prefers_reduced_motion();
    let engine = StoredValue::new(engine);
    let initial =
        engine.with_value(|e| (e.metrics(), e.picture(), e.controls(), e.healthy_metrics()));

    let preset = RwSignal::new(DemoPreset::Shock);
    let pump_on = RwSignal::new(false);
    let device = RwSignal::new(Device::ImpellaCp);
    let p_level = RwSignal::new(6.0);
    let controls = RwSignal::new(initial.2);
    let clamped = RwSignal::new(None::<String>);
    let running = RwSignal::new(!reduced_motion);
    let speed = RwSignal::new(Speed::Full);
    let detailed = RwSignal::new(audience.get_untracked() == Some(Audience::Clinician));
    let metrics = RwSignal::new(initial.0);
    let limits = RwSignal::new(engine.with_value(|e| e.limits_now()));
    let console = RwSignal::new(None::<hemosim::ConsoleReadings>);
    let picture = RwSignal::new(initial.1);
    let dash = RwSignal::new(0.0);
    let sweep_rows = RwSignal::new(Vec::<(u8, BeatMetrics)>::new());
    let snapshot = RwSignal::new(None::<Snapshot>);
    let drawn_beat_max = RwSignal::new(None::<f64>);
    let healthy = initial.3;

    let canvases = Canvases::default();
    let root_ref = NodeRef::<leptos::html::Article>::new();
    // The page is whole once its last part has rendered: then the loading screen (or pre-rendered copy) can go.
    Effect::new(move |_| {
        if stage.get() == Stage::Complete {
            request_animation_frame(crate::app::reveal_when_whole);
        }
    });

    // After a change, or after the language changes, the next frame updates every view and every chart is
    // due for a redraw.
    let dirty = StoredValue::new(true);
    let text = Memo::new(move |_| chart_text(i18n));
    Effect::new(move |_| {
        text.track();
        dirty.set_value(true);
    });

    // Applies a change to the model. While paused, the model settles so the still picture shows the result.
    let change = move |f: &dyn Fn(&mut DemoEngine)| {
        engine.update_value(|e| {
            f(e);
            if !running.get_untracked() {
                e.settle();
            }
        });
        controls.set(engine.with_value(|e| e.controls()));
        dirty.set_value(true);
    };

    let schedule = StoredValue::new(ChartSchedule::default());
    // Whether a beat ended (or the model changed) since the pressures were last drawn: then the chart's
    // last-beat peak is published for the table check.
    let beat_news = StoredValue::new(true);
    // The part of the page the last frame saw: a frame that finds more draws nothing and does no sweep work
    // while the browser lays the new part out.
    let seen_stage = StoredValue::new(None::<Stage>);
    let stats = StoredValue::new(FrameStats::default());
    let last_ts = StoredValue::new(None::<f64>);
    let frame_no = StoredValue::new(0_u64);
    use_animation_frame(move |timestamp| {
        let started = now_ms();
        let dt = last_ts
            .get_value()
            .map_or(0.0, |last| ((timestamp - last) / 1000.0).clamp(0.0, 0.1));
        last_ts.set_value(Some(timestamp));
        let run = running.get_untracked();
        let sim_dt = dt * speed.get_untracked().factor();
        let beats = if run {
            engine.try_update_value(|e| e.advance(sim_dt)).unwrap_or(0)
        } else {
            0
        };
        let changed = dirty.get_value();
        dirty.set_value(false);
        let n = frame_no.get_value() + 1;
        frame_no.set_value(n);
        if beats > 0 || changed {
            beat_news.set_value(true);
        }
        let grew = seen_stage.get_value() != Some(stage.get_untracked());
        seen_stage.set_value(Some(stage.get_untracked()));
        schedule.update_value(|s| {
            if grew {
                s.page_grew();
            }
            if changed {
                s.mark_all();
            }
            if run {
                s.mark(Chart::Pressure);
                s.mark(Chart::Flow);
            }
            if beats > 0 {
                s.mark(Chart::PvLoop);
            }
        });

        engine.with_value(|e| {
            if run || changed {
                let pic = e.picture();
                // Dashes move at a speed proportional to the pump flow (upwards: from inlet to outlet).
                dash.update(|d| *d = (*d + pic.pump_flow_ml_s * sim_dt * 0.2) % 1000.0);
                picture.set(pic);
            }
            if beats > 0 || changed {
                metrics.set(e.metrics());
                let now = e.limits_now();
                if limits.get_untracked() != now {
                    limits.set(now);
                }
                console.set(e.console());
            }
        });

        // At most one chart a frame (see `ChartSchedule`), so a frame stays a short task on a slow phone.
        let draw = schedule
            .try_update_value(|s| s.next(|chart| canvases.get(chart).is_some()))
            .flatten();
        if let Some((draw, canvas)) = draw.and_then(|d| Some((d, canvases.get(d.chart)?))) {
            let t = text.get_untracked();
            engine.with_value(|e| match draw.chart {
                Chart::Pressure => {
                    let drawn = draw_pressures(e, &t, &canvas);
                    if beat_news.get_value() {
                        beat_news.set_value(false);
                        drawn_beat_max.set(drawn);
                    }
                }
                Chart::Flow => draw_flows(e, &t, &canvas),
                Chart::PvLoop => draw_pv_loop(e, &t, &canvas),
                Chart::Response => {
                    let mut resized = false;
                    for panel in draw.panels() {
                        resized |= draw_response_panel(e, &t, &canvas, panel);
                    }
                    if resized {
                        schedule.update_value(|s| s.mark(Chart::Response));
                    }
                }
            });
        }
        // A step of the response curve (a few beats) on a frame with nothing else to do, so no frame does it
        // all and none does it on top of drawing a chart or laying out a new part of the page.
        let stepped =
            !grew && draw.is_none() && engine.try_update_value(|e| e.sweep_step()).unwrap_or(false);
        if stepped {
            schedule.update_value(|s| s.mark(Chart::Response));
        }
        if stepped || changed {
            engine.with_value(|e| {
                sweep_rows.set(
                    e.sweep_points()
                        .iter()
                        .map(|(l, s)| (*l, s.metrics))
                        .collect(),
                );
            });
        }
        stats.update_value(|s| s.record(now_ms() - started));
        if n.is_multiple_of(30) {
            if let Some(root) = root_ref.get_untracked() {
                stats.with_value(|s| {
                    let _ = root.set_attribute(
                        "data-frame-median-ms",
                        &format!("{:.3}", s.quantile_ms(0.5)),
                    );
                    let _ = root
                        .set_attribute("data-frame-p95-ms", &format!("{:.3}", s.quantile_ms(0.95)));
                    let _ =
                        root.set_attribute("data-frame-worst-ms", &format!("{:.3}", s.worst_ms()));
                    let _ = root.set_attribute("data-frames", &s.count().to_string());
                });
            }
        }
    });

    let alerts = Memo::new(move |_| {
        metrics
            .get()
            .map(|m| Alerts::from_metrics(&m))
            .unwrap_or_default()
    });
    let summary_lines = Memo::new(move |_| {
        metrics
            .get()
            .map(|m| summary(i18n, &m, pump_on.get(), healthy))
            .unwrap_or_default()
    });
    let description = Signal::derive(move || {
        let pic = picture.get();
        let flow = metrics
            .get()
            .map(|m| i18n.num(m.pump_flow_l_min, 1))
            .unwrap_or_default();
        let state = if pic.pump_present { "on" } else { "off" };
        crate::i18n::strip_isolation(&i18n.t_args(
            "demo-pic-description",
            &args(&[("pump", state), ("flow", flow.as_str())]),
        ))
    });
    let metrics_signal: Signal<Option<BeatMetrics>> = metrics.into();
    let limits_signal: Signal<LimitSet> = limits.into();

    let preset_options = DemoPreset::ALL
        .into_iter()
        .map(|p| view! { <option value=p.key() selected=move || preset.get() == p>{i18n.tr(p.label_id())}</option> })
        .collect_view();
    let device_options = DEVICES
        .into_iter()
        .map(|d| view! { <option value=device_key(d) selected=move || device.get() == d>{i18n.tr(device_label_id(d))}</option> })
        .collect_view();
    let speed_options = Speed::ALL
        .into_iter()
        .map(|s| view! { <option value=s.key() selected=move || speed.get() == s>{i18n.tr(s.label_id())}</option> })
        .collect_view();

    let p_level_control = view! {
        <NumberControl label_id="demo-p-level" input_id="demo-p-level" min=f64::from(MIN_P_LEVEL) max=f64::from(MAX_P_LEVEL) step=1.0
            value=Signal::from(p_level)
            format=Callback::new(move |v: f64| i18n.t_args("demo-p-level-value", &args(&[("level", (v as u8).to_string().as_str())])))
            on_change=Callback::new(move |v: f64| {
                p_level.set(v);
                change(&|e: &mut DemoEngine| e.set_p_level(v as u8));
            }) />
    };

    let heart_control = move |kind: ControlKind,
                              label_id: &'static str,
                              input_id: &'static str,
                              step: f64,
                              digits: usize,
                              unit: &'static str| {
        let range = kind.range();
        let value = Signal::derive(move || {
            let c = controls.get();
            match kind {
                ControlKind::LvContractility => c.lv_contractility_mmhg_per_ml,
                ControlKind::HeartRate => c.heart_rate_bpm,
                ControlKind::BloodVolume => c.blood_volume_ml,
                _ => c.systemic_resistance_mmhg_s_per_ml,
            }
        });
        view! {
            <NumberControl label_id=label_id input_id=input_id min=range.min max=range.max step=step value=value
                format=Callback::new(move |v: f64| format!("{} {unit}", i18n.num(v, digits)))
                on_change=Callback::new(move |v: f64| {
                    let control = match kind {
                        ControlKind::LvContractility => Control::LvContractility(v),
                        ControlKind::HeartRate => Control::HeartRate(v),
                        ControlKind::BloodVolume => Control::BloodVolume(v),
                        _ => Control::SystemicResistance(v),
                    };
                    let mut report = None;
                    engine.update_value(|e| report = Some(e.set_control(control)));
                    clamped.set(report.and_then(|r| r.clamped.first().map(|c| {
                        i18n.t_args("demo-clamped", &args(&[("control", i18n.t(label_id).as_str()), ("value", i18n.num(c.applied, digits).as_str())]))
                    })));
                    change(&|_| {});
                }) />
        }
    };

    let stage_reached = move |s: Stage| stage.get() >= s;

    view! {
        <article class="page wide demo" node_ref=root_ref aria-busy=move || (!stage_reached(Stage::Complete)).then_some("true")>
            <h1>{i18n.tr("demo-title")}</h1>
            <p class="lead">{move || if detailed.get() { i18n.t("demo-intro-clinician") } else { i18n.t("demo-intro-patient") }}</p>
            <p class="model-note">{i18n.tr("demo-model-note")}</p>

            <div class="demo-layout">
                <section class="demo-controls card" aria-labelledby="demo-controls-title">
                    <h2 id="demo-controls-title">{i18n.tr("demo-controls-title")}</h2>
                    <fieldset class="view-switch">
                        <legend>{i18n.tr("demo-view")}</legend>
                        <label><input type="radio" name="demo-view" prop:checked=move || !detailed.get() on:change=move |_| detailed.set(false) />{i18n.tr("demo-view-patient")}</label>
                        <label><input type="radio" name="demo-view" prop:checked=move || detailed.get() on:change=move |_| detailed.set(true) />{i18n.tr("demo-view-clinician")}</label>
                    </fieldset>
                    <div class="field">
                        <label for="demo-preset">{i18n.tr("demo-situation")}</label>
                        <select id="demo-preset" on:change=move |ev| {
                            if let Some(p) = DemoPreset::from_key(&event_target_value(&ev)) {
                                preset.set(p);
                                change(&|e: &mut DemoEngine| e.load_preset(p));
                            }
                        }>{preset_options}</select>
                    </div>
                    <fieldset>
                        <legend>{i18n.tr("demo-pump-group")}</legend>
                        <label class="check"><input type="checkbox" prop:checked=move || pump_on.get() on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            pump_on.set(on);
                            change(&|e: &mut DemoEngine| e.set_pump_on(on));
                        } />{i18n.tr("demo-pump-on")}</label>
                        <div class="field">
                            <label for="demo-device">{i18n.tr("demo-device")}</label>
                            <select id="demo-device" on:change=move |ev| {
                                if let Some(d) = DEVICES.into_iter().find(|d| device_key(*d) == event_target_value(&ev)) {
                                    device.set(d);
                                    change(&|e: &mut DemoEngine| e.set_device(d));
                                }
                            }>{device_options}</select>
                            <p class="hint">{move || i18n.t_args("demo-device-max", &args(&[("flow", i18n.num(device.get().max_flow_l_min(), 1))]))}</p>
                        </div>
                        {p_level_control}
                    </fieldset>
                    <Show when=move || detailed.get()>
                        <fieldset>
                            <legend>{i18n.tr("demo-heart-group")}</legend>
                            {heart_control(ControlKind::LvContractility, "demo-contractility", "demo-contractility", 0.05, 2, "mmHg/ml")}
                            {heart_control(ControlKind::HeartRate, "demo-heart-rate", "demo-heart-rate", 1.0, 0, "bpm")}
                            {heart_control(ControlKind::BloodVolume, "demo-blood-volume", "demo-blood-volume", 50.0, 0, "ml")}
                            {heart_control(ControlKind::SystemicResistance, "demo-resistance", "demo-resistance", 0.05, 2, "mmHg·s/ml")}
                            <label class="check"><input type="checkbox" prop:checked=move || controls.get().baroreflex_enabled on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                change(&|e: &mut DemoEngine| { e.set_control(Control::Baroreflex(on)); });
                            } />{i18n.tr("demo-baroreflex")}</label>
                            <p class="hint" role="status">{move || clamped.get()}</p>
                        </fieldset>
                    </Show>
                    <fieldset>
                        <legend>{i18n.tr("demo-playback")}</legend>
                        <div class="playback">
                            <button type="button" class="primary" on:click=move |_| running.update(|r| *r = !*r)>
                                {move || if running.get() { i18n.t("demo-pause") } else { i18n.t("demo-play") }}
                            </button>
                            <label for="demo-speed">{i18n.tr("demo-speed")}</label>
                            <select id="demo-speed" on:change=move |ev| {
                                if let Some(s) = Speed::ALL.into_iter().find(|s| s.key() == event_target_value(&ev)) {
                                    speed.set(s);
                                }
                            }>{speed_options}</select>
                        </div>
                        {reduced_motion.then(|| view! { <p class="hint">{i18n.tr("demo-reduced-motion")}</p> })}
                    </fieldset>
                </section>

                <Show when=move || stage_reached(Stage::Picture)>
                <section class="demo-picture" aria-labelledby="demo-picture-title">
                    <h2 id="demo-picture-title">{i18n.tr("demo-picture-title")}</h2>
                    <div class="alerts" role="alert">
                        {move || {
                            let a = alerts.get();
                            view! {
                                {a.suction.then(|| view! { <p class="alert"><span aria-hidden="true">"⚠ "</span>{i18n.t("demo-alert-suction")}</p> })}
                                {a.low_pressure.then(|| view! { <p class="alert"><span aria-hidden="true">"⚠ "</span>{i18n.t("demo-alert-low-pressure")}</p> })}
                            }
                        }}
                    </div>
                    <HeartView picture=Signal::from(picture) dash_offset=Signal::from(dash) description=description />
                    <div class="summary" aria-live="polite">
                        {move || summary_lines.get().into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
                    </div>
                    <p class="hint">{i18n.tr("demo-pic-key")}</p>
                    // No "all clear" while a limit of the model applies: say so instead, and where to read why.
                    {move || {
                        let a = alerts.get();
                        let limited = limits.get().iter().any(|l| !l.id.always());
                        (!a.suction && !a.low_pressure && limited)
                            .then(|| view! { <p class="hint limits-note">{i18n.t("limits-none-but-limits")}</p> })
                    }}
                    <p><a href=Route::Limits.href()>{i18n.tr("limits-link")}</a></p>
                </section>
                </Show>
            </div>

            <Show when=move || stage_reached(Stage::Charts)>
            <section aria-labelledby="demo-charts-title">
                <h2 id="demo-charts-title">{i18n.tr("demo-charts-title")}</h2>
                <div class="chart-grid">
                    <ChartFigure title_id="demo-pressure-chart" table_id="pressure-table" canvas_ref=canvases.pressure
                        legend=vec![
                            LegendEntry { label_id: "demo-series-aortic", style: AORTIC },
                            LegendEntry { label_id: "demo-series-lv", style: LV },
                            LegendEntry { label_id: "demo-series-la", style: LA },
                        ]>
                        <MeasureTable id="pressure-table" caption_id="demo-table-last-beat" metrics=metrics_signal limits=limits_signal measures=&Measure::PRESSURES />
                        <p class="drawn-check" data-drawn-beat-max-aortic=move || drawn_beat_max.get().map(|v| format!("{v:.2}"))></p>
                    </ChartFigure>
                    <ChartFigure title_id="demo-flow-chart" table_id="flow-table" canvas_ref=canvases.flow
                        legend=vec![
                            LegendEntry { label_id: "demo-series-native", style: NATIVE },
                            LegendEntry { label_id: "demo-series-pump", style: PUMP },
                            LegendEntry { label_id: "demo-series-total", style: TOTAL },
                        ]>
                        <MeasureTable id="flow-table" caption_id="demo-table-last-beat" metrics=metrics_signal limits=limits_signal measures=&Measure::FLOWS />
                    </ChartFigure>
                    <ChartFigure title_id="demo-pv-chart" table_id="pv-table" canvas_ref=canvases.pv_loop class="chart-canvas square"
                        legend=vec![
                            LegendEntry { label_id: "demo-series-loop", style: LOOP },
                            LegendEntry { label_id: "demo-series-healthy", style: HEALTHY },
                            LegendEntry { label_id: "demo-series-snapshot", style: SNAPSHOT },
                        ]>
                        <p class="hint">{i18n.tr("demo-pv-explain")}</p>
                        <MeasureTable id="pv-table" caption_id="demo-table-last-beat" metrics=metrics_signal limits=limits_signal measures=&Measure::LOOP />
                    </ChartFigure>
                </div>
            </section>

            </Show>

            <Show when=move || stage_reached(Stage::Complete)>
            <section class="card" aria-labelledby="demo-compare-title">
                <h2 id="demo-compare-title">{i18n.tr("demo-compare-title")}</h2>
                <p>{i18n.tr("demo-compare-help")}</p>
                <div class="playback">
                    <button type="button" on:click=move |_| {
                        engine.update_value(|e| e.freeze_snapshot());
                        snapshot.set(engine.with_value(|e| e.snapshot().cloned()));
                        dirty.set_value(true);
                    }>{i18n.tr("demo-compare-freeze")}</button>
                    <button type="button" disabled=move || snapshot.get().is_none() on:click=move |_| {
                        engine.update_value(|e| e.clear_snapshot());
                        snapshot.set(None);
                        dirty.set_value(true);
                    }>{i18n.tr("demo-compare-clear")}</button>
                </div>
                {move || snapshot.get().map(|s| {
                    let pump = match s.pump {
                        Some((d, level)) => i18n.t_args("demo-compare-pump-on", &args(&[("device", i18n.t(device_label_id(d)).as_str()), ("level", level.to_string().as_str())])),
                        None => i18n.t("demo-compare-pump-off"),
                    };
                    let saved = i18n.t_args("demo-compare-saved", &args(&[("situation", i18n.t(s.preset.label_id()).as_str()), ("pump", pump.as_str())]));
                    let rows = Measure::COMPARE.iter().map(|&m| {
                        let then = i18n.num(m.value(&s.metrics), m.digits());
                        view! {
                            <tr><th scope="row">{i18n.t(m.label_id())}</th><td>{then}</td>
                            <td>{move || metrics.get().map(|b| i18n.num(m.value(&b), m.digits())).unwrap_or_default()}</td></tr>
                        }
                    }).collect_view();
                    view! {
                        <table id="compare-table" class="data">
                            <caption>{saved}</caption>
                            <thead><tr><th scope="col">{i18n.t("demo-table-measure")}</th><th scope="col">{i18n.t("demo-compare-snapshot")}</th><th scope="col">{i18n.t("demo-compare-now")}</th></tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    }
                })}
            </section>

            <section aria-labelledby="demo-response-title">
                <h2 id="demo-response-title">{i18n.tr("demo-response-chart")}</h2>
                <figure class="chart">
                    <canvas node_ref=canvases.response class="chart-canvas tall" role="img" aria-label=i18n.tr("demo-response-chart") aria-describedby="response-table"></canvas>
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

            <Show when=move || detailed.get()>
                <section aria-labelledby="demo-metrics-title">
                    <h2 id="demo-metrics-title">{i18n.tr("demo-metrics-title")}</h2>
                    <table id="metrics-table" class="data">
                        <thead><tr><th scope="col">{i18n.tr("demo-table-measure")}</th><th scope="col">{i18n.tr("demo-table-value")}</th></tr></thead>
                        <tbody>
                            {measure_rows(i18n, metrics_signal, limits_signal, &Measure::ALL)}
                            <tr><th scope="row">{i18n.tr("demo-m-av-open")}</th><td>{move || metrics.get().map(|m| if m.aortic_valve_opened { i18n.t("demo-yes") } else { i18n.t("demo-no") })}</td></tr>
                            <tr><th scope="row">{i18n.tr("demo-m-suction")}</th><td>{move || metrics.get().map(|m| if m.suction { i18n.t("demo-yes") } else { i18n.t("demo-no") })}</td></tr>
                        </tbody>
                    </table>
                    <h3>{i18n.tr("demo-console-title")}</h3>
                    {move || console.get().map(|c| view! {
                        <table id="console-table" class="data">
                            <tbody>
                                <tr><th scope="row">{i18n.t("demo-c-level")}</th><td>{format!("P-{}", c.p_level)}</td></tr>
                                <tr><th scope="row">{i18n.t("demo-c-speed")}</th><td>{i18n.num(c.speed_rpm, 0)}</td></tr>
                                <tr><th scope="row">{i18n.t("demo-c-flow")}</th><td>{format!("{} ({}–{})", i18n.num(c.flow_l_min, 1), i18n.num(c.flow_range_l_min.0, 1), i18n.num(c.flow_range_l_min.1, 1))}</td></tr>
                                <tr><th scope="row">{i18n.t("demo-c-placement")}</th><td>{format!("{}/{}", i18n.num(c.placement_signal_mmhg.0, 0), i18n.num(c.placement_signal_mmhg.1, 0))}</td></tr>
                                <tr><th scope="row">{i18n.t("demo-c-waveform")}</th><td>{i18n.t(waveform_id(c.placement_waveform))}</td></tr>
                                <tr><th scope="row">{i18n.t("demo-c-current")}</th><td>{format!("{}/{}", i18n.num(c.motor_current_ma.0, 0), i18n.num(c.motor_current_ma.1, 0))}</td></tr>
                                <tr><th scope="row">{i18n.t("demo-c-pulsatile")}</th><td>{if c.motor_current_pulsatile { i18n.t("demo-yes") } else { i18n.t("demo-no") }}</td></tr>
                            </tbody>
                        </table>
                    })}
                </section>
            </Show>
            </Show>
        </article>
    }
}
