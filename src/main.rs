//! Entry point: install the crash screen, fetch the text of the reader's language if it is not built in,
//! then mount the app (the loading screen stays up meanwhile, so English never flashes first).

fn main() {
    heart_pump_guide::crash::install_panic_hook();
    wasm_bindgen_futures::spawn_local(async {
        // The task that instantiated the WebAssembly does nothing more (it is long enough on a slow phone).
        heart_pump_guide::page_ready::next_task().await;
        if heart_pump_guide::app::query_param("pseudo").is_some() {
            heart_pump_guide::i18n::use_pseudo_locale();
        }
        let (wanted, _) = heart_pump_guide::app::initial_locale();
        if let Err(e) = heart_pump_guide::locale_load::load(wanted).await {
            // The app starts in English and tells the reader (see `App`).
            leptos::logging::warn!("language not loaded: {}", e.0);
        }
        // Start-up runs as a few short tasks instead of one long one, so a slow phone stays responsive:
        // the text bundle above, the English messages of the page frame next, then the app in several more
        // (see `App`).
        heart_pump_guide::page_ready::next_task().await;
        heart_pump_guide::i18n::prepare_frame_messages();
        heart_pump_guide::page_ready::next_task().await;
        leptos::mount::mount_to_body(heart_pump_guide::app::App);
    });
}

/// The app's start-up rules for `public/boot.js`, read once by the build (see `boot_rules`).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn boot_rules() -> String {
    heart_pump_guide::boot_rules::json()
}
