//! The languages of the service: the registry (code, own name, direction, script),
//! Fluent message catalogues embedded from `locales/<lang>/*.ftl`, negotiation from
//! `Accept-Language`, and locale-aware numbers and dates.

mod format;
mod languages;

pub use format::{format_date, format_number, localise_digits};
pub use languages::{Direction, LANGUAGES, Language, by_code, negotiate};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The language every other one is translated from; a key missing elsewhere is a defect.
pub const SOURCE: &str = "en";

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("locale {lang}: {file}: {detail}")]
    Parse { lang: String, file: String, detail: String },
    #[error("locale folder {0} is not in the language registry")]
    Unregistered(String),
    #[error("language {0} of the registry has no locale folder")]
    Missing(String),
}

/// All catalogues, one per shipped language. Cheap to share (`Arc`), safe across threads.
pub struct Catalog {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

/// An argument to a message.
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

impl Catalog {
    /// Loads the embedded locales; any syntax error is an error (CI catches it first).
    pub fn load() -> Result<Self, I18nError> {
        let mut bundles = HashMap::new();
        for (code, files) in EMBEDDED {
            let lang = by_code(code).ok_or_else(|| I18nError::Unregistered((*code).to_owned()))?;
            let id: unic_langid::LanguageIdentifier =
                lang.code.parse().map_err(|_| I18nError::Unregistered((*code).to_owned()))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.set_formatter(Some(format::formatter_for(lang.code)));
            for (file, text) in *files {
                let res = FluentResource::try_new((*text).to_owned()).map_err(|(_, errs)| I18nError::Parse {
                    lang: lang.code.to_owned(),
                    file: (*file).to_owned(),
                    detail: format!("{errs:?}"),
                })?;
                bundle.add_resource(res).map_err(|errs| I18nError::Parse {
                    lang: lang.code.to_owned(),
                    file: (*file).to_owned(),
                    detail: format!("{errs:?}"),
                })?;
            }
            bundles.insert(lang.code, bundle);
        }
        for l in LANGUAGES {
            if !bundles.contains_key(l.code) {
                return Err(I18nError::Missing(l.code.to_owned()));
            }
        }
        Ok(Self { bundles })
    }

    /// The message `key` in `lang`, with arguments. Falls back to the source language,
    /// then to the key itself (never panics; the locale tests keep this from happening).
    pub fn t(&self, lang: &str, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.format(lang, key, args, true)
    }

    /// Like `t`, without the Unicode bidi isolation marks around arguments: for e-mail
    /// subjects, PDF input and plain-text exports.
    pub fn plain(&self, lang: &str, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.format(lang, key, args, false)
    }

    fn format(&self, lang: &str, key: &str, args: &[(&str, Arg<'_>)], isolate: bool) -> String {
        for l in [lang, SOURCE] {
            let Some(bundle) = self.bundles.get(l) else {
                continue;
            };
            let Some(msg) = bundle.get_message(key) else {
                continue;
            };
            let Some(pattern) = msg.value() else { continue };
            let mut fa = FluentArgs::new();
            for (k, v) in args {
                match v {
                    Arg::Str(s) => fa.set(*k, FluentValue::from(*s)),
                    Arg::Num(n) => fa.set(*k, FluentValue::from(*n)),
                }
            }
            let mut errors = vec![];
            let s = bundle.format_pattern(pattern, Some(&fa), &mut errors).into_owned();
            return if isolate { s } else { s.replace(['\u{2068}', '\u{2069}'], "") };
        }
        key.to_owned()
    }

    pub fn has(&self, lang: &str, key: &str) -> bool {
        self.bundles.get(lang).is_some_and(|b| b.has_message(key))
    }

    /// Every message id of one language, sorted (for the completeness tests).
    pub fn keys(lang: &str) -> Vec<String> {
        let mut out = vec![];
        for (code, files) in EMBEDDED {
            if *code != lang {
                continue;
            }
            for (_, text) in *files {
                if let Ok(res) = fluent_syntax::parser::parse(*text) {
                    for e in res.body {
                        if let fluent_syntax::ast::Entry::Message(m) = e {
                            out.push(m.id.name.to_owned());
                        }
                    }
                }
            }
        }
        out.sort();
        out
    }

    /// The raw text of every file of a language (for tests that look inside messages).
    pub fn files(lang: &str) -> Vec<(&'static str, &'static str)> {
        EMBEDDED.iter().filter(|(c, _)| *c == lang).flat_map(|(_, f)| f.iter().copied()).collect()
    }
}

/// The machine-readable translation status (`locales/status.toml`), embedded.
pub const STATUS_TOML: &str = include_str!("../locales/status.toml");
