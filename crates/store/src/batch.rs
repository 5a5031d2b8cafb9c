//! Statements of one transaction sent together.
//!
//! Every statement sqlx runs on SQLite is a round trip from the request's task to the
//! connection's thread and back — two cross-thread wake-ups, tens of microseconds on a
//! small virtual machine — and inside a write transaction the single SQLite writer is
//! held across all of them (issue 10: the write paths' throughput is bounded by the
//! writer's time per transaction, not by SQLite's own work). A [`Batch`] sends its
//! statements to SQLite as one multi-statement query: one round trip. sqlx binds SQLite
//! parameters by their number (`$N` names the N-th argument of the whole query), so each
//! statement is written with its own `$1…` and renumbered after the previous ones' here.
//! PostgreSQL prepares one statement at a time: there the batch runs them one after the
//! other on the same transaction (its round trips are to the server, not between threads).
//! Either way the statements run in order and the first error stops the rest.

use crate::{Backend, Tx};
use sqlx::any::AnyRow;

/// One argument of a batched statement.
#[derive(Debug, Clone)]
pub(crate) enum Arg {
    Text(Option<String>),
    Int(Option<i64>),
}

impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(Some(v))
    }
}
impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(Some(v.to_owned()))
    }
}
impl From<Option<String>> for Arg {
    fn from(v: Option<String>) -> Self {
        Arg::Text(v)
    }
}
impl From<i64> for Arg {
    fn from(v: i64) -> Self {
        Arg::Int(Some(v))
    }
}
impl From<Option<i64>> for Arg {
    fn from(v: Option<i64>) -> Self {
        Arg::Int(v)
    }
}

/// Statements (each numbering its parameters from `$1`) with their arguments.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    statements: Vec<(String, Vec<Arg>)>,
}

impl Batch {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Adds a statement and its arguments (`$1` is `args[0]`).
    pub(crate) fn push(&mut self, sql: impl Into<String>, args: Vec<Arg>) -> &mut Self {
        self.statements.push((sql.into(), args));
        self
    }

    /// Runs the statements in order in `tx`.
    pub(crate) async fn run(self, tx: &mut Tx) -> std::result::Result<(), sqlx::Error> {
        self.fetch_all(tx).await.map(|_| ())
    }

    /// Runs the statements in order in `tx` and returns the rows they answered (those
    /// of a `SELECT` or a `RETURNING`), in order.
    pub(crate) async fn fetch_all(self, tx: &mut Tx) -> std::result::Result<Vec<AnyRow>, sqlx::Error> {
        match Backend::of(tx) {
            Backend::Sqlite => {
                let mut sql = String::new();
                let mut all = Vec::new();
                for (s, args) in self.statements {
                    if !sql.is_empty() {
                        sql.push_str(";\n");
                    }
                    sql.push_str(&renumbered(&s, all.len()));
                    all.extend(args);
                }
                bound(sqlx::query(sqlx::AssertSqlSafe(sql)), all).fetch_all(&mut **tx).await
            }
            Backend::Postgres => {
                let mut rows = Vec::new();
                for (s, args) in self.statements {
                    rows.extend(bound(sqlx::query(sqlx::AssertSqlSafe(s)), args).fetch_all(&mut **tx).await?);
                }
                Ok(rows)
            }
        }
    }
}

fn bound<'q>(
    mut q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    args: Vec<Arg>,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
    for a in args {
        q = match a {
            Arg::Text(v) => q.bind(v),
            Arg::Int(v) => q.bind(v),
        };
    }
    q
}

/// `sql` with each parameter `$N` written `$(N + offset)`. The statements batched are
/// the store's own, with no `$` inside a string literal.
fn renumbered(sql: &str, offset: usize) -> String {
    if offset == 0 {
        return sql.to_owned();
    }
    let mut out = String::with_capacity(sql.len() + 8);
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c != '$' {
            continue;
        }
        let mut digits = String::new();
        while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
            digits.push(*d);
            chars.next();
        }
        match digits.parse::<usize>() {
            Ok(n) => out.push_str(&(n + offset).to_string()),
            Err(_) => out.push_str(&digits),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::renumbered;

    #[test]
    fn parameters_are_numbered_on_from_the_previous_statements() {
        assert_eq!(renumbered("INSERT INTO t VALUES ($1, $2, $10)", 0), "INSERT INTO t VALUES ($1, $2, $10)");
        assert_eq!(renumbered("INSERT INTO t VALUES ($1, $2, $10)", 11), "INSERT INTO t VALUES ($12, $13, $21)");
        assert_eq!(renumbered("SELECT $ || $1", 2), "SELECT $ || $3");
    }
}
