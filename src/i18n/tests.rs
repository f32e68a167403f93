//! Native tests of the locales, the catalogue and the formatting helpers.

use super::*;
use fluent_bundle::FluentResource;

#[test]
fn every_locale_has_every_source_message() {
    for locale in Locale::all() {
        let missing = missing_ids(locale);
        assert!(
            missing.is_empty(),
            "locale {} lacks {} message(s) that en-GB has: {}",
            locale.info().tag,
            missing.len(),
            missing.join(", ")
        );
    }
}

#[test]
fn the_file_list_matches_the_locale_folders() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut folders: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut tags: Vec<String> = LOCALES.iter().map(|l| l.tag.to_owned()).collect();
    tags.sort();
    assert_eq!(
        folders, tags,
        "every folder under locales/ is a shipped locale and back"
    );
    let list = |dir: &std::path::Path, prefix: &str| -> Vec<String> {
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.path().is_file())
            .map(|e| format!("{prefix}{}", e.file_name().to_string_lossy()))
            .collect();
        files.sort();
        files
    };
    let expected = |names: &[&str]| -> Vec<String> {
        let mut files: Vec<String> = names.iter().map(|n| format!("{n}.ftl")).collect();
        files.sort();
        files
    };
    for part in Part::ALL {
        assert!(part
            .files()
            .iter()
            .all(|n| n.starts_with(&format!("{}/", part.name()))));
    }
    for tag in &tags {
        assert_eq!(
            list(&root.join(tag), ""),
            expected(GUIDE_FTL_FILES),
            "locales/{tag}/ has exactly the files of GUIDE_FTL_FILES"
        );
        for part in Part::ALL {
            assert_eq!(
                list(
                    &root.join(tag).join(part.name()),
                    &format!("{}/", part.name())
                ),
                expected(part.files()),
                "locales/{tag}/{}/ has exactly the files of {part:?}.files()",
                part.name()
            );
        }
    }
}

#[test]
fn english_files_are_parsed_on_first_use_and_every_message_is_found() {
    assert!(defines("a = 1\nhome-title = Hi\n", "home-title"));
    assert!(!defines("home-title-x = Hi\n", "home-title"));
    assert!(!defines("x = see home-title = y\n", "home-title"));
    for id in message_ids(Locale::default()) {
        assert_ne!(
            translate(Locale::default(), &id, None),
            MISSING_TEXT,
            "{id} is found in its file"
        );
    }
    assert_eq!(
        SOURCE_PARSED.with(|p| p.get()),
        (1_u32 << compiled_in_count()) - 1,
        "every file was parsed once needed"
    );
}

#[test]
fn a_fetched_locale_is_used_once_installed() {
    let welsh = Locale::from_tag("cy").unwrap();
    let before = fallback_count();
    if !is_loaded(welsh) {
        assert_eq!(translate(welsh, "app-name", None), "Heart Pump Guide");
        assert_eq!(
            fallback_count(),
            before + 1,
            "text of an unloaded locale is a counted fallback"
        );
    }
    install_from_sources(welsh);
    assert!(is_loaded(welsh));
    let after = fallback_count();
    assert_eq!(translate(welsh, "app-name", None), "Canllaw Pwmp y Galon");
    assert_eq!(fallback_count(), after);
    assert!(locale_url(welsh).starts_with("locales/cy.ftl?v="));
}

#[test]
fn broken_fetched_text_keeps_what_parses() {
    let polish = Locale::from_tag("pl").unwrap();
    let n = install(
        polish,
        "app-name = Przewodnik\nthis is not fluent {\nhome-title = Start\n",
    );
    assert_eq!(n, 2);
    assert_eq!(translate(polish, "home-title", None), "Start");
    let before = fallback_count();
    assert_eq!(
        translate(polish, "skip-to-content", None),
        translate(Locale::default(), "skip-to-content", None)
    );
    assert_eq!(fallback_count(), before + 1);
}

/// Formats every message and attribute of every locale with sample arguments: count variables as numbers
/// (0, 1, 2, 3, 4, 5, 6, 11, 12, 21, 22, 25, 100, so every plural category of every language is reached),
/// everything else as text. No formatting error may occur.
#[test]
fn every_message_formats_in_every_locale_with_any_count() {
    use fluent_syntax::ast;
    fn variables<'s>(pattern: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, out);
            }
        }
    }
    fn expression_variables<'s>(e: &ast::Expression<&'s str>, out: &mut Vec<&'s str>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                if let ast::InlineExpression::VariableReference { id } = selector {
                    out.push(id.name);
                }
                for v in variants {
                    variables(&v.value, out);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                out.push(id.name)
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                expression_variables(expression, out)
            }
            ast::Expression::Inline(_) => {}
        }
    }
    let mut problems = Vec::new();
    for locale in Locale::all() {
        let sources = source_files(locale);
        let bundle = new_bundle(locale.info(), &sources);
        for source in &sources {
            for entry in parse(source.clone()).entries() {
                let ast::Entry::Message(m) = entry else {
                    continue;
                };
                let mut patterns: Vec<(String, &ast::Pattern<&str>)> = Vec::new();
                if let Some(v) = &m.value {
                    patterns.push((m.id.name.to_owned(), v));
                }
                for a in &m.attributes {
                    patterns.push((format!("{}.{}", m.id.name, a.id.name), &a.value));
                }
                for (name, pattern) in patterns {
                    let mut vars = Vec::new();
                    variables(pattern, &mut vars);
                    for n in [0, 1, 2, 3, 4, 5, 6, 11, 12, 21, 22, 25, 100] {
                        let mut a = FluentArgs::new();
                        for v in &vars {
                            if COUNT_VARIABLES.contains(v)
                                || (*v == "value" && ACT_SECONDS_MESSAGES.contains(&m.id.name))
                            {
                                a.set(*v, n);
                            } else {
                                a.set(*v, "x");
                            }
                        }
                        let mut errors = Vec::new();
                        let msg = bundle.get_message(m.id.name).unwrap();
                        let p = if name.contains('.') {
                            msg.get_attribute(name.rsplit('.').next().unwrap())
                                .unwrap()
                                .value()
                        } else {
                            msg.value().unwrap()
                        };
                        let text = bundle.format_pattern(p, Some(&a), &mut errors);
                        if !errors.is_empty() || text.trim().is_empty() {
                            problems.push(format!(
                                "{} {name} (n = {n}): {errors:?}",
                                locale.info().tag
                            ));
                            break;
                        }
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "messages that do not format:\n{}",
        problems.join("\n")
    );
}

/// Counts pick the language's own plural forms: Polish has different words for 1, 2–4 and 5+, Welsh for
/// 1 and 2, English for 1 and the rest.
#[test]
fn counts_use_each_languages_plural_forms() {
    fn text(tag: &str, id: &str, n: i64) -> String {
        let locale = Locale::from_tag(tag).unwrap();
        let bundle = new_bundle(locale.info(), &source_files(locale));
        let mut a = FluentArgs::new();
        a.set("count", n);
        let mut errors = Vec::new();
        let out = bundle
            .format_pattern(
                bundle.get_message(id).unwrap().value().unwrap(),
                Some(&a),
                &mut errors,
            )
            .into_owned();
        assert!(errors.is_empty(), "{tag} {id}: {errors:?}");
        strip_isolation(&out).replace(&n.to_string(), "#")
    }
    let forms = |tag: &str, id: &str, ns: &[i64]| -> usize {
        let mut all: Vec<String> = ns.iter().map(|n| text(tag, id, *n)).collect();
        all.sort();
        all.dedup();
        all.len()
    };
    assert_eq!(forms("en-GB", "questions-chosen", &[1, 2, 5]), 2);
    assert_eq!(
        forms("pl", "questions-chosen", &[1, 2, 5]),
        3,
        "Polish: one, few, many"
    );
    assert_eq!(
        forms("pl", "risks-stroke-yes", &[1, 2, 5]),
        3,
        "Polish: one, few, many"
    );
    assert_eq!(
        text("pl", "risks-stroke-yes", 22),
        text("pl", "risks-stroke-yes", 3),
        "22 is 'few' in Polish"
    );
    assert_eq!(
        text("pl", "risks-stroke-yes", 12),
        text("pl", "risks-stroke-yes", 5),
        "12 is 'many' in Polish"
    );
    assert!(
        forms("cy", "questions-chosen", &[1, 2, 3]) >= 2,
        "Welsh: one and two differ"
    );
}

#[test]
fn every_ftl_file_parses_without_errors() {
    for locale in Locale::all() {
        let names = GUIDE_FTL_FILES
            .iter()
            .chain(Part::ALL.iter().flat_map(|part| part.files()));
        for (name, source) in names.zip(source_files(locale)) {
            if let Err((_, errors)) = FluentResource::try_new(source) {
                panic!(
                    "{}/{name}.ftl has Fluent syntax errors: {errors:?}",
                    locale.info().tag
                );
            }
        }
    }
}

#[test]
fn no_locale_defines_an_id_twice() {
    for locale in Locale::all() {
        let mut ids = message_ids(locale);
        let total = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(
            ids.len(),
            total,
            "{} has duplicate message ids",
            locale.info().tag
        );
    }
}

#[test]
fn missing_message_falls_back_to_english_and_is_counted() {
    let before = fallback_count();
    let welsh = Locale::from_tag("cy").unwrap();
    let text = translate(welsh, "this-id-does-not-exist", None);
    assert_eq!(
        text, MISSING_TEXT,
        "an unknown id must never show its raw id"
    );
    assert_eq!(fallback_count(), before + 1);
    let english = translate(Locale::default(), "app-name", None);
    assert_eq!(english, "Heart Pump Guide");
}

#[test]
fn negotiation_picks_shipped_locales_and_rejects_unknown() {
    assert_eq!(Locale::negotiate(&["cy-GB", "en"]), Locale::from_tag("cy"));
    assert_eq!(Locale::negotiate(&["en-US"]), Locale::from_tag("en-GB"));
    assert_eq!(Locale::negotiate(&["xx", "!!bad!!"]), None);
    assert_eq!(Locale::negotiate::<&str>(&[]), None);
    assert_eq!(Locale::from_tag("CY"), Locale::from_tag("cy"));
    assert_eq!(Locale::from_tag("klingon"), None);
}

#[test]
fn initial_locale_prefers_link_then_saved_then_browser() {
    let cy = Locale::from_tag("cy").unwrap();
    let en = Locale::default();
    let browser = vec!["cy-GB".to_owned()];
    assert_eq!(
        choose_initial(Some("en-GB"), Some("cy"), &browser),
        (en, None)
    );
    assert_eq!(choose_initial(None, Some("en-GB"), &browser), (en, None));
    assert_eq!(choose_initial(None, None, &browser), (cy, None));
    assert_eq!(choose_initial(None, Some("corrupt\u{0}"), &[]), (en, None));
    assert_eq!(
        choose_initial(Some("xx"), Some("cy"), &[]),
        (cy, Some("xx".to_owned()))
    );
    assert_eq!(choose_initial(Some(""), None, &[]), (en, None));
}

#[test]
fn decimals_are_rounded_and_never_negative_zero() {
    let en = Locale::default();
    assert_eq!(decimal(en, 2.94, 1), "2.9");
    assert_eq!(decimal(en, -0.04, 1), "0.0");
    assert_eq!(decimal(en, 95.0, 0), "95");
    assert_eq!(decimal(en, f64::NAN, 1), "–");
}

#[test]
fn arguments_are_formatted_with_isolation_marks() {
    let a = args(&[("lang", "xx")]);
    let text = translate(Locale::default(), "shell-unknown-locale", Some(&a));
    assert!(text.contains("\u{2068}xx\u{2069}"), "{text}");
    assert!(strip_isolation(&text).contains("xx"));
}

/// Every id the Rust sources ask for with `t("…")`, `tr("…")` or `t_args("…"` exists in en-GB, so a typo
/// cannot ship as a missing string.
#[test]
fn every_id_used_in_the_sources_exists_in_english() {
    let known = message_ids(Locale::default());
    let mut unknown = Vec::new();
    for path in rust_sources(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))) {
        let text = std::fs::read_to_string(&path).unwrap();
        for id in ids_requested_in(&text) {
            if !known.contains(&id) {
                unknown.push(format!("{}: {id}", path.display()));
            }
        }
    }
    assert!(unknown.is_empty(), "ids not in en-GB: {unknown:#?}");
}

fn rust_sources(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// Finds string literals passed as the first argument of the translation helpers.
fn ids_requested_in(text: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for call in ["t(\"", "tr(\"", "t_args(\""] {
        let mut rest = text;
        while let Some(pos) = rest.find(call) {
            let before = rest[..pos].chars().last();
            rest = &rest[pos + call.len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue; // part of a longer name, e.g. `format_t("`
            }
            if let Some(end) = rest.find('"') {
                let id = &rest[..end];
                if !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                    ids.push(id.to_owned());
                }
            }
        }
    }
    ids
}
