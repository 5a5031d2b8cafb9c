//! When `welcomedesk serve` runs its daily jobs (the retention run, then the reports'
//! monthly roll-ups): once at start, then once a night in the city's small hours.
//!
//! The roll-up recomputes every closed month on the database's writer (26 s on a city of
//! 200,000, minutes on 1,000,000 — docs/BENCHMARKS.md): run 24 hours after the last start,
//! as before, it fell at whatever time of day the service was last deployed, office hours
//! included, and took writes' share of the single SQLite writer while desks and trainers
//! were working (issue 10). In the night window nobody books or checks in.

use jiff::{SignedDuration, Timestamp, Zoned};

/// The city's night hours in which the daily jobs run: from 02:00 to before 05:00.
pub const NIGHT: std::ops::Range<i8> = 2..5;

/// At least this long between two runs, so that a run at start shortly before the night
/// window is not followed by another in it (the next night's run still comes).
pub const MIN_GAP: SignedDuration = SignedDuration::from_hours(20);

/// Whether the daily jobs are due at `now` (in the city's time zone), given when they last
/// started (`None`: not since this process started — they run at start).
pub fn daily_jobs_due(last: Option<Timestamp>, now: &Zoned) -> bool {
    match last {
        None => true,
        Some(t) => NIGHT.contains(&now.hour()) && now.timestamp().duration_since(t) >= MIN_GAP,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn at(day: i8, hour: i8, minute: i8) -> Zoned {
        date(2026, 12, day).at(hour, minute, 0, 0).in_tz("Europe/Stockholm").unwrap()
    }

    #[test]
    fn at_start_then_in_the_small_hours_only() {
        // At start, whatever the hour.
        assert!(daily_jobs_due(None, &at(7, 11, 30)));
        // Started at 11:30: not again during the day or the evening, nor before 02:00…
        let start = at(7, 11, 30).timestamp();
        for (d, h) in [(7, 12), (7, 17), (7, 23), (8, 0), (8, 1)] {
            assert!(!daily_jobs_due(Some(start), &at(d, h, 50)), "{d} {h}:50");
        }
        // …but in the night window (14.5 hours later is too soon: not before 20 hours).
        assert!(!daily_jobs_due(Some(start), &at(8, 2, 0)));
        assert!(daily_jobs_due(Some(at(7, 2, 10).timestamp()), &at(8, 2, 10)));
        assert!(daily_jobs_due(Some(at(7, 4, 55).timestamp()), &at(8, 4, 55)));
        // Never after the window, however long ago the last run.
        assert!(!daily_jobs_due(Some(at(1, 3, 0).timestamp()), &at(8, 5, 0)));
        assert!(!daily_jobs_due(Some(at(1, 3, 0).timestamp()), &at(8, 13, 0)));
    }

    #[test]
    fn a_start_just_before_the_night_waits_for_the_next_one() {
        // Started (and run) at 01:45: not again in the same night's window…
        let start = at(7, 1, 45).timestamp();
        assert!(!daily_jobs_due(Some(start), &at(7, 2, 5)));
        assert!(!daily_jobs_due(Some(start), &at(7, 4, 55)));
        // …but in the next night's.
        assert!(daily_jobs_due(Some(start), &at(8, 2, 5)));
    }
}
