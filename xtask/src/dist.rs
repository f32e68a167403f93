//! `cargo xtask dist` and the site build every command shares: Trunk, then the post-processing of dist/
//! (the inline start-up script moved to a file, the locale files, pre-rendering in Chromium, the service
//! worker's precache list), then the size checks of [`crate::budgets`].

use std::fs;
use std::path::Path;

use crate::budgets::{check_nothing_blocks_first_paint, gzip_size, size_report};
use crate::setup::setup;
use crate::shell::{cmd, fail, root, run};

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
