//! A step-by-step walkthrough: one step per screen, Back and Next buttons, and "Step 3 of 8" progress.
//!
//! When the step changes, keyboard and screen-reader focus moves to the new step's heading, so the reader
//! hears where they are and continues reading from the top of the step.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{args, use_i18n};

/// Where a reader is in a walkthrough of `total` steps (0-based inside, 1-based when shown).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Steps {
    current: usize,
    total: usize,
}

impl Steps {
    /// A walkthrough of `total` steps (at least one), starting at the first.
    pub fn new(total: usize) -> Self {
        Steps {
            current: 0,
            total: total.max(1),
        }
    }

    /// The current step, 0-based.
    pub fn index(self) -> usize {
        self.current
    }

    /// The step number a reader sees, 1-based.
    pub fn number(self) -> usize {
        self.current + 1
    }

    /// How many steps there are.
    pub fn total(self) -> usize {
        self.total
    }

    /// On the first step (no Back).
    pub fn is_first(self) -> bool {
        self.current == 0
    }

    /// On the last step (no Next).
    pub fn is_last(self) -> bool {
        self.current + 1 == self.total
    }

    /// The next step; stays on the last.
    pub fn next(self) -> Self {
        Steps {
            current: (self.current + 1).min(self.total - 1),
            ..self
        }
    }

    /// The previous step; stays on the first.
    pub fn back(self) -> Self {
        Steps {
            current: self.current.saturating_sub(1),
            ..self
        }
    }

    /// Back to the first step.
    pub fn restart(self) -> Self {
        Steps::new(self.total)
    }
}

/// Shows one step at a time. `render` draws step `i` (0-based) and must start with an `<h2>`, which
/// receives focus when the reader moves between steps.
#[component]
pub fn StepWalkthrough<F, V>(
    /// How many steps there are.
    total: usize,
    /// Draws one step.
    render: F,
) -> impl IntoView
where
    F: Fn(usize) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    let steps = RwSignal::new(Steps::new(total));
    let body = NodeRef::<leptos::html::Div>::new();
    let go = move |next: Steps| {
        steps.set(next);
        // Wait for the new step to be drawn, then put focus on its heading.
        request_animation_frame(move || {
            let heading = body
                .get_untracked()
                .and_then(|b| b.query_selector("h2").ok().flatten())
                .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(h) = heading {
                let _ = h.focus();
            }
        });
    };
    let progress = move || {
        let s = steps.get();
        i18n.t_args(
            "walk-progress",
            &args(&[("step", s.number()), ("total", s.total())]),
        )
    };
    let dots = move || {
        let s = steps.get();
        (0..s.total())
            .map(|i| {
                let class = if i == s.index() {
                    "dot current"
                } else if i < s.index() {
                    "dot done"
                } else {
                    "dot"
                };
                view! { <span class=class></span> }
            })
            .collect_view()
    };
    view! {
        <div class="walk">
            <p class="walk-progress">{progress}</p>
            <div class="walk-dots" aria-hidden="true">{dots}</div>
            <div class="walk-step" node_ref=body>{move || render(steps.get().index())}</div>
            <div class="walk-buttons">
                <Show when=move || !steps.get().is_first()>
                    <button type="button" class="secondary" on:click=move |_| go(steps.get_untracked().back())>
                        {i18n.tr("walk-back")}
                    </button>
                </Show>
                <Show
                    when=move || !steps.get().is_last()
                    fallback=move || view! {
                        <button type="button" class="secondary" on:click=move |_| go(steps.get_untracked().restart())>
                            {i18n.tr("walk-restart")}
                        </button>
                    }
                >
                    <button type="button" class="primary" on:click=move |_| go(steps.get_untracked().next())>
                        {i18n.tr("walk-next")}
                    </button>
                </Show>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_between_steps_and_stops_at_the_ends() {
        let s = Steps::new(8);
        assert!(s.is_first() && !s.is_last());
        assert_eq!(s.back(), s);
        let mut s = s;
        for _ in 0..10 {
            s = s.next();
        }
        assert_eq!(s.number(), 8);
        assert!(s.is_last());
        assert_eq!(s.back().number(), 7);
        assert_eq!(s.restart().number(), 1);
    }

    #[test]
    fn a_walkthrough_has_at_least_one_step() {
        let s = Steps::new(0);
        assert_eq!(s.total(), 1);
        assert!(s.is_first() && s.is_last());
    }
}
