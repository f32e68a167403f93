//! "Listen to this page": a control on every patient page that reads the page aloud with the browser's own
//! speech synthesis, in the page's language when the device has a voice for it (never in another language:
//! where it has none, the control says so), with pause, resume and stop, and the sentence being read
//! highlighted. It works offline wherever the device's voices do.
//!
//! The control is here, in the main module; the reading itself ([`engine`]) is in a module of its own,
//! `split_read_aloud.wasm`, fetched the first time a reader presses it (like the simulator, see
//! `crate::on_demand`). [`sentences`] splits a paragraph into the sentences read one at a time.

use std::cell::Cell;

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use crate::i18n::{self, use_i18n, Locale};

mod engine;
pub mod sentences;

/// Where the reader control is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// Not reading (at first, or after Stop).
    Idle,
    /// Fetching the reader, finding a voice and the page's sentences.
    Starting,
    Speaking,
    Paused,
    /// It read the whole page.
    Finished,
    /// The reader pressed Stop.
    Stopped,
    /// It cannot read.
    Problem(Problem),
}

/// Why the page cannot be read aloud.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The browser has no speech synthesis.
    Unsupported,
    /// The device has no voice for the page's language.
    NoVoice,
    /// The reader's module could not be fetched.
    NotLoaded,
    /// The browser did not speak (an error, or nothing started).
    Failed,
}

/// What the control asks the reader to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Start,
    Pause,
    Resume,
    Stop,
}

thread_local! {
    /// Whether the reader has been asked for in this visit (only then is there anything to stop).
    static USED: Cell<bool> = const { Cell::new(false) };
}

/// Carries out `command`. The split point: the reader's code is fetched (once) before the first call.
#[leptos::wasm_split::wasm_split(
    read_aloud,
    wasm_split_path = ::leptos::wasm_split,
    fallible
)]
fn command(
    command: Command,
    state: RwSignal<Reading>,
    locale: Locale,
) -> Result<(), SplitLoaderError> {
    engine::run(command, state, locale);
    Ok(())
}

fn send(command_: Command, state: RwSignal<Reading>, locale: Locale) {
    if command_ == Command::Start {
        USED.with(|u| u.set(true));
        let _ = state.try_set(Reading::Starting);
    } else if !USED.with(Cell::get) {
        return;
    }
    leptos::task::spawn_local(async move {
        if command(command_, state, locale).await.is_err() {
            let _ = state.try_set(Reading::Problem(Problem::NotLoaded));
        }
    });
}

/// Speaks nothing, during the reader's tap: iOS lets a page speak only once it has spoken from a tap, and
/// the reading itself starts later (after its module and the voices have loaded).
fn unlock_speech() {
    if let (Some(synth), Ok(silence)) = (
        speech_synthesis(),
        web_sys::SpeechSynthesisUtterance::new_with_text(""),
    ) {
        synth.speak(&silence);
    }
}

/// The browser's speech synthesis, if it has one (and can make utterances): for the tap and the engine.
fn speech_synthesis() -> Option<web_sys::SpeechSynthesis> {
    let window = window();
    let has = |name: &str| {
        js_sys::Reflect::get(&window, &name.into()).is_ok_and(|v| !v.is_undefined() && !v.is_null())
    };
    if !has("speechSynthesis") || !has("SpeechSynthesisUtterance") {
        return None;
    }
    window.speech_synthesis().ok()
}

fn focus_main_button() {
    use wasm_bindgen::JsCast;
    if let Some(button) = document()
        .query_selector(".read-aloud-main")
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = button.focus();
    }
}

/// The reader control: one button that starts, pauses and resumes (so keyboard focus stays on it), a Stop
/// button while reading, and a status line that screen readers announce.
#[component]
pub fn ReadAloud() -> impl IntoView {
    let i18n = use_i18n();
    let state = RwSignal::new(Reading::Idle);
    let active = move || matches!(state.get(), Reading::Speaking | Reading::Paused);
    // A change of page (this control goes with it) or of language stops the reading.
    on_cleanup(move || send(Command::Stop, state, Locale::default()));
    Effect::new(move |first: Option<()>| {
        i18n.locale();
        if first.is_some() && state.get_untracked() != Reading::Idle {
            send(Command::Stop, state, Locale::default());
            state.set(Reading::Idle);
        }
    });
    let press = move |_| {
        let locale = i18n.locale_untracked();
        match state.get_untracked() {
            Reading::Speaking => send(Command::Pause, state, locale),
            Reading::Paused => send(Command::Resume, state, locale),
            Reading::Starting => {}
            _ => {
                unlock_speech();
                send(Command::Start, state, locale);
            }
        }
    };
    let label = move || match state.get() {
        Reading::Speaking => i18n.t("read-aloud-pause"),
        Reading::Paused => i18n.t("read-aloud-resume"),
        _ => i18n.t("read-aloud-listen"),
    };
    let status = move || match state.get() {
        Reading::Idle => String::new(),
        Reading::Starting => i18n.t("read-aloud-starting"),
        Reading::Speaking => i18n.t("read-aloud-reading"),
        Reading::Paused => i18n.t("read-aloud-paused"),
        Reading::Finished => i18n.t("read-aloud-finished"),
        Reading::Stopped => i18n.t("read-aloud-stopped"),
        Reading::Problem(Problem::Failed) => i18n.t("read-aloud-failed"),
        Reading::Problem(Problem::Unsupported) => i18n.t("read-aloud-unsupported"),
        Reading::Problem(Problem::NotLoaded) => i18n.t("read-aloud-not-loaded"),
        Reading::Problem(Problem::NoVoice) => {
            let language = i18n.locale().info().native_name;
            i18n.t_args(
                "read-aloud-no-voice",
                &i18n::args(&[("language", language)]),
            )
        }
    };
    view! {
        <div class="read-aloud">
            <button type="button" class="read-aloud-main" on:click=press
                aria-disabled=move || (state.get() == Reading::Starting).then_some("true")>
                <svg class="read-aloud-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M4 9h4l5-4v14l-5-4H4z"/>
                    <path class="wave" d="M16 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11"/>
                </svg>
                {label}
            </button>
            {move || active().then(|| view! {
                <button type="button" class="read-aloud-stop" on:click=move |_| {
                    send(Command::Stop, state, i18n.locale_untracked());
                    // This button goes: keyboard focus goes back to the main one.
                    focus_main_button();
                }>
                    {i18n.tr("read-aloud-stop")}
                </button>
            })}
            <p class="read-aloud-status" role="status">{status}</p>
        </div>
    }
}
