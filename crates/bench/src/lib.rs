//! A synthetic, reproducible city: newcomers with names in their own scripts and Latin
//! transliterations, in the proportions of a large European city's recent arrivals;
//! and the spelling variants staff type when they search for them.
//!
//! Everything is derived from a seed with a small deterministic generator (SplitMix64),
//! so the same seed gives the same city on every machine.

pub mod all;
pub mod city;
pub mod content;
pub mod courses;
pub mod curve;
pub mod http;
pub mod knowledge;
pub mod modules;
pub mod rng;
pub mod rostering;
pub mod vouchers;
