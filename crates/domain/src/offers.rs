//! Other welcome vouchers (issue 12, R7, R17): a city tour, a museum or swimming-pool
//! entry, a public-transport trial ticket, or a language course of one provider. One
//! machinery, several kinds: an offer is earned by the same rule steps as the
//! language-course programme (`vouchers::Rule`, "after N attended modules"), its vouchers
//! are ordinary vouchers (codes, parts, at most one redemption per part), and its issuer
//! (a provider organisation: a museum is a provider that redeems) redeems them at its
//! own desk through the provider portal.

use crate::errors::{FieldError, Invalid};
use crate::vouchers::{Level, Rule, parse_cents};
use jiff::ToSpan;
use jiff::civil::Date;

/// The kinds of offer a city hands out (a fixed list: each has its wording).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OfferKind {
    LanguageCourse,
    CityTour,
    Museum,
    Pool,
    TransportTrial,
    Other,
}

impl OfferKind {
    pub const ALL: [OfferKind; 6] = [
        OfferKind::LanguageCourse,
        OfferKind::CityTour,
        OfferKind::Museum,
        OfferKind::Pool,
        OfferKind::TransportTrial,
        OfferKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OfferKind::LanguageCourse => "language_course",
            OfferKind::CityTour => "city_tour",
            OfferKind::Museum => "museum",
            OfferKind::Pool => "pool",
            OfferKind::TransportTrial => "transport_trial",
            OfferKind::Other => "other",
        }
    }

    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        let r = raw.trim();
        if r.is_empty() {
            return Err(FieldError::new(field, "required"));
        }
        OfferKind::ALL.into_iter().find(|k| k.as_str() == r).ok_or_else(|| FieldError::new(field, "invalid_choice"))
    }

    /// A language course is redeemed for one of the issuer's courses (level, start
    /// window); every other kind is redeemed at the issuer's desk without a course.
    pub fn needs_course(self) -> bool {
        self == OfferKind::LanguageCourse
    }
}

/// The languages an offer's title can be written in, with their form and API field
/// names (the shipped languages; a test in the web crate keeps both lists equal).
pub const TITLE_FIELDS: [(&str, &str); 12] = [
    ("en", "title_en"),
    ("sv", "title_sv"),
    ("de", "title_de"),
    ("ar", "title_ar"),
    ("fa", "title_fa"),
    ("uk", "title_uk"),
    ("ru", "title_ru"),
    ("tr", "title_tr"),
    ("so", "title_so"),
    ("ti", "title_ti"),
    ("es", "title_es"),
    ("fr", "title_fr"),
];

pub const TITLE_MAX: usize = 120;

/// An offer as the coordinator configures it. The earning rule (from `valid_from`, the
/// first voucher after `first_after` attended modules, one voucher per person), the value
/// and the validity are versioned like the programme's rules: a version that has issued
/// vouchers is frozen, a new one with a later `valid_from` replaces it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Offer {
    pub kind: OfferKind,
    pub issuer_provider_id: uuid::Uuid,
    /// `(language, title)`, English first, then in the order of [`TITLE_FIELDS`].
    pub titles: Vec<(String, String)>,
    pub value_cents: i64,
    pub validity_days: u32,
    /// Issued in the holder's name: the issuer checks the ID card at redemption.
    pub non_transferable: bool,
    /// An inactive offer earns nothing new; its vouchers stay valid.
    pub active: bool,
    pub first_after: u32,
    pub valid_from: Date,
}

/// The form / API input of an offer (strings, parsed once).
#[derive(Debug, Clone, Default)]
pub struct OfferInput {
    pub kind: String,
    pub issuer_provider_id: String,
    /// `(language, title)` as typed; empty titles are left out.
    pub titles: Vec<(String, String)>,
    pub value: String,
    pub validity_days: String,
    pub non_transferable: bool,
    pub active: bool,
    pub first_after: String,
    pub valid_from: String,
}

fn int(field: &'static str, raw: &str, min: i64, max: i64) -> Result<i64, FieldError> {
    let v: i64 = raw.trim().parse().map_err(|_| FieldError::new(field, "not_a_number"))?;
    if v < min {
        return Err(FieldError::with_limit(field, "too_small", min));
    }
    if v > max {
        return Err(FieldError::with_limit(field, "too_large", max));
    }
    Ok(v)
}

impl Offer {
    pub fn parse(i: &OfferInput) -> Result<Self, Invalid> {
        let mut inv = Invalid::default();
        let kind = inv.take(OfferKind::parse("kind", &i.kind));
        let issuer = match uuid::Uuid::parse_str(i.issuer_provider_id.trim()) {
            Ok(u) => Some(u),
            Err(_) if i.issuer_provider_id.trim().is_empty() => {
                inv.push(FieldError::new("issuer_provider_id", "required"));
                None
            }
            Err(_) => {
                inv.push(FieldError::new("issuer_provider_id", "invalid_choice"));
                None
            }
        };
        let mut titles = Vec::new();
        for (lang, field) in TITLE_FIELDS {
            let Some((_, t)) = i.titles.iter().find(|(l, _)| l == lang) else { continue };
            let t = t.trim();
            if t.is_empty() {
                continue;
            }
            if t.chars().count() > TITLE_MAX {
                inv.push(FieldError::with_limit(field, "too_long", TITLE_MAX as i64));
            } else if t.chars().any(char::is_control) {
                inv.push(FieldError::new(field, "control_characters"));
            } else {
                titles.push((lang.to_owned(), t.to_owned()));
            }
        }
        if i.titles.iter().any(|(l, _)| !TITLE_FIELDS.iter().any(|(c, _)| c == l)) {
            inv.push(FieldError::new("titles", "invalid_language"));
        }
        if !titles.iter().any(|(l, _)| l == "en") && !inv.errors.iter().any(|e| e.field == "title_en") {
            inv.push(FieldError::new("title_en", "required"));
        }
        let value = inv.take(parse_cents("value", &i.value));
        if value == Some(0) {
            inv.push(FieldError::new("value", "amount_too_small"));
        }
        let validity = inv.take(int("validity_days", &i.validity_days, 1, 3650));
        let first_after = inv.take(int("first_after", &i.first_after, 1, 100));
        let valid_from = inv.take(crate::register::parse_date("valid_from", &i.valid_from));
        inv.into_result()?;
        Ok(Offer {
            kind: kind.unwrap_or(OfferKind::Other),
            issuer_provider_id: issuer.unwrap_or_default(),
            titles,
            value_cents: value.unwrap_or(1),
            validity_days: validity.unwrap_or(1) as u32,
            non_transferable: i.non_transferable,
            active: i.active,
            first_after: first_after.unwrap_or(1) as u32,
            valid_from: valid_from.unwrap_or_default(),
        })
    }

    /// The title in `lang`, else the English one.
    pub fn title(&self, lang: &str) -> &str {
        title_in(&self.titles, lang)
    }

    /// The earning rule of this offer, in the programme's terms: the first (and only)
    /// voucher after `first_after` modules, one part worth the offer's value. The
    /// levels and start window matter only for a language course (any level, a course
    /// starting from the day of issue).
    pub fn rule(&self) -> Rule {
        Rule {
            name: self.title("en").to_owned(),
            valid_from: self.valid_from,
            first_after: self.first_after,
            further_every: 0,
            max_vouchers: 1,
            value_cents: self.value_cents,
            value_cents_certificate: self.value_cents,
            parts: 1,
            // Kept for the schema; an offer's voucher expires after `validity_days`.
            validity_months: self.validity_days.div_ceil(30).max(1),
            level_min: Level::A1,
            level_max: Level::C2,
            start_weeks_before: 0,
        }
    }
}

/// The title in `lang` from `(language, title)` pairs, else the English one, else the first.
pub fn title_in<'a>(titles: &'a [(String, String)], lang: &str) -> &'a str {
    titles
        .iter()
        .find(|(l, _)| l == lang)
        .or_else(|| titles.iter().find(|(l, _)| l == "en"))
        .or_else(|| titles.first())
        .map_or("", |(_, t)| t.as_str())
}

/// The last day an offer voucher issued on `issued_on` can be redeemed: valid for
/// `days` days, the day of issue included.
pub fn expires_on(issued_on: Date, days: u32) -> Date {
    issued_on.checked_add(i64::from(days.max(1) - 1).days()).unwrap_or(issued_on)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn input() -> OfferInput {
        OfferInput {
            kind: "museum".into(),
            issuer_provider_id: uuid::Uuid::from_u128(7).to_string(),
            titles: vec![("en".into(), " City museum entry ".into()), ("ar".into(), "دخول متحف المدينة".into())],
            value: "12,50".into(),
            validity_days: "90".into(),
            non_transferable: true,
            active: true,
            first_after: "2".into(),
            valid_from: "2026-01-01".into(),
        }
    }

    #[test]
    fn an_offer_is_parsed_and_becomes_a_rule_of_the_one_machinery() {
        let o = Offer::parse(&input()).unwrap();
        assert_eq!(o.kind, OfferKind::Museum);
        assert!(!o.kind.needs_course());
        assert!(OfferKind::LanguageCourse.needs_course());
        assert_eq!(o.titles[0], ("en".to_owned(), "City museum entry".to_owned()));
        assert_eq!(o.title("ar"), "دخول متحف المدينة");
        assert_eq!(o.title("sv"), "City museum entry", "falls back to English");
        let r = o.rule();
        assert_eq!((r.first_after, r.max_vouchers, r.parts, r.value_cents), (2, 1, 1, 1_250));
        assert_eq!((0..5).map(|m| r.vouchers_due(m)).collect::<Vec<_>>(), [0, 0, 1, 1, 1]);
        assert_eq!(expires_on(date(2026, 1, 1), 90), date(2026, 3, 31));
        assert_eq!(expires_on(date(2026, 1, 1), 1), date(2026, 1, 1));
    }

    #[test]
    fn every_problem_of_an_offer_is_reported() {
        let bad = OfferInput {
            kind: "zoo".into(),
            issuer_provider_id: "x".into(),
            titles: vec![("en".into(), "  ".into()), ("xx".into(), "t".into()), ("sv".into(), "s".repeat(121))],
            value: "0".into(),
            validity_days: "0".into(),
            first_after: "".into(),
            valid_from: "2026-13-01".into(),
            ..Default::default()
        };
        let e = Offer::parse(&bad).unwrap_err();
        let got: Vec<_> = e.errors.iter().map(|e| (e.field, e.code)).collect();
        for want in [
            ("kind", "invalid_choice"),
            ("issuer_provider_id", "invalid_choice"),
            ("title_en", "required"),
            ("title_sv", "too_long"),
            ("titles", "invalid_language"),
            ("value", "amount_too_small"),
            ("validity_days", "too_small"),
            ("first_after", "not_a_number"),
        ] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        assert!(got.iter().any(|(f, _)| *f == "valid_from"), "{got:?}");
        assert_eq!(OfferKind::parse("kind", "").unwrap_err().code, "required");
        assert_eq!(OfferKind::ALL.map(|k| OfferKind::parse("k", k.as_str()).unwrap()), OfferKind::ALL);
    }
}
