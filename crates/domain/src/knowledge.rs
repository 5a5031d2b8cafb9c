//! The knowledge base of the desk and the call centre (R11): articles with a question,
//! a short answer (content markup, see `markup`), a checklist, the directory entries to
//! refer to, topics, an owner and a review date. Every language of an article has
//! versions with the same states as the brochure's chapters (`translations`).
//!
//! The search itself is `welcomedesk-search`; this module has the rules only.

use crate::errors::{FieldError, Invalid};
use crate::markup::{self, Problem};
use crate::{desk, text};

/// The longest question and checklist item.
pub const MAX_QUESTION: usize = 200;
pub const MAX_ANSWER: usize = 4000;
pub const MAX_CHECKLIST_ITEMS: usize = 20;

/// An article's own data, as typed.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ArticleInput {
    pub slug: String,
    pub topics: String,
    /// `YYYY-MM-DD`.
    pub review_on: String,
    /// Directory entry slugs, comma- or space-separated.
    pub referrals: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Article {
    pub slug: String,
    pub topics: Vec<String>,
    pub review_on: jiff::civil::Date,
    pub referrals: Vec<String>,
}

impl Article {
    pub fn parse(i: &ArticleInput) -> Result<Article, Invalid> {
        let mut inv = Invalid::default();
        let slug = i.slug.trim().to_owned();
        if slug.is_empty() {
            inv.push(FieldError::new("slug", "required"));
        } else if !markup::is_slug(&slug) || slug.len() > 80 {
            inv.push(FieldError::new("slug", "invalid_slug"));
        }
        let topics = inv.take(desk::topics("topics", &i.topics));
        let review_on = match i.review_on.trim() {
            "" => inv.take(Err(FieldError::new("review_on", "required"))),
            d => inv.take(d.parse::<jiff::civil::Date>().map_err(|_| FieldError::new("review_on", "invalid_date"))),
        };
        let mut referrals: Vec<String> = vec![];
        for r in i.referrals.split([',', ' ', '\n']).map(str::trim).filter(|r| !r.is_empty()) {
            if !markup::is_slug(r) {
                inv.push(FieldError::new("referrals", "invalid_slug"));
                break;
            }
            if !referrals.iter().any(|x| x == r) {
                referrals.push(r.to_owned());
            }
        }
        match (topics, review_on, inv.is_empty()) {
            (Some(topics), Some(review_on), true) => Ok(Article { slug, topics, review_on, referrals }),
            _ => Err(inv),
        }
    }
}

/// A new version of one language of an article, as typed.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct VersionInput {
    pub question: String,
    pub answer: String,
    /// One item per line (documents to bring, steps).
    pub checklist: String,
    pub minor: bool,
    /// As for chapters: `draft`/`final`/`discussed` for the source, `in_translation`/
    /// `in_review`/`published` for a translation; empty for the default.
    pub stage: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub question: String,
    pub answer: String,
    pub checklist: Vec<String>,
    pub minor: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VersionErrors {
    pub invalid: Invalid,
    pub markup: Vec<Problem>,
}

impl Version {
    pub fn parse(i: &VersionInput) -> Result<Version, VersionErrors> {
        let mut inv = Invalid::default();
        let question = inv.take(text::required_line("question", &i.question, MAX_QUESTION));
        let answer = inv.take(text::optional_text("answer", &i.answer, MAX_ANSWER)).flatten();
        if answer.is_none() && inv.errors.iter().all(|e| e.field != "answer") {
            inv.push(FieldError::new("answer", "required"));
        }
        let (_, problems) = markup::parse(answer.as_deref().unwrap_or(""));
        if !problems.is_empty() {
            inv.push(FieldError::new("answer", "markup_problems"));
        }
        let mut checklist = vec![];
        for line in i.checklist.lines().map(|l| l.trim().trim_start_matches(['-', '*', '•']).trim()) {
            if line.is_empty() {
                continue;
            }
            match text::required_line("checklist", line, MAX_QUESTION) {
                Ok(l) => checklist.push(l),
                Err(e) => {
                    inv.push(e);
                    break;
                }
            }
        }
        if checklist.len() > MAX_CHECKLIST_ITEMS {
            inv.push(FieldError::with_limit("checklist", "too_many", MAX_CHECKLIST_ITEMS as i64));
        }
        match (question, answer, inv.is_empty()) {
            (Some(question), Some(answer), true) => Ok(Version { question, answer, checklist, minor: i.minor }),
            _ => Err(VersionErrors { invalid: inv, markup: problems }),
        }
    }
}

/// The checklist as stored: one item per line.
pub fn checklist_text(items: &[String]) -> String {
    items.join("\n")
}

/// The checklist from its stored form.
pub fn checklist_items(stored: &str) -> Vec<String> {
    stored.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

/// An article is out of date from its review date on (R16): it is flagged to the desk
/// and listed for its owner.
pub fn is_out_of_date(review_on: jiff::civil::Date, today: jiff::civil::Date) -> bool {
    review_on <= today
}

/// For the content review list (R16): an article is due when its stored review date
/// (`YYYY-MM-DD`) is today or past; a date that cannot be read counts as due, so it is
/// looked at rather than forgotten.
pub fn review_due(review_on: &str, today: jiff::civil::Date) -> bool {
    match review_on.parse::<jiff::civil::Date>() {
        Ok(d) => is_out_of_date(d, today),
        Err(_) => true,
    }
}

/// The answer as plain text (for the search index and the API's snippet-free reads).
pub fn answer_plain(answer: &str) -> String {
    markup::plain_text(&markup::parse(answer).0)
}

/// A synonym group as the coordinator types it: terms separated by `=` (or one per
/// line), at least two, each at most 80 characters, at most 12 terms.
pub fn synonym_group(raw: &str) -> Result<Vec<String>, FieldError> {
    let mut terms: Vec<String> = vec![];
    for t in raw.split(['=', '\n']).map(|t| t.split_whitespace().collect::<Vec<_>>().join(" ")) {
        if t.is_empty() {
            continue;
        }
        if t.chars().count() > 80 || t.chars().any(char::is_control) {
            return Err(FieldError::new("terms", "invalid_synonym"));
        }
        if !terms.iter().any(|x| x.to_lowercase() == t.to_lowercase()) {
            terms.push(t);
        }
    }
    if terms.len() < 2 {
        return Err(FieldError::new("terms", "synonym_needs_two"));
    }
    if terms.len() > 12 {
        return Err(FieldError::with_limit("terms", "too_many", 12));
    }
    Ok(terms)
}

/// A frequently asked topic or query with no article yet, for the coordinator.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Gap {
    /// `topic` (from the contact log) or `search` (a search that found nothing).
    pub source: &'static str,
    pub text: String,
    pub count: i64,
}

/// The gaps worth an article: topics asked about that no article covers, and searches
/// that found nothing, most frequent first, at least `min_count` times.
pub fn gaps(
    topic_counts: &[(String, i64)],
    covered_topics: &[String],
    misses: &[(String, i64)],
    min_count: i64,
) -> Vec<Gap> {
    let mut out: Vec<Gap> = topic_counts
        .iter()
        .filter(|(t, c)| *c >= min_count && !covered_topics.contains(t))
        .map(|(t, c)| Gap { source: "topic", text: t.clone(), count: *c })
        .chain(misses.iter().filter(|(_, c)| *c >= min_count).map(|(q, c)| Gap {
            source: "search",
            text: q.clone(),
            count: *c,
        }))
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.text.cmp(&b.text)));
    out
}

/// A search query as it is recorded when it found nothing: trimmed, spaces collapsed,
/// lower case, at most 100 characters (None when empty).
pub fn miss_key(query: &str) -> Option<String> {
    let q: String = query.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    if q.is_empty() { None } else { Some(q.chars().take(100).collect()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_due_today_or_past_and_unreadable_dates() {
        let today = jiff::civil::date(2026, 12, 6);
        assert!(review_due("2026-12-06", today));
        assert!(review_due("2025-01-01", today));
        assert!(!review_due("2026-12-07", today));
        assert!(review_due("someday", today));
    }

    #[test]
    fn articles_are_checked() {
        let a = Article::parse(&ArticleInput {
            slug: "address-registration".into(),
            topics: "registration, housing".into(),
            review_on: "2027-06-01".into(),
            referrals: "tax-office tax-office, population-register".into(),
        })
        .unwrap();
        assert_eq!(a.topics, ["registration", "housing"]);
        assert_eq!(a.referrals, ["tax-office", "population-register"]);
        let bad = Article::parse(&ArticleInput {
            slug: "Not a slug".into(),
            review_on: "tomorrow".into(),
            ..Default::default()
        })
        .unwrap_err();
        let got: Vec<(&str, &str)> = bad.errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(got, [("slug", "invalid_slug"), ("review_on", "invalid_date")]);
    }

    #[test]
    fn versions_are_checked() {
        let v = Version::parse(&VersionInput {
            question: "How do I register my address?".into(),
            answer: "Go to the **tax office** within a week.".into(),
            checklist: "- passport\n\n* rental contract\n".into(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(v.checklist, ["passport", "rental contract"]);
        assert_eq!(checklist_items(&checklist_text(&v.checklist)), v.checklist);
        let bad = Version::parse(&VersionInput { question: "".into(), answer: "# x".into(), ..Default::default() })
            .unwrap_err();
        let got: Vec<(&str, &str)> = bad.invalid.errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(got, [("question", "required"), ("answer", "markup_problems")]);
        let empty = Version::parse(&VersionInput { question: "Q".into(), ..Default::default() }).unwrap_err();
        assert_eq!(empty.invalid.errors[0].code, "required");
    }

    #[test]
    fn out_of_date_from_the_review_day() {
        let d = |s: &str| s.parse::<jiff::civil::Date>().unwrap();
        assert!(!is_out_of_date(d("2026-12-07"), d("2026-12-06")));
        assert!(is_out_of_date(d("2026-12-06"), d("2026-12-06")));
    }

    #[test]
    fn synonym_groups() {
        assert_eq!(
            synonym_group("Meldezettel = address  registration\nfolkbokföring = meldezettel").unwrap(),
            ["Meldezettel", "address registration", "folkbokföring"]
        );
        assert_eq!(synonym_group("one").unwrap_err().code, "synonym_needs_two");
    }

    #[test]
    fn gaps_list_uncovered_topics_and_misses() {
        let g = gaps(
            &[("housing".into(), 9), ("pets".into(), 4), ("rare".into(), 1)],
            &["housing".into()],
            &[("hundskatt".into(), 6)],
            2,
        );
        let got: Vec<(&str, &str, i64)> = g.iter().map(|g| (g.source, g.text.as_str(), g.count)).collect();
        assert_eq!(got, [("search", "hundskatt", 6), ("topic", "pets", 4)]);
        assert_eq!(miss_key("  Hund   SKATT "), Some("hund skatt".into()));
        assert_eq!(miss_key("   "), None);
    }
}
