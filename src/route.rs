//! Hash-based routing (`#/about`), so the static site works from any sub-path and on any plain file server:
//! the part after `#` never reaches the server, so a refresh can never 404.

/// Every page of the app. A page exists here only once it has real content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// Start page: audience choice, overview and disclaimer.
    Home,
    /// Patient guide: what cardiogenic shock is.
    Shock,
    /// Patient guide: what the pump is and does.
    Pump,
    /// Patient guide: how the pump is put in, step by step.
    Insertion,
    /// Patient guide: benefits and risks in numbers out of 100.
    Risks,
    /// Patient guide: other options, and what happens without the pump.
    Options,
    /// Patient guide: life on the pump and after.
    After,
    /// Patient guide: for families and representatives.
    Family,
    /// Patient guide: the reader's own questions for the care team.
    Questions,
    /// Patient guide: medical words in plain words.
    Glossary,
    /// Patient guide: "Prepare to decide" and its four steps.
    Decide(crate::decide::DecidePage),
    /// Practice room for clinicians in training (console, set-up, positioning, alarm scenarios).
    Practice(crate::practice::PracticePage),
    /// About this guide and its sources.
    About,
    /// "How the pump works": the live simulation.
    Demo,
    /// What the simulation cannot show: the model's limits (linked from the demo and the practice room).
    Limits,
    /// A hash that names no page.
    NotFound,
}

/// The value of `key` in a hash's query (`#/glossary?term=aorta` → `term` → `aorta`), for pages that go to the
/// entry a link asked for.
pub fn query_value<'a>(hash: &'a str, key: &str) -> Option<&'a str> {
    hash.split_once('?')?
        .1
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

impl Route {
    /// The pages shown in the main navigation, in order.
    pub const NAV: &'static [Route] = &[
        Route::Home,
        Route::Shock,
        Route::Pump,
        Route::Demo,
        Route::Insertion,
        Route::Risks,
        Route::Options,
        Route::After,
        Route::Family,
        Route::Questions,
        Route::Decide(crate::decide::DecidePage::Start),
        Route::Glossary,
        Route::About,
    ];

    /// Extra navigation shown to the clinician audience, after the shared pages.
    pub const CLINICIAN_NAV: &'static [Route] =
        &[Route::Practice(crate::practice::PracticePage::Hub)];

    /// The patient guide's pages (home, the nine pages for patients and families, and "Prepare to decide"):
    /// they have the "Listen to this page" control.
    pub fn is_patient_page(self) -> bool {
        matches!(
            self,
            Route::Home
                | Route::Shock
                | Route::Pump
                | Route::Insertion
                | Route::Risks
                | Route::Options
                | Route::After
                | Route::Family
                | Route::Questions
                | Route::Glossary
                | Route::Decide(_)
        )
    }

    /// True when `self` is (or lies under) the navigation entry `nav`, for `aria-current`.
    pub fn is_under(self, nav: Route) -> bool {
        self == nav
            || matches!(
                (self, nav),
                (Route::Practice(_), Route::Practice(_)) | (Route::Decide(_), Route::Decide(_))
            )
    }

    /// Parses a `location.hash` value. Hashes that do not start with `#/` (e.g. `#main`, an in-page anchor)
    /// are not routes and give `None`, so the current page stays.
    pub fn from_hash(hash: &str) -> Option<Route> {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        if path.is_empty() {
            return Some(Route::Home);
        }
        let path = path.strip_prefix('/')?;
        let path = path
            .split(['?', '#'])
            .next()
            .unwrap_or("")
            .trim_end_matches('/');
        Some(match path {
            "" => Route::Home,
            "shock" => Route::Shock,
            "pump" => Route::Pump,
            "insertion" => Route::Insertion,
            "benefits-risks" => Route::Risks,
            "options" => Route::Options,
            "after" => Route::After,
            "family" => Route::Family,
            "questions" => Route::Questions,
            "glossary" => Route::Glossary,
            "about" => Route::About,
            p if p == "decide" || p.starts_with("decide/") => {
                crate::decide::DecidePage::from_path(&p["decide".len()..])
                    .map_or(Route::NotFound, Route::Decide)
            }
            p if p == "practice" || p.starts_with("practice/") => {
                crate::practice::PracticePage::from_path(&p["practice".len()..])
                    .map_or(Route::NotFound, Route::Practice)
            }
            "how-it-works" => Route::Demo,
            "model-limits" => Route::Limits,
            _ => Route::NotFound,
        })
    }

    /// The link target for this page.
    pub fn href(self) -> &'static str {
        match self {
            Route::Home | Route::NotFound => "#/",
            Route::Shock => "#/shock",
            Route::Pump => "#/pump",
            Route::Insertion => "#/insertion",
            Route::Risks => "#/benefits-risks",
            Route::Options => "#/options",
            Route::After => "#/after",
            Route::Family => "#/family",
            Route::Questions => "#/questions",
            Route::Glossary => "#/glossary",
            Route::About => "#/about",
            Route::Decide(page) => page.href(),
            Route::Practice(page) => page.href(),
            Route::Demo => "#/how-it-works",
            Route::Limits => "#/model-limits",
        }
    }

    /// The message id of the page's navigation label and document title.
    pub fn title_id(self) -> &'static str {
        match self {
            Route::Home => "nav-home",
            Route::Shock => "nav-shock",
            Route::Pump => "nav-pump",
            Route::Insertion => "nav-insertion",
            Route::Risks => "nav-risks",
            Route::Options => "nav-options",
            Route::After => "nav-after",
            Route::Family => "nav-family",
            Route::Questions => "nav-questions",
            Route::Glossary => "nav-glossary",
            Route::About => "nav-about",
            Route::Decide(page) => page.title_id(),
            Route::Practice(page) => page.title_id(),
            Route::Demo => "nav-demo",
            Route::Limits => "limits-title",
            Route::NotFound => "notfound-title",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_routes_and_ignores_in_page_anchors() {
        assert_eq!(Route::from_hash(""), Some(Route::Home));
        assert_eq!(Route::from_hash("#"), Some(Route::Home));
        assert_eq!(Route::from_hash("#/"), Some(Route::Home));
        assert_eq!(Route::from_hash("#/about"), Some(Route::About));
        assert_eq!(Route::from_hash("#/about/"), Some(Route::About));
        assert_eq!(Route::from_hash("#/about?x=1"), Some(Route::About));
        assert_eq!(Route::from_hash("#/nope"), Some(Route::NotFound));
        assert_eq!(Route::from_hash("#main"), None);
        assert_eq!(
            Route::from_hash("#/model-limits?limit=no-bleeding"),
            Some(Route::Limits)
        );
        assert_eq!(
            Route::from_hash("#/glossary?term=aorta"),
            Some(Route::Glossary)
        );
    }

    #[test]
    fn reads_a_value_from_the_query() {
        assert_eq!(
            query_value("#/glossary?x=1&term=aorta", "term"),
            Some("aorta")
        );
        assert_eq!(query_value("#/glossary?term=aorta", "source"), None);
        assert_eq!(query_value("#/glossary", "term"), None);
    }

    #[test]
    fn every_nav_route_round_trips_through_its_href() {
        for &route in Route::NAV {
            assert_eq!(Route::from_hash(route.href()), Some(route));
        }
    }

    #[test]
    fn practice_routes_parse_and_round_trip() {
        use crate::practice::PracticePage;
        assert_eq!(
            Route::from_hash("#/practice"),
            Some(Route::Practice(PracticePage::Hub))
        );
        assert_eq!(
            Route::from_hash("#/practice/scenario/weaning?seed=3"),
            Some(Route::Practice(PracticePage::Scenario(
                hemosim::training::ScenarioKind::Weaning
            )))
        );
        assert_eq!(Route::from_hash("#/practice/nope"), Some(Route::NotFound));
        assert_eq!(
            Route::from_hash("#/decide/summary"),
            Some(Route::Decide(crate::decide::DecidePage::Summary))
        );
        assert_eq!(Route::from_hash("#/decidex"), Some(Route::NotFound));
        assert_eq!(Route::from_hash("#/practicex"), Some(Route::NotFound));
        for &route in Route::CLINICIAN_NAV {
            assert_eq!(Route::from_hash(route.href()), Some(route));
        }
        assert!(Route::Practice(PracticePage::Setup).is_under(Route::CLINICIAN_NAV[0]));
    }
}
