//! Country and language codes, parsed once at the edge: ISO 3166-1 alpha-2 for
//! citizenship (with the EU/EEA/Swiss group that rules on residence follow), and the
//! languages people who move to a European city speak (ISO 639-1, or ISO 639-3 where
//! 639-1 has no code, e.g. Dari `prs`, Sorani `ckb`), each with its own name.

use crate::errors::FieldError;

/// ISO 3166-1 alpha-2 codes with English short names (the staff UI shows the code
/// beside the name, so the name is a reading aid, not the identifier).
pub static COUNTRIES: &[(&str, &str)] = &[
    ("AD", "Andorra"),
    ("AE", "United Arab Emirates"),
    ("AF", "Afghanistan"),
    ("AG", "Antigua and Barbuda"),
    ("AI", "Anguilla"),
    ("AL", "Albania"),
    ("AM", "Armenia"),
    ("AO", "Angola"),
    ("AQ", "Antarctica"),
    ("AR", "Argentina"),
    ("AS", "American Samoa"),
    ("AT", "Austria"),
    ("AU", "Australia"),
    ("AW", "Aruba"),
    ("AX", "Åland Islands"),
    ("AZ", "Azerbaijan"),
    ("BA", "Bosnia and Herzegovina"),
    ("BB", "Barbados"),
    ("BD", "Bangladesh"),
    ("BE", "Belgium"),
    ("BF", "Burkina Faso"),
    ("BG", "Bulgaria"),
    ("BH", "Bahrain"),
    ("BI", "Burundi"),
    ("BJ", "Benin"),
    ("BL", "Saint Barthélemy"),
    ("BM", "Bermuda"),
    ("BN", "Brunei"),
    ("BO", "Bolivia"),
    ("BQ", "Caribbean Netherlands"),
    ("BR", "Brazil"),
    ("BS", "Bahamas"),
    ("BT", "Bhutan"),
    ("BV", "Bouvet Island"),
    ("BW", "Botswana"),
    ("BY", "Belarus"),
    ("BZ", "Belize"),
    ("CA", "Canada"),
    ("CC", "Cocos (Keeling) Islands"),
    ("CD", "Congo (Democratic Republic)"),
    ("CF", "Central African Republic"),
    ("CG", "Congo"),
    ("CH", "Switzerland"),
    ("CI", "Côte d'Ivoire"),
    ("CK", "Cook Islands"),
    ("CL", "Chile"),
    ("CM", "Cameroon"),
    ("CN", "China"),
    ("CO", "Colombia"),
    ("CR", "Costa Rica"),
    ("CU", "Cuba"),
    ("CV", "Cabo Verde"),
    ("CW", "Curaçao"),
    ("CX", "Christmas Island"),
    ("CY", "Cyprus"),
    ("CZ", "Czechia"),
    ("DE", "Germany"),
    ("DJ", "Djibouti"),
    ("DK", "Denmark"),
    ("DM", "Dominica"),
    ("DO", "Dominican Republic"),
    ("DZ", "Algeria"),
    ("EC", "Ecuador"),
    ("EE", "Estonia"),
    ("EG", "Egypt"),
    ("EH", "Western Sahara"),
    ("ER", "Eritrea"),
    ("ES", "Spain"),
    ("ET", "Ethiopia"),
    ("FI", "Finland"),
    ("FJ", "Fiji"),
    ("FK", "Falkland Islands"),
    ("FM", "Micronesia"),
    ("FO", "Faroe Islands"),
    ("FR", "France"),
    ("GA", "Gabon"),
    ("GB", "United Kingdom"),
    ("GD", "Grenada"),
    ("GE", "Georgia"),
    ("GF", "French Guiana"),
    ("GG", "Guernsey"),
    ("GH", "Ghana"),
    ("GI", "Gibraltar"),
    ("GL", "Greenland"),
    ("GM", "Gambia"),
    ("GN", "Guinea"),
    ("GP", "Guadeloupe"),
    ("GQ", "Equatorial Guinea"),
    ("GR", "Greece"),
    ("GS", "South Georgia"),
    ("GT", "Guatemala"),
    ("GU", "Guam"),
    ("GW", "Guinea-Bissau"),
    ("GY", "Guyana"),
    ("HK", "Hong Kong"),
    ("HM", "Heard and McDonald Islands"),
    ("HN", "Honduras"),
    ("HR", "Croatia"),
    ("HT", "Haiti"),
    ("HU", "Hungary"),
    ("ID", "Indonesia"),
    ("IE", "Ireland"),
    ("IL", "Israel"),
    ("IM", "Isle of Man"),
    ("IN", "India"),
    ("IO", "British Indian Ocean Territory"),
    ("IQ", "Iraq"),
    ("IR", "Iran"),
    ("IS", "Iceland"),
    ("IT", "Italy"),
    ("JE", "Jersey"),
    ("JM", "Jamaica"),
    ("JO", "Jordan"),
    ("JP", "Japan"),
    ("KE", "Kenya"),
    ("KG", "Kyrgyzstan"),
    ("KH", "Cambodia"),
    ("KI", "Kiribati"),
    ("KM", "Comoros"),
    ("KN", "Saint Kitts and Nevis"),
    ("KP", "Korea (North)"),
    ("KR", "Korea (South)"),
    ("KW", "Kuwait"),
    ("KY", "Cayman Islands"),
    ("KZ", "Kazakhstan"),
    ("LA", "Laos"),
    ("LB", "Lebanon"),
    ("LC", "Saint Lucia"),
    ("LI", "Liechtenstein"),
    ("LK", "Sri Lanka"),
    ("LR", "Liberia"),
    ("LS", "Lesotho"),
    ("LT", "Lithuania"),
    ("LU", "Luxembourg"),
    ("LV", "Latvia"),
    ("LY", "Libya"),
    ("MA", "Morocco"),
    ("MC", "Monaco"),
    ("MD", "Moldova"),
    ("ME", "Montenegro"),
    ("MF", "Saint Martin"),
    ("MG", "Madagascar"),
    ("MH", "Marshall Islands"),
    ("MK", "North Macedonia"),
    ("ML", "Mali"),
    ("MM", "Myanmar"),
    ("MN", "Mongolia"),
    ("MO", "Macao"),
    ("MP", "Northern Mariana Islands"),
    ("MQ", "Martinique"),
    ("MR", "Mauritania"),
    ("MS", "Montserrat"),
    ("MT", "Malta"),
    ("MU", "Mauritius"),
    ("MV", "Maldives"),
    ("MW", "Malawi"),
    ("MX", "Mexico"),
    ("MY", "Malaysia"),
    ("MZ", "Mozambique"),
    ("NA", "Namibia"),
    ("NC", "New Caledonia"),
    ("NE", "Niger"),
    ("NF", "Norfolk Island"),
    ("NG", "Nigeria"),
    ("NI", "Nicaragua"),
    ("NL", "Netherlands"),
    ("NO", "Norway"),
    ("NP", "Nepal"),
    ("NR", "Nauru"),
    ("NU", "Niue"),
    ("NZ", "New Zealand"),
    ("OM", "Oman"),
    ("PA", "Panama"),
    ("PE", "Peru"),
    ("PF", "French Polynesia"),
    ("PG", "Papua New Guinea"),
    ("PH", "Philippines"),
    ("PK", "Pakistan"),
    ("PL", "Poland"),
    ("PM", "Saint Pierre and Miquelon"),
    ("PN", "Pitcairn"),
    ("PR", "Puerto Rico"),
    ("PS", "Palestine"),
    ("PT", "Portugal"),
    ("PW", "Palau"),
    ("PY", "Paraguay"),
    ("QA", "Qatar"),
    ("RE", "Réunion"),
    ("RO", "Romania"),
    ("RS", "Serbia"),
    ("RU", "Russia"),
    ("RW", "Rwanda"),
    ("SA", "Saudi Arabia"),
    ("SB", "Solomon Islands"),
    ("SC", "Seychelles"),
    ("SD", "Sudan"),
    ("SE", "Sweden"),
    ("SG", "Singapore"),
    ("SH", "Saint Helena"),
    ("SI", "Slovenia"),
    ("SJ", "Svalbard and Jan Mayen"),
    ("SK", "Slovakia"),
    ("SL", "Sierra Leone"),
    ("SM", "San Marino"),
    ("SN", "Senegal"),
    ("SO", "Somalia"),
    ("SR", "Suriname"),
    ("SS", "South Sudan"),
    ("ST", "São Tomé and Príncipe"),
    ("SV", "El Salvador"),
    ("SX", "Sint Maarten"),
    ("SY", "Syria"),
    ("SZ", "Eswatini"),
    ("TC", "Turks and Caicos Islands"),
    ("TD", "Chad"),
    ("TF", "French Southern Territories"),
    ("TG", "Togo"),
    ("TH", "Thailand"),
    ("TJ", "Tajikistan"),
    ("TK", "Tokelau"),
    ("TL", "Timor-Leste"),
    ("TM", "Turkmenistan"),
    ("TN", "Tunisia"),
    ("TO", "Tonga"),
    ("TR", "Türkiye"),
    ("TT", "Trinidad and Tobago"),
    ("TV", "Tuvalu"),
    ("TW", "Taiwan"),
    ("TZ", "Tanzania"),
    ("UA", "Ukraine"),
    ("UG", "Uganda"),
    ("UM", "U.S. Outlying Islands"),
    ("US", "United States"),
    ("UY", "Uruguay"),
    ("UZ", "Uzbekistan"),
    ("VA", "Holy See"),
    ("VC", "Saint Vincent and the Grenadines"),
    ("VE", "Venezuela"),
    ("VG", "British Virgin Islands"),
    ("VI", "U.S. Virgin Islands"),
    ("VN", "Viet Nam"),
    ("VU", "Vanuatu"),
    ("WF", "Wallis and Futuna"),
    ("WS", "Samoa"),
    ("XK", "Kosovo"),
    ("YE", "Yemen"),
    ("YT", "Mayotte"),
    ("ZA", "South Africa"),
    ("ZM", "Zambia"),
    ("ZW", "Zimbabwe"),
    // Not countries, but what a residence permit may say.
    ("XX", "Stateless"),
    ("ZZ", "Citizenship unknown"),
];

/// EU member states, the other EEA states, and Switzerland: citizens move freely and
/// need no residence permit in the usual sense.
const EU_EEA_CH: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
    "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH",
];

/// A citizenship: an ISO 3166-1 alpha-2 code (or XX stateless, ZZ unknown).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CountryCode(&'static str);

impl CountryCode {
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        let v = raw.trim().to_ascii_uppercase();
        if v.is_empty() {
            return Err(FieldError::new(field, "required"));
        }
        COUNTRIES
            .iter()
            .find(|(c, _)| *c == v)
            .map(|(c, _)| CountryCode(c))
            .ok_or_else(|| FieldError::new(field, "unknown_country"))
    }
    pub fn as_str(self) -> &'static str {
        self.0
    }
    pub fn english_name(self) -> &'static str {
        COUNTRIES.iter().find(|(c, _)| *c == self.0).map(|(_, n)| *n).unwrap_or("")
    }
    /// EU, EEA or Swiss citizen (the "EU or third-country" distinction of R10).
    pub fn is_eu_eea_ch(self) -> bool {
        EU_EEA_CH.contains(&self.0)
    }
}

/// Languages people speak: code, name in English, name in itself.
pub static PERSON_LANGUAGES: &[(&str, &str, &str)] = &[
    ("af", "Afrikaans", "Afrikaans"),
    ("am", "Amharic", "አማርኛ"),
    ("ar", "Arabic", "العربية"),
    ("az", "Azerbaijani", "Azərbaycan dili"),
    ("be", "Belarusian", "Беларуская"),
    ("bg", "Bulgarian", "Български"),
    ("bn", "Bengali", "বাংলা"),
    ("bs", "Bosnian", "Bosanski"),
    ("ckb", "Kurdish (Sorani)", "کوردیی ناوەندی"),
    ("cs", "Czech", "Čeština"),
    ("da", "Danish", "Dansk"),
    ("de", "German", "Deutsch"),
    ("el", "Greek", "Ελληνικά"),
    ("en", "English", "English"),
    ("es", "Spanish", "Español"),
    ("et", "Estonian", "Eesti"),
    ("fa", "Persian", "فارسی"),
    ("fi", "Finnish", "Suomi"),
    ("fil", "Filipino", "Filipino"),
    ("fr", "French", "Français"),
    ("ha", "Hausa", "Hausa"),
    ("he", "Hebrew", "עברית"),
    ("hi", "Hindi", "हिन्दी"),
    ("hr", "Croatian", "Hrvatski"),
    ("hu", "Hungarian", "Magyar"),
    ("hy", "Armenian", "Հայերեն"),
    ("id", "Indonesian", "Bahasa Indonesia"),
    ("ig", "Igbo", "Igbo"),
    ("it", "Italian", "Italiano"),
    ("ja", "Japanese", "日本語"),
    ("ka", "Georgian", "ქართული"),
    ("kk", "Kazakh", "Қазақ тілі"),
    ("km", "Khmer", "ខ្មែរ"),
    ("kmr", "Kurdish (Kurmanji)", "Kurmancî"),
    ("ko", "Korean", "한국어"),
    ("ky", "Kyrgyz", "Кыргызча"),
    ("ln", "Lingala", "Lingála"),
    ("lt", "Lithuanian", "Lietuvių"),
    ("lv", "Latvian", "Latviešu"),
    ("mk", "Macedonian", "Македонски"),
    ("mn", "Mongolian", "Монгол"),
    ("my", "Burmese", "မြန်မာ"),
    ("ne", "Nepali", "नेपाली"),
    ("nl", "Dutch", "Nederlands"),
    ("no", "Norwegian", "Norsk"),
    ("om", "Oromo", "Afaan Oromoo"),
    ("pa", "Punjabi", "ਪੰਜਾਬੀ"),
    ("pl", "Polish", "Polski"),
    ("prs", "Dari", "دری"),
    ("ps", "Pashto", "پښتو"),
    ("pt", "Portuguese", "Português"),
    ("ro", "Romanian", "Română"),
    ("rom", "Romani", "Romani čhib"),
    ("ru", "Russian", "Русский"),
    ("rw", "Kinyarwanda", "Ikinyarwanda"),
    ("sk", "Slovak", "Slovenčina"),
    ("sl", "Slovenian", "Slovenščina"),
    ("so", "Somali", "Soomaali"),
    ("sq", "Albanian", "Shqip"),
    ("sr", "Serbian", "Српски"),
    ("sv", "Swedish", "Svenska"),
    ("sw", "Swahili", "Kiswahili"),
    ("ta", "Tamil", "தமிழ்"),
    ("tg", "Tajik", "Тоҷикӣ"),
    ("th", "Thai", "ไทย"),
    ("ti", "Tigrinya", "ትግርኛ"),
    ("tk", "Turkmen", "Türkmençe"),
    ("tr", "Turkish", "Türkçe"),
    ("uk", "Ukrainian", "Українська"),
    ("ur", "Urdu", "اردو"),
    ("uz", "Uzbek", "Oʻzbekcha"),
    ("vi", "Vietnamese", "Tiếng Việt"),
    ("wo", "Wolof", "Wolof"),
    ("yo", "Yoruba", "Yorùbá"),
    ("zgh", "Tamazight", "ⵜⴰⵎⴰⵣⵉⵖⵜ"),
    ("zh", "Chinese", "中文"),
];

/// A language a person speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LanguageCode(&'static str);

impl LanguageCode {
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        let v = raw.trim().to_ascii_lowercase().replace('_', "-");
        if v.is_empty() {
            return Err(FieldError::new(field, "required"));
        }
        // A regional tag (ar-SY, fa-AF) names its language.
        let primary = v.split('-').next().unwrap_or("");
        let primary = if v == "fa-af" { "prs" } else { primary };
        PERSON_LANGUAGES
            .iter()
            .find(|(c, _, _)| *c == primary)
            .map(|(c, _, _)| LanguageCode(c))
            .ok_or_else(|| FieldError::new(field, "unknown_language"))
    }
    pub fn as_str(self) -> &'static str {
        self.0
    }
    pub fn endonym(self) -> &'static str {
        PERSON_LANGUAGES.iter().find(|(c, _, _)| *c == self.0).map(|(_, _, e)| *e).unwrap_or("")
    }
    pub fn english_name(self) -> &'static str {
        PERSON_LANGUAGES.iter().find(|(c, _, _)| *c == self.0).map(|(_, n, _)| *n).unwrap_or("")
    }
    /// The shipped UI language that serves a speaker of this language best (documents
    /// and letters for the person come out in it): Dari readers get Persian, others
    /// their own language when shipped, else English.
    pub fn document_language(self, shipped: &[&str]) -> &'static str {
        let want = match self.0 {
            "prs" => "fa",
            other => other,
        };
        shipped
            .iter()
            .find(|s| **s == want)
            .map(|_| PERSON_LANGUAGES.iter().find(|(c, _, _)| *c == want).map(|(c, _, _)| *c).unwrap_or("en"))
            .unwrap_or("en")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries() {
        assert_eq!(CountryCode::parse("c", " sy ").unwrap().as_str(), "SY");
        assert!(!CountryCode::parse("c", "SY").unwrap().is_eu_eea_ch());
        assert!(CountryCode::parse("c", "pl").unwrap().is_eu_eea_ch());
        assert!(CountryCode::parse("c", "NO").unwrap().is_eu_eea_ch());
        assert!(CountryCode::parse("c", "CH").unwrap().is_eu_eea_ch());
        assert_eq!(CountryCode::parse("c", "QQ").unwrap_err().code, "unknown_country");
        assert_eq!(CountryCode::parse("c", "").unwrap_err().code, "required");
        let mut codes: Vec<_> = COUNTRIES.iter().map(|c| c.0).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), COUNTRIES.len(), "no duplicates");
        assert!(COUNTRIES.len() >= 249);
    }

    #[test]
    fn languages() {
        assert_eq!(LanguageCode::parse("l", "AR-sy").unwrap().as_str(), "ar");
        assert_eq!(LanguageCode::parse("l", "fa-AF").unwrap().as_str(), "prs");
        assert_eq!(LanguageCode::parse("l", "ti").unwrap().endonym(), "ትግርኛ");
        assert_eq!(LanguageCode::parse("l", "xx").unwrap_err().code, "unknown_language");
        let shipped = ["en", "sv", "ar", "fa"];
        assert_eq!(LanguageCode::parse("l", "prs").unwrap().document_language(&shipped), "fa");
        assert_eq!(LanguageCode::parse("l", "ar").unwrap().document_language(&shipped), "ar");
        assert_eq!(LanguageCode::parse("l", "ps").unwrap().document_language(&shipped), "en");
    }
}
