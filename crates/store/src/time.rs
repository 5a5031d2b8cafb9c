//! Times are stored as text in UTC, always with six fraction digits
//! (`2026-11-25T18:56:21.123456Z`), so that text order is time order on both backends.

use crate::{Result, StoreError};
use jiff::Timestamp;

pub fn to_db(ts: Timestamp) -> String {
    let dt = ts.to_zoned(jiff::tz::TimeZone::UTC).datetime();
    format!("{}.{:06}Z", dt.strftime("%Y-%m-%dT%H:%M:%S"), dt.subsec_nanosecond() / 1000)
}

pub fn from_db(s: &str) -> Result<Timestamp> {
    s.parse::<Timestamp>().map_err(|_| StoreError::Corrupt(format!("bad time {s:?}")))
}

pub fn now() -> String {
    to_db(Timestamp::now())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_width_and_sortable() {
        let a: Timestamp = "2026-01-02T03:04:05Z".parse().unwrap();
        let b: Timestamp = "2026-01-02T03:04:05.5Z".parse().unwrap();
        assert_eq!(to_db(a), "2026-01-02T03:04:05.000000Z");
        assert_eq!(to_db(b), "2026-01-02T03:04:05.500000Z");
        assert!(to_db(a) < to_db(b));
        assert_eq!(from_db(&to_db(b)).unwrap(), b);
        let neg: Timestamp = "1969-12-31T23:59:59.25Z".parse().unwrap();
        assert_eq!(to_db(neg), "1969-12-31T23:59:59.250000Z");
    }
}
