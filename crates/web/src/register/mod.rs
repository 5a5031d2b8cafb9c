//! The register's functions, one per thing staff do with it: each parses nothing (the
//! handlers give checked domain values), combines the pure rules of
//! `welcomedesk_domain::register` and `names` with the store, and is shared by the
//! pages, the API and the CLI.

pub mod import;
pub mod records;

use welcomedesk_domain::codes::LanguageCode;
use welcomedesk_domain::consent::{Purpose, TEXT_VERSION};
use welcomedesk_domain::names;
use welcomedesk_domain::register::{BirthDate, NewPerson, PersonData, PersonInput};
use welcomedesk_store::register::{NewPersonRow, PersonRecord, PersonSummary};
use welcomedesk_store::{Result, Store};

/// The language documents for a person are made in: their first language when the
/// service ships it (Dari readers get Persian), else English.
pub fn document_language(data: &PersonData) -> &'static str {
    let shipped: Vec<&str> = welcomedesk_i18n::LANGUAGES.iter().map(|l| l.code).collect();
    data.languages.first().map(|l| l.document_language(&shipped)).unwrap_or("en")
}

/// The blocking keys of both names of a person.
pub fn keys_of(data: &PersonData) -> Vec<String> {
    let mut keys = names::blocking_keys(&data.full_name);
    if let Some(l) = &data.latin_name {
        keys.extend(names::blocking_keys(l));
    }
    keys.sort();
    keys.dedup();
    keys
}

/// A search hit with its score (1.0 = same name after normalisation).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Match {
    #[serde(flatten)]
    pub person: PersonSummary,
    pub score: f64,
}

/// How many candidates the store returns before ranking.
const CANDIDATES: i64 = 300;
/// When the selective keys (pairs and whole names) find fewer candidates than this, the
/// broad single-token keys are asked too (a typo in one token breaks the pair keys).
const ENOUGH: usize = 10;

/// Finds people by name (any script or spelling) and/or birth date, best first.
pub async fn search(store: &Store, name: &str, birth: Option<BirthDate>, limit: usize) -> Result<Vec<Match>> {
    let birth_filter = birth.map(|b| (i64::from(b.year), b.month.map(i64::from), b.day.map(i64::from)));
    let name = name.trim();
    if name.is_empty() {
        let mut found = store.search_candidates(&[], birth_filter, limit as i64).await?;
        store.fill_languages(&mut found).await?;
        return Ok(found.into_iter().map(|p| Match { person: p, score: 1.0 }).collect());
    }
    let query = names::PreparedName::new(name);
    let keys = query.blocking_keys();
    if keys.is_empty() {
        return Ok(vec![]);
    }
    let (selective, broad): (Vec<String>, Vec<String>) =
        keys.into_iter().partition(|k| !k.starts_with("t:") && !k.starts_with("w:"));
    let mut found = if selective.is_empty() {
        vec![]
    } else {
        store.search_candidates(&selective, birth_filter, CANDIDATES).await?
    };
    if found.len() < ENOUGH {
        let all: Vec<String> = selective.iter().chain(broad.iter()).cloned().collect();
        found = store.search_candidates(&all, birth_filter, CANDIDATES).await?;
    }
    let mut ranked: Vec<Match> = found
        .into_iter()
        .map(|p| {
            let score = query
                .similarity(&names::PreparedName::new(&p.full_name))
                .max(p.latin_name.as_deref().map(|l| query.similarity(&names::PreparedName::new(l))).unwrap_or(0.0));
            Match { person: p, score }
        })
        .filter(|m| m.score >= SEARCH_FLOOR)
        .collect();
    ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.person.id.cmp(&b.person.id)));
    ranked.truncate(limit);
    let mut people: Vec<PersonSummary> = ranked.iter().map(|m| m.person.clone()).collect();
    store.fill_languages(&mut people).await?;
    for (m, p) in ranked.iter_mut().zip(people) {
        m.person = p;
    }
    Ok(ranked)
}

/// Below this a candidate is not shown at all.
const SEARCH_FLOOR: f64 = 0.55;

/// Likely duplicates of a new record: same or close name, and a birth date that does
/// not contradict it.
pub async fn likely_duplicates(store: &Store, data: &PersonData) -> Result<Vec<Match>> {
    let mut out: Vec<Match> = vec![];
    for n in std::iter::once(data.full_name.as_str()).chain(data.latin_name.as_deref()) {
        for m in search(store, n, Some(BirthDate { month: None, day: None, ..data.birth }), 10).await? {
            let compatible = birth_compatible(&m.person.birth_date, data.birth);
            if m.score >= names::LIKELY_SAME && compatible && !out.iter().any(|o| o.person.id == m.person.id) {
                out.push(m);
            }
        }
    }
    out.sort_by(|a, b| b.score.total_cmp(&a.score));
    out.truncate(5);
    Ok(out)
}

fn birth_compatible(stored: &str, b: BirthDate) -> bool {
    let parts: Vec<i64> = stored.split('-').filter_map(|p| p.parse().ok()).collect();
    let same = |i: usize, v: Option<i8>| match (parts.get(i), v) {
        (Some(s), Some(v)) => *s == i64::from(v),
        _ => true,
    };
    parts.first() == Some(&i64::from(b.year)) && same(1, b.month) && same(2, b.day)
}

/// Stores a new person with the consents given at intake.
pub async fn create_person(
    store: &Store,
    new: &NewPerson,
    channel: &str,
    text_language: &str,
    actor: Option<uuid::Uuid>,
) -> Result<uuid::Uuid> {
    let keys = keys_of(&new.data);
    store.insert_person(&new_row(new, channel, text_language, &keys), actor).await
}

/// Creates a person and reads the record back (audited as `purpose`, in the creation's
/// transaction): what the API answers with.
pub async fn create_person_and_read(
    store: &Store,
    new: &NewPerson,
    channel: &str,
    text_language: &str,
    actor: Option<uuid::Uuid>,
    purpose: &'static str,
) -> Result<PersonRecord> {
    let keys = keys_of(&new.data);
    store.insert_person_and_read(&new_row(new, channel, text_language, &keys), actor, purpose).await
}

fn new_row<'a>(new: &'a NewPerson, channel: &'a str, text_language: &'a str, keys: &'a [String]) -> NewPersonRow<'a> {
    NewPersonRow {
        data: &new.data,
        consents: &new.consents,
        source: new.source,
        document_language: document_language(&new.data),
        channel,
        text_language,
        text_version: TEXT_VERSION,
        import_key: None,
        name_keys: keys,
    }
}

/// Rectification: names the fields that changed for the audit log.
pub async fn update_person(
    store: &Store,
    before: &PersonRecord,
    data: &PersonData,
    actor: Option<uuid::Uuid>,
) -> Result<Vec<&'static str>> {
    let old = input_of(before);
    let new = input_from_data(data);
    let mut changed = vec![];
    macro_rules! cmp {
        ($($f:ident),*) => { $( if old.$f != new.$f { changed.push(stringify!($f)); } )* };
    }
    cmp!(
        full_name,
        latin_name,
        citizenship,
        languages,
        permit_issued_on,
        certificate_required,
        phone,
        email,
        address,
        district
    );
    if (old.birth_year.clone(), old.birth_month.clone(), old.birth_day.clone())
        != (new.birth_year.clone(), new.birth_month.clone(), new.birth_day.clone())
    {
        changed.push("birth_date");
    }
    if changed.is_empty() {
        return Ok(changed);
    }
    store.update_person(before.id, data, document_language(data), &keys_of(data), &changed, actor).await?;
    Ok(changed)
}

/// The form's values of a stored record (for editing).
pub fn input_of(p: &PersonRecord) -> PersonInput {
    let mut parts = p.birth_date.split('-');
    let strip = |s: Option<&str>| s.map(|v| v.trim_start_matches('0').to_owned()).unwrap_or_default();
    PersonInput {
        full_name: p.full_name.clone(),
        latin_name: p.latin_name.clone().unwrap_or_default(),
        birth_year: parts.next().unwrap_or("").to_owned(),
        birth_month: strip(parts.next()),
        birth_day: strip(parts.next()),
        citizenship: p.citizenship.clone(),
        languages: p.languages.clone(),
        permit_issued_on: p.permit_issued_on.clone().unwrap_or_default(),
        certificate_required: p.certificate_required,
        phone: p.phone.clone().unwrap_or_default(),
        email: p.email.clone().unwrap_or_default(),
        address: p.address.clone().unwrap_or_default(),
        district: p.district.clone().unwrap_or_default(),
    }
}

fn input_from_data(d: &PersonData) -> PersonInput {
    PersonInput {
        full_name: d.full_name.clone(),
        latin_name: d.latin_name.clone().unwrap_or_default(),
        birth_year: d.birth.year.to_string(),
        birth_month: d.birth.month.map(|m| m.to_string()).unwrap_or_default(),
        birth_day: d.birth.day.map(|m| m.to_string()).unwrap_or_default(),
        citizenship: d.citizenship.as_str().to_owned(),
        languages: d.languages.iter().map(|l| l.as_str().to_owned()).collect(),
        permit_issued_on: d.permit_issued_on.map(|p| p.to_string()).unwrap_or_default(),
        certificate_required: d.certificate_required,
        phone: d.phone.clone().unwrap_or_default(),
        email: d.email.clone().unwrap_or_default(),
        address: d.address.clone().unwrap_or_default(),
        district: d.district.clone().unwrap_or_default(),
    }
}

/// Erases the records whose last contact lies beyond the retention period; returns how
/// many. Runs daily in `serve` and on demand (`welcomedesk retention`).
pub async fn run_retention(store: &Store, years: i64, now: jiff::Timestamp, dry_run: bool) -> Result<usize> {
    let cutoff = welcomedesk_domain::register::retention_cutoff(now, years);
    let mut total = 0;
    loop {
        let batch = store.list_expired_people(cutoff, 200).await?;
        if batch.is_empty() || dry_run {
            total += batch.len();
            break;
        }
        for id in &batch {
            match store.erase_person(*id, "retention", None).await {
                Ok(()) | Err(welcomedesk_store::StoreError::NotFound) => total += 1,
                Err(e) => return Err(e),
            }
        }
    }
    if !dry_run {
        // Module registrations and walk-ins without a record: contact details go 90 days
        // after the session (docs/DATA-MAP.md).
        let before = now
            .checked_sub(jiff::SignedDuration::from_hours(24 * welcomedesk_domain::sessions::CONTACT_RETENTION_DAYS))
            .unwrap_or(now)
            .to_zoned(jiff::tz::TimeZone::UTC)
            .date();
        store.purge_module_contacts(&before.to_string()).await?;
        store
            .audit(
                &welcomedesk_domain::audit::AuditEvent::new(None, "retention.run", "person")
                    .detail(format!("erased={total} years={years}")),
            )
            .await?;
    }
    Ok(total)
}

/// The retention period configured by the coordinator (years after the last contact).
pub async fn retention_years(store: &Store) -> Result<i64> {
    Ok(store
        .load_settings()
        .await?
        .get("retention_years")
        .and_then(|v| v.parse().ok())
        .filter(|y: &i64| (1..=30).contains(y))
        .unwrap_or(welcomedesk_domain::register::DEFAULT_RETENTION_YEARS))
}

/// Sets the retention period (years after the last contact), audited.
pub async fn set_retention_years(store: &Store, years: i64, actor: Option<uuid::Uuid>) -> Result<()> {
    let mut m = std::collections::BTreeMap::new();
    m.insert("retention_years".to_owned(), years.to_string());
    store.save_settings(&m, &welcomedesk_domain::audit::AuditEvent::new(actor, "settings.retention", "settings")).await
}

/// Which purposes a role may see the data of (profile data only for counsellors and the
/// coordinator, per docs/DATA-MAP.md).
pub fn may_see_profile(role: welcomedesk_domain::Role) -> bool {
    matches!(role, welcomedesk_domain::Role::Counsellor | welcomedesk_domain::Role::Coordinator)
}

/// Language display for a stored code.
pub fn language_label(code: &str) -> String {
    match LanguageCode::parse("l", code) {
        Ok(l) => format!("{} ({})", l.endonym(), l.english_name()),
        Err(_) => code.to_owned(),
    }
}

/// Every purpose, in display order.
pub fn purposes() -> [Purpose; 6] {
    Purpose::ALL
}
