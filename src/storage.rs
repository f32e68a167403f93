//! Small, failure-tolerant access to `localStorage` for the few plain settings the app keeps.
//!
//! Storage can be missing (private browsing, disabled by policy, or a native test run). Every read then gives
//! `None` and every write reports failure, so the app still works, it just forgets on reload.

use gloo_storage::{LocalStorage, Storage};

/// Keys the app stores, all under one prefix so the Sources page can list exactly what is kept.
pub mod keys {
    /// What every key starts with (public/boot.js learns it at build time; see `crate::boot_rules`).
    pub const PREFIX: &str = "hpg.";
    /// The UI language tag, e.g. `cy`.
    pub const LOCALE: &str = "hpg.locale";
    /// `patient` or `clinician`.
    pub const AUDIENCE: &str = "hpg.audience";
    /// The trainee's practice-room scores (see `hemosim::training::Progress`).
    pub const PROGRESS: &str = "hpg.progress";
    /// A saved practice record that could not be read, kept aside so it is not lost.
    pub const PROGRESS_UNREADABLE: &str = "hpg.progress.unreadable";
    /// Every scenario attempt with its measures (see `hemosim::training::Record`).
    pub const RECORD: &str = "hpg.record";
    /// A saved record of attempts that could not be read, kept aside so it is not lost.
    pub const RECORD_UNREADABLE: &str = "hpg.record.unreadable";
    /// The reader's question list and notes (see `question_list`).
    pub const QUESTIONS: &str = "hpg.questions";
    /// A saved question list that could not be read, kept aside so nothing the reader wrote is lost.
    pub const QUESTIONS_UNREADABLE: &str = "hpg.questions.unreadable";
    /// The reader's answers in "Prepare to decide" (see `crate::decide::record`).
    pub const DECIDE: &str = "hpg.decide";
    /// Saved "Prepare to decide" answers that could not be read, kept aside so nothing is lost.
    pub const DECIDE_UNREADABLE: &str = "hpg.decide.unreadable";
}

/// Reads a plain string value; `None` when absent or when storage is unavailable.
pub fn read(key: &str) -> Option<String> {
    if !storage_available() {
        return None;
    }
    LocalStorage::raw().get_item(key).ok().flatten()
}

/// Writes a plain string value; returns whether it was stored.
pub fn write(key: &str, value: &str) -> bool {
    storage_available() && LocalStorage::raw().set_item(key, value).is_ok()
}

/// Removes a value (ignoring failure: nothing to forget if storage is unavailable).
pub fn remove(key: &str) {
    if storage_available() {
        let _ = LocalStorage::raw().remove_item(key);
    }
}

/// Moves an unreadable saved value aside: writes `raw` under `aside` and, only once that copy is stored,
/// removes `key`. Returns whether it was set aside; if the browser will not store the copy (full, say), the
/// original stays where it was, so nothing the reader wrote is lost. A copy set aside earlier is kept: the new
/// one is added after it, on a line of its own.
pub fn set_aside(key: &str, aside: &str, raw: &str) -> bool {
    let copy = match read(aside) {
        Some(earlier) if !earlier.is_empty() => format!("{earlier}\n{raw}"),
        _ => raw.to_owned(),
    };
    write(aside, &copy) && {
        remove(key);
        true
    }
}

/// `gloo_storage::LocalStorage::raw` panics without a window (native tests) or when access throws.
fn storage_available() -> bool {
    cfg!(target_arch = "wasm32")
        && web_sys::window().is_some_and(|w| w.local_storage().ok().flatten().is_some())
}
