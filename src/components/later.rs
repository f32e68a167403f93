//! Builds part of a page one task later. A long page built in one go keeps a slow phone busy for long enough
//! that taps wait; built as a few short tasks, it stays responsive. At start-up the loading screen (or the
//! pre-rendered copy of the page) stays until every part is there (`crate::app::reveal_when_whole`).

use std::cell::Cell;

use leptos::prelude::*;

thread_local! {
    /// Parts scheduled but not yet built.
    static PENDING: Cell<u32> = const { Cell::new(0) };
}

/// Whether some part of the page is still waiting to be built.
pub fn pending() -> bool {
    PENDING.with(Cell::get) > 0
}

/// `children`, built in a later task than the rest of the view around it.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(false);
    PENDING.with(|p| p.set(p.get() + 1));
    set_timeout(
        move || {
            PENDING.with(|p| p.set(p.get().saturating_sub(1)));
            // The page may have been left already; then there is nothing to build.
            if shown.try_set(true).is_none() {
                request_animation_frame(crate::app::reveal_when_whole);
            }
        },
        std::time::Duration::ZERO,
    );
    move || shown.get().then(|| children())
}
