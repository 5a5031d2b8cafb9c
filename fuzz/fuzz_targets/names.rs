//! Names and search queries in any script: tokens, blocking keys and similarity.
#![no_main]
use libfuzzer_sys::fuzz_target;
use welcomedesk_domain::names::{blocking_keys, normalize_tokens, similarity};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let (a, b) = s.split_at(s.char_indices().nth(s.chars().count() / 2).map_or(0, |(i, _)| i));
    assert!(normalize_tokens(a).len() <= 12);
    assert!(blocking_keys(a).len() <= 8);
    let x = similarity(a, b);
    assert!((0.0..=1.0).contains(&x));
    assert!((x - similarity(b, a)).abs() < 1e-9);
});
