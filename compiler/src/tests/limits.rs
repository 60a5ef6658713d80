//! Nesting limits: trees deeper than CPython compiles are rejected with its message, and
//! nothing short of that exhausts the native stack. Built by hand, since the parser has
//! limits of its own.

use krait_ast::{Expr, ExprContext, ExprKind, Module, Operator, Stmt, StmtKind, TextRange};

use crate::compile_module;

fn r() -> TextRange {
    TextRange::new(0.into(), 1.into())
}

/// `a + a + … + a` with `terms` operands, as one expression statement.
fn chain(terms: usize) -> Module {
    let name = || {
        Expr::new(
            ExprKind::Name {
                id: "a".into(),
                ctx: ExprContext::Load,
            },
            r(),
        )
    };
    let mut expr = name();
    for _ in 1..terms {
        expr = Expr::new(
            ExprKind::BinOp {
                left: Box::new(expr),
                op: Operator::Add,
                right: Box::new(name()),
            },
            r(),
        );
    }
    let stmt = Stmt::new(
        StmtKind::Expr {
            value: Box::new(expr),
        },
        r(),
    );
    Module {
        body: vec![stmt],
        type_ignores: vec![],
        range: r(),
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    // CPython 3.11 compiles a chain of 2,900 operands and rejects one of 4,000.
    let module = chain(2900);
    let code = compile_module(&module, "a", "<test>").expect("compiles");
    crate::verify(&code).expect("valid");
    let module = chain(4000);
    let error = compile_module(&module, "a", "<test>").expect_err("too deep");
    assert_eq!(
        error.message,
        "maximum recursion depth exceeded during compilation"
    );
}
