//! Patient page: what cardiogenic shock is, what causes it, why it is dangerous, the SCAI stages in plain
//! words and how many people survive. Numbers and their sources: FACTS.md "Cardiogenic shock".

use leptos::prelude::*;

use crate::components::rich_text::{Cite, Rich};
use crate::i18n::{args, use_i18n};
use crate::route::Route;

/// One SCAI stage: its letter, the message describing it, and short-term deaths per 100 in studies
/// (lowest and highest; SCAI 2022, review table PMC11198174).
#[derive(Clone, Copy, Debug)]
pub struct Stage {
    /// A to E.
    pub letter: &'static str,
    /// Message id of the plain-words description.
    pub text_id: &'static str,
    /// Fewest deaths per 100 reported.
    pub died_low: u32,
    /// Most deaths per 100 reported.
    pub died_high: u32,
}

impl Stage {
    /// The same range told the other way round: how many per 100 were alive (lowest, highest).
    pub fn alive(self) -> (u32, u32) {
        (100 - self.died_high, 100 - self.died_low)
    }
}

/// The five SCAI stages (SCAI 2022).
pub const STAGES: [Stage; 5] = [
    Stage {
        letter: "A",
        text_id: "shock-stage-a",
        died_low: 0,
        died_high: 4,
    },
    Stage {
        letter: "B",
        text_id: "shock-stage-b",
        died_low: 0,
        died_high: 34,
    },
    Stage {
        letter: "C",
        text_id: "shock-stage-c",
        died_low: 12,
        died_high: 54,
    },
    Stage {
        letter: "D",
        text_id: "shock-stage-d",
        died_low: 24,
        died_high: 67,
    },
    Stage {
        letter: "E",
        text_id: "shock-stage-e",
        died_low: 42,
        died_high: 77,
    },
];

/// Other causes of cardiogenic shock (Berg, Bohula, Morrow 2021), as message ids.
const OTHER_CAUSES: [&str; 7] = [
    "shock-cause-failure",
    "shock-cause-valve",
    "shock-cause-rhythm",
    "shock-cause-myocarditis",
    "shock-cause-clot",
    "shock-cause-poison",
    "shock-cause-surgery",
];

/// The "What is cardiogenic shock?" page.
#[component]
pub fn ShockPage() -> impl IntoView {
    let i18n = use_i18n();
    let causes = OTHER_CAUSES
        .iter()
        .map(|&id| view! { <li><Rich text=move || i18n.t(id) /></li> })
        .collect_view();
    let stages = STAGES
        .iter()
        .map(|&s| {
            let heading = move || i18n.t_args("shock-stage-letter", &args(&[("letter", s.letter)]));
            let numbers = move || {
                let (alive_low, alive_high) = s.alive();
                i18n.t_args(
                    "shock-stage-numbers",
                    &args(&[
                        ("low", s.died_low),
                        ("high", s.died_high),
                        ("alivelow", alive_low),
                        ("alivehigh", alive_high),
                    ]),
                )
            };
            view! {
                <li class="stage">
                    <h3><span class="stage-letter" aria-hidden="true">{s.letter}</span>{heading}</h3>
                    <p>{move || i18n.t(s.text_id)}</p>
                    <p class="stage-numbers">{numbers}<Cite text=i18n.tr("cite-scai") /></p>
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="page patient shock">
            <h1>{i18n.tr("shock-title")}</h1>
            <p class="lead"><Rich text=i18n.tr("shock-intro") /></p>

            <h2>{i18n.tr("shock-what-title")}</h2>
            <p>{i18n.tr("shock-what-1")}</p>
            <p><Rich text=i18n.tr("shock-what-2") /></p>
            <p>{i18n.tr("shock-what-3")}</p>

            <h2>{i18n.tr("shock-causes-title")}</h2>
            <p><Rich text=i18n.tr("shock-causes-1") /></p>
            <p>{i18n.tr("shock-causes-2")}<Cite text=i18n.tr("cite-berg") /></p>
            <p>{i18n.tr("shock-causes-3")}</p>
            <ul>{causes}</ul>

            <h2>{i18n.tr("shock-danger-title")}</h2>
            <p>{i18n.tr("shock-danger-1")}</p>
            <p class="key-number">{i18n.tr("shock-danger-2")}<Cite text=i18n.tr("cite-berg") /></p>

            <h2>{i18n.tr("shock-stages-title")}</h2>
            <p><Rich text=i18n.tr("shock-stages-intro") /></p>
            <p>{i18n.tr("shock-stages-numbers")}</p>
            <ol class="stages">{stages}</ol>

            <h2>{i18n.tr("shock-treat-title")}</h2>
            <p>{i18n.tr("shock-treat-1")}</p>
            <p><Rich text=i18n.tr("shock-treat-2") /></p>
            <p><Rich text=i18n.tr("shock-treat-3") /></p>
            <p class="next"><a href=Route::Pump.href()>{i18n.tr("shock-next")}</a></p>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_run_a_to_e_with_both_framings_adding_up() {
        let letters: String = STAGES.iter().map(|s| s.letter).collect();
        assert_eq!(letters, "ABCDE");
        for s in STAGES {
            assert!(s.died_low <= s.died_high && s.died_high <= 100);
            let (alive_low, alive_high) = s.alive();
            assert_eq!(alive_low + s.died_high, 100);
            assert_eq!(alive_high + s.died_low, 100);
        }
    }
}
