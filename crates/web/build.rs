//! Embeds the templates and static files into the binary.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    if let Ok(rd) = std::fs::read_dir(dir) {
        let mut entries: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push(p);
            }
        }
    }
}

fn embed(dir: &str, konst: &str, bytes: bool, code: &mut String) {
    println!("cargo:rerun-if-changed={dir}");
    let mut files = vec![];
    walk(Path::new(dir), &mut files);
    let ty = if bytes { "&[u8]" } else { "&str" };
    let mac = if bytes { "include_bytes" } else { "include_str" };
    let _ = writeln!(code, "pub static {konst}: &[(&str, {ty})] = &[");
    for f in files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f.strip_prefix(dir).unwrap_or(&f).to_string_lossy().replace('\\', "/");
        // The path is made when the crate compiles, from its own directory: a build
        // script's output reused for another checkout of the same sources (a second
        // worktree sharing the target directory, whose files are older than the last
        // run) must not read the first checkout's files.
        let path = format!("/{dir}/{rel}");
        let _ = writeln!(code, "    ({rel:?}, {mac}!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {path:?}))),");
    }
    code.push_str("];\n");
}

fn main() {
    let mut code = String::new();
    embed("templates", "TEMPLATES", false, &mut code);
    embed("static", "STATIC", true, &mut code);
    // The demo city's brochure and directory (issue 7), as files translators can add to.
    embed("demo-content", "DEMO_CONTENT", false, &mut code);
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("embedded.rs");
    if let Err(e) = std::fs::write(&dest, code) {
        println!("cargo:warning=cannot write {}: {e}", dest.display());
    }
}
