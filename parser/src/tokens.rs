//! The token stream as lalrpop sees it: the lexer's tokens, a few of them renamed by looking
//! ahead where an LR(1) parser cannot decide alone.
//!
//! * `with (a as b, c as d):` and `with (a, b) as c:` start alike, and which one it is shows
//!   only after the closing parenthesis. The `(` right after `with` becomes
//!   [`Tok::WithLPar`] when its group is directly followed by `:` (or by the end of the
//!   line, an error) or holds an `as` of its own, which is when CPython reads the group as a
//!   list of with-items.
//! * `match` and `case` are soft keywords. A `match` that starts a statement whose line ends
//!   with `:` and whose indented block starts with `case` becomes [`Tok::Match`], and the
//!   `case` names starting the statements of that block become [`Tok::Case`]; everywhere
//!   else both stay names.

use krait_lexer::{Token, TokenKind};

use crate::build::ActionError;

/// A parser token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tok {
    /// A token from the lexer.
    K(TokenKind),
    /// The `(` of `with (items):`.
    WithLPar,
    /// The soft keyword `match` starting a match statement.
    Match,
    /// The soft keyword `case` starting a case block.
    Case,
}

fn is_name(source: &str, token: &Token, name: &str) -> bool {
    // Lengths first: this runs on every name of the file, and almost none is five bytes of
    // `match` or four of `case`.
    token.kind == TokenKind::Name
        && usize::from(token.range.len()) == name.len()
        && source
            .as_bytes()
            .get(token.range.start().into()..token.range.end().into())
            == Some(name.as_bytes())
}

fn starts_statement(tokens: &[Token], i: usize) -> bool {
    i == 0
        || matches!(
            tokens[i - 1].kind,
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
        )
}

/// The index of the bracket closing the one opened at `open`.
fn closing_bracket(tokens: &[Token], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (j, t) in tokens.iter().enumerate().skip(open) {
        if t.kind.is_open_bracket() {
            depth += 1;
        } else if t.kind.is_close_bracket() {
            depth = depth.checked_sub(1)?;
            if depth == 0 {
                return Some(j);
            }
        }
    }
    None
}

/// Whether the group between the brackets at `open` and `close` holds an `as` of its own
/// (not inside a nested bracket): then it can only be a list of with-items.
fn has_top_level_as(tokens: &[Token], open: usize, close: usize) -> bool {
    let mut depth = 0usize;
    for t in &tokens[open + 1..close] {
        if t.kind.is_open_bracket() {
            depth += 1;
        } else if t.kind.is_close_bracket() {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && t.kind == TokenKind::As {
            return true;
        }
    }
    false
}

/// Marks the `case` names of the match block whose `Indent` is at `indent`.
fn mark_cases(source: &str, tokens: &[Token], indent: usize, renamed: &mut Vec<(usize, Tok)>) {
    let mut depth = 0usize;
    let mut at_start = true;
    for (k, t) in tokens.iter().enumerate().skip(indent + 1) {
        if at_start && depth == 0 && is_name(source, t, "case") {
            renamed.push((k, Tok::Case));
        }
        match t.kind {
            TokenKind::Newline => at_start = true,
            TokenKind::Indent => {
                depth += 1;
                at_start = true;
            }
            TokenKind::Dedent => {
                if depth == 0 {
                    return;
                }
                depth -= 1;
                at_start = true;
            }
            _ => at_start = false,
        }
    }
}

/// The renamed tokens, by index, in order.
fn renames(source: &str, tokens: &[Token]) -> Vec<(usize, Tok)> {
    let mut renamed = Vec::new();
    for i in 0..tokens.len() {
        let t = tokens[i];
        if t.kind == TokenKind::With && tokens.get(i + 1).map(|t| t.kind) == Some(TokenKind::LPar) {
            if let Some(close) = closing_bracket(tokens, i + 1) {
                // Followed by a line end, the header lacks its `:`; CPython reads the group
                // as items then, to say "expected ':'".
                if matches!(
                    tokens.get(close + 1).map(|t| t.kind),
                    Some(TokenKind::Colon | TokenKind::Newline)
                ) || has_top_level_as(tokens, i + 1, close)
                {
                    renamed.push((i + 1, Tok::WithLPar));
                }
            }
        } else if is_name(source, &t, "match") && starts_statement(tokens, i) {
            let Some(newline) = tokens[i..]
                .iter()
                .position(|t| t.kind == TokenKind::Newline)
            else {
                continue;
            };
            let newline = i + newline;
            // A header `match …:` followed by a `case` block, or by no block at all (an
            // error the parser then words as "expected an indented block").
            let header = tokens[newline - 1].kind == TokenKind::Colon && newline > i + 2;
            let block_ok = match tokens.get(newline + 1).map(|t| t.kind) {
                Some(TokenKind::Indent) => tokens
                    .get(newline + 2)
                    .is_some_and(|t| is_name(source, t, "case")),
                _ => true,
            };
            if header && block_ok {
                renamed.push((i, Tok::Match));
                mark_cases(source, tokens, newline + 1, &mut renamed);
            }
        }
    }
    renamed.sort_by_key(|&(i, _)| i);
    renamed
}

/// The lexer's tokens (lexed from `source`) in the shape lalrpop consumes.
pub(crate) fn stream<'a>(
    source: &str,
    tokens: &'a [Token],
) -> impl Iterator<Item = Result<(u32, Tok, u32), ActionError>> + 'a {
    let renamed = renames(source, tokens);
    let mut next = 0;
    tokens.iter().enumerate().map(move |(i, t)| {
        let mut tok = Tok::K(t.kind);
        if let Some(&(at, new)) = renamed.get(next) {
            if at == i {
                next += 1;
                tok = new;
            }
        }
        Ok((t.range.start().into(), tok, t.range.end().into()))
    })
}
