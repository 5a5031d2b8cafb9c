//! The welcome brochure (R6): its chapters, the checks of a chapter's text, editions
//! frozen for print, and how many copies of each language a print run needs.
//!
//! Translation states are in `translations` (shared with the knowledge base); the
//! markup in `markup`; readability in `readability`.

use crate::errors::{FieldError, Invalid};
use crate::markup::{self, Doc, Problem};
use crate::text;

/// The chapters of the seed (R6), in order: slug and the topic words of the seed.
pub const CHAPTERS: [&str; 13] = [
    "new-in-the-city",
    "housing",
    "work",
    "transport",
    "personal-and-social-affairs",
    "children",
    "education",
    "health",
    "integration-and-migration",
    "non-discrimination",
    "leisure",
    "seniors",
    "emergency-help",
];

/// A new version of one language of a chapter, as typed.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct VersionInput {
    pub title: String,
    pub body: String,
    /// A minor edit (typo): translations stay up to date.
    pub minor: bool,
    /// `draft`/`final`/`discussed` for the source; `in_translation`/`in_review`/
    /// `published` for a translation. Empty: the default for the case.
    pub stage: String,
}

/// A checked version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub title: String,
    pub body: String,
    pub doc: Doc,
    pub minor: bool,
}

/// What is wrong with a chapter's text: field errors and markup problems by line.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VersionErrors {
    pub invalid: Invalid,
    pub markup: Vec<Problem>,
}

impl Version {
    pub fn parse(i: &VersionInput) -> Result<Version, VersionErrors> {
        let mut inv = Invalid::default();
        let title = inv.take(text::required_line("title", &i.title, 160));
        let body = inv.take(text::optional_text("body", &i.body, markup::MAX_CHARS)).flatten();
        if body.is_none() && inv.errors.iter().all(|e| e.field != "body") {
            inv.push(FieldError::new("body", "required"));
        }
        let (doc, problems) = markup::parse(body.as_deref().unwrap_or(""));
        if !problems.is_empty() {
            inv.push(FieldError::new("body", "markup_problems"));
        }
        match (title, body, inv.is_empty()) {
            (Some(title), Some(body), true) => Ok(Version { title, body, doc, minor: i.minor }),
            _ => Err(VersionErrors { invalid: inv, markup: problems }),
        }
    }
}

/// An edition's name, e.g. "2027 spring".
pub fn edition_name(raw: &str) -> Result<String, FieldError> {
    text::required_line("name", raw, 80)
}

/// How many copies of each language a print run of `total` copies needs, in proportion
/// to the languages of recent newcomers (`mix`: language and count), each language of
/// `languages` getting at least `minimum` copies (the desk needs some of each). Largest
/// remainders: the sum is exactly `total` whenever `total` ≥ the minimums.
pub fn print_plan(total: i64, minimum: i64, languages: &[&str], mix: &[(String, i64)]) -> Vec<(String, i64)> {
    let langs: Vec<&str> = languages.to_vec();
    if langs.is_empty() || total <= 0 {
        return langs.iter().map(|l| ((*l).to_owned(), 0)).collect();
    }
    let minimum = minimum.max(0).min(total / langs.len() as i64);
    let rest = total - minimum * langs.len() as i64;
    // Newcomers whose language has no brochure count for the source language's (first).
    let mut weight: Vec<i64> =
        langs.iter().map(|l| mix.iter().filter(|(m, _)| m == l).map(|(_, c)| c.max(&0)).sum()).collect();
    let unmatched: i64 = mix.iter().filter(|(m, _)| !langs.contains(&m.as_str())).map(|(_, c)| (*c).max(0)).sum();
    weight[0] += unmatched;
    let sum: i64 = weight.iter().sum();
    if sum == 0 {
        weight = vec![1; langs.len()];
    }
    let sum: i64 = weight.iter().sum();
    let mut alloc: Vec<i64> = weight.iter().map(|w| rest * w / sum).collect();
    let mut left = rest - alloc.iter().sum::<i64>();
    let mut order: Vec<usize> = (0..langs.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(rest * weight[i] % sum), i));
    for &i in order.iter().cycle() {
        if left == 0 {
            break;
        }
        alloc[i] += 1;
        left -= 1;
    }
    langs.iter().zip(alloc).map(|(l, a)| ((*l).to_owned(), a + minimum)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn thirteen_chapters_with_slugs() {
        assert_eq!(CHAPTERS.len(), 13);
        assert!(CHAPTERS.iter().all(|c| markup::is_slug(c)));
    }

    #[test]
    fn versions_are_checked() {
        let ok = Version::parse(&VersionInput {
            title: "Housing".into(),
            body: "## Rent\nPay on time.".into(),
            ..Default::default()
        });
        assert!(ok.is_ok());
        let bad = Version::parse(&VersionInput {
            title: " ".into(),
            body: "# H\n[x](javascript:y)".into(),
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(
            bad.invalid.errors.iter().map(|e| (e.field, e.code)).collect::<Vec<_>>(),
            [("title", "required"), ("body", "markup_problems")]
        );
        assert_eq!(
            bad.markup.iter().map(|p| (p.line, p.code)).collect::<Vec<_>>(),
            [(1, "heading_level_one"), (2, "unsafe_link")]
        );
        let empty = Version::parse(&VersionInput { title: "T".into(), ..Default::default() }).unwrap_err();
        assert_eq!(empty.invalid.errors[0].code, "required");
    }

    #[test]
    fn print_plan_follows_the_mix() {
        let mix = vec![("en".to_owned(), 10), ("ar".to_owned(), 30), ("uk".to_owned(), 60), ("ps".to_owned(), 0)];
        let p = print_plan(1000, 50, &["en", "sv", "ar", "uk"], &mix);
        assert_eq!(p.iter().map(|x| x.1).sum::<i64>(), 1000);
        assert_eq!(
            p,
            vec![("en".into(), 50 + 80), ("sv".into(), 50), ("ar".into(), 50 + 240), ("uk".into(), 50 + 480)]
        );
        // Nobody recent: evenly.
        let even = print_plan(10, 0, &["en", "sv"], &[]);
        assert_eq!(even, vec![("en".into(), 5), ("sv".into(), 5)]);
    }

    proptest! {
        #[test]
        fn print_plan_sums_and_respects_minimum(
            total in 0i64..100_000,
            minimum in 0i64..500,
            counts in prop::collection::vec(0i64..5000, 1..12),
        ) {
            let langs: Vec<String> = (0..counts.len()).map(|i| format!("l{i}")).collect();
            let refs: Vec<&str> = langs.iter().map(String::as_str).collect();
            let mix: Vec<(String, i64)> = langs.iter().cloned().zip(counts.iter().copied()).collect();
            let p = print_plan(total, minimum, &refs, &mix);
            prop_assert_eq!(p.iter().map(|x| x.1).sum::<i64>(), total);
            let floor = minimum.min(total / refs.len() as i64);
            prop_assert!(p.iter().all(|x| x.1 >= floor));
        }
    }
}
