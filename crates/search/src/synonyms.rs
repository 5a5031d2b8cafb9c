//! Synonyms the coordinator maintains: groups of terms that mean the same thing, across
//! languages ("Meldezettel" = "address registration" = "folkbokföring"). They are
//! expanded when a query is searched, so changing them needs no re-indexing.

use crate::analysis::{Word, plain_terms, words};
use crate::distance::{allowed_distance, within};

/// Groups of equivalent terms. A term may be several words ("address registration").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Synonyms {
    groups: Vec<Vec<String>>,
}

impl Synonyms {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a group of equivalent terms; blank terms are ignored, and a group of fewer
    /// than two terms is not kept.
    pub fn add_group<I, S>(&mut self, terms: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let group: Vec<String> =
            terms.into_iter().map(Into::into).map(|t| t.trim().to_owned()).filter(|t| !t.is_empty()).collect();
        if group.len() >= 2 {
            self.groups.push(group);
        }
        self
    }

    /// One group per line, terms separated by `=`:
    /// `Meldezettel = address registration = folkbokföring`. Lines starting with `#`
    /// are comments.
    pub fn parse(text: &str) -> Self {
        let mut s = Self::new();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            s.add_group(line.split('='));
        }
        s
    }

    /// The groups as [`Synonyms::parse`] reads them.
    pub fn to_text(&self) -> String {
        self.groups.iter().map(|g| g.join(" = ") + "\n").collect()
    }

    pub fn groups(&self) -> &[Vec<String>] {
        &self.groups
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

/// A synonym term as the matcher sees it: its words, each as its plain terms and as
/// the original word (for stemming).
#[derive(Debug, Clone)]
pub(crate) struct Phrase {
    /// The original words of the term (for stemming in each language).
    pub words: Vec<String>,
    /// One plain term per word (the first, where NFKC made several).
    pub plain: Vec<String>,
}

/// The synonym groups, analysed once when they are set.
#[derive(Debug, Default)]
pub(crate) struct SynonymTable {
    groups: Vec<Vec<Phrase>>,
}

/// A run of query words that is one of the terms of a group.
#[derive(Debug)]
pub(crate) struct SynonymMatch<'t> {
    /// Index of the first query word and how many words the run spans.
    pub start: usize,
    pub len: usize,
    /// The other terms of the group, to search as well.
    pub alternatives: Vec<&'t Phrase>,
}

fn phrase(term: &str) -> Option<Phrase> {
    let ws: Vec<Word<'_>> = words(term);
    let mut out = Phrase { words: Vec::new(), plain: Vec::new() };
    for w in &ws {
        if let Some(p) = plain_terms(w).into_iter().next() {
            out.words.push(w.text.to_owned());
            out.plain.push(p);
        }
    }
    (!out.plain.is_empty()).then_some(out)
}

impl SynonymTable {
    pub(crate) fn new(s: &Synonyms) -> Self {
        let groups = s
            .groups
            .iter()
            .map(|g| g.iter().filter_map(|t| phrase(t)).collect::<Vec<_>>())
            .filter(|g| g.len() >= 2)
            .collect();
        Self { groups }
    }

    /// The synonym runs in a query (its words as plain terms): at each position the
    /// longest term of any group that the words there spell, with the typo tolerance of
    /// the search itself; runs do not overlap.
    pub(crate) fn matches<'t>(&'t self, query: &[String]) -> Vec<SynonymMatch<'t>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < query.len() {
            let mut best: Option<(usize, usize, usize)> = None; // (len, group, phrase)
            for (g, group) in self.groups.iter().enumerate() {
                for (p, ph) in group.iter().enumerate() {
                    let n = ph.plain.len();
                    if i + n > query.len() || best.is_some_and(|(l, _, _)| l >= n) {
                        continue;
                    }
                    let same =
                        ph.plain.iter().zip(&query[i..i + n]).all(|(a, b)| a == b || within(a, b, allowed_distance(a)));
                    if same {
                        best = Some((n, g, p));
                    }
                }
            }
            match best {
                Some((n, g, p)) => {
                    let alternatives =
                        self.groups[g].iter().enumerate().filter(|(k, _)| *k != p).map(|(_, ph)| ph).collect();
                    out.push(SynonymMatch { start: i, len: n, alternatives });
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> Vec<String> {
        words(s).iter().filter_map(|w| plain_terms(w).into_iter().next()).collect()
    }

    #[test]
    fn parse_and_print() {
        let s =
            Synonyms::parse("# comment\nMeldezettel = address registration = folkbokföring\n\n lonely \n a = = b\n");
        assert_eq!(s.groups().len(), 2);
        assert_eq!(s.groups()[0], ["Meldezettel", "address registration", "folkbokföring"]);
        assert_eq!(Synonyms::parse(&s.to_text()), s);
    }

    #[test]
    fn multi_word_terms_and_typos_match() {
        let mut s = Synonyms::new();
        s.add_group(["Meldezettel", "address registration", "folkbokföring"]);
        s.add_group(["SFI", "Swedish for immigrants"]);
        let t = SynonymTable::new(&s);
        let m = t.matches(&q("where do I get a meldezetel"));
        assert_eq!(m.len(), 1);
        assert_eq!((m[0].start, m[0].len), (5, 1));
        let alts: Vec<String> = m[0].alternatives.iter().map(|p| p.plain.join(" ")).collect();
        assert_eq!(alts, ["address registration", "folkbokforing"]);
        let m = t.matches(&q("Address Registration form"));
        assert_eq!((m[0].start, m[0].len), (0, 2));
        // "sfi" is short: no typo tolerance, "sfa" is not a match.
        assert!(t.matches(&q("sfa")).is_empty());
        assert_eq!(t.matches(&q("sfi")).len(), 1);
    }
}
