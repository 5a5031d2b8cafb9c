//! SMS to newcomers through the city's HTTP SMS gateway (WELCOMEDESK_SMS_URL, with the
//! bearer token WELCOMEDESK_SMS_TOKEN). Messages wait in the same outbox as e-mails
//! (channel `sms`), queued in the transaction that causes them, claimed by one worker at
//! a time, retried with back-off and never lost; the queue page shows them.
//!
//! The request is deliberately plain, so any gateway (or a small adapter in front of a
//! provider) can take it: `POST <url>` with `Authorization: Bearer <token>` and the JSON
//! body `{"to": "+46701234567", "text": "…", "reference": "<outbox id>"}`; any 2xx
//! answer means accepted. `reference` lets the gateway drop a repeated request (a
//! retry after a lost answer).

use welcomedesk_store::{Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum SmsError {
    #[error("WELCOMEDESK_SMS_URL: {0}")]
    Url(String),
}

/// The gateway's address and credentials.
#[derive(Clone)]
pub struct SmsGateway {
    url: String,
    token: Option<String>,
    client: reqwest::Client,
}

impl SmsGateway {
    /// `url` must be http:// or https:// (https in production; http for a gateway on
    /// the same host or in tests).
    pub fn new(url: &str, token: Option<&str>) -> Result<Self, SmsError> {
        let url = url.trim();
        if !(url.starts_with("https://") || url.starts_with("http://")) || url.len() < 10 {
            return Err(SmsError::Url(format!("{url:?} must start with https:// (or http:// on the same host)")));
        }
        let client = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(20))
            .build()
            .map_err(|e| SmsError::Url(e.to_string()))?;
        Ok(Self { url: url.to_owned(), token: token.map(str::to_owned).filter(|t| !t.is_empty()), client })
    }

    async fn send(&self, id: uuid::Uuid, to: &str, text: &str) -> Result<(), String> {
        let mut req = self
            .client
            .post(&self.url)
            .json(&serde_json::json!({ "to": to, "text": text, "reference": id.to_string() }));
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        }
        let r = req.send().await.map_err(|e| format!("SMS gateway not reached: {e}"))?;
        if r.status().is_success() {
            Ok(())
        } else {
            // The status only: the gateway's answer could repeat the message.
            Err(format!("SMS gateway answered {}", r.status()))
        }
    }
}

/// Sends the SMS that are due; returns (sent, failed attempts).
pub async fn deliver_due(store: &Store, gw: &SmsGateway, now: jiff::Timestamp) -> Result<(usize, usize), StoreError> {
    let due = store.claim_messages(now, "sms", 50).await?;
    let (mut sent, mut failed) = (0, 0);
    for m in due {
        match gw.send(m.id, &m.to_address, &m.body).await {
            Ok(()) => {
                store.mark_mail_sent(m.id).await?;
                sent += 1;
            }
            Err(e) => {
                tracing::warn!(message = %m.id, attempts = m.attempts, error = %e, "SMS not sent; will retry");
                store.mark_mail_failed(m.id, m.attempts, &e, now).await?;
                failed += 1;
            }
        }
    }
    Ok((sent, failed))
}
