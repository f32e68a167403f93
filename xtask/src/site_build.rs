//! The site build: the app compiled for the browser, split into the modules a reader fetches, put into dist/
//! with content-hashed names, and the page written from the index.html template. In order:
//!
//! 1. `cargo build --release --target wasm32-unknown-unknown --bin heart-pump-guide` (linked with
//!    `--emit-relocs`, see .cargo/config.toml, so the next step can move code between modules);
//! 2. the wasm split at its `wasm_split` points ([`wasm_split_cli_support`], the library cargo-leptos uses):
//!    a main module (the frame and every patient page), one module per split point (`split_demo.wasm`: the
//!    demo and the model's limits; `split_practice.wasm`: the practice room) and one for the code several
//!    split points share (`chunk_<n>.wasm`), fetched by `__wasm_split.js` the first time a reader opens a
//!    page that needs them (see src/on_demand.rs);
//! 3. `wasm-bindgen --target web --no-typescript --keep-lld-exports` on the main module (the CLI at the version
//!    in Cargo.lock, installed by setup; the split modules import what they need from the main one);
//! 4. `wasm-opt -Oz` on every module (binaryen from npm, at the version in end2end/package.json: Debian's older
//!    wasm-opt makes a wasm that breaks at run time, see ../shared/TOOLCHAIN.md);
//! 5. a fresh dist/: public/ copied to its root; the app's JavaScript and wasm files, which name each other,
//!    in one folder named by the hash of them all (`hpg-<hash>/`); the marked stylesheet as `app-<hash>.css`;
//!    the start-up script as `start-<hash>.js`; and index.html filled in by [`crate::page_template`].

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::content_hash::{content_hash, hashed_file_name};
use crate::page_template::{hashed_hrefs, render_page, start_script};
use crate::shell::{cmd, fail, output_of, root, run};

/// The binary that is the app (the package also has a library, which the tests use).
pub const APP_BIN: &str = "heart-pump-guide";
/// The name of the loader that fetches the split modules (wasm-bindgen's JavaScript imports it).
const SPLIT_LOADER: &str = "__wasm_split.js";

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
    let (split, bound, app) = (stage.join("split"), stage.join("bound"), stage.join("app"));
    for dir in [&split, &bound, &app] {
        fs::create_dir_all(dir).unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())));
    }
    let read = |p: &Path| fs::read(p).unwrap_or_else(|e| fail(&format!("{}: {e}", p.display())));

    let chunks = split_modules(&read(&wasm), &split);
    run(
        "generate the JavaScript bindings (wasm-bindgen)",
        cmd("wasm-bindgen")
            .args([
                "--target",
                "web",
                "--no-typescript",
                "--keep-lld-exports",
                "--no-demangle",
                "--out-name",
                APP_BIN,
                "--out-dir",
            ])
            .arg(&bound)
            .arg(split.join(format!("{APP_BIN}.wasm"))),
    );
    let mut modules = vec![(
        bound.join(format!("{APP_BIN}_bg.wasm")),
        format!("{APP_BIN}_bg.wasm"),
    )];
    for chunk in &chunks {
        let name = chunk
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        modules.push((chunk.clone(), name));
    }
    let wasm_opt = wasm_opt();
    for (from, name) in &modules {
        run(
            &format!("shrink {name} (wasm-opt -Oz)"),
            cmd(&wasm_opt.to_string_lossy())
                .arg(format!("--output={}", app.join(name).display()))
                .arg("-Oz")
                .arg(from),
        );
    }
    copy_file(
        &bound.join(format!("{APP_BIN}.js")),
        &app.join(format!("{APP_BIN}.js")),
    );
    copy_file(&split.join(SPLIT_LOADER), &app.join(SPLIT_LOADER));
    // JavaScript snippets of crates that use wasm-bindgen's `inline_js`/`module` (none today): the bindings
    // import them by these paths.
    if bound.join("snippets").is_dir() {
        copy_dir(&bound.join("snippets"), &app.join("snippets"));
    }

    // The files in app/ name each other (the bindings import the loader, the loader imports the bindings
    // and fetches the split modules), so they keep their names and their folder carries the hash of them all.
    let mut files = Vec::new();
    files_under(&app, "", &mut files);
    let mut parts: Vec<Vec<u8>> = Vec::new();
    for f in &files {
        parts.push(f.as_bytes().to_vec());
        parts.push(read(&app.join(f)));
    }
    let part_refs: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
    let app_dir = format!("hpg-{}", content_hash(&part_refs));

    let template_path = root().join("index.html");
    let template =
        fs::read_to_string(&template_path).unwrap_or_else(|e| fail(&format!("index.html: {e}")));
    let hrefs = hashed_hrefs(&template).unwrap_or_else(|e| fail(&format!("index.html: {e}")));

    eprintln!("\n==> write dist/");
    let _ = fs::remove_dir_all(dist);
    copy_dir(&root().join("public"), dist);
    copy_dir(&app, &dist.join(&app_dir));
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
    let app_js = format!("{app_dir}/{APP_BIN}.js");
    let start = start_script(&app_js, &format!("{app_dir}/{APP_BIN}_bg.wasm"));
    let start_name = hashed_file_name("start.js", start.as_bytes());
    write(&start_name, start.as_bytes());
    let split_js = format!("{app_dir}/{SPLIT_LOADER}");
    let page = render_page(&template, &hashed, &[&app_js, &split_js], &start_name)
        .unwrap_or_else(|e| fail(&format!("index.html: {e}")));
    write("index.html", page.as_bytes());
    eprintln!(
        "    dist/: public/, {app_dir}/ ({}), {start_name}, index.html",
        files.join(", ")
    );
}

/// Splits the linked wasm at its `wasm_split` points: writes `<APP_BIN>.wasm` (the main module, still to be
/// bound), one `split_<name>.wasm` per split point, a `chunk_<n>.wasm` for code several of them share, and
/// the loader `__wasm_split.js` into `out`, and returns the paths of all but the main module. Fails when the app has no split point: then the simulator would be in the main
/// module, and every reader would download it.
fn split_modules(wasm: &[u8], out: &Path) -> Vec<PathBuf> {
    eprintln!("\n==> split the wasm into modules fetched on demand (wasm_split_cli_support)");
    let main_out = out.join(format!("{APP_BIN}.wasm"));
    let main_module = format!("./{APP_BIN}.js");
    let link_name = format!("./{SPLIT_LOADER}");
    let mut options = wasm_split_cli_support::Options::new(wasm);
    options.output_dir = out;
    options.main_out_path = &main_out;
    options.main_module = &main_module;
    options.link_name = &link_name;
    let split = wasm_split_cli_support::transform(options)
        .unwrap_or_else(|e| fail(&format!("splitting the wasm failed: {e:?}")));
    let mut chunks = split.split_modules;
    chunks.sort();
    if chunks.is_empty() {
        fail("the wasm has no split point: the simulator pages must be in a module of their own");
    }
    for chunk in &chunks {
        eprintln!("    {}", chunk.display());
    }
    chunks
}

/// Every file in `dir` (recursively), as paths relative to it with `/` separators, sorted.
pub fn files_under(dir: &Path, prefix: &str, out: &mut Vec<String>) {
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

fn copy_file(from: &Path, to: &Path) {
    fs::copy(from, to).unwrap_or_else(|e| fail(&format!("{}: {e}", from.display())));
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
