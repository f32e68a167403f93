//! Patient pages as data: a page is a list of [`Block`]s (headings, paragraphs with glossary links, sourced
//! numbers, lists, cards, outcome pictures) drawn by one renderer.
//!
//! Why: every hand-written `view!` with its own closures is compiled into its own code, and nine text-heavy
//! pages written that way cost about 100 KB of the 400 KB download budget. One renderer over static data
//! keeps the pages small, and lets a native test prove every message id a page uses exists.

use leptos::prelude::*;

use crate::components::cite_link::cited;
use crate::components::later::Later;
use crate::components::outcome_compare::{outcome_section, Outcome};
use crate::components::rich_text::Rich;
use crate::i18n::{use_i18n, I18n};
use crate::route::Route;

/// One piece of a page. Ids are Fluent message ids.
#[derive(Clone, Copy, Debug)]
pub enum Block {
    /// The page title (`<h1>`).
    Title(&'static str),
    /// The opening paragraph, a little larger.
    Lead(&'static str),
    /// A section heading (`<h2>`).
    Heading(&'static str),
    /// A sub-heading (`<h3>`).
    Sub(&'static str),
    /// A paragraph; `[words](term)` become glossary links.
    Para(&'static str),
    /// A paragraph with numbers, and the source label of those numbers beside it.
    Sourced(&'static str, &'static str),
    /// A bold one-line summary of several numbers, with the source labels of all of them.
    Summary(&'static str, &'static [&'static str]),
    /// A bold paragraph for the one thing not to miss.
    Key(&'static str),
    /// A quieter note (e.g. "no trial numbers for this choice").
    Note(&'static str),
    /// A bulleted list.
    List(&'static [&'static str]),
    /// A boxed section with its heading.
    Card(&'static str, &'static [Block]),
    /// A drawing (static SVG markup) with its description, shown as a caption and given to screen readers.
    Figure(&'static str, &'static str),
    /// One outcome in numbers out of 100, with pictures; `true` gives it an `<h3>` heading.
    Outcome(Outcome, bool),
    /// A link to another page.
    Link(Route, &'static str),
    /// Links to other websites, as (address, label id), and the id of the note that each one opens a new tab
    /// and leaves the guide (said after every label, to sighted and screen-reader users alike).
    Outbound(&'static [(&'static str, &'static str)], &'static str),
    /// The "Next: …" link at the end of a page.
    Next(Route, &'static str),
}

impl Block {
    /// Every message id the block shows, in order (for the completeness test).
    pub fn message_ids(&self, out: &mut Vec<&'static str>) {
        match *self {
            Block::Title(id)
            | Block::Lead(id)
            | Block::Heading(id)
            | Block::Sub(id)
            | Block::Para(id)
            | Block::Key(id)
            | Block::Note(id)
            | Block::Figure(_, id)
            | Block::Link(_, id)
            | Block::Next(_, id) => out.push(id),
            Block::Sourced(id, cite) => out.extend([id, cite]),
            Block::Outbound(links, note) => {
                out.extend(links.iter().map(|(_, id)| *id));
                out.push(note);
            }
            Block::Summary(id, cites) => {
                out.push(id);
                out.extend(cites);
            }
            Block::List(ids) => out.extend(ids),
            Block::Card(heading, blocks) => {
                out.push(heading);
                for b in blocks {
                    b.message_ids(out);
                }
            }
            Block::Outcome(o, _) => out.extend(o.message_ids()),
        }
    }
}

/// Every message id a page uses.
pub fn page_ids(blocks: &[Block]) -> Vec<&'static str> {
    let mut out = Vec::new();
    for b in blocks {
        b.message_ids(&mut out);
    }
    out
}

/// Message `id` with its glossary links, following the active language.
fn rich(i18n: I18n, id: &'static str) -> impl IntoView {
    view! { <Rich text=i18n.tr(id) /> }
}

fn text(i18n: I18n, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || i18n.t(id)
}

fn block(i18n: I18n, b: Block) -> AnyView {
    match b {
        Block::Title(id) => view! { <h1>{text(i18n, id)}</h1> }.into_any(),
        Block::Lead(id) => view! { <p class="lead">{rich(i18n, id)}</p> }.into_any(),
        Block::Heading(id) => view! { <h2>{text(i18n, id)}</h2> }.into_any(),
        Block::Sub(id) => view! { <h3>{text(i18n, id)}</h3> }.into_any(),
        Block::Para(id) => view! { <p>{rich(i18n, id)}</p> }.into_any(),
        Block::Sourced(id, cite) => view! {
            <p>{rich(i18n, id)}" "{cited(i18n, [cite])}</p>
        }
        .into_any(),
        Block::Summary(id, cites) => view! {
            <p class="key-number summary">{rich(i18n, id)}" "{cited(i18n, cites.iter().copied())}</p>
        }
        .into_any(),
        Block::Key(id) => view! { <p class="key-number">{rich(i18n, id)}</p> }.into_any(),
        Block::Note(id) => view! { <p class="source">{text(i18n, id)}</p> }.into_any(),
        Block::List(ids) => {
            let items = ids
                .iter()
                .map(|&id| view! { <li>{rich(i18n, id)}</li> })
                .collect_view();
            view! { <ul>{items}</ul> }.into_any()
        }
        Block::Card(heading, blocks) => view! {
            <section class="card">
                <h2>{text(i18n, heading)}</h2>
                {render(i18n, blocks)}
            </section>
        }
        .into_any(),
        Block::Figure(svg, id) => view! {
            <figure class="picture">
                <div role="img" aria-label=text(i18n, id) inner_html=svg></div>
                <figcaption>{text(i18n, id)}</figcaption>
            </figure>
        }
        .into_any(),
        Block::Outcome(o, sub) => outcome_section(i18n, o, sub).into_any(),
        Block::Link(route, id) => {
            view! { <p><a href=route.href()>{text(i18n, id)}</a></p> }.into_any()
        }
        // A new browsing context that cannot reach back into the guide (`noopener`) and is not told which
        // page the reader came from (`noreferrer`).
        Block::Outbound(links, note) => {
            let items = links
                .iter()
                .map(|&(href, id)| {
                    view! {
                        <li>
                            <a href=href target="_blank" rel="noopener noreferrer" class="outbound">
                                {text(i18n, id)}" "<span class="outbound-note">{text(i18n, note)}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="outbound-links">{items}</ul> }.into_any()
        }
        Block::Next(route, id) => {
            view! { <p class="next"><a href=route.href()>{text(i18n, id)}</a></p> }.into_any()
        }
    }
}

/// Draws a list of blocks.
pub fn render(i18n: I18n, blocks: &'static [Block]) -> AnyView {
    blocks
        .iter()
        .map(|&b| block(i18n, b))
        .collect_view()
        .into_any()
}

/// Splits a page's blocks into steps of roughly equal building work: a picture of outcomes weighs about as
/// much as three paragraphs, a card two.
pub fn steps(blocks: &'static [Block]) -> Vec<&'static [Block]> {
    const STEP_WEIGHT: u32 = 4;
    let weight = |b: &Block| match b {
        Block::Outcome(..) => 3,
        Block::Card(..) | Block::Figure(..) => 2,
        _ => 1,
    };
    let mut out = Vec::new();
    let (mut start, mut sum) = (0, 0);
    for (i, b) in blocks.iter().enumerate() {
        if sum > 0 && sum + weight(b) > STEP_WEIGHT {
            out.push(&blocks[start..i]);
            (start, sum) = (i, 0);
        }
        sum += weight(b);
    }
    if start < blocks.len() {
        out.push(&blocks[start..]);
    }
    out
}

/// Draws a list of blocks in short steps: the first now, each further one in a task of its own (`Later`), so
/// building a long page does not keep a slow phone busy in one go.
pub fn render_in_steps(i18n: I18n, blocks: &'static [Block]) -> AnyView {
    steps(blocks)
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                render(i18n, part)
            } else {
                view! { <Later>{move || render(i18n, part)}</Later> }.into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// A whole patient page: `<article>` with the page's class and its blocks.
#[component]
pub fn ContentPage(
    /// CSS class of the page, e.g. "after".
    class: &'static str,
    /// What the page says.
    blocks: &'static [Block],
) -> impl IntoView {
    let i18n = use_i18n();
    view! { <article class=format!("page patient {class}")>{render_in_steps(i18n, blocks)}</article> }
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use crate::i18n::{message_ids, Locale};

    /// Fails with the missing ids when a page uses a message en-GB lacks.
    pub fn assert_page_messages_exist(blocks: &[Block]) {
        let known = message_ids(Locale::default());
        let missing: Vec<_> = page_ids(blocks)
            .into_iter()
            .filter(|id| !known.iter().any(|k| k == id))
            .collect();
        assert!(missing.is_empty(), "missing messages: {missing:?}");
    }

    #[test]
    fn steps_keep_every_block_in_order_and_split_at_heavy_ones() {
        const PAGE: &[Block] = &[
            Block::Title("t"),
            Block::Para("a"),
            Block::Para("b"),
            Block::Para("c"),
            Block::Para("d"),
            Block::Outcome(crate::pages::risks::OUTCOMES[0], false),
            Block::Outcome(crate::pages::risks::OUTCOMES[1], false),
            Block::Para("e"),
        ];
        let parts = steps(PAGE);
        let lengths: Vec<usize> = parts.iter().map(|p| p.len()).collect();
        assert_eq!(lengths, vec![4, 2, 2]);
        let ids: Vec<_> = parts.iter().flat_map(|p| page_ids(p)).collect();
        assert_eq!(ids, page_ids(PAGE));
        assert!(steps(&[]).is_empty());
    }

    #[test]
    fn ids_are_collected_from_nested_blocks() {
        const INNER: &[Block] = &[Block::Para("b"), Block::List(&["c", "d"])];
        let blocks = [
            Block::Title("a"),
            Block::Card("h", INNER),
            Block::Sourced("e", "f"),
        ];
        assert_eq!(page_ids(&blocks), vec!["a", "h", "b", "c", "d", "e", "f"]);
    }
}
