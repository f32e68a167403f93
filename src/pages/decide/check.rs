//! Step 1: check what you understood. Eight questions (`crate::decide::check`), each answered with a radio
//! button; the reason appears at once, kind, with the right answer, its source and the page that covers it.
//! No score: what the reader was unsure about becomes a list of things to ask the team.

use fluent_bundle::{FluentArgs, FluentValue};
use leptos::prelude::*;

use super::{t_who, NextStep, StepHeader, Store};
use crate::components::cite_link::cited;
use crate::decide::check::{to_ask, Question, LETTERS, QUESTIONS};
use crate::decide::record::{Answer, Record};
use crate::decide::DecidePage;
use crate::i18n::{args, use_i18n, I18n};

/// The question's numbers and who is deciding, as Fluent arguments.
fn arguments(q: &Question, store: Store) -> FluentArgs<'static> {
    let mut out = args(&[("who", store.who().as_str())]);
    for (name, value) in q.arguments() {
        out.set(name, FluentValue::from(value));
    }
    out
}

fn text(i18n: I18n, store: Store, q: &Question, id: &str) -> String {
    i18n.t_args(id, &arguments(q, store))
}

/// What the reader sees once they have answered `q`.
fn feedback(i18n: I18n, store: Store, q: &'static Question, answer: Answer) -> impl IntoView {
    let verdict = match answer {
        Answer::Chose(i) if i == q.right => "check-right",
        Answer::Chose(_) => "check-not-quite",
        Answer::Unsure => "check-unsure-reply",
    };
    let chosen_why = match answer {
        Answer::Chose(i) if i != q.right => Some(q.why_id(i)),
        _ => None,
    };
    let right = move || {
        let answer = text(i18n, store, q, &q.answer_id(q.right));
        i18n.t_args("check-answer-is", &args(&[("answer", answer.as_str())]))
    };
    let right_why = q.why_id(q.right);
    let page = q.page;
    view! {
        <p class="verdict"><strong>{i18n.tr(verdict)}</strong></p>
        {chosen_why.map(|id| view! { <p>{move || text(i18n, store, q, &id)}</p> })}
        {(!matches!(answer, Answer::Chose(i) if i == q.right)).then(|| view! { <p>{right}</p> })}
        <p>
            {move || text(i18n, store, q, &right_why)}
            {q.cite.map(|c| view! { " " {cited(i18n, [c])} })}
        </p>
        <p>{i18n.tr("check-read-more")}" "<a href=page.href()>{i18n.tr(page.title_id())}</a></p>
    }
}

/// One question: its answers as radio buttons, a button to check the one chosen, and the feedback once
/// checked. Choosing alone shows nothing: arrow keys choose as they move through a radio group, so a
/// keyboard or screen-reader user reading the answers would otherwise be given the right one.
fn question(
    i18n: I18n,
    store: Store,
    cleared: RwSignal<u32>,
    n: usize,
    q: &'static Question,
) -> impl IntoView {
    let name = format!("answer-{}", q.id);
    // Only this question's answer: another question's change must not rebuild (and re-announce) this one.
    let answer = Memo::new(move |_| store.record.with(|r| r.answer(q.id)));
    // The answer chosen and not yet checked (at first the one checked last time).
    let chosen = RwSignal::new(answer.get_untracked());
    let nothing_chosen = RwSignal::new(false);
    // "Clear my answers" clears the choices not yet checked too (it counts `cleared` up even when nothing was
    // checked, so the saved answers do not change).
    Effect::new(move |_| {
        cleared.track();
        if answer.get().is_none() {
            chosen.set(None);
            nothing_chosen.set(false);
        }
    });
    let check = move |_| match chosen.get_untracked() {
        Some(a) => {
            nothing_chosen.set(false);
            store.record.update(|r| r.set_answer(q.id, Some(a)));
        }
        None => nothing_chosen.set(true),
    };
    let choices: Vec<(Answer, String)> = (0..LETTERS.len())
        .map(|i| (Answer::Chose(i), q.answer_id(i)))
        .chain([(Answer::Unsure, "check-unsure".to_owned())])
        .collect();
    let options = choices
        .into_iter()
        .map(|(answer, id)| {
            let checked = move || chosen.get() == Some(answer);
            let choose = move |_| {
                chosen.set(Some(answer));
                nothing_chosen.set(false);
            };
            view! {
                <label class="check">
                    <input type="radio" name=name.clone() prop:checked=checked on:change=choose />
                    <span>{move || text(i18n, store, q, &id)}</span>
                </label>
            }
        })
        .collect_view();
    let position = move || {
        i18n.t_args(
            "check-question",
            &args(&[("n", n), ("total", QUESTIONS.len())]),
        )
    };
    // The feedback is about the answer checked; once another is chosen it waits for the next check.
    let shown = move || answer.get().filter(|a| chosen.get() == Some(*a));
    view! {
        <fieldset class="check-question" data-question=q.id>
            <legend>
                <span class="check-position">{position}</span>
                " "
                <span>{move || text(i18n, store, q, q.id)}</span>
            </legend>
            {options}
            <button type="button" class="secondary check-submit" on:click=check>{i18n.tr("check-submit")}</button>
            <div class="check-feedback" aria-live="polite">
                {move || nothing_chosen.get().then(|| view! { <p>{i18n.t("check-choose-first")}</p> })}
                {move || shown().map(|a| feedback(i18n, store, q, a))}
            </div>
        </fieldset>
    }
}

/// Step 1.
#[component]
pub fn CheckPage(store: Store) -> impl IntoView {
    let i18n = use_i18n();
    let cleared = RwSignal::new(0_u32);
    let questions = QUESTIONS
        .iter()
        .enumerate()
        .map(|(i, q)| question(i18n, store, cleared, i + 1, q))
        .collect_view();
    let unanswered = move || {
        store.record.with(|r: &Record| {
            QUESTIONS
                .iter()
                .filter(|q| r.answer(q.id).is_none())
                .count()
        })
    };
    let asks = move || {
        let list = store.record.with(|r| {
            to_ask(r)
                .into_iter()
                .map(|q| t_who(i18n, store, &q.ask_id()))
                .collect::<Vec<_>>()
        });
        if list.is_empty() {
            view! { <p>{i18n.t("check-ask-none")}</p> }.into_any()
        } else {
            view! {
                <p>{i18n.t("check-ask-intro")}</p>
                <ul class="check-asks">{list.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}</ul>
            }
            .into_any()
        }
    };
    let clear = move |_| {
        store.record.update(|r| {
            for q in &QUESTIONS {
                r.set_answer(q.id, None);
            }
        });
        cleared.update(|n| *n += 1);
    };
    view! {
        <article class="page patient decide decide-check">
            <StepHeader page=DecidePage::Check store=store />
            <p class="lead">{i18n.tr("check-intro")}</p>
            {questions}
            <section class="card" aria-labelledby="check-ask-title">
                <h2 id="check-ask-title">{i18n.tr("check-ask-title")}</h2>
                <div aria-live="polite">
                    {move || (unanswered() > 0).then(|| view! {
                        <p>{i18n.t_args("check-ask-unanswered", &args(&[("count", unanswered())]))}</p>
                    })}
                    {asks}
                </div>
                <button type="button" class="secondary" on:click=clear>{i18n.tr("check-again")}</button>
            </section>
            <NextStep page=DecidePage::Check />
        </article>
    }
}
