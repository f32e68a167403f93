//! Where every number's source label leads: the full references on the Sources page, which label points to
//! which reference, and the dates the medical content was checked and must next be reviewed.
//!
//! A short label (`cite-danger`, "DanGer Shock, NEJM 2024") is shown beside a number; it links to its full
//! reference (`source-danger`) on the About page, as `#/about?source=source-danger`. Native tests keep the
//! two lists in step: every label has a reference, every reference is cited by a label the app shows, and the
//! next-review date has not passed (so an out-of-date build cannot ship silently).

/// The date the medical content was last checked against `shared/content/FACTS.md` and its sources (ISO 8601).
pub const CONTENT_CHECKED: &str = "2026-12-04";

/// The date by which the content must be checked again (ISO 8601). The NHS standard for creating health content
/// asks for a review date; one year, because NICE's advice is in an evidence-generation period and may change.
/// A native test fails once this date has passed.
pub const NEXT_REVIEW: &str = "2027-12-04";

/// The full references, in the order the Sources list shows them (message ids).
pub const SOURCES: &[&str] = &[
    "source-nice-htg775",
    "source-nice-htg775-public",
    "source-nice-htg774",
    "source-danger",
    "source-danger-bleeding",
    "source-danger-10y",
    "source-danger-esc",
    "source-danger-icu",
    "source-danger-escalation",
    "source-planka",
    "source-impress",
    "source-isar",
    "source-eclsshock",
    "source-iabp",
    "source-support-levels",
    "source-scai",
    "source-berg",
    "source-pepe",
    "source-stroke-review",
    "source-shock-trial",
    "source-pics",
    "source-maker",
    "source-mca",
    "source-ipdas",
    "source-bran",
];

/// Each short source label and the full reference it stands for.
pub const CITATIONS: &[(&str, &str)] = &[
    ("cite-nice", "source-nice-htg775"),
    ("cite-nice-public", "source-nice-htg775-public"),
    ("cite-nice-armpit", "source-nice-htg774"),
    ("cite-danger", "source-danger"),
    ("cite-danger-bleeding", "source-danger-bleeding"),
    ("cite-danger-10y", "source-danger-10y"),
    ("cite-danger-esc", "source-danger-esc"),
    ("cite-danger-icu", "source-danger-icu"),
    ("cite-danger-escalation", "source-danger-escalation"),
    ("cite-danger-fit", "source-planka"),
    ("cite-impress", "source-impress"),
    ("cite-isar", "source-isar"),
    ("cite-ecls", "source-eclsshock"),
    ("cite-iabp", "source-iabp"),
    ("cite-support-levels", "source-support-levels"),
    ("cite-scai", "source-scai"),
    ("cite-berg", "source-berg"),
    ("cite-pepe", "source-pepe"),
    ("cite-stroke-review", "source-stroke-review"),
    ("cite-shock-trial", "source-shock-trial"),
    ("cite-pics", "source-pics"),
    ("cite-maker", "source-maker"),
    ("cite-mca", "source-mca"),
    ("cite-ipdas", "source-ipdas"),
    ("cite-bran", "source-bran"),
];

/// The full reference a short label stands for (`None` for an unknown label; a native test makes that never
/// happen for a label the app shows).
pub fn source_of(cite: &str) -> Option<&'static str> {
    CITATIONS.iter().find(|(c, _)| *c == cite).map(|(_, s)| *s)
}

/// The link from a short label to its reference on the About page. An unknown label links to the Sources list.
pub fn source_href(cite: &str) -> String {
    match source_of(cite) {
        Some(source) => format!("#/about?source={source}"),
        None => "#/about".to_owned(),
    }
}

/// The reference a link asked for, from a hash like `#/about?source=source-danger`; only known ones count.
pub fn source_from_hash(hash: &str) -> Option<&'static str> {
    let asked = crate::route::query_value(hash, "source")?;
    SOURCES.iter().copied().find(|s| *s == asked)
}

/// Days since 1970-01-01 of an ISO date (`YYYY-MM-DD`), for comparing dates without a calendar crate
/// (Howard Hinnant's `days_from_civil`).
pub fn days_from_iso(date: &str) -> Option<i64> {
    let mut parts = date.splitn(3, '-').map(str::parse::<i64>);
    let (y, m, d) = (
        parts.next()?.ok()?,
        parts.next()?.ok()?,
        parts.next()?.ok()?,
    );
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{message_ids, Locale};
    use std::path::Path;

    #[test]
    fn iso_dates_count_days() {
        assert_eq!(days_from_iso("1970-01-01"), Some(0));
        assert_eq!(days_from_iso("2000-03-01"), Some(11_017));
        assert_eq!(days_from_iso("2026-12-04"), Some(20_791));
        assert_eq!(days_from_iso("2026-13-01"), None);
        assert_eq!(days_from_iso("soon"), None);
    }

    #[test]
    fn the_next_review_date_has_not_passed() {
        let today = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("the clock is after 1970")
            .as_secs() as i64
            / 86_400;
        let checked = days_from_iso(CONTENT_CHECKED).expect("CONTENT_CHECKED is an ISO date");
        let next = days_from_iso(NEXT_REVIEW).expect("NEXT_REVIEW is an ISO date");
        assert!(checked < next, "the next review comes after the last check");
        assert!(
            today <= next,
            "the medical content was due for review by {NEXT_REVIEW}: check every number against \
             shared/content/FACTS.md and its sources, then move CONTENT_CHECKED and NEXT_REVIEW in src/citations.rs"
        );
    }

    #[test]
    fn links_lead_to_the_asked_reference() {
        assert_eq!(source_href("cite-danger"), "#/about?source=source-danger");
        assert_eq!(source_href("cite-nonsense"), "#/about");
        assert_eq!(
            source_from_hash("#/about?source=source-planka"),
            Some("source-planka")
        );
        assert_eq!(source_from_hash("#/about?source=source-nonsense"), None);
        assert_eq!(source_from_hash("#/about"), None);
    }

    #[test]
    fn every_source_label_has_a_full_reference() {
        let known = message_ids(Locale::default());
        let labels: Vec<&String> = known
            .iter()
            .filter(|id| id.starts_with("cite-") && id.as_str() != "cite-label")
            .collect();
        let unmatched: Vec<&&String> = labels.iter().filter(|id| source_of(id).is_none()).collect();
        assert!(
            unmatched.is_empty(),
            "labels without a reference: {unmatched:?}"
        );
        for (cite, source) in CITATIONS {
            assert!(known.iter().any(|k| k == cite), "{cite} has no en-GB text");
            assert!(
                SOURCES.contains(source),
                "{cite} points to {source}, not on the Sources list"
            );
            assert!(
                known.iter().any(|k| k == source),
                "{source} has no en-GB text"
            );
        }
    }

    /// Every `"cite-…"` label the Rust code shows, read from the source files.
    fn labels_used_in_code() -> Vec<String> {
        fn walk(dir: &Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).expect("src/ is readable").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).expect("a source file");
                    if path.ends_with("citations.rs") {
                        continue;
                    }
                    let mut rest = text.as_str();
                    while let Some(i) = rest.find("\"cite-") {
                        let tail = &rest[i + 1..];
                        let end = tail.find('"').unwrap_or(tail.len());
                        out.push(tail[..end].to_owned());
                        rest = &tail[end..];
                    }
                }
            }
        }
        let mut out = Vec::new();
        walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
        out.sort();
        out.dedup();
        out
    }

    #[test]
    fn every_label_the_app_shows_resolves_and_every_reference_is_cited() {
        let used = labels_used_in_code();
        let unknown: Vec<&String> = used
            .iter()
            .filter(|c| c.as_str() != "cite-label" && source_of(c).is_none())
            .collect();
        assert!(
            unknown.is_empty(),
            "labels shown without a reference: {unknown:?}"
        );
        let uncited: Vec<&&str> = SOURCES
            .iter()
            .filter(|s| {
                !CITATIONS
                    .iter()
                    .any(|(c, src)| src == *s && used.iter().any(|u| u == c))
            })
            .collect();
        assert!(
            uncited.is_empty(),
            "references nothing in the app cites: {uncited:?}"
        );
    }
}
