//! The documents' input: plain data, every text already translated and formatted by the
//! caller (dates, money, numbers in the reader's conventions). Nothing here is ever read
//! as typst markup: it reaches the templates as JSON strings and is set literally.

/// Writing direction of the document's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dir {
    #[default]
    Ltr,
    Rtl,
}

/// Paper size (ISO 216, portrait).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    #[default]
    A4,
    A5,
    A6,
}

impl Paper {
    /// Width and height in millimetres.
    pub fn size_mm(self) -> (f64, f64) {
        match self {
            Paper::A4 => (210.0, 297.0),
            Paper::A5 => (148.0, 210.0),
            Paper::A6 => (105.0, 148.0),
        }
    }
}

/// What every document has: its language, the city, the contact lines printed on every
/// page and the title (also the PDF's title metadata).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Common {
    /// BCP 47 tag of the document's language, e.g. `ar`, `fa`, `fa-AF`, `ti`, `sv`.
    pub lang: String,
    pub dir: Dir,
    pub city_name: String,
    /// Address, opening hours, hotline, e-mail…: on every page, one item per line.
    pub contact_lines: Vec<String>,
    /// The document's title (first heading and the PDF's title metadata).
    pub title: String,
    /// Labels of a [`ContactCard`]'s rows, translated (an empty label shows the value
    /// alone). Only needed where the document has contact cards.
    pub contact_labels: ContactLabels,
}

/// Structured, safe rich text (what a content editor may write).
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// `level` 1 is a section inside a chapter (the chapter title is above it); 1–3.
    Heading {
        level: u8,
        text: Vec<Inline>,
    },
    Paragraph(Vec<Inline>),
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
    /// A directory entry.
    Contact(ContactCard),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String),
    Strong(String),
    Emphasis(String),
    /// Only `https:`, `http:`, `mailto:` and `tel:` URLs become links; anything else is
    /// set as plain text.
    Link {
        text: String,
        url: String,
    },
}

impl Inline {
    pub fn text(s: impl Into<String>) -> Self {
        Inline::Text(s.into())
    }
}

impl Block {
    /// A paragraph of plain text.
    pub fn para(s: impl Into<String>) -> Self {
        Block::Paragraph(vec![Inline::Text(s.into())])
    }
}

/// A directory entry: where a newcomer is sent. Empty fields are left out.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactCard {
    pub name: String,
    pub address: String,
    /// How to get there by public transport.
    pub transit: String,
    pub phone: String,
    pub email: String,
    pub web: String,
    /// Opening hours, one line per weekday or range ("Mon–Fri 8–12", "Thu appointment only").
    pub hours: Vec<String>,
    /// Anything else worth a line: languages spoken, step-free access…
    pub notes: Vec<String>,
}

/// Translated labels of a [`ContactCard`]'s rows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactLabels {
    pub address: String,
    pub transit: String,
    pub phone: String,
    pub email: String,
    pub web: String,
    pub hours: String,
}

/// A label and its value ("Valid until" / "31.12.2028").
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Field {
    pub label: String,
    pub value: String,
}

impl Field {
    pub fn new(label: impl Into<String>, value: impl Into<String>) -> Self {
        Field { label: label.into(), value: value.into() }
    }
}

/// The welcome brochure: one edition in one language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Brochure {
    pub common: Common,
    /// e.g. "Spring 2027"; on the cover.
    pub edition: String,
    pub paper: Paper,
    /// Print version: 3 mm bleed and crop marks around the trimmed page.
    pub cut_marks: bool,
    /// The cover's short text (may be empty).
    pub intro: Vec<Block>,
    /// Heading of the table of contents ("Contents").
    pub contents_label: String,
    pub chapters: Vec<Chapter>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Chapter {
    pub title: String,
    pub blocks: Vec<Block>,
}

/// The one-page leaflet the immigration office hands out: the coaching, where, when and
/// how to book, with a QR code of the booking page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Leaflet {
    pub common: Common,
    pub paper: Paper,
    /// Big line under the title ("Free advice in your language").
    pub headline: String,
    pub intro: Vec<Block>,
    /// Where, when, how to book, cost…: label and lines.
    pub facts: Vec<Field>,
    /// The booking page (printed and encoded in the QR code).
    pub booking_url: String,
    /// Text beside the QR code ("Scan to book").
    pub booking_label: String,
}

/// The personal passport, with its stamps (attended modules).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Passport {
    pub common: Common,
    /// A4 or A6.
    pub paper: Paper,
    /// The number as printed (grouped for reading aloud).
    pub number: String,
    pub holder_name: String,
    pub birth_date: String,
    /// What the QR code carries (the signed token); set as a QR code, not as text.
    pub qr_payload: String,
    /// Further rows under the holder ("Issued on" …).
    pub fields: Vec<Field>,
    pub labels: PassportLabels,
    pub stamps: Vec<Stamp>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PassportLabels {
    pub number: String,
    pub holder: String,
    pub birth_date: String,
    /// Alternative text of the QR code for screen readers ("QR code to check this passport").
    pub qr_alt: String,
    /// Heading of the stamps table ("Modules attended").
    pub stamps: String,
    pub date: String,
    pub topic: String,
    pub language: String,
    pub venue: String,
    /// Shown when there are no stamps yet.
    pub no_stamps: String,
}

/// One attended module.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Stamp {
    pub date: String,
    pub topic: String,
    pub language: String,
    pub venue: String,
}

/// A language-course voucher, printed for its holder.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Voucher {
    pub common: Common,
    pub paper: Paper,
    /// The code as printed (grouped).
    pub code: String,
    /// If set, a QR code of this (e.g. the code or a signed token) is printed.
    pub qr_payload: Option<String>,
    pub holder_name: String,
    pub birth_date: String,
    /// The value, formatted ("€ 150.00").
    pub value: String,
    /// The parts, if split ("Part 1" / "€ 50.00").
    pub parts: Vec<Field>,
    pub valid_until: String,
    /// The course levels it pays for ("A1, A2, B1").
    pub levels: String,
    /// Conditions (no cash, no transfer, bring your ID…).
    pub conditions: Vec<Block>,
    /// The approved course providers.
    pub providers: Vec<ContactCard>,
    pub labels: VoucherLabels,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct VoucherLabels {
    pub code: String,
    pub holder: String,
    pub birth_date: String,
    pub value: String,
    pub parts: String,
    pub valid_until: String,
    pub levels: String,
    pub qr_alt: String,
    /// Heading of the providers list ("Where you can use it").
    pub providers: String,
}

/// An invoice or a credit note (the title in `common` says which).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Invoice {
    pub common: Common,
    pub paper: Paper,
    /// Issuer's address block (the city).
    pub seller: Vec<String>,
    /// Recipient's address block (the provider).
    pub buyer: Vec<String>,
    /// Invoice number, date, the city's references, the credited invoice…
    pub references: Vec<Field>,
    pub columns: Vec<Column>,
    /// One row per line, one cell per column.
    pub lines: Vec<Vec<String>>,
    /// Subtotal, tax, total… (the last one is set in bold).
    pub totals: Vec<Field>,
    /// Payment terms, bank details, remarks.
    pub notes: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Column {
    pub label: String,
    /// Amounts are aligned to the end.
    pub align: Align,
}

impl Column {
    pub fn start(label: impl Into<String>) -> Self {
        Column { label: label.into(), align: Align::Start }
    }
    pub fn end(label: impl Into<String>) -> Self {
        Column { label: label.into(), align: Align::End }
    }
}

/// Alignment in the reading direction (start is the right in Arabic).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Start,
    End,
}

/// A letter (e.g. the invitation to the follow-up coaching), in the person's language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Letter {
    pub common: Common,
    pub paper: Paper,
    /// Sender's block (the service).
    pub sender: Vec<String>,
    /// Recipient's postal address.
    pub recipient: Vec<String>,
    /// "Lindholm, 3 March 2027".
    pub place_date: String,
    /// The subject line (bold); `common.title` is the PDF title.
    pub subject: String,
    /// Salutation, text and closing.
    pub body: Vec<Block>,
    /// Signature lines (name, role).
    pub signature: Vec<String>,
}
