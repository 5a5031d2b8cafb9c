//! The public catalogue in memory (issue 12): the public course list, the finder and
//! the API's listCourses/findCourses answer from a copy of the current courses that
//! each node keeps, not from the database per request.
//!
//! - **Loaded once, rebuilt on change.** A write on this node that changes what the
//!   public sees (a course saved, a seat reserved or given back, a district, the
//!   settings) calls [`Holder::invalidate`]: the next request reloads, so the change
//!   shows at once here. Every such write also adds one to `catalogue_generation` in
//!   its own transaction (the store does it), and every node compares that number with
//!   its copy's at most every [`CHECK_EVERY`] (one single-row query): a change made on
//!   another node — or by a provider standing change, which has no hook here — shows
//!   within 2 seconds everywhere (docs/SCALING.md).
//! - **Filtered per request.** The copy holds every course of an approved provider
//!   that had not started on the day it was loaded, full and stale ones included; each
//!   request keeps those `domain::courses::visibility` calls visible today with the
//!   stale window of the copy's stamp. So the day turning or a course filling up never
//!   serves a course the database query would not (a test compares both answers).

use crate::error::AppResult;
use crate::state::AppState;
use jiff::civil::Date;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use welcomedesk_domain::courses::{self as rules, Course, Needs, Visibility};
use welcomedesk_domain::vouchers::Level;
use welcomedesk_store::courses::{CatalogueSnapshot, CourseFilter};

/// How old a node's comparison with the database's generation may be.
pub const CHECK_EVERY: Duration = Duration::from_secs(2);

#[derive(Default)]
pub struct Holder {
    current: RwLock<Option<(Instant, Arc<CatalogueSnapshot>)>>,
    /// Set by a write on this node: the next request reloads.
    dirty: AtomicBool,
    loading: tokio::sync::Mutex<()>,
}

impl Holder {
    /// A write on this node changed the public catalogue.
    pub fn invalidate(&self) {
        self.dirty.store(true, Ordering::SeqCst);
    }

    fn get(&self) -> Option<(Instant, Arc<CatalogueSnapshot>)> {
        match self.current.read() {
            Ok(g) => g.clone(),
            Err(p) => p.into_inner().clone(),
        }
    }

    fn set(&self, v: (Instant, Arc<CatalogueSnapshot>)) {
        match self.current.write() {
            Ok(mut g) => *g = Some(v),
            Err(p) => *p.into_inner() = Some(v),
        }
    }
}

fn usable(c: &Option<(Instant, Arc<CatalogueSnapshot>)>, today: Date, dirty: bool) -> Option<Arc<CatalogueSnapshot>> {
    match c {
        Some((checked, s)) if !dirty && s.loaded_on == today && checked.elapsed() < CHECK_EVERY => Some(s.clone()),
        _ => None,
    }
}

/// The node's copy of the catalogue, current within [`CHECK_EVERY`] (at once for this
/// node's own writes).
pub(crate) async fn snapshot(state: &AppState) -> AppResult<Arc<CatalogueSnapshot>> {
    let h = &state.catalogue;
    let today = state.today();
    if let Some(s) = usable(&h.get(), today, h.dirty.load(Ordering::SeqCst)) {
        return Ok(s);
    }
    let _one = h.loading.lock().await;
    // Another request may have refreshed it while this one waited.
    let cur = h.get();
    let dirty = h.dirty.swap(false, Ordering::SeqCst);
    if let Some(s) = usable(&cur, today, dirty) {
        return Ok(s);
    }
    if let Some((_, s)) = cur.as_ref().filter(|(_, s)| !dirty && s.loaded_on == today) {
        match state.store.catalogue_stamp().await {
            Ok(stamp) if stamp == s.stamp => {
                h.set((Instant::now(), s.clone()));
                return Ok(s.clone());
            }
            Ok(_) => {}
            Err(e) => {
                h.dirty.fetch_or(dirty, Ordering::SeqCst);
                return Err(e.into());
            }
        }
    }
    match state.store.catalogue_snapshot(today).await {
        Ok(s) => {
            let s = Arc::new(s);
            h.set((Instant::now(), s.clone()));
            Ok(s)
        }
        Err(e) => {
            // Try again at the next request.
            h.dirty.fetch_or(dirty, Ordering::SeqCst);
            Err(e.into())
        }
    }
}

fn visible(s: &CatalogueSnapshot, c: &Course, today: Date) -> bool {
    rules::visibility(c, today, s.stamp.stale_after_days) == Visibility::Visible
}

/// The public list: what `Store::list_courses` answers, from memory.
pub(crate) fn list<'a>(
    s: &'a CatalogueSnapshot,
    f: &CourseFilter,
    today: Date,
    after: Option<(Date, uuid::Uuid)>,
    limit: i64,
) -> Vec<&'a Course> {
    s.courses
        .iter()
        .filter(|c| visible(s, c, today))
        .filter(|c| f.language.as_ref().is_none_or(|l| &c.language == l))
        .filter(|c| f.level.is_none_or(|l| c.level == l))
        .filter(|c| f.district.as_ref().is_none_or(|d| c.district.to_lowercase() == d.trim().to_lowercase()))
        .filter(|c| f.kind.is_none_or(|k| c.kind == k))
        .filter(|c| f.provider.is_none_or(|p| c.provider_id == p))
        .filter(|c| after.is_none_or(|(d, id)| c.starts_on > d || (c.starts_on == d && c.id > id)))
        .filter(|c| !f.voucher_accepted || c.voucher_accepted)
        .filter(|c| !f.childcare || c.childcare)
        .take(limit.clamp(1, 2_000) as usize)
        .collect()
}

/// The finder's candidates: what `Store::course_candidates` answers, from memory.
pub(crate) fn candidates<'a>(
    s: &'a CatalogueSnapshot,
    language: Option<&str>,
    levels: &[Level],
    today: Date,
) -> Vec<&'a Course> {
    s.courses
        .iter()
        .filter(|c| visible(s, c, today))
        .filter(|c| language.is_none_or(|l| l.is_empty() || c.language == l))
        .filter(|c| levels.is_empty() || levels.contains(&c.level))
        .take(5_000)
        .collect()
}

/// The needs with the neighbours of the person's district from the coordinator's list.
pub(crate) fn with_neighbours(s: &CatalogueSnapshot, mut needs: Needs) -> Needs {
    needs.near_districts = match &needs.district {
        Some(d) => welcomedesk_domain::districts::neighbours_of(&s.districts, d),
        None => Vec::new(),
    };
    needs
}

/// The finder's districts: the coordinator's list; until there is one, the districts
/// of the current courses.
pub(crate) fn district_names(s: &CatalogueSnapshot) -> Vec<String> {
    if !s.districts.is_empty() {
        return s.districts.iter().map(|d| d.name.clone()).collect();
    }
    let mut v: Vec<String> = s.courses.iter().map(|c| c.district.clone()).filter(|d| !d.is_empty()).collect();
    v.sort();
    v.dedup();
    v
}

/// The languages taught in the catalogue.
pub(crate) fn languages(s: &CatalogueSnapshot) -> Vec<String> {
    let mut v: Vec<String> = s.courses.iter().map(|c| c.language.clone()).collect();
    v.sort();
    v.dedup();
    v
}
