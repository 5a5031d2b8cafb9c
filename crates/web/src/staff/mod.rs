//! The staff back office under `/staff/`.

pub(crate) mod account;
pub(crate) mod audit;
pub(crate) mod brochure;
pub(crate) mod coaching;
pub(crate) mod desk;
pub(crate) mod directory;
pub(crate) mod knowledge;
pub(crate) mod login;
pub(crate) mod modules;
pub(crate) mod offers;
pub(crate) mod people;
pub(crate) mod planning;
pub(crate) mod reports;
pub(crate) mod settings;
pub mod users;
pub(crate) mod vouchers;

use crate::ctx::Ctx;
use crate::error::AppResult;
use crate::render::page;
use crate::state::AppState;
use axum::extract::State;
use axum::response::Response;
use minijinja::context;

/// The overview a staff member lands on after logging in.
pub(crate) async fn home(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let s = state.settings();
    page(&state, &ctx, "staff/home.html", context! { inhabitants => s.inhabitants, newcomers => s.newcomers_per_year })
}

/// A `next` target must be a path of ours, never another site (open redirect).
pub(crate) fn safe_next(next: Option<&str>, default: &str) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.starts_with("/\\") && !n.contains("://") => {
            n.to_owned()
        }
        _ => default.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn next_is_local() {
        assert_eq!(super::safe_next(Some("/staff/users"), "/staff/"), "/staff/users");
        assert_eq!(super::safe_next(Some("//evil.example"), "/staff/"), "/staff/");
        assert_eq!(super::safe_next(Some("https://evil.example"), "/staff/"), "/staff/");
        assert_eq!(super::safe_next(Some("/\\evil.example"), "/staff/"), "/staff/");
        assert_eq!(super::safe_next(None, "/staff/"), "/staff/");
    }
}
