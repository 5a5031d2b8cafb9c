//! The demo city's knowledge base, from `crates/web/demo-content/knowledge.toml`
//! (embedded at build time): a dozen articles in English and Swedish (some in Arabic)
//! and the coordinator's synonym groups. No people.

use std::collections::BTreeMap;
use welcomedesk_domain::knowledge::{self, Article, ArticleInput, Version, VersionInput};
use welcomedesk_store::Store;
use welcomedesk_store::knowledge::NewArticleVersion;

const FILE: &str = include_str!("../../demo-content/knowledge.toml");

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Text {
    question: String,
    answer: String,
    #[serde(default)]
    checklist: Vec<String>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoArticle {
    slug: String,
    topics: Vec<String>,
    review_on: String,
    #[serde(default)]
    referrals: Vec<String>,
    text: BTreeMap<String, Text>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Group {
    terms: Vec<String>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoFile {
    #[serde(default)]
    synonyms: Vec<Group>,
    article: Vec<DemoArticle>,
}

/// Seeds the articles (English source, stage `discussed`; translations published from
/// version 1) and the synonyms, unless the base has articles already.
pub async fn seed(store: &Store) -> Result<(), String> {
    if !store.list_articles().await.map_err(|e| e.to_string())?.is_empty() {
        return Ok(());
    }
    let file: DemoFile = toml::from_str(FILE).map_err(|e| format!("knowledge.toml: {e}"))?;
    for g in &file.synonyms {
        let terms = knowledge::synonym_group(&g.terms.join(" = ")).map_err(|e| format!("synonyms: {}", e.code))?;
        store.save_synonym_group(None, &terms, None).await.map_err(|e| e.to_string())?;
    }
    for a in &file.article {
        let art = Article::parse(&ArticleInput {
            slug: a.slug.clone(),
            topics: a.topics.join(","),
            review_on: a.review_on.clone(),
            referrals: a.referrals.join(","),
        })
        .map_err(|e| format!("{}: {e}", a.slug))?;
        let id = store.create_article(&art, "en", None, None).await.map_err(|e| format!("{}: {e}", a.slug))?;
        // The source first, then the translations made from it.
        let mut langs: Vec<&String> = a.text.keys().collect();
        langs.sort_by_key(|l| (l.as_str() != "en", l.as_str()));
        for lang in langs {
            let t = &a.text[lang];
            let v = Version::parse(&VersionInput {
                question: t.question.clone(),
                answer: t.answer.clone(),
                checklist: t.checklist.join("\n"),
                ..Default::default()
            })
            .map_err(|e| format!("{} {lang}: {}", a.slug, e.invalid))?;
            let source = lang == "en";
            let checklist = knowledge::checklist_text(&v.checklist);
            store
                .insert_article_version(
                    &NewArticleVersion {
                        article: id,
                        language: lang,
                        base: 0,
                        question: &v.question,
                        answer: &v.answer,
                        checklist: &checklist,
                        minor: false,
                        made_from: if source { None } else { Some(1) },
                        stage: if source { "discussed" } else { "published" },
                    },
                    None,
                )
                .await
                .map_err(|e| format!("{} {lang}: {e}", a.slug))?;
        }
    }
    Ok(())
}
