//! The app root: creates the shared state (locale, audience, route), keeps the document in step with it
//! (`<html lang dir>`, title, saved choices) and lays out the page frame around the current route.

use leptos::prelude::*;

use crate::audience::AudienceChoice;
use crate::components::footer::SiteFooter;
use crate::components::header::SiteHeader;
use crate::components::later::Later;
use crate::components::notice_bar::NoticeBar;
use crate::i18n::{self, I18n, Locale};
use crate::notices::{Notice, Notices};
use crate::pages;
use crate::read_aloud::ReadAloud;
use crate::route::Route;
use crate::storage;

/// The locale a visit starts in and, when a `?lang=` link named a language the guide lacks, that value.
/// `main` calls this before mounting to fetch the locale's text first, so the page never flashes English.
pub fn initial_locale() -> (Locale, Option<String>) {
    i18n::choose_initial(
        query_param("lang").as_deref(),
        storage::read(storage::keys::LOCALE).as_deref(),
        &browser_languages(),
    )
}

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    // `?simulate-crash` lets testers and support staff check the crash screen on a real build.
    if query_param("simulate-crash").is_some() {
        i18n::set_current(
            Locale::from_tag(&query_param("lang").unwrap_or_default()).unwrap_or_default(),
        );
        panic!("simulated crash requested with ?simulate-crash");
    }
    // A saved setting that cannot be read (edited by hand, or written by a future version) is dropped, and
    // the reader is told that it was reset.
    let settings_reset =
        drop_unreadable_setting(storage::keys::LOCALE, |v| Locale::from_tag(v).is_some())
            | drop_unreadable_setting(storage::keys::AUDIENCE, |v| {
                crate::audience::Audience::parse(v).is_some()
            });
    let (wanted, unknown) = initial_locale();
    // `main` has tried to fetch the text of a locale other than en-GB; if that failed, start in English and
    // say so (the reader's saved choice is kept for the next visit).
    let (initial, first_notice) = if i18n::is_loaded(wanted) {
        (wanted, unknown.map(Notice::UnknownLocale))
    } else {
        (Locale::default(), Some(Notice::LocaleFailed(wanted)))
    };
    let locale = RwSignal::new(initial);
    let i18n = I18n::new(locale);
    provide_context(i18n);
    let audience = AudienceChoice::load();
    provide_context(audience);
    let notice = RwSignal::new(first_notice);
    provide_context(Notices(notice));
    // boot.js marks <html data-update-ready> and fires `hpg-update-ready` when a newer version of the guide
    // (service worker) has taken over; it may do so before or after the app starts.
    let update_ready = RwSignal::new(
        document()
            .document_element()
            .is_some_and(|html| html.has_attribute("data-update-ready")),
    );
    let _ = window_event_listener_untyped("hpg-update-ready", move |_| update_ready.set(true));

    let route = RwSignal::new(current_route().unwrap_or(Route::Home));
    let main_ref = NodeRef::<leptos::html::Main>::new();
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Some(next) = current_route() {
            route.set(next);
            // A new page: start at its top and give screen-reader users its content, not the old link.
            window().scroll_to_with_x_and_y(0.0, 0.0);
            if let Some(main) = main_ref.get_untracked() {
                let _ = main.focus();
            }
            // At start-up the loading screen (or the pre-rendered copy) waits for the page; the new page
            // may be whole at once.
            request_animation_frame(crate::page_ready::reveal_when_whole);
        }
    });

    // Keep the document and the saved choice in step with the locale.
    let first_run = StoredValue::new(true);
    Effect::new(move |_| {
        let locale = locale.get();
        i18n::set_current(locale);
        let info = locale.info();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", info.tag);
            let _ = html.set_attribute("dir", info.dir.as_attr());
        }
        // The first run only reflects where the locale came from; later runs are the reader's own choice.
        if first_run.get_value() {
            first_run.set_value(false);
            if query_param("lang").is_some() && notice.get_untracked().is_none() {
                storage::write(storage::keys::LOCALE, info.tag);
            }
        } else {
            storage::write(storage::keys::LOCALE, info.tag);
        }
    });
    Effect::new(move |_| {
        let page = i18n.t(route.get().title_id());
        let app = i18n.t("app-name");
        document().set_title(&i18n::strip_isolation(&format!("{page} – {app}")));
        crate::page_ready::publish_fallback_count();
    });
    // The app is built in several short tasks instead of one long one, so a slow phone stays responsive (and
    // each task stays short even though the browser compiles the code it runs for the first time): its state
    // now, then each `Later` part in a task of its own: the header's top (its pickers and navigation a task
    // later again), the notices, the page (long pages in further steps) and the footer. The loading screen (or
    // the pre-rendered copy of the page) hides them meanwhile and goes when the page is whole
    // (`page_ready`), so the reader never sees a half-built page replace the pre-rendered one.
    view! {
        <a class="skip-link" href="#main" on:click=move |ev| {
            ev.prevent_default();
            if let Some(main) = main_ref.get_untracked() {
                let _ = main.focus();
            }
        }>{i18n.tr("skip-to-content")}</a>
        <Later><SiteHeader route=route.read_only() /></Later>
        <Later><NoticeBar notice=notice update_ready=update_ready settings_reset=settings_reset /></Later>
        <main id="main" tabindex="-1" node_ref=main_ref>
            {move || route.get().is_patient_page().then(|| view! { <ReadAloud /> })}
            <Later>{move || match route.get() {
                Route::Home => pages::home::HomePage().into_any(),
                Route::Shock => pages::shock::ShockPage().into_any(),
                Route::Pump => pages::pump::PumpPage().into_any(),
                Route::Insertion => pages::insertion::InsertionPage().into_any(),
                Route::Risks => pages::risks::RisksPage().into_any(),
                Route::Options => pages::options::OptionsPage().into_any(),
                Route::After => pages::after::AfterPage().into_any(),
                Route::Family => pages::family::FamilyPage().into_any(),
                Route::Questions => pages::questions::QuestionsPage().into_any(),
                Route::Glossary => pages::glossary::GlossaryPage().into_any(),
                Route::Practice(_) | Route::Demo | Route::Limits | Route::Decide(_) => {
                    crate::on_demand::page(route.get())
                }
                Route::About => pages::about::AboutPage().into_any(),
                Route::NotFound => pages::not_found::NotFoundPage().into_any(),
            }}</Later>
        </main>
        <Later><SiteFooter /></Later>
    }
}

/// Removes `key` when its saved value is not valid; returns whether it did.
fn drop_unreadable_setting(key: &str, valid: impl Fn(&str) -> bool) -> bool {
    match storage::read(key) {
        Some(value) if !valid(&value) => {
            storage::remove(key);
            true
        }
        _ => false,
    }
}

fn current_route() -> Option<Route> {
    Route::from_hash(&window().location().hash().unwrap_or_default())
}

/// A value from the page address's query (`?lang=cy`), if present.
pub fn query_param(name: &str) -> Option<String> {
    let search = window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

fn browser_languages() -> Vec<String> {
    window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}
