//! The language picker: a native `<select>` (keyboard and screen-reader friendly everywhere), each option
//! named in its own language. A language other than English is downloaded the first time it is chosen.

use leptos::prelude::*;

use crate::i18n::{use_i18n, Locale};
use crate::notices::{Notice, Notices};

/// Lets the reader switch the UI language; the choice is saved by the app root.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let notices = use_context::<Notices>().map(|n| n.0);
    let select = NodeRef::<leptos::html::Select>::new();
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
    let tell = move |n: Option<Notice>| {
        if let Some(notices) = notices {
            notices.set(n);
        }
    };
    let choose = move |l: Locale| {
        if crate::locale_load::is_ready(l) {
            tell(None);
            i18n.set_locale(l);
            return;
        }
        tell(Some(Notice::LocaleLoading(l)));
        leptos::task::spawn_local(async move {
            match crate::locale_load::load(l).await {
                Ok(()) => {
                    tell(None);
                    i18n.set_locale(l);
                }
                Err(e) => {
                    leptos::logging::warn!("language not loaded: {}", e.0);
                    tell(Some(Notice::LocaleFailed(l)));
                    // Show the language that is really in use again.
                    if let Some(el) = select.get_untracked() {
                        el.set_value(i18n.locale_untracked().info().tag);
                    }
                }
            }
        });
    };
    view! {
        <label class="picker language-picker">
            <span>{i18n.tr("language-label")}</span>
            <select
                node_ref=select
                prop:value=move || i18n.locale().info().tag
                on:change=move |ev| {
                    if let Some(l) = Locale::from_tag(&event_target_value(&ev)) {
                        choose(l);
                    }
                }
            >
                {options}
            </select>
        </label>
    }
}
