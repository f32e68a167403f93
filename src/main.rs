//! Entry point: install the crash screen, fetch the text of the reader's language if it is not built in,
//! then mount the app (the loading screen stays up meanwhile, so English never flashes first).

fn main() {
    heart_pump_guide::crash::install_panic_hook();
    wasm_bindgen_futures::spawn_local(async {
        let (wanted, _) = heart_pump_guide::app::initial_locale();
        if let Err(e) = heart_pump_guide::locale_load::load(wanted).await {
            // The app starts in English and tells the reader (see `App`).
            leptos::logging::warn!("language not loaded: {}", e.0);
        }
        leptos::mount::mount_to_body(heart_pump_guide::app::App);
    });
}
