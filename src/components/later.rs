//! Builds part of a page one task later. A long page built in one go keeps a slow phone busy for long enough
//! that taps wait; built as a few short tasks, it stays responsive. At start-up the loading screen (or the
//! pre-rendered copy of the page) stays until every part is there (`crate::page_ready`).

use leptos::prelude::*;

use crate::page_ready;

/// `children`, built in a later task than the rest of the view around it.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(false);
    page_ready::part_scheduled();
    set_timeout(
        move || {
            page_ready::part_done();
            // The page may have been left already; then there is nothing to build.
            if shown.try_set(true).is_none() {
                request_animation_frame(page_ready::reveal_when_whole);
            }
        },
        std::time::Duration::ZERO,
    );
    move || shown.get().then(|| children())
}
