//! The token listing behind `krait tokens FILE`, laid out like `python3 -m tokenize`:
//! `start-end:` padded to 20 columns, the type name padded to 15, then the token's text as a
//! Python repr. Positions are 1-based lines and 0-based columns counted in characters, as
//! the `tokenize` module counts them. Krait emits no `ENCODING`, `COMMENT` or `NL` tokens,
//! so those lines of CPython's listing have no counterpart here.

use krait_ast::repr::str_repr;
use krait_ast::LineIndex;
use text_size::TextSize;

use crate::{Token, TokenKind};

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
            // …and puts what follows it at the start of the next line.
            TokenKind::Dedent | TokenKind::EndMarker
                if at_eof && !source.is_empty() && !ends_with_newline =>
            {
                start = (start.0 + 1, 0);
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
