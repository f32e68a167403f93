//! Reading the page aloud with the browser's own speech synthesis: the page's text as sentences (with where
//! each is on the page), a voice for the page's language, one utterance per sentence, and the sentence being
//! read highlighted (the CSS Custom Highlight API where the browser has it, the paragraph otherwise). This is
//! in the `read_aloud` module, fetched the first time a reader asks for it (`super::command`).

use std::cell::RefCell;

use js_sys::{Array, Function, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Element, Node, Range, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice, Text,
};

use super::sentences::{sentences, spoken};
use super::{speech_synthesis, Command, Problem, Reading};
use crate::i18n::Locale;

/// The name of the highlight in `style/app.css` (`::highlight(hpg-reading)`).
const HIGHLIGHT: &str = "hpg-reading";
/// The class a paragraph gets while it is read, where the browser has no custom highlights.
const READING_CLASS: &str = "reading-aloud";
/// The page's readable blocks: the innermost of these are read, in page order.
const BLOCKS: &str =
    "h1, h2, h3, h4, p, li, dt, dd, figcaption, caption, th, td, summary, blockquote, legend";
/// What in the page's text is not read (the reader control itself, hidden parts).
const SKIP: &str = ".read-aloud, [aria-hidden='true'], [hidden]";
/// Put between two text nodes whose elements are not inline (the lines of an outcome's caption): a space,
/// and a sentence break.
const PART_BREAK: char = super::sentences::BREAK;
/// If a sentence has not started this long after it was handed to the browser, the browser is not speaking
/// (iOS speaks only after a tap; a voice may fail silently): the control then says so.
const START_TIMEOUT_MS: u64 = 8000;

/// One sentence to read and where it is.
struct Sentence {
    text: String,
    range: Range,
    block: Element,
}

/// The reading in progress.
struct Session {
    synth: SpeechSynthesis,
    voice: SpeechSynthesisVoice,
    lang: String,
    sentences: Vec<Sentence>,
    state: RwSignal<Reading>,
    /// The sentence being read (or to read again on Resume).
    current: usize,
    /// Whether the current sentence has started (see [`START_TIMEOUT_MS`]).
    started: bool,
    /// The utterance being spoken and its handlers: the handlers are detached from it before it is
    /// cancelled, so the browser never calls a handler that is gone.
    utterance: Option<SpeechSynthesisUtterance>,
    handlers: Vec<Closure<dyn FnMut(JsValue)>>,
    /// The run of utterances this session belongs to: Stop, Pause and a new reading start a new one, so the
    /// late events of an earlier utterance do nothing.
    generation: u32,
}

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
    static GENERATION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Carries out `command` for the page's reader control, whose state is `state`.
///
/// Pause cancels the sentence being read and Resume reads it again from its start: the speech API's own
/// pause does not survive a cancel and acts as a cancel on Android, so it is not used.
pub fn run(command: Command, state: RwSignal<Reading>, locale: Locale) {
    match command {
        Command::Start => {
            // Taken now, not in the task: a Stop that arrives meanwhile (a change of language while the
            // voices load) then ends this reading before it starts.
            stop(Reading::Idle);
            let generation = next_generation();
            leptos::task::spawn_local(start(state, locale, generation));
        }
        Command::Pause => {
            let paused = renew_session(|session| {
                detach(session);
                (session.synth.clone(), session.state)
            });
            if let Some((_, (synth, state))) = paused {
                synth.cancel();
                clear_highlight();
                let _ = state.try_set(Reading::Paused);
            }
        }
        Command::Resume => {
            let resumed = renew_session(|session| (session.current, session.state));
            if let Some((generation, (current, state))) = resumed {
                let _ = state.try_set(Reading::Speaking);
                speak(current, generation);
            }
        }
        Command::Stop => stop(Reading::Stopped),
    }
}

/// Moves the reading in progress, if any, to a new generation (so the late events of its current utterance
/// do nothing) and applies `f` to it; returns the generation and what `f` gave.
fn renew_session<T>(f: impl FnOnce(&mut Session) -> T) -> Option<(u32, T)> {
    let generation = next_generation();
    SESSION.with(|s| {
        let mut s = s.borrow_mut();
        let session = s.as_mut()?;
        session.generation = generation;
        Some((generation, f(session)))
    })
}

/// Detaches the current utterance's handlers (it is about to be cancelled, or has ended).
fn detach(session: &mut Session) {
    if let Some(u) = session.utterance.take() {
        u.set_onstart(None);
        u.set_onend(None);
        u.set_onerror(None);
    }
    session.handlers.clear();
}

/// A new reading (or none, after Stop): earlier readings and their pending steps end.
fn next_generation() -> u32 {
    GENERATION.with(|g| {
        g.set(g.get().wrapping_add(1));
        g.get()
    })
}

async fn start(state: RwSignal<Reading>, locale: Locale, generation: u32) {
    let still_wanted =
        || GENERATION.with(std::cell::Cell::get) == generation && !state.is_disposed();
    let Some(synth) = speech_synthesis() else {
        let _ = state.try_set(Reading::Problem(Problem::Unsupported));
        return;
    };
    let _ = state.try_set(Reading::Starting);
    let lang = locale.info().tag.to_owned();
    let voice = voice_for(&synth, &lang).await;
    // Stopped, or the page or language changed, while the voices were loading.
    if !still_wanted() {
        return;
    }
    let Some(voice) = voice else {
        let _ = state.try_set(Reading::Problem(Problem::NoVoice));
        return;
    };
    let sentences = page_sentences();
    if sentences.is_empty() {
        let _ = state.try_set(Reading::Idle);
        return;
    }
    synth.cancel();
    SESSION.with(|s| {
        *s.borrow_mut() = Some(Session {
            synth,
            voice,
            lang,
            sentences,
            state,
            current: 0,
            started: false,
            utterance: None,
            handlers: Vec::new(),
            generation,
        })
    });
    state.set(Reading::Speaking);
    speak(0, generation);
}

/// Speaks sentence `index` of reading `generation` (if it is still the current one).
fn speak(index: usize, generation: u32) {
    let utterance = SESSION.with(|s| {
        let mut s = s.borrow_mut();
        let session = s.as_mut().filter(|s| s.generation == generation)?;
        let sentence = session.sentences.get(index)?;
        // The page changed under the reader (the walkthrough's next step): what is left is not there.
        if !sentence.block.is_connected() {
            return None;
        }
        let utterance = SpeechSynthesisUtterance::new_with_text(&sentence.text).ok()?;
        utterance.set_voice(Some(&session.voice));
        utterance.set_lang(&session.lang);
        let on_start = Closure::<dyn FnMut(JsValue)>::new(move |_| highlight(index, generation));
        let on_end = Closure::<dyn FnMut(JsValue)>::new(move |_| {
            // The next sentence in a task of its own, outside the handler that is still running.
            leptos::task::spawn_local(async move { speak(index + 1, generation) });
        });
        let on_error = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            // Cancelling (Stop, Pause, a new reading) interrupts the utterance: nothing is wrong then.
            let error = Reflect::get(&event, &"error".into())
                .ok()
                .and_then(|e| e.as_string())
                .unwrap_or_default();
            if !matches!(error.as_str(), "interrupted" | "canceled") {
                leptos::logging::warn!("read aloud: {error}");
                stop_if(generation, Reading::Problem(Problem::Failed));
            }
        });
        detach(session);
        utterance.set_onstart(Some(on_start.as_ref().unchecked_ref()));
        utterance.set_onend(Some(on_end.as_ref().unchecked_ref()));
        utterance.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        session.handlers = vec![on_start, on_end, on_error];
        session.utterance = Some(utterance.clone());
        session.current = index;
        session.started = false;
        Some((session.synth.clone(), utterance))
    });
    match utterance {
        Some((synth, utterance)) => {
            synth.speak(&utterance);
            // No start within the time: the browser is not speaking, and the reader should know.
            set_timeout(
                move || {
                    let silent = SESSION.with(|s| {
                        s.borrow().as_ref().is_some_and(|s| {
                            s.generation == generation && s.current == index && !s.started
                        })
                    });
                    if silent {
                        stop_if(generation, Reading::Problem(Problem::Failed));
                    }
                },
                std::time::Duration::from_millis(START_TIMEOUT_MS),
            );
        }
        None => stop_if(generation, Reading::Finished),
    }
}

/// Ends reading `generation` if it is still the current one.
fn stop_if(generation: u32, then: Reading) {
    let current = SESSION.with(|s| s.borrow().as_ref().map(|s| s.generation)) == Some(generation);
    if current {
        stop(then);
    }
}

/// Stops any reading, clears the highlight and leaves the control in `then`.
fn stop(then: Reading) {
    next_generation();
    let session = SESSION.with(|s| s.borrow_mut().take());
    clear_highlight();
    if let Some(mut session) = session {
        detach(&mut session);
        session.synth.cancel();
        // A pause of the speech API outlives a cancel (some browsers): never leave it paused.
        session.synth.resume();
        let _ = session.state.try_set(then);
    }
}

/// A voice for `lang` (a BCP 47 tag): the exact language and region first, then the language. Browsers
/// load their voice list after the page; an empty list is waited for (`voiceschanged`, two seconds at most).
async fn voice_for(synth: &SpeechSynthesis, lang: &str) -> Option<SpeechSynthesisVoice> {
    let mut voices = synth.get_voices();
    if voices.length() == 0 {
        let target: web_sys::EventTarget = synth.clone().unchecked_into();
        let changed = Promise::new(&mut |resolve: Function, _| {
            let _ = target.add_event_listener_with_callback("voiceschanged", &resolve);
            let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 2000);
        });
        let _ = JsFuture::from(changed).await;
        voices = synth.get_voices();
    }
    let voices: Vec<SpeechSynthesisVoice> = voices.iter().map(JsCast::unchecked_into).collect();
    let norm = |tag: &str| tag.replace('_', "-").to_ascii_lowercase();
    let wanted = norm(lang);
    let primary = wanted.split('-').next().unwrap_or_default().to_owned();
    // The best match: the exact language and region over the language alone, then a voice on the device
    // (works offline) over one on a server, then the browser's default.
    voices
        .iter()
        .filter_map(|v| {
            let tag = norm(&v.lang());
            let exact = tag == wanted;
            let same = exact || tag.split('-').next() == Some(primary.as_str());
            same.then(|| ((exact, v.local_service(), v.default()), v))
        })
        .max_by_key(|(score, _)| *score)
        .map(|(_, v)| v.clone())
}

/// The page's text as sentences, in reading order, with where each one is.
fn page_sentences() -> Vec<Sentence> {
    let document = document();
    let Some(main) = document.get_element_by_id("main") else {
        return Vec::new();
    };
    let Ok(blocks) = main.query_selector_all(BLOCKS) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for i in 0..blocks.length() {
        let Some(block) = blocks.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        // Only the innermost blocks (a list item's paragraph, not the item too), only what is on the page.
        let has_inner_block = block.query_selector(BLOCKS).ok().flatten().is_some();
        let skipped = block.closest(SKIP).ok().flatten().is_some();
        if has_inner_block || skipped || block.get_client_rects().length() == 0 {
            continue;
        }
        block_sentences(&document, &block, &mut out);
    }
    out
}

/// Adds `block`'s sentences to `out`.
fn block_sentences(document: &web_sys::Document, block: &Element, out: &mut Vec<Sentence>) {
    // Its text nodes, with where each starts in the block's text (in UTF-16 units, as the DOM counts).
    let mut nodes: Vec<(Text, u32)> = Vec::new();
    let mut text = String::new();
    let mut utf16 = 0_u32;
    let mut last_parent: Option<Element> = None;
    let Ok(walker) = document.create_tree_walker_with_what_to_show(block, 4) else {
        return; // 4: NodeFilter.SHOW_TEXT
    };
    while let Ok(Some(node)) = walker.next_node() {
        let Ok(node) = node.dyn_into::<Text>() else {
            continue;
        };
        let hidden = node
            .parent_element()
            .and_then(|p| p.closest(SKIP).ok().flatten())
            .is_some();
        if hidden {
            continue;
        }
        let data = node.data();
        // Parts laid out as blocks (the lines of an outcome's caption) are separate phrases: a break between
        // them, which takes no place in any text node.
        let part = node.parent_element().map(|p| line_container(p, block));
        if let (Some(last), Some(this)) = (&last_parent, &part) {
            if last != this && !text.is_empty() {
                text.push(PART_BREAK);
                utf16 += 1;
            }
        }
        last_parent = part;
        nodes.push((node, utf16));
        utf16 += data.encode_utf16().count() as u32;
        text.push_str(&data);
    }
    for range in sentences(&text) {
        let start = text[..range.start].encode_utf16().count() as u32;
        let end = start + text[range.clone()].encode_utf16().count() as u32;
        let (Some(from), Some(to)) = (position(&nodes, start, false), position(&nodes, end, true))
        else {
            continue;
        };
        let Ok(dom_range) = document.create_range() else {
            continue;
        };
        if dom_range.set_start(&from.0, from.1).is_err() || dom_range.set_end(&to.0, to.1).is_err()
        {
            continue;
        }
        out.push(Sentence {
            text: spoken(&text[range]),
            range: dom_range,
            block: block.clone(),
        });
    }
}

/// The element whose lines `element`'s text flows in: itself or its nearest ancestor (up to `block`) that is
/// not inline. Two text nodes with different line containers are separate parts of the block.
fn line_container(mut element: Element, block: &Element) -> Element {
    while &element != block && is_inline(&element) {
        match element.parent_element() {
            Some(parent) => element = parent,
            None => break,
        }
    }
    element
}

/// Whether `element` flows inside a line (a link, a marked word: `inline`, `inline-block`, …), not laid out
/// as a block, flex item or the like.
fn is_inline(element: &Element) -> bool {
    window()
        .get_computed_style(element)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("display").ok())
        .is_none_or(|display| display.starts_with("inline") || display == "contents")
}

/// The text node and offset at UTF-16 position `at` of the block's text; at a boundary between two nodes,
/// the earlier node's end when `end`, the later node's start otherwise.
fn position(nodes: &[(Text, u32)], at: u32, end: bool) -> Option<(Node, u32)> {
    let index = nodes.iter().rposition(|(node, start)| {
        let len = node.length();
        if end {
            *start < at && at <= start + len
        } else {
            *start <= at && at < start + len
        }
    })?;
    let (node, start) = &nodes[index];
    Some((node.clone().unchecked_into(), at - start))
}

/// Highlights sentence `index` of reading `generation` and keeps it in view.
fn highlight(index: usize, generation: u32) {
    SESSION.with(|s| {
        let mut s = s.borrow_mut();
        let Some(session) = s.as_mut().filter(|s| s.generation == generation) else {
            return;
        };
        session.started = true;
        let Some(sentence) = session.sentences.get(index) else {
            return;
        };
        clear_highlight();
        if !set_custom_highlight(&sentence.range) {
            let _ = sentence.block.class_list().add_1(READING_CLASS);
        }
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        sentence
            .block
            .scroll_into_view_with_scroll_into_view_options(&options);
    });
}

/// `CSS.highlights.set(HIGHLIGHT, new Highlight(range))`; false where the browser has no custom highlights.
fn set_custom_highlight(range: &Range) -> bool {
    let global = js_sys::global();
    let registry = Reflect::get(&global, &"CSS".into())
        .and_then(|css| Reflect::get(&css, &"highlights".into()));
    let constructor = Reflect::get(&global, &"Highlight".into());
    let (Ok(registry), Ok(constructor)) = (registry, constructor) else {
        return false;
    };
    if registry.is_undefined() || !constructor.is_function() {
        return false;
    }
    let constructor: &Function = constructor.unchecked_ref();
    let Ok(highlight) = Reflect::construct(constructor, &Array::of1(range)) else {
        return false;
    };
    Reflect::get(&registry, &"set".into())
        .ok()
        .and_then(|set| set.dyn_into::<Function>().ok())
        .is_some_and(|set| set.call2(&registry, &HIGHLIGHT.into(), &highlight).is_ok())
}

fn clear_highlight() {
    let global = js_sys::global();
    if let Ok(registry) = Reflect::get(&global, &"CSS".into())
        .and_then(|css| Reflect::get(&css, &"highlights".into()))
    {
        if let Ok(delete) = Reflect::get(&registry, &"delete".into()) {
            if let Ok(delete) = delete.dyn_into::<Function>() {
                let _ = delete.call1(&registry, &HIGHLIGHT.into());
            }
        }
    }
    if let Ok(marked) = document().query_selector_all(&format!(".{READING_CLASS}")) {
        for i in 0..marked.length() {
            if let Some(el) = marked.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = el.class_list().remove_1(READING_CLASS);
            }
        }
    }
}
