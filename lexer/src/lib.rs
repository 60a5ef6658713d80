//! Krait's tokenizer: Python 3.11 source text to a vector of tokens with byte ranges.
//!
//! Owns: a private logos token enum for the context-free part (names, numbers, strings,
//! operators, comments, whitespace) and the hand-written layer above it that keeps the
//! indentation and bracket stacks, emits `Newline` / `Indent` / `Dedent` / `EndMarker`, joins
//! lines inside brackets and after a backslash, drops comments and blank lines (or keeps
//! them as `Comment` / `NonLogicalNewline` tokens for [`tokenize_with_trivia`]), and reports
//! CPython's tokenizer errors (`IndentationError`, `TabError`, unterminated strings, invalid
//! characters, unmatched brackets) as [`SyntaxError`] values. Also owns reading a source
//! file's bytes: the BOM and PEP 263 encoding declarations ([`decode_source`]).
//!
//! Takes: `&str` (or a file's bytes for [`decode_source`] and [`tokenize_listing`]). Gives:
//! `Vec<Token>`, each a payload-free [`TokenKind`] and a [`TextRange`]; the parser reads names
//! and literals back through the range.
//!
//! Error ranges follow CPython's carets: the error's `offset` is the start column + 1.
//!
//! # Using the lexer alone
//!
//! Tokenise a string and read each token's text back through its range:
//!
//! ```
//! use krait_lexer::{tokenize, TokenKind};
//!
//! let source = "if x:\n    y = x + 1\n";
//! let tokens = tokenize(source).expect("valid Python");
//! let listing: Vec<String> = tokens
//!     .iter()
//!     .map(|t| format!("{} {:?}", t.kind.exact_type_name(), &source[t.range]))
//!     .collect();
//! assert_eq!(
//!     listing,
//!     [
//!         "NAME \"if\"", "NAME \"x\"", "COLON \":\"", "NEWLINE \"\\n\"",
//!         "INDENT \"    \"", "NAME \"y\"", "EQUAL \"=\"", "NAME \"x\"", "PLUS \"+\"",
//!         "NUMBER \"1\"", "NEWLINE \"\\n\"", "DEDENT \"\"", "ENDMARKER \"\"",
//!     ]
//! );
//! assert_eq!(tokens[0].kind, TokenKind::If);
//!
//! // Errors are values carrying CPython's exception class and message.
//! let error = tokenize("x = (1,\n").unwrap_err();
//! assert_eq!(error.to_string(), "SyntaxError: '(' was never closed");
//!
//! // The listing `python3 -m tokenize -e` prints, from a file's bytes.
//! let listing = krait_lexer::tokenize_listing(b"pass\n", true).unwrap();
//! assert!(listing.contains("1,0-1,4:            NAME           'pass'"));
//! ```

#![deny(unsafe_code)]

mod encoding;
mod format;
mod layer;
mod number;
mod raw;
mod scan;
mod token;

pub use encoding::{decode_source, detect_encoding, single_byte_table, SourceEncoding};
pub use format::{format_tokens, format_tokens_exact, tokenize_listing};
pub use krait_ast::SyntaxError;
pub use text_size::TextRange;
pub use token::{keyword, Token, TokenKind};

use layer::{Layer, Mode, Pending};

/// Tokenizes a whole file. The result always ends with `Newline` (when the last line has
/// tokens), one `Dedent` per open block, and `EndMarker`.
pub fn tokenize(source: &str) -> Result<Vec<Token>, SyntaxError> {
    match tokenize_partial(source)? {
        (_, Some(pending)) => Err(pending.into_error()),
        (tokens, None) => Ok(tokens),
    }
}

/// As [`tokenize`], and also `Comment` and `NonLogicalNewline` tokens, as
/// `python3 -m tokenize` lists them (`COMMENT`, `NL`). The parser does not take these.
pub fn tokenize_with_trivia(source: &str) -> Result<Vec<Token>, SyntaxError> {
    check_size(source)?;
    let mut layer = Layer::new(source, 0, source.len(), Mode::File);
    layer.keep_trivia();
    match layer.run()? {
        (_, Some(pending)) => Err(PendingError::from(pending).into_error()),
        (tokens, None) => Ok(tokens),
    }
}

/// A tokenizer error that CPython reports only if its parser does not fail first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PendingError {
    /// The file ended inside brackets ("'(' was never closed"). CPython reports this when
    /// its parser fails on a later line than the bracket, and its parser's error otherwise.
    Unclosed(SyntaxError),
    /// An indentation error, a `TabError`, or a misplaced line continuation, met where the
    /// final `ErrorToken` stands. CPython's tokenizer only flags these; its parser reports
    /// them when it reads that token, so an earlier syntax error wins.
    AtEnd(SyntaxError),
    /// Any other tokenizer error (an unterminated string, an invalid character, …), met
    /// where the final `ErrorToken` stands. CPython raises these: after a syntax error it
    /// tokenizes the rest of the file to look for them, and they win, except over an
    /// unexpected indent or unindent.
    Raised(SyntaxError),
}

impl PendingError {
    /// The error itself.
    pub fn into_error(self) -> SyntaxError {
        match self {
            PendingError::Unclosed(error)
            | PendingError::AtEnd(error)
            | PendingError::Raised(error) => error,
        }
    }
}

impl From<Pending> for PendingError {
    fn from(pending: Pending) -> Self {
        match pending {
            Pending::Unclosed(error) => PendingError::Unclosed(error),
            Pending::AtEnd(error) => PendingError::AtEnd(error),
            Pending::Raised(error) => PendingError::Raised(error),
        }
    }
}

/// As [`tokenize`], except for the errors CPython's parser may report in place of its
/// tokenizer's (see [`PendingError`]): the tokens up to the problem are returned, ended by an
/// empty `ErrorToken`, with the pending error beside them.
pub fn tokenize_partial(source: &str) -> Result<(Vec<Token>, Option<PendingError>), SyntaxError> {
    check_size(source)?;
    let (tokens, pending) = Layer::new(source, 0, source.len(), Mode::File).run()?;
    Ok((tokens, pending.map(PendingError::from)))
}

/// As [`tokenize`], except for a file that ends inside brackets: its tokens are returned,
/// ended by an empty `ErrorToken`, together with the "'(' was never closed" error. (See
/// [`tokenize_partial`] for every error CPython may report after its parser's.)
pub fn tokenize_unclosed(source: &str) -> Result<(Vec<Token>, Option<SyntaxError>), SyntaxError> {
    match tokenize_partial(source)? {
        (tokens, Some(PendingError::Unclosed(error))) => Ok((tokens, Some(error))),
        (_, Some(other)) => Err(other.into_error()),
        (tokens, None) => Ok((tokens, None)),
    }
}

/// Tokenizes `source[range]` as if it stood inside brackets (an f-string replacement field):
/// line breaks are ignored and no `Newline`, `Indent`, `Dedent` or `EndMarker` is produced.
/// Ranges are offsets into the whole `source`.
pub fn tokenize_expression(source: &str, range: TextRange) -> Result<Vec<Token>, SyntaxError> {
    check_size(source)?;
    let (start, end) = (
        usize::from(range.start()),
        usize::from(range.end()).min(source.len()),
    );
    if start > end || !source.is_char_boundary(start) || !source.is_char_boundary(end) {
        return Err(SyntaxError::new("invalid expression range", range));
    }
    Layer::new(source, start, end, Mode::Expression)
        .run()
        .map(|(tokens, _)| tokens)
}

/// Ranges are `u32` offsets; a larger source cannot be described by them.
fn check_size(source: &str) -> Result<(), SyntaxError> {
    if u32::try_from(source.len()).is_err() {
        return Err(SyntaxError::new(
            "source code too large (4 GiB or more)",
            TextRange::default(),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
