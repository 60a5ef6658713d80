//! Trees the parser would not produce (built by hand) are compiled to errors at the node,
//! never to a panic.

use krait_ast::{
    Expr, ExprContext, ExprKind, For, Module, Stmt, StmtKind, TextRange, With, WithItem,
};

use crate::compile_module;

fn range(start: u32, end: u32) -> TextRange {
    TextRange::new(start.into(), end.into())
}

fn name(id: &str) -> Expr {
    Expr::new(
        ExprKind::Name {
            id: id.into(),
            ctx: ExprContext::Load,
        },
        range(0, 1),
    )
}

fn error_of(stmt: Stmt) -> (String, TextRange) {
    let module = Module {
        body: vec![stmt],
        type_ignores: vec![],
        range: range(0, 20),
    };
    let error = compile_module(&module, "x = 1\n", "<test>").expect_err("does not compile");
    (error.message, error.range)
}

#[test]
fn async_for_and_with() {
    let for_ = For {
        is_async: true,
        target: Box::new(Expr::new(
            ExprKind::Name {
                id: "x".into(),
                ctx: ExprContext::Store,
            },
            range(0, 1),
        )),
        iter: Box::new(name("y")),
        body: vec![Stmt::new(StmtKind::Pass, range(3, 4))],
        orelse: vec![],
        type_comment: None,
    };
    let stmt = Stmt::new(StmtKind::For(for_), range(0, 5));
    assert_eq!(
        error_of(stmt),
        ("'async for' outside async function".into(), range(0, 5))
    );

    let with = With {
        is_async: true,
        items: vec![WithItem {
            context_expr: name("m"),
            optional_vars: None,
        }],
        body: vec![Stmt::new(StmtKind::Pass, range(3, 4))],
        type_comment: None,
    };
    let stmt = Stmt::new(StmtKind::With(with), range(0, 6));
    assert_eq!(
        error_of(stmt),
        ("'async with' outside async function".into(), range(0, 6))
    );
}
