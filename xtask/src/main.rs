//! Project automation for Heart Pump Guide: `cargo xtask <command>`.
//!
//! - `serve`: set up what is missing, build the release site and serve it on http://127.0.0.1:8080.
//! - `test`:  everything CI checks (format, lints, native tests, patient-page reading age, wasm builds with size
//!   budget, browser tests).
//! - `dist`:  build the deployable static folder `dist/`.
//! - `bench`: criterion benchmarks of the simulation core, then frame timing of the live demo in Chromium.
//! - `audit`: build, then run Lighthouse (mobile) on the key pages and fail under the score targets.
//! - `setup`: only install what is missing (Chromium too: the build pre-renders the pages with it).
//!
//! Modules, by job:
//! - `shell`: the workspace root, PATH with the pinned tools, the echoing step runner, `fail`.
//! - `setup`: installs what is missing, with the pinned tool versions.
//! - `site_build`: the app compiled, split into the modules a reader fetches, bound and shrunk (cargo,
//!   wasm_split_cli_support, wasm-bindgen, wasm-opt), put into dist/ with content-hashed names (`content_hash`)
//!   and the page written from the index.html template (`page_template`).
//! - `dist`: the whole site build (`site_build`, locale files, pre-rendering, the service worker's list) and
//!   the `dist` command.
//! - `budgets`: the size budgets (each wasm module, JavaScript, CSS, first load) and their reports.
//! - `checks`: the `test` command, every check CI runs.
//! - `serve`: the `serve` command and the static server for dist/.
//! - `audit`: the `audit` command and the Lighthouse run with its targets.
//! - `bench`: the `bench` command.
//!
//! Plain std, plus the wasm splitter (`wasm_split_cli_support`, the library cargo-leptos uses): the first
//! `cargo xtask` compiles it once (README, *The two commands*, has the time).

mod audit;
mod bench;
mod budgets;
mod checks;
mod content_hash;
mod dist;
mod page_template;
mod serve;
mod setup;
mod shell;
mod site_build;

use std::env;
use std::process::exit;
use std::time::Instant;

use crate::serve::SERVE_ADDR;

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let started = Instant::now();
    match args.first().map(String::as_str) {
        Some("setup") => setup::setup(),
        Some("serve") => serve::serve(),
        Some("test") => checks::test(),
        Some("dist") => dist::dist(),
        Some("bench") => bench::bench(),
        Some("audit") => audit::audit(),
        Some("build") => {
            setup::setup();
            dist::build_site();
        }
        _ => {
            eprintln!(
                "usage: cargo xtask <serve|test|dist|bench|audit|setup>\n\
                 \n  serve   build the app and serve it on http://{}:{}\
                 \n  test    run every check CI runs\
                 \n  dist    build the deployable static folder dist/\
                 \n  bench   simulation benchmarks and the demo's frame timing\
                 \n  audit   build, then Lighthouse (mobile) scores for the key pages\
                 \n  setup   install missing tools",
                SERVE_ADDR.0, SERVE_ADDR.1
            );
            exit(2);
        }
    }
    eprintln!("xtask: done in {:.0} s", started.elapsed().as_secs_f64());
}
