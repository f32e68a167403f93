//! `cargo xtask bench`: criterion benchmarks of the simulation core, then the demo's frame timing in Chromium.

use crate::dist::build_site;
use crate::setup::setup;
use crate::shell::{cmd, root, run};

/// `cargo xtask bench`: set up, run the criterion benchmarks, build dist/, then time the demo's frames.
pub fn bench() {
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
