//! The start page: what this is in three plain sentences, who is reading, what the guide covers, and the
//! disclaimer.

use leptos::prelude::*;

use crate::audience::{Audience, AudienceChoice};
use crate::decide::DecidePage;
use crate::i18n::{args, use_i18n, I18n};
use crate::route::Route;

/// Message ids of what the guide covers, per audience.
fn covers(audience: Audience) -> &'static [&'static str] {
    match audience {
        Audience::Patient => &[
            "home-covers-patient-1",
            "home-covers-patient-2",
            "home-covers-patient-3",
            "home-covers-patient-4",
            "home-covers-patient-5",
            "home-covers-patient-6",
            "home-covers-patient-7",
        ],
        Audience::Clinician => &[
            "home-covers-clinician-1",
            "home-covers-clinician-2",
            "home-covers-clinician-3",
            "home-covers-clinician-4",
            "home-covers-clinician-5",
        ],
    }
}

/// The audiences whose "covers" lists to show: the chosen one, or both until the reader has chosen.
fn audiences_to_describe(chosen: Option<Audience>) -> Vec<Audience> {
    match chosen {
        Some(a) => vec![a],
        None => Audience::ALL.to_vec(),
    }
}

fn covers_list(i18n: I18n, audience: Audience, with_heading: bool) -> impl IntoView {
    let items = covers(audience)
        .iter()
        .map(|&id| view! { <li>{i18n.tr(id)}</li> })
        .collect_view();
    view! {
        {with_heading.then(|| view! { <h3>{i18n.tr(audience.short_id())}</h3> })}
        <ul class="covers">{items}</ul>
    }
}

/// The start page.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let choice = expect_context::<AudienceChoice>();
    let choose_buttons = Audience::ALL
        .into_iter()
        .map(|a| {
            let pressed = move || if choice.get() == Some(a) { "true" } else { "false" };
            view! {
                <button type="button" class="choice" aria-pressed=pressed on:click=move |_| choice.choose(a)>
                    {i18n.tr(a.choose_id())}
                </button>
            }
        })
        .collect_view();
    let chosen_line = move || {
        choice.get().map(|a| {
            let label = i18n.t(a.short_id());
            i18n.t_args("home-chosen", &args(&[("audience", label.as_str())]))
        })
    };
    view! {
        <article class="page home">
            <h1>{i18n.tr("home-title")}</h1>
            <div class="lead">
                <p>{i18n.tr("home-intro-1")}</p>
                <p>{i18n.tr("home-intro-2")}</p>
                <p>{i18n.tr("home-intro-3")}</p>
            </div>
            <p class="easy-read-link">
                <a href=Route::Decide(DecidePage::EasyRead).href()>{i18n.tr("home-easy-read")}</a>
            </p>

            <section class="card" aria-labelledby="choose-title">
                <h2 id="choose-title">{i18n.tr("home-choose-title")}</h2>
                <p>{i18n.tr("home-choose-help")}</p>
                <div class="choices">{choose_buttons}</div>
                <p class="chosen" aria-live="polite">{chosen_line}</p>
            </section>

            <section aria-labelledby="covers-title">
                <h2 id="covers-title">{i18n.tr("home-covers-title")}</h2>
                {move || {
                    let list = audiences_to_describe(choice.get());
                    let with_heading = list.len() > 1;
                    list.into_iter().map(|a| covers_list(i18n, a, with_heading)).collect_view()
                }}
            </section>

            <section class="card disclaimer" aria-labelledby="disclaimer-title">
                <h2 id="disclaimer-title">{i18n.tr("home-disclaimer-title")}</h2>
                <ul>
                    <li>{i18n.tr("home-disclaimer-1")}</li>
                    <li>{i18n.tr("home-disclaimer-2")}</li>
                    <li>{i18n.tr("home-disclaimer-3")}</li>
                </ul>
                <p class="source">{i18n.tr("home-basis")}</p>
                <p><a href=Route::About.href()>{i18n.tr("home-about-link")}</a></p>
            </section>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_the_chosen_audience_or_both() {
        assert_eq!(audiences_to_describe(None).len(), 2);
        assert_eq!(
            audiences_to_describe(Some(Audience::Clinician)),
            vec![Audience::Clinician]
        );
        assert!(covers(Audience::Patient).len() >= 5);
    }
}
