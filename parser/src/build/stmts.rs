//! Statements: assignments (with their target checks), compound statements, imports and
//! the simple keyword statements.

use krait_ast::{
    Alias, ClassDef, ExceptHandler, ExprKind, For, FunctionDef, Operator, Stmt, StmtKind,
    TextRange, Try, With, WithItem,
};

use super::args::{arguments, ArgItem};
use super::params::{self, ParamItem};
use super::targets::{self, Kind};
use super::{fail, range, user, Body, Ex, PResult};
use crate::Ctx;

/// Statements travel boxed through the parser: a `Stmt` is the largest value on its stack,
/// and every entry of that stack is as large as the largest value.
fn stmt(kind: StmtKind, l: u32, r: u32) -> Box<Stmt> {
    Box::new(Stmt::new(kind, range(l, r)))
}

/// A statement without fields (`pass`, `break`, `continue`).
pub(crate) fn keyword(kind: StmtKind, l: u32, r: u32) -> Box<Stmt> {
    stmt(kind, l, r)
}

/// An expression statement.
pub(crate) fn expr(value: Ex, l: u32, r: u32) -> Box<Stmt> {
    stmt(
        StmtKind::Expr {
            value: value.boxed(),
        },
        l,
        r,
    )
}

/// `t1 = t2 = … = value`: `chain` holds everything after the first `=`.
pub(crate) fn assign(
    ctx: &Ctx,
    first: Ex,
    mut chain: Vec<Ex>,
    l: u32,
    r: u32,
) -> PResult<Box<Stmt>> {
    let value = chain.pop().expect("the grammar requires one `=`");
    let single = chain.is_empty();
    let mut targets_list = Vec::with_capacity(chain.len() + 1);
    for (i, mut target) in std::iter::once(first).chain(chain).enumerate() {
        // A parenthesised yield is an ordinary invalid target ("cannot assign to …").
        if matches!(
            target.expr.kind,
            ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }
        ) && !targets::is_parenthesized(ctx.source, target.range())
        {
            return fail(
                "assignment to yield expression not possible",
                target.range(),
            );
        }
        if targets::invalid_target(&target.expr, Kind::Assign).is_some() {
            if i == 0 && single {
                if let Some(e) = targets::equality_suggestion(ctx.source, &target.expr, &value.expr)
                {
                    return Err(user(e));
                }
            }
            return Err(user(targets::invalid_target_error(
                &target.expr,
                Kind::Assign,
            )));
        }
        targets::store(&mut target.expr, Kind::Assign)?;
        targets_list.push(*target.expr);
    }
    Ok(stmt(
        StmtKind::Assign {
            targets: targets_list,
            value: value.boxed(),
            type_comment: None,
        },
        l,
        r,
    ))
}

/// `target op= value`.
pub(crate) fn aug_assign(
    target: Ex,
    op: Operator,
    value: Ex,
    l: u32,
    r: u32,
) -> PResult<Box<Stmt>> {
    let mut target = target;
    match target.expr.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        _ => {
            let what = targets::expr_name(&target.expr);
            return fail(
                format!("'{what}' is an illegal expression for augmented assignment"),
                target.range(),
            );
        }
    }
    targets::store(&mut target.expr, Kind::Assign)?;
    Ok(stmt(
        StmtKind::AugAssign {
            target: target.boxed(),
            op,
            value: value.boxed(),
        },
        l,
        r,
    ))
}

/// `target: annotation [= value]`.
pub(crate) fn ann_assign(
    target: Ex,
    colon: u32,
    annotation: Ex,
    value: Option<Ex>,
    l: u32,
    r: u32,
) -> PResult<Box<Stmt>> {
    let mut target = target;
    let parenthesized = u32::from(target.range().start()) != l;
    // What is not even an expression (`*a`, a bare `yield`) fails at the `:` in CPython.
    let not_expression = match target.expr.kind {
        ExprKind::Starred { .. } => true,
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => !parenthesized,
        _ => false,
    };
    if not_expression {
        return fail("invalid syntax", range(colon, colon + 1));
    }
    let simple = match &target.expr.kind {
        ExprKind::Name { .. } => u32::from(!parenthesized),
        ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => 0,
        ExprKind::Tuple { .. } => {
            return fail(
                "only single target (not tuple) can be annotated",
                target.range(),
            )
        }
        ExprKind::List { .. } => {
            return fail(
                "only single target (not list) can be annotated",
                target.range(),
            )
        }
        _ => return fail("illegal target for annotation", target.range()),
    };
    targets::store(&mut target.expr, Kind::Assign)?;
    Ok(stmt(
        StmtKind::AnnAssign {
            target: target.boxed(),
            annotation: annotation.boxed(),
            value: value.map(Ex::boxed),
            simple,
        },
        l,
        r,
    ))
}

/// `del a, b`.
pub(crate) fn delete(targets_list: Vec<Ex>, l: u32, r: u32) -> PResult<Box<Stmt>> {
    let mut out = Vec::with_capacity(targets_list.len());
    for mut target in targets_list {
        targets::store(&mut target.expr, Kind::Del)?;
        out.push(*target.expr);
    }
    Ok(stmt(StmtKind::Delete { targets: out }, l, r))
}

/// `return [value]`.
pub(crate) fn return_(value: Option<Ex>, l: u32, r: u32) -> Box<Stmt> {
    stmt(
        StmtKind::Return {
            value: value.map(Ex::boxed),
        },
        l,
        r,
    )
}

/// `raise [exc [from cause]]`.
pub(crate) fn raise(exc: Option<Ex>, cause: Option<Ex>, l: u32, r: u32) -> Box<Stmt> {
    stmt(
        StmtKind::Raise {
            exc: exc.map(Ex::boxed),
            cause: cause.map(Ex::boxed),
        },
        l,
        r,
    )
}

/// `assert test [, msg]`.
pub(crate) fn assert(test: Ex, msg: Option<Ex>, l: u32, r: u32) -> Box<Stmt> {
    stmt(
        StmtKind::Assert {
            test: test.boxed(),
            msg: msg.map(Ex::boxed),
        },
        l,
        r,
    )
}

/// `global a, b` / `nonlocal a, b`.
pub(crate) fn names(global: bool, names: Vec<String>, l: u32, r: u32) -> Box<Stmt> {
    let kind = if global {
        StmtKind::Global { names }
    } else {
        StmtKind::Nonlocal { names }
    };
    stmt(kind, l, r)
}

/// One imported name with its `as` clause.
pub(crate) fn alias(name: String, asname: Option<String>, l: u32, r: u32) -> Alias {
    Alias {
        name,
        asname,
        range: range(l, r),
    }
}

/// `import a.b as c, d`.
pub(crate) fn import(names: Vec<Alias>, l: u32, r: u32) -> Box<Stmt> {
    stmt(StmtKind::Import { names }, l, r)
}

/// How the names of a `from` import were written.
pub(crate) enum ImportNames {
    Star(Alias),
    Parenthesized(Vec<Alias>),
    Bare {
        names: Vec<Alias>,
        trailing_comma: Option<TextRange>,
    },
}

/// `from ..module import names`.
pub(crate) fn import_from(
    level: u32,
    module: Option<String>,
    names: ImportNames,
    l: u32,
    r: u32,
) -> PResult<Box<Stmt>> {
    let names = match names {
        ImportNames::Star(alias) => vec![alias],
        ImportNames::Parenthesized(names) => names,
        ImportNames::Bare {
            trailing_comma: Some(at),
            ..
        } => {
            return fail(
                "trailing comma not allowed without surrounding parentheses",
                at,
            );
        }
        ImportNames::Bare { names, .. } => names,
    };
    Ok(stmt(
        StmtKind::ImportFrom {
            module,
            names,
            level,
        },
        l,
        r,
    ))
}

/// `if test: body [elif …] [else: …]`; `elif` arrives as a nested `If` in `orelse`.
pub(crate) fn if_(test: Ex, body: Body, orelse: Body, l: u32) -> Box<Stmt> {
    let end = Body::last_end(&[&body, &orelse], l);
    let (body, orelse) = (body.stmts, orelse.stmts);
    stmt(
        StmtKind::If {
            test: test.boxed(),
            body,
            orelse,
        },
        l,
        end,
    )
}

/// `while test: body [else: …]`.
pub(crate) fn while_(test: Ex, body: Body, orelse: Body, l: u32) -> Box<Stmt> {
    let end = Body::last_end(&[&body, &orelse], l);
    let (body, orelse) = (body.stmts, orelse.stmts);
    stmt(
        StmtKind::While {
            test: test.boxed(),
            body,
            orelse,
        },
        l,
        end,
    )
}

/// `[async] for target in iter: body [else: …]`.
pub(crate) fn for_(
    is_async: bool,
    target: Ex,
    iter: Ex,
    body: Body,
    orelse: Body,
    l: u32,
) -> PResult<Box<Stmt>> {
    let mut target = target;
    targets::store(&mut target.expr, Kind::For)?;
    let end = Body::last_end(&[&body, &orelse], l);
    let (body, orelse) = (body.stmts, orelse.stmts);
    let node = For {
        is_async,
        target: target.boxed(),
        iter: iter.boxed(),
        body,
        orelse,
        type_comment: None,
    };
    Ok(stmt(StmtKind::For(node), l, end))
}

/// One `except` clause and whether it was `except*`.
pub(crate) struct Handler {
    pub(crate) handler: ExceptHandler,
    pub(crate) star: bool,
}

/// `except [type [as name]]: body`.
pub(crate) fn handler(
    star: bool,
    type_: Option<Ex>,
    name: Option<String>,
    body: Body,
    l: u32,
) -> Handler {
    let end = Body::last_end(&[&body], l);
    let body = body.stmts;
    Handler {
        handler: ExceptHandler {
            type_: type_.map(Ex::boxed),
            name,
            body,
            range: range(l, end),
        },
        star,
    }
}

/// `try: … except …: … else: … finally: …`.
pub(crate) fn try_(
    body: Body,
    handlers: Vec<Handler>,
    orelse: Body,
    finalbody: Body,
    l: u32,
) -> PResult<Box<Stmt>> {
    let is_star = handlers.first().is_some_and(|h| h.star);
    if let Some(mixed) = handlers.iter().find(|h| h.star != is_star) {
        // CPython points at the clause's keyword: `except` or `except*`.
        let start: u32 = mixed.handler.range.start().into();
        let keyword = if mixed.star { 7 } else { 6 };
        return fail(
            "cannot have both 'except' and 'except*' on the same 'try'",
            range(start, start + keyword),
        );
    }
    let handlers: Vec<ExceptHandler> = handlers.into_iter().map(|h| h.handler).collect();
    let mut end = Body::last_end(&[&body], l);
    if let Some(h) = handlers.last() {
        end = h.range.end().into();
    }
    end = Body::last_end(&[&orelse, &finalbody], end);
    let (body, orelse, finalbody) = (body.stmts, orelse.stmts, finalbody.stmts);
    Ok(stmt(
        StmtKind::Try(Try {
            is_star,
            body,
            handlers,
            orelse,
            finalbody,
        }),
        l,
        end,
    ))
}

/// One `expr [as target]` of a `with` statement.
pub(crate) fn with_item(context_expr: Ex, target: Option<Ex>) -> PResult<WithItem> {
    let optional_vars = match target {
        Some(mut target) => {
            targets::store(&mut target.expr, Kind::Assign)?;
            Some(target.boxed())
        }
        None => None,
    };
    Ok(WithItem {
        context_expr: *context_expr.expr,
        optional_vars,
    })
}

/// `[async] with items: body`.
pub(crate) fn with(is_async: bool, items: Vec<WithItem>, body: Body, l: u32) -> Box<Stmt> {
    let end = Body::last_end(&[&body], l);
    let body = body.stmts;
    stmt(
        StmtKind::With(With {
            is_async,
            items,
            body,
            type_comment: None,
        }),
        l,
        end,
    )
}

/// The parts of a `def` header.
// The grammar boxes these items to keep its stack entries small.
#[allow(clippy::vec_box)]
pub(crate) struct DefHeader {
    pub(crate) is_async: bool,
    pub(crate) name: String,
    pub(crate) params: Vec<Box<ParamItem>>,
    pub(crate) returns: Option<Ex>,
}

/// `[async] def name(params) -> returns: body`, decorators first. The statement starts at
/// `def` (or `async`), not at the first decorator, as in CPython.
pub(crate) fn function_def(
    decorators: Vec<Ex>,
    header: DefHeader,
    body: Body,
    l: u32,
) -> PResult<Box<Stmt>> {
    let (args, _) = params::arguments(header.params, None)?;
    let end = Body::last_end(&[&body], l);
    let body = body.stmts;
    let node = FunctionDef {
        is_async: header.is_async,
        name: header.name,
        args: Box::new(args),
        body,
        decorator_list: decorators.into_iter().map(|d| *d.expr).collect(),
        returns: header.returns.map(Ex::boxed),
        type_comment: None,
    };
    Ok(stmt(StmtKind::FunctionDef(node), l, end))
}

/// `class name(bases, keywords): body`.
pub(crate) fn class_def(
    decorators: Vec<Ex>,
    name: String,
    args: Option<Box<(Vec<ArgItem>, bool, TextRange)>>,
    body: Body,
    l: u32,
) -> PResult<Box<Stmt>> {
    let (bases, keywords) = match args.map(|a| *a) {
        Some((items, trailing_comma, parens)) => {
            // CPython's class arguments have no bare generator: alone, it fails at its
            // `for`; beside other arguments, it must be parenthesized, as in a call.
            if let [ArgItem::Generator(generator)] = items.as_slice() {
                if !trailing_comma {
                    let at = generator.1.start;
                    return fail("invalid syntax", TextRange::new(at.into(), at.into()));
                }
            }
            let sorted = arguments(items, trailing_comma, parens)?;
            (sorted.args, sorted.keywords)
        }
        None => (Vec::new(), Vec::new()),
    };
    let end = Body::last_end(&[&body], l);
    let body = body.stmts;
    let node = ClassDef {
        name,
        bases,
        keywords,
        body,
        decorator_list: decorators.into_iter().map(|d| *d.expr).collect(),
    };
    Ok(stmt(StmtKind::ClassDef(node), l, end))
}

/// Turns the collected expressions of a `lambda` into the node.
// The grammar boxes these items to keep its stack entries small.
#[allow(clippy::vec_box)]
pub(crate) fn lambda(
    ctx: &crate::Ctx,
    params: Vec<Box<ParamItem>>,
    body: Ex,
    l: u32,
    r: u32,
) -> PResult<Ex> {
    let (args, depth) = params::arguments(params, Some(ctx.source))?;
    let depth = depth.max(body.depth);
    Ex::node(
        ExprKind::Lambda {
            args: Box::new(args),
            body: body.boxed(),
        },
        range(l, r),
        depth,
    )
}
