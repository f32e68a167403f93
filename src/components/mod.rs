//! Reusable views shared by several pages.

pub mod audience_picker;
pub mod chart;
pub mod cite_link;
pub mod footer;
pub mod go_to_entry;
pub mod header;
pub mod heart_view;
pub mod icon_array;
pub mod insertion_picture;
pub mod language_picker;
pub mod later;
pub mod measure_label;
pub mod notice_bar;
pub mod number_control;
pub mod outcome_compare;
pub mod page_content;
pub mod pump_console;
pub mod rich_text;
pub mod step_walkthrough;
