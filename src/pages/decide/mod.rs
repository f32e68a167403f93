//! The pages of "Prepare to decide" (see `crate::decide`): the start page and the four steps. They share the
//! reader's saved answers ([`Store`]), the step navigation and the notices about saving.
//!
//! This code is in a wasm module of its own (`crate::on_demand`), fetched when a reader first opens one of
//! these pages.

mod check;
mod easy;
mod meeting;
mod start;
mod summary;
mod values;

use leptos::prelude::*;

use crate::decide::record::{Record, Who};
use crate::decide::DecidePage;
use crate::i18n::{args, use_i18n, I18n};
use crate::storage;

/// The view of `page`.
pub fn render(page: DecidePage) -> AnyView {
    if page == DecidePage::EasyRead {
        return easy::EasyReadPage().into_any();
    }
    let store = Store::load();
    match page {
        DecidePage::Start => start::StartPage(start::StartPageProps { store }).into_any(),
        DecidePage::Check => check::CheckPage(check::CheckPageProps { store }).into_any(),
        DecidePage::Values => values::ValuesPage(values::ValuesPageProps { store }).into_any(),
        DecidePage::Meeting => meeting::MeetingPage(meeting::MeetingPageProps { store }).into_any(),
        DecidePage::Summary => summary::SummaryPage(summary::SummaryPageProps { store }).into_any(),
        DecidePage::EasyRead => unreachable!("the easy-read page is built above"),
    }
}

/// What loading the saved answers found.
#[derive(Debug, PartialEq, Eq)]
pub enum Loaded {
    /// A readable record (or none saved: an empty one).
    Record(Record),
    /// A saved value that could not be read; the page starts anew and keeps this aside.
    Unreadable(String),
}

/// Reads a saved value.
pub fn interpret(saved: Option<&str>) -> Loaded {
    match saved {
        None => Loaded::Record(Record::default()),
        Some(raw) => match Record::parse(raw) {
            Ok(record) => Loaded::Record(record),
            Err(_) => Loaded::Unreadable(raw.to_owned()),
        },
    }
}

/// The reader's answers as page state, saved on every change.
#[derive(Clone, Copy)]
pub struct Store {
    /// The answers.
    pub record: RwSignal<Record>,
    /// A saved value that could not be read (now kept aside under its own key), to show the reader.
    pub unreadable: RwSignal<Option<String>>,
    /// False when the browser refused to save the last change.
    pub saved_ok: RwSignal<bool>,
}

impl Store {
    /// Loads the saved answers; an unreadable value is moved aside so nothing the reader wrote is lost.
    fn load() -> Store {
        let (record, unreadable) = match interpret(storage::read(storage::keys::DECIDE).as_deref())
        {
            Loaded::Record(record) => (record, None),
            Loaded::Unreadable(raw) => (Record::default(), Some(raw)),
        };
        // The unreadable value goes aside under its own key; if the browser will not store that copy (full,
        // say), the original stays where it is and nothing new is saved over it.
        let set_aside = unreadable.as_ref().is_none_or(|raw| {
            storage::set_aside(storage::keys::DECIDE, storage::keys::DECIDE_UNREADABLE, raw)
        });
        let store = Store {
            record: RwSignal::new(record),
            unreadable: RwSignal::new(unreadable),
            saved_ok: RwSignal::new(set_aside),
        };
        if !set_aside {
            return store;
        }
        // Keep the browser's copy in step with every change (the first run writes what was just read).
        Effect::new(move |first: Option<()>| {
            let ok = store.record.with(|r| {
                if r.is_empty() {
                    storage::remove(storage::keys::DECIDE);
                    true
                } else {
                    storage::write(storage::keys::DECIDE, &r.serialize())
                }
            });
            if first.is_some() || !ok {
                store.saved_ok.set(ok);
            }
        });
        store
    }

    /// Who is deciding (reactive).
    pub fn who(self) -> Who {
        self.record.with(Record::who_or_default)
    }

    /// Forgets every answer, and a copy of unreadable ones kept aside (the question list is the "My
    /// questions" page's, and stays).
    pub fn clear(self) {
        self.record.set(Record::default());
        storage::remove(storage::keys::DECIDE);
        storage::remove(storage::keys::DECIDE_UNREADABLE);
        self.unreadable.set(None);
    }
}

/// Message `id` in the reader's form: the patient's own words or a family member's about the patient.
pub fn t_who(i18n: I18n, store: Store, id: &str) -> String {
    let who = store.who();
    i18n.t_args(id, &args(&[("who", who.as_str())]))
}

/// The top of every page: its title, the step it is (with links to the others), and the notices about
/// saving.
#[component]
pub fn StepHeader(page: DecidePage, store: Store) -> impl IntoView {
    let i18n = use_i18n();
    let steps = DecidePage::STEPS
        .iter()
        .map(|&step| {
            let current = (step == page).then_some("step");
            view! {
                <li>
                    <a href=step.href() aria-current=current>{i18n.tr(step.title_id())}</a>
                </li>
            }
        })
        .collect_view();
    let position = page.step_number().map(|n| {
        move || {
            i18n.t_args(
                "decide-step-of",
                &args(&[("n", n), ("total", DecidePage::STEPS.len())]),
            )
        }
    });
    view! {
        <nav class="decide-steps" aria-label=i18n.tr("decide-step-nav")>
            <a href=DecidePage::Start.href() aria-current=(page == DecidePage::Start).then_some("page")>
                {i18n.tr("nav-decide")}
            </a>
            <ol>{steps}</ol>
        </nav>
        {position.map(|p| view! { <p class="decide-position">{p}</p> })}
        <h1>{i18n.tr(page.title_id())}</h1>
        <SaveNotices store=store />
    }
}

/// Tells the reader when saved answers could not be read (and shows them), or when this browser does not
/// save.
#[component]
fn SaveNotices(store: Store) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        {move || store.unreadable.get().map(|raw| view! {
            <div class="notice-box" role="alert">
                <p>{i18n.t("decide-unreadable")}</p>
                <details>
                    <summary>{i18n.t("decide-unreadable-show")}</summary>
                    <pre class="raw">{raw}</pre>
                </details>
            </div>
        })}
        <Show when=move || !store.saved_ok.get()>
            <p class="notice-box" role="alert">{i18n.tr("decide-not-saved")}</p>
        </Show>
    }
}

/// The link to the next step (none after the last).
#[component]
pub fn NextStep(page: DecidePage) -> impl IntoView {
    let i18n = use_i18n();
    let next = match page {
        DecidePage::Start => Some(DecidePage::Check),
        step => step
            .step_number()
            .and_then(|n| DecidePage::STEPS.get(n).copied()),
    };
    next.map(|next| {
        let label = move || {
            let step = i18n.t(next.title_id());
            i18n.t_args("decide-next", &args(&[("step", step.as_str())]))
        };
        view! { <p class="next"><a href=next.href()>{label}</a></p> }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreadable_saves_are_kept_whole() {
        assert_eq!(
            interpret(Some("{not ours")),
            Loaded::Unreadable("{not ours".into())
        );
        assert_eq!(interpret(None), Loaded::Record(Record::default()));
        assert!(matches!(
            interpret(Some("hpg-decide 1\nwho other")),
            Loaded::Record(r) if r.who == Some(Who::Other)
        ));
    }
}
