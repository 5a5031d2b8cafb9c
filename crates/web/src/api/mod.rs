//! The JSON API under `/api/v1`, described by the OpenAPI 3.1 document at
//! `/api/openapi.json`, generated from these handlers (a test checks that every API
//! route of the route table is in the document and the other way round).
//!
//! Errors are RFC 9457 `application/problem+json` with a stable `code`.

pub(crate) mod brochure;
pub(crate) mod coaching;
pub(crate) mod courses;
pub(crate) mod desk;
pub(crate) mod directory;
pub(crate) mod districts;
pub(crate) mod foundation;
pub(crate) mod offers;
pub(crate) mod register;
pub(crate) mod reports;
pub(crate) mod sessions;
pub(crate) mod vouchers;

use crate::ctx::Ctx;
use crate::error::AppError;
use crate::render::field_message;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};

/// An RFC 9457 problem.
#[derive(serde::Serialize, ToSchema)]
pub struct Problem {
    /// A URI naming the kind of problem.
    #[serde(rename = "type")]
    pub kind: String,
    /// A short, translated summary.
    pub title: String,
    pub status: u16,
    /// A translated explanation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Stable snake_case code to match on.
    pub code: String,
    /// For `validation_failed`: what is wrong with which field.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ProblemField>,
}

#[derive(serde::Serialize, ToSchema)]
pub struct ProblemField {
    pub field: String,
    pub code: String,
    /// For problems in an uploaded file: the line (the header is line 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<i64>,
    /// Translated into the request's `Accept-Language`.
    pub message: String,
}

pub(crate) fn problem(state: &AppState, ctx: &Ctx, err: &AppError) -> Response {
    let lang = ctx.lang.code;
    let key = err.page_key();
    let errors = match err {
        AppError::Invalid(inv) => inv
            .errors
            .iter()
            .map(|e| ProblemField {
                field: e.field.to_owned(),
                code: e.code.to_owned(),
                line: None,
                message: field_message(&state.cat, lang, e),
            })
            .collect(),
        AppError::InvalidFile(rows) => rows
            .iter()
            .map(|r| ProblemField {
                field: r.column.clone(),
                code: r.code.to_owned(),
                line: Some(r.line as i64),
                message: field_message(&state.cat, lang, &welcomedesk_domain::FieldError::new("file", r.code)),
            })
            .collect(),
        _ => vec![],
    };
    let detail = match err {
        AppError::BadRequest(d) if !d.is_empty() => Some(d.clone()),
        AppError::Internal(_) => Some(state.cat.plain(lang, "error-page-server-body", &[])),
        AppError::Conflict(c) if state.cat.has("en", &crate::render::conflict_key(c)) => {
            Some(state.cat.plain(lang, &crate::render::conflict_key(c), &[]))
        }
        _ => Some(state.cat.plain(lang, &format!("error-page-{key}-body"), &[])),
    };
    let p = Problem {
        kind: format!("https://welcomedesk.invalid/problems/{}", err.code()),
        title: state.cat.plain(lang, &format!("error-page-{key}-title"), &[]),
        status: err.status().as_u16(),
        detail,
        code: err.code().to_owned(),
        errors,
    };
    let mut r = (err.status(), Json(p)).into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
    if matches!(err, AppError::Unauthenticated) {
        r.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    r
}

struct Security;

impl Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(utoipa::openapi::security::ApiKey::Cookie(
                utoipa::openapi::security::ApiKeyValue::new("wd_session"),
            )),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "welcomedesk API",
        version = "1",
        description = "The JSON API of welcomedesk, a city's welcome service for new residents. \
            API clients authenticate with a bearer token issued to a staff account \
            (`welcomedesk token issue`); browsers use the session cookie and send the \
            CSRF token in the `X-CSRF-Token` header. Errors are RFC 9457 problem documents."
    ),
    paths(
        foundation::get_current_staff,
        foundation::list_staff,
        foundation::create_staff,
        foundation::list_audit,
        foundation::list_languages,
        foundation::get_settings,
        register::create_person,
        register::find_duplicates,
        register::search_people,
        register::get_person,
        register::update_person,
        register::erase_person,
        register::merge_people,
        register::export_person,
        register::record_consent,
        register::withdraw_consent,
        register::update_profile,
        register::import_permits,
        register::list_processing_records,
        coaching::list_places,
        coaching::create_place,
        coaching::update_place,
        coaching::list_matters,
        coaching::create_matter,
        coaching::update_matter,
        coaching::list_topics,
        coaching::create_topic,
        coaching::update_topic,
        coaching::upsert_counsellor,
        coaching::list_slots,
        coaching::book,
        coaching::cancel,
        coaching::move_appointment,
        coaching::record_outcome,
        coaching::list_follow_ups,
        coaching::list_childcare,
        coaching::add_absence,
        coaching::list_kinds,
        coaching::set_kind,
        coaching::list_counsellors,
        coaching::get_counsellor,
        coaching::add_hours,
        coaching::remove_hours,
        coaching::remove_absence,
        brochure::list_chapters,
        brochure::save_version,
        brochure::set_stage,
        brochure::coverage,
        brochure::list_editions,
        brochure::freeze,
        brochure::print_plan,
        brochure::review,
        brochure::brochure_pdf,
        brochure::leaflet_pdf,
        directory::list,
        directory::upsert,
        sessions::list_topics,
        sessions::create_topic,
        sessions::list_venues,
        sessions::create_venue,
        sessions::update_venue,
        sessions::list_trainers,
        sessions::create_trainer,
        sessions::mark_absent,
        sessions::list_sessions,
        sessions::create_session,
        sessions::set_status,
        sessions::list_registrations,
        sessions::register,
        sessions::cancel_registration,
        sessions::check_in,
        sessions::solve_roster,
        sessions::submit_survey,
        sessions::list_topic_requests,
        desk::log_contact,
        desk::search,
        desk::list_articles,
        desk::create_article,
        desk::save_article_version,
        desk::list_synonyms,
        desk::create_synonym_group,
        desk::list_gaps,
        desk::take_ticket,
        desk::call_next,
        desk::get_queue,
        desk::request_interpreter,
        desk::list_interpreting,
        desk::set_interpreting_status,
        desk::dashboard,
        reports::get_report,
        reports::plan_service,
        reports::list_scenarios,
        reports::list_steps,
        reports::update_step,
        reports::get_working_group,
        reports::add_organisation,
        reports::add_member,
        reports::remove_member,
        reports::add_meeting,
        reports::add_item,
        reports::set_item_done,
        vouchers::issue_passport,
        vouchers::verify_passport,
        vouchers::list_vouchers,
        vouchers::issue_voucher,
        vouchers::revoke_voucher,
        vouchers::lookup_voucher,
        vouchers::redeem_voucher,
        vouchers::report_progress,
        vouchers::list_invoices,
        vouchers::make_invoice,
        vouchers::credit_invoice,
        vouchers::list_redemptions,
        vouchers::set_standing,
        vouchers::get_provider,
        vouchers::update_provider_details,
        vouchers::list_courses,
        vouchers::create_course,
        vouchers::list_rules,
        vouchers::create_rule,
        vouchers::reconciliation,
        offers::list_offers,
        offers::create_offer,
        offers::get_offer,
        offers::update_offer,
        vouchers::passport_pdf,
        vouchers::voucher_pdf,
        vouchers::invoice_csv,
        courses::list,
        courses::find,
        courses::upsert,
        courses::reserve_seat,
        courses::person_reservations,
        courses::provider_reservations,
        courses::set_reservation_status,
        districts::list,
        districts::update,
        districts::delete,
        vouchers::invoice_pdf,
        vouchers::invoice_ubl,
    ),
    components(schemas(Problem, ProblemField)),
    modifiers(&Security, &ClosedAllOf),
    tags((name = "staff", description = "Staff accounts and the audit log"),
         (name = "coaching", description = "Individual coaching: places, counsellors, slots, appointments"),
         (name = "desk", description = "The information desk and hotline: contact log, knowledge base and its search, walk-in queue, interpreting, the desk lead's figures"),
         (name = "courses", description = "The language-course catalogue and the finder"),
         (name = "content", description = "The directory of authorities, the welcome brochure, editions and the leaflet"),
         (name = "modules", description = "Group information modules: topics, venues, trainers, sessions, registration, attendance, rostering, surveys"),
         (name = "reports", description = "Evaluation reports (small groups suppressed), the budget and staffing planner, the set-up steps"),
         (name = "register", description = "The register of service users: intake, consent, search, GDPR rights"),
         (name = "service", description = "The service's languages and settings"),
         (name = "vouchers", description = "Passports, language-course vouchers, providers, redemptions, invoices"))
)]
pub struct ApiDoc;

/// A request body made of a flattened part and its own fields (`#[serde(flatten)]` with
/// `#[schema(inline)]`) comes out as an `allOf` of closed objects, which no body can
/// satisfy; this merges such an `allOf` into the one closed object the server accepts.
struct ClosedAllOf;

impl Modify for ClosedAllOf {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let Some(c) = openapi.components.as_mut() else { return };
        for schema in c.schemas.values_mut() {
            let Ok(mut v) = serde_json::to_value(&*schema) else { continue };
            if merge_closed_all_of(&mut v)
                && let Ok(merged) = serde_json::from_value(v)
            {
                *schema = merged;
            }
        }
    }
}

fn merge_closed_all_of(v: &mut serde_json::Value) -> bool {
    use serde_json::Value;
    let Some(items) = v.get("allOf").and_then(Value::as_array) else { return false };
    let object = Value::String("object".into());
    if !items.iter().all(|i| i.get("type") == Some(&object))
        || !items.iter().any(|i| i.get("additionalProperties") == Some(&Value::Bool(false)))
    {
        return false;
    }
    let mut properties = serde_json::Map::new();
    let mut required: Vec<Value> = vec![];
    for i in items {
        if let Some(p) = i.get("properties").and_then(Value::as_object) {
            properties.extend(p.clone());
        }
        if let Some(r) = i.get("required").and_then(Value::as_array) {
            required.extend(r.iter().cloned());
        }
    }
    let mut merged = serde_json::json!({
        "type": "object", "properties": properties, "required": required, "additionalProperties": false,
    });
    if let Some(d) = v.get("description") {
        merged["description"] = d.clone();
    }
    *v = merged;
    true
}

/// The OpenAPI document.
pub fn openapi() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

pub(crate) async fn openapi_json(State(_): State<AppState>) -> Response {
    let doc = openapi();
    match doc.to_json() {
        Ok(s) => {
            let mut r = s.into_response();
            r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
            r
        }
        Err(e) => AppError::Internal(e.to_string()).into_response(),
    }
}
