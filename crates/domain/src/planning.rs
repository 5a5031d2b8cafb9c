//! The budget and staffing planner (R13): the toolkit's rules of thumb as editable
//! defaults, turned into the figures a city needs for a year. Pure functions; money in
//! euro cents and counts in integers, so the results are exact and the tests compare
//! them with hand-computed examples. Rates are whole per cents.
//!
//! Rules (defaults from the toolkit, SPEC R2, R7, R13):
//! - budget ≈ 1.60 euro per inhabitant, or 50–70 euro per newcomer and year;
//! - staff: 2 full-time posts per 1,000 newcomers;
//! - trainer pool: 12 per 10,000 newcomers (in total and per language, at least one for
//!   every language with newcomers);
//! - modules: expected participants × modules each ÷ seats per module (20–50), rounded
//!   up, per language, and per topic;
//! - counsellor hours: newcomers × coaching uptake × hours per coaching; posts at the
//!   hours a full-time post gives;
//! - vouchers: module participants × redemption × value (the higher value for the share
//!   legally required to obtain a language certificate);
//! - brochures: newcomers per language plus a reserve, in hundreds.

use crate::{FieldError, Invalid};
use serde::{Deserialize, Serialize};

/// One language's share of newcomers, in whole per cent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageShare {
    pub language: String,
    pub percent: u32,
}

/// What the planner starts from. Every rule of thumb is a field with its default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanInputs {
    pub inhabitants: u64,
    pub newcomers_per_year: u64,
    /// The language mix; what the shares leave to 100 % is "other".
    pub languages: Vec<LanguageShare>,
    pub budget_cents_per_inhabitant: u64,
    pub budget_cents_per_newcomer_low: u64,
    pub budget_cents_per_newcomer_high: u64,
    /// Full-time posts per 1,000 newcomers, in tenths (20 = 2.0).
    pub posts_tenths_per_1000: u64,
    pub trainers_per_10000: u64,
    /// Share of newcomers who take a start coaching.
    pub coaching_uptake_percent: u32,
    /// Hours a counsellor spends per coaching (with preparation), in tenths.
    pub coaching_hours_tenths: u64,
    /// Hours one full-time post gives to coaching per year.
    pub hours_per_post: u64,
    /// Share of newcomers who attend modules.
    pub module_uptake_percent: u32,
    pub modules_per_participant: u64,
    pub seats_per_module: u64,
    pub topics: u64,
    /// Share of module participants who redeem their voucher.
    pub voucher_uptake_percent: u32,
    pub voucher_value_cents: u64,
    /// The value for people legally required to obtain a language certificate.
    pub voucher_value_certificate_cents: u64,
    pub certificate_required_percent: u32,
    /// Brochures printed beyond one per newcomer.
    pub brochure_reserve_percent: u32,
}

impl Default for PlanInputs {
    fn default() -> Self {
        Self {
            inhabitants: 0,
            newcomers_per_year: 0,
            languages: Vec::new(),
            budget_cents_per_inhabitant: 160,
            budget_cents_per_newcomer_low: 5_000,
            budget_cents_per_newcomer_high: 7_000,
            posts_tenths_per_1000: 20,
            trainers_per_10000: 12,
            coaching_uptake_percent: 60,
            coaching_hours_tenths: 15,
            hours_per_post: 1_600,
            module_uptake_percent: 40,
            modules_per_participant: 3,
            seats_per_module: 25,
            topics: 7,
            voucher_uptake_percent: 50,
            voucher_value_cents: 30_000,
            voucher_value_certificate_cents: 50_000,
            certificate_required_percent: 25,
            brochure_reserve_percent: 10,
        }
    }
}

/// Per language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguagePlan {
    /// ISO 639-1, or `other`.
    pub language: String,
    pub newcomers: u64,
    pub trainers: u64,
    pub modules: u64,
    /// Modules per topic in this language (rounded up).
    pub modules_per_topic: u64,
    /// Counsellor hours, in tenths.
    pub counsellor_hours_tenths: u64,
    pub brochures: u64,
}

/// What the planner gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub budget_by_inhabitants_cents: u64,
    pub budget_by_newcomers_low_cents: u64,
    pub budget_by_newcomers_high_cents: u64,
    /// Full-time posts, in tenths.
    pub staff_posts_tenths: u64,
    pub trainer_pool: u64,
    pub module_participants: u64,
    pub modules: u64,
    pub counsellor_hours_tenths: u64,
    /// Counsellor posts, in tenths (rounded up).
    pub counsellor_posts_tenths: u64,
    pub vouchers_redeemed: u64,
    pub voucher_budget_cents: u64,
    pub brochures: u64,
    pub languages: Vec<LanguagePlan>,
}

fn ceil_div(a: u64, b: u64) -> u64 {
    if b == 0 { 0 } else { a.div_ceil(b) }
}

/// The most newcomers or inhabitants a plan accepts (no overflow in cents).
pub const MAX_PEOPLE: u64 = 100_000_000;

impl PlanInputs {
    /// Checks the ranges; every problem at once.
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut inv = Invalid::default();
        let mut max = |field: &'static str, v: u64, lo: u64, hi: u64| {
            if v < lo {
                inv.push(FieldError::with_limit(field, "too_small", lo as i64));
            } else if v > hi {
                inv.push(FieldError::with_limit(field, "too_large", hi as i64));
            }
        };
        max("inhabitants", self.inhabitants, 1, MAX_PEOPLE);
        max("newcomers_per_year", self.newcomers_per_year, 1, MAX_PEOPLE);
        max("budget_cents_per_inhabitant", self.budget_cents_per_inhabitant, 0, 100_000);
        max("budget_cents_per_newcomer_low", self.budget_cents_per_newcomer_low, 0, 10_000_000);
        max("budget_cents_per_newcomer_high", self.budget_cents_per_newcomer_high, 0, 10_000_000);
        max("posts_tenths_per_1000", self.posts_tenths_per_1000, 0, 1_000);
        max("trainers_per_10000", self.trainers_per_10000, 0, 10_000);
        max("coaching_uptake_percent", u64::from(self.coaching_uptake_percent), 0, 100);
        max("coaching_hours_tenths", self.coaching_hours_tenths, 1, 400);
        max("hours_per_post", self.hours_per_post, 100, 2_500);
        max("module_uptake_percent", u64::from(self.module_uptake_percent), 0, 100);
        max("modules_per_participant", self.modules_per_participant, 1, 50);
        // A 2-hour module reaches 20–50 people (R2).
        max("seats_per_module", self.seats_per_module, 20, 50);
        max("topics", self.topics, 1, 100);
        max("voucher_uptake_percent", u64::from(self.voucher_uptake_percent), 0, 100);
        max("voucher_value_cents", self.voucher_value_cents, 0, 10_000_000);
        max("voucher_value_certificate_cents", self.voucher_value_certificate_cents, 0, 10_000_000);
        max("certificate_required_percent", u64::from(self.certificate_required_percent), 0, 100);
        max("brochure_reserve_percent", u64::from(self.brochure_reserve_percent), 0, 200);
        if self.budget_cents_per_newcomer_low > self.budget_cents_per_newcomer_high {
            inv.push(FieldError::new("budget_cents_per_newcomer_high", "range_order"));
        }
        let total: u64 = self.languages.iter().map(|l| u64::from(l.percent)).sum();
        if total > 100 {
            inv.push(FieldError::new("languages", "shares_over_100"));
        }
        let mut seen = std::collections::BTreeSet::new();
        if self.languages.iter().any(|l| !seen.insert(l.language.as_str()) || l.language == "other") {
            inv.push(FieldError::new("languages", "invalid_language"));
        }
        inv.into_result()
    }
}

/// The plan for a year. Call `validate` first; out-of-range inputs are clamped here so
/// the function never overflows or divides by zero.
pub fn plan(i: &PlanInputs) -> Plan {
    let n = i.newcomers_per_year.min(MAX_PEOPLE);
    let pct = |v: u32| u64::from(v.min(100));
    // Newcomers per language: the shares, rounded down; the rest is "other".
    let mut langs: Vec<(String, u64)> =
        i.languages.iter().filter(|l| l.percent > 0).map(|l| (l.language.clone(), n * pct(l.percent) / 100)).collect();
    let given: u64 = langs.iter().map(|l| l.1).sum();
    if n > given {
        langs.push(("other".to_owned(), n - given));
    }
    let seats = i.seats_per_module.max(1);
    let topics = i.topics.max(1);
    let per_language: Vec<LanguagePlan> = langs
        .into_iter()
        .map(|(language, k)| {
            let modules = ceil_div(k * pct(i.module_uptake_percent) * i.modules_per_participant.min(50), 100 * seats);
            LanguagePlan {
                language,
                newcomers: k,
                trainers: if k == 0 { 0 } else { ceil_div(k * i.trainers_per_10000.min(10_000), 10_000).max(1) },
                modules,
                modules_per_topic: ceil_div(modules, topics),
                counsellor_hours_tenths: k * pct(i.coaching_uptake_percent) * i.coaching_hours_tenths.min(400) / 100,
                brochures: ceil_div(k * (100 + u64::from(i.brochure_reserve_percent.min(200))), 100 * 100) * 100,
            }
        })
        .collect();
    let counsellor_hours_tenths: u64 = per_language.iter().map(|l| l.counsellor_hours_tenths).sum();
    let participants = n * pct(i.module_uptake_percent) / 100;
    let redeemed = participants * pct(i.voucher_uptake_percent) / 100;
    let cert = pct(i.certificate_required_percent);
    // Mean value per voucher, in hundredths of a cent, then back to cents (rounded).
    let value_x100 =
        cert * i.voucher_value_certificate_cents.min(10_000_000) + (100 - cert) * i.voucher_value_cents.min(10_000_000);
    Plan {
        budget_by_inhabitants_cents: i.inhabitants.min(MAX_PEOPLE) * i.budget_cents_per_inhabitant.min(100_000),
        budget_by_newcomers_low_cents: n * i.budget_cents_per_newcomer_low.min(10_000_000),
        budget_by_newcomers_high_cents: n * i.budget_cents_per_newcomer_high.min(10_000_000),
        staff_posts_tenths: ceil_div(n * i.posts_tenths_per_1000.min(1_000), 1_000),
        trainer_pool: ceil_div(n * i.trainers_per_10000.min(10_000), 10_000),
        module_participants: participants,
        modules: per_language.iter().map(|l| l.modules).sum(),
        counsellor_hours_tenths,
        counsellor_posts_tenths: ceil_div(counsellor_hours_tenths, i.hours_per_post.max(1)),
        vouchers_redeemed: redeemed,
        voucher_budget_cents: (redeemed * value_x100 + 50) / 100,
        brochures: per_language.iter().map(|l| l.brochures).sum(),
        languages: per_language,
    }
}

/// The planner's form as typed: amounts in euro with up to two decimals, posts and hours
/// with one, shares and counts whole. `parse` gives the inputs or every problem at once;
/// `from_inputs` fills the form back (for defaults and saved scenarios).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanText {
    pub inhabitants: String,
    pub newcomers_per_year: String,
    /// language code → per cent, as typed.
    pub languages: Vec<(String, String)>,
    pub budget_per_inhabitant: String,
    pub budget_per_newcomer_low: String,
    pub budget_per_newcomer_high: String,
    pub posts_per_1000: String,
    pub trainers_per_10000: String,
    pub coaching_uptake_percent: String,
    pub coaching_hours: String,
    pub hours_per_post: String,
    pub module_uptake_percent: String,
    pub modules_per_participant: String,
    pub seats_per_module: String,
    pub topics: String,
    pub voucher_uptake_percent: String,
    pub voucher_value: String,
    pub voucher_value_certificate: String,
    pub certificate_required_percent: String,
    pub brochure_reserve_percent: String,
}

/// `12`, `12.5`, `12,50` → the number times 10^`decimals`; `None` when not a number.
pub fn parse_fixed(s: &str, decimals: u32) -> Option<u64> {
    let s = s.trim().replace([' ', '\u{a0}', '\u{202f}'], "");
    let (int, frac) = match s.split_once(['.', ',']) {
        Some((i, f)) => (i.to_owned(), f.to_owned()),
        None => (s.clone(), String::new()),
    };
    if int.is_empty() && frac.is_empty()
        || !int.chars().all(|c| c.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit())
        || frac.len() > decimals as usize
        || int.len() > 12
    {
        return None;
    }
    let scale = 10u64.pow(decimals);
    let i: u64 = if int.is_empty() { 0 } else { int.parse().ok()? };
    let f: u64 =
        if frac.is_empty() { 0 } else { format!("{frac:0<width$}", width = decimals as usize).parse().ok()? };
    i.checked_mul(scale)?.checked_add(f)
}

fn show_fixed(v: u64, decimals: u32) -> String {
    let scale = 10u64.pow(decimals);
    let (i, f) = (v / scale, v % scale);
    if f == 0 {
        i.to_string()
    } else {
        let f = format!("{f:0>width$}", width = decimals as usize);
        format!("{i}.{}", f.trim_end_matches('0'))
    }
}

impl PlanText {
    pub fn from_inputs(i: &PlanInputs) -> Self {
        Self {
            inhabitants: i.inhabitants.to_string(),
            newcomers_per_year: i.newcomers_per_year.to_string(),
            languages: i.languages.iter().map(|l| (l.language.clone(), l.percent.to_string())).collect(),
            budget_per_inhabitant: show_fixed(i.budget_cents_per_inhabitant, 2),
            budget_per_newcomer_low: show_fixed(i.budget_cents_per_newcomer_low, 2),
            budget_per_newcomer_high: show_fixed(i.budget_cents_per_newcomer_high, 2),
            posts_per_1000: show_fixed(i.posts_tenths_per_1000, 1),
            trainers_per_10000: i.trainers_per_10000.to_string(),
            coaching_uptake_percent: i.coaching_uptake_percent.to_string(),
            coaching_hours: show_fixed(i.coaching_hours_tenths, 1),
            hours_per_post: i.hours_per_post.to_string(),
            module_uptake_percent: i.module_uptake_percent.to_string(),
            modules_per_participant: i.modules_per_participant.to_string(),
            seats_per_module: i.seats_per_module.to_string(),
            topics: i.topics.to_string(),
            voucher_uptake_percent: i.voucher_uptake_percent.to_string(),
            voucher_value: show_fixed(i.voucher_value_cents, 2),
            voucher_value_certificate: show_fixed(i.voucher_value_certificate_cents, 2),
            certificate_required_percent: i.certificate_required_percent.to_string(),
            brochure_reserve_percent: i.brochure_reserve_percent.to_string(),
        }
    }

    pub fn parse(&self) -> Result<PlanInputs, Invalid> {
        let mut inv = Invalid::default();
        let mut num = |field: &'static str, s: &str, dec: u32| -> u64 {
            parse_fixed(s, dec).unwrap_or_else(|| {
                inv.push(FieldError::new(field, if s.trim().is_empty() { "required" } else { "not_a_number" }));
                0
            })
        };
        let pct = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
        let mut languages = Vec::new();
        let mut bad_share = false;
        for (code, share) in &self.languages {
            if share.trim().is_empty() {
                continue;
            }
            match parse_fixed(share, 0) {
                Some(0) => {}
                Some(v) => languages.push(LanguageShare { language: code.clone(), percent: pct(v) }),
                None => bad_share = true,
            }
        }
        let i = PlanInputs {
            inhabitants: num("inhabitants", &self.inhabitants, 0),
            newcomers_per_year: num("newcomers_per_year", &self.newcomers_per_year, 0),
            languages,
            budget_cents_per_inhabitant: num("budget_per_inhabitant", &self.budget_per_inhabitant, 2),
            budget_cents_per_newcomer_low: num("budget_per_newcomer_low", &self.budget_per_newcomer_low, 2),
            budget_cents_per_newcomer_high: num("budget_per_newcomer_high", &self.budget_per_newcomer_high, 2),
            posts_tenths_per_1000: num("posts_per_1000", &self.posts_per_1000, 1),
            trainers_per_10000: num("trainers_per_10000", &self.trainers_per_10000, 0),
            coaching_uptake_percent: pct(num("coaching_uptake_percent", &self.coaching_uptake_percent, 0)),
            coaching_hours_tenths: num("coaching_hours", &self.coaching_hours, 1),
            hours_per_post: num("hours_per_post", &self.hours_per_post, 0),
            module_uptake_percent: pct(num("module_uptake_percent", &self.module_uptake_percent, 0)),
            modules_per_participant: num("modules_per_participant", &self.modules_per_participant, 0),
            seats_per_module: num("seats_per_module", &self.seats_per_module, 0),
            topics: num("topics", &self.topics, 0),
            voucher_uptake_percent: pct(num("voucher_uptake_percent", &self.voucher_uptake_percent, 0)),
            voucher_value_cents: num("voucher_value", &self.voucher_value, 2),
            voucher_value_certificate_cents: num("voucher_value_certificate", &self.voucher_value_certificate, 2),
            certificate_required_percent: pct(num(
                "certificate_required_percent",
                &self.certificate_required_percent,
                0,
            )),
            brochure_reserve_percent: pct(num("brochure_reserve_percent", &self.brochure_reserve_percent, 0)),
        };
        if bad_share {
            inv.push(FieldError::new("languages", "not_a_number"));
        }
        if !inv.is_empty() {
            return Err(inv);
        }
        i.validate().map_err(|e| Invalid {
            errors: e.errors.into_iter().map(|f| FieldError { field: text_field(f.field), ..f }).collect(),
        })?;
        Ok(i)
    }
}

/// The form's name of an input's field (amounts in euro, not cents).
fn text_field(f: &'static str) -> &'static str {
    match f {
        "budget_cents_per_inhabitant" => "budget_per_inhabitant",
        "budget_cents_per_newcomer_low" => "budget_per_newcomer_low",
        "budget_cents_per_newcomer_high" => "budget_per_newcomer_high",
        "posts_tenths_per_1000" => "posts_per_1000",
        "coaching_hours_tenths" => "coaching_hours",
        "voucher_value_cents" => "voucher_value",
        "voucher_value_certificate_cents" => "voucher_value_certificate",
        other => other,
    }
}

/// The toolkit's set-up steps (R14), 1 political support … 17 public kick-off; their
/// titles, checklists and risks are catalogue texts `setup-step-<n>`.
pub const SETUP_STEPS: i64 = 17;
pub const STEP_STATUSES: [&str; 4] = ["open", "in_progress", "done", "not_needed"];

/// A set-up step's state as typed in the form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StepInput {
    pub status: String,
    pub owner: String,
    pub due_on: String,
    pub notes: String,
}

/// A step's state, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepState {
    pub status: &'static str,
    pub owner: Option<String>,
    pub due_on: Option<jiff::civil::Date>,
    pub notes: Option<String>,
}

impl StepInput {
    pub fn parse(&self) -> Result<StepState, Invalid> {
        let mut inv = Invalid::default();
        let status = STEP_STATUSES.iter().copied().find(|s| *s == self.status.trim());
        if status.is_none() {
            inv.push(FieldError::new("status", "invalid_choice"));
        }
        let owner = inv.take(crate::text::optional_line("owner", &self.owner, 200));
        let due_on = if self.due_on.trim().is_empty() {
            Some(None)
        } else {
            inv.take(
                self.due_on
                    .trim()
                    .parse::<jiff::civil::Date>()
                    .map(Some)
                    .map_err(|_| FieldError::new("due_on", "invalid_date")),
            )
        };
        let notes = inv.take(crate::text::optional_text("notes", &self.notes, 4000));
        match (status, owner, due_on, notes) {
            (Some(status), Some(owner), Some(due_on), Some(notes)) if inv.is_empty() => {
                Ok(StepState { status, owner, due_on, notes })
            }
            _ => Err(inv),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn city() -> PlanInputs {
        PlanInputs {
            inhabitants: 500_000,
            newcomers_per_year: 10_000,
            languages: vec![
                LanguageShare { language: "ar".into(), percent: 30 },
                LanguageShare { language: "uk".into(), percent: 20 },
                LanguageShare { language: "fa".into(), percent: 10 },
            ],
            ..PlanInputs::default()
        }
    }

    /// Every figure below is worked out by hand in the comments.
    #[test]
    fn a_city_of_500000_with_10000_newcomers() {
        let i = city();
        i.validate().unwrap();
        let p = plan(&i);
        // 500,000 × 1.60 = 800,000 euro; 10,000 × 50 / 70 = 500,000 / 700,000 euro.
        assert_eq!(p.budget_by_inhabitants_cents, 80_000_000);
        assert_eq!((p.budget_by_newcomers_low_cents, p.budget_by_newcomers_high_cents), (50_000_000, 70_000_000));
        // 2 per 1,000 → 20.0 posts; 12 per 10,000 → 12 trainers.
        assert_eq!(p.staff_posts_tenths, 200);
        assert_eq!(p.trainer_pool, 12);
        let by: Vec<(&str, u64, u64, u64, u64, u64, u64)> = p
            .languages
            .iter()
            .map(|l| {
                (
                    l.language.as_str(),
                    l.newcomers,
                    l.trainers,
                    l.modules,
                    l.modules_per_topic,
                    l.counsellor_hours_tenths,
                    l.brochures,
                )
            })
            .collect();
        // ar: 3,000 newcomers; trainers ⌈3.6⌉ = 4; modules 3,000 × 40 % × 3 / 25 = 144,
        // per topic ⌈144/7⌉ = 21; hours 3,000 × 60 % × 1.5 = 2,700; brochures 3,300.
        // uk: 2,000; ⌈2.4⌉ = 3; 96, ⌈13.7⌉ = 14; 1,800 h; 2,200.
        // fa: 1,000; ⌈1.2⌉ = 2; 48, ⌈6.9⌉ = 7; 900 h; 1,100.
        // other: 4,000; ⌈4.8⌉ = 5; 192, ⌈27.4⌉ = 28; 3,600 h; 4,400.
        assert_eq!(
            by,
            vec![
                ("ar", 3000, 4, 144, 21, 27_000, 3300),
                ("uk", 2000, 3, 96, 14, 18_000, 2200),
                ("fa", 1000, 2, 48, 7, 9_000, 1100),
                ("other", 4000, 5, 192, 28, 36_000, 4400),
            ]
        );
        assert_eq!(p.modules, 480);
        // 9,000 hours / 1,600 per post = 5.625 → 5.7 posts (rounded up in tenths).
        assert_eq!(p.counsellor_hours_tenths, 90_000);
        assert_eq!(p.counsellor_posts_tenths, 57);
        // 4,000 participants, 50 % redeem = 2,000 vouchers × (25 % × 500 + 75 % × 300 =
        // 350 euro) = 700,000 euro.
        assert_eq!(p.module_participants, 4_000);
        assert_eq!(p.vouchers_redeemed, 2_000);
        assert_eq!(p.voucher_budget_cents, 70_000_000);
        assert_eq!(p.brochures, 11_000);
    }

    #[test]
    fn the_toolkits_city_of_50000_newcomers_had_60_trainers() {
        let p = plan(&PlanInputs { inhabitants: 1_800_000, newcomers_per_year: 50_000, ..PlanInputs::default() });
        assert_eq!(p.trainer_pool, 60);
        assert_eq!(p.staff_posts_tenths, 1_000);
        assert_eq!(p.languages.len(), 1);
        assert_eq!(p.languages[0].language, "other");
    }

    #[test]
    fn small_languages_get_one_trainer_and_brochures_round_to_hundreds() {
        let p = plan(&PlanInputs {
            inhabitants: 20_000,
            newcomers_per_year: 150,
            languages: vec![LanguageShare { language: "ti".into(), percent: 2 }],
            ..PlanInputs::default()
        });
        // ti: 3 newcomers → 1 trainer; modules ⌈3 × 40 % × 3 / 25⌉ = ⌈0.144⌉ = 1; 3.3 → 100.
        assert_eq!((p.languages[0].newcomers, p.languages[0].trainers), (3, 1));
        assert_eq!((p.languages[0].modules, p.languages[0].brochures), (1, 100));
        // other: 147 → 161.7 → 200 brochures; total trainers ⌈0.18⌉ = 1.
        assert_eq!(p.languages[1].brochures, 200);
        assert_eq!(p.trainer_pool, 1);
    }

    #[test]
    fn validation_reports_every_problem() {
        let i = PlanInputs {
            inhabitants: 0,
            newcomers_per_year: 1_000,
            seats_per_module: 60,
            budget_cents_per_newcomer_low: 8_000,
            languages: vec![
                LanguageShare { language: "ar".into(), percent: 70 },
                LanguageShare { language: "ar".into(), percent: 40 },
            ],
            ..PlanInputs::default()
        };
        let e = i.validate().unwrap_err();
        let codes: Vec<(&str, &str)> = e.errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            codes,
            vec![
                ("inhabitants", "too_small"),
                ("seats_per_module", "too_large"),
                ("budget_cents_per_newcomer_high", "range_order"),
                ("languages", "shares_over_100"),
                ("languages", "invalid_language"),
            ]
        );
    }

    #[test]
    fn the_form_round_trips_and_parses_decimals() {
        assert_eq!(parse_fixed("1.6", 2), Some(160));
        assert_eq!(parse_fixed("1,60", 2), Some(160));
        assert_eq!(parse_fixed("12 000", 0), Some(12_000));
        assert_eq!(parse_fixed("1.605", 2), None);
        assert_eq!(parse_fixed("-3", 0), None);
        assert_eq!(parse_fixed("", 0), None);
        let i = city();
        let t = PlanText::from_inputs(&i);
        assert_eq!((t.budget_per_inhabitant.as_str(), t.coaching_hours.as_str()), ("1.6", "1.5"));
        assert_eq!(t.parse().unwrap(), i);
        let bad = PlanText { newcomers_per_year: "many".into(), ..t };
        let e = bad.parse().unwrap_err();
        assert_eq!((e.errors[0].field, e.errors[0].code), ("newcomers_per_year", "not_a_number"));
    }

    #[test]
    fn step_input() {
        let ok = StepInput {
            status: "done".into(),
            owner: " Mayor's office ".into(),
            due_on: "2027-01-31".into(),
            notes: "".into(),
        };
        let s = ok.parse().unwrap();
        assert_eq!((s.status, s.owner.as_deref(), s.notes), ("done", Some("Mayor's office"), None));
        let bad = StepInput { status: "finished".into(), due_on: "31.01.2027".into(), ..Default::default() };
        let codes: Vec<&str> = bad.parse().unwrap_err().errors.iter().map(|e| e.code).collect();
        assert_eq!(codes, vec!["invalid_choice", "invalid_date"]);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_adds_up(n in 0u64..2_000_000, a in 0u32..=100, seats in 0u64..80) {
            let i = PlanInputs {
                inhabitants: n, newcomers_per_year: n, seats_per_module: seats,
                languages: vec![LanguageShare { language: "ar".into(), percent: a }],
                ..PlanInputs::default()
            };
            let p = plan(&i);
            proptest::prop_assert_eq!(p.languages.iter().map(|l| l.newcomers).sum::<u64>(), n);
        }
    }
}

// ------------------------------------------------------------------------------------
// The working group (R16): meetings, their decisions and action items.

/// What a meeting's item can be.
pub const ITEM_KINDS: [&str; 2] = ["decision", "action"];

/// A meeting as typed: its date, agenda and (later) minutes, which hold the next
/// period's plan too.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MeetingInput {
    pub held_on: String,
    pub agenda: String,
    pub minutes: String,
}

/// A meeting, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub held_on: jiff::civil::Date,
    pub agenda: String,
    pub minutes: Option<String>,
}

fn date_field(field: &'static str, raw: &str) -> Result<jiff::civil::Date, FieldError> {
    if raw.trim().is_empty() {
        return Err(FieldError::new(field, "required"));
    }
    raw.trim().parse::<jiff::civil::Date>().map_err(|_| FieldError::new(field, "invalid_date"))
}

impl MeetingInput {
    pub fn parse(&self) -> Result<Meeting, Invalid> {
        let mut inv = Invalid::default();
        let held_on = inv.take(date_field("held_on", &self.held_on));
        let agenda = inv.take(crate::text::optional_text("agenda", &self.agenda, 4000)).map(Option::unwrap_or_default);
        if agenda.as_deref().is_some_and(str::is_empty) {
            inv.push(FieldError::new("agenda", "required"));
        }
        let minutes = inv.take(crate::text::optional_text("minutes", &self.minutes, 20_000));
        match (held_on, agenda, minutes) {
            (Some(held_on), Some(agenda), Some(minutes)) if inv.is_empty() => Ok(Meeting { held_on, agenda, minutes }),
            _ => Err(inv),
        }
    }
}

/// A decision or an action item as typed. An action needs an owner (a role or an
/// organisation) and a due date; a decision has neither.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ItemInput {
    pub kind: String,
    pub text: String,
    pub owner: String,
    pub due_on: String,
}

/// An item, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub kind: &'static str,
    pub text: String,
    pub owner: Option<String>,
    pub due_on: Option<jiff::civil::Date>,
}

impl ItemInput {
    pub fn parse(&self) -> Result<Item, Invalid> {
        let mut inv = Invalid::default();
        let kind = ITEM_KINDS.iter().copied().find(|k| *k == self.kind.trim());
        if kind.is_none() {
            inv.push(FieldError::new("kind", "invalid_choice"));
        }
        let text = inv.take(crate::text::required_line("text", &self.text, 500));
        let (owner, due_on) = if kind == Some("action") {
            let owner = inv.take(crate::text::required_line("owner", &self.owner, 200)).map(Some);
            let due = inv.take(date_field("due_on", &self.due_on)).map(Some);
            (owner, due)
        } else {
            (Some(None), Some(None))
        };
        match (kind, text, owner, due_on) {
            (Some(kind), Some(text), Some(owner), Some(due_on)) if inv.is_empty() => {
                Ok(Item { kind, text, owner, due_on })
            }
            _ => Err(inv),
        }
    }
}

#[cfg(test)]
mod working_group_tests {
    use super::*;

    #[test]
    fn an_action_needs_an_owner_and_a_due_date() {
        let i = ItemInput { kind: "action".into(), text: "Ask the NGOs".into(), ..Default::default() };
        let e = i.parse().unwrap_err();
        let fields: Vec<(&str, &str)> = e.errors.iter().map(|f| (f.field, f.code)).collect();
        assert_eq!(fields, [("owner", "required"), ("due_on", "required")]);
        let ok = ItemInput { owner: "Coordinator".into(), due_on: "2026-11-01".into(), ..i }.parse().unwrap();
        assert_eq!(ok.due_on, Some(jiff::civil::date(2026, 11, 1)));
        // A decision keeps no owner nor date even when typed.
        let d =
            ItemInput { kind: "decision".into(), text: "More Saturdays".into(), owner: "X".into(), due_on: "x".into() };
        assert_eq!(d.parse().unwrap().owner, None);
        assert!(ItemInput { kind: "wish".into(), text: "t".into(), ..Default::default() }.parse().is_err());
    }

    #[test]
    fn a_meeting_needs_a_date_and_an_agenda() {
        let e = MeetingInput::default().parse().unwrap_err();
        assert_eq!(e.errors.len(), 2);
        let m = MeetingInput { held_on: "2026-10-01".into(), agenda: "Review".into(), minutes: String::new() };
        assert_eq!(m.parse().unwrap().minutes, None);
    }
}

/// The two seats an organisation has in the working group.
pub const MEMBER_ROLES: [&str; 2] = ["representative", "substitute"];

/// A representative or substitute as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MemberInput {
    pub role: String,
    pub name: String,
    pub email: String,
}

/// A member, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub role: &'static str,
    pub name: String,
    pub email: Option<String>,
}

impl MemberInput {
    pub fn parse(&self) -> Result<Member, Invalid> {
        let mut inv = Invalid::default();
        let role = MEMBER_ROLES.iter().copied().find(|r| *r == self.role.trim());
        if role.is_none() {
            inv.push(FieldError::new("role", "invalid_choice"));
        }
        let name = inv.take(crate::text::required_line("name", &self.name, 200));
        let email = inv.take(crate::text::optional_line("email", &self.email, 200));
        if email.as_ref().is_some_and(|e| e.as_ref().is_some_and(|e| !e.contains('@'))) {
            inv.push(FieldError::new("email", "invalid_email"));
        }
        match (role, name, email) {
            (Some(role), Some(name), Some(email)) if inv.is_empty() => Ok(Member { role, name, email }),
            _ => Err(inv),
        }
    }
}
