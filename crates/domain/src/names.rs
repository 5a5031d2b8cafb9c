//! People's names compared across scripts and spellings: the register's search and its
//! duplicate check on intake (issue "Finding people and duplicates").
//!
//! Three steps, all pure and allocation-light:
//!
//! 1. [`normalize_tokens`] turns a name in any script into comparable ASCII Latin tokens:
//!    compatibility decomposition, diacritics dropped, Arabic/Persian letters through a
//!    small table of our own (so that "ا" is "a" and "و"/"ي" become vowels inside a word),
//!    Ukrainian Cyrillic by the Ukrainian national romanisation (KMU 2010) when the name
//!    shows a Ukrainian letter, everything else through `any_ascii`; Somali spelling
//!    (`x` = h, `c` = ʿ, doubled vowels), particles ("al", "abd", "bin", "van", …) and
//!    common variant spellings of one name (Mohammed/Muhammad/Mehmet/Maxamed…) folded.
//! 2. Every token gets a *consonant skeleton* (vowels dropped, similar consonants
//!    folded: Arabic script carries no short vowels, so "محمد" and "Mohammed" meet as
//!    `mhmd`). [`blocking_keys`] builds a few short index keys from the skeletons.
//! 3. [`similarity`] pairs tokens of two names (order-free, best pairs first), scores
//!    each pair with Jaro-Winkler on the spelling and on the skeleton, and weighs a
//!    missing token less than a wrong one.
//!
//! For many comparisons against one query, [`PreparedName`] does step 1 once.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Two names scoring at least this in [`similarity`] are probably the same person's
/// (shown as a likely duplicate on intake). Typical scores: the same name in another
/// script or spelling, with tokens in another order or a particle dropped: 0.9–1.0;
/// one missing middle name: ≈ 0.85; one typo in a two-token name: ≈ 0.8; brothers
/// sharing father's and family name ("Ahmed Omar Hassan" / "Bilal Omar Hassan"):
/// ≈ 0.67; two different people sharing one of two names: ≤ 0.55.
pub const LIKELY_SAME: f64 = 0.75;

/// Characters of a name looked at; the rest is ignored (form fields are shorter).
const MAX_INPUT_CHARS: usize = 1_000;
/// Tokens kept per name after particles are handled.
const MAX_TOKENS: usize = 12;
/// Bytes kept per token.
const MAX_TOKEN_LEN: usize = 48;
/// Bytes kept per skeleton.
const MAX_SKELETON_LEN: usize = 12;
/// Keys per name at most.
const MAX_KEYS: usize = 8;
/// Tokens of a name that take part in keys (the ones with the longest skeletons).
const KEY_TOKENS: usize = 4;
/// Weight of a token that has no counterpart in the other name (a matched one weighs 1).
const UNMATCHED_WEIGHT: f64 = 0.35;

/// A name reduced to comparable Latin tokens: NFKD, diacritics removed, any script
/// transliterated to ASCII Latin, lower case, punctuation/apostrophes/hyphens split or
/// removed sensibly, particles like "al", "el", "abd", "bin", "ibn", "van", "de" handled
/// (e.g. "Al Hassan" and "Alhassan" must match), common variant spellings folded to a
/// canonical form (Mohammed/Muhammad/Mohamed/Muhammed/Mehmet → one key; Ahmed/Ahmad;
/// Hussein/Husain/Hossein; Yusuf/Youssef/Yousef; Fatima/Fatma; Olexandr/Oleksandr/Alexander?
/// — be careful: only fold true variants of one name, not different names).
///
/// Details: apostrophes (', ’, ʼ, ʿ, `) join ("O'Brien" → `obrien`), any other
/// non-letter splits. The Arabic article is dropped ("Al Hassan", "Al-Hassan",
/// "Alhassan", "الحسن" → `hassan`/`hsn`); "bin", "ibn", "bint" are dropped; "Abd"
/// compounds are glued and reduced to `abd` + name ("Abd al-Rahman", "Abdul Rahman",
/// "Abdurrahman", "Cabdiraxmaan" → `abdrahman`); "abu", "van", "von", "de", "da", "di",
/// "du", "del", "der", "den", "mac", "mc" are glued to the next token. Tokens are
/// `[a-z0-9]+`, in the name's order, at most 12.
pub fn normalize_tokens(name: &str) -> Vec<String> {
    prepare_tokens(name).into_iter().map(|t| t.text).collect()
}

/// Blocking keys for an index: a small set (2..=8) of short strings such that two
/// spellings of the same person's name share at least one key with very high
/// probability, while a random other name rarely does. Store layer will put them in
/// an indexed table `name_keys(key, person_id)` and look up candidates by key, so keep
/// keys few and selective (e.g. phonetic code of each token of length >= 2, sorted-token
/// phonetic signature). Must be order-independent across tokens.
///
/// The keys (at most 8, none for a name without letters), built from the consonant
/// skeletons of the (at most 4) tokens with the longest skeletons:
/// - `n:` all of them, sorted (names of 3+ tokens): very selective;
/// - `p:` each pair of them, sorted: selective, survives order changes, a dropped or
///   added name, a changed particle;
/// - `t:` each one alone (`w:` + the spelling when its skeleton is shorter than 2, as
///   for "Ali"): broad, but survives a typo in any other token. A store should rank
///   candidates by the number of shared keys and may cap how many it reads per broad key.
///
/// Keys are ASCII, at most 60 bytes.
pub fn blocking_keys(name: &str) -> Vec<String> {
    PreparedName::new(name).blocking_keys()
}

/// Similarity of two full names in 0.0..=1.0, symmetric, order-independent across
/// tokens, robust to one missing middle token, typos (Jaro-Winkler or similar per token
/// with best matching), script and variant differences. 1.0 for identical after normalization.
///
/// Compare with [`LIKELY_SAME`]. Two names without any letter count as identical; a name
/// without letters against one with letters scores 0.
pub fn similarity(a: &str, b: &str) -> f64 {
    PreparedName::new(a).similarity(&PreparedName::new(b))
}

/// A name normalised once, for comparing one query against many candidates.
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedName {
    /// In the name's order.
    tokens: Vec<Token>,
    /// Indexes of `tokens` sorted by text: the order used for scoring, so that the
    /// result does not depend on the order the tokens were written in.
    sorted: Vec<usize>,
}

impl PreparedName {
    pub fn new(name: &str) -> PreparedName {
        PreparedName::from_tokens(prepare_tokens(name))
    }

    fn from_tokens(tokens: Vec<Token>) -> PreparedName {
        let mut sorted: Vec<usize> = (0..tokens.len()).collect();
        sorted.sort_by(|&x, &y| tokens[x].text.cmp(&tokens[y].text));
        PreparedName { tokens, sorted }
    }

    /// The normalised tokens, as [`normalize_tokens`] gives them.
    pub fn tokens(&self) -> impl Iterator<Item = &str> {
        self.tokens.iter().map(|t| t.text.as_str())
    }

    /// True when the name had no letters or digits at all.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// See [`blocking_keys`].
    pub fn blocking_keys(&self) -> Vec<String> {
        // Skeletons of distinct tokens; "_" for a token whose skeleton is empty ("Aya").
        let mut core: Vec<&Token> = Vec::with_capacity(self.tokens.len());
        for t in &self.tokens {
            if !core.iter().any(|c| c.skel == t.skel) {
                core.push(t);
            }
        }
        // Longest skeletons first (most selective), ties by skeleton then spelling: the
        // choice depends on the set of tokens only, not on their order.
        core.sort_by(|x, y| {
            y.skel.len().cmp(&x.skel.len()).then_with(|| x.skel.cmp(&y.skel)).then_with(|| x.text.cmp(&y.text))
        });
        core.truncate(KEY_TOKENS);
        let code = |t: &Token| -> String { if t.skel.is_empty() { "_".to_owned() } else { t.skel.clone() } };
        let mut keys: Vec<String> = Vec::with_capacity(MAX_KEYS);
        if core.len() >= 3 {
            let mut all: Vec<String> = core.iter().map(|t| code(t)).collect();
            all.sort();
            keys.push(format!("n:{}", all.join(".")));
        }
        for t in &core {
            if t.skel.len() >= 2 {
                keys.push(format!("t:{}", t.skel));
            } else {
                keys.push(format!("w:{}", truncate(&t.text, MAX_SKELETON_LEN)));
            }
        }
        'pairs: for i in 0..core.len() {
            for j in (i + 1)..core.len() {
                if keys.len() >= MAX_KEYS {
                    break 'pairs;
                }
                let (x, y) = (code(core[i]), code(core[j]));
                let (lo, hi) = if x <= y { (x, y) } else { (y, x) };
                keys.push(format!("p:{lo}.{hi}"));
            }
        }
        keys.sort();
        keys.dedup();
        keys.truncate(MAX_KEYS);
        keys
    }

    /// See [`similarity`].
    pub fn similarity(&self, other: &PreparedName) -> f64 {
        // Put the two names in a canonical order so that every tie is broken the same
        // way whichever comes first: the result is exactly symmetric.
        let ord =
            self.tokens.len().cmp(&other.tokens.len()).then_with(|| self.sorted_texts().cmp(other.sorted_texts()));
        let (a, b) = match ord {
            // Same tokens (in any order), or both without letters.
            std::cmp::Ordering::Equal => return 1.0,
            std::cmp::Ordering::Less => (self, other),
            std::cmp::Ordering::Greater => (other, self),
        };
        if a.is_empty() {
            return 0.0;
        }
        let mut best = assign(a, b);
        if b.tokens.len() > a.tokens.len() && best < 1.0 {
            best = best.max(with_merges(a, b));
        }
        best.clamp(0.0, 1.0)
    }

    fn sorted_texts(&self) -> impl Iterator<Item = &str> {
        self.sorted.iter().map(|&i| self.tokens[i].text.as_str())
    }
}

// ---------------------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, PartialEq)]
struct Token {
    /// `[a-z0-9]+`.
    text: String,
    /// Consonant skeleton of `text`, `[a-z]*`.
    skel: String,
    /// Came from Arabic script, which writes no short vowels: compare by skeleton.
    vowelless: bool,
    /// `text` is the canonical form of a name we know (so two different known names
    /// are different names, however alike they look: Hasan/Husayn, Yusuf/Yasin).
    known: bool,
}

impl Token {
    fn new(text: String, vowelless: bool) -> Token {
        let (text, vowelless, known) = match fold_variant(&text, vowelless) {
            Some(c) => (c.to_owned(), false, true),
            None => (text, vowelless, false),
        };
        let skel = skeleton(text.as_bytes());
        Token { text, skel, vowelless, known }
    }
}

struct RawToken {
    text: String,
    vowelless: bool,
}

fn prepare_tokens(name: &str) -> Vec<Token> {
    let raw = raw_tokens(name);
    let glued = particles(raw);
    glued.into_iter().filter(|t| !t.text.is_empty()).take(MAX_TOKENS).map(|t| Token::new(t.text, t.vowelless)).collect()
}

/// Splits and transliterates. Each token is `[a-z0-9]+`.
fn raw_tokens(name: &str) -> Vec<RawToken> {
    let ukrainian =
        name.chars().take(MAX_INPUT_CHARS).any(|c| matches!(c, 'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ'));
    let mut b = TokenBuilder::default();
    for ch in name.chars().take(MAX_INPUT_CHARS) {
        if is_joiner(ch) {
            continue;
        }
        if ukrainian {
            let lower = ch.to_lowercase().next().unwrap_or(ch);
            if let Some(s) = ukrainian_letter(lower, b.cur.is_empty()) {
                b.push_ascii(s);
                continue;
            }
        }
        decompose_compatible(ch, |d| b.push_char(d));
    }
    b.finish()
}

#[derive(Default)]
struct TokenBuilder {
    out: Vec<RawToken>,
    cur: String,
    vowelless: bool,
}

impl TokenBuilder {
    fn push_char(&mut self, d: char) {
        if is_combining_mark(d) || is_joiner(d) {
            return;
        }
        if let Some(s) = arabic_letter(d, self.cur.is_empty()) {
            self.vowelless = true;
            self.push_ascii(s);
        } else if d.is_alphanumeric() {
            if is_arabic_block(d) {
                self.vowelless = true;
            }
            self.push_ascii(any_ascii::any_ascii_char(d));
        } else {
            self.split();
        }
    }

    /// Appends transliterated text: letters and digits lower-cased, apostrophes (which
    /// `any_ascii` gives for hamza, ʿayn, Ethiopic glottal stops…) dropped, anything
    /// else splits.
    fn push_ascii(&mut self, s: &str) {
        for c in s.bytes() {
            if c.is_ascii_alphanumeric() {
                if self.cur.len() < MAX_TOKEN_LEN {
                    self.cur.push(char::from(c.to_ascii_lowercase()));
                }
            } else if c != b'\'' && c != b'`' {
                self.split();
            }
        }
    }

    fn split(&mut self) {
        if !self.cur.is_empty() {
            let mut text = std::mem::take(&mut self.cur);
            if self.vowelless {
                // The Arabic article is written joined: "الحسن" al-Hasan.
                if text.len() >= 4 && text.starts_with("al") {
                    text.drain(..2);
                }
            } else {
                text = latin_spelling(&text);
            }
            if self.out.len() < MAX_TOKENS * 3 {
                self.out.push(RawToken { text, vowelless: self.vowelless });
            }
        }
        self.vowelless = false;
    }

    fn finish(mut self) -> Vec<RawToken> {
        self.split();
        self.out
    }
}

/// Apostrophes and invisible format characters: removed without splitting the word.
fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '\'' | '`'
            | '\u{00B4}'
            | '\u{02B9}'..='\u{02BF}'
            | '\u{02C8}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{201B}'
            | '\u{2032}'
            | '\u{00AD}'
            | '\u{061C}'
            | '\u{0640}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

fn is_arabic_block(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}')
}

/// Arabic and Persian letters (after compatibility decomposition, so presentation forms
/// and hamza carriers arrive as base letters). `any_ascii` drops alif and keeps `w`/`y`
/// for the long vowels; here alif is `a`, and waw/yeh inside a word are `u`/`i`, which
/// brings "يوسف" (`yusf`) close to "Yusuf" and "حسين" (`hsin`) to "Husain".
fn arabic_letter(c: char, word_start: bool) -> Option<&'static str> {
    Some(match c {
        'ا' | 'ٱ' | 'آ' => "a",
        'ء' | 'ع' => "",
        'ب' => "b",
        'ت' | 'ط' => "t",
        'ث' => "th",
        'ج' => "j",
        'ح' | 'ه' | 'ة' | 'ھ' | 'ۀ' | 'ہ' => "h",
        'خ' => "kh",
        'د' | 'ض' => "d",
        'ذ' => "dh",
        'ر' | 'ڕ' => "r",
        'ز' | 'ظ' => "z",
        'س' | 'ص' => "s",
        'ش' => "sh",
        'غ' => "gh",
        'ف' => "f",
        'ڤ' => "v",
        'ق' => "q",
        'ك' | 'ک' | 'ڪ' => "k",
        'گ' => "g",
        'ل' | 'ڵ' => "l",
        'م' => "m",
        'ن' => "n",
        'و' | 'ؤ' => {
            if word_start {
                "w"
            } else {
                "u"
            }
        }
        'ي' | 'ی' | 'ئ' | 'ې' | 'ێ' | 'ے' => {
            if word_start {
                "y"
            } else {
                "i"
            }
        }
        'ى' => "a",
        'ە' => "e",
        'ۆ' => "o",
        'پ' => "p",
        'چ' => "ch",
        'ژ' => "zh",
        _ => return None,
    })
}

/// Ukrainian Cyrillic, lower case, by the national romanisation (KMU 2010), which is
/// what Ukrainian passports print: "Сергій" → `serhii`, "Юлія" → `yuliia`.
fn ukrainian_letter(c: char, word_start: bool) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "h",
        'ґ' => "g",
        'д' => "d",
        'е' => "e",
        'є' => {
            if word_start {
                "ye"
            } else {
                "ie"
            }
        }
        'ж' => "zh",
        'з' => "z",
        'и' => "y",
        'і' => "i",
        'ї' => {
            if word_start {
                "yi"
            } else {
                "i"
            }
        }
        'й' => {
            if word_start {
                "y"
            } else {
                "i"
            }
        }
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ь' => "",
        'ю' => {
            if word_start {
                "yu"
            } else {
                "iu"
            }
        }
        'я' => {
            if word_start {
                "ya"
            } else {
                "ia"
            }
        }
        _ => return None,
    })
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Spelling rules for a Latin-script token: Somali orthography (`x` = h, `c` = ʿayn,
/// long vowels doubled), doubled vowels, Ukrainian "-iy"/"-ij" endings.
fn latin_spelling(t: &str) -> String {
    let b = t.as_bytes();
    let doubled_vowel = b.windows(2).any(|w| w[0] == w[1] && is_vowel(w[0]));
    let mut s: Vec<u8> = Vec::with_capacity(b.len());
    for (i, &c) in b.iter().enumerate() {
        let next = b.get(i + 1).copied();
        let somali_letter = doubled_vowel || (i == 0 && next.is_some_and(is_vowel));
        match c {
            // "Xasan", "Xaliimo", "Faarax": Somali x is ḥ. Elsewhere (Alexander) ks.
            b'x' if somali_letter => s.push(b'h'),
            // "Cabdi", "Caasha", "Jaamac": Somali c is ʿayn, not written in Latin.
            b'c' if (doubled_vowel && next != Some(b'h')) || (i == 0 && b.starts_with(b"cabd")) => {}
            _ => s.push(c),
        }
    }
    // Doubled vowels: "Yuusuf", "Maryaan", "Mahmood", "Saeed"/"Saed".
    s.dedup_by(|x, y| x == y && is_vowel(*x));
    // "-iy", "-ij" (Serhiy, Andrij) → "-ii" (Serhii, Andrii).
    let n = s.len();
    if n >= 4 && s[n - 2] == b'i' && (s[n - 1] == b'y' || s[n - 1] == b'j') {
        s[n - 1] = b'i';
    }
    String::from_utf8(s).unwrap_or_default()
}

// ---------------------------------------------------------------------------------------
// Particles

/// "son of", "daughter of": dropped.
const DROPPED: &[&str] = &["bin", "ibn", "bint", "bn", "bnt", "binti", "ould", "wuld"];
/// The Arabic article written apart: dropped.
const ARTICLES: &[&str] = &["al", "el", "ul"];
/// The article between "Abd" and the name, assimilated or not (abd ar-Rahman).
const ABD_ARTICLES: &[&str] = &[
    "al", "el", "ul", "il", "ar", "ur", "as", "us", "ash", "ad", "ud", "an", "un", "at", "ut", "az", "uz", "ed", "er",
    "es", "en", "ez",
];
/// "Servant of": glued to the name that follows ("Abdi" alone is a Somali name).
const ABD: &[&str] = &["abd", "abdul", "abdel", "abdal", "abdol", "abdoul", "abdou", "abdur", "abdus", "abdun"];
/// Glued to the token that follows.
const GLUED: &[&str] = &[
    "abu", "abou", "van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "dos", "das", "mac", "mc",
    "ter", "ten",
];
/// Latin names that start with "al"/"el" + consonant but are no article.
const NOT_ARTICLE: &[&str] = &[
    "albert",
    "alberto",
    "albrecht",
    "alfred",
    "alfredo",
    "alfonso",
    "alphonse",
    "alwin",
    "elmira",
    "elvira",
    "elmar",
    "elbert",
    "elzbieta",
    "elspeth",
    "alparslan",
    "aldemir",
    "elsbeth",
    "elfriede",
    "alberta",
    "alfreda",
];

fn particles(raw: Vec<RawToken>) -> Vec<RawToken> {
    let n = raw.len();
    let mut out: Vec<RawToken> = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        let t = &raw[i];
        let word = t.text.as_str();
        let has_next = i + 1 < n;
        if n > 1 && (DROPPED.contains(&word) || (has_next && ARTICLES.contains(&word))) {
            i += 1;
            continue;
        }
        let abd = ABD.contains(&word) || (t.vowelless && word == "bd");
        if abd && has_next {
            let mut text = if word.starts_with('a') { word.to_owned() } else { format!("a{word}") };
            let mut vowelless = t.vowelless;
            let mut j = i + 1;
            if ABD_ARTICLES.contains(&raw[j].text.as_str()) && j + 1 < n {
                text.push_str(&raw[j].text);
                j += 1;
            }
            text.push_str(&raw[j].text);
            vowelless |= raw[j].vowelless;
            out.push(RawToken { text: abd_compound(&text), vowelless });
            i = j + 1;
            continue;
        }
        if GLUED.contains(&word) && has_next {
            let mut text = String::from(word);
            let mut vowelless = t.vowelless;
            let mut j = i + 1;
            while j + 1 < n && GLUED.contains(&raw[j].text.as_str()) {
                text.push_str(&raw[j].text);
                j += 1;
            }
            text.push_str(&raw[j].text);
            vowelless |= raw[j].vowelless;
            if let Some(rest) = text.strip_prefix("abou") {
                text = format!("abu{rest}");
            }
            out.push(RawToken { text, vowelless });
            i = j + 1;
            continue;
        }
        let text = if word.starts_with("abd") || (t.vowelless && word.starts_with("bd")) {
            abd_compound(word)
        } else if t.vowelless {
            word.to_owned()
        } else {
            strip_glued_article(word)
        };
        out.push(RawToken { text, vowelless: t.vowelless });
        i += 1;
    }
    out
}

/// "abdulrahman", "abdelrahman", "abdalrahman", "abdurrahman", "abdirahman" →
/// "abdrahman"; "abdullah", "abdallah", "abdollah" → "abdlah"; "abdi" stays.
fn abd_compound(s: &str) -> String {
    let rest = s.strip_prefix("abd").or_else(|| s.strip_prefix("bd")).unwrap_or(s);
    let r = rest.as_bytes();
    if r.len() <= 1 {
        return if s.starts_with("bd") { format!("a{s}") } else { s.to_owned() };
    }
    let mut k = 0;
    if r.len() > 2 && is_vowel(r[0]) {
        k = 1;
    }
    // The article "l", unless it is the start of the name ("abd al-Latif" keeps one l).
    if r.len() >= k + 3 && r[k] == b'l' && (r[k + 1] == b'l' || !is_vowel(r[k + 1])) {
        k += 1;
    }
    // Assimilated article: "abdurrahman", "abdussalam".
    if r.len() >= k + 3 && r[k] == r[k + 1] && !is_vowel(r[k]) {
        k += 1;
    }
    let tail = rest.get(k..).unwrap_or("");
    format!("abd{tail}")
}

/// "alhassan", "elsayed" → "hassan", "sayed"; "alexander", "alina", "albert" stay.
fn strip_glued_article(word: &str) -> String {
    let b = word.as_bytes();
    if b.len() >= 6
        && (word.starts_with("al") || word.starts_with("el"))
        && !is_vowel(b[2])
        && b[2] != b'y'
        && b[2] != b'l'
        && !NOT_ARTICLE.contains(&word)
    {
        return word[2..].to_owned();
    }
    word.to_owned()
}

fn truncate(s: &str, max: usize) -> &str {
    // Tokens are ASCII, so any byte index is a char boundary.
    s.get(..s.len().min(max)).unwrap_or(s)
}

// ---------------------------------------------------------------------------------------
// Variant spellings

/// The canonical spelling of a known name, or `None`. Only true variants of one name
/// (transliterations, Turkish/Somali/Kurdish/Persian forms of the same Arabic name) are
/// folded; related but different names (Hasan/Husayn, Muhammad/Mahmud, Yusuf/Yasin)
/// stay apart. Canonical names are known too, so they map to themselves.
fn fold_variant(t: &str, vowelless: bool) -> Option<&'static str> {
    if vowelless {
        return arabic_form(t);
    }
    Some(match t {
        "muhammad" | "mohammed" | "mohammad" | "muhammed" | "mohamed" | "mohamad" | "muhamed" | "muhamad"
        | "mohamet" | "mehmet" | "mehmed" | "mohammod" | "mouhamed" | "mouhammad" | "mouhammed" | "mohummed"
        | "maxamed" | "magomed" | "mukhammad" | "mukhamed" | "muhammet" | "mohd" | "mahomed" | "muhamet"
        | "mihemed" | "mhemed" | "mahammad" | "mohummad" => "muhammad",
        "ahmad" | "ahmed" | "ahmet" | "achmed" | "achmad" | "axmed" | "akhmed" | "ahmat" | "ehmed" | "ahmod" => "ahmad",
        "mahmud" | "mahmoud" | "mahmood" | "mehmood" | "mahmut" | "mahamud" | "mahmod" | "maxamud" | "mohamud"
        | "mohamoud" => "mahmud",
        "husayn" | "hussein" | "husain" | "hussain" | "hossein" | "husein" | "hussen" | "huseyin" | "hosein"
        | "hosseyn" | "husen" | "hussien" | "hossain" | "hosain" | "husseyn" | "huseen" => "husayn",
        "hasan" | "hassan" | "hasen" | "hassen" | "hesen" | "hasson" => "hasan",
        "yusuf" | "yousef" | "youssef" | "yousif" | "yusef" | "yussuf" | "youssouf" | "yousuf" | "yusif" | "jusuf"
        | "yousof" | "yusof" | "yosuf" | "yussef" | "yousseff" => "yusuf",
        "fatima" | "fatma" | "fatemeh" | "fatimah" | "fatime" | "fadumo" | "fatuma" | "fatouma" | "fatema"
        | "fadime" | "fatumo" => "fatima",
        "ali" | "aly" | "alee" | "cali" | "eli" => "ali",
        "umar" | "omar" | "omer" | "cumar" | "oumar" | "umer" => "umar",
        "uthman" | "osman" | "othman" | "usman" | "isman" | "ousman" | "osmane" | "uthmaan" | "othmane" => "uthman",
        "ibrahim" | "ebrahim" | "ibragim" | "ebrahem" | "ibrahem" | "ibrahima" | "brahim" | "ibrahiim" => "ibrahim",
        "khalid" | "khaled" | "halid" | "haled" | "chalid" | "khaleed" | "xalid" | "halit" => "khalid",
        "khalil" | "halil" | "xelil" | "helil" | "chalil" | "khaleel" => "khalil",
        "mustafa" | "mostafa" | "moustafa" | "mustapha" | "mustefa" | "mostapha" | "moustapha" => "mustafa",
        "yasin" | "yassin" | "yaseen" | "yacine" | "yassine" => "yasin",
        "aisha" | "aysha" | "ayesha" | "aicha" | "asha" | "aishe" | "ayse" | "aischa" | "aishah" | "aysa" => "aisha",
        "khadija" | "khadidja" | "hatice" | "kadija" | "khadeeja" | "khadijah" | "hadija" | "khadiga" | "hadice" => {
            "khadija"
        }
        "maryam" | "mariam" | "meryem" | "maryan" | "maryem" | "mariyam" | "maryama" => "maryam",
        "zaynab" | "zainab" | "zeinab" | "zeynep" | "zaynap" | "zenab" | "zeynab" => "zaynab",
        "said" | "saeed" | "saied" | "saeid" | "sayid" => "said",
        "mahdi" | "mehdi" => "mahdi",
        "reza" | "riza" | "rza" => "reza",
        "jafar" | "jaafar" | "jaffar" | "cafar" | "dschafar" => "jafar",
        "hamza" | "hamzah" | "hamze" => "hamza",
        "ismail" | "ismael" | "esmail" | "ismayil" | "ismayl" | "esmaeil" => "ismail",
        "ayub" | "ayoub" | "ayyub" | "eyup" | "eyub" | "ayyoub" => "ayub",
        "yunus" | "younes" | "younis" | "yunis" | "younus" | "younos" => "yunus",
        "sulayman" | "suleiman" | "sulaiman" | "suleyman" | "soliman" | "suleman" | "sleiman" | "slimane" => "sulayman",
        "nur" | "noor" | "nour" | "nor" => "nur",
        "amina" | "aminah" | "amineh" | "emine" => "amina",
        "halima" | "halimeh" | "halimo" | "halime" => "halima",
        "musa" | "mousa" | "moussa" | "muse" | "mussa" => "musa",
        "isa" | "issa" | "eissa" | "ise" | "isse" => "isa",
        "jamal" | "gamal" | "djamel" | "cemal" | "jamel" => "jamal",
        "kamal" | "kemal" | "kamel" => "kamal",
        "tariq" | "tarek" | "tarik" | "tareq" | "tarec" => "tariq",
        "bilal" | "belal" => "bilal",
        "ghulam" | "gholam" | "golam" | "gulam" => "ghulam",
        "abdi" | "abdii" => "abdi",
        "ilmi" | "cilmi" => "ilmi",
        "oleksandr" | "olexandr" | "oleksander" | "olexander" => "oleksandr",
        "serhii" | "sergii" | "serhij" => "serhii",
        "andrii" | "andrij" => "andrii",
        "oleksii" | "olexii" => "oleksii",
        "yurii" | "iurii" | "jurii" => "yurii",
        "volodymyr" | "volodimir" | "wolodymyr" | "wolodimir" => "volodymyr",
        "mykhailo" | "mikhailo" | "mykhaylo" | "mikhaylo" | "mychajlo" => "mykhailo",
        // Known names that other known names must not be taken for.
        "amin" => "amin",
        "amir" => "amir",
        "hamid" => "hamid",
        "hamed" => "hamed",
        "maria" => "maria",
        "marina" => "marina",
        "mahir" => "mahir",
        "samir" => "samir",
        "samira" => "samira",
        "salma" => "salma",
        "salim" => "salim",
        "karim" => "karim",
        "rahim" => "rahim",
        "nasir" => "nasir",
        "nasser" => "nasser",
        "adam" => "adam",
        "adnan" => "adnan",
        "abbas" => "abbas",
        "hadi" => "hadi",
        "huda" => "huda",
        "hiba" => "hiba",
        "hind" => "hind",
        "rana" => "rana",
        "rania" => "rania",
        "lina" => "lina",
        "layla" | "laila" | "leila" | "leyla" => "layla",
        "ahmadi" => "ahmadi",
        _ => return None,
    })
}

/// Known names as Arabic script gives them through [`arabic_letter`] (no short vowels).
fn arabic_form(t: &str) -> Option<&'static str> {
    Some(match t {
        "mhmd" => "muhammad",
        "ahmd" => "ahmad",
        "mhmud" => "mahmud",
        "hsin" => "husayn",
        "hsn" => "hasan",
        "yusf" => "yusuf",
        "fatmh" => "fatima",
        "li" => "ali",
        "mr" => "umar",
        "thman" => "uthman",
        "abrahim" | "ibrahim" => "ibrahim",
        "khald" => "khalid",
        "khlil" => "khalil",
        "mstfa" => "mustafa",
        "iasin" | "yasin" => "yasin",
        "aishh" | "aaishh" => "aisha",
        "khdijh" => "khadija",
        "mrim" => "maryam",
        "zinb" => "zaynab",
        "mhdi" => "mahdi",
        "rza" => "reza",
        "jafr" => "jafar",
        "hmzh" => "hamza",
        "asmaail" | "asmail" => "ismail",
        "aiub" => "ayub",
        "iunus" | "yunus" => "yunus",
        "sliman" => "sulayman",
        "nur" => "nur",
        "amnh" | "aminh" => "amina",
        "hlimh" => "halima",
        "musa" => "musa",
        "aisa" | "isa" => "isa",
        "jmal" => "jamal",
        "kmal" => "kamal",
        "tarq" => "tariq",
        "blal" => "bilal",
        "ghlam" => "ghulam",
        "amin" => "amin",
        "amir" => "amir",
        "hamd" => "hamid",
        "smir" => "samir",
        "krim" => "karim",
        "rhim" => "rahim",
        "nasr" => "nasir",
        "hadi" => "hadi",
        "hdi" => "huda",
        "hbh" => "hiba",
        "lina" => "lina",
        "lili" | "lila" => "layla",
        _ => return None,
    })
}

// ---------------------------------------------------------------------------------------
// Skeletons

/// The consonant skeleton of a token: vowels dropped (a leading `y` kept), digraphs and
/// similar consonants folded (sh→s, kh/ch→h, gh→g, th→t, dh→d, ph→f, zh→z, p→b, w→v,
/// c/q/ck→k, x→ks), letters doubled in writing collapsed, a final written `h` dropped
/// (Fatemeh, Abdullah, Arabic ة). At most 12 bytes.
fn skeleton(t: &[u8]) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(MAX_SKELETON_LEN);
    // Last class pushed, and whether a vowel came after it (so "Hassan" collapses its
    // ss but "Mamadou" keeps both m).
    let mut last: u8 = 0;
    let mut vowel_since = true;
    let mut lone_final_h = false;
    let mut i = 0;
    let push = |out: &mut Vec<u8>, last: &mut u8, vowel_since: &mut bool, c: u8| {
        if !(c == *last && !*vowel_since) && out.len() < MAX_SKELETON_LEN {
            out.push(c);
        }
        *last = c;
        *vowel_since = false;
    };
    while i < t.len() {
        let c = t[i];
        let next = t.get(i + 1).copied();
        let (class, step): (Option<u8>, usize) = match (c, next) {
            (b's', Some(b'h')) => (Some(b's'), 2),
            (b'k' | b'c', Some(b'h')) => (Some(b'h'), 2),
            (b'g', Some(b'h')) => (Some(b'g'), 2),
            (b't', Some(b'h')) => (Some(b't'), 2),
            (b'd', Some(b'h')) => (Some(b'd'), 2),
            (b'z', Some(b'h')) => (Some(b'z'), 2),
            (b'p', Some(b'h')) => (Some(b'f'), 2),
            (b'c', Some(b'k')) => (Some(b'k'), 2),
            (b'y', _) if i == 0 => (Some(b'y'), 1),
            (b'a' | b'e' | b'i' | b'o' | b'u' | b'y', _) => (None, 1),
            (b'w' | b'v', _) => (Some(b'v'), 1),
            (b'p', _) => (Some(b'b'), 1),
            (b'c' | b'q', _) => (Some(b'k'), 1),
            (b'x', _) => {
                push(&mut out, &mut last, &mut vowel_since, b'k');
                (Some(b's'), 1)
            }
            (b'0'..=b'9', _) => (None, 1),
            (other, _) => (Some(other), 1),
        };
        lone_final_h = c == b'h' && step == 1 && i + 1 == t.len();
        match class {
            Some(k) => push(&mut out, &mut last, &mut vowel_since, k),
            None => vowel_since = true,
        }
        i += step;
    }
    if lone_final_h && out.len() >= 2 && out.last() == Some(&b'h') {
        out.pop();
    }
    String::from_utf8(out).unwrap_or_default()
}

// ---------------------------------------------------------------------------------------
// Scoring

/// Jaro-Winkler similarity of two ASCII strings (first 64 bytes).
fn jaro_winkler(a: &[u8], b: &[u8]) -> f64 {
    let a = &a[..a.len().min(64)];
    let b = &b[..b.len().min(64)];
    if a == b {
        return 1.0;
    }
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let window = (a.len().max(b.len()) / 2).saturating_sub(1);
    let mut a_hit = [false; 64];
    let mut b_hit = [false; 64];
    let mut matches = 0usize;
    for (i, &ca) in a.iter().enumerate() {
        let lo = i.saturating_sub(window);
        let hi = (i + window + 1).min(b.len());
        for j in lo..hi {
            if !b_hit[j] && b[j] == ca {
                a_hit[i] = true;
                b_hit[j] = true;
                matches += 1;
                break;
            }
        }
    }
    if matches == 0 {
        return 0.0;
    }
    let mut b_matched = b.iter().zip(b_hit.iter()).filter(|(_, h)| **h).map(|(c, _)| *c);
    let mut half_transpositions = 0usize;
    for (ca, _) in a.iter().zip(a_hit.iter()).filter(|(_, h)| **h) {
        if b_matched.next() != Some(*ca) {
            half_transpositions += 1;
        }
    }
    let m = matches as f64;
    let t = (half_transpositions / 2) as f64;
    let jaro = (m / a.len() as f64 + m / b.len() as f64 + (m - t) / m) / 3.0;
    let prefix = a.iter().zip(b.iter()).take(4).take_while(|(x, y)| x == y).count();
    jaro + prefix as f64 * 0.1 * (1.0 - jaro)
}

/// How alike two tokens are, 0..=1.
fn token_similarity(a: &Token, b: &Token) -> f64 {
    if a.text == b.text {
        return 1.0;
    }
    // An initial ("M.") against a name with that initial.
    if a.text.len() == 1 || b.text.len() == 1 {
        return if a.text.as_bytes().first() == b.text.as_bytes().first() { 0.85 } else { 0.0 };
    }
    let spelled = jaro_winkler(a.text.as_bytes(), b.text.as_bytes());
    if a.known && b.known {
        // Two different names we know (Yusuf/Yasin, Maria/Marina).
        return spelled.min(0.7);
    }
    if a.vowelless || b.vowelless {
        // Arabic script: the skeleton is all there is to compare.
        let by_skeleton = if a.skel == b.skel && !a.skel.is_empty() {
            0.97
        } else {
            0.95 * jaro_winkler(a.skel.as_bytes(), b.skel.as_bytes())
        };
        return spelled.max(by_skeleton);
    }
    if a.skel.len() >= 3 && b.skel.len() >= 3 {
        let by_skeleton = jaro_winkler(a.skel.as_bytes(), b.skel.as_bytes());
        return spelled.max((spelled + by_skeleton) / 2.0);
    }
    spelled
}

/// Token similarity turned into evidence: near-identical tokens count almost fully,
/// merely alike ones little (Maria/Marina, Petrova/Petrenko).
fn evidence(s: f64) -> f64 {
    let x = ((s - 0.6) / 0.4).clamp(0.0, 1.0);
    x * x
}

/// Best pairing of the tokens of `a` (not more than `b`'s) with those of `b`, greedy by
/// score in sorted-token order, as one score.
fn assign(a: &PreparedName, b: &PreparedName) -> f64 {
    score_tokens(a.sorted.iter().map(|&i| &a.tokens[i]), b.sorted.iter().map(|&i| &b.tokens[i]))
}

fn score_tokens<'x>(a: impl Iterator<Item = &'x Token>, b: impl Iterator<Item = &'x Token> + Clone) -> f64 {
    const N: usize = MAX_TOKENS;
    let mut m = [[0.0f64; N]; N];
    let mut na = 0;
    let mut nb = 0;
    for (i, ta) in a.take(N).enumerate() {
        na = i + 1;
        nb = 0;
        for (j, tb) in b.clone().take(N).enumerate() {
            nb = j + 1;
            m[i][j] = evidence(token_similarity(ta, tb));
        }
    }
    if na == 0 || nb == 0 {
        return 0.0;
    }
    let pairs = na.min(nb);
    let mut row_used = [false; N];
    let mut col_used = [false; N];
    let mut sum = 0.0;
    for _ in 0..pairs {
        let mut best = (-1.0f64, 0usize, 0usize);
        for (i, row) in m.iter().enumerate().take(na) {
            if row_used[i] {
                continue;
            }
            for (j, &v) in row.iter().enumerate().take(nb) {
                if !col_used[j] && v > best.0 {
                    best = (v, i, j);
                }
            }
        }
        row_used[best.1] = true;
        col_used[best.2] = true;
        sum += best.0;
    }
    let unmatched = (na + nb - 2 * pairs) as f64;
    sum / (pairs as f64 + UNMATCHED_WEIGHT * unmatched)
}

/// `b` has more tokens than `a`: maybe two of them are written as one in `a`
/// ("Gebre Medhin" / "Gebremedhin", "Ali Reza" / "Alireza"). Tries joining each ordered
/// pair of `b`'s tokens whose joined length and ends fit a token of `a`.
fn with_merges(a: &PreparedName, b: &PreparedName) -> f64 {
    let mut best = 0.0f64;
    let mut tries = 0;
    for (i, x) in b.tokens.iter().enumerate() {
        for (j, y) in b.tokens.iter().enumerate() {
            if i == j || tries >= 6 {
                continue;
            }
            let len = x.text.len() + y.text.len();
            let fits = a.tokens.iter().any(|t| {
                t.text.len() >= 5
                    && t.text.len() + 2 >= len
                    && t.text.len() <= len + 2
                    && t.text.as_bytes().first() == x.text.as_bytes().first()
                    && t.text.as_bytes().last() == y.text.as_bytes().last()
            });
            if !fits {
                continue;
            }
            tries += 1;
            let mut tokens: Vec<Token> =
                b.tokens.iter().enumerate().filter(|(k, _)| *k != i && *k != j).map(|(_, t)| t.clone()).collect();
            tokens.push(Token::new(format!("{}{}", x.text, y.text), x.vowelless || y.vowelless));
            let merged = PreparedName::from_tokens(tokens);
            best = best.max(assign(a, &merged));
        }
    }
    best
}
