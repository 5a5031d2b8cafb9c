//! Free text from people: trimmed, normalised in its line breaks, bounded in length.

use crate::errors::FieldError;

/// A required single line of text (a name, a title): trimmed, 1..=max characters, no
/// control characters.
pub fn required_line(field: &'static str, raw: &str, max: usize) -> Result<String, FieldError> {
    let v = raw.trim();
    if v.is_empty() {
        return Err(FieldError::new(field, "required"));
    }
    line(field, v, max)
}

/// An optional single line: empty becomes `None`.
pub fn optional_line(field: &'static str, raw: &str, max: usize) -> Result<Option<String>, FieldError> {
    let v = raw.trim();
    if v.is_empty() { Ok(None) } else { line(field, v, max).map(Some) }
}

fn line(field: &'static str, v: &str, max: usize) -> Result<String, FieldError> {
    if v.chars().count() > max {
        return Err(FieldError::with_limit(field, "too_long", max as i64));
    }
    if v.chars().any(|c| c.is_control()) {
        return Err(FieldError::new(field, "control_characters"));
    }
    Ok(v.to_owned())
}

/// Multi-line text: trimmed, CRLF folded to LF, bounded; tabs and newlines allowed.
pub fn optional_text(field: &'static str, raw: &str, max: usize) -> Result<Option<String>, FieldError> {
    let v = raw.trim().replace("\r\n", "\n");
    if v.is_empty() {
        return Ok(None);
    }
    if v.chars().count() > max {
        return Err(FieldError::with_limit(field, "too_long", max as i64));
    }
    if v.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(FieldError::new(field, "control_characters"));
    }
    Ok(Some(v))
}

/// A positive whole number within bounds, from a form field.
pub fn whole_number(field: &'static str, raw: &str, min: i64, max: i64) -> Result<i64, FieldError> {
    let v = raw.trim();
    if v.is_empty() {
        return Err(FieldError::new(field, "required"));
    }
    let n: i64 = v.parse().map_err(|_| FieldError::new(field, "not_a_number"))?;
    if n < min {
        return Err(FieldError::with_limit(field, "too_small", min));
    }
    if n > max {
        return Err(FieldError::with_limit(field, "too_large", max));
    }
    Ok(n)
}

/// Digits as people type them in their script (Arabic-Indic ٠–٩, Extended
/// Arabic-Indic ۰–۹, full-width ０–９) become ASCII digits; group separators a person
/// may type (spaces, thin spaces, Arabic thousands separator) are dropped.
pub fn ascii_digits(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{066C}'))
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '\u{FF10}'..='\u{FF19}' => char::from(b'0' + (c as u32 - 0xFF10) as u8),
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_trimmed_and_bounded() {
        assert_eq!(required_line("n", "  Amal  ", 10).unwrap(), "Amal");
        assert_eq!(required_line("n", "   ", 10).unwrap_err().code, "required");
        assert_eq!(required_line("n", "ابراهيم", 7).unwrap(), "ابراهيم");
        assert_eq!(required_line("n", "ابراهيمx", 7).unwrap_err().code, "too_long");
        assert_eq!(required_line("n", "a\u{0}b", 7).unwrap_err().code, "control_characters");
        assert_eq!(optional_line("n", " ", 7).unwrap(), None);
    }

    #[test]
    fn numbers_are_bounded() {
        assert_eq!(whole_number("x", "42", 0, 100).unwrap(), 42);
        assert_eq!(whole_number("x", "4.2", 0, 100).unwrap_err().code, "not_a_number");
        assert_eq!(whole_number("x", "-1", 0, 100).unwrap_err().code, "too_small");
        assert_eq!(whole_number("x", "101", 0, 100).unwrap_err().code, "too_large");
    }
}
