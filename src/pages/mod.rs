//! One module per page of the guide.

pub mod about;
pub mod demo;
pub mod home;
pub mod not_found;
