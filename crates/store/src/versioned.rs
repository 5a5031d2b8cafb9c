//! What brochure chapters and knowledge articles share: texts kept as numbered versions
//! per language, of which only the newest may change its stage (final, in review,
//! published…). One implementation for both, so the conflict rule cannot drift apart.

use crate::audit::insert_audit;
use crate::{Result, Store, StoreError};
use welcomedesk_domain::audit::AuditEvent;

/// A kind of versioned text: its versions table, key column and audit names.
#[derive(Clone, Copy)]
pub(crate) enum Versioned {
    Chapter,
    Article,
}

impl Versioned {
    fn parts(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            Versioned::Chapter => ("chapter_versions", "chapter_id", "chapter.stage", "chapter"),
            Versioned::Article => ("article_versions", "article_id", "article.stage", "article"),
        }
    }
}

impl Store {
    /// Moves the newest version of a language to another stage without changing its text.
    /// `number` must be the newest; otherwise `Conflict("edited_meanwhile")` and nothing
    /// changes.
    pub(crate) async fn set_version_stage(
        &self,
        kind: Versioned,
        id: uuid::Uuid,
        language: &str,
        number: i64,
        stage: &str,
        actor: Option<uuid::Uuid>,
    ) -> Result<()> {
        let (table, key, action, entity) = kind.parts();
        let mut tx = self.begin().await?;
        let n = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE {table} SET stage = $1 WHERE {key} = $2 AND language = $3 AND number = $4 \
             AND number = (SELECT MAX(number) FROM {table} WHERE {key} = $2 AND language = $3)"
        )))
        .bind(stage.to_owned())
        .bind(id.to_string())
        .bind(language.to_owned())
        .bind(number)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::Conflict("edited_meanwhile"));
        }
        let ev = AuditEvent::new(actor, action, entity)
            .on(id)
            .detail(format!("lang={language} number={number} stage={stage}"));
        insert_audit(&mut tx, &ev).await?;
        tx.commit().await?;
        Ok(())
    }
}
