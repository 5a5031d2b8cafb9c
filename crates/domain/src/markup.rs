//! The content markup of the brochure, the website and (later) the knowledge base: a
//! small, safe Markdown subset that content editors write, parsed into a block tree.
//!
//! What it knows:
//! - `## Heading` and `### Sub-heading` (the page's own title is the `<h1>`)
//! - paragraphs: lines that follow each other; an empty line ends one
//! - lists: lines starting with `- ` (bullets) or `1. ` (numbered)
//! - `**strong**`, `*emphasis*`
//! - links `[text](https://…)`: `http`, `https`, `mailto` and `tel` only, or a path on
//!   this site (`/en/coaching`)
//! - `{{dir:slug}}` alone on a line: the contact card of a directory entry
//! - `\` before a marker character writes it as it is (`\*`)
//!
//! Nothing else is markup: HTML is text and is escaped on output, so nothing a content
//! editor writes can put a script, an event attribute or a `javascript:` link into a
//! page. Whatever is written still parses (into plain text where it does not fit); what
//! looks like a mistake is reported as a [`Problem`] with its line number, which the
//! editor sees translated (`markup-<code>`) and must fix before saving.

use std::fmt::Write as _;

/// A span of text with its emphasis.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Inline {
    Text { text: String },
    Strong { children: Vec<Inline> },
    Emphasis { children: Vec<Inline> },
    Link { href: String, children: Vec<Inline> },
}

/// One block of a document.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// Level 2 or 3.
    Heading {
        level: u8,
        children: Vec<Inline>,
    },
    Paragraph {
        children: Vec<Inline>,
    },
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
    /// The contact card of the directory entry with this slug.
    Directory {
        slug: String,
    },
}

/// A parsed document.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Doc {
    pub blocks: Vec<Block>,
}

/// A mistake in the markup, on a line (1-based).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    pub line: usize,
    /// Stable snake_case code; the message is `markup-<code with ->`.
    pub code: &'static str,
}

impl Problem {
    /// The code as a field error of the text (`markup_<code>`), with the line as the
    /// error's number: the message is `error-markup-<code>`.
    pub fn field_error(&self, field: &'static str) -> crate::errors::FieldError {
        let code = match self.code {
            "too_long" => "markup_too_long",
            "control_characters" => "markup_control_characters",
            "heading_level_one" => "markup_heading_level_one",
            "heading_too_deep" => "markup_heading_too_deep",
            "empty_heading" => "markup_empty_heading",
            "bad_directory_slug" => "markup_bad_directory_slug",
            "unknown_placeholder" => "markup_unknown_placeholder",
            "directory_not_alone" => "markup_directory_not_alone",
            "nested_list" => "markup_nested_list",
            "unclosed_strong" => "markup_unclosed_strong",
            "unclosed_emphasis" => "markup_unclosed_emphasis",
            "unsafe_link" => "markup_unsafe_link",
            "broken_link" => "markup_broken_link",
            _ => "markup_html_not_allowed",
        };
        crate::errors::FieldError::with_limit(field, code, self.line as i64)
    }
}

/// Every code a problem can have.
pub const PROBLEM_CODES: [&str; 14] = [
    "too_long",
    "control_characters",
    "heading_level_one",
    "heading_too_deep",
    "empty_heading",
    "bad_directory_slug",
    "unknown_placeholder",
    "directory_not_alone",
    "nested_list",
    "unclosed_strong",
    "unclosed_emphasis",
    "unsafe_link",
    "broken_link",
    "html_not_allowed",
];

/// The longest text accepted (characters).
pub const MAX_CHARS: usize = 60_000;

/// Whether a slug is well formed: `a-z`, `0-9` and `-`, 2 to 60 characters, starting
/// with a letter.
pub fn is_slug(s: &str) -> bool {
    (2..=60).contains(&s.len())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && !s.ends_with('-')
}

/// Whether a link target is allowed: http, https, mailto, tel, or a path on this site.
pub fn safe_href(href: &str) -> bool {
    let h = href.trim();
    if h.is_empty()
        || h.chars().any(|c| c.is_control() || c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '`'))
    {
        return false;
    }
    if h.starts_with('/') {
        return !h.starts_with("//") && !h.contains('\\');
    }
    let lower = h.to_ascii_lowercase();
    ["https://", "http://", "mailto:", "tel:"].iter().any(|p| lower.starts_with(p) && lower.len() > p.len())
}

/// Parses a document. Always returns a document (what does not fit is text) and the
/// problems found, in line order.
pub fn parse(src: &str) -> (Doc, Vec<Problem>) {
    let mut p = Parser::default();
    if src.chars().count() > MAX_CHARS {
        p.problems.push(Problem { line: 1, code: "too_long" });
    }
    let src = src.replace("\r\n", "\n").replace('\r', "\n");
    for (i, raw) in src.split('\n').enumerate() {
        p.line(i + 1, raw);
    }
    p.flush();
    (Doc { blocks: p.blocks }, p.problems)
}

/// Parses and refuses a document with problems.
pub fn parse_strict(src: &str) -> Result<Doc, Vec<Problem>> {
    let (doc, problems) = parse(src);
    if problems.is_empty() { Ok(doc) } else { Err(problems) }
}

/// Lines of text with their numbers.
type Lines = Vec<(usize, String)>;

#[derive(Default)]
struct Parser {
    blocks: Vec<Block>,
    problems: Vec<Problem>,
    /// Lines of the paragraph being read, with their numbers.
    para: Vec<(usize, String)>,
    /// The list being read: ordered?, items (each: lines with numbers).
    list: Option<(bool, Vec<Lines>)>,
}

fn list_item(line: &str) -> Option<(bool, &str)> {
    if let Some(rest) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
        return Some((false, rest));
    }
    let digits = line.chars().take_while(|c| c.is_ascii_digit()).count();
    if (1..=3).contains(&digits)
        && let Some(rest) = line[digits..].strip_prefix(". ")
    {
        return Some((true, rest));
    }
    None
}

impl Parser {
    fn problem(&mut self, line: usize, code: &'static str) {
        self.problems.push(Problem { line, code });
    }

    fn flush_para(&mut self) {
        if self.para.is_empty() {
            return;
        }
        let lines = std::mem::take(&mut self.para);
        let children = self.inlines_of(&lines);
        self.blocks.push(Block::Paragraph { children });
    }

    fn flush_list(&mut self) {
        if let Some((ordered, items)) = self.list.take() {
            let items = items.iter().map(|lines| self.inlines_of(lines)).collect();
            self.blocks.push(Block::List { ordered, items });
        }
    }

    fn flush(&mut self) {
        self.flush_para();
        self.flush_list();
    }

    /// Inline content of several lines, joined by spaces; problems carry the line of the
    /// character where they start.
    fn inlines_of(&mut self, lines: &[(usize, String)]) -> Vec<Inline> {
        let mut chars: Vec<(char, usize)> = vec![];
        for (n, (line, text)) in lines.iter().enumerate() {
            if n > 0 {
                chars.push((' ', *line));
            }
            chars.extend(text.trim().chars().map(|c| (c, *line)));
        }
        let (out, probs) = inline(&chars);
        self.problems.extend(probs);
        out
    }

    fn line(&mut self, n: usize, raw: &str) {
        if raw.chars().any(|c| c.is_control() && c != '\t') {
            self.problem(n, "control_characters");
        }
        let raw: String = raw.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        let indent = raw.chars().take_while(|c| *c == ' ' || *c == '\t').count();
        let line = raw.trim();
        if line.is_empty() {
            self.flush();
            return;
        }
        // Headings.
        if line.starts_with('#') {
            let hashes = line.chars().take_while(|c| *c == '#').count();
            let rest = &line[hashes..];
            if rest.starts_with(' ') || rest.is_empty() {
                self.flush();
                let text = rest.trim();
                let level = match hashes {
                    2 | 3 => hashes as u8,
                    1 => {
                        self.problem(n, "heading_level_one");
                        2
                    }
                    _ => {
                        self.problem(n, "heading_too_deep");
                        3
                    }
                };
                if text.is_empty() {
                    self.problem(n, "empty_heading");
                    return;
                }
                let children = self.inlines_of(&[(n, text.to_owned())]);
                self.blocks.push(Block::Heading { level, children });
                return;
            }
        }
        // Directory cards.
        if line.contains("{{") {
            if let Some(inner) = line.strip_prefix("{{").and_then(|l| l.strip_suffix("}}")) {
                self.flush();
                match inner.trim().strip_prefix("dir:") {
                    Some(slug) if is_slug(slug.trim()) => {
                        self.blocks.push(Block::Directory { slug: slug.trim().to_owned() })
                    }
                    Some(_) => self.problem(n, "bad_directory_slug"),
                    None => self.problem(n, "unknown_placeholder"),
                }
                return;
            }
            self.problem(n, "directory_not_alone");
        }
        // Lists.
        if let Some((ordered, rest)) = list_item(line) {
            self.flush_para();
            if indent >= 2 && self.list.is_some() {
                self.problem(n, "nested_list");
            }
            match &mut self.list {
                Some((o, items)) if *o == ordered => items.push(vec![(n, rest.to_owned())]),
                _ => {
                    self.flush_list();
                    self.list = Some((ordered, vec![vec![(n, rest.to_owned())]]));
                }
            }
            return;
        }
        // An indented line continues the list item above it.
        if indent >= 2
            && let Some((_, items)) = &mut self.list
            && let Some(last) = items.last_mut()
        {
            last.push((n, line.to_owned()));
            return;
        }
        self.flush_list();
        self.para.push((n, line.to_owned()));
    }
}

/// Whether `<` starts something that looks like an HTML tag or comment.
fn looks_like_html(chars: &[(char, usize)], i: usize) -> bool {
    matches!(chars.get(i + 1), Some((c, _)) if c.is_ascii_alphabetic() || *c == '/' || *c == '!' || *c == '?')
}

/// Inline markup of a run of characters (with line numbers).
fn inline(chars: &[(char, usize)]) -> (Vec<Inline>, Vec<Problem>) {
    let mut out: Vec<Inline> = vec![];
    let mut problems = vec![];
    let mut text = String::new();
    let mut i = 0;
    let push_text = |out: &mut Vec<Inline>, text: &mut String| {
        if !text.is_empty() {
            match out.last_mut() {
                Some(Inline::Text { text: t }) => t.push_str(text),
                _ => out.push(Inline::Text { text: text.clone() }),
            }
            text.clear();
        }
    };
    while i < chars.len() {
        let (c, line) = chars[i];
        match c {
            '\\' if matches!(chars.get(i + 1), Some((n, _)) if "\\*[]()_{}#-`".contains(*n)) => {
                text.push(chars[i + 1].0);
                i += 2;
            }
            '*' => {
                let strong = matches!(chars.get(i + 1), Some(('*', _)));
                let marker = if strong { 2 } else { 1 };
                let start = i + marker;
                match find_close(chars, start, strong) {
                    Some(end) if end > start => {
                        push_text(&mut out, &mut text);
                        let (children, p) = inline(&chars[start..end]);
                        problems.extend(p);
                        out.push(if strong { Inline::Strong { children } } else { Inline::Emphasis { children } });
                        i = end + marker;
                    }
                    _ => {
                        // A lone star followed by a space is just a star ("5 * 3").
                        if !matches!(chars.get(start), Some((' ', _)) | None) {
                            problems.push(Problem {
                                line,
                                code: if strong { "unclosed_strong" } else { "unclosed_emphasis" },
                            });
                        }
                        for _ in 0..marker {
                            text.push('*');
                        }
                        i += marker;
                    }
                }
            }
            '[' => match link_at(chars, i) {
                Some((label_end, href, next)) => {
                    if safe_href(&href) {
                        push_text(&mut out, &mut text);
                        let (children, p) = inline(&chars[i + 1..label_end]);
                        problems.extend(p);
                        out.push(Inline::Link { href: href.trim().to_owned(), children });
                    } else {
                        problems.push(Problem { line, code: "unsafe_link" });
                        // The label stays as text; the target is dropped.
                        let (children, p) = inline(&chars[i + 1..label_end]);
                        problems.extend(p);
                        push_text(&mut out, &mut text);
                        out.extend(children);
                    }
                    i = next;
                }
                None => {
                    if chars[i..].iter().any(|(c, _)| *c == ']') {
                        let close = chars[i..].iter().position(|(c, _)| *c == ']').map(|p| p + i);
                        if close.is_some_and(|j| matches!(chars.get(j + 1), Some(('(', _)))) {
                            problems.push(Problem { line, code: "broken_link" });
                        }
                    }
                    text.push('[');
                    i += 1;
                }
            },
            '<' if looks_like_html(chars, i) => {
                problems.push(Problem { line, code: "html_not_allowed" });
                text.push('<');
                i += 1;
            }
            c => {
                text.push(c);
                i += 1;
            }
        }
    }
    push_text(&mut out, &mut text);
    (out, problems)
}

/// The closing marker of emphasis (`*`) or strong (`**`) from `start`, skipping escapes
/// and the other kind's markers.
fn find_close(chars: &[(char, usize)], start: usize, strong: bool) -> Option<usize> {
    let mut j = start;
    while j < chars.len() {
        match chars[j].0 {
            '\\' => j += 2,
            '*' => {
                let double = matches!(chars.get(j + 1), Some(('*', _)));
                if strong && double {
                    return Some(j);
                }
                if !strong && !double {
                    return Some(j);
                }
                if !strong && double {
                    // A strong span inside emphasis: skip to its end.
                    // Without its end, the first star of `**` closes the emphasis (`***`).
                    match find_close(chars, j + 2, true) {
                        Some(e) => j = e + 2,
                        None => return Some(j),
                    }
                } else {
                    // An emphasis span inside strong; a lone star is a star.
                    match find_close(chars, j + 1, false) {
                        Some(e) => j = e + 1,
                        None => j += 1,
                    }
                }
            }
            _ => j += 1,
        }
    }
    None
}

/// `[label](href)` at `i`: the index of `]`, the href, and the index after `)`.
fn link_at(chars: &[(char, usize)], i: usize) -> Option<(usize, String, usize)> {
    let mut depth = 0;
    let mut j = i + 1;
    let label_end = loop {
        let (c, _) = *chars.get(j)?;
        match c {
            '\\' => j += 1,
            '[' => depth += 1,
            ']' if depth == 0 => break j,
            ']' => depth -= 1,
            _ => {}
        }
        j += 1;
    };
    if label_end == i + 1 || !matches!(chars.get(label_end + 1), Some(('(', _))) {
        return None;
    }
    let mut k = label_end + 2;
    let mut href = String::new();
    loop {
        let (c, _) = *chars.get(k)?;
        if c == ')' {
            break;
        }
        href.push(c);
        k += 1;
    }
    Some((label_end, href, k + 1))
}

/// HTML text escaping (also for attribute values, which are always double-quoted).
pub fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

fn inlines_html(items: &[Inline], out: &mut String) {
    for i in items {
        match i {
            Inline::Text { text } => escape(text, out),
            Inline::Strong { children } => {
                out.push_str("<strong>");
                inlines_html(children, out);
                out.push_str("</strong>");
            }
            Inline::Emphasis { children } => {
                out.push_str("<em>");
                inlines_html(children, out);
                out.push_str("</em>");
            }
            Inline::Link { href, children } => {
                // Checked again here: a tree may be built by hand, not only by `parse`.
                if safe_href(href) {
                    out.push_str("<a href=\"");
                    escape(href, out);
                    out.push_str("\">");
                    inlines_html(children, out);
                    out.push_str("</a>");
                } else {
                    inlines_html(children, out);
                }
            }
        }
    }
}

/// A directory card as the page shows it: HTML that the caller made safe (rendered
/// from an autoescaping template). `None` when the entry does not exist.
pub type CardHtml<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The document as HTML. Every character of content is escaped; the only tags are
/// `h2 h3 p ul ol li strong em a` (and the cards the caller renders).
pub fn to_html(doc: &Doc, card: CardHtml<'_>) -> String {
    let mut out = String::new();
    for b in &doc.blocks {
        match b {
            Block::Heading { level, children } => {
                let l = if *level == 3 { 3 } else { 2 };
                let _ = write!(out, "<h{l}>");
                inlines_html(children, &mut out);
                let _ = writeln!(out, "</h{l}>");
            }
            Block::Paragraph { children } => {
                out.push_str("<p>");
                inlines_html(children, &mut out);
                out.push_str("</p>\n");
            }
            Block::List { ordered, items } => {
                out.push_str(if *ordered { "<ol>" } else { "<ul>" });
                for it in items {
                    out.push_str("<li>");
                    inlines_html(it, &mut out);
                    out.push_str("</li>");
                }
                out.push_str(if *ordered { "</ol>\n" } else { "</ul>\n" });
            }
            Block::Directory { slug } => {
                if let Some(h) = card(slug) {
                    out.push_str(&h);
                    out.push('\n');
                }
            }
        }
    }
    out
}

fn inline_text(items: &[Inline], out: &mut String) {
    for i in items {
        match i {
            Inline::Text { text } => out.push_str(text),
            Inline::Strong { children } | Inline::Emphasis { children } | Inline::Link { children, .. } => {
                inline_text(children, out)
            }
        }
    }
}

/// The plain text of one run of inlines.
pub fn plain(items: &[Inline]) -> String {
    let mut s = String::new();
    inline_text(items, &mut s);
    s
}

/// The running text of a document (headings, paragraphs, list items), one block per
/// line; list items and headings end with a full stop when they have none, so that a
/// readability measure counts them as sentences.
pub fn plain_text(doc: &Doc) -> String {
    let mut out = String::new();
    let add = |s: String, out: &mut String| {
        let t = s.trim();
        if t.is_empty() {
            return;
        }
        out.push_str(t);
        if !t.ends_with(['.', '!', '?', ':', '։', '።', '؟', '。']) {
            out.push('.');
        }
        out.push('\n');
    };
    for b in &doc.blocks {
        match b {
            Block::Heading { children, .. } => add(plain(children), &mut out),
            Block::Paragraph { children } => {
                let t = plain(children);
                out.push_str(t.trim());
                out.push('\n');
            }
            Block::List { items, .. } => {
                for it in items {
                    add(plain(it), &mut out);
                }
            }
            Block::Directory { .. } => {}
        }
    }
    out
}

/// The directory entries a document points to, in order, each once.
pub fn directory_refs(doc: &Doc) -> Vec<String> {
    let mut out: Vec<String> = vec![];
    for b in &doc.blocks {
        if let Block::Directory { slug } = b
            && !out.contains(slug)
        {
            out.push(slug.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn html(src: &str) -> String {
        to_html(&parse(src).0, &|s| Some(format!("<div class=\"card\">{s}</div>")))
    }

    fn codes(src: &str) -> Vec<(usize, &'static str)> {
        parse(src).1.into_iter().map(|p| (p.line, p.code)).collect()
    }

    #[test]
    fn blocks() {
        let src = "## Housing\n\nRenting a flat is **not** easy.\nAsk *early*.\n\n- one\n- two\n  more\n\n1. first\n2. second\n\n### Bills\n{{dir:tenants-office}}\n";
        let (doc, probs) = parse(src);
        assert!(probs.is_empty(), "{probs:?}");
        assert_eq!(doc.blocks.len(), 6);
        assert_eq!(
            html(src),
            "<h2>Housing</h2>\n<p>Renting a flat is <strong>not</strong> easy. Ask <em>early</em>.</p>\n\
             <ul><li>one</li><li>two more</li></ul>\n<ol><li>first</li><li>second</li></ol>\n<h3>Bills</h3>\n\
             <div class=\"card\">tenants-office</div>\n"
        );
        assert_eq!(directory_refs(&doc), vec!["tenants-office".to_owned()]);
    }

    #[test]
    fn links() {
        assert_eq!(
            html(
                "Call [the hotline](tel:+4685550100) or [write](mailto:a@b.example), [web](https://x.example/a?b=1&c=2)."
            ),
            "<p>Call <a href=\"tel:+4685550100\">the hotline</a> or <a href=\"mailto:a@b.example\">write</a>, \
             <a href=\"https://x.example/a?b=1&amp;c=2\">web</a>.</p>\n"
        );
        assert_eq!(html("[Book](/en/coaching)"), "<p><a href=\"/en/coaching\">Book</a></p>\n");
        assert_eq!(codes("[x](javascript:alert(1))"), vec![(1, "unsafe_link")]);
        assert_eq!(html("[x](javascript:alert(1))"), "<p>x)</p>\n");
        assert_eq!(codes("[x](//evil.example)"), vec![(1, "unsafe_link")]);
        assert_eq!(codes("[x](JavaScript:alert)"), vec![(1, "unsafe_link")]);
        assert_eq!(codes("[x](data:text/html,hi)"), vec![(1, "unsafe_link")]);
        assert_eq!(codes("[x](https://a.example\" onclick=\"y)"), vec![(1, "unsafe_link")]);
        assert_eq!(codes("a\n[x](ftp://a)"), vec![(2, "unsafe_link")]);
        assert_eq!(codes("[x] (https://a)"), vec![]);
        assert_eq!(codes("[x](https://a"), vec![(1, "broken_link")]);
    }

    #[test]
    fn mistakes_have_lines() {
        assert_eq!(codes("# Title"), vec![(1, "heading_level_one")]);
        assert_eq!(codes("ok\n\n#### deep"), vec![(3, "heading_too_deep")]);
        assert_eq!(codes("a\nb **c\nd"), vec![(2, "unclosed_strong")]);
        assert_eq!(codes("*a"), vec![(1, "unclosed_emphasis")]);
        assert_eq!(codes("5 * 3 = 15"), vec![]);
        assert_eq!(codes("see {{dir:x-y}} here"), vec![(1, "directory_not_alone")]);
        assert_eq!(codes("{{dir:Bad Slug}}"), vec![(1, "bad_directory_slug")]);
        assert_eq!(codes("{{name}}"), vec![(1, "unknown_placeholder")]);
        assert_eq!(codes("x\n<script>alert(1)</script>"), vec![(2, "html_not_allowed"), (2, "html_not_allowed")]);
        assert_eq!(codes("a < b and c > d"), vec![]);
        assert_eq!(codes("- a\n  - b"), vec![(2, "nested_list")]);
        assert_eq!(codes("##"), vec![(1, "empty_heading")]);
        assert_eq!(codes("a\u{7}b"), vec![(1, "control_characters")]);
        assert!(parse_strict("fine").is_ok());
        for c in PROBLEM_CODES {
            let p = Problem { line: 4, code: c };
            assert_eq!(p.field_error("body").code, format!("markup_{c}"));
            assert_eq!(p.field_error("body").limit, Some(4));
        }
    }

    #[test]
    fn escapes_and_nesting() {
        assert_eq!(html("\\*not\\* emphasis"), "<p>*not* emphasis</p>\n");
        assert_eq!(html("**bold *and em***"), "<p><strong>bold <em>and em</em></strong></p>\n");
        assert_eq!(html("*em **and bold***"), "<p><em>em <strong>and bold</strong></em></p>\n");
        assert_eq!(html("[**b**](https://a.example)"), "<p><a href=\"https://a.example\"><strong>b</strong></a></p>\n");
        assert_eq!(html("<b onmouseover=\"x\">"), "<p>&lt;b onmouseover=&quot;x&quot;&gt;</p>\n");
        assert_eq!(html("## مرحبا **بكم**"), "<h2>مرحبا <strong>بكم</strong></h2>\n");
    }

    #[test]
    fn plain_text_for_readability() {
        let (doc, _) = parse("## Title\n\nOne. Two.\n\n- item\n- done.\n{{dir:x1}}");
        assert_eq!(plain_text(&doc), "Title.\nOne. Two.\nitem.\ndone.\n");
    }

    #[test]
    fn hand_built_unsafe_link_is_not_rendered() {
        let doc = Doc {
            blocks: vec![Block::Paragraph {
                children: vec![Inline::Link {
                    href: "javascript:alert(1)".into(),
                    children: vec![Inline::Text { text: "x".into() }],
                }],
            }],
        };
        assert_eq!(to_html(&doc, &|_| None), "<p>x</p>\n");
    }

    /// Every tag of the output is one we write, with no attribute but a safe `href`.
    fn assert_safe(out: &str) {
        let lower = out.to_ascii_lowercase();
        assert!(!lower.contains("<script"), "{out}");
        let mut rest = out;
        while let Some(i) = rest.find('<') {
            let tail = &rest[i + 1..];
            let end = tail.find('>').expect("tag closed");
            let tag = &tail[..end];
            let name = tag.trim_start_matches('/').split(' ').next().unwrap_or("");
            assert!(
                ["h2", "h3", "p", "ul", "ol", "li", "strong", "em", "a", "div"].contains(&name),
                "tag {tag:?} in {out}"
            );
            if let Some(attrs) = tag.strip_prefix("a ") {
                let href = attrs.strip_prefix("href=\"").and_then(|h| h.strip_suffix('"')).expect("only href");
                assert!(!href.contains('"'));
                let decoded = href.replace("&amp;", "&").replace("&#39;", "'");
                assert!(safe_href(&decoded), "href {href}");
                assert!(!decoded.to_ascii_lowercase().contains("javascript:"));
            } else if name == "div" {
                assert_eq!(tag, "div class=\"card\"");
            } else {
                assert!(!tag.contains(' ') && !tag.contains('='), "attributes on {tag}");
            }
            rest = &tail[end + 1..];
        }
    }

    fn hostile() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "<script>",
            "</script>",
            "<img src=x onerror=alert(1)>",
            "javascript:",
            "JaVaScRiPt:",
            "\" onclick=\"",
            "' onload='",
            "[",
            "]",
            "(",
            ")",
            "**",
            "*",
            "\\",
            "## ",
            "- ",
            "1. ",
            "\n",
            "\n\n",
            "{{dir:",
            "}}",
            "&",
            "&#x3C;",
            "<",
            ">",
            "https://a.example",
            "mailto:x@y.example",
            " ",
            "text",
            "ضوء",
            "data:",
            "`",
            "//",
            "\u{0}",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn nothing_written_can_inject_script(src in hostile()) {
            let out = to_html(&parse(&src).0, &|s| Some(format!("<div class=\"card\">{}</div>", {
                let mut e = String::new(); escape(s, &mut e); e
            })));
            assert_safe(&out);
        }

        #[test]
        fn arbitrary_text_never_panics_and_stays_safe(src in "\\PC{0,200}") {
            let (doc, _) = parse(&src);
            assert_safe(&to_html(&doc, &|_| None));
        }
    }
}
