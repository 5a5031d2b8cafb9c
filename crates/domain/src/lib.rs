//! The welcome service's rules and types. Pure: no I/O, no async, no HTTP, no SQL.
//!
//! Values from outside (forms, API bodies, CSV rows, CLI flags) are parsed once at the
//! edge into the newtypes here; everything past the edge can trust them.

pub mod audit;
pub mod brochure;
pub mod coaching;
pub mod codes;
pub mod consent;
pub mod courses;
pub mod desk;
pub mod directory;
pub mod districts;
pub mod errors;
pub mod knowledge;
pub mod markup;
pub mod names;
pub mod offers;
pub mod passport;
pub mod planning;
pub mod pool;
pub mod readability;
pub mod register;
pub mod reports;
pub mod roles;
pub mod rostering;
pub mod sessions;
pub mod settings;
pub mod staff;
pub mod text;
pub mod translations;
pub mod vouchers;

pub use errors::{FieldError, Invalid};
pub use roles::Role;
