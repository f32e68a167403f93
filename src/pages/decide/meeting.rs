//! Step 3: prepare for the meeting with the team. What to tell the team about the person, room for
//! feelings, the questions chosen on "My questions" (with time-limited trial questions to add), and the
//! legal frame from FACTS.md (best interests, Lasting Power of Attorney, an independent advocate). It never
//! recommends a choice.

use leptos::prelude::*;

use super::{t_who, NextStep, StepHeader, Store};
use crate::components::cite_link::cited;
use crate::decide::record::Field;
use crate::decide::DecidePage;
use crate::i18n::use_i18n;
use crate::pages::questions;
use crate::route::Route;

/// Questions about trying the pump for a set time, which the reader can add to their list.
pub const TRIAL_QUESTIONS: [&str; 3] = ["meeting-trial-q1", "meeting-trial-q2", "meeting-trial-q3"];

/// A text area for `field`, saved as the reader types.
pub fn text_area(store: Store, field: Field, id: &'static str) -> impl IntoView {
    view! {
        <textarea id=id rows="5" maxlength=field.max_chars()
            prop:value=move || store.record.with(|r| r.text(field).to_owned())
            on:input=move |ev| store.record.update(|r| r.set_text(field, &event_target_value(&ev)))>
        </textarea>
    }
}

/// Step 3.
#[component]
pub fn MeetingPage(store: Store) -> impl IntoView {
    let i18n = use_i18n();
    // The question list is the "My questions" page's; this page shows it and can add to it. A saved list
    // that cannot be read is left where it is, for that page to set aside and tell the reader about: here
    // there is then no list to show, and nothing is added (which would save over it).
    let readable = questions::peek();
    let can_add = readable.is_some();
    let list = RwSignal::new(readable.unwrap_or_default());
    let added = RwSignal::new(false);
    let chosen = move || list.with(|l| questions::chosen_questions(i18n, l));
    let add_trial = move |_| {
        list.update(|l| {
            for id in TRIAL_QUESTIONS {
                let text = crate::i18n::strip_isolation(&i18n.t(id));
                if !l.own.iter().any(|q| q.text == text) {
                    l.add_own(&text);
                }
            }
        });
        added.set(list.with(questions::save));
    };
    view! {
        <article class="page patient decide decide-meeting">
            <StepHeader page=DecidePage::Meeting store=store />
            <p class="lead">{move || t_who(i18n, store, "meeting-intro")}</p>

            <h2>{move || t_who(i18n, store, "meeting-person-title")}</h2>
            <p>{move || t_who(i18n, store, "meeting-person-help")}</p>
            <label for="meeting-person">{move || t_who(i18n, store, "meeting-person-label")}</label>
            {text_area(store, Field::Person, "meeting-person")}

            <h2>{i18n.tr("meeting-feelings-title")}</h2>
            <p>{i18n.tr("meeting-feelings-1")}</p>
            <p>{i18n.tr("meeting-feelings-2")}</p>
            <label for="meeting-worries">{i18n.tr("meeting-feelings-label")}</label>
            {text_area(store, Field::Worries, "meeting-worries")}

            <h2>{i18n.tr("meeting-ask-title")}</h2>
            {move || {
                let chosen = chosen();
                if !can_add {
                    ().into_any()
                } else if chosen.is_empty() {
                    view! { <p>{i18n.t("meeting-ask-none")}</p> }.into_any()
                } else {
                    view! {
                        <p>{i18n.t("meeting-ask-help")}</p>
                        <ol class="meeting-questions">{chosen.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ol>
                    }
                    .into_any()
                }
            }}
            <p><a href=Route::Questions.href()>{i18n.tr("meeting-ask-edit")}</a></p>

            <section class="card" aria-labelledby="meeting-trial-title">
                <h3 id="meeting-trial-title">{i18n.tr("meeting-trial-title")}</h3>
                <p>{i18n.tr("meeting-trial-1")}</p>
                <ul>{TRIAL_QUESTIONS.map(|id| view! { <li>{i18n.tr(id)}</li> }).collect_view()}</ul>
                {can_add.then(|| view! {
                    <button type="button" class="secondary" on:click=add_trial>{i18n.tr("meeting-trial-add")}</button>
                })}
                <p role="status">{move || added.get().then(|| i18n.t("meeting-trial-added"))}</p>
            </section>

            <h2>{i18n.tr("meeting-law-title")}</h2>
            <p>{i18n.tr("meeting-law-1")}" "{cited(i18n, ["cite-mca"])}</p>
            <p>{i18n.tr("meeting-law-2")}</p>
            <p>{i18n.tr("meeting-law-3")}</p>

            <label for="meeting-notes">{i18n.tr("meeting-notes-label")}</label>
            {text_area(store, Field::Notes, "meeting-notes")}
            <NextStep page=DecidePage::Meeting />
        </article>
    }
}
