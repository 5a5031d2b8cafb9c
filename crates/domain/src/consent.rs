//! Consent per purpose (GDPR Art. 6(1)(a), 7). Each consent records when, by whom,
//! through which channel, and the exact version and language of the text the person saw.

use crate::errors::{FieldError, Invalid};

/// What a person agrees to, one at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// The basic data needed for coaching and vouchers. Without it nothing is stored.
    Basic,
    /// Optional profile data: education, profession, qualifications, language level.
    Profile,
    /// Sharing basic data with the immigration office.
    ShareImmigration,
    /// Reminders by e-mail or SMS.
    Reminders,
    /// Being contacted for satisfaction and follow-up surveys.
    Surveys,
    /// Registering for group information modules: the seat, the waiting list, notices
    /// of changes, and the attendance counted for the passport (issue 5).
    Modules,
}

impl Purpose {
    pub const ALL: [Purpose; 6] = [
        Purpose::Basic,
        Purpose::Profile,
        Purpose::ShareImmigration,
        Purpose::Reminders,
        Purpose::Surveys,
        Purpose::Modules,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Basic => "basic",
            Purpose::Profile => "profile",
            Purpose::ShareImmigration => "share_immigration",
            Purpose::Reminders => "reminders",
            Purpose::Surveys => "surveys",
            Purpose::Modules => "modules",
        }
    }

    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        Purpose::ALL
            .into_iter()
            .find(|p| p.as_str() == raw.trim())
            .ok_or_else(|| FieldError::new(field, "invalid_choice"))
    }
}

/// How the consent was given.
pub const CHANNELS: [&str; 5] = ["in_person", "paper", "phone", "online", "import"];

/// The version of the consent texts (`consent-<purpose>-text` in the catalogues). Bump it
/// whenever a consent text changes in meaning; each consent keeps the version it was given
/// under.
pub const TEXT_VERSION: &str = "2026-11-v1";

/// The purposes ticked on a form: no duplicates, the basic one required.
pub fn parse_purposes(raw: &[String]) -> Result<Vec<Purpose>, Invalid> {
    let mut inv = Invalid::default();
    let mut out: Vec<Purpose> = vec![];
    for r in raw.iter().filter(|r| !r.trim().is_empty()) {
        if let Some(p) = inv.take(Purpose::parse("consents", r)) {
            if out.contains(&p) {
                inv.push(FieldError::new("consents", "duplicate_consent"));
            } else {
                out.push(p);
            }
        }
    }
    if inv.is_empty() && !out.contains(&Purpose::Basic) {
        inv.push(FieldError::new("consent_basic", "consent_required"));
    }
    inv.into_result().map(|_| {
        out.sort();
        out
    })
}

/// A refusal for a missing consent on a form people fill in themselves (the public
/// booking and registration forms, the public API): addressed to them ("tick the box…")
/// rather than to staff ("the person must agree…"). Every other error is kept as it is.
pub fn addressed_to_self(mut inv: Invalid) -> Invalid {
    for e in &mut inv.errors {
        if e.code == "consent_required" {
            e.code = if e.field == "consent_modules" { "consent_modules_required" } else { "consent_basic_required" };
        }
    }
    inv
}

/// A consent as given, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GivenConsent {
    pub purpose: Purpose,
    pub channel: &'static str,
    pub text_language: String,
}

pub fn parse_consent(purpose: &str, channel: &str, text_language: &str) -> Result<GivenConsent, Invalid> {
    let mut inv = Invalid::default();
    let p = inv.take(Purpose::parse("purpose", purpose));
    let ch = CHANNELS.iter().find(|c| **c == channel.trim()).copied();
    if ch.is_none() {
        inv.push(FieldError::new("channel", "invalid_choice"));
    }
    let lang = text_language.trim();
    if lang.is_empty() {
        inv.push(FieldError::new("text_language", "required"));
    }
    match (p, ch) {
        (Some(purpose), Some(channel)) if inv.is_empty() => {
            Ok(GivenConsent { purpose, channel, text_language: lang.to_owned() })
        }
        _ => Err(inv),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_consent_on_a_self_service_form_is_addressed_to_the_person() {
        let inv = parse_purposes(&["reminders".to_owned()]).unwrap_err();
        let mut inv = addressed_to_self(inv);
        assert_eq!((inv.errors[0].field, inv.errors[0].code), ("consent_basic", "consent_basic_required"));
        inv.push(FieldError::new("consent_modules", "consent_required"));
        inv.push(FieldError::new("phone", "required"));
        let inv = addressed_to_self(inv);
        let codes: Vec<_> = inv.errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            codes,
            [
                ("consent_basic", "consent_basic_required"),
                ("consent_modules", "consent_modules_required"),
                ("phone", "required")
            ]
        );
    }
}
