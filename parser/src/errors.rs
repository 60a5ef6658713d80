//! Parse failures in CPython's words. lalrpop reports the token it could not shift and the
//! terminals it would have accepted; this module turns that into "invalid syntax",
//! "expected ':'", "unexpected indent", "expected an indented block after 'if' statement on
//! line 3" and the like, pointing where CPython points.

use krait_ast::{SyntaxError, SyntaxErrorKind, TextRange, TextSize};
use krait_lexer::{Token, TokenKind};
use lalrpop_util::ParseError;

use crate::tokens::Tok;

/// Converts a lalrpop error for `tokens` (lexed from `source`).
pub(crate) fn convert(
    error: ParseError<u32, Tok, SyntaxError>,
    source: &str,
    tokens: &[Token],
) -> SyntaxError {
    match error {
        ParseError::User { error } => error,
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => {
            let kind = match tok {
                Tok::K(kind) => kind,
                Tok::WithLPar => TokenKind::LPar,
            };
            unexpected(source, tokens, l, kind, r, &expected)
        }
        ParseError::UnrecognizedEof { location, .. } | ParseError::InvalidToken { location } => {
            SyntaxError::new("invalid syntax", at(location, location))
        }
        ParseError::ExtraToken { token: (l, _, r) } => SyntaxError::new("invalid syntax", at(l, r)),
    }
}

fn at(l: u32, r: u32) -> TextRange {
    TextRange::new(TextSize::from(l), TextSize::from(r.max(l)))
}

fn expects(expected: &[String], terminal: &str) -> bool {
    expected.iter().any(|e| e.trim_matches('"') == terminal)
}

/// The error for an unexpected token `kind` at `l..r`.
fn unexpected(
    source: &str,
    tokens: &[Token],
    l: u32,
    kind: TokenKind,
    r: u32,
    expected: &[String],
) -> SyntaxError {
    let index = tokens.iter().position(|t| {
        u32::from(t.range.start()) == l && t.kind == kind && u32::from(t.range.end()) == r
    });
    if kind == TokenKind::Indent {
        // CPython's caret sits on the last character of the indentation.
        return SyntaxError::new("unexpected indent", at(r.saturating_sub(1), r))
            .with_kind(SyntaxErrorKind::IndentationError);
    }
    if expected.len() == 1 && expects(expected, "Indent") {
        let message = match index.and_then(|i| block_header(source, tokens, i)) {
            Some((what, line)) => format!("expected an indented block after {what} on line {line}"),
            None => "expected an indented block".to_owned(),
        };
        return SyntaxError::new(message, at(l, r)).with_kind(SyntaxErrorKind::IndentationError);
    }
    if expects(expected, "except") && expects(expected, "finally") && !expects(expected, "else") {
        return SyntaxError::new("expected 'except' or 'finally' block", at(l, r));
    }
    if expects(expected, ":") {
        let only_colon = expected
            .iter()
            .all(|e| matches!(e.trim_matches('"'), ":" | "->"));
        let header = index.is_some_and(|i| line_starts_compound(tokens, i));
        if only_colon || (header && kind == TokenKind::Newline) {
            return SyntaxError::new("expected ':'", at(l, r));
        }
    }
    if let Some(i) = index {
        if let Some(range) = missing_comma(tokens, i) {
            return SyntaxError::new("invalid syntax. Perhaps you forgot a comma?", range);
        }
    }
    SyntaxError::new("invalid syntax", at(l, r))
}

/// The index of the first token of the logical line holding token `i`.
fn line_start(tokens: &[Token], i: usize) -> usize {
    let mut j = i;
    while j > 0
        && !matches!(
            tokens[j - 1].kind,
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
        )
    {
        j -= 1;
    }
    j
}

fn is_compound_keyword(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        If | Elif | Else | While | For | With | Try | Except | Finally | Def | Class | Async
    )
}

fn line_starts_compound(tokens: &[Token], i: usize) -> bool {
    is_compound_keyword(tokens[line_start(tokens, i)].kind)
}

/// For an error right after `header:` NEWLINE, CPython names the header: "'if' statement",
/// "function definition", … and its line.
fn block_header(source: &str, tokens: &[Token], i: usize) -> Option<(String, usize)> {
    // Step back over the NEWLINE that ended the header line.
    let newline = (0..i)
        .rev()
        .find(|&j| tokens[j].kind == TokenKind::Newline)?;
    let first = line_start(tokens, newline);
    let mut kind = tokens[first].kind;
    if kind == TokenKind::Async {
        kind = tokens.get(first + 1)?.kind;
    }
    let what = match kind {
        TokenKind::Def => "function definition".to_owned(),
        TokenKind::Class => "class definition".to_owned(),
        TokenKind::Except if tokens.get(first + 1).map(|t| t.kind) == Some(TokenKind::Star) => {
            "'except*' statement".to_owned()
        }
        k if is_compound_keyword(k) => format!("'{}' statement", k.text().unwrap_or("")),
        _ => return None,
    };
    let offset = usize::from(tokens[first].range.start());
    let line = 1 + source[..offset].bytes().filter(|&b| b == b'\n').count();
    Some((what, line))
}

fn starts_expression(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Name | Int
            | Float
            | Imaginary
            | String
            | LPar
            | LSqb
            | LBrace
            | True
            | False
            | None
            | Ellipsis
            | Tilde
            | Lambda
    )
}

fn ends_expression(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Name | Int
            | Float
            | Imaginary
            | String
            | RPar
            | RSqb
            | RBrace
            | True
            | False
            | None
            | Ellipsis
    )
}

/// CPython's "Perhaps you forgot a comma?": two expressions side by side inside brackets.
/// The range runs from the start of the first to the end of the second.
fn missing_comma(tokens: &[Token], i: usize) -> Option<TextRange> {
    if i == 0 || !starts_expression(tokens[i].kind) || !ends_expression(tokens[i - 1].kind) {
        return None;
    }
    // Find the enclosing bracket and the start of the current item.
    let mut depth = 0i32;
    let mut start = None;
    for j in (0..i).rev() {
        let k = tokens[j].kind;
        if k.is_close_bracket() {
            depth += 1;
        } else if k.is_open_bracket() {
            if depth == 0 {
                start = Some(j + 1);
                break;
            }
            depth -= 1;
        } else if depth == 0
            && matches!(k, TokenKind::Comma | TokenKind::Colon | TokenKind::Newline)
        {
            if k == TokenKind::Newline {
                return None;
            }
            start = Some(j + 1);
            break;
        }
    }
    let start = start?;
    if tokens[start..i].iter().any(|t| {
        t.kind.is_keyword()
            && t.kind != TokenKind::None
            && t.kind != TokenKind::True
            && t.kind != TokenKind::False
    }) {
        return None;
    }
    // The second expression runs to the next comma or closing bracket at this level.
    let mut depth = 0i32;
    let mut end = i;
    for (j, t) in tokens.iter().enumerate().skip(i) {
        if t.kind.is_open_bracket() {
            depth += 1;
        } else if t.kind.is_close_bracket() {
            if depth == 0 {
                break;
            }
            depth -= 1;
        } else if depth == 0
            && matches!(
                t.kind,
                TokenKind::Comma | TokenKind::Colon | TokenKind::Newline
            )
        {
            break;
        }
        end = j;
    }
    Some(TextRange::new(
        tokens[start].range.start(),
        tokens[end].range.end(),
    ))
}
