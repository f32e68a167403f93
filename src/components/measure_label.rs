//! The label of a measure, as the demo's tables and the limits page show it: its message, with the body
//! surface area that the cardiac index's label names (other labels take no argument and ignore it).

use crate::i18n::{args, I18n};

/// The label (with unit) of the measure whose message id is `id`.
pub fn measure_label(i18n: I18n, id: &str) -> String {
    i18n.t_args(
        id,
        &args(&[("bsa", i18n.num(hemosim::BODY_SURFACE_AREA_M2, 1))]),
    )
}
