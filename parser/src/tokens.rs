//! The token stream as lalrpop sees it: the lexer's tokens, plus one parser-only token.
//!
//! `with (a as b, c as d):` and `with (a, b) as c:` start alike, and which one it is shows
//! only after the closing parenthesis — too late for an LR(1) parser. The stream therefore
//! looks ahead once: the `(` right after `with` becomes [`Tok::WithLPar`] when its group is
//! directly followed by `:`, which is when CPython reads the group as a list of with-items.

use crate::build::ActionError;
use krait_lexer::{Token, TokenKind};

/// A parser token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tok {
    /// A token from the lexer.
    K(TokenKind),
    /// The `(` of `with (items):`.
    WithLPar,
}

/// The `(item, …)` groups of `with` statements, by token index.
fn with_item_groups(tokens: &[Token]) -> Vec<usize> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        if tokens[i].kind != TokenKind::With || tokens[i + 1].kind != TokenKind::LPar {
            continue;
        }
        let mut depth = 0usize;
        for (j, t) in tokens.iter().enumerate().skip(i + 1) {
            if t.kind.is_open_bracket() {
                depth += 1;
            } else if t.kind.is_close_bracket() {
                depth -= 1;
                if depth == 0 {
                    if tokens.get(j + 1).map(|t| t.kind) == Some(TokenKind::Colon) {
                        found.push(i + 1);
                    }
                    break;
                }
            }
        }
    }
    found
}

/// The lexer's tokens in the shape lalrpop consumes.
pub(crate) fn stream(
    tokens: &[Token],
) -> impl Iterator<Item = Result<(u32, Tok, u32), ActionError>> + '_ {
    let groups = with_item_groups(tokens);
    let mut next_group = 0;
    tokens.iter().enumerate().map(move |(i, t)| {
        let mut tok = Tok::K(t.kind);
        if groups.get(next_group) == Some(&i) {
            next_group += 1;
            tok = Tok::WithLPar;
        }
        Ok((t.range.start().into(), tok, t.range.end().into()))
    })
}
