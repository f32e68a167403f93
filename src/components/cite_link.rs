//! A short source label beside a number, as a link to its full reference on the Sources page.

use leptos::prelude::*;

use crate::citations::source_href;
use crate::i18n::I18n;

/// The label `cite` (a `cite-*` message id), linking to its reference (`#/about?source=…`).
pub fn cite_link(i18n: I18n, cite: &'static str) -> impl IntoView {
    view! { <a class="source-link" href=source_href(cite)>{i18n.tr(cite)}</a> }
}

/// One or more labels, comma-separated, in brackets, as they stand after a sentence with numbers:
/// "(DanGer Shock, NEJM 2024, …)".
pub fn cited(i18n: I18n, cites: impl IntoIterator<Item = &'static str>) -> impl IntoView {
    let links = cites
        .into_iter()
        .enumerate()
        .map(|(i, cite)| view! { {(i > 0).then_some(", ")}{cite_link(i18n, cite)} })
        .collect_view();
    view! { <span class="cite">"(" {links} ")"</span> }
}
