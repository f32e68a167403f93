//! The practice room (clinician audience): the start page with the training notice, the exercises, progress
//! and a printable summary; sub-pages for the console, set-up, positioning and the alarm scenarios.

pub mod console;
pub mod positioning;
pub mod record;
pub mod scenario;
pub mod setup;

use hemosim::training::{CaseCode, CodeError, Progress, ScenarioKind};
use leptos::prelude::*;

use crate::i18n::{args, strip_isolation, use_i18n};
use crate::practice::{
    exercise_slugs, exercise_title_id, interpret_progress, surprise_case, LoadedProgress,
    PracticePage,
};
use crate::storage;
use fluent_bundle::FluentValue;

/// The progress record as shared page state, with a flag when a corrupt record was set aside.
#[derive(Clone, Copy)]
pub struct ProgressStore {
    /// The record.
    pub progress: RwSignal<Progress>,
    /// True when an unreadable record was found (and kept aside under its own key).
    pub was_corrupt: RwSignal<bool>,
}

impl ProgressStore {
    /// Loads the stored record; an unreadable one is moved aside so nothing is lost, and flagged.
    pub fn load() -> Self {
        let (progress, corrupt) =
            match interpret_progress(storage::read(storage::keys::PROGRESS).as_deref()) {
                LoadedProgress::Empty => (Progress::default(), false),
                LoadedProgress::Ok(p) => (p, false),
                LoadedProgress::Corrupt(text) => {
                    storage::set_aside(
                        storage::keys::PROGRESS,
                        storage::keys::PROGRESS_UNREADABLE,
                        &text,
                    );
                    (Progress::default(), true)
                }
            };
        Self {
            progress: RwSignal::new(progress),
            was_corrupt: RwSignal::new(corrupt),
        }
    }

    /// Records an attempt and saves.
    pub fn record(self, slug: &str, score: u32, completed: bool) {
        self.progress.update(|p| p.record(slug, score, completed));
        storage::write(
            storage::keys::PROGRESS,
            &self.progress.get_untracked().serialise(),
        );
    }

    /// Deletes the record.
    pub fn clear(self) {
        self.progress.set(Progress::default());
        storage::remove(storage::keys::PROGRESS);
        storage::remove(storage::keys::PROGRESS_UNREADABLE);
        self.was_corrupt.set(false);
    }
}

/// The training-simulation notice every practice page shows.
#[component]
pub fn TrainingNotice() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <aside class="card disclaimer training-notice" aria-label=i18n.tr("pr-notice-label")>
            <p><strong>{i18n.tr("pr-notice-1")}</strong></p>
            <p>{i18n.tr("pr-notice-2")}</p>
            <p><a href=crate::route::Route::Limits.href()>{i18n.tr("limits-title")}</a></p>
        </aside>
    }
}

/// A notice shown when a stored progress record could not be read.
#[component]
pub fn CorruptNotice(store: ProgressStore) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || store.was_corrupt.get()>
            <p class="notice notice-warn" role="status">{i18n.tr("pr-progress-corrupt")}</p>
        </Show>
    }
}

/// Plain-text summary of progress for a supervisor.
fn summary_text(i18n: crate::i18n::I18n, progress: &Progress) -> String {
    let mut lines = vec![strip_isolation(&i18n.t("pr-summary-heading"))];
    for slug in exercise_slugs() {
        let title = exercise_title_id(slug).map_or_else(String::new, |id| i18n.t(id));
        let line = match progress.get(slug) {
            Some(e) => i18n.t_args(
                "pr-summary-line",
                &args::<FluentValue>(&[
                    ("name", title.clone().into()),
                    ("best", e.best.into()),
                    ("attempts", e.attempts.into()),
                    ("completed", e.completed.into()),
                ]),
            ),
            None => i18n.t_args("pr-summary-line-none", &args(&[("name", title)])),
        };
        lines.push(strip_isolation(&line));
    }
    lines.push(strip_isolation(&i18n.t("pr-notice-1")));
    lines.join("\n")
}

/// The practice room's start page.
#[component]
pub fn PracticeHubPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = ProgressStore::load();
    let best = move |slug: &'static str| {
        move || {
            store.progress.with(|p| {
                p.get(slug).map_or_else(
                    || i18n.t("pr-not-tried"),
                    |e| i18n.t_args("pr-best", &args(&[("best", e.best)])),
                )
            })
        }
    };
    let scenarios = ScenarioKind::ALL
        .into_iter()
        .map(|kind| {
            let page = PracticePage::Scenario(kind);
            view! {
                <li><a href=page.href()>{i18n.tr(page.title_id())}</a>" — "<span class="pr-best">{best(kind.slug())}</span></li>
            }
        })
        .collect_view();
    let summary = move || store.progress.with(|p| summary_text(i18n, p));
    let surprise = move |_| {
        let (kind, seed) = store.progress.with_untracked(|p| {
            let tried: Vec<&str> = p.entries.iter().map(|e| e.slug.as_str()).collect();
            surprise_case(&tried, js_sys::Math::random(), js_sys::Math::random())
        });
        let href = format!("{}?seed={seed}", PracticePage::Scenario(kind).href());
        let _ = window().location().set_hash(&href[1..]);
    };
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <article class="page practice">
            <h1>{i18n.tr("nav-practice")}</h1>
            <TrainingNotice />
            <CorruptNotice store=store />
            <p>{i18n.tr("pr-hub-intro")}</p>
            <section aria-labelledby="pr-drills">
                <h2 id="pr-drills">{i18n.tr("pr-drills-title")}</h2>
                <ul class="pr-list">
                    <li><a href=PracticePage::Console.href()>{i18n.tr("pr-console-title")}</a>" — "{i18n.tr("pr-console-what")}</li>
                    <li><a href=PracticePage::Setup.href()>{i18n.tr("pr-setup-title")}</a>" — "<span class="pr-best">{best("setup")}</span></li>
                    <li><a href=PracticePage::Positioning.href()>{i18n.tr("pr-pos-title")}</a>" — "<span class="pr-best">{best("positioning")}</span></li>
                </ul>
            </section>
            <section aria-labelledby="pr-scenarios">
                <h2 id="pr-scenarios">{i18n.tr("pr-scenarios-title")}</h2>
                <p>{i18n.tr("pr-scenarios-intro")}</p>
                <ul class="pr-list">{scenarios}</ul>
                <p><button type="button" class="pr-button" on:click=surprise>{i18n.tr("pr-surprise")}</button></p>
                <p class="hint">{i18n.tr("pr-surprise-help")}</p>
                <p><a href=PracticePage::Record.href()>{i18n.tr("pr-record-link")}</a></p>
            </section>
            <CodeEntry />
            <section aria-labelledby="pr-progress" class="card pr-summary">
                <h2 id="pr-progress">{i18n.tr("pr-progress-title")}</h2>
                <p>{i18n.tr("pr-progress-private")}</p>
                <label for="pr-summary-text">{i18n.tr("pr-summary-label")}</label>
                <textarea id="pr-summary-text" readonly rows="17" class="pr-summary-text" prop:value=summary></textarea>
                <div class="pr-buttons">
                    <button type="button" class="pr-button" on:click=print>{i18n.tr("pr-print")}</button>
                    <button type="button" class="danger" on:click=move |_| store.clear()>{i18n.tr("pr-clear")}</button>
                </div>
            </section>
        </article>
    }
}

/// The message id that explains why `text` is not a code.
fn code_error_id(text: &str, error: CodeError) -> &'static str {
    if text.trim().is_empty() {
        return "pr-code-error-empty";
    }
    match error {
        CodeError::Length => "pr-code-error-length",
        CodeError::Character => "pr-code-error-character",
        CodeError::Check => "pr-code-error-check",
        CodeError::Unknown => "pr-code-error-unknown",
    }
}

/// Opening a case from an instructor's code: a valid code goes to its scenario with its patient; anything
/// else says what is wrong with it and changes nothing.
#[component]
fn CodeEntry() -> impl IntoView {
    let i18n = use_i18n();
    let text = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = text.get_untracked();
        match CaseCode::decode(&typed) {
            Ok(case) => {
                problem.set(None);
                let href = format!(
                    "{}?seed={}",
                    PracticePage::Scenario(case.kind).href(),
                    case.seed
                );
                let _ = window().location().set_hash(&href[1..]);
            }
            Err(e) => problem.set(Some(code_error_id(&typed, e))),
        }
    };
    view! {
        <section aria-labelledby="pr-code" class="card pr-code">
            <h2 id="pr-code">{i18n.tr("pr-code-title")}</h2>
            <p>{i18n.tr("pr-code-help")}</p>
            <form on:submit=open>
                <label for="pr-code-input">{i18n.tr("pr-code-label")}</label>
                <input id="pr-code-input" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false"
                    maxlength="40" aria-describedby="pr-code-problem"
                    aria-invalid=move || problem.get().is_some().then_some("true")
                    prop:value=move || text.get()
                    on:input=move |ev| { text.set(event_target_value(&ev)); problem.set(None); } />
                <button type="submit" class="pr-button">{i18n.tr("pr-code-open")}</button>
            </form>
            <p id="pr-code-problem" role="alert">
                {move || problem.get().map(|id| format!("{} {}", i18n.t(id), i18n.t("pr-code-unchanged")))}
            </p>
        </section>
    }
}

/// Renders the practice page for `page`.
pub fn render(page: PracticePage) -> AnyView {
    match page {
        PracticePage::Hub => PracticeHubPage().into_any(),
        PracticePage::Console => console::ConsolePage().into_any(),
        PracticePage::Setup => setup::SetupPage().into_any(),
        PracticePage::Positioning => positioning::PositioningPage().into_any(),
        PracticePage::Scenario(kind) => view! { <scenario::ScenarioPage kind=kind /> }.into_any(),
        PracticePage::Record => record::RecordPage().into_any(),
    }
}
