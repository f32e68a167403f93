//! `cargo xtask setup`: installs whatever is missing (the wasm32 target, wasm-bindgen-cli, npm packages
//! including binaryen's wasm-opt, textstat, Chromium and an Urdu font), with the pinned versions; every other
//! command runs it first.

use std::fs;
use std::path::Path;

use crate::shell::{cmd, fail, output_of, root, run};

/// textstat's version for the readability gate: later versions download a dictionary at run time and fail here.
const TEXTSTAT_VERSION: &str = "0.7.3";

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
pub fn setup() {
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
    let wb = locked_wasm_bindgen();
    let have = output_of("wasm-bindgen", &["--version"]).unwrap_or_default();
    if !have.split_whitespace().any(|w| w == wb) {
        eprintln!("(first run: installing wasm-bindgen-cli takes about 2–4 minutes)");
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
