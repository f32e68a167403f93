//! The demo's controls panel: patient or clinician view, the situation, the pump (on or off, device,
//! P-level), the heart and circulation controls for clinicians, and playback. Every change goes through the
//! page's [`Changer`].

use hemosim::{Control, ControlKind, Device};
use leptos::prelude::*;

use super::state::{Changer, Speed};
use crate::components::number_control::NumberControl;
use crate::flow_demo::{
    device_key, device_label_id, DemoPreset, DEVICES, MAX_P_LEVEL, MIN_P_LEVEL,
};
use crate::i18n::{args, use_i18n};

/// The controls panel.
#[component]
pub(super) fn ControlsPanel(
    /// Applies a change to the model.
    change: Changer,
    /// Whether the clinician's view (every control and measure) is shown.
    detailed: RwSignal<bool>,
    /// The situation shown.
    preset: RwSignal<DemoPreset>,
    /// Whether the pump is on.
    pump_on: RwSignal<bool>,
    /// The chosen device.
    device: RwSignal<Device>,
    /// The chosen P-level.
    p_level: RwSignal<f64>,
    /// Whether simulated time runs.
    running: RwSignal<bool>,
    /// How fast it runs.
    speed: RwSignal<Speed>,
    /// Whether the reader asked for reduced motion (the demo then starts paused, and says so).
    reduced_motion: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let controls = change.controls();
    let clamped = RwSignal::new(None::<String>);
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
                change.apply(&mut |e| e.set_p_level(v as u8));
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
                    change.apply(&mut |e| report = Some(e.set_control(control)));
                    clamped.set(report.and_then(|r| r.clamped.first().map(|c| {
                        i18n.t_args("demo-clamped", &args(&[("control", i18n.t(label_id).as_str()), ("value", i18n.num(c.applied, digits).as_str())]))
                    })));
                }) />
        }
    };

    view! {
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
                        change.apply(&mut |e| e.load_preset(p));
                    }
                }>{preset_options}</select>
            </div>
            <fieldset>
                <legend>{i18n.tr("demo-pump-group")}</legend>
                <label class="check"><input type="checkbox" prop:checked=move || pump_on.get() on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    pump_on.set(on);
                    change.apply(&mut |e| e.set_pump_on(on));
                } />{i18n.tr("demo-pump-on")}</label>
                <div class="field">
                    <label for="demo-device">{i18n.tr("demo-device")}</label>
                    <select id="demo-device" on:change=move |ev| {
                        if let Some(d) = DEVICES.into_iter().find(|d| device_key(*d) == event_target_value(&ev)) {
                            device.set(d);
                            change.apply(&mut |e| e.set_device(d));
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
                        change.apply(&mut |e| { e.set_control(Control::Baroreflex(on)); });
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
    }
}
