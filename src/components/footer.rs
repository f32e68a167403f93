//! The site footer: the disclaimer and privacy promise on every page.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::route::Route;

/// Footer shown on every page.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{i18n.tr("footer-disclaimer")}</p>
            <p>{i18n.tr("footer-privacy")}</p>
            <p><a href=Route::About.href()>{i18n.tr("footer-about")}</a></p>
        </footer>
    }
}
