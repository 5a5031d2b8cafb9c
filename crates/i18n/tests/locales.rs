//! Every shipped language has every message of the source language and no other, keeps
//! every variable, parses, and is listed in the translation status file.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use welcomedesk_i18n::{Arg, Catalog, LANGUAGES, SOURCE, STATUS_TOML};

fn variables_of_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            variables_of_expression(expression, out);
        }
    }
}

fn variables_of_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            variables_of_inline(selector, out);
            for v in variants {
                variables_of_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => variables_of_inline(i, out),
    }
}

fn variables_of_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => variables_of_expression(expression, out),
        _ => {}
    }
}

/// file → message id → variables used.
fn messages(lang: &str) -> BTreeMap<String, BTreeMap<String, BTreeSet<String>>> {
    let mut out = BTreeMap::new();
    for (file, text) in Catalog::files(lang) {
        let res = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, e)| panic!("{lang}/{file}: {e:?}"));
        let mut msgs = BTreeMap::new();
        for entry in res.body {
            match entry {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(v) = &m.value {
                        variables_of_pattern(v, &mut vars);
                    }
                    assert!(msgs.insert(m.id.name.to_owned(), vars).is_none(), "{lang}/{file}: {} twice", m.id.name);
                }
                ast::Entry::Junk { content } => panic!("{lang}/{file}: cannot parse {content:?}"),
                _ => {}
            }
        }
        out.insert(file.to_owned(), msgs);
    }
    out
}

#[test]
fn every_language_has_exactly_the_source_messages() {
    let source = messages(SOURCE);
    assert!(!source.is_empty());
    let mut problems = vec![];
    for l in LANGUAGES.iter().filter(|l| l.code != SOURCE) {
        let theirs = messages(l.code);
        let files_src: BTreeSet<_> = source.keys().collect();
        let files_tr: BTreeSet<_> = theirs.keys().collect();
        if files_src != files_tr {
            problems.push(format!("{}: files {files_tr:?} instead of {files_src:?}", l.code));
            continue;
        }
        for (file, msgs) in &source {
            let tr = &theirs[file];
            for (id, vars) in msgs {
                match tr.get(id) {
                    None => problems.push(format!("{}/{file}: missing {id}", l.code)),
                    Some(tv) => {
                        for v in vars.difference(tv) {
                            problems.push(format!("{}/{file}: {id} lost the variable ${v}", l.code));
                        }
                        for v in tv.difference(vars) {
                            problems.push(format!("{}/{file}: {id} uses ${v}, which the source does not give", l.code));
                        }
                    }
                }
            }
            for id in tr.keys().filter(|id| !msgs.contains_key(*id)) {
                problems.push(format!("{}/{file}: {id} is not in the source", l.code));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn catalog_loads_and_formats_every_message_in_every_language() {
    let cat = Catalog::load().unwrap();
    let source = messages(SOURCE);
    for l in LANGUAGES.iter() {
        for msgs in source.values() {
            for (id, vars) in msgs {
                for n in [0, 1, 2, 3, 5, 11, 21, 100, 1000] {
                    let args: Vec<(&str, Arg<'_>)> = vars
                        .iter()
                        .map(|v| {
                            (
                                v.as_str(),
                                if matches!(v.as_str(), "count" | "limit" | "minutes") {
                                    Arg::Num(n)
                                } else {
                                    Arg::Str("X")
                                },
                            )
                        })
                        .collect();
                    let s = cat.plain(l.code, id, &args);
                    assert!(!s.trim().is_empty(), "{} {id} is empty", l.code);
                    assert!(!s.contains("{$") && !s.contains("{ $"), "{} {id} did not resolve: {s}", l.code);
                }
            }
        }
    }
    // Plurals follow each language's rules and numbers use its digits.
    assert_eq!(cat.plain("en", "users-count", &[("count", Arg::Num(1))]), "1 account");
    assert_eq!(cat.plain("en", "users-count", &[("count", Arg::Num(1200))]), "1,200 accounts");
    assert!(cat.plain("ar", "users-count", &[("count", Arg::Num(3))]).contains('٣'));
}

#[test]
fn every_language_has_a_translation_status() {
    let status: toml::Table = toml::from_str(STATUS_TOML).unwrap();
    for l in LANGUAGES.iter() {
        let entry = status.get(l.code).and_then(|v| v.as_table()).unwrap_or_else(|| panic!("{} has no status", l.code));
        let s = entry["status"].as_str().unwrap();
        if l.code == SOURCE {
            assert_eq!(s, "source");
        } else {
            assert!(["needs-review", "reviewed"].contains(&s), "{}: {s}", l.code);
        }
    }
    for code in status.keys() {
        assert!(LANGUAGES.iter().any(|l| l.code == code), "status for unshipped language {code}");
    }
}

#[test]
fn dates_read_naturally() {
    let cat = Catalog::load().unwrap();
    let d = jiff::civil::date(2026, 11, 25);
    assert_eq!(welcomedesk_i18n::format_date(&cat, "en", d), "25 November 2026");
    assert!(welcomedesk_i18n::format_date(&cat, "ar", d).contains("٢٠٢٦"));
    assert!(welcomedesk_i18n::format_date(&cat, "fa", d).contains("۲۰۲۶"));
}
