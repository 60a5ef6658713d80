//! Assignment and deletion targets: the parser reads them as expressions, then gives them
//! `Store` / `Del` context here, rejecting what cannot be a target with CPython's messages.

use krait_ast::{Constant, Expr, ExprContext, ExprKind, SyntaxError, UnaryOp};

use super::{user, PResult};

/// Where a target appears; it decides the wording of errors.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `x = …`, `with … as x`.
    Assign,
    /// `for x in …` and comprehension clauses.
    For,
    /// `del x`.
    Del,
}

/// The noun CPython uses for an expression in error messages ("function call", "literal", …).
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Sets the context of a `Name` (used for walrus targets).
pub(crate) fn set_name_ctx(e: &mut Expr, new: ExprContext) {
    if let ExprKind::Name { ctx, .. } = &mut e.kind {
        *ctx = new;
    }
}

/// The first sub-expression that cannot be a target, as CPython searches for it: tuples
/// and lists are looked into, a starred target's value too (except under `del`).
pub(crate) fn invalid_target(e: &Expr, kind: Kind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|elt| invalid_target(elt, kind))
        }
        ExprKind::Starred { value, .. } if kind != Kind::Del => invalid_target(value, kind),
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// "cannot assign to X" / "cannot delete X" for the first invalid part of `e`.
pub(crate) fn invalid_target_error(e: &Expr, kind: Kind) -> SyntaxError {
    let bad = invalid_target(e, kind).unwrap_or(e);
    let verb = if kind == Kind::Del {
        "delete"
    } else {
        "assign to"
    };
    SyntaxError::new(format!("cannot {verb} {}", expr_name(bad)), bad.range)
}

/// Gives `e` store (or, for `del`, delete) context throughout, or fails with CPython's
/// message for the first part that cannot be a target.
pub(crate) fn store(e: &mut Expr, kind: Kind) -> PResult<()> {
    if invalid_target(e, kind).is_some() {
        return Err(user(invalid_target_error(e, kind)));
    }
    let ctx = if kind == Kind::Del {
        ExprContext::Del
    } else {
        ExprContext::Store
    };
    set_ctx(e, ctx);
    Ok(())
}

/// Sets the context of a checked target, descending into tuples, lists and starred items.
fn set_ctx(e: &mut Expr, new: ExprContext) {
    match &mut e.kind {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => *ctx = new,
        ExprKind::Starred { value, ctx } => {
            *ctx = new;
            set_ctx(value, new);
        }
        ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
            *ctx = new;
            for elt in elts {
                set_ctx(elt, new);
            }
        }
        _ => {}
    }
}

/// CPython's "cannot assign to X here. Maybe you meant '==' instead of '='?", raised when
/// the text before a single `=` reads as a comparison written with `=`: the target, or the
/// last item of an unparenthesised tuple target, is an invalid target at the `bitwise_or`
/// level, and the value starts with a `bitwise_or` too.
pub(crate) fn equality_suggestion(
    source: &str,
    target: &Expr,
    value: &Expr,
) -> Option<SyntaxError> {
    let candidate = match &target.kind {
        ExprKind::Tuple { elts, .. }
            if !is_parenthesized(source, target.range)
                && elts
                    .last()
                    .is_some_and(|e| e.range.end() == target.range.end()) =>
        {
            elts.last()?
        }
        _ => target,
    };
    let invalid =
        invalid_target(candidate, Kind::Assign).is_some_and(|bad| std::ptr::eq(bad, candidate));
    if !invalid
        || !suggests_equality(candidate, is_parenthesized(source, candidate.range))
        || !starts_with_bitwise_or(value)
    {
        return None;
    }
    let what = expr_name(candidate);
    Some(SyntaxError::new(
        format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"),
        candidate.range,
    ))
}

/// Whether the expression at `range` is wrapped in parentheses of its own.
pub(crate) fn is_parenthesized(source: &str, range: krait_ast::TextRange) -> bool {
    let bytes = source.as_bytes();
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\x0c' | b'\n' | b'\r' | b'\\');
    let mut i = usize::from(range.start());
    while i > 0 && is_space(bytes[i - 1]) {
        i -= 1;
    }
    let mut j = usize::from(range.end());
    while j < bytes.len() && is_space(bytes[j]) {
        j += 1;
    }
    i > 0 && bytes[i - 1] == b'(' && bytes.get(j) == Some(&b')')
}

/// Whether `e` is something CPython parses at the `bitwise_or` level or below, the only
/// targets for which it suggests `==`.
fn suggests_equality(e: &Expr, parenthesized: bool) -> bool {
    if parenthesized {
        // Any parenthesised expression is an atom; tuples and generators are excluded.
        return !matches!(
            e.kind,
            ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. }
        );
    }
    !matches!(
        &e.kind,
        ExprKind::List { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant {
                value: Constant::None | Constant::Bool(_),
                ..
            }
            | ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Yield { .. }
            | ExprKind::YieldFrom { .. }
            | ExprKind::Starred { .. }
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
    )
}

/// Whether `e` starts with a `bitwise_or` (not with `not`, `lambda`, `yield` or `*`), which
/// CPython requires of the value before suggesting `==`.
pub(crate) fn starts_with_bitwise_or(e: &Expr) -> bool {
    let mut e = e;
    loop {
        let next = match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not, ..
            } => return false,
            ExprKind::Lambda { .. } | ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => {
                return false
            }
            ExprKind::Starred { .. } => return false,
            ExprKind::BoolOp { values, .. } => values.first(),
            ExprKind::Compare { left, .. } => Some(&**left),
            ExprKind::IfExp { body, .. } => Some(&**body),
            ExprKind::Tuple { elts, .. } => elts.first(),
            _ => return true,
        };
        match next {
            // Only follow children that start where their parent starts (no parenthesis).
            Some(child) if child.range.start() == e.range.start() => e = child,
            _ => return true,
        }
    }
}
