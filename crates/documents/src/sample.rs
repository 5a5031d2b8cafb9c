//! Fictional sample documents (the demo city Lindholm) in the 12 languages of the
//! service: for this crate's tests, the benchmark, and as an example of how to fill the
//! types. Real callers take every text from Fluent and the database.

use crate::model::*;

/// The 12 UI languages.
pub const LANGUAGES: [&str; 12] = ["en", "sv", "de", "ar", "fa", "uk", "ru", "tr", "so", "ti", "es", "fr"];

/// Per language: (title, a sentence, the word "chapter").
fn texts(lang: &str) -> (&'static str, &'static str, &'static str) {
    match lang {
        "sv" => (
            "Välkommen till Lindholm",
            "Det här kapitlet förklarar vart du ska gå, vem du kan ringa och vad du ska ta med dig. Fråga gärna på välkomstdisken – vi hjälper dig på ditt språk.",
            "Kapitel",
        ),
        "de" => (
            "Willkommen in Lindholm",
            "Dieses Kapitel erklärt, wohin Sie gehen, wen Sie anrufen und was Sie mitbringen müssen. Fragen Sie gern am Empfang – wir helfen Ihnen in Ihrer Sprache.",
            "Kapitel",
        ),
        "ar" => (
            "مرحبًا بكم في ليندهولم",
            "يشرح هذا الفصل إلى أين تذهب، وبمن تتصل، وماذا تحضر معك. اسأل في مكتب الترحيب في Storgatan 1 أو اتصل بالرقم 040 123 45 67 – نساعدك بلغتك.",
            "الفصل",
        ),
        "fa" => (
            "به لیندهولم خوش آمدید",
            "این فصل توضیح می‌دهد کجا بروید، با چه کسی تماس بگیرید و چه چیزی همراه داشته باشید. در میز پذیرش در Storgatan 1 بپرسید یا با شماره 040 123 45 67 تماس بگیرید.",
            "فصل",
        ),
        "uk" => (
            "Ласкаво просимо до Ліндгольма",
            "У цьому розділі пояснюється, куди звертатися, кому телефонувати і що взяти з собою. Запитайте на стійці привітання – ми допоможемо вашою мовою.",
            "Розділ",
        ),
        "ru" => (
            "Добро пожаловать в Линдхольм",
            "В этой главе объясняется, куда обращаться, кому звонить и что взять с собой. Спросите у стойки приёма – мы поможем на вашем языке.",
            "Глава",
        ),
        "tr" => (
            "Lindholm'e hoş geldiniz",
            "Bu bölüm nereye gideceğinizi, kimi arayacağınızı ve yanınızda ne getirmeniz gerektiğini açıklıyor. Karşılama masasına sorun – size kendi dilinizde yardımcı oluruz.",
            "Bölüm",
        ),
        "so" => (
            "Ku soo dhawoow Lindholm",
            "Cutubkan wuxuu sharxayaa meesha aad aadayso, cidda aad wacayso iyo waxa aad keenayso. Weydii miiska soo dhaweynta – waxaan kugu caawinaynaa luqaddaada.",
            "Cutub",
        ),
        "ti" => (
            "ናብ ሊንድሆልም እንቋዕ ብደሓን መጻእኩም",
            "እዚ ምዕራፍ እዚ ናበይ ከም እትኸዱ፡ ንመን ከም እትድውሉን እንታይ ሒዝኩም ክትመጹ ከም ዘለኩምን ይገልጽ። ኣብ Storgatan 1 ሕተቱ ወይ ናብ 040 123 45 67 ደውሉ።",
            "ምዕራፍ",
        ),
        "es" => (
            "Bienvenido a Lindholm",
            "Este capítulo explica adónde ir, a quién llamar y qué llevar consigo. Pregunte en el mostrador de bienvenida: le ayudamos en su idioma.",
            "Capítulo",
        ),
        "fr" => (
            "Bienvenue à Lindholm",
            "Ce chapitre explique où aller, qui appeler et quoi apporter. Renseignez-vous à l'accueil : nous vous aidons dans votre langue.",
            "Chapitre",
        ),
        _ => (
            "Welcome to Lindholm",
            "This chapter explains where to go, whom to call and what to bring with you. Ask at the welcome desk – we help you in your language.",
            "Chapter",
        ),
    }
}

fn dir(lang: &str) -> Dir {
    if matches!(lang, "ar" | "fa") { Dir::Rtl } else { Dir::Ltr }
}

/// The demo city's contact lines (the same on every page).
pub fn contact_lines(lang: &str) -> Vec<String> {
    let hours = match lang {
        "ar" => "الاثنين–الجمعة 9–16",
        "fa" => "دوشنبه تا جمعه 9–16",
        "ti" => "ሰኑይ–ዓርቢ 9–16",
        "sv" => "mån–fre 9–16",
        "de" => "Mo–Fr 9–16 Uhr",
        "uk" => "пн–пт 9–16",
        "ru" => "пн–пт 9–16",
        _ => "Mon–Fri 9–16",
    };
    vec![
        "Welcome desk, Storgatan 1, 123 45 Lindholm".into(),
        hours.into(),
        "+46 40 123 45 67".into(),
        "welcome@lindholm.example".into(),
    ]
}

/// `Common` for a sample document in `lang` with `title`.
pub fn common(lang: &str, title: &str) -> Common {
    Common {
        lang: lang.into(),
        dir: dir(lang),
        city_name: "Lindholm".into(),
        contact_lines: contact_lines(lang),
        title: title.into(),
        contact_labels: ContactLabels {
            address: "Address".into(),
            transit: "Getting there".into(),
            phone: "Phone".into(),
            email: "E-mail".into(),
            web: "Web".into(),
            hours: "Opening hours".into(),
        },
    }
}

/// The title used for `lang`'s samples ("Welcome to Lindholm" in that language).
pub fn title(lang: &str) -> &'static str {
    texts(lang).0
}

/// A sentence in `lang` (the samples' running text).
pub fn sentence(lang: &str) -> &'static str {
    texts(lang).1
}

fn card(n: usize) -> ContactCard {
    ContactCard {
        name: format!("Lindholm Service Office {n}"),
        address: format!("Kungsgatan {n}, 123 45 Lindholm"),
        transit: format!("Bus {n} to Kungstorget"),
        phone: "+46 40 123 45 67".into(),
        email: "service@lindholm.example".into(),
        web: "https://lindholm.example/service".into(),
        hours: vec!["Mon–Thu 8–16".into(), "Fri 8–12".into()],
        notes: vec!["Arabic, English, Swedish, Tigrinya".into()],
    }
}

/// A full brochure edition: cover, contents and 13 chapters of 1–2 A5 pages each.
pub fn brochure(lang: &str, paper: Paper, cut_marks: bool) -> Brochure {
    let (title, sentence, chapter) = texts(lang);
    let chapters = (1..=13)
        .map(|n| {
            let mut blocks = vec![Block::Paragraph(vec![
                Inline::Strong(sentence.split(['.', '።', '،']).next().unwrap_or(sentence).to_string()),
                Inline::text(". "),
                Inline::text(sentence),
            ])];
            for s in 1..=2 {
                blocks.push(Block::Heading { level: 1, text: vec![Inline::text(format!("{chapter} {n}.{s}"))] });
                blocks.push(Block::para(format!("{sentence} {sentence} {sentence}")));
                blocks.push(Block::List {
                    ordered: s == 2,
                    items: vec![
                        vec![Inline::text(sentence)],
                        vec![Inline::Emphasis(sentence.into())],
                        vec![Inline::Link { text: "lindholm.example".into(), url: "https://lindholm.example/".into() }],
                    ],
                });
                blocks.push(Block::para(format!("{sentence} {sentence}")));
            }
            blocks.push(Block::Contact(card(n)));
            Chapter { title: format!("{chapter} {n}"), blocks }
        })
        .collect();
    Brochure {
        common: common(lang, title),
        edition: "2027".into(),
        paper,
        cut_marks,
        intro: vec![Block::para(sentence)],
        contents_label: chapter.into(),
        chapters,
    }
}

pub fn leaflet(lang: &str, paper: Paper) -> Leaflet {
    let (title, sentence, _) = texts(lang);
    Leaflet {
        common: common(lang, title),
        paper,
        headline: sentence.split(['.', '።']).next().unwrap_or(sentence).into(),
        intro: vec![Block::para(sentence)],
        facts: vec![
            Field::new("Where", "Immigration office, Hamngatan 4, Lindholm"),
            Field::new("When", "Mon–Fri 9–16"),
            Field::new("Book", "+46 40 123 45 67"),
        ],
        booking_url: format!("https://lindholm.example/{lang}/coaching"),
        booking_label: "Scan to book".into(),
    }
}

pub fn passport(lang: &str, paper: Paper, holder: &str, stamps: usize) -> Passport {
    let (title, sentence, _) = texts(lang);
    Passport {
        common: common(lang, title),
        paper,
        number: "K7P3-9XQ2-M4".into(),
        holder_name: holder.into(),
        birth_date: "1990-04-23".into(),
        qr_payload: "WD1.passport.K7P39XQ2M4.signature-goes-here".into(),
        fields: vec![Field::new("Issued", "2027-03-01")],
        labels: PassportLabels {
            number: "Passport number".into(),
            holder: "Holder".into(),
            birth_date: "Date of birth".into(),
            qr_alt: "QR code to check this passport".into(),
            stamps: "Modules attended".into(),
            date: "Date".into(),
            topic: "Topic".into(),
            language: "Language".into(),
            venue: "Venue".into(),
            no_stamps: "No modules yet.".into(),
        },
        stamps: (1..=stamps)
            .map(|i| Stamp {
                date: format!("2027-03-{:02}", i % 28 + 1),
                topic: sentence.split(['.', '።', '،', ',']).next().unwrap_or(sentence).into(),
                language: lang.into(),
                venue: "City library".into(),
            })
            .collect(),
    }
}

pub fn voucher(lang: &str, paper: Paper, holder: &str, providers: usize) -> Voucher {
    let (title, sentence, _) = texts(lang);
    Voucher {
        common: common(lang, title),
        paper,
        code: "LV-4K8M-2QX7-9".into(),
        qr_payload: Some("LV4K8M2QX79".into()),
        holder_name: holder.into(),
        birth_date: "1990-04-23".into(),
        value: "€ 150.00".into(),
        parts: (1..=3).map(|i| Field::new(format!("Part {i}"), "€ 50.00")).collect(),
        valid_until: "2029-09-30".into(),
        levels: "A1, A2, B1".into(),
        conditions: vec![Block::List { ordered: false, items: vec![vec![Inline::text(sentence)]] }],
        providers: (1..=providers).map(card).collect(),
        labels: VoucherLabels {
            code: "Voucher code".into(),
            holder: "Holder".into(),
            birth_date: "Date of birth".into(),
            value: "Value".into(),
            parts: "Parts".into(),
            valid_until: "Valid until".into(),
            levels: "Course levels".into(),
            qr_alt: "QR code of the voucher".into(),
            providers: "Approved course providers".into(),
        },
    }
}

pub fn invoice(lang: &str, lines: usize) -> Invoice {
    let (_, sentence, _) = texts(lang);
    let topic: String = sentence.chars().take(40).collect();
    Invoice {
        common: common(lang, "Invoice 2027-0042"),
        paper: Paper::A4,
        seller: vec![
            "City of Lindholm".into(),
            "Welcome service".into(),
            "Storgatan 1".into(),
            "123 45 Lindholm".into(),
        ],
        buyer: vec!["Lindholm Language School".into(), "Hamngatan 9".into(), "123 46 Lindholm".into()],
        references: vec![
            Field::new("Invoice number", "2027-0042"),
            Field::new("Date", "2027-04-01"),
            Field::new("Period", "2027-03"),
            Field::new("City reference", "KS-2027/118"),
        ],
        columns: vec![
            Column::end("#"),
            Column::start("Date"),
            Column::start("Voucher"),
            Column::start("Course"),
            Column::end("Amount"),
        ],
        lines: (1..=lines)
            .map(|i| {
                vec![
                    i.to_string(),
                    format!("2027-03-{:02}", i % 28 + 1),
                    format!("LV-{:04}-2QX7", i),
                    topic.clone(),
                    "€ 50.00".into(),
                ]
            })
            .collect(),
        totals: vec![
            Field::new("Net", format!("€ {}.00", lines * 50)),
            Field::new("Total", format!("€ {}.00", lines * 50)),
        ],
        notes: vec![Block::para("Payable within 30 days to IBAN SE00 0000 0000 0000 0000 0000.")],
    }
}

pub fn letter(lang: &str, name: &str) -> Letter {
    let (title, sentence, _) = texts(lang);
    Letter {
        common: common(lang, title),
        paper: Paper::A4,
        sender: vec!["City of Lindholm".into(), "Welcome service".into(), "Storgatan 1, 123 45 Lindholm".into()],
        recipient: vec![name.into(), "Parkvägen 12".into(), "123 47 Lindholm".into()],
        place_date: "Lindholm, 2027-03-01".into(),
        subject: title.into(),
        body: vec![
            Block::para(format!("{name},")),
            Block::para(sentence),
            Block::Paragraph(vec![Inline::Link {
                text: format!("lindholm.example/{lang}/coaching"),
                url: format!("https://lindholm.example/{lang}/coaching"),
            }]),
        ],
        signature: vec!["Welcome service".into(), "City of Lindholm".into()],
    }
}
