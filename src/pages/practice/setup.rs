//! Set-up practice: choose the next step of the console, purge and insertion sequence from plausible options;
//! wrong or skipped steps get immediate feedback with the reason; three steps ask for a value.

use hemosim::training::setup::{SetupFeedback, SetupStep};
use hemosim::training::SetupDrill;
use leptos::prelude::*;

use crate::i18n::{args, use_i18n, I18n};
use crate::pages::practice::{ProgressStore, TrainingNotice};
use crate::practice::{clock, PracticePage};
use fluent_bundle::FluentValue;

/// Seconds since the page's clock started (performance.now).
fn now_s() -> f64 {
    window().performance().map_or(0.0, |p| p.now() / 1000.0)
}

/// Feedback sentence and whether it was a mistake.
fn feedback_text(i18n: I18n, f: SetupFeedback) -> (bool, String) {
    match f {
        SetupFeedback::Correct(step) => (
            true,
            i18n.t_args("su-fb-correct", &args(&[("step", i18n.t(step.key()))])),
        ),
        SetupFeedback::TooEarly { chosen, expected } => (
            false,
            i18n.t_args(
                "su-fb-too-early",
                &args(&[
                    ("chosen", i18n.t(chosen.key())),
                    ("expected", i18n.t(expected.key())),
                    ("why", i18n.t(expected.why_key())),
                ]),
            ),
        ),
        SetupFeedback::AlreadyDone(step) => (
            false,
            i18n.t_args("su-fb-done", &args(&[("step", i18n.t(step.key()))])),
        ),
        SetupFeedback::AnswerRight(q) => (
            true,
            i18n.t_args("su-fb-answer-right", &args(&[("why", i18n.t(q.why_key()))])),
        ),
        SetupFeedback::AnswerWrong(q) => (
            false,
            i18n.t_args("su-fb-answer-wrong", &args(&[("why", i18n.t(q.why_key()))])),
        ),
    }
}

/// The set-up practice page.
#[component]
pub fn SetupPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = ProgressStore::load();
    let attempt = RwSignal::new(1u64);
    let drill = RwSignal::new(SetupDrill::new(1));
    let last = RwSignal::new(None::<SetupFeedback>);
    let started = RwSignal::new(now_s());
    let elapsed = RwSignal::new(None::<f64>);

    let after = move |f: SetupFeedback| {
        last.set(Some(f));
        if drill.with_untracked(|d| d.finished()) && elapsed.get_untracked().is_none() {
            elapsed.set(Some(now_s() - started.get_untracked()));
            let score = drill.with_untracked(|d| d.score());
            store.record("setup", score, true);
        }
    };
    let choose = move |s: SetupStep| {
        if let Some(f) = drill.try_update(|d| d.choose(s)) {
            after(f);
        }
    };
    let answer = move |i: usize| {
        if let Some(Some(f)) = drill.try_update(|d| d.answer(i)) {
            after(f);
        }
    };
    let restart = move |_| {
        let n = attempt.get_untracked() + 1;
        attempt.set(n);
        drill.set(SetupDrill::new(n));
        last.set(None);
        elapsed.set(None);
        started.set(now_s());
    };
    let done_list = move || {
        drill.with(|d| {
            d.done()
                .iter()
                .map(|s| view! { <li>{i18n.t(s.key())}</li> })
                .collect_view()
        })
    };
    let choices = move || {
        drill.with(|d| {
            if d.finished() {
                return view! { <p>{i18n.t("su-finished")}</p> }.into_any();
            }
            if let Some(q) = d.pending_question() {
                let (opts, _) = q.options();
                let buttons = opts
                    .iter()
                    .enumerate()
                    .map(|(i, &k)| view! { <li><button type="button" class="sc-action" on:click=move |_| answer(i)>{i18n.t(k)}</button></li> })
                    .collect_view();
                return view! {
                    <fieldset class="su-question">
                        <legend>{i18n.t(q.key())}</legend>
                        <ul class="sc-action-list">{buttons}</ul>
                    </fieldset>
                }
                .into_any();
            }
            let buttons = d
                .options()
                .into_iter()
                .map(|s| view! { <li><button type="button" class="sc-action" on:click=move |_| choose(s)>{i18n.t(s.key())}</button></li> })
                .collect_view();
            view! {
                <fieldset class="su-question">
                    <legend>{i18n.t("su-next")}</legend>
                    <ul class="sc-action-list">{buttons}</ul>
                </fieldset>
            }
            .into_any()
        })
    };
    let feedback = move || {
        last.get().map(|f| {
            let (ok, text) = feedback_text(i18n, f);
            let (class, icon) = if ok {
                ("fb fb-good", "✓ ")
            } else {
                ("fb fb-wrong", "✗ ")
            };
            view! { <p class=class><span aria-hidden="true">{icon}</span>{text}</p> }
        })
    };
    let result = move || {
        elapsed.get().map(|secs| {
            let d = drill.get();
            let a = args::<FluentValue>(&[
                ("score", d.score().into()),
                ("mistakes", d.mistakes().into()),
                ("time", clock(secs).into()),
            ]);
            view! { <p class="sc-score card">{i18n.t_args("su-result", &a)}</p> }
        })
    };
    let progress = move || {
        let n = drill.with(|d| d.done().len());
        i18n.t_args(
            "su-progress",
            &args(&[("done", n), ("total", SetupStep::ORDER.len())]),
        )
    };
    view! {
        <article class="page practice setup">
            <p class="breadcrumb"><a href=PracticePage::Hub.href()>{i18n.tr("nav-practice")}</a></p>
            <h1>{i18n.tr("pr-setup-title")}</h1>
            <TrainingNotice />
            <p>{i18n.tr("su-intro")}</p>
            <p class="source">{i18n.tr("su-source")}</p>
            <p><strong>{progress}</strong></p>
            {choices}
            <div class="sc-feedback" role="status" aria-live="polite">{feedback}</div>
            {result}
            <section aria-labelledby="su-done-title">
                <h2 id="su-done-title">{i18n.tr("su-done-title")}</h2>
                <ol class="su-done">{done_list}</ol>
            </section>
            <button type="button" class="pr-button" on:click=restart>{i18n.tr("su-restart")}</button>
        </article>
    }
}
