//! Language courses (issue 12): the public catalogue and finder (`/{lang}/courses`,
//! `/{lang}/courses/find`), the staff finder for a person (filled from the register's
//! consented profile and the person's voucher), the providers' own course pages and the
//! coordinator's list of stale providers. The rules are `domain::courses`; this module
//! turns them into pages and plain words.

pub(crate) mod catalogue;
pub(crate) mod public;
pub(crate) mod reservations;
pub(crate) mod staff;

use crate::error::AppResult;
use crate::state::AppState;
use minijinja::{Value, context};
use std::collections::BTreeMap;
use welcomedesk_domain::courses::{
    Availability, Course, LevelNow, Match, Needs, Reason, Script, TargetGroup, VoucherTerms,
};
use welcomedesk_domain::{FieldError, Invalid};
use welcomedesk_i18n::Arg;

/// The stale window (days) from the settings.
pub(crate) async fn stale_days(state: &AppState) -> AppResult<i64> {
    Ok(state.store.course_stale_days().await?)
}

/// Provider id → name.
pub(crate) async fn provider_names(state: &AppState) -> AppResult<BTreeMap<uuid::Uuid, String>> {
    Ok(state.store.list_providers().await?.into_iter().map(|p| (p.id, p.name)).collect())
}

fn endonym(code: &str) -> String {
    welcomedesk_domain::codes::LanguageCode::parse("l", code).map(|l| l.endonym().to_owned()).unwrap_or(code.to_owned())
}

/// A price in cents as the visitor reads it (`180` or `180.50`).
pub(crate) fn price_text(lang: &str, cents: i64) -> String {
    let whole = welcomedesk_i18n::format_number(lang, cents / 100);
    if cents % 100 == 0 { whole } else { format!("{whole}.{:02}", cents % 100) }
}

/// The finder's reasons in plain words.
pub(crate) fn reason_text(state: &AppState, lang: &str, r: &Reason) -> String {
    let key = format!("courses-why-{}", r.code().replace('_', "-"));
    match r {
        Reason::LevelNext { level } | Reason::LevelSame { level } => {
            state.cat.t(lang, &key, &[("level", Arg::Str(level.as_str()))])
        }
        Reason::InDistrict { district } | Reason::NearDistrict { district } => {
            state.cat.t(lang, &key, &[("district", Arg::Str(district))])
        }
        Reason::ExplainsIn { language } => {
            let name = endonym(language);
            state.cat.t(lang, &key, &[("language", Arg::Str(&name))])
        }
        Reason::ForGroup { group } => {
            let g = state.cat.t(lang, &format!("courses-group-{}", group.as_str()), &[]);
            state.cat.t(lang, &key, &[("group", Arg::Str(&g))])
        }
        Reason::FewSeats { seats } => state.cat.t(lang, &key, &[("seats", Arg::Num(*seats))]),
        _ => state.cat.t(lang, &key, &[]),
    }
}

/// A course for a page: every field as the visitor reads it.
pub(crate) fn course_view(state: &AppState, lang: &str, c: &Course, providers: &BTreeMap<uuid::Uuid, String>) -> Value {
    let days: Vec<String> =
        (1..=7u8).filter(|d| c.weekdays.has(*d)).map(|d| state.cat.t(lang, &format!("weekday-{d}"), &[])).collect();
    let hm = |t: jiff::civil::Time| format!("{:02}:{:02}", t.hour(), t.minute());
    let times = match (c.starts_at, c.ends_at) {
        (Some(s), Some(e)) => Some(format!("{}–{}", hm(s), hm(e))),
        (Some(s), None) => Some(hm(s)),
        _ => None,
    };
    context! {
        id => c.id.to_string(),
        provider_id => c.provider_id.to_string(),
        title => c.title.clone(),
        provider => providers.get(&c.provider_id).cloned().unwrap_or_default(),
        language => endonym(&c.language),
        language_code => c.language.clone(),
        level => c.level.as_str(),
        kind => c.kind.as_str(),
        kind_label => state.cat.t(lang, &format!("courses-kind-{}", c.kind.as_str().replace('_', "-")), &[]),
        starts_on => welcomedesk_i18n::format_date(&state.cat, lang, c.starts_on),
        ends_on => c.ends_on.map(|d| welcomedesk_i18n::format_date(&state.cat, lang, d)),
        days => days.join(", "),
        times => times,
        place => c.place.clone(),
        district => c.district.clone(),
        transit => c.transit.clone(),
        price => price_text(lang, c.price_cents),
        voucher_accepted => c.voucher_accepted,
        childcare => c.childcare,
        group => c.target_group.as_str(),
        group_label => state.cat.t(lang, &format!("courses-group-{}", c.target_group.as_str()), &[]),
        seats_left => c.seats_left,
        explain_languages => c.explain_languages.iter().map(|l| endonym(l)).collect::<Vec<_>>().join(", "),
        how_to_enrol => c.how_to_enrol.clone(),
        reservable => c.reservations_allowed && c.seats_left.is_some_and(|n| n > 0),
    }
}

/// A ranked course with "why it fits" and "good to know".
pub(crate) fn match_view(
    state: &AppState,
    lang: &str,
    m: &Match<'_>,
    providers: &BTreeMap<uuid::Uuid, String>,
) -> Value {
    let why: Vec<String> = m.reasons.iter().filter(|r| r.is_positive()).map(|r| reason_text(state, lang, r)).collect();
    let note: Vec<String> =
        m.reasons.iter().filter(|r| !r.is_positive()).map(|r| reason_text(state, lang, r)).collect();
    context! { course => course_view(state, lang, m.course, providers), score => m.score, why => why, note => note }
}

/// The finder's answers, as the form (or the staff page) sends them.
#[derive(serde::Deserialize, serde::Serialize, Default, Clone, Debug)]
pub(crate) struct FinderForm {
    #[serde(default)]
    pub level: String,
    #[serde(default)]
    pub script: String,
    #[serde(default)]
    pub district: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub mornings: Option<String>,
    #[serde(default)]
    pub afternoons: Option<String>,
    #[serde(default)]
    pub evenings: Option<String>,
    #[serde(default)]
    pub weekends: Option<String>,
    #[serde(default)]
    pub childcare: Option<String>,
    #[serde(default)]
    pub voucher: Option<String>,
    #[serde(default)]
    pub women: Option<String>,
    #[serde(default)]
    pub go: Option<String>,
}

fn yes(v: &Option<String>) -> Option<String> {
    Some("yes".to_owned()).filter(|_| v.is_some())
}

impl FinderForm {
    pub fn submitted(&self) -> bool {
        self.go.is_some()
    }

    /// The answers as the domain's needs (the person's languages and a voucher's terms
    /// are added by the caller when known).
    pub fn needs(&self) -> Result<Needs, Invalid> {
        let mut inv = Invalid::default();
        let level = inv.take(LevelNow::parse("level", &self.level));
        let script = inv.take(Script::parse("script", &self.script));
        let language = match self.language.trim() {
            "" => None,
            l => inv.take(welcomedesk_domain::codes::LanguageCode::parse("language", l)).map(|c| c.as_str().to_owned()),
        };
        let district = self.district.trim();
        if district.chars().count() > 100 {
            inv.push(FieldError::with_limit("district", "too_long", 100));
        }
        inv.into_result()?;
        Ok(Needs {
            language,
            level: level.unwrap_or(LevelNow::Unknown),
            script: script.unwrap_or(Script::Unknown),
            district: Some(district.to_owned()).filter(|d| !d.is_empty()),
            near_districts: Vec::new(),
            availability: Availability {
                mornings: self.mornings.is_some(),
                afternoons: self.afternoons.is_some(),
                evenings: self.evenings.is_some(),
                weekends: self.weekends.is_some(),
            },
            childcare: self.childcare.is_some(),
            has_voucher: self.voucher.is_some(),
            voucher: None,
            groups: if self.women.is_some() { vec![TargetGroup::Women] } else { vec![] },
            speaks: vec![],
        })
    }

    /// Normalised copy (checkboxes as `yes`), for re-rendering the form.
    pub fn echo(&self) -> Self {
        FinderForm {
            mornings: yes(&self.mornings),
            afternoons: yes(&self.afternoons),
            evenings: yes(&self.evenings),
            weekends: yes(&self.weekends),
            childcare: yes(&self.childcare),
            voucher: yes(&self.voucher),
            women: yes(&self.women),
            ..self.clone()
        }
    }
}

/// The choices of the finder's and the list's selects (from the in-memory catalogue).
pub(crate) async fn choices(state: &AppState, lang: &str) -> AppResult<Value> {
    let snap = catalogue::snapshot(state).await?;
    let districts = catalogue::district_names(&snap);
    let levels: Vec<Value> = ["unknown", "a0", "a1", "a2", "b1", "b2", "c1"]
        .iter()
        .map(|l| {
            let label = match *l {
                "unknown" => state.cat.t(lang, "courses-level-unknown", &[]),
                "a0" => state.cat.t(lang, "courses-level-none", &[]),
                other => other.to_ascii_uppercase(),
            };
            Value::from(vec![Value::from(*l), Value::from(label)])
        })
        .collect();
    let scripts: Vec<Value> = ["", "latin", "other_script", "learning"]
        .iter()
        .map(|s| {
            let label = state.cat.t(
                lang,
                &format!("courses-script-{}", if s.is_empty() { "unanswered" } else { s }).replace('_', "-"),
                &[],
            );
            Value::from(vec![Value::from(*s), Value::from(label)])
        })
        .collect();
    let languages: Vec<Value> = catalogue::languages(&snap)
        .iter()
        .map(|l| Value::from(vec![Value::from(l.clone()), Value::from(endonym(l))]))
        .collect();
    Ok(context! { districts => districts, levels => levels, scripts => scripts, languages => languages })
}

/// The finder itself: the candidates in the public view (the in-memory catalogue),
/// ranked for the needs — the person's district with its neighbours from the
/// coordinator's list.
pub(crate) async fn find(state: &AppState, lang: &str, needs: &Needs) -> AppResult<Vec<Value>> {
    let snap = catalogue::snapshot(state).await?;
    let today = state.today();
    let needs = catalogue::with_neighbours(&snap, needs.clone());
    let cands = catalogue::candidates(
        &snap,
        needs.language.as_deref(),
        &welcomedesk_domain::courses::candidate_levels(&needs),
        today,
    );
    let ranked = welcomedesk_domain::courses::rank(
        cands,
        &needs,
        today,
        snap.stamp.stale_after_days,
        welcomedesk_domain::courses::SHORT_LIST,
    );
    Ok(ranked.iter().map(|m| match_view(state, lang, m, &snap.providers)).collect())
}

/// A voucher's terms for the finder, from the person's newest live voucher.
pub(crate) fn voucher_terms(
    v: &welcomedesk_store::vouchers::VoucherRow,
    today: jiff::civil::Date,
) -> Option<VoucherTerms> {
    use welcomedesk_domain::vouchers::Level;
    if v.revoked_at.is_some() || v.remaining_cents <= 0 {
        return None;
    }
    let expires_on: jiff::civil::Date = v.expires_on.parse().ok()?;
    if expires_on < today {
        return None;
    }
    Some(VoucherTerms {
        level_min: Level::parse("l", &v.level_min).ok()?,
        level_max: Level::parse("l", &v.level_max).ok()?,
        earliest_start: v.earliest_start.parse().ok()?,
        expires_on,
    })
}
