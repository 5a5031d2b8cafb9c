//! Static files, embedded, served under content-hashed names (`app.3f2a9c1b7e0d.css`)
//! so browsers may cache them for a year and still see every change at once.

use sha2::{Digest, Sha256};
use std::collections::HashMap;

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

pub(crate) struct Asset {
    pub bytes: &'static [u8],
    pub content_type: &'static str,
}

pub(crate) struct Assets {
    /// Logical name → hashed URL path.
    urls: HashMap<&'static str, String>,
    /// Hashed file name → content.
    files: HashMap<String, Asset>,
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next() {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

impl Assets {
    pub fn load() -> Self {
        let mut urls = HashMap::new();
        let mut files = HashMap::new();
        for (name, bytes) in STATIC {
            let hash: String = Sha256::digest(bytes).iter().take(6).map(|b| format!("{b:02x}")).collect();
            let hashed = match name.rsplit_once('.') {
                Some((stem, ext)) => format!("{stem}.{hash}.{ext}"),
                None => format!("{name}.{hash}"),
            };
            urls.insert(*name, format!("/static/{hashed}"));
            files.insert(hashed, Asset { bytes, content_type: content_type(name) });
        }
        Self { urls, files }
    }

    /// The URL of a static file by its plain name; empty when there is no such file
    /// (the template test catches that).
    pub fn url(&self, name: &str) -> String {
        self.urls.get(name).cloned().unwrap_or_default()
    }

    pub fn get(&self, hashed: &str) -> Option<&Asset> {
        self.files.get(hashed)
    }
}

pub(crate) fn templates() -> &'static [(&'static str, &'static str)] {
    TEMPLATES
}
