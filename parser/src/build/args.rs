//! Call arguments (and class bases): the items are parsed in any order, then sorted into
//! positional arguments and keywords here, with CPython's ordering errors.

use krait_ast::{Expr, ExprKind, Keyword, TextRange, TextSize};

use super::exprs::{comp, CompKind, Generators};
use super::{fail, range, targets, Ex, PResult};

/// One item between the parentheses of a call. The rarer, larger items are boxed: the
/// parser's stack entries are as large as the largest value they may hold.
#[derive(Debug)]
pub(crate) enum ArgItem {
    /// `x` (a walrus included).
    Positional(Ex),
    /// `*x`, already a `Starred` node.
    Starred(Ex),
    /// `name=value` and its range; the name was parsed as an expression for better errors.
    Keyword(Box<(Ex, Ex, TextRange)>),
    /// `**value`.
    DoubleStar { value: Ex, range: TextRange },
    /// `x for x in y` without its own parentheses, and its range.
    Generator(Box<(Ex, Generators, TextRange)>),
}

/// Sorted arguments of a call or class definition.
pub(crate) struct Arguments {
    pub(crate) args: Vec<Expr>,
    pub(crate) keywords: Vec<Keyword>,
    pub(crate) depth: u32,
}

/// Builds the arguments. `parens` is the range from `(` to `)`: a lone generator argument
/// takes it as its own range, as in CPython.
pub(crate) fn arguments(
    items: Vec<ArgItem>,
    trailing_comma: bool,
    parens: TextRange,
) -> PResult<Arguments> {
    let lone = items.len() == 1 && !trailing_comma;
    // CPython reports ordering errors at the last token it read: the closing parenthesis.
    let closing = TextRange::new(parens.end() - TextSize::from(1), parens.end());
    let mut out = Arguments {
        args: Vec::new(),
        keywords: Vec::new(),
        depth: 0,
    };
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    for (index, item) in items.into_iter().enumerate() {
        match item {
            ArgItem::Positional(e) => {
                if seen_double_star {
                    return fail(
                        "positional argument follows keyword argument unpacking",
                        closing,
                    );
                }
                if seen_keyword {
                    return fail("positional argument follows keyword argument", closing);
                }
                out.depth = out.depth.max(e.depth);
                out.args.push(*e.expr);
            }
            ArgItem::Starred(e) => {
                if seen_double_star {
                    return fail(
                        "iterable argument unpacking follows keyword argument unpacking",
                        e.range(),
                    );
                }
                out.depth = out.depth.max(e.depth);
                out.args.push(*e.expr);
            }
            ArgItem::Keyword(keyword) => {
                let (name, value, range) = *keyword;
                let arg = match name.expr.kind {
                    ExprKind::Name { id, .. } => id,
                    ExprKind::Constant { .. }
                        if matches!(targets::expr_name(&name.expr), "True" | "False" | "None") =>
                    {
                        return fail(
                            format!("cannot assign to {}", targets::expr_name(&name.expr)),
                            range,
                        );
                    }
                    _ => {
                        return fail(
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            range,
                        );
                    }
                };
                seen_keyword = true;
                out.depth = out.depth.max(value.depth);
                out.keywords.push(Keyword {
                    arg: Some(arg),
                    value: *value.expr,
                    range,
                });
            }
            ArgItem::DoubleStar { value, range } => {
                seen_double_star = true;
                out.depth = out.depth.max(value.depth);
                out.keywords.push(Keyword {
                    arg: None,
                    value: *value.expr,
                    range,
                });
            }
            ArgItem::Generator(generator) => {
                let (elt, generators, range) = *generator;
                if index == 0 && matches!(elt.expr.kind, ExprKind::Starred { .. }) {
                    return fail(
                        "iterable unpacking cannot be used in comprehension",
                        elt.range(),
                    );
                }
                if !lone {
                    return fail("Generator expression must be parenthesized", range);
                }
                let genexp = comp(
                    CompKind::Generator,
                    elt,
                    generators,
                    parens.start().into(),
                    parens.end().into(),
                )?;
                out.depth = out.depth.max(genexp.depth);
                out.args.push(*genexp.expr);
            }
        }
    }
    Ok(out)
}

/// `func(args)`.
pub(crate) fn call(
    func: Ex,
    items: Vec<ArgItem>,
    trailing_comma: bool,
    parens: TextRange,
    l: u32,
    r: u32,
) -> PResult<Ex> {
    let arguments = arguments(items, trailing_comma, parens)?;
    let depth = func.depth.max(arguments.depth);
    Ex::node(
        ExprKind::Call {
            func: func.boxed(),
            args: arguments.args,
            keywords: arguments.keywords,
        },
        range(l, r),
        depth,
    )
}
