//! The knowledge base (R11): articles, every version of every language, the directory
//! entries they refer to, the coordinator's synonym groups, and the searches that found
//! nothing. States come from `domain::translations` over the metadata read here; the
//! search index (`welcomedesk-search`) is fed from `knowledge_docs`.

use crate::audit::insert_audit;
use crate::{Result, Store, StoreError, Tx, conflict_on_unique, new_id, parse_uuid, time};
use sqlx::Row;
use welcomedesk_domain::audit::AuditEvent;
use welcomedesk_domain::knowledge::Article;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ArticleRow {
    pub id: uuid::Uuid,
    pub slug: String,
    pub source_language: String,
    pub topics: Vec<String>,
    pub owner_id: Option<uuid::Uuid>,
    pub owner_name: Option<String>,
    /// YYYY-MM-DD.
    pub review_on: String,
    /// Directory entry slugs.
    pub referrals: Vec<String>,
    pub updated_at: String,
}

/// A version without its text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ArticleVersionMeta {
    pub article_id: uuid::Uuid,
    pub language: String,
    pub number: i64,
    pub minor: bool,
    pub made_from: Option<i64>,
    pub stage: String,
    pub created_at: String,
}

/// A version with its text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ArticleVersionRow {
    pub meta: ArticleVersionMeta,
    pub question: String,
    pub answer: String,
    /// One item per line.
    pub checklist: String,
}

/// A new version; `base` is the newest version the editor started from (0 for the
/// first): the write succeeds only if it still is the newest.
pub struct NewArticleVersion<'a> {
    pub article: uuid::Uuid,
    pub language: &'a str,
    pub base: i64,
    pub question: &'a str,
    pub answer: &'a str,
    pub checklist: &'a str,
    pub minor: bool,
    pub made_from: Option<i64>,
    pub stage: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SynonymGroupRow {
    pub id: uuid::Uuid,
    /// Terms separated by ` = `.
    pub terms: String,
    pub updated_at: String,
}

fn split_list(s: &str) -> Vec<String> {
    s.split(',').map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned).collect()
}

fn version_meta(r: &sqlx::any::AnyRow) -> Result<ArticleVersionMeta> {
    Ok(ArticleVersionMeta {
        article_id: parse_uuid(&r.try_get::<String, _>("article_id")?)?,
        language: r.try_get("language")?,
        number: r.try_get("number")?,
        minor: r.try_get::<i64, _>("minor")? != 0,
        made_from: r.try_get("made_from")?,
        stage: r.try_get("stage")?,
        created_at: r.try_get("created_at")?,
    })
}

const META: &str = "v.article_id, v.language, v.number, v.minor, v.made_from, v.stage, v.created_at";

async fn set_referrals(tx: &mut Tx, article: uuid::Uuid, slugs: &[String]) -> Result<()> {
    sqlx::query("DELETE FROM article_referrals WHERE article_id = $1")
        .bind(article.to_string())
        .execute(&mut **tx)
        .await?;
    for slug in slugs {
        let n = sqlx::query(
            "INSERT INTO article_referrals (article_id, entry_id) SELECT $1, id FROM directory_entries WHERE slug = $2",
        )
        .bind(article.to_string())
        .bind(slug.clone())
        .execute(&mut **tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::Conflict("unknown_referral"));
        }
    }
    Ok(())
}

impl Store {
    /// Creates an article (no text yet: versions follow). `Conflict("slug_taken")` or
    /// `Conflict("unknown_referral")`.
    pub async fn create_article(
        &self,
        a: &Article,
        source_language: &str,
        owner: Option<uuid::Uuid>,
        actor: Option<uuid::Uuid>,
    ) -> Result<uuid::Uuid> {
        let id = new_id();
        let now = time::now();
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO articles (id, slug, source_language, topics, owner_id, review_on, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
        )
        .bind(id.to_string())
        .bind(a.slug.clone())
        .bind(source_language.to_owned())
        .bind(a.topics.join(","))
        .bind(owner.map(|o| o.to_string()))
        .bind(a.review_on.to_string())
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(|e| conflict_on_unique(e, "slug_taken"))?;
        set_referrals(&mut tx, id, &a.referrals).await?;
        insert_audit(&mut tx, &AuditEvent::new(actor, "article.create", "article").on(id)).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Changes an article's own data (slug, topics, review date, referrals, owner).
    pub async fn update_article(
        &self,
        id: uuid::Uuid,
        a: &Article,
        owner: Option<uuid::Uuid>,
        actor: Option<uuid::Uuid>,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let n = sqlx::query(
            "UPDATE articles SET slug = $2, topics = $3, owner_id = $4, review_on = $5, updated_at = $6 WHERE id = $1",
        )
        .bind(id.to_string())
        .bind(a.slug.clone())
        .bind(a.topics.join(","))
        .bind(owner.map(|o| o.to_string()))
        .bind(a.review_on.to_string())
        .bind(time::now())
        .execute(&mut *tx)
        .await
        .map_err(|e| conflict_on_unique(e, "slug_taken"))?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        set_referrals(&mut tx, id, &a.referrals).await?;
        insert_audit(&mut tx, &AuditEvent::new(actor, "article.update", "article").on(id)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Deletes an article with all its versions.
    pub async fn delete_article(&self, id: uuid::Uuid, actor: Option<uuid::Uuid>) -> Result<()> {
        let mut tx = self.begin().await?;
        let n = sqlx::query("DELETE FROM articles WHERE id = $1")
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        insert_audit(&mut tx, &AuditEvent::new(actor, "article.delete", "article").on(id)).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn list_articles(&self) -> Result<Vec<ArticleRow>> {
        let refs = sqlx::query(
            "SELECT r.article_id, d.slug FROM article_referrals r JOIN directory_entries d ON d.id = r.entry_id \
             ORDER BY d.slug",
        )
        .fetch_all(&self.read)
        .await?;
        let mut by_article: std::collections::HashMap<String, Vec<String>> = Default::default();
        for r in &refs {
            by_article.entry(r.try_get("article_id")?).or_default().push(r.try_get("slug")?);
        }
        sqlx::query(
            "SELECT a.id, a.slug, a.source_language, a.topics, a.owner_id, s.name AS owner_name, a.review_on, \
                    a.updated_at \
             FROM articles a LEFT JOIN staff_users s ON s.id = a.owner_id ORDER BY a.slug",
        )
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| {
            let id: String = r.try_get("id")?;
            Ok(ArticleRow {
                id: parse_uuid(&id)?,
                slug: r.try_get("slug")?,
                source_language: r.try_get("source_language")?,
                topics: split_list(&r.try_get::<String, _>("topics")?),
                owner_id: r.try_get::<Option<String>, _>("owner_id")?.map(|s| parse_uuid(&s)).transpose()?,
                owner_name: r.try_get("owner_name")?,
                review_on: r.try_get("review_on")?,
                referrals: by_article.remove(&id).unwrap_or_default(),
                updated_at: r.try_get("updated_at")?,
            })
        })
        .collect()
    }

    pub async fn article(&self, id: uuid::Uuid) -> Result<ArticleRow> {
        self.list_articles().await?.into_iter().find(|a| a.id == id).ok_or(StoreError::NotFound)
    }

    /// The metadata of every version of every article (states, coverage).
    pub async fn all_article_version_meta(&self) -> Result<Vec<ArticleVersionMeta>> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {META} FROM article_versions v ORDER BY v.article_id, v.language, v.number"
        )))
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(version_meta)
        .collect()
    }

    /// One version with its text.
    pub async fn article_version(&self, article: uuid::Uuid, language: &str, number: i64) -> Result<ArticleVersionRow> {
        let r = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {META}, v.question, v.answer, v.checklist FROM article_versions v \
             WHERE v.article_id = $1 AND v.language = $2 AND v.number = $3"
        )))
        .bind(article.to_string())
        .bind(language.to_owned())
        .bind(number)
        .fetch_optional(&self.read)
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok(ArticleVersionRow {
            meta: version_meta(&r)?,
            question: r.try_get("question")?,
            answer: r.try_get("answer")?,
            checklist: r.try_get("checklist")?,
        })
    }

    /// The newest version of every language of every article, with its text (the search
    /// index and the FAQ are built from these and the metadata).
    pub async fn newest_article_versions(&self) -> Result<Vec<ArticleVersionRow>> {
        self.article_versions_where(
            "v.number = (SELECT MAX(w.number) FROM article_versions w \
             WHERE w.article_id = v.article_id AND w.language = v.language)",
        )
        .await
    }

    /// The newest published version of every translation (the public FAQ).
    pub async fn published_article_versions(&self) -> Result<Vec<ArticleVersionRow>> {
        self.article_versions_where(
            "v.number = (SELECT MAX(w.number) FROM article_versions w \
             WHERE w.article_id = v.article_id AND w.language = v.language AND w.stage = 'published')",
        )
        .await
    }

    async fn article_versions_where(&self, cond: &str) -> Result<Vec<ArticleVersionRow>> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {META}, v.question, v.answer, v.checklist FROM article_versions v WHERE {cond} \
             ORDER BY v.article_id, v.language"
        )))
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| {
            Ok(ArticleVersionRow {
                meta: version_meta(r)?,
                question: r.try_get("question")?,
                answer: r.try_get("answer")?,
                checklist: r.try_get("checklist")?,
            })
        })
        .collect()
    }

    /// Saves a new version as `base + 1` if `base` is still the newest
    /// (`Conflict("edited_meanwhile")` otherwise).
    pub async fn insert_article_version(&self, v: &NewArticleVersion<'_>, actor: Option<uuid::Uuid>) -> Result<i64> {
        let number = v.base + 1;
        let mut tx = self.begin().await?;
        let n = sqlx::query(
            "INSERT INTO article_versions (article_id, language, number, question, answer, checklist, minor, \
                 made_from, stage, created_at, created_by) \
             SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 \
             WHERE (SELECT COALESCE(MAX(number), 0) FROM article_versions WHERE article_id = $1 AND language = $2) = $12",
        )
        .bind(v.article.to_string())
        .bind(v.language.to_owned())
        .bind(number)
        .bind(v.question.to_owned())
        .bind(v.answer.to_owned())
        .bind(v.checklist.to_owned())
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
        sqlx::query("UPDATE articles SET updated_at = $2 WHERE id = $1")
            .bind(v.article.to_string())
            .bind(time::now())
            .execute(&mut *tx)
            .await?;
        let ev = AuditEvent::new(actor, "article.version", "article")
            .on(v.article)
            .detail(format!("lang={} number={number} stage={}", v.language, v.stage));
        insert_audit(&mut tx, &ev).await?;
        tx.commit().await?;
        Ok(number)
    }

    /// Moves the newest version of a language to another stage without changing its
    /// text; `number` must be the newest.
    pub async fn set_article_stage(
        &self,
        article: uuid::Uuid,
        language: &str,
        number: i64,
        stage: &str,
        actor: Option<uuid::Uuid>,
    ) -> Result<()> {
        self.set_version_stage(crate::versioned::Versioned::Article, article, language, number, stage, actor).await
    }

    pub async fn list_synonym_groups(&self) -> Result<Vec<SynonymGroupRow>> {
        sqlx::query("SELECT id, terms, updated_at FROM synonym_groups ORDER BY terms")
            .fetch_all(&self.read)
            .await?
            .iter()
            .map(|r| {
                Ok(SynonymGroupRow {
                    id: parse_uuid(&r.try_get::<String, _>("id")?)?,
                    terms: r.try_get("terms")?,
                    updated_at: r.try_get("updated_at")?,
                })
            })
            .collect()
    }

    /// Creates (`id` None) or replaces a synonym group; `terms` as checked by
    /// `domain::knowledge::synonym_group`.
    pub async fn save_synonym_group(
        &self,
        id: Option<uuid::Uuid>,
        terms: &[String],
        actor: Option<uuid::Uuid>,
    ) -> Result<uuid::Uuid> {
        let joined = terms.join(" = ");
        let mut tx = self.begin().await?;
        let id = match id {
            Some(id) => {
                let n =
                    sqlx::query("UPDATE synonym_groups SET terms = $2, updated_at = $3, updated_by = $4 WHERE id = $1")
                        .bind(id.to_string())
                        .bind(joined)
                        .bind(time::now())
                        .bind(actor.map(|a| a.to_string()))
                        .execute(&mut *tx)
                        .await?
                        .rows_affected();
                if n == 0 {
                    return Err(StoreError::NotFound);
                }
                id
            }
            None => {
                let id = new_id();
                sqlx::query("INSERT INTO synonym_groups (id, terms, updated_at, updated_by) VALUES ($1, $2, $3, $4)")
                    .bind(id.to_string())
                    .bind(joined)
                    .bind(time::now())
                    .bind(actor.map(|a| a.to_string()))
                    .execute(&mut *tx)
                    .await?;
                id
            }
        };
        insert_audit(&mut tx, &AuditEvent::new(actor, "synonyms.save", "synonym_group").on(id)).await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn delete_synonym_group(&self, id: uuid::Uuid, actor: Option<uuid::Uuid>) -> Result<()> {
        let mut tx = self.begin().await?;
        let n = sqlx::query("DELETE FROM synonym_groups WHERE id = $1")
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        insert_audit(&mut tx, &AuditEvent::new(actor, "synonyms.delete", "synonym_group").on(id)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Counts a search that found nothing (one row per query, language and day; the
    /// count is incremented in one statement, so concurrent misses are all counted).
    pub async fn record_search_miss(&self, query: &str, language: &str, day: &str) -> Result<()> {
        sqlx::query(
            "INSERT INTO search_misses (query, language, day, count) VALUES ($1, $2, $3, 1) \
             ON CONFLICT (query, language, day) DO UPDATE SET count = search_misses.count + 1",
        )
        .bind(query.to_owned())
        .bind(language.to_owned())
        .bind(day.to_owned())
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// Searches that found nothing since a day, summed over languages and days, most
    /// frequent first.
    pub async fn search_misses_since(&self, day: &str, limit: i64) -> Result<Vec<(String, i64)>> {
        sqlx::query(
            "SELECT query, CAST(SUM(count) AS BIGINT) AS n FROM search_misses WHERE day >= $1 GROUP BY query \
             ORDER BY n DESC, query LIMIT $2",
        )
        .bind(day.to_owned())
        .bind(limit)
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("query")?, r.try_get::<i64, _>("n")?)))
        .collect()
    }
}
