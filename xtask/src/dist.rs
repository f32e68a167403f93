//! `cargo xtask dist` and the site build every command shares: the app and its page
//! ([`crate::site_build`]), then the rest of dist/ (the locale files, pre-rendering in Chromium, the service
//! worker's precache list), then the size checks of [`crate::budgets`].

use std::fs;
use std::path::Path;

use crate::budgets::{check_nothing_blocks_first_paint, gzip_size, size_report};
use crate::content_hash::{fnv1a, FNV_OFFSET};
use crate::setup::setup;
use crate::shell::{cmd, fail, root, run};
use crate::site_build::{build_site_files, files_under};

/// `cargo xtask dist`: set up, build dist/, say where it is.
pub fn dist() {
    setup();
    build_site();
    eprintln!(
        "\ndist/ is ready: {}\nCopy the folder to any static host, at the root or a sub-path; no rewrites needed.",
        root().join("dist").display()
    );
}

/// Builds the release site into dist/ and checks its size budget.
pub fn build_site() {
    let dist = root().join("dist");
    build_site_files(&dist);
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

/// Writes each locale's text as the app fetches it: `dist/locales/<tag>.ftl`, the guide's `.ftl` files of a
/// locale joined (for every locale but en-GB, whose guide text is compiled into the wasm), and for each part
/// fetched on demand (a sub-folder: `simulator/`, `decide/`) `dist/locales/<tag>.<part>.ftl`, the files in
/// that folder joined (every locale: fetched with the part's module, see src/on_demand.rs). Files are joined in name order; message ids are unique across a locale's files (a
/// native test checks), so the order does not matter.
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
        .collect();
    tags.sort();
    for tag in tags {
        let mut names = Vec::new();
        files_under(&source.join(&tag), "", &mut names);
        names.retain(|n| n.ends_with(".ftl"));
        let mut parts: std::collections::BTreeMap<String, Vec<String>> = Default::default();
        let mut guide = Vec::new();
        for name in names {
            match name.split_once('/') {
                Some((part, _)) => parts.entry(part.to_owned()).or_default().push(name),
                None => guide.push(name),
            }
        }
        if tag != "en-GB" {
            join_files(&source.join(&tag), &guide, &out.join(format!("{tag}.ftl")));
        }
        for (part, files) in &parts {
            join_files(
                &source.join(&tag),
                files,
                &out.join(format!("{tag}.{part}.ftl")),
            );
        }
    }
}

/// Joins the files `names` (relative to `dir`) into `path`, one after the other, and says so.
fn join_files(dir: &Path, names: &[String], path: &Path) {
    if names.is_empty() {
        fail(&format!("no .ftl files for {}", path.display()));
    }
    let mut joined = String::new();
    for name in names {
        let text = fs::read_to_string(dir.join(name))
            .unwrap_or_else(|e| fail(&format!("{}/{name}: {e}", dir.display())));
        joined.push_str(&text);
        joined.push('\n');
    }
    fs::write(path, &joined).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
    eprintln!(
        "    {} files joined into dist/locales/{}, {} B ({} B gzip)",
        names.len(),
        path.file_name().unwrap_or_default().to_string_lossy(),
        joined.len(),
        gzip_size(path)
    );
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
