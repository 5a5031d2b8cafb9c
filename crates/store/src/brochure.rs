//! The welcome brochure: chapters, every version of every language, editions frozen for
//! print. Which version is current, outdated or published is decided by
//! `domain::translations` from the version metadata read here.

use crate::audit::insert_audit;
use crate::{Result, Store, StoreError, conflict_on_unique, new_id, parse_uuid, time};
use sqlx::Row;
use welcomedesk_domain::audit::AuditEvent;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ChapterRow {
    pub id: uuid::Uuid,
    pub slug: String,
    pub position: i64,
    pub source_language: String,
    /// YYYY-MM-DD.
    pub reviewed_on: String,
}

/// A version without its text (for coverage and states).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct VersionMeta {
    pub chapter_id: uuid::Uuid,
    pub language: String,
    pub number: i64,
    pub minor: bool,
    pub made_from: Option<i64>,
    pub stage: String,
    pub created_at: String,
    pub created_by_name: Option<String>,
}

/// A version with its text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct VersionRow {
    pub meta: VersionMeta,
    pub title: String,
    pub body: String,
}

/// A new version. `base` is the newest version number the editor started from (0 for
/// the first): the write succeeds only if it still is the newest.
pub struct NewVersion<'a> {
    pub chapter: uuid::Uuid,
    pub language: &'a str,
    pub base: i64,
    pub title: &'a str,
    pub body: &'a str,
    pub minor: bool,
    pub made_from: Option<i64>,
    pub stage: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EditionRow {
    pub id: uuid::Uuid,
    pub name: String,
    pub created_at: String,
    pub languages: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EditionChapter {
    pub position: i64,
    pub slug: String,
    pub title: String,
    pub body: String,
    pub version: i64,
    pub made_from: Option<i64>,
}

fn meta(r: &sqlx::any::AnyRow) -> Result<VersionMeta> {
    Ok(VersionMeta {
        chapter_id: parse_uuid(&r.try_get::<String, _>("chapter_id")?)?,
        language: r.try_get("language")?,
        number: r.try_get("number")?,
        minor: r.try_get::<i64, _>("minor")? != 0,
        made_from: r.try_get("made_from")?,
        stage: r.try_get("stage")?,
        created_at: r.try_get("created_at")?,
        created_by_name: r.try_get("created_by_name")?,
    })
}

const META_COLS: &str = "v.chapter_id, v.language, v.number, v.minor, v.made_from, v.stage, v.created_at, \
     s.name AS created_by_name";

impl Store {
    /// Creates the chapters that do not exist yet (by slug), in this order.
    pub async fn ensure_chapters(&self, slugs: &[&str], source_language: &str, today: &str) -> Result<()> {
        let mut tx = self.begin().await?;
        for (i, slug) in slugs.iter().enumerate() {
            let id = new_id();
            let n = sqlx::query(
                "INSERT INTO chapters (id, slug, position, source_language, reviewed_on, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (slug) DO NOTHING",
            )
            .bind(id.to_string())
            .bind((*slug).to_owned())
            .bind(i as i64 + 1)
            .bind(source_language.to_owned())
            .bind(today.to_owned())
            .bind(time::now())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n == 1 {
                insert_audit(&mut tx, &AuditEvent::new(None, "chapter.create", "chapter").on(id)).await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn list_chapters(&self) -> Result<Vec<ChapterRow>> {
        sqlx::query("SELECT id, slug, position, source_language, reviewed_on FROM chapters ORDER BY position, slug")
            .fetch_all(&self.read)
            .await?
            .iter()
            .map(|r| {
                Ok(ChapterRow {
                    id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                    slug: r.try_get("slug")?,
                    position: r.try_get("position")?,
                    source_language: r.try_get("source_language")?,
                    reviewed_on: r.try_get("reviewed_on")?,
                })
            })
            .collect()
    }

    pub async fn chapter_by_slug(&self, slug: &str) -> Result<ChapterRow> {
        self.list_chapters().await?.into_iter().find(|c| c.slug == slug).ok_or(StoreError::NotFound)
    }

    /// The metadata of every version of every chapter (for the coverage table).
    pub async fn all_version_meta(&self) -> Result<Vec<VersionMeta>> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {META_COLS} FROM chapter_versions v LEFT JOIN staff_users s ON s.id = v.created_by \
             ORDER BY v.chapter_id, v.language, v.number"
        )))
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(meta)
        .collect()
    }

    /// One version with its text.
    pub async fn chapter_version(&self, chapter: uuid::Uuid, language: &str, number: i64) -> Result<VersionRow> {
        let r = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {META_COLS}, v.title, v.body FROM chapter_versions v LEFT JOIN staff_users s ON s.id = v.created_by \
             WHERE v.chapter_id = $1 AND v.language = $2 AND v.number = $3"
        )))
        .bind(chapter.to_string())
        .bind(language.to_owned())
        .bind(number)
        .fetch_optional(&self.read)
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok(VersionRow { meta: meta(&r)?, title: r.try_get("title")?, body: r.try_get("body")? })
    }

    /// Saves a new version as `base + 1`, if `base` is still the newest version
    /// (`Conflict("edited_meanwhile")` otherwise: someone saved in between).
    pub async fn insert_chapter_version(&self, v: &NewVersion<'_>, actor: Option<uuid::Uuid>) -> Result<i64> {
        let number = v.base + 1;
        let mut tx = self.begin().await?;
        let n = sqlx::query(
            "INSERT INTO chapter_versions (chapter_id, language, number, title, body, minor, made_from, stage, \
                 created_at, created_by) \
             SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10 \
             WHERE (SELECT COALESCE(MAX(number), 0) FROM chapter_versions WHERE chapter_id = $1 AND language = $2) = $11",
        )
        .bind(v.chapter.to_string())
        .bind(v.language.to_owned())
        .bind(number)
        .bind(v.title.to_owned())
        .bind(v.body.to_owned())
        .bind(i64::from(v.minor))
        .bind(v.made_from)
        .bind(v.stage.to_owned())
        .bind(time::now())
        .bind(actor.map(|a| a.to_string()))
        .bind(v.base)
        .execute(&mut *tx)
        .await
        .map_err(|e| conflict_on_unique(e, "edited_meanwhile"))?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::Conflict("edited_meanwhile"));
        }
        let ev = AuditEvent::new(actor, "chapter.version", "chapter")
            .on(v.chapter)
            .detail(format!("lang={} number={number} stage={}", v.language, v.stage));
        insert_audit(&mut tx, &ev).await?;
        tx.commit().await?;
        Ok(number)
    }

    /// Moves the newest version of a language to another stage (final, discussed,
    /// in review, published…) without changing its text. `number` must be the newest.
    pub async fn set_chapter_stage(
        &self,
        chapter: uuid::Uuid,
        language: &str,
        number: i64,
        stage: &str,
        actor: Option<uuid::Uuid>,
    ) -> Result<()> {
        self.set_version_stage(crate::versioned::Versioned::Chapter, chapter, language, number, stage, actor).await
    }

    /// Records the regular review of a chapter (R16).
    pub async fn mark_chapter_reviewed(
        &self,
        chapter: uuid::Uuid,
        today: &str,
        actor: Option<uuid::Uuid>,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let n = sqlx::query("UPDATE chapters SET reviewed_on = $1 WHERE id = $2")
            .bind(today.to_owned())
            .bind(chapter.to_string())
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        insert_audit(&mut tx, &AuditEvent::new(actor, "chapter.review", "chapter").on(chapter)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Freezes an edition: copies the chosen versions (chapter, language, number) and
    /// the directory as it is, in one transaction. Later edits never change it.
    pub async fn freeze_edition(
        &self,
        name: &str,
        directory_json: &str,
        picks: &[(uuid::Uuid, String, i64)],
        actor: Option<uuid::Uuid>,
    ) -> Result<uuid::Uuid> {
        let id = new_id();
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO editions (id, name, directory_json, created_at, created_by) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id.to_string())
        .bind(name.to_owned())
        .bind(directory_json.to_owned())
        .bind(time::now())
        .bind(actor.map(|a| a.to_string()))
        .execute(&mut *tx)
        .await
        .map_err(|e| conflict_on_unique(e, "edition_name_taken"))?;
        for (chapter, lang, number) in picks {
            let n = sqlx::query(
                "INSERT INTO edition_chapters (edition_id, language, position, slug, title, body, version, made_from) \
                 SELECT $1, v.language, c.position, c.slug, v.title, v.body, v.number, v.made_from \
                 FROM chapter_versions v JOIN chapters c ON c.id = v.chapter_id \
                 WHERE v.chapter_id = $2 AND v.language = $3 AND v.number = $4",
            )
            .bind(id.to_string())
            .bind(chapter.to_string())
            .bind(lang.clone())
            .bind(*number)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n != 1 {
                return Err(StoreError::NotFound);
            }
        }
        insert_audit(&mut tx, &AuditEvent::new(actor, "edition.freeze", "edition").on(id)).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Editions, newest first, with the languages they hold.
    pub async fn list_editions(&self) -> Result<Vec<EditionRow>> {
        let rows = sqlx::query("SELECT id, name, created_at FROM editions ORDER BY created_at DESC, id DESC")
            .fetch_all(&self.read)
            .await?;
        let langs = sqlx::query("SELECT DISTINCT edition_id, language FROM edition_chapters ORDER BY language")
            .fetch_all(&self.read)
            .await?;
        rows.iter()
            .map(|r| {
                let id: String = r.try_get("id")?;
                let languages = langs
                    .iter()
                    .filter(|l| l.try_get::<String, _>("edition_id").ok().as_deref() == Some(id.as_str()))
                    .map(|l| l.try_get::<String, _>("language"))
                    .collect::<std::result::Result<Vec<_>, _>>()?;
                Ok(EditionRow {
                    id: parse_uuid(&id)?,
                    name: r.try_get("name")?,
                    created_at: r.try_get("created_at")?,
                    languages,
                })
            })
            .collect()
    }

    /// An edition's directory snapshot (JSON).
    pub async fn edition_directory(&self, edition: uuid::Uuid) -> Result<String> {
        let r = sqlx::query("SELECT directory_json FROM editions WHERE id = $1")
            .bind(edition.to_string())
            .fetch_optional(&self.read)
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok(r.try_get("directory_json")?)
    }

    /// The chapters of one language of an edition, in order.
    pub async fn edition_chapters(&self, edition: uuid::Uuid, language: &str) -> Result<Vec<EditionChapter>> {
        sqlx::query(
            "SELECT position, slug, title, body, version, made_from FROM edition_chapters \
             WHERE edition_id = $1 AND language = $2 ORDER BY position",
        )
        .bind(edition.to_string())
        .bind(language.to_owned())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| {
            Ok(EditionChapter {
                position: r.try_get("position")?,
                slug: r.try_get("slug")?,
                title: r.try_get("title")?,
                body: r.try_get("body")?,
                version: r.try_get("version")?,
                made_from: r.try_get("made_from")?,
            })
        })
        .collect()
    }

    /// How many people registered since `since` (UTC text) per document language: the
    /// language mix for print planning. Counts only, never a person.
    pub async fn newcomer_language_mix(&self, since: &str) -> Result<Vec<(String, i64)>> {
        sqlx::query(
            "SELECT document_language, COUNT(*) AS n FROM people WHERE created_at >= $1 \
             GROUP BY document_language ORDER BY document_language",
        )
        .bind(since.to_owned())
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("document_language")?, r.try_get("n")?)))
        .collect()
    }
}
