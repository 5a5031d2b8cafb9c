//! The register of service users (R10): who a person is, as little as the service
//! needs, recorded only with consent. Parsing and rules; no I/O.

use crate::codes::{CountryCode, LanguageCode};
use crate::consent::Purpose;
use crate::errors::{FieldError, Invalid};
use crate::settings::parse_phone;
use crate::staff::Email;
use crate::text;
use jiff::civil::Date;

/// A date of birth as documents carry it: often only the year, sometimes year and month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BirthDate {
    pub year: i16,
    pub month: Option<i8>,
    pub day: Option<i8>,
}

impl BirthDate {
    /// From the three fields of a form (day and month may be empty).
    pub fn parse_parts(year: &str, month: &str, day: &str, today: Date) -> Result<Self, FieldError> {
        const F: &str = "birth_date";
        let (y, m, d) =
            (text::ascii_digits(year.trim()), text::ascii_digits(month.trim()), text::ascii_digits(day.trim()));
        if y.is_empty() {
            return Err(FieldError::new(F, "required"));
        }
        let year: i16 = y.parse().map_err(|_| FieldError::new(F, "invalid_date"))?;
        let month: Option<i8> =
            if m.is_empty() { None } else { Some(m.parse().map_err(|_| FieldError::new(F, "invalid_date"))?) };
        let day: Option<i8> =
            if d.is_empty() { None } else { Some(d.parse().map_err(|_| FieldError::new(F, "invalid_date"))?) };
        Self::check(year, month, day, today)
    }

    /// From `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (CSV and API).
    pub fn parse_iso(field: &'static str, raw: &str, today: Date) -> Result<Self, FieldError> {
        let v = raw.trim();
        if v.is_empty() {
            return Err(FieldError::new(field, "required"));
        }
        let parts: Vec<&str> = v.split('-').collect();
        let num = |s: &str| s.parse::<i16>().map_err(|_| FieldError::new(field, "invalid_date"));
        let (y, m, d) = match parts.as_slice() {
            [y] if y.len() == 4 => (num(y)?, None, None),
            [y, m] if y.len() == 4 && m.len() == 2 => (num(y)?, Some(num(m)? as i8), None),
            [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
                (num(y)?, Some(num(m)? as i8), Some(num(d)? as i8))
            }
            _ => return Err(FieldError::new(field, "invalid_date")),
        };
        Self::check(y, m, d, today).map_err(|e| FieldError { field, ..e })
    }

    fn check(year: i16, month: Option<i8>, day: Option<i8>, today: Date) -> Result<Self, FieldError> {
        const F: &str = "birth_date";
        if !(1900..=today.year()).contains(&year) {
            return Err(FieldError::new(F, if year > today.year() { "date_in_future" } else { "invalid_date" }));
        }
        if day.is_some() && month.is_none() {
            return Err(FieldError::new(F, "invalid_date"));
        }
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            return Err(FieldError::new(F, "invalid_date"));
        }
        if let (Some(m), Some(d)) = (month, day) {
            let date = Date::new(year, m, d).map_err(|_| FieldError::new(F, "invalid_date"))?;
            if date > today {
                return Err(FieldError::new(F, "date_in_future"));
            }
        } else if let Some(m) = month
            && Date::new(year, m, 1).map_err(|_| FieldError::new(F, "invalid_date"))? > today
        {
            return Err(FieldError::new(F, "date_in_future"));
        }
        Ok(Self { year, month, day })
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn to_iso(self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }

    /// The earliest day the person can have been born.
    pub fn earliest(self) -> Date {
        Date::new(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1)).unwrap_or(Date::MIN)
    }
}

/// A date like 2026-11-25 (permit issue dates).
pub fn parse_date(field: &'static str, raw: &str) -> Result<Date, FieldError> {
    let v = text::ascii_digits(raw.trim());
    if v.is_empty() {
        return Err(FieldError::new(field, "required"));
    }
    if v.len() != 10 {
        return Err(FieldError::new(field, "invalid_date"));
    }
    v.parse::<Date>().map_err(|_| FieldError::new(field, "invalid_date"))
}

/// A name in Latin letters (with diacritics), as a travel document's machine-readable
/// line or a transliteration gives it.
fn latin_only(field: &'static str, v: Option<String>) -> Result<Option<String>, FieldError> {
    match v {
        Some(s)
            if !s.chars().all(|c| {
                c.is_ascii_alphabetic()
                    || matches!(c, ' ' | '-' | '\'' | '’' | '.' | ',')
                    || ('\u{00C0}'..='\u{024F}').contains(&c)
                    || ('\u{1E00}'..='\u{1EFF}').contains(&c)
                    || ('\u{0300}'..='\u{036F}').contains(&c)
            }) =>
        {
            Err(FieldError::new(field, "not_latin"))
        }
        other => Ok(other),
    }
}

/// Where a record came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The immigration office at the first residence permit.
    Clerk,
    /// A walk-in at the desk, or a counsellor.
    Desk,
    /// A bulk import of permits from the immigration office.
    Import,
    /// The person booked a coaching on the public website.
    Public,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Clerk => "clerk",
            Source::Desk => "desk",
            Source::Import => "import",
            Source::Public => "public",
        }
    }
}

/// The basic data of a person, as typed.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct PersonInput {
    #[serde(default)]
    pub full_name: String,
    #[serde(default)]
    pub latin_name: String,
    #[serde(default)]
    pub birth_year: String,
    #[serde(default)]
    pub birth_month: String,
    #[serde(default)]
    pub birth_day: String,
    #[serde(default)]
    pub citizenship: String,
    /// In order of preference.
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub permit_issued_on: String,
    #[serde(default)]
    pub certificate_required: bool,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub district: String,
}

/// The basic data of a person, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonData {
    pub full_name: String,
    pub latin_name: Option<String>,
    pub birth: BirthDate,
    pub citizenship: CountryCode,
    pub languages: Vec<LanguageCode>,
    pub permit_issued_on: Option<Date>,
    pub certificate_required: bool,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub district: Option<String>,
}

pub const NAME_MAX: usize = 200;
pub const MAX_LANGUAGES: usize = 6;

impl PersonData {
    /// Checks every field; `permit_required` for the immigration office's intake.
    pub fn parse(i: &PersonInput, today: Date, permit_required: bool) -> Result<Self, Invalid> {
        let mut inv = Invalid::default();
        let full_name = inv.take(text::required_line("full_name", &i.full_name, NAME_MAX));
        let latin_name = inv
            .take(text::optional_line("latin_name", &i.latin_name, NAME_MAX).and_then(|v| latin_only("latin_name", v)));
        let birth = inv.take(BirthDate::parse_parts(&i.birth_year, &i.birth_month, &i.birth_day, today));
        let citizenship = inv.take(CountryCode::parse("citizenship", &i.citizenship));
        let mut languages: Vec<LanguageCode> = vec![];
        let given: Vec<&String> = i.languages.iter().filter(|l| !l.trim().is_empty()).collect();
        if given.is_empty() {
            inv.push(FieldError::new("languages", "required"));
        } else if given.len() > MAX_LANGUAGES {
            inv.push(FieldError::with_limit("languages", "too_many", MAX_LANGUAGES as i64));
        }
        for l in given.iter().take(MAX_LANGUAGES) {
            if let Some(code) = inv.take(LanguageCode::parse("languages", l)) {
                if languages.contains(&code) {
                    inv.push(FieldError::new("languages", "duplicate_language"));
                } else {
                    languages.push(code);
                }
            }
        }
        let permit = if i.permit_issued_on.trim().is_empty() && !permit_required {
            Some(None)
        } else {
            inv.take(parse_date("permit_issued_on", &i.permit_issued_on)).map(Some)
        };
        if let Some(Some(p)) = permit {
            if p > today {
                inv.push(FieldError::new("permit_issued_on", "date_in_future"));
            } else if let Some(b) = birth
                && p < b.earliest()
            {
                inv.push(FieldError::new("permit_issued_on", "before_birth"));
            }
        }
        let phone =
            if i.phone.trim().is_empty() { Some(None) } else { inv.take(parse_phone("phone", &i.phone)).map(Some) };
        let email = if i.email.trim().is_empty() {
            Some(None)
        } else {
            inv.take(Email::parse("email", &i.email)).map(|e| Some(e.as_str().to_owned()))
        };
        let address = inv.take(text::optional_line("address", &i.address, 300));
        let district = inv.take(text::optional_line("district", &i.district, 100));
        match (full_name, latin_name, birth, citizenship, permit, phone, email, address, district) {
            (
                Some(full_name),
                Some(latin_name),
                Some(birth),
                Some(citizenship),
                Some(permit_issued_on),
                Some(phone),
                Some(email),
                Some(address),
                Some(district),
            ) if inv.is_empty() => Ok(Self {
                full_name,
                latin_name,
                birth,
                citizenship,
                languages,
                permit_issued_on,
                certificate_required: i.certificate_required,
                phone,
                email,
                address,
                district,
            }),
            _ => Err(inv),
        }
    }
}

/// A new person with the consents given at intake. Basic data needs the basic consent.
#[derive(Debug, Clone)]
pub struct NewPerson {
    pub data: PersonData,
    pub consents: Vec<Purpose>,
    pub source: Source,
}

impl NewPerson {
    pub fn parse(i: &PersonInput, consents: &[String], source: Source, today: Date) -> Result<Self, Invalid> {
        let data = PersonData::parse(i, today, source == Source::Clerk);
        let purposes = crate::consent::parse_purposes(consents);
        match (data, purposes) {
            (Ok(data), Ok(consents)) => Ok(Self { data, consents, source }),
            (Err(mut a), Err(b)) => {
                a.errors.extend(b.errors);
                Err(a)
            }
            (Err(a), Ok(_)) | (Ok(_), Err(a)) => Err(a),
        }
    }
}

/// Optional profile data (only with the `profile` consent): helps to give fitting advice,
/// e.g. the right language-course level.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Profile {
    pub education_level: Option<String>,
    pub profession: Option<String>,
    pub qualifications: Option<String>,
    pub language_level: Option<String>,
}

pub const EDUCATION_LEVELS: [&str; 5] = ["none", "primary", "secondary", "vocational", "tertiary"];
pub const LANGUAGE_LEVELS: [&str; 7] = ["a0", "a1", "a2", "b1", "b2", "c1", "c2"];

#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct ProfileInput {
    #[serde(default)]
    pub education_level: String,
    #[serde(default)]
    pub profession: String,
    #[serde(default)]
    pub qualifications: String,
    #[serde(default)]
    pub language_level: String,
}

impl Profile {
    pub fn parse(i: &ProfileInput) -> Result<Self, Invalid> {
        let mut inv = Invalid::default();
        let choice = |field: &'static str, v: &str, allowed: &[&str]| -> Result<Option<String>, FieldError> {
            let v = v.trim();
            if v.is_empty() {
                Ok(None)
            } else if allowed.contains(&v) {
                Ok(Some(v.to_owned()))
            } else {
                Err(FieldError::new(field, "invalid_choice"))
            }
        };
        let education_level = inv.take(choice("education_level", &i.education_level, &EDUCATION_LEVELS));
        let language_level = inv.take(choice("language_level", &i.language_level, &LANGUAGE_LEVELS));
        let profession = inv.take(text::optional_line("profession", &i.profession, 200));
        let qualifications = inv.take(text::optional_text("qualifications", &i.qualifications, 1000));
        match (education_level, language_level, profession, qualifications) {
            (Some(education_level), Some(language_level), Some(profession), Some(qualifications)) if inv.is_empty() => {
                Ok(Self { education_level, profession, qualifications, language_level })
            }
            _ => Err(inv),
        }
    }

    pub fn is_empty(&self) -> bool {
        self == &Profile::default()
    }
}

/// The moment before which a person's last contact makes the record expire.
pub fn retention_cutoff(now: jiff::Timestamp, years: i64) -> jiff::Timestamp {
    now.checked_sub(jiff::SignedDuration::from_hours(24 * 365 * years + 24 * (years / 4))).unwrap_or(now)
}

/// The default storage limit: three years after the last contact.
pub const DEFAULT_RETENTION_YEARS: i64 = 3;

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        jiff::civil::date(2026, 11, 25)
    }

    fn input() -> PersonInput {
        PersonInput {
            full_name: "أحمد الحسن".into(),
            latin_name: "Ahmed Al-Hassan".into(),
            birth_year: "1990".into(),
            birth_month: "".into(),
            birth_day: "".into(),
            citizenship: "sy".into(),
            languages: vec!["ar".into(), "en".into()],
            permit_issued_on: "2026-11-20".into(),
            certificate_required: true,
            phone: "+46 70 123 45 67".into(),
            email: "".into(),
            address: "".into(),
            district: "Norra".into(),
        }
    }

    #[test]
    fn a_good_intake() {
        let p = NewPerson::parse(&input(), &["basic".into(), "reminders".into()], Source::Clerk, today()).unwrap();
        assert_eq!(p.data.birth.to_iso(), "1990");
        assert_eq!(p.data.citizenship.as_str(), "SY");
        assert_eq!(p.data.languages.len(), 2);
        assert_eq!(p.consents, vec![Purpose::Basic, Purpose::Reminders]);
    }

    #[test]
    fn names_of_every_shape_are_accepted() {
        for n in ["Nguyễn Thị Minh Khai", "O'Brien-Smith", "Mononym", "ተስፋይ ገብረሂወት", "Олександр Коваленко", "X Æ"]
        {
            let i = PersonInput { full_name: n.into(), latin_name: "".into(), ..input() };
            assert!(PersonData::parse(&i, today(), false).is_ok(), "{n}");
        }
        let i = PersonInput { latin_name: "أحمد".into(), ..input() };
        assert_eq!(PersonData::parse(&i, today(), false).unwrap_err().errors[0].code, "not_latin");
    }

    #[test]
    fn impossible_dates_are_refused() {
        let cases = [
            (("2030", "", ""), "date_in_future"),
            (("2026", "12", ""), "date_in_future"),
            (("1990", "2", "30"), "invalid_date"),
            (("1990", "", "3"), "invalid_date"),
            (("1850", "", ""), "invalid_date"),
            (("abc", "", ""), "invalid_date"),
            (("", "", ""), "required"),
        ];
        for ((y, m, d), code) in cases {
            let i = PersonInput { birth_year: y.into(), birth_month: m.into(), birth_day: d.into(), ..input() };
            let e = PersonData::parse(&i, today(), false).unwrap_err();
            assert_eq!(e.errors[0].code, code, "{y}-{m}-{d}");
        }
        let i = PersonInput {
            birth_year: "٢٠٠٠".into(), birth_month: "٢".into(), birth_day: "٢٩".into(), ..input()
        };
        assert_eq!(PersonData::parse(&i, today(), false).unwrap().birth.to_iso(), "2000-02-29");
        let i = PersonInput { permit_issued_on: "1989-01-01".into(), ..input() };
        assert_eq!(PersonData::parse(&i, today(), true).unwrap_err().errors[0].code, "before_birth");
        let i = PersonInput { permit_issued_on: "2027-01-01".into(), ..input() };
        assert_eq!(PersonData::parse(&i, today(), true).unwrap_err().errors[0].code, "date_in_future");
        let i = PersonInput { permit_issued_on: "".into(), ..input() };
        assert_eq!(PersonData::parse(&i, today(), true).unwrap_err().errors[0].code, "required");
        assert!(PersonData::parse(&i, today(), false).is_ok(), "desk intake without a permit date");
    }

    #[test]
    fn codes_and_consents() {
        let i =
            PersonInput { citizenship: "QQ".into(), languages: vec!["ar".into(), "xx".into(), "ar".into()], ..input() };
        let e = NewPerson::parse(&i, &["basic".into(), "basic".into()], Source::Desk, today()).unwrap_err();
        let codes: Vec<_> = e.errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            codes,
            [
                ("citizenship", "unknown_country"),
                ("languages", "unknown_language"),
                ("languages", "duplicate_language"),
                ("consents", "duplicate_consent"),
            ]
        );
        let e = NewPerson::parse(&input(), &["reminders".into()], Source::Desk, today()).unwrap_err();
        assert_eq!(e.errors[0].code, "consent_required");
        let e = NewPerson::parse(&input(), &[], Source::Desk, today()).unwrap_err();
        assert_eq!(e.errors[0].field, "consent_basic");
    }

    #[test]
    fn iso_birth_dates() {
        assert_eq!(BirthDate::parse_iso("b", "1990-05", today()).unwrap().to_iso(), "1990-05");
        assert_eq!(
            BirthDate::parse_iso("b", "1990-05-17", today()).unwrap().earliest(),
            jiff::civil::date(1990, 5, 17)
        );
        assert!(BirthDate::parse_iso("b", "90-05-17", today()).is_err());
        assert!(BirthDate::parse_iso("b", "1990/05/17", today()).is_err());
    }

    #[test]
    fn profiles() {
        let p = Profile::parse(&ProfileInput {
            education_level: "tertiary".into(),
            language_level: "a2".into(),
            ..Default::default()
        })
        .unwrap();
        assert!(!p.is_empty());
        assert!(Profile::parse(&ProfileInput { education_level: "phd".into(), ..Default::default() }).is_err());
    }
}
