//! The performance record (issue 18): every scenario attempt with its measures — solved, the opening question
//! answered right, the trainee's own time to the first correct step on the console, wrong steps, calls for
//! help — a table of progress from the first attempt to the latest for each scenario, and a one-page print
//! with dates that says plainly it is a practice record, not a certification.
//!
//! The record lives on this device only (`hpg.record`); an unreadable one is set aside, never lost.

use hemosim::training::{iso_date, Attempt, Record, ScenarioKind};
use leptos::prelude::*;

use crate::focus::focus_when_drawn;
use crate::i18n::{args, use_i18n, I18n};
use crate::pages::practice::TrainingNotice;
use crate::practice::{scenario_title_id, PracticePage};
use crate::storage::{self, keys};
use fluent_bundle::FluentValue;

/// The record as shared page state.
#[derive(Clone, Copy)]
pub struct RecordStore {
    /// Every attempt, oldest first.
    pub record: RwSignal<Record>,
    /// True while an unreadable record is kept aside under its own key.
    pub was_corrupt: RwSignal<bool>,
    /// False when an unreadable record could not be set aside: it stays where it is, nothing overwrites it,
    /// and new attempts are not saved.
    pub writable: RwSignal<bool>,
}

/// What reading the stored record found.
struct Stored {
    /// The record (empty if there was none or it could not be read).
    record: Record,
    /// An unreadable record was found.
    corrupt: bool,
    /// False when an unreadable record could not be set aside: it is still under its key.
    writable: bool,
}

/// Reads the stored record; an unreadable one is moved aside so nothing is lost (and stays where it is if
/// the copy cannot be stored).
fn read_stored() -> Stored {
    match storage::read(keys::RECORD) {
        None => Stored {
            record: Record::default(),
            corrupt: false,
            writable: true,
        },
        Some(text) => match Record::parse(&text) {
            Ok(record) => Stored {
                record,
                corrupt: false,
                writable: true,
            },
            Err(_) => Stored {
                record: Record::default(),
                corrupt: true,
                writable: storage::set_aside(keys::RECORD, keys::RECORD_UNREADABLE, &text),
            },
        },
    }
}

impl RecordStore {
    /// Loads the stored record; an unreadable one is moved aside so nothing is lost, and flagged.
    pub fn load() -> Self {
        let stored = read_stored();
        // Said on every visit while a copy is kept aside, not only on the visit that found it.
        let kept_aside = stored.corrupt || storage::read(keys::RECORD_UNREADABLE).is_some();
        Self {
            record: RwSignal::new(stored.record),
            was_corrupt: RwSignal::new(kept_aside),
            writable: RwSignal::new(stored.writable),
        }
    }

    /// Adds an attempt and saves it; returns whether it was saved. The stored record is read again first, so
    /// an attempt saved from another tab is kept and a record deleted elsewhere is not brought back; one
    /// damaged since the page opened is set aside as on loading, and if it cannot be, nothing overwrites it.
    pub fn push(self, attempt: Attempt) -> bool {
        let stored = if self.writable.get_untracked() {
            read_stored()
        } else {
            Stored {
                record: self.record.get_untracked(),
                corrupt: false,
                writable: false,
            }
        };
        if stored.corrupt {
            self.was_corrupt.set(true);
        }
        if !stored.writable {
            self.writable.set(false);
            self.record.update(|r| r.push(attempt));
            return false;
        }
        let mut record = stored.record;
        record.push(attempt);
        let saved = storage::write(keys::RECORD, &record.serialise());
        self.record.set(record);
        saved
    }

    /// Deletes the record (and any unreadable copy kept aside).
    pub fn clear(self) {
        self.record.set(Record::default());
        storage::remove(keys::RECORD);
        storage::remove(keys::RECORD_UNREADABLE);
        self.was_corrupt.set(false);
        self.writable.set(true);
    }
}

/// Today on the reader's own calendar (their time zone), as days since 1970-01-01.
pub fn today() -> u32 {
    let now = js_sys::Date::new_0();
    // getTimezoneOffset is minutes to add to local time to get UTC.
    let local_ms = now.get_time() - now.get_timezone_offset() * 60_000.0;
    (local_ms / 86_400_000.0).floor().max(0.0) as u32
}

/// The trainee's time to the first correct step, in words.
fn time_text(i18n: I18n, seconds: Option<u32>) -> String {
    seconds.map_or_else(
        || i18n.t("pr-record-no-time"),
        |s| i18n.t_args("pr-record-time", &args(&[("seconds", s)])),
    )
}

/// The answer to the opening question, in words.
fn answer_text(i18n: I18n, right: Option<bool>) -> String {
    i18n.t(match right {
        Some(true) => "pr-record-answer-right",
        Some(false) => "pr-record-answer-wrong",
        None => "pr-record-answer-none",
    })
}

/// One attempt in a sentence, for the progress table.
fn attempt_cell(i18n: I18n, a: &Attempt) -> String {
    let values = args::<FluentValue>(&[
        ("date", iso_date(a.day).into()),
        ("score", a.score.into()),
        ("time", time_text(i18n, a.first_step_s).into()),
        ("wrong", a.wrong.into()),
    ]);
    i18n.t_args("pr-record-attempt-cell", &values)
}

/// The progress table: one row per scenario tried, the first attempt beside the latest.
fn progress_rows(i18n: I18n, record: &Record) -> impl IntoView {
    ScenarioKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let s = record.summary(kind.slug())?;
            let scores = s
                .recent_scores
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(" → ");
            let (right, answered) = s.answers;
            Some(view! {
                <tr>
                    <th scope="row">{i18n.t(scenario_title_id(kind))}</th>
                    <td>{format!("{} ({})", s.attempts, s.resolved)}</td>
                    <td>{attempt_cell(i18n, s.first)}</td>
                    <td>{attempt_cell(i18n, s.latest)}</td>
                    <td>{if answered == 0 {
                        i18n.t("pr-record-answer-none")
                    } else {
                        i18n.t_args("pr-record-answers", &args(&[("right", right), ("answered", answered)]))
                    }}</td>
                    // Numbers in order, read left to right in every language (also in Urdu).
                    <td class="pr-scores" dir="ltr">{scores}</td>
                </tr>
            })
        })
        .collect_view()
}

/// Every attempt, newest first.
fn attempt_rows(i18n: I18n, record: &Record) -> impl IntoView {
    record
        .attempts
        .iter()
        .rev()
        .map(|a| {
            let title = ScenarioKind::from_slug(&a.slug)
                .map_or_else(|| a.slug.clone(), |k| i18n.t(scenario_title_id(k)));
            view! {
                <tr>
                    <td>{iso_date(a.day)}</td>
                    <th scope="row">{title}</th>
                    <td>{i18n.t(if a.resolved { "sc-yes" } else { "sc-no" })}</td>
                    <td>{answer_text(i18n, a.answer_right)}</td>
                    <td>{time_text(i18n, a.first_step_s)}</td>
                    <td>{a.wrong}</td>
                    <td>{a.escalations}</td>
                    <td>{a.score}</td>
                </tr>
            }
        })
        .collect_view()
}

/// The record page.
#[component]
pub fn RecordPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = RecordStore::load();
    let confirming = RwSignal::new(false);
    let deleted = RwSignal::new(false);
    let empty = move || store.record.with(|r| r.attempts.is_empty());
    let span = move || {
        store.record.with(|r| {
            r.span().map(|(first, last)| {
                let values = args::<FluentValue>(&[
                    ("first", iso_date(first).into()),
                    ("last", iso_date(last).into()),
                    ("count", r.attempts.len().into()),
                ]);
                i18n.t_args("pr-record-span", &values)
            })
        })
    };
    let print = move |_| {
        let _ = window().print();
    };
    let delete = move |_| {
        store.clear();
        confirming.set(false);
        deleted.set(true);
        focus_when_drawn("#pr-record-status");
    };
    let ask = move |_| {
        confirming.set(true);
        focus_when_drawn("#pr-record-keep");
    };
    let keep = move |_| {
        confirming.set(false);
        focus_when_drawn("#pr-record-delete");
    };
    view! {
        <article class="page practice record">
            <p class="breadcrumb"><a href=PracticePage::Hub.href()>{i18n.tr("nav-practice")}</a></p>
            <h1>{i18n.tr("pr-record-title")}</h1>
            <p class="record-not-cert"><strong>{i18n.tr("pr-record-not-cert")}</strong></p>
            <TrainingNotice />
            <Show when=move || store.was_corrupt.get() || !store.writable.get()>
                <p class="notice notice-warn" role="status">
                    {move || i18n.t(if store.writable.get() { "pr-record-corrupt" } else { "pr-record-stuck" })}
                </p>
            </Show>
            <p class="record-intro">{i18n.tr("pr-record-intro")}</p>
            <p class="hint">{i18n.tr("pr-record-time-note")}</p>
            <p id="pr-record-status" role="status" tabindex="-1">{move || deleted.get().then(|| i18n.t("pr-record-deleted"))}</p>
            <Show when=move || !empty() fallback=move || view! { <p class="record-empty">{i18n.tr("pr-record-empty")}</p> }>
                <div class="print-only record-sign">
                    <p>{i18n.tr("pr-record-name")}</p>
                    <p>{i18n.tr("pr-record-checked")}</p>
                </div>
                <p class="record-span">{span}</p>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="pr-record-progress">
                    <table class="data-table record-progress">
                        <caption id="pr-record-progress">{i18n.tr("pr-record-summary-caption")}</caption>
                        <thead><tr>
                            <th scope="col">{i18n.tr("pr-record-col-scenario")}</th>
                            <th scope="col">{i18n.tr("pr-record-col-attempts")}</th>
                            <th scope="col">{i18n.tr("pr-record-col-first")}</th>
                            <th scope="col">{i18n.tr("pr-record-col-latest")}</th>
                            <th scope="col">{i18n.tr("pr-record-col-answers")}</th>
                            <th scope="col">{i18n.tr("pr-record-col-scores")}</th>
                        </tr></thead>
                        <tbody>{move || store.record.with(|r| progress_rows(i18n, r))}</tbody>
                    </table>
                </div>
                <div class="pr-buttons">
                    <button type="button" class="pr-button" on:click=print>{i18n.tr("pr-record-print")}</button>
                </div>
                <p class="hint screen-only">{i18n.tr("pr-record-print-note")}</p>
                <div class="table-scroll screen-only" tabindex="0" role="region" aria-labelledby="pr-record-all">
                    <table class="data-table record-all">
                        <caption id="pr-record-all">{i18n.tr("pr-record-all-caption")}</caption>
                        <thead><tr>
                            <th scope="col">{i18n.tr("pr-record-col-date")}</th>
                            <th scope="col">{i18n.tr("pr-record-col-scenario")}</th>
                            <th scope="col">{i18n.tr("pr-record-col-solved")}</th>
                            <th scope="col">{i18n.tr("pr-record-col-answer")}</th>
                            <th scope="col">{i18n.tr("pr-record-col-time")}</th>
                            <th scope="col">{i18n.tr("pr-record-col-wrong")}</th>
                            <th scope="col">{i18n.tr("pr-record-col-help")}</th>
                            <th scope="col">{i18n.tr("pr-record-col-score")}</th>
                        </tr></thead>
                        <tbody>{move || store.record.with(|r| attempt_rows(i18n, r))}</tbody>
                    </table>
                </div>
                <div class="pr-buttons screen-only">
                    <Show when=move || !confirming.get() fallback=move || view! {
                        <p role="alert">{i18n.tr("pr-record-delete-confirm")}</p>
                        <button type="button" class="danger" on:click=delete>{i18n.tr("pr-record-delete-yes")}</button>
                        <button type="button" id="pr-record-keep" class="pr-button" on:click=keep>{i18n.tr("pr-record-delete-no")}</button>
                    }>
                        <button type="button" id="pr-record-delete" class="danger" on:click=ask>{i18n.tr("pr-record-delete")}</button>
                    </Show>
                </div>
            </Show>
        </article>
    }
}
