//! Content over HTTP on both backends: the brochure and the directory on the public site
//! in every language (each page under 100 KB, the switcher keeping the page), editing
//! with markup problems shown by line, translation states following edits, editions
//! that later edits do not change, PDFs, the directory API and the review list.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{TestApp, between};
use serde_json::{Value, json};
use welcomedesk_i18n::LANGUAGES;
use welcomedesk_store::both_backends;

const LIMIT: usize = 100 * 1024;

async fn get_page(c: &reqwest::Client, app: &TestApp, path: &str) -> String {
    let r = c.get(app.url(path)).send().await.unwrap();
    assert_eq!(r.status(), 200, "{path}");
    let html = r.text().await.unwrap();
    assert!(html.len() <= LIMIT, "{path} is {} bytes (limit {LIMIT})", html.len());
    html
}

both_backends!(public_content_in_every_language, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    for l in LANGUAGES.iter() {
        for page in ["brochure", "brochure/housing", "addresses"] {
            let path = format!("/{}/{page}", l.code);
            let html = get_page(&c, &app, &path).await;
            assert!(html.contains(&format!("<html lang=\"{}\" dir=\"{}\">", l.code, l.dir.as_str())), "{path}");
            for other in LANGUAGES.iter() {
                assert!(
                    html.contains(&format!("href=\"/{}/{page}\"", other.code)),
                    "{path}: switcher to {}",
                    other.code
                );
            }
            for key in ["content-", "chapter-", "error-"] {
                assert!(!html.contains(&format!(">{key}")), "{path} shows a raw key {key}");
            }
            assert!(!html.contains("<script"), "{path} has no script");
        }
    }
    // English: the chapter with its directory cards, contact details from the directory.
    let en = get_page(&c, &app, "/en/brochure/housing").await;
    assert!(en.contains("<h1>Housing</h1>"));
    assert!(en.contains("Tenants&#39; Advice Centre") || en.contains("Tenants' Advice Centre"));
    assert!(en.contains("href=\"tel:+46855502100\""), "the card's phone is a tel: link");
    assert!(en.contains("https://www.openstreetmap.org/search?query="), "a plain map link");
    assert!(en.contains("Only with an appointment"), "appointment-only days are said so");
    assert!(en.contains("Flesch reading ease"), "the page shows its readability");
    // Swedish has its own text; the cards speak Swedish.
    let sv = get_page(&c, &app, "/sv/brochure/housing").await;
    assert!(sv.contains("<h1>Bostad</h1>"));
    assert!(sv.contains("Hyresgästrådgivningen"));
    assert!(sv.contains("LIX"));
    // Arabic has its own text, right to left, with the cards in Arabic.
    let ar = get_page(&c, &app, "/ar/brochure/housing").await;
    assert!(ar.contains("dir=\"rtl\""));
    assert!(ar.contains("<h1>السكن</h1>"), "the Arabic chapter, not the English fallback");
    assert!(!ar.contains(&app.state.cat.t("ar", "content-not-translated-short", &[])));
    // Somali has no translation in the demo: the English text, marked as such.
    let so = get_page(&c, &app, "/so/brochure/housing").await;
    assert!(so.contains("lang=\"en\" dir=\"ltr\""), "the fallback text carries its own language");
    assert!(
        so.contains(&app.state.cat.t("so", "content-not-translated-short", &[])) || so.contains("class=\"notice\"")
    );
    // The start page links the brochure, the module calendar, the booking and a map.
    let start = get_page(&c, &app, "/en/").await;
    for href in
        ["/en/brochure", "/en/modules", "/en/coaching", "/en/addresses", "https://www.openstreetmap.org/search?query="]
    {
        assert!(start.contains(&format!("href=\"{href}")), "start links {href}");
    }
    let r = c.get(app.url("/en/brochure/no-such-chapter")).send().await.unwrap();
    assert_eq!(r.status(), 404);
    app.stop().await;
});

// Every public page of the route table, in every language, is at most 100 KB, and
// its weight and render time are printed (the figures of docs/BENCHMARKS.md).
both_backends!(every_public_page_is_under_100_kb, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    let mut worst = (0usize, String::new());
    for def in welcomedesk_web::routes::table() {
        let p = def.path;
        let html_page = def.access == welcomedesk_domain::roles::Access::Public
            && def.method == reqwest::Method::GET
            && p.starts_with("/{lang}")
            && !p.ends_with(".pdf")
            && !p.contains("{token}");
        if !html_page {
            continue;
        }
        for l in LANGUAGES.iter() {
            let path = p.replace("{lang}", l.code).replace("{slug}", "health");
            let started = std::time::Instant::now();
            let r = c.get(app.url(&path)).send().await.unwrap();
            let status = r.status().as_u16();
            let body = r.bytes().await.unwrap();
            let ms = started.elapsed().as_millis();
            if status == 301 || status == 308 {
                continue;
            }
            // Some pages want a query (a form's second step): they answer 4xx, still a page.
            assert!(status < 500, "{path}: {status}");
            assert!(body.len() <= LIMIT, "{path} is {} bytes, over {LIMIT}", body.len());
            if body.len() > worst.0 {
                worst = (body.len(), path.clone());
            }
            if l.code == "en" || l.code == "ar" {
                println!("page {path}: {} bytes, {ms} ms", body.len());
            }
        }
    }
    println!("heaviest public page: {} ({} bytes)", worst.1, worst.0);
    assert!(worst.0 > 0);
    app.stop().await;
});

fn coverage_state(cov: &Value, slug: &str, lang: &str) -> String {
    cov.as_array().unwrap().iter().find(|r| r["slug"] == slug).unwrap()["languages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["language"] == lang)
        .unwrap()["state"]
        .as_str()
        .unwrap()
        .to_owned()
}

both_backends!(translation_states_follow_the_edits, |b| async move {
    let app = TestApp::spawn(b).await;
    let tok = app.token_for("coordinator").await;
    let c = app.client();
    let cov = |c: reqwest::Client, tok: String, app_url: String| async move {
        c.get(format!("{app_url}/api/v1/brochure/coverage"))
            .bearer_auth(&tok)
            .send()
            .await
            .unwrap()
            .json::<Value>()
            .await
            .unwrap()
    };
    let before = cov(c.clone(), tok.clone(), app.base.clone()).await;
    assert_eq!(coverage_state(&before, "work", "en"), "source");
    assert_eq!(coverage_state(&before, "work", "sv"), "up_to_date");
    assert_eq!(coverage_state(&before, "work", "ar"), "up_to_date");
    assert_eq!(coverage_state(&before, "work", "so"), "missing");
    let save = |body: Value| {
        let c = c.clone();
        let tok = tok.clone();
        let url = app.url("/api/v1/brochure/chapters/work/versions");
        async move { c.post(url).bearer_auth(&tok).json(&body).send().await.unwrap() }
    };
    // Hostile markup is refused with every problem and its line.
    let r = save(json!({"language": "en", "base": 1, "title": "Work", "body": "Fine.\n<script>alert(1)</script>\n[x](javascript:alert(1))"})).await;
    assert_eq!(r.status(), 422);
    let p: Value = r.json().await.unwrap();
    let codes: Vec<(String, i64)> = p["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["code"].as_str().unwrap().starts_with("markup_"))
        .map(|e| {
            (
                e["code"].as_str().unwrap().to_owned(),
                e["message"]
                    .as_str()
                    .unwrap()
                    .chars()
                    .filter(|c| c.is_ascii_digit())
                    .collect::<String>()
                    .parse()
                    .unwrap_or(0),
            )
        })
        .collect();
    assert!(codes.contains(&("markup_html_not_allowed".into(), 2)), "{codes:?}");
    assert!(codes.contains(&("markup_unsafe_link".into(), 3)), "{codes:?}");
    // A minor edit (typo) keeps the Swedish translation up to date.
    let r = save(json!({"language": "en", "base": 1, "title": "Work", "body": "## Looking for a job\n\nThe Job Centre helps you.", "minor": true})).await;
    assert_eq!(r.status(), 201, "{}", r.text().await.unwrap());
    let after_minor = cov(c.clone(), tok.clone(), app.base.clone()).await;
    assert_eq!(coverage_state(&after_minor, "work", "sv"), "up_to_date");
    // A stale base is refused: someone saved in between.
    let r = save(json!({"language": "en", "base": 1, "title": "Work", "body": "Stale."})).await;
    assert_eq!(r.status(), 409);
    // A major edit outdates it; the website says so on the Swedish page.
    let r = save(
        json!({"language": "en", "base": 2, "title": "Work", "body": "## Looking for work\n\nNew rules from 2027."}),
    )
    .await;
    assert_eq!(r.status(), 201);
    let after_major = cov(c.clone(), tok.clone(), app.base.clone()).await;
    assert_eq!(coverage_state(&after_major, "work", "sv"), "outdated");
    assert_eq!(coverage_state(&after_major, "housing", "sv"), "up_to_date", "other chapters untouched");
    let sv = c.get(app.url("/sv/brochure/work")).send().await.unwrap().text().await.unwrap();
    assert!(sv.contains(&app.state.cat.t("sv", "content-outdated-notice", &[])));
    // A major edit is a draft: the website keeps showing the last discussed English text,
    // and translating must wait for the discussion with the interpreters.
    let en = c.get(app.url("/en/brochure/work")).send().await.unwrap().text().await.unwrap();
    assert!(en.contains("The Job Centre helps you."), "a draft is not published");
    let r = save(json!({"language": "sv", "base": 1, "title": "Arbete", "body": "Nya regler."})).await;
    assert_eq!(r.status(), 422);
    let p: Value = r.json().await.unwrap();
    assert_eq!(p["errors"][0]["code"], "source_not_discussed");
    let r = c
        .post(app.url("/api/v1/brochure/chapters/work/stage"))
        .bearer_auth(&tok)
        .json(&json!({"language": "en", "number": 3, "stage": "discussed"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    let r = save(json!({"language": "sv", "base": 1, "title": "Arbete", "body": "## Söka arbete\n\nNya regler från 2027.", "stage": "in_review"})).await;
    assert_eq!(r.status(), 201);
    assert_eq!(coverage_state(&cov(c.clone(), tok.clone(), app.base.clone()).await, "work", "sv"), "in_review");
    let r = c
        .post(app.url("/api/v1/brochure/chapters/work/stage"))
        .bearer_auth(&tok)
        .json(&json!({"language": "sv", "number": 2, "stage": "published"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    assert_eq!(coverage_state(&cov(c.clone(), tok.clone(), app.base.clone()).await, "work", "sv"), "up_to_date");
    let sv = c.get(app.url("/sv/brochure/work")).send().await.unwrap().text().await.unwrap();
    assert!(sv.contains("Nya regler från 2027."));
    // listChapters (public) says the same.
    let chapters: Value =
        c.get(app.url("/api/v1/brochure/chapters?lang=so")).send().await.unwrap().json().await.unwrap();
    assert_eq!(chapters.as_array().unwrap().len(), 13);
    assert_eq!(chapters[0]["fallback"], true);
    assert_eq!(chapters[0]["readability"]["measure"], "flesch");
    app.stop().await;
});

both_backends!(coordinator_edits_in_the_back_office, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.login_as("coordinator").await;
    let cov = get_page(&c, &app, "/staff/brochure").await;
    assert!(cov.contains("state-missing") && cov.contains("state-up_to_date") && cov.contains("state-source"));
    let form = c.get(app.url("/staff/brochure/leisure/en")).send().await.unwrap().text().await.unwrap();
    let csrf = common::extract_csrf(&form).unwrap();
    let base = between(&form, "name=\"base\" value=\"", "\"").unwrap().to_owned();
    // Problems come back translated, with line numbers, the text kept.
    let r = c
        .post(app.url("/staff/brochure/leisure/en"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("base", &base),
            ("title", "Leisure"),
            ("body", "# Big\ntext **open"),
            ("stage", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    // Fluent isolates the line number with bidi marks (right for RTL pages).
    let html = r.text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "");
    assert!(html.contains("<title>Error:"), "title says Error");
    assert!(html.contains("Line 1: use ## for a heading"), "line-numbered message");
    assert!(html.contains("Line 2: bold text needs **"));
    assert!(html.contains("text **open"), "input kept");
    let r = c
        .post(app.url("/staff/brochure/leisure/en"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("base", &base),
            ("title", "Leisure"),
            ("body", "## Sports\n\nClubs for all."),
            ("minor", "yes"),
            ("stage", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let page = get_page(&c, &app, "/staff/brochure/leisure/en").await;
    assert!(page.contains("Clubs for all."));
    // Review list: the demo's senior advice centre is overdue; hardest pages listed.
    let review = get_page(&c, &app, "/staff/content/review").await;
    assert!(review.contains("Senior Advice Centre"));
    assert!(review.contains("Flesch") && review.contains("LIX"));
    // Directory: create through the form, then it is on the public addresses page.
    let form = get_page(&c, &app, "/staff/directory/new").await;
    let csrf = common::extract_csrf(&form).unwrap();
    let r = c
        .post(app.url("/staff/directory"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("slug", "youth-centre"),
            ("name_en", "Youth Centre"),
            ("name_ar", "مركز الشباب"),
            ("address", "Park Lane 4, 10160 Demo City"),
            ("phone", "+46 8 555 141 00"),
            ("hours_mon", "14:00-20:00"),
            ("hours_tue", "appointment"),
            ("languages", "en, ar"),
            ("topics", "leisure"),
            ("step_free", "yes"),
            ("verified_on", "2026-11-30"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap());
    let ar = get_page(&app.client(), &app, "/ar/addresses").await;
    assert!(ar.contains("مركز الشباب"));
    // Same slug again: refused with the field's message.
    let r = c
        .post(app.url("/staff/directory"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("slug", "youth-centre"),
            ("name_en", "Y"),
            ("address", "A"),
            ("verified_on", "2026-11-30"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("Another entry already has this short name."));
    // Clerks reach the leaflets; a desk account does not.
    let clerk = app.login_as("clerk").await;
    assert_eq!(clerk.get(app.url("/staff/leaflets")).send().await.unwrap().status(), 200);
    let desk = app.login_as("desk").await;
    assert_eq!(desk.get(app.url("/staff/leaflets")).send().await.unwrap().status(), 403);
    assert_eq!(desk.get(app.url("/staff/directory")).send().await.unwrap().status(), 200);
    app.stop().await;
});

both_backends!(directory_api, |b| async move {
    let app = TestApp::spawn(b).await;
    let c = app.client();
    let all: Value = c.get(app.url("/api/v1/directory")).send().await.unwrap().json().await.unwrap();
    assert!(all.as_array().unwrap().len() >= 20);
    let housing: Value =
        c.get(app.url("/api/v1/directory?topic=housing&language=so")).send().await.unwrap().json().await.unwrap();
    let slugs: Vec<&str> = housing.as_array().unwrap().iter().map(|e| e["slug"].as_str().unwrap()).collect();
    assert_eq!(slugs, ["tenants-advice"]);
    let seniors = all.as_array().unwrap().iter().find(|e| e["slug"] == "senior-advice").unwrap();
    assert_eq!(seniors["review_due"], true);
    assert_eq!(seniors["hours"][1]["kind"], "closed");
    let tok = app.token_for("coordinator").await;
    let body = json!({"names": {"en": "Library"}, "address": "Library Square 1", "hours": ["10:00-18:00", "appointment"],
                      "languages": ["en"], "topics": ["leisure"], "verified_on": "2026-12-01"});
    let r = c.put(app.url("/api/v1/directory/library")).bearer_auth(&tok).json(&body).send().await.unwrap();
    assert_eq!(r.status(), 201, "{}", r.text().await.unwrap());
    let r = c.put(app.url("/api/v1/directory/library")).bearer_auth(&tok).json(&body).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let bad = json!({"names": {"sv": "Bibliotek"}, "address": "", "website": "javascript:alert(1)", "verified_on": "2999-01-01"});
    let r = c.put(app.url("/api/v1/directory/Bad Slug")).bearer_auth(&tok).json(&bad).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let p: Value = r.json().await.unwrap();
    let codes: Vec<&str> = p["errors"].as_array().unwrap().iter().map(|e| e["code"].as_str().unwrap()).collect();
    for want in ["invalid_slug", "required", "invalid_website", "date_in_future"] {
        assert!(codes.contains(&want), "{codes:?} lacks {want}");
    }
    let desk = app.token_for("desk").await;
    let r = c.put(app.url("/api/v1/directory/library")).bearer_auth(&desk).json(&body).send().await.unwrap();
    assert_eq!(r.status(), 403);
    app.stop().await;
});

both_backends!(editions_and_pdfs, |b| async move {
    let app = TestApp::spawn(b).await;
    let tok = app.token_for("coordinator").await;
    let c = app.client();
    let r = c
        .post(app.url("/api/v1/brochure/editions"))
        .bearer_auth(&tok)
        .json(&json!({"name": "2027 spring"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201, "{}", r.text().await.unwrap());
    let e: Value = r.json().await.unwrap();
    assert_eq!(e["languages"], json!(["ar", "en", "fa", "sv", "ti", "uk"]));
    let id = e["id"].as_str().unwrap().to_owned();
    let r = c
        .post(app.url("/api/v1/brochure/editions"))
        .bearer_auth(&tok)
        .json(&json!({"name": "2027 spring"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
    // A later edit does not change the edition.
    let r = c
        .post(app.url("/api/v1/brochure/chapters/housing/versions"))
        .bearer_auth(&tok)
        .json(&json!({"language": "en", "base": 1, "title": "Housing", "body": "Completely new text.", "stage": "discussed"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let frozen = app.store.edition_chapters(id.parse().unwrap(), "en").await.unwrap();
    assert_eq!(frozen.len(), 13);
    assert!(frozen[1].body.contains("Tenants' Advice Centre"), "the edition keeps the old text");
    // The PDFs: the edition (download and print) and the leaflet, in Swedish and Arabic.
    for (path, lang) in [
        (format!("/api/v1/brochure/editions/{id}/pdf?lang=sv"), "sv"),
        (format!("/api/v1/brochure/editions/{id}/pdf?lang=sv&print=true&cut_marks=true"), "sv"),
        (format!("/api/v1/brochure/editions/{id}/pdf?lang=ar"), "ar"),
        (format!("/api/v1/brochure/editions/{id}/pdf?lang=ti"), "ti"),
        ("/api/v1/leaflet/pdf?lang=ar".to_owned(), "ar"),
        ("/sv/leaflet.pdf".to_owned(), "sv"),
    ] {
        let r = c.get(app.url(&path)).send().await.unwrap();
        assert_eq!(r.status(), 200, "{path}: {}", lang);
        assert_eq!(r.headers()["content-type"], "application/pdf");
        let pdf = r.bytes().await.unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "{path}");
        assert!(pdf.len() > 5_000, "{path} is {} bytes", pdf.len());
    }
    let r = c.get(app.url(&format!("/api/v1/brochure/editions/{id}/pdf?lang=so"))).send().await.unwrap();
    assert_eq!(r.status(), 404, "no Somali in this edition");
    // Print planning from the register's language mix.
    let plan: Value = c
        .get(app.url("/api/v1/brochure/print-plan?copies=1000&minimum=100"))
        .bearer_auth(&tok)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let total: i64 = plan.as_array().unwrap().iter().map(|p| p["copies"].as_i64().unwrap()).sum();
    assert_eq!(total, 1000);
    assert_eq!(plan.as_array().unwrap().len(), 6, "the languages of the newest edition");
    app.stop().await;
});
