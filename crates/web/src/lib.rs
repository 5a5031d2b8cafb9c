//! HTTP for the welcome service: the public website (`/{lang}/…`), the staff back office
//! (`/staff/…`), the JSON API (`/api/v1/…`, described at `/api/openapi.json`) and the
//! operational endpoints (`/healthz`, `/readyz`, `/metrics`).
//!
//! Handlers only translate HTTP: they parse input into domain types, call one function
//! of the area, and render. Which roles may use a route is declared in one table,
//! `routes::table()`.

pub mod api;
mod assets;
pub mod brochure;
pub mod coaching;
mod courses;
pub mod ctx;
pub mod demo;
pub mod desk;
pub mod directory;
mod districts;
pub mod error;
pub mod extract;
pub mod knowledge;
pub mod mail;
mod middleware;
mod ops;
pub mod page_cache;
pub mod password;
mod provider;
mod public;
pub mod register;
mod render;
pub mod reports;
pub mod routes;
pub mod sessions;
pub mod sms;
pub mod staff;
pub mod state;

pub use error::AppError;
pub use state::{AppState, WebConfig};

use std::net::SocketAddr;

/// Serves until `shutdown` completes; requests in flight are finished first.
pub async fn serve(
    state: AppState,
    listener: tokio::net::TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = routes::router(state);
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
}
