//! The simulator pages (the live demo, the practice room and the model's limits) live in a WebAssembly module
//! of their own, `split_simulator.wasm`, which the browser fetches only when a reader opens one of them:
//! a family reading the patient pages never downloads the simulation, its charts or the practice room.
//!
//! The build splits the app at [`simulator_view`] (`wasm_split`; see xtask/src/site_build.rs). Everything
//! that function reaches and no patient page does goes into the simulator module; the pages keep running in
//! the app's own reactive system and context (locale, audience), because both modules share one memory.
//! The simulator's text comes with it (`locales/<tag>.simulator.ftl`, see `crate::locale_load`). While they
//! load the page says so; if it cannot be fetched (offline before the service worker has
//! saved it, or a network error), the page says why, offers to try again, and the rest of the guide keeps
//! working.

use std::cell::Cell;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use crate::i18n::use_i18n;
use crate::page_ready;
use crate::route::Route;

thread_local! {
    /// Whether the simulator module has loaded in this visit (then its pages are built at once).
    static LOADED: Cell<bool> = const { Cell::new(false) };
}

/// Where a simulator page's module is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Load {
    Loading,
    Ready,
    /// It could not be fetched; `offline` says whether the browser knew it had no connection.
    Failed {
        offline: bool,
    },
}

/// Builds a simulator page's view. The split point: the code below and everything only it reaches is in the
/// simulator module, fetched (once) before the first call.
#[leptos::wasm_split::wasm_split(
    simulator,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(load_simulator)
)]
fn simulator_view(route: Route) -> Result<AnyView, SplitLoaderError> {
    Ok(match route {
        Route::Practice(page) => crate::pages::practice::render(page),
        Route::Demo => crate::pages::demo::DemoPage().into_any(),
        _ => crate::pages::limits::LimitsPage().into_any(),
    })
}

/// The page for `route` (the demo, a practice-room page or the model's limits): built at once when the
/// simulator module is there, otherwise after it has loaded, with a progress note meanwhile.
pub fn page(route: Route) -> AnyView {
    let state = RwSignal::new(if LOADED.with(Cell::get) {
        Load::Ready
    } else {
        Load::Loading
    });
    if state.get_untracked() == Load::Loading {
        fetch_module(state);
    }
    (move || match state.get() {
        Load::Ready => build_now(route).unwrap_or_else(|| failed_view(state, false)),
        Load::Loading => loading_view(),
        Load::Failed { offline } => failed_view(state, offline),
    })
    .into_any()
}

/// Fetches the simulator module and its text in the reader's language (both at once), and moves `state` on
/// when they have loaded or one has failed.
fn fetch_module(state: RwSignal<Load>) {
    let locale = use_i18n().locale_untracked();
    leptos::task::spawn_local(async move {
        let (module, text) = futures::join!(
            load_simulator(),
            crate::locale_load::load_simulator_text(locale)
        );
        let problem = match (module, text) {
            (Ok(()), Ok(())) => None,
            (Err(e), _) => Some(e.to_string()),
            (_, Err(e)) => Some(e.0),
        };
        let next = match problem {
            None => {
                LOADED.with(|l| l.set(true));
                Load::Ready
            }
            Some(e) => {
                leptos::logging::warn!("simulator: {e}");
                Load::Failed {
                    offline: !window().navigator().on_line(),
                }
            }
        };
        // The reader may have left the page meanwhile; then there is nothing to show.
        if state.try_set(next).is_none() {
            // At start-up the loading screen (or the pre-rendered copy) waited for this page.
            request_animation_frame(page_ready::reveal_when_whole);
        }
    });
}

/// Builds the page once the module is loaded: the split function's future is then ready at its first poll.
/// `None` is not reachable once `load_simulator` has succeeded; the page then says the simulator could not
/// be loaded rather than show nothing.
fn build_now(route: Route) -> Option<AnyView> {
    let mut future = pin!(simulator_view(route));
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(Ok(view)) => Some(view),
        _ => {
            leptos::logging::warn!("simulator module: loaded but not ready");
            None
        }
    }
}

fn loading_view() -> AnyView {
    let i18n = use_i18n();
    // `aria-busy` keeps the loading screen (or the pre-rendered copy) up at start-up until the page is built.
    view! {
        <div class="simulator-loading" role="status" aria-busy="true">
            <span class="spinner" aria-hidden="true"></span>
            <p>{i18n.tr("simulator-loading")}</p>
        </div>
    }
    .into_any()
}

fn failed_view(state: RwSignal<Load>, offline: bool) -> AnyView {
    let i18n = use_i18n();
    let reason = if offline {
        "simulator-failed-offline"
    } else {
        "simulator-failed-network"
    };
    view! {
        <section class="simulator-failed notice-box" role="alert">
            <h1>{i18n.tr("simulator-failed-title")}</h1>
            <p>{i18n.tr(reason)}</p>
            <p>{i18n.tr("simulator-failed-rest")}</p>
            <p class="simulator-failed-actions">
                <button type="button" on:click=move |_| {
                    state.set(Load::Loading);
                    fetch_module(state);
                }>{i18n.tr("simulator-retry")}</button>
                " "
                <a href=Route::Home.href()>{i18n.tr("simulator-go-home")}</a>
            </p>
        </section>
    }
    .into_any()
}
