//! Writes every sample document to a folder, to look at them:
//!
//!   cargo run -p welcomedesk-documents --example render -- /tmp/docs [lang…]
//!
//! Also the pattern to copy: build `Documents` once, fill the plain types with
//! translated text, call one method, serve or store the bytes.

use welcomedesk_documents::{Documents, Paper, sample};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = std::path::PathBuf::from(args.next().unwrap_or_else(|| "target/documents".into()));
    let langs: Vec<String> = args.collect();
    let langs: Vec<&str> =
        if langs.is_empty() { sample::LANGUAGES.to_vec() } else { langs.iter().map(String::as_str).collect() };
    std::fs::create_dir_all(&out)?;
    let docs = Documents::new()?;
    for lang in langs {
        let t = std::time::Instant::now();
        let files = [
            ("brochure-a5-print", docs.brochure(&sample::brochure(lang, Paper::A5, true))?),
            ("brochure-a4", docs.brochure(&sample::brochure(lang, Paper::A4, false))?),
            ("leaflet", docs.leaflet(&sample::leaflet(lang, Paper::A4))?),
            ("passport-a4", docs.passport(&sample::passport(lang, Paper::A4, "Amina Yusuf", 5))?),
            ("passport-a6", docs.passport(&sample::passport(lang, Paper::A6, "Amina Yusuf", 5))?),
            ("voucher", docs.voucher(&sample::voucher(lang, Paper::A4, "Amina Yusuf", 4))?),
            ("invoice", docs.invoice(&sample::invoice(lang, 40))?),
            ("letter", docs.letter(&sample::letter(lang, "Amina Yusuf"))?),
        ];
        for (name, pdf) in files {
            std::fs::write(out.join(format!("{lang}-{name}.pdf")), pdf)?;
        }
        println!("{lang}: {:?}", t.elapsed());
    }
    Ok(())
}
