//! About this guide: what it is, what it is based on, its sources with the date they were checked, what it
//! stores on the device (with a button to delete it all), funding and licence.

use leptos::prelude::*;

use crate::audience::AudienceChoice;
use crate::citations::{source_from_hash, CONTENT_CHECKED, NEXT_REVIEW, SOURCES};
use crate::components::cite_link::cited;
use crate::components::go_to_entry::go_to_entry;
use crate::i18n::{args, use_i18n};
use crate::storage;

/// What the guide keeps on the device: (storage keys, message id describing them).
pub const STORED: &[(&[&str], &str)] = &[
    (&[storage::keys::LOCALE], "about-stored-locale"),
    (&[storage::keys::AUDIENCE], "about-stored-audience"),
    (
        &[storage::keys::PROGRESS, storage::keys::RECORD],
        "about-stored-progress",
    ),
    (
        &[
            storage::keys::PROGRESS_UNREADABLE,
            storage::keys::RECORD_UNREADABLE,
        ],
        "about-stored-progress-unreadable",
    ),
    (&[storage::keys::QUESTIONS], "about-stored-questions"),
    (
        &[storage::keys::QUESTIONS_UNREADABLE],
        "about-stored-questions-unreadable",
    ),
    (&[storage::keys::DECIDE], "about-stored-decide"),
    (
        &[storage::keys::DECIDE_UNREADABLE],
        "about-stored-decide-unreadable",
    ),
];

/// The About and Sources page.
#[component]
pub fn AboutPage() -> impl IntoView {
    let i18n = use_i18n();
    let choice = expect_context::<AudienceChoice>();
    let deleted = RwSignal::new(false);
    // A source label that was followed here (`#/about?source=…`) is highlighted and focused.
    let asked = source_from_hash(&window().location().hash().unwrap_or_default());
    if let Some(source) = asked {
        go_to_entry(source.to_owned());
    }
    let sources = SOURCES
        .iter()
        .map(|&id| {
            let class = (Some(id) == asked).then_some("asked");
            view! { <li id=id class=class tabindex="-1">{i18n.tr(id)}</li> }
        })
        .collect_view();
    let stored = STORED
        .iter()
        .map(|&(keys, id)| {
            let keys = keys
                .iter()
                .map(|&key| view! { " "<code>{key}</code> })
                .collect_view();
            view! { <li>{i18n.tr(id)}{keys}</li> }
        })
        .collect_view();
    let delete_all = move |_| {
        for key in STORED.iter().flat_map(|(keys, _)| keys.iter()) {
            storage::remove(key);
        }
        choice.forget();
        deleted.set(true);
    };
    view! {
        <article class="page about">
            <h1>{i18n.tr("about-title")}</h1>

            <section aria-labelledby="about-what">
                <h2 id="about-what">{i18n.tr("about-what-title")}</h2>
                <p>{i18n.tr("about-what-1")}</p>
                <p>{i18n.tr("about-what-2")}</p>
                <p>{i18n.tr("about-funding")}</p>
            </section>

            <section aria-labelledby="about-basis">
                <h2 id="about-basis">{i18n.tr("about-basis-title")}</h2>
                <p>{i18n.tr("about-basis-1")}</p>
                <p>{i18n.tr("about-basis-2")}</p>
                <p>{i18n.tr("about-basis-3")}" "{cited(i18n, ["cite-ipdas"])}</p>
                <p>{move || i18n.t_args("about-checked", &args(&[("date", CONTENT_CHECKED)]))}</p>
                <p>{move || i18n.t_args("about-next-review", &args(&[("date", NEXT_REVIEW)]))}</p>
                <p>{i18n.tr("about-update")}</p>
            </section>

            <section aria-labelledby="about-sources">
                <h2 id="about-sources">{i18n.tr("about-sources-title")}</h2>
                <ol class="sources">{sources}</ol>
            </section>

            <section aria-labelledby="about-privacy">
                <h2 id="about-privacy">{i18n.tr("about-privacy-title")}</h2>
                <p>{i18n.tr("about-privacy-1")}</p>
                <p>{i18n.tr("about-privacy-2")}</p>
                <ul>{stored}</ul>
                <p>{i18n.tr("about-privacy-3")}</p>
                <button type="button" class="danger" on:click=delete_all>{i18n.tr("about-delete")}</button>
                <p role="status">{move || deleted.get().then(|| i18n.t("about-deleted"))}</p>
            </section>

            <section aria-labelledby="about-licence">
                <h2 id="about-licence">{i18n.tr("about-licence-title")}</h2>
                <p>{i18n.tr("about-licence")}</p>
            </section>
        </article>
    }
}
