//! Every route of the service and who may use it — in this one table. The router is
//! built from it, and the access-control test walks it: for every route and every role
//! it proves that what is not allowed is refused.

use crate::middleware::{context, guard, not_found, status_only};
use crate::staff::people;
use crate::state::AppState;
use crate::{api, courses, districts, ops, provider, public, staff};
use axum::Router;
use axum::handler::Handler;
use axum::http::{Method, StatusCode};
use axum::middleware::from_fn_with_state;
use axum::routing::{MethodRouter, get, post};
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;
use welcomedesk_domain::Role::{self, *};
use welcomedesk_domain::roles::Access;

/// One route: method, path (axum syntax), who may use it, and its handler.
pub struct RouteDef {
    pub method: Method,
    pub path: &'static str,
    pub access: Access,
    handler: MethodRouter<AppState>,
}

const COORDINATOR: &[Role] = &[Coordinator];
/// Who works with people's records: not trainers (they see names on their own session
/// lists only) and never course providers.
/// The partner call centre's agents never see the register.
const PEOPLE_STAFF: &[Role] = &[Coordinator, Counsellor, Desk, DeskLead, Clerk];
/// Optional profile data: counsellors and the coordinator (docs/DATA-MAP.md).
const PROFILE_STAFF: &[Role] = &[Coordinator, Counsellor];
const INTAKE_STAFF: &[Role] = &[Coordinator, Clerk];
/// The immigration office's leaflet: clerks hand it out, the coordinator keeps it.
const LEAFLET_STAFF: &[Role] = &[Coordinator, Clerk];
/// The information desk and hotline: its agents (the city's, their lead, and the
/// partner call centre's) and the coordinator: contacts, knowledge search, the queue.
const DESK_STAFF: &[Role] = &[Coordinator, Desk, DeskLead, PartnerAgent];
/// The city's own desk (not the partner call centre): interpreters, the articles' list.
const CITY_DESK_STAFF: &[Role] = &[Coordinator, Desk, DeskLead];
/// Who supervises the desk: the figures and their CSV, the gaps, synonyms, articles.
const DESK_LEAD_STAFF: &[Role] = &[Coordinator, DeskLead];

const PUBLIC: Access = Access::Public;
const ANY_STAFF: Access = Access::AnyStaff;
const COORD: Access = Access::Roles(COORDINATOR);
const PEOPLE: Access = Access::Roles(PEOPLE_STAFF);
const PROFILE: Access = Access::Roles(PROFILE_STAFF);
const INTAKE: Access = Access::Roles(INTAKE_STAFF);
const CONTENT_LEAFLET: Access = Access::Roles(LEAFLET_STAFF);
/// Who checks participants in: the trainers and the staff who meet people.
const CHECK_IN_STAFF: &[Role] = &[Coordinator, Trainer, Counsellor, Desk, DeskLead];
const CHECK_IN: Access = Access::Roles(CHECK_IN_STAFF);
/// Who sees a session's registrations: as check-in (trainers see their lists).
const SESSION_LISTS: Access = Access::Roles(CHECK_IN_STAFF);
/// Who cancels a registration for someone: the staff who register people.
const REGISTER_STAFF: &[Role] = &[Coordinator, Counsellor, Desk, DeskLead, Clerk];
const REGISTERING: Access = Access::Roles(REGISTER_STAFF);
const DESK: Access = Access::Roles(DESK_STAFF);
const CITY_DESK: Access = Access::Roles(CITY_DESK_STAFF);
const DESK_LEAD: Access = Access::Roles(DESK_LEAD_STAFF);
/// Course providers' own accounts (voucher look-up, redemption, progress).
const PROVIDER_ONLY: &[Role] = &[Provider];
/// Provider data: the coordinator (all providers) and a provider (its own; the handler
/// refuses another's, `domain::vouchers::may_see_provider`).
const PROVIDER_DATA: &[Role] = &[Coordinator, Provider];
/// Passport checks: everyone who meets people with a passport in hand.
const PASSPORT_CHECKERS: &[Role] = &[Coordinator, Counsellor, Desk, DeskLead, Clerk, Trainer, Provider];
const PROVIDER: Access = Access::Roles(PROVIDER_ONLY);
const PROVIDERS: Access = Access::Roles(PROVIDER_DATA);
/// A reservation's status: the provider answers, the counsellor cancels, the coordinator both.
const RESERVATION_STAFF: &[Role] = &[Coordinator, Counsellor, Provider];
const RESERVATION_ANSWER: Access = Access::Roles(RESERVATION_STAFF);
const PASSPORT_CHECK: Access = Access::Roles(PASSPORT_CHECKERS);

fn r<H, T>(method: Method, path: &'static str, access: Access, h: H) -> RouteDef
where
    H: Handler<T, AppState>,
    T: 'static,
{
    let handler = if method == Method::POST {
        post(h)
    } else if method == Method::GET {
        get(h)
    } else {
        axum::routing::on(
            axum::routing::MethodFilter::try_from(method.clone()).unwrap_or(axum::routing::MethodFilter::GET),
            h,
        )
    };
    RouteDef { method, path, access, handler }
}

/// The table. Keep it sorted by area; each area's issue adds its rows here.
pub fn table() -> Vec<RouteDef> {
    use Method as M;
    vec![
        // Operations.
        r(M::GET, "/healthz", PUBLIC, ops::healthz),
        r(M::GET, "/readyz", PUBLIC, ops::readyz),
        r(M::GET, "/metrics", PUBLIC, ops::metrics),
        r(M::GET, "/static/{file}", PUBLIC, ops::static_file),
        // The public website.
        r(M::GET, "/", PUBLIC, public::root),
        r(M::GET, "/{lang}", PUBLIC, public::lang_root),
        r(M::GET, "/{lang}/", PUBLIC, public::start),
        r(M::GET, "/{lang}/accessibility", PUBLIC, public::accessibility),
        r(M::GET, "/{lang}/privacy", PUBLIC, public::privacy),
        r(M::GET, "/{lang}/coaching", PUBLIC, public::coaching::start),
        r(M::GET, "/{lang}/coaching/times", PUBLIC, public::coaching::times),
        r(M::GET, "/{lang}/coaching/details", PUBLIC, public::coaching::details),
        r(M::POST, "/{lang}/coaching/check", PUBLIC, public::coaching::check),
        r(M::POST, "/{lang}/coaching/book", PUBLIC, public::coaching::book),
        r(M::GET, "/{lang}/coaching/appointment/{token}", PUBLIC, public::coaching::appointment),
        r(M::POST, "/{lang}/coaching/appointment/{token}/cancel", PUBLIC, public::coaching::cancel),
        r(M::GET, "/{lang}/coaching/appointment/{token}/move", PUBLIC, public::coaching::move_form),
        r(M::POST, "/{lang}/coaching/appointment/{token}/move", PUBLIC, public::coaching::move_appointment),
        // Content (issue 7): the brochure, the directory, the leaflet.
        r(M::GET, "/{lang}/modules", PUBLIC, public::sessions::calendar),
        r(M::GET, "/{lang}/modules.ics", PUBLIC, public::sessions::feed),
        r(M::GET, "/{lang}/modules/{id}", PUBLIC, public::sessions::session),
        r(M::POST, "/{lang}/modules/{id}", PUBLIC, public::sessions::register),
        r(M::GET, "/{lang}/modules/registration/{token}", PUBLIC, public::sessions::registration),
        r(M::POST, "/{lang}/modules/registration/{token}/cancel", PUBLIC, public::sessions::cancel),
        r(M::GET, "/{lang}/survey/{token}", PUBLIC, public::sessions::survey),
        r(M::POST, "/{lang}/survey/{token}", PUBLIC, public::sessions::submit_survey),
        r(M::GET, "/{lang}/brochure", PUBLIC, public::brochure::index),
        r(M::GET, "/{lang}/brochure/{slug}", PUBLIC, public::brochure::chapter),
        r(M::GET, "/{lang}/addresses", PUBLIC, public::brochure::addresses),
        r(M::GET, "/{lang}/brochure.pdf", PUBLIC, public::brochure::brochure_pdf),
        r(M::GET, "/{lang}/leaflet.pdf", PUBLIC, public::brochure::leaflet_pdf),
        // Language courses (issue 12): the catalogue and the finder.
        r(M::GET, "/{lang}/courses", PUBLIC, courses::public::list),
        r(M::GET, "/{lang}/courses/find", PUBLIC, courses::public::finder),
        // The desk (issue 8): the FAQ from the knowledge base, the waiting room's screen.
        r(M::GET, "/{lang}/faq", PUBLIC, public::desk::faq),
        r(M::GET, "/{lang}/queue", PUBLIC, public::desk::queue),
        // Staff: login and the shell.
        r(M::GET, "/staff/login", PUBLIC, staff::login::login_page),
        r(M::POST, "/staff/login", PUBLIC, staff::login::login),
        r(M::POST, "/staff/logout", ANY_STAFF, staff::login::logout),
        r(M::POST, "/staff/language", PUBLIC, staff::login::set_language),
        r(M::GET, "/staff/", ANY_STAFF, staff::home),
        r(M::GET, "/staff/account", ANY_STAFF, staff::account::show),
        r(M::POST, "/staff/account/password", ANY_STAFF, staff::account::change_password),
        // Staff accounts, settings and the audit log.
        r(M::GET, "/staff/users", COORD, staff::users::list),
        r(M::POST, "/staff/users", COORD, staff::users::create),
        r(M::GET, "/staff/users/{id}/disable", COORD, staff::users::confirm_disable),
        r(M::POST, "/staff/users/{id}/disable", COORD, staff::users::disable),
        r(M::POST, "/staff/users/{id}/enable", COORD, staff::users::enable),
        r(M::GET, "/staff/settings", COORD, staff::settings::show),
        r(M::POST, "/staff/settings", COORD, staff::settings::save),
        r(M::GET, "/staff/audit", COORD, staff::audit::list),
        // The register of service users.
        r(M::GET, "/staff/people", PEOPLE, people::search),
        r(M::GET, "/staff/people/new", PEOPLE, people::new_form),
        r(M::POST, "/staff/people", PEOPLE, people::create),
        r(M::GET, "/staff/people/consent-texts/{lang}", PEOPLE, people::consent_texts),
        r(M::GET, "/staff/people/{id}", PEOPLE, people::show),
        r(M::GET, "/staff/people/{id}/edit", PEOPLE, people::edit_form),
        r(M::POST, "/staff/people/{id}/edit", PEOPLE, people::update),
        r(M::POST, "/staff/people/{id}/consents", PEOPLE, people::give_consent),
        r(M::GET, "/staff/people/{id}/consents/{purpose}/withdraw", PEOPLE, people::confirm_withdraw),
        r(M::POST, "/staff/people/{id}/consents/{purpose}/withdraw", PEOPLE, people::withdraw),
        r(M::GET, "/staff/people/{id}/profile", PROFILE, people::profile_form),
        r(M::POST, "/staff/people/{id}/profile", PROFILE, people::save_profile),
        r(M::GET, "/staff/people/{id}/merge", COORD, people::merge_form),
        r(M::POST, "/staff/people/{id}/merge", COORD, people::merge),
        r(M::GET, "/staff/people/{id}/export", COORD, people::export_html),
        r(M::GET, "/staff/people/{id}/export.json", COORD, people::export_json),
        r(M::GET, "/staff/people/{id}/erase", COORD, people::confirm_erase),
        r(M::POST, "/staff/people/{id}/erase", COORD, people::erase),
        r(M::GET, "/staff/people/{id}/book", PEOPLE, staff::coaching::book_form),
        r(M::POST, "/staff/people/{id}/book", PEOPLE, staff::coaching::book),
        r(M::GET, "/staff/appointments/{id}/cancel", PEOPLE, staff::coaching::confirm_cancel),
        r(M::POST, "/staff/appointments/{id}/cancel", PEOPLE, staff::coaching::cancel),
        r(M::GET, "/staff/appointments/{id}/move", PEOPLE, staff::coaching::move_form),
        r(M::POST, "/staff/appointments/{id}/move", PEOPLE, staff::coaching::move_appointment),
        r(M::GET, "/staff/appointments/{id}/outcome", PROFILE, staff::coaching::outcome_form),
        r(M::POST, "/staff/appointments/{id}/outcome", PROFILE, staff::coaching::save_outcome),
        r(M::GET, "/staff/coaching/follow-ups", PROFILE, staff::coaching::follow_ups),
        r(M::POST, "/staff/coaching/follow-ups/invite", PROFILE, staff::coaching::invite),
        r(M::GET, "/staff/coaching/follow-ups/letters.pdf", PROFILE, staff::coaching::letters_pdf),
        r(M::GET, "/staff/coaching/childcare", PEOPLE, staff::coaching::childcare),
        r(M::GET, "/staff/coaching/coverage", COORD, staff::coaching::coverage),
        r(M::GET, "/staff/coaching/counsellors", COORD, staff::coaching::counsellors),
        r(M::POST, "/staff/coaching/counsellors", COORD, staff::coaching::add_counsellor),
        r(M::GET, "/staff/coaching/counsellors/{id}", COORD, staff::coaching::counsellor),
        r(M::POST, "/staff/coaching/counsellors/{id}", COORD, staff::coaching::save_counsellor),
        r(M::POST, "/staff/coaching/counsellors/{id}/hours", COORD, staff::coaching::add_hours),
        r(M::POST, "/staff/coaching/counsellors/{id}/hours/{hours_id}/remove", COORD, staff::coaching::remove_hours),
        r(M::POST, "/staff/coaching/counsellors/{id}/absences", COORD, staff::coaching::add_absence),
        r(
            M::POST,
            "/staff/coaching/counsellors/{id}/absences/{absence_id}/remove",
            COORD,
            staff::coaching::remove_absence,
        ),
        r(M::GET, "/staff/coaching/kinds", COORD, staff::coaching::kinds),
        r(M::POST, "/staff/coaching/kinds", COORD, staff::coaching::save_kinds),
        r(M::GET, "/staff/outbox", COORD, staff::coaching::outbox),
        r(M::GET, "/staff/coaching/places", COORD, staff::coaching::places),
        r(M::POST, "/staff/coaching/places", COORD, staff::coaching::create_place),
        r(M::GET, "/staff/coaching/places/{id}", COORD, staff::coaching::edit_place),
        r(M::POST, "/staff/coaching/places/{id}", COORD, staff::coaching::update_place),
        r(M::GET, "/staff/coaching/lists/{list}", COORD, staff::coaching::items),
        r(M::POST, "/staff/coaching/lists/{list}", COORD, staff::coaching::create_item),
        r(M::GET, "/staff/coaching/lists/{list}/{item_id}", COORD, staff::coaching::edit_item),
        r(M::POST, "/staff/coaching/lists/{list}/{item_id}", COORD, staff::coaching::update_item),
        r(M::GET, "/staff/appointments/{id}/letter.pdf", PEOPLE, staff::coaching::confirmation_letter),
        r(M::GET, "/staff/intake/import", INTAKE, people::import_form),
        r(M::POST, "/staff/intake/import", INTAKE, people::import_upload),
        r(M::GET, "/staff/privacy", COORD, people::records),
        r(M::POST, "/staff/privacy/retention", COORD, people::save_retention),
        // Language courses (issue 12): providers' own courses, the stale list, the finder
        // for a person.
        r(M::GET, "/staff/courses", PROVIDERS, courses::staff::index),
        r(M::GET, "/staff/courses/new", PROVIDERS, courses::staff::new_form),
        r(M::POST, "/staff/courses", PROVIDERS, courses::staff::create),
        r(M::GET, "/staff/courses/{id}", PROVIDERS, courses::staff::edit_form),
        r(M::POST, "/staff/courses/{id}", PROVIDERS, courses::staff::update),
        r(M::GET, "/staff/people/{id}/courses", PROFILE, courses::staff::person_finder),
        // The city's districts and their neighbours (the finder's distance).
        r(M::GET, "/staff/districts", COORD, districts::index),
        r(M::POST, "/staff/districts", COORD, districts::create),
        r(M::GET, "/staff/districts/{id}", COORD, districts::edit_form),
        r(M::POST, "/staff/districts/{id}", COORD, districts::update),
        r(M::POST, "/staff/districts/{id}/delete", COORD, districts::delete),
        // Seat reservations with the provider: the counsellor from the finder and the
        // person's page, the provider in its portal.
        r(M::POST, "/staff/people/{id}/reservations", PROFILE, courses::reservations::reserve),
        r(M::POST, "/staff/reservations/{id}/cancel", PROFILE, courses::reservations::cancel),
        r(M::GET, "/staff/courses/reservations", PROVIDERS, courses::reservations::list),
        r(M::POST, "/staff/courses/reservations/{id}", PROVIDERS, courses::reservations::answer),
        // Content (issue 7): directory, brochure, editions, review, leaflets.
        r(M::GET, "/staff/directory", ANY_STAFF, staff::directory::list),
        r(M::GET, "/staff/directory/new", COORD, staff::directory::new_form),
        r(M::POST, "/staff/directory", COORD, staff::directory::create),
        r(M::GET, "/staff/directory/{id}", COORD, staff::directory::edit_form),
        r(M::POST, "/staff/directory/{id}", COORD, staff::directory::update),
        r(M::POST, "/staff/directory/{id}/verify", COORD, staff::directory::verify),
        r(M::GET, "/staff/brochure", COORD, staff::brochure::coverage),
        r(M::GET, "/staff/brochure/editions", COORD, staff::brochure::editions),
        r(M::POST, "/staff/brochure/editions", COORD, staff::brochure::freeze),
        r(M::GET, "/staff/brochure/{slug}/{lang}", COORD, staff::brochure::edit_form),
        r(M::POST, "/staff/brochure/{slug}/{lang}", COORD, staff::brochure::save),
        r(M::POST, "/staff/brochure/{slug}/{lang}/stage", COORD, staff::brochure::set_stage),
        r(M::POST, "/staff/brochure/{slug}/reviewed", COORD, staff::brochure::mark_reviewed),
        r(M::GET, "/staff/content/review", COORD, staff::brochure::review),
        r(M::POST, "/staff/content/review", COORD, staff::brochure::save_review_period),
        r(M::GET, "/staff/leaflets", CONTENT_LEAFLET, staff::brochure::leaflets),
        // The desk (issue 8): contact log, knowledge search, queue, interpreters, the
        // lead's figures, articles and synonyms.
        r(M::GET, "/staff/desk", DESK, staff::desk::contact_form),
        r(M::POST, "/staff/desk", DESK, staff::desk::log_contact),
        r(M::GET, "/staff/knowledge", DESK, staff::desk::knowledge),
        r(M::GET, "/staff/desk/queue", DESK, staff::desk::queue),
        r(M::POST, "/staff/desk/queue/ticket", DESK, staff::desk::take_ticket),
        r(M::POST, "/staff/desk/queue/call", DESK, staff::desk::call_next),
        r(M::GET, "/staff/desk/interpreting", CITY_DESK, staff::knowledge::interpreting),
        r(M::POST, "/staff/desk/interpreting", CITY_DESK, staff::knowledge::request_interpreter),
        r(M::POST, "/staff/desk/interpreting/{id}/status", CITY_DESK, staff::knowledge::set_interpreting_status),
        r(M::GET, "/staff/knowledge/articles", DESK_LEAD, staff::knowledge::articles),
        r(M::POST, "/staff/knowledge/articles", DESK_LEAD, staff::knowledge::create_article),
        r(M::GET, "/staff/knowledge/articles/{id}/{lang}", DESK_LEAD, staff::knowledge::edit_form),
        r(M::POST, "/staff/knowledge/articles/{id}/{lang}", DESK_LEAD, staff::knowledge::save_version),
        r(M::POST, "/staff/knowledge/articles/{id}/{lang}/stage", DESK_LEAD, staff::knowledge::set_stage),
        r(M::GET, "/staff/knowledge/synonyms", DESK_LEAD, staff::knowledge::synonyms),
        r(M::POST, "/staff/knowledge/synonyms", DESK_LEAD, staff::knowledge::add_synonyms),
        r(M::POST, "/staff/knowledge/synonyms/{id}/delete", DESK_LEAD, staff::knowledge::remove_synonyms),
        r(M::GET, "/staff/desk/dashboard", DESK_LEAD, staff::desk::dashboard),
        r(M::GET, "/staff/desk/dashboard.csv", DESK_LEAD, staff::desk::dashboard_csv),
        // Evaluation, planning and running the service (issue 9).
        // Group information modules in the back office (issue 5).
        r(M::GET, "/staff/modules", SESSION_LISTS, staff::modules::list),
        r(M::POST, "/staff/modules", COORD, staff::modules::create),
        r(M::GET, "/staff/modules/new", COORD, staff::modules::new_form),
        r(M::GET, "/staff/modules/roster", COORD, staff::modules::roster),
        r(M::POST, "/staff/modules/roster", COORD, staff::modules::apply_roster),
        r(M::POST, "/staff/modules/roster/absence", COORD, staff::modules::mark_absent),
        r(M::GET, "/staff/modules/topics", COORD, staff::modules::topics),
        r(M::POST, "/staff/modules/topics", COORD, staff::modules::create_topic),
        r(M::GET, "/staff/modules/topics/{id}", COORD, staff::modules::edit_topic_form),
        r(M::POST, "/staff/modules/topics/{id}", COORD, staff::modules::update_topic),
        r(M::GET, "/staff/modules/venues", COORD, staff::modules::venues),
        r(M::POST, "/staff/modules/venues", COORD, staff::modules::create_venue),
        r(M::GET, "/staff/modules/venues/{id}", COORD, staff::modules::edit_venue_form),
        r(M::POST, "/staff/modules/venues/{id}", COORD, staff::modules::update_venue),
        r(M::GET, "/staff/modules/trainers", COORD, staff::modules::trainers_list),
        r(M::POST, "/staff/modules/trainers", COORD, staff::modules::create_trainer),
        r(M::GET, "/staff/modules/trainers/{id}", COORD, staff::modules::edit_trainer_form),
        r(M::POST, "/staff/modules/trainers/{id}", COORD, staff::modules::update_trainer),
        r(M::POST, "/staff/modules/registrations/{id}/cancel", REGISTERING, staff::modules::cancel_registration),
        r(M::GET, "/staff/modules/{id}", SESSION_LISTS, staff::modules::show),
        r(M::POST, "/staff/modules/{id}/registrations", REGISTERING, staff::modules::register),
        r(M::POST, "/staff/modules/{id}/status", COORD, staff::modules::set_status),
        r(M::GET, "/staff/modules/{id}/check-in", CHECK_IN, staff::modules::check_in_form),
        r(M::POST, "/staff/modules/{id}/check-in", CHECK_IN, staff::modules::check_in),
        r(M::GET, "/staff/modules/{id}/print", SESSION_LISTS, staff::modules::printed_list),
        r(M::GET, "/staff/reports", COORD, staff::reports::show),
        r(M::GET, "/staff/reports/csv", COORD, staff::reports::csv),
        r(M::GET, "/staff/planning", COORD, staff::planning::planner),
        r(M::POST, "/staff/planning/scenarios", COORD, staff::planning::save_scenario),
        r(M::POST, "/staff/planning/scenarios/{id}/delete", COORD, staff::planning::delete_scenario),
        r(M::GET, "/staff/setup", COORD, staff::planning::steps),
        r(M::GET, "/staff/setup/{number}", COORD, staff::planning::step_form),
        r(M::POST, "/staff/setup/{number}", COORD, staff::planning::save_step),
        // The course providers' portal (issue 6): look-up, redemption, progress.
        r(M::GET, "/provider/", PROVIDER, provider::home),
        r(M::GET, "/provider/voucher", PROVIDER, provider::lookup),
        r(M::POST, "/provider/voucher", PROVIDER, provider::redeem),
        r(M::GET, "/provider/enrolments/{id}/progress", PROVIDER, provider::progress_form),
        r(M::POST, "/provider/enrolments/{id}/progress", PROVIDER, provider::save_progress),
        // Passport and vouchers in the back office (issue 6).
        r(M::POST, "/staff/people/{id}/passport", PEOPLE, staff::vouchers::passport),
        r(M::GET, "/staff/people/{id}/vouchers/new", PROFILE, staff::vouchers::issue_form),
        r(M::POST, "/staff/people/{id}/vouchers", PROFILE, staff::vouchers::issue),
        r(M::GET, "/staff/vouchers/{id}/revoke", PROFILE, staff::vouchers::revoke_form),
        r(M::POST, "/staff/vouchers/{id}/revoke", PROFILE, staff::vouchers::revoke),
        r(M::GET, "/staff/vouchers/rules", COORD, staff::vouchers::rules),
        r(M::POST, "/staff/vouchers/rules", COORD, staff::vouchers::create_rule),
        r(M::GET, "/staff/vouchers/reconciliation", COORD, staff::vouchers::reconciliation),
        // Other welcome vouchers (issue 12): the coordinator's offers.
        r(M::GET, "/staff/offers", COORD, staff::offers::list),
        r(M::POST, "/staff/offers", COORD, staff::offers::create),
        r(M::GET, "/staff/offers/{id}", COORD, staff::offers::edit),
        r(M::POST, "/staff/offers/{id}", COORD, staff::offers::update),
        r(M::GET, "/staff/providers", COORD, staff::vouchers::providers),
        r(M::GET, "/staff/providers/{id}", COORD, staff::vouchers::provider),
        r(M::POST, "/staff/providers/{id}/standing", COORD, staff::vouchers::set_standing),
        r(M::POST, "/staff/providers/{id}/details", COORD, staff::vouchers::set_details),
        r(M::GET, "/staff/providers/{id}/invoices", COORD, staff::vouchers::invoices),
        r(M::POST, "/staff/providers/{id}/invoices", COORD, staff::vouchers::make_invoice),
        r(M::GET, "/staff/invoices/{id}/credit", COORD, staff::vouchers::credit_form),
        r(M::POST, "/staff/invoices/{id}/credit", COORD, staff::vouchers::credit),
        r(M::GET, "/staff/working-group", COORD, staff::planning::working_group),
        r(M::POST, "/staff/working-group/organisations", COORD, staff::planning::wg_add_organisation),
        r(M::POST, "/staff/working-group/members", COORD, staff::planning::wg_add_member),
        r(M::POST, "/staff/working-group/members/{id}/remove", COORD, staff::planning::wg_remove_member),
        r(M::POST, "/staff/working-group/meetings", COORD, staff::planning::wg_add_meeting),
        r(M::POST, "/staff/working-group/items", COORD, staff::planning::wg_add_item),
        r(M::POST, "/staff/working-group/items/{id}/done", COORD, staff::planning::wg_set_item_done),
        // The JSON API.
        r(M::GET, "/api/openapi.json", PUBLIC, api::openapi_json),
        r(M::GET, "/api/v1/me", ANY_STAFF, api::foundation::get_current_staff),
        r(M::GET, "/api/v1/staff", COORD, api::foundation::list_staff),
        r(M::POST, "/api/v1/staff", COORD, api::foundation::create_staff),
        r(M::GET, "/api/v1/audit", COORD, api::foundation::list_audit),
        r(M::GET, "/api/v1/languages", PUBLIC, api::foundation::list_languages),
        r(M::GET, "/api/v1/settings", PUBLIC, api::foundation::get_settings),
        r(M::POST, "/api/v1/people", PEOPLE, api::register::create_person),
        r(M::GET, "/api/v1/people", PEOPLE, api::register::search_people),
        r(M::POST, "/api/v1/people/duplicates", PEOPLE, api::register::find_duplicates),
        r(M::GET, "/api/v1/people/{id}", PEOPLE, api::register::get_person),
        r(M::PATCH, "/api/v1/people/{id}", PEOPLE, api::register::update_person),
        r(M::DELETE, "/api/v1/people/{id}", COORD, api::register::erase_person),
        r(M::POST, "/api/v1/people/{id}/merge", COORD, api::register::merge_people),
        r(M::GET, "/api/v1/people/{id}/export", COORD, api::register::export_person),
        r(M::POST, "/api/v1/people/{id}/consents", PEOPLE, api::register::record_consent),
        r(M::DELETE, "/api/v1/people/{id}/consents/{purpose}", PEOPLE, api::register::withdraw_consent),
        r(M::PUT, "/api/v1/people/{id}/profile", PROFILE, api::register::update_profile),
        r(M::POST, "/api/v1/intake/permits", INTAKE, api::register::import_permits),
        r(M::GET, "/api/v1/privacy/records", COORD, api::register::list_processing_records),
        r(M::GET, "/api/v1/places", ANY_STAFF, api::coaching::list_places),
        r(M::POST, "/api/v1/places", COORD, api::coaching::create_place),
        r(M::PUT, "/api/v1/places/{id}", COORD, api::coaching::update_place),
        r(M::GET, "/api/v1/coaching/matters", ANY_STAFF, api::coaching::list_matters),
        r(M::POST, "/api/v1/coaching/matters", COORD, api::coaching::create_matter),
        r(M::PUT, "/api/v1/coaching/matters/{id}", COORD, api::coaching::update_matter),
        r(M::GET, "/api/v1/coaching/topics", ANY_STAFF, api::coaching::list_topics),
        r(M::POST, "/api/v1/coaching/topics", COORD, api::coaching::create_topic),
        r(M::PUT, "/api/v1/coaching/topics/{id}", COORD, api::coaching::update_topic),
        r(M::PUT, "/api/v1/counsellors/{id}", COORD, api::coaching::upsert_counsellor),
        r(M::POST, "/api/v1/counsellors/{id}/absences", COORD, api::coaching::add_absence),
        r(M::GET, "/api/v1/counsellors", COORD, api::coaching::list_counsellors),
        r(M::GET, "/api/v1/counsellors/{id}", COORD, api::coaching::get_counsellor),
        r(M::POST, "/api/v1/counsellors/{id}/hours", COORD, api::coaching::add_hours),
        r(M::DELETE, "/api/v1/counsellors/{id}/hours/{hours_id}", COORD, api::coaching::remove_hours),
        r(M::DELETE, "/api/v1/counsellors/{id}/absences/{absence_id}", COORD, api::coaching::remove_absence),
        r(M::GET, "/api/v1/appointment-kinds", ANY_STAFF, api::coaching::list_kinds),
        r(M::PUT, "/api/v1/appointment-kinds/{kind}", COORD, api::coaching::set_kind),
        r(M::GET, "/api/v1/coaching/slots", PEOPLE, api::coaching::list_slots),
        r(M::POST, "/api/v1/appointments", PEOPLE, api::coaching::book),
        r(M::POST, "/api/v1/appointments/{id}/cancel", PEOPLE, api::coaching::cancel),
        r(M::POST, "/api/v1/appointments/{id}/move", PEOPLE, api::coaching::move_appointment),
        r(M::POST, "/api/v1/appointments/{id}/outcome", PROFILE, api::coaching::record_outcome),
        r(M::GET, "/api/v1/coaching/follow-ups", PROFILE, api::coaching::list_follow_ups),
        r(M::GET, "/api/v1/coaching/childcare", PEOPLE, api::coaching::list_childcare),
        r(M::GET, "/api/v1/brochure/chapters", PUBLIC, api::brochure::list_chapters),
        r(M::POST, "/api/v1/brochure/chapters/{slug}/versions", COORD, api::brochure::save_version),
        r(M::POST, "/api/v1/brochure/chapters/{slug}/stage", COORD, api::brochure::set_stage),
        r(M::GET, "/api/v1/brochure/coverage", COORD, api::brochure::coverage),
        r(M::GET, "/api/v1/brochure/editions", PUBLIC, api::brochure::list_editions),
        r(M::POST, "/api/v1/brochure/editions", COORD, api::brochure::freeze),
        r(M::GET, "/api/v1/brochure/editions/{id}/pdf", PUBLIC, api::brochure::brochure_pdf),
        r(M::GET, "/api/v1/leaflet/pdf", PUBLIC, api::brochure::leaflet_pdf),
        r(M::GET, "/api/v1/brochure/print-plan", COORD, api::brochure::print_plan),
        r(M::GET, "/api/v1/content/review", COORD, api::brochure::review),
        r(M::GET, "/api/v1/directory", PUBLIC, api::directory::list),
        r(M::PUT, "/api/v1/directory/{slug}", COORD, api::directory::upsert),
        // Group information modules (issue 5).
        r(M::GET, "/api/v1/topics", PUBLIC, api::sessions::list_topics),
        r(M::POST, "/api/v1/topics", COORD, api::sessions::create_topic),
        r(M::GET, "/api/v1/venues", PUBLIC, api::sessions::list_venues),
        r(M::POST, "/api/v1/venues", COORD, api::sessions::create_venue),
        r(M::PUT, "/api/v1/venues/{id}", COORD, api::sessions::update_venue),
        r(M::GET, "/api/v1/trainers", COORD, api::sessions::list_trainers),
        r(M::POST, "/api/v1/trainers", COORD, api::sessions::create_trainer),
        r(M::POST, "/api/v1/trainers/{id}/absences", COORD, api::sessions::mark_absent),
        r(M::GET, "/api/v1/sessions", PUBLIC, api::sessions::list_sessions),
        r(M::POST, "/api/v1/sessions", COORD, api::sessions::create_session),
        r(M::POST, "/api/v1/sessions/{id}/status", COORD, api::sessions::set_status),
        r(M::GET, "/api/v1/sessions/{id}/registrations", SESSION_LISTS, api::sessions::list_registrations),
        r(M::POST, "/api/v1/sessions/{id}/registrations", PUBLIC, api::sessions::register),
        r(M::POST, "/api/v1/registrations/{id}/cancel", REGISTERING, api::sessions::cancel_registration),
        r(M::POST, "/api/v1/sessions/{id}/attendance", CHECK_IN, api::sessions::check_in),
        r(M::POST, "/api/v1/rostering/solve", COORD, api::sessions::solve_roster),
        r(M::POST, "/api/v1/surveys/{token}", PUBLIC, api::sessions::submit_survey),
        r(M::GET, "/api/v1/topic-requests", COORD, api::sessions::list_topic_requests),
        r(M::POST, "/api/v1/desk/contacts", DESK, api::desk::log_contact),
        r(M::GET, "/api/v1/knowledge/search", PUBLIC, api::desk::search),
        r(M::GET, "/api/v1/knowledge/articles", CITY_DESK, api::desk::list_articles),
        r(M::POST, "/api/v1/knowledge/articles", DESK_LEAD, api::desk::create_article),
        r(M::POST, "/api/v1/knowledge/articles/{id}/versions", DESK_LEAD, api::desk::save_article_version),
        r(M::GET, "/api/v1/knowledge/synonyms", CITY_DESK, api::desk::list_synonyms),
        r(M::POST, "/api/v1/knowledge/synonyms", DESK_LEAD, api::desk::create_synonym_group),
        r(M::GET, "/api/v1/knowledge/gaps", DESK_LEAD, api::desk::list_gaps),
        r(M::POST, "/api/v1/desk/queue/tickets", DESK, api::desk::take_ticket),
        r(M::POST, "/api/v1/desk/queue/call", DESK, api::desk::call_next),
        r(M::GET, "/api/v1/desk/queue", PUBLIC, api::desk::get_queue),
        r(M::POST, "/api/v1/desk/interpreting", CITY_DESK, api::desk::request_interpreter),
        r(M::GET, "/api/v1/desk/interpreting", CITY_DESK, api::desk::list_interpreting),
        r(M::POST, "/api/v1/desk/interpreting/{id}/status", CITY_DESK, api::desk::set_interpreting_status),
        r(M::GET, "/api/v1/desk/dashboard", DESK_LEAD, api::desk::dashboard),
        r(M::GET, "/api/v1/reports/{name}", COORD, api::reports::get_report),
        r(M::POST, "/api/v1/planning/scenarios", COORD, api::reports::plan_service),
        r(M::GET, "/api/v1/planning/scenarios", COORD, api::reports::list_scenarios),
        r(M::GET, "/api/v1/planning/setup-steps", COORD, api::reports::list_steps),
        r(M::PUT, "/api/v1/planning/setup-steps/{number}", COORD, api::reports::update_step),
        r(M::GET, "/api/v1/working-group", COORD, api::reports::get_working_group),
        r(M::POST, "/api/v1/working-group/organisations", COORD, api::reports::add_organisation),
        r(M::POST, "/api/v1/working-group/organisations/{id}/members", COORD, api::reports::add_member),
        r(M::DELETE, "/api/v1/working-group/members/{id}", COORD, api::reports::remove_member),
        r(M::POST, "/api/v1/working-group/meetings", COORD, api::reports::add_meeting),
        r(M::POST, "/api/v1/working-group/meetings/{id}/items", COORD, api::reports::add_item),
        r(M::PUT, "/api/v1/working-group/items/{id}/done", COORD, api::reports::set_item_done),
        r(M::POST, "/api/v1/people/{id}/passport", PEOPLE, api::vouchers::issue_passport),
        r(M::GET, "/api/v1/passports/{number}", PASSPORT_CHECK, api::vouchers::verify_passport),
        r(M::GET, "/api/v1/people/{id}/vouchers", PEOPLE, api::vouchers::list_vouchers),
        r(M::POST, "/api/v1/people/{id}/vouchers", PROFILE, api::vouchers::issue_voucher),
        r(M::POST, "/api/v1/vouchers/{id}/revoke", PROFILE, api::vouchers::revoke_voucher),
        r(M::GET, "/api/v1/vouchers/{code}", PROVIDER, api::vouchers::lookup_voucher),
        r(M::POST, "/api/v1/vouchers/{code}/redemptions", PROVIDER, api::vouchers::redeem_voucher),
        r(M::POST, "/api/v1/enrolments/{id}/progress", PROVIDER, api::vouchers::report_progress),
        r(M::GET, "/api/v1/offers", COORD, api::offers::list_offers),
        r(M::POST, "/api/v1/offers", COORD, api::offers::create_offer),
        r(M::GET, "/api/v1/offers/{id}", COORD, api::offers::get_offer),
        r(M::PUT, "/api/v1/offers/{id}", COORD, api::offers::update_offer),
        r(M::GET, "/api/v1/providers/{id}/invoices", PROVIDERS, api::vouchers::list_invoices),
        r(M::POST, "/api/v1/providers/{id}/invoices", COORD, api::vouchers::make_invoice),
        r(M::POST, "/api/v1/invoices/{id}/credit-notes", COORD, api::vouchers::credit_invoice),
        r(M::GET, "/api/v1/providers/{id}/redemptions", PROVIDERS, api::vouchers::list_redemptions),
        r(M::POST, "/api/v1/providers/{id}/standing", COORD, api::vouchers::set_standing),
        r(M::GET, "/api/v1/providers/{id}", PROVIDERS, api::vouchers::get_provider),
        r(M::PUT, "/api/v1/providers/{id}/details", COORD, api::vouchers::update_provider_details),
        r(M::GET, "/api/v1/providers/{id}/courses", PROVIDERS, api::vouchers::list_courses),
        r(M::POST, "/api/v1/providers/{id}/courses", PROVIDERS, api::vouchers::create_course),
        r(M::GET, "/api/v1/courses", PUBLIC, api::courses::list),
        r(M::POST, "/api/v1/courses/match", PUBLIC, api::courses::find),
        r(M::PUT, "/api/v1/providers/{id}/courses/{course_id}", PROVIDERS, api::courses::upsert),
        r(M::GET, "/api/v1/people/{id}/reservations", PROFILE, api::courses::person_reservations),
        r(M::POST, "/api/v1/people/{id}/reservations", PROFILE, api::courses::reserve_seat),
        r(M::GET, "/api/v1/providers/{id}/reservations", PROVIDERS, api::courses::provider_reservations),
        r(M::PUT, "/api/v1/reservations/{id}/status", RESERVATION_ANSWER, api::courses::set_reservation_status),
        r(M::GET, "/api/v1/districts", PUBLIC, api::districts::list),
        r(M::PUT, "/api/v1/districts/{id}", COORD, api::districts::update),
        r(M::DELETE, "/api/v1/districts/{id}", COORD, api::districts::delete),
        r(M::GET, "/api/v1/voucher-rules", COORD, api::vouchers::list_rules),
        r(M::POST, "/api/v1/voucher-rules", COORD, api::vouchers::create_rule),
        r(M::GET, "/api/v1/voucher-reconciliation", COORD, api::vouchers::reconciliation),
        r(M::GET, "/api/v1/people/{id}/passport/pdf", PEOPLE, api::vouchers::passport_pdf),
        r(M::GET, "/api/v1/vouchers/{id}/pdf", PEOPLE, api::vouchers::voucher_pdf),
        r(M::GET, "/api/v1/invoices/{id}/csv", PROVIDERS, api::vouchers::invoice_csv),
        r(M::GET, "/api/v1/invoices/{id}/pdf", PROVIDERS, api::vouchers::invoice_pdf),
        r(M::GET, "/api/v1/invoices/{id}/ubl", PROVIDERS, api::vouchers::invoice_ubl),
    ]
}

/// The whole application.
pub fn router(state: AppState) -> Router {
    let mut router: Router<AppState> = Router::new();
    for def in table() {
        // CSV uploads may be larger than a form.
        let limit = if def.path.contains("/import") || def.path.contains("/intake/") {
            16 * 1024 * 1024
        } else {
            2 * 1024 * 1024
        };
        let mut handler = def.handler.layer(axum::extract::DefaultBodyLimit::max(limit));
        // Public pages from the rendered-page cache (issue 10), inside the guard.
        if def.method == Method::GET && crate::page_cache::CACHED_ROUTES.contains(&def.path) {
            handler = handler.layer(from_fn_with_state(state.clone(), crate::page_cache::serve));
        }
        let guarded = handler.layer(from_fn_with_state(def.access, guard));
        router = router.route(def.path, guarded);
    }
    router
        .fallback(not_found)
        .method_not_allowed_fallback(|| async { status_only(StatusCode::METHOD_NOT_ALLOWED) })
        // Inner to outer: a panic becomes a 500 that `context` renders like any error.
        .layer(CatchPanicLayer::custom(|_| status_only(StatusCode::INTERNAL_SERVER_ERROR)))
        .layer(from_fn_with_state(state.clone(), context))
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, Duration::from_secs(30)))
        .with_state(state)
}
