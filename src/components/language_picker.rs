//! The language picker: a native `<select>` (keyboard and screen-reader friendly everywhere), each option
//! named in its own language.

use leptos::prelude::*;

use crate::i18n::{use_i18n, Locale};

/// Lets the reader switch the UI language; the choice is saved by the app root.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let options = Locale::all()
        .map(|l| {
            let info = l.info();
            view! {
                <option value=info.tag lang=info.tag selected=move || i18n.locale() == l>
                    {info.native_name}
                </option>
            }
        })
        .collect_view();
    view! {
        <label class="picker">
            <span>{i18n.tr("language-label")}</span>
            <select
                prop:value=move || i18n.locale().info().tag
                on:change=move |ev| {
                    if let Some(l) = Locale::from_tag(&event_target_value(&ev)) {
                        i18n.set_locale(l);
                    }
                }
            >
                {options}
            </select>
        </label>
    }
}
