//! Known-answer tests of the knowledge search: languages, word forms, typos, synonyms,
//! ranking, updates and concurrency, on a small multilingual base.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::Arc;

use uuid::Uuid;
use welcomedesk_search::{ArticleDoc, Hit, KnowledgeIndex, Query, SearchError, Synonyms};

const REGISTER: Uuid = Uuid::from_u128(0x01);
const HOUSING: Uuid = Uuid::from_u128(0x02);
const SCHOOL: Uuid = Uuid::from_u128(0x03);
const TAX: Uuid = Uuid::from_u128(0x04);
const COURSE: Uuid = Uuid::from_u128(0x05);
const FAMILY: Uuid = Uuid::from_u128(0x06);
const PARKING_Q: Uuid = Uuid::from_u128(0x07);
const PARKING_A: Uuid = Uuid::from_u128(0x08);
const LICENCE_UK: Uuid = Uuid::from_u128(0x09);
const LICENSE_US: Uuid = Uuid::from_u128(0x0A);
const DRAFT: Uuid = Uuid::from_u128(0x0B);
const WORK: Uuid = Uuid::from_u128(0x0C);

fn doc(id: Uuid, lang: &str, question: &str, answer: &str, checklist: &[&str]) -> ArticleDoc {
    ArticleDoc {
        id,
        lang: lang.into(),
        question: question.into(),
        answer: answer.into(),
        checklist: checklist.iter().map(|s| (*s).to_owned()).collect(),
        topics: Vec::new(),
        published: true,
    }
}

fn base() -> Vec<ArticleDoc> {
    vec![
        doc(
            REGISTER,
            "en",
            "How do I register my new address?",
            "You must register at the citizens' office within three days of moving in. You receive a \
             registration certificate the same day.",
            &["passport or identity card", "rental contract signed by the landlord"],
        ),
        doc(
            REGISTER,
            "sv",
            "Hur anmäler jag min nya adress?",
            "Anmäl flytten till Skatteverket inom en vecka. Du får ett personbevis hemskickat.",
            &["pass eller id-kort", "hyreskontrakt"],
        ),
        doc(
            REGISTER,
            "de",
            "Wie melde ich meinen Wohnsitz an?",
            "Die Anmeldung beim Bürgeramt ist innerhalb von drei Tagen nach dem Einzug Pflicht.",
            &["Reisepass oder Personalausweis", "Mietvertrag"],
        ),
        doc(
            REGISTER,
            "ar",
            "كيف أسجل عنواني الجديد؟",
            "يجب تسجيل العنوان في مكتب المواطنين خلال ثلاثة أيام من الانتقال.",
            &["جواز السفر", "عقد الإيجار"],
        ),
        doc(HOUSING, "en", "Where can I find an apartment?", "The city's housing agency lists flats for rent.", &[]),
        doc(
            HOUSING,
            "sv",
            "Var hittar jag en bostad?",
            "Kommunens bostadsförmedling har lediga hyresrätter. Ställ dig i kön för en bostad så snart som möjligt.",
            &[],
        ),
        doc(
            SCHOOL,
            "ar",
            "كيف أسجّل أطفالي في المَدْرَسَةِ؟",
            "تقدّم بطلب إلى مكتب التعليم في البلدية، مع شهادة الميلاد.",
            &["شهادة الميلاد"],
        ),
        doc(SCHOOL, "en", "How do I enrol my children in school?", "Apply at the education office of the city.", &[]),
        // Persian written with Persian yeh (ی) and keheh (ک).
        doc(
            TAX,
            "fa",
            "چگونه مالیات خود را پرداخت کنم؟",
            "اداره مالیات فرم‌ها را برای شما می‌فرستد. کارت شناسایی همراه داشته باشید.",
            &[],
        ),
        doc(TAX, "en", "How do I pay my taxes?", "The tax office sends you the forms.", &[]),
        doc(
            COURSE,
            "sv",
            "Hur börjar jag på SFI, svenska för invandrare?",
            "Anmäl dig till SFI hos kommunens vuxenutbildning. Kursen är gratis.",
            &[],
        ),
        doc(
            COURSE,
            "en",
            "How do I start SFI, Swedish for immigrants?",
            "Sign up for SFI at the adult education centre. The course is free.",
            &[],
        ),
        // Ukrainian with the typographic apostrophe (U+2019).
        doc(
            FAMILY,
            "uk",
            "Як возз’єднатися з сім’єю?",
            "Подайте заяву на возз’єднання сім’ї до міграційної служби.",
            &["паспорт", "свідоцтво про шлюб"],
        ),
        doc(FAMILY, "ti", "ምስ ስድራቤተይ ከመይ ክራኸብ እኽእል?", "ናብ ቤት ጽሕፈት ስደተኛታት ሕቶ ኣቕርቡ።", &["ፓስፖርት"]),
        doc(FAMILY, "so", "Sideen ugu keeni karaa qoyskayga?", "Codsi u gudbi xafiiska socdaalka.", &["baasaboor"]),
        doc(PARKING_Q, "en", "Where is parking allowed?", "Ask at the town hall about zones.", &[]),
        doc(PARKING_A, "en", "What does a resident card cost?", "It is needed for parking in your street.", &[]),
        doc(LICENCE_UK, "en", "Exchanging a driving licence", "Bring your old card.", &[]),
        doc(LICENSE_US, "en", "Exchanging a driving license", "Bring your old card.", &[]),
        ArticleDoc {
            published: false,
            ..doc(DRAFT, "en", "Winter tyres: when are they mandatory?", "From November to March.", &[])
        },
        doc(WORK, "tr", "Çalışma izni nasıl alınır?", "Başvurunuzu İş Kur'a yapın; kaydınız bir hafta sürer.", &[]),
        doc(WORK, "es", "¿Cómo obtengo un permiso de trabajo?", "Presente la solicitud en la oficina de empleo.", &[]),
        doc(WORK, "fr", "Comment obtenir un permis de travail ?", "Déposez la demande à l'agence pour l'emploi.", &[]),
        doc(WORK, "ru", "Как получить разрешение на работу?", "Подайте заявление в службу занятости.", &[]),
    ]
}

fn synonyms() -> Synonyms {
    Synonyms::parse("Meldezettel = address registration = folkbokföring = Anmeldung\n")
}

fn index() -> KnowledgeIndex {
    match KnowledgeIndex::build(base(), &synonyms()) {
        Ok(i) => i,
        Err(e) => panic!("build: {e}"),
    }
}

fn search(i: &KnowledgeIndex, q: Query) -> Vec<Hit> {
    match i.search(&q) {
        Ok(h) => h,
        Err(e) => panic!("search {q:?}: {e}"),
    }
}

fn ids(hits: &[Hit]) -> Vec<(Uuid, String)> {
    hits.iter().map(|h| (h.id, h.lang.clone())).collect()
}

/// The first hit is the article in that language.
#[track_caller]
fn first(i: &KnowledgeIndex, q: Query, id: Uuid, lang: &str) {
    let hits = search(i, q.clone());
    assert!(
        hits.first().is_some_and(|h| h.id == id && h.lang == lang),
        "{q:?}: expected {id}/{lang} first, got {:?}",
        ids(&hits)
    );
}

#[test]
fn english_word_forms() {
    let i = index();
    // "registering" finds the article that says "register".
    first(&i, Query::new("registering"), REGISTER, "en");
    first(&i, Query::new("moved").preferring("en"), REGISTER, "en");
    first(&i, Query::new("children schools").preferring("en"), SCHOOL, "en");
}

#[test]
fn swedish_german_russian_french_spanish_turkish_word_forms() {
    let i = index();
    // bostäder (plural, with the umlaut) finds "bostad".
    first(&i, Query::new("bostäder").preferring("sv"), HOUSING, "sv");
    first(&i, Query::new("flytt").preferring("sv"), REGISTER, "sv");
    // The English translation matches better (through the synonym group of Anmeldung),
    // but the German one matched too: the article is shown in German.
    first(&i, Query::new("Anmeldungen").preferring("de"), REGISTER, "de");
    // Without the umlaut, as typed on a foreign keyboard.
    first(&i, Query::new("burgeramt").preferring("de"), REGISTER, "de");
    first(&i, Query::new("разрешения на работу").preferring("ru"), WORK, "ru");
    first(&i, Query::new("permis travailler").preferring("fr"), WORK, "fr");
    first(&i, Query::new("permisos").preferring("es"), WORK, "es");
    first(&i, Query::new("başvuru").preferring("tr"), WORK, "tr");
    // Turkish apostrophe before a suffix: Kur'dan (from Kur) finds Kur'a (to Kur).
    first(&i, Query::new("Kur'dan başvuru ").preferring("tr"), WORK, "tr");
}

#[test]
fn arabic_with_and_without_diacritics() {
    let i = index();
    first(&i, Query::new("المدرسة").preferring("ar"), SCHOOL, "ar");
    first(&i, Query::new("المَدْرَسَة").preferring("ar"), SCHOOL, "ar");
    first(&i, Query::new("مدرسه").preferring("ar"), SCHOOL, "ar");
    // Word forms: تسجيل (registration) finds أسجل / تسجيل in the question and answer.
    first(&i, Query::new("التسجيل العنوان").preferring("ar"), REGISTER, "ar");
}

#[test]
fn persian_yeh_and_kaf_against_arabic_letters() {
    let i = index();
    // The article is written with Persian ی and ک; the agent's keyboard gives Arabic ي and ك.
    first(&i, Query::new("ماليات").preferring("fa"), TAX, "fa");
    first(&i, Query::new("مالیات").preferring("fa"), TAX, "fa");
    first(&i, Query::new("كارت شناسايي").preferring("fa"), TAX, "fa");
    // Plural with a zero-width non-joiner, and without it.
    first(&i, Query::new("فرم").preferring("fa"), TAX, "fa");
}

#[test]
fn ukrainian_apostrophes_tigrinya_somali() {
    let i = index();
    for q in ["сім'ї", "сімʼї", "сім’ї", "сімї"] {
        first(&i, Query::new(q).preferring("uk"), FAMILY, "uk");
    }
    // Another form of the word, within one letter: сім'єю / сім'ї.
    first(&i, Query::new("сімєю").preferring("uk"), FAMILY, "uk");
    first(&i, Query::new("ፓስፖርት").preferring("ti"), FAMILY, "ti");
    first(&i, Query::new("ስድራቤተይ").preferring("ti"), FAMILY, "ti");
    first(&i, Query::new("socdaalka").preferring("so"), FAMILY, "so");
}

#[test]
fn typos() {
    let i = index();
    first(&i, Query::new("regstration").preferring("en"), REGISTER, "en");
    first(&i, Query::new("registartion certificate").preferring("en"), REGISTER, "en");
    first(&i, Query::new("apartmnet").preferring("en"), HOUSING, "en");
    first(&i, Query::new("hyreskontrkat").preferring("sv"), REGISTER, "sv");
    // Short words: no typo allowed ("tax" is not "tan").
    assert!(search(&i, Query::new("tan")).is_empty());
}

#[test]
fn as_you_type_prefixes() {
    let i = index();
    first(&i, Query::new("regis").preferring("en"), REGISTER, "en");
    first(&i, Query::new("how do I find an apartm").preferring("en"), HOUSING, "en");
    // With a typo in the part typed so far.
    first(&i, Query::new("apratm").preferring("en"), HOUSING, "en");
    // A finished word (followed by a space) is not completed.
    assert!(search(&i, Query::new("apartm ")).is_empty());
}

#[test]
fn synonyms_expand_at_query_time() {
    let i = index();
    // No article says "Meldezettel": the synonym group leads to the registration article.
    first(&i, Query::new("Meldezettel").preferring("en"), REGISTER, "en");
    first(&i, Query::new("meldezetel").preferring("de"), REGISTER, "de");
    first(&i, Query::new("folkbokföring").preferring("en"), REGISTER, "en");
    // Synonyms can be replaced at run time, without re-indexing.
    i.set_synonyms(&Synonyms::new()).unwrap();
    assert!(search(&i, Query::new("Meldezettel")).is_empty());
    i.set_synonyms(&Synonyms::parse("Meldezettel = Wohnsitz")).unwrap();
    first(&i, Query::new("Meldezettel"), REGISTER, "de");
}

#[test]
fn preferred_language_first_and_others_still_found() {
    let i = index();
    // SFI is in the Swedish and the English article: the preferred one is returned.
    first(&i, Query::new("SFI").preferring("sv"), COURSE, "sv");
    first(&i, Query::new("SFI").preferring("en"), COURSE, "en");
    // One hit per article.
    assert_eq!(search(&i, Query::new("SFI")).len(), 1);
    // No Arabic article about housing: the Swedish one is found.
    first(&i, Query::new("bostad").preferring("ar"), HOUSING, "sv");
    // A query in German with Arabic preferred: the Arabic registration article does not
    // match "Bürgeramt", so the German one comes.
    first(&i, Query::new("Bürgeramt").preferring("ar"), REGISTER, "de");
    // The preferred language counts double: "passport" with a typo is in the English
    // registration article's checklist only, and in the Ukrainian and Tigrinya family
    // articles' checklists as паспорт/ፓስፖርት (not matched): English first.
    let hits = search(&i, Query::new("paspport").preferring("en"));
    assert_eq!(hits.first().map(|h| h.lang.as_str()), Some("en"), "{:?}", ids(&hits));
}

#[test]
fn ranking_question_over_answer_exact_over_fuzzy() {
    let i = index();
    let hits = search(&i, Query::new("parking"));
    assert_eq!(ids(&hits)[..2], [(PARKING_Q, "en".to_owned()), (PARKING_A, "en".to_owned())]);
    let hits = search(&i, Query::new("licence"));
    assert_eq!(ids(&hits)[..2], [(LICENCE_UK, "en".to_owned()), (LICENSE_US, "en".to_owned())]);
    assert!(hits[0].score > hits[1].score);
    let hits = search(&i, Query::new("license"));
    assert_eq!(ids(&hits)[..2], [(LICENSE_US, "en".to_owned()), (LICENCE_UK, "en".to_owned())]);
    // All the words beat some of them.
    first(&i, Query::new("register address certificate"), REGISTER, "en");
}

#[test]
fn published_only_hides_drafts() {
    let i = index();
    first(&i, Query::new("winter tyres"), DRAFT, "en");
    let hits = search(&i, Query::new("winter tyres").published_only());
    assert!(hits.is_empty(), "{hits:?}");
}

#[test]
fn snippets_are_plain_text_around_the_match() {
    let i = index();
    let hits = search(&i, Query::new("registration certificate").preferring("en"));
    let h = &hits[0];
    assert_eq!(h.question, "How do I register my new address?");
    assert!(h.snippet.contains("registration certificate"), "{}", h.snippet);
    // A checklist item that matches better than the answer.
    let hits = search(&i, Query::new("rental contract landlord").preferring("en"));
    assert_eq!(hits[0].snippet, "rental contract signed by the landlord");
    // Markup in an article is returned as text, for the web layer to escape.
    let i = index();
    let html = doc(Uuid::from_u128(99), "en", "Markup <b>test</b>", "Use <script>alert(1)</script> never.", &[]);
    i.upsert(html).unwrap();
    let hits = search(&i, Query::new("script alert"));
    assert_eq!(hits[0].snippet, "Use <script>alert(1)</script> never.");
    // A long answer is cut with "…" around the match.
    let long = format!("{} the keyword is here. {}", "filler words ".repeat(40), "more text ".repeat(40));
    i.upsert(doc(Uuid::from_u128(100), "en", "Long", &long, &[])).unwrap();
    let hits = search(&i, Query::new("keyword"));
    let s = &hits[0].snippet;
    assert!(s.starts_with('…') && s.ends_with('…') && s.contains("keyword"), "{s}");
    assert!(s.chars().count() <= 182, "{s}");
}

#[test]
fn upsert_and_remove_are_visible_to_the_next_search() {
    let i = index();
    let id = Uuid::from_u128(0x77);
    assert!(search(&i, Query::new("kindergarten")).is_empty());
    let mut a = doc(id, "en", "Finding a kindergarten place", "Apply online.", &[]);
    i.upsert(a.clone()).unwrap();
    first(&i, Query::new("kindergarten"), id, "en");
    // Changed text replaces the old one.
    a.question = "Finding a preschool place".into();
    i.upsert(a.clone()).unwrap();
    assert!(search(&i, Query::new("kindergarten")).is_empty());
    assert_eq!(search(&i, Query::new("preschool")).len(), 1);
    // Removing one translation keeps the others.
    let docs_before = i.num_documents();
    i.remove(HOUSING, "sv").unwrap();
    assert_eq!(i.num_documents(), docs_before - 1);
    first(&i, Query::new("bostad apartment").preferring("sv"), HOUSING, "en");
    assert!(search(&i, Query::new("bostadsförmedling")).is_empty());
    i.remove(id, "en").unwrap();
    assert!(search(&i, Query::new("preschool")).is_empty());
    // Removing what is not there is no error.
    assert!(i.remove(id, "en").is_ok());
}

#[test]
fn unknown_languages_are_errors() {
    let i = index();
    assert!(matches!(i.search(&Query::new("x").preferring("xx")), Err(SearchError::UnknownLanguage(_))));
    assert!(matches!(i.upsert(doc(REGISTER, "pl", "q", "a", &[])), Err(SearchError::UnknownLanguage(_))));
    assert!(matches!(i.remove(REGISTER, "EN"), Err(SearchError::UnknownLanguage(_))));
    assert!(KnowledgeIndex::build([doc(REGISTER, "", "q", "a", &[])], &Synonyms::new()).is_err());
}

#[test]
fn limits_and_empty_queries() {
    let i = index();
    assert!(search(&i, Query::new("")).is_empty());
    assert!(search(&i, Query::new("  ?!. ")).is_empty());
    assert!(search(&i, Query::new("the").limit(0)).is_empty());
    assert!(search(&i, Query::new("the a of in you your")).len() <= 10);
    assert_eq!(search(&i, Query::new("how").limit(2)).len(), 2);
    // Query syntax is text.
    for q in
        ["\"register", "register:", "(register", "regist*", "register~2", "register AND", "-register", "+register^3"]
    {
        first(&i, Query::new(q).preferring("en"), REGISTER, "en");
    }
}

#[test]
fn searches_run_while_articles_are_written() {
    let i = Arc::new(index());
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut readers = Vec::new();
    for t in 0..3 {
        let i = Arc::clone(&i);
        let stop = Arc::clone(&stop);
        readers.push(std::thread::spawn(move || {
            let queries = ["registration", "bostad", "المدرسة", "сім'ї", "article number", "winter"];
            let mut n = 0usize;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) || n < 20 {
                let q = Query::new(queries[(n + t) % queries.len()]);
                match i.search(&q) {
                    // The base articles are always there, whatever is being written.
                    Ok(h) if q.text == "registration" => assert_eq!(h.first().map(|h| h.id), Some(REGISTER)),
                    Ok(_) => {}
                    Err(e) => panic!("search during writes: {e}"),
                }
                n += 1;
            }
            n
        }));
    }
    for k in 0..20u128 {
        let id = Uuid::from_u128(0x1000 + k);
        let a = doc(id, "en", &format!("Article number {k}"), &format!("Written while searching, token{k}."), &[]);
        i.upsert(a).unwrap();
        // Visible at once to the writer's next search.
        first(&i, Query::new(format!("token{k}")), id, "en");
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let mut total = 0;
    for r in readers {
        match r.join() {
            Ok(n) => total += n,
            Err(_) => panic!("a reader thread panicked"),
        }
    }
    assert!(total >= 60);
    assert_eq!(search(&i, Query::new("article number").limit(100)).len(), 20);
}
