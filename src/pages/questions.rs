//! Patient page: "My questions". The reader ticks suggested questions (NICE's, BRAN, and questions about
//! this pump), adds their own and writes notes; it is saved only in this browser, can be printed (only the
//! chosen questions and the notes print), copied as text, or deleted.
//!
//! A saved list that cannot be read never breaks the page: the raw value is kept aside under its own key,
//! the reader starts with a new list and is told, and can see the old copy.

use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::cite_link::cite_link;
use crate::i18n::{args, use_i18n, I18n};
use crate::question_list::QuestionList;
use crate::storage;

/// NICE's suggested questions (information for the public, HTG775), in our own words.
pub const NICE_QUESTIONS: &[&str] = &[
    "questions-nice-1",
    "questions-nice-2",
    "questions-nice-3",
    "questions-nice-4",
    "questions-nice-5",
    "questions-nice-6",
    "questions-nice-7",
];
/// BRAN: Benefits, Risks, Alternatives, Nothing (Choosing Wisely UK).
pub const BRAN_QUESTIONS: &[&str] = &[
    "questions-bran-b",
    "questions-bran-r",
    "questions-bran-a",
    "questions-bran-n",
];
/// Questions about this pump in particular.
pub const DEVICE_QUESTIONS: &[&str] = &[
    "questions-device-1",
    "questions-device-2",
    "questions-device-3",
    "questions-device-4",
    "questions-device-5",
    "questions-device-6",
    "questions-device-7",
];

/// Whether `id` is one of the suggested questions (a saved list may hold ids from another version).
pub fn is_suggested(id: &str) -> bool {
    [NICE_QUESTIONS, BRAN_QUESTIONS, DEVICE_QUESTIONS]
        .iter()
        .any(|group| group.contains(&id))
}

/// What loading the saved list found.
pub enum Loaded {
    /// A readable list (or none saved: an empty list).
    List(QuestionList),
    /// A saved value that could not be read, now kept aside; the page starts a new list.
    Unreadable(String),
}

/// Reads a saved value: a readable list keeps only questions this version knows.
pub fn interpret(saved: Option<&str>) -> Loaded {
    match saved {
        None => Loaded::List(QuestionList::default()),
        Some(raw) => match QuestionList::parse(raw) {
            Ok(mut list) => {
                list.ticked.retain(|id| is_suggested(id));
                Loaded::List(list)
            }
            Err(_) => Loaded::Unreadable(raw.to_owned()),
        },
    }
}

/// The saved list as it is, without moving anything (other pages read it; only this page sets an unreadable
/// one aside and tells the reader): `None` when it cannot be read.
pub fn peek() -> Option<QuestionList> {
    match interpret(storage::read(storage::keys::QUESTIONS).as_deref()) {
        Loaded::List(list) => Some(list),
        Loaded::Unreadable(_) => None,
    }
}

/// Loads the list from storage; an unreadable value is moved aside so nothing the reader wrote is lost.
fn load() -> (QuestionList, Option<String>) {
    match interpret(storage::read(storage::keys::QUESTIONS).as_deref()) {
        Loaded::List(list) => (list, None),
        Loaded::Unreadable(raw) => {
            storage::set_aside(
                storage::keys::QUESTIONS,
                storage::keys::QUESTIONS_UNREADABLE,
                &raw,
            );
            (QuestionList::default(), Some(raw))
        }
    }
}

/// Saves the list (an empty list is removed); returns whether storage accepted it.
pub fn save(list: &QuestionList) -> bool {
    if list.is_empty() {
        storage::remove(storage::keys::QUESTIONS);
        true
    } else {
        storage::write(storage::keys::QUESTIONS, &list.serialize())
    }
}

/// The chosen questions' words, in the order chosen: ticked suggestions, then own chosen questions.
pub fn chosen_questions(i18n: I18n, list: &QuestionList) -> Vec<String> {
    list.ticked
        .iter()
        .map(|id| i18n.t(id))
        .chain(list.own.iter().filter(|q| q.chosen).map(|q| q.text.clone()))
        .collect()
}

/// Puts `text` on the clipboard; `done(true)` when it worked, `done(false)` when the browser refused or
/// has no clipboard access (e.g. not a secure context).
pub fn copy_to_clipboard(text: &str, done: impl Fn(bool) + 'static) {
    let done = Rc::new(done);
    let clipboard = js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null());
    let promise = clipboard.and_then(|c| {
        let write = js_sys::Reflect::get(&c, &JsValue::from_str("writeText"))
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        write
            .call1(&c, &JsValue::from_str(text))
            .ok()?
            .dyn_into::<js_sys::Promise>()
            .ok()
    });
    let Some(promise) = promise else {
        done(false);
        return;
    };
    let ok_done = Rc::clone(&done);
    let ok = Closure::once(move |_: JsValue| ok_done(true));
    let err = Closure::once(move |_: JsValue| done(false));
    let _ = promise.then2(&ok, &err);
    // The closures must outlive the promise; copying is rare, so they are simply kept.
    ok.forget();
    err.forget();
}

fn question_group(
    i18n: I18n,
    list: RwSignal<QuestionList>,
    title: &'static str,
    help: Option<&'static str>,
    ids: &'static [&'static str],
    cite: Option<&'static str>,
) -> impl IntoView {
    let items = ids
        .iter()
        .map(|&id| {
            let checked = move || list.with(|l| l.is_ticked(id));
            let toggle = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                list.update(|l| l.set_ticked(id, on));
            };
            view! {
                <li>
                    <label class="check">
                        <input type="checkbox" prop:checked=checked on:change=toggle />
                        <span>{move || i18n.t(id)}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="question-group">
            <legend>{move || i18n.t(title)}</legend>
            {help.map(|h| view! { <p class="help">{move || i18n.t(h)}</p> })}
            <ul class="checks">{items}</ul>
            {cite.map(|c| view! { <p class="source">{i18n.tr("cite-label")}": "{cite_link(i18n, c)}</p> })}
        </fieldset>
    }
}

/// The "My questions" page.
#[component]
pub fn QuestionsPage() -> impl IntoView {
    let i18n = use_i18n();
    let (initial, unreadable) = load();
    let list = RwSignal::new(initial);
    let unreadable = RwSignal::new(unreadable);
    let saved_ok = RwSignal::new(true);
    let deleted = RwSignal::new(false);
    let copy_state = RwSignal::new(None::<bool>);
    let draft = RwSignal::new(String::new());

    // Keep the browser's copy in step with every change.
    Effect::new(move |_| {
        let ok = list.with(save);
        saved_ok.set(ok);
    });

    let add_own = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked();
        let mut added = false;
        list.update(|l| added = l.add_own(&text));
        if added {
            draft.set(String::new());
            deleted.set(false);
        }
    };
    let own_items = move || {
        list.with(|l| l.own.clone())
            .into_iter()
            .enumerate()
            .map(|(i, q)| {
                let text = q.text.clone();
                let remove_label = move || {
                    i18n.t_args(
                        "questions-own-remove-label",
                        &args(&[("text", text.as_str())]),
                    )
                };
                let toggle = move |ev: leptos::ev::Event| {
                    let on = event_target_checked(&ev);
                    list.update(|l| {
                        if let Some(q) = l.own.get_mut(i) {
                            q.chosen = on;
                        }
                    });
                };
                let remove = move |_| {
                    list.update(|l| {
                        if i < l.own.len() {
                            l.own.remove(i);
                        }
                    })
                };
                view! {
                    <li class="own">
                        <label class="check">
                            <input type="checkbox" prop:checked=q.chosen on:change=toggle />
                            <span>{q.text.clone()}</span>
                        </label>
                        <button type="button" class="secondary small" aria-label=remove_label on:click=remove>
                            {i18n.tr("questions-own-remove")}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let chosen_count = move || {
        let n = list.with(|l| chosen_questions(i18n, l).len());
        i18n.t_args("questions-chosen", &args(&[("count", n)]))
    };
    let as_text = move || {
        let title = i18n.t("questions-print-title");
        let notes = i18n.t("questions-print-notes");
        crate::i18n::strip_isolation(&list.with(|l| l.as_text(&title, &notes, |id| i18n.t(id))))
    };
    let copy = move |_| {
        copy_state.set(None);
        copy_to_clipboard(&as_text(), move |ok| copy_state.set(Some(ok)));
    };
    let print = move |_| {
        let _ = window().print();
    };
    let delete = move |_| {
        list.set(QuestionList::default());
        storage::remove(storage::keys::QUESTIONS);
        copy_state.set(None);
        deleted.set(true);
    };
    let print_items = move || {
        let items = list.with(|l| chosen_questions(i18n, l));
        if items.is_empty() {
            view! { <p>{i18n.t("questions-print-empty")}</p> }.into_any()
        } else {
            view! { <ol>{items.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}</ol> }
                .into_any()
        }
    };
    let print_notes = move || {
        let notes = list.with(|l| l.notes.trim().to_owned());
        (!notes.is_empty()).then(|| {
            view! {
                <h2>{i18n.t("questions-print-notes")}</h2>
                <p class="print-notes">{notes}</p>
            }
        })
    };

    view! {
        <article class="page patient questions">
            <div class="screen-only">
                <h1>{i18n.tr("questions-title")}</h1>
                <p class="lead">{i18n.tr("questions-intro")}</p>
                <p>{i18n.tr("questions-privacy")}</p>

                {move || unreadable.get().map(|raw| view! {
                    <div class="notice-box" role="alert">
                        <p>{i18n.t("questions-unreadable")}</p>
                        <details>
                            <summary>{i18n.t("questions-unreadable-show")}</summary>
                            <pre class="raw">{raw}</pre>
                        </details>
                    </div>
                })}
                <Show when=move || !saved_ok.get()>
                    <p class="notice-box" role="alert">{i18n.tr("questions-not-saved")}</p>
                </Show>

                {question_group(i18n, list, "questions-nice-title", None, NICE_QUESTIONS, Some("cite-nice-public"))}
                {question_group(i18n, list, "questions-bran-title", Some("questions-bran-help"), BRAN_QUESTIONS, Some("cite-bran"))}
                {question_group(i18n, list, "questions-device-title", None, DEVICE_QUESTIONS, None)}

                <section aria-labelledby="own-title">
                    <h2 id="own-title">{i18n.tr("questions-own-title")}</h2>
                    <ul class="checks">{own_items}</ul>
                    <form class="add-own" on:submit=add_own>
                        <label for="own-question">{i18n.tr("questions-own-label")}</label>
                        <input id="own-question" type="text" maxlength="500"
                            prop:value=move || draft.get()
                            on:input=move |ev| draft.set(event_target_value(&ev)) />
                        <button type="submit" class="secondary">{i18n.tr("questions-own-add")}</button>
                    </form>
                </section>

                <section aria-labelledby="notes-title">
                    <h2 id="notes-title">{i18n.tr("questions-notes-title")}</h2>
                    <label for="notes">{i18n.tr("questions-notes-label")}</label>
                    <textarea id="notes" rows="6"
                        prop:value=move || list.with(|l| l.notes.clone())
                        on:input=move |ev| list.update(|l| l.set_notes(&event_target_value(&ev)))></textarea>
                </section>

                <section class="card" aria-labelledby="actions-title">
                    <h2 id="actions-title">{i18n.tr("questions-actions-title")}</h2>
                    <p aria-live="polite" class="chosen-count">{chosen_count}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=print>{i18n.tr("questions-print")}</button>
                        <button type="button" class="secondary" on:click=copy>{i18n.tr("questions-copy")}</button>
                        <button type="button" class="danger" on:click=delete>{i18n.tr("questions-delete")}</button>
                    </div>
                    <div role="status" class="copy-status">
                        {move || match copy_state.get() {
                            Some(true) => Some(view! { <p>{i18n.t("questions-copied")}</p> }.into_any()),
                            Some(false) => Some(view! {
                                <p>{i18n.t("questions-copy-failed")}</p>
                            }.into_any()),
                            None => None,
                        }}
                        {move || deleted.get().then(|| view! { <p>{i18n.t("questions-deleted")}</p> })}
                    </div>
                    <Show when=move || copy_state.get() == Some(false)>
                        <label for="copy-box">{i18n.tr("questions-copy-box")}</label>
                        <textarea id="copy-box" rows="8" readonly prop:value=as_text></textarea>
                    </Show>
                </section>
            </div>

            <section class="print-only">
                <h1>{i18n.tr("questions-print-title")}</h1>
                {print_items}
                {print_notes}
            </section>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{message_ids, Locale};

    #[test]
    fn every_suggested_question_exists() {
        let known = message_ids(Locale::default());
        for id in NICE_QUESTIONS
            .iter()
            .chain(BRAN_QUESTIONS)
            .chain(DEVICE_QUESTIONS)
        {
            assert!(known.iter().any(|k| k == id), "{id}");
        }
        assert_eq!(NICE_QUESTIONS.len(), 7, "NICE suggests seven questions");
    }

    #[test]
    fn unreadable_saves_are_kept_whole_and_unknown_questions_dropped() {
        assert!(matches!(
            interpret(Some("{not our format")),
            Loaded::Unreadable(raw) if raw == "{not our format"
        ));
        match interpret(Some(
            "hpg-questions 1\ntick questions-nice-1\ntick questions-gone-9",
        )) {
            Loaded::List(l) => assert_eq!(l.ticked, vec!["questions-nice-1".to_owned()]),
            Loaded::Unreadable(_) => panic!("a readable list was rejected"),
        }
        assert!(matches!(interpret(None), Loaded::List(l) if l.is_empty()));
    }
}
