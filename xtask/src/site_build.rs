//! The site build: the app compiled for the browser, put into dist/ with content-hashed names, and the page
//! written from the index.html template. In order:
//!
//! 1. `cargo build --release --target wasm32-unknown-unknown --bin heart-pump-guide`;
//! 2. `wasm-bindgen --target web --no-typescript` (the CLI at the version in Cargo.lock, installed by setup);
//! 3. `wasm-opt -Oz` (binaryen from npm, at the version in end2end/package.json: Debian's older wasm-opt makes
//!    a wasm that breaks at run time, see ../shared/TOOLCHAIN.md);
//! 4. a fresh dist/: public/ copied to its root, the app's JavaScript and wasm as `heart-pump-guide-<hash>.js`
//!    and `heart-pump-guide-<hash>_bg.wasm`, the marked stylesheet as `app-<hash>.css`, the start-up script as
//!    `start-<hash>.js`, and index.html filled in by [`crate::page_template`].
//!
//! This is what Trunk 0.21 did for us (with the same tool arguments, so the same bytes), without a 9-minute
//! install on a fresh machine.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::content_hash::{content_hash, hashed_file_name};
use crate::page_template::{hashed_hrefs, render_page, start_script};
use crate::shell::{cmd, fail, output_of, root, run};

/// The binary that is the app (the package also has a library, which the tests use).
const APP_BIN: &str = "heart-pump-guide";

/// Builds the app and writes the site into `dist`, replacing what was there.
pub fn build_site_files(dist: &Path) {
    run(
        "build the app (cargo, release, wasm32)",
        cmd("cargo").args([
            "build",
            "--release",
            "--target",
            "wasm32-unknown-unknown",
            "--bin",
            APP_BIN,
        ]),
    );
    let target = cargo_target_dir();
    let wasm = target.join(format!("wasm32-unknown-unknown/release/{APP_BIN}.wasm"));
    let stage = target.join("site-build");
    let _ = fs::remove_dir_all(&stage);
    fs::create_dir_all(&stage).unwrap_or_else(|e| fail(&format!("{}: {e}", stage.display())));
    run(
        "generate the JavaScript bindings (wasm-bindgen)",
        cmd("wasm-bindgen")
            .args([
                "--target",
                "web",
                "--no-typescript",
                "--out-name",
                APP_BIN,
                "--out-dir",
            ])
            .arg(&stage)
            .arg(&wasm),
    );
    let bound = stage.join(format!("{APP_BIN}_bg.wasm"));
    let optimised = stage.join(format!("{APP_BIN}_bg.opt.wasm"));
    run(
        "shrink the wasm (wasm-opt -Oz)",
        cmd(&wasm_opt().to_string_lossy())
            .arg(format!("--output={}", optimised.display()))
            .arg("-Oz")
            .arg(&bound),
    );

    let read = |p: &Path| fs::read(p).unwrap_or_else(|e| fail(&format!("{}: {e}", p.display())));
    let wasm_bytes = read(&optimised);
    let js_bytes = read(&stage.join(format!("{APP_BIN}.js")));
    let app = format!("{APP_BIN}-{}", content_hash(&[&wasm_bytes, &js_bytes]));
    let template_path = root().join("index.html");
    let template =
        fs::read_to_string(&template_path).unwrap_or_else(|e| fail(&format!("index.html: {e}")));
    let hrefs = hashed_hrefs(&template).unwrap_or_else(|e| fail(&format!("index.html: {e}")));

    eprintln!("\n==> write dist/");
    let _ = fs::remove_dir_all(dist);
    copy_dir(&root().join("public"), dist);
    let write = |name: &str, bytes: &[u8]| {
        fs::write(dist.join(name), bytes).unwrap_or_else(|e| fail(&format!("dist/{name}: {e}")));
    };
    let mut hashed = HashMap::new();
    for href in hrefs {
        let bytes = read(&root().join(&href));
        let file_name = href.rsplit('/').next().unwrap_or(&href);
        let name = hashed_file_name(file_name, &bytes);
        write(&name, &bytes);
        hashed.insert(href, name);
    }
    write(&format!("{app}_bg.wasm"), &wasm_bytes);
    write(&format!("{app}.js"), &js_bytes);
    // JavaScript snippets of crates that use wasm-bindgen's `inline_js`/`module` (none today): the bindings
    // import them by these paths.
    let snippets = stage.join("snippets");
    if snippets.is_dir() {
        copy_dir(&snippets, &dist.join("snippets"));
    }
    let start = start_script(&app);
    let start_name = hashed_file_name("start.js", start.as_bytes());
    write(&start_name, start.as_bytes());
    let page = render_page(&template, &hashed, &format!("{app}.js"), &start_name)
        .unwrap_or_else(|e| fail(&format!("index.html: {e}")));
    write("index.html", page.as_bytes());
    eprintln!("    dist/: public/, {app}.js and _bg.wasm, {start_name}, index.html");
}

/// Where cargo puts its output (CARGO_TARGET_DIR or the workspace's `target/`), as `cargo metadata` says.
fn cargo_target_dir() -> PathBuf {
    let metadata = output_of("cargo", &["metadata", "--format-version", "1", "--no-deps"])
        .unwrap_or_else(|| fail("cargo metadata failed"));
    json_string_field(&metadata, "target_directory")
        .map(PathBuf::from)
        .unwrap_or_else(|| fail("cargo metadata gave no target_directory"))
}

/// The string value of the first `"key": "…"` in a JSON text (enough for one field of `cargo metadata`).
fn json_string_field(json: &str, key: &str) -> Option<String> {
    let at = json.find(&format!("\"{key}\""))? + key.len() + 2;
    let rest = json[at..].trim_start().strip_prefix(':')?.trim_start();
    let mut chars = rest.strip_prefix('"')?.chars();
    let mut value = String::new();
    loop {
        match chars.next()? {
            '"' => return Some(value),
            '\\' => match chars.next()? {
                'n' => value.push('\n'),
                't' => value.push('\t'),
                c => value.push(c),
            },
            c => value.push(c),
        }
    }
}

/// npm's wasm-opt, after checking it is the binaryen version end2end/package.json pins.
fn wasm_opt() -> PathBuf {
    let path = root().join("end2end/node_modules/.bin/wasm-opt");
    let package = fs::read_to_string(root().join("end2end/package.json"))
        .unwrap_or_else(|e| fail(&format!("end2end/package.json: {e}")));
    let Some(pinned) = json_string_field(&package, "binaryen") else {
        fail("end2end/package.json pins no binaryen");
    };
    let major = pinned.split('.').next().unwrap_or(&pinned);
    let have = output_of(&path.to_string_lossy(), &["--version"]).unwrap_or_else(|| {
        fail(&format!(
            "{} is missing: run `cargo xtask setup`",
            path.display()
        ))
    });
    if !have.contains(&format!("version {major} ")) {
        fail(&format!(
            "wasm-opt says `{}`, binaryen {pinned} is pinned: run `cargo xtask setup`",
            have.trim()
        ));
    }
    path
}

/// Copies the folder `from` into `to` (created), recursively.
fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap_or_else(|e| fail(&format!("{}: {e}", to.display())));
    let entries = fs::read_dir(from).unwrap_or_else(|e| fail(&format!("{}: {e}", from.display())));
    for entry in entries.filter_map(Result::ok) {
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if src.is_dir() {
            copy_dir(&src, &dst);
        } else {
            fs::copy(&src, &dst).unwrap_or_else(|e| fail(&format!("{}: {e}", src.display())));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_string_fields_are_read_with_their_escapes() {
        let metadata = r#"{"packages":[],"target_directory":"/work/a \"b\"\\target","version":1}"#;
        assert_eq!(
            json_string_field(metadata, "target_directory").as_deref(),
            Some(r#"/work/a "b"\target"#)
        );
        let package = "{\n  \"devDependencies\": {\n    \"binaryen\": \"132.0.0\"\n  }\n}";
        assert_eq!(
            json_string_field(package, "binaryen").as_deref(),
            Some("132.0.0")
        );
        assert_eq!(json_string_field(package, "typescript"), None);
        assert_eq!(json_string_field(r#"{"a": 1}"#, "a"), None);
    }
}
