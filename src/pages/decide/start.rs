//! The start page of "Prepare to decide": what it is for, who is deciding (the patient, or someone deciding
//! with the team for them), and the four steps with which are started.

use leptos::prelude::*;

use super::{t_who, NextStep, StepHeader, Store};
use crate::decide::record::{Record, Who};
use crate::decide::DecidePage;
use crate::i18n::use_i18n;
use crate::route::Route;

/// The start page.
#[component]
pub fn StartPage(store: Store) -> impl IntoView {
    let i18n = use_i18n();
    let choice = |who: Who, label: &'static str| {
        let checked = move || store.record.with(|r| r.who == Some(who));
        let choose = move |_| store.record.update(|r| r.who = Some(who));
        view! {
            <label class="check">
                <input type="radio" name="decide-who" prop:checked=checked on:change=choose />
                <span>{i18n.tr(label)}</span>
            </label>
        }
    };
    let started = |step: DecidePage| -> fn(&Record) -> bool {
        match step {
            DecidePage::Check => Record::check_started,
            DecidePage::Values => Record::values_started,
            DecidePage::Meeting => Record::meeting_started,
            _ => |_| false,
        }
    };
    let steps = DecidePage::STEPS
        .iter()
        .map(|&step| {
            let help = match step {
                DecidePage::Check => "decide-step-check-help",
                DecidePage::Values => "decide-step-values-help",
                DecidePage::Meeting => "decide-step-meeting-help",
                _ => "decide-step-summary-help",
            };
            let is_started = started(step);
            view! {
                <li>
                    <a href=step.href()>{i18n.tr(step.title_id())}</a>
                    {move || store.record.with(is_started).then(|| view! {
                        " " <span class="badge">{i18n.t("decide-step-done")}</span>
                    })}
                    <p class="help">{move || t_who(i18n, store, help)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="page patient decide decide-start">
            <StepHeader page=DecidePage::Start store=store />
            <p class="lead">{i18n.tr("decide-intro")}</p>
            <p>{i18n.tr("decide-intro-2")}</p>
            <fieldset class="decide-who">
                <legend>{i18n.tr("decide-who-title")}</legend>
                {choice(Who::Myself, "decide-who-self")}
                {choice(Who::Other, "decide-who-other")}
                <p class="help">{i18n.tr("decide-who-help")}</p>
            </fieldset>
            <Show when=move || store.record.with(|r| r.who == Some(Who::Other))>
                <p class="notice-box">
                    {i18n.tr("decide-who-other-note")}" "
                    <a href=Route::Family.href()>{i18n.tr("nav-family")}</a>
                </p>
            </Show>
            <h2>{i18n.tr("decide-steps-title")}</h2>
            <ol class="decide-step-list">{steps}</ol>
            <p>{i18n.tr("decide-privacy")}</p>
            <p><a href=DecidePage::EasyRead.href()>{i18n.tr("easy-read-title")}</a></p>
            <NextStep page=DecidePage::Start />
        </article>
    }
}
