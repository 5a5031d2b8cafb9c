//! The e-invoice: an invoice or credit note as UBL 2.1 XML following the European
//! standard EN 16931 (customization `urn:cen.eu:en16931:2017`).
//!
//! The city pays course providers for redeemed vouchers and writes the invoices itself
//! (self-billing): the provider is the seller (BG-4), the city the buyer (BG-7); the type
//! codes are 389 (self-billed invoice) and 261 (self-billed credit note). Language
//! courses are exempt from VAT (Art. 132(1)(i) of Directive 2006/112/EC): every line is
//! in category `E` with the exemption reason (BT-120/121), VAT total 0.
//!
//! BR-E-02 (a VAT-exempt line needs the seller's VAT identifier BT-31 or tax
//! registration number BT-32) and BR-08/BR-09 (the seller's postal address with its
//! country code) are the caller's to meet: the web layer refuses to write an e-invoice
//! while `domain::vouchers::ProviderDetails::e_invoice_gaps` is not empty.
//!
//! The XML is written by the small writer below rather than a serialisation crate: the
//! document has a fixed shape of some forty elements, and the writer's one risk — text
//! that is not escaped — is covered by its own tests.

use std::fmt::Write as _;

/// A party: the seller (the provider) or the buyer (the city).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Party {
    pub name: String,
    /// The city's reference for the party (BT-29 seller identifier / BT-46 buyer).
    pub id: Option<String>,
    pub street: Option<String>,
    pub city: Option<String>,
    pub postal_code: Option<String>,
    /// ISO 3166-1 alpha-2 (BT-40 / BT-55), required.
    pub country: String,
    pub email: Option<String>,
    /// VAT identifier with its country prefix (BT-31 seller / BT-48 buyer).
    pub vat_id: Option<String>,
    /// National tax registration number (BT-32, seller only): written with a tax
    /// scheme other than `VAT` (`FC`, as XRechnung does).
    pub tax_number: Option<String>,
    /// Legal registration (organisation) number (BT-30 / BT-47).
    pub legal_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    pub id: String,
    /// Item name (BT-153), e.g. the course's title.
    pub name: String,
    /// Item description (BT-154), e.g. voucher code and part.
    pub description: Option<String>,
    /// Positive on an invoice and on a credit note (the document type says which).
    pub amount_cents: i64,
    /// The day of the redemption (BT-134/135: the line's period).
    pub date: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EInvoice {
    /// BT-1.
    pub number: String,
    /// BT-2, `YYYY-MM-DD`.
    pub issue_date: String,
    /// A credit note (with the credited invoice's number in `corrects`).
    pub credit_note: bool,
    /// BT-25: the invoice a credit note corrects.
    pub corrects: Option<String>,
    /// BT-5, e.g. `EUR`.
    pub currency: String,
    /// BT-10: the buyer's reference (the city's reference for the programme).
    pub buyer_reference: String,
    /// BT-73 / BT-74.
    pub period_from: String,
    pub period_to: String,
    pub note: Option<String>,
    pub seller: Party,
    pub buyer: Party,
    pub lines: Vec<Line>,
    /// BT-120: why no VAT is charged.
    pub exemption_reason: String,
}

/// VATEX code of the exemption of education (BT-121).
pub const EXEMPTION_CODE: &str = "VATEX-EU-132-1I";

/// Escapes text for an XML element or a double-quoted attribute; drops the characters
/// XML 1.0 cannot carry at all (control characters other than tab, newline, return).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Cents as a UBL amount: `-12.50`, two decimals, no thousands separator.
pub fn amount(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let a = cents.unsigned_abs();
    format!("{sign}{}.{:02}", a / 100, a % 100)
}

/// A minimal XML writer: elements with escaped text and attributes, indented.
struct Xml {
    out: String,
    stack: Vec<&'static str>,
}

impl Xml {
    fn new() -> Self {
        Xml { out: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), stack: vec![] }
    }
    fn indent(&mut self) {
        for _ in 0..self.stack.len() {
            self.out.push_str("  ");
        }
    }
    fn open(&mut self, name: &'static str, attrs: &[(&str, &str)]) {
        self.indent();
        let _ = write!(self.out, "<{name}");
        for (k, v) in attrs {
            let _ = write!(self.out, " {k}=\"{}\"", escape(v));
        }
        self.out.push_str(">\n");
        self.stack.push(name);
    }
    fn close(&mut self) {
        if let Some(name) = self.stack.pop() {
            self.indent();
            let _ = writeln!(self.out, "</{name}>");
        }
    }
    fn text(&mut self, name: &'static str, attrs: &[(&str, &str)], text: &str) {
        self.indent();
        let _ = write!(self.out, "<{name}");
        for (k, v) in attrs {
            let _ = write!(self.out, " {k}=\"{}\"", escape(v));
        }
        let _ = writeln!(self.out, ">{}</{name}>", escape(text));
    }
    fn opt(&mut self, name: &'static str, text: Option<&str>) {
        if let Some(t) = text.filter(|t| !t.trim().is_empty()) {
            self.text(name, &[], t);
        }
    }
    fn finish(mut self) -> String {
        while !self.stack.is_empty() {
            self.close();
        }
        self.out
    }
}

const NS_INVOICE: &str = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
const NS_CREDIT: &str = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
const NS_CAC: &str = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
const NS_CBC: &str = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

fn party(x: &mut Xml, role: &'static str, p: &Party) {
    x.open(role, &[]);
    x.open("cac:Party", &[]);
    if let Some(id) = p.id.as_deref().filter(|s| !s.trim().is_empty()) {
        x.open("cac:PartyIdentification", &[]);
        x.text("cbc:ID", &[], id);
        x.close();
    }
    x.open("cac:PartyName", &[]);
    x.text("cbc:Name", &[], &p.name);
    x.close();
    x.open("cac:PostalAddress", &[]);
    x.opt("cbc:StreetName", p.street.as_deref());
    x.opt("cbc:CityName", p.city.as_deref());
    x.opt("cbc:PostalZone", p.postal_code.as_deref());
    x.open("cac:Country", &[]);
    x.text("cbc:IdentificationCode", &[], &p.country);
    x.close();
    x.close();
    for (id, scheme) in [(p.vat_id.as_deref(), "VAT"), (p.tax_number.as_deref(), "FC")] {
        if let Some(id) = id.filter(|s| !s.trim().is_empty()) {
            x.open("cac:PartyTaxScheme", &[]);
            x.text("cbc:CompanyID", &[], id);
            x.open("cac:TaxScheme", &[]);
            x.text("cbc:ID", &[], scheme);
            x.close();
            x.close();
        }
    }
    x.open("cac:PartyLegalEntity", &[]);
    x.text("cbc:RegistrationName", &[], &p.name);
    x.opt("cbc:CompanyID", p.legal_id.as_deref());
    x.close();
    if let Some(e) = p.email.as_deref().filter(|s| !s.trim().is_empty()) {
        x.open("cac:Contact", &[]);
        x.text("cbc:ElectronicMail", &[], e);
        x.close();
    }
    x.close();
    x.close();
}

/// The document as UBL 2.1 XML (an `Invoice`, or a `CreditNote` with positive amounts).
pub fn ubl(i: &EInvoice) -> String {
    let cur = i.currency.as_str();
    let money = [("currencyID", cur)];
    // A credit note's lines are stored negative; UBL's credit note carries them positive.
    let sign = |c: i64| if i.credit_note { c.abs() } else { c };
    let total: i64 = i.lines.iter().map(|l| sign(l.amount_cents)).sum();
    let mut x = Xml::new();
    let (root, ns, type_tag, type_code, line_tag, qty_tag) = if i.credit_note {
        ("CreditNote", NS_CREDIT, "cbc:CreditNoteTypeCode", "261", "cac:CreditNoteLine", "cbc:CreditedQuantity")
    } else {
        ("Invoice", NS_INVOICE, "cbc:InvoiceTypeCode", "389", "cac:InvoiceLine", "cbc:InvoicedQuantity")
    };
    x.open(root, &[("xmlns", ns), ("xmlns:cac", NS_CAC), ("xmlns:cbc", NS_CBC)]);
    x.text("cbc:CustomizationID", &[], "urn:cen.eu:en16931:2017");
    x.text("cbc:ID", &[], &i.number);
    x.text("cbc:IssueDate", &[], &i.issue_date);
    x.text(type_tag, &[], type_code);
    x.opt("cbc:Note", i.note.as_deref());
    x.text("cbc:DocumentCurrencyCode", &[], cur);
    x.text("cbc:BuyerReference", &[], &i.buyer_reference);
    x.open("cac:InvoicePeriod", &[]);
    x.text("cbc:StartDate", &[], &i.period_from);
    x.text("cbc:EndDate", &[], &i.period_to);
    x.close();
    if let Some(c) = i.corrects.as_deref() {
        x.open("cac:BillingReference", &[]);
        x.open("cac:InvoiceDocumentReference", &[]);
        x.text("cbc:ID", &[], c);
        x.close();
        x.close();
    }
    party(&mut x, "cac:AccountingSupplierParty", &i.seller);
    party(&mut x, "cac:AccountingCustomerParty", &i.buyer);
    // VAT: one breakdown, exempt (BG-23).
    x.open("cac:TaxTotal", &[]);
    x.text("cbc:TaxAmount", &money, "0.00");
    x.open("cac:TaxSubtotal", &[]);
    x.text("cbc:TaxableAmount", &money, &amount(total));
    x.text("cbc:TaxAmount", &money, "0.00");
    x.open("cac:TaxCategory", &[]);
    x.text("cbc:ID", &[], "E");
    x.text("cbc:Percent", &[], "0");
    x.text("cbc:TaxExemptionReasonCode", &[], EXEMPTION_CODE);
    x.text("cbc:TaxExemptionReason", &[], &i.exemption_reason);
    x.open("cac:TaxScheme", &[]);
    x.text("cbc:ID", &[], "VAT");
    x.close();
    x.close();
    x.close();
    x.close();
    // Document totals (BG-22): no allowances, charges or prepayments.
    x.open("cac:LegalMonetaryTotal", &[]);
    x.text("cbc:LineExtensionAmount", &money, &amount(total));
    x.text("cbc:TaxExclusiveAmount", &money, &amount(total));
    x.text("cbc:TaxInclusiveAmount", &money, &amount(total));
    x.text("cbc:PayableAmount", &money, &amount(total));
    x.close();
    for l in &i.lines {
        let a = amount(sign(l.amount_cents));
        x.open(line_tag, &[]);
        x.text("cbc:ID", &[], &l.id);
        x.text(qty_tag, &[("unitCode", "C62")], "1");
        x.text("cbc:LineExtensionAmount", &money, &a);
        x.open("cac:InvoicePeriod", &[]);
        x.text("cbc:StartDate", &[], &l.date);
        x.text("cbc:EndDate", &[], &l.date);
        x.close();
        x.open("cac:Item", &[]);
        x.opt("cbc:Description", l.description.as_deref());
        x.text("cbc:Name", &[], &l.name);
        x.open("cac:ClassifiedTaxCategory", &[]);
        x.text("cbc:ID", &[], "E");
        x.text("cbc:Percent", &[], "0");
        x.open("cac:TaxScheme", &[]);
        x.text("cbc:ID", &[], "VAT");
        x.close();
        x.close();
        x.close();
        x.open("cac:Price", &[]);
        x.text("cbc:PriceAmount", &money, &a);
        x.close();
        x.close();
    }
    x.finish()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_quotes_and_drops_what_xml_cannot_carry() {
        assert_eq!(escape(r#"A&B <c> "d" 'e'"#), "A&amp;B &lt;c&gt; &quot;d&quot; &apos;e&apos;");
        assert_eq!(escape("x\u{0}y\u{1b}z\tw\n"), "xyz\tw\n");
        assert_eq!(escape("Språkskolan Ümit – دوره"), "Språkskolan Ümit – دوره");
        assert_eq!(escape("]]>"), "]]&gt;");
    }

    #[test]
    fn amounts_have_two_decimals_and_a_sign() {
        assert_eq!(amount(0), "0.00");
        assert_eq!(amount(5), "0.05");
        assert_eq!(amount(15_000), "150.00");
        assert_eq!(amount(-1_250), "-12.50");
        assert_eq!(amount(i64::MIN), "-92233720368547758.08");
    }

    #[test]
    fn hostile_text_stays_text() {
        let i = EInvoice {
            number: "2026-00001".into(),
            issue_date: "2026-12-06".into(),
            currency: "EUR".into(),
            buyer_reference: "<x/>".into(),
            seller: Party { name: "A & B </cbc:Name><evil>".into(), country: "SE".into(), ..Default::default() },
            buyer: Party { name: "City".into(), country: "SE".into(), ..Default::default() },
            lines: vec![Line { id: "1".into(), name: "\"q\" & 'a'".into(), amount_cents: 100, ..Default::default() }],
            ..Default::default()
        };
        let xml = ubl(&i);
        assert!(!xml.contains("<evil>") && !xml.contains("<x/>"), "{xml}");
        assert!(xml.contains("A &amp; B &lt;/cbc:Name&gt;&lt;evil&gt;"));
        // Balanced: every opened element is closed, in order.
        assert_eq!(xml.matches("<cac:").count(), xml.matches("</cac:").count());
        assert!(xml.trim_end().ends_with("</Invoice>"));
    }

    #[test]
    fn party_identifiers_go_where_en16931_puts_them() {
        let seller = Party {
            name: "Skola".into(),
            vat_id: Some("SE556677889901".into()),
            tax_number: Some("556677-8899".into()),
            legal_id: Some("556677-8899".into()),
            street: Some("Skolgatan 3".into()),
            city: Some("Stockholm".into()),
            postal_code: Some("111 22".into()),
            country: "SE".into(),
            ..Default::default()
        };
        let i = EInvoice {
            seller,
            buyer: Party { name: "City".into(), country: "SE".into(), ..Default::default() },
            ..Default::default()
        };
        let xml = ubl(&i);
        // Compared without the indentation.
        let flat: String = xml.lines().map(str::trim).collect();
        let vat =
            "<cac:PartyTaxScheme><cbc:CompanyID>SE556677889901</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID>";
        assert!(flat.contains(vat), "{xml}");
        let tax = "<cac:PartyTaxScheme><cbc:CompanyID>556677-8899</cbc:CompanyID><cac:TaxScheme><cbc:ID>FC</cbc:ID>";
        assert!(flat.contains(tax), "{xml}");
        let legal = "<cbc:RegistrationName>Skola</cbc:RegistrationName><cbc:CompanyID>556677-8899</cbc:CompanyID>";
        assert!(flat.contains(legal), "{xml}");
        // The buyer has none of them: no empty elements are written.
        assert_eq!(xml.matches("<cac:PartyTaxScheme>").count(), 2);
    }
}
