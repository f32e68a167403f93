//! Step 4: one page to take to the team. It gathers what the reader chose and wrote in the other steps, and
//! the questions from "My questions", on a sheet that prints on one A4 page and copies as text. Nothing
//! leaves the device unless the reader shares it.

use leptos::prelude::*;

use super::values::{scale_label, STATEMENTS};
use super::{t_who, StepHeader, Store};
use crate::decide::check::to_ask;
use crate::decide::record::{Field, Record};
use crate::decide::DecidePage;
use crate::i18n::{args, strip_isolation, use_i18n, I18n};
use crate::pages::questions;
use crate::question_list::QuestionList;

/// One part of the sheet: a heading and its lines (a list when `numbered`).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Part {
    title: String,
    lines: Vec<String>,
    numbered: bool,
}

/// The sheet's parts, in order; parts with nothing in them are left out.
fn sheet(i18n: I18n, store: Store, record: &Record, list: &QuestionList) -> Vec<Part> {
    let who = |id: &str| t_who(i18n, store, id);
    let mut parts = Vec::new();
    let mut push = |title: String, lines: Vec<String>, numbered: bool| {
        let lines: Vec<String> = lines
            .into_iter()
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty())
            .collect();
        if !lines.is_empty() {
            parts.push(Part {
                title,
                lines,
                numbered,
            });
        }
    };
    let mut matters: Vec<String> = record
        .scale
        .map(|p| format!("{} {}", who("values-scale-title"), i18n.t(scale_label(p))))
        .into_iter()
        .collect();
    matters.extend(STATEMENTS.iter().filter_map(|&id| {
        record
            .agreement(id)
            .map(|reply| format!("{} — {}", who(id), i18n.t(reply.label_id())))
    }));
    push(i18n.t("summary-matters"), matters, false);
    push(
        i18n.t("summary-own-words"),
        vec![record.text(Field::OwnWords).to_owned()],
        false,
    );
    push(
        i18n.t("summary-person"),
        vec![record.text(Field::Person).to_owned()],
        false,
    );
    push(
        i18n.t("summary-worries"),
        vec![record.text(Field::Worries).to_owned()],
        false,
    );
    push(
        i18n.t("summary-questions"),
        questions::chosen_questions(i18n, list),
        true,
    );
    push(
        i18n.t("summary-unsure"),
        to_ask(record)
            .into_iter()
            .map(|q| who(&q.ask_id()))
            .collect(),
        false,
    );
    push(
        i18n.t("summary-notes"),
        vec![record.text(Field::Notes).to_owned()],
        false,
    );
    parts
}

/// The sheet as plain text, for a message or an email.
fn as_text(head: &[String], parts: &[Part], foot: &[String]) -> String {
    let mut out = String::new();
    for line in head {
        out.push_str(line);
        out.push('\n');
    }
    for part in parts {
        out.push('\n');
        out.push_str(&part.title);
        out.push('\n');
        for (i, line) in part.lines.iter().enumerate() {
            if part.numbered {
                out.push_str(&format!("{}. {line}\n", i + 1));
            } else {
                out.push_str(&format!("- {line}\n"));
            }
        }
    }
    out.push('\n');
    for line in foot {
        out.push_str(line);
        out.push('\n');
    }
    strip_isolation(&out)
}

/// Step 4.
#[component]
pub fn SummaryPage(store: Store) -> impl IntoView {
    let i18n = use_i18n();
    let copy_state = RwSignal::new(None::<bool>);
    let deleted = RwSignal::new(false);
    // The question list is "My questions"' and cannot change while this page is open: read once, not on
    // every keystroke. (An unreadable list is left for that page to set aside and report.)
    let list = StoredValue::new(questions::peek().unwrap_or_default());
    let parts = move || list.with_value(|list| store.record.with(|r| sheet(i18n, store, r, list)));
    let head = move || {
        let mut head = vec![
            i18n.t("summary-print-title"),
            t_who(i18n, store, "summary-made-by"),
        ];
        let name = store.record.with(|r| r.text(Field::Name).trim().to_owned());
        if !name.is_empty() {
            head.push(i18n.t_args("summary-name", &args(&[("name", name.as_str())])));
        }
        head
    };
    let foot = move || vec![i18n.t("summary-not-decided"), i18n.t("summary-from")];
    let text = move || as_text(&head(), &parts(), &foot());
    let copy = move |_| {
        copy_state.set(None);
        questions::copy_to_clipboard(&text(), move |ok| copy_state.set(Some(ok)));
    };
    let print = move |_| {
        let _ = window().print();
    };
    // Deleting asks first: it cannot be undone.
    let confirming = RwSignal::new(false);
    let delete_ref = NodeRef::<leptos::html::Button>::new();
    let keep_ref = NodeRef::<leptos::html::Button>::new();
    let ask = move |_| {
        deleted.set(false);
        confirming.set(true);
        request_animation_frame(move || {
            if let Some(b) = keep_ref.get_untracked() {
                let _ = b.focus();
            }
        });
    };
    let delete = move |_| {
        store.clear();
        copy_state.set(None);
        confirming.set(false);
        deleted.set(true);
        if let Some(b) = delete_ref.get_untracked() {
            let _ = b.focus();
        }
    };
    let keep = move |_| {
        confirming.set(false);
        if let Some(b) = delete_ref.get_untracked() {
            let _ = b.focus();
        }
    };
    let sheet_view = move || {
        let parts = parts();
        let head = head();
        let body = if parts.is_empty() {
            view! { <p>{i18n.t("summary-nothing")}</p> }.into_any()
        } else {
            parts
                .into_iter()
                .map(|part| {
                    let items = part
                        .lines
                        .into_iter()
                        .map(|l| view! { <li>{l}</li> })
                        .collect_view();
                    let list = if part.numbered {
                        view! { <ol>{items}</ol> }.into_any()
                    } else {
                        view! { <ul>{items}</ul> }.into_any()
                    };
                    view! { <h3>{part.title}</h3>{list} }
                })
                .collect_view()
                .into_any()
        };
        view! {
            <h2>{head[0].clone()}</h2>
            {head[1..].iter().map(|l| view! { <p>{l.clone()}</p> }).collect_view()}
            {body}
            {foot().into_iter().map(|l| view! { <p class="sheet-foot">{l}</p> }).collect_view()}
        }
    };
    view! {
        <article class="page patient decide decide-summary">
            <div class="screen-only">
                <StepHeader page=DecidePage::Summary store=store />
                <p class="lead">{i18n.tr("summary-intro")}</p>
                <label for="summary-name">{i18n.tr("summary-name-label")}</label>
                <input id="summary-name" type="text" autocomplete="off" maxlength=Field::Name.max_chars()
                    prop:value=move || store.record.with(|r| r.text(Field::Name).to_owned())
                    on:input=move |ev| store.record.update(|r| r.set_text(Field::Name, &event_target_value(&ev))) />
            </div>
            <section class="sheet" aria-label=i18n.tr("summary-print-title")>{sheet_view}</section>
            <section class="card screen-only">
                <div class="actions">
                    <button type="button" class="primary" on:click=print>{i18n.tr("summary-print")}</button>
                    <button type="button" class="secondary" on:click=copy>{i18n.tr("summary-copy")}</button>
                    <button type="button" class="danger" node_ref=delete_ref on:click=ask>{i18n.tr("summary-delete")}</button>
                </div>
                <Show when=move || confirming.get()>
                    <div class="notice-box confirm" role="group" aria-labelledby="summary-delete-confirm">
                        <p id="summary-delete-confirm">{i18n.tr("summary-delete-confirm")}</p>
                        <div class="actions">
                            <button type="button" class="danger" on:click=delete>{i18n.tr("summary-delete-yes")}</button>
                            <button type="button" class="secondary" node_ref=keep_ref on:click=keep>{i18n.tr("summary-delete-no")}</button>
                        </div>
                    </div>
                </Show>
                <div role="status" class="copy-status">
                    {move || copy_state.get().map(|ok| view! {
                        <p>{i18n.t(if ok { "summary-copied" } else { "summary-copy-failed" })}</p>
                    })}
                    {move || deleted.get().then(|| view! { <p>{i18n.t("summary-deleted")}</p> })}
                </div>
                <Show when=move || copy_state.get() == Some(false)>
                    <label for="summary-copy-box">{i18n.tr("summary-copy-box")}</label>
                    <textarea id="summary-copy-box" rows="10" readonly prop:value=text></textarea>
                </Show>
                <p>{i18n.tr("decide-privacy")}</p>
            </section>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_copy_has_the_heading_each_part_and_the_footer() {
        let parts = vec![
            Part {
                title: "Questions".into(),
                lines: vec!["Why?".into(), "How long?".into()],
                numbered: true,
            },
            Part {
                title: "What matters".into(),
                lines: vec!["Being awake: Agree".into()],
                numbered: false,
            },
        ];
        let text = as_text(
            &["For the team".into()],
            &parts,
            &["Not a decision.".into()],
        );
        assert_eq!(
            text,
            "For the team\n\nQuestions\n1. Why?\n2. How long?\n\nWhat matters\n- Being awake: Agree\n\nNot a decision.\n"
        );
    }
}
