//! The private logos token enum: the context-free part of tokenizing. Comments, newlines
//! and line continuations are tokens here too, because the layer above decides what they
//! mean (nothing inside brackets). Runs of spaces, tabs and form feeds are skipped: the
//! layer reads a line's indentation from the gap before its first token, and elsewhere
//! they mean nothing (as tokens they cost a trip through the layer each, for about every
//! other token of a file).

use logos::{Lexer, Logos};

use crate::number::{scan_number, NumberKind};
use crate::scan::{scan_string, ScanError};

/// Why logos could not produce a token.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) enum RawError {
    /// A character that starts no token.
    #[default]
    Unknown,
    /// A malformed number or string, with CPython's message.
    Scan(ScanError),
}

/// Raw tokens, before indentation and bracket tracking.
#[derive(Clone, Copy, Debug, PartialEq, Logos)]
#[logos(error = RawError)]
#[logos(skip r"[ \t\x0C]+")]
pub(crate) enum Raw {
    #[regex(r"\r\n|\r|\n")]
    Newline,
    #[regex(r"#[^\r\n]*", allow_greedy = true)]
    Comment,
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    /// A backslash not followed by a newline.
    #[token("\\")]
    Backslash,
    /// A run of identifier characters; non-ASCII ones are checked by the layer, as CPython
    /// does (`verify_identifier`), so that the error names the offending character.
    #[regex(r"[A-Za-z_\x{80}-\x{10FFFF}][A-Za-z0-9_\x{80}-\x{10FFFF}]*")]
    Name,
    #[regex(r"[0-9]", number)]
    #[regex(r"\.[0-9]", number)]
    Number(NumberKind),
    /// A string literal with any legal prefix: b, r, u, f, br, rb, fr, rf in any case.
    #[regex(r#"([bB][rR]?|[rR][bBfF]?|[uU]|[fF][rR]?)?['"]"#, string)]
    String,
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    VBar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    /// Python 2's `<>`: CPython's tokenizer reads it as one operator that its parser then
    /// rejects, so the error covers both characters.
    #[token("<>")]
    LegacyNotEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
    /// Printable ASCII characters that start no token; CPython hands them to the parser,
    /// which reports "invalid syntax" there.
    #[token("$")]
    #[token("?")]
    #[token("!")]
    #[token("`")]
    Stray,
}

fn number(lex: &mut Lexer<Raw>) -> Result<NumberKind, RawError> {
    let span = lex.span();
    let (end, kind) = scan_number(lex.source(), span.start).map_err(RawError::Scan)?;
    lex.bump(end.saturating_sub(span.end));
    Ok(kind)
}

fn string(lex: &mut Lexer<Raw>) -> Result<(), RawError> {
    let span = lex.span();
    let end = scan_string(lex.source(), span.start, span.end - 1).map_err(RawError::Scan)?;
    lex.bump(end - span.end);
    Ok(())
}
