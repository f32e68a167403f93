//! Pseudo-localisation: every en-GB message formatted through an accented, ~40 % longer transform (as a
//! pseudo-locale would show it) must format without errors, and the transform must reach every text part.

use super::*;
use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
use fluent_bundle::FluentError;
#[test]
fn every_english_message_formats_in_the_pseudo_locale() {
    let mut bundle = new_bundle(
        &LOCALES[SOURCE_LOCALE],
        &source_files(Locale(SOURCE_LOCALE)),
    );
    bundle.set_transform(Some(pseudo_transform));
    let mut problems = Vec::new();
    let mut checked = 0;
    for id in message_ids(Locale(SOURCE_LOCALE)) {
        let message = bundle.get_message(&id).expect("listed message exists");
        let patterns = message.value().into_iter().map(|p| (id.clone(), p)).chain(
            message
                .attributes()
                .map(|a| (format!("{id}.{}", a.id()), a.value())),
        );
        for (name, pattern) in patterns {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors);
            // Variables are supplied by the app at run time; every other error is a real problem.
            errors.retain(|e| {
                !matches!(
                    e,
                    FluentError::ResolverError(ResolverError::Reference(
                        ReferenceKind::Variable { .. }
                    ))
                )
            });
            if !errors.is_empty() {
                problems.push(format!("{name}: {errors:?}"));
            }
            if text.chars().any(|c| c.is_ascii_alphabetic())
                && !text.contains('⟦')
                && !text.starts_with('{')
            {
                problems.push(format!("{name}: text escaped the transform: {text}"));
            }
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} messages checked");
    assert!(
        problems.is_empty(),
        "pseudo-locale problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_pseudo_transform_accents_and_lengthens() {
    let out = pseudo_transform("Reload the guide");
    assert!(!out.chars().any(|c| c.is_ascii_alphabetic()));
    assert!(out.chars().count() as f64 >= 1.4 * "Reload the guide".len() as f64);
    let link = pseudo_transform("the [aorta](aorta) carries blood");
    assert!(link.contains("](aorta)"), "{link}");
    assert_eq!(
        crate::components::rich_text::parse(&link)
            .iter()
            .filter(|p| matches!(p, crate::components::rich_text::Piece::Term { term, .. } if term == "aorta"))
            .count(),
        1
    );
}
