//! Parts of the guide that live in WebAssembly modules of their own, which the browser fetches only when a
//! reader opens one of their pages: a family reading the patient pages never downloads the simulation, its
//! charts or the practice room, and a clinician in training never downloads "Prepare to decide".
//! `split_demo.wasm` has the live demo and the model's limits, `split_practice.wasm` the practice room,
//! `split_decide.wasm` the four steps of "Prepare to decide", and the splitter's shared modules
//! (`chunk_<n>.wasm`) the code two of them share, fetched with the first of them.
//!
//! The build splits the app at [`demo_view`], [`practice_view`] and [`decide_view`] (`wasm_split`; see
//! xtask/src/site_build.rs). Everything such a function reaches and no other page does goes into a split
//! module; the pages keep running in the app's own reactive system and context (locale, audience), because
//! all modules share one memory.
//!
//! A part's text comes with it (`locales/<tag>.<part>.ftl`, an [`i18n::Part`]; see `crate::locale_load`).
//! While they load, the page says so (at start-up the loading screen or the pre-rendered copy of the page
//! stays up instead, see `crate::page_ready`); if they cannot be fetched (offline before the service worker
//! has saved them, a network error, or a newer version of the guide has replaced this one on the site), the
//! page says why, offers to try again (or to reload), and the rest of the guide keeps working.

use std::cell::Cell;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use wasm_bindgen::JsCast;

use crate::focus::focus_when_drawn;
use crate::i18n::{self, use_i18n, Part};
use crate::page_ready;
use crate::route::Route;

thread_local! {
    /// Which modules have loaded in this visit (bit: [`Module::bit`]); their pages are then built at once.
    static LOADED: Cell<u8> = const { Cell::new(0) };
}

/// The modules fetched on demand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Module {
    /// The live demo and the model's limits.
    Demo,
    /// The practice room.
    Practice,
    /// "Prepare to decide".
    Decide,
}

/// The messages of a module's loading and failure notes.
struct Wording {
    loading: &'static str,
    failed_title: &'static str,
    offline: &'static str,
    updated: &'static str,
    network: &'static str,
}

impl Module {
    fn of(route: Route) -> Module {
        match route {
            Route::Practice(_) => Module::Practice,
            Route::Decide(_) => Module::Decide,
            _ => Module::Demo,
        }
    }

    fn bit(self) -> u8 {
        match self {
            Module::Demo => 1,
            Module::Practice => 2,
            Module::Decide => 4,
        }
    }

    /// Whose text the module's pages need.
    fn part(self) -> Part {
        match self {
            Module::Demo | Module::Practice => Part::Simulator,
            Module::Decide => Part::Decide,
        }
    }

    fn wording(self) -> Wording {
        match self.part() {
            Part::Simulator => SIMULATOR_WORDING,
            Part::Decide => PART_WORDING,
        }
    }

    fn loaded(self) -> bool {
        LOADED.with(|l| l.get() & self.bit() != 0)
    }

    async fn load(self) -> Result<(), SplitLoaderError> {
        match self {
            Module::Demo => load_demo().await,
            Module::Practice => load_practice().await,
            Module::Decide => load_decide().await,
        }
    }
}

/// The simulator's loading and failure notes (the demo, the model's limits, the practice room).
const SIMULATOR_WORDING: Wording = Wording {
    loading: "simulator-loading",
    failed_title: "simulator-failed-title",
    offline: "simulator-failed-offline",
    updated: "simulator-failed-updated",
    network: "simulator-failed-network",
};

/// The notes for any other part of the guide ("Prepare to decide", the comparison of supports).
const PART_WORDING: Wording = Wording {
    loading: "part-loading",
    failed_title: "part-failed-title",
    offline: "part-failed-offline",
    updated: "part-failed-updated",
    network: "part-failed-network",
};

/// Where a page's module is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Load {
    Loading,
    Ready,
    /// It could not be fetched; `offline` says whether the browser knew it had no connection.
    Failed {
        offline: bool,
    },
}

/// Builds the demo's or the model limits' view. A split point: the code below and everything only it reaches
/// is in the demo's module, fetched (once) before the first call.
#[leptos::wasm_split::wasm_split(
    demo,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(load_demo)
)]
fn demo_view(route: Route) -> Result<AnyView, SplitLoaderError> {
    Ok(match route {
        Route::Limits => crate::pages::limits::LimitsPage().into_any(),
        _ => crate::pages::demo::DemoPage().into_any(),
    })
}

/// Builds a page of "Prepare to decide": its split point.
#[leptos::wasm_split::wasm_split(
    decide,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(load_decide)
)]
fn decide_view(page: crate::decide::DecidePage) -> Result<AnyView, SplitLoaderError> {
    Ok(crate::pages::decide::render(page))
}

/// Builds a practice-room page's view: the practice room's split point.
#[leptos::wasm_split::wasm_split(
    practice,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(load_practice)
)]
fn practice_view(page: crate::practice::PracticePage) -> Result<AnyView, SplitLoaderError> {
    Ok(crate::pages::practice::render(page))
}

/// Builds "Compare the supports" on the demo page: its split point. The comparison's code (its engine and its
/// views) is a module of its own, fetched when a reader asks for the comparison, so the demo page's first
/// load does not carry it.
#[leptos::wasm_split::wasm_split(
    supports,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(load_supports)
)]
fn supports_view(detailed: RwSignal<bool>) -> Result<AnyView, SplitLoaderError> {
    Ok(crate::pages::demo::supports::section(detailed))
}

thread_local! {
    /// Whether the comparison's module has loaded in this visit.
    static SUPPORTS_LOADED: Cell<bool> = const { Cell::new(false) };
}

/// "Compare the supports" on the demo page: a button that fetches the comparison's module, a progress note
/// meanwhile, then the comparison; if the module cannot be fetched, why, with a button to try again. Once
/// loaded in a visit, the comparison is shown at once.
pub fn supports_on_demand(detailed: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let state = RwSignal::new(SUPPORTS_LOADED.with(Cell::get).then_some(Load::Ready));
    let open = move || {
        state.set(Some(Load::Loading));
        // The button is replaced by the progress note, then by the comparison or the reason it failed: each
        // time keyboard focus goes to the section's heading, never to the page's start.
        focus_when_drawn("#supports-title");
        leptos::task::spawn_local(async move {
            let next = match load_supports().await {
                Ok(()) => {
                    SUPPORTS_LOADED.with(|l| l.set(true));
                    Load::Ready
                }
                Err(e) => {
                    leptos::logging::warn!("supports module: {e}");
                    Load::Failed {
                        offline: !window().navigator().on_line(),
                    }
                }
            };
            if state.try_set(Some(next)).is_none() {
                focus_when_drawn("#supports-title");
            }
        });
    };
    move || {
        match state.get() {
        None => view! {
            <section id="supports" class="supports card" aria-labelledby="supports-title" data-state="closed">
                <h2 id="supports-title">{i18n.tr("supports-title")}</h2>
                <p>{move || if detailed.get() { i18n.t("supports-intro-clinician") } else { i18n.t("supports-intro-patient") }}</p>
                <p><button id="supports-open" type="button" class="primary" on:click=move |_| open()>{i18n.tr("supports-open")}</button></p>
            </section>
        }
        .into_any(),
        Some(Load::Loading) => view! {
            <section id="supports" class="supports card" aria-labelledby="supports-title" data-state="loading">
                <h2 id="supports-title" tabindex="-1">{i18n.tr("supports-title")}</h2>
                <p class="hint" role="status"><span class="spinner" aria-hidden="true"></span>" "{i18n.tr("part-loading")}</p>
            </section>
        }
        .into_any(),
        Some(Load::Ready) => untrack(|| now(supports_view(detailed))).unwrap_or_else(|| {
            leptos::logging::warn!("supports module loaded but not ready");
            supports_failed(false, open)
        }),
        Some(Load::Failed { offline }) => supports_failed(offline, open),
    }
    }
}

/// Why the comparison could not be fetched, with a button to try again (or to reload, after an update).
fn supports_failed(offline: bool, retry: impl Fn() + Copy + 'static) -> AnyView {
    let i18n = use_i18n();
    let wording = PART_WORDING;
    let (updated, reason) = why_failed(&wording, offline);
    view! {
        <section id="supports" class="supports card" aria-labelledby="supports-title" data-state="failed">
            <h2 id="supports-title" tabindex="-1">{i18n.tr("supports-title")}</h2>
            <div class="notice-box" role="alert">
                <p><strong>{i18n.tr(wording.failed_title)}</strong></p>
                <p>{i18n.tr(reason)}</p>
                <p><button id="supports-retry" type="button" on:click=move |_| {
                    if updated {
                        let _ = window().location().reload();
                    } else {
                        retry();
                    }
                }>{i18n.tr(if updated { "simulator-reload" } else { "simulator-retry" })}</button></p>
            </div>
        </section>
    }
    .into_any()
}

/// The page for `route` (a page of a part fetched on demand): built at once when its module is there,
/// otherwise after it has loaded, with a progress note meanwhile.
pub fn page(route: Route) -> AnyView {
    let module = Module::of(route);
    let locale = use_i18n().locale_untracked();
    // The module and its part's text in the page's language (a reader may have changed language since the
    // module loaded, on another page, before the text was wanted).
    let state = RwSignal::new(
        if module.loaded() && i18n::part_text_loaded(module.part(), locale) {
            Load::Ready
        } else {
            Load::Loading
        },
    );
    if state.get_untracked() == Load::Loading {
        fetch_module(module, state);
    }
    (move || match state.get() {
        // Untracked: what the page reads while it is built must not rebuild it (only `state` does).
        Load::Ready => {
            untrack(|| build_now(route)).unwrap_or_else(|| failed_view(module, state, false))
        }
        Load::Loading => loading_view(module),
        Load::Failed { offline } => failed_view(module, state, offline),
    })
    .into_any()
}

/// Fetches `module` and its part's text in the reader's language (at once), and moves `state` on when they
/// have loaded or one has failed.
fn fetch_module(module: Module, state: RwSignal<Load>) {
    let locale = use_i18n().locale_untracked();
    leptos::task::spawn_local(async move {
        let (code, text) = futures::join!(
            module.load(),
            crate::locale_load::load_part_text(module.part(), locale)
        );
        let problem = match (code, text) {
            (Ok(()), Ok(())) => None,
            (Err(e), _) => Some(e.to_string()),
            (_, Err(e)) => Some(e.0),
        };
        let next = match problem {
            None => {
                LOADED.with(|l| l.set(l.get() | module.bit()));
                page_ready::publish_fallback_count();
                Load::Ready
            }
            Some(e) => {
                leptos::logging::warn!("{module:?} module: {e}");
                page_ready::publish_fallback_count();
                Load::Failed {
                    offline: !window().navigator().on_line(),
                }
            }
        };
        // The reader may have left the page meanwhile; then there is nothing to show. At start-up the
        // loading screen (or the pre-rendered copy) waits for the page, this one or the one the reader went
        // to, so it is told either way.
        let _ = state.try_set(next);
        request_animation_frame(page_ready::reveal_when_whole);
    });
}

/// Builds the page once its module is loaded: the split function's future is then ready at its first poll.
/// `None` is not reachable once the module has loaded; the page then says the simulator could not be loaded
/// rather than show nothing.
fn build_now(route: Route) -> Option<AnyView> {
    let view = match route {
        Route::Practice(page) => now(practice_view(page)),
        Route::Decide(page) => now(decide_view(page)),
        _ => now(demo_view(route)),
    };
    if view.is_none() {
        leptos::logging::warn!("{route:?}: module loaded but not ready");
    }
    view
}

/// The value of a split function's future if it is ready at its first poll.
fn now(future: impl Future<Output = Result<AnyView, SplitLoaderError>>) -> Option<AnyView> {
    let mut future = pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(Ok(view)) => Some(view),
        _ => None,
    }
}

fn loading_view(module: Module) -> AnyView {
    let i18n = use_i18n();
    // `data-building` keeps the loading screen (or the pre-rendered copy) up at start-up until the page is
    // built (not `aria-busy`, which would keep a screen reader from announcing the note).
    view! {
        <div class="simulator-loading" role="status" data-building="">
            <span class="spinner" aria-hidden="true"></span>
            <p>{i18n.tr(module.wording().loading)}</p>
        </div>
    }
    .into_any()
}

/// Whether a newer version of the guide has taken over since this page was opened (boot.js marks it: this
/// version's modules are gone from the site, so only a reload brings them), and the message saying why a
/// module could not be fetched.
fn why_failed(wording: &Wording, offline: bool) -> (bool, &'static str) {
    let updated = document()
        .document_element()
        .is_some_and(|html| html.has_attribute("data-update-ready"));
    let reason = match (updated, offline) {
        (true, _) => wording.updated,
        (false, true) => wording.offline,
        (false, false) => wording.network,
    };
    (updated, reason)
}

fn failed_view(module: Module, state: RwSignal<Load>, offline: bool) -> AnyView {
    let i18n = use_i18n();
    let wording = module.wording();
    let (updated, reason) = why_failed(&wording, offline);
    let retry = move |_| {
        if updated {
            let _ = window().location().reload();
            return;
        }
        state.set(Load::Loading);
        fetch_module(module, state);
        // The button goes with the message: keyboard focus goes to the page, where the progress note is.
        if let Some(main) = document().get_element_by_id("main") {
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };
    view! {
        <section class="simulator-failed notice-box" role="alert">
            <h1>{i18n.tr(wording.failed_title)}</h1>
            <p>{i18n.tr(reason)}</p>
            <p>{i18n.tr("simulator-failed-rest")}</p>
            <p class="simulator-failed-actions">
                <button type="button" on:click=retry>
                    {i18n.tr(if updated { "simulator-reload" } else { "simulator-retry" })}
                </button>
                " "
                <a href=Route::Home.href()>{i18n.tr("simulator-go-home")}</a>
            </p>
        </section>
    }
    .into_any()
}
