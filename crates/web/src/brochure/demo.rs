//! The demo city's brochure and directory, loaded from the files in
//! `crates/web/demo-content/` (embedded at build time; the format is in the README
//! there). A translator adds a language by adding files; nothing here changes.

use std::collections::BTreeMap;
use welcomedesk_domain::brochure::CHAPTERS;
use welcomedesk_domain::directory::{Entry, EntryInput};
use welcomedesk_domain::markup;
use welcomedesk_store::Store;
use welcomedesk_store::brochure::NewVersion;

/// One entry of `directory.toml`.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct DirEntry {
    slug: String,
    address: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    website: String,
    hours: Vec<String>,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    topics: Vec<String>,
    #[serde(default)]
    step_free: bool,
    verified_on: String,
    name: BTreeMap<String, String>,
    #[serde(default)]
    transit: BTreeMap<String, String>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct DirFile {
    entry: Vec<DirEntry>,
}

/// A chapter file: `brochure/<lang>/<NN>-<slug>.md`, first line `# Title`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChapterFile {
    pub lang: String,
    pub slug: String,
    pub title: String,
    pub body: String,
}

#[derive(Debug, thiserror::Error)]
pub enum DemoContentError {
    #[error("{0}")]
    File(String),
    #[error(transparent)]
    Store(#[from] welcomedesk_store::StoreError),
}

fn file_err(path: &str, what: impl std::fmt::Display) -> DemoContentError {
    DemoContentError::File(format!("demo-content/{path}: {what}"))
}

/// Every chapter file, checked: a known language and chapter, a title, markup without
/// problems.
pub fn chapter_files() -> Result<Vec<ChapterFile>, DemoContentError> {
    let mut out = vec![];
    for (path, text) in crate::assets::DEMO_CONTENT {
        let Some(rest) = path.strip_prefix("brochure/") else { continue };
        let Some((lang, file)) = rest.split_once('/') else { continue };
        let Some(stem) = file.strip_suffix(".md") else { continue };
        if welcomedesk_i18n::by_code(lang).is_none() {
            return Err(file_err(path, "unknown language folder"));
        }
        let slug = stem.split_once('-').map(|(_, s)| s).unwrap_or(stem);
        if !CHAPTERS.contains(&slug) {
            return Err(file_err(path, format!("unknown chapter {slug:?}")));
        }
        let text = text.replace("\r\n", "\n");
        let (first, body) = text.split_once('\n').unwrap_or((&text, ""));
        let title = first.strip_prefix("# ").map(str::trim).filter(|t| !t.is_empty());
        let Some(title) = title else { return Err(file_err(path, "the first line must be '# Title'")) };
        let body = body.trim().to_owned();
        if let Err(problems) = markup::parse_strict(&body) {
            let list: Vec<String> = problems.iter().map(|p| format!("line {}: {}", p.line + 1, p.code)).collect();
            return Err(file_err(path, list.join(", ")));
        }
        out.push(ChapterFile { lang: lang.to_owned(), slug: slug.to_owned(), title: title.to_owned(), body });
    }
    Ok(out)
}

/// The directory entries of `directory.toml`, checked like any entry.
pub fn directory_entries(source_language: &str, today: jiff::civil::Date) -> Result<Vec<Entry>, DemoContentError> {
    let text = crate::assets::DEMO_CONTENT
        .iter()
        .find(|(p, _)| *p == "directory.toml")
        .map(|(_, t)| *t)
        .ok_or_else(|| file_err("directory.toml", "missing"))?;
    let file: DirFile = toml::from_str(text).map_err(|e| file_err("directory.toml", e))?;
    file.entry
        .into_iter()
        .map(|d| {
            let input = EntryInput {
                slug: d.slug.clone(),
                names: d.name,
                transit: d.transit,
                address: d.address,
                phone: d.phone,
                email: d.email,
                website: d.website,
                hours: std::array::from_fn(|i| d.hours.get(i).cloned().unwrap_or_default()),
                languages: d.languages.join(" "),
                topics: d.topics.join(" "),
                step_free: d.step_free,
                verified_on: d.verified_on,
            };
            Entry::parse(&input, source_language, today)
                .map_err(|e| file_err("directory.toml", format!("{}: {e}", d.slug)))
        })
        .collect()
}

/// Seeds the chapters, the directory and the demo texts. Idempotent: entries and
/// chapters that exist are kept, a chapter language with versions is left alone.
pub async fn seed(store: &Store) -> Result<(), DemoContentError> {
    let settings = store.load_settings().await?;
    let source = settings.get("source_language").cloned().unwrap_or_else(|| "en".to_owned());
    let today = jiff::Zoned::now().date();
    store.ensure_chapters(&CHAPTERS, &source, &today.to_string()).await?;
    let existing: Vec<String> = store.list_directory().await?.into_iter().map(|e| e.slug).collect();
    for e in directory_entries(&source, today)? {
        if !existing.contains(&e.slug) {
            crate::directory::save(store, &e, None).await?;
        }
    }
    let chapters = store.list_chapters().await?;
    let metas = store.all_version_meta().await?;
    let files = chapter_files()?;
    // The source language first: translations are made from its version 1.
    let mut ordered: Vec<&ChapterFile> = files.iter().filter(|f| f.lang == source).collect();
    ordered.extend(files.iter().filter(|f| f.lang != source));
    for f in ordered {
        let Some(ch) = chapters.iter().find(|c| c.slug == f.slug) else { continue };
        if metas.iter().any(|m| m.chapter_id == ch.id && m.language == f.lang) {
            continue;
        }
        let is_source = f.lang == ch.source_language;
        if !is_source && !files.iter().any(|s| s.slug == f.slug && s.lang == ch.source_language) {
            continue;
        }
        store
            .insert_chapter_version(
                &NewVersion {
                    chapter: ch.id,
                    language: &f.lang,
                    base: 0,
                    title: &f.title,
                    body: &f.body,
                    minor: false,
                    made_from: if is_source { None } else { Some(1) },
                    stage: if is_source { "discussed" } else { "published" },
                },
                None,
            )
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_content_is_whole_and_valid() {
        let files = chapter_files().unwrap();
        for lang in ["en", "sv"] {
            let slugs: Vec<&str> = files.iter().filter(|f| f.lang == lang).map(|f| f.slug.as_str()).collect();
            for c in CHAPTERS {
                assert!(slugs.contains(&c), "{lang} lacks {c}");
            }
        }
        let entries = directory_entries("en", jiff::civil::date(2026, 12, 6)).unwrap();
        let slugs: Vec<&str> = entries.iter().map(|e| e.slug.as_str()).collect();
        for f in &files {
            let (doc, _) = markup::parse(&f.body);
            for r in markup::directory_refs(&doc) {
                assert!(slugs.contains(&r.as_str()), "{}/{} points to unknown entry {r}", f.lang, f.slug);
            }
        }
        // Every entry has its Swedish name too.
        assert!(entries.iter().all(|e| e.names.contains_key("sv")));
    }
}
