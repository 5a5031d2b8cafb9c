//! Secrets the service generates for itself when none is configured (e.g. the key that
//! signs CSRF tokens), kept in the database so every instance shares them.

use crate::{Result, Store, time};
use sqlx::Row;

impl Store {
    /// Returns the named secret, creating it from `fresh` when it does not exist yet.
    /// Concurrent first starts agree: the first insert wins, the others read it.
    pub async fn secret_or_insert(&self, name: &str, fresh: &str) -> Result<String> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO secrets (name, value, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (name) DO NOTHING",
        )
        .bind(name.to_owned())
        .bind(fresh.to_owned())
        .bind(time::now())
        .execute(&mut *tx)
        .await?;
        let row =
            sqlx::query("SELECT value FROM secrets WHERE name = $1").bind(name.to_owned()).fetch_one(&mut *tx).await?;
        tx.commit().await?;
        Ok(row.try_get("value")?)
    }
}
