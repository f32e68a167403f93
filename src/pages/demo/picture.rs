//! The demo's picture of the heart and pump, with what a patient reads beside it: plain-language warnings,
//! a summary of the current beat in sentences, and a note while a limit of the model applies.

use hemosim::limits::LimitSet;
use hemosim::BeatMetrics;
use leptos::prelude::*;

use crate::components::heart_view::HeartView;
use crate::flow_demo::{Alerts, Picture};
use crate::i18n::{args, use_i18n, I18n};
use crate::route::Route;

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

/// The heart picture section.
#[component]
pub(super) fn PictureSection(
    /// Metrics of the last complete beat.
    #[prop(into)]
    metrics: Signal<Option<BeatMetrics>>,
    /// The heart picture's state.
    #[prop(into)]
    picture: Signal<Picture>,
    /// How far the pump's flow dashes have moved.
    #[prop(into)]
    dash: Signal<f64>,
    /// Whether the pump is on.
    #[prop(into)]
    pump_on: Signal<bool>,
    /// The healthy reference heart's metrics.
    healthy: Option<BeatMetrics>,
    /// The limits of the model that apply now.
    #[prop(into)]
    limits: Signal<LimitSet>,
) -> impl IntoView {
    let i18n = use_i18n();
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
    view! {
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
            <HeartView picture=picture dash_offset=dash description=description />
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
    }
}
