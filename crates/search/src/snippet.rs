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

/// The best window of `text`: (matched words, start byte, end byte).
fn best_window(text: &str, ws: &[Word<'_>], hit: &[bool]) -> (usize, usize, usize) {
    let mut best = (0, 0, 0);
    for s in 0..ws.len() {
        let mut hits = 0;
        let mut end = ws[s].end;
        for e in s..ws.len() {
            if char_len(&text[ws[s].start..ws[e].end]) > SNIPPET_CHARS {
                break;
            }
            hits += usize::from(hit[e]);
            end = ws[e].end;
        }
        if hits > best.0 {
            best = (hits, s, end);
        }
    }
    let (hits, s, end) = best;
    if ws.is_empty() {
        return (0, 0, 0);
    }
    // Move the start back a few words for context while the window still fits.
    let mut start_word = s;
    while start_word > 0 && s - start_word < 4 && char_len(&text[ws[start_word - 1].start..end]) <= SNIPPET_CHARS {
        start_word -= 1;
    }
    (hits, ws[start_word].start, end)
}

/// The text from `start` to `end`, extended to the end of the text or cut, with "…".
fn render(text: &str, start: usize, end: usize, whole_words: &[Word<'_>]) -> String {
    let mut end = end;
    // Fill up to the limit with following words.
    for w in whole_words {
        if w.end > end && char_len(&text[start..w.end]) <= SNIPPET_CHARS {
            end = w.end;
        }
    }
    if whole_words.last().is_some_and(|w| w.end == end) && char_len(&text[start..]) <= SNIPPET_CHARS + 1 {
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
