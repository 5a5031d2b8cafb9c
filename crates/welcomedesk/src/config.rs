//! Configuration: defaults, then an optional TOML file, then environment variables,
//! then command-line flags (each later source wins). Every value is checked before the
//! service starts; a bad one stops it with one line that names the variable.

use serde::Deserialize;
use std::net::SocketAddr;
use std::path::PathBuf;

/// The `[welcomedesk]`-less TOML file: keys are the variable names without the prefix,
/// in lower case (`database_url = "postgres://…"`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub database_url: Option<String>,
    pub bind: Option<String>,
    pub secret_key_file: Option<PathBuf>,
    pub public_url: Option<String>,
    pub log_format: Option<String>,
    pub db_max_connections: Option<u32>,
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
    pub sms_url: Option<String>,
    pub sms_token: Option<String>,
}

/// Values as given (flags and environment, through clap).
#[derive(Debug, Default, Clone, clap::Args)]
pub struct ConfigArgs {
    /// TOML file with any of the settings below (keys in lower case without the prefix).
    #[arg(long, env = "WELCOMEDESK_CONFIG", global = true)]
    pub config: Option<PathBuf>,
    /// sqlite://FILE (embedded, the default) or postgres://USER@HOST/DB.
    #[arg(long, env = "WELCOMEDESK_DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// Address and port to listen on.
    #[arg(long, env = "WELCOMEDESK_BIND", global = true)]
    pub bind: Option<String>,
    /// File with the installation's secret key (at least 32 bytes). Without it a key is
    /// generated and kept in the database.
    #[arg(long, env = "WELCOMEDESK_SECRET_KEY_FILE", global = true)]
    pub secret_key_file: Option<PathBuf>,
    /// The address people use to reach the service; https:// makes cookies Secure.
    #[arg(long, env = "WELCOMEDESK_PUBLIC_URL", global = true)]
    pub public_url: Option<String>,
    /// Log format: text or json.
    #[arg(long, env = "WELCOMEDESK_LOG_FORMAT", global = true)]
    pub log_format: Option<String>,
    /// Largest number of database connections (readers on SQLite).
    #[arg(long, env = "WELCOMEDESK_DB_MAX_CONNECTIONS", global = true)]
    pub db_max_connections: Option<u32>,
    /// Mail server for confirmations and reminders: smtp://host:port, smtp://user:pass@host:587?tls=required,
    /// or smtps://…. Without it, e-mails wait in the queue.
    #[arg(long, env = "WELCOMEDESK_SMTP_URL", global = true)]
    pub smtp_url: Option<String>,
    /// Sender of the e-mails, e.g. "Welcome service <welcome@city.example>".
    #[arg(long, env = "WELCOMEDESK_MAIL_FROM", global = true)]
    pub mail_from: Option<String>,
    /// HTTP SMS gateway for invitations and reminders to people who gave a phone number
    /// and agreed (https://…; POST JSON {"to", "text", "reference"}). Without it, SMS
    /// wait in the queue.
    #[arg(long, env = "WELCOMEDESK_SMS_URL", global = true)]
    pub sms_url: Option<String>,
    /// Bearer token for the SMS gateway.
    #[arg(long, env = "WELCOMEDESK_SMS_TOKEN", global = true, hide_env_values = true)]
    pub sms_token: Option<String>,
}

/// The checked configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    pub bind: SocketAddr,
    pub secret_key_file: Option<PathBuf>,
    pub public_url: String,
    pub json_logs: bool,
    pub db_max_connections: u32,
    pub smtp_url: Option<String>,
    pub mail_from: String,
    pub sms_url: Option<String>,
    pub sms_token: Option<String>,
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://welcomedesk.db";
pub const DEFAULT_BIND: &str = "127.0.0.1:8080";

/// A configuration error: the variable and what is wrong, in one line.
#[derive(Debug)]
pub struct ConfigError(pub String);

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn err(var: &str, msg: impl std::fmt::Display) -> ConfigError {
    ConfigError(format!("{var}: {msg}"))
}

impl Config {
    pub fn load(args: &ConfigArgs, default_db: &str) -> Result<Self, ConfigError> {
        let file = match &args.config {
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .map_err(|e| err("WELCOMEDESK_CONFIG", format!("cannot read {}: {e}", p.display())))?;
                toml::from_str::<FileConfig>(&text)
                    .map_err(|e| err("WELCOMEDESK_CONFIG", format!("{}: {}", p.display(), e.message())))?
            }
            None => FileConfig::default(),
        };
        let database_url = args.database_url.clone().or(file.database_url).unwrap_or_else(|| default_db.to_owned());
        if welcomedesk_store::Backend::from_url(&database_url).is_err() {
            return Err(err(
                "WELCOMEDESK_DATABASE_URL",
                format!(
                    "{:?} is not understood: use sqlite://FILE or postgres://USER@HOST/DATABASE",
                    welcomedesk_store::redact(&database_url)
                ),
            ));
        }
        let bind_raw = args.bind.clone().or(file.bind).unwrap_or_else(|| DEFAULT_BIND.to_owned());
        let bind: SocketAddr = bind_raw
            .parse()
            .map_err(|_| err("WELCOMEDESK_BIND", format!("{bind_raw:?} is not an address like 127.0.0.1:8080")))?;
        let secret_key_file = args.secret_key_file.clone().or(file.secret_key_file);
        if let Some(p) = &secret_key_file {
            let meta = std::fs::metadata(p)
                .map_err(|e| err("WELCOMEDESK_SECRET_KEY_FILE", format!("cannot read {}: {e}", p.display())))?;
            if meta.len() < 32 {
                return Err(err(
                    "WELCOMEDESK_SECRET_KEY_FILE",
                    format!(
                        "{} holds {} bytes; it needs at least 32 (e.g. `head -c 64 /dev/urandom > FILE`)",
                        p.display(),
                        meta.len()
                    ),
                ));
            }
        }
        let public_url = args.public_url.clone().or(file.public_url).unwrap_or_else(|| format!("http://{bind}"));
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            return Err(err("WELCOMEDESK_PUBLIC_URL", format!("{public_url:?} must start with http:// or https://")));
        }
        let log_format = args.log_format.clone().or(file.log_format).unwrap_or_else(|| "text".into());
        let json_logs = match log_format.as_str() {
            "text" => false,
            "json" => true,
            other => {
                return Err(err("WELCOMEDESK_LOG_FORMAT", format!("{other:?} is not text or json")));
            }
        };
        let db_max_connections = args.db_max_connections.or(file.db_max_connections).unwrap_or(8);
        if !(1..=1000).contains(&db_max_connections) {
            return Err(err("WELCOMEDESK_DB_MAX_CONNECTIONS", "must be between 1 and 1000"));
        }
        let smtp_url = args.smtp_url.clone().or(file.smtp_url).filter(|s| !s.trim().is_empty());
        let mail_from = args.mail_from.clone().or(file.mail_from).unwrap_or_else(|| "welcome@localhost".into());
        if let Some(u) = &smtp_url {
            welcomedesk_web::mail::Mailer::new(u, &mail_from).map_err(|e| ConfigError(e.to_string()))?;
        }
        let sms_url = args.sms_url.clone().or(file.sms_url).filter(|s| !s.trim().is_empty());
        let sms_token = args.sms_token.clone().or(file.sms_token).filter(|s| !s.trim().is_empty());
        if let Some(u) = &sms_url {
            welcomedesk_web::sms::SmsGateway::new(u, sms_token.as_deref()).map_err(|e| ConfigError(e.to_string()))?;
        }
        Ok(Self {
            database_url,
            bind,
            secret_key_file,
            public_url,
            json_logs,
            db_max_connections,
            smtp_url,
            mail_from,
            sms_url,
            sms_token,
        })
    }

    /// The secret key's bytes from the configured file, if any.
    pub fn secret_from_file(&self) -> Result<Option<Vec<u8>>, ConfigError> {
        match &self.secret_key_file {
            Some(p) => std::fs::read(p)
                .map(Some)
                .map_err(|e| err("WELCOMEDESK_SECRET_KEY_FILE", format!("cannot read {}: {e}", p.display()))),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_errors() {
        let c = Config::load(&ConfigArgs::default(), DEFAULT_DATABASE_URL).unwrap();
        assert_eq!(c.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(c.public_url, "http://127.0.0.1:8080");
        let bad = ConfigArgs { bind: Some("localhost".into()), ..Default::default() };
        assert!(Config::load(&bad, DEFAULT_DATABASE_URL).unwrap_err().0.starts_with("WELCOMEDESK_BIND:"));
        let bad = ConfigArgs { database_url: Some("mysql://x".into()), ..Default::default() };
        assert!(Config::load(&bad, DEFAULT_DATABASE_URL).unwrap_err().0.starts_with("WELCOMEDESK_DATABASE_URL:"));
        let bad = ConfigArgs { secret_key_file: Some("/nonexistent/key".into()), ..Default::default() };
        assert!(Config::load(&bad, DEFAULT_DATABASE_URL).unwrap_err().0.starts_with("WELCOMEDESK_SECRET_KEY_FILE:"));
        let bad = ConfigArgs { log_format: Some("xml".into()), ..Default::default() };
        assert!(Config::load(&bad, DEFAULT_DATABASE_URL).unwrap_err().0.starts_with("WELCOMEDESK_LOG_FORMAT:"));
    }

    #[test]
    fn file_then_env() {
        let dir = std::env::temp_dir().join(format!("wd-cfg-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("c.toml");
        std::fs::write(&f, "bind = \"127.0.0.1:9000\"\ndatabase_url = \"sqlite://x.db\"\n").unwrap();
        let a = ConfigArgs { config: Some(f.clone()), ..Default::default() };
        let c = Config::load(&a, DEFAULT_DATABASE_URL).unwrap();
        assert_eq!(c.bind.port(), 9000);
        let a = ConfigArgs { config: Some(f.clone()), bind: Some("127.0.0.1:9100".into()), ..Default::default() };
        assert_eq!(Config::load(&a, DEFAULT_DATABASE_URL).unwrap().bind.port(), 9100);
        std::fs::write(&f, "bnd = 1\n").unwrap();
        assert!(
            Config::load(&ConfigArgs { config: Some(f), ..Default::default() }, DEFAULT_DATABASE_URL)
                .unwrap_err()
                .0
                .starts_with("WELCOMEDESK_CONFIG:")
        );
    }
}
