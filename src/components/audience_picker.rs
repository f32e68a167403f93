//! The audience picker in the header, so the reader can change who they are reading as from any page.

use leptos::prelude::*;

use crate::audience::{Audience, AudienceChoice};
use crate::i18n::use_i18n;

/// A native `<select>` bound to the saved audience choice.
#[component]
pub fn AudiencePicker() -> impl IntoView {
    let i18n = use_i18n();
    let choice = expect_context::<AudienceChoice>();
    let options = Audience::ALL
        .into_iter()
        .map(|a| {
            view! {
                <option value=a.as_str() selected=move || choice.get() == Some(a)>
                    {i18n.tr(a.short_id())}
                </option>
            }
        })
        .collect_view();
    view! {
        <label class="picker">
            <span>{i18n.tr("audience-label")}</span>
            <select
                prop:value=move || choice.get().map(Audience::as_str).unwrap_or("")
                on:change=move |ev| {
                    if let Some(a) = Audience::parse(&event_target_value(&ev)) {
                        choice.choose(a);
                    }
                }
            >
                <Show when=move || choice.get().is_none()>
                    <option value="" selected=true disabled=true>{i18n.tr("audience-none")}</option>
                </Show>
                {options}
            </select>
        </label>
    }
}
