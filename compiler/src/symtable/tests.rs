//! Symbol-table tests on hand-built trees: how names resolve in nested functions, classes
//! and comprehensions, and the declaration errors, each checked against what CPython 3.11's
//! `symtable` module reports for the same source (quoted above each test).

use krait_ast::{
    Arg, Arguments, ClassDef, Comprehension, Expr, ExprContext, ExprKind, FunctionDef, MatchCase,
    Module, Pattern, PatternKind, Stmt, StmtKind, TextRange,
};

use super::{ScopeKind, SymbolScope, SymbolTable};

fn r() -> TextRange {
    TextRange::default()
}

fn load(id: &str) -> Expr {
    Expr::new(
        ExprKind::Name {
            id: id.into(),
            ctx: ExprContext::Load,
        },
        r(),
    )
}

fn store(id: &str) -> Expr {
    Expr::new(
        ExprKind::Name {
            id: id.into(),
            ctx: ExprContext::Store,
        },
        r(),
    )
}

fn stmt(kind: StmtKind) -> Stmt {
    Stmt::new(kind, r())
}

fn assign(target: &str, value: Expr) -> Stmt {
    stmt(StmtKind::Assign {
        targets: vec![store(target)],
        value: Box::new(value),
        type_comment: None,
    })
}

fn ret(value: Expr) -> Stmt {
    stmt(StmtKind::Return {
        value: Some(Box::new(value)),
    })
}

fn call(func: &str) -> Expr {
    Expr::new(
        ExprKind::Call {
            func: Box::new(load(func)),
            args: vec![],
            keywords: vec![],
        },
        r(),
    )
}

fn def(name: &str, params: &[&str], body: Vec<Stmt>) -> Stmt {
    let args = Arguments {
        args: params
            .iter()
            .map(|p| Arg {
                arg: (*p).into(),
                annotation: None,
                type_comment: None,
                range: r(),
            })
            .collect(),
        ..Arguments::default()
    };
    stmt(StmtKind::FunctionDef(FunctionDef {
        is_async: false,
        name: name.into(),
        args: Box::new(args),
        body,
        decorator_list: vec![],
        returns: None,
        type_comment: None,
    }))
}

fn class(name: &str, body: Vec<Stmt>) -> Stmt {
    stmt(StmtKind::ClassDef(ClassDef {
        name: name.into(),
        bases: vec![],
        keywords: vec![],
        body,
        decorator_list: vec![],
    }))
}

fn module(body: Vec<Stmt>) -> Module {
    Module {
        body,
        type_ignores: vec![],
        range: r(),
    }
}

/// How `name` resolves in the first scope called `scope`.
fn resolution(table: &SymbolTable, scope: &str, name: &str) -> Option<SymbolScope> {
    let scope = table.scopes().iter().find(|s| s.name == scope)?;
    scope.scope_of(name)
}

fn error(module: &Module) -> String {
    SymbolTable::build(module)
        .expect_err("should be rejected")
        .message
}

/// ```python
/// x = 1
/// def f(a):
///     def g():
///         return a + x
///     b = a
///     return g
/// ```
#[test]
fn captured_parameter_is_a_cell_and_free_below() {
    let sum = Expr::new(
        ExprKind::BinOp {
            left: Box::new(load("a")),
            op: krait_ast::Operator::Add,
            right: Box::new(load("x")),
        },
        r(),
    );
    let m = module(vec![
        assign(
            "x",
            Expr::new(
                ExprKind::Constant {
                    value: krait_ast::Constant::None,
                    kind: None,
                },
                r(),
            ),
        ),
        def(
            "f",
            &["a"],
            vec![
                def("g", &[], vec![ret(sum)]),
                assign("b", load("a")),
                ret(load("g")),
            ],
        ),
    ]);
    let table = SymbolTable::build(&m).unwrap();
    assert_eq!(resolution(&table, "top", "x"), Some(SymbolScope::Local));
    assert_eq!(resolution(&table, "f", "a"), Some(SymbolScope::Cell));
    assert_eq!(resolution(&table, "f", "b"), Some(SymbolScope::Local));
    assert_eq!(resolution(&table, "f", "g"), Some(SymbolScope::Local));
    assert_eq!(resolution(&table, "g", "a"), Some(SymbolScope::Free));
    assert_eq!(
        resolution(&table, "g", "x"),
        Some(SymbolScope::GlobalImplicit)
    );
    assert_eq!(
        table.to_string(),
        "module top\n  x: local [assigned]\n  f: local [assigned]\n  function f(a)\n    \
         a: cell [param, used]\n    g: local [assigned, used]\n    b: local [assigned]\n    \
         function g() [nested]\n      a: free [used]\n      x: global [used]\n"
    );
    let f = table.scopes().iter().find(|s| s.name == "f").unwrap();
    assert_eq!(f.cellvars(), vec!["a"]);
    assert_eq!(f.params, vec!["a"]);
    assert!(!f.nested);
    let g = table.scopes().iter().find(|s| s.name == "g").unwrap();
    assert_eq!(g.freevars(), vec!["a"]);
    assert!(g.nested);
}

/// ```python
/// def f():
///     x = 1
///     def g():
///         def h():
///             nonlocal x
///             x = 2
/// ```
/// `g` does not use `x` but passes the cell through: `x` is free in `g` too.
#[test]
fn nonlocal_passes_through_intermediate_scopes() {
    let h = def(
        "h",
        &[],
        vec![
            stmt(StmtKind::Nonlocal {
                names: vec!["x".into()],
            }),
            assign("x", load("y")),
        ],
    );
    let m = module(vec![def(
        "f",
        &[],
        vec![assign("x", load("y")), def("g", &[], vec![h])],
    )]);
    let table = SymbolTable::build(&m).unwrap();
    assert_eq!(resolution(&table, "f", "x"), Some(SymbolScope::Cell));
    assert_eq!(resolution(&table, "g", "x"), Some(SymbolScope::Free));
    assert_eq!(resolution(&table, "h", "x"), Some(SymbolScope::Free));
}

/// ```python
/// def f():
///     global x
///     x = 1
/// ```
/// The module learns that `x` is written as a global (CPython then compiles module-level
/// uses of `x` with `*_GLOBAL`).
#[test]
fn global_declaration_marks_the_module_symbol() {
    let m = module(vec![def(
        "f",
        &[],
        vec![
            stmt(StmtKind::Global {
                names: vec!["x".into()],
            }),
            assign("x", load("y")),
        ],
    )]);
    let table = SymbolTable::build(&m).unwrap();
    assert_eq!(
        resolution(&table, "f", "x"),
        Some(SymbolScope::GlobalExplicit)
    );
    assert_eq!(
        resolution(&table, "top", "x"),
        Some(SymbolScope::GlobalExplicit)
    );
}

/// ```python
/// class C:
///     y = 1
///     def m(self):
///         return y, super()
/// ```
/// Class names are invisible to methods; `super()` makes `__class__` an implicit cell.
#[test]
fn class_scope_does_not_enclose_methods() {
    let tuple = Expr::new(
        ExprKind::Tuple {
            elts: vec![load("y"), call("super")],
            ctx: ExprContext::Load,
        },
        r(),
    );
    let m = module(vec![class(
        "C",
        vec![
            assign("y", load("z")),
            def("m", &["self"], vec![ret(tuple)]),
        ],
    )]);
    let table = SymbolTable::build(&m).unwrap();
    assert_eq!(resolution(&table, "C", "y"), Some(SymbolScope::Local));
    assert_eq!(
        resolution(&table, "m", "y"),
        Some(SymbolScope::GlobalImplicit)
    );
    assert_eq!(
        resolution(&table, "m", "__class__"),
        Some(SymbolScope::Free)
    );
    let c = table.scopes().iter().find(|s| s.name == "C").unwrap();
    assert!(c.needs_class_closure);
    assert_eq!(c.cellvars(), vec!["__class__"]);
    assert!(c.freevars().is_empty());
}

/// ```python
/// def f(x):
///     class C:
///         x = 2
///         def m(self):
///             return x
/// ```
/// `C` binds `x` in its namespace and also passes `f`'s cell to `m`.
#[test]
fn class_binding_a_name_its_methods_capture() {
    let c = class(
        "C",
        vec![
            assign("x", load("z")),
            def("m", &["self"], vec![ret(load("x"))]),
        ],
    );
    let m = module(vec![def("f", &["x"], vec![c])]);
    let table = SymbolTable::build(&m).unwrap();
    assert_eq!(resolution(&table, "f", "x"), Some(SymbolScope::Cell));
    assert_eq!(resolution(&table, "C", "x"), Some(SymbolScope::Local));
    assert_eq!(resolution(&table, "m", "x"), Some(SymbolScope::Free));
    let c = table.scopes().iter().find(|s| s.name == "C").unwrap();
    assert_eq!(c.freevars(), vec!["x"]);
}

/// ```python
/// def f(n):
///     return [i * n for i in range(n)]
/// ```
#[test]
fn comprehension_is_a_scope_with_its_iterator_argument() {
    let elt = Expr::new(
        ExprKind::BinOp {
            left: Box::new(load("i")),
            op: krait_ast::Operator::Mult,
            right: Box::new(load("n")),
        },
        r(),
    );
    let generator = Comprehension {
        target: store("i"),
        iter: Expr::new(
            ExprKind::Call {
                func: Box::new(load("range")),
                args: vec![load("n")],
                keywords: vec![],
            },
            r(),
        ),
        ifs: vec![],
        is_async: 0,
    };
    let comp = Expr::new(
        ExprKind::ListComp {
            elt: Box::new(elt),
            generators: vec![generator],
        },
        r(),
    );
    let m = module(vec![def("f", &["n"], vec![ret(comp)])]);
    let table = SymbolTable::build(&m).unwrap();
    let comp = table
        .scopes()
        .iter()
        .find(|s| s.name == "listcomp")
        .unwrap();
    assert_eq!(comp.kind, ScopeKind::Comprehension);
    assert_eq!(comp.params, vec![".0"]);
    assert_eq!(comp.scope_of("i"), Some(SymbolScope::Local));
    assert_eq!(comp.scope_of("n"), Some(SymbolScope::Free));
    // `range(n)`, the outermost iterable, is evaluated in `f`.
    assert_eq!(comp.scope_of("range"), None);
    assert_eq!(
        resolution(&table, "f", "range"),
        Some(SymbolScope::GlobalImplicit)
    );
    assert_eq!(resolution(&table, "f", "n"), Some(SymbolScope::Cell));
}

/// ```python
/// class C:
///     def __m(self, __a):
///         __b = __a
/// ```
#[test]
fn private_names_are_mangled() {
    let m = module(vec![class(
        "C",
        vec![def(
            "__m",
            &["self", "__a"],
            vec![assign("__b", load("__a"))],
        )],
    )]);
    let table = SymbolTable::build(&m).unwrap();
    assert_eq!(resolution(&table, "C", "_C__m"), Some(SymbolScope::Local));
    let method = table.scopes().iter().find(|s| s.name == "__m").unwrap();
    assert_eq!(method.params, vec!["self", "_C__a"]);
    assert_eq!(method.scope_of("_C__b"), Some(SymbolScope::Local));
}

#[test]
fn declaration_errors_use_cpython_messages() {
    // nonlocal x
    let m = module(vec![stmt(StmtKind::Nonlocal {
        names: vec!["x".into()],
    })]);
    assert_eq!(
        error(&m),
        "nonlocal declaration not allowed at module level"
    );
    // def f():
    //     nonlocal x
    let m = module(vec![def(
        "f",
        &[],
        vec![stmt(StmtKind::Nonlocal {
            names: vec!["x".into()],
        })],
    )]);
    assert_eq!(error(&m), "no binding for nonlocal 'x' found");
    // def f():
    //     print(x)
    //     global x
    let m = module(vec![def(
        "f",
        &[],
        vec![
            stmt(StmtKind::Expr {
                value: Box::new(load("x")),
            }),
            stmt(StmtKind::Global {
                names: vec!["x".into()],
            }),
        ],
    )]);
    assert_eq!(error(&m), "name 'x' is used prior to global declaration");
    // def f():
    //     x = 1
    //     global x
    let m = module(vec![def(
        "f",
        &[],
        vec![
            assign("x", load("y")),
            stmt(StmtKind::Global {
                names: vec!["x".into()],
            }),
        ],
    )]);
    assert_eq!(
        error(&m),
        "name 'x' is assigned to before global declaration"
    );
    // def f(x):
    //     global x
    let m = module(vec![def(
        "f",
        &["x"],
        vec![stmt(StmtKind::Global {
            names: vec!["x".into()],
        })],
    )]);
    assert_eq!(error(&m), "name 'x' is parameter and global");
    // def f(x, x): pass
    let m = module(vec![def("f", &["x", "x"], vec![stmt(StmtKind::Pass)])]);
    assert_eq!(error(&m), "duplicate argument 'x' in function definition");
    // def f():
    //     global x
    //     nonlocal x
    let m = module(vec![def(
        "f",
        &[],
        vec![
            stmt(StmtKind::Global {
                names: vec!["x".into()],
            }),
            stmt(StmtKind::Nonlocal {
                names: vec!["x".into()],
            }),
        ],
    )]);
    assert_eq!(error(&m), "name 'x' is nonlocal and global");
}

fn capture(name: Option<&str>, pattern: Option<Pattern>) -> Pattern {
    Pattern {
        kind: PatternKind::MatchAs {
            pattern: pattern.map(Box::new),
            name: name.map(Into::into),
        },
        range: r(),
    }
}

/// ```python
/// def f(s):
///     match s:
///         case [a, *b, (C() as c)] | {**b}:
///             def g():
///                 return c
/// ```
/// Every name a pattern captures is local to `f` (`c` a cell, used by `g`); the class in a
/// class pattern is only used. (The symbol table does not check that alternatives bind the
/// same names; code generation does.)
#[test]
fn pattern_captures_are_local() {
    let class_pattern = Pattern {
        kind: PatternKind::MatchClass {
            cls: Box::new(load("C")),
            patterns: vec![],
            kwd_attrs: vec![],
            kwd_patterns: vec![],
        },
        range: r(),
    };
    let sequence = Pattern {
        kind: PatternKind::MatchSequence {
            patterns: vec![
                capture(Some("a"), None),
                Pattern {
                    kind: PatternKind::MatchStar {
                        name: Some("b".into()),
                    },
                    range: r(),
                },
                capture(Some("c"), Some(class_pattern)),
            ],
        },
        range: r(),
    };
    let mapping = Pattern {
        kind: PatternKind::MatchMapping {
            keys: vec![],
            patterns: vec![],
            rest: Some("b".into()),
        },
        range: r(),
    };
    let case = MatchCase {
        pattern: Pattern {
            kind: PatternKind::MatchOr {
                patterns: vec![sequence, mapping],
            },
            range: r(),
        },
        guard: None,
        body: vec![def("g", &[], vec![ret(load("c"))])],
    };
    let m = module(vec![def(
        "f",
        &["s"],
        vec![stmt(StmtKind::Match {
            subject: Box::new(load("s")),
            cases: vec![case],
        })],
    )]);
    let table = SymbolTable::build(&m).unwrap();
    assert_eq!(resolution(&table, "f", "a"), Some(SymbolScope::Local));
    assert_eq!(resolution(&table, "f", "b"), Some(SymbolScope::Local));
    assert_eq!(resolution(&table, "f", "c"), Some(SymbolScope::Cell));
    assert_eq!(
        resolution(&table, "f", "C"),
        Some(SymbolScope::GlobalImplicit)
    );
    assert_eq!(resolution(&table, "g", "c"), Some(SymbolScope::Free));
}
