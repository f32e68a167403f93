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
    /// Patient guide: the reader's own questions for the care team.
    Questions,
    /// Patient guide: medical words in plain words.
    Glossary,
    /// About this guide and its sources.
    About,
    /// A hash that names no page.
    NotFound,
}

impl Route {
    /// The pages shown in the main navigation, in order.
    pub const NAV: &'static [Route] = &[
        Route::Home,
        Route::Shock,
        Route::Pump,
        Route::Insertion,
        Route::Risks,
        Route::Questions,
        Route::Glossary,
        Route::About,
    ];

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
            "questions" => Route::Questions,
            "glossary" => Route::Glossary,
            "about" => Route::About,
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
            Route::Questions => "#/questions",
            Route::Glossary => "#/glossary",
            Route::About => "#/about",
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
            Route::Questions => "nav-questions",
            Route::Glossary => "nav-glossary",
            Route::About => "nav-about",
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
            Route::from_hash("#/glossary?term=aorta"),
            Some(Route::Glossary)
        );
    }

    #[test]
    fn every_nav_route_round_trips_through_its_href() {
        for &route in Route::NAV {
            assert_eq!(Route::from_hash(route.href()), Some(route));
        }
    }
}
