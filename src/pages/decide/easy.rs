//! The whole decision in easy read (issue 17, part 6), as the UK easy-read convention does it: large text,
//! one idea per line, a picture beside each idea. Whom the study was in and when come first; the numbers are
//! the benefits-and-risks page's own (deaths in both framings, serious device problems, dialysis; with the
//! source label and a link to them as pictures of 100 people), passed as arguments like the check's. Saying no
//! (usual care) and care focused on comfort each have their line, and who decides. The readability gate holds
//! this page to Flesch Reading Ease 85 or more.

use fluent_bundle::FluentValue;
use leptos::prelude::*;

use crate::components::cite_link::cited;
use crate::decide::check::outcome_counts;
use crate::decide::DecidePage;
use crate::i18n::{use_i18n, I18n};
use crate::route::Route;

/// A picture beside an idea: simple line drawings, 64 × 64, in the text colour.
#[derive(Clone, Copy)]
enum Picture {
    Heart,
    Warning,
    Pump,
    Clock,
    People,
    Drop,
    Question,
    Bed,
    Speech,
    Family,
    Together,
    Kidney,
}

impl Picture {
    /// The drawing's SVG path data.
    fn path(self) -> &'static str {
        match self {
            Picture::Heart => "M32 56C8 40 4 24 14 14c8-8 16-4 18 2 2-6 10-10 18-2 10 10 6 26-18 42z",
            Picture::Warning => "M32 6 60 56H4zM32 24v16m0 7v3",
            Picture::Pump => "M32 50C14 36 10 24 18 16c6-6 12-3 14 2 2-5 8-8 14-2 8 8 4 20-14 34M32 34l-8 26M28 30l8 4-4 6-8-4z",
            Picture::Clock => "M32 6a26 26 0 1 1 0 52 26 26 0 0 1 0-52zM32 16v16l11 8",
            Picture::People => "M20 14a6 6 0 1 1 0 12 6 6 0 0 1 0-12zM10 52V36c0-4 4-7 10-7s10 3 10 7v16M44 14a6 6 0 1 1 0 12 6 6 0 0 1 0-12zM34 52V36c0-4 4-7 10-7s10 3 10 7v16",
            Picture::Drop => "M32 6S12 32 12 42a20 20 0 0 0 40 0C52 32 32 6 32 6z",
            Picture::Question => "M32 6a26 26 0 1 1 0 52 26 26 0 0 1 0-52zM24 25a8 8 0 1 1 12 7c-3 2-4 4-4 7m0 6v3",
            Picture::Bed => "M6 20v34M58 40v14M6 40h52M6 46h52M12 40v-8h14v8M30 40V30h24c2 0 4 2 4 4v6",
            Picture::Speech => "M8 10h48v32H28L16 54V42H8zM20 22h24M20 30h16",
            Picture::Family => "M18 12a6 6 0 1 1 0 12 6 6 0 0 1 0-12zM8 52V34c0-4 4-7 10-7s10 3 10 7v18M46 22a5 5 0 1 1 0 10 5 5 0 0 1 0-10zM38 52V41c0-3 3-6 8-6s8 3 8 6v11M28 40h10",
            Picture::Kidney => "M26 8c-12 0-18 12-18 24s6 24 18 24c8 0 10-8 6-14-3-4-3-16 0-20 4-6 2-14-6-14zM36 32h8c4 0 6 4 6 8v16",
            Picture::Together => "M14 14a5 5 0 1 1 0 10 5 5 0 0 1 0-10zM32 10a5 5 0 1 1 0 10 5 5 0 0 1 0-10zM50 14a5 5 0 1 1 0 10 5 5 0 0 1 0-10zM4 46h56M8 46V34c0-3 3-5 6-5s6 2 6 5M26 46V30c0-3 3-5 6-5s6 2 6 5v16M44 46V34c0-3 3-5 6-5s6 2 6 5",
        }
    }

    fn view(self) -> impl IntoView {
        view! {
            <svg class="easy-picture" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
                <path d=self.path() />
            </svg>
        }
    }
}

/// The ideas, in order: (message id, picture, source label of its numbers).
const IDEAS: [(&str, Picture, Option<&str>); 15] = [
    ("easy-heart", Picture::Heart, None),
    ("easy-shock", Picture::Warning, None),
    ("easy-pump", Picture::Pump, None),
    ("easy-rest", Picture::Clock, None),
    ("easy-study", Picture::Question, None),
    ("easy-alive", Picture::People, Some("cite-danger")),
    ("easy-problems", Picture::Drop, Some("cite-danger")),
    ("easy-dialysis", Picture::Kidney, Some("cite-danger")),
    ("easy-unsure", Picture::Question, None),
    ("easy-no", Picture::Bed, None),
    ("easy-comfort", Picture::Heart, None),
    ("easy-ask", Picture::Speech, None),
    ("easy-family", Picture::Family, None),
    ("easy-together", Picture::Together, None),
    ("easy-pictures", Picture::People, None),
];

/// The Fluent arguments of the ideas with numbers, per 100, with and without the pump (DanGer Shock, 6
/// months): deaths and people alive (both framings), serious device problems, dialysis.
pub fn arguments() -> Vec<(&'static str, u32)> {
    let (died_with, died_without) = outcome_counts("death");
    let (harm_with, harm_without) = outcome_counts("harm");
    let (dialysis_with, dialysis_without) = outcome_counts("dialysis");
    vec![
        ("died-with", died_with),
        ("alive-with", 100 - died_with),
        ("died-without", died_without),
        ("alive-without", 100 - died_without),
        ("harm-with", harm_with),
        ("harm-without", harm_without),
        ("dialysis-with", dialysis_with),
        ("dialysis-without", dialysis_without),
    ]
}

fn text(i18n: I18n, id: &str) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    for (name, value) in arguments() {
        args.set(name, FluentValue::from(value));
    }
    i18n.t_args(id, &args)
}

/// The easy-read page.
#[component]
pub fn EasyReadPage() -> impl IntoView {
    let i18n = use_i18n();
    let ideas = IDEAS
        .iter()
        .map(|&(id, picture, cite)| {
            let words = if id == "easy-pictures" {
                view! { <a href=Route::Risks.href()>{i18n.tr(id)}</a> }.into_any()
            } else {
                view! { {move || text(i18n, id)} }.into_any()
            };
            view! {
                <li class="easy-idea">
                    {picture.view()}
                    <p>
                        {words}
                        {cite.map(|c| view! { " " {cited(i18n, [c])} })}
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="page patient decide easy-read">
            <h1>{i18n.tr("easy-read-title")}</h1>
            <p class="lead">{i18n.tr("easy-intro")}</p>
            <ul class="easy-ideas">{ideas}</ul>
            <ul class="easy-links">
                <li><a href=DecidePage::Start.href()>{i18n.tr("easy-prepare")}</a></li>
                <li><a href=Route::Shock.href()>{i18n.tr("easy-more")}</a></li>
            </ul>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Locale, MISSING_TEXT};

    #[test]
    fn the_numbers_are_the_risks_pages_in_both_framings_in_every_language() {
        assert_eq!(
            arguments(),
            vec![
                ("died-with", 46),
                ("alive-with", 54),
                ("died-without", 59),
                ("alive-without", 41),
                ("harm-with", 24),
                ("harm-without", 6),
                ("dialysis-with", 42),
                ("dialysis-without", 27),
            ]
        );
        let args = i18n::args(
            &arguments()
                .iter()
                .map(|&(k, v)| (k, v as i64))
                .collect::<Vec<_>>(),
        );
        for locale in Locale::all() {
            i18n::install_from_sources(locale);
            for (id, wanted) in [
                ("easy-alive", &[46, 54, 59, 41][..]),
                ("easy-problems", &[24, 6]),
                ("easy-dialysis", &[42, 27]),
            ] {
                let text = i18n::strip_isolation(&i18n::translate(locale, id, Some(&args)));
                let mut shown: Vec<u32> = text
                    .split(|c: char| !c.is_ascii_digit())
                    .filter_map(|s| s.parse().ok())
                    .filter(|n| wanted.contains(n))
                    .collect();
                shown.sort_unstable();
                let mut wanted = wanted.to_vec();
                wanted.sort_unstable();
                assert_eq!(shown, wanted, "{} {id}: {text}", locale.info().tag);
                assert!(
                    !text.contains("{") && !text.contains(MISSING_TEXT),
                    "{} {id}: {text}",
                    locale.info().tag
                );
            }
        }
    }
}
