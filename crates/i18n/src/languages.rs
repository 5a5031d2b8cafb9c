//! The shipped languages. Each has its own name in its own script (shown in the
//! language switcher, never a flag), a direction and a script, which pick the font stack.

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Language {
    /// BCP 47 tag, also the URL prefix (`/ar/`) and the locale folder.
    pub code: &'static str,
    /// The language's name in itself ("العربية", "ትግርኛ").
    pub endonym: &'static str,
    /// The name in English, for staff lists and logs.
    pub english: &'static str,
    pub dir: Direction,
    /// ISO 15924 script code.
    pub script: &'static str,
}

impl Language {
    pub fn is_rtl(&self) -> bool {
        self.dir == Direction::Rtl
    }
}

const fn lang(
    code: &'static str,
    endonym: &'static str,
    english: &'static str,
    dir: Direction,
    script: &'static str,
) -> Language {
    Language { code, endonym, english, dir, script }
}

use Direction::{Ltr, Rtl};

/// In the order of the language switcher: the city's languages first, then by the
/// number of newcomers who speak them.
pub static LANGUAGES: [Language; 12] = [
    lang("en", "English", "English", Ltr, "Latn"),
    lang("sv", "Svenska", "Swedish", Ltr, "Latn"),
    lang("de", "Deutsch", "German", Ltr, "Latn"),
    lang("ar", "العربية", "Arabic", Rtl, "Arab"),
    lang("fa", "فارسی / دری", "Persian / Dari", Rtl, "Arab"),
    lang("uk", "Українська", "Ukrainian", Ltr, "Cyrl"),
    lang("ru", "Русский", "Russian", Ltr, "Cyrl"),
    lang("tr", "Türkçe", "Turkish", Ltr, "Latn"),
    lang("so", "Soomaali", "Somali", Ltr, "Latn"),
    lang("ti", "ትግርኛ", "Tigrinya", Ltr, "Ethi"),
    lang("es", "Español", "Spanish", Ltr, "Latn"),
    lang("fr", "Français", "French", Ltr, "Latn"),
];

pub fn by_code(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
}

/// The best shipped language for an `Accept-Language` header (RFC 9110 quality
/// values; a region falls back to its language: `ar-SY` → `ar`, `fa-AF`/`prs` → `fa`);
/// English when nothing matches.
pub fn negotiate(header: &str) -> &'static Language {
    let mut prefs: Vec<(f32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut it = part.trim().split(';');
            let tag = it.next()?.trim();
            if tag.is_empty() {
                return None;
            }
            let mut q = 1.0_f32;
            for p in it {
                if let Some(v) = p.trim().strip_prefix("q=") {
                    q = v.trim().parse().unwrap_or(0.0);
                }
            }
            (q > 0.0).then_some((q, i, tag))
        })
        .collect();
    prefs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    for (_, _, tag) in prefs {
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        let primary = match primary.as_str() {
            "prs" | "pes" => "fa".to_owned(),
            "nb" | "nn" | "no" => continue,
            _ => primary,
        };
        if let Some(l) = by_code(&primary) {
            return l;
        }
    }
    &LANGUAGES[0]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation() {
        assert_eq!(negotiate("").code, "en");
        assert_eq!(negotiate("ar-SY,ar;q=0.9,en;q=0.5").code, "ar");
        assert_eq!(negotiate("de;q=0.5, fr;q=0.8").code, "fr");
        assert_eq!(negotiate("prs").code, "fa");
        assert_eq!(negotiate("zz, ti;q=0.1").code, "ti");
        assert_eq!(negotiate("uk;q=0").code, "en");
        assert_eq!(negotiate("*").code, "en");
        assert_eq!(negotiate("ar;q=abc, sv").code, "sv");
    }
}
