//! Language-course vouchers (R7, R8): the programme's rules, the codes, and every check a
//! redemption must pass. Money is integer cents throughout.
//!
//! A rule applies from its `valid_from` date; the rule in force on the day of the
//! attendance issues the voucher, and the voucher keeps that rule for its whole life
//! (value, parts, validity, levels, start window). A rule that has issued vouchers is
//! never changed: a new version with a later `valid_from` replaces it.

use crate::errors::{FieldError, Invalid};
use crate::passport::{self, CodeError};
use jiff::civil::Date;
use jiff::{Span, ToSpan};

/// Data symbols of a voucher code: 17 symbols of 29 are 82.6 bits from the OS's random
/// source, plus the check character.
pub const CODE_DATA_LEN: usize = 17;

/// A voucher code, canonical (18 symbols, no hyphens); shown as `XXXXXX-XXXXXX-XXXXXX`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct VoucherCode(String);

impl VoucherCode {
    pub const FIELD: &'static str = "code";

    /// `fill` must be a cryptographic random source (the store passes the OS's).
    pub fn generate(fill: impl FnMut(&mut [u8])) -> Self {
        let mut v = passport::random_values(CODE_DATA_LEN, fill);
        v.push(passport::check_value(&v));
        Self(v.iter().map(|&x| passport::ALPHABET[x as usize] as char).collect())
    }

    pub fn parse(raw: &str) -> Result<Self, CodeError> {
        passport::parse_symbols(raw, CODE_DATA_LEN + 1)
            .map(|v| Self(v.iter().map(|&x| passport::ALPHABET[x as usize] as char).collect()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn display(&self) -> String {
        passport::grouped(&self.0, 6)
    }

    /// Bits of randomness in a code.
    pub fn entropy_bits() -> f64 {
        CODE_DATA_LEN as f64 * 29f64.log2()
    }
}

impl std::fmt::Display for VoucherCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.display())
    }
}

/// Course levels of the Common European Framework.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum Level {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
}

impl Level {
    pub const ALL: [Level; 6] = [Level::A1, Level::A2, Level::B1, Level::B2, Level::C1, Level::C2];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::A1 => "A1",
            Level::A2 => "A2",
            Level::B1 => "B1",
            Level::B2 => "B2",
            Level::C1 => "C1",
            Level::C2 => "C2",
        }
    }

    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        let r = raw.trim().to_ascii_uppercase();
        Level::ALL.into_iter().find(|l| l.as_str() == r).ok_or_else(|| FieldError::new(field, "invalid_level"))
    }
}

/// The programme's rule, as configured by the coordinator.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Rule {
    pub name: String,
    /// From this day the rule applies (the newest rule not after the attendance wins).
    pub valid_from: Date,
    /// The first voucher after this many attended modules (at least 1).
    pub first_after: u32,
    /// A further voucher each time this many more modules are attended; 0 = never.
    pub further_every: u32,
    /// At most this many vouchers per person under the programme (≥ 1).
    pub max_vouchers: u32,
    pub value_cents: i64,
    /// The value for people legally required to obtain a language certificate.
    pub value_cents_certificate: i64,
    /// Parts the value is split in (each redeemed on its own, at most once).
    pub parts: u32,
    pub validity_months: u32,
    /// Lowest and highest course level paid for.
    pub level_min: Level,
    pub level_max: Level,
    /// A course may start at most this many weeks before the voucher's issue.
    pub start_weeks_before: u32,
}

/// The form / API input of a rule (strings, parsed once).
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct RuleInput {
    pub name: String,
    pub valid_from: String,
    pub first_after: String,
    pub further_every: String,
    pub max_vouchers: String,
    pub value: String,
    pub value_certificate: String,
    pub parts: String,
    pub validity_months: String,
    pub level_min: String,
    pub level_max: String,
    pub start_weeks_before: String,
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

/// Parses an amount of money typed as `150`, `150.00`, `150,5` into cents.
pub fn parse_cents(field: &'static str, raw: &str) -> Result<i64, FieldError> {
    let t = raw.trim().replace(',', ".");
    let (whole, frac) = t.split_once('.').unwrap_or((&t, ""));
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || whole.len() > 9 {
        return Err(FieldError::new(field, "invalid_amount"));
    }
    if frac.len() > 2 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return Err(FieldError::new(field, "invalid_amount"));
    }
    let w: i64 = whole.parse().map_err(|_| FieldError::new(field, "invalid_amount"))?;
    let f: i64 = if frac.is_empty() { 0 } else { format!("{frac:0<2}").parse().unwrap_or(0) };
    Ok(w * 100 + f)
}

/// `15000` → `150.00` (the web layer formats per language; this is for CSV and XML).
pub fn cents_plain(c: i64) -> String {
    let sign = if c < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", c.abs() / 100, c.abs() % 100)
}

impl Rule {
    pub fn parse(i: &RuleInput) -> Result<Self, Invalid> {
        let mut inv = Invalid::default();
        let name = i.name.trim().to_owned();
        if name.is_empty() {
            inv.push(FieldError::new("name", "required"));
        } else if name.chars().count() > 120 {
            inv.push(FieldError::with_limit("name", "too_long", 120));
        }
        let valid_from = inv.take(crate::register::parse_date("valid_from", &i.valid_from));
        let first_after = inv.take(int("first_after", &i.first_after, 1, 100));
        let further_every = inv.take(int("further_every", or0(&i.further_every), 0, 100));
        let max_vouchers = inv.take(int("max_vouchers", &i.max_vouchers, 1, 20));
        let value = inv.take(parse_cents("value", &i.value));
        let value_cert = inv.take(parse_cents("value_certificate", &i.value_certificate));
        let parts = inv.take(int("parts", &i.parts, 1, 12));
        let validity = inv.take(int("validity_months", &i.validity_months, 1, 120));
        let lmin = inv.take(Level::parse("level_min", &i.level_min));
        let lmax = inv.take(Level::parse("level_max", &i.level_max));
        let weeks = inv.take(int("start_weeks_before", or0(&i.start_weeks_before), 0, 52));
        if let (Some(a), Some(b)) = (lmin, lmax)
            && a > b
        {
            inv.push(FieldError::new("level_max", "level_order"));
        }
        for (f, v) in [("value", value), ("value_certificate", value_cert)] {
            if let (Some(v), Some(p)) = (v, parts)
                && v < p
            {
                inv.push(FieldError::new(f, "amount_too_small"));
            }
        }
        inv.into_result()?;
        Ok(Rule {
            name,
            valid_from: valid_from.unwrap_or_default(),
            first_after: first_after.unwrap_or(1) as u32,
            further_every: further_every.unwrap_or(0) as u32,
            max_vouchers: max_vouchers.unwrap_or(1) as u32,
            value_cents: value.unwrap_or(0),
            value_cents_certificate: value_cert.unwrap_or(0),
            parts: parts.unwrap_or(1) as u32,
            validity_months: validity.unwrap_or(1) as u32,
            level_min: lmin.unwrap_or(Level::A1),
            level_max: lmax.unwrap_or(Level::A1),
            start_weeks_before: weeks.unwrap_or(0) as u32,
        })
    }

    /// How many vouchers `modules` attended modules have earned under this rule.
    pub fn vouchers_due(&self, modules: u32) -> u32 {
        if modules < self.first_after.max(1) {
            return 0;
        }
        let further = (modules - self.first_after.max(1)).checked_div(self.further_every).unwrap_or(0);
        (1 + further).min(self.max_vouchers.max(1))
    }

    /// The value for this holder.
    pub fn value_for(&self, certificate_required: bool) -> i64 {
        if certificate_required { self.value_cents_certificate } else { self.value_cents }
    }

    /// The value split in parts; the first parts take the remainder cent by cent, so the
    /// parts always add up to the value exactly.
    pub fn split(&self, value: i64) -> Vec<i64> {
        let n = i64::from(self.parts.max(1));
        let (base, rest) = (value / n, value % n);
        (0..n).map(|i| base + i64::from(i < rest)).collect()
    }

    /// The last day a voucher issued on `issued_on` can be redeemed.
    pub fn expires_on(&self, issued_on: Date) -> Date {
        issued_on
            .checked_add(Span::new().months(i64::from(self.validity_months)))
            .and_then(|d| d.checked_sub(1.day()))
            .unwrap_or(issued_on)
    }

    /// The earliest course start the voucher pays for.
    pub fn earliest_start(&self, issued_on: Date) -> Date {
        issued_on.checked_sub(Span::new().weeks(i64::from(self.start_weeks_before))).unwrap_or(issued_on)
    }

    pub fn covers_level(&self, l: Level) -> bool {
        self.level_min <= l && l <= self.level_max
    }
}

fn or0(s: &str) -> &str {
    if s.trim().is_empty() { "0" } else { s }
}

/// The rule in force on `day`: the newest whose `valid_from` is not after it.
pub fn rule_in_force<T>(rules: &[(T, Rule)], day: Date) -> Option<&(T, Rule)> {
    rules.iter().filter(|(_, r)| r.valid_from <= day).max_by_key(|(_, r)| r.valid_from)
}

/// Where a provider stands with the city.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProviderStanding {
    /// Never approved (or approval withdrawn).
    NotApproved,
    Approved,
    Suspended,
}

impl ProviderStanding {
    pub fn as_str(self) -> &'static str {
        match self {
            ProviderStanding::NotApproved => "not_approved",
            ProviderStanding::Approved => "approved",
            ProviderStanding::Suspended => "suspended",
        }
    }
    pub fn parse(s: &str) -> Self {
        match s {
            "approved" => ProviderStanding::Approved,
            "suspended" => ProviderStanding::Suspended,
            _ => ProviderStanding::NotApproved,
        }
    }
}

/// Why a voucher cannot be used: each a clear, translated refusal (`error-voucher-<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("no voucher has this code")]
    Unknown,
    #[error("the code has a typo (check character)")]
    CheckDigit,
    #[error("the code is not a voucher code")]
    Malformed,
    #[error("the voucher has expired")]
    Expired,
    #[error("the voucher was revoked")]
    Revoked,
    #[error("this voucher part was already used")]
    Used,
    #[error("the voucher has no such part")]
    NoSuchPart,
    #[error("the course belongs to another provider")]
    ForeignProvider,
    #[error("the provider is suspended")]
    ProviderSuspended,
    #[error("the provider is not approved")]
    ProviderNotApproved,
    #[error("the voucher does not pay for this course level")]
    Level,
    #[error("the course starts outside the voucher's window")]
    StartWindow,
    #[error("the amount is above the remaining value")]
    AmountAboveRemaining,
    #[error("the holder's identity card was not checked")]
    IdNotChecked,
    #[error("the voucher is for an offer of another organisation")]
    OtherIssuer,
    #[error("the voucher pays for a language course: a course is needed")]
    CourseRequired,
    #[error("the voucher is not for a course: it is redeemed without one")]
    NotForCourses,
}

impl Refusal {
    pub const ALL: [Refusal; 17] = [
        Refusal::Unknown,
        Refusal::CheckDigit,
        Refusal::Malformed,
        Refusal::Expired,
        Refusal::Revoked,
        Refusal::Used,
        Refusal::NoSuchPart,
        Refusal::ForeignProvider,
        Refusal::ProviderSuspended,
        Refusal::ProviderNotApproved,
        Refusal::Level,
        Refusal::StartWindow,
        Refusal::AmountAboveRemaining,
        Refusal::IdNotChecked,
        Refusal::OtherIssuer,
        Refusal::CourseRequired,
        Refusal::NotForCourses,
    ];

    /// Stable code: the API's `code` and the Fluent key `error-voucher-<code>`.
    pub fn code(self) -> &'static str {
        match self {
            Refusal::Unknown => "voucher_unknown",
            Refusal::CheckDigit => "voucher_check_digit",
            Refusal::Malformed => "voucher_malformed",
            Refusal::Expired => "voucher_expired",
            Refusal::Revoked => "voucher_revoked",
            Refusal::Used => "voucher_used",
            Refusal::NoSuchPart => "voucher_no_such_part",
            Refusal::ForeignProvider => "voucher_foreign_provider",
            Refusal::ProviderSuspended => "voucher_provider_suspended",
            Refusal::ProviderNotApproved => "voucher_provider_not_approved",
            Refusal::Level => "voucher_level",
            Refusal::StartWindow => "voucher_start_window",
            Refusal::AmountAboveRemaining => "voucher_amount_above_remaining",
            Refusal::IdNotChecked => "voucher_id_not_checked",
            Refusal::OtherIssuer => "voucher_other_issuer",
            Refusal::CourseRequired => "voucher_course_required",
            Refusal::NotForCourses => "voucher_not_for_courses",
        }
    }

    pub fn from_code_error(e: CodeError) -> Self {
        match e {
            CodeError::Malformed => Refusal::Malformed,
            CodeError::CheckDigit => Refusal::CheckDigit,
        }
    }
}

/// What the check of a redemption needs to know, loaded by the store in the
/// redemption's transaction.
#[derive(Debug, Clone)]
pub struct RedemptionFacts {
    pub today: Date,
    pub issued_on: Date,
    pub expires_on: Date,
    pub revoked: bool,
    /// The voucher's rule (kept from its issue).
    pub level_min: Level,
    pub level_max: Level,
    pub earliest_start: Date,
    /// The part asked for: its value and whether it was used.
    pub part_value: i64,
    pub part_used: bool,
    /// The redeeming provider (the signed-in account's).
    pub provider_id: uuid::Uuid,
    pub provider_standing: ProviderStanding,
    /// The offer's issuer (`None`: the language-course programme, which every approved
    /// provider redeems for its own courses).
    pub issuer_id: Option<uuid::Uuid>,
    /// Whether the voucher pays for a course (the programme and language-course offers).
    pub course_required: bool,
    /// The course asked for, if any.
    pub course: Option<CourseFacts>,
    pub amount: i64,
    /// Whether the voucher is non-transferable (the ID card must be checked).
    pub id_required: bool,
    pub id_checked: bool,
}

/// The course a language voucher is redeemed for.
#[derive(Debug, Clone)]
pub struct CourseFacts {
    pub provider_id: uuid::Uuid,
    pub level: Level,
    pub starts_on: Date,
}

/// Every rule a redemption must pass, in the order a provider would want to hear them.
pub fn check_redemption(f: &RedemptionFacts) -> Result<(), Refusal> {
    if f.provider_standing == ProviderStanding::Suspended {
        return Err(Refusal::ProviderSuspended);
    }
    if f.provider_standing != ProviderStanding::Approved {
        return Err(Refusal::ProviderNotApproved);
    }
    // Another organisation's offer: nothing more about the voucher is told.
    if f.issuer_id.is_some_and(|i| i != f.provider_id) {
        return Err(Refusal::OtherIssuer);
    }
    if f.revoked {
        return Err(Refusal::Revoked);
    }
    if f.today > f.expires_on {
        return Err(Refusal::Expired);
    }
    if f.part_used {
        return Err(Refusal::Used);
    }
    match (&f.course, f.course_required) {
        (None, true) => return Err(Refusal::CourseRequired),
        (Some(_), false) => return Err(Refusal::NotForCourses),
        (None, false) => {}
        (Some(c), true) => {
            if c.provider_id != f.provider_id {
                return Err(Refusal::ForeignProvider);
            }
            if c.level < f.level_min || c.level > f.level_max {
                return Err(Refusal::Level);
            }
            if c.starts_on < f.earliest_start || c.starts_on > f.expires_on {
                return Err(Refusal::StartWindow);
            }
        }
    }
    if f.amount <= 0 || f.amount > f.part_value {
        return Err(Refusal::AmountAboveRemaining);
    }
    if f.id_required && !f.id_checked {
        return Err(Refusal::IdNotChecked);
    }
    Ok(())
}

/// What a provider reports about a redeemed course.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Progress {
    Enrolled,
    Completed,
    Dropped,
}

impl Progress {
    pub fn as_str(self) -> &'static str {
        match self {
            Progress::Enrolled => "enrolled",
            Progress::Completed => "completed",
            Progress::Dropped => "dropped",
        }
    }
    pub fn parse(field: &'static str, s: &str) -> Result<Self, FieldError> {
        match s.trim() {
            "enrolled" => Ok(Progress::Enrolled),
            "completed" => Ok(Progress::Completed),
            "dropped" => Ok(Progress::Dropped),
            _ => Err(FieldError::new(field, "invalid_choice")),
        }
    }
}

/// The reason a member of staff gives for issuing or revoking by hand (required).
pub fn parse_reason(raw: &str) -> Result<String, FieldError> {
    let r = raw.trim();
    if r.is_empty() {
        return Err(FieldError::new("reason", "required"));
    }
    if r.chars().count() > 500 {
        return Err(FieldError::with_limit("reason", "too_long", 500));
    }
    Ok(r.to_owned())
}

/// A month `YYYY-MM` (invoices, reconciliation).
pub fn parse_month(field: &'static str, raw: &str) -> Result<(Date, Date), FieldError> {
    let d: Date = format!("{}-01", raw.trim()).parse().map_err(|_| FieldError::new(field, "invalid_month"))?;
    let last = d.last_of_month();
    Ok((d, last))
}

/// The lines of a credit note for part of an invoice. `invoice` holds each line's
/// number, amount (positive) and whether it was credited already; `asked` the lines
/// to credit with an amount each (`None`: the whole line; an empty list: every line not
/// credited yet). Returns `(line_no, amount)` with the amount positive, in line order.
///
/// A line is credited at most once (the database guards it too), with at least one
/// cent and at most its own amount.
pub fn plan_credit(invoice: &[(i64, i64, bool)], asked: &[(i64, Option<i64>)]) -> Result<Vec<(i64, i64)>, FieldError> {
    if asked.is_empty() {
        let all: Vec<(i64, i64)> = invoice.iter().filter(|l| !l.2).map(|l| (l.0, l.1)).collect();
        return if all.is_empty() { Err(FieldError::new("lines", "already_credited")) } else { Ok(all) };
    }
    let mut out: Vec<(i64, i64)> = Vec::with_capacity(asked.len());
    for &(no, amount) in asked {
        let Some(&(_, line_amount, credited)) = invoice.iter().find(|l| l.0 == no) else {
            return Err(FieldError::new("lines", "no_such_line"));
        };
        if out.iter().any(|o| o.0 == no) {
            return Err(FieldError::new("lines", "duplicate_line"));
        }
        if credited {
            return Err(FieldError::new("lines", "line_credited"));
        }
        let a = amount.unwrap_or(line_amount);
        if a < 1 {
            return Err(FieldError::new("amount", "credit_not_positive"));
        }
        if a > line_amount {
            return Err(FieldError::new("amount", "credit_above_line"));
        }
        out.push((no, a));
    }
    out.sort_by_key(|o| o.0);
    Ok(out)
}

/// What the city's invoices say about a provider (the seller of a self-billed
/// e-invoice): identifiers and postal address. Every field is optional when saved; an
/// e-invoice is written only when [`ProviderDetails::e_invoice_gaps`] is empty.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct ProviderDetails {
    /// VAT identifier with its country prefix, e.g. `SE556677889901` (BT-31).
    pub vat_id: Option<String>,
    /// National tax registration number (BT-32), for providers without a VAT number.
    pub tax_number: Option<String>,
    /// Legal registration (organisation) number (BT-30).
    pub org_number: Option<String>,
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub town: Option<String>,
    /// ISO 3166-1 alpha-2, upper case (BT-40).
    pub country: Option<String>,
}

/// The provider details as typed (form or API): empty means not given.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct ProviderDetailsInput {
    #[serde(default)]
    pub vat_id: String,
    #[serde(default)]
    pub tax_number: String,
    #[serde(default)]
    pub org_number: String,
    #[serde(default)]
    pub street: String,
    #[serde(default)]
    pub postcode: String,
    #[serde(default)]
    pub town: String,
    #[serde(default)]
    pub country: String,
}

/// An ISO 3166-1 alpha-2 country code, upper-cased: two letters (`se` → `SE`).
pub fn parse_country(field: &'static str, raw: &str) -> Result<Option<String>, FieldError> {
    let v = raw.trim().to_ascii_uppercase();
    if v.is_empty() {
        return Ok(None);
    }
    if v.len() == 2 && v.chars().all(|c| c.is_ascii_uppercase()) {
        Ok(Some(v))
    } else {
        Err(FieldError::new(field, "invalid_country"))
    }
}

/// An identifier typed by people: spaces, dots and hyphens removed for VAT ids (they are
/// written without them), letters upper-cased.
fn compact(raw: &str) -> String {
    raw.chars().filter(|c| !matches!(c, ' ' | '.' | '-')).collect::<String>().to_ascii_uppercase()
}

/// A VAT identifier: a two-letter country prefix (`EL` for Greece, `XI` Northern
/// Ireland) and 2–13 letters or digits, as in the EU's VIES format.
pub fn parse_vat_id(field: &'static str, raw: &str) -> Result<Option<String>, FieldError> {
    let v = compact(raw);
    if v.is_empty() {
        return Ok(None);
    }
    let ok = v.len() >= 4
        && v.len() <= 15
        && v.chars().take(2).all(|c| c.is_ascii_uppercase())
        && v.chars().skip(2).all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '*')
        && v.chars().skip(2).any(|c| c.is_ascii_digit());
    if ok { Ok(Some(v)) } else { Err(FieldError::new(field, "invalid_vat_id")) }
}

/// A national tax or organisation number: 2–30 characters, letters, digits and the
/// separators people write (`556677-8899`, `12/345/67890`), kept as written.
pub fn parse_registration_number(field: &'static str, raw: &str) -> Result<Option<String>, FieldError> {
    let v = raw.trim();
    if v.is_empty() {
        return Ok(None);
    }
    let ok = (2..=30).contains(&v.chars().count())
        && v.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '/' | '.'))
        && v.chars().any(|c| c.is_ascii_digit());
    if ok { Ok(Some(v.to_owned())) } else { Err(FieldError::new(field, "invalid_registration_number")) }
}

impl ProviderDetails {
    pub fn parse(i: &ProviderDetailsInput) -> Result<Self, Invalid> {
        let mut inv = Invalid::default();
        let d = ProviderDetails {
            vat_id: inv.take(parse_vat_id("vat_id", &i.vat_id)).flatten(),
            tax_number: inv.take(parse_registration_number("tax_number", &i.tax_number)).flatten(),
            org_number: inv.take(parse_registration_number("org_number", &i.org_number)).flatten(),
            street: inv.take(crate::text::optional_line("street", &i.street, 200)).flatten(),
            postcode: inv.take(crate::text::optional_line("postcode", &i.postcode, 16)).flatten(),
            town: inv.take(crate::text::optional_line("town", &i.town, 100)).flatten(),
            country: inv.take(parse_country("country", &i.country)).flatten(),
        };
        // An address without its country cannot be used on any invoice.
        let country_error = inv.errors.iter().any(|e| e.field == "country");
        if d.country.is_none() && !country_error && (d.street.is_some() || d.postcode.is_some() || d.town.is_some()) {
            inv.push(FieldError::new("country", "required"));
        }
        if inv.is_empty() { Ok(d) } else { Err(inv) }
    }

    pub fn to_input(&self) -> ProviderDetailsInput {
        let s = |o: &Option<String>| o.clone().unwrap_or_default();
        ProviderDetailsInput {
            vat_id: s(&self.vat_id),
            tax_number: s(&self.tax_number),
            org_number: s(&self.org_number),
            street: s(&self.street),
            postcode: s(&self.postcode),
            town: s(&self.town),
            country: s(&self.country),
        }
    }

    /// What is missing for a valid EN 16931 e-invoice with this provider as the seller
    /// under VAT category E: a VAT identifier or tax registration number (BR-E-02), and a
    /// postal address with its country (BR-08, BR-09) — street, town and postcode too,
    /// as every national CIUS (XRechnung, Peppol) asks. Stable codes, in this order.
    pub fn e_invoice_gaps(&self) -> Vec<&'static str> {
        let mut gaps = vec![];
        if self.vat_id.is_none() && self.tax_number.is_none() {
            gaps.push("seller_tax_id");
        }
        if self.street.is_none() || self.postcode.is_none() || self.town.is_none() || self.country.is_none() {
            gaps.push("seller_address");
        }
        gaps
    }
}

/// Whose provider data a staff member may see: the coordinator every provider's, a
/// provider account only its own organisation's; nobody else.
pub fn may_see_provider(role: crate::Role, own: Option<uuid::Uuid>, provider: uuid::Uuid) -> bool {
    match role {
        crate::Role::Coordinator => true,
        crate::Role::Provider => own == Some(provider),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_credit_note_credits_chosen_lines_within_their_amounts_once() {
        let inv = [(1, 4_000, false), (2, 5_000, false), (3, 3_000, true)];
        assert_eq!(plan_credit(&inv, &[]).unwrap(), vec![(1, 4_000), (2, 5_000)], "all not credited yet");
        assert_eq!(plan_credit(&inv, &[(2, Some(1_250)), (1, None)]).unwrap(), vec![(1, 4_000), (2, 1_250)]);
        assert_eq!(plan_credit(&inv, &[(2, Some(5_000))]).unwrap(), vec![(2, 5_000)], "the whole line is allowed");
        let code = |a: &[(i64, Option<i64>)]| plan_credit(&inv, a).unwrap_err().code;
        assert_eq!(code(&[(2, Some(5_001))]), "credit_above_line");
        assert_eq!(code(&[(2, Some(0))]), "credit_not_positive");
        assert_eq!(code(&[(2, Some(-5))]), "credit_not_positive");
        assert_eq!(code(&[(3, None)]), "line_credited");
        assert_eq!(code(&[(9, None)]), "no_such_line");
        assert_eq!(code(&[(1, Some(1)), (1, Some(2))]), "duplicate_line");
        assert_eq!(plan_credit(&[(1, 100, true)], &[]).unwrap_err().code, "already_credited");
    }

    #[test]
    fn provider_details_parse_normalise_and_know_what_an_e_invoice_lacks() {
        let ok = ProviderDetails::parse(&ProviderDetailsInput {
            vat_id: " se 5566-7788.9901 ".into(),
            tax_number: "556677-8899".into(),
            street: "Skolgatan 3".into(),
            postcode: "111 22".into(),
            town: "Stockholm".into(),
            country: "se".into(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(ok.vat_id.as_deref(), Some("SE556677889901"));
        assert_eq!(ok.country.as_deref(), Some("SE"));
        assert_eq!(ok.org_number, None);
        assert!(ok.e_invoice_gaps().is_empty());
        assert_eq!(ProviderDetails::parse(&ok.to_input()).unwrap(), ok);

        let empty = ProviderDetails::parse(&ProviderDetailsInput::default()).unwrap();
        assert_eq!(empty.e_invoice_gaps(), vec!["seller_tax_id", "seller_address"]);
        let only_tax = ProviderDetails { tax_number: Some("12/345/67890".into()), ..ok.clone() };
        let only_tax = ProviderDetails { vat_id: None, ..only_tax };
        assert!(only_tax.e_invoice_gaps().is_empty(), "BR-E-02 is met by a tax registration number alone");
        let no_town = ProviderDetails { town: None, ..ok.clone() };
        assert_eq!(no_town.e_invoice_gaps(), vec!["seller_address"]);

        let bad = ProviderDetails::parse(&ProviderDetailsInput {
            vat_id: "556677889901".into(),
            tax_number: "x".into(),
            street: "Skolgatan 3".into(),
            country: "Sweden".into(),
            ..Default::default()
        })
        .unwrap_err();
        let codes: Vec<_> = bad.errors.iter().map(|e| (e.field, e.code)).collect();
        assert!(codes.contains(&("vat_id", "invalid_vat_id")), "{codes:?}");
        assert!(codes.contains(&("tax_number", "invalid_registration_number")), "{codes:?}");
        assert!(codes.contains(&("country", "invalid_country")), "{codes:?}");
        let no_country =
            ProviderDetails::parse(&ProviderDetailsInput { town: "Malmö".into(), ..Default::default() }).unwrap_err();
        assert_eq!(no_country.errors[0].field, "country");
        assert_eq!(parse_vat_id("v", "SEABCDEF").unwrap_err().code, "invalid_vat_id");
        assert_eq!(parse_vat_id("v", "ATU12345678").unwrap().as_deref(), Some("ATU12345678"));
    }

    /// Vienna's Sprachgutschein since 2023: 150 € in three parts, 30 months, A1–B1,
    /// courses starting after issue or at most six weeks before.
    pub fn vienna() -> Rule {
        Rule {
            name: "Sprachgutschein 2023".into(),
            valid_from: date(2023, 1, 1),
            first_after: 1,
            further_every: 4,
            max_vouchers: 2,
            value_cents: 15_000,
            value_cents_certificate: 30_000,
            parts: 3,
            validity_months: 30,
            level_min: Level::A1,
            level_max: Level::B1,
            start_weeks_before: 6,
        }
    }

    #[test]
    fn providers_see_only_their_own() {
        let (a, b) = (uuid::Uuid::from_u128(1), uuid::Uuid::from_u128(2));
        assert!(may_see_provider(crate::Role::Provider, Some(a), a));
        assert!(!may_see_provider(crate::Role::Provider, Some(a), b));
        assert!(!may_see_provider(crate::Role::Provider, None, b));
        assert!(may_see_provider(crate::Role::Coordinator, None, b));
        assert!(!may_see_provider(crate::Role::Counsellor, None, b));
    }

    #[test]
    fn codes_are_unguessable_and_checked() {
        assert!(VoucherCode::entropy_bits() >= 80.0, "{}", VoucherCode::entropy_bits());
        let mut s = 5u64;
        let c = VoucherCode::generate(|b: &mut [u8]| {
            for x in b.iter_mut() {
                s = s.wrapping_mul(6364136223846793005).wrapping_add(1);
                *x = (s >> 40) as u8;
            }
        });
        assert_eq!(c.as_str().len(), 18);
        assert_eq!(c.display().len(), 20);
        assert_eq!(VoucherCode::parse(&c.display().to_lowercase()).unwrap(), c);
        let mut typo: Vec<char> = c.as_str().chars().collect();
        typo.swap(4, 5);
        if typo[4] != typo[5] {
            assert_eq!(VoucherCode::parse(&typo.iter().collect::<String>()), Err(CodeError::CheckDigit));
        }
        assert_eq!(VoucherCode::parse("ABC"), Err(CodeError::Malformed));
    }

    #[test]
    fn earning_and_splitting() {
        let r = vienna();
        assert_eq!((0..=12).map(|m| r.vouchers_due(m)).collect::<Vec<_>>(), [0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2]);
        let once = Rule { further_every: 0, ..vienna() };
        assert_eq!(once.vouchers_due(50), 1);
        assert_eq!(r.split(15_000), [5_000, 5_000, 5_000]);
        assert_eq!(r.split(10_001), [3_334, 3_334, 3_333]);
        assert_eq!(r.split(10_001).iter().sum::<i64>(), 10_001);
        assert_eq!(r.value_for(true), 30_000);
        assert_eq!(r.value_for(false), 15_000);
        assert_eq!(r.expires_on(date(2026, 1, 15)), date(2028, 7, 14));
        assert_eq!(r.earliest_start(date(2026, 1, 15)), date(2025, 12, 4));
    }

    #[test]
    fn the_rule_in_force_is_the_newest_started() {
        let a = vienna();
        let b = Rule { valid_from: date(2026, 1, 1), value_cents: 20_000, ..vienna() };
        let rules = vec![(1, a), (2, b)];
        assert!(rule_in_force(&rules, date(2022, 12, 31)).is_none());
        assert_eq!(rule_in_force(&rules, date(2025, 12, 31)).unwrap().0, 1);
        assert_eq!(rule_in_force(&rules, date(2026, 1, 1)).unwrap().0, 2);
    }

    fn facts() -> RedemptionFacts {
        let p = uuid::Uuid::from_u128(1);
        RedemptionFacts {
            today: date(2026, 3, 1),
            issued_on: date(2026, 2, 1),
            expires_on: date(2028, 7, 31),
            revoked: false,
            level_min: Level::A1,
            level_max: Level::B1,
            earliest_start: date(2025, 12, 21),
            part_value: 5_000,
            part_used: false,
            provider_id: p,
            provider_standing: ProviderStanding::Approved,
            issuer_id: None,
            course_required: true,
            course: Some(CourseFacts { provider_id: p, level: Level::A2, starts_on: date(2026, 3, 10) }),
            amount: 5_000,
            id_required: true,
            id_checked: true,
        }
    }

    fn course(f: &mut RedemptionFacts) -> &mut CourseFacts {
        f.course.as_mut().unwrap()
    }

    #[test]
    fn each_refusal_has_its_reason() {
        assert_eq!(check_redemption(&facts()), Ok(()));
        type Change = Box<dyn Fn(&mut RedemptionFacts)>;
        let cases: Vec<(Change, Refusal)> = vec![
            (Box::new(|f| f.provider_standing = ProviderStanding::Suspended), Refusal::ProviderSuspended),
            (Box::new(|f| f.provider_standing = ProviderStanding::NotApproved), Refusal::ProviderNotApproved),
            (Box::new(|f| f.revoked = true), Refusal::Revoked),
            (Box::new(|f| f.today = date(2028, 8, 1)), Refusal::Expired),
            (Box::new(|f| f.part_used = true), Refusal::Used),
            (Box::new(|f| course(f).provider_id = uuid::Uuid::from_u128(2)), Refusal::ForeignProvider),
            (Box::new(|f| course(f).level = Level::B2), Refusal::Level),
            (Box::new(|f| course(f).starts_on = date(2025, 12, 20)), Refusal::StartWindow),
            (Box::new(|f| course(f).starts_on = date(2028, 8, 1)), Refusal::StartWindow),
            (Box::new(|f| f.course = None), Refusal::CourseRequired),
            (Box::new(|f| f.course_required = false), Refusal::NotForCourses),
            (Box::new(|f| f.issuer_id = Some(uuid::Uuid::from_u128(9))), Refusal::OtherIssuer),
            (
                Box::new(|f| {
                    f.issuer_id = Some(uuid::Uuid::from_u128(9));
                    f.revoked = true;
                }),
                Refusal::OtherIssuer,
            ),
            (Box::new(|f| f.amount = 5_001), Refusal::AmountAboveRemaining),
            (Box::new(|f| f.amount = 0), Refusal::AmountAboveRemaining),
            (Box::new(|f| f.id_checked = false), Refusal::IdNotChecked),
        ];
        for (change, want) in cases {
            let mut f = facts();
            change(&mut f);
            assert_eq!(check_redemption(&f), Err(want));
        }
        // The boundaries themselves are inside.
        let mut f = facts();
        course(&mut f).starts_on = f.earliest_start;
        f.today = f.expires_on;
        assert_eq!(check_redemption(&f), Ok(()));
        // An offer (a museum entry) at its issuer: no course; the ID card only where the
        // offer is non-transferable.
        let mut m = facts();
        m.issuer_id = Some(m.provider_id);
        m.course_required = false;
        m.course = None;
        m.id_required = false;
        m.id_checked = false;
        assert_eq!(check_redemption(&m), Ok(()));
        m.id_required = true;
        assert_eq!(check_redemption(&m), Err(Refusal::IdNotChecked));
        let codes: std::collections::HashSet<_> = Refusal::ALL.iter().map(|r| r.code()).collect();
        assert_eq!(codes.len(), Refusal::ALL.len());
    }

    #[test]
    fn rule_input_is_parsed_and_every_problem_reported() {
        let ok = RuleInput {
            name: "2026".into(),
            valid_from: "2026-01-01".into(),
            first_after: "1".into(),
            further_every: "".into(),
            max_vouchers: "1".into(),
            value: "150".into(),
            value_certificate: "300,50".into(),
            parts: "3".into(),
            validity_months: "30".into(),
            level_min: "a1".into(),
            level_max: "B1".into(),
            start_weeks_before: "6".into(),
        };
        let r = Rule::parse(&ok).unwrap();
        assert_eq!((r.value_cents, r.value_cents_certificate, r.further_every), (15_000, 30_050, 0));
        let bad = RuleInput {
            name: "".into(),
            first_after: "0".into(),
            value: "1.234".into(),
            level_min: "C1".into(),
            level_max: "A2".into(),
            ..ok.clone()
        };
        let e = Rule::parse(&bad).unwrap_err();
        let fields: Vec<_> = e.errors.iter().map(|e| (e.field, e.code)).collect();
        assert!(fields.contains(&("name", "required")));
        assert!(fields.contains(&("first_after", "too_small")));
        assert!(fields.contains(&("value", "invalid_amount")));
        assert!(fields.contains(&("level_max", "level_order")));
        assert_eq!(parse_cents("x", "0.5"), Ok(50));
        assert!(parse_cents("x", "-1").is_err());
        assert_eq!(cents_plain(-1505), "-15.05");
        assert_eq!(parse_month("m", "2026-02").unwrap().1, date(2026, 2, 28));
    }
}
