//! The site header: the guide's name, the language picker and the main navigation with the audience picker.
//! On a phone the navigation sits behind a menu button (the twelve links would fill the first screen); from
//! 48rem wide the menu is always open, the button is not shown, and the audience picker joins the language picker
//! in the top row (`style/app.css`).

use leptos::prelude::*;

use crate::audience::{Audience, AudienceChoice};
use crate::components::audience_picker::AudiencePicker;
use crate::components::language_picker::LanguagePicker;
use crate::components::later::Later;
use crate::i18n::use_i18n;
use crate::route::Route;

/// Header with navigation. Its top comes first; the language picker and the menu are each built a task later
/// (`Later`), so start-up builds the header in three short tasks.
#[component]
pub fn SiteHeader(route: ReadSignal<Route>) -> impl IntoView {
    let i18n = use_i18n();
    // The menu button is run by public/boot.js (it opens the panel; a followed link, a new page or Escape
    // closes it), the same code for the pre-rendered copy and the app, and no WebAssembly for it.
    view! {
        <header class="site-header">
            <div class="header-top">
                <a class="brand" href="#/">
                    <svg class="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <path d="M12 21s-7.5-4.6-9.3-9.4C1.5 8.3 3.6 4.5 7.2 4.5c2 0 3.5 1.1 4.8 2.8 1.3-1.7 2.8-2.8 4.8-2.8 3.6 0 5.7 3.8 4.5 7.1C19.5 16.4 12 21 12 21z"/>
                    </svg>
                    <span>{i18n.tr("app-name")}</span>
                </a>
                <div class="header-tools">
                    <Later><LanguagePicker /></Later>
                    <button type="button" class="menu-button" aria-controls="site-menu" aria-expanded="false">
                        <svg class="menu-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                            <path d="M3 6h18M3 12h18M3 18h18"/>
                        </svg>
                        <span>{i18n.tr("nav-menu")}</span>
                    </button>
                </div>
            </div>
            <div id="site-menu" class="site-menu">
                <Later>
                    <div class="pickers"><AudiencePicker /></div>
                    <SiteNav route=route />
                </Later>
            </div>
        </header>
    }
}

/// The main navigation; the link of the current page carries `aria-current="page"`.
#[component]
fn SiteNav(route: ReadSignal<Route>) -> impl IntoView {
    let i18n = use_i18n();
    let links = Route::NAV
        .iter()
        .map(|&r| {
            let current = move || (route.get() == r).then_some("page");
            view! { <li><a href=r.href() aria-current=current>{i18n.tr(r.title_id())}</a></li> }
        })
        .collect_view();
    // The practice room is for clinicians: shown once that audience is chosen.
    let choice = expect_context::<AudienceChoice>();
    let clinician_links = move || {
        (choice.get() == Some(Audience::Clinician)).then(|| {
            Route::CLINICIAN_NAV
                .iter()
                .map(|&r| {
                    let current = move || route.get().is_under(r).then_some("page");
                    view! { <li><a href=r.href() aria-current=current>{i18n.tr(r.title_id())}</a></li> }
                })
                .collect_view()
        })
    };
    view! {
        <nav aria-label=i18n.tr("nav-label")>
            <ul class="nav-list">{links}{clinician_links}</ul>
        </nav>
    }
}
