//! The snippet of a hit: the stretch of the answer (or a checklist item) with the most
//! matched words, as plain text.

use std::collections::HashSet;

use crate::analysis::{Stemmer, Word, plain_terms, words};
use crate::lang::Lang;
use crate::query::Plan;

/// Longest snippet, in characters (without the "…" marks).
pub(crate) const SNIPPET_CHARS: usize = 180;

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Whitespace runs (new lines, tabs) as one space.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The best window of `text`: (matched words, start byte, end byte). Linear: a window
/// of words slides over the text, measured in characters.
fn best_window(text: &str, ws: &[Word<'_>], hit: &[bool]) -> (usize, usize, usize) {
    if ws.is_empty() {
        return (0, 0, 0);
    }
    // Character offsets of each word's start and end.
    let mut starts = Vec::with_capacity(ws.len());
    let mut ends = Vec::with_capacity(ws.len());
    let (mut byte, mut chars) = (0usize, 0usize);
    for w in ws {
        chars += char_len(&text[byte..w.start]);
        starts.push(chars);
        chars += char_len(w.text);
        ends.push(chars);
        byte = w.end;
    }
    let (mut best, mut best_s, mut best_e) = (0usize, 0usize, 0usize);
    let mut e = 0usize; // exclusive
    let mut hits = 0usize;
    for s in 0..ws.len() {
        if e < s {
            e = s;
            hits = 0;
        }
        while e < ws.len() && ends[e] - starts[s] <= SNIPPET_CHARS {
            hits += usize::from(hit[e]);
            e += 1;
        }
        if hits > best {
            (best, best_s, best_e) = (hits, s, e);
        }
        if e > s {
            hits -= usize::from(hit[s]);
        }
    }
    if best == 0 {
        return (0, 0, 0);
    }
    // Move the start back a few words for context while the window still fits.
    let mut start_word = best_s;
    while start_word > 0 && best_s - start_word < 4 && ends[best_e - 1] - starts[start_word - 1] <= SNIPPET_CHARS {
        start_word -= 1;
    }
    (best, ws[start_word].start, ws[best_e - 1].end)
}

/// The text from `start` to `end`, extended to the end of the text or cut, with "…".
fn render(text: &str, start: usize, end: usize, whole_words: &[Word<'_>]) -> String {
    let mut end = end;
    let mut len = char_len(&text[start..end]);
    // Fill up to the limit with the following words.
    let first_after = whole_words.iter().position(|w| w.start >= end).unwrap_or(whole_words.len());
    for w in &whole_words[first_after..] {
        let more = char_len(&text[end..w.end]);
        if len + more > SNIPPET_CHARS {
            break;
        }
        len += more;
        end = w.end;
    }
    // Keep a closing full stop or question mark when only that is left.
    let rest = &text[end..];
    if !rest.chars().any(char::is_alphanumeric) && char_len(rest.trim_end()) <= 2 {
        end = text.len();
    }
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(&squash(&text[start..end]));
    if end < text.len() && !text[end..].trim().is_empty() {
        out.push('…');
    }
    out
}

pub(crate) fn snippet(plan: &Plan, lang: Lang, answer: &str, checklist: &[String]) -> String {
    let stemmer = Stemmer::new(lang);
    let stems: HashSet<String> = plan
        .words
        .iter()
        .flat_map(|w| stemmer.terms(&Word { start: 0, end: w.len(), text: w, after_zwnj: false }))
        .collect();
    let is_hit = |w: &Word<'_>| {
        plain_terms(w).iter().any(|p| plan.plain.contains(p)) || stemmer.terms(w).iter().any(|s| stems.contains(s))
    };
    let mut best: Option<(usize, &str, usize, usize)> = None;
    for text in std::iter::once(answer).chain(checklist.iter().map(String::as_str)) {
        let ws = words(text);
        let hit: Vec<bool> = ws.iter().map(is_hit).collect();
        let (n, s, e) = best_window(text, &ws, &hit);
        if n > 0 && best.is_none_or(|b| n > b.0) {
            best = Some((n, text, s, e));
        }
    }
    match best {
        Some((_, text, s, e)) => render(text, s, e, &words(text)),
        None => {
            let ws = words(answer);
            render(answer, 0, 0, &ws)
        }
    }
}
