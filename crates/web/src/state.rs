//! What every request can reach: the store, the catalogues, the templates, the keys.

use crate::assets::Assets;
use crate::middleware::LoginLimiter;
use crate::render::Templates;
use hmac::{Hmac, Mac};
use metrics_exporter_prometheus::PrometheusHandle;
use sha2::Sha256;
use std::sync::{Arc, OnceLock, RwLock};
use std::time::{Duration, Instant};
use welcomedesk_domain::settings::{CitySettings, CitySettingsInput};
use welcomedesk_i18n::Catalog;
use welcomedesk_store::Store;

/// Settings of the web layer.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// The address people use to reach the service, e.g. `https://welcome.city.example`.
    pub public_url: String,
    /// Cookies carry `Secure` (and the `__Host-` prefix); true when `public_url` is https.
    pub cookie_secure: bool,
    /// Failed logins allowed per client address per window before it is throttled.
    pub login_attempts_per_window: u32,
    /// The window of the login throttle.
    pub login_window: std::time::Duration,
    /// The public page cache's byte budget (0 turns it off; `page_cache`).
    pub page_cache_bytes: usize,
    /// How long a cached public page may be served at most: the bound on how late a
    /// change made on another node (or by the clock) shows (`page_cache`).
    pub page_cache_ttl: std::time::Duration,
}

impl WebConfig {
    pub fn new(public_url: &str) -> Self {
        Self {
            public_url: public_url.trim_end_matches('/').to_owned(),
            cookie_secure: public_url.starts_with("https://"),
            login_attempts_per_window: 20,
            login_window: std::time::Duration::from_secs(300),
            page_cache_bytes: 8 * 1024 * 1024,
            page_cache_ttl: std::time::Duration::from_secs(2),
        }
    }
}

pub struct Inner {
    pub store: Store,
    pub cat: Catalog,
    pub cfg: WebConfig,
    pub(crate) templates: Templates,
    pub(crate) assets: Assets,
    pub(crate) csrf_key: [u8; 32],
    pub(crate) login_limiter: LoginLimiter,
    pub(crate) metrics: PrometheusHandle,
    /// The knowledge base's search index (see `knowledge`).
    pub(crate) knowledge: crate::knowledge::Holder,
    /// The rendered public pages (issue 10).
    pub page_cache: crate::page_cache::PageCache,
    /// The public course catalogue in memory (see `courses::catalogue`).
    pub(crate) catalogue: crate::courses::catalogue::Holder,
    settings: RwLock<(Instant, Arc<CitySettings>)>,
}

/// Shared application state (cheap to clone).
#[derive(Clone)]
pub struct AppState(pub Arc<Inner>);

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("messages: {0}")]
    I18n(#[from] welcomedesk_i18n::I18nError),
    #[error("templates: {0}")]
    Templates(String),
    #[error("secret key: {0}")]
    Key(String),
}

fn derive(secret: &[u8], purpose: &str) -> Result<[u8; 32], StateError> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).map_err(|e| StateError::Key(e.to_string()))?;
    mac.update(purpose.as_bytes());
    Ok(mac.finalize().into_bytes().into())
}

static METRICS: OnceLock<PrometheusHandle> = OnceLock::new();

fn metrics_handle() -> PrometheusHandle {
    METRICS
        .get_or_init(|| {
            let recorder = metrics_exporter_prometheus::PrometheusBuilder::new().build_recorder();
            let handle = recorder.handle();
            // Only the first app of a process installs the recorder; tests start many.
            let _ = metrics::set_global_recorder(recorder);
            handle
        })
        .clone()
}

impl AppState {
    /// `secret` is the installation's secret key (at least 32 bytes); every key the web
    /// layer uses is derived from it, one per purpose.
    pub fn new(store: Store, cfg: WebConfig, secret: &[u8]) -> Result<Self, StateError> {
        if secret.len() < 32 {
            return Err(StateError::Key("must be at least 32 bytes".into()));
        }
        let cat = Catalog::load()?;
        let assets = Assets::load();
        let templates = Templates::load(&assets).map_err(|e| StateError::Templates(e.to_string()))?;
        Ok(Self(Arc::new(Inner {
            store,
            cat,
            templates,
            assets,
            csrf_key: derive(secret, "welcomedesk csrf v1")?,
            login_limiter: LoginLimiter::new(cfg.login_attempts_per_window, cfg.login_window),
            page_cache: crate::page_cache::PageCache::new(cfg.page_cache_bytes, cfg.page_cache_ttl),
            cfg,
            metrics: metrics_handle(),
            knowledge: crate::knowledge::Holder::default(),
            catalogue: crate::courses::catalogue::Holder::default(),
            settings: RwLock::new((Instant::now(), Arc::new(default_settings()))),
        })))
    }

    /// Something outside this node's request handlers (a CLI command, a test writing
    /// through the store) changed the public course catalogue: reload it at the next
    /// request instead of within `courses::catalogue::CHECK_EVERY`.
    pub fn catalogue_changed(&self) {
        self.catalogue.invalidate();
    }

    /// The city's time zone (UTC when the setting names none that this system knows).
    pub fn tz(&self) -> jiff::tz::TimeZone {
        jiff::tz::TimeZone::get(&self.settings().timezone).unwrap_or(jiff::tz::TimeZone::UTC)
    }

    /// Today's date in the city's time zone.
    pub fn today(&self) -> jiff::civil::Date {
        jiff::Timestamp::now().to_zoned(self.tz()).date()
    }

    /// The city's settings as last loaded (refreshed by `refresh_settings`).
    pub fn settings(&self) -> Arc<CitySettings> {
        match self.settings.read() {
            Ok(g) => g.1.clone(),
            Err(p) => p.into_inner().1.clone(),
        }
    }

    /// Reloads the settings from the database; with `only_if_older`, only when the
    /// cached copy is older than that (several instances see each other's changes).
    pub async fn refresh_settings(&self, only_if_older: Option<Duration>) {
        if let Some(age) = only_if_older {
            let fresh = match self.settings.read() {
                Ok(g) => g.0.elapsed() < age,
                Err(_) => false,
            };
            if fresh {
                return;
            }
        }
        let loaded = match self.store.load_settings().await {
            Ok(map) => settings_from_map(&map),
            Err(e) => {
                tracing::warn!(error = %e, "settings could not be loaded");
                None
            }
        };
        let value = Arc::new(loaded.unwrap_or_else(default_settings));
        match self.settings.write() {
            Ok(mut g) => *g = (Instant::now(), value),
            Err(p) => *p.into_inner() = (Instant::now(), value),
        }
    }
}

/// Parses stored settings; `None` when none are stored yet or they do not parse.
pub fn settings_from_map(map: &std::collections::BTreeMap<String, String>) -> Option<CitySettings> {
    if map.is_empty() {
        return None;
    }
    let get = |k: &str| map.get(k).cloned().unwrap_or_default();
    let input = CitySettingsInput {
        city_name: get("city_name"),
        inhabitants: get("inhabitants"),
        newcomers_per_year: get("newcomers_per_year"),
        desk_address: get("desk_address"),
        desk_hours: std::array::from_fn(|d| get(welcomedesk_domain::settings::DAY_FIELDS[d])),
        hotline_phone: get("hotline_phone"),
        email: get("email"),
        timezone: get("timezone"),
        source_language: get("source_language"),
        postal_street: get("postal_street"),
        postal_code: get("postal_code"),
        postal_town: get("postal_town"),
        country: get("country"),
        vat_id: get("vat_id"),
    };
    CitySettings::parse(&input).ok()
}

/// The key/value form of settings, as stored.
pub fn settings_to_map(s: &CitySettings) -> std::collections::BTreeMap<String, String> {
    let i = s.to_input();
    let mut m = std::collections::BTreeMap::new();
    m.insert("city_name".into(), i.city_name);
    m.insert("inhabitants".into(), i.inhabitants);
    m.insert("newcomers_per_year".into(), i.newcomers_per_year);
    m.insert("desk_address".into(), i.desk_address);
    for (d, v) in i.desk_hours.into_iter().enumerate() {
        m.insert(welcomedesk_domain::settings::DAY_FIELDS[d].into(), v);
    }
    m.insert("hotline_phone".into(), i.hotline_phone);
    m.insert("email".into(), i.email);
    m.insert("timezone".into(), i.timezone);
    m.insert("source_language".into(), i.source_language);
    m.insert("postal_street".into(), i.postal_street);
    m.insert("postal_code".into(), i.postal_code);
    m.insert("postal_town".into(), i.postal_town);
    m.insert("country".into(), i.country);
    m.insert("vat_id".into(), i.vat_id);
    m
}

/// What a fresh installation shows until the coordinator fills in the settings.
pub fn default_settings() -> CitySettings {
    CitySettings {
        city_name: "Welcome City".into(),
        inhabitants: 100_000,
        newcomers_per_year: 1_000,
        desk_address: "Town Hall".into(),
        desk_hours: Default::default(),
        hotline_phone: "+00 000 000 000".into(),
        email: "welcome@city.example".into(),
        timezone: "UTC".into(),
        source_language: "en".into(),
        postal_street: None,
        postal_code: None,
        postal_town: None,
        country: None,
        vat_id: None,
    }
}
