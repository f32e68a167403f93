//! The demo's tables of numbers: a beat's measures (each marked while a limit of the model affects it), the
//! comparison with a frozen beat, and the clinician's full table with the pump console's readings.

use hemosim::limits::LimitSet;
use hemosim::{BeatMetrics, ConsoleReadings, PlacementWaveform};
use leptos::prelude::*;

use crate::components::measure_label::measure_label;
use crate::flow_demo::{device_label_id, DemoEngine, Measure, Snapshot};
use crate::i18n::{args, use_i18n, I18n};
use crate::pages::limits::limit_href;

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

/// A beat's measures as a two-column table: the text alternative of a chart.
#[component]
pub(super) fn MeasureTable(
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

fn waveform_id(w: PlacementWaveform) -> &'static str {
    match w {
        PlacementWaveform::Aortic => "demo-wave-aortic",
        PlacementWaveform::Ventricular => "demo-wave-ventricular",
        PlacementWaveform::Unknown => "demo-wave-unknown",
    }
}

/// Compare mode: freeze the current beat, then see its measures beside the live ones.
#[component]
pub(super) fn CompareSection(
    /// The engine, which keeps the frozen beat.
    engine: StoredValue<DemoEngine>,
    /// Set to have the next frame redraw (the loop chart shows the frozen loop).
    dirty: StoredValue<bool>,
    /// Metrics of the last complete beat.
    #[prop(into)]
    metrics: Signal<Option<BeatMetrics>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let snapshot = RwSignal::new(None::<Snapshot>);
    view! {
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
    }
}

/// The clinician's view: every per-beat measure and what the pump console would show.
#[component]
pub(super) fn DetailSection(
    /// Metrics of the last complete beat.
    #[prop(into)]
    metrics: Signal<Option<BeatMetrics>>,
    /// The limits of the model that apply now.
    #[prop(into)]
    limits: Signal<LimitSet>,
    /// The pump console's readings (`None` without a pump).
    #[prop(into)]
    console: Signal<Option<ConsoleReadings>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section aria-labelledby="demo-metrics-title">
            <h2 id="demo-metrics-title">{i18n.tr("demo-metrics-title")}</h2>
            <table id="metrics-table" class="data">
                <thead><tr><th scope="col">{i18n.tr("demo-table-measure")}</th><th scope="col">{i18n.tr("demo-table-value")}</th></tr></thead>
                <tbody>
                    {measure_rows(i18n, metrics, limits, &Measure::ALL)}
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
    }
}
