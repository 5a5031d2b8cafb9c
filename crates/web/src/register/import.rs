//! Bulk intake: a CSV file of newly issued permits from the immigration office. Every
//! row is checked; a file with any bad row imports nothing and gets a report of what is
//! wrong where (line, column, reason). Importing the same file again creates nothing
//! new: each row's `permit_id` is its key.

use welcomedesk_domain::FieldError;
use welcomedesk_domain::consent::TEXT_VERSION;
use welcomedesk_domain::register::{BirthDate, NewPerson, PersonData, PersonInput, Source};
use welcomedesk_store::Store;
use welcomedesk_store::register::NewPersonRow;

/// The columns of the file, in any order; the first line names them.
pub const COLUMNS: [&str; 12] = [
    "permit_id",
    "full_name",
    "latin_name",
    "birth_date",
    "citizenship",
    "languages",
    "permit_issued_on",
    "certificate_required",
    "phone",
    "email",
    "district",
    "consents",
];

const REQUIRED: [&str; 7] =
    ["permit_id", "full_name", "birth_date", "citizenship", "languages", "permit_issued_on", "consents"];

/// The most rows one file may hold.
pub const MAX_ROWS: usize = 20_000;

/// One problem in the file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RowError {
    /// The line of the file (the header is line 1).
    pub line: usize,
    /// The column's name (empty for problems of the whole row).
    pub column: String,
    pub code: &'static str,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ImportReport {
    pub rows: usize,
    pub created: usize,
    /// Rows whose `permit_id` had been imported before.
    pub skipped: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file has {} problem(s)", .0.len())]
    Rows(Vec<RowError>),
    #[error(transparent)]
    Store(#[from] welcomedesk_store::StoreError),
}

#[derive(Debug)]
struct Row {
    key: String,
    new: NewPerson,
    text_language: &'static str,
}

fn column_of(field: &str) -> &str {
    match field {
        "birth_date" => "birth_date",
        "consent_basic" | "consents" => "consents",
        other => other,
    }
}

fn truthy(v: &str) -> Option<bool> {
    match v.trim().to_ascii_lowercase().as_str() {
        "" | "0" | "no" | "false" | "n" => Some(false),
        "1" | "yes" | "true" | "y" | "x" => Some(true),
        _ => None,
    }
}

/// Checks a whole file as the upload does, without storing anything: the number of
/// good rows, or every problem (for the parser fuzzing of fuzz/ and the proof tests).
pub fn check_file(bytes: &[u8], today: jiff::civil::Date) -> Result<usize, Vec<RowError>> {
    parse(bytes, today).map(|rows| rows.len())
}

/// Parses and checks the whole file; nothing is stored.
fn parse(bytes: &[u8], today: jiff::civil::Date) -> Result<Vec<Row>, Vec<RowError>> {
    let mut errors = vec![];
    let text = match std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)) {
        Ok(t) => t,
        Err(_) => return Err(vec![RowError { line: 1, column: String::new(), code: "not_utf8" }]),
    };
    let delimiter =
        if text.lines().next().is_some_and(|h| h.matches(';').count() > h.matches(',').count()) { b';' } else { b',' };
    let mut rdr =
        csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers: Vec<String> = match rdr.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_ascii_lowercase()).collect(),
        Err(_) => return Err(vec![RowError { line: 1, column: String::new(), code: "invalid_csv" }]),
    };
    for h in &headers {
        if !COLUMNS.contains(&h.as_str()) {
            errors.push(RowError { line: 1, column: h.clone(), code: "unknown_column" });
        }
    }
    for r in REQUIRED {
        if !headers.iter().any(|h| h == r) {
            errors.push(RowError { line: 1, column: r.to_owned(), code: "missing_column" });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let idx = |name: &str| headers.iter().position(|h| h == name);
    let mut rows = vec![];
    let mut seen = std::collections::HashMap::new();
    // (permit_id → first line it appeared on)
    for (n, rec) in rdr.records().enumerate() {
        let line = n + 2;
        if n >= MAX_ROWS {
            errors.push(RowError { line, column: String::new(), code: "too_many_rows" });
            break;
        }
        let rec = match rec {
            Ok(r) => r,
            Err(_) => {
                errors.push(RowError { line, column: String::new(), code: "invalid_csv" });
                continue;
            }
        };
        if rec.len() != headers.len() {
            errors.push(RowError { line, column: String::new(), code: "wrong_number_of_fields" });
            continue;
        }
        let get = |name: &str| idx(name).and_then(|i| rec.get(i)).unwrap_or("").to_owned();
        let key = get("permit_id");
        if key.is_empty() || key.chars().count() > 100 || key.chars().any(char::is_control) {
            errors.push(RowError {
                line,
                column: "permit_id".into(),
                code: if key.is_empty() { "required" } else { "invalid_choice" },
            });
        } else if seen.insert(key.clone(), line).is_some() {
            errors.push(RowError { line, column: "permit_id".into(), code: "duplicate_in_file" });
        }
        let mut row_errors: Vec<FieldError> = vec![];
        let birth = match BirthDate::parse_iso("birth_date", &get("birth_date"), today) {
            Ok(b) => Some(b),
            Err(e) => {
                row_errors.push(e);
                None
            }
        };
        let certificate = truthy(&get("certificate_required"));
        if certificate.is_none() {
            row_errors.push(FieldError::new("certificate_required", "invalid_choice"));
        }
        let input = PersonInput {
            full_name: get("full_name"),
            latin_name: get("latin_name"),
            // A valid birth date passes as parts; an invalid one was reported above and
            // a harmless stand-in keeps the other checks going.
            birth_year: birth.map(|b| b.year.to_string()).unwrap_or_else(|| "2000".into()),
            birth_month: birth.and_then(|b| b.month).map(|m| m.to_string()).unwrap_or_default(),
            birth_day: birth.and_then(|b| b.day).map(|d| d.to_string()).unwrap_or_default(),
            citizenship: get("citizenship"),
            languages: get("languages").split([';', '|', ' ']).filter(|s| !s.is_empty()).map(str::to_owned).collect(),
            permit_issued_on: get("permit_issued_on"),
            certificate_required: certificate.unwrap_or(false),
            phone: get("phone"),
            email: get("email"),
            address: String::new(),
            district: get("district"),
        };
        let consents: Vec<String> =
            get("consents").split([';', '|', ' ']).filter(|s| !s.is_empty()).map(str::to_owned).collect();
        match NewPerson::parse(&input, &consents, Source::Import, today) {
            Ok(new) => {
                if row_errors.is_empty() && errors.iter().all(|e| e.line != line) {
                    let tl = super::document_language(&new.data);
                    rows.push(Row { key, new, text_language: tl });
                }
            }
            Err(inv) => row_errors.extend(inv.errors),
        }
        for e in row_errors {
            errors.push(RowError { line, column: column_of(e.field).to_owned(), code: e.code });
        }
    }
    if rows.is_empty() && errors.is_empty() {
        errors.push(RowError { line: 1, column: String::new(), code: "empty_file" });
    }
    if errors.is_empty() { Ok(rows) } else { Err(errors) }
}

/// Checks the whole file, then imports every row in one transaction — or nothing.
pub async fn import_permits(
    store: &Store,
    bytes: &[u8],
    today: jiff::civil::Date,
    actor: Option<uuid::Uuid>,
) -> Result<ImportReport, ImportError> {
    let rows = parse(bytes, today).map_err(ImportError::Rows)?;
    let keys: Vec<Vec<String>> = rows.iter().map(|r| super::keys_of(&r.new.data)).collect();
    let data: Vec<&PersonData> = rows.iter().map(|r| &r.new.data).collect();
    let new_rows: Vec<NewPersonRow<'_>> = rows
        .iter()
        .zip(&keys)
        .zip(&data)
        .map(|((r, k), d)| NewPersonRow {
            data: d,
            consents: &r.new.consents,
            source: Source::Import,
            document_language: super::document_language(d),
            channel: "import",
            text_language: r.text_language,
            text_version: TEXT_VERSION,
            import_key: Some(&r.key),
            name_keys: k,
        })
        .collect();
    let (created, skipped) = store.import_people(&new_rows, actor).await?;
    Ok(ImportReport { rows: rows.len(), created, skipped })
}

#[cfg(test)]
mod tests {
    use super::*;
    use welcomedesk_domain::consent::Purpose;

    fn today() -> jiff::civil::Date {
        jiff::civil::date(2026, 11, 25)
    }

    const GOOD: &str = "permit_id,full_name,latin_name,birth_date,citizenship,languages,permit_issued_on,certificate_required,consents\n\
        P-1,أحمد الحسن,Ahmed Al-Hassan,1990,SY,ar;en,2026-11-02,yes,basic;reminders\n\
        P-2,Олена Коваленко,Olena Kovalenko,1985-04-12,UA,uk;ru,2026-11-03,no,basic\n";

    #[test]
    fn a_good_file_parses() {
        let rows = parse(GOOD.as_bytes(), today()).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].new.consents, vec![Purpose::Basic, Purpose::Reminders]);
        assert_eq!(rows[1].text_language, "uk");
        let semicolons = GOOD
            .replace(',', ";")
            .replace("ar;en", "ar en")
            .replace("uk;ru", "uk ru")
            .replace("basic;reminders", "basic reminders");
        assert_eq!(parse(semicolons.as_bytes(), today()).unwrap().len(), 2, "semicolon-separated files too");
    }

    #[test]
    fn every_bad_row_is_reported_with_line_and_column() {
        let bad = "permit_id,full_name,birth_date,citizenship,languages,permit_issued_on,consents\n\
            P-1,,1990,SY,ar,2026-11-02,basic\n\
            P-2,Ok Name,2031,QQ,xx,2026-11-02,reminders\n\
            P-1,Again,1990,SY,ar,1980-01-01,basic\n\
            P-4,Short,1990\n";
        let e = parse(bad.as_bytes(), today()).unwrap_err();
        let got: Vec<(usize, &str, &str)> = e.iter().map(|e| (e.line, e.column.as_str(), e.code)).collect();
        assert_eq!(
            got,
            [
                (2, "full_name", "required"),
                (3, "birth_date", "date_in_future"),
                (3, "citizenship", "unknown_country"),
                (3, "languages", "unknown_language"),
                (3, "consents", "consent_required"),
                (4, "permit_id", "duplicate_in_file"),
                (4, "permit_issued_on", "before_birth"),
                (5, "", "wrong_number_of_fields"),
            ]
        );
    }

    #[test]
    fn headers_are_checked() {
        let e = parse(b"permit_id,name\nP-1,x\n", today()).unwrap_err();
        assert!(e.iter().any(|e| e.column == "name" && e.code == "unknown_column"));
        assert!(e.iter().any(|e| e.column == "full_name" && e.code == "missing_column"));
        assert_eq!(parse(b"", today()).unwrap_err()[0].code, "missing_column");
        assert_eq!(parse(b"\xff\xfe", today()).unwrap_err()[0].code, "not_utf8");
    }

    mod fuzz {
        //! Parser fuzzing, quick form: arbitrary bytes and near-valid CSV never panic,
        //! every problem names a line within the file and a stable code.
        use super::super::{COLUMNS, MAX_ROWS, check_file};
        use proptest::prelude::*;

        fn today() -> jiff::civil::Date {
            jiff::civil::date(2026, 11, 25)
        }

        fn cell() -> impl Strategy<Value = String> {
            prop_oneof![
                any::<String>(),
                "[0-9\\-]{0,12}",
                "[A-Za-z\\p{Arabic} ;,\"\\n]{0,20}",
                Just(String::new()),
                Just("\"".to_owned()),
            ]
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

            #[test]
            fn any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
                if let Err(errs) = check_file(&bytes, today()) {
                    prop_assert!(!errs.is_empty());
                }
            }

            #[test]
            fn near_valid_files(cols in proptest::sample::subsequence(COLUMNS.to_vec(), 0..COLUMNS.len()),
                                rows in proptest::collection::vec(proptest::collection::vec(cell(), 0..12), 0..20),
                                sep in prop_oneof![Just(','), Just(';')]) {
                let mut text = cols.join(&sep.to_string());
                for r in &rows {
                    text.push('\n');
                    text.push_str(&r.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect::<Vec<_>>().join(&sep.to_string()));
                }
                match check_file(text.as_bytes(), today()) {
                    Ok(n) => prop_assert!(n <= rows.len().min(MAX_ROWS)),
                    Err(errs) => {
                        prop_assert!(!errs.is_empty());
                        for e in errs {
                            prop_assert!(e.line >= 1 && e.line <= rows.len() + 2, "{:?}", e);
                            prop_assert!(e.code.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
                        }
                    }
                }
            }
        }
    }
}
