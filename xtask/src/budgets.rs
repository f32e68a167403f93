//! The size budgets and their reports: the gzipped wasm and JavaScript of dist/, the one stylesheet a first
//! paint waits for (and no parser-blocking script), and each page's first-load bytes and requests as the
//! browser tests measured them.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::shell::{cmd, fail, root};
use crate::site_build::files_under;

/// The wasm modules and their download budgets, gzip and brotli (bytes), checked on every build. The main
/// module is what every reader downloads (the app frame and the patient pages); the others are fetched the
/// first time a reader opens the demo or the model's limits (`split_demo`), the practice room
/// (`split_practice`), "Prepare to decide" (`split_decide`) or presses "Listen to this page"
/// (`split_read_aloud`), with the code they share
/// (`chunk_<n>`: the splitter numbers these, so they have one budget for all of them together). Before the
/// split (issue 16) the one module was 409,135 B gzip and 319,063 B brotli against a 410 KB gzip budget.
/// Measured 2026-12-05 with the reader control: main 246,338 / 196,977 B (the control and the bindings of
/// the Web Speech API it calls: +6.4 / +4.8 KB), read aloud 6,784 / 6,189 B, shared 41,747 / 35,750 B.
/// With "Prepare to decide" (issue 17, 2026-12-05): main 246,574 / 197,919 B (its route, navigation entry
/// and loading note: +0.2 / +0.9 KB), decide 30,036 / 25,249 B, shared 44,903 / 38,511 B (+3 / +3 KB: code
/// the decide module shares with the simulator's, such as the copy button and text areas); with the easy-read
/// page, "Check my answer" and the delete confirmation: main 247,721 / 198,298 B (the home page's easy-read
/// link), decide 35,787 / 29,793 B. With instructor codes (issue 18): practice 69,752 / 56,372 B (+3.4 / +2.5
/// KB: the code entry on the hub, the code on every scenario page), shared 46,562 / 40,055 B (+1.6 / +1.4 KB);
/// with alarm priorities and mute: practice 75,947 / 61,104 B, demo 78,304 / 63,268 B, shared 47,692 /
/// 40,923 B (+4.4 KB brotli in all); with the opening question of every scenario and its explanation in the
/// debrief (issue 18): practice 83,350 / 67,104 B (+4.9 KB brotli); with the performance record page and
/// "call for help": practice 94,265 / 75,329 B (+8.2 KB brotli), main 248,389 / 198,853 B (+0.5 KB: the
/// record's route and its line on the About page); with three more scenarios, "Surprise me" and the
/// review's fixes: practice 96,571 / 76,996 B. With the balloon pump, ECMO and the comparison of supports
/// (issue 19): supports 29,164 / 24,996 B, demo 73,770 / 60,260 B, practice (with the ECMO scenario) 96,810 /
/// 77,344 B, shared 65,883 / 57,683 B (about 7 KB of it code the demo had held alone and now shares with the
/// comparison; the rest the new supports in the simulation core), main 248,302 / 198,690 B.
const MODULE_BUDGETS: [WasmBudget; 7] = [
    WasmBudget {
        label: "main (app frame and patient pages)",
        file: "heart-pump-guide_bg.wasm",
        gzip: 250_000,
        brotli: 200_000,
    },
    WasmBudget {
        label: "demo and model limits",
        file: "split_demo.wasm",
        gzip: 83_000,
        brotli: 67_000,
    },
    WasmBudget {
        label: "practice room",
        file: "split_practice.wasm",
        gzip: 100_000,
        brotli: 80_000,
    },
    WasmBudget {
        label: "prepare to decide",
        file: "split_decide.wasm",
        gzip: 38_500,
        brotli: 32_000,
    },
    WasmBudget {
        label: "compare the supports",
        file: "split_supports.wasm",
        gzip: 33_000,
        brotli: 28_000,
    },
    WasmBudget {
        label: "read aloud",
        file: "split_read_aloud.wasm",
        gzip: 7_500,
        brotli: 7_000,
    },
    WasmBudget {
        label: "code shared by split modules (every chunk_<n>.wasm together)",
        file: "chunk_",
        gzip: 67_000,
        brotli: 59_000,
    },
];

/// One wasm module's budget (see [`MODULE_BUDGETS`]).
struct WasmBudget {
    label: &'static str,
    file: &'static str,
    gzip: u64,
    brotli: u64,
}

/// The gzipped JavaScript (wasm-bindgen glue plus our boot script) must stay at or under this (bytes).
const JS_GZIP_BUDGET: u64 = 30 * 1000;
/// What a first-time reader's browser downloads to open a page (bytes as transferred, brotli, no service
/// worker yet), per page the browser tests measure (`end2end/tests/first-load.test.mjs` writes
/// `end2end/artifacts/first-load.json`): (page, budget in bytes, budget in requests). Set on 2026-12-05 when
/// the simulator became modules of their own (issue 16; measured: home 217,393 B, risks 219,860 B, demo
/// 330,473 B, practice room 318,341 B; all about 345,000 B before), then raised for the reader control on
/// every patient page (measured: home 223,162 B, risks 225,194 B, demo 337,747 B in 16 requests, practice
/// room 324,130 B), and for the practice room's instructor codes and alarm mute (issue 18; measured in CI of
/// 192527e: home 226,062 B, risks 228,003 B, demo 343,388 B in 17 requests, practice room 340,570 B in 18
/// requests), and for the practice room's opening questions, record and three new scenarios (issue 18;
/// measured in CI of 3e5571f: home 226,633 B, risks 228,574 B, demo 347,745 B in 18 requests — the
/// simulator's text, which the demo also loads, grew by the scenarios' text — practice room 359,662 B in 17
/// requests), and for the balloon pump and ECMO in the simulation, the comparison of supports (a module of its
/// own, fetched on request, but its text comes with the simulator's) and the ECMO scenario (issue 19; measured on
/// 2026-12-05 before the CI run: home 226,650 B, risks 228,591 B, demo 361,282 B in 22 requests, practice room
/// 372,922 B in 22 requests). A build's own bytes are the same every time; the browser's own fetches of the icon and
/// the manifest add up to about 650 B and a request or two (README, *What the test command gates*).
const FIRST_LOAD_BUDGETS: [(&str, u64, usize); 4] = [
    ("home", 232_000, 14),
    ("benefits-risks", 232_000, 14),
    ("how-it-works", 365_000, 24),
    ("practice", 377_000, 24),
];
/// The one stylesheet every page waits for before its first paint (gzip bytes).
const CSS_GZIP_BUDGET: u64 = 12 * 1000;

/// The size of `path` compressed with `gzip -9` (bytes).
pub fn gzip_size(path: &Path) -> u64 {
    let out = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(path)
        .output()
        .unwrap_or_else(|e| fail(&format!("gzip: {e}")));
    out.stdout.len() as u64
}

/// The size of `path` compressed with brotli at quality 11, as our server and most hosts serve it (bytes;
/// node's zlib, which the browser tests need anyway).
pub fn brotli_size(path: &Path) -> u64 {
    let script = "const z=require('zlib');const b=require('fs').readFileSync(process.argv[1]);\
                  console.log(z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length)";
    let out = cmd("node")
        .args(["-e", script])
        .arg(path)
        .output()
        .unwrap_or_else(|e| fail(&format!("node (brotli size): {e}")));
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .unwrap_or_else(|_| fail(&format!("no brotli size for {}", path.display())))
}

/// Prints the raw, gzip and brotli size of each wasm, JavaScript, CSS and HTML file the app is made of
/// (dist/ and its `hpg-<hash>/` folder), and fails when a wasm module is over its [`MODULE_BUDGETS`] or the
/// JavaScript over `JS_GZIP_BUDGET`, saying by how much; or when a module is missing.
pub fn size_report() {
    let dist = root().join("dist");
    let mut files = Vec::new();
    files_under(&dist, "", &mut files);
    files.retain(|f| !f.starts_with("pre/") && !f.starts_with("locales/"));
    let mut js_gz = 0;
    let mut failures = Vec::new();
    eprintln!("\n==> bundle sizes (dist/)");
    eprintln!(
        "    {:<52} {:>9} {:>9} {:>9}",
        "file", "raw B", "gzip B", "brotli B"
    );
    for name in &files {
        let ext = name.rsplit('.').next().unwrap_or("");
        if !matches!(ext, "wasm" | "js" | "css" | "html") {
            continue;
        }
        let path = dist.join(name);
        let raw = fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        let (gz, br) = (gzip_size(&path), brotli_size(&path));
        if ext == "js" {
            js_gz += gz;
        }
        eprintln!("    {name:<52} {raw:>9} {gz:>9} {br:>9}");
    }
    // A budget's file is its name, or the start of the names of the files it covers together (the shared
    // modules are numbered by the splitter). Every wasm file must have a budget, so a new split module
    // cannot slip in unchecked.
    let is_budgeted = |budget: &WasmBudget, file: &str| {
        let name = file.rsplit('/').next().unwrap_or(file);
        name == budget.file || (budget.file.ends_with('_') && name.starts_with(budget.file))
    };
    for file in files.iter().filter(|f| f.ends_with(".wasm")) {
        if !MODULE_BUDGETS.iter().any(|b| is_budgeted(b, file)) {
            failures.push(format!(
                "{file} has no size budget (xtask/src/budgets.rs, MODULE_BUDGETS)"
            ));
        }
    }
    for budget in &MODULE_BUDGETS {
        let matched: Vec<&String> = files.iter().filter(|f| is_budgeted(budget, f)).collect();
        if matched.is_empty() {
            failures.push(format!("no {} in dist/ ({})", budget.file, budget.label));
            continue;
        }
        let (gz, br) = matched.iter().fold((0, 0), |(gz, br), name| {
            let path = dist.join(name);
            (gz + gzip_size(&path), br + brotli_size(&path))
        });
        eprintln!(
            "    wasm {}: {gz} B gzip (budget {}), {br} B brotli (budget {})",
            budget.label, budget.gzip, budget.brotli
        );
        let what = if matched.len() == 1 {
            matched[0].clone()
        } else {
            format!("{} ({} files)", budget.file, matched.len())
        };
        if gz > budget.gzip {
            failures.push(format!(
                "{what}: {gz} B gzip, over its {} B budget by {} B",
                budget.gzip,
                gz - budget.gzip
            ));
        }
        if br > budget.brotli {
            failures.push(format!(
                "{what}: {br} B brotli, over its {} B budget by {} B",
                budget.brotli,
                br - budget.brotli
            ));
        }
    }
    eprintln!("    js gzip total {js_gz} B (budget {JS_GZIP_BUDGET} B)");
    if js_gz > JS_GZIP_BUDGET {
        failures.push(format!(
            "JavaScript is {js_gz} B gzip, over the {JS_GZIP_BUDGET} B budget"
        ));
    }
    if !failures.is_empty() {
        fail(&format!("size budgets:\n  {}", failures.join("\n  ")));
    }
}

/// Checks what a browser must wait for before it can paint dist/index.html: no script may block the parser
/// (each is `defer`, `async` or a module), the one stylesheet is the site's own (no `@import`, no other
/// origin) and within `CSS_GZIP_BUDGET`. Deterministic, so it gates the test command where a timing cannot.
pub fn check_nothing_blocks_first_paint(dist: &Path) {
    let html = fs::read_to_string(dist.join("index.html"))
        .unwrap_or_else(|e| fail(&format!("dist/index.html: {e}")));
    let tags = |name: &str| -> Vec<String> {
        let open = format!("<{name}");
        let mut out = Vec::new();
        let mut rest = html.as_str();
        while let Some(i) = rest.find(&open) {
            let end = rest[i..].find('>').map_or(rest.len(), |j| i + j + 1);
            out.push(rest[i..end].to_owned());
            rest = &rest[end..];
        }
        out
    };
    let mut problems = Vec::new();
    for script in tags("script") {
        if !(script.contains(" defer")
            || script.contains(" async")
            || script.contains("type=\"module\""))
        {
            problems.push(format!("a script blocks the parser: {script}"));
        }
    }
    let sheets: Vec<String> = tags("link")
        .into_iter()
        .filter(|l| l.contains("rel=\"stylesheet\""))
        .collect();
    if sheets.len() > 1 {
        problems.push(format!(
            "{} stylesheets block the first paint; one is the budget",
            sheets.len()
        ));
    }
    for sheet in &sheets {
        let Some(href) = sheet
            .split("href=\"")
            .nth(1)
            .and_then(|h| h.split('"').next())
        else {
            problems.push(format!("a stylesheet without an address: {sheet}"));
            continue;
        };
        if href.contains("://") || href.starts_with("//") {
            problems.push(format!("a stylesheet from another origin: {href}"));
            continue;
        }
        let path = dist.join(href.trim_start_matches("./").trim_start_matches('/'));
        let css = fs::read_to_string(&path).unwrap_or_default();
        if css.contains("@import") {
            problems.push(format!(
                "{href} imports another stylesheet (a second round trip before paint)"
            ));
        }
        let gz = gzip_size(&path);
        eprintln!("    first paint waits for: {href}, {gz} B gzip (budget {CSS_GZIP_BUDGET} B)");
        if gz > CSS_GZIP_BUDGET {
            problems.push(format!(
                "{href} is {gz} B gzip, over the {CSS_GZIP_BUDGET} B budget"
            ));
        }
    }
    if !problems.is_empty() {
        fail(&format!(
            "render-blocking resources:\n  {}",
            problems.join("\n  ")
        ));
    }
    eprintln!("    no script blocks the parser; one stylesheet of our own");
}

/// Prints what a first visit to each measured page transferred (written by the browser test
/// `first-load.test.mjs`) and fails on a page over its `FIRST_LOAD_BUDGETS`. Bytes and request
/// counts of a given build are deterministic (brotli at a fixed quality, no service worker, an empty cache).
pub fn first_load_report() {
    let path = root().join("end2end/artifacts/first-load.json");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| {
        fail(&format!(
            "{}: {e} (the browser test first-load.test.mjs writes it)",
            path.display()
        ))
    });
    eprintln!("\n==> first load of each page (brotli, as transferred, empty cache)");
    let mut failures = Vec::new();
    for (page, byte_budget, request_budget) in FIRST_LOAD_BUDGETS {
        // One line per page: {"page":"home","bytes":123,"requests":12}
        let Some(line) = text
            .lines()
            .find(|l| l.contains(&format!("\"page\":\"{page}\"")))
        else {
            failures.push(format!("{page}: not measured"));
            continue;
        };
        let number = |key: &str| -> u64 {
            line.split(&format!("\"{key}\":"))
                .nth(1)
                .and_then(|v| {
                    v.split(|c: char| !c.is_ascii_digit())
                        .next()
                        .and_then(|d| d.parse().ok())
                })
                .unwrap_or(u64::MAX)
        };
        let (bytes, requests) = (number("bytes"), number("requests") as usize);
        eprintln!(
            "    {page:<16} {bytes:>8} B in {requests:>2} requests (budgets {byte_budget} B, {request_budget} requests)"
        );
        if bytes > byte_budget {
            failures.push(format!(
                "{page}: {bytes} B, over the {byte_budget} B budget"
            ));
        }
        if requests > request_budget {
            failures.push(format!(
                "{page}: {requests} requests, over the budget of {request_budget}"
            ));
        }
    }
    if !failures.is_empty() {
        fail(&format!("first-load budgets:\n  {}", failures.join("\n  ")));
    }
}
