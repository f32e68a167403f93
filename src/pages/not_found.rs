//! Shown for a link to a page that does not exist: says so plainly and offers the way back.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::route::Route;

/// The "page not found" page.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <article class="page">
            <h1>{i18n.tr("notfound-title")}</h1>
            <p>{i18n.tr("notfound-body")}</p>
            <p><a href=Route::Home.href()>{i18n.tr("notfound-home")}</a></p>
        </article>
    }
}
