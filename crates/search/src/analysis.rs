//! Text analysis: the same functions cut documents into terms when they are indexed and
//! the desk agent's words when they are searched, so both sides always agree.
//!
//! Two kinds of term come out of a word:
//! - the **plain** term, the same for every language: Unicode NFKC, lower case, marks
//!   (accents, Arabic harakat) removed, Arabic and Persian letter variants made one
//!   (ي ى ی ئ → ي, ك ک → ك, ة ۀ → ه, أ إ آ ٱ → ا, ؤ → و), tatweel removed, Arabic-Indic
//!   and Persian digits as ASCII, Ukrainian apostrophes removed (м'ясо = мʼясо = мясо),
//!   ß → ss, ı → i. Exact, fuzzy and prefix matching work on these.
//! - the **stem** of the word in one language: the same normalisation but keeping the
//!   letters the language's stemmer needs (ä, ö, ı, ё→е, Persian ی and ک, Arabic ي and
//!   ك), the language's apostrophe rule (French elision l'/d'/qu', Turkish suffixes after
//!   the apostrophe), then the Snowball stemmer where the language has one, then the
//!   accents folded so a German query without umlauts still finds the word.

use crate::lang::{Lang, Script, script_of};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Longest term kept, in characters: longer words are cut (no real word is longer,
/// and fuzzy automata stay small).
pub(crate) const MAX_TERM_CHARS: usize = 40;

/// A word of a text, with its place in the original (byte offsets, for snippets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// The word follows a zero-width non-joiner (Persian: a suffix such as ها).
    pub after_zwnj: bool,
}

const ZWNJ: char = '\u{200C}';

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{02BB}' | '`' | '\u{2032}' | '\u{00B4}')
}

/// Characters that belong to a word but carry nothing (removed by the normaliser).
fn is_invisible_in_word(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200D}' | '\u{200E}' | '\u{200F}' | '\u{FE0F}' | '\u{2060}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c) || is_invisible_in_word(c)
}

/// Cuts a text into words: runs of letters, digits and marks; an apostrophe between two
/// letters stays inside the word; a zero-width non-joiner ends a word.
pub(crate) fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut after_zwnj = false;
    let mut next_after_zwnj = false;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inside = if is_word_char(c) {
            true
        } else if is_apostrophe(c) && start.is_some() {
            chars.peek().is_some_and(|&(_, n)| n.is_alphabetic())
        } else {
            false
        };
        if inside {
            if start.is_none() {
                start = Some(i);
                after_zwnj = next_after_zwnj;
            }
        } else {
            if let Some(s) = start.take() {
                out.push(Word { start: s, end: i, text: &text[s..i], after_zwnj });
            }
            next_after_zwnj = c == ZWNJ;
        }
    }
    if let Some(s) = start {
        out.push(Word { start: s, end: text.len(), text: &text[s..], after_zwnj });
    }
    out
}

/// How Arabic-script letters are written out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// Every variant made one (the plain terms).
    Plain,
    /// As the Arabic stemmer expects them (ي, ك).
    Arabic,
    /// As the Persian stemmer expects them (ی, ک).
    Persian,
    /// Other languages: Arabic-script letters as in Plain.
    Other,
}

fn form_of(lang: Lang) -> Form {
    match lang {
        Lang::Ar => Form::Arabic,
        Lang::Fa => Form::Persian,
        _ => Form::Other,
    }
}

/// NFKC, lower case, invisible characters and Arabic vowel marks removed, digits as
/// ASCII, apostrophes as `'`, Arabic-script letter variants per `form`.
fn normalise(word: &str, form: Form) -> String {
    // Most words of most languages of the base: nothing to compose or map.
    if word.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return word.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(word.len());
    for c in word.nfkc() {
        for c in c.to_lowercase() {
            let u = c as u32;
            match c {
                _ if is_invisible_in_word(c) => {}
                // The dot of a lower-cased Turkish İ; tatweel; harakat and Quranic marks.
                '\u{0307}' | '\u{0640}' | '\u{0670}' => {}
                _ if (0x064B..=0x065F).contains(&u) || (0x06D6..=0x06ED).contains(&u) => {}
                _ if (0x0660..=0x0669).contains(&u) => out.push(char::from(b'0' + (u - 0x0660) as u8)),
                _ if (0x06F0..=0x06F9).contains(&u) => out.push(char::from(b'0' + (u - 0x06F0) as u8)),
                _ if is_apostrophe(c) => out.push('\''),
                'ё' => out.push('е'),
                'ھ' | 'ە' => out.push('ه'),
                'ی' | 'ى' | 'ي' => out.push(if form == Form::Persian { 'ی' } else { 'ي' }),
                'ک' | 'ك' => out.push(if form == Form::Persian { 'ک' } else { 'ك' }),
                'ۀ' | 'ۂ' => out.push('ه'),
                'ة' if form == Form::Persian => out.push('ه'),
                _ => out.push(c),
            }
        }
    }
    if form == Form::Plain || form == Form::Other {
        // The stems of Arabic-script words in a Latin-language document still agree
        // with the plain terms.
        out = fold_arabic(&out);
    }
    out
}

/// Arabic-script letters all made one form (for plain terms).
fn fold_arabic(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'ی' | 'ى' | 'ئ' => 'ي',
            'ک' => 'ك',
            'ة' | 'ۀ' => 'ه',
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ؤ' => 'و',
            _ => c,
        })
        .collect()
}

/// Accents and other marks removed (é → e, ä → a, й → и, ї → і), plus the letters that
/// do not decompose: ß, ı, ø, æ, œ, ł, đ, ð, þ.
fn fold_marks(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' => out.push_str("ss"),
            'ı' => out.push('i'),
            'ø' => out.push('o'),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ł' => out.push('l'),
            'đ' | 'ð' => out.push('d'),
            'þ' => out.push_str("th"),
            _ => decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.push(d);
                }
            }),
        }
    }
    out
}

/// French (and Catalan/Italian) elided articles and pronouns before an apostrophe.
fn is_elision(part: &str) -> bool {
    matches!(part, "l" | "d" | "j" | "m" | "n" | "s" | "t" | "c" | "qu" | "jusqu" | "lorsqu" | "puisqu" | "quoiqu")
}

/// Splits a normalised word at its apostrophes into the parts that become terms.
fn apostrophes(word: &str, lang: Option<Lang>) -> Vec<String> {
    if !word.contains('\'') {
        return vec![word.to_owned()];
    }
    let parts: Vec<&str> = word.split('\'').filter(|p| !p.is_empty()).collect();
    match (lang, parts.as_slice()) {
        // Turkish: İstanbul'da, Ali'nin: the suffix after the apostrophe is grammar.
        (Some(Lang::Tr), [first, ..]) => vec![(*first).to_owned()],
        // l'adresse, qu'il, d'identité: the elided word is dropped.
        (Some(Lang::Fr) | None, [first, rest @ ..]) if is_elision(first) && !rest.is_empty() => vec![rest.concat()],
        // м'ясо, сім'я (Ukrainian), don't, Somali ka'a: the apostrophe is part of the word.
        _ => vec![parts.concat()],
    }
}

/// Persian suffixes written after a zero-width non-joiner (کتاب‌ها, خانه‌ای), as plain terms.
fn is_persian_affix(plain: &str) -> bool {
    matches!(plain, "ها" | "هاي" | "هايي" | "ي" | "اي" | "ام" | "ات" | "اش" | "تر" | "ترين")
}

fn cut(mut s: String) -> String {
    if let Some((i, _)) = s.char_indices().nth(MAX_TERM_CHARS) {
        s.truncate(i);
    }
    s
}

/// The plain terms of a word (usually one; NFKC can make several, e.g. "㎏" → "kg").
pub(crate) fn plain_terms(word: &Word<'_>) -> Vec<String> {
    plain_of(word, &normalise(word.text, Form::Plain))
}

fn plain_of(word: &Word<'_>, normalised: &str) -> Vec<String> {
    let mut out = Vec::new();
    for piece in normalised.split(|c: char| !is_word_char(c) && c != '\'') {
        for part in apostrophes(piece, None) {
            let t = fold_marks(&part);
            if t.is_empty() || (word.after_zwnj && is_persian_affix(&t)) {
                continue;
            }
            out.push(cut(t));
        }
    }
    out
}

/// و ف ب ك before the article ال (والتسجيل, بالعربية): Snowball's Arabic stemmer leaves
/// these words whole; without the first letter it removes ال and the rest as usual.
fn strip_arabic_conjunction(word: String) -> String {
    let mut chars = word.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some('و' | 'ف' | 'ب' | 'ك'), Some('ا'), Some('ل')) if word.chars().count() >= 6 => chars_from(&word, 1),
        _ => word,
    }
}

fn chars_from(s: &str, n: usize) -> String {
    s.chars().skip(n).collect()
}

/// A stemmer of one language, reusable across words.
pub(crate) struct Stemmer {
    lang: Lang,
    stemmer: Option<frostem::Stemmer>,
}

impl Stemmer {
    pub(crate) fn new(lang: Lang) -> Self {
        Self { lang, stemmer: lang.stemmer().map(frostem::Stemmer::new) }
    }

    /// The stems of a word in this language (usually one).
    pub(crate) fn terms(&self, word: &Word<'_>) -> Vec<String> {
        self.stems_of(word, &normalise(word.text, form_of(self.lang)))
    }

    /// The plain terms and the stems of a word (normalised once where the forms agree).
    pub(crate) fn plain_and_stems(&self, word: &Word<'_>) -> (Vec<String>, Vec<String>) {
        let plain = normalise(word.text, Form::Plain);
        let stems = match form_of(self.lang) {
            Form::Other | Form::Plain => self.stems_of(word, &plain),
            form => self.stems_of(word, &normalise(word.text, form)),
        };
        (plain_of(word, &plain), stems)
    }

    fn stems_of(&self, word: &Word<'_>, normalised: &str) -> Vec<String> {
        let mut out = Vec::new();
        for piece in normalised.split(|c: char| !is_word_char(c) && c != '\'') {
            for part in apostrophes(piece, Some(self.lang)) {
                if part.is_empty() || (word.after_zwnj && is_persian_affix(&fold_arabic(&part))) {
                    continue;
                }
                let part = match self.lang {
                    Lang::Ar => strip_arabic_conjunction(part),
                    _ => part,
                };
                let stem = match &self.stemmer {
                    Some(s) => s.stem(&part).into_owned(),
                    None => part,
                };
                let stem = match self.lang.script() {
                    Script::Latin => fold_marks(&stem),
                    _ => stem,
                };
                if !stem.is_empty() {
                    out.push(cut(stem));
                }
            }
        }
        out
    }
}

/// The languages whose stemmers a query word goes through: those written in its script.
pub(crate) fn languages_for(word: &str) -> impl Iterator<Item = Lang> {
    let script = script_of(word);
    Lang::ALL.into_iter().filter(move |l| script != Script::Other && l.script() == script)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> Vec<String> {
        words(s).iter().flat_map(plain_terms).collect()
    }

    fn stems(lang: Lang, s: &str) -> Vec<String> {
        let st = Stemmer::new(lang);
        words(s).iter().flat_map(|w| st.terms(w)).collect()
    }

    #[test]
    fn words_keep_offsets_and_inner_apostrophes() {
        let w = words("L'adresse: м’ясо, (don't) 'x'");
        let texts: Vec<&str> = w.iter().map(|w| w.text).collect();
        assert_eq!(texts, ["L'adresse", "м’ясо", "don't", "x"]);
        assert_eq!(&"L'adresse: м’ясо"[w[1].start..w[1].end], "м’ясо");
    }

    #[test]
    fn plain_terms_fold_case_accents_and_letter_variants() {
        assert_eq!(
            plain("Bostäder FOLKBOKFÖRING Straße İstanbul"),
            ["bostader", "folkbokforing", "strasse", "istanbul"]
        );
        // Persian ی and ک against Arabic ي and ك; ة against ه; alef forms; diacritics; tatweel.
        assert_eq!(plain("كتاب"), plain("کتاب"));
        assert_eq!(plain("مدرسة"), plain("مدرسه"));
        assert_eq!(plain("أحمد إسلام آمنة"), plain("احمد اسلام امنه"));
        assert_eq!(plain("مَدْرَسَةٌ"), plain("مدرسة"));
        assert_eq!(plain("كـــتاب"), plain("كتاب"));
        assert_eq!(plain("٢٠٢٦ ۲۰۲۶"), ["2026", "2026"]);
        // Ukrainian apostrophes, all four ways of typing them.
        assert_eq!(plain("м'ясо мʼясо м’ясо мясо"), ["мясо", "мясо", "мясо", "мясо"]);
        // French elision.
        assert_eq!(plain("l'adresse d’identité"), ["adresse", "identite"]);
        // Ethiopic as is.
        assert_eq!(plain("ምዝገባ፡ነዋሪ"), ["ምዝገባ", "ነዋሪ"]);
        // Persian suffix after a zero-width non-joiner.
        assert_eq!(plain("کتاب\u{200C}ها"), ["كتاب"]);
        // NFKC: full-width letters, ligatures.
        assert_eq!(plain("ＡＢＣ ﬁle"), ["abc", "file"]);
    }

    #[test]
    fn stems_per_language() {
        assert_eq!(stems(Lang::En, "registering"), stems(Lang::En, "register"));
        assert_eq!(stems(Lang::De, "Anmeldungen"), stems(Lang::De, "anmeldung"));
        assert_eq!(stems(Lang::De, "Bestätigungen"), stems(Lang::De, "bestatigung"));
        assert_eq!(stems(Lang::Ru, "регистрации"), stems(Lang::Ru, "регистрация"));
        assert_eq!(stems(Lang::Ar, "المدرسة"), stems(Lang::Ar, "مَدْرَسَة"));
        assert_eq!(stems(Lang::Ar, "والتسجيل"), stems(Lang::Ar, "تسجيل"));
        assert_eq!(stems(Lang::Ar, "بالعربية"), stems(Lang::Ar, "العربية"));
        // Not a conjunction: a short word starting with the same letters stays.
        assert_eq!(stems(Lang::Ar, "والي"), stems(Lang::Ar, "والي"));
        assert_eq!(stems(Lang::Fa, "کتاب‌ها"), stems(Lang::Fa, "كتابها"));
        assert_eq!(stems(Lang::Fa, "كتاب"), stems(Lang::Fa, "کتاب"));
        assert_eq!(stems(Lang::Tr, "İstanbul'da"), stems(Lang::Tr, "istanbul"));
        assert_eq!(stems(Lang::Fr, "l'inscription"), stems(Lang::Fr, "inscriptions"));
        assert_eq!(stems(Lang::Es, "viviendas"), stems(Lang::Es, "vivienda"));
        assert_eq!(stems(Lang::Uk, "сім’я"), ["сімя"]);
    }

    #[test]
    fn terms_are_cut() {
        let long = "a".repeat(1000);
        assert_eq!(plain(&long)[0].chars().count(), MAX_TERM_CHARS);
    }
}
