//! Parameter lists of `def` and `lambda`: parsed as a flat list of items, then checked and
//! sorted into CPython's `arguments` node here.

use krait_ast::{Arg, Arguments, Expr, TextRange};

use super::{fail, range, Ex, PResult};
use crate::Ctx;

/// One item of a parameter list.
#[derive(Debug)]
pub(crate) enum ParamItem {
    /// `name[: annotation][= default]`.
    Plain {
        arg: Arg,
        default: Option<Ex>,
        depth: u32,
    },
    /// `/`.
    Slash(TextRange),
    /// `*` or `*name[: annotation]`.
    Star {
        arg: Option<Arg>,
        depth: u32,
        range: TextRange,
    },
    /// `**name[: annotation]`, and its range from the `**`.
    DoubleStar {
        arg: Arg,
        depth: u32,
        range: TextRange,
    },
    /// `*name = default` or `**name = default`, which are errors.
    StarDefault { double: bool, default: TextRange },
    /// `(a, b)`, an error: `simple` when only names (with annotations) are inside, which
    /// CPython words specially.
    Parenthesized { range: TextRange, simple: bool },
}

/// `(…)` among the parameters.
// The grammar boxes these items to keep its stack entries small.
#[allow(clippy::vec_box)]
pub(crate) fn parenthesized(inner: Vec<Box<ParamItem>>, range: TextRange) -> Box<ParamItem> {
    let simple = !inner.is_empty()
        && inner
            .iter()
            .all(|item| matches!(**item, ParamItem::Plain { default: None, .. }));
    Box::new(ParamItem::Parenthesized { range, simple })
}

/// The default after `=`, which must be there: CPython says "expected default value
/// expression" when a `,` or `)` follows the `=`, and "invalid syntax" at whatever else does.
pub(crate) fn default(ctx: &Ctx, default: Option<(u32, Option<Ex>)>) -> PResult<Option<Ex>> {
    let Some((eq, value)) = default else {
        return Ok(None);
    };
    if let Some(value) = value {
        return Ok(Some(value));
    }
    let after = ctx.source[eq as usize + 1..]
        .char_indices()
        .find(|(_, c)| !matches!(c, ' ' | '\t' | '\x0c' | '\\' | '\n' | '\r'));
    match after {
        Some((_, ',' | ')')) => fail("expected default value expression", range(eq, eq + 1)),
        Some((i, c)) => {
            let at = eq + 1 + i as u32;
            fail("invalid syntax", range(at, at + c.len_utf8() as u32))
        }
        None => fail("invalid syntax", range(eq + 1, eq + 1)),
    }
}

/// A parameter `name[: annotation]`.
pub(crate) fn arg(ctx: &Ctx, l: u32, name_r: u32, annotation: Option<Ex>, r: u32) -> (Arg, u32) {
    let depth = annotation.as_ref().map_or(0, |a| a.depth);
    let arg = Arg {
        arg: super::literals::identifier(ctx, l, name_r),
        annotation: annotation.map(Ex::boxed),
        type_comment: None,
        range: range(l, r),
    };
    (arg, depth)
}

/// Checks the order of the items and builds `arguments`; returns it with the depth of the
/// deepest annotation or default. `lambda_source` is the source for a `lambda`, whose bare
/// `*` error CPython reports at the token after the `*` (and its comma).
// The grammar boxes these items to keep its stack entries small.
#[allow(clippy::vec_box)]
pub(crate) fn arguments(
    items: Vec<Box<ParamItem>>,
    lambda_source: Option<&str>,
) -> PResult<(Arguments, u32)> {
    let mut out = Arguments::default();
    let mut depth = 0;
    let mut seen_default = false;
    let mut seen_slash = false;
    let mut star: Option<TextRange> = None;
    let mut bare_star_needs_names = false;
    let mut seen_kwarg = false;
    let mut defaults: Vec<Expr> = Vec::new();
    for item in items {
        if seen_kwarg {
            return fail(
                "arguments cannot follow var-keyword argument",
                item_range(&item),
            );
        }
        match *item {
            ParamItem::Plain {
                arg,
                default,
                depth: d,
            } => {
                depth = depth.max(d);
                if star.is_some() {
                    bare_star_needs_names = false;
                    if let Some(default) = &default {
                        depth = depth.max(default.depth);
                    }
                    out.kw_defaults.push(default.map(|e| *e.expr));
                    out.kwonlyargs.push(arg);
                    continue;
                }
                match default {
                    Some(default) => {
                        seen_default = true;
                        depth = depth.max(default.depth);
                        defaults.push(*default.expr);
                    }
                    None if seen_default => {
                        return fail("non-default argument follows default argument", arg.range);
                    }
                    None => {}
                }
                out.args.push(arg);
            }
            ParamItem::Slash(at) => {
                if seen_slash {
                    return fail("/ may appear only once", at);
                }
                if star.is_some() {
                    return fail("/ must be ahead of *", at);
                }
                if out.args.is_empty() {
                    return fail("invalid syntax", at);
                }
                seen_slash = true;
                out.posonlyargs = std::mem::take(&mut out.args);
            }
            ParamItem::Star {
                arg,
                depth: d,
                range,
            } => {
                if star.is_some() {
                    return fail("* argument may appear only once", range);
                }
                star = Some(range);
                depth = depth.max(d);
                bare_star_needs_names = arg.is_none();
                out.vararg = arg.map(Box::new);
            }
            ParamItem::DoubleStar { arg, depth: d, .. } => {
                if bare_star_needs_names {
                    break;
                }
                depth = depth.max(d);
                seen_kwarg = true;
                out.kwarg = Some(Box::new(arg));
            }
            ParamItem::Parenthesized { range, simple } => {
                let plain_so_far = !seen_default && !seen_slash && star.is_none();
                if simple && plain_so_far {
                    let what = if lambda_source.is_some() {
                        "Lambda expression"
                    } else {
                        "Function"
                    };
                    return fail(format!("{what} parameters cannot be parenthesized"), range);
                }
                let open = TextRange::at(range.start(), 1.into());
                return fail("invalid syntax", open);
            }
            ParamItem::StarDefault { double, default } => {
                let which = if double {
                    "var-keyword"
                } else {
                    "var-positional"
                };
                return fail(
                    format!("{which} argument cannot have default value"),
                    default,
                );
            }
        }
    }
    if bare_star_needs_names {
        if let Some(at) = star {
            let at = match lambda_source {
                Some(source) => after_star(source, at),
                None => at,
            };
            return fail("named arguments must follow bare *", at);
        }
    }
    out.defaults = defaults;
    Ok((out, depth))
}

/// The token after a lambda's bare `*` and the comma that may follow it.
fn after_star(source: &str, star: TextRange) -> TextRange {
    let bytes = source.as_bytes();
    let mut i = usize::from(star.end());
    let skip_space = |mut i: usize| {
        while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\x0c' | b'\\' | b'\n' | b'\r')
        {
            i += 1;
        }
        i
    };
    i = skip_space(i);
    if bytes.get(i) == Some(&b',') {
        i = skip_space(i + 1);
    }
    let len = if source[i..].starts_with("**") { 2 } else { 1 };
    range(i as u32, (i + len).min(source.len()) as u32)
}

fn item_range(item: &ParamItem) -> TextRange {
    match item {
        ParamItem::Plain { arg, .. } => arg.range,
        ParamItem::DoubleStar { range, .. } => *range,
        ParamItem::Slash(at) => *at,
        ParamItem::Star { range, .. } => *range,
        ParamItem::StarDefault { default, .. } => *default,
        ParamItem::Parenthesized { range, .. } => *range,
    }
}
