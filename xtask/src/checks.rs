//! `cargo xtask test`: every check CI runs, in order (format, lints, native tests, reading age, wasm builds
//! with their budgets, browser tests, first-load budgets, Lighthouse).

use std::time::Instant;

use crate::audit::{lighthouse_audit, TEST_AUDIT_RUNS};
use crate::budgets::first_load_report;
use crate::dist::build_site;
use crate::setup::setup;
use crate::shell::{cmd, root, run};

/// `cargo xtask test`: set up, then run each check in turn; the first that fails stops the rest.
pub fn test() {
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
    // The property tests draw their cases from a fixed seed here, so the test command gives one answer on
    // every run; a plain `cargo test` still draws new cases each time, to widen the search.
    run(
        "native tests",
        cmd("cargo")
            .args(["test", "--workspace"])
            .env("PROPTEST_RNG_SEED", "20261204"),
    );
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
