//! Edit distance for typo tolerance: how far a typed word may be from an indexed one.

/// The edit distance allowed for a word typed in a hurry: none up to 3 characters (too
/// many words are one letter apart), 1 up to 6, 2 beyond.
pub(crate) fn allowed_distance(term: &str) -> u8 {
    match term.chars().count() {
        0..=3 => 0,
        4..=6 => 1,
        _ => 2,
    }
}

/// Longest word compared, in characters (terms are cut shorter by the analyser).
const MAX_CHARS: usize = 64;

/// The characters of a word in a fixed buffer (no allocation), cut at [`MAX_CHARS`].
fn chars(s: &str) -> ([char; MAX_CHARS], usize) {
    let mut out = ['\0'; MAX_CHARS];
    let mut n = 0;
    for c in s.chars().take(MAX_CHARS) {
        out[n] = c;
        n += 1;
    }
    (out, n)
}

/// Optimal string alignment of `a` against `b`, row by row over `a`: the last row (the
/// distance of all of `a` to each prefix of `b`), or `None` as soon as every cell of a
/// row exceeds `max`.
fn osa(a: &[char], b: &[char], max: usize) -> Option<[usize; MAX_CHARS + 1]> {
    let w = b.len() + 1;
    let mut prev2 = [0usize; MAX_CHARS + 1];
    let mut prev = [0usize; MAX_CHARS + 1];
    let mut cur = [0usize; MAX_CHARS + 1];
    for (j, cell) in prev.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..w {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return None;
        }
        prev2 = prev;
        prev = cur;
    }
    Some(prev)
}

/// Optimal-string-alignment distance (insertions, deletions, substitutions and
/// transpositions of neighbours each cost 1), counted in characters; stops early once
/// it exceeds `max` and then returns `max + 1`. No allocation.
pub(crate) fn distance(a: &str, b: &str, max: u8) -> u8 {
    let (a, na) = chars(a);
    let (b, nb) = chars(b);
    let max = usize::from(max);
    if na.abs_diff(nb) > max {
        return (max + 1) as u8;
    }
    match osa(&a[..na], &b[..nb], max) {
        Some(row) => row[nb].min(max + 1) as u8,
        None => (max + 1) as u8,
    }
}

/// Whether `a` and `b` are at most `max` edits apart.
pub(crate) fn within(a: &str, b: &str, max: u8) -> bool {
    distance(a, b, max) <= max
}

/// The smallest distance between `prefix` and any prefix of `word` (for as-you-type).
pub(crate) fn prefix_distance(prefix: &str, word: &str, max: u8) -> u8 {
    let (p, np) = chars(prefix);
    let (w, nw) = chars(word);
    let m = usize::from(max);
    // Only the word's first len(prefix) + max characters can take part.
    let nw = nw.min(np + m);
    match osa(&p[..np], &w[..nw], m) {
        // The last row holds the distance of the whole prefix to each head of the word.
        Some(row) => row[..=nw].iter().copied().min().unwrap_or(m + 1).min(m + 1) as u8,
        None => (m + 1) as u8,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance("registration", "regstration", 2), 1);
        assert_eq!(distance("registration", "registartion", 2), 1); // transposition
        assert_eq!(distance("bostader", "bostad", 2), 2);
        assert_eq!(distance("abc", "xyz123", 2), 3);
        assert_eq!(distance("мясо", "мясо", 0), 0);
        assert_eq!(distance("", "ab", 2), 2);
        assert_eq!(prefix_distance("regs", "registration", 1), 1);
        assert_eq!(prefix_distance("regi", "registration", 1), 0);
        assert_eq!(prefix_distance("xyz", "registration", 1), 2);
        assert_eq!(prefix_distance("regsi", "registration", 1), 1);
        assert_eq!(prefix_distance("registrationx", "registration", 1), 1);
        assert_eq!(prefix_distance("", "abc", 1), 0);
        // Long words are compared on their first 64 characters, without panicking.
        let long = "x".repeat(500);
        assert_eq!(distance(&long, &long, 2), 0);
        assert_eq!(prefix_distance(&long, "x", 2), 3);
    }

    #[test]
    fn allowed() {
        assert_eq!(allowed_distance("sfi"), 0);
        assert_eq!(allowed_distance("bank"), 1);
        assert_eq!(allowed_distance("مدرسة"), 1);
        assert_eq!(allowed_distance("registration"), 2);
    }
}
