//! Patient page: what cardiogenic shock is, what causes it, why it is dangerous, the SCAI stages in plain
//! words and how many people survive. Numbers and their sources: FACTS.md "Cardiogenic shock".

use leptos::prelude::*;

use crate::components::cite_link::cited;
use crate::components::page_content::{render, Block, Block::*};
use crate::i18n::{args, use_i18n, I18n};
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

/// Everything before the stages.
pub const BEFORE_STAGES: &[Block] = &[
    Title("shock-title"),
    Lead("shock-intro"),
    Heading("shock-what-title"),
    Para("shock-what-1"),
    Sourced("shock-what-2", "cite-pepe"),
    Para("shock-what-3"),
    Heading("shock-causes-title"),
    Para("shock-causes-1"),
    Sourced("shock-causes-2", "cite-berg"),
    Para("shock-causes-3"),
    // Other causes of cardiogenic shock (Berg, Bohula, Morrow 2021).
    List(&[
        "shock-cause-failure",
        "shock-cause-valve",
        "shock-cause-rhythm",
        "shock-cause-myocarditis",
        "shock-cause-clot",
        "shock-cause-poison",
        "shock-cause-surgery",
    ]),
    Heading("shock-danger-title"),
    Para("shock-danger-1"),
    Sourced("shock-danger-2", "cite-berg"),
    // Why this differs from DanGer's 59 in 100 (FACTS.md: all shock in hospital vs the sickest STEMI shock
    // over 6 months).
    Sourced("shock-danger-3", "cite-danger"),
    Heading("shock-stages-title"),
    Para("shock-stages-intro"),
    Para("shock-stages-numbers"),
];

/// Everything after the stages.
pub const AFTER_STAGES: &[Block] = &[
    Heading("shock-treat-title"),
    Para("shock-treat-1"),
    Para("shock-treat-2"),
    Para("shock-treat-3"),
    Next(Route::Pump, "shock-next"),
];

/// One stage, drawn with its letter, plain words and both framings of its numbers.
fn stage_view(i18n: I18n, s: Stage) -> impl IntoView {
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
            <p class="stage-numbers">{numbers}" "{cited(i18n, ["cite-scai"])}</p>
        </li>
    }
}

/// The "What is cardiogenic shock?" page.
#[component]
pub fn ShockPage() -> impl IntoView {
    let i18n = use_i18n();
    let stages = STAGES.iter().map(|&s| stage_view(i18n, s)).collect_view();
    view! {
        <article class="page patient shock">
            {render(i18n, BEFORE_STAGES)}
            <ol class="stages">{stages}</ol>
            {render(i18n, AFTER_STAGES)}
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists() {
        let mut all = BEFORE_STAGES.to_vec();
        all.extend_from_slice(AFTER_STAGES);
        crate::components::page_content::tests::assert_page_messages_exist(&all);
        let known = crate::i18n::message_ids(crate::i18n::Locale::default());
        assert!(STAGES.iter().all(|s| known.iter().any(|k| k == s.text_id)));
    }

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
