//! Positioning practice: move the catheter in 0.5 cm steps (buttons, or the arrow keys on the picture), read the
//! console, then say where the pump is; the feedback gives what to do for that finding.

use hemosim::training::{PositionCall, PositioningDrill};
use leptos::prelude::*;

use crate::components::pump_console::PumpConsole;
use crate::i18n::{args, use_i18n};
use crate::pages::practice::{ProgressStore, TrainingNotice};
use crate::practice::{num, PracticePage};

/// Pixels per centimetre in the picture.
const PX_PER_CM: f64 = 14.0;
/// Where the aortic valve sits in the picture, px from the top.
const VALVE_Y: f64 = 110.0;
/// Inlet-to-outlet spacing of the simulated CP pump, cm (hemosim's estimate).
const INLET_TO_OUTLET_CM: f64 = 5.0;

/// Picture coordinates (y of inlet, y of outlet) for an inlet depth.
pub fn picture_y(depth_cm: f64) -> (f64, f64) {
    let inlet = VALVE_Y + PX_PER_CM * depth_cm;
    (inlet, inlet - PX_PER_CM * INLET_TO_OUTLET_CM)
}

/// Message id of the short action label offered for each finding.
pub fn action_label_id(c: PositionCall) -> &'static str {
    match c {
        PositionCall::Correct => "pos-act-correct",
        PositionCall::TooDeep => "pos-act-too-deep",
        PositionCall::TooFarOut => "pos-act-too-far-out",
        PositionCall::Unknown => "pos-act-unknown",
    }
}

/// The positioning practice page.
#[component]
pub fn PositioningPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = ProgressStore::load();
    let drill = RwSignal::new(PositioningDrill::new(1));
    let answer = RwSignal::new(None::<(PositionCall, bool, PositionCall)>);
    let revealed = RwSignal::new(false);
    // The trainee's choice of what to do once they have said where the pump is: (chosen, right).
    let action = RwSignal::new(None::<(PositionCall, bool)>);
    let actions_right = RwSignal::new(0u32);
    let show_picture = move || revealed.get() || answer.get().is_some();

    let step = move |advance: bool| {
        if answer.get_untracked().is_none() {
            drill.update(|d| d.round_mut().step(advance));
        }
    };
    let call = move |c: PositionCall| {
        if answer.get_untracked().is_some() {
            return;
        }
        let (right, truth) = drill.try_update(|d| d.call(c)).expect("drill lives");
        answer.set(Some((c, right, truth)));
    };
    let choose_action = move |c: PositionCall| {
        let Some((_, _, truth)) = answer.get_untracked() else {
            return;
        };
        if action.get_untracked().is_some() {
            return;
        }
        let right = c == truth;
        action.set(Some((c, right)));
        if right {
            actions_right.update(|n| *n += 1);
        }
        if drill.with_untracked(|d| d.finished()) {
            let (r, n) = drill.with_untracked(|d| d.score());
            let total = 2 * n.max(1);
            store.record(
                "positioning",
                (r + actions_right.get_untracked()) * 100 / total,
                true,
            );
        }
    };
    let picture = NodeRef::<leptos::html::Div>::new();
    // The "next" button disappears with the answer: give keyboard focus to the new round's picture instead.
    let focus_picture = move || {
        if let Some(el) = picture.get_untracked() {
            let _ = el.focus();
        }
    };
    let next = move |_| {
        drill.update(|d| d.next_round());
        answer.set(None);
        action.set(None);
        revealed.set(false);
        focus_picture();
    };
    let restart = move |_| {
        drill.set(PositioningDrill::new(2));
        answer.set(None);
        action.set(None);
        actions_right.set(0);
        focus_picture();
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "ArrowUp" => {
            ev.prevent_default();
            step(false);
        }
        "ArrowDown" => {
            ev.prevent_default();
            step(true);
        }
        _ => {}
    };
    let depth = move || drill.with(|d| d.round().depth_cm());
    let readings = Signal::derive(move || drill.with(|d| d.round().simulation().console()));
    let trace = Signal::derive(move || drill.with(|d| d.round().trace()));
    let inlet_y = move || picture_y(depth()).0;
    let outlet_y = move || picture_y(depth()).1;
    let depth_text = move || i18n.t_args("pos-depth", &args(&[("depth", num(depth(), 1))]));
    let round_text = move || {
        let (i, n) = drill.with(|d| d.progress());
        i18n.t_args("pos-round", &args(&[("n", i + 1), ("total", n)]))
    };
    let calls = PositionCall::ALL
        .into_iter()
        .map(|c| view! { <li><button type="button" class="sc-action" on:click=move |_| call(c)>{i18n.t(c.key())}</button></li> })
        .collect_view();
    let feedback = move || {
        answer.get().map(|(_, right, truth)| {
            let (class, icon, head) = if right {
                ("fb fb-good", "✓ ", i18n.t("pos-right"))
            } else {
                ("fb fb-wrong", "✗ ", i18n.t_args("pos-wrong", &args(&[("truth", i18n.t(truth.key()))])))
            };
            view! { <p class=class><span aria-hidden="true">{icon}</span><strong>{head}</strong></p> }
        })
    };
    let action_buttons = move || {
        PositionCall::ALL
            .into_iter()
            .map(|c| view! { <li><button type="button" class="sc-action" on:click=move |_| choose_action(c)>{i18n.t(action_label_id(c))}</button></li> })
            .collect_view()
    };
    let action_feedback = move || {
        action.get().and_then(|(_, right)| {
            let (_, _, truth) = answer.get()?;
            let (class, icon, head) = if right {
                ("fb fb-good", "✓ ", i18n.t("pos-right"))
            } else {
                ("fb fb-wrong", "✗ ", i18n.t("pos-action-wrong"))
            };
            Some(view! { <p class=class><span aria-hidden="true">{icon}</span><strong>{head}</strong>" "{i18n.t(truth.action_key())}</p> })
        })
    };
    let finished = move || drill.with(|d| d.finished());
    let score = move || {
        let (r, n) = drill.with(|d| d.score());
        let a = actions_right.get();
        i18n.t_args(
            "pos-score",
            &args(&[("right", r), ("total", n), ("actions", a)]),
        )
    };
    view! {
        <article class="page practice positioning">
            <p class="breadcrumb"><a href=PracticePage::Hub.href()>{i18n.tr("nav-practice")}</a></p>
            <h1>{i18n.tr("pr-pos-title")}</h1>
            <TrainingNotice />
            <p>{i18n.tr("pos-intro")}</p>
            <p><strong>{round_text}</strong>" · "{score}</p>
            <div class="sc-layout">
                <div class="pos-picture" tabindex="0" role="group" aria-label=i18n.tr("pos-picture-label") on:keydown=on_key node_ref=picture>
                    <Show
                        when=show_picture
                        fallback=move || view! { <p class="pos-hidden">{i18n.t("pos-hidden")}</p> }
                    >
                    <svg viewBox="0 0 200 260" role="img" aria-label=depth_text focusable="false">
                        <rect x="80" y="0" width="40" height=VALVE_Y class="pos-aorta" />
                        <path d="M40 110 Q40 250 100 255 Q160 250 160 110 Z" class="pos-lv" />
                        <line x1="70" y1=VALVE_Y x2="130" y2=VALVE_Y class="pos-valve" />
                        <text x="135" y="106" class="pos-label">{i18n.tr("pos-valve")}</text>
                        <text x="125" y="30" class="pos-label">{i18n.tr("pos-aorta")}</text>
                        <text x="70" y="200" class="pos-label">{i18n.tr("pos-lv")}</text>
                        <line x1="100" y1="0" x2="100" y2=inlet_y class="pos-catheter" />
                        <rect x="93" y=move || outlet_y() - 5.0 width="14" height="10" class="pos-outlet" />
                        <circle cx="100" cy=inlet_y r="6" class="pos-inlet" />
                        <text x="112" y=move || outlet_y() + 4.0 class="pos-label">{i18n.tr("pos-outlet")}</text>
                        <text x="112" y=move || inlet_y() + 4.0 class="pos-label">{i18n.tr("pos-inlet")}</text>
                    </svg>
                    <p>{depth_text}</p>
                    </Show>
                    <button type="button" class="pr-button" aria-pressed=move || revealed.get().to_string() on:click=move |_| revealed.update(|r| *r = !*r)>{i18n.tr("pos-show-picture")}</button>
                    <p class="source">{i18n.tr("pos-keys")}</p>
                    <div class="pr-buttons">
                        <button type="button" class="pr-button" on:click=move |_| step(false)>{i18n.tr("pos-pull-back")}</button>
                        <button type="button" class="pr-button" on:click=move |_| step(true)>{i18n.tr("pos-advance")}</button>
                    </div>
                </div>
                <PumpConsole readings=readings trace=trace show_alarms=false />
            </div>
            <fieldset class="su-question">
                <legend>{i18n.tr("pos-question")}</legend>
                <ul class="sc-action-list">{calls}</ul>
            </fieldset>
            <div class="sc-feedback" role="status" aria-live="polite">{feedback}</div>
            <Show when=move || answer.get().is_some()>
                <fieldset class="su-question">
                    <legend>{i18n.tr("pos-what-now")}</legend>
                    <ul class="sc-action-list">{action_buttons}</ul>
                </fieldset>
            </Show>
            <div class="sc-feedback" role="status" aria-live="polite">{action_feedback}</div>
            <div class="pr-buttons">
                <Show when=move || action.get().is_some() && !finished()>
                    <button type="button" class="pr-button" on:click=next>{i18n.tr("pos-next")}</button>
                </Show>
                <Show when=finished>
                    <button type="button" class="pr-button" on:click=restart>{i18n.tr("pos-restart")}</button>
                </Show>
            </div>
            <p class="source">{i18n.tr("pos-source")}</p>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outlet_is_above_the_inlet_and_the_valve_line_splits_them_when_correct() {
        let (inlet, outlet) = picture_y(3.5);
        assert!(outlet < VALVE_Y && inlet > VALVE_Y);
        let (inlet, outlet) = picture_y(6.5);
        assert!(outlet > VALVE_Y && inlet > VALVE_Y);
    }
}
