//! The site footer: the disclaimer, the privacy promise and the content's review dates on every page.

use leptos::prelude::*;

use crate::citations::{CONTENT_CHECKED, NEXT_REVIEW};
use crate::i18n::{args, use_i18n};
use crate::route::Route;

/// Footer shown on every page.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    let reviewed = move || {
        i18n.t_args(
            "footer-reviewed",
            &args(&[("checked", CONTENT_CHECKED), ("next", NEXT_REVIEW)]),
        )
    };
    view! {
        <footer class="site-footer">
            <p>{i18n.tr("footer-disclaimer")}</p>
            <p>{i18n.tr("footer-privacy")}</p>
            <p>{reviewed}</p>
            <p><a href=Route::About.href()>{i18n.tr("footer-about")}</a></p>
        </footer>
    }
}
