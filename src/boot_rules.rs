//! The app's rules that `public/boot.js` needs before any WebAssembly has loaded: what the app stores under
//! (a reader with saved choices is not a first-time reader) and which locales it ships, the source locale
//! first (the pre-rendered English copy is right only for a reader the app will show English to). The app is
//! their only owner: the build asks the built app for [`json`] (`end2end/prerender.mjs`, through the
//! `boot_rules` export in `main.rs`) and writes it into `dist/index.html`, with the route → file map of the
//! pages it pre-rendered, as `<meta name="hpg-boot">`.

use crate::i18n::LOCALES;
use crate::storage::keys::PREFIX;

/// `{"storagePrefix":"hpg.","locales":["en-GB",…]}`: the rules as JSON, for the build.
pub fn json() -> String {
    let locales: Vec<String> = LOCALES.iter().map(|l| format!("\"{}\"", l.tag)).collect();
    format!(
        "{{\"storagePrefix\":\"{PREFIX}\",\"locales\":[{}]}}",
        locales.join(",")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rules_name_the_prefix_and_every_locale_source_first() {
        assert_eq!(
            json(),
            r#"{"storagePrefix":"hpg.","locales":["en-GB","cy","pl","ur"]}"#
        );
    }

    #[test]
    fn every_stored_key_starts_with_the_prefix() {
        // The About page's list of what the guide keeps is the list of keys.
        for key in crate::pages::about::STORED
            .iter()
            .flat_map(|(keys, _)| keys.iter())
        {
            assert!(key.starts_with(PREFIX), "{key}");
        }
    }
}
