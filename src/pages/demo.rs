//! "How the pump works": the live heart + circulation + pump simulation. Controls change the model's
//! parameters, the frame loop advances it, and the picture, charts and tables show what it returns. Patients
//! get plain sentences; clinicians get every per-beat measure and the console's numbers.

use hemosim::{BeatMetrics, Control, ControlKind, Device, PlacementWaveform};
use leptos::prelude::*;

use crate::app::next_task;
use crate::audience::{Audience, AudienceChoice};
use crate::components::chart::{self, ChartFigure, ChartSpec, LegendEntry, Line, LineStyle};
use crate::components::heart_view::HeartView;
use crate::components::number_control::NumberControl;
use crate::flow_demo::{
    device_key, device_label_id, Alerts, DemoEngine, DemoPreset, DemoStart, FrameStats, Measure,
    Snapshot, DEVICES, HISTORY_S, MAX_P_LEVEL, MIN_P_LEVEL, START_BEATS_PER_STEP,
};
use crate::frame_loop::use_animation_frame;
use crate::i18n::{args, use_i18n, I18n};

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

/// Pressures and flows over the last seconds. Returns the highest aortic pressure drawn within the last
/// complete beat, so the page can show (and tests can check) that the chart and the table agree.
fn draw_waveforms(
    engine: &DemoEngine,
    text: &ChartText,
    pressure: &web_sys::HtmlCanvasElement,
    flow: &web_sys::HtmlCanvasElement,
) -> Option<f64> {
    let rec = engine.recorder();
    let end = rec.latest()?.time_s;
    let start = end - HISTORY_S;
    let x = |t: f64| t - start;
    let (mut ao, mut lv, mut la) = (Vec::new(), Vec::new(), Vec::new());
    let (mut native, mut pump, mut total) = (Vec::new(), Vec::new(), Vec::new());
    let (beat_start, beat_end) = engine.last_beat_window_s();
    let mut beat_max = f64::NEG_INFINITY;
    for p in rec.points() {
        let t = x(p.time_s);
        ao.push((t, f64::from(p.p_ao_mmhg)));
        lv.push((t, f64::from(p.p_lv_mmhg)));
        la.push((t, f64::from(p.p_la_mmhg)));
        native.push((t, f64::from(p.q_av_l_min)));
        pump.push((t, f64::from(p.q_pump_l_min)));
        total.push((t, f64::from(p.q_av_l_min + p.q_pump_l_min)));
        if p.time_s >= beat_start && p.time_s < beat_end {
            beat_max = beat_max.max(f64::from(p.p_ao_mmhg));
        }
    }
    let p_range = chart::fit_range(ao.iter().chain(&lv).chain(&la).map(|p| p.1), 40.0, true);
    let f_range = chart::fit_range(
        native.iter().chain(&pump).chain(&total).map(|p| p.1),
        4.0,
        true,
    );
    let pump_present = engine.picture().pump_present;
    let pressure_spec = ChartSpec {
        x: 0.0..HISTORY_S,
        y: p_range,
        x_label: text.time.clone(),
        y_label: text.pressure.clone(),
        lines: vec![line(la, LA), line(lv, LV), line(ao, AORTIC)],
        marker_x: None,
        caption: None,
    };
    let mut flow_lines = vec![line(native, NATIVE)];
    if pump_present {
        flow_lines.push(line(pump, PUMP));
    }
    flow_lines.push(line(total, TOTAL));
    let flow_spec = ChartSpec {
        x: 0.0..HISTORY_S,
        y: f_range,
        x_label: text.time.clone(),
        y_label: text.flow.clone(),
        lines: flow_lines,
        marker_x: None,
        caption: None,
    };
    log_error(chart::draw(pressure, &[pressure_spec], 1));
    log_error(chart::draw(flow, &[flow_spec], 1));
    beat_max.is_finite().then_some(beat_max)
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
    log_error(chart::draw(canvas, &[spec], 1));
}

fn draw_response(engine: &DemoEngine, text: &ChartText, canvas: &web_sys::HtmlCanvasElement) {
    let points = engine.sweep_points();
    let series = |f: fn(&BeatMetrics) -> f64| -> Vec<(f64, f64)> {
        points
            .iter()
            .map(|(level, s)| (f64::from(*level), f(&s.metrics)))
            .collect()
    };
    let marker = engine.pump_on().then(|| f64::from(engine.p_level()));
    let x = f64::from(MIN_P_LEVEL) - 0.5..f64::from(MAX_P_LEVEL) + 0.5;
    let panel = |caption: &str, data: Vec<(f64, f64)>, floor: f64| ChartSpec {
        x: x.clone(),
        y: chart::fit_range(data.iter().map(|p| p.1), floor, true),
        x_label: text.level.clone(),
        y_label: String::new(),
        lines: vec![line(data, RESPONSE)],
        marker_x: marker,
        caption: Some(caption.to_owned()),
    };
    let panels = [
        panel(&text.total, series(|m| m.co_total_l_min), 2.0),
        panel(&text.map, series(|m| m.map_mmhg), 20.0),
        panel(&text.lvedp, series(|m| m.lvedp_mmhg), 10.0),
        panel(&text.cpo, series(|m| m.cardiac_power_output_w), 0.4),
    ];
    let columns = if canvas.client_width() < 520 { 1 } else { 2 };
    log_error(chart::draw(canvas, &panels, columns));
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

/// A two-column table of measures for one beat.
fn measure_rows(
    i18n: I18n,
    metrics: Signal<Option<BeatMetrics>>,
    measures: &'static [Measure],
) -> impl IntoView {
    measures
        .iter()
        .map(|&m| {
            let label = move || {
                if m == Measure::CardiacIndex {
                    i18n.t_args("demo-m-ci", &args(&[("bsa", i18n.num(hemosim::BODY_SURFACE_AREA_M2, 1))]))
                } else {
                    i18n.t(m.label_id())
                }
            };
            let value = move || metrics.get().map(|b| i18n.num(m.value(&b), m.digits())).unwrap_or_default();
            view! { <tr data-measure=format!("{m:?}")><th scope="row">{label}</th><td>{value}</td></tr> }
        })
        .collect_view()
}

#[component]
fn MeasureTable(
    id: &'static str,
    caption_id: &'static str,
    metrics: Signal<Option<BeatMetrics>>,
    measures: &'static [Measure],
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <table id=id class="data">
            <caption>{i18n.tr(caption_id)}</caption>
            <thead><tr><th scope="col">{i18n.tr("demo-table-measure")}</th><th scope="col">{i18n.tr("demo-table-value")}</th></tr></thead>
            <tbody>{measure_rows(i18n, metrics, measures)}</tbody>
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

/// The "How the pump works" page. Settling the circulation (a few beats a task, see [`DemoStart`]) and
/// building the live page run as short tasks after the page frame, so no single task keeps a slow phone busy
/// for long; until then the page shows its title and introduction, marked `aria-busy`.
#[component]
pub fn DemoPage() -> impl IntoView {
    let i18n = use_i18n();
    let engine = StoredValue::new(None::<DemoEngine>);
    let ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        let mut start = DemoStart::new(DemoPreset::Shock);
        let settled = loop {
            next_task().await;
            if ready.is_disposed() {
                return; // the reader has left the page
            }
            if let Some(settled) = start.step(START_BEATS_PER_STEP) {
                break settled;
            }
        };
        engine.set_value(Some(settled));
        next_task().await;
        ready.set(true);
    });
    move || match ready
        .get()
        .then(|| engine.try_update_value(Option::take).flatten())
        .flatten()
    {
        Some(e) => view! { <DemoLive engine=e /> }.into_any(),
        None => view! {
            <article class="page wide demo" aria-busy="true">
                <h1>{i18n.tr("demo-title")}</h1>
                <p class="lead">{i18n.tr("demo-intro-patient")}</p>
            </article>
        }
        .into_any(),
    }
}

/// The live page, around a settled engine.
#[component]
fn DemoLive(engine: DemoEngine) -> impl IntoView {
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
    let console = RwSignal::new(None::<hemosim::ConsoleReadings>);
    let picture = RwSignal::new(initial.1);
    let dash = RwSignal::new(0.0);
    let sweep_rows = RwSignal::new(Vec::<(u8, BeatMetrics)>::new());
    let snapshot = RwSignal::new(None::<Snapshot>);
    let drawn_beat_max = RwSignal::new(None::<f64>);
    let healthy = initial.3;

    let pressure_ref = NodeRef::<leptos::html::Canvas>::new();
    let flow_ref = NodeRef::<leptos::html::Canvas>::new();
    let pv_ref = NodeRef::<leptos::html::Canvas>::new();
    let response_ref = NodeRef::<leptos::html::Canvas>::new();
    let root_ref = NodeRef::<leptos::html::Article>::new();

    // Everything is redrawn on the next frame after a change, or after the language changes.
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
        let redraw_all = dirty.get_value();
        dirty.set_value(false);
        let n = frame_no.get_value() + 1;
        frame_no.set_value(n);

        engine.with_value(|e| {
            if run || redraw_all {
                let pic = e.picture();
                // Dashes move at a speed proportional to the pump flow (upwards: from inlet to outlet).
                dash.update(|d| *d = (*d + pic.pump_flow_ml_s * sim_dt * 0.2) % 1000.0);
                picture.set(pic);
            }
            let t = text.get_untracked();
            if beats > 0 || redraw_all {
                metrics.set(e.metrics());
                console.set(e.console());
                if let Some(canvas) = pv_ref.get_untracked() {
                    draw_pv_loop(e, &t, &canvas);
                }
            }
            // Waveforms at 30 frames a second: smooth enough, half the drawing work.
            if (run && n.is_multiple_of(2)) || redraw_all {
                if let (Some(p), Some(f)) = (pressure_ref.get_untracked(), flow_ref.get_untracked())
                {
                    let drawn = draw_waveforms(e, &t, &p, &f);
                    if beats > 0 || redraw_all {
                        drawn_beat_max.set(drawn);
                    }
                }
            }
        });
        // A step of the response curve (a few beats) per frame, so no frame does it all.
        let stepped = engine.try_update_value(|e| e.sweep_step()).unwrap_or(false);
        if stepped || redraw_all {
            engine.with_value(|e| {
                sweep_rows.set(
                    e.sweep_points()
                        .iter()
                        .map(|(l, s)| (*l, s.metrics))
                        .collect(),
                );
                if let Some(canvas) = response_ref.get_untracked() {
                    draw_response(e, &text.get_untracked(), &canvas);
                }
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

    view! {
        <article class="page wide demo" node_ref=root_ref>
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
                </section>
            </div>

            <section aria-labelledby="demo-charts-title">
                <h2 id="demo-charts-title">{i18n.tr("demo-charts-title")}</h2>
                <div class="chart-grid">
                    <ChartFigure title_id="demo-pressure-chart" table_id="pressure-table" canvas_ref=pressure_ref
                        legend=vec![
                            LegendEntry { label_id: "demo-series-aortic", style: AORTIC },
                            LegendEntry { label_id: "demo-series-lv", style: LV },
                            LegendEntry { label_id: "demo-series-la", style: LA },
                        ]>
                        <MeasureTable id="pressure-table" caption_id="demo-table-last-beat" metrics=metrics_signal measures=&Measure::PRESSURES />
                        <p class="drawn-check" data-drawn-beat-max-aortic=move || drawn_beat_max.get().map(|v| format!("{v:.2}"))></p>
                    </ChartFigure>
                    <ChartFigure title_id="demo-flow-chart" table_id="flow-table" canvas_ref=flow_ref
                        legend=vec![
                            LegendEntry { label_id: "demo-series-native", style: NATIVE },
                            LegendEntry { label_id: "demo-series-pump", style: PUMP },
                            LegendEntry { label_id: "demo-series-total", style: TOTAL },
                        ]>
                        <MeasureTable id="flow-table" caption_id="demo-table-last-beat" metrics=metrics_signal measures=&Measure::FLOWS />
                    </ChartFigure>
                    <ChartFigure title_id="demo-pv-chart" table_id="pv-table" canvas_ref=pv_ref class="chart-canvas square"
                        legend=vec![
                            LegendEntry { label_id: "demo-series-loop", style: LOOP },
                            LegendEntry { label_id: "demo-series-healthy", style: HEALTHY },
                            LegendEntry { label_id: "demo-series-snapshot", style: SNAPSHOT },
                        ]>
                        <p class="hint">{i18n.tr("demo-pv-explain")}</p>
                        <MeasureTable id="pv-table" caption_id="demo-table-last-beat" metrics=metrics_signal measures=&Measure::LOOP />
                    </ChartFigure>
                </div>
            </section>

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
                    <canvas node_ref=response_ref class="chart-canvas tall" role="img" aria-label=i18n.tr("demo-response-chart") aria-describedby="response-table"></canvas>
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
                            {measure_rows(i18n, metrics_signal, &Measure::ALL)}
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
        </article>
    }
}
