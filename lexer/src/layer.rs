//! The hand-written layer over the logos tokens: it owns the indentation stack and the
//! bracket stack, turns line ends into `Newline` tokens (or nothing, inside brackets and on
//! blank lines), measures indentation into `Indent` / `Dedent`, maps names to keywords,
//! checks non-ASCII identifiers, and reports CPython's tokenizer errors.

use krait_ast::repr::is_printable;
use krait_ast::{SyntaxError, SyntaxErrorKind};
use logos::Logos;
use text_size::{TextRange, TextSize};

use crate::number::NumberKind;
use crate::raw::{Raw, RawError};
use crate::{keyword, Token, TokenKind};

/// CPython's limit on nested brackets (`MAXLEVEL`).
const MAX_BRACKETS: usize = 200;
/// CPython's limit on the indentation stack (`MAXINDENT`), the base level included.
const MAX_INDENTS: usize = 100;
/// Tabs advance the column to the next multiple of 8 ...
const TAB_SIZE: u32 = 8;
// ... and, for the consistency check, also by 1 (CPython's `ALTTABSIZE`): indentation is
// only accepted when both measures agree on its order.

/// Whether the lexed text is a whole file or the inside of brackets (an f-string field).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    File,
    Expression,
}

/// Why lexing stopped early.
pub(crate) enum Stop {
    /// An error CPython's tokenizer raises as soon as it meets it.
    Now(SyntaxError),
    /// An indentation or line-continuation error, found at byte `at`: CPython's tokenizer
    /// only flags these, and its parser reports them when it reads that far.
    Deferred(SyntaxError, usize),
}

impl From<SyntaxError> for Stop {
    fn from(error: SyntaxError) -> Self {
        Stop::Now(error)
    }
}

/// A tokenizer error the parser may have to report instead of its own.
pub(crate) enum Pending {
    /// The file ended inside brackets.
    Unclosed(SyntaxError),
    /// An error met at the position of the final `ErrorToken`, which CPython's tokenizer
    /// only flags.
    AtEnd(SyntaxError),
    /// An error CPython's tokenizer raises, at the position of the final `ErrorToken`.
    Raised(SyntaxError),
}

/// The indentation measured so far at the start of a line.
#[derive(Clone, Copy, Default)]
struct Indentation {
    col: u32,
    alt_col: u32,
    /// The column of the first backslash continuation that had a non-zero column; such a
    /// backslash fixes the line's indentation, as in CPython.
    continuation_col: u32,
    /// Where that backslash is: the indentation it fixes is the text before it.
    continuation_at: usize,
}

impl Indentation {
    fn add_whitespace(&mut self, text: &str) {
        for b in text.bytes() {
            match b {
                b' ' => {
                    self.col += 1;
                    self.alt_col += 1;
                }
                b'\t' => {
                    self.col = (self.col / TAB_SIZE + 1) * TAB_SIZE;
                    self.alt_col += 1;
                }
                // Form feed resets the column (CPython does this for Emacs users).
                _ => {
                    self.col = 0;
                    self.alt_col = 0;
                }
            }
        }
    }

    fn add_continuation(&mut self, at: usize) {
        if self.continuation_col == 0 {
            self.continuation_col = self.col;
            self.continuation_at = at;
        }
    }

    fn effective(&self) -> (u32, u32) {
        if self.continuation_col != 0 {
            (self.continuation_col, self.continuation_col)
        } else {
            (self.col, self.alt_col)
        }
    }
}

pub(crate) struct Layer<'s> {
    source: &'s str,
    /// Offset of the lexed slice within `source`.
    base: usize,
    /// End of the lexed slice within `source`.
    end: usize,
    mode: Mode,
    tokens: Vec<Token>,
    /// (column, alternative column) of every open indentation level; starts with (0, 0).
    indents: Vec<(u32, u32)>,
    /// Open brackets and their offsets.
    brackets: Vec<(TokenKind, usize)>,
    at_line_start: bool,
    indentation: Indentation,
    /// Whether comments and non-logical line breaks become tokens.
    trivia: bool,
    /// Whether the source holds a null byte (an error before any token).
    null_byte: bool,
}

fn range(start: usize, end: usize) -> TextRange {
    TextRange::new(TextSize::from(start as u32), TextSize::from(end as u32))
}

impl<'s> Layer<'s> {
    pub(crate) fn new(source: &'s str, start: usize, end: usize, mode: Mode) -> Self {
        Layer {
            source,
            base: start,
            end,
            mode,
            tokens: Vec::with_capacity((end - start) / 4 + 4),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            at_line_start: mode == Mode::File,
            indentation: Indentation::default(),
            trivia: false,
            null_byte: false,
        }
    }

    /// Emit `Comment` and `NonLogicalNewline` tokens too.
    pub(crate) fn keep_trivia(&mut self) {
        self.trivia = true;
    }

    /// Lexes the text. A file that ends inside brackets, or meets an indentation or
    /// line-continuation error, still yields its tokens, ended by an empty `ErrorToken`, with
    /// the error beside them: the parser decides which error CPython would report.
    pub(crate) fn run(mut self) -> Result<(Vec<Token>, Option<Pending>), SyntaxError> {
        match self.lex() {
            Ok(()) => self.finish(),
            Err(Stop::Now(error)) if self.mode == Mode::Expression || self.null_byte => Err(error),
            Err(Stop::Now(error)) => {
                let at = usize::from(error.range.start());
                self.push(TokenKind::ErrorToken, at, at);
                Ok((self.tokens, Some(Pending::Raised(error))))
            }
            Err(Stop::Deferred(error, _)) if self.mode == Mode::Expression => Err(error),
            Err(Stop::Deferred(error, at)) => {
                self.push(TokenKind::ErrorToken, at, at);
                Ok((self.tokens, Some(Pending::AtEnd(error))))
            }
        }
    }

    fn lex(&mut self) -> Result<(), Stop> {
        let text = &self.source.as_bytes()[self.base..self.end];
        // `memchr` searches with vector instructions; almost no text has a NUL.
        if let Some(pos) = memchr::memchr(0, text) {
            let at = self.base + pos;
            self.null_byte = true;
            return Err(Stop::Now(SyntaxError::new(
                "source code string cannot contain null bytes",
                range(at, at + 1),
            )));
        }
        let text = &self.source[self.base..self.end];
        let mut raw = Raw::lexer(text);
        // The end of the previous raw token: what lies between it and the next one is
        // skipped whitespace.
        let mut previous_end = self.base;
        while let Some(next) = raw.next() {
            let span = raw.span();
            let (start, end) = (span.start + self.base, span.end + self.base);
            let gap = previous_end..start;
            previous_end = end;
            let token = match next {
                Ok(token) => token,
                Err(error) => return Err(Stop::Now(self.raw_error(error, start))),
            };
            if self.at_line_start {
                if !gap.is_empty() {
                    self.indentation.add_whitespace(&self.source[gap]);
                }
                match token {
                    Raw::Continuation => {
                        self.check_not_eof(start, end)?;
                        self.indentation.add_continuation(start);
                        continue;
                    }
                    // A blank or comment-only line: no tokens, no effect on indentation.
                    Raw::Comment => {
                        if self.trivia {
                            self.push(TokenKind::Comment, start, end);
                        }
                        continue;
                    }
                    Raw::Newline => {
                        if self.trivia {
                            self.push(TokenKind::NonLogicalNewline, start, end);
                        }
                        self.indentation = Indentation::default();
                        continue;
                    }
                    _ => {
                        self.indent(start)?;
                        self.at_line_start = false;
                    }
                }
            }
            self.token(token, start, end)?;
        }
        Ok(())
    }

    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        self.tokens.push(Token {
            kind,
            range: range(start, end),
        });
    }

    fn token(&mut self, token: Raw, start: usize, end: usize) -> Result<(), Stop> {
        let kind = match token {
            Raw::Comment => {
                if self.trivia {
                    self.push(TokenKind::Comment, start, end);
                }
                return Ok(());
            }
            Raw::Continuation => return self.check_not_eof(start, end),
            Raw::Backslash => {
                self.check_not_eof(start, end)?;
                let next = end + self.source[end..].chars().next().map_or(0, char::len_utf8);
                let error = SyntaxError::new(
                    "unexpected character after line continuation character",
                    range(end, next),
                );
                return Err(Stop::Deferred(error, start));
            }
            Raw::Newline => {
                if self.brackets.is_empty() && self.mode == Mode::File {
                    self.push(TokenKind::Newline, start, end);
                    self.at_line_start = true;
                    self.indentation = Indentation::default();
                } else if self.trivia {
                    self.push(TokenKind::NonLogicalNewline, start, end);
                }
                return Ok(());
            }
            Raw::Name => self.name(start, end)?,
            Raw::Number(NumberKind::Int) => TokenKind::Int,
            Raw::Number(NumberKind::Float) => TokenKind::Float,
            Raw::Number(NumberKind::Imaginary) => TokenKind::Imaginary,
            Raw::String => TokenKind::String,
            Raw::Stray | Raw::LegacyNotEqual => TokenKind::ErrorToken,
            Raw::LPar => self.open(TokenKind::LPar, start)?,
            Raw::LSqb => self.open(TokenKind::LSqb, start)?,
            Raw::LBrace => self.open(TokenKind::LBrace, start)?,
            Raw::RPar => self.close(TokenKind::RPar, start)?,
            Raw::RSqb => self.close(TokenKind::RSqb, start)?,
            Raw::RBrace => self.close(TokenKind::RBrace, start)?,
            Raw::Colon => TokenKind::Colon,
            Raw::Comma => TokenKind::Comma,
            Raw::Semi => TokenKind::Semi,
            Raw::Plus => TokenKind::Plus,
            Raw::Minus => TokenKind::Minus,
            Raw::Star => TokenKind::Star,
            Raw::Slash => TokenKind::Slash,
            Raw::VBar => TokenKind::VBar,
            Raw::Amper => TokenKind::Amper,
            Raw::Less => TokenKind::Less,
            Raw::Greater => TokenKind::Greater,
            Raw::Equal => TokenKind::Equal,
            Raw::Dot => TokenKind::Dot,
            Raw::Percent => TokenKind::Percent,
            Raw::EqEqual => TokenKind::EqEqual,
            Raw::NotEqual => TokenKind::NotEqual,
            Raw::LessEqual => TokenKind::LessEqual,
            Raw::GreaterEqual => TokenKind::GreaterEqual,
            Raw::Tilde => TokenKind::Tilde,
            Raw::Circumflex => TokenKind::Circumflex,
            Raw::LeftShift => TokenKind::LeftShift,
            Raw::RightShift => TokenKind::RightShift,
            Raw::DoubleStar => TokenKind::DoubleStar,
            Raw::PlusEqual => TokenKind::PlusEqual,
            Raw::MinEqual => TokenKind::MinEqual,
            Raw::StarEqual => TokenKind::StarEqual,
            Raw::SlashEqual => TokenKind::SlashEqual,
            Raw::PercentEqual => TokenKind::PercentEqual,
            Raw::AmperEqual => TokenKind::AmperEqual,
            Raw::VBarEqual => TokenKind::VBarEqual,
            Raw::CircumflexEqual => TokenKind::CircumflexEqual,
            Raw::LeftShiftEqual => TokenKind::LeftShiftEqual,
            Raw::RightShiftEqual => TokenKind::RightShiftEqual,
            Raw::DoubleStarEqual => TokenKind::DoubleStarEqual,
            Raw::DoubleSlash => TokenKind::DoubleSlash,
            Raw::DoubleSlashEqual => TokenKind::DoubleSlashEqual,
            Raw::At => TokenKind::At,
            Raw::AtEqual => TokenKind::AtEqual,
            Raw::RArrow => TokenKind::RArrow,
            Raw::Ellipsis => TokenKind::Ellipsis,
            Raw::ColonEqual => TokenKind::ColonEqual,
        };
        self.push(kind, start, end);
        Ok(())
    }

    /// A backslash continuation (at `start`) may not be the last thing in the file; CPython
    /// points just after the backslash.
    fn check_not_eof(&self, start: usize, end: usize) -> Result<(), Stop> {
        if end >= self.end {
            let error =
                SyntaxError::new("unexpected EOF while parsing", range(start + 1, start + 1));
            return Err(Stop::Deferred(error, self.end));
        }
        Ok(())
    }

    fn raw_error(&self, error: RawError, start: usize) -> SyntaxError {
        match error {
            RawError::Scan(e) => {
                SyntaxError::new(e.message, range(e.start + self.base, e.end + self.base))
            }
            RawError::Unknown => {
                let c = self.source[start..].chars().next().unwrap_or('\0');
                let at = range(start, start + c.len_utf8());
                invalid_character(c, at)
            }
        }
    }

    /// Keywords, plain names, and the identifier check for names with non-ASCII characters.
    fn name(&self, start: usize, end: usize) -> Result<TokenKind, SyntaxError> {
        let text = &self.source[start..end];
        if text.is_ascii() {
            return Ok(keyword(text).unwrap_or(TokenKind::Name));
        }
        for (i, c) in text.char_indices() {
            let ok = if i == 0 {
                c == '_' || unicode_ident::is_xid_start(c)
            } else {
                unicode_ident::is_xid_continue(c)
            };
            if !ok {
                let at = start + i;
                return Err(invalid_character(c, range(at, at + c.len_utf8())));
            }
        }
        Ok(TokenKind::Name)
    }

    fn open(&mut self, kind: TokenKind, start: usize) -> Result<TokenKind, SyntaxError> {
        if self.brackets.len() >= MAX_BRACKETS {
            return Err(SyntaxError::new(
                "too many nested parentheses",
                range(start, start + 1),
            ));
        }
        self.brackets.push((kind, start));
        Ok(kind)
    }

    fn close(&mut self, kind: TokenKind, start: usize) -> Result<TokenKind, SyntaxError> {
        let at = range(start, start + 1);
        let closing = kind.text().unwrap_or("");
        let Some((open, open_at)) = self.brackets.pop() else {
            return Err(SyntaxError::new(format!("unmatched '{closing}'"), at));
        };
        let matches = matches!(
            (open, kind),
            (TokenKind::LPar, TokenKind::RPar)
                | (TokenKind::LSqb, TokenKind::RSqb)
                | (TokenKind::LBrace, TokenKind::RBrace)
        );
        if !matches {
            let opening = open.text().unwrap_or("");
            let open_line = crate::scan::line_number(self.source, open_at);
            let line = crate::scan::line_number(self.source, start);
            let mut message = format!(
                "closing parenthesis '{closing}' does not match opening parenthesis '{opening}'"
            );
            if open_line != line {
                message.push_str(&format!(" on line {open_line}"));
            }
            return Err(SyntaxError::new(message, at));
        }
        Ok(kind)
    }

    /// Compares the indentation of the line whose first token starts at `token_start` with
    /// the stack, emitting `Indent` or `Dedent`s.
    fn indent(&mut self, token_start: usize) -> Result<(), Stop> {
        self.measure_indent(token_start)
            .map_err(|error| Stop::Deferred(error, token_start))
    }

    fn measure_indent(&mut self, token_start: usize) -> Result<(), SyntaxError> {
        let (col, alt_col) = self.indentation.effective();
        let (top, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
        let line_start = self.line_start(token_start);
        let tab_error = || {
            SyntaxError::new(
                "inconsistent use of tabs and spaces in indentation",
                range(line_start, token_start),
            )
            .with_kind(SyntaxErrorKind::TabError)
        };
        if col == top {
            if alt_col != top_alt {
                return Err(tab_error());
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENTS {
                return Err(SyntaxError::new(
                    "too many levels of indentation",
                    range(line_start, token_start),
                )
                .with_kind(SyntaxErrorKind::IndentationError));
            }
            if alt_col <= top_alt {
                return Err(tab_error());
            }
            self.indents.push((col, alt_col));
            // A backslash that fixed the indentation ends the `INDENT` text, as in
            // `python3 -m tokenize`.
            let (from, to) = if self.indentation.continuation_col != 0 {
                let at = self.indentation.continuation_at;
                (self.line_start(at), at)
            } else {
                (line_start, token_start)
            };
            self.push(TokenKind::Indent, from, to);
        } else {
            // The `Dedent`s come out only when the new level matches an open one.
            let mut open = self.indents.len();
            while open > 1 && col < self.indents[open - 1].0 {
                open -= 1;
            }
            let (top, top_alt) = self
                .indents
                .get(open.wrapping_sub(1))
                .copied()
                .unwrap_or((0, 0));
            if col != top {
                // CPython points at the end of the offending line.
                let line_end = self.source[token_start..]
                    .find(['\n', '\r'])
                    .map_or(self.source.len(), |i| token_start + i);
                return Err(SyntaxError::new(
                    "unindent does not match any outer indentation level",
                    range(line_end, line_end),
                )
                .with_kind(SyntaxErrorKind::IndentationError));
            }
            if alt_col != top_alt {
                return Err(tab_error());
            }
            for _ in open..self.indents.len() {
                self.push(TokenKind::Dedent, token_start, token_start);
            }
            self.indents.truncate(open);
        }
        Ok(())
    }

    /// The start of the physical line holding `pos`.
    fn line_start(&self, pos: usize) -> usize {
        self.source.as_bytes()[..pos]
            .iter()
            .rposition(|&b| b == b'\n' || b == b'\r')
            .map_or(0, |i| i + 1)
    }

    fn finish(mut self) -> Result<(Vec<Token>, Option<Pending>), SyntaxError> {
        if let Some(&(open, at)) = self.brackets.last() {
            let opening = open.text().unwrap_or("");
            let error =
                SyntaxError::new(format!("'{opening}' was never closed"), range(at, at + 1));
            if self.mode == Mode::Expression {
                return Err(error);
            }
            let end = self.end;
            self.push(TokenKind::ErrorToken, end, end);
            return Ok((self.tokens, Some(Pending::Unclosed(error))));
        }
        if self.mode == Mode::File {
            let end = self.end;
            if !self.at_line_start {
                self.push(TokenKind::Newline, end, end);
            } else if self.trivia {
                self.finish_trivia();
            }
            for _ in 1..self.indents.len() {
                self.push(TokenKind::Dedent, end, end);
            }
            self.push(TokenKind::EndMarker, end, end);
        }
        Ok((self.tokens, None))
    }
}

impl Layer<'_> {
    /// `python3 -m tokenize` ends a comment on a last line that has no line break with an
    /// empty `NL`.
    fn finish_trivia(&mut self) {
        let text = &self.source[self.base..self.end];
        let last_line = &text[text.rfind(['\n', '\r']).map_or(0, |i| i + 1)..];
        if last_line.is_empty() {
            return;
        }
        if self
            .tokens
            .last()
            .is_some_and(|t| t.kind == TokenKind::Comment)
        {
            let end = self.end;
            self.push(TokenKind::NonLogicalNewline, end, end);
        }
    }
}

/// CPython's error for a character that can start no token or continue no identifier.
fn invalid_character(c: char, at: TextRange) -> SyntaxError {
    let message = if is_printable(c) {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", c as u32)
    };
    SyntaxError::new(message, at)
}
