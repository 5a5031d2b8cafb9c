//! The directory of authorities and services: saving checked entries, the contact card
//! every page shows (brochure chapters, the website, later the knowledge base), and
//! which entries are due for review.

use crate::error::{AppError, AppResult};
use crate::state::AppState;
use minijinja::{Value, context};
use welcomedesk_domain::directory::{self, Day, Entry, EntryInput};
use welcomedesk_store::directory::{EntryRow, EntryWrite};
use welcomedesk_store::{Store, StoreError};

/// The settings key of the review period (days) of directory entries and chapters.
pub const REVIEW_DAYS_KEY: &str = "content_review_days";

/// The configured review period in days.
pub async fn review_days(store: &Store) -> Result<i64, StoreError> {
    Ok(store
        .load_settings()
        .await?
        .get(REVIEW_DAYS_KEY)
        .and_then(|v| v.parse::<i64>().ok())
        .filter(|d| (1..=3650).contains(d))
        .unwrap_or(directory::DEFAULT_REVIEW_DAYS))
}

/// Saves a checked entry (creates it or replaces the one with its slug).
pub async fn save(store: &Store, e: &Entry, actor: Option<uuid::Uuid>) -> Result<(uuid::Uuid, bool), StoreError> {
    let hours = directory::format_week(&e.hours);
    let verified = e.verified_on.to_string();
    store
        .upsert_directory_entry(
            &EntryWrite {
                slug: &e.slug,
                names: &e.names,
                transit: &e.transit,
                address: &e.address,
                phone: e.phone.as_deref(),
                email: e.email.as_deref(),
                website: e.website.as_deref(),
                hours: &hours,
                languages: &e.languages,
                topics: &e.topics,
                step_free: e.step_free,
                verified_on: &verified,
            },
            actor,
        )
        .await
}

/// A stored entry as the edit form shows it.
pub fn input_of(r: &EntryRow) -> EntryInput {
    let week = directory::parse_week(&r.hours);
    EntryInput {
        slug: r.slug.clone(),
        names: r.names.clone(),
        transit: r.transit.clone(),
        address: r.address.clone(),
        phone: r.phone.clone().unwrap_or_default(),
        email: r.email.clone().unwrap_or_default(),
        website: r.website.clone().unwrap_or_default(),
        hours: std::array::from_fn(|i| week[i].format()),
        languages: r.languages.join(", "),
        topics: r.topics.join(", "),
        step_free: r.step_free,
        verified_on: r.verified_on.clone(),
    }
}

/// The name of an entry in a language (else the source language's, else any).
pub fn name_in(r: &EntryRow, lang: &str, source: &str) -> String {
    r.names
        .get(lang)
        .or_else(|| r.names.get(source))
        .or_else(|| r.names.values().next())
        .cloned()
        .unwrap_or_else(|| r.slug.clone())
}

/// Whether the entry is due for review.
pub fn due(r: &EntryRow, today: jiff::civil::Date, days: i64) -> bool {
    r.verified_on.parse::<jiff::civil::Date>().map(|d| directory::review_due(d, today, days)).unwrap_or(true)
}

/// The template values of an entry's contact card in a language.
pub fn card_value(state: &AppState, lang: &str, r: &EntryRow) -> Value {
    let source = state.settings().source_language.clone();
    let local = |s: &str| welcomedesk_i18n::localise_digits(lang, s);
    let hours: Vec<Value> = directory::parse_week(&r.hours)
        .iter()
        .enumerate()
        .filter(|(_, d)| **d != Day::Closed)
        .map(|(i, d)| match d {
            Day::Open { intervals } => context! {
                day => i + 1,
                appointment => false,
                intervals => intervals.iter().map(|iv| context! {
                    from => local(&iv.from.strftime("%H:%M").to_string()),
                    to => local(&iv.to.strftime("%H:%M").to_string()),
                }).collect::<Vec<_>>(),
            },
            _ => context! { day => i + 1, appointment => true, intervals => Vec::<Value>::new() },
        })
        .collect();
    let languages: Vec<String> = r
        .languages
        .iter()
        .map(|c| {
            welcomedesk_i18n::by_code(c)
                .map(|l| l.endonym.to_owned())
                .unwrap_or_else(|| crate::register::language_label(c))
        })
        .collect();
    let tel = r
        .phone
        .as_ref()
        .map(|p| format!("tel:{}", p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>()));
    context! {
        slug => r.slug.clone(),
        name => name_in(r, lang, &source),
        address => r.address.clone(),
        map_url => directory::map_url(&r.address),
        transit => r.transit.get(lang).or_else(|| r.transit.get(&source)).cloned(),
        phone => r.phone.clone(),
        tel => tel,
        email => r.email.clone(),
        website => r.website.clone(),
        hours => hours,
        languages => languages,
        step_free => r.step_free,
    }
}

/// The contact card as HTML (rendered by the autoescaping card template).
/// `level` is the card heading's level (3 inside content, 2 on the addresses page).
pub fn card_html(
    state: &AppState,
    lang: &'static welcomedesk_i18n::Language,
    r: &EntryRow,
    level: u8,
) -> AppResult<String> {
    crate::render::fragment(
        state,
        lang,
        "content/card.html",
        context! { e => card_value(state, lang.code, r), level => level },
    )
}

/// Turns a storage error of a save into the form's errors.
pub fn save_error(e: StoreError) -> AppError {
    e.into()
}
