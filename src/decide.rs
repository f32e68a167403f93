//! "Prepare to decide" (issue 17): four steps that help a patient, or a family member deciding with the team,
//! get ready for the conversation: check what they understood, say what matters, prepare for the meeting,
//! and one page to take to the team. It never recommends a choice (FACTS.md, "Shared decision making": a
//! web aid for ICU families that recommended a choice was ignored in more than half of cases).
//!
//! This module has what the page frame needs (the pages' addresses and titles) and, in its sub-modules, what
//! the pages keep and ask ([`record`], [`check`]); the pages themselves are `crate::pages::decide`, in a
//! wasm module of their own fetched when a reader first opens one (`crate::on_demand`).

pub mod check;
pub mod record;

/// The pages of "Prepare to decide".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecidePage {
    /// Who is deciding, and the four steps.
    Start,
    /// Step 1: check what you understood.
    Check,
    /// Step 2: what matters most.
    Values,
    /// Step 3: prepare for the meeting.
    Meeting,
    /// Step 4: one page for the team.
    Summary,
    /// The whole decision in easy read (not a step; linked from the home page and the start page).
    EasyRead,
}

impl DecidePage {
    /// The four steps, in order.
    pub const STEPS: [DecidePage; 4] = [
        DecidePage::Check,
        DecidePage::Values,
        DecidePage::Meeting,
        DecidePage::Summary,
    ];

    /// Parses what follows `decide` in a route (`""`, `/check`, …).
    pub fn from_path(rest: &str) -> Option<Self> {
        Some(match rest.trim_start_matches('/') {
            "" => DecidePage::Start,
            "check" => DecidePage::Check,
            "values" => DecidePage::Values,
            "meeting" => DecidePage::Meeting,
            "summary" => DecidePage::Summary,
            "easy-read" => DecidePage::EasyRead,
            _ => return None,
        })
    }

    /// The link target.
    pub fn href(self) -> &'static str {
        match self {
            DecidePage::Start => "#/decide",
            DecidePage::Check => "#/decide/check",
            DecidePage::Values => "#/decide/values",
            DecidePage::Meeting => "#/decide/meeting",
            DecidePage::Summary => "#/decide/summary",
            DecidePage::EasyRead => "#/decide/easy-read",
        }
    }

    /// The message id of its title (in shell.ftl: the frame needs it before the page's own text is here).
    pub fn title_id(self) -> &'static str {
        match self {
            DecidePage::Start => "nav-decide",
            DecidePage::Check => "decide-step-check",
            DecidePage::Values => "decide-step-values",
            DecidePage::Meeting => "decide-step-meeting",
            DecidePage::Summary => "decide-step-summary",
            DecidePage::EasyRead => "easy-read-title",
        }
    }

    /// Its number among the steps (1–4), `None` for the start page.
    pub fn step_number(self) -> Option<usize> {
        Self::STEPS.iter().position(|&p| p == self).map(|i| i + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_round_trips_through_its_address() {
        for page in [DecidePage::Start, DecidePage::EasyRead]
            .into_iter()
            .chain(DecidePage::STEPS)
        {
            let path = page.href().strip_prefix("#/decide").unwrap();
            assert_eq!(DecidePage::from_path(path), Some(page));
        }
        assert_eq!(DecidePage::from_path("/nope"), None);
        assert_eq!(DecidePage::Summary.step_number(), Some(4));
        assert_eq!(DecidePage::Start.step_number(), None);
    }
}
