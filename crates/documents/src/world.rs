//! The typst "world" of welcomedesk's documents: the embedded fonts, the embedded
//! templates, and one input file per compilation. Nothing else exists in it: no file
//! system, no packages (an `@preview/…` import fails, nothing is ever fetched), no clock.

use std::collections::HashMap;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The fonts, embedded in the binary (see fonts/README.md): regular and bold of each
/// script, and an italic for Latin and Cyrillic emphasis.
pub(crate) const FONTS: &[&[u8]] = &[
    include_bytes!("../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../fonts/NotoSans-Italic.ttf"),
    include_bytes!("../fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../fonts/NotoSansArabic-Bold.ttf"),
    include_bytes!("../fonts/NotoSansEthiopic-Regular.ttf"),
    include_bytes!("../fonts/NotoSansEthiopic-Bold.ttf"),
];

/// The templates, embedded as sources: `(path in the world, text)`.
const TEMPLATES: &[(&str, &str)] = &[
    ("/common.typ", include_str!("../templates/common.typ")),
    ("/brochure.typ", include_str!("../templates/brochure.typ")),
    ("/leaflet.typ", include_str!("../templates/leaflet.typ")),
    ("/passport.typ", include_str!("../templates/passport.typ")),
    ("/voucher.typ", include_str!("../templates/voucher.typ")),
    ("/invoice.typ", include_str!("../templates/invoice.typ")),
    ("/letter.typ", include_str!("../templates/letter.typ")),
];

/// Where the templates read their data from: `json("/input.json")`.
pub(crate) const INPUT_PATH: &str = "/input.json";

/// Loaded once: the standard library, the fonts and the parsed templates.
pub(crate) struct Base {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    sources: HashMap<FileId, Source>,
    input_id: FileId,
}

impl Base {
    pub(crate) fn new() -> Result<Self, String> {
        let mut fonts = Vec::new();
        for data in FONTS {
            let bytes = Bytes::new(*data);
            let found: Vec<Font> = Font::iter(bytes).collect();
            if found.is_empty() {
                return Err("an embedded font could not be read".into());
            }
            fonts.extend(found);
        }
        let book = FontBook::from_fonts(&fonts);
        let sources = TEMPLATES
            .iter()
            .map(|(path, text)| {
                let id = project_file(path)?;
                Ok((id, Source::new(id, (*text).to_string())))
            })
            .collect::<Result<_, String>>()?;
        Ok(Base {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(book),
            fonts,
            sources,
            input_id: project_file(INPUT_PATH)?,
        })
    }

    pub(crate) fn fonts(&self) -> &[Font] {
        &self.fonts
    }

    pub(crate) fn main_id(&self, template: &str) -> Option<FileId> {
        let id = project_file(template).ok()?;
        self.sources.contains_key(&id).then_some(id)
    }
}

/// One compilation: the shared base, the main template and this document's data.
pub(crate) struct Job<'a> {
    pub(crate) base: &'a Base,
    pub(crate) main: FileId,
    pub(crate) input: Bytes,
}

impl World for Job<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.base.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.base.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.base.sources.get(&id).cloned().ok_or_else(|| not_found(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.base.input_id {
            return Ok(self.input.clone());
        }
        match self.base.sources.get(&id) {
            Some(s) => Ok(Bytes::from_string(s.text().to_string())),
            None => Err(not_found(id)),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.base.fonts.get(index).cloned()
    }

    /// No clock: every date in a document comes from the caller, so the same input gives
    /// the same PDF.
    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        None
    }
}

fn project_file(path: &str) -> Result<FileId, String> {
    let vpath = VirtualPath::new(path).map_err(|e| format!("{path}: {e}"))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

fn not_found(id: FileId) -> FileError {
    match id.root() {
        // Packages are never fetched.
        VirtualRoot::Package(_) => {
            FileError::Other(Some("packages are not available to welcomedesk's documents".into()))
        }
        VirtualRoot::Project => FileError::NotFound(id.vpath().get_with_slash().into()),
    }
}
