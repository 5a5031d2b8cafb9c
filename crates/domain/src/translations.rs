//! Which translations of a text are up to date: shared by the brochure and the knowledge
//! base. A pure function of the version history, so that it can be tested whole.
//!
//! A text (a brochure chapter, an article) is written in the source language (the
//! city's `source_language` when the text was created) and saved as numbered versions.
//! Each version of the source is either a **major** edit or a **minor** edit (a typo):
//! a minor edit does not ask for new translations. Every version of a translation
//! records the source version it was made from.
//!
//! The rule, in one sentence: a translation made from source version `v` is **up to
//! date** when no major edit of the source came after `v`. Hence:
//! - a minor edit after the version a translation was made from leaves it up to date;
//! - a minor edit after a major one leaves it outdated (the major edit still came after
//!   `v`);
//! - a translation made from an old version is outdated, even when the newest source
//!   version is a minor edit.
//!
//! The seed's workflow: the source is written (`draft`), declared `final`, `discussed`
//! with the interpreters; then each language is `in_translation`, `in_review`, and
//! `published`. A translation may only start from a source version that was discussed.

/// The stage of one version of the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceStage {
    Draft,
    Final,
    /// Discussed with the interpreters: ready for translation.
    Discussed,
}

impl SourceStage {
    pub const ALL: [SourceStage; 3] = [SourceStage::Draft, SourceStage::Final, SourceStage::Discussed];
    pub fn as_str(self) -> &'static str {
        match self {
            SourceStage::Draft => "draft",
            SourceStage::Final => "final",
            SourceStage::Discussed => "discussed",
        }
    }
    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw.trim())
    }
}

/// The stage of one version of a translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TranslationStage {
    InTranslation,
    InReview,
    Published,
}

impl TranslationStage {
    pub const ALL: [TranslationStage; 3] =
        [TranslationStage::InTranslation, TranslationStage::InReview, TranslationStage::Published];
    pub fn as_str(self) -> &'static str {
        match self {
            TranslationStage::InTranslation => "in_translation",
            TranslationStage::InReview => "in_review",
            TranslationStage::Published => "published",
        }
    }
    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw.trim())
    }
}

/// One version of the source, in order (numbers 1, 2, 3, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceVersion {
    pub number: u32,
    /// A minor edit (typo) that does not ask for new translations. The first version is
    /// never minor (`minor` is ignored there).
    pub minor: bool,
    pub stage: SourceStage,
}

/// One version of a translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TranslationVersion {
    pub number: u32,
    /// The source version it was made from.
    pub made_from: u32,
    pub stage: TranslationStage,
}

/// The state of one language of one text, as the coverage table shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// This is the source language.
    Source,
    /// A published translation made from the current source.
    UpToDate,
    /// The published (or only) translation was made before a major edit of the source.
    Outdated,
    /// Work on the current source is under way, nothing current is published.
    InTranslation,
    /// A translation of the current source waits for its review.
    InReview,
    /// Nothing in this language.
    Missing,
}

impl State {
    pub const ALL: [State; 6] =
        [State::Source, State::UpToDate, State::Outdated, State::InTranslation, State::InReview, State::Missing];
    pub fn as_str(self) -> &'static str {
        match self {
            State::Source => "source",
            State::UpToDate => "up_to_date",
            State::Outdated => "outdated",
            State::InTranslation => "in_translation",
            State::InReview => "in_review",
            State::Missing => "missing",
        }
    }
}

/// What the coverage table and the website need to know about one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Status {
    pub state: State,
    /// The translation version the website shows (the newest published one), if any.
    pub published: Option<u32>,
    /// Whether the shown translation is outdated (the website says so and links to the
    /// source).
    pub published_outdated: bool,
}

/// The source version every translation must be made from at least: the newest major
/// edit (version 1 counts as major). 0 when there is no source yet.
pub fn required_version(source: &[SourceVersion]) -> u32 {
    source.iter().filter(|v| !v.minor || v.number == 1).map(|v| v.number).max().unwrap_or(0)
}

/// Whether a translation made from source version `made_from` is current.
pub fn is_current(source: &[SourceVersion], made_from: u32) -> bool {
    let latest = source.iter().map(|v| v.number).max().unwrap_or(0);
    // A version that does not exist (yet) is never current: the store records
    // `made_from` from the source as it is, so this only guards against bad data.
    made_from >= 1 && made_from <= latest && made_from >= required_version(source)
}

/// The state of one language. `source` is the source's history, `translation` the
/// language's history (both in any order).
pub fn status(source: &[SourceVersion], translation: &[TranslationVersion]) -> Status {
    let published = translation.iter().filter(|t| t.stage == TranslationStage::Published).max_by_key(|t| t.number);
    let published_current = published.is_some_and(|p| is_current(source, p.made_from));
    let out = |state| Status {
        state,
        published: published.map(|p| p.number),
        published_outdated: published.is_some() && !published_current,
    };
    if published_current {
        return out(State::UpToDate);
    }
    // The newest version of work on the current source, after the newest publication.
    let working = translation
        .iter()
        .filter(|t| t.stage != TranslationStage::Published)
        .filter(|t| published.is_none_or(|p| t.number > p.number))
        .filter(|t| is_current(source, t.made_from))
        .max_by_key(|t| t.number);
    match (working, published, translation.is_empty()) {
        (Some(w), _, _) if w.stage == TranslationStage::InReview => out(State::InReview),
        (Some(_), _, _) => out(State::InTranslation),
        (None, _, true) => out(State::Missing),
        (None, _, false) => out(State::Outdated),
    }
}

/// The state of a language that may be the source.
pub fn status_for(is_source: bool, source: &[SourceVersion], translation: &[TranslationVersion]) -> Status {
    if is_source {
        Status { state: State::Source, published: None, published_outdated: false }
    } else {
        status(source, translation)
    }
}

/// The stage a new source version gets: a minor edit keeps the stage of the version it
/// corrects (a typo needs no new discussion with the interpreters); a major edit is a
/// draft again unless the editor says otherwise.
pub fn next_source_stage(previous: Option<SourceStage>, minor: bool, asked: Option<SourceStage>) -> SourceStage {
    match (previous, minor, asked) {
        (_, _, Some(s)) => s,
        (Some(p), true, None) => p,
        _ => SourceStage::Draft,
    }
}

/// Whether a translation may be made now: the newest source version must have been
/// discussed with the interpreters (`Err` carries the code `source_not_discussed`).
pub fn may_translate(source: &[SourceVersion]) -> Result<u32, &'static str> {
    match source.iter().max_by_key(|v| v.number) {
        Some(v) if v.stage == SourceStage::Discussed => Ok(v.number),
        Some(_) => Err("source_not_discussed"),
        None => Err("no_source"),
    }
}

/// The source version a new translation version is made from. A minor edit of a
/// translation (a typo in the Arabic text) keeps the source version of the version it
/// corrects; any other edit is made from the newest source version, which must have
/// been discussed with the interpreters.
pub fn made_from_for(
    source: &[SourceVersion],
    previous: Option<&TranslationVersion>,
    minor: bool,
) -> Result<u32, &'static str> {
    match previous {
        Some(p) if minor => Ok(p.made_from),
        _ => may_translate(source),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use SourceStage::*;
    use State::*;
    use TranslationStage::{InReview as Rev, InTranslation as Tr, Published as Pub};
    use proptest::prelude::*;

    fn src(minors: &[bool]) -> Vec<SourceVersion> {
        minors
            .iter()
            .enumerate()
            .map(|(i, m)| SourceVersion { number: i as u32 + 1, minor: *m, stage: Discussed })
            .collect()
    }

    fn tr(list: &[(u32, TranslationStage)]) -> Vec<TranslationVersion> {
        list.iter()
            .enumerate()
            .map(|(i, (from, stage))| TranslationVersion { number: i as u32 + 1, made_from: *from, stage: *stage })
            .collect()
    }

    /// (source minors, translation versions, expected state, published outdated)
    #[test]
    fn table() {
        type Case<'a> = (&'a [bool], &'a [(u32, TranslationStage)], State, bool, &'a str);
        let cases: &[Case<'_>] = &[
            (&[false], &[], Missing, false, "no translation"),
            (&[], &[], Missing, false, "no source at all"),
            (&[false], &[(1, Pub)], UpToDate, false, "made from the only version"),
            (&[false, false], &[(1, Pub)], Outdated, true, "major edit after"),
            (&[false, true], &[(1, Pub)], UpToDate, false, "minor edit after"),
            (&[false, true, true], &[(1, Pub)], UpToDate, false, "two minor edits after"),
            (&[false, false, true], &[(1, Pub)], Outdated, true, "minor after major keeps it outdated"),
            (&[false, false, true], &[(2, Pub)], UpToDate, false, "made from the major one, minor after"),
            (&[false, false, true], &[(3, Pub)], UpToDate, false, "made from the minor one"),
            (&[false, true, false], &[(2, Pub)], Outdated, true, "made from a minor, major after"),
            (&[false, false, true, true], &[(1, Pub), (3, Pub)], UpToDate, false, "redone"),
            (&[true], &[(1, Pub)], UpToDate, false, "first version counts as major even if flagged minor"),
            (&[false, true], &[(2, Tr)], InTranslation, false, "work started"),
            (&[false], &[(1, Tr), (1, Rev)], InReview, false, "in review"),
            (&[false], &[(1, Rev), (1, Pub)], UpToDate, false, "review done"),
            (&[false, false], &[(1, Pub), (2, Rev)], InReview, true, "update in review"),
            (&[false, false], &[(1, Pub), (2, Tr)], InTranslation, true, "update in translation"),
            (&[false, false], &[(1, Pub), (1, Rev)], Outdated, true, "review of an old source"),
            (&[false, false], &[(1, Tr)], Outdated, false, "work on an old source, nothing published"),
            (&[false, false, false], &[(2, Rev)], Outdated, false, "work overtaken by a major edit"),
            (&[false], &[(1, Pub), (1, Tr)], UpToDate, false, "a revision in progress"),
            (&[false], &[(2, Pub)], Outdated, true, "made from a version that does not exist"),
            (&[false], &[(0, Pub)], Outdated, true, "made from version 0"),
            (&[false, false], &[(2, Rev), (1, Pub)], Outdated, true, "old publication after newer work"),
        ];
        for (minors, trs, want, outdated, why) in cases {
            let s = status(&src(minors), &tr(trs));
            assert_eq!(s.state, *want, "{why}");
            assert_eq!(s.published_outdated, *outdated, "{why} (published outdated)");
        }
    }

    #[test]
    fn source_language_and_order_independence() {
        assert_eq!(status_for(true, &src(&[false]), &[]).state, Source);
        let mut s = src(&[false, false, true]);
        s.reverse();
        let mut t = tr(&[(1, Pub), (2, Pub)]);
        t.reverse();
        assert_eq!(status(&s, &t).state, UpToDate);
        assert_eq!(status(&s, &t).published, Some(2));
    }

    #[test]
    fn workflow() {
        assert_eq!(next_source_stage(Some(Discussed), true, None), Discussed);
        assert_eq!(next_source_stage(Some(Discussed), false, None), Draft);
        assert_eq!(next_source_stage(None, false, None), Draft);
        assert_eq!(next_source_stage(Some(Draft), false, Some(Final)), Final);
        let mut s = src(&[false]);
        assert_eq!(may_translate(&s), Ok(1));
        s.push(SourceVersion { number: 2, minor: false, stage: Final });
        assert_eq!(may_translate(&s), Err("source_not_discussed"));
        assert_eq!(may_translate(&[]), Err("no_source"));
        // A typo fix of a translation keeps its source version, even while the source
        // waits for its discussion; a real edit needs the discussed source.
        let prev = TranslationVersion { number: 1, made_from: 1, stage: Pub };
        assert_eq!(made_from_for(&s, Some(&prev), true), Ok(1));
        assert_eq!(made_from_for(&s, Some(&prev), false), Err("source_not_discussed"));
        s[1].stage = Discussed;
        assert_eq!(made_from_for(&s, Some(&prev), false), Ok(2));
        assert_eq!(made_from_for(&s, None, true), Ok(2));
    }

    /// The model: outdated iff some major edit (other than version 1) has a number above
    /// the version the translation was made from — written as directly as possible.
    fn model_current(minors: &[bool], made_from: u32) -> bool {
        if made_from == 0 || made_from as usize > minors.len() {
            return false;
        }
        !minors.iter().enumerate().any(|(i, minor)| {
            let number = i as u32 + 1;
            number > made_from && (!minor || number == 1)
        })
    }

    fn model_state(minors: &[bool], trs: &[(u32, TranslationStage)]) -> State {
        // Newest published.
        let published = trs.iter().enumerate().rev().find(|(_, t)| t.1 == Pub);
        if let Some((_, (from, _))) = published
            && model_current(minors, *from)
        {
            return UpToDate;
        }
        let after = published.map(|(i, _)| i + 1).unwrap_or(0);
        let newest_work =
            trs.iter().enumerate().skip(after).rev().find(|(_, t)| t.1 != Pub && model_current(minors, t.0));
        match newest_work {
            Some((_, (_, Rev))) => InReview,
            Some(_) => InTranslation,
            None if trs.is_empty() => Missing,
            None => Outdated,
        }
    }

    fn stage() -> impl Strategy<Value = TranslationStage> {
        prop::sample::select(vec![Tr, Rev, Pub])
    }

    proptest! {
        #[test]
        fn matches_the_model(
            minors in prop::collection::vec(any::<bool>(), 0..8),
            trs in prop::collection::vec((0u32..10, stage()), 0..6),
        ) {
            let s = src(&minors);
            let t = tr(&trs);
            prop_assert_eq!(status(&s, &t).state, model_state(&minors, &trs));
            for (from, _) in &trs {
                prop_assert_eq!(is_current(&s, *from), model_current(&minors, *from));
            }
        }

        /// Adding a minor edit never changes any state.
        #[test]
        fn minor_edits_change_nothing(
            minors in prop::collection::vec(any::<bool>(), 1..8),
            trs in prop::collection::vec((1u32..8, stage()), 0..6),
        ) {
            // Translations are made from versions that exist.
            let trs: Vec<_> = trs.iter().map(|(f, st)| (1 + (f - 1) % minors.len() as u32, *st)).collect();
            let before = status(&src(&minors), &tr(&trs));
            let mut more = minors.clone();
            more.push(true);
            let after = status(&src(&more), &tr(&trs));
            prop_assert_eq!(before, after);
        }

        /// Adding a major edit leaves nothing up to date.
        #[test]
        fn major_edits_outdate_everything(
            minors in prop::collection::vec(any::<bool>(), 1..8),
            trs in prop::collection::vec((1u32..8, stage()), 1..6),
        ) {
            let trs: Vec<_> = trs.iter().map(|(f, st)| (1 + (f - 1) % minors.len() as u32, *st)).collect();
            let mut more = minors.clone();
            more.push(false);
            let after = status(&src(&more), &tr(&trs));
            prop_assert_ne!(after.state, UpToDate);
            prop_assert_ne!(after.state, Missing);
        }
    }
}
