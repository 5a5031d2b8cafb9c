//! The audit log's vocabulary. An entry names who did what to which record, with ids
//! only — never a personal value — so the log itself needs no erasure.

/// One auditable event, before the store stamps it with an id and a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEvent {
    /// The staff account that acted; `None` for the public website or the system itself.
    pub actor: Option<uuid::Uuid>,
    /// `area.verb`, e.g. `staff.create`, `person.read`, `voucher.redeem`.
    pub action: &'static str,
    /// The kind of record, e.g. `staff`, `person`, `voucher`.
    pub entity: &'static str,
    /// The record's id, when there is one.
    pub entity_id: Option<String>,
    /// Ids or codes that explain the event (never names, dates of birth or addresses).
    pub detail: Option<String>,
}

impl AuditEvent {
    pub fn new(actor: Option<uuid::Uuid>, action: &'static str, entity: &'static str) -> Self {
        Self { actor, action, entity, entity_id: None, detail: None }
    }
    pub fn on(mut self, id: impl ToString) -> Self {
        self.entity_id = Some(id.to_string());
        self
    }
    pub fn detail(mut self, d: impl Into<String>) -> Self {
        self.detail = Some(d.into());
        self
    }
}
