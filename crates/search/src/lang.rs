//! The twelve languages of the knowledge base and what the analyser knows of each.

use frostem::Algorithm;

/// The writing systems the analyser tells apart: a query word is stemmed only with the
/// stemmers of languages written in its script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Latin,
    Arabic,
    Cyrillic,
    Ethiopic,
    /// Digits only, or a script none of the twelve languages uses.
    Other,
}

/// A language of the base. The order is the order of [`crate::LANGUAGES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Lang {
    En,
    Sv,
    De,
    Ar,
    Fa,
    Uk,
    Ru,
    Tr,
    So,
    Ti,
    Es,
    Fr,
}

impl Lang {
    pub(crate) const ALL: [Lang; 12] = [
        Lang::En,
        Lang::Sv,
        Lang::De,
        Lang::Ar,
        Lang::Fa,
        Lang::Uk,
        Lang::Ru,
        Lang::Tr,
        Lang::So,
        Lang::Ti,
        Lang::Es,
        Lang::Fr,
    ];

    pub(crate) fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sv => "sv",
            Lang::De => "de",
            Lang::Ar => "ar",
            Lang::Fa => "fa",
            Lang::Uk => "uk",
            Lang::Ru => "ru",
            Lang::Tr => "tr",
            Lang::So => "so",
            Lang::Ti => "ti",
            Lang::Es => "es",
            Lang::Fr => "fr",
        }
    }

    pub(crate) fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    pub(crate) fn script(self) -> Script {
        match self {
            Lang::Ar | Lang::Fa => Script::Arabic,
            Lang::Uk | Lang::Ru => Script::Cyrillic,
            Lang::Ti => Script::Ethiopic,
            _ => Script::Latin,
        }
    }

    /// The Snowball stemmer of the language, where one exists. Ukrainian, Somali and
    /// Tigrinya have none (see docs/ARCHITECTURE.md, "Knowledge search").
    pub(crate) fn stemmer(self) -> Option<Algorithm> {
        match self {
            Lang::En => Some(Algorithm::English),
            Lang::Sv => Some(Algorithm::Swedish),
            Lang::De => Some(Algorithm::German),
            Lang::Ar => Some(Algorithm::Arabic),
            Lang::Fa => Some(Algorithm::Persian),
            Lang::Ru => Some(Algorithm::Russian),
            Lang::Tr => Some(Algorithm::Turkish),
            Lang::Es => Some(Algorithm::Spanish),
            Lang::Fr => Some(Algorithm::French),
            Lang::Uk | Lang::So | Lang::Ti => None,
        }
    }
}

/// The script of a word: that of its first letter.
pub(crate) fn script_of(word: &str) -> Script {
    for c in word.chars() {
        if !c.is_alphabetic() {
            continue;
        }
        let u = c as u32;
        return match u {
            0x0041..=0x024F | 0x1E00..=0x1EFF => Script::Latin,
            0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
            0x0400..=0x052F => Script::Cyrillic,
            0x1200..=0x139F | 0x2D80..=0x2DDF | 0xAB00..=0xAB2F => Script::Ethiopic,
            _ => Script::Other,
        };
    }
    Script::Other
}
