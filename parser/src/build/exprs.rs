//! Operators, displays, comprehensions, subscripts and the other expression forms.

use krait_ast::{
    BoolOp, CmpOp, Comprehension, Constant, Expr, ExprContext, ExprKind, Operator, TextRange,
    TextSize, UnaryOp,
};

use super::{fail, range, targets, Ex, PResult, Seq};

/// `left op right`.
pub(crate) fn binop(left: Ex, op: Operator, right: Ex, l: u32, r: u32) -> PResult<Ex> {
    let depth = left.depth.max(right.depth);
    Ex::node(
        ExprKind::BinOp {
            left: left.boxed(),
            op,
            right: right.boxed(),
        },
        range(l, r),
        depth,
    )
}

/// `op operand`.
pub(crate) fn unary(op: UnaryOp, operand: Ex, l: u32, r: u32) -> PResult<Ex> {
    let depth = operand.depth;
    Ex::node(
        ExprKind::UnaryOp {
            op,
            operand: operand.boxed(),
        },
        range(l, r),
        depth,
    )
}

/// `a or b or c` / `a and b and c`: one flat node.
pub(crate) fn boolop(op: BoolOp, values: Vec<Ex>, l: u32, r: u32) -> PResult<Ex> {
    let mut items = Vec::with_capacity(values.len());
    let mut depth = 0;
    for e in values {
        depth = depth.max(e.depth);
        items.push(*e.expr);
    }
    Ex::node(ExprKind::BoolOp { op, values: items }, range(l, r), depth)
}

/// `a < b <= c`: one flat node.
pub(crate) fn compare(left: Ex, rest: Vec<(CmpOp, Ex)>, l: u32, r: u32) -> PResult<Ex> {
    let mut depth = left.depth;
    let mut ops = Vec::with_capacity(rest.len());
    let mut comparators = Vec::with_capacity(rest.len());
    for (op, e) in rest {
        depth = depth.max(e.depth);
        ops.push(op);
        comparators.push(*e.expr);
    }
    Ex::node(
        ExprKind::Compare {
            left: left.boxed(),
            ops,
            comparators,
        },
        range(l, r),
        depth,
    )
}

/// `body if test else orelse`.
pub(crate) fn if_exp(body: Ex, test: Ex, orelse: Ex, l: u32, r: u32) -> PResult<Ex> {
    let depth = body.depth.max(test.depth).max(orelse.depth);
    Ex::node(
        ExprKind::IfExp {
            test: test.boxed(),
            body: body.boxed(),
            orelse: orelse.boxed(),
        },
        range(l, r),
        depth,
    )
}

/// `target := value`; only a plain name may be the target.
pub(crate) fn named(target: Ex, value: Ex, l: u32, r: u32) -> PResult<Ex> {
    let mut target = target;
    if !matches!(target.expr.kind, ExprKind::Name { .. }) {
        let what = targets::expr_name(&target.expr);
        return fail(
            format!("cannot use assignment expressions with {what}"),
            target.range(),
        );
    }
    targets::set_name_ctx(&mut target.expr, ExprContext::Store);
    let depth = target.depth.max(value.depth);
    Ex::node(
        ExprKind::NamedExpr {
            target: target.boxed(),
            value: value.boxed(),
        },
        range(l, r),
        depth,
    )
}

/// `*value` in load context (targets are converted later).
pub(crate) fn starred(value: Ex, l: u32, r: u32) -> PResult<Ex> {
    let depth = value.depth;
    Ex::node(
        ExprKind::Starred {
            value: value.boxed(),
            ctx: ExprContext::Load,
        },
        range(l, r),
        depth,
    )
}

/// `await value`.
pub(crate) fn await_(value: Ex, l: u32, r: u32) -> PResult<Ex> {
    let depth = value.depth;
    Ex::node(
        ExprKind::Await {
            value: value.boxed(),
        },
        range(l, r),
        depth,
    )
}

/// `yield` / `yield value`.
pub(crate) fn yield_(value: Option<Ex>, l: u32, r: u32) -> PResult<Ex> {
    let depth = value.as_ref().map_or(0, |v| v.depth);
    Ex::node(
        ExprKind::Yield {
            value: value.map(Ex::boxed),
        },
        range(l, r),
        depth,
    )
}

/// `yield from value`.
pub(crate) fn yield_from(value: Ex, l: u32, r: u32) -> PResult<Ex> {
    let depth = value.depth;
    Ex::node(
        ExprKind::YieldFrom {
            value: value.boxed(),
        },
        range(l, r),
        depth,
    )
}

/// `value.attr`.
pub(crate) fn attribute(value: Ex, attr: String, l: u32, r: u32) -> PResult<Ex> {
    let depth = value.depth;
    Ex::node(
        ExprKind::Attribute {
            value: value.boxed(),
            attr,
            ctx: ExprContext::Load,
        },
        range(l, r),
        depth,
    )
}

/// `value[slice]`.
pub(crate) fn subscript(value: Ex, slice: Ex, l: u32, r: u32) -> PResult<Ex> {
    let depth = value.depth.max(slice.depth);
    Ex::node(
        ExprKind::Subscript {
            value: value.boxed(),
            slice: slice.boxed(),
            ctx: ExprContext::Load,
        },
        range(l, r),
        depth,
    )
}

/// `lower:upper:step`.
pub(crate) fn slice(
    lower: Option<Ex>,
    upper: Option<Ex>,
    step: Option<Option<Ex>>,
    l: u32,
    r: u32,
) -> PResult<Ex> {
    let step = step.flatten();
    let depth = super::max_depth([&lower, &upper, &step]);
    Ex::node(
        ExprKind::Slice {
            lower: lower.map(Ex::boxed),
            upper: upper.map(Ex::boxed),
            step: step.map(Ex::boxed),
        },
        range(l, r),
        depth,
    )
}

/// What a comma-separated run of expressions becomes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Single {
    /// One item and no comma is the item itself (`star_expressions`).
    Unwrap,
    /// As `Unwrap`, except that a lone `*x` still makes a tuple (subscripts: `a[*b]`).
    UnwrapUnlessStarred,
}

/// `a, b, c` without brackets: a tuple spanning the items (and a trailing comma), or the
/// single item.
pub(crate) fn tuple_or_single(
    seq: Seq,
    trailing_comma: bool,
    single: Single,
    l: u32,
    r: u32,
) -> PResult<Ex> {
    if let Some(only) = seq.single().filter(|_| !trailing_comma) {
        let starred = matches!(only.kind, ExprKind::Starred { .. });
        if single == Single::Unwrap || !starred {
            return Ok(only_item(seq));
        }
    }
    load_tuple(seq, l, r)
}

/// `( … )` holding a run of items: a parenthesised expression (its own range, without
/// the parentheses) or a tuple (with them).
pub(crate) fn paren(seq: Seq, trailing_comma: bool, l: u32, r: u32) -> PResult<Ex> {
    if let Some(only) = seq.single().filter(|_| !trailing_comma) {
        if let ExprKind::Starred { .. } = only.kind {
            return fail("cannot use starred expression here", only.range);
        }
        return Ok(only_item(seq));
    }
    load_tuple(seq, l, r)
}

/// The one item of a run that is not a tuple.
fn only_item(seq: Seq) -> Ex {
    seq.into_single().expect("a run of one")
}

/// A run of items as a tuple spanning `l..r`.
fn load_tuple(seq: Seq, l: u32, r: u32) -> PResult<Ex> {
    let depth = seq.depth();
    Ex::node(
        ExprKind::Tuple {
            elts: seq.into_items(),
            ctx: ExprContext::Load,
        },
        range(l, r),
        depth,
    )
}

/// `()`.
pub(crate) fn empty_tuple(l: u32, r: u32) -> Ex {
    Ex::leaf(
        ExprKind::Tuple {
            elts: Vec::new(),
            ctx: ExprContext::Load,
        },
        range(l, r),
    )
}

/// `[a, b]`.
pub(crate) fn list(seq: Option<Seq>, l: u32, r: u32) -> PResult<Ex> {
    let seq = seq.unwrap_or_default();
    let depth = seq.depth();
    Ex::node(
        ExprKind::List {
            elts: seq.into_items(),
            ctx: ExprContext::Load,
        },
        range(l, r),
        depth,
    )
}

/// `{a, b}`.
pub(crate) fn set(seq: Seq, l: u32, r: u32) -> PResult<Ex> {
    let depth = seq.depth();
    Ex::node(
        ExprKind::Set {
            elts: seq.into_items(),
        },
        range(l, r),
        depth,
    )
}

/// Key/value pairs of a dict display; a `None` key is `**mapping`.
#[derive(Debug, Default)]
pub(crate) struct DictItems {
    keys: Vec<Option<Expr>>,
    values: Vec<Expr>,
    depth: u32,
}

impl DictItems {
    pub(crate) fn push(mut self: Box<Self>, key: Option<Ex>, value: Ex) -> Box<DictItems> {
        if let Some(k) = &key {
            self.depth = self.depth.max(k.depth);
        }
        self.depth = self.depth.max(value.depth);
        self.keys.push(key.map(|k| *k.expr));
        self.values.push(*value.expr);
        self
    }
}

/// `{k: v, **m}`.
pub(crate) fn dict(items: Option<Box<DictItems>>, l: u32, r: u32) -> PResult<Ex> {
    let items = *items.unwrap_or_default();
    Ex::node(
        ExprKind::Dict {
            keys: items.keys,
            values: items.values,
        },
        range(l, r),
        items.depth,
    )
}

/// The `for … in … if …` clauses of a comprehension, with the depth of their parts.
#[derive(Debug)]
pub(crate) struct Generators {
    pub(crate) list: Vec<Comprehension>,
    pub(crate) depth: u32,
    /// Where the first `for` (or `async`) is.
    pub(crate) start: u32,
}

/// One `[async] for target in iter if cond …` clause.
pub(crate) fn comprehension(
    is_async: bool,
    target: Ex,
    iter: Ex,
    ifs: Vec<Ex>,
) -> PResult<(Comprehension, u32)> {
    let mut target = target;
    targets::store(&mut target.expr, targets::Kind::For)?;
    let mut depth = target.depth.max(iter.depth);
    let mut conditions = Vec::with_capacity(ifs.len());
    for e in ifs {
        depth = depth.max(e.depth);
        conditions.push(*e.expr);
    }
    let comprehension = Comprehension {
        target: *target.expr,
        iter: *iter.expr,
        ifs: conditions,
        is_async: u32::from(is_async),
    };
    Ok((comprehension, depth))
}

/// Collects clauses.
// The grammar boxes these items to keep its stack entries small.
#[allow(clippy::vec_box)]
pub(crate) fn generators(clauses: Vec<Box<(Comprehension, u32)>>, start: u32) -> Generators {
    let depth = clauses.iter().map(|c| c.1).max().unwrap_or(0);
    Generators {
        list: clauses.into_iter().map(|c| c.0).collect(),
        depth,
        start,
    }
}

/// `[a, b for …]` or `{a, for …}`: CPython asks for parentheses around the target, from its
/// first item to its last (or to the comma after a single item).
pub(crate) fn unparenthesized_comp_target(
    items: Seq,
    trailing_comma: Option<TextRange>,
) -> PResult<Ex> {
    let first = items.first().map_or(TextSize::from(0), |e| e.range.start());
    let end = match trailing_comma {
        Some(comma) if items.single().is_some() => comma.end(),
        _ => items.last().map_or(first, |e| e.range.end()),
    };
    fail(
        "did you forget parentheses around the comprehension target?",
        TextRange::new(first, end),
    )
}

/// Which comprehension a bracket pair holds.
#[derive(Clone, Copy)]
pub(crate) enum CompKind {
    List,
    Set,
    Generator,
}

/// `[elt for …]`, `{elt for …}`, `(elt for …)`.
pub(crate) fn comp(kind: CompKind, elt: Ex, generators: Generators, l: u32, r: u32) -> PResult<Ex> {
    if let ExprKind::Starred { .. } = elt.expr.kind {
        return fail(
            "iterable unpacking cannot be used in comprehension",
            elt.range(),
        );
    }
    let depth = elt.depth.max(generators.depth);
    let (elt, generators) = (elt.boxed(), generators.list);
    let kind = match kind {
        CompKind::List => ExprKind::ListComp { elt, generators },
        CompKind::Set => ExprKind::SetComp { elt, generators },
        CompKind::Generator => ExprKind::GeneratorExp { elt, generators },
    };
    Ex::node(kind, range(l, r), depth)
}

/// `{key: value for …}`.
pub(crate) fn dict_comp(key: Ex, value: Ex, generators: Generators, l: u32, r: u32) -> PResult<Ex> {
    let depth = key.depth.max(value.depth).max(generators.depth);
    Ex::node(
        ExprKind::DictComp {
            key: key.boxed(),
            value: value.boxed(),
            generators: generators.list,
        },
        range(l, r),
        depth,
    )
}

/// `True`, `False`, `None`, `...`.
pub(crate) fn singleton(value: Constant, l: u32, r: u32) -> Ex {
    super::literals::constant(value, l, r)
}
