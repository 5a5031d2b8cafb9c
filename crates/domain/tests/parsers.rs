//! Parser fuzzing, quick form: every parser of outside input in the domain gets
//! arbitrary text (any Unicode, control characters, NUL, very long, near-valid shapes)
//! and must answer with a value or a stable error code — never panic — and what it
//! accepts must be well-formed and parse again to the same value. The full form is
//! cargo-fuzz (fuzz/, see docs/PROOF.md); `PROPTEST_CASES=100000` deepens this one.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use welcomedesk_domain::codes::{CountryCode, LanguageCode};
use welcomedesk_domain::names::{PreparedName, blocking_keys, normalize_tokens, similarity};
use welcomedesk_domain::register::{BirthDate, NewPerson, PersonInput, Source};
use welcomedesk_domain::settings::{WeeklyHours, parse_phone};
use welcomedesk_domain::staff::Email;
use welcomedesk_domain::text;

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 25)
}

/// Text that looks like what people and programs send: any Unicode, plus pieces near
/// the valid shapes (digits, separators, '@', '+', dots, Arabic-Indic digits).
fn input() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9\\-:+@. ,()–]{0,24}",
        "[0-9٠-٩۰-۹]{0,4}-[0-9]{0,3}-[0-9]{0,3}",
        "\\+?[0-9 ()\\-]{0,22}",
        "[a-zA-Z0-9._%+\\-]{0,20}@[a-zA-Z0-9.\\-]{0,20}",
        "[0-2]?[0-9]:[0-5][0-9] ?[-–] ?[0-2]?[0-9]:[0-5][0-9](, ?[0-2]?[0-9]:[0-5][0-9]-[0-2]?[0-9]:[0-5][0-9]){0,3}",
        "[\\p{Arabic}\\p{Cyrillic}\\p{Ethiopic} a-zA-Z'\\-]{0,40}",
        proptest::collection::vec(any::<char>(), 0..600).prop_map(|v| v.into_iter().collect()),
    ]
}

fn codes_ok(code: &str) -> bool {
    !code.is_empty() && code.chars().all(|c| c.is_ascii_lowercase() || c == '_')
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn email(raw in input()) {
        match Email::parse("email", &raw) {
            Ok(e) => {
                let s = e.as_str();
                prop_assert!(s.contains('@') && s.len() <= Email::MAX);
                prop_assert_eq!(s, s.trim());
                let again = Email::parse("email", s).unwrap();
                prop_assert_eq!(again.as_str(), s);
            }
            Err(e) => prop_assert!(codes_ok(e.code)),
        }
    }

    #[test]
    fn phone(raw in input()) {
        match parse_phone("phone", &raw) {
            Ok(p) => {
                prop_assert!(p.starts_with('+'));
                let digits = p.chars().filter(char::is_ascii_digit).count();
                prop_assert!((7..=15).contains(&digits));
                prop_assert_eq!(parse_phone("phone", &p).unwrap(), p);
            }
            Err(e) => prop_assert!(codes_ok(e.code)),
        }
    }

    #[test]
    fn opening_hours(raw in input()) {
        match WeeklyHours::parse_day("hours", &raw) {
            Ok(day) => {
                prop_assert!(day.iter().all(|i| i.from < i.to));
                prop_assert!(day.windows(2).all(|w| w[0].to <= w[1].from), "sorted, no overlap");
                let stored = WeeklyHours::format_day(&day);
                prop_assert_eq!(WeeklyHours::parse_day("hours", &stored).unwrap(), day);
            }
            Err(e) => prop_assert!(codes_ok(e.code)),
        }
    }

    #[test]
    fn birth_dates(raw in input(), y in input(), m in input(), d in input()) {
        for r in [BirthDate::parse_iso("birth_date", &raw, today()), BirthDate::parse_parts(&y, &m, &d, today())] {
            match r {
                Ok(b) => {
                    prop_assert!((1900..=2026).contains(&b.year));
                    prop_assert!(b.day.is_none() || b.month.is_some());
                    let iso = match (b.month, b.day) {
                        (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", b.year),
                        (Some(m), None) => format!("{:04}-{m:02}", b.year),
                        _ => format!("{:04}", b.year),
                    };
                    let again = BirthDate::parse_iso("birth_date", &iso, today()).unwrap();
                    prop_assert_eq!((again.year, again.month, again.day), (b.year, b.month, b.day));
                }
                Err(e) => prop_assert!(codes_ok(e.code)),
            }
        }
    }

    #[test]
    fn country_and_language_codes(raw in input()) {
        match CountryCode::parse("citizenship", &raw) {
            Ok(c) => prop_assert_eq!(CountryCode::parse("citizenship", c.as_str()).unwrap(), c),
            Err(e) => prop_assert!(codes_ok(e.code)),
        }
        match LanguageCode::parse("language", &raw) {
            Ok(l) => prop_assert_eq!(LanguageCode::parse("language", l.as_str()).unwrap(), l),
            Err(e) => prop_assert!(codes_ok(e.code)),
        }
    }

    #[test]
    fn free_text(raw in input()) {
        match text::required_line("name", &raw, 200) {
            Ok(v) => {
                prop_assert!(!v.is_empty() && v.chars().count() <= 200);
                prop_assert!(!v.chars().any(char::is_control));
            }
            Err(e) => prop_assert!(codes_ok(e.code)),
        }
        if let Ok(Some(v)) = text::optional_text("notes", &raw, 2000) {
            prop_assert!(!v.contains('\r') || !v.contains("\r\n"));
            prop_assert!(!v.contains('\0'));
        }
        if let Ok(n) = text::whole_number("n", &raw, -5, 1_000_000) {
            prop_assert!((-5..=1_000_000).contains(&n));
        }
    }

    /// The search box and the duplicate check: any query gives tokens and keys of the
    /// documented shape, and similarity stays a symmetric score in 0..=1.
    #[test]
    fn names_and_search_queries(a in input(), b in input()) {
        let toks = normalize_tokens(&a);
        prop_assert!(toks.len() <= 12);
        prop_assert!(toks.iter().all(|t| !t.is_empty() && t.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())));
        let keys = blocking_keys(&a);
        prop_assert!(keys.len() <= 8);
        prop_assert!(keys.iter().all(|k| k.is_ascii() && k.len() <= 60));
        let s = similarity(&a, &b);
        prop_assert!((0.0..=1.0).contains(&s), "{}", s);
        prop_assert!((s - similarity(&b, &a)).abs() < 1e-9, "symmetric");
        let p = PreparedName::new(&a);
        prop_assert_eq!(p.blocking_keys(), keys);
    }

    /// A whole person as a form or the API sends it.
    #[test]
    fn person_input(full in input(), latin in input(), y in input(), cit in input(), lang in input(), permit in input(), phone in input(), email in input()) {
        let i = PersonInput {
            full_name: full,
            latin_name: latin,
            birth_year: y,
            citizenship: cit,
            languages: vec![lang],
            permit_issued_on: permit,
            phone,
            email,
            ..Default::default()
        };
        for source in [Source::Desk, Source::Clerk, Source::Import] {
            if let Err(inv) = NewPerson::parse(&i, &["basic".into()], source, today()) {
                prop_assert!(!inv.is_empty());
            }
        }
    }
}
