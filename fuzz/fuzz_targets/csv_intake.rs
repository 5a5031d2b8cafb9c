//! The immigration office's permits CSV, as uploaded: any bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(errs) = welcomedesk_web::register::import::check_file(data, jiff::civil::date(2026, 11, 25)) {
        assert!(!errs.is_empty());
    }
});
