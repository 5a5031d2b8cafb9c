//! Whatever is typed into the search box, the search answers (never panics, never
//! errs): arbitrary Unicode, tantivy's query syntax, very long strings.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::OnceLock;

use proptest::prelude::*;
use uuid::Uuid;
use welcomedesk_search::{ArticleDoc, KnowledgeIndex, LANGUAGES, Query, Synonyms};

fn index() -> &'static KnowledgeIndex {
    static INDEX: OnceLock<KnowledgeIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let texts = [
            (
                "en",
                "How do I register my address?",
                "At the citizens' office: bring a passport (or ID) & \"rental contract\".",
            ),
            ("sv", "Var hittar jag en bostad?", "Ställ dig i bostadskön: AND/OR *NOT* spelar ingen roll~2."),
            ("ar", "كيف أسجّل أطفالي في المَدْرَسَةِ؟", "تقدّم بطلب إلى مكتب التعليم."),
            ("fa", "چگونه مالیات خود را پرداخت کنم؟", "اداره مالیات فرم‌ها را می‌فرستد."),
            ("uk", "Як возз’єднатися з сім’єю?", "Подайте заяву (title:foo) до служби."),
            ("ti", "ምስ ስድራቤተይ ከመይ ክራኸብ እኽእል?", "ናብ ቤት ጽሕፈት ሕቶ ኣቕርቡ።"),
        ];
        let docs = (0..60u128).map(|n| {
            let (lang, q, a) = texts[n as usize % texts.len()];
            ArticleDoc {
                id: Uuid::from_u128(n / 6),
                lang: lang.into(),
                question: format!("{q} {n}"),
                answer: a.into(),
                checklist: vec!["passport".into(), "[x] {y}".into()],
                topics: vec!["registration".into()],
                published: n % 5 != 0,
            }
        });
        let synonyms = Synonyms::parse("Meldezettel = address registration\n* = ( = )\nAND = OR\n");
        match KnowledgeIndex::build(docs, &synonyms) {
            Ok(i) => i,
            Err(e) => panic!("{e}"),
        }
    })
}

fn syntaxy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "\"",
        ":",
        "(",
        ")",
        "*",
        "~",
        "~2",
        "^",
        "^3",
        "AND",
        "OR",
        "NOT",
        "+",
        "-",
        "[",
        "]",
        "{",
        "}",
        "TO",
        "\\",
        "/",
        "?",
        "!",
        "'",
        "’",
        "ʼ",
        "register",
        "regstr",
        "bostäder",
        "المدرسة",
        "مالیات",
        "сім'ї",
        "ፓስፖርት",
        "Meldezettel",
        " ",
        " ",
        "\u{200C}",
        "\u{0640}",
        "\u{0307}",
        "İ",
        "ß",
        "ﷺ",
        "㎏",
        "\u{0000}",
        "\u{FFFF}",
        "🙂",
    ]);
    prop::collection::vec(pieces, 0..24).prop_map(|v| v.concat())
}

fn check(text: &str, lang: Option<&str>, published_only: bool, limit: usize) {
    let q = Query { text: text.to_owned(), lang: lang.map(str::to_owned), published_only, limit };
    match index().search(&q) {
        Ok(hits) => {
            assert!(hits.len() <= limit.min(welcomedesk_search::MAX_LIMIT));
            let mut ids: Vec<Uuid> = hits.iter().map(|h| h.id).collect();
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), hits.len(), "one hit per article");
            for h in &hits {
                assert!(h.score.is_finite());
                assert!(LANGUAGES.contains(&h.lang.as_str()));
            }
        }
        Err(e) => panic!("{q:?}: {e}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode(text in "\\PC{0,80}", lang in prop::option::of(prop::sample::select(LANGUAGES.to_vec())), p: bool, limit in 0usize..200) {
        check(&text, lang, p, limit);
    }

    #[test]
    fn any_chars_at_all(text in any::<String>(), limit in 0usize..20) {
        check(&text, None, false, limit);
    }

    #[test]
    fn query_syntax(text in syntaxy(), lang in prop::option::of(prop::sample::select(LANGUAGES.to_vec()))) {
        check(&text, lang, false, 10);
    }
}

#[test]
fn very_long_queries() {
    let words = "register address bostäder المدرسة مالیات сім'ї ፓስፖርት regstration apartm ";
    check(&words.repeat(2_000), Some("en"), false, 10);
    check(&"a".repeat(100_000), None, false, 10);
    check(&"ا".repeat(50_000), Some("ar"), false, 10);
    check(&"(((((((((\"\"\"\"****~~~~".repeat(5_000), None, true, 10);
    let mut many = String::new();
    for n in 0..5_000 {
        many.push_str(&format!("w{n} "));
    }
    check(&many, None, false, 100);
}
