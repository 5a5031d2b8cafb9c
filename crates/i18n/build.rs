//! Embeds every `locales/<lang>/*.ftl` file into the binary (no files to ship beside it).

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new("locales");
    println!("cargo:rerun-if-changed=locales");
    let mut langs: Vec<_> = std::fs::read_dir(root)
        .map(|d| d.filter_map(|e| e.ok()).filter(|e| e.path().is_dir()).collect())
        .unwrap_or_default();
    langs.sort_by_key(|e| e.file_name());
    let mut out = String::from("pub static EMBEDDED: &[(&str, &[(&str, &str)])] = &[\n");
    for lang in langs {
        let name = lang.file_name().to_string_lossy().into_owned();
        println!("cargo:rerun-if-changed=locales/{name}");
        let mut files: Vec<_> = std::fs::read_dir(lang.path())
            .map(|d| d.filter_map(|e| e.ok()).filter(|e| e.path().extension().is_some_and(|x| x == "ftl")).collect())
            .unwrap_or_default();
        files.sort_by_key(|e| e.file_name());
        let _ = writeln!(out, "    ({name:?}, &[");
        for f in files {
            let fname = f.file_name().to_string_lossy().into_owned();
            let abs = std::fs::canonicalize(f.path()).unwrap_or(f.path());
            println!("cargo:rerun-if-changed={}", abs.display());
            let _ = writeln!(out, "        ({fname:?}, include_str!({:?})),", abs.display().to_string());
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("locales.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        println!("cargo:warning=cannot write {}: {e}", dest.display());
    }
}
