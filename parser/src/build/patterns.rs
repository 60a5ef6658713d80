//! `match` statements: the subject, the `case` blocks and their patterns.

use krait_ast::{
    Constant, ExprKind, MatchCase, Operator, Pattern, PatternKind, Stmt, StmtKind, TextRange,
    UnaryOp,
};

use super::{fail, range, Body, Ex, PResult};

fn pattern(kind: PatternKind, l: u32, r: u32) -> Pattern {
    Pattern {
        kind,
        range: range(l, r),
    }
}

/// A bare name: a capture pattern, or the wildcard `_`.
pub(crate) fn capture(name: String, at: TextRange) -> Pattern {
    let name = (name != "_").then_some(name);
    Pattern {
        kind: PatternKind::MatchAs {
            pattern: None,
            name,
        },
        range: at,
    }
}

/// A bare name (capture or wildcard) or a dotted name (a value pattern).
pub(crate) fn name_or_value(e: Ex) -> Pattern {
    let at = e.range();
    match e.expr.kind {
        ExprKind::Name { id, .. } => capture(id, at),
        _ => value(e),
    }
}

/// A value pattern: a literal or a dotted name.
pub(crate) fn value(e: Ex) -> Pattern {
    let at = e.range();
    Pattern {
        kind: PatternKind::MatchValue { value: e.boxed() },
        range: at,
    }
}

/// A string literal as a value pattern; an f-string is not a literal.
pub(crate) fn string(e: Ex) -> PResult<Pattern> {
    if is_fstring(&e) {
        return fail(
            "patterns may only match literals and attribute lookups",
            e.range(),
        );
    }
    Ok(value(e))
}

fn is_fstring(e: &Ex) -> bool {
    matches!(e.expr.kind, ExprKind::JoinedStr { .. })
}

/// `None`, `True`, `False`.
pub(crate) fn singleton(value: Constant, l: u32, r: u32) -> Pattern {
    pattern(PatternKind::MatchSingleton { value }, l, r)
}

/// `-number`.
pub(crate) fn negative(number: Ex, l: u32, r: u32) -> PResult<Ex> {
    super::exprs::unary(UnaryOp::USub, number, l, r)
}

fn is_imaginary(e: &Ex) -> bool {
    matches!(
        e.expr.kind,
        ExprKind::Constant {
            value: Constant::Complex { .. },
            ..
        }
    )
}

/// `real ± imag`, the only arithmetic a pattern allows.
pub(crate) fn complex(real: Ex, op: Operator, imag: Ex, l: u32, r: u32) -> PResult<Ex> {
    // CPython points at the number itself, without its sign.
    let (real_part, number_at) = match &real.expr.kind {
        ExprKind::UnaryOp { operand, .. } => (
            !matches!(
                operand.kind,
                ExprKind::Constant {
                    value: Constant::Complex { .. },
                    ..
                }
            ),
            operand.range,
        ),
        _ => (!is_imaginary(&real), real.range()),
    };
    if !real_part {
        return fail("real number required in complex literal", number_at);
    }
    if !is_imaginary(&imag) {
        return fail("imaginary number required in complex literal", imag.range());
    }
    super::exprs::binop(real, op, imag, l, r)
}

/// `*name` or `*_` inside a sequence pattern.
pub(crate) fn star(name: String, l: u32, r: u32) -> Pattern {
    let name = (name != "_").then_some(name);
    pattern(PatternKind::MatchStar { name }, l, r)
}

/// `pattern as name`.
pub(crate) fn as_(
    inner: Pattern,
    name: String,
    name_at: TextRange,
    l: u32,
    r: u32,
) -> PResult<Pattern> {
    if name == "_" {
        return fail("cannot use '_' as a target", name_at);
    }
    Ok(pattern(
        PatternKind::MatchAs {
            pattern: Some(Box::new(inner)),
            name: Some(name),
        },
        l,
        r,
    ))
}

/// `p | q | …`.
pub(crate) fn or(first: Pattern, rest: Vec<Pattern>, l: u32, r: u32) -> Pattern {
    let mut patterns = Vec::with_capacity(rest.len() + 1);
    patterns.push(first);
    patterns.extend(rest);
    pattern(PatternKind::MatchOr { patterns }, l, r)
}

/// `[p, q]` (and `(p, q)`).
pub(crate) fn sequence(patterns: Vec<Pattern>, l: u32, r: u32) -> Pattern {
    pattern(PatternKind::MatchSequence { patterns }, l, r)
}

/// `( … )`: a group (the inner pattern itself) or a sequence.
pub(crate) fn paren(mut patterns: Vec<Pattern>, trailing_comma: bool, l: u32, r: u32) -> Pattern {
    let single = patterns.len() == 1 && !trailing_comma;
    if single && !matches!(patterns[0].kind, PatternKind::MatchStar { .. }) {
        return patterns.pop().expect("one pattern");
    }
    sequence(patterns, l, r)
}

/// The patterns of a `case` line: `a, b` without brackets is a sequence.
pub(crate) fn open(
    mut patterns: Vec<Pattern>,
    trailing_comma: bool,
    l: u32,
    r: u32,
) -> PResult<Pattern> {
    if patterns.len() == 1 && !trailing_comma {
        if let PatternKind::MatchStar { .. } = patterns[0].kind {
            // CPython fails at the token after the pattern.
            return fail("invalid syntax", TextRange::empty(patterns[0].range.end()));
        }
        return Ok(patterns.pop().expect("one pattern"));
    }
    Ok(sequence(patterns, l, r))
}

/// A key of a mapping pattern: a literal or a dotted name, not a bare name.
pub(crate) fn mapping_key(key: Ex) -> PResult<Ex> {
    if let ExprKind::Name { .. } = key.expr.kind {
        // CPython fails at the token after the name.
        return fail("invalid syntax", TextRange::empty(key.range().end()));
    }
    Ok(key)
}

/// `{key: pattern, **rest}`; the grammar only lets `**rest` come last.
// The grammar boxes these items to keep its stack entries small.
#[allow(clippy::vec_box)]
pub(crate) fn mapping(
    items: Vec<Box<(Ex, Pattern)>>,
    rest: Option<(String, TextRange)>,
    l: u32,
    r: u32,
) -> PResult<Pattern> {
    if items.iter().any(|item| is_fstring(&item.0)) {
        return fail(
            "mapping pattern keys may only match literals and attribute lookups",
            range(l, r),
        );
    }
    let rest = match rest {
        Some((name, at)) if name == "_" => return fail("invalid syntax", at),
        Some((name, _)) => Some(name),
        None => None,
    };
    let mut keys = Vec::with_capacity(items.len());
    let mut patterns = Vec::with_capacity(items.len());
    for item in items {
        let (key, value) = *item;
        keys.push(*key.expr);
        patterns.push(value);
    }
    Ok(pattern(
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        },
        l,
        r,
    ))
}

/// One argument of a class pattern.
pub(crate) enum ClassArg {
    Positional(Pattern),
    Keyword(String, Pattern),
}

/// `Cls(p, attr=q)`.
// The grammar boxes these items to keep its stack entries small.
#[allow(clippy::vec_box)]
pub(crate) fn class(cls: Ex, args: Vec<Box<ClassArg>>, l: u32, r: u32) -> PResult<Pattern> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns: Vec<Pattern> = Vec::new();
    for arg in args {
        match *arg {
            ClassArg::Positional(p) => {
                if !kwd_patterns.is_empty() {
                    return fail("positional patterns follow keyword patterns", p.range);
                }
                patterns.push(p);
            }
            ClassArg::Keyword(name, p) => {
                kwd_attrs.push(name);
                kwd_patterns.push(p);
            }
        }
    }
    Ok(pattern(
        PatternKind::MatchClass {
            cls: cls.boxed(),
            patterns,
            kwd_attrs,
            kwd_patterns,
        },
        l,
        r,
    ))
}

/// `case pattern [if guard]: body`, with the end of its body.
pub(crate) fn case(pattern: Pattern, guard: Option<Ex>, body: Body) -> (MatchCase, u32) {
    let end = body.end;
    (
        MatchCase {
            pattern,
            guard: guard.map(Ex::boxed),
            body: body.stmts,
        },
        end,
    )
}

/// `match subject: cases`.
// The grammar boxes these items to keep its stack entries small.
#[allow(clippy::vec_box)]
pub(crate) fn match_(subject: Ex, cases: Vec<Box<(MatchCase, u32)>>, l: u32) -> Box<Stmt> {
    let end = cases.last().map_or(l, |c| c.1);
    let cases = cases.into_iter().map(|c| c.0).collect();
    let kind = StmtKind::Match {
        subject: subject.boxed(),
        cases,
    };
    Box::new(Stmt::new(kind, range(l, end)))
}
