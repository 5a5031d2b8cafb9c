//! Individual coaching: proposing free slots and booking them. The slot rules are in
//! `welcomedesk_domain::coaching` (pure, in the city's civil time); this module loads
//! what they need from the store, converts between the city's time zone and UTC (the
//! store keeps UTC), and books with the database's no-double-booking guarantee.

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use welcomedesk_domain::coaching::{
    Absence, AppointmentKind, Busy, Counsellor, LanguageLevel, Slot, SlotQuery, WorkBlock, propose_slots, units,
};
use welcomedesk_store::coaching::NewAppointment;
use welcomedesk_store::{Store, StoreError, time};

#[derive(Debug, thiserror::Error)]
pub enum CoachingError {
    /// The slot is not (or no longer) free: taken, outside hours, or the counsellor does
    /// not give this kind.
    #[error("slot_unavailable")]
    SlotUnavailable,
    #[error("person_busy")]
    PersonBusy,
    /// An individual module without an active matter, or a matter on another kind.
    #[error("matter: {}", .0.code)]
    Matter(welcomedesk_domain::FieldError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A time as people read it in their language: weekday, date, hour in its digits.
pub fn when_text(state: &crate::state::AppState, lang: &str, dt: DateTime) -> String {
    let date = welcomedesk_i18n::format_date(&state.cat, lang, dt.date());
    let weekday = state.cat.plain(lang, &format!("weekday-{}", dt.weekday().to_monday_one_offset()), &[]);
    let time = welcomedesk_i18n::localise_digits(lang, &dt.time().strftime("%H:%M").to_string());
    format!("{weekday} {date}, {time}")
}

/// Civil time in the city → UTC text for the store.
pub fn to_utc(tz: &TimeZone, dt: DateTime) -> Result<String, StoreError> {
    dt.to_zoned(tz.clone()).map(|z| time::to_db(z.timestamp())).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// UTC text from the store → civil time in the city.
pub fn to_civil(tz: &TimeZone, s: &str) -> Result<DateTime, StoreError> {
    Ok(time::from_db(s)?.to_zoned(tz.clone()).datetime())
}

fn parse_time(s: &str) -> Result<jiff::civil::Time, StoreError> {
    s.parse().map_err(|_| StoreError::Corrupt(format!("bad time {s:?}")))
}

fn parse_date(s: &str) -> Result<jiff::civil::Date, StoreError> {
    s.parse().map_err(|_| StoreError::Corrupt(format!("bad date {s:?}")))
}

/// The counsellors as the slot rules need them.
pub async fn counsellors(store: &Store, from: jiff::civil::Date) -> Result<Vec<Counsellor>, StoreError> {
    let rows = store.load_counsellors(&from.to_string()).await?;
    rows.into_iter()
        .map(|r| {
            Ok(Counsellor {
                id: r.id,
                languages: r
                    .languages
                    .into_iter()
                    .map(|(l, lv)| (l, if lv == "native" { LanguageLevel::Native } else { LanguageLevel::Fluent }))
                    .collect(),
                kinds: r.kinds.iter().filter_map(|k| AppointmentKind::parse("kind", k).ok()).collect(),
                hours: r
                    .hours
                    .into_iter()
                    .map(|(wd, f, t, place)| {
                        Ok(WorkBlock {
                            weekday: jiff::civil::Weekday::from_monday_one_offset(wd as i8)
                                .map_err(|e| StoreError::Corrupt(e.to_string()))?,
                            from: parse_time(&f)?,
                            to: parse_time(&t)?,
                            place,
                        })
                    })
                    .collect::<Result<_, StoreError>>()?,
                absences: r
                    .absences
                    .into_iter()
                    .map(|(f, t)| Ok(Absence { from: parse_date(&f)?, to: parse_date(&t)? }))
                    .collect::<Result<_, StoreError>>()?,
            })
        })
        .collect()
}

/// Adds a block of weekly hours (times as the store keeps them, `HH:MM`).
pub async fn add_hours(
    store: &Store,
    staff: uuid::Uuid,
    weekday: i64,
    from: jiff::civil::Time,
    to: jiff::civil::Time,
    place: uuid::Uuid,
    actor: Option<uuid::Uuid>,
) -> Result<uuid::Uuid, StoreError> {
    let hm = |t: jiff::civil::Time| t.strftime("%H:%M").to_string();
    store.add_counsellor_hours(staff, weekday, &hm(from), &hm(to), place, actor).await
}

/// The configured duration of a kind (minutes).
pub async fn minutes_of(store: &Store, kind: AppointmentKind) -> Result<i64, StoreError> {
    Ok(store
        .appointment_minutes()
        .await?
        .into_iter()
        .find(|(k, _)| k == kind.as_str())
        .map(|(_, m)| m)
        .unwrap_or(kind.default_minutes()))
}

/// What staff or the public ask for.
pub struct Want {
    pub languages: Vec<String>,
    pub kind: AppointmentKind,
    pub place: Option<uuid::Uuid>,
    pub from: DateTime,
    pub days: i64,
    pub limit: usize,
    pub person: Option<uuid::Uuid>,
}

/// The earliest free slots for a person's languages (interpreting when nobody speaks them).
pub async fn propose(store: &Store, tz: &TimeZone, w: &Want) -> Result<Vec<Slot>, StoreError> {
    propose_except(store, tz, w, None).await
}

/// Free slots to move the appointment `moving` to: as if it were not there (a move by
/// half an hour with the same counsellor is fine).
pub async fn propose_for_move(
    store: &Store,
    tz: &TimeZone,
    w: &Want,
    moving: uuid::Uuid,
) -> Result<Vec<Slot>, StoreError> {
    propose_except(store, tz, w, Some(moving)).await
}

/// Like `propose`, as if the appointment `except` (being moved) were not there.
async fn propose_except(
    store: &Store,
    tz: &TimeZone,
    w: &Want,
    except: Option<uuid::Uuid>,
) -> Result<Vec<Slot>, StoreError> {
    let except = match except {
        Some(id) => {
            let a = store.find_appointment(id).await?;
            Some((a.counsellor_id, a.starts_at, a.ends_at))
        }
        None => None,
    };
    let until = w.from.checked_add(jiff::Span::new().days(w.days)).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let kinds = store.appointment_kinds().await?;
    let kind = kinds.iter().find(|k| k.kind == w.kind.as_str());
    let minutes = kind.map(|k| k.minutes).unwrap_or(w.kind.default_minutes());
    let mut cs = counsellors(store, w.from.date()).await?;
    // A kind offered only at some places: working hours elsewhere do not count for it.
    if let Some(k) = kind.filter(|k| !k.places.is_empty()) {
        for c in &mut cs {
            c.hours.retain(|b| k.places.contains(&b.place));
        }
    }
    let (from_utc, until_utc) = (to_utc(tz, w.from)?, to_utc(tz, until + jiff::Span::new().hours(8))?);
    let busy: Vec<Busy> = store
        .counsellor_busy(&from_utc, &until_utc)
        .await?
        .into_iter()
        .filter(|b| except.as_ref() != Some(b))
        .map(|(c, f, t)| Ok(Busy { counsellor: c, from: to_civil(tz, &f)?, to: to_civil(tz, &t)? }))
        .collect::<Result<_, StoreError>>()?;
    let person_busy = match w.person {
        Some(p) => store
            .person_busy(p, &from_utc, &until_utc)
            .await?
            .into_iter()
            .map(|(f, t)| Ok((to_civil(tz, &f)?, to_civil(tz, &t)?)))
            .collect::<Result<_, StoreError>>()?,
        None => vec![],
    };
    let q = SlotQuery {
        languages: w.languages.clone(),
        kind: w.kind,
        minutes,
        place: w.place,
        from: w.from,
        until,
        limit: w.limit,
        person_busy,
    };
    Ok(propose_slots(&cs, &busy, &q))
}

/// Who gets the confirmation of a booking or a move, and how: by e-mail to `email`
/// (with the calendar file), else by SMS to `sms_phone`; neither: no message. The
/// caller decides from the person's consents (`sms_phone` only with the `reminders`
/// consent and no e-mail address).
pub struct Confirmation {
    pub state: crate::state::AppState,
    /// The language of the message.
    pub lang: String,
    pub email: Option<String>,
    pub sms_phone: Option<String>,
    /// The private link to see, move or cancel (public bookings).
    pub link: Option<String>,
    pub places: Vec<welcomedesk_store::coaching::Place>,
    pub tz: TimeZone,
    /// The matter of an individual module, in the message's language.
    pub matter: Option<String>,
}

impl Confirmation {
    /// The message for the booked slot, or None when the person gets none.
    pub fn compose(&self, reference: &str, slot: &Slot) -> Option<crate::mail::OwnedMail> {
        let start = slot.start.to_zoned(self.tz.clone()).ok()?.timestamp();
        let end = slot.end.to_zoned(self.tz.clone()).ok()?.timestamp();
        let p = self.places.iter().find(|p| p.id == slot.place);
        let when = when_text(&self.state, &self.lang, slot.start);
        let about = crate::mail::About {
            when: &when,
            place: p.map(|p| p.name.as_str()).unwrap_or(""),
            address: p.map(|p| p.address.as_str()).unwrap_or(""),
            reference,
            link: self.link.as_deref(),
            matter: self.matter.as_deref(),
            start,
            end,
        };
        match (&self.email, &self.sms_phone) {
            (Some(to), _) => Some(crate::mail::compose(&self.state, &self.lang, to, false, &about)),
            (None, Some(phone)) => Some(crate::mail::compose_sms_confirmation(&self.state, &self.lang, phone, &about)),
            (None, None) => None,
        }
    }
}

/// A short reference a person can read out on the phone (no look-alike characters).
pub fn new_reference() -> String {
    const ALPHABET: &[u8] = b"ACDEFGHJKLMNPQRTUVWXY34679";
    let mut b = [0u8; 8];
    let _ = getrandom::fill(&mut b);
    b.iter().map(|x| ALPHABET[(*x as usize) % ALPHABET.len()] as char).collect()
}

/// A booking request: one of the proposed slots, for a person.
pub struct Booking {
    pub person: uuid::Uuid,
    pub person_languages: Vec<String>,
    pub counsellor: uuid::Uuid,
    pub place: uuid::Uuid,
    pub kind: AppointmentKind,
    pub start: DateTime,
    pub via: &'static str,
    pub cancel_token_hash: Option<String>,
    /// Children needing care during the appointment (a move keeps the old appointment's).
    pub children: welcomedesk_domain::sessions::Children,
    /// The matter of an individual module (required for that kind, none for the others;
    /// a move keeps the old appointment's).
    pub matter: Option<uuid::Uuid>,
}

/// Books a slot after checking it is still one the rules would propose (inside hours,
/// the counsellor gives this kind, not taken); the database refuses any overlap that
/// slips between the check and the write. Returns (id, reference, slot).
pub async fn book(
    store: &Store,
    tz: &TimeZone,
    b: &Booking,
    actor: Option<uuid::Uuid>,
) -> Result<(uuid::Uuid, String, Slot), CoachingError> {
    book_with_mail(store, tz, b, None, actor).await
}

/// Composes the confirmation for a booking once its reference and slot are known.
pub type ConfirmationFn<'a> = &'a (dyn Fn(&str, &Slot) -> Option<crate::mail::OwnedMail> + Sync);

/// Like `book`, with the confirmation e-mail queued in the booking's transaction.
pub async fn book_with_mail(
    store: &Store,
    tz: &TimeZone,
    b: &Booking,
    confirmation: Option<ConfirmationFn<'_>>,
    actor: Option<uuid::Uuid>,
) -> Result<(uuid::Uuid, String, Slot), CoachingError> {
    write_booking(store, tz, b, None, confirmation, actor).await
}

/// Moves the person's booked appointment `old` to the slot of `b`, in one transaction
/// (the old time is freed exactly when the new one is taken). `NotFound` (as a store
/// error) when `old` is no longer booked.
pub async fn move_booking(
    store: &Store,
    tz: &TimeZone,
    old: uuid::Uuid,
    b: &Booking,
    confirmation: Option<ConfirmationFn<'_>>,
    actor: Option<uuid::Uuid>,
) -> Result<(uuid::Uuid, String, Slot), CoachingError> {
    write_booking(store, tz, b, Some(old), confirmation, actor).await
}

async fn write_booking(
    store: &Store,
    tz: &TimeZone,
    b: &Booking,
    moving: Option<uuid::Uuid>,
    confirmation: Option<ConfirmationFn<'_>>,
    actor: Option<uuid::Uuid>,
) -> Result<(uuid::Uuid, String, Slot), CoachingError> {
    let want = Want {
        languages: b.person_languages.clone(),
        kind: b.kind,
        place: Some(b.place),
        from: b.start,
        days: 0,
        limit: 10_000,
        // When moving, the person's own old appointment must not hide the new time (the
        // database still refuses any overlap with the person's other appointments).
        person: if moving.is_some() { None } else { Some(b.person) },
    };
    // An individual module names an active matter; the other kinds none (a move keeps
    // the old appointment's matter, in the store).
    if moving.is_none() {
        let active = active_matters(store).await?;
        welcomedesk_domain::coaching::check_matter(b.kind, b.matter, &active).map_err(CoachingError::Matter)?;
    }
    // Never in the past.
    if to_utc(tz, b.start)? < time::now() {
        return Err(CoachingError::SlotUnavailable);
    }
    let slots = propose_except(store, tz, &want, moving).await?;
    let mut slot = slots
        .into_iter()
        .find(|s| s.counsellor == b.counsellor && s.start == b.start && s.place == b.place)
        .ok_or(CoachingError::SlotUnavailable)?;
    // A slot offered with interpreting is still bookable when the person's languages
    // changed; the flag is what the rules said.
    slot.place = b.place;
    let unit_strings: Vec<String> =
        units(slot.start, slot.end).into_iter().map(|u| to_utc(tz, u)).collect::<Result<_, StoreError>>()?;
    let (starts, ends) = (to_utc(tz, slot.start)?, to_utc(tz, slot.end)?);
    for _ in 0..3 {
        let reference = new_reference();
        let mail = confirmation.and_then(|f| f(&reference, &slot));
        let new_mail = mail.as_ref().map(|m| welcomedesk_store::outbox::NewMail {
            kind: m.kind,
            channel: m.channel,
            appointment_id: None,
            person_id: Some(b.person),
            to: &m.to,
            subject: &m.subject,
            body: &m.body,
            ics: m.ics.as_deref(),
            language: &m.language,
        });
        let a = NewAppointment {
            reference: &reference,
            person: b.person,
            counsellor: b.counsellor,
            place: b.place,
            kind: b.kind.as_str(),
            starts_at: &starts,
            ends_at: &ends,
            language: slot.language.as_deref(),
            interpreter_needed: slot.interpreter_needed,
            children_count: b.children.count,
            children_ages: b.children.ages.as_deref(),
            matter: if moving.is_some() { None } else { b.matter },
            via: b.via,
            cancel_token_hash: b.cancel_token_hash.as_deref(),
            units: &unit_strings,
        };
        let r = match moving {
            Some(old) => store.move_appointment(old, &a, new_mail.as_ref(), actor).await,
            None => store.book_appointment_with_mail(&a, new_mail.as_ref(), actor).await,
        };
        match r {
            Ok(id) => return Ok((id, reference, slot)),
            Err(StoreError::Conflict("reference_taken")) => continue,
            Err(StoreError::Conflict("slot_taken")) => return Err(CoachingError::SlotUnavailable),
            Err(StoreError::Conflict("person_busy")) => return Err(CoachingError::PersonBusy),
            Err(StoreError::Conflict("unknown_matter")) => {
                return Err(CoachingError::Matter(welcomedesk_domain::FieldError::new("matter", "invalid_choice")));
            }
            Err(e) => return Err(e.into()),
        }
    }
    Err(CoachingError::Store(StoreError::Conflict("reference_taken")))
}

/// The ids of the active matters of individual modules.
pub async fn active_matters(store: &Store) -> Result<Vec<uuid::Uuid>, StoreError> {
    Ok(store.coaching_items("matter", "en").await?.into_iter().filter(|m| m.active).map(|m| m.id).collect())
}

/// The title of a matter in `lang` (English where `lang` has none).
pub async fn matter_title(store: &Store, lang: &str, matter: Option<uuid::Uuid>) -> Result<Option<String>, StoreError> {
    let Some(m) = matter else { return Ok(None) };
    Ok(store.coaching_items("matter", lang).await?.into_iter().find(|i| i.id == m).map(|i| i.title))
}

/// The matters a booking form offers: the active ones, titles in `lang`, as
/// (id, title, title language) for a select.
pub async fn matter_options(store: &Store, lang: &str) -> Result<Vec<(String, String, String)>, StoreError> {
    Ok(store
        .coaching_items("matter", lang)
        .await?
        .into_iter()
        .filter(|m| m.active)
        .map(|m| (m.id.to_string(), m.title, m.title_language))
        .collect())
}

/// The confirmation of a staff or API booking: only to a person who agreed to messages
/// (the `reminders` consent), by e-mail where they gave an address, else by SMS, in their
/// document language; `None` without the consent or without any address (then staff
/// offer a printed confirmation letter).
pub async fn staff_confirmation(
    state: &crate::state::AppState,
    tz: &TimeZone,
    person: uuid::Uuid,
    matter: Option<uuid::Uuid>,
) -> Result<Option<Confirmation>, StoreError> {
    let Some((email, phone, doc_lang)) = state.store.contact_for_confirmation(person).await? else {
        return Ok(None);
    };
    if email.is_none() && phone.is_none() {
        return Ok(None);
    }
    let lang = welcomedesk_i18n::by_code(&doc_lang).map(|l| l.code).unwrap_or("en").to_owned();
    let matter = matter_title(&state.store, &lang, matter).await?;
    Ok(Some(Confirmation {
        state: state.clone(),
        sms_phone: if email.is_none() { phone } else { None },
        email,
        lang,
        link: None,
        places: state.store.list_places().await?,
        tz: tz.clone(),
        matter,
    }))
}

/// People due for the follow-up coaching within `days` of `today` (overdue included),
/// with the day it is due, oldest first.
pub async fn follow_ups_due(
    store: &Store,
    today: jiff::civil::Date,
    days: i64,
) -> Result<Vec<(welcomedesk_store::coaching::FollowUpDue, jiff::civil::Date)>, StoreError> {
    // A generous bound for the database (a day of margin for 29 February), then the
    // exact rule of the domain.
    let horizon = today
        .checked_add(jiff::Span::new().days(days + 1))
        .and_then(|d| d.checked_sub(jiff::Span::new().years(2)))
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let rows = store.list_follow_ups_due(&horizon.to_string(), 5_000).await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let permit: jiff::civil::Date = r.permit_issued_on.parse().ok()?;
            welcomedesk_domain::coaching::follow_up_due_within(permit, today, days)
                .then(|| (r, welcomedesk_domain::coaching::follow_up_due(permit)))
        })
        .collect())
}

/// The lines of an invitation to the follow-up coaching, in the person's language.
pub fn invitation_lines(state: &crate::state::AppState, lang: &str, name: &str) -> (String, Vec<String>) {
    use welcomedesk_i18n::Arg;
    let s = state.settings();
    let url = format!("{}/{lang}/coaching?kind=follow_up", state.cfg.public_url);
    let t = |k: &str, args: &[(&str, Arg<'_>)]| state.cat.plain(lang, k, args);
    let subject = t("invite-subject", &[("city", Arg::Str(&s.city_name))]);
    let lines = vec![
        t("invite-hello", &[("name", Arg::Str(name))]),
        t("invite-body", &[("city", Arg::Str(&s.city_name))]),
        t("invite-book", &[("url", Arg::Str(&url))]),
        t("invite-call", &[("phone", Arg::Str(&s.hotline_phone))]),
        t("invite-desk", &[("address", Arg::Str(&s.desk_address))]),
        t("mail-signature", &[("city", Arg::Str(&s.city_name))]),
    ];
    (subject, lines)
}

/// What one click on "invite" did.
#[derive(Debug, Default)]
pub struct Invited {
    pub emailed: usize,
    pub texted: usize,
    /// People to send a printed letter to (in their language).
    pub letters: Vec<welcomedesk_store::coaching::FollowUpDue>,
    /// Already invited for this period: nothing was sent again.
    pub already: usize,
}

/// Invites people to the follow-up coaching that is due on the given day: by e-mail
/// where they gave an address and agreed to messages (the `reminders` consent), else by
/// SMS where they gave a phone number and agreed, else by a letter to print. At most one
/// invitation per person and due date (the database refuses a second one, so two clicks
/// or two counsellors at once never send two).
pub async fn invite(
    state: &crate::state::AppState,
    people: Vec<(welcomedesk_store::coaching::FollowUpDue, jiff::civil::Date)>,
    actor: Option<uuid::Uuid>,
) -> Result<Invited, StoreError> {
    let mut out = Invited::default();
    for (p, due) in people {
        let due = due.to_string();
        let lang = p.document_language.clone();
        let (channel, to) = match (&p.email, &p.phone, p.reminders_consent) {
            (Some(e), _, true) => ("email", Some(e.clone())),
            (None, Some(ph), true) => ("sms", Some(ph.clone())),
            _ => ("letter", None),
        };
        let (subject, body) = match channel {
            "email" => {
                let (subject, lines) = invitation_lines(state, &lang, &p.full_name);
                (subject, lines.join("\n\n") + "\n")
            }
            "sms" => (String::new(), invitation_sms(state, &lang)),
            _ => (String::new(), String::new()),
        };
        let mail = to.as_deref().map(|to| welcomedesk_store::outbox::NewMail {
            kind: "invitation",
            channel,
            appointment_id: None,
            person_id: Some(p.person_id),
            to,
            subject: &subject,
            body: &body,
            ics: None,
            language: &lang,
        });
        if !state.store.record_invitation(p.person_id, &due, channel, mail.as_ref(), actor).await? {
            out.already += 1;
            continue;
        }
        match channel {
            "email" => out.emailed += 1,
            "sms" => out.texted += 1,
            _ => out.letters.push(p),
        }
    }
    Ok(out)
}

/// The SMS inviting to the follow-up coaching, in the person's language.
pub fn invitation_sms(state: &crate::state::AppState, lang: &str) -> String {
    use welcomedesk_i18n::Arg;
    let s = state.settings();
    let url = format!("{}/{lang}/coaching?kind=follow_up", state.cfg.public_url);
    state.cat.plain(
        lang,
        "sms-invite",
        &[("city", Arg::Str(&s.city_name)), ("url", Arg::Str(&url)), ("phone", Arg::Str(&s.hotline_phone))],
    )
}

/// One appointment with children to care for, in the city's time.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ChildcareSlot {
    pub reference: String,
    pub start: jiff::civil::Time,
    pub end: jiff::civil::Time,
    pub children: i64,
    pub ages: Option<String>,
}

/// The childcare to arrange at one place on one day.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ChildcareDay {
    pub date: jiff::civil::Date,
    pub place_id: uuid::Uuid,
    pub place_name: String,
    /// All children of the day at this place (the most at one time is what the carers need
    /// at most; the list of times shows when).
    pub children: i64,
    /// The most children at the same time (overlapping appointments add up).
    pub most_at_once: i64,
    pub slots: Vec<ChildcareSlot>,
}

/// Childcare to arrange from `from` for `days` days: booked appointments with children,
/// per day and place (city time), in order of day, place name and time.
pub async fn childcare_plan(
    store: &Store,
    tz: &TimeZone,
    from: jiff::civil::Date,
    days: i64,
) -> Result<Vec<ChildcareDay>, StoreError> {
    let until = from.checked_add(jiff::Span::new().days(days)).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let rows = store
        .childcare_plan(
            &to_utc(tz, from.to_datetime(jiff::civil::Time::midnight()))?,
            &to_utc(tz, until.to_datetime(jiff::civil::Time::midnight()))?,
        )
        .await?;
    let mut out: Vec<ChildcareDay> = vec![];
    for r in rows {
        let (start, end) = (to_civil(tz, &r.starts_at)?, to_civil(tz, &r.ends_at)?);
        let slot = ChildcareSlot {
            reference: r.reference,
            start: start.time(),
            end: end.time(),
            children: r.children_count,
            ages: r.children_ages,
        };
        match out.iter_mut().find(|d| d.date == start.date() && d.place_id == r.place_id) {
            Some(d) => d.slots.push(slot),
            None => out.push(ChildcareDay {
                date: start.date(),
                place_id: r.place_id,
                place_name: r.place_name,
                children: 0,
                most_at_once: 0,
                slots: vec![slot],
            }),
        }
    }
    for d in &mut out {
        d.slots.sort_by_key(|s| (s.start, s.end));
        d.children = d.slots.iter().map(|s| s.children).sum();
        d.most_at_once = welcomedesk_domain::coaching::most_at_once(
            &d.slots.iter().map(|s| (s.start, s.end, s.children)).collect::<Vec<_>>(),
        );
    }
    out.sort_by(|a, b| (a.date, &a.place_name).cmp(&(b.date, &b.place_name)));
    Ok(out)
}
