//! index.html is the page template; the build fills in what only a build knows. Two kinds of marked tag:
//!
//! - `<link … href="style/app.css" data-build="hashed">`: the file is copied to the site root under a
//!   content-hashed name (`app-<hash>.css`) and the link points there.
//! - `<script type="module" data-build="app"></script>`: replaced by preloads of the app's JavaScript modules
//!   (the bindings and the split modules' loader they import, so neither waits for the other) and the
//!   start-up script `start-<hash>.js` (see [`start_script`]); the Content-Security-Policy allows no inline
//!   script, so the start-up code is always a file.
//!
//! Pure text in, text out, so every rule here has a native test.

use std::collections::HashMap;

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

/// The start-up script for the app whose wasm-bindgen files are `app_js` and `app_wasm` (paths from the site
/// root): it first waits for boot.js (`START_WAIT`), then compiles the wasm before it starts it
/// (`START_COMPILE`). The app's exports stay reachable as `window.wasmBindings`: the build's pre-rendering
/// (end2end/prerender.mjs) asks the running app for the rules boot.js needs (`boot_rules`).
pub fn start_script(app_js: &str, app_wasm: &str) -> String {
    format!(
        "import init, * as bindings from './{app_js}';\n{START_WAIT}{START_COMPILE}\
         await init({{ module_or_path: await compiled('./{app_wasm}') }});\n\
         window.wasmBindings = bindings;\n"
    )
}

/// A tag in the template that carries `data-build="…"`: where it is and what it says.
struct Marked<'t> {
    /// Byte range of the whole element (for a script, up to and including `</script>`).
    start: usize,
    end: usize,
    /// The opening tag, `<…>`.
    tag: &'t str,
    /// The tag's name (`link`, `script`).
    name: &'t str,
    /// The value of `data-build`.
    kind: &'t str,
}

const MARK: &str = "data-build=\"";

/// The first marked tag at or after `from`, or an error that names what is wrong with it.
fn next_marked(html: &str, from: usize) -> Result<Option<Marked<'_>>, String> {
    let Some(at) = html[from..].find(MARK).map(|i| from + i) else {
        return Ok(None);
    };
    let start = html[..at]
        .rfind('<')
        .ok_or("a data-build attribute outside a tag")?;
    let tag_end = html[at..]
        .find('>')
        .map(|i| at + i + 1)
        .ok_or("an unclosed tag with data-build")?;
    let tag = &html[start..tag_end];
    let name = tag[1..]
        .split(|c: char| c.is_whitespace() || c == '>')
        .next()
        .unwrap_or("");
    let kind = attribute(tag, "data-build").unwrap_or("");
    let end = if name == "script" {
        if !html[tag_end..].starts_with("</script>") {
            return Err(format!("{tag} must be empty: the build replaces it"));
        }
        tag_end + "</script>".len()
    } else {
        tag_end
    };
    Ok(Some(Marked {
        start,
        end,
        tag,
        name,
        kind,
    }))
}

/// The value of attribute `name` in the opening tag `tag` (double-quoted values, as in our template).
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let key = format!(" {name}=\"");
    let from = tag.find(&key)? + key.len();
    tag[from..].find('"').map(|len| &tag[from..from + len])
}

/// The files the template asks to be hashed (`data-build="hashed"`), as written in their `href`s: paths
/// from the workspace root.
pub fn hashed_hrefs(template: &str) -> Result<Vec<String>, String> {
    let mut hrefs = Vec::new();
    let mut from = 0;
    while let Some(m) = next_marked(template, from)? {
        if m.kind == "hashed" {
            let href = attribute(m.tag, "href").ok_or_else(|| format!("{} has no href", m.tag))?;
            hrefs.push(href.to_owned());
        }
        from = m.end;
    }
    Ok(hrefs)
}

/// Fills in the template: each `data-build="hashed"` link points to its file's hashed name in `hashed`
/// (keyed by the template's href), and the `data-build="app"` script becomes a module preload of each of
/// `app_js` and the start-up script `start_js`. Fails on an unknown or missing marker, on an inline script
/// left in the page, and when the page has no Content-Security-Policy.
pub fn render_page(
    template: &str,
    hashed: &HashMap<String, String>,
    app_js: &[&str],
    start_js: &str,
) -> Result<String, String> {
    let mut html = String::with_capacity(template.len() + 200);
    let mut from = 0;
    let mut apps = 0;
    while let Some(m) = next_marked(template, from)? {
        html.push_str(&template[from..m.start]);
        match (m.kind, m.name) {
            ("hashed", "link") => {
                let href =
                    attribute(m.tag, "href").ok_or_else(|| format!("{} has no href", m.tag))?;
                let name = hashed
                    .get(href)
                    .ok_or_else(|| format!("{href} was not hashed"))?;
                html.push_str(
                    &m.tag
                        .replace(&format!(" href=\"{href}\""), &format!(" href=\"./{name}\""))
                        .replace(" data-build=\"hashed\"", ""),
                );
            }
            ("app", "script") => {
                apps += 1;
                let line_start = template[..m.start].rfind('\n').map_or(0, |i| i + 1);
                let indent = &template[line_start..m.start];
                let indent = if indent.trim().is_empty() { indent } else { "" };
                for js in app_js {
                    html.push_str(&format!(
                        "<link rel=\"modulepreload\" href=\"./{js}\">\n{indent}"
                    ));
                }
                html.push_str(&format!(
                    "<script type=\"module\" src=\"{start_js}\"></script>"
                ));
            }
            _ => return Err(format!("{}: unknown data-build marker", m.tag)),
        }
        from = m.end;
    }
    html.push_str(&template[from..]);
    if apps != 1 {
        return Err(format!(
            "the template needs exactly one <script type=\"module\" data-build=\"app\"></script>, it has {apps}"
        ));
    }
    check_no_inline_script(&html)?;
    if !html.contains("http-equiv=\"Content-Security-Policy\"") {
        return Err("the page has no Content-Security-Policy".into());
    }
    Ok(html)
}

/// Every `<script>` must load a file: the Content-Security-Policy in index.html blocks inline scripts.
fn check_no_inline_script(html: &str) -> Result<(), String> {
    let mut rest = html;
    while let Some(i) = rest.find("<script") {
        let tag_end = rest[i..].find('>').map_or(rest.len(), |j| i + j);
        if !rest[i..tag_end].contains(" src=") {
            return Err(
                "an inline <script> is left in the page; the Content-Security-Policy would block it"
                    .into(),
            );
        }
        rest = &rest[tag_end..];
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!doctype html>\n<head>\n  \
        <meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self'\">\n  \
        <link rel=\"stylesheet\" href=\"style/app.css\" data-build=\"hashed\">\n  \
        <script src=\"boot.js\" defer></script>\n  \
        <script type=\"module\" data-build=\"app\"></script>\n</head>\n";

    fn names() -> HashMap<String, String> {
        HashMap::from([(
            "style/app.css".to_owned(),
            "app-0123456789abcdef.css".to_owned(),
        )])
    }

    #[test]
    fn the_template_names_the_files_to_hash() {
        assert_eq!(hashed_hrefs(TEMPLATE).unwrap(), ["style/app.css"]);
    }

    #[test]
    fn markers_become_the_built_files_and_the_rest_is_untouched() {
        let page = render_page(
            TEMPLATE,
            &names(),
            &["hpg-42/app.js", "hpg-42/split.js"],
            "start-7.js",
        )
        .unwrap();
        assert_eq!(
            page,
            "<!doctype html>\n<head>\n  \
             <meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self'\">\n  \
             <link rel=\"stylesheet\" href=\"./app-0123456789abcdef.css\">\n  \
             <script src=\"boot.js\" defer></script>\n  \
             <link rel=\"modulepreload\" href=\"./hpg-42/app.js\">\n  \
             <link rel=\"modulepreload\" href=\"./hpg-42/split.js\">\n  \
             <script type=\"module\" src=\"start-7.js\"></script>\n</head>\n"
        );
    }

    #[test]
    fn the_real_template_renders() {
        let template = include_str!("../../index.html");
        let hrefs = hashed_hrefs(template).unwrap();
        assert_eq!(hrefs, ["style/app.css"]);
        let page = render_page(template, &names(), &["a.js"], "s.js").unwrap();
        assert!(!page.contains("data-build"));
        assert!(page.contains("<script type=\"module\" src=\"s.js\"></script>"));
    }

    #[test]
    fn a_page_without_the_app_or_with_it_twice_is_refused() {
        let without = TEMPLATE.replace("<script type=\"module\" data-build=\"app\"></script>", "");
        assert!(render_page(&without, &names(), &["a.js"], "s.js").is_err());
        let twice = TEMPLATE.replace(
            "</head>",
            "<script type=\"module\" data-build=\"app\"></script></head>",
        );
        assert!(render_page(&twice, &names(), &["a.js"], "s.js").is_err());
    }

    #[test]
    fn unknown_markers_unhashed_files_and_inline_scripts_are_refused() {
        let unknown = TEMPLATE.replace("data-build=\"hashed\"", "data-build=\"inline\"");
        assert!(render_page(&unknown, &names(), &["a.js"], "s.js")
            .unwrap_err()
            .contains("unknown"));
        assert!(render_page(TEMPLATE, &HashMap::new(), &["a.js"], "s.js")
            .unwrap_err()
            .contains("style/app.css"));
        let inline = TEMPLATE.replace("</head>", "<script>alert(1)</script></head>");
        assert!(render_page(&inline, &names(), &["a.js"], "s.js")
            .unwrap_err()
            .contains("inline"));
        let filled = TEMPLATE.replace(
            "data-build=\"app\"></script>",
            "data-build=\"app\">go()</script>",
        );
        assert!(render_page(&filled, &names(), &["a.js"], "s.js").is_err());
        let no_csp = TEMPLATE.replace("http-equiv=\"Content-Security-Policy\"", "name=\"x\"");
        assert!(render_page(&no_csp, &names(), &["a.js"], "s.js").is_err());
    }

    #[test]
    fn the_start_script_waits_then_compiles_then_starts_and_exposes_the_bindings() {
        let script = start_script("hpg-42/app.js", "hpg-42/app_bg.wasm");
        assert!(script.starts_with("import init, * as bindings from './hpg-42/app.js';\n"));
        let wait = script.find("hpg-may-start").unwrap();
        let compile = script.find("WebAssembly.compileStreaming").unwrap();
        let init = script
            .find("await init({ module_or_path: await compiled('./hpg-42/app_bg.wasm') });")
            .unwrap();
        let bindings = script.find("window.wasmBindings = bindings;").unwrap();
        assert!(wait < compile && compile < init && init < bindings);
    }
}
