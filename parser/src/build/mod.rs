//! The Rust side of the grammar's actions: every node is built here, so the grammar file
//! stays a grammar. Each expression travels through the parser as an [`Ex`], the node plus
//! the depth of its subtree, so that no tree deeper than [`MAX_DEPTH`] is ever built: the
//! tree's consumers (drop, dump, the compiler) recurse over it, and a source like
//! `-----…x` must not overflow their stacks.

pub(crate) mod args;
pub(crate) mod arith;
pub(crate) mod exprs;
pub(crate) mod fstring;
pub(crate) mod literals;
pub(crate) mod logic;
pub(crate) mod params;
pub(crate) mod patterns;
pub(crate) mod stmts;
pub(crate) mod strings;
pub(crate) mod targets;

use krait_ast::{Expr, ExprKind, SyntaxError, TextRange, TextSize};
use lalrpop_util::ParseError;

use crate::tokens::Tok;

/// The deepest expression tree the parser builds. CPython's own limit shows up around
/// 3000 (`RecursionError` during compilation); Krait's is lower so that recursive passes
/// over the tree stay well inside a thread's stack.
pub(crate) const MAX_DEPTH: u32 = 1000;

/// An error raised from an action, and whether an f-string field parse may still prefix it
/// with "f-string: " (CPython prefixes an error once, in the parser that raises it).
#[derive(Debug)]
pub(crate) struct ActionError {
    pub(crate) error: SyntaxError,
    pub(crate) settled: bool,
}

/// What grammar actions return on failure.
pub(crate) type PResult<T> = Result<T, ParseError<u32, Tok, ActionError>>;

/// A Python-level error raised from an action.
pub(crate) fn user(error: SyntaxError) -> ParseError<u32, Tok, ActionError> {
    ParseError::User {
        error: ActionError {
            error,
            settled: false,
        },
    }
}

/// An error that reaches the user as it is, through any number of f-string fields.
pub(crate) fn settled(error: SyntaxError) -> ParseError<u32, Tok, ActionError> {
    ParseError::User {
        error: ActionError {
            error,
            settled: true,
        },
    }
}

/// Fails with `message` at `range`.
pub(crate) fn fail<T>(message: impl Into<String>, range: TextRange) -> PResult<T> {
    Err(user(SyntaxError::new(message, range)))
}

/// The range between two grammar locations.
pub(crate) fn range(l: u32, r: u32) -> TextRange {
    TextRange::new(TextSize::from(l), TextSize::from(r.max(l)))
}

/// An expression and the depth of its tree. The node is boxed so that an `Ex` is two words:
/// the LR parser moves every value it reduces through its stack, whose entries are as large
/// as the largest value, and most expressions end up behind a `Box` in their parent anyway.
#[derive(Debug)]
pub(crate) struct Ex {
    pub(crate) expr: Box<Expr>,
    pub(crate) depth: u32,
}

impl Ex {
    /// A node without expression children.
    pub(crate) fn leaf(kind: ExprKind, range: TextRange) -> Ex {
        Ex {
            expr: Box::new(Expr::new(kind, range)),
            depth: 1,
        }
    }

    /// A node whose deepest child has depth `child_depth`.
    pub(crate) fn node(kind: ExprKind, range: TextRange, child_depth: u32) -> PResult<Ex> {
        let depth = child_depth + 1;
        if depth > MAX_DEPTH {
            return fail("too many nested expressions", range);
        }
        Ok(Ex {
            expr: Box::new(Expr::new(kind, range)),
            depth,
        })
    }

    pub(crate) fn range(&self) -> TextRange {
        self.expr.range
    }

    pub(crate) fn boxed(self) -> Box<Expr> {
        self.expr
    }
}

/// A comma-separated run of expressions and the depth of the deepest. A run of one, the
/// common case (most runs are a lone expression, not a tuple), keeps its node in the box it
/// came in, so the node is not moved into a vector and back out again.
#[derive(Debug)]
pub(crate) enum Seq {
    One(Ex),
    Many { items: Vec<Expr>, depth: u32 },
}

impl Default for Seq {
    fn default() -> Seq {
        Seq::Many {
            items: Vec::new(),
            depth: 0,
        }
    }
}

impl Seq {
    pub(crate) fn one(e: Ex) -> Seq {
        Seq::One(e)
    }

    pub(crate) fn push(self, e: Ex) -> Seq {
        match self {
            Seq::One(first) => {
                let mut items = Vec::with_capacity(4);
                items.push(*first.expr);
                items.push(*e.expr);
                Seq::Many {
                    items,
                    depth: first.depth.max(e.depth),
                }
            }
            Seq::Many { mut items, depth } => {
                items.push(*e.expr);
                Seq::Many {
                    items,
                    depth: depth.max(e.depth),
                }
            }
        }
    }

    /// The depth of the deepest item.
    pub(crate) fn depth(&self) -> u32 {
        match self {
            Seq::One(e) => e.depth,
            Seq::Many { depth, .. } => *depth,
        }
    }

    /// The item of a run of one.
    pub(crate) fn single(&self) -> Option<&Expr> {
        match self {
            Seq::One(e) => Some(&e.expr),
            Seq::Many { .. } => None,
        }
    }

    /// The run of one as an expression of its own.
    pub(crate) fn into_single(self) -> Option<Ex> {
        match self {
            Seq::One(e) => Some(e),
            Seq::Many { .. } => None,
        }
    }

    pub(crate) fn first(&self) -> Option<&Expr> {
        match self {
            Seq::One(e) => Some(&e.expr),
            Seq::Many { items, .. } => items.first(),
        }
    }

    pub(crate) fn last(&self) -> Option<&Expr> {
        match self {
            Seq::One(e) => Some(&e.expr),
            Seq::Many { items, .. } => items.last(),
        }
    }

    pub(crate) fn into_items(self) -> Vec<Expr> {
        match self {
            Seq::One(e) => vec![*e.expr],
            Seq::Many { items, .. } => items,
        }
    }
}

/// The values of boxed items: rare nonterminals (patterns, handlers, with-items, import
/// names) are boxed while on the parser's stack, whose entries are as large as the largest
/// value they may hold.
pub(crate) fn unbox<T>(items: Vec<Box<T>>) -> Vec<T> {
    items.into_iter().map(|item| *item).collect()
}

/// The deepest of several optional children.
pub(crate) fn max_depth<'a>(parts: impl IntoIterator<Item = &'a Option<Ex>>) -> u32 {
    parts
        .into_iter()
        .flatten()
        .map(|e| e.depth)
        .max()
        .unwrap_or(0)
}

/// A block of statements and where it ends: after its last statement, or after the `;`
/// that may close the last line, which CPython counts into the enclosing statement.
#[derive(Debug, Default)]
pub(crate) struct Body {
    pub(crate) stmts: Vec<krait_ast::Stmt>,
    pub(crate) end: u32,
}

impl Body {
    /// The end of the last non-empty body among `bodies`, else `fallback`.
    pub(crate) fn last_end(bodies: &[&Body], fallback: u32) -> u32 {
        bodies
            .iter()
            .rev()
            .find(|b| !b.stmts.is_empty())
            .map_or(fallback, |b| b.end)
    }
}
