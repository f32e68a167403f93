//! One module per page of the guide.

pub mod about;
pub mod after;
pub mod decide;
pub mod demo;
pub mod family;
pub mod glossary;
pub mod home;
pub mod insertion;
pub mod limits;
pub mod not_found;
pub mod options;
pub mod practice;
pub mod pump;
pub mod questions;
pub mod risks;
pub mod shock;
