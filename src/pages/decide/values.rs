//! Step 2: what matters most. A two-pole scale between "do everything that might help to live longer" and
//! "focus on comfort and time with family" (five labelled points, radio buttons, so each has a full name for
//! a screen reader and nothing depends on colour), sentences to agree or disagree with, and room for the
//! reader's own words. For a family member every sentence asks what the person would say.

use leptos::prelude::*;

use super::{t_who, NextStep, StepHeader, Store};
use crate::decide::record::{Agreement, Field, SCALE_POINTS};
use crate::decide::DecidePage;
use crate::i18n::use_i18n;

/// The sentences to agree or disagree with (message ids, each with a `$who` form).
pub const STATEMENTS: [&str; 5] = [
    "values-s-awake",
    "values-s-dialysis",
    "values-s-trial",
    "values-s-risk",
    "values-s-independent",
];

/// The message id of a scale point's label.
pub fn scale_label(point: u8) -> &'static str {
    match point {
        1 => "values-scale-1",
        2 => "values-scale-2",
        3 => "values-scale-3",
        4 => "values-scale-4",
        _ => "values-scale-5",
    }
}

/// Step 2.
#[component]
pub fn ValuesPage(store: Store) -> impl IntoView {
    let i18n = use_i18n();
    let points = SCALE_POINTS
        .map(|point| {
            let checked = move || store.record.with(|r| r.scale == Some(point));
            let choose = move |_| store.record.update(|r| r.set_scale(Some(point)));
            view! {
                <label class="check scale-point">
                    <input type="radio" name="values-scale" prop:checked=checked on:change=choose />
                    <span>{i18n.tr(scale_label(point))}</span>
                </label>
            }
        })
        .collect_view();
    let statements = STATEMENTS
        .iter()
        .map(|&id| {
            let replies = Agreement::ALL
                .iter()
                .map(|&reply| {
                    let checked = move || store.record.with(|r| r.agreement(id) == Some(reply));
                    let choose = move |_| store.record.update(|r| r.set_agreement(id, reply));
                    view! {
                        <label class="check">
                            <input type="radio" name=format!("agree-{id}") prop:checked=checked on:change=choose />
                            <span>{i18n.tr(reply.label_id())}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="statement" data-statement=id>
                    <legend>{move || t_who(i18n, store, id)}</legend>
                    <div class="replies">{replies}</div>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <article class="page patient decide decide-values">
            <StepHeader page=DecidePage::Values store=store />
            <p class="lead">{move || t_who(i18n, store, "values-intro")}</p>
            <p>{i18n.tr("values-intro-2")}</p>
            <fieldset class="values-scale">
                <legend>{move || t_who(i18n, store, "values-scale-title")}</legend>
                <div class="poles">
                    <p>{i18n.tr("values-pole-more")}</p>
                    <p>{i18n.tr("values-pole-comfort")}</p>
                </div>
                <div class="points">{points}</div>
            </fieldset>
            <h2>{move || t_who(i18n, store, "values-statements-title")}</h2>
            <p class="help">{i18n.tr("values-statements-help")}</p>
            {statements}
            <h2>{i18n.tr("values-own-title")}</h2>
            <label for="values-own">{move || t_who(i18n, store, "values-own-label")}</label>
            <textarea id="values-own" rows="4" maxlength=Field::OwnWords.max_chars()
                prop:value=move || store.record.with(|r| r.text(Field::OwnWords).to_owned())
                on:input=move |ev| store.record.update(|r| r.set_text(Field::OwnWords, &event_target_value(&ev)))>
            </textarea>
            <NextStep page=DecidePage::Values />
        </article>
    }
}
