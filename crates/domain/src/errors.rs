//! Validation errors. A code is a stable snake_case word that the web layer translates
//! (Fluent key `error-<code with - for _>`) and the API returns as it is.

use std::fmt;

/// One thing wrong with one field of an input.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldError {
    /// The input field's name, as in the form and in the API body.
    pub field: &'static str,
    /// Stable snake_case reason, e.g. `required`, `too_long`, `invalid_email`.
    pub code: &'static str,
    /// A number the message may need (a maximum length, a minimum length).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl FieldError {
    pub fn new(field: &'static str, code: &'static str) -> Self {
        Self { field, code, limit: None }
    }
    pub fn with_limit(field: &'static str, code: &'static str, limit: i64) -> Self {
        Self { field, code, limit: Some(limit) }
    }
}

/// All that is wrong with one input: every field is checked, so a person sees every
/// problem at once rather than one per attempt.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Invalid {
    pub errors: Vec<FieldError>,
}

impl Invalid {
    pub fn one(field: &'static str, code: &'static str) -> Self {
        Self { errors: vec![FieldError::new(field, code)] }
    }
    pub fn push(&mut self, e: FieldError) {
        self.errors.push(e);
    }
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }
    /// Keeps the value when it parsed, records the error when it did not.
    pub fn take<T>(&mut self, r: Result<T, FieldError>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.errors.push(e);
                None
            }
        }
    }
    /// `Ok(())` when nothing was recorded.
    pub fn into_result(self) -> Result<(), Invalid> {
        if self.errors.is_empty() { Ok(()) } else { Err(self) }
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.errors.iter().map(|e| format!("{}: {}", e.field, e.code)).collect();
        write!(f, "invalid input ({})", parts.join(", "))
    }
}

impl std::error::Error for Invalid {}

impl From<FieldError> for Invalid {
    fn from(e: FieldError) -> Self {
        Self { errors: vec![e] }
    }
}
