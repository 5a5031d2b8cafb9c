//! The demo city: fictional settings (no real authority is misquoted) and one staff
//! account for every role. Used by `welcomedesk demo` and by the tests.

use crate::staff::users::{CreateStaffError, create_staff};
use crate::state::settings_to_map;
use welcomedesk_domain::audit::AuditEvent;
use welcomedesk_domain::settings::{CitySettings, CitySettingsInput};
use welcomedesk_domain::staff::{NewStaff, NewStaffInput};
use welcomedesk_store::{Store, StoreError};

/// The password of every demo account (printed by `welcomedesk demo`).
pub const DEMO_PASSWORD: &str = "welcome-demo-2026";
/// The demo course provider.
pub const DEMO_PROVIDER: &str = "Demo Language School";

/// (e-mail, name, role) of the demo accounts.
pub const DEMO_STAFF: [(&str, &str, &str); 6] = [
    ("coordinator@demo-city.example", "Ana Coordinator", "coordinator"),
    ("counsellor@demo-city.example", "Samir Counsellor", "counsellor"),
    ("trainer@demo-city.example", "Olena Trainer", "trainer"),
    ("desk@demo-city.example", "Jonas Desk", "desk"),
    ("provider@demo-city.example", "Marie Provider", "provider"),
    ("clerk@demo-city.example", "Ahmet Clerk", "clerk"),
];

pub fn demo_settings() -> Result<CitySettings, welcomedesk_domain::Invalid> {
    CitySettings::parse(&CitySettingsInput {
        city_name: "Demo City".into(),
        inhabitants: "480000".into(),
        newcomers_per_year: "9500".into(),
        desk_address: "Welcome Desk, Town Hall, Market Square 1, 10100 Demo City".into(),
        desk_hours: [
            "08:00-18:00".into(),
            "08:00-18:00".into(),
            "08:00-18:00".into(),
            "08:00-20:00".into(),
            "08:00-15:00".into(),
            "10:00-14:00".into(),
            "".into(),
        ],
        hotline_phone: "+46 8 555 010 00".into(),
        email: "welcome@demo-city.example".into(),
        timezone: "Europe/Stockholm".into(),
        source_language: "en".into(),
    })
}

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("demo data: {0}")]
    Data(String),
}

impl From<CreateStaffError> for DemoError {
    fn from(e: CreateStaffError) -> Self {
        DemoError::Data(e.to_string())
    }
}

/// Fills an empty database with the demo city. Idempotent: what exists is kept.
pub async fn seed(store: &Store) -> Result<(), DemoError> {
    let settings = demo_settings().map_err(|e| DemoError::Data(e.to_string()))?;
    let mut map = settings_to_map(&settings);
    map.insert("installation_kind".into(), "demo".into());
    store.save_settings(&map, &AuditEvent::new(None, "settings.update", "settings").detail("demo")).await?;
    match store.insert_provider(DEMO_PROVIDER, None).await {
        Ok(_) | Err(StoreError::Conflict(_)) => {}
        Err(e) => return Err(e.into()),
    }
    for (email, name, role) in DEMO_STAFF {
        if store.find_staff_by_email(email).await.is_ok() {
            continue;
        }
        let new = NewStaff::parse(NewStaffInput {
            email,
            name,
            role,
            password: DEMO_PASSWORD,
            provider: if role == "provider" { DEMO_PROVIDER } else { "" },
            ui_language: "en",
        })
        .map_err(|e| DemoError::Data(e.to_string()))?;
        create_staff(store, &new, None).await?;
    }
    seed_coaching(store).await?;
    seed_vouchers(store).await?;
    crate::brochure::demo::seed(store).await.map_err(|e| DemoError::Data(format!("content: {e}")))?;
    Ok(())
}

/// Two places and the demo counsellor's languages and weekly hours, so that the demo
/// proposes coaching slots (Arabic, Kurdish, English; interpreting for the rest).
async fn seed_coaching(store: &Store) -> Result<(), DemoError> {
    if !store.list_places().await?.is_empty() {
        return Ok(());
    }
    let office = store
        .insert_place(
            "Immigration office",
            "Migration Street 4, 10200 Demo City",
            Some("Tram 3 or bus 12 to Migration Square; step-free entrance on the left"),
            true,
            None,
        )
        .await?;
    let desk = store
        .insert_place(
            "Welcome Desk, Town Hall",
            "Market Square 1, 10100 Demo City",
            Some("Metro to Town Hall"),
            false,
            None,
        )
        .await?;
    let counsellor = store.find_staff_by_email(DEMO_STAFF[1].0).await?.id;
    store
        .upsert_counsellor(
            counsellor,
            &[("ar", "native"), ("ckb", "fluent"), ("en", "fluent")],
            &["start", "follow_up", "individual_module", "desk_follow_up"],
            None,
        )
        .await?;
    for wd in 1..=4 {
        store.add_counsellor_hours(counsellor, wd, "08:00", "12:00", office, None).await?;
        store.add_counsellor_hours(counsellor, wd, "13:00", "16:00", desk, None).await?;
    }
    store.add_counsellor_hours(counsellor, 6, "10:00", "14:00", desk, None).await?;
    Ok(())
}

/// The voucher programme (Vienna's 2023 rules as the example), the demo provider
/// approved, and a few of its courses. No people: vouchers come from attendances.
async fn seed_vouchers(store: &Store) -> Result<(), DemoError> {
    use welcomedesk_domain::vouchers::{Level, ProviderStanding, Rule};
    if store.list_rules().await?.is_empty() {
        let rule = Rule {
            name: "Language voucher 2023".into(),
            valid_from: jiff::civil::date(2023, 1, 1),
            first_after: 1,
            further_every: 0,
            max_vouchers: 1,
            value_cents: 15_000,
            value_cents_certificate: 30_000,
            parts: 3,
            validity_months: 30,
            level_min: Level::A1,
            level_max: Level::B1,
            start_weeks_before: 6,
        };
        store.insert_rule(&rule, None).await?;
    }
    let provider = store.find_provider_by_name(DEMO_PROVIDER).await?;
    if store.provider_standings(provider.id).await?.is_empty() {
        store
            .set_provider_standing(
                provider.id,
                ProviderStanding::Approved,
                Some(jiff::civil::date(2025, 9, 1)),
                None,
                None,
            )
            .await?;
    }
    if store.courses_of(provider.id).await?.is_empty() {
        let year = jiff::Zoned::now().date().year();
        let courses = [
            ("Evening course A1", Level::A1, jiff::civil::date(year + 1, 1, 12), 12_000, "Market Square 3, room 2"),
            ("Intensive course A2", Level::A2, jiff::civil::date(year + 1, 2, 2), 15_000, "Market Square 3, room 1"),
            ("Weekend course B1", Level::B1, jiff::civil::date(year + 1, 3, 7), 14_000, "Library, seminar room"),
        ];
        for (title, level, starts_on, price_cents, place) in courses {
            let c =
                welcomedesk_store::providers::NewCourse { title, language: "sv", level, starts_on, price_cents, place };
            store.insert_course(provider.id, &c, None).await?;
        }
    }
    Ok(())
}

/// Whether a database was filled by `seed` (the demo may reuse it) or holds real data.
pub async fn is_demo(store: &Store) -> Result<bool, StoreError> {
    Ok(store.load_settings().await?.get("installation_kind").map(String::as_str) == Some("demo"))
}
