#!/usr/bin/env python3
"""Reading-age gate for the patient pages (issue 5).

Reads the en-GB Fluent files of the patient pages, keeps only the words a reader sees (no ids, comments,
placeables or glossary-link markup), and scores them with textstat 0.7.3 (offline; newer versions download
a dictionary at run time). Fails when the whole text scores Flesch Reading Ease below 70 or Flesch-Kincaid
grade above 6, or when any single page scores Flesch Reading Ease below 60 (the easy-read page: below 85).

Usage: python3 xtask/readability.py [locales/en-GB]
"""
import pathlib
import re
import sys

import textstat

# The patient pages; clinician-only text is exempt.
PATIENT_PAGES = ["shock", "pump", "insertion", "risks", "options", "after", "family", "questions", "glossary",
                 "decide/start", "decide/check", "decide/values", "decide/meeting", "decide/summary", "decide/easy"]
# The easy-read summary must be easier still (issue 17).
PAGE_MIN_FRE_OVERRIDES = {"decide/easy": 85.0}
OVERALL_MIN_FRE = 70.0
OVERALL_MAX_GRADE = 6.0
PAGE_MIN_FRE = 60.0
# Picture descriptions and the like are read too; only message ids ending like this are skipped
# (source labels, which are references rather than prose).
SKIP_SUFFIXES = ("-source",)


def visible_text(ftl: str) -> str:
    """The words of every message in a Fluent file, one message per line."""
    messages = []
    current = None
    for line in ftl.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = re.match(r"^([a-zA-Z][\w-]*)\s*=\s*(.*)$", line)
        if m:
            current = None if m.group(1).endswith(SKIP_SUFFIXES) else []
            if current is not None:
                messages.append(current)
                current.append(m.group(2))
        elif current is not None and line.startswith(" "):
            current.append(line.strip())
    text = []
    for parts in messages:
        t = " ".join(parts)
        t = re.sub(r"\[([^\]]+)\]\([\w-]+\)", r"\1", t)  # glossary links: keep the words
        # Select expressions ({ $n -> [one] … *[other] … }): keep one variant's words.
        t = re.sub(r"\{[^{}]*->", " ", t)
        t = re.sub(r"\*?\[[\w-]+\]", " ", t)
        t = re.sub(r"\{\s*\$[\w-]+\s*\}", "5", t)  # a number placeable reads as a short number
        t = re.sub(r"[{}]", " ", t)
        t = re.sub(r"\s+", " ", t).strip()
        if t and t[-1] not in ".?!:":
            t += "."  # headings and labels are sentences of their own
        text.append(t)
    return "\n".join(text)


def main() -> int:
    folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent.parent / "locales/en-GB")
    failures = []
    everything = []
    print(f"{'page':<12} {'FRE':>6} {'FK grade':>9} {'words':>6}")
    for page in PATIENT_PAGES:
        path = folder / f"{page}.ftl"
        if not path.exists():
            continue
        text = visible_text(path.read_text(encoding="utf-8"))
        everything.append(text)
        fre = textstat.flesch_reading_ease(text)
        grade = textstat.flesch_kincaid_grade(text)
        words = textstat.lexicon_count(text)
        print(f"{page:<12} {fre:6.1f} {grade:9.1f} {words:6d}")
        minimum = PAGE_MIN_FRE_OVERRIDES.get(page, PAGE_MIN_FRE)
        if fre < minimum:
            failures.append(f"{page}: Flesch Reading Ease {fre:.1f} < {minimum}")
    if not everything:
        print("readability: no patient pages found", file=sys.stderr)
        return 1
    text = "\n".join(everything)
    fre = textstat.flesch_reading_ease(text)
    grade = textstat.flesch_kincaid_grade(text)
    print(f"{'overall':<12} {fre:6.1f} {grade:9.1f} {textstat.lexicon_count(text):6d}")
    if fre < OVERALL_MIN_FRE:
        failures.append(f"overall: Flesch Reading Ease {fre:.1f} < {OVERALL_MIN_FRE}")
    if grade > OVERALL_MAX_GRADE:
        failures.append(f"overall: Flesch-Kincaid grade {grade:.1f} > {OVERALL_MAX_GRADE}")
    for f in failures:
        print(f"readability: FAIL {f}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
