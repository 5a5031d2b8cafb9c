//! Plain language: how hard a text is to read, with a measure made for its language
//! where one exists. The coordinator sees the hardest pages first.
//!
//! | language | measure | easy | hard |
//! |---|---|---|---|
//! | en | Flesch reading ease (Flesch 1948) | ≥ 70 | < 50 |
//! | de | Flesch, Amstad's German formula (1978) | ≥ 70 | < 50 |
//! | es | Fernández Huerta (1959) | ≥ 70 | < 50 |
//! | fr | Kandel & Moles (1958) | ≥ 70 | < 50 |
//! | ru | Oborneva's Russian Flesch (2006) | ≥ 70 | < 50 |
//! | tr | Ateşman (1997) | ≥ 70 | < 50 |
//! | sv | LIX (Björnsson 1968) | < 40 | ≥ 50 |
//! | uk, so | LIX, **not validated** for the language (shown as such) | < 40 | ≥ 50 |
//! | ar, fa, ti | none known to us that is validated: only words per sentence | — | — |
//!
//! Syllables are counted as groups of vowel letters (with the silent final `e` of
//! English and French dropped); for Russian and Turkish every vowel is one syllable,
//! which is exact there.

/// Which measure was used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    Flesch,
    Amstad,
    FernandezHuerta,
    KandelMoles,
    Oborneva,
    Atesman,
    Lix,
    /// LIX computed for a language it was not validated for.
    LixUnvalidated,
    /// No validated measure: only the average sentence length.
    None,
}

impl Measure {
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Flesch => "flesch",
            Measure::Amstad => "amstad",
            Measure::FernandezHuerta => "fernandez_huerta",
            Measure::KandelMoles => "kandel_moles",
            Measure::Oborneva => "oborneva",
            Measure::Atesman => "atesman",
            Measure::Lix => "lix",
            Measure::LixUnvalidated => "lix_unvalidated",
            Measure::None => "none",
        }
    }

    /// The measure for a language.
    pub fn for_language(lang: &str) -> Measure {
        match lang {
            "en" => Measure::Flesch,
            "de" => Measure::Amstad,
            "es" => Measure::FernandezHuerta,
            "fr" => Measure::KandelMoles,
            "ru" => Measure::Oborneva,
            "tr" => Measure::Atesman,
            "sv" | "da" | "no" | "nb" | "nn" => Measure::Lix,
            "uk" | "so" => Measure::LixUnvalidated,
            _ => Measure::None,
        }
    }
}

/// How easy, in three bands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    Easy,
    Medium,
    Hard,
    /// No measure for this language.
    Unknown,
}

impl Band {
    pub fn as_str(self) -> &'static str {
        match self {
            Band::Easy => "easy",
            Band::Medium => "medium",
            Band::Hard => "hard",
            Band::Unknown => "unknown",
        }
    }
}

/// The readability of one text.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Score {
    pub measure: Measure,
    /// The measure's value (rounded to one decimal); `None` when there is no measure.
    pub value: Option<f64>,
    pub band: Band,
    pub words: usize,
    pub sentences: usize,
    /// Average words per sentence (one decimal).
    pub words_per_sentence: f64,
    /// 0 (easiest) to 100 (hardest), comparable across measures, for sorting the
    /// hardest pages first; `None` without a measure.
    pub difficulty: Option<f64>,
}

fn is_vowel(lang: &str, c: char) -> bool {
    let c = c.to_lowercase().next().unwrap_or(c);
    match lang {
        "ru" | "uk" => "аеёиоуыэюяіїє".contains(c),
        "tr" => "aeıioöuü".contains(c),
        "de" => "aeiouyäöü".contains(c),
        "sv" => "aeiouyåäö".contains(c),
        "fr" => "aeiouyàâéèêëîïôûùüÿœæ".contains(c),
        "es" => "aeiouáéíóúü".contains(c),
        _ => "aeiouy".contains(c),
    }
}

/// Syllables of one word: groups of vowels; a silent final `e` in English and French.
pub fn syllables(lang: &str, word: &str) -> usize {
    let chars: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if chars.is_empty() {
        return 0;
    }
    if matches!(lang, "ru" | "uk" | "tr") {
        return chars.iter().filter(|c| is_vowel(lang, **c)).count().max(1);
    }
    let mut groups = 0;
    let mut prev = false;
    for c in &chars {
        let v = is_vowel(lang, *c);
        if v && !prev {
            groups += 1;
        }
        prev = v;
    }
    if matches!(lang, "en" | "fr") && groups > 1 {
        let lower: String = chars.iter().collect::<String>().to_lowercase();
        if lower.ends_with('e') && !lower.ends_with("le") && !lower.ends_with("ee") {
            groups -= 1;
        }
    }
    groups.max(1)
}

fn words_of(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '/' | '–' | '—'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(|c| c.is_alphanumeric()))
        .collect()
}

fn sentences_of(text: &str) -> usize {
    let mut n = 0;
    let mut in_sentence = false;
    for c in text.chars() {
        if matches!(c, '.' | '!' | '?' | ':' | ';' | '\n' | '؟' | '۔' | '።' | '፧' | '。') {
            if in_sentence {
                n += 1;
            }
            in_sentence = false;
        } else if c.is_alphanumeric() {
            in_sentence = true;
        }
    }
    if in_sentence {
        n += 1;
    }
    n
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The readability of a plain text (see `markup::plain_text`) in a language.
pub fn score(lang: &str, text: &str) -> Score {
    let words = words_of(text);
    let w = words.len();
    let s = sentences_of(text).max(usize::from(w > 0));
    let measure = Measure::for_language(lang);
    let wps = if s == 0 { 0.0 } else { w as f64 / s as f64 };
    let base = Score {
        measure,
        value: None,
        band: Band::Unknown,
        words: w,
        sentences: s,
        words_per_sentence: round1(wps),
        difficulty: None,
    };
    if w == 0 || measure == Measure::None {
        return base;
    }
    let syl: usize = words.iter().map(|x| syllables(lang, x)).sum();
    let asw = syl as f64 / w as f64;
    let (value, band, difficulty) = match measure {
        Measure::Lix | Measure::LixUnvalidated => {
            let long = words.iter().filter(|x| x.chars().count() > 6).count();
            let lix = wps + 100.0 * long as f64 / w as f64;
            let band = if lix < 40.0 {
                Band::Easy
            } else if lix < 50.0 {
                Band::Medium
            } else {
                Band::Hard
            };
            // LIX 20 (very easy) … 70 (very hard) onto 0…100.
            (lix, band, ((lix - 20.0) * 2.0).clamp(0.0, 100.0))
        }
        _ => {
            let v = match measure {
                Measure::Flesch => 206.835 - 1.015 * wps - 84.6 * asw,
                Measure::Amstad => 180.0 - wps - 58.5 * asw,
                Measure::FernandezHuerta => 206.84 - 0.60 * (asw * 100.0) - 1.02 * wps,
                Measure::KandelMoles => 207.0 - 1.015 * wps - 73.6 * asw,
                Measure::Oborneva => 206.835 - 1.3 * wps - 60.1 * asw,
                _ => 198.825 - 40.175 * asw - 2.610 * wps,
            };
            let band = if v >= 70.0 {
                Band::Easy
            } else if v >= 50.0 {
                Band::Medium
            } else {
                Band::Hard
            };
            (v, band, (100.0 - v).clamp(0.0, 100.0))
        }
    };
    Score { value: Some(round1(value)), band, difficulty: Some(round1(difficulty)), ..base }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllable_counts() {
        assert_eq!(syllables("en", "welcome"), 2);
        assert_eq!(syllables("en", "the"), 1);
        assert_eq!(syllables("en", "table"), 2);
        assert_eq!(syllables("en", "information"), 4);
        assert_eq!(syllables("ru", "информация"), 5);
        assert_eq!(syllables("tr", "merhaba"), 3);
        assert_eq!(syllables("de", "Wohnung"), 2);
        assert_eq!(syllables("en", "42"), 0);
    }

    #[test]
    fn easy_english_scores_high_and_hard_low() {
        let easy = score("en", "You can call us. We speak your language. The help is free.");
        assert_eq!(easy.measure, Measure::Flesch);
        assert_eq!(easy.sentences, 3);
        assert_eq!(easy.band, Band::Easy, "{easy:?}");
        let hard = score(
            "en",
            "Notwithstanding the aforementioned administrative considerations, applications for \
             residence authorisation necessitate comprehensive documentation substantiating eligibility.",
        );
        assert_eq!(hard.band, Band::Hard, "{hard:?}");
        assert!(hard.difficulty > easy.difficulty);
    }

    #[test]
    fn lix_for_swedish() {
        // 2 sentences, 9 words, 1 long word (more than 6 letters): 4.5 + 11.1.
        let s = score("sv", "Välkommen till staden. Vi talar flera språk varje vardag.");
        assert_eq!(s.measure, Measure::Lix);
        assert_eq!(s.words, 9);
        assert_eq!(s.value, Some(15.6));
        assert_eq!(s.band, Band::Easy);
    }

    #[test]
    fn honest_where_no_measure_is_known() {
        let s = score("ar", "مرحبا بكم في المدينة. نحن نساعدكم.");
        assert_eq!(s.measure, Measure::None);
        assert_eq!(s.value, None);
        assert_eq!(s.band, Band::Unknown);
        assert_eq!(s.sentences, 2);
        assert_eq!(score("ti", "").words, 0);
        assert_eq!(score("uk", "Ласкаво просимо до міста.").measure, Measure::LixUnvalidated);
    }

    #[test]
    fn empty_text() {
        let s = score("en", "");
        assert_eq!(s.words, 0);
        assert_eq!(s.value, None);
    }
}
