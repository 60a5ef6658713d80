//! Krait's parser: Python 3.11 source to [`krait_ast::Module`].
//!
//! Owns: the lalrpop grammar (`src/grammar.lalrpop`, an LR(1) grammar over the lexer's
//! tokens), the node builders it calls (`build`), string and f-string literal decoding, and
//! the translation of parse failures into CPython's messages (`errors`).
//!
//! Takes: source text (lexed with `krait-lexer`). Gives: a [`Module`] whose node ranges
//! match CPython's `lineno` / `col_offset` / `end_*` attributes, or a [`SyntaxError`].
//!
//! The API knows nothing of lalrpop; another parser could replace the grammar behind it.
//!
//! # Using the parser alone
//!
//! Parse a string, then walk the tree with a [`krait_ast::visitor::Visitor`] (here, one
//! that collects every called name with its line) and print what `ast.dump` prints:
//!
//! ```
//! use krait_ast::visitor::{walk_expr, walk_module, Visitor};
//! use krait_ast::{Expr, ExprKind, LineIndex};
//!
//! let source = "def greet(name):\n    print(name.upper())\n\ngreet(input())\n";
//! let module = krait_parser::parse_module(source).expect("valid Python");
//!
//! struct Calls<'s> {
//!     lines: LineIndex,
//!     found: Vec<(String, u32)>,
//!     source: &'s str,
//! }
//!
//! impl<'a> Visitor<'a> for Calls<'_> {
//!     fn visit_expr(&mut self, expr: &'a Expr) {
//!         if let ExprKind::Call { func, .. } = &expr.kind {
//!             let line = self.lines.line_col(expr.range.start()).line;
//!             self.found.push((self.source[func.range].to_owned(), line));
//!         }
//!         walk_expr(self, expr); // keep descending into the arguments
//!     }
//! }
//!
//! let mut calls = Calls { lines: LineIndex::new(source), found: Vec::new(), source };
//! walk_module(&mut calls, &module);
//! assert_eq!(
//!     calls.found,
//!     [("print".into(), 2), ("name.upper".into(), 2), ("greet".into(), 4), ("input".into(), 4)]
//! );
//!
//! // The tree as `ast.dump(ast.parse("x = 1"))` prints it.
//! let tree = krait_parser::parse_module("x = 1\n").unwrap();
//! let text = krait_ast::dump(&tree, &LineIndex::new("x = 1\n"), &Default::default());
//! assert_eq!(
//!     text,
//!     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], \
//!      type_ignores=[])"
//! );
//!
//! // A syntax error is a value, worded as CPython words it.
//! let error = krait_parser::parse_module("x = = 1\n").unwrap_err();
//! assert_eq!(error.message, "invalid syntax");
//! ```

#![deny(unsafe_code)]

mod build;
mod errors;
mod tokens;

#[allow(clippy::all, unreachable_pub, missing_docs, unused_imports, dead_code)]
mod grammar {
    include!(concat!(env!("OUT_DIR"), "/grammar.rs"));
}

pub use krait_ast::{Module, SyntaxError};

use krait_ast::{SyntaxErrorKind, TextRange, TextSize};
use krait_lexer::{PendingError, Token, TokenKind};

use build::{Ex, PResult};

/// What the grammar actions can see: the source, to read names and literals, and where
/// they note the warnings they find.
pub(crate) struct Ctx<'s> {
    pub(crate) source: &'s str,
    pub(crate) warnings: std::cell::RefCell<Vec<ParseWarning>>,
}

/// A warning found while parsing, which CPython issues when it compiles the source: a
/// `DeprecationWarning` for an invalid escape sequence in a literal, a `SyntaxWarning` for a
/// number directly followed by a keyword (`1if x else y`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseWarning {
    /// The warning's text (`invalid escape sequence '\z'`).
    pub message: String,
    /// The literal token it is about.
    pub range: TextRange,
    /// `SyntaxWarning` rather than `DeprecationWarning`.
    pub syntax: bool,
}

impl<'s> Ctx<'s> {
    fn new(source: &'s str) -> Ctx<'s> {
        Ctx {
            source,
            warnings: std::cell::RefCell::new(Vec::new()),
        }
    }

    /// Notes a warning about the literal at `range`.
    pub(crate) fn warn(&self, message: String, range: TextRange) {
        self.warnings.borrow_mut().push(ParseWarning {
            message,
            range,
            syntax: false,
        });
    }

    /// The source text between two grammar locations.
    pub(crate) fn text(&self, l: u32, r: u32) -> &'s str {
        &self.source[l as usize..r as usize]
    }
}

/// Parses a whole file.
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    parse_module_with_warnings(source).0
}

/// Parses a whole file; also gives the warnings found on the way, in source order (those
/// met before an error too, as CPython issues them while it parses).
pub fn parse_module_with_warnings(
    source: &str,
) -> (Result<Module, SyntaxError>, Vec<ParseWarning>) {
    let (tokens, pending) = match krait_lexer::tokenize_partial(source) {
        Ok(lexed) => lexed,
        Err(e) => return (Err(e), Vec::new()),
    };
    let ctx = Ctx::new(source);
    let module = parse(&ctx, &tokens, pending);
    if let Err(error) = &module {
        literals_before_error(&ctx, &tokens, error.range.start());
    }
    let mut warnings = ctx.warnings.into_inner();
    let numbers = number_warnings(source, &tokens);
    if !numbers.is_empty() {
        // CPython's tokenizer and parser run together: the warnings come in source order.
        warnings.extend(numbers);
        warnings.sort_by_key(|w| w.range.start());
    }
    (module, warnings)
}

/// CPython's parser decodes each string literal as it reads it, so the literals before a
/// syntax error were warned about (`'\e' $`); this parser may fail before it builds the
/// last of them. Decodes, for their warnings only, the plain literals before `error_at`
/// that were not built.
fn literals_before_error(ctx: &Ctx, tokens: &[Token], error_at: TextSize) {
    let seen: Vec<TextRange> = ctx.warnings.borrow().iter().map(|w| w.range).collect();
    for t in tokens {
        if t.range.start() >= error_at {
            break;
        }
        if t.kind != TokenKind::String || seen.iter().any(|r| r.contains_range(t.range)) {
            continue;
        }
        let token =
            build::strings::StrToken::new(ctx.source, t.range.start().into(), t.range.end().into());
        if token.format {
            continue;
        }
        let _ = build::strings::strings(
            ctx,
            (t.range.start().into(), t.range.end().into()),
            Vec::new(),
        );
    }
}

/// `1if x else y`, `0xfor x`: a number the tokenizer ended right before a keyword, which
/// CPython accepts with a warning (`invalid decimal literal`).
fn number_warnings(source: &str, tokens: &[Token]) -> Vec<ParseWarning> {
    let mut warnings = Vec::new();
    for t in tokens {
        if !matches!(
            t.kind,
            TokenKind::Int | TokenKind::Float | TokenKind::Imaginary
        ) {
            continue;
        }
        let end = usize::from(t.range.end());
        if !source
            .as_bytes()
            .get(end)
            .is_some_and(u8::is_ascii_alphabetic)
        {
            continue;
        }
        let text = &source[usize::from(t.range.start())..end];
        let prefix = text.get(..2).map(str::to_ascii_lowercase);
        let kind = match prefix.as_deref() {
            Some("0x") => "hexadecimal",
            Some("0o") => "octal",
            Some("0b") => "binary",
            _ if t.kind == TokenKind::Imaginary => "imaginary",
            _ => "decimal",
        };
        // CPython points at the literal's last character.
        let last = t.range.end() - TextSize::from(1);
        warnings.push(ParseWarning {
            message: format!("invalid {kind} literal"),
            range: TextRange::new(last, t.range.end()),
            syntax: true,
        });
    }
    warnings
}

/// Parses a file that was already tokenized (`tokens` must come from
/// `krait_lexer::tokenize(source)`).
pub fn parse_tokens(source: &str, tokens: &[Token]) -> Result<Module, SyntaxError> {
    parse(&Ctx::new(source), tokens, None)
}

fn parse(
    ctx: &Ctx,
    tokens: &[Token],
    pending: Option<PendingError>,
) -> Result<Module, SyntaxError> {
    let source = ctx.source;
    let parser = grammar::ModuleParser::new();
    match parser.parse(ctx, tokens::stream(source, tokens)) {
        Ok(body) => Ok(Module {
            body,
            type_ignores: Vec::new(),
            range: TextRange::new(TextSize::from(0), TextSize::from(source.len() as u32)),
        }),
        Err(e) => {
            let (error, reach) = errors::convert_with_reach(e, source, tokens);
            match pending {
                // CPython names the unclosed bracket when its parser read past the
                // bracket's line before failing, and the parser's own error otherwise.
                Some(PendingError::Unclosed(unclosed))
                    if line_of(source, reach) > line_of(source, unclosed.range.start().into()) =>
                {
                    Err(unclosed)
                }
                // An indentation error stands where the tokens end: it is reported when
                // the parser got there.
                Some(PendingError::AtEnd(pending))
                    if tokens
                        .last()
                        .is_some_and(|t| reach >= u32::from(t.range.start())) =>
                {
                    Err(pending)
                }
                Some(PendingError::Raised(raised))
                    if !(error.kind == SyntaxErrorKind::IndentationError
                        && matches!(
                            error.message.as_str(),
                            "unexpected indent" | "unexpected unindent"
                        )) =>
                {
                    Err(raised)
                }
                _ => Err(error),
            }
        }
    }
}

/// The 0-based line holding `offset` (any offset past the end is on a line of its own).
fn line_of(source: &str, offset: u32) -> usize {
    let Some(before) = source.get(..offset as usize) else {
        return usize::MAX;
    };
    before.bytes().filter(|&b| b == b'\n').count()
}

/// Parses the expression of an f-string replacement field, `source[start..end]`, whose `{`
/// is at `open`. As CPython does, the text is read as if it were parenthesised, with the
/// parentheses standing on the `{` and on the character that ends the expression.
pub(crate) fn parse_fstring_field(ctx: &Ctx, open: usize, start: usize, end: usize) -> PResult<Ex> {
    let range = TextRange::new(TextSize::from(start as u32), TextSize::from(end as u32));
    // Tokenizer errors keep their plain wording, as in CPython.
    let inner = krait_lexer::tokenize_expression(ctx.source, range).map_err(build::settled)?;
    let mut tokens = Vec::with_capacity(inner.len() + 2);
    let at = |offset: usize| {
        TextRange::new(
            TextSize::from(offset as u32),
            TextSize::from(offset as u32 + 1),
        )
    };
    tokens.push(Token {
        kind: TokenKind::LPar,
        range: at(open),
    });
    tokens.extend(inner);
    tokens.push(Token {
        kind: TokenKind::RPar,
        range: at(end),
    });
    let parser = grammar::ParenAtomParser::new();
    parser
        .parse(ctx, tokens::stream(ctx.source, &tokens))
        .map_err(|e| {
            // Errors of nested fields were prefixed where they arose; prefix the rest once.
            if let lalrpop_util::ParseError::User { error } = &e {
                if error.settled {
                    return e;
                }
            }
            let error = errors::convert(e, ctx.source, &tokens);
            build::settled(SyntaxError {
                message: format!("f-string: {}", error.message),
                ..error
            })
        })
}

/// Parses `tokens` (a slice of a file's tokens) as one parenthesised expression; used to
/// name the expression in some error messages.
pub(crate) fn parse_token_slice(source: &str, slice: &[Token]) -> Option<krait_ast::Expr> {
    parse_token_slice_checked(source, slice).ok()
}

/// As [`parse_token_slice`], with the error when the slice is no expression.
pub(crate) fn parse_token_slice_checked(
    source: &str,
    slice: &[Token],
) -> Result<krait_ast::Expr, SyntaxError> {
    let (Some(first), Some(last)) = (slice.first(), slice.last()) else {
        return Err(SyntaxError::new("invalid syntax", TextRange::default()));
    };
    let mut tokens = Vec::with_capacity(slice.len() + 2);
    tokens.push(Token {
        kind: TokenKind::LPar,
        range: TextRange::empty(first.range.start()),
    });
    tokens.extend_from_slice(slice);
    tokens.push(Token {
        kind: TokenKind::RPar,
        range: TextRange::empty(last.range.end()),
    });
    let ctx = Ctx::new(source);
    grammar::ParenAtomParser::new()
        .parse(&ctx, tokens::stream(source, &tokens))
        .map(|e| *e.expr)
        .map_err(|e| errors::convert(e, source, &tokens))
}

#[cfg(test)]
mod tests;
