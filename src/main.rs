//! Entry point: install the crash screen, then mount the app.

fn main() {
    heart_pump_guide::crash::install_panic_hook();
    leptos::mount::mount_to_body(heart_pump_guide::app::App);
}
