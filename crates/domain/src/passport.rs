//! The welcome passport (R8): a number people can read aloud and type, a check
//! character that catches every single typo and every swap of neighbours, and a QR token
//! signed with Ed25519 that binds the number to its holder, so a check-in page or a
//! course provider can trust the code without trusting the paper.
//!
//! The same alphabet and check character serve the voucher codes (`vouchers.rs`).
//!
//! **Alphabet.** 29 symbols: the ten digits and the letters that have no digit
//! look-alike, `0123456789ACDEFGHJKMNPQRTVWXY`. Letters that do look like a digit or
//! another symbol are read as that symbol when a code is typed: `O`→`0`, `I` and `L`→`1`,
//! `S`→`5`, `Z`→`2`, `B`→`8`, `U`→`V`. 29 is prime, which is what makes the check below
//! catch every single substitution and every adjacent transposition.
//!
//! **Check character.** With symbol values `v₁…vₙ` and the check `c`, the code is valid
//! when `c + Σ (i+1)·vᵢ ≡ 0 (mod 29)`. Changing one symbol by `d ≠ 0` changes the sum by
//! `(i+1)·d`, never 0 mod 29 (29 is prime, `i+1 < 29`, `|d| < 29`); swapping neighbours
//! `i`, `i+1` changes it by `±(vᵢ − vᵢ₊₁)`, never 0 when they differ; swapping the last
//! symbol and the check changes it by `±n·(vₙ − c)`, never 0 either. Proved for every
//! case by the exhaustive tests below.

use crate::errors::FieldError;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};

/// The symbols, in value order.
pub const ALPHABET: &[u8; 29] = b"0123456789ACDEFGHJKMNPQRTVWXY";
const MODULUS: u32 = 29;

/// Data symbols of a passport number (the check character comes after them).
pub const PASSPORT_DATA_LEN: usize = 9;

/// The value of a symbol after look-alike folding; `None` for anything else.
pub fn symbol_value(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        'S' => '5',
        'Z' => '2',
        'B' => '8',
        'U' => 'V',
        c => c,
    };
    ALPHABET.iter().position(|&a| a as char == c).map(|p| p as u8)
}

/// The check value for the data symbols' values.
pub fn check_value(values: &[u8]) -> u8 {
    let sum: u32 = values.iter().enumerate().map(|(i, &v)| (i as u32 + 2) * u32::from(v)).sum();
    ((MODULUS - sum % MODULUS) % MODULUS) as u8
}

/// Whether values (data then check) satisfy the check.
pub fn check_ok(values_with_check: &[u8]) -> bool {
    match values_with_check.split_last() {
        Some((&c, data)) if !data.is_empty() => check_value(data) == c,
        _ => false,
    }
}

/// Why a typed code was refused (stable codes, translated as `error-<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    /// Empty, wrong length or a character outside the alphabet.
    #[error("malformed code")]
    Malformed,
    /// Right shape, but the check character does not match: a typo.
    #[error("check character does not match")]
    CheckDigit,
}

impl CodeError {
    pub fn code(self) -> &'static str {
        match self {
            CodeError::Malformed => "code_malformed",
            CodeError::CheckDigit => "code_check_digit",
        }
    }
}

/// Reads a typed code: case, spaces, hyphens, dots and look-alikes do not matter. Returns
/// the symbol values (data then check) when `len` symbols satisfy the check.
pub fn parse_symbols(raw: &str, len: usize) -> Result<Vec<u8>, CodeError> {
    let mut values = Vec::with_capacity(len);
    for c in raw.chars() {
        if c.is_whitespace() || matches!(c, '-' | '.' | '_' | '\u{2010}'..='\u{2015}') {
            continue;
        }
        values.push(symbol_value(c).ok_or(CodeError::Malformed)?);
        if values.len() > len {
            return Err(CodeError::Malformed);
        }
    }
    if values.len() != len {
        return Err(CodeError::Malformed);
    }
    if !check_ok(&values) {
        return Err(CodeError::CheckDigit);
    }
    Ok(values)
}

fn canonical(values: &[u8]) -> String {
    values.iter().map(|&v| ALPHABET[v as usize] as char).collect()
}

/// Groups of `size` joined with hyphens, for print and for reading aloud.
pub fn grouped(canonical: &str, size: usize) -> String {
    let chars: Vec<char> = canonical.chars().collect();
    chars.chunks(size.max(1)).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// Fills `n` symbol values from a source of random bytes, without bias (a byte is used
/// only when below 232 = 8 × 29).
pub fn random_values(n: usize, mut fill: impl FnMut(&mut [u8])) -> Vec<u8> {
    let mut out = Vec::with_capacity(n);
    let mut buf = [0u8; 32];
    while out.len() < n {
        fill(&mut buf);
        for &b in &buf {
            if b < 232 && out.len() < n {
                out.push(b % 29);
            }
        }
    }
    out
}

/// A passport number: 9 symbols and the check, canonical (no hyphens), e.g.
/// `4KT7Q92MXA`, shown as `4KT7Q-92MXA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct PassportNumber(String);

impl PassportNumber {
    pub const FIELD: &'static str = "passport_number";

    /// A fresh random number (the store retries on the rare collision).
    pub fn generate(fill: impl FnMut(&mut [u8])) -> Self {
        let mut v = random_values(PASSPORT_DATA_LEN, fill);
        v.push(check_value(&v));
        Self(canonical(&v))
    }

    pub fn parse(raw: &str) -> Result<Self, CodeError> {
        parse_symbols(raw, PASSPORT_DATA_LEN + 1).map(|v| Self(canonical(&v)))
    }

    /// For form fields: the error as a field error.
    pub fn parse_field(raw: &str) -> Result<Self, FieldError> {
        Self::parse(raw).map_err(|e| FieldError::new(Self::FIELD, e.code()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `4KT7Q-92MXA`.
    pub fn display(&self) -> String {
        grouped(&self.0, 5)
    }
}

impl std::fmt::Display for PassportNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.display())
    }
}

/// One attended module as the check-in reports it. `source_ref` names the attendance
/// (`session:<id>`); it is unique per person, so reporting it twice records it once.
/// Topic, language and venue are copied as labels, so the passport keeps its history
/// when the programme changes.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Stamp {
    pub person_id: uuid::Uuid,
    pub source_ref: String,
    pub attended_on: jiff::civil::Date,
    pub topic: String,
    pub language: String,
    pub venue: String,
}

// --- the signed QR token ----------------------------------------------------------

/// Version of the token format; a new one would be `WDP2`.
pub const TOKEN_PREFIX: &str = "WDP1";
/// What is signed starts with this, so a signature of the key over anything else can
/// never pass as a passport token.
const SIGNING_CONTEXT: &[u8] = b"welcomedesk passport token v1\0";

/// The key that signs passport tokens, from its 32 secret bytes (stored hex-encoded in
/// the `secrets` table).
pub struct TokenKey(SigningKey);

impl TokenKey {
    pub fn from_bytes(secret: &[u8; 32]) -> Self {
        Self(SigningKey::from_bytes(secret))
    }

    /// From the 64 hex digits kept in `secrets`.
    pub fn from_hex(hex: &str) -> Option<Self> {
        let bytes = hex_decode(hex)?;
        let arr: [u8; 32] = bytes.try_into().ok()?;
        Some(Self::from_bytes(&arr))
    }

    pub fn verifying(&self) -> TokenVerifier {
        TokenVerifier(self.0.verifying_key())
    }

    /// `WDP1.<number>.<BASE32(person id ‖ signature)>`: only upper-case letters, digits
    /// and dots, so a QR code holds it in its compact alphanumeric mode.
    pub fn sign(&self, number: &PassportNumber, person: uuid::Uuid) -> String {
        let sig = self.0.sign(&signed_bytes(number, person));
        let mut tail = Vec::with_capacity(80);
        tail.extend_from_slice(person.as_bytes());
        tail.extend_from_slice(&sig.to_bytes());
        format!("{TOKEN_PREFIX}.{}.{}", number.as_str(), base32_encode(&tail))
    }
}

/// The public half: what checking a token needs.
#[derive(Clone, Copy)]
pub struct TokenVerifier(VerifyingKey);

/// What a valid token says: this number was issued to this person (whether the number
/// is still the person's live passport is the store's question).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenClaims {
    pub number: PassportNumber,
    pub person_id: uuid::Uuid,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("not a passport token")]
    Malformed,
    #[error("the signature does not match: forged or altered")]
    BadSignature,
}

impl TokenError {
    pub fn code(self) -> &'static str {
        match self {
            TokenError::Malformed => "token_malformed",
            TokenError::BadSignature => "token_forged",
        }
    }
}

impl TokenVerifier {
    pub fn verify(&self, token: &str) -> Result<TokenClaims, TokenError> {
        let token = token.trim();
        let mut parts = token.split('.');
        let (Some(prefix), Some(num), Some(tail), None) = (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(TokenError::Malformed);
        };
        if !prefix.eq_ignore_ascii_case(TOKEN_PREFIX) {
            return Err(TokenError::Malformed);
        }
        // The number inside a token must be canonical: a scanner does not mistype.
        let number = PassportNumber::parse(num).map_err(|_| TokenError::Malformed)?;
        if number.as_str() != num {
            return Err(TokenError::Malformed);
        }
        let bytes = base32_decode(tail).ok_or(TokenError::Malformed)?;
        if bytes.len() != 80 {
            return Err(TokenError::Malformed);
        }
        let person = uuid::Uuid::from_slice(&bytes[..16]).map_err(|_| TokenError::Malformed)?;
        let sig_bytes: [u8; 64] = bytes[16..].try_into().map_err(|_| TokenError::Malformed)?;
        let sig = Signature::from_bytes(&sig_bytes);
        self.0.verify(&signed_bytes(&number, person), &sig).map_err(|_| TokenError::BadSignature)?;
        Ok(TokenClaims { number, person_id: person })
    }
}

fn signed_bytes(number: &PassportNumber, person: uuid::Uuid) -> Vec<u8> {
    let mut m = Vec::with_capacity(SIGNING_CONTEXT.len() + 10 + 16);
    m.extend_from_slice(SIGNING_CONTEXT);
    m.extend_from_slice(number.as_str().as_bytes());
    m.extend_from_slice(person.as_bytes());
    m
}

const B32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// RFC 4648 base32 without padding.
pub fn base32_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(5) * 8);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in data {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(B32[((acc >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(B32[((acc << (5 - bits)) & 31) as usize] as char);
    }
    out
}

/// The inverse; refuses anything that `base32_encode` would not have written.
pub fn base32_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 5 / 8);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes() {
        let v = B32.iter().position(|&a| a == c)? as u32;
        acc = (acc << 5) | v;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(((acc >> bits) & 0xff) as u8);
        }
        acc &= (1 << bits) - 1;
    }
    // Leftover bits must be zero padding of fewer than 5 bits.
    if bits >= 5 || acc != 0 {
        return None;
    }
    Some(out)
}

pub fn hex_encode(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn hex_decode(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok()).collect()
}

/// A person registering themselves for a module on the public pages may type their
/// welcome passport number, so that the module is stamped in their passport and no
/// second record of them is made. The number counts only when it is in use (not ended)
/// and its holder's date of birth is exactly the one typed: a number read off someone
/// else's passport does not attach a registration to that person. `holder_birth_iso`
/// is the register's date (`1994`, `1994-03` or `1994-03-14`).
pub fn self_registration_holder_ok(valid: bool, holder_birth_iso: &str, typed: crate::register::BirthDate) -> bool {
    valid && holder_birth_iso == typed.to_iso()
}

/// The consent a self-registration carries (the public form, the public API): the
/// module registration's own consent, ticked by the person, given online with the text
/// in the page's language. The registration keeps it; on a person's record (a passport
/// holder's) it is recorded unless a live one exists already — only together with the
/// registration: a registration that is refused (session closed, children's places
/// gone, already registered) records no consent
/// (`store::sessions::register_for_session_with_consent`, one transaction).
pub fn self_registration_consent(text_language: &str) -> crate::consent::GivenConsent {
    crate::consent::GivenConsent {
        purpose: crate::consent::Purpose::Modules,
        channel: "online",
        text_language: text_language.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn self_registration_needs_the_holders_birth_date_and_a_live_number() {
        let today = jiff::civil::date(2026, 12, 6);
        let typed = crate::register::BirthDate::parse_parts("1994", "3", "14", today).unwrap();
        assert!(self_registration_holder_ok(true, "1994-03-14", typed));
        assert!(!self_registration_holder_ok(false, "1994-03-14", typed), "an ended number");
        assert!(!self_registration_holder_ok(true, "1994-03-15", typed), "another day");
        assert!(!self_registration_holder_ok(true, "1994-03", typed), "the register knows less");
        let year_only = crate::register::BirthDate::parse_parts("1994", "", "", today).unwrap();
        assert!(self_registration_holder_ok(true, "1994", year_only));
        assert!(!self_registration_holder_ok(true, "1994-03-14", year_only), "typing less is not enough");
        let c = self_registration_consent("ar");
        assert_eq!(
            (c.purpose, c.channel, c.text_language.as_str()),
            (crate::consent::Purpose::Modules, "online", "ar")
        );
    }

    fn rng(seed: u64) -> impl FnMut(&mut [u8]) {
        let mut s = seed;
        move |buf: &mut [u8]| {
            for b in buf.iter_mut() {
                s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                *b = (s >> 33) as u8;
            }
        }
    }

    #[test]
    fn alphabet_has_no_look_alikes_and_is_prime_sized() {
        assert_eq!(ALPHABET.len(), 29);
        for bad in b"OILSZBU" {
            assert!(!ALPHABET.contains(bad), "{}", *bad as char);
        }
        let mut seen = std::collections::HashSet::new();
        assert!(ALPHABET.iter().all(|c| seen.insert(*c)));
        assert!((2..29).all(|d| 29 % d != 0));
    }

    /// Every value of every data position changed to every other value, for data of
    /// every length up to the voucher code's (17): the check always notices.
    #[test]
    fn every_single_substitution_is_caught_exhaustively() {
        let mut next = rng(7);
        for len in 1..=17usize {
            for _ in 0..20 {
                let mut v = random_values(len, &mut next);
                v.push(check_value(&v));
                assert!(check_ok(&v));
                for pos in 0..v.len() {
                    for other in 0..29u8 {
                        if other == v[pos] {
                            continue;
                        }
                        let mut w = v.clone();
                        w[pos] = other;
                        assert!(!check_ok(&w), "substitution at {pos} of {v:?} not caught");
                    }
                }
            }
        }
    }

    /// The algebraic form, for all cases at once: a substitution at any position (check
    /// included) by any difference, and a swap of any two different neighbours at any
    /// position (the last data symbol with the check included).
    #[test]
    fn the_check_arithmetic_holds_for_every_case() {
        for n in 1..=17u32 {
            // weights: data position i (0-based) → i + 2, the check → 1.
            let weight = |i: u32| if i == n { 1 } else { i + 2 };
            for i in 0..=n {
                for d in 1..29u32 {
                    assert_ne!((weight(i) * d) % 29, 0);
                }
                if i < n {
                    let dw = (weight(i) + 29 - weight(i + 1)) % 29;
                    for d in 1..29u32 {
                        assert_ne!((dw * d) % 29, 0, "swap at {i} of {n}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_adjacent_transposition_is_caught_exhaustively() {
        // All pairs of different symbols at every neighbouring position, check included.
        for len in [9usize, 17] {
            let base: Vec<u8> = (0..len as u8).map(|i| (i * 7) % 29).collect();
            for pos in 0..len {
                for a in 0..29u8 {
                    for b in 0..29u8 {
                        if a == b {
                            continue;
                        }
                        let mut v = base.clone();
                        v[pos] = a;
                        if pos + 1 < len {
                            v[pos + 1] = b;
                        }
                        v.push(check_value(&v));
                        let (x, y) = (v[pos], v[pos + 1]);
                        if x == y {
                            continue;
                        }
                        let mut w = v.clone();
                        w.swap(pos, pos + 1);
                        assert!(!check_ok(&w), "swap at {pos} of {v:?} not caught");
                    }
                }
            }
        }
    }

    #[test]
    fn numbers_parse_with_normalisation() {
        let n = PassportNumber::generate(rng(1));
        assert_eq!(n.as_str().len(), 10);
        assert_eq!(PassportNumber::parse(n.as_str()).unwrap(), n);
        assert_eq!(PassportNumber::parse(&n.display()).unwrap(), n);
        let typed = format!("  {} ", n.display().to_lowercase().replace('-', " - "));
        assert_eq!(PassportNumber::parse(&typed).unwrap(), n);
        // Look-alikes: a number with 0, 1, 5, 2, 8, V typed with O, I/L, S, Z, B, U.
        let v: Vec<u8> = vec![0, 1, 5, 2, 8, 25, 0, 1, 5];
        let mut w = v.clone();
        w.push(check_value(&v));
        let canon = canonical(&w);
        assert_eq!(&canon[..9], "01528V015");
        assert_eq!(PassportNumber::parse(&format!("OISZBU{}", &canon[6..])).unwrap().as_str(), canon);
        assert_eq!(PassportNumber::parse(&format!("oLsz8u {}", &canon[6..])).unwrap().as_str(), canon);
        // Wrong length, bad characters, a typo.
        assert_eq!(PassportNumber::parse(""), Err(CodeError::Malformed));
        assert_eq!(PassportNumber::parse(&n.as_str()[..9]), Err(CodeError::Malformed));
        assert_eq!(PassportNumber::parse(&format!("{}0", n.as_str())), Err(CodeError::Malformed));
        assert_eq!(PassportNumber::parse("4KT7Q-92MX!"), Err(CodeError::Malformed));
        let mut typo: Vec<char> = n.as_str().chars().collect();
        typo[3] = if typo[3] == '7' { '8' } else { '7' };
        assert_eq!(PassportNumber::parse(&typo.iter().collect::<String>()), Err(CodeError::CheckDigit));
    }

    #[test]
    fn random_values_are_unbiased_symbols() {
        let mut counts = [0u32; 29];
        for v in random_values(29_000, rng(3)) {
            counts[v as usize] += 1;
        }
        assert!(counts.iter().all(|&c| (800..1200).contains(&c)), "{counts:?}");
    }

    #[test]
    fn base32_round_trips_and_refuses_junk() {
        for len in 0..40 {
            let data: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(base32_decode(&base32_encode(&data)).unwrap(), data);
        }
        assert!(base32_decode("a").is_none());
        assert!(base32_decode("AB1").is_none());
        assert_eq!(base32_decode("AE").unwrap(), vec![1]);
        assert!(base32_decode("AB").is_none(), "non-zero padding bits");
        assert!(base32_decode("AD").is_none(), "non-zero padding bits");
        assert_eq!(hex_decode(&hex_encode(&[0, 255, 16])).unwrap(), vec![0, 255, 16]);
    }

    #[test]
    fn tokens_verify_and_forged_or_altered_ones_are_refused() {
        let key = TokenKey::from_bytes(&[7u8; 32]);
        let ver = key.verifying();
        let n = PassportNumber::generate(rng(9));
        let person = uuid::Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0001);
        let t = key.sign(&n, person);
        assert!(t.starts_with("WDP1."));
        assert!(t.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'.'));
        assert_eq!(ver.verify(&t).unwrap(), TokenClaims { number: n.clone(), person_id: person });

        // Another person's id in an otherwise genuine token.
        let other = uuid::Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0002);
        let good = key.sign(&n, person);
        let mut tail = base32_decode(good.rsplit('.').next().unwrap()).unwrap();
        tail[..16].copy_from_slice(other.as_bytes());
        let moved = format!("WDP1.{}.{}", n.as_str(), base32_encode(&tail));
        assert_eq!(ver.verify(&moved), Err(TokenError::BadSignature));

        // Another valid number with the first number's signature.
        let n2 = PassportNumber::generate(rng(10));
        let swapped = good.replace(n.as_str(), n2.as_str());
        assert_eq!(ver.verify(&swapped), Err(TokenError::BadSignature));

        // Every single bit flipped in the signature part is refused.
        let orig = base32_decode(good.rsplit('.').next().unwrap()).unwrap();
        for byte in 16..80 {
            for bit in 0..8 {
                let mut t = orig.clone();
                t[byte] ^= 1 << bit;
                let s = format!("WDP1.{}.{}", n.as_str(), base32_encode(&t));
                assert!(ver.verify(&s).is_err(), "flip {byte}:{bit}");
            }
        }

        // Signed with another key (a forger's).
        let forger = TokenKey::from_bytes(&[8u8; 32]);
        assert_eq!(ver.verify(&forger.sign(&n, person)), Err(TokenError::BadSignature));

        // Shapes.
        for junk in [
            "",
            "WDP1",
            "WDP2.x.y",
            &format!("WDP1.{}", n.as_str()),
            &format!("{good}.x"),
            "WDP1..",
            &good.to_lowercase(),
        ] {
            assert!(ver.verify(junk).is_err(), "{junk}");
        }
        assert!(TokenKey::from_hex(&hex_encode(&[7u8; 32])).is_some());
        assert!(TokenKey::from_hex("xyz").is_none());
    }
}
