//! What the scanner reports: one `Event` per thing a handler may be told about, each with
//! the place it starts and the markup it came from (for the default handler).

/// Where something starts: line (from 1), column (from 0, in characters), byte offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) struct Pos {
    pub(crate) line: u64,
    pub(crate) col: u64,
    pub(crate) byte: u64,
}

/// One parse event, in document order.
#[derive(Debug)]
pub(crate) enum Event {
    /// An element starts: its (expanded) name and its attributes in document order, with
    /// how many of them were written (the rest are defaults from the DTD).
    Start {
        name: String,
        attrs: Vec<(String, String)>,
        specified: usize,
    },
    End {
        name: String,
    },
    /// Character data; `raw` is the markup it came from (`&amp;` for `&`).
    Text {
        text: String,
    },
    Pi {
        target: String,
        data: String,
    },
    Comment {
        text: String,
    },
    CdataStart,
    CdataEnd,
    NsStart {
        prefix: Option<String>,
        uri: Option<String>,
    },
    NsEnd {
        prefix: Option<String>,
    },
    XmlDecl {
        version: Option<String>,
        encoding: Option<String>,
        standalone: i64,
    },
    DoctypeStart {
        name: String,
        system: Option<String>,
        public: Option<String>,
        internal: bool,
    },
    DoctypeEnd,
    /// A piece of the document type declaration before its internal subset.
    DoctypePiece,
    EntityDecl {
        name: String,
        parameter: bool,
        value: Option<String>,
        system: Option<String>,
        public: Option<String>,
        notation: Option<String>,
    },
    NotationDecl {
        name: String,
        system: Option<String>,
        public: Option<String>,
    },
    AttlistDecl {
        element: String,
        attr: String,
        kind: String,
        default: Option<String>,
        required: bool,
    },
    /// An entity reference the parser does not expand (undeclared where that is allowed).
    Skipped {
        name: String,
        parameter: bool,
    },
    /// A reference to an external general entity.
    ExternalRef {
        name: String,
        system: Option<String>,
        public: Option<String>,
    },
    /// An element declaration with its content model.
    ElementDecl {
        name: String,
        model: super::model::Model,
    },
    /// The document refers to declarations outside it and is not standalone.
    NotStandalone,
    /// Markup that has no event of its own (white space outside the root, declarations).
    Default,
}

/// An event with its place and its markup.
#[derive(Debug)]
pub(crate) struct Located {
    pub(crate) event: Event,
    pub(crate) pos: Pos,
    pub(crate) raw: String,
}
