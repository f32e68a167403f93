//! The pseudo-locale's text transform (accented and longer), which shows untranslated and clipped text.

const PSEUDO_PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const PSEUDO_ACCENTED: &str = "àƀçđéƒĝĥîĵķĺɱñöƥʠŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖƤɊŔŠŢÛṼŴẊÝŽ";

/// The pseudo-locale's transform: accents ASCII letters and pads every text part to about 140 % of its
/// length, between ⟦ ⟧, so text that skipped translation (no accents) and text that is clipped (a missing
/// ⟧) both show. Glossary link targets (`](term-id)`) are kept so links still work.
pub fn pseudo_transform(text: &str) -> std::borrow::Cow<'_, str> {
    if text.trim().is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut accented = String::with_capacity(text.len() * 2);
    let mut in_target = false;
    let mut previous = ' ';
    for c in text.chars() {
        if previous == ']' && c == '(' {
            in_target = true;
        } else if in_target && c == ')' {
            in_target = false;
        }
        let shown = match PSEUDO_PLAIN.find(c) {
            Some(i) if !in_target => PSEUDO_ACCENTED.chars().nth(i).unwrap_or(c),
            _ => c,
        };
        accented.push(shown);
        previous = c;
    }
    // Padding in short groups: longer like a real translation, but breakable like real words.
    let pad = " ~~~~".repeat(text.chars().count().div_ceil(10));
    std::borrow::Cow::Owned(format!("⟦{accented}{pad}⟧"))
}
