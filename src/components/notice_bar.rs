//! The notice bar under the header: the app's own notices (a language not checked by a native speaker, saved
//! settings that were reset, a newer version ready) and the current [`Notice`], if any.

use leptos::prelude::*;

use crate::i18n::{self, Locale};
use crate::notices::Notice;

/// Shows the current notice, if any, with a dismiss button.
#[component]
pub fn NoticeBar(
    notice: RwSignal<Option<Notice>>,
    update_ready: RwSignal<bool>,
    settings_reset: bool,
) -> impl IntoView {
    let i18n = i18n::use_i18n();
    let unchecked = move || i18n.locale() != Locale::default();
    view! {
        <div class="notices" role="status">
            <Show when=unchecked>
                <p class="notice notice-info">{i18n.tr("language-unchecked")}</p>
            </Show>
            {settings_reset.then(|| view! {
                <p class="notice notice-warn">{i18n.tr("settings-reset")}</p>
            })}
            <Show when=move || update_ready.get()>
                // boot.js makes every [data-action="reload"] button reload the page.
                <p class="notice notice-info notice-update">
                    {i18n.tr("update-ready")} " "
                    <button type="button" data-action="reload">{i18n.tr("update-reload")}</button>
                </p>
            </Show>
            {move || notice.get().map(|n| match n {
                Notice::UnknownLocale(lang) => {
                    let a = i18n::args(&[("lang", lang.as_str())]);
                    view! { <p class="notice notice-warn">{i18n.t_args("shell-unknown-locale", &a)}</p> }.into_any()
                }
                Notice::LocaleLoading(l) => {
                    let a = i18n::args(&[("lang", l.info().native_name)]);
                    view! { <p class="notice notice-info">{i18n.t_args("language-loading", &a)}</p> }.into_any()
                }
                Notice::LocaleFailed(l) => {
                    let a = i18n::args(&[("lang", l.info().native_name)]);
                    view! { <p class="notice notice-warn">"⚠ " {i18n.t_args("language-load-failed", &a)}</p> }.into_any()
                }
            })}
        </div>
    }
}
