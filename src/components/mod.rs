//! Reusable views shared by several pages.

pub mod audience_picker;
pub mod chart;
pub mod footer;
pub mod header;
pub mod heart_view;
pub mod language_picker;
pub mod number_control;
