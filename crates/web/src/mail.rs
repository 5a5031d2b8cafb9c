//! E-mail to newcomers: confirmations with an iCalendar file, reminders the day before.
//! Messages are queued in the store's outbox (in the booking's transaction) and sent by
//! `deliver_due`, which `serve` runs every half minute; failures are retried with
//! back-off and shown on the queue page. SMTP through lettre (rustls, no system TLS).

use crate::state::AppState;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use welcomedesk_i18n::Arg;
use welcomedesk_store::outbox::Mail;
use welcomedesk_store::{Store, StoreError};

/// A message composed in the person's language, ready to queue.
#[derive(Debug, Clone)]
pub struct OwnedMail {
    pub kind: &'static str,
    /// `email` or `sms`.
    pub channel: &'static str,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub ics: Option<String>,
    pub language: String,
}

/// What a confirmation or reminder says.
pub struct About<'a> {
    pub when: &'a str,
    pub place: &'a str,
    pub address: &'a str,
    pub reference: &'a str,
    pub link: Option<&'a str>,
    /// The matter of an individual module, in the message's language.
    pub matter: Option<&'a str>,
    /// UTC times for the calendar file.
    pub start: jiff::Timestamp,
    pub end: jiff::Timestamp,
}

/// Composes a confirmation (`reminder` false) or a reminder in `lang`.
pub fn compose(state: &AppState, lang: &str, to: &str, reminder: bool, a: &About<'_>) -> OwnedMail {
    let s = state.settings();
    let t = |k: &str, args: &[(&str, Arg<'_>)]| state.cat.plain(lang, k, args);
    let subject =
        t(if reminder { "mail-reminder-subject" } else { "mail-confirmation-subject" }, &[("when", Arg::Str(a.when))]);
    let mut lines = vec![
        t("mail-hello", &[]),
        String::new(),
        t(if reminder { "mail-reminder" } else { "mail-booked" }, &[]),
        t("mail-when", &[("when", Arg::Str(a.when))]),
        t("mail-where", &[("place", Arg::Str(a.place)), ("address", Arg::Str(a.address))]),
        t("mail-reference", &[("reference", Arg::Str(a.reference))]),
    ];
    if let Some(m) = a.matter {
        lines.push(t("matters-mail-about", &[("matter", Arg::Str(m))]));
    }
    if let Some(l) = a.link {
        lines.push(String::new());
        lines.push(t("mail-link", &[("link", Arg::Str(l))]));
    }
    lines.push(String::new());
    lines.push(t("mail-help", &[("phone", Arg::Str(&s.hotline_phone))]));
    lines.push(String::new());
    lines.push(t("mail-signature", &[("city", Arg::Str(&s.city_name))]));
    let ics = ics(&subject, a, &s.city_name);
    OwnedMail {
        kind: if reminder { "reminder" } else { "confirmation" },
        channel: "email",
        to: to.to_owned(),
        subject,
        body: lines.join("\n") + "\n",
        ics: Some(ics),
        language: lang.to_owned(),
    }
}

/// A reminder by SMS in `lang` (one short text, no calendar file).
pub fn compose_sms_reminder(state: &AppState, lang: &str, phone: &str, a: &About<'_>) -> OwnedMail {
    let s = state.settings();
    let body = state.cat.plain(
        lang,
        "sms-reminder",
        &[
            ("city", Arg::Str(&s.city_name)),
            ("when", Arg::Str(a.when)),
            ("place", Arg::Str(a.place)),
            ("reference", Arg::Str(a.reference)),
            ("phone", Arg::Str(&s.hotline_phone)),
        ],
    );
    OwnedMail {
        kind: "reminder",
        channel: "sms",
        to: phone.to_owned(),
        subject: String::new(),
        body,
        ics: None,
        language: lang.to_owned(),
    }
}

/// A booking's confirmation by SMS in `lang`, for a person who gave only a phone number
/// and agreed to messages (one short text; the private link when there is one).
pub fn compose_sms_confirmation(state: &AppState, lang: &str, phone: &str, a: &About<'_>) -> OwnedMail {
    let s = state.settings();
    let mut args = vec![
        ("city", Arg::Str(&s.city_name)),
        ("when", Arg::Str(a.when)),
        ("place", Arg::Str(a.place)),
        ("reference", Arg::Str(a.reference)),
        ("phone", Arg::Str(&s.hotline_phone)),
    ];
    let key = match a.link {
        Some(l) => {
            args.push(("link", Arg::Str(l)));
            "sms-confirmation-link"
        }
        None => "sms-confirmation",
    };
    OwnedMail {
        kind: "confirmation",
        channel: "sms",
        to: phone.to_owned(),
        subject: String::new(),
        body: state.cat.plain(lang, key, &args),
        ics: None,
        language: lang.to_owned(),
    }
}

pub(crate) fn ics_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

/// RFC 5545 folding: lines of at most 75 octets, continued with a space.
pub(crate) fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut len = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if len + n > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(c);
        len += n;
    }
    out
}

fn ics_time(t: jiff::Timestamp) -> String {
    t.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// An iCalendar file (RFC 5545) with the appointment, in UTC.
pub fn ics(summary: &str, a: &About<'_>, city: &str) -> String {
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//welcomedesk//coaching//EN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}@welcomedesk", a.reference),
        format!("DTSTAMP:{}", ics_time(jiff::Timestamp::now())),
        format!("DTSTART:{}", ics_time(a.start)),
        format!("DTEND:{}", ics_time(a.end)),
        format!("SUMMARY:{}", ics_escape(summary)),
        format!("LOCATION:{}", ics_escape(&format!("{}, {}", a.place, a.address))),
        format!("DESCRIPTION:{}", ics_escape(&format!("{} – {}", city, a.reference))),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    lines.iter().map(|l| fold(l)).collect::<Vec<_>>().join("\r\n") + "\r\n"
}

/// The SMTP connection and the sender.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

#[derive(Debug, thiserror::Error)]
pub enum MailerError {
    #[error("WELCOMEDESK_SMTP_URL: {0}")]
    Url(String),
    #[error("WELCOMEDESK_MAIL_FROM: {0}")]
    From(String),
}

impl Mailer {
    /// `smtp://host:port` (plain, for a relay on the same host or tests),
    /// `smtp://user:pass@host:587?tls=required` (STARTTLS) or `smtps://…` (TLS).
    pub fn new(url: &str, from: &str) -> Result<Self, MailerError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| MailerError::Url(e.to_string()))?
            .timeout(Some(std::time::Duration::from_secs(20)))
            .build();
        let from: Mailbox =
            from.parse().map_err(|e: lettre::address::AddressError| MailerError::From(e.to_string()))?;
        Ok(Self { transport, from })
    }

    async fn send(&self, m: &Mail) -> Result<(), String> {
        let to: Mailbox = m.to_address.parse().map_err(|e: lettre::address::AddressError| e.to_string())?;
        let text = SinglePart::builder().header(ContentType::TEXT_PLAIN).body(m.body.clone());
        let builder = Message::builder().from(self.from.clone()).to(to).subject(m.subject.clone());
        let msg = match &m.ics {
            Some(ics) => {
                let ct =
                    ContentType::parse("text/calendar; charset=utf-8; method=PUBLISH").map_err(|e| e.to_string())?;
                let att = Attachment::new("appointment.ics".to_owned()).body(ics.clone(), ct);
                builder.multipart(MultiPart::mixed().singlepart(text).singlepart(att))
            }
            None => builder.singlepart(text),
        }
        .map_err(|e| e.to_string())?;
        self.transport.send(msg).await.map(|_| ()).map_err(|e| e.to_string())
    }
}

/// Sends what is due; returns (sent, failed attempts).
pub async fn deliver_due(store: &Store, mailer: &Mailer, now: jiff::Timestamp) -> Result<(usize, usize), StoreError> {
    let due = store.claim_mail(now, 50).await?;
    let (mut sent, mut failed) = (0, 0);
    for m in due {
        match mailer.send(&m).await {
            Ok(()) => {
                store.mark_mail_sent(m.id).await?;
                sent += 1;
            }
            Err(e) => {
                tracing::warn!(mail = %m.id, attempts = m.attempts, error = %e, "e-mail not sent; will retry");
                store.mark_mail_failed(m.id, m.attempts, &e, now).await?;
                failed += 1;
            }
        }
    }
    Ok((sent, failed))
}

/// Queues tomorrow's reminders (appointments starting 20 to 28 hours from now whose
/// person agreed to reminders): by e-mail where the person gave an address, else by SMS
/// where they gave a phone number; one per appointment. Returns how many were queued.
pub async fn queue_reminders(state: &AppState, now: jiff::Timestamp) -> Result<usize, StoreError> {
    let from = welcomedesk_store::time::to_db(now + jiff::SignedDuration::from_hours(20));
    let to = welcomedesk_store::time::to_db(now + jiff::SignedDuration::from_hours(28));
    let tz = state.tz();
    let places = state.store.list_places().await?;
    let mut n = 0;
    for due in state.store.reminders_due(&from, &to).await? {
        let (appt, person, lang) = (due.appointment, due.person, due.language.as_str());
        let a = state.store.find_appointment(appt).await?;
        let start = welcomedesk_store::time::from_db(&a.starts_at)?;
        let end = welcomedesk_store::time::from_db(&a.ends_at)?;
        let civil = start.to_zoned(tz.clone()).datetime();
        let when = crate::coaching::when_text(state, lang, civil);
        let place = places.iter().find(|p| p.id == a.place_id);
        let about = About {
            when: &when,
            place: &a.place_name,
            address: place.map(|p| p.address.as_str()).unwrap_or(""),
            reference: &a.reference,
            link: None,
            matter: None,
            start,
            end,
        };
        let m = match (&due.email, &due.phone) {
            (Some(email), _) => compose(state, lang, email, true, &about),
            (None, Some(phone)) => compose_sms_reminder(state, lang, phone, &about),
            (None, None) => continue,
        };
        let queued = state
            .store
            .enqueue_mail(&welcomedesk_store::outbox::NewMail {
                kind: m.kind,
                channel: m.channel,
                appointment_id: Some(appt),
                person_id: Some(person),
                to: &m.to,
                subject: &m.subject,
                body: &m.body,
                ics: m.ics.as_deref(),
                language: &m.language,
            })
            .await?;
        n += usize::from(queued);
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    #[test]
    fn ics_lines_are_folded_and_escaped() {
        let long = "x".repeat(200);
        let f = super::fold(&format!("SUMMARY:{long}"));
        assert!(f.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(super::ics_escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let ar = "موعدك".repeat(30);
        assert!(super::fold(&ar).split("\r\n").all(|l| l.len() <= 75), "multi-byte characters are not split");
    }
}
