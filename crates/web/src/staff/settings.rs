//! The city's settings (coordinator).

use crate::ctx::{Ctx, SignedIn};
use crate::error::AppResult;
use crate::extract::{FormData, QueryData};
use crate::render::{form_errors, no_errors, page_with_status};
use crate::state::{AppState, settings_to_map};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::context;
use welcomedesk_domain::audit::AuditEvent;
use welcomedesk_domain::courses::{STALE_SETTING, parse_stale_days};
use welcomedesk_domain::settings::{CitySettings, CitySettingsInput, DAY_FIELDS};

#[derive(serde::Deserialize, Default)]
pub(crate) struct SettingsForm {
    #[serde(default)]
    city_name: String,
    #[serde(default)]
    inhabitants: String,
    #[serde(default)]
    newcomers_per_year: String,
    #[serde(default)]
    desk_address: String,
    #[serde(default)]
    hours_mon: String,
    #[serde(default)]
    hours_tue: String,
    #[serde(default)]
    hours_wed: String,
    #[serde(default)]
    hours_thu: String,
    #[serde(default)]
    hours_fri: String,
    #[serde(default)]
    hours_sat: String,
    #[serde(default)]
    hours_sun: String,
    #[serde(default)]
    hotline_phone: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    timezone: String,
    #[serde(default)]
    source_language: String,
    #[serde(default)]
    postal_street: String,
    #[serde(default)]
    postal_code: String,
    #[serde(default)]
    postal_town: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    vat_id: String,
    /// Courses not confirmed by their provider for this many days drop out of the public
    /// view (`courses.stale_after_days`, issue 12).
    #[serde(default)]
    stale_after_days: String,
}

impl SettingsForm {
    fn into_input(self) -> (CitySettingsInput, String) {
        let stale = self.stale_after_days;
        let input = CitySettingsInput {
            city_name: self.city_name,
            inhabitants: self.inhabitants,
            newcomers_per_year: self.newcomers_per_year,
            desk_address: self.desk_address,
            desk_hours: [
                self.hours_mon,
                self.hours_tue,
                self.hours_wed,
                self.hours_thu,
                self.hours_fri,
                self.hours_sat,
                self.hours_sun,
            ],
            hotline_phone: self.hotline_phone,
            email: self.email,
            timezone: self.timezone,
            source_language: self.source_language,
            postal_street: self.postal_street,
            postal_code: self.postal_code,
            postal_town: self.postal_town,
            country: self.country,
            vat_id: self.vat_id,
        };
        (input, stale)
    }
}

fn render(
    state: &AppState,
    ctx: &Ctx,
    input: &CitySettingsInput,
    stale_after_days: &str,
    errors: minijinja::Value,
    saved: bool,
    status: StatusCode,
) -> AppResult<Response> {
    let days: Vec<minijinja::Value> = (0..7)
        .map(|d| context! { field => DAY_FIELDS[d], day => d + 1, value => input.desk_hours[d].clone() })
        .collect();
    page_with_status(
        state,
        ctx,
        "staff/settings.html",
        context! { form => input, days => days, errors => errors, saved => saved, stale_after_days => stale_after_days },
        status,
    )
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct Saved {
    done: Option<String>,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    QueryData(q): QueryData<Saved>,
) -> AppResult<Response> {
    state.refresh_settings(None).await;
    let input = state.settings().to_input();
    let stale = state.store.course_stale_days().await?.to_string();
    render(&state, &ctx, &input, &stale, no_errors(), q.done.is_some(), StatusCode::OK)
}

pub(crate) async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<SettingsForm>,
) -> AppResult<Response> {
    let (input, stale_raw) = f.into_input();
    let city = CitySettings::parse(&input);
    // Left empty (a form from before the field existed): the window stays as it is.
    let stale = match stale_raw.trim() {
        "" => Ok(None),
        raw => parse_stale_days("stale_after_days", raw).map(Some),
    };
    match (city, stale) {
        (Ok(s), Ok(days)) => {
            let mut map = settings_to_map(&s);
            if let Some(days) = days {
                map.insert(STALE_SETTING.to_owned(), days.to_string());
            }
            state.store.save_settings(&map, &AuditEvent::new(Some(me.id()), "settings.update", "settings")).await?;
            // The stale window changes what the public catalogue shows.
            state.catalogue.invalidate();
            state.refresh_settings(None).await;
            Ok(Redirect::to("/staff/settings?done=saved").into_response())
        }
        (city, stale) => {
            let mut inv = city.err().unwrap_or_default();
            if let Err(e) = stale {
                inv.push(e);
            }
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            render(&state, &ctx, &input, &stale_raw, errors, false, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}
