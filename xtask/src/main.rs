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
//! Plain std only, so the first `cargo xtask` compiles in seconds.

use std::env;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{exit, Command, Stdio};
use std::time::Instant;

/// The one place the download budget lives: the gzipped wasm must stay at or under this (bytes). Raised from
/// 400 KB to 410 KB on 2026-12-04 for the "What this simulation cannot show" page and the demo's limit marks
/// (+9.1 KB gzip, measured); splitting the simulator out of the first download is what brings it down again.
const WASM_GZIP_BUDGET: u64 = 410 * 1000;
/// The gzipped JavaScript (wasm-bindgen glue plus our boot script) must stay at or under this (bytes).
const JS_GZIP_BUDGET: u64 = 30 * 1000;
/// Trunk's version: 0.22 needs a newer rustc than our machines have (see ../shared/TOOLCHAIN.md).
const TRUNK_VERSION: &str = "0.21.14";
/// textstat's version for the readability gate: later versions download a dictionary at run time and fail here.
const TEXTSTAT_VERSION: &str = "0.7.3";
/// Lighthouse (mobile) targets, as whole-number scores: performance, accessibility, best practices, SEO.
/// Performance is a timing (total blocking time is measured on the host, then multiplied), so it varies with
/// the machine's load: `cargo xtask audit` enforces it, `cargo xtask test` only prints it. The other three are
/// checks of the page itself and give the same score on a busy machine (measured: README, *Lighthouse*).
const LIGHTHOUSE_TARGETS: [(&str, u32); 4] = [
    ("performance", 95),
    ("accessibility", 100),
    ("best-practices", 100),
    ("seo", 100),
];
/// The Lighthouse category that is a timing, reported but never a gate of `cargo xtask test`.
const TIMED_CATEGORY: &str = "performance";
/// Lighthouse runs per page in `cargo xtask audit` (the median counts) and in `cargo xtask test` (where only
/// the untimed categories gate, so fewer runs are enough; performance is printed).
const AUDIT_RUNS: usize = 5;
const TEST_AUDIT_RUNS: usize = 2;
/// What a first-time reader's browser downloads to open a page (bytes as transferred, brotli, no service
/// worker yet), per page the browser tests measure (`end2end/tests/first-load.test.mjs` writes
/// `end2end/artifacts/first-load.json`): (page, budget in bytes, budget in requests). Measured 2026-12-04:
/// home 327 KB in 12 requests, the demo about the same, risks about the same (README, *Size budgets*).
const FIRST_LOAD_BUDGETS: [(&str, u64, usize); 3] = [
    ("home", 345_000, 14),
    ("benefits-risks", 345_000, 14),
    ("how-it-works", 345_000, 14),
];
/// The one stylesheet every page waits for before its first paint (gzip bytes).
const CSS_GZIP_BUDGET: u64 = 12 * 1000;
const AUDIT_ROUTES: [&str; 3] = ["", "#/how-it-works", "#/benefits-risks"];
/// Where `cargo xtask audit` serves dist/ while Lighthouse runs.
const AUDIT_ADDR: (&str, u16) = ("127.0.0.1", 8093);
/// Where `cargo xtask serve` listens.
const SERVE_ADDR: (&str, u16) = ("127.0.0.1", 8080);

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let started = Instant::now();
    match args.first().map(String::as_str) {
        Some("setup") => setup(),
        Some("serve") => serve(),
        Some("test") => test(),
        Some("dist") => dist(),
        Some("bench") => bench(),
        Some("audit") => audit(),
        Some("build") => {
            setup();
            build_site();
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

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// PATH with npm's binaries (wasm-opt) and cargo's installed tools first, so Trunk finds the pinned versions.
fn tool_path() -> String {
    let mut dirs = vec![root().join("end2end/node_modules/.bin")];
    if let Some(home) = env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
    {
        dirs.push(home.join("bin"));
    }
    let mut parts: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
    parts.push(env::var("PATH").unwrap_or_default());
    parts.join(":")
}

fn cmd(program: &str) -> Command {
    let mut c = Command::new(program);
    c.current_dir(root()).env("PATH", tool_path());
    c
}

/// Runs a command, echoing it; stops everything with its exit code on failure.
fn run(step: &str, c: &mut Command) {
    eprintln!("\n==> {step}\n$ {}", describe(c));
    let t = Instant::now();
    let status = c
        .status()
        .unwrap_or_else(|e| fail(&format!("{step}: cannot start {:?}: {e}", c.get_program())));
    if !status.success() {
        fail(&format!("{step} failed ({status})"));
    }
    eprintln!("    {step}: ok in {:.1} s", t.elapsed().as_secs_f64());
}

fn describe(c: &Command) -> String {
    let mut s = c.get_program().to_string_lossy().into_owned();
    for a in c.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

fn output_of(program: &str, args: &[&str]) -> Option<String> {
    let out = cmd(program)
        .args(args)
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn fail(message: &str) -> ! {
    eprintln!("\nxtask: {message}");
    exit(1);
}

/// The wasm-bindgen version pinned in Cargo.lock; the CLI must match it exactly.
fn locked_wasm_bindgen() -> String {
    let lock = fs::read_to_string(root().join("Cargo.lock"))
        .unwrap_or_else(|e| fail(&format!("Cargo.lock: {e}")));
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
            {
                return v.trim_end_matches('"').to_owned();
            }
        }
    }
    fail("wasm-bindgen is not in Cargo.lock")
}

/// Installs whatever is missing; a second run finds everything and skips it.
fn setup() {
    let installed = output_of("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        run(
            "add the wasm32 target",
            cmd("rustup").args(["target", "add", "wasm32-unknown-unknown"]),
        );
    }
    let trunk = output_of("trunk", &["--version"]).unwrap_or_default();
    if !trunk.contains(TRUNK_VERSION) {
        eprintln!("(first run: installing Trunk takes about 7–10 minutes on 2 cores)");
        run(
            "install trunk",
            cmd("cargo").args(["install", "trunk", "--version", TRUNK_VERSION, "--locked"]),
        );
    }
    let wb = locked_wasm_bindgen();
    let have = output_of("wasm-bindgen", &["--version"]).unwrap_or_default();
    if !have.split_whitespace().any(|w| w == wb) {
        eprintln!("(first run: installing wasm-bindgen-cli takes about 5 minutes)");
        // Not --locked: one of its locked dependencies is missing from the registry mirror (TOOLCHAIN.md).
        run(
            "install wasm-bindgen-cli",
            cmd("cargo").args(["install", "wasm-bindgen-cli", "--version", &wb]),
        );
    }
    let e2e = root().join("end2end");
    let stamp = e2e.join("node_modules/.package-lock.json");
    if is_older(&stamp, &e2e.join("package-lock.json")) {
        run(
            "install npm packages (wasm-opt, Playwright core, axe)",
            cmd("npm")
                .current_dir(&e2e)
                .args(["ci", "--no-audit", "--no-fund"]),
        );
    }
    // The reading-age gate needs textstat 0.7.3 exactly: newer versions download a dictionary at run time.
    if output_of("python3", &["-c", "import textstat"]).is_none() {
        run(
            "install textstat for the readability gate",
            cmd("python3").args([
                "-m",
                "pip",
                "install",
                &format!("textstat=={TEXTSTAT_VERSION}"),
            ]),
        );
    }
    // Chromium pre-renders the pages at build time and runs the browser tests; an Urdu font makes screenshots
    // of the Urdu pages show real letters (readers' phones and computers have Urdu fonts; Debian's default
    // fonts lack some Urdu letters).
    let urdu_font = "/usr/share/fonts/truetype/fonts-nafees/NafeesWeb.ttf";
    if !Path::new("/usr/bin/chromium").exists() || !Path::new(urdu_font).exists() {
        if !is_root() {
            fail("Chromium or the Urdu test font is missing: run `sudo apt-get install -y chromium chromium-driver fonts-nafees`, then try again");
        }
        run("update Debian package lists", cmd("apt-get").arg("update"));
        run(
            "install Chromium and an Urdu font",
            cmd("apt-get").args([
                "install",
                "-y",
                "chromium",
                "chromium-driver",
                "fonts-nafees",
            ]),
        );
    }
}

fn is_root() -> bool {
    output_of("id", &["-u"]).is_some_and(|u| u.trim() == "0")
}

/// True when `file` is missing or older than `than`.
fn is_older(file: &Path, than: &Path) -> bool {
    let modified = |p: &Path| fs::metadata(p).and_then(|m| m.modified()).ok();
    match (modified(file), modified(than)) {
        (Some(a), Some(b)) => a < b,
        _ => true,
    }
}

/// Builds the release site into dist/ and checks its size budget.
fn build_site() {
    // Trunk runs cargo offline; fetch first so a fresh clone has every crate.
    run(
        "fetch crates",
        cmd("cargo").args(["fetch", "--target", "wasm32-unknown-unknown"]),
    );
    run(
        "build the site (trunk, release)",
        cmd("trunk").args(["build", "--release"]),
    );
    let dist = root().join("dist");
    externalise_inline_script(&dist);
    write_locale_files(&dist);
    run(
        "pre-render every page for first-time readers (Chromium)",
        cmd("node")
            .current_dir(root().join("end2end"))
            .arg("prerender.mjs")
            .arg(&dist),
    );
    write_service_worker_build(&dist);
    size_report();
    check_nothing_blocks_first_paint(&dist);
}

/// FNV-1a (64 bit): a small, stable content hash for file names and the cache version (not for security).
fn fnv1a(bytes: &[u8], mut hash: u64) -> u64 {
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// What the start-up script waits for before it fetches the wasm: boot.js's go-ahead, given at once, or once
/// the pre-rendered page is on screen (public/boot.js explains why); three seconds at most, in case boot.js
/// never ran.
const START_WAIT: &str =
    "await new Promise((go) => {\n  if (window.hpgMayStart) { go(); return; }\n  \
     addEventListener('hpg-may-start', go, { once: true });\n  setTimeout(go, 3000);\n});\n";

/// Compiles the wasm, then hands the compiled module to wasm-bindgen's `init` one task later: finishing the
/// compile and starting the app are then two tasks, not one long one on a slow phone. A host that serves
/// `.wasm` with another type than `application/wasm` still works (compiled from the downloaded bytes).
const START_COMPILE: &str = "async function compiled(url) {\n  let module;\n  try {\n    \
     module = await WebAssembly.compileStreaming(fetch(url));\n  } catch (e) {\n    \
     module = await WebAssembly.compile(await (await fetch(url)).arrayBuffer());\n  }\n  \
     await new Promise((go) => setTimeout(go, 0));\n  return module;\n}\n";

/// Trunk writes an inline `<script type="module">` that starts the wasm. The Content-Security-Policy in
/// index.html allows no inline script, so move it to `start-<hash>.js` and load that instead; the script
/// first waits for boot.js (`START_WAIT`), then compiles the wasm before it starts it (`START_COMPILE`).
/// Trunk also adds a `<link rel="preload">` for the wasm; it is taken out, because the download must not
/// start before boot.js says so. Then check that no inline script is left.
fn externalise_inline_script(dist: &Path) {
    let index = dist.join("index.html");
    let mut html =
        fs::read_to_string(&index).unwrap_or_else(|e| fail(&format!("dist/index.html: {e}")));
    let open = "<script type=\"module\">";
    if let Some(start) = html.find(open) {
        let body_start = start + open.len();
        let end = body_start
            + html[body_start..]
                .find("</script>")
                .unwrap_or_else(|| fail("dist/index.html: unclosed inline script"));
        let script = html[body_start..end].trim().to_owned() + "\n";
        let Some(first_line_end) = script.find('\n') else {
            fail("dist/index.html: Trunk's start-up script has an unexpected shape");
        };
        if !script[..first_line_end].starts_with("import init") {
            fail("dist/index.html: Trunk's start-up script does not start with its import");
        }
        let init = "init({ module_or_path: '";
        let Some(url_start) = script.find(init).map(|i| i + init.len()) else {
            fail(
                "dist/index.html: Trunk's start-up script does not call init with the wasm's path",
            );
        };
        let Some(url_end) = script[url_start..].find('\'').map(|i| url_start + i) else {
            fail("dist/index.html: Trunk's start-up script has an unclosed wasm path");
        };
        let script = format!(
            "{}{START_WAIT}{START_COMPILE}{}await compiled('{}'){}",
            &script[..=first_line_end],
            &script[first_line_end + 1..url_start - 1],
            &script[url_start..url_end],
            &script[url_end + 1..]
        );
        let name = format!("start-{:016x}.js", fnv1a(script.as_bytes(), FNV_OFFSET));
        fs::write(dist.join(&name), &script).unwrap_or_else(|e| fail(&format!("dist/{name}: {e}")));
        html.replace_range(
            start..end + "</script>".len(),
            &format!("<script type=\"module\" src=\"{name}\"></script>"),
        );
        eprintln!("    moved Trunk's inline start-up script to dist/{name}");
    }
    let preload = "<link rel=\"preload\" href=\"./";
    while let Some(start) = html.find(preload) {
        let end = start
            + html[start..]
                .find('>')
                .unwrap_or_else(|| fail("dist/index.html: unclosed <link>"))
            + 1;
        if !html[start..end].contains("_bg.wasm\"") {
            fail("dist/index.html: an unexpected <link rel=\"preload\">");
        }
        html.replace_range(start..end, "");
    }
    fs::write(&index, &html).unwrap_or_else(|e| fail(&format!("dist/index.html: {e}")));
    let mut rest = html.as_str();
    while let Some(i) = rest.find("<script") {
        let tag_end = rest[i..].find('>').map_or(rest.len(), |j| i + j);
        if !rest[i..tag_end].contains(" src=") {
            fail("dist/index.html still has an inline <script>; the Content-Security-Policy would block it");
        }
        rest = &rest[tag_end..];
    }
    if !html.contains("http-equiv=\"Content-Security-Policy\"") {
        fail("dist/index.html has no Content-Security-Policy");
    }
}

/// Joins each non-source locale's `.ftl` files into `dist/locales/<tag>.ftl`, the one file the app fetches
/// when a reader chooses that language (en-GB is compiled into the wasm). Files are joined in name order;
/// message ids are unique across a locale's files (a native test checks), so the order does not matter.
fn write_locale_files(dist: &Path) {
    let source = root().join("locales");
    let out = dist.join("locales");
    let _ = fs::remove_dir_all(&out);
    fs::create_dir_all(&out).unwrap_or_else(|e| fail(&format!("dist/locales: {e}")));
    let mut tags: Vec<String> = fs::read_dir(&source)
        .unwrap_or_else(|e| fail(&format!("locales/: {e}")))
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|t| t != "en-GB")
        .collect();
    tags.sort();
    for tag in tags {
        let mut names = Vec::new();
        files_under(&source.join(&tag), "", &mut names);
        names.retain(|n| n.ends_with(".ftl"));
        let mut joined = String::new();
        for name in &names {
            let text = fs::read_to_string(source.join(&tag).join(name))
                .unwrap_or_else(|e| fail(&format!("locales/{tag}/{name}: {e}")));
            joined.push_str(&text);
            joined.push('\n');
        }
        let path = out.join(format!("{tag}.ftl"));
        fs::write(&path, &joined).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
        eprintln!(
            "    locale {tag}: {} files joined into dist/locales/{tag}.ftl, {} B ({} B gzip)",
            names.len(),
            joined.len(),
            gzip_size(&path)
        );
    }
}

/// Every file in `dir` (recursively), as paths relative to it with `/` separators, sorted.
fn files_under(dir: &Path, prefix: &str, out: &mut Vec<String>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())))
        .filter_map(Result::ok)
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if entry.path().is_dir() {
            files_under(&entry.path(), &format!("{name}/"), out);
        } else {
            out.push(name);
        }
    }
}

/// Writes this build's precache list and version into dist/sw.js (replacing its `BUILD` line) and
/// dist/sw-manifest.json. The version hashes every file's name and bytes, so any change makes a new sw.js,
/// which the browser installs on the reader's next visit.
fn write_service_worker_build(dist: &Path) {
    let sw_path = dist.join("sw.js");
    let sw = fs::read_to_string(&sw_path).unwrap_or_else(|e| fail(&format!("dist/sw.js: {e}")));
    let mut files = Vec::new();
    files_under(dist, "", &mut files);
    // Not part of the app: the service worker itself, its list, and the host's header file.
    files.retain(|f| !matches!(f.as_str(), "sw.js" | "sw-manifest.json" | "_headers"));
    let mut hash = FNV_OFFSET;
    for f in &files {
        hash = fnv1a(f.as_bytes(), hash);
        let bytes = fs::read(dist.join(f)).unwrap_or_else(|e| fail(&format!("dist/{f}: {e}")));
        hash = fnv1a(&bytes, hash);
    }
    let list = files
        .iter()
        .map(|f| format!("\"{f}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let build = format!("{{ \"version\": \"{hash:016x}\", \"files\": [{list}] }}");
    let marker = "// HPG-BUILD";
    let Some(line) = sw.lines().find(|l| l.contains(marker)) else {
        fail("dist/sw.js has no `// HPG-BUILD` line to fill in");
    };
    let new_line = format!("const BUILD = {build}; {marker} (written by cargo xtask build)");
    fs::write(&sw_path, sw.replacen(line, &new_line, 1))
        .unwrap_or_else(|e| fail(&format!("dist/sw.js: {e}")));
    fs::write(dist.join("sw-manifest.json"), format!("{build}\n"))
        .unwrap_or_else(|e| fail(&format!("dist/sw-manifest.json: {e}")));
    eprintln!(
        "    service worker: version {hash:016x}, {} files precached",
        files.len()
    );
}

fn gzip_size(path: &Path) -> u64 {
    let out = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(path)
        .output()
        .unwrap_or_else(|e| fail(&format!("gzip: {e}")));
    out.stdout.len() as u64
}

fn size_report() {
    let dist = root().join("dist");
    let mut wasm_gz = 0;
    let mut js_gz = 0;
    eprintln!("\n==> bundle sizes (dist/)");
    let mut entries: Vec<PathBuf> = fs::read_dir(&dist)
        .unwrap_or_else(|e| fail(&format!("dist/: {e}")))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(ext, "wasm" | "js" | "css" | "html") {
            continue;
        }
        let raw = fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        let gz = gzip_size(&path);
        match ext {
            "wasm" => wasm_gz += gz,
            "js" => js_gz += gz,
            _ => {}
        }
        eprintln!(
            "    {:<44} {:>9} B raw {:>9} B gzip",
            path.file_name().unwrap().to_string_lossy(),
            raw,
            gz
        );
    }
    eprintln!("    wasm gzip total {wasm_gz} B (budget {WASM_GZIP_BUDGET} B); js gzip total {js_gz} B (budget {JS_GZIP_BUDGET} B)");
    if wasm_gz == 0 {
        fail("no .wasm in dist/");
    }
    if wasm_gz > WASM_GZIP_BUDGET {
        fail(&format!(
            "wasm is {wasm_gz} B gzip, over the {WASM_GZIP_BUDGET} B budget"
        ));
    }
    if js_gz > JS_GZIP_BUDGET {
        fail(&format!(
            "JavaScript is {js_gz} B gzip, over the {JS_GZIP_BUDGET} B budget"
        ));
    }
}

/// Checks what a browser must wait for before it can paint dist/index.html: no script may block the parser
/// (each is `defer`, `async` or a module), the one stylesheet is the site's own (no `@import`, no other
/// origin) and within `CSS_GZIP_BUDGET`. Deterministic, so it gates the test command where a timing cannot.
fn check_nothing_blocks_first_paint(dist: &Path) {
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
fn first_load_report() {
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

/// The plain static server for dist/ (end2end/support/server.mjs), compressing like a real host.
fn static_server(host: &str, port: u16) -> Command {
    let mut c = cmd("node");
    c.args([
        "end2end/support/server.mjs",
        "--dir",
        "dist",
        "--host",
        host,
        "--port",
        &port.to_string(),
        "--compress",
    ]);
    c
}

/// Waits until the server accepts connections (a state, not a fixed time: node starts slowly on a busy
/// machine); fails if the server process ends first or nothing listens within two minutes.
fn wait_until_listening(host: &str, port: u16, server: &mut std::process::Child) {
    let deadline = Instant::now() + std::time::Duration::from_secs(120);
    while std::net::TcpStream::connect((host, port)).is_err() {
        if let Ok(Some(status)) = server.try_wait() {
            fail(&format!(
                "the static server stopped before it listened ({status})"
            ));
        }
        if Instant::now() > deadline {
            let _ = server.kill();
            fail(&format!(
                "nothing listened on {host}:{port} within two minutes"
            ));
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

fn serve() {
    setup();
    build_site();
    let (host, port) = SERVE_ADDR;
    let url = format!("http://{host}:{port}/");
    eprintln!("\nHeart Pump Guide is being served at {url}  (Ctrl-C to stop)");
    let _ = std::io::stderr().flush();
    run("serve dist/", &mut static_server(host, port));
}

fn dist() {
    setup();
    build_site();
    eprintln!(
        "\ndist/ is ready: {}\nCopy the folder to any static host, at the root or a sub-path; no rewrites needed.",
        root().join("dist").display()
    );
}

fn test() {
    setup();
    run(
        "format check",
        cmd("cargo").args(["fmt", "--all", "--check"]),
    );
    run(
        "clippy",
        cmd("cargo").args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
    );
    run("native tests", cmd("cargo").args(["test", "--workspace"]));
    run(
        "readability of the patient pages (Flesch Reading Ease, Flesch-Kincaid grade)",
        cmd("python3").arg("xtask/readability.py"),
    );
    run(
        "hemosim builds for wasm32",
        cmd("cargo").args([
            "build",
            "-p",
            "hemosim",
            "--target",
            "wasm32-unknown-unknown",
        ]),
    );
    build_site();
    run(
        "browser tests (Playwright + Debian Chromium, axe-core)",
        cmd("npm")
            .current_dir(root().join("end2end"))
            .args(["test"])
            .env("HPG_DIST", root().join("dist")),
    );
    first_load_report();
    let t = Instant::now();
    lighthouse_audit(TEST_AUDIT_RUNS, false);
    eprintln!(
        "    Lighthouse audit: ok in {:.1} s",
        t.elapsed().as_secs_f64()
    );
}

fn bench() {
    setup();
    run(
        "hemosim benchmarks (criterion)",
        cmd("cargo").args(["bench", "-p", "hemosim"]),
    );
    build_site();
    run(
        "demo frame timing (headless Chromium)",
        cmd("node")
            .current_dir(root().join("end2end"))
            .arg("bench/frames.mjs")
            .env("HPG_DIST", root().join("dist")),
    );
}

/// Builds the site, then [`lighthouse_audit`].
fn audit() {
    setup();
    build_site();
    lighthouse_audit(AUDIT_RUNS, true);
}

/// Serves dist/ and runs Lighthouse (npm, mobile emulation, Debian's Chromium) `runs_per_page` times on each
/// page of `AUDIT_ROUTES`; prints every run's four category scores and the median, and fails when a median is
/// under `LIGHTHOUSE_TARGETS` — for performance, a timing, only when `gate_timing` (`cargo xtask audit`; the
/// test command reports it). The median of several runs is Lighthouse's own advice on a busy machine.
fn lighthouse_audit(runs_per_page: usize, gate_timing: bool) {
    let (host, port) = AUDIT_ADDR;
    let mut server = static_server(host, port)
        .stdout(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| fail(&format!("cannot start the server: {e}")));
    wait_until_listening(host, port, &mut server);
    let reports = env::temp_dir().join(format!("hpg-lighthouse-{}", std::process::id()));
    let _ = fs::create_dir_all(&reports);
    let mut failures = Vec::new();
    for (i, route) in AUDIT_ROUTES.iter().enumerate() {
        let url = format!("http://{host}:{port}/{route}");
        eprintln!("\n==> Lighthouse (mobile) {url}, {runs_per_page} runs");
        let mut runs: Vec<Vec<(String, u32)>> = Vec::new();
        let mut notes = String::new();
        for run in 0..runs_per_page {
            let report = reports.join(format!("page-{i}-{run}.json"));
            let profile = reports.join(format!("profile-{i}-{run}"));
            let status = cmd("lighthouse")
                .args([
                    &url,
                    "--quiet",
                    "--output=json",
                    &format!("--output-path={}", report.display()),
                    "--only-categories=performance,accessibility,best-practices,seo",
                    &format!(
                        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage \
                         --user-data-dir={}",
                        profile.display()
                    ),
                ])
                .env("CHROME_PATH", "/usr/bin/chromium")
                .status();
            if !status.is_ok_and(|s| s.success()) {
                let _ = server.kill();
                fail(&format!("lighthouse failed on {url}"));
            }
            // Read the scores with node (the report is JSON; xtask stays std only).
            let script = "const r = require(process.argv[1]); \
                for (const [id, c] of Object.entries(r.categories)) console.log(id, Math.round(c.score * 100)); \
                for (const a of Object.values(r.audits)) \
                  if (a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode)) \
                    console.log('#', a.id, a.score, a.displayValue ?? '');";
            let output = output_of("node", &["-e", script, &report.display().to_string()])
                .unwrap_or_else(|| fail(&format!("cannot read {}", report.display())));
            let mut scores = Vec::new();
            for line in output.lines() {
                let mut parts = line.split_whitespace();
                let (Some(id), Some(score)) = (parts.next(), parts.next()) else {
                    continue;
                };
                if id == "#" {
                    if run == 0 {
                        notes
                            .push_str(&format!("      below full marks (run 1): {}\n", &line[2..]));
                    }
                    continue;
                }
                scores.push((id.to_owned(), score.parse().unwrap_or(0)));
            }
            eprintln!(
                "    run {}: {}",
                run + 1,
                scores
                    .iter()
                    .map(|(id, s)| format!("{id} {s}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            runs.push(scores);
        }
        eprint!("{notes}");
        for (id, target) in LIGHTHOUSE_TARGETS {
            let mut all: Vec<u32> = runs
                .iter()
                .filter_map(|r| r.iter().find(|(i, _)| i == id).map(|(_, s)| *s))
                .collect();
            all.sort_unstable();
            let median = all.get(all.len() / 2).copied().unwrap_or(0);
            let gated = gate_timing || id != TIMED_CATEGORY;
            let mark = match (median >= target, gated) {
                (true, _) => "ok",
                (false, true) => "BELOW TARGET",
                (false, false) => {
                    "below target (a timing: reported, not a test gate; see cargo xtask audit)"
                }
            };
            eprintln!("    {id:<16} median {median:>3} (target {target}) {mark}");
            if median < target && gated {
                failures.push(format!("{url}: {id} median {median} < {target}"));
            }
        }
    }
    let _ = server.kill();
    let _ = server.wait();
    let _ = fs::remove_dir_all(&reports);
    if !failures.is_empty() {
        fail(&format!(
            "Lighthouse targets missed:\n  {}",
            failures.join("\n  ")
        ));
    }
}
