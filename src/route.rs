//! Hash-based routing (`#/about`), so the static site works from any sub-path and on any plain file server:
//! the part after `#` never reaches the server, so a refresh can never 404.

/// Every page of the app. A page exists here only once it has real content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// Start page: audience choice, overview and disclaimer.
    Home,
    /// About this guide and its sources.
    About,
    /// "How the pump works": the live simulation.
    Demo,
    /// A hash that names no page.
    NotFound,
}

impl Route {
    /// The pages shown in the main navigation, in order.
    pub const NAV: &'static [Route] = &[Route::Home, Route::Demo, Route::About];

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
            "about" => Route::About,
            "how-it-works" => Route::Demo,
            _ => Route::NotFound,
        })
    }

    /// The link target for this page.
    pub fn href(self) -> &'static str {
        match self {
            Route::Home | Route::NotFound => "#/",
            Route::About => "#/about",
            Route::Demo => "#/how-it-works",
        }
    }

    /// The message id of the page's navigation label and document title.
    pub fn title_id(self) -> &'static str {
        match self {
            Route::Home => "nav-home",
            Route::About => "nav-about",
            Route::Demo => "nav-demo",
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
    }

    #[test]
    fn every_nav_route_round_trips_through_its_href() {
        for &route in Route::NAV {
            assert_eq!(Route::from_hash(route.href()), Some(route));
        }
    }
}
