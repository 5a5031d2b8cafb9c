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
pub const DEMO_STAFF: [(&str, &str, &str); 8] = [
    ("coordinator@demo-city.example", "Ana Coordinator", "coordinator"),
    ("counsellor@demo-city.example", "Samir Counsellor", "counsellor"),
    ("trainer@demo-city.example", "Olena Trainer", "trainer"),
    ("desk@demo-city.example", "Jonas Desk", "desk"),
    ("provider@demo-city.example", "Marie Provider", "provider"),
    ("clerk@demo-city.example", "Ahmet Clerk", "clerk"),
    ("desk-lead@demo-city.example", "Mira Desk Lead", "desk_lead"),
    ("partner@demo-city.example", "Tomas Partner Agent", "partner_agent"),
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
        postal_street: "Market Square 1".into(),
        postal_code: "10100".into(),
        postal_town: "Demo City".into(),
        country: "SE".into(),
        vat_id: String::new(),
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
        Ok(p) => {
            // What its e-invoices need (a fictitious Swedish organisation number).
            let details = welcomedesk_domain::vouchers::ProviderDetails {
                tax_number: Some("802000-0001".into()),
                org_number: Some("802000-0001".into()),
                street: Some("Library Street 4".into()),
                postcode: Some("10300".into()),
                town: Some("Demo City".into()),
                country: Some("SE".into()),
                vat_id: None,
            };
            store.set_provider_details(p.id, &details, None).await?;
        }
        Err(StoreError::Conflict(_)) => {}
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
    seed_modules(store).await?;
    seed_vouchers(store).await?;
    seed_courses(store).await?;
    crate::brochure::demo::seed(store).await.map_err(|e| DemoError::Data(format!("content: {e}")))?;
    crate::knowledge::demo::seed(store).await.map_err(|e| DemoError::Data(format!("knowledge: {e}")))?;
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

/// The programme of group information modules: seven topics (titles in several
/// languages; the others fall back to English), two venues, five trainers and a term of
/// sessions from next Saturday on, rostered with the rostering solver. No people.
async fn seed_modules(store: &Store) -> Result<(), DemoError> {
    use welcomedesk_store::sessions::{NewSession, NewTrainer, NewVenue, TopicText};
    if !store.list_topics("en").await?.is_empty() {
        return Ok(());
    }
    let data = |e: &dyn std::fmt::Display| DemoError::Data(format!("modules: {e}"));
    const TOPICS: [(&str, [(&str, &str); 5]); 7] = [
        (
            "housing",
            [
                ("en", "Housing: renting a flat"),
                ("sv", "Bostad: att hyra en lägenhet"),
                ("ar", "السكن: استئجار شقة"),
                ("uk", "Житло: оренда квартири"),
                ("fa", "مسکن: اجاره آپارتمان"),
            ],
        ),
        (
            "health",
            [
                ("en", "The health system"),
                ("sv", "Hälso- och sjukvården"),
                ("ar", "النظام الصحي"),
                ("uk", "Система охорони здоров’я"),
                ("fa", "نظام سلامت"),
            ],
        ),
        (
            "work",
            [
                ("en", "Finding work"),
                ("sv", "Att hitta arbete"),
                ("ar", "البحث عن عمل"),
                ("uk", "Пошук роботи"),
                ("fa", "پیدا کردن کار"),
            ],
        ),
        (
            "residence-law",
            [
                ("en", "Residence and migration law"),
                ("sv", "Uppehållstillstånd och migrationsrätt"),
                ("ar", "الإقامة وقانون الهجرة"),
                ("uk", "Перебування та міграційне право"),
                ("fa", "اقامت و قانون مهاجرت"),
            ],
        ),
        (
            "education",
            [
                ("en", "School and education"),
                ("sv", "Skola och utbildning"),
                ("ar", "المدرسة والتعليم"),
                ("uk", "Школа та освіта"),
                ("fa", "مدرسه و آموزش"),
            ],
        ),
        (
            "business",
            [
                ("en", "Starting a business"),
                ("sv", "Att starta företag"),
                ("ar", "تأسيس مشروع تجاري"),
                ("uk", "Як започаткувати бізнес"),
                ("fa", "راه‌اندازی کسب‌وکار"),
            ],
        ),
        (
            "city-life",
            [
                ("en", "Life in the city and cultural misunderstandings"),
                ("sv", "Livet i staden och kulturella missförstånd"),
                ("ar", "الحياة في المدينة وسوء الفهم الثقافي"),
                ("uk", "Життя в місті та культурні непорозуміння"),
                ("fa", "زندگی در شهر و سوءتفاهم‌های فرهنگی"),
            ],
        ),
    ];
    let mut topics = vec![];
    for (slug, texts) in TOPICS {
        let t: Vec<TopicText<'_>> =
            texts.iter().map(|(l, title)| TopicText { language: l, title, description: "" }).collect();
        topics.push(store.insert_topic(slug, &t, None).await?);
    }
    let library = store
        .insert_venue(
            &NewVenue {
                name: "North Library",
                address: "Library Street 4, 10300 Demo City",
                district: "North",
                transit_advice: "Tram 4 to North Library, then 2 minutes on foot; lift at the main entrance",
                step_free: true,
                childcare_possible: true,
            },
            &[("Hall", 50), ("Room 2", 25)],
            None,
        )
        .await?;
    let centre = store
        .insert_venue(
            &NewVenue {
                name: "South Community Centre",
                address: "Harbour Road 12, 10500 Demo City",
                district: "South",
                transit_advice: "Bus 12 or 31 to Harbour Road",
                step_free: false,
                childcare_possible: false,
            },
            &[("Room A", 30)],
            None,
        )
        .await?;
    let trainer_staff = store.find_staff_by_email(DEMO_STAFF[2].0).await?.id;
    let sat = vec![(6, "09:00".to_owned(), "18:00".to_owned())];
    let week = vec![(2, "16:00".to_owned(), "20:00".to_owned()), (6, "09:00".to_owned(), "18:00".to_owned())];
    type Hours = Vec<(i64, String, String)>;
    type DemoTrainer<'a> = (&'a str, Option<uuid::Uuid>, &'a [&'a str], &'a [usize], &'a Hours, &'a str);
    let pool: [DemoTrainer<'_>; 5] = [
        ("Olena Trainer", Some(trainer_staff), &["uk", "ru", "en"], &[0, 1, 2, 6], &week, "UA"),
        ("Rana Haddad", None, &["ar", "en", "sv"], &[0, 1, 3, 4], &sat, "SY,IQ,LB"),
        ("Karim Nouri", None, &["ar", "fa", "sv"], &[0, 2, 3, 5, 6], &week, "SY,AF,IR"),
        ("Maryam Ahmadi", None, &["fa", "prs", "en"], &[2, 4, 6], &week, "AF,IR"),
        ("Lena Berg", None, &["sv", "en", "uk"], &[0, 1, 2, 3, 4, 5, 6], &sat, ""),
    ];
    for (name, staff, langs, tops, hours, countries) in pool {
        let langs: Vec<String> = langs.iter().map(|l| (*l).to_owned()).collect();
        let tops: Vec<uuid::Uuid> = tops.iter().map(|i| topics[*i]).collect();
        store
            .insert_trainer(
                &NewTrainer {
                    name,
                    email: None,
                    staff_id: staff,
                    max_per_month: 6,
                    fee_cents: 18000,
                    knows_origin_countries: countries,
                    languages: &langs,
                    topics: &tops,
                    hours,
                },
                None,
            )
            .await?;
    }
    // A term of eight weeks from next Saturday, in the demo city's time zone.
    let tz = jiff::tz::TimeZone::get("Europe/Stockholm").map_err(|e| data(&e))?;
    let today = jiff::Timestamp::now().to_zoned(tz.clone()).date();
    let mut first = today.tomorrow().map_err(|e| data(&e))?;
    while first.weekday() != jiff::civil::Weekday::Saturday {
        first = first.tomorrow().map_err(|e| data(&e))?;
    }
    let last = first.checked_add(jiff::Span::new().days(56)).map_err(|e| data(&e))?;
    // (topic, language, venue, weekday, every n weeks, start, childcare places)
    let plan: [(usize, &str, uuid::Uuid, jiff::civil::Weekday, i64, &str, i64); 6] = [
        (0, "ar", library, jiff::civil::Weekday::Saturday, 2, "10:00", 10),
        (1, "uk", library, jiff::civil::Weekday::Saturday, 2, "13:00", 8),
        (2, "fa", centre, jiff::civil::Weekday::Tuesday, 2, "17:30", 0),
        (6, "sv", library, jiff::civil::Weekday::Saturday, 4, "15:00", 6),
        (3, "ar", centre, jiff::civil::Weekday::Saturday, 4, "10:00", 0),
        (4, "uk", centre, jiff::civil::Weekday::Tuesday, 4, "17:30", 0),
    ];
    for (topic, lang, venue, weekday, every, start, childcare) in plan {
        let dates = welcomedesk_domain::sessions::expand_series(first, last, weekday, every).map_err(|e| data(&e))?;
        let start: jiff::civil::Time = start.parse().map_err(|e| data(&e))?;
        let mut list = vec![];
        for d in dates {
            let s = d.to_datetime(start);
            let e = s
                .checked_add(jiff::Span::new().minutes(welcomedesk_domain::sessions::DEFAULT_MINUTES))
                .map_err(|e| data(&e))?;
            let utc = |dt: jiff::civil::DateTime| {
                dt.to_zoned(tz.clone()).map(|z| welcomedesk_store::time::to_db(z.timestamp())).map_err(|e| data(&e))
            };
            list.push(NewSession {
                topic_id: topics[topic],
                language: lang.to_owned(),
                venue_id: venue,
                room_id: None,
                starts_at: utc(s)?,
                ends_at: utc(e)?,
                starts_on: d.to_string(),
                capacity: if venue == library { 40 } else { 25 },
                childcare_places: childcare,
                trainer_id: None,
                backup_trainer_id: None,
                status: welcomedesk_domain::sessions::Status::Published,
                survey_token: crate::password::random_token().map_err(|e| data(&e))?,
            });
        }
        store.create_sessions(&list, true, None).await?;
    }
    // Roster the term with the solver (the demo shows who teaches what).
    let rows = store
        .list_sessions(&welcomedesk_store::sessions::SessionFilter { limit: 1000, ..Default::default() }, "en")
        .await?;
    let trainers = store.load_trainers(&first.to_string()).await?;
    let rsessions: Vec<welcomedesk_domain::rostering::RosterSession> = rows
        .iter()
        .filter_map(|r| {
            let start = welcomedesk_store::time::from_db(&r.starts_at).ok()?.to_zoned(tz.clone()).datetime();
            let end = welcomedesk_store::time::from_db(&r.ends_at).ok()?.to_zoned(tz.clone()).datetime();
            Some(welcomedesk_domain::rostering::RosterSession {
                id: r.id,
                language: r.language.clone(),
                topic: r.topic_id,
                start,
                end,
                pinned_trainer: None,
                pinned_backup: None,
            })
        })
        .collect();
    let rtrainers: Vec<welcomedesk_domain::rostering::RosterTrainer> = trainers
        .iter()
        .map(|t| welcomedesk_domain::rostering::RosterTrainer {
            id: t.id,
            languages: t.languages.clone(),
            topics: t.topics.clone(),
            weekly: t
                .hours
                .iter()
                .filter_map(|(wd, a, b)| {
                    Some((
                        jiff::civil::Weekday::from_monday_one_offset(*wd as i8).ok()?,
                        a.parse().ok()?,
                        b.parse().ok()?,
                    ))
                })
                .collect(),
            absences: vec![],
            max_per_month: t.max_per_month as u32,
        })
        .collect();
    let roster = welcomedesk_domain::rostering::solve(&rsessions, &rtrainers, &Default::default());
    let a: Vec<_> = roster.assignments.iter().map(|a| (a.session, a.trainer, a.backup)).collect();
    store.assign_trainers(&a, None).await?;
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

/// The course catalogue (issue 12): a few courses of the demo provider with the
/// finder's details — a literacy course, a course for readers of another script, a
/// women-only morning course with childcare, an evening and a weekend course.
async fn seed_courses(store: &Store) -> Result<(), DemoError> {
    use welcomedesk_domain::courses::{CourseData, CourseInput};
    let provider = store.find_provider_by_name(DEMO_PROVIDER).await?;
    if store.provider_course_list(provider.id).await?.len() > 3 {
        return Ok(());
    }
    let today = jiff::Zoned::now().date();
    let in_days = |n: i64| today.checked_add(jiff::Span::new().days(n)).map(|d| d.to_string()).unwrap_or_default();
    let c = |title: &str, level: &str, kind: &str, start: i64, days: &str, from: &str, to: &str, district: &str| {
        CourseInput {
            title: title.into(),
            language: "sv".into(),
            level: level.into(),
            kind: kind.into(),
            starts_on: in_days(start),
            ends_on: in_days(start + 84),
            weekdays: days.into(),
            starts_at: from.into(),
            ends_at: to.into(),
            place: "Market Square 3".into(),
            district: district.into(),
            transit: "Bus 3 to Market Square".into(),
            price: "1200".into(),
            voucher_accepted: true,
            how_to_enrol: "Come to the office on Monday 9–12 with your ID and voucher.".into(),
            seats_left: "8".into(),
            ..CourseInput::default()
        }
    };
    let mut list = vec![
        CourseInput {
            explain_languages: "ar,ti".into(),
            ..c("Literacy course", "A1", "literacy", 14, "135", "09:00", "11:30", "Centrum")
        },
        CourseInput {
            explain_languages: "ar,fa".into(),
            ..c("Swedish for readers of another alphabet", "A1", "second_script", 21, "24", "18:00", "20:30", "Norra")
        },
        CourseInput {
            childcare: true,
            target_group: "women".into(),
            explain_languages: "so,ar".into(),
            ..c("Women's morning course A1 with childcare", "A1", "standard", 10, "1234", "09:00", "11:00", "Södra")
        },
        CourseInput {
            reservations_allowed: true,
            ..c("Evening course A2", "A2", "standard", 28, "13", "18:00", "20:30", "Centrum")
        },
        CourseInput {
            seats_left: "2".into(),
            ..c("Weekend course B1", "B1", "standard", 35, "6", "10:00", "14:00", "Norra")
        },
    ];
    list[3].explain_languages = "uk,ru".into();
    for input in &list {
        let data = CourseData::parse(input).map_err(|e| DemoError::Data(format!("{e:?}")))?;
        store.upsert_course(provider.id, welcomedesk_store::new_id(), &data, None).await?;
    }
    Ok(())
}

/// Whether a database was filled by `seed` (the demo may reuse it) or holds real data.
pub async fn is_demo(store: &Store) -> Result<bool, StoreError> {
    Ok(store.load_settings().await?.get("installation_kind").map(String::as_str) == Some("demo"))
}
