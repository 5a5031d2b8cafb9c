//! Staff accounts, their server-side sessions and their API tokens.
//!
//! Session and token secrets never reach the database: only their SHA-256 hashes do
//! (the web layer hashes), so a copy of the database cannot be used to log in.

use crate::audit::insert_audit;
use crate::{Result, Store, StoreError, Tx, conflict_on_unique, new_id, parse_uuid, time};
use jiff::{SignedDuration, Timestamp};
use sqlx::Row;
use sqlx::any::AnyRow;
use welcomedesk_domain::Role;
use welcomedesk_domain::audit::AuditEvent;
use welcomedesk_domain::staff::{LOCKOUT_AFTER_FAILURES, LOCKOUT_MINUTES};

/// A staff account as stored (without its password hash).
#[derive(Debug, Clone, serde::Serialize)]
pub struct StaffUser {
    pub id: uuid::Uuid,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub provider_id: Option<uuid::Uuid>,
    pub provider_name: Option<String>,
    pub ui_language: String,
    pub disabled: bool,
    pub locked_until: Option<String>,
    pub created_at: String,
}

/// What is needed to store a new account: the checked input and its password hash.
pub struct InsertStaff<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub role: Role,
    pub provider_id: Option<uuid::Uuid>,
    pub password_hash: &'a str,
    pub ui_language: &'a str,
}

const USER_COLS: &str = "u.id, u.email, u.name, u.role, u.desk_duty, u.provider_id, p.name AS provider_name, \
     u.ui_language, u.disabled_at, u.locked_until, u.created_at";

fn user_from_row(r: &AnyRow) -> Result<StaffUser> {
    let role: String = r.try_get("role")?;
    let duty: Option<String> = r.try_get("desk_duty")?;
    Ok(StaffUser {
        id: parse_uuid(&r.try_get::<String, _>("id")?)?,
        email: r.try_get("email")?,
        name: r.try_get("name")?,
        role: Role::from_stored(&role, duty.as_deref())
            .ok_or_else(|| StoreError::Corrupt(format!("role {role:?} with duty {duty:?}")))?,
        provider_id: r.try_get::<Option<String>, _>("provider_id")?.map(|s| parse_uuid(&s)).transpose()?,
        provider_name: r.try_get("provider_name")?,
        ui_language: r.try_get("ui_language")?,
        disabled: r.try_get::<Option<String>, _>("disabled_at")?.is_some(),
        locked_until: r.try_get("locked_until")?,
        created_at: r.try_get("created_at")?,
    })
}

/// The outcome of a password check, decided by the caller from what it verified.
pub struct LoginRecord {
    pub user: StaffUser,
    pub password_hash: String,
    /// Locked at this moment (too many failures recently).
    pub locked: bool,
}

impl Store {
    pub async fn insert_staff(&self, s: &InsertStaff<'_>, actor: Option<uuid::Uuid>) -> Result<uuid::Uuid> {
        let id = new_id();
        let now = time::now();
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO staff_users (id, email, name, role, provider_id, password_hash, \
             ui_language, created_at, password_changed_at, desk_duty) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9)",
        )
        .bind(id.to_string())
        .bind(s.email.to_owned())
        .bind(s.name.to_owned())
        .bind(s.role.stored().0)
        .bind(s.provider_id.map(|p| p.to_string()))
        .bind(s.password_hash.to_owned())
        .bind(s.ui_language.to_owned())
        .bind(now)
        .bind(s.role.stored().1.map(str::to_owned))
        .execute(&mut *tx)
        .await
        .map_err(|e| conflict_on_unique(e, "staff_email"))?;
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "staff.create", "staff").on(id).detail(format!("role={}", s.role)),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn find_staff(&self, id: uuid::Uuid) -> Result<StaffUser> {
        let sql = format!(
            "SELECT {USER_COLS} FROM staff_users u LEFT JOIN providers p ON p.id = u.provider_id WHERE u.id = $1"
        );
        let r = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id.to_string())
            .fetch_optional(&self.read)
            .await?
            .ok_or(StoreError::NotFound)?;
        user_from_row(&r)
    }

    pub async fn find_staff_by_email(&self, email: &str) -> Result<StaffUser> {
        let sql = format!(
            "SELECT {USER_COLS} FROM staff_users u LEFT JOIN providers p ON p.id = u.provider_id WHERE u.email = $1"
        );
        let r = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(email.to_owned())
            .fetch_optional(&self.read)
            .await?
            .ok_or(StoreError::NotFound)?;
        user_from_row(&r)
    }

    pub async fn list_staff(&self) -> Result<Vec<StaffUser>> {
        let sql = format!(
            "SELECT {USER_COLS} FROM staff_users u LEFT JOIN providers p ON p.id = u.provider_id \
             ORDER BY u.disabled_at IS NOT NULL, u.role, u.name"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(&self.read).await?;
        rows.iter().map(user_from_row).collect()
    }

    /// The account and its hash for a login attempt, read from the writer so that a
    /// lockout just recorded is seen.
    pub async fn find_login(&self, email: &str, now: Timestamp) -> Result<LoginRecord> {
        let sql = format!(
            "SELECT {USER_COLS}, u.password_hash FROM staff_users u \
             LEFT JOIN providers p ON p.id = u.provider_id WHERE u.email = $1"
        );
        let r = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(email.to_owned())
            .fetch_optional(self.writer())
            .await?
            .ok_or(StoreError::NotFound)?;
        let user = user_from_row(&r)?;
        let locked = user.locked_until.as_deref().is_some_and(|t| t > time::to_db(now).as_str());
        Ok(LoginRecord { password_hash: r.try_get("password_hash")?, user, locked })
    }

    /// Counts a failed login; the fifth failure in a row locks the account for a while.
    /// One conditional statement, so parallel attempts cannot slip past the count.
    pub async fn record_login_failure(&self, user: uuid::Uuid, now: Timestamp) -> Result<()> {
        let until = time::to_db(now + SignedDuration::from_mins(LOCKOUT_MINUTES));
        let mut tx = self.begin().await?;
        sqlx::query(
            "UPDATE staff_users SET failed_logins = failed_logins + 1, \
               locked_until = CASE WHEN failed_logins + 1 >= $2 THEN $3 ELSE locked_until END \
             WHERE id = $1",
        )
        .bind(user.to_string())
        .bind(LOCKOUT_AFTER_FAILURES)
        .bind(until)
        .execute(&mut *tx)
        .await?;
        insert_audit(&mut tx, &AuditEvent::new(None, "staff.login_failed", "staff").on(user)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A successful login: clears the failure count and opens a session.
    pub async fn insert_session(&self, user: uuid::Uuid, token_hash: &str, expires_at: Timestamp) -> Result<()> {
        let now = time::now();
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE staff_users SET failed_logins = 0, locked_until = NULL WHERE id = $1")
            .bind(user.to_string())
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO staff_sessions (token_hash, user_id, created_at, last_seen_at, expires_at) \
             VALUES ($1, $2, $3, $3, $4)",
        )
        .bind(token_hash.to_owned())
        .bind(user.to_string())
        .bind(now)
        .bind(time::to_db(expires_at))
        .execute(&mut *tx)
        .await?;
        insert_audit(&mut tx, &AuditEvent::new(Some(user), "staff.login", "staff").on(user)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The live session's account: not expired, not idle too long, account not disabled.
    /// Returns the account and when the session was last seen.
    pub async fn find_session(
        &self,
        token_hash: &str,
        now: Timestamp,
        idle_limit: SignedDuration,
    ) -> Result<(StaffUser, Timestamp)> {
        let sql = format!(
            "SELECT {USER_COLS}, s.last_seen_at FROM staff_sessions s \
             JOIN staff_users u ON u.id = s.user_id \
             LEFT JOIN providers p ON p.id = u.provider_id \
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3 \
               AND u.disabled_at IS NULL"
        );
        let r = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(token_hash.to_owned())
            .bind(time::to_db(now))
            .bind(time::to_db(now - idle_limit))
            .fetch_optional(&self.read)
            .await?
            .ok_or(StoreError::NotFound)?;
        let seen = time::from_db(&r.try_get::<String, _>("last_seen_at")?)?;
        Ok((user_from_row(&r)?, seen))
    }

    /// Marks a session as used now (the caller throttles this to once a minute).
    pub async fn touch_session(&self, token_hash: &str, now: Timestamp) -> Result<()> {
        sqlx::query("UPDATE staff_sessions SET last_seen_at = $2 WHERE token_hash = $1")
            .bind(token_hash.to_owned())
            .bind(time::to_db(now))
            .execute(self.writer())
            .await?;
        Ok(())
    }

    pub async fn delete_session(&self, token_hash: &str, actor: Option<uuid::Uuid>) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM staff_sessions WHERE token_hash = $1")
            .bind(token_hash.to_owned())
            .execute(&mut *tx)
            .await?;
        if let Some(a) = actor {
            insert_audit(&mut tx, &AuditEvent::new(Some(a), "staff.logout", "staff").on(a)).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Removes sessions that have ended; returns how many.
    pub async fn delete_expired_sessions(&self, now: Timestamp, idle_limit: SignedDuration) -> Result<u64> {
        let r = sqlx::query("DELETE FROM staff_sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
            .bind(time::to_db(now))
            .bind(time::to_db(now - idle_limit))
            .execute(self.writer())
            .await?;
        Ok(r.rows_affected())
    }

    /// Sets a new password hash and ends every other session of the account.
    pub async fn update_password(
        &self,
        user: uuid::Uuid,
        new_hash: &str,
        keep_session: Option<&str>,
        actor: Option<uuid::Uuid>,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let r = sqlx::query(
            "UPDATE staff_users SET password_hash = $2, password_changed_at = $3, \
             failed_logins = 0, locked_until = NULL WHERE id = $1",
        )
        .bind(user.to_string())
        .bind(new_hash.to_owned())
        .bind(time::now())
        .execute(&mut *tx)
        .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        sqlx::query("DELETE FROM staff_sessions WHERE user_id = $1 AND token_hash <> $2")
            .bind(user.to_string())
            .bind(keep_session.unwrap_or("").to_owned())
            .execute(&mut *tx)
            .await?;
        insert_audit(&mut tx, &AuditEvent::new(actor, "staff.password_change", "staff").on(user)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Disables (or re-enables) an account; disabling ends its sessions and tokens.
    pub async fn set_staff_disabled(&self, user: uuid::Uuid, disabled: bool, actor: Option<uuid::Uuid>) -> Result<()> {
        let mut tx = self.begin().await?;
        let r =
            sqlx::query("UPDATE staff_users SET disabled_at = CASE WHEN $2 = 1 THEN $3 ELSE NULL END WHERE id = $1")
                .bind(user.to_string())
                .bind(i64::from(disabled))
                .bind(time::now())
                .execute(&mut *tx)
                .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        if disabled {
            end_sessions_and_tokens(&mut tx, user).await?;
        }
        let action = if disabled { "staff.disable" } else { "staff.enable" };
        insert_audit(&mut tx, &AuditEvent::new(actor, action, "staff").on(user)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Changes an account's role; its sessions end so the new role applies at once.
    pub async fn update_staff_role(
        &self,
        user: uuid::Uuid,
        role: Role,
        provider_id: Option<uuid::Uuid>,
        actor: Option<uuid::Uuid>,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let (stored, duty) = role.stored();
        let r = sqlx::query("UPDATE staff_users SET role = $2, provider_id = $3, desk_duty = $4 WHERE id = $1")
            .bind(user.to_string())
            .bind(stored)
            .bind(provider_id.map(|p| p.to_string()))
            .bind(duty.map(str::to_owned))
            .execute(&mut *tx)
            .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        sqlx::query("DELETE FROM staff_sessions WHERE user_id = $1").bind(user.to_string()).execute(&mut *tx).await?;
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "staff.role_change", "staff").on(user).detail(format!("role={role}")),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn update_ui_language(&self, user: uuid::Uuid, lang: &str) -> Result<()> {
        sqlx::query("UPDATE staff_users SET ui_language = $2 WHERE id = $1")
            .bind(user.to_string())
            .bind(lang.to_owned())
            .execute(self.writer())
            .await?;
        Ok(())
    }

    // --- API tokens ---------------------------------------------------------------

    pub async fn insert_token(
        &self,
        user: uuid::Uuid,
        token_hash: &str,
        label: &str,
        actor: Option<uuid::Uuid>,
    ) -> Result<uuid::Uuid> {
        let id = new_id();
        let mut tx = self.begin().await?;
        sqlx::query("INSERT INTO api_tokens (id, token_hash, user_id, label, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(id.to_string())
            .bind(token_hash.to_owned())
            .bind(user.to_string())
            .bind(label.to_owned())
            .bind(time::now())
            .execute(&mut *tx)
            .await?;
        insert_audit(
            &mut tx,
            &AuditEvent::new(actor, "token.issue", "api_token").on(id).detail(format!("user={user}")),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The account behind a live bearer token.
    pub async fn find_token_user(&self, token_hash: &str) -> Result<StaffUser> {
        let sql = format!(
            "SELECT {USER_COLS} FROM api_tokens t JOIN staff_users u ON u.id = t.user_id \
             LEFT JOIN providers p ON p.id = u.provider_id \
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.disabled_at IS NULL"
        );
        let r = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(token_hash.to_owned())
            .fetch_optional(&self.read)
            .await?
            .ok_or(StoreError::NotFound)?;
        user_from_row(&r)
    }

    /// Revokes a token by its id, or every token of an account.
    pub async fn revoke_tokens(
        &self,
        token_id: Option<uuid::Uuid>,
        user: Option<uuid::Uuid>,
        actor: Option<uuid::Uuid>,
    ) -> Result<u64> {
        let mut tx = self.begin().await?;
        let r = sqlx::query(
            "UPDATE api_tokens SET revoked_at = $3 WHERE revoked_at IS NULL \
             AND ($1 IS NULL OR id = $1) AND ($2 IS NULL OR user_id = $2) \
             AND ($1 IS NOT NULL OR $2 IS NOT NULL)",
        )
        .bind(token_id.map(|t| t.to_string()))
        .bind(user.map(|u| u.to_string()))
        .bind(time::now())
        .execute(&mut *tx)
        .await?;
        let ev = AuditEvent::new(actor, "token.revoke", "api_token");
        let ev = match (token_id, user) {
            (Some(t), _) => ev.on(t),
            (None, Some(u)) => ev.detail(format!("user={u}")),
            (None, None) => ev,
        };
        insert_audit(&mut tx, &ev).await?;
        tx.commit().await?;
        Ok(r.rows_affected())
    }

    /// Tokens of an account (never their secrets).
    pub async fn list_tokens(&self, user: uuid::Uuid) -> Result<Vec<(uuid::Uuid, String, String, bool)>> {
        let rows =
            sqlx::query("SELECT id, label, created_at, revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY id")
                .bind(user.to_string())
                .fetch_all(&self.read)
                .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    parse_uuid(&r.try_get::<String, _>("id")?)?,
                    r.try_get("label")?,
                    r.try_get("created_at")?,
                    r.try_get::<Option<String>, _>("revoked_at")?.is_some(),
                ))
            })
            .collect()
    }

    /// How many accounts exist (the demo refuses to overwrite a database in use).
    pub async fn count_staff(&self) -> Result<i64> {
        let r = sqlx::query("SELECT COUNT(*) AS n FROM staff_users").fetch_one(&self.read).await?;
        Ok(r.try_get("n")?)
    }
}

async fn end_sessions_and_tokens(tx: &mut Tx, user: uuid::Uuid) -> Result<()> {
    sqlx::query("DELETE FROM staff_sessions WHERE user_id = $1").bind(user.to_string()).execute(&mut **tx).await?;
    sqlx::query("UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL")
        .bind(user.to_string())
        .bind(time::now())
        .execute(&mut **tx)
        .await?;
    Ok(())
}
