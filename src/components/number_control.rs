//! A number control that works without dragging: a labelled range input (arrow keys, Page Up/Down, Home/End)
//! with − and + buttons beside it and the value with its unit in text.

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// Steps `value` by `delta` within `min..=max`, snapping to the step grid from `min` (so repeated + and −
/// never drift by rounding).
pub fn step_value(value: f64, delta: f64, min: f64, max: f64, step: f64) -> f64 {
    let snapped = min + ((value + delta - min) / step).round() * step;
    snapped.clamp(min, max)
}

/// "Less: Heart rate" / "More: Heart rate". Isolation marks are dropped: an accessible name is not laid out
/// as text, so they would only get in the way of speech input ("click More: Heart rate").
fn button_label(i18n: crate::i18n::I18n, id: &str, control: &str) -> String {
    crate::i18n::strip_isolation(&i18n.t_args(id, &crate::i18n::args(&[("control", control)])))
}

/// A labelled number control with − and + buttons.
#[component]
pub fn NumberControl(
    /// Message id of the label.
    label_id: &'static str,
    /// Element id for the range input.
    input_id: &'static str,
    /// Lowest value.
    min: f64,
    /// Highest value.
    max: f64,
    /// Step of the buttons and arrow keys.
    step: f64,
    /// Current value.
    value: Signal<f64>,
    /// Formats the value with its unit for display (and for screen readers' `aria-valuetext`).
    format: Callback<f64, String>,
    /// Called with the new value.
    on_change: Callback<f64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let nudge =
        move |delta: f64| on_change.run(step_value(value.get_untracked(), delta, min, max, step));
    let label = move || i18n.t(label_id);
    let shown = move || format.run(value.get());
    view! {
        <div class="number-control">
            <label for=input_id>{label}</label>
            <div class="number-row">
                <button type="button" class="step" aria-label=move || button_label(i18n, "control-decrease", &label())
                    aria-controls=input_id disabled=move || { value.get() <= min } on:click=move |_| nudge(-step)>"−"</button>
                <input id=input_id type="range" min=min max=max step=step
                    prop:value=move || value.get().to_string()
                    aria-valuetext=shown
                    on:input=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                            on_change.run(step_value(v, 0.0, min, max, step));
                        }
                    } />
                <button type="button" class="step" aria-label=move || button_label(i18n, "control-increase", &label())
                    aria-controls=input_id disabled=move || { value.get() >= max } on:click=move |_| nudge(step)>"+"</button>
                <output for=input_id>{shown}</output>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_snap_to_the_grid_and_stay_in_range() {
        assert!((step_value(1.0, 0.1, 0.2, 4.0, 0.05) - 1.1).abs() < 1e-9);
        assert!((step_value(3.98, 0.05, 0.2, 4.0, 0.05) - 4.0).abs() < 1e-9);
        assert!((step_value(0.2, -0.05, 0.2, 4.0, 0.05) - 0.2).abs() < 1e-9);
        assert!((step_value(95.4, 0.0, 30.0, 180.0, 1.0) - 95.0).abs() < 1e-9);
        assert!((step_value(f64::MAX, 1.0, 0.0, 10.0, 1.0) - 10.0).abs() < 1e-9);
    }
}
