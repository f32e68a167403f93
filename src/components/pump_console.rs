//! The simulated pump console: our own layout (not a copy of any manufacturer's screen) showing the alarm
//! banner, P-level, flow, placement signal, motor current and purge, with two small live traces. Every value
//! comes from the hemosim console readings; the traces are decorative and the numbers beside them are the text.
//!
//! Alarms carry their priority in words (critical, serious, advisory: hemosim's `Priority`), most urgent first.
//! Where the page gives the console its clock, a line says whether an alarm is sounding (announced to screen
//! readers when that changes) and a Mute button silences it for two simulated minutes; while muted, only a
//! more urgent new alarm sounds (hemosim's `AlarmMute`).

use hemosim::{AlarmMute, ConsoleReadings, Priority, WavePoint};
use leptos::prelude::*;

use crate::i18n::{args, use_i18n};
use crate::practice::{alarm_id, clock, num, priority_id, waveform_id};

/// Builds an SVG polyline `points` attribute for `values` scaled into a `w`×`h` box.
pub fn polyline(values: &[f64], w: f64, h: f64) -> String {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in values.iter().filter(|v| v.is_finite()) {
        lo = lo.min(*v);
        hi = hi.max(*v);
    }
    if !lo.is_finite() {
        return String::new();
    }
    polyline_in(values, (lo, hi), w, h)
}

/// Builds an SVG polyline `points` attribute for `values` drawn on a fixed scale, `range` (low, high) from the
/// bottom of a `w`×`h` box to its top, so a flat signal looks flat however small its wiggles are.
pub fn polyline_in(values: &[f64], range: (f64, f64), w: f64, h: f64) -> String {
    if values.len() < 2 {
        return String::new();
    }
    let (lo, hi) = range;
    let span = (hi - lo).max(1.0);
    let n = (values.len() - 1) as f64;
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let x = w * i as f64 / n;
            let y = h - 2.0 - (h - 4.0) * ((v.clamp(lo, lo + span) - lo) / span);
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
    /// The simulated time, seconds: with it the console sounds its alarms and offers Mute.
    #[prop(optional)]
    clock_s: Option<Signal<f64>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let mute = RwSignal::new(AlarmMute::default());
    // What the alarm bell does now: sounding (the most urgent alarm and its priority), muted (seconds left) or
    // quiet. A memo, so the announcement changes only when this does, not with every reading.
    let bell = Memo::new(move |_| {
        let (Some(now), Some(r)) = (clock_s.map(|c| c.get()), readings.get()) else {
            return Bell::Quiet;
        };
        let m = mute.get();
        if m.sounding(now, &r.alarms) {
            let top = r.alarms.active()[0];
            Bell::Sounding(top, top.priority())
        } else if r.alarms.highest().is_some() {
            m.remaining_s(now)
                .map_or(Bell::Quiet, |left| Bell::Muted(left.ceil() as u32))
        } else {
            Bell::Quiet
        }
    });
    let press_mute = move |_| {
        if let (Some(now), Some(r)) = (clock_s.map(|c| c.get_untracked()), readings.get_untracked())
        {
            mute.update(|m| {
                m.mute(now, &r.alarms);
            });
        }
    };
    let bell_line = move || match bell.get() {
        Bell::Sounding(kind, priority) => {
            let a = args(&[
                ("alarm", i18n.t(alarm_id(kind))),
                ("priority", i18n.t(priority_id(priority))),
            ]);
            view! { {bell_icon(false)}{i18n.t_args("con-sounding", &a)} }.into_any()
        }
        Bell::Muted(left) => {
            let a = args(&[("time", clock(f64::from(left)))]);
            view! { {bell_icon(true)}{i18n.t_args("con-muted", &a)} }.into_any()
        }
        Bell::Quiet => ().into_any(),
    };
    let mute_controls = (show_alarms && clock_s.is_some()).then(|| {
        let can_mute = move || matches!(bell.get(), Bell::Sounding(..));
        view! {
            <div class="con-mute">
                <p class="con-bell" aria-live="assertive">{bell_line}</p>
                // aria-disabled, not disabled: pressing Mute must not drop keyboard focus to the page when the
                // button stops applying; pressing it then does nothing, and the line below says why.
                <button type="button" class="pr-button" aria-disabled=move || (!can_mute()).to_string()
                    aria-describedby="con-mute-why" on:click=press_mute>{i18n.tr("con-mute")}</button>
                <p id="con-mute-why" class="con-sub">
                    {move || (!can_mute()).then(|| i18n.t("con-mute-none"))}
                </p>
                <p class="con-sub">{i18n.tr("con-priority-note")}</p>
            </div>
        }
    });
    let alarms = move || {
        if !show_alarms {
            return view! { <p class="con-ok">{i18n.t("con-alarms-hidden")}</p> }.into_any();
        }
        let Some(r) = readings.get() else {
            return view! { <p class="con-ok">{i18n.t("con-no-pump")}</p> }.into_any();
        };
        let active = r.alarms.active();
        if active.is_empty() {
            view! {
                <p class="con-ok"><span class="con-icon" aria-hidden="true">"✓"</span>{i18n.t("con-no-alarms")}</p>
            }
            .into_any()
        } else {
            let items = active
                .into_iter()
                .map(|kind| {
                    let priority = kind.priority();
                    let class = match priority {
                        Priority::Critical => "con-alarm con-critical",
                        Priority::Serious => "con-alarm",
                        Priority::Advisory => "con-alarm con-advisory",
                    };
                    view! {
                        <li class=class>
                            <svg class="con-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                                <path d="M12 2 1 21h22L12 2zm0 6 1 8h-2l1-8zm0 10a1.3 1.3 0 1 1 0 2.6A1.3 1.3 0 0 1 12 18z"/>
                            </svg>
                            <span class="con-priority">{i18n.t(priority_id(priority))}":"</span>
                            <span>{i18n.t(alarm_id(kind))}</span>
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
    // No pump, no signals to draw.
    let placement_points = move || {
        if readings.with(Option::is_none) {
            return String::new();
        }
        let v: Vec<f64> = trace
            .get()
            .iter()
            .map(|p| f64::from(p.placement_signal_mmhg))
            .collect();
        polyline(&v, 200.0, 48.0)
    };
    let current_points = move || {
        if readings.with(Option::is_none) {
            return String::new();
        }
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
            {mute_controls}
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

/// A bell, struck through when `muted` (decorative: the words say it).
fn bell_icon(muted: bool) -> impl IntoView {
    view! {
        <svg class="con-icon con-bell-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M12 3a6 6 0 0 0-6 6v4l-2 3h16l-2-3V9a6 6 0 0 0-6-6zm-2 15a2 2 0 0 0 4 0z" />
            {muted.then(|| view! { <path d="M3 3 21 21" class="con-strike" /> })}
        </svg>
    }
}

/// What the console's alarm bell does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bell {
    /// An alarm sounds: the most urgent one and its priority.
    Sounding(hemosim::AlarmKind, Priority),
    /// Alarms are active but muted, for this many more seconds.
    Muted(u32),
    /// Nothing sounds.
    Quiet,
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

    #[test]
    fn a_fixed_scale_keeps_a_flat_signal_flat_and_clamps_what_is_outside() {
        // 78 and 79 mmHg on a 0–150 scale sit within half a unit of each other in a 48-unit box.
        let p = polyline_in(&[78.0, 79.0, 78.0], (0.0, 150.0), 200.0, 48.0);
        let ys: Vec<f64> = p
            .split(' ')
            .map(|xy| xy.split(',').nth(1).unwrap().parse().unwrap())
            .collect();
        assert!((ys[0] - ys[1]).abs() < 0.5, "{p}");
        let out = polyline_in(&[-20.0, 400.0], (0.0, 150.0), 200.0, 48.0);
        assert_eq!(out, "0.0,46.0 200.0,2.0");
    }
}
