//! Reusable views shared by several pages.

pub mod audience_picker;
pub mod footer;
pub mod header;
pub mod language_picker;
