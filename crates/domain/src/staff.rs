//! Staff accounts: the rules for e-mail addresses, display names and passwords.

use crate::errors::{FieldError, Invalid};
use crate::roles::Role;
use crate::text;

/// A staff member's e-mail address, the login name. Stored lower-cased.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub const MAX: usize = 254;

    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        let v = raw.trim().to_lowercase();
        if v.is_empty() {
            return Err(FieldError::new(field, "required"));
        }
        if v.len() > Self::MAX {
            return Err(FieldError::with_limit(field, "too_long", Self::MAX as i64));
        }
        let Some((local, domain)) = v.rsplit_once('@') else {
            return Err(FieldError::new(field, "invalid_email"));
        };
        let ok_local = !local.is_empty()
            && local.len() <= 64
            && !local.chars().any(|c| c.is_whitespace() || c.is_control() || c == '@');
        let ok_domain = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        if ok_local && ok_domain { Ok(Self(v)) } else { Err(FieldError::new(field, "invalid_email")) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password as typed: at least 12 characters (NIST SP 800-63B: length over
/// composition rules), at most 256, not one of the handful everyone tries.
pub struct Password(String);

impl Password {
    pub const MIN: usize = 12;
    pub const MAX: usize = 256;

    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        let n = raw.chars().count();
        if n == 0 {
            return Err(FieldError::new(field, "required"));
        }
        if n < Self::MIN {
            return Err(FieldError::with_limit(field, "too_short", Self::MIN as i64));
        }
        if n > Self::MAX {
            return Err(FieldError::with_limit(field, "too_long", Self::MAX as i64));
        }
        let lower = raw.to_lowercase();
        const COMMON: [&str; 6] =
            ["password1234", "123456789012", "qwertyuiopas", "welcomedesk12", "passwordpassword", "111111111111"];
        if COMMON.contains(&lower.as_str()) || lower.chars().all(|c| lower.starts_with(c)) {
            return Err(FieldError::new(field, "password_too_common"));
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(…)")
    }
}

/// A new staff account, checked as a whole.
#[derive(Debug)]
pub struct NewStaff {
    pub email: Email,
    pub name: String,
    pub role: Role,
    pub password: Password,
    /// For provider accounts: the provider organisation's name or id, as given.
    pub provider: Option<String>,
    pub ui_language: String,
}

/// The raw fields of a new staff account, from a form, the API or the CLI.
pub struct NewStaffInput<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub role: &'a str,
    pub password: &'a str,
    pub provider: &'a str,
    pub ui_language: &'a str,
}

impl NewStaff {
    pub const NAME_MAX: usize = 200;

    pub fn parse(input: NewStaffInput<'_>) -> Result<Self, Invalid> {
        let mut inv = Invalid::default();
        let email = inv.take(Email::parse("email", input.email));
        let name = inv.take(text::required_line("name", input.name, Self::NAME_MAX));
        let role = inv.take(input.role.parse::<Role>().map_err(|_| FieldError::new("role", "invalid_choice")));
        let password = inv.take(Password::parse("password", input.password));
        let provider = inv.take(text::optional_line("provider", input.provider, 200));
        if let (Some(r), Some(p)) = (role, &provider) {
            if r.needs_provider() && p.is_none() {
                inv.push(FieldError::new("provider", "required_for_provider_role"));
            }
            if !r.needs_provider() && p.is_some() {
                inv.push(FieldError::new("provider", "only_for_provider_role"));
            }
        }
        match (email, name, role, password, provider, inv.is_empty()) {
            (Some(email), Some(name), Some(role), Some(password), Some(provider), true) => {
                Ok(NewStaff { email, name, role, password, provider, ui_language: input.ui_language.trim().to_owned() })
            }
            _ => Err(inv),
        }
    }
}

/// How many failed logins lock an account, and for how long.
pub const LOCKOUT_AFTER_FAILURES: i64 = 5;
pub const LOCKOUT_MINUTES: i64 = 15;
/// A session ends after this long without use, and at the latest after the absolute limit.
pub const SESSION_IDLE_MINUTES: i64 = 60;
pub const SESSION_ABSOLUTE_HOURS: i64 = 12;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert_eq!(Email::parse("e", " Amal@City.Example ").unwrap().as_str(), "amal@city.example");
        for bad in ["", "a", "a@b", "a@.b", "a b@c.d", "@c.d", "a@c..d"] {
            assert!(Email::parse("e", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn passwords() {
        assert!(Password::parse("p", "short").is_err());
        assert_eq!(Password::parse("p", "aaaaaaaaaaaaaa").unwrap_err().code, "password_too_common");
        assert!(Password::parse("p", "correct horse battery").is_ok());
        assert!(Password::parse("p", "كلمة سر طويلة جدا").is_ok());
    }

    #[test]
    fn provider_role_needs_provider() {
        let base = NewStaffInput {
            email: "p@x.example",
            name: "P",
            role: "provider",
            password: "a long enough pass",
            provider: "",
            ui_language: "en",
        };
        let e = NewStaff::parse(base).unwrap_err();
        assert_eq!(e.errors[0].code, "required_for_provider_role");
        let e = NewStaff::parse(NewStaffInput { role: "desk", provider: "X", ..base_input() }).unwrap_err();
        assert_eq!(e.errors[0].code, "only_for_provider_role");
    }

    fn base_input() -> NewStaffInput<'static> {
        NewStaffInput {
            email: "p@x.example",
            name: "P",
            role: "desk",
            password: "a long enough pass",
            provider: "",
            ui_language: "en",
        }
    }

    #[test]
    fn all_errors_at_once() {
        let e = NewStaff::parse(NewStaffInput {
            email: "x",
            name: " ",
            role: "king",
            password: "1",
            provider: "",
            ui_language: "en",
        })
        .unwrap_err();
        let fields: Vec<_> = e.errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["email", "name", "role", "password"]);
    }
}
