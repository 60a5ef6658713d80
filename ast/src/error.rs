//! The one error type of the front end: every stage that rejects source (lexer, parser,
//! compiler) returns a [`SyntaxError`] as plain data; the CLI renders it.

use std::fmt;

use text_size::TextRange;

/// Which Python exception class the error is raised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SyntaxErrorKind {
    /// `SyntaxError`.
    SyntaxError,
    /// `IndentationError` (a subclass of `SyntaxError`).
    IndentationError,
    /// `TabError` (a subclass of `IndentationError`).
    TabError,
}

impl SyntaxErrorKind {
    /// The Python class name.
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// Source that Python rejects: what is wrong, where, and optionally a hint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The exception class.
    pub kind: SyntaxErrorKind,
    /// CPython's message where practical, e.g. `'(' was never closed`.
    pub message: String,
    /// The offending source range (may be empty, pointing between characters).
    pub range: TextRange,
    /// An extra note for the reader, if any.
    pub hint: Option<String>,
}

impl SyntaxError {
    /// A plain `SyntaxError` at `range`.
    pub fn new(message: impl Into<String>, range: TextRange) -> Self {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            message: message.into(),
            range,
            hint: None,
        }
    }

    /// The same error raised as another class.
    pub fn with_kind(mut self, kind: SyntaxErrorKind) -> Self {
        self.kind = kind;
        self
    }

    /// The same error with a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.class_name(), self.message)
    }
}

impl std::error::Error for SyntaxError {}
