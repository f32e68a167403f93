//! The simulated pump console: our own layout (not a copy of any manufacturer's screen) showing the alarm
//! banner, P-level, flow, placement signal, motor current and purge, with two small live traces. Every value
//! comes from the hemosim console readings; the traces are decorative and the numbers beside them are the text.

use hemosim::{ConsoleReadings, WavePoint};
use leptos::prelude::*;

use crate::i18n::{args, use_i18n};
use crate::practice::{active_alarm_ids, num, waveform_id};

/// Builds an SVG polyline `points` attribute for `values` scaled into a `w`×`h` box.
pub fn polyline(values: &[f64], w: f64, h: f64) -> String {
    if values.len() < 2 {
        return String::new();
    }
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in values.iter().filter(|v| v.is_finite()) {
        lo = lo.min(*v);
        hi = hi.max(*v);
    }
    if !lo.is_finite() {
        return String::new();
    }
    let span = (hi - lo).max(1.0);
    let n = (values.len() - 1) as f64;
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let x = w * i as f64 / n;
            let y = h - 2.0 - (h - 4.0) * ((v - lo) / span);
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The console. `readings` is `None` when no pump is running (e.g. after removal).
#[component]
pub fn PumpConsole(
    /// Latest readings.
    readings: Signal<Option<ConsoleReadings>>,
    /// The last couple of seconds of waveforms.
    trace: Signal<Vec<WavePoint>>,
    /// False in drills where the trainee must read the signals without the alarm text.
    #[prop(default = true)]
    show_alarms: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let alarms = move || {
        if !show_alarms {
            return view! { <p class="con-ok">{i18n.t("con-alarms-hidden")}</p> }.into_any();
        }
        let Some(r) = readings.get() else {
            return view! { <p class="con-ok">{i18n.t("con-no-pump")}</p> }.into_any();
        };
        let ids = active_alarm_ids(&r.alarms);
        if ids.is_empty() {
            view! {
                <p class="con-ok"><span class="con-icon" aria-hidden="true">"✓"</span>{i18n.t("con-no-alarms")}</p>
            }
            .into_any()
        } else {
            let items = ids
                .into_iter()
                .map(|id| {
                    let advisory = id == "con-alarm-position-unknown";
                    let class = if advisory { "con-alarm con-advisory" } else { "con-alarm" };
                    view! {
                        <li class=class>
                            <svg class="con-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                                <path d="M12 2 1 21h22L12 2zm0 6 1 8h-2l1-8zm0 10a1.3 1.3 0 1 1 0 2.6A1.3 1.3 0 0 1 12 18z"/>
                            </svg>
                            <span>{i18n.t(id)}</span>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="con-alarms">{items}</ul> }.into_any()
        }
    };
    let value = move |f: fn(&ConsoleReadings) -> f64, digits: usize| {
        readings
            .get()
            .map_or_else(|| "–".to_owned(), |r| num(f(&r), digits))
    };
    let placement_points = move || {
        let v: Vec<f64> = trace
            .get()
            .iter()
            .map(|p| f64::from(p.placement_signal_mmhg))
            .collect();
        polyline(&v, 200.0, 48.0)
    };
    let current_points = move || {
        let v: Vec<f64> = trace
            .get()
            .iter()
            .map(|p| f64::from(p.motor_current_ma))
            .collect();
        polyline(&v, 200.0, 48.0)
    };
    let waveform = move || {
        readings
            .get()
            .map_or_else(String::new, |r| i18n.t(waveform_id(r.placement_waveform)))
    };
    let pulsatile = move || {
        readings.get().map_or_else(String::new, |r| {
            if r.motor_current_pulsatile {
                i18n.t("con-current-pulsatile")
            } else {
                i18n.t("con-current-flat")
            }
        })
    };
    let flow_range = move || {
        readings.get().map_or_else(String::new, |r| {
            let a = args(&[
                ("min", num(r.flow_range_l_min.0, 1)),
                ("max", num(r.flow_range_l_min.1, 1)),
            ]);
            i18n.t_args("con-flow-range", &a)
        })
    };
    let placement_text = move || {
        readings.get().map_or_else(String::new, |r| {
            let (s, d, m) = r.placement_signal_mmhg;
            let a = args(&[("sys", num(s, 0)), ("dia", num(d, 0)), ("mean", num(m, 0))]);
            i18n.t_args("con-pressure-triplet", &a)
        })
    };
    view! {
        <section class="pump-console" aria-labelledby="con-heading">
            <h2 id="con-heading" class="con-heading">
                {i18n.tr("con-heading")}
                <span class="con-sim-tag">{i18n.tr("con-sim-tag")}</span>
            </h2>
            <div class="con-banner" role="status" aria-live="polite">{alarms}</div>
            <dl class="con-grid">
                <div class="con-tile con-level">
                    <dt>{i18n.tr("con-p-level")}</dt>
                    <dd><strong>{move || readings.get().map_or_else(|| "–".to_owned(), |r| format!("P-{}", r.p_level))}</strong>
                        <span class="con-sub">{move || value(|r| r.speed_rpm, 0)}" "{i18n.tr("con-unit-rpm")}</span></dd>
                </div>
                <div class="con-tile">
                    <dt>{i18n.tr("con-flow")}</dt>
                    <dd><strong>{move || value(|r| r.flow_l_min, 1)}</strong>" "{i18n.tr("con-unit-l-min")}
                        <span class="con-sub">{flow_range}</span></dd>
                </div>
                <div class="con-tile con-wide">
                    <dt>{i18n.tr("con-placement")}</dt>
                    <dd>
                        <strong>{waveform}</strong>
                        <span class="con-sub">{placement_text}" "{i18n.tr("con-unit-mmhg")}</span>
                        <svg class="con-trace" viewBox="0 0 200 48" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <polyline points=placement_points />
                        </svg>
                    </dd>
                </div>
                <div class="con-tile con-wide">
                    <dt>{i18n.tr("con-motor")}</dt>
                    <dd>
                        <strong>{pulsatile}</strong>
                        <span class="con-sub">{move || value(|r| r.motor_current_ma.2, 0)}" "{i18n.tr("con-unit-ma")}</span>
                        <svg class="con-trace" viewBox="0 0 200 48" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <polyline points=current_points />
                        </svg>
                    </dd>
                </div>
                <div class="con-tile">
                    <dt>{i18n.tr("con-purge-pressure")}</dt>
                    <dd><strong>{move || value(|r| r.purge_pressure_mmhg, 0)}</strong>" "{i18n.tr("con-unit-mmhg")}</dd>
                </div>
                <div class="con-tile">
                    <dt>{i18n.tr("con-purge-flow")}</dt>
                    <dd><strong>{move || value(|r| r.purge_flow_ml_per_h, 1)}</strong>" "{i18n.tr("con-unit-ml-h")}</dd>
                </div>
            </dl>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polyline_fits_the_box_and_handles_flat_and_short_data() {
        let p = polyline(&[0.0, 10.0, 5.0], 100.0, 50.0);
        assert_eq!(p.split(' ').count(), 3);
        assert!(p.starts_with("0.0,"));
        assert!(polyline(&[1.0], 10.0, 10.0).is_empty());
        assert_eq!(polyline(&[3.0, 3.0], 10.0, 10.0).split(' ').count(), 2);
    }
}
