//! Project automation for Heart Pump Guide: `cargo xtask <command>`.
//!
//! - `serve`: set up what is missing, build the release site and serve it on http://127.0.0.1:8080.
//! - `test`:  everything CI checks (format, lints, native tests, patient-page reading age, wasm builds with size
//!   budget, browser tests).
//! - `dist`:  build the deployable static folder `dist/`.
//! - `bench`: criterion benchmarks of the simulation core, then frame timing of the live demo in Chromium.
//! - `setup`: only install what is missing (`--browser` also installs Chromium for the browser tests).
//!
//! Plain std only, so the first `cargo xtask` compiles in seconds.

use std::env;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{exit, Command, Stdio};
use std::time::Instant;

/// The one place the download budget lives: the gzipped wasm must stay at or under this (bytes).
const WASM_GZIP_BUDGET: u64 = 400 * 1000;
/// The gzipped JavaScript (wasm-bindgen glue plus our boot script) must stay at or under this (bytes).
const JS_GZIP_BUDGET: u64 = 30 * 1000;
/// Trunk's version: 0.22 needs a newer rustc than our machines have (see ../shared/TOOLCHAIN.md).
const TRUNK_VERSION: &str = "0.21.14";
/// textstat's version for the readability gate: later versions download a dictionary at run time and fail here.
const TEXTSTAT_VERSION: &str = "0.7.3";
/// Where `cargo xtask serve` listens.
const SERVE_ADDR: (&str, u16) = ("127.0.0.1", 8080);

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let started = Instant::now();
    match args.first().map(String::as_str) {
        Some("setup") => setup(args.iter().any(|a| a == "--browser")),
        Some("serve") => serve(),
        Some("test") => test(),
        Some("dist") => dist(),
        Some("bench") => bench(),
        Some("build") => {
            setup(false);
            build_site();
        }
        _ => {
            eprintln!(
                "usage: cargo xtask <serve|test|dist|bench|setup [--browser]>\n\
                 \n  serve   build the app and serve it on http://{}:{}\
                 \n  test    run every check CI runs\
                 \n  dist    build the deployable static folder dist/\
                 \n  bench   simulation benchmarks and the demo's frame timing\
                 \n  setup   install missing tools (--browser: also Chromium)",
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
fn setup(browser: bool) {
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
    if browser && !Path::new("/usr/bin/chromium").exists() {
        if !is_root() {
            fail("Chromium is missing: run `sudo apt-get install -y chromium chromium-driver`, then try again");
        }
        run("update Debian package lists", cmd("apt-get").arg("update"));
        run(
            "install Chromium",
            cmd("apt-get").args(["install", "-y", "chromium", "chromium-driver"]),
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
    size_report();
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

fn serve() {
    setup(false);
    build_site();
    let (host, port) = SERVE_ADDR;
    let url = format!("http://{host}:{port}/");
    eprintln!("\nHeart Pump Guide is being served at {url}  (Ctrl-C to stop)");
    let _ = std::io::stderr().flush();
    run(
        "serve dist/",
        cmd("node").args([
            "end2end/support/server.mjs",
            "--dir",
            "dist",
            "--host",
            host,
            "--port",
            &port.to_string(),
        ]),
    );
}

fn dist() {
    setup(false);
    build_site();
    eprintln!(
        "\ndist/ is ready: {}\nCopy the folder to any static host, at the root or a sub-path; no rewrites needed.",
        root().join("dist").display()
    );
}

fn test() {
    setup(true);
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
}

fn bench() {
    setup(true);
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
