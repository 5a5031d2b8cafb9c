//! Numbers and dates the way each language writes them: its digits (Arabic-Indic for
//! Arabic, Extended Arabic-Indic for Persian, CLDR's defaults), its group separator,
//! its date order and month names (months come from the catalogue).

use fluent_bundle::FluentValue;

struct NumberStyle {
    digits: [char; 10],
    group: &'static str,
    /// Group only numbers of at least this many digits (Spanish and Polish: 5).
    min_grouping: usize,
}

const LATN: [char; 10] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const ARAB: [char; 10] = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];
const ARABEXT: [char; 10] = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'];

fn style(lang: &str) -> NumberStyle {
    let (digits, group, min_grouping) = match lang {
        "ar" => (ARAB, "\u{066C}", 4),
        "fa" => (ARABEXT, "\u{066C}", 4),
        "sv" | "uk" | "ru" | "fr" => (LATN, "\u{202F}", 4),
        "de" | "tr" => (LATN, ".", 4),
        "es" => (LATN, ".", 5),
        _ => (LATN, ",", 4),
    };
    NumberStyle { digits, group, min_grouping }
}

/// A whole number in the language's digits with its group separator.
pub fn format_number(lang: &str, n: i64) -> String {
    let st = style(lang);
    let raw = n.unsigned_abs().to_string();
    let mut out = String::new();
    let len = raw.len();
    for (i, c) in raw.chars().enumerate() {
        if len >= st.min_grouping && i > 0 && (len - i).is_multiple_of(3) {
            out.push_str(st.group);
        }
        out.push(st.digits[c as usize - '0' as usize]);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// Replaces ASCII digits with the language's digits (for dates and times).
pub fn localise_digits(lang: &str, s: &str) -> String {
    let st = style(lang);
    s.chars().map(|c| if c.is_ascii_digit() { st.digits[c as usize - '0' as usize] } else { c }).collect()
}

/// A date as words, e.g. "25 November 2026", "25. November 2026", "٢٥ نوفمبر ٢٠٢٦",
/// from the catalogue's `date-long` pattern and `month-N` names.
pub fn format_date(cat: &crate::Catalog, lang: &str, d: jiff::civil::Date) -> String {
    let month = cat.plain(lang, &format!("month-{}", d.month()), &[]);
    let s = cat.plain(
        lang,
        "date-long",
        &[
            ("day", crate::Arg::Str(&d.day().to_string())),
            ("month", crate::Arg::Str(&month)),
            ("year", crate::Arg::Str(&d.year().to_string())),
        ],
    );
    localise_digits(lang, &s)
}

macro_rules! formatters {
    ($($name:ident => $code:literal),*) => {
        $(
            fn $name<M>(v: &FluentValue, _: &M) -> Option<String> {
                match v {
                    FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 9e15 => {
                        Some(format_number($code, n.value as i64))
                    }
                    _ => None,
                }
            }
        )*
        /// The Fluent number formatter of a language.
        pub(crate) fn formatter_for<M>(lang: &str) -> fn(&FluentValue, &M) -> Option<String> {
            match lang {
                $($code => $name::<M>,)*
                _ => fmt_en::<M>,
            }
        }
    };
}

formatters!(fmt_en => "en", fmt_sv => "sv", fmt_de => "de", fmt_ar => "ar", fmt_fa => "fa",
    fmt_uk => "uk", fmt_ru => "ru", fmt_tr => "tr", fmt_so => "so", fmt_ti => "ti",
    fmt_es => "es", fmt_fr => "fr");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(format_number("en", 1234567), "1,234,567");
        assert_eq!(format_number("en", 999), "999");
        assert_eq!(format_number("de", 1234), "1.234");
        assert_eq!(format_number("es", 1234), "1234");
        assert_eq!(format_number("es", 12345), "12.345");
        assert_eq!(format_number("ar", 1234), "١٬٢٣٤");
        assert_eq!(format_number("fa", 50), "۵۰");
        assert_eq!(format_number("sv", -1000), "-1\u{202F}000");
    }
}
