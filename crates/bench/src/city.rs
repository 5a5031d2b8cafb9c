//! The people of the synthetic city and the spelling variants of their names.

use crate::rng::Rng;

/// (native script, Latin transliteration). The Latin form is what travel documents
/// show; some origins write Latin natively (then both are the same).
type Name = (&'static str, &'static str);

pub struct Origin {
    pub country: &'static str,
    pub languages: &'static [&'static str],
    /// Share of recent newcomers, in per mille.
    pub weight: u32,
    pub given: &'static [Name],
    pub family: &'static [Name],
    /// Whether a father's name usually stands between given and family name.
    pub patronymic: bool,
    /// Whether the native script is Latin (no separate Latin name in the record).
    pub latin_native: bool,
}

const AR_GIVEN: &[Name] = &[
    ("محمد", "Mohammed"),
    ("أحمد", "Ahmed"),
    ("علي", "Ali"),
    ("حسن", "Hassan"),
    ("حسين", "Hussein"),
    ("عمر", "Omar"),
    ("خالد", "Khaled"),
    ("يوسف", "Yousef"),
    ("إبراهيم", "Ibrahim"),
    ("محمود", "Mahmoud"),
    ("مصطفى", "Mustafa"),
    ("عبد الله", "Abdullah"),
    ("سامر", "Samer"),
    ("بلال", "Bilal"),
    ("طارق", "Tarek"),
    ("فاطمة", "Fatima"),
    ("مريم", "Maryam"),
    ("نور", "Nour"),
    ("آية", "Aya"),
    ("سارة", "Sara"),
    ("زينب", "Zainab"),
    ("هبة", "Heba"),
    ("رنا", "Rana"),
    ("ليلى", "Layla"),
    ("أمل", "Amal"),
    ("رامي", "Rami"),
    ("وليد", "Walid"),
    ("جميل", "Jamil"),
    ("ياسر", "Yasser"),
    ("عادل", "Adel"),
    ("كريم", "Karim"),
    ("سلمى", "Salma"),
    ("دعاء", "Doaa"),
    ("ريم", "Reem"),
    ("هادي", "Hadi"),
    ("منى", "Mona"),
    ("غسان", "Ghassan"),
    ("نادر", "Nader"),
    ("زياد", "Ziad"),
    ("هالة", "Hala"),
];
const AR_FAMILY: &[Name] = &[
    ("الحسن", "Al-Hassan"),
    ("الأحمد", "Al-Ahmad"),
    ("حداد", "Haddad"),
    ("الخطيب", "Al-Khatib"),
    ("العلي", "Al-Ali"),
    ("السيد", "Al-Sayed"),
    ("الشامي", "Al-Shami"),
    ("نصر", "Nasr"),
    ("قاسم", "Qasim"),
    ("يونس", "Younes"),
    ("سليمان", "Suleiman"),
    ("الرفاعي", "Al-Rifai"),
    ("درويش", "Darwish"),
    ("حمدان", "Hamdan"),
    ("عثمان", "Othman"),
    ("الحلبي", "Al-Halabi"),
    ("المصري", "Al-Masri"),
    ("الزعبي", "Al-Zoubi"),
    ("النجار", "Al-Najjar"),
    ("عيسى", "Issa"),
    ("منصور", "Mansour"),
    ("خليل", "Khalil"),
    ("الجاسم", "Al-Jassem"),
    ("العبدالله", "Al-Abdullah"),
    ("الحمود", "Al-Hamoud"),
    ("صالح", "Saleh"),
    ("بكر", "Bakr"),
    ("الشيخ", "Al-Sheikh"),
    ("العمر", "Al-Omar"),
    ("زيدان", "Zidan"),
];
const FA_GIVEN: &[Name] = &[
    ("احمد", "Ahmad"),
    ("محمد", "Mohammad"),
    ("علی", "Ali"),
    ("حسین", "Hossein"),
    ("رضا", "Reza"),
    ("مریم", "Maryam"),
    ("زهرا", "Zahra"),
    ("فاطمه", "Fatemeh"),
    ("نرگس", "Narges"),
    ("مهدی", "Mahdi"),
    ("شکیبا", "Shakiba"),
    ("فرشته", "Fereshteh"),
    ("جواد", "Javad"),
    ("سهراب", "Sohrab"),
    ("عارف", "Aref"),
    ("نازنین", "Nazanin"),
    ("حمید", "Hamid"),
    ("صدف", "Sadaf"),
    ("مسعود", "Masoud"),
    ("شبنم", "Shabnam"),
    ("ذبیح الله", "Zabihullah"),
    ("نجیب", "Najib"),
    ("فریده", "Farida"),
    ("سمیرا", "Samira"),
    ("بصیر", "Basir"),
];
const FA_FAMILY: &[Name] = &[
    ("رضایی", "Rezaei"),
    ("احمدی", "Ahmadi"),
    ("حسینی", "Hosseini"),
    ("محمدی", "Mohammadi"),
    ("کریمی", "Karimi"),
    ("صدیقی", "Sediqi"),
    ("نوری", "Noori"),
    ("رحیمی", "Rahimi"),
    ("جعفری", "Jafari"),
    ("هاشمی", "Hashemi"),
    ("حیدری", "Haidari"),
    ("عزیزی", "Azizi"),
    ("نظری", "Nazari"),
    ("قاسمی", "Qasemi"),
    ("یوسفی", "Yousefi"),
    ("امیری", "Amiri"),
    ("سلطانی", "Soltani"),
    ("وحیدی", "Wahidi"),
    ("اکبری", "Akbari"),
    ("شریفی", "Sharifi"),
];
const UK_GIVEN: &[Name] = &[
    ("Олександр", "Oleksandr"),
    ("Андрій", "Andrii"),
    ("Дмитро", "Dmytro"),
    ("Іван", "Ivan"),
    ("Сергій", "Serhii"),
    ("Олена", "Olena"),
    ("Ірина", "Iryna"),
    ("Наталія", "Nataliia"),
    ("Юлія", "Yuliia"),
    ("Тетяна", "Tetiana"),
    ("Марія", "Mariia"),
    ("Віктор", "Viktor"),
    ("Оксана", "Oksana"),
    ("Світлана", "Svitlana"),
    ("Максим", "Maksym"),
    ("Богдан", "Bohdan"),
    ("Валентина", "Valentyna"),
    ("Анастасія", "Anastasiia"),
    ("Юрій", "Yurii"),
    ("Людмила", "Liudmyla"),
    ("Василь", "Vasyl"),
    ("Катерина", "Kateryna"),
    ("Михайло", "Mykhailo"),
    ("Галина", "Halyna"),
    ("Петро", "Petro"),
];
const UK_FAMILY: &[Name] = &[
    ("Коваленко", "Kovalenko"),
    ("Бондаренко", "Bondarenko"),
    ("Шевченко", "Shevchenko"),
    ("Ткаченко", "Tkachenko"),
    ("Мельник", "Melnyk"),
    ("Кравченко", "Kravchenko"),
    ("Олійник", "Oliinyk"),
    ("Поліщук", "Polishchuk"),
    ("Бойко", "Boiko"),
    ("Савченко", "Savchenko"),
    ("Руденко", "Rudenko"),
    ("Лисенко", "Lysenko"),
    ("Марченко", "Marchenko"),
    ("Мороз", "Moroz"),
    ("Кузьменко", "Kuzmenko"),
    ("Петренко", "Petrenko"),
    ("Павленко", "Pavlenko"),
    ("Гнатюк", "Hnatiuk"),
    ("Клименко", "Klymenko"),
    ("Федоренко", "Fedorenko"),
    ("Зінченко", "Zinchenko"),
    ("Левченко", "Levchenko"),
    ("Приходько", "Prykhodko"),
    ("Романюк", "Romaniuk"),
];
const TI_GIVEN: &[Name] = &[
    ("ተስፋይ", "Tesfay"),
    ("ዮናስ", "Yonas"),
    ("ሃብቶም", "Habtom"),
    ("ሰላም", "Selam"),
    ("ሓጎስ", "Hagos"),
    ("ኣማኑኤል", "Amanuel"),
    ("ሳባ", "Saba"),
    ("ሚኪኤል", "Mikiel"),
    ("ፍሬ", "Fre"),
    ("ልዋም", "Luwam"),
    ("ዳዊት", "Dawit"),
    ("ሄለን", "Helen"),
    ("ብርሃነ", "Berhane"),
    ("ኤርሚያስ", "Ermias"),
    ("ሩታ", "Ruta"),
    ("ሚልኪያስ", "Milkias"),
];
const TI_FAMILY: &[Name] = &[
    ("ገብረሂወት", "Gebrehiwet"),
    ("ተኽለ", "Tekle"),
    ("ሃይለ", "Haile"),
    ("ወልደ", "Welde"),
    ("ኪዳነ", "Kidane"),
    ("መሓሪ", "Mehari"),
    ("ገብረመድህን", "Gebremedhin"),
    ("ብርሃነ", "Berhane"),
    ("ተወልደ", "Tewolde"),
    ("ዘርኣይ", "Zerai"),
    ("ኣስመሮም", "Asmerom"),
    ("ገብረእግዚኣብሄር", "Gebregziabher"),
    ("ሰሎሞን", "Solomon"),
    ("ኣብርሃ", "Abraha"),
];
const SO_GIVEN: &[Name] = &[
    ("Maxamed", "Maxamed"),
    ("Cabdi", "Cabdi"),
    ("Xasan", "Xasan"),
    ("Faadumo", "Faadumo"),
    ("Amina", "Amina"),
    ("Cali", "Cali"),
    ("Hodan", "Hodan"),
    ("Yuusuf", "Yuusuf"),
    ("Ayaan", "Ayaan"),
    ("Ismaaciil", "Ismaaciil"),
    ("Sahra", "Sahra"),
    ("Khadra", "Khadra"),
    ("Cabdiraxmaan", "Cabdiraxmaan"),
    ("Nimco", "Nimco"),
    ("Muuse", "Muuse"),
    ("Hibo", "Hibo"),
];
const SO_FAMILY: &[Name] = &[
    ("Warsame", "Warsame"),
    ("Cabdullaahi", "Cabdullaahi"),
    ("Jaamac", "Jaamac"),
    ("Faarax", "Faarax"),
    ("Cumar", "Cumar"),
    ("Xuseen", "Xuseen"),
    ("Aadan", "Aadan"),
    ("Nuur", "Nuur"),
    ("Maxamuud", "Maxamuud"),
    ("Cilmi", "Cilmi"),
    ("Yuusuf", "Yuusuf"),
    ("Axmed", "Axmed"),
    ("Ciise", "Ciise"),
    ("Xirsi", "Xirsi"),
];
const TR_GIVEN: &[Name] = &[
    ("Mehmet", "Mehmet"),
    ("Ahmet", "Ahmet"),
    ("Mustafa", "Mustafa"),
    ("Ayşe", "Ayşe"),
    ("Fatma", "Fatma"),
    ("Emine", "Emine"),
    ("Hüseyin", "Hüseyin"),
    ("Zeynep", "Zeynep"),
    ("Elif", "Elif"),
    ("Murat", "Murat"),
    ("Emre", "Emre"),
    ("Yusuf", "Yusuf"),
    ("Hatice", "Hatice"),
    ("İbrahim", "İbrahim"),
    ("Özlem", "Özlem"),
    ("Gökhan", "Gökhan"),
    ("Şükrü", "Şükrü"),
    ("Çiğdem", "Çiğdem"),
];
const TR_FAMILY: &[Name] = &[
    ("Yılmaz", "Yılmaz"),
    ("Kaya", "Kaya"),
    ("Demir", "Demir"),
    ("Şahin", "Şahin"),
    ("Çelik", "Çelik"),
    ("Yıldız", "Yıldız"),
    ("Yıldırım", "Yıldırım"),
    ("Öztürk", "Öztürk"),
    ("Aydın", "Aydın"),
    ("Özdemir", "Özdemir"),
    ("Arslan", "Arslan"),
    ("Doğan", "Doğan"),
    ("Kılıç", "Kılıç"),
    ("Aslan", "Aslan"),
    ("Çetin", "Çetin"),
    ("Kara", "Kara"),
];
const PL_GIVEN: &[Name] = &[
    ("Anna", "Anna"),
    ("Piotr", "Piotr"),
    ("Katarzyna", "Katarzyna"),
    ("Tomasz", "Tomasz"),
    ("Agnieszka", "Agnieszka"),
    ("Paweł", "Paweł"),
    ("Małgorzata", "Małgorzata"),
    ("Krzysztof", "Krzysztof"),
    ("Joanna", "Joanna"),
    ("Łukasz", "Łukasz"),
];
const PL_FAMILY: &[Name] = &[
    ("Nowak", "Nowak"),
    ("Kowalski", "Kowalski"),
    ("Wiśniewska", "Wiśniewska"),
    ("Wójcik", "Wójcik"),
    ("Kamińska", "Kamińska"),
    ("Lewandowski", "Lewandowski"),
    ("Zielińska", "Zielińska"),
    ("Szymański", "Szymański"),
    ("Woźniak", "Woźniak"),
    ("Dąbrowski", "Dąbrowski"),
];

/// The mix of a large European city's recent newcomers (illustrative).
pub static ORIGINS: &[Origin] = &[
    Origin {
        country: "UA",
        languages: &["uk", "ru"],
        weight: 220,
        given: UK_GIVEN,
        family: UK_FAMILY,
        patronymic: false,
        latin_native: false,
    },
    Origin {
        country: "SY",
        languages: &["ar"],
        weight: 180,
        given: AR_GIVEN,
        family: AR_FAMILY,
        patronymic: true,
        latin_native: false,
    },
    Origin {
        country: "AF",
        languages: &["prs", "ps"],
        weight: 120,
        given: FA_GIVEN,
        family: FA_FAMILY,
        patronymic: false,
        latin_native: false,
    },
    Origin {
        country: "TR",
        languages: &["tr", "kmr"],
        weight: 90,
        given: TR_GIVEN,
        family: TR_FAMILY,
        patronymic: false,
        latin_native: true,
    },
    Origin {
        country: "PL",
        languages: &["pl"],
        weight: 80,
        given: PL_GIVEN,
        family: PL_FAMILY,
        patronymic: false,
        latin_native: true,
    },
    Origin {
        country: "IQ",
        languages: &["ar", "ckb"],
        weight: 70,
        given: AR_GIVEN,
        family: AR_FAMILY,
        patronymic: true,
        latin_native: false,
    },
    Origin {
        country: "ER",
        languages: &["ti"],
        weight: 60,
        given: TI_GIVEN,
        family: TI_FAMILY,
        patronymic: true,
        latin_native: false,
    },
    Origin {
        country: "SO",
        languages: &["so"],
        weight: 50,
        given: SO_GIVEN,
        family: SO_FAMILY,
        patronymic: true,
        latin_native: true,
    },
    Origin {
        country: "IR",
        languages: &["fa"],
        weight: 40,
        given: FA_GIVEN,
        family: FA_FAMILY,
        patronymic: false,
        latin_native: false,
    },
    Origin {
        country: "EG",
        languages: &["ar", "en"],
        weight: 30,
        given: AR_GIVEN,
        family: AR_FAMILY,
        patronymic: true,
        latin_native: false,
    },
    Origin {
        country: "RU",
        languages: &["ru"],
        weight: 30,
        given: UK_GIVEN,
        family: UK_FAMILY,
        patronymic: false,
        latin_native: false,
    },
    Origin {
        country: "MA",
        languages: &["ar", "fr"],
        weight: 30,
        given: AR_GIVEN,
        family: AR_FAMILY,
        patronymic: false,
        latin_native: false,
    },
];

/// One generated person.
#[derive(Debug, Clone)]
pub struct GenPerson {
    pub full_name: String,
    pub latin_name: Option<String>,
    pub birth_year: i16,
    pub birth_month: Option<i8>,
    pub birth_day: Option<i8>,
    pub citizenship: &'static str,
    pub languages: Vec<&'static str>,
    /// Days after 2016-01-01 the permit was issued (ten years of arrivals).
    pub permit_day: i64,
}

fn origin(rng: &mut Rng) -> &'static Origin {
    let total: u32 = ORIGINS.iter().map(|o| o.weight).sum();
    let mut x = rng.below(total as usize) as u32;
    for o in ORIGINS {
        if x < o.weight {
            return o;
        }
        x -= o.weight;
    }
    &ORIGINS[0]
}

/// The n-th person of the city of `seed` (each person has its own stream, so any
/// person can be regenerated alone).
pub fn person(seed: u64, n: u64) -> GenPerson {
    let mut rng = Rng::new(seed.wrapping_mul(0x100_0000_01B3) ^ n.wrapping_mul(0x9E37_79B9));
    let o = origin(&mut rng);
    let mut native: Vec<&str> = vec![];
    let mut latin: Vec<&str> = vec![];
    let g = rng.pick(o.given);
    native.push(g.0);
    latin.push(g.1);
    if o.patronymic && rng.chance(0.7) {
        let f = rng.pick(o.given);
        native.push(f.0);
        latin.push(f.1);
    }
    let fam = rng.pick(o.family);
    native.push(fam.0);
    latin.push(fam.1);
    let year = 1950 + rng.below(58) as i16;
    let full = rng.chance(0.8);
    let month = full.then(|| 1 + rng.below(12) as i8);
    let day = full.then(|| 1 + rng.below(28) as i8);
    let mut languages = vec![o.languages[0]];
    if o.languages.len() > 1 && rng.chance(0.4) {
        languages.push(o.languages[1]);
    }
    if rng.chance(0.3) && !languages.contains(&"en") {
        languages.push("en");
    }
    GenPerson {
        full_name: native.join(" "),
        latin_name: (!o.latin_native).then(|| latin.join(" ")),
        birth_year: year,
        birth_month: month,
        birth_day: day,
        citizenship: o.country,
        languages,
        permit_day: rng.below(3650) as i64,
    }
}

/// How staff might type this person's name when searching: another transliteration,
/// another order, a dropped particle or middle name, a typo, or the original script.
pub fn variant(p: &GenPerson, rng: &mut Rng) -> String {
    let base = match &p.latin_name {
        Some(l) if !rng.chance(0.15) => l.clone(),
        Some(_) => return p.full_name.clone(),
        None => p.full_name.clone(),
    };
    let mut tokens: Vec<String> = base.split(' ').map(str::to_owned).collect();
    let changes = 1 + rng.below(2);
    for _ in 0..changes {
        match rng.below(5) {
            0 => {
                // Another transliteration of a common name or pattern.
                const SWAPS: &[(&str, &str)] = &[
                    ("Mohammed", "Muhammad"),
                    ("Mohammad", "Mohamad"),
                    ("Ahmed", "Ahmad"),
                    ("Hussein", "Husain"),
                    ("Hossein", "Husein"),
                    ("Yousef", "Youssef"),
                    ("Al-", "Al "),
                    ("Al-", "El-"),
                    ("ou", "u"),
                    ("ii", "iy"),
                    ("kh", "h"),
                    ("Kh", "H"),
                    ("ei", "ai"),
                    ("Oleksandr", "Aleksandr"),
                    ("Maxamed", "Mohamed"),
                    ("x", "h"),
                    ("ae", "ai"),
                    ("Abdullah", "Abdallah"),
                    ("Tesfay", "Tesfai"),
                    ("Yonas", "Yonatan"),
                    ("q", "k"),
                ];
                let (a, b) = *rng.pick(SWAPS);
                let i = rng.below(tokens.len());
                tokens[i] = tokens[i].replacen(a, b, 1);
            }
            1 if tokens.len() > 1 => {
                let i = rng.below(tokens.len());
                let j = rng.below(tokens.len());
                tokens.swap(i, j);
            }
            2 if tokens.len() > 2 => {
                tokens.remove(1);
            }
            3 => {
                // One typo in a long token (never the first letter).
                let i = rng.below(tokens.len());
                let chars: Vec<char> = tokens[i].chars().collect();
                if chars.len() > 4 {
                    let k = 1 + rng.below(chars.len() - 1);
                    let mut c = chars.clone();
                    c[k] = *rng.pick(&['a', 'e', 'i', 'o', 'u', 'r', 'n']);
                    tokens[i] = c.into_iter().collect();
                }
            }
            _ => {
                let i = rng.below(tokens.len());
                tokens[i] = tokens[i].to_lowercase();
            }
        }
    }
    tokens.join(" ")
}

/// The register entry of generated person `n` (checked by the domain, as an import is).
pub fn to_new(seed: u64, n: u64, p: &GenPerson) -> anyhow::Result<welcomedesk_domain::register::NewPerson> {
    use welcomedesk_domain::register::{NewPerson, PersonInput, Source};
    // The ten years up to the generator's today (2026-11-25), so the dashboard's last
    // twelve months have permits.
    let permit = jiff::civil::date(2016, 11, 26).checked_add(jiff::Span::new().days(p.permit_day))?;
    let i = PersonInput {
        full_name: p.full_name.clone(),
        latin_name: p.latin_name.clone().unwrap_or_default(),
        birth_year: p.birth_year.to_string(),
        birth_month: p.birth_month.map(|m| m.to_string()).unwrap_or_default(),
        birth_day: p.birth_day.map(|d| d.to_string()).unwrap_or_default(),
        citizenship: p.citizenship.into(),
        languages: p.languages.iter().map(|l| (*l).to_owned()).collect(),
        permit_issued_on: permit.to_string(),
        district: format!("District {}", 1 + (n.wrapping_mul(0x9E37_79B9) ^ seed) % 20),
        ..Default::default()
    };
    NewPerson::parse(&i, &["basic".into()], Source::Import, jiff::civil::date(2026, 11, 25))
        .map_err(|e| anyhow::anyhow!("{e}: {i:?}"))
}

/// People `from..to` of the city of `seed` as the three JSON arrays
/// `Store::generate_people` loads: people, their languages, their search keys.
pub fn people_batch(seed: u64, from: u64, to: u64) -> anyhow::Result<[String; 3]> {
    use serde_json::{Value, json};
    let mut people: Vec<Value> = Vec::with_capacity((to - from) as usize);
    let mut languages: Vec<Value> = vec![];
    let mut keys: Vec<Value> = vec![];
    for n in from..to {
        let p = to_new(seed, n, &person(seed, n))?;
        let d = &p.data;
        people.push(json!([
            n,
            d.full_name,
            d.latin_name,
            d.birth.year,
            d.birth.month,
            d.birth.day,
            d.citizenship.as_str(),
            i64::from(d.citizenship.is_eu_eea_ch()),
            d.district,
            d.permit_issued_on.map(|x| x.to_string()),
            welcomedesk_web::register::document_language(d),
        ]));
        for (rank, l) in d.languages.iter().enumerate() {
            languages.push(json!([n, rank, l.as_str()]));
        }
        for k in welcomedesk_web::register::keys_of(d) {
            keys.push(json!([k, d.birth.year, n]));
        }
    }
    Ok([Value::Array(people).to_string(), Value::Array(languages).to_string(), Value::Array(keys).to_string()])
}

/// Fills an empty database with the city of `seed`: `people` people (made here, in
/// batches on a second thread while the database loads the previous one), then
/// everything around them in the database (`Store::generate_city`), then the indexes.
/// Prints the time of each stage.
pub async fn generate(
    store: &welcomedesk_store::Store,
    people: u64,
    seed: u64,
    attendances: u64,
    sessions_per_year: u64,
) -> anyhow::Result<welcomedesk_store::generate::CityCounts> {
    generate_with(store, people, seed, attendances, sessions_per_year, true).await
}

/// [`generate`], with or without the passports, vouchers and their use (`vouchers`:
/// false makes the city as it was before issue 10, to compare the generator's time).
pub async fn generate_with(
    store: &welcomedesk_store::Store,
    people: u64,
    seed: u64,
    attendances: u64,
    sessions_per_year: u64,
    vouchers: bool,
) -> anyhow::Result<welcomedesk_store::generate::CityCounts> {
    use std::time::Instant;
    let have = store.count_people().await?;
    anyhow::ensure!(have == 0, "the register already holds {have} people: generate into an empty database");
    let started = Instant::now();
    let load = store.generate_drop_indexes().await?;
    if store.backend() == welcomedesk_store::Backend::Sqlite {
        let journal = if load.journal_off { "none (the only connection)" } else { "WAL (readers are open)" };
        println!("  journal during the load: {journal}");
    }
    const BATCH: u64 = 20_000;
    let (tx, mut rx) = tokio::sync::mpsc::channel::<anyhow::Result<[String; 3]>>(2);
    let maker = std::thread::spawn(move || {
        let mut n = 0;
        while n < people {
            let end = (n + BATCH).min(people);
            if tx.blocking_send(people_batch(seed, n, end)).is_err() {
                return;
            }
            n = end;
        }
    });
    // Batches load on `generate_workers` connections at once (PostgreSQL: a process,
    // a core each; SQLite: one writer).
    let workers = store.generate_workers();
    let mut loading = tokio::task::JoinSet::new();
    let (mut sent, mut n) = (0, 0);
    loop {
        while sent < people && loading.len() < workers {
            let batch = rx.recv().await.ok_or_else(|| anyhow::anyhow!("the people maker stopped"))??;
            let store = store.clone();
            loading.spawn(async move { store.generate_people(seed, &batch[0], &batch[1], &batch[2]).await });
            sent = (sent + BATCH).min(people);
        }
        let Some(done) = loading.join_next().await else { break };
        done??;
        n = (n + BATCH).min(people);
        if n.is_multiple_of(200_000) || n == people {
            let s = started.elapsed().as_secs_f64();
            println!("  {n:>9} people  {s:>7.1} s  {:>8.0} people/s", n as f64 / s);
        }
    }
    maker.join().map_err(|_| anyhow::anyhow!("the people maker panicked"))?;
    let t = Instant::now();
    let plan = welcomedesk_store::generate::CityPlan {
        seed,
        people: people as i64,
        attendances: attendances as i64,
        sessions_per_year: sessions_per_year as i64,
        vouchers,
    };
    let (_, times) = store.generate_city(&plan).await?;
    println!(
        "  coachings, sessions, registrations, attendances, stamps, answers, contacts: {:.1} s",
        t.elapsed().as_secs_f64()
    );
    println!("    {}", laps(&times));
    if vouchers {
        let t = Instant::now();
        generate_passports(store, people, seed).await?;
        println!("  passports, vouchers, redemptions: {:.1} s", t.elapsed().as_secs_f64());
    }
    let t = Instant::now();
    let times = store.generate_indexes(load).await?;
    println!("  indexes, foreign keys and statistics: {:.1} s", t.elapsed().as_secs_f64());
    println!("    {}", laps(&times));
    let counts = store.generated_counts().await?;
    println!("generated in {:.1} s: {counts:?}", started.elapsed().as_secs_f64());
    Ok(counts)
}

/// A deterministic byte source for the domain's code generators: the city of `seed`,
/// stream `stream` (a person and a purpose).
fn fill_from(seed: u64, stream: u64) -> impl FnMut(&mut [u8]) {
    let mut rng = Rng::new(seed.wrapping_mul(0x2545_F491_4F6C_DD1D) ^ stream.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    move |b: &mut [u8]| {
        for chunk in b.chunks_mut(8) {
            let x = rng.next_u64().to_le_bytes();
            chunk.copy_from_slice(&x[..chunk.len()]);
        }
    }
}

/// The passport number of person `n` and the codes of its earning steps, as the domain
/// makes them (`PassportNumber::generate`, `VoucherCode::generate`) from a byte source
/// seeded by the city and the person instead of the OS (so one seed makes one city). A
/// number already given in this city is drawn again (29⁹ numbers: about one collision
/// per 30 cities of a million).
pub fn passport_batch(
    seed: u64,
    from: u64,
    to: u64,
    steps: u32,
    taken: &mut std::collections::HashSet<u64>,
) -> [String; 2] {
    use serde_json::{Value, json};
    use welcomedesk_domain::passport::{PassportNumber, symbol_value};
    use welcomedesk_domain::vouchers::VoucherCode;
    let mut numbers = Vec::with_capacity((to - from) as usize);
    let mut codes = Vec::with_capacity((to - from) as usize * steps as usize);
    for n in from..to {
        let mut fill = fill_from(seed, n.wrapping_mul(64));
        let number = loop {
            let p = PassportNumber::generate(&mut fill);
            // Packed: 10 symbols of 29 fit 49 bits (8 bytes a number, not a String).
            let packed = p.as_str().chars().filter_map(symbol_value).fold(0u64, |v, d| v * 29 + u64::from(d));
            if taken.insert(packed) {
                break p;
            }
        };
        numbers.push(json!([n, number.as_str()]));
        for o in 1..=u64::from(steps) {
            let code = VoucherCode::generate(fill_from(seed, n.wrapping_mul(64) + o));
            codes.push(json!([n * 16 + o, code.as_str()]));
        }
    }
    [Value::Array(numbers).to_string(), Value::Array(codes).to_string()]
}

/// Passports, vouchers and their use for every person of the city, in batches
/// (`Store::generate_passports`).
pub async fn generate_passports(store: &welcomedesk_store::Store, people: u64, seed: u64) -> anyhow::Result<()> {
    let steps = welcomedesk_store::generate::generated_rules().iter().map(|r| r.max_vouchers).max().unwrap_or(1);
    anyhow::ensure!(steps <= welcomedesk_store::generate::MAX_STEPS, "too many earning steps: {steps}");
    // A quarter of a small city's people a batch, so that the tests load batches at
    // once too (a batch's rows do not depend on its size); `generate_workers` at once.
    let batch = (people / 4).clamp(1, 20_000);
    let workers = store.generate_workers();
    let mut taken = std::collections::HashSet::new();
    let mut n = 0;
    let mut making = std::time::Duration::ZERO;
    let mut times: welcomedesk_store::generate::Laps = vec![];
    let mut batches = 0u32;
    let t = std::time::Instant::now();
    store.generate_stamp_order().await?;
    times.push(("stamp order", t.elapsed()));
    store.generate_statistics(&["people", "passport_stamps", "voucher_rules", "courses"]).await?;
    let mut running = tokio::task::JoinSet::new();
    loop {
        while n < people && running.len() < workers {
            let end = (n + batch).min(people);
            let t = std::time::Instant::now();
            // In order, on this task: a number already given is drawn again.
            let [numbers, codes] = passport_batch(seed, n, end, steps, &mut taken);
            making += t.elapsed();
            let store = store.clone();
            running.spawn(async move { store.generate_passports(seed, n as i64, end as i64, &numbers, &codes).await });
            n = end;
        }
        let Some(done) = running.join_next().await else { break };
        times.extend(done??);
        times = welcomedesk_store::generate::merged(times);
        batches += 1;
        if batches.is_power_of_two() {
            let t = std::time::Instant::now();
            store
                .generate_statistics(&["passports", "vouchers", "voucher_parts", "redemptions", "course_progress"])
                .await?;
            times.push(("statistics", t.elapsed()));
            times = welcomedesk_store::generate::merged(times);
        }
    }
    println!("    numbers and codes {:.1} s, {}", making.as_secs_f64(), laps(&times));
    Ok(())
}

/// "name 1.2 s, …" of a generator's statement times.
fn laps(times: &[(&'static str, std::time::Duration)]) -> String {
    times.iter().map(|(k, d)| format!("{k} {:.1} s", d.as_secs_f64())).collect::<Vec<_>>().join(", ")
}
