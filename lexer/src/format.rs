//! The token listing behind `krait tokens FILE`, laid out like `python3 -m tokenize`:
//! `start-end:` padded to 20 columns, the type name padded to 15, then the token's text as a
//! Python repr. Positions are 1-based lines and 0-based columns counted in characters, as
//! the `tokenize` module counts them. [`tokenize_listing`] gives the whole listing of a file,
//! `ENCODING`, `COMMENT` and `NL` lines included.

use krait_ast::repr::str_repr;
use krait_ast::LineIndex;
use text_size::TextSize;

use crate::{decode_source, detect_encoding, tokenize_with_trivia, SyntaxError, Token, TokenKind};

/// The listing `python3 -m tokenize FILE` prints (`python3 -m tokenize -e FILE` when
/// `exact`) for a file's bytes: the `ENCODING` line, then every token, comments and
/// non-logical line breaks included.
pub fn tokenize_listing(bytes: &[u8], exact: bool) -> Result<String, SyntaxError> {
    let encoding = detect_encoding(bytes)?;
    let source = decode_source(bytes)?;
    let tokens = tokenize_with_trivia(&source)?;
    let mut out = format!(
        "{:<20}{:<15}{:<15}\n",
        "0,0-0,0:",
        "ENCODING",
        str_repr(&encoding.name)
    );
    let name = if exact {
        TokenKind::exact_type_name
    } else {
        TokenKind::type_name
    };
    out.push_str(&format_with(&source, &tokens, name));
    Ok(out)
}

/// Lists `tokens` (lexed from `source`) as `python3 -m tokenize` does, with `OP` for every
/// operator.
pub fn format_tokens(source: &str, tokens: &[Token]) -> String {
    format_with(source, tokens, TokenKind::type_name)
}

/// Lists `tokens` as `python3 -m tokenize -e` does, with exact operator names (`LPAR`, …).
pub fn format_tokens_exact(source: &str, tokens: &[Token]) -> String {
    format_with(source, tokens, TokenKind::exact_type_name)
}

fn format_with(source: &str, tokens: &[Token], name: fn(TokenKind) -> &'static str) -> String {
    let lines = LineIndex::new(source);
    let ends_with_newline = source.ends_with('\n') || source.ends_with('\r');
    let last_line = &source[source.rfind(['\n', '\r']).map_or(0, |i| i + 1)..];
    let last_line_blank = last_line
        .bytes()
        .all(|b| matches!(b, b' ' | b'\t' | b'\x0c'));
    let position = |offset: TextSize| {
        let lc = lines.line_col(offset);
        let line_start = usize::from(offset) - lc.col as usize;
        let col = source[line_start..usize::from(offset)].chars().count();
        (lc.line as usize, col)
    };
    let mut out = String::new();
    for token in tokens {
        let text = &source[token.range];
        let (mut start, mut end) = (position(token.range.start()), position(token.range.end()));
        let at_eof = usize::from(token.range.start()) == source.len();
        match token.kind {
            // `tokenize` invents a one-character newline at the end of a file without one,
            // and ends every newline on its own line.
            TokenKind::Newline => end = (start.0, start.1 + text.len().max(1)),
            TokenKind::NonLogicalNewline => end = (start.0, start.1 + text.len()),
            // …and puts what follows it at the start of the next line, or at the start of
            // a last line of mere whitespace.
            TokenKind::Dedent | TokenKind::EndMarker
                if at_eof && !source.is_empty() && !ends_with_newline =>
            {
                start = if last_line_blank {
                    (start.0, 0)
                } else {
                    (start.0 + 1, 0)
                };
                end = start;
            }
            _ => {}
        }
        let span = format!("{},{}-{},{}:", start.0, start.1, end.0, end.1);
        out.push_str(&format!(
            "{:<20}{:<15}{:<15}\n",
            span,
            name(token.kind),
            str_repr(text)
        ));
    }
    out
}
