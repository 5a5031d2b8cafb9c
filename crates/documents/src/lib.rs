//! welcomedesk's documents: every PDF the service makes (the welcome brochure, the
//! leaflet, the passport, vouchers, invoices and credit notes, letters), set with typst;
//! and the e-invoice (UBL 2.1 / EN 16931 XML, [`ubl`]).
//!
//! The caller gives plain data, every text already translated and formatted; this crate
//! never sees the database, the other crates or Fluent. The data reaches the typst
//! templates as one JSON file (`json("/input.json")`) and is set as text values: nothing a
//! content editor writes or a person's name contains is ever read as typst markup.
//!
//! ```no_run
//! use welcomedesk_documents::{Common, Dir, Documents, Letter, Block, Paper};
//! let docs = Documents::new()?; // once, at start-up; cheap to clone and share
//! let pdf: Vec<u8> = docs.letter(&Letter {
//!     common: Common { lang: "fa".into(), dir: Dir::Rtl, title: "دعوت‌نامه".into(), ..Default::default() },
//!     paper: Paper::A4,
//!     body: vec![Block::para("سلام")],
//!     ..Default::default()
//! })?;
//! # Ok::<(), welcomedesk_documents::DocError>(())
//! ```
//!
//! Rendering is synchronous and CPU-bound (tens of milliseconds a page): from async code
//! call it inside `tokio::task::spawn_blocking`.

mod model;
pub mod sample;
pub mod ubl;
mod wire;
mod world;

use std::sync::Arc;

use typst::WorldExt;
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::Bytes;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

pub use model::*;

use world::{Base, Job};

/// Why a document could not be made.
#[derive(Debug, thiserror::Error)]
pub enum DocError {
    /// The input is unusable (e.g. a language tag that is not BCP 47).
    #[error("invalid document input: {0}")]
    Input(String),
    /// Some characters of the input are in no font that ships with welcomedesk, so they
    /// would print as empty boxes (PDF/UA-1 forbids that).
    #[error("no font for these characters: {0:?}")]
    MissingGlyphs(String),
    /// typst refused the document (a template defect, or a PDF/UA rule broken).
    #[error("typesetting failed: {0}")]
    Typeset(String),
}

/// The document maker: fonts and templates loaded once. Cheap to clone (an `Arc`) and
/// safe to share between threads.
#[derive(Clone)]
pub struct Documents {
    base: Arc<Base>,
}

impl std::fmt::Debug for Documents {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Documents").finish_non_exhaustive()
    }
}

impl Documents {
    /// Loads the embedded fonts and templates.
    pub fn new() -> Result<Self, DocError> {
        Ok(Documents { base: Arc::new(Base::new().map_err(DocError::Typeset)?) })
    }

    /// A whole brochure edition in one language: cover, contents, one chapter after the
    /// other (each starting on a new page).
    pub fn brochure(&self, b: &Brochure) -> Result<Vec<u8>, DocError> {
        self.render("/brochure.typ", &b.common, wire::brochure(b)?)
    }

    /// The one-page leaflet announcing the coaching, with a QR code of the booking page.
    pub fn leaflet(&self, l: &Leaflet) -> Result<Vec<u8>, DocError> {
        self.render("/leaflet.typ", &l.common, wire::leaflet(l)?)
    }

    /// The personal passport with its QR code and stamps (A4 or A6).
    pub fn passport(&self, p: &Passport) -> Result<Vec<u8>, DocError> {
        self.render("/passport.typ", &p.common, wire::passport(p)?)
    }

    /// A language-course voucher for its holder, with the approved providers.
    pub fn voucher(&self, v: &Voucher) -> Result<Vec<u8>, DocError> {
        self.render("/voucher.typ", &v.common, wire::voucher(v)?)
    }

    /// An invoice or a credit note.
    pub fn invoice(&self, i: &Invoice) -> Result<Vec<u8>, DocError> {
        self.render("/invoice.typ", &i.common, wire::invoice(i)?)
    }

    /// One letter.
    pub fn letter(&self, l: &Letter) -> Result<Vec<u8>, DocError> {
        self.letters(std::slice::from_ref(l))
    }

    /// Several letters in one PDF, each starting on a new page and set in its own
    /// language and direction (to print a whole list at once). The PDF's title and main
    /// language are the first letter's.
    pub fn letters(&self, letters: &[Letter]) -> Result<Vec<u8>, DocError> {
        let Some(first) = letters.first() else {
            return Err(DocError::Input("no letters".into()));
        };
        self.render("/letter.typ", &first.common, wire::letters(letters)?)
    }

    fn render(&self, template: &str, common: &Common, data: serde_json::Value) -> Result<Vec<u8>, DocError> {
        if common.title.trim().is_empty() {
            return Err(DocError::Input("the document needs a title".into()));
        }
        let main = self.base.main_id(template).ok_or_else(|| DocError::Typeset(format!("no template {template}")))?;
        let missing = wire::missing_glyphs(self.base.fonts(), &data);
        if !missing.is_empty() {
            return Err(DocError::MissingGlyphs(missing));
        }
        let input = serde_json::to_vec(&data).map_err(|e| DocError::Input(e.to_string()))?;
        let job = Job { base: &self.base, main, input: Bytes::new(input) };
        let warned = typst::compile::<PagedDocument>(&job);
        let result = warned.output.map_err(|errors| DocError::Typeset(describe(&job, &errors)));
        // Keep typst's memo cache from growing without bound in a long-running server.
        typst::comemo::evict(30);
        let document = result?;
        // Our templates are written to compile without warnings: one means a defect.
        if !warned.warnings.is_empty() {
            return Err(DocError::Typeset(describe(&job, &warned.warnings)));
        }
        let options = PdfOptions {
            ident: typst::foundations::Smart::Custom(format!("welcomedesk{template}")),
            creator: typst::foundations::Smart::Custom(Some("welcomedesk".into())),
            standards: PdfStandards::new(&[PdfStandard::Ua_1])
                .map_err(|e| DocError::Typeset(e.message().to_string()))?,
            tagged: true,
            ..PdfOptions::default()
        };
        typst_pdf::pdf(&document, &options).map_err(|errors| DocError::Typeset(describe(&job, &errors)))
    }
}

/// typst's diagnostics as one line each, with the template position where known.
fn describe(job: &Job<'_>, diags: &[SourceDiagnostic]) -> String {
    diags
        .iter()
        .map(|d| {
            let kind = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let place = match (d.span.id(), job.range(d.span)) {
                (Some(id), Some(range)) => format!(" at {:?}:{}", id.vpath(), range.start),
                _ => String::new(),
            };
            let hints: String = d.hints.iter().map(|h| format!(" (hint: {})", h.v)).collect();
            format!("{kind}{place}: {}{hints}", d.message)
        })
        .collect::<Vec<_>>()
        .join("; ")
}
