//! Patient page: how the pump is put in, one step per screen with a drawing each (FACTS.md "The procedure";
//! the armpit route from NICE HTG774).

use leptos::prelude::*;

use crate::components::cite_link::cited;
use crate::components::insertion_picture::{InsertionPicture, STEPS};
use crate::components::rich_text::Rich;
use crate::components::step_walkthrough::StepWalkthrough;
use crate::i18n::use_i18n;
use crate::route::Route;

/// Message ids of one step: title, main text, second paragraph (often what the person feels), drawing text.
pub struct StepText {
    /// Heading.
    pub title: &'static str,
    /// What happens.
    pub body: &'static str,
    /// More detail, often what the person feels.
    pub feel: &'static str,
    /// What the drawing shows.
    pub alt: &'static str,
    /// The source label of what the second paragraph says, where it needs one.
    pub cite: Option<&'static str>,
}

/// The steps in order (one drawing each, see `insertion_picture`).
pub const STEP_TEXT: [StepText; STEPS] = [
    StepText {
        title: "insertion-1-title",
        body: "insertion-1-body",
        feel: "insertion-1-feel",
        alt: "insertion-1-alt",
        cite: None,
    },
    StepText {
        title: "insertion-2-title",
        body: "insertion-2-body",
        feel: "insertion-2-feel",
        alt: "insertion-2-alt",
        cite: None,
    },
    StepText {
        title: "insertion-3-title",
        body: "insertion-3-body",
        feel: "insertion-3-feel",
        alt: "insertion-3-alt",
        cite: None,
    },
    StepText {
        title: "insertion-4-title",
        body: "insertion-4-body",
        feel: "insertion-4-feel",
        alt: "insertion-4-alt",
        cite: None,
    },
    StepText {
        title: "insertion-5-title",
        body: "insertion-5-body",
        feel: "insertion-5-feel",
        alt: "insertion-5-alt",
        cite: None,
    },
    StepText {
        title: "insertion-6-title",
        body: "insertion-6-body",
        feel: "insertion-6-feel",
        alt: "insertion-6-alt",
        cite: None,
    },
    StepText {
        title: "insertion-7-title",
        body: "insertion-7-body",
        feel: "insertion-7-feel",
        alt: "insertion-7-alt",
        cite: None,
    },
    StepText {
        title: "insertion-8-title",
        body: "insertion-8-body",
        feel: "insertion-8-feel",
        alt: "insertion-8-alt",
        // "NICE gives separate advice on this route": HTG774.
        cite: Some("cite-nice-armpit"),
    },
];

/// The "How the pump is put in" page.
#[component]
pub fn InsertionPage() -> impl IntoView {
    let i18n = use_i18n();
    let render = move |i: usize| {
        let s = &STEP_TEXT[i];
        let (title, body, feel, alt, cite) = (s.title, s.body, s.feel, s.alt, s.cite);
        view! {
            <h2 tabindex="-1">{move || i18n.t(title)}</h2>
            <InsertionPicture step=i label=move || i18n.t(alt) />
            <p><Rich text=move || i18n.t(body) /></p>
            <p>
                <Rich text=move || i18n.t(feel) />
                {cite.map(|c| view! { " "{cited(i18n, [c])} })}
            </p>
        }
    };
    view! {
        <article class="page patient insertion">
            <h1>{i18n.tr("insertion-title")}</h1>
            <p class="lead">{i18n.tr("insertion-intro")}</p>
            <StepWalkthrough total=STEPS render=render />
            <p class="next"><a href=Route::Risks.href()>{i18n.tr("insertion-next")}</a></p>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{message_ids, Locale};

    #[test]
    fn every_step_message_exists() {
        let known = message_ids(Locale::default());
        for s in &STEP_TEXT {
            for id in [s.title, s.body, s.feel, s.alt] {
                assert!(known.iter().any(|k| k == id), "{id}");
            }
        }
    }
}
