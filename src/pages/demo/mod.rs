//! "How the pump works": the live heart + circulation + pump simulation. Controls change the model's
//! parameters, the frame loop advances it, and the picture, charts and tables show what it returns. Patients
//! get plain sentences; clinicians get every per-beat measure and the console's numbers.
//!
//! This module builds the page in stages and wires its parts together; the parts are the shared state
//! ([`state`]), the frame loop ([`frames`]), the controls panel ([`controls`]), the heart picture
//! ([`picture`]), the charts ([`charts`]) and the tables of numbers ([`measures`]). The engine behind them
//! is [`crate::flow_demo`].

use hemosim::limits::LimitSet;
use hemosim::{BeatMetrics, Device};
use leptos::prelude::*;

use crate::audience::{Audience, AudienceChoice};
use crate::components::chart;
use crate::flow_demo::{DemoEngine, DemoPreset, DemoStart};
use crate::i18n::use_i18n;
use crate::page_ready::next_task;

mod charts;
mod controls;
mod frames;
mod measures;
mod picture;
mod state;
pub(crate) mod supports;

use charts::{Canvases, ChartText, ChartsSection, ResponseSection};
use controls::ControlsPanel;
use frames::use_demo_frames;
use measures::{CompareSection, DetailSection};
use picture::PictureSection;
use state::{in_short_tasks, Changer, Live, Speed, Stage};

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
        // One beat at a time; nothing more once the reader has left the page.
        let Some((settled, _)) = in_short_tasks(|| start.step(1), || stage.is_disposed()).await
        else {
            return;
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
    let detailed = RwSignal::new(audience.get_untracked() == Some(Audience::Clinician));
    let healthy = initial.3;
    let live = Live {
        engine,
        stage,
        running: RwSignal::new(!reduced_motion),
        speed: RwSignal::new(Speed::Full),
        controls: RwSignal::new(initial.2),
        // After a change, or after the language changes, the next frame updates every view and every chart
        // is due for a redraw.
        dirty: StoredValue::new(true),
        text: Memo::new(move |_| ChartText::new(i18n)),
        canvases: Canvases::default(),
        root: NodeRef::new(),
        metrics: RwSignal::new(initial.0),
        limits: RwSignal::new(engine.with_value(|e| e.limits_now())),
        console: RwSignal::new(None),
        picture: RwSignal::new(initial.1),
        dash: RwSignal::new(0.0),
        sweep_rows: RwSignal::new(Vec::new()),
        drawn_beat_max: RwSignal::new(None),
    };

    // The page is whole once its last part has rendered: then the loading screen (or pre-rendered copy) can go.
    Effect::new(move |_| {
        if stage.get() == Stage::Complete {
            request_animation_frame(crate::page_ready::reveal_when_whole);
        }
    });
    Effect::new(move |_| {
        live.text.track();
        live.dirty.set_value(true);
    });
    use_demo_frames(live);

    let metrics: Signal<Option<BeatMetrics>> = live.metrics.into();
    let limits: Signal<LimitSet> = live.limits.into();
    let stage_reached = move |s: Stage| stage.get() >= s;

    view! {
        <article class="page wide demo" node_ref=live.root aria-busy=move || (!stage_reached(Stage::Complete)).then_some("true")>
            <h1>{i18n.tr("demo-title")}</h1>
            <p class="lead">{move || if detailed.get() { i18n.t("demo-intro-clinician") } else { i18n.t("demo-intro-patient") }}</p>
            <p class="model-note">{i18n.tr("demo-model-note")}</p>

            <div class="demo-layout">
                <ControlsPanel change=Changer::of(live) detailed=detailed preset=preset pump_on=pump_on device=device p_level=p_level
                    running=live.running speed=live.speed reduced_motion=reduced_motion />

                <Show when=move || stage_reached(Stage::Picture)>
                    <PictureSection metrics=metrics picture=live.picture dash=live.dash pump_on=pump_on
                        healthy=healthy limits=limits />
                </Show>
            </div>

            <Show when=move || stage_reached(Stage::Charts)>
                <ChartsSection canvases=live.canvases metrics=metrics limits=limits drawn_beat_max=live.drawn_beat_max />
            </Show>

            <Show when=move || stage_reached(Stage::Complete)>
                <CompareSection engine=engine dirty=live.dirty metrics=metrics />
                <ResponseSection canvas=live.canvases.response sweep_rows=live.sweep_rows pump_on=pump_on p_level=p_level />
                <Show when=move || detailed.get()>
                    <DetailSection metrics=metrics limits=limits console=live.console />
                </Show>
                {crate::on_demand::supports_on_demand(detailed)}
            </Show>
        </article>
    }
}

fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}
