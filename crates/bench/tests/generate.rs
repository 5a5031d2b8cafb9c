//! The city generator: one seed makes one city (row for row, id for id, on either
//! backend), another seed another; the city satisfies the schema and the invariants the
//! proof suites check; and it has what the reports need.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use welcomedesk_store::testing::TestDb;
use welcomedesk_store::{Backend, both_backends};

async fn city(b: Backend, seed: u64) -> (TestDb, welcomedesk_store::Store, welcomedesk_store::generate::CityCounts) {
    let db = TestDb::new(b).await.unwrap();
    let store = db.store().await.unwrap();
    let counts = welcomedesk_bench::city::generate(&store, 400, seed, 4_000, 5).await.unwrap();
    (db, store, counts)
}

both_backends!(same_seed_same_city_and_invariants_hold, |b: Backend| async move {
    let (_a, one, counts) = city(b, 7).await;
    assert_eq!(counts.people, 400);
    // About ten attendances per person, all of the city's tables filled.
    assert!(counts.attendances >= 3_600 && counts.attendances <= 4_800, "{counts:?}");
    assert!(counts.registrations > counts.attendances, "{counts:?}");
    assert!(counts.appointments > 200 && counts.follow_up_invites > 50, "{counts:?}");
    assert!(counts.sessions > 0 && counts.survey_answers > 0 && counts.desk_contacts == 400, "{counts:?}");
    assert_eq!(one.integrity_check().await.unwrap(), "ok");
    assert_eq!(one.invariant_violations().await.unwrap(), vec![]);
    let rows = one.generated_rows().await.unwrap();
    // Names in their own scripts with transliterations.
    assert!(
        rows.iter().any(|r| r.starts_with("people: ") && r.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)))
    );
    let (_b, two, _) = city(b, 7).await;
    assert_eq!(rows, two.generated_rows().await.unwrap(), "the same seed must make the same city");
    let (_c, other, _) = city(b, 8).await;
    assert_ne!(rows, other.generated_rows().await.unwrap(), "another seed, another city");
});

/// SQLite and PostgreSQL make the very same city from one seed (when PostgreSQL is
/// configured for the tests).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn both_backends_make_the_same_city() {
    if std::env::var("WELCOMEDESK_TEST_POSTGRES_URL").is_err() {
        return;
    }
    let (_a, lite, _) = city(Backend::Sqlite, 11).await;
    let (_b, pg, _) = city(Backend::Postgres, 11).await;
    let (a, b) = (lite.generated_rows().await.unwrap(), pg.generated_rows().await.unwrap());
    let differ: Vec<_> = a.iter().zip(&b).filter(|(x, y)| x != y).take(3).collect();
    assert!(differ.is_empty() && a.len() == b.len(), "{} vs {} rows; first differences: {differ:?}", a.len(), b.len());
}
