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

/// Optimal-string-alignment distance (insertions, deletions, substitutions and
/// transpositions of neighbours each cost 1), counted in characters; stops early once
/// it exceeds `max` and then returns `max + 1`.
pub(crate) fn distance(a: &str, b: &str, max: u8) -> u8 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let max = usize::from(max);
    if a.len().abs_diff(b.len()) > max {
        return (max + 1) as u8;
    }
    let w = b.len() + 1;
    let mut prev2 = vec![0usize; w];
    let mut prev: Vec<usize> = (0..w).collect();
    let mut cur = vec![0usize; w];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return (max + 1) as u8;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()].min(max + 1) as u8
}

/// Whether `a` and `b` are at most `max` edits apart.
pub(crate) fn within(a: &str, b: &str, max: u8) -> bool {
    distance(a, b, max) <= max
}

/// The smallest distance between `prefix` and any prefix of `word` (for as-you-type).
pub(crate) fn prefix_distance(prefix: &str, word: &str, max: u8) -> u8 {
    let p: Vec<char> = prefix.chars().collect();
    let w: Vec<char> = word.chars().collect();
    let lo = p.len().saturating_sub(usize::from(max));
    let hi = (p.len() + usize::from(max)).min(w.len());
    let mut best = max + 1;
    for n in lo..=hi.max(lo) {
        if n > w.len() {
            break;
        }
        let head: String = w[..n].iter().collect();
        best = best.min(distance(prefix, &head, max));
    }
    best
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
    }

    #[test]
    fn allowed() {
        assert_eq!(allowed_distance("sfi"), 0);
        assert_eq!(allowed_distance("bank"), 1);
        assert_eq!(allowed_distance("مدرسة"), 1);
        assert_eq!(allowed_distance("registration"), 2);
    }
}
