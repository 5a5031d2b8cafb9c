//! docs/DATA-MAP.md lists every column of the schema, and nothing else.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use sqlx::Row;
use std::collections::BTreeSet;
use welcomedesk_store::Backend;
use welcomedesk_store::testing::TestDb;

fn mapped() -> BTreeSet<(String, String)> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/DATA-MAP.md");
    let text = std::fs::read_to_string(path).unwrap();
    let mut out = BTreeSet::new();
    for line in text.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.len() < 5 || cells[1] == "table" || cells[1].starts_with("---") {
            continue;
        }
        assert!(["yes", "no", "pseudonymous"].contains(&cells[3]), "personal must be yes/no/pseudonymous: {line}");
        if cells[3] != "no" {
            assert!(
                !cells[5].is_empty() && !cells[6].is_empty(),
                "personal column needs legal basis and retention: {line}"
            );
        }
        assert!(out.insert((cells[1].to_owned(), cells[2].to_owned())), "listed twice: {line}");
    }
    out
}

#[tokio::test]
async fn every_column_is_in_the_data_map() {
    let db = TestDb::new(Backend::Sqlite).await.unwrap();
    let _store = db.store().await.unwrap();
    let mut conn = <sqlx::SqliteConnection as sqlx::Connection>::connect(&db.url).await.unwrap();
    let tables: Vec<String> = sqlx::query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap()
    .iter()
    .map(|r| r.get::<String, _>("name"))
    .collect();
    let mut actual = BTreeSet::new();
    for t in tables {
        let cols =
            sqlx::query(sqlx::AssertSqlSafe(format!("PRAGMA table_info({t})"))).fetch_all(&mut conn).await.unwrap();
        for c in cols {
            actual.insert((t.clone(), c.get::<String, _>("name")));
        }
    }
    // PostgreSQL has exactly the same tables and columns.
    let pg = TestDb::new(Backend::Postgres).await.unwrap();
    let _pg_store = pg.store().await.unwrap();
    let mut pgc = <sqlx::PgConnection as sqlx::Connection>::connect(&pg.url).await.unwrap();
    let pg_cols: BTreeSet<(String, String)> = sqlx::query(
        "SELECT table_name::text AS t, column_name::text AS c FROM information_schema.columns \
         WHERE table_schema = 'public' AND table_name NOT LIKE '\\_sqlx%'",
    )
    .fetch_all(&mut pgc)
    .await
    .unwrap()
    .iter()
    .map(|r| (r.get::<String, _>("t"), r.get::<String, _>("c")))
    .collect();
    assert_eq!(pg_cols, actual, "SQLite and PostgreSQL schemas have the same columns");
    let map = mapped();
    let missing: Vec<_> = actual.difference(&map).collect();
    let stale: Vec<_> = map.difference(&actual).collect();
    assert!(missing.is_empty(), "columns missing from docs/DATA-MAP.md: {missing:?}");
    assert!(stale.is_empty(), "docs/DATA-MAP.md lists columns that do not exist: {stale:?}");
}
