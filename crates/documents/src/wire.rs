//! The model turned into the JSON the templates read. Every user text is a JSON string;
//! the templates place strings as text, never `eval` them, so `#`, `*`, `$`, `[`… print
//! as themselves.

use serde_json::{Value, json};
use typst::text::Font;

use crate::DocError;
use crate::model::*;

/// The language fields of a document: typst wants the ISO 639 code and the region apart.
fn lang(common: &Common) -> Result<Value, DocError> {
    let tag = common.lang.trim();
    let mut parts = tag.split(['-', '_']);
    let primary = parts.next().unwrap_or_default().to_ascii_lowercase();
    if !(2..=3).contains(&primary.len()) || !primary.chars().all(|c| c.is_ascii_lowercase()) {
        return Err(DocError::Input(format!("language tag {tag:?} is not BCP 47")));
    }
    // The region is the first two-letter subtag after the language (`fa-AF`, `sr-Latn-RS`).
    let region =
        parts.find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic())).map(|r| r.to_ascii_uppercase());
    // The script's own font first, so that its punctuation and digits match the text.
    let fonts = match primary.as_str() {
        "ar" | "fa" | "prs" | "ps" | "ur" | "ckb" | "ku" => ["Noto Sans Arabic", "Noto Sans", "Noto Sans Ethiopic"],
        "ti" | "am" | "tig" | "gez" => ["Noto Sans Ethiopic", "Noto Sans", "Noto Sans Arabic"],
        _ => ["Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic"],
    };
    Ok(json!({
        "lang": primary,
        "region": region,
        "dir": match common.dir { Dir::Ltr => "ltr", Dir::Rtl => "rtl" },
        "fonts": fonts,
    }))
}

fn common(c: &Common) -> Result<Value, DocError> {
    let l = &c.contact_labels;
    Ok(json!({
        "text": lang(c)?,
        "city": c.city_name,
        "contacts": c.contact_lines,
        "title": c.title,
        "labels": {
            "address": l.address, "transit": l.transit, "phone": l.phone,
            "email": l.email, "web": l.web, "hours": l.hours,
        },
    }))
}

fn paper(p: Paper) -> &'static str {
    match p {
        Paper::A4 => "a4",
        Paper::A5 => "a5",
        Paper::A6 => "a6",
    }
}

/// A link target, only for schemes a reader expects; anything else is set as text.
fn safe_url(url: &str) -> Option<&str> {
    let u = url.trim();
    let lower = u.to_ascii_lowercase();
    let ok = ["https://", "http://", "mailto:", "tel:"].iter().any(|s| lower.starts_with(s))
        && !u.chars().any(|c| c.is_control() || c.is_whitespace());
    ok.then_some(u)
}

fn inlines(xs: &[Inline]) -> Value {
    Value::Array(
        xs.iter()
            .map(|i| match i {
                Inline::Text(t) => json!({"kind": "text", "text": t}),
                Inline::Strong(t) => json!({"kind": "strong", "text": t}),
                Inline::Emphasis(t) => json!({"kind": "emph", "text": t}),
                Inline::Link { text, url } => match safe_url(url) {
                    Some(u) => json!({"kind": "link", "text": text, "url": u}),
                    None => json!({"kind": "text", "text": text}),
                },
            })
            .collect(),
    )
}

fn card(c: &ContactCard) -> Value {
    let link = |s: &str, prefix: &str| -> Value {
        let s = s.trim();
        if s.is_empty() {
            return Value::Null;
        }
        let candidate = if s.contains(':') { s.to_string() } else { format!("{prefix}{s}") };
        match safe_url(&candidate) {
            Some(u) => json!({"text": s, "url": u}),
            None => json!({"text": s, "url": Value::Null}),
        }
    };
    let phone_url: String = c.phone.chars().filter(|ch| ch.is_ascii_digit() || *ch == '+').collect();
    json!({
        "name": c.name,
        "address": c.address,
        "transit": c.transit,
        "phone": if c.phone.trim().is_empty() { Value::Null } else {
            json!({"text": c.phone.trim(), "url": if phone_url.is_empty() { Value::Null } else { json!(format!("tel:{phone_url}")) }})
        },
        "email": link(&c.email, "mailto:"),
        "web": link(&c.web, "https://"),
        "hours": c.hours,
        "notes": c.notes,
    })
}

fn blocks(bs: &[Block]) -> Result<Value, DocError> {
    let mut out = Vec::with_capacity(bs.len());
    for b in bs {
        out.push(match b {
            Block::Heading { level, text } => {
                if !(1..=3).contains(level) {
                    return Err(DocError::Input(format!("heading level {level} (1–3 allowed)")));
                }
                json!({"kind": "heading", "level": level, "text": inlines(text)})
            }
            Block::Paragraph(t) => json!({"kind": "para", "text": inlines(t)}),
            Block::List { ordered, items } => {
                json!({"kind": "list", "ordered": ordered, "items": items.iter().map(|i| inlines(i)).collect::<Vec<_>>()})
            }
            Block::Contact(c) => json!({"kind": "contact", "card": card(c)}),
        });
    }
    Ok(Value::Array(out))
}

fn fields(fs: &[Field]) -> Value {
    Value::Array(fs.iter().map(|f| json!({"label": f.label, "value": f.value})).collect())
}

/// The QR code as an SVG document (black on white, with its quiet zone).
fn qr_svg(payload: &str) -> Result<String, DocError> {
    let code = qrcode::QrCode::with_error_correction_level(payload.as_bytes(), qrcode::EcLevel::M)
        .map_err(|e| DocError::Input(format!("QR code: {e}")))?;
    Ok(code
        .render::<qrcode::render::svg::Color<'_>>()
        .dark_color(qrcode::render::svg::Color("#000000"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .quiet_zone(true)
        .min_dimensions(200, 200)
        .build())
}

pub(crate) fn brochure(b: &Brochure) -> Result<Value, DocError> {
    let chapters = b
        .chapters
        .iter()
        .map(|c| Ok(json!({"title": c.title, "blocks": blocks(&c.blocks)?})))
        .collect::<Result<Vec<_>, DocError>>()?;
    Ok(json!({
        "common": common(&b.common)?,
        "paper": paper(b.paper),
        "cut_marks": b.cut_marks,
        "edition": b.edition,
        "intro": blocks(&b.intro)?,
        "contents_label": b.contents_label,
        "chapters": chapters,
    }))
}

pub(crate) fn leaflet(l: &Leaflet) -> Result<Value, DocError> {
    let url = safe_url(&l.booking_url);
    Ok(json!({
        "common": common(&l.common)?,
        "paper": paper(l.paper),
        "headline": l.headline,
        "intro": blocks(&l.intro)?,
        "facts": fields(&l.facts),
        "booking_url": l.booking_url.trim(),
        "booking_link": url,
        "booking_label": l.booking_label,
        "qr_svg": if l.booking_url.trim().is_empty() { Value::Null } else { json!(qr_svg(l.booking_url.trim())?) },
    }))
}

pub(crate) fn passport(p: &Passport) -> Result<Value, DocError> {
    let l = &p.labels;
    Ok(json!({
        "common": common(&p.common)?,
        "paper": paper(p.paper),
        "number": p.number,
        "holder": p.holder_name,
        "birth_date": p.birth_date,
        "qr_svg": if p.qr_payload.is_empty() { Value::Null } else { json!(qr_svg(&p.qr_payload)?) },
        "fields": fields(&p.fields),
        "labels": {
            "number": l.number, "holder": l.holder, "birth_date": l.birth_date, "qr_alt": l.qr_alt,
            "stamps": l.stamps, "date": l.date, "topic": l.topic, "language": l.language,
            "venue": l.venue, "no_stamps": l.no_stamps,
        },
        "stamps": p.stamps.iter().map(|s| json!({"date": s.date, "topic": s.topic, "language": s.language, "venue": s.venue})).collect::<Vec<_>>(),
    }))
}

pub(crate) fn voucher(v: &Voucher) -> Result<Value, DocError> {
    let l = &v.labels;
    let qr = match v.qr_payload.as_deref().filter(|p| !p.is_empty()) {
        Some(p) => json!(qr_svg(p)?),
        None => Value::Null,
    };
    Ok(json!({
        "common": common(&v.common)?,
        "paper": paper(v.paper),
        "code": v.code,
        "qr_svg": qr,
        "holder": v.holder_name,
        "birth_date": v.birth_date,
        "value": v.value,
        "parts": fields(&v.parts),
        "valid_until": v.valid_until,
        "levels": v.levels,
        "conditions": blocks(&v.conditions)?,
        "providers": v.providers.iter().map(card).collect::<Vec<_>>(),
        "labels": {
            "code": l.code, "holder": l.holder, "birth_date": l.birth_date, "value": l.value,
            "parts": l.parts, "valid_until": l.valid_until, "levels": l.levels, "qr_alt": l.qr_alt,
            "providers": l.providers,
        },
    }))
}

pub(crate) fn invoice(i: &Invoice) -> Result<Value, DocError> {
    if i.columns.is_empty() {
        return Err(DocError::Input("an invoice needs columns".into()));
    }
    if let Some(bad) = i.lines.iter().position(|l| l.len() != i.columns.len()) {
        return Err(DocError::Input(format!(
            "invoice line {} has {} cells for {} columns",
            bad + 1,
            i.lines[bad].len(),
            i.columns.len()
        )));
    }
    Ok(json!({
        "common": common(&i.common)?,
        "paper": paper(i.paper),
        "seller": i.seller,
        "buyer": i.buyer,
        "references": fields(&i.references),
        "columns": i.columns.iter().map(|c| json!({"label": c.label, "align": match c.align { Align::Start => "start", Align::End => "end" }})).collect::<Vec<_>>(),
        "lines": i.lines,
        "totals": fields(&i.totals),
        "notes": blocks(&i.notes)?,
    }))
}

pub(crate) fn letters(ls: &[Letter]) -> Result<Value, DocError> {
    let mut out = Vec::with_capacity(ls.len());
    for l in ls {
        out.push(json!({
            "common": common(&l.common)?,
            "paper": paper(l.paper),
            "sender": l.sender,
            "recipient": l.recipient,
            "place_date": l.place_date,
            "subject": l.subject,
            "body": blocks(&l.body)?,
            "signature": l.signature,
        }));
    }
    let first = out.first().cloned().unwrap_or(Value::Null);
    Ok(json!({ "common": first.get("common").cloned().unwrap_or(Value::Null), "letters": out }))
}

/// Characters that are never drawn, so need no glyph: controls, spaces, and the
/// invisible formatting marks (bidi marks and isolates, joiners, soft hyphen).
fn invisible(c: char) -> bool {
    c.is_control()
        || c.is_whitespace()
        || matches!(c, '\u{00AD}' | '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Every character of the data's strings that no embedded font has (QR code pictures
/// and URLs excepted), in order of appearance, each once.
pub(crate) fn missing_glyphs(fonts: &[Font], data: &Value) -> String {
    fn walk(fonts: &[Font], v: &Value, out: &mut String) {
        match v {
            Value::String(s) => {
                for c in s.chars() {
                    if !invisible(c) && !out.contains(c) && !fonts.iter().any(|f| f.info().coverage.contains(c as u32))
                    {
                        out.push(c);
                    }
                }
            }
            Value::Array(xs) => xs.iter().for_each(|x| walk(fonts, x, out)),
            Value::Object(m) => {
                for (k, x) in m {
                    if k != "qr_svg" {
                        walk(fonts, x, out);
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = String::new();
    walk(fonts, data, &mut out);
    out
}
