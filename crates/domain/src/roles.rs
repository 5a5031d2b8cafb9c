//! Staff roles. Each route of the service declares the roles that may use it, in one
//! table (web crate, `routes.rs`); this enum is the vocabulary of that table.

use std::fmt;
use std::str::FromStr;

/// What a staff account may do. A person holds exactly one role per account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Runs the service: programme, content, rules, reports, staff accounts (admin).
    Coordinator,
    /// Individual coaching in the newcomer's language.
    Counsellor,
    /// Holds group information modules; sees only their own session lists.
    Trainer,
    /// Information desk and hotline agent.
    Desk,
    /// Staff of one language-course provider; sees only what a voucher check needs.
    Provider,
    /// Immigration office clerk: records first permits and consents at issue.
    Clerk,
    /// The desk lead: a desk agent who also supervises the desk — the figures and their
    /// CSV, the questions without an article, the synonyms and the articles.
    DeskLead,
    /// A partner call centre's agent: logs contacts (anonymous ones; never linked to a
    /// person, `desk::may_link_person`), searches the knowledge base, uses the queue.
    /// Never sees the register (no people search, person pages or exports).
    PartnerAgent,
}

impl Role {
    pub const ALL: [Role; 8] = [
        Role::Coordinator,
        Role::Counsellor,
        Role::Trainer,
        Role::Desk,
        Role::Provider,
        Role::Clerk,
        Role::DeskLead,
        Role::PartnerAgent,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Coordinator => "coordinator",
            Role::Counsellor => "counsellor",
            Role::Trainer => "trainer",
            Role::Desk => "desk",
            Role::Provider => "provider",
            Role::Clerk => "clerk",
            Role::DeskLead => "desk_lead",
            Role::PartnerAgent => "partner_agent",
        }
    }

    /// How the role is stored: the desk lead and the partner agent are desk accounts
    /// with a duty (`staff_users.role` = 'desk', `desk_duty` = 'lead' / 'partner'), so
    /// that the accounts table needs no rebuild.
    pub fn stored(self) -> (&'static str, Option<&'static str>) {
        match self {
            Role::DeskLead => ("desk", Some("lead")),
            Role::PartnerAgent => ("desk", Some("partner")),
            r => (r.as_str(), None),
        }
    }

    /// The role of a stored account (the inverse of [`Role::stored`]); `None` for a
    /// combination the database's CHECK does not allow.
    pub fn from_stored(role: &str, duty: Option<&str>) -> Option<Role> {
        match (role, duty) {
            ("desk", Some("lead")) => Some(Role::DeskLead),
            ("desk", Some("partner")) => Some(Role::PartnerAgent),
            (r, None) => r.parse().ok(),
            _ => None,
        }
    }

    /// The desk's roles whose agents log contacts and use the queue.
    pub fn is_desk(self) -> bool {
        matches!(self, Role::Desk | Role::DeskLead | Role::PartnerAgent)
    }

    /// A provider account must name the provider organisation it works for; no other
    /// role may.
    pub fn needs_provider(self) -> bool {
        self == Role::Provider
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown role {0:?} (one of: coordinator, counsellor, trainer, desk, provider, clerk, desk_lead, partner_agent)"
)]
pub struct UnknownRole(pub String);

impl FromStr for Role {
    type Err = UnknownRole;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL.into_iter().find(|r| r.as_str() == s.trim()).ok_or_else(|| UnknownRole(s.to_owned()))
    }
}

/// Who may use a route: anyone, any signed-in staff member, or only some roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Public,
    AnyStaff,
    Roles(&'static [Role]),
}

impl Access {
    pub fn allows(self, role: Option<Role>) -> bool {
        match (self, role) {
            (Access::Public, _) => true,
            (_, None) => false,
            (Access::AnyStaff, Some(_)) => true,
            (Access::Roles(rs), Some(r)) => rs.contains(&r),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip() {
        for r in Role::ALL {
            assert_eq!(r.as_str().parse::<Role>().unwrap(), r);
        }
        assert!("admin".parse::<Role>().is_err());
        for r in Role::ALL {
            let (role, duty) = r.stored();
            assert_eq!(Role::from_stored(role, duty), Some(r));
        }
        assert_eq!(Role::DeskLead.stored(), ("desk", Some("lead")));
        assert_eq!(Role::from_stored("counsellor", Some("lead")), None);
        assert_eq!(Role::from_stored("desk", Some("boss")), None);
    }

    #[test]
    fn access_rules() {
        const C: &[Role] = &[Role::Coordinator];
        assert!(Access::Public.allows(None));
        assert!(!Access::AnyStaff.allows(None));
        assert!(Access::AnyStaff.allows(Some(Role::Trainer)));
        assert!(Access::Roles(C).allows(Some(Role::Coordinator)));
        assert!(!Access::Roles(C).allows(Some(Role::Provider)));
        assert!(!Access::Roles(C).allows(None));
    }
}
