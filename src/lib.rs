//! Heart Pump Guide: a static web app that explains a catheter-based left ventricular microaxial flow pump
//! for cardiogenic shock, to patients, families and clinicians in training.
//!
//! `main.rs` only mounts [`app::App`]; everything else lives here so native tests can reach it.

pub mod app;
pub mod audience;
pub mod boot_rules;
pub mod chart_schedule;
pub mod chart_theme;
pub mod citations;
pub mod components;
pub mod crash;
pub mod decide;
pub mod flow_demo;
pub mod focus;
pub mod frame_loop;
pub mod i18n;
pub mod locale_load;
pub mod notices;
pub mod on_demand;
pub mod page_ready;
pub mod pages;
pub mod practice;
pub mod question_list;
pub mod read_aloud;
pub mod route;
pub mod storage;
