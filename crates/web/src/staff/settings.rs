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
}

impl SettingsForm {
    fn into_input(self) -> CitySettingsInput {
        CitySettingsInput {
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
        }
    }
}

fn render(
    state: &AppState,
    ctx: &Ctx,
    input: &CitySettingsInput,
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
        context! { form => input, days => days, errors => errors, saved => saved,
        },
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
    render(&state, &ctx, &input, no_errors(), q.done.is_some(), StatusCode::OK)
}

pub(crate) async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    SignedIn(me): SignedIn,
    FormData(f): FormData<SettingsForm>,
) -> AppResult<Response> {
    let input = f.into_input();
    match CitySettings::parse(&input) {
        Ok(s) => {
            state
                .store
                .save_settings(&settings_to_map(&s), &AuditEvent::new(Some(me.id()), "settings.update", "settings"))
                .await?;
            state.refresh_settings(None).await;
            Ok(Redirect::to("/staff/settings?done=saved").into_response())
        }
        Err(inv) => {
            let errors = form_errors(&state.cat, ctx.lang.code, &inv);
            render(&state, &ctx, &input, errors, false, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}
