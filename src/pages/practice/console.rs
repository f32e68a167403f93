//! Console trainer: free play on the simulated console, live from hemosim. Change the P-level, the mode (AUTO ramps up)
//! and the purge settings, pick a patient, and watch the readings and a trend of the last minute.

use hemosim::{ConsoleReadings, Control, Device, Preset, Recorder, Simulation, WavePoint};
use leptos::prelude::*;

use crate::components::pump_console::{polyline, PumpConsole};
use crate::i18n::{args, use_i18n};
use crate::pages::practice::TrainingNotice;
use crate::practice::{clock, num, PracticePage};

/// Patients offered on the console page: (preset, message id).
pub const PATIENTS: [(Preset, &str); 5] = [
    (Preset::CardiogenicShock, "con-patient-shock"),
    (Preset::LowBloodVolume, "con-patient-low-volume"),
    (Preset::RightHeartFailure, "con-patient-rhf"),
    (Preset::PumpTooDeep, "con-patient-too-deep"),
    (Preset::PumpTooFarOut, "con-patient-too-far-out"),
];

/// Timer period of the live model, ms.
const TICK_MS: u64 = 40;
/// Seconds of trend kept.
const TREND_S: f64 = 60.0;
/// One trend point every this many simulated seconds.
const TREND_EVERY_S: f64 = 2.0;
/// Readings are published this often (simulated seconds), so the page is not re-rendered every frame.
const PUBLISH_EVERY_S: f64 = 0.25;

/// A trend point: (time s, flow L/min, purge pressure mmHg, motor current mA).
type TrendPoint = (f64, f64, f64, f64);

/// A simulation for the chosen patient, with a pump running (shock gets a CP at P-2 to start).
pub fn patient_sim(preset: Preset) -> Simulation {
    let mut sim = Simulation::settled(preset);
    if sim.controls().device == Device::None {
        sim.set_control(Control::Device(Device::ImpellaCp));
        sim.set_control(Control::PLevel(2));
        sim.run_beats(20, &mut ());
    }
    sim
}

/// The console trainer page.
#[component]
pub fn ConsolePage() -> impl IntoView {
    let i18n = use_i18n();
    let patient = RwSignal::new(0usize);
    let sim = StoredValue::new(patient_sim(PATIENTS[0].0));
    let recorder = StoredValue::new(Recorder::new(3.0, 0.01));
    let readings = RwSignal::new(None::<ConsoleReadings>);
    // The simulated time of the last published readings (the console's mute runs on it).
    let time_s = RwSignal::new(0.0_f64);
    let trace = RwSignal::new(Vec::<WavePoint>::new());
    let trend = RwSignal::new(Vec::<TrendPoint>::new());
    let running = RwSignal::new(true);
    let auto_mode = RwSignal::new(false);
    // AUTO's start-up ramp: seconds into it and the level it climbs to (None when not ramping).
    let ramp = StoredValue::new(None::<(f64, u8)>);
    let last_frame = StoredValue::new(None::<f64>);
    let since_publish = StoredValue::new(0.0f64);
    let since_trend = StoredValue::new(0.0f64);

    let publish = move || {
        let r = sim.with_value(|s| s.console());
        let t = sim.with_value(|s| s.time_s());
        readings.set(r);
        time_s.set(t);
        trace.set(recorder.with_value(|rec| rec.last_seconds(2.0).copied().collect()));
        if let Some(r) = r {
            if since_trend.get_value() >= TREND_EVERY_S {
                since_trend.set_value(0.0);
                trend.update(|v| {
                    v.push((t, r.flow_l_min, r.purge_pressure_mmhg, r.motor_current_ma.2));
                    let keep = (TREND_S / TREND_EVERY_S) as usize;
                    if v.len() > keep {
                        v.remove(0);
                    }
                });
            }
        }
    };
    publish();
    // Advance the model in real time on a timer; the timer stops with the page.
    let tick = move || {
        let now_ms = window().performance().map_or(0.0, |p| p.now());
        let prev = last_frame.get_value();
        last_frame.set_value(Some(now_ms));
        if !running.get_untracked() {
            return;
        }
        let Some(prev) = prev else { return };
        // Capped so a background tab does not make the model run minutes at once.
        let dt = ((now_ms - prev) / 1000.0).clamp(0.0, 0.1);
        sim.update_value(|s| {
            if let Some((elapsed, target)) = ramp.get_value() {
                let elapsed = elapsed + dt;
                let level = crate::practice::auto_ramp_level(target, elapsed);
                if level != s.controls().p_level {
                    s.set_control(Control::PLevel(level));
                }
                ramp.set_value((level < target).then_some((elapsed, target)));
            }
            recorder.update_value(|rec| {
                s.advance(dt, rec);
            });
        });
        since_publish.update_value(|x| *x += dt);
        since_trend.update_value(|x| *x += dt);
        if since_publish.get_value() >= PUBLISH_EVERY_S {
            since_publish.set_value(0.0);
            publish();
        }
    };
    if let Ok(handle) = set_interval_with_handle(tick, std::time::Duration::from_millis(TICK_MS)) {
        on_cleanup(move || handle.clear());
    }

    let set = move |c: Control| {
        sim.update_value(|s| {
            s.set_control(c);
            // Show the change at once.
            recorder.update_value(|rec| {
                s.run_beats(3, rec);
            });
        });
        publish();
    };
    let level = move || readings.get().map_or(0, |r| r.p_level);
    let change_level = move |delta: i8| {
        if let Some((elapsed, target)) = ramp.get_value() {
            // While AUTO ramps, the buttons move the level it is ramping to.
            ramp.set_value(Some((elapsed, (target as i8 + delta).clamp(1, 9) as u8)));
            return;
        }
        let l = sim.with_value(|s| s.controls().p_level) as i8;
        set(Control::PLevel((l + delta).clamp(0, 9) as u8));
    };
    // AUTO restarts the pump from P-0 and ramps it to the chosen level (at least P-2) over 30 seconds.
    let start_auto = move || {
        let target = sim.with_value(|s| s.controls().p_level).max(2);
        auto_mode.set(true);
        ramp.set_value(Some((0.0, target)));
        set(Control::PLevel(0));
    };
    let stop_auto = move || {
        auto_mode.set(false);
        ramp.set_value(None);
    };
    let change_dextrose = move |delta: f64| {
        let d = sim.with_value(|s| s.controls().purge_dextrose_percent);
        set(Control::PurgeDextrose(d + delta));
    };
    let change_rate = move |delta: f64| {
        let r = sim.with_value(|s| s.controls().purge_rate_ml_per_h);
        set(Control::PurgeRate(r + delta));
    };
    let choose_patient = move |ev: leptos::ev::Event| {
        let i: usize = event_target_value(&ev).parse().unwrap_or(0);
        let i = i.min(PATIENTS.len() - 1);
        patient.set(i);
        sim.set_value(patient_sim(PATIENTS[i].0));
        recorder.update_value(|r| r.clear());
        trend.set(Vec::new());
        publish();
    };
    let dextrose = move || {
        readings.track();
        num(sim.with_value(|s| s.controls().purge_dextrose_percent), 0)
    };
    let rate = move || {
        readings.track();
        num(sim.with_value(|s| s.controls().purge_rate_ml_per_h), 0)
    };
    let patient_options = PATIENTS
        .iter()
        .enumerate()
        .map(|(i, (_, id))| view! { <option value=i.to_string() selected=move || patient.get() == i>{i18n.t(id)}</option> })
        .collect_view();
    let flow_line = move || {
        polyline(
            &trend.get().iter().map(|p| p.1).collect::<Vec<_>>(),
            300.0,
            60.0,
        )
    };
    let purge_line = move || {
        polyline(
            &trend.get().iter().map(|p| p.2).collect::<Vec<_>>(),
            300.0,
            60.0,
        )
    };
    let trend_rows = move || {
        let t = trend.get();
        t.iter()
            .rev()
            .step_by(5)
            .take(6)
            .map(|&(time, flow, purge, current)| {
                view! { <tr><td>{clock(time)}</td><td>{num(flow, 1)}</td><td>{num(purge, 0)}</td><td>{num(current, 0)}</td></tr> }
            })
            .collect_view()
    };
    let mode_text = move || {
        if auto_mode.get() {
            i18n.t("con-mode-auto-help")
        } else {
            i18n.t("con-mode-p-help")
        }
    };
    view! {
        <article class="page practice console-page">
            <p class="breadcrumb"><a href=PracticePage::Hub.href()>{i18n.tr("nav-practice")}</a></p>
            <h1>{i18n.tr("pr-console-title")}</h1>
            <TrainingNotice />
            <p>{i18n.tr("con-intro")}</p>
            <div class="con-patient-pick">
                <label for="con-patient">{i18n.tr("con-patient-label")}</label>
                <select id="con-patient" on:change=choose_patient>{patient_options}</select>
            </div>
            <div class="sc-layout">
                <PumpConsole readings=Signal::from(readings) trace=Signal::from(trace) clock_s=Signal::from(time_s) />
                <section class="con-controls" aria-labelledby="con-controls-title">
                    <h2 id="con-controls-title">{i18n.tr("con-controls-title")}</h2>
                    <fieldset>
                        <legend>{i18n.tr("con-p-level")}</legend>
                        <div class="pr-buttons">
                            <button type="button" class="pr-button" on:click=move |_| change_level(-1) aria-label=i18n.tr("con-p-down")>"−"</button>
                            <output class="con-output" aria-live="polite">{move || format!("P-{}", level())}</output>
                            <button type="button" class="pr-button" on:click=move |_| change_level(1) aria-label=i18n.tr("con-p-up")>"+"</button>
                        </div>
                        <p class="source">{i18n.tr("con-p-help")}</p>
                    </fieldset>
                    <fieldset>
                        <legend>{i18n.tr("con-mode")}</legend>
                        <div class="pr-buttons">
                            <button type="button" class="pr-button" aria-pressed=move || auto_mode.get().to_string() on:click=move |_| start_auto()>{i18n.tr("con-mode-auto")}</button>
                            <button type="button" class="pr-button" aria-pressed=move || (!auto_mode.get()).to_string() on:click=move |_| stop_auto()>{i18n.tr("con-mode-p")}</button>
                        </div>
                        <p class="source">{mode_text}</p>
                    </fieldset>
                    <fieldset>
                        <legend>{i18n.tr("con-purge-settings")}</legend>
                        <p>{i18n.tr("con-dextrose")}" "<output class="con-output">{dextrose}" %"</output></p>
                        <div class="pr-buttons">
                            <button type="button" class="pr-button" on:click=move |_| change_dextrose(-5.0)>{i18n.tr("con-dextrose-down")}</button>
                            <button type="button" class="pr-button" on:click=move |_| change_dextrose(5.0)>{i18n.tr("con-dextrose-up")}</button>
                        </div>
                        <p>{i18n.tr("con-rate")}" "<output class="con-output">{rate}</output>" "{i18n.tr("con-unit-ml-h")}</p>
                        <div class="pr-buttons">
                            <button type="button" class="pr-button" on:click=move |_| change_rate(-1.0)>{i18n.tr("con-rate-down")}</button>
                            <button type="button" class="pr-button" on:click=move |_| change_rate(1.0)>{i18n.tr("con-rate-up")}</button>
                        </div>
                        <p class="source">{i18n.tr("con-purge-help")}</p>
                    </fieldset>
                    <button type="button" class="pr-button" aria-pressed=move || (!running.get()).to_string() on:click=move |_| running.update(|r| *r = !*r)>{i18n.tr("con-pause")}</button>
                </section>
            </div>
            <section aria-labelledby="con-trend-title" class="con-trend">
                <h2 id="con-trend-title">{i18n.tr("con-trend-title")}</h2>
                <svg class="con-trend-svg" viewBox="0 0 300 60" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <polyline class="trend-flow" points=flow_line />
                    <polyline class="trend-purge" points=purge_line />
                </svg>
                <p class="source">{i18n.tr("con-trend-legend")}</p>
                <table class="data-table">
                    <caption>{move || i18n.t_args("con-trend-caption", &args(&[("seconds", 10)]))}</caption>
                    <thead><tr><th scope="col">{i18n.tr("sc-col-time")}</th><th scope="col">{i18n.tr("con-flow")}</th><th scope="col">{i18n.tr("con-purge-pressure")}</th><th scope="col">{i18n.tr("con-motor")}</th></tr></thead>
                    <tbody>{trend_rows}</tbody>
                </table>
            </section>
        </article>
    }
}
