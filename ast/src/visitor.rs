//! A visitor over the tree: override the `visit_*` methods you care about and call the
//! matching `walk_*` function to keep descending.
//!
//! Every `visit_*` method defaults to its `walk_*` function, and every `walk_*` function
//! visits each child node in source field order (the order of CPython's `ast` fields), so a
//! visitor that overrides nothing reaches every statement, expression, pattern and helper
//! node of the tree exactly once.

use crate::{
    Alias, Arg, Arguments, Comprehension, ExceptHandler, Expr, ExprKind, Keyword, MatchCase,
    Module, Pattern, PatternKind, Stmt, StmtKind, WithItem,
};

/// Walks a borrowed tree. `'a` is the tree's lifetime, so visitors may keep references to
/// the nodes they see.
pub trait Visitor<'a> {
    /// Called for every statement.
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        walk_stmt(self, stmt);
    }

    /// Called for every expression.
    fn visit_expr(&mut self, expr: &'a Expr) {
        walk_expr(self, expr);
    }

    /// Called for the parameters of every `def` and `lambda`.
    fn visit_arguments(&mut self, arguments: &'a Arguments) {
        walk_arguments(self, arguments);
    }

    /// Called for every single parameter.
    fn visit_arg(&mut self, arg: &'a Arg) {
        walk_arg(self, arg);
    }

    /// Called for every keyword argument of a call or class definition.
    fn visit_keyword(&mut self, keyword: &'a Keyword) {
        walk_keyword(self, keyword);
    }

    /// Called for every imported name.
    fn visit_alias(&mut self, alias: &'a Alias) {
        let _ = alias;
    }

    /// Called for every item of a `with` statement.
    fn visit_with_item(&mut self, item: &'a WithItem) {
        walk_with_item(self, item);
    }

    /// Called for every `for`/`if` clause of a comprehension.
    fn visit_comprehension(&mut self, comprehension: &'a Comprehension) {
        walk_comprehension(self, comprehension);
    }

    /// Called for every `except` clause.
    fn visit_except_handler(&mut self, handler: &'a ExceptHandler) {
        walk_except_handler(self, handler);
    }

    /// Called for every `case` block.
    fn visit_match_case(&mut self, case: &'a MatchCase) {
        walk_match_case(self, case);
    }

    /// Called for every pattern.
    fn visit_pattern(&mut self, pattern: &'a Pattern) {
        walk_pattern(self, pattern);
    }
}

/// Visits every statement of the module.
pub fn walk_module<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, module: &'a Module) {
    walk_body(visitor, &module.body);
}

fn walk_body<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, body: &'a [Stmt]) {
    for stmt in body {
        visitor.visit_stmt(stmt);
    }
}

fn walk_exprs<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, exprs: &'a [Expr]) {
    for expr in exprs {
        visitor.visit_expr(expr);
    }
}

fn walk_opt<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, expr: &'a Option<Box<Expr>>) {
    if let Some(expr) = expr {
        visitor.visit_expr(expr);
    }
}

/// Visits the children of `stmt`.
pub fn walk_stmt<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, stmt: &'a Stmt) {
    match &stmt.kind {
        StmtKind::FunctionDef(def) => {
            visitor.visit_arguments(&def.args);
            walk_body(visitor, &def.body);
            walk_exprs(visitor, &def.decorator_list);
            walk_opt(visitor, &def.returns);
        }
        StmtKind::ClassDef(class) => {
            walk_exprs(visitor, &class.bases);
            for keyword in &class.keywords {
                visitor.visit_keyword(keyword);
            }
            walk_body(visitor, &class.body);
            walk_exprs(visitor, &class.decorator_list);
        }
        StmtKind::Return { value } => walk_opt(visitor, value),
        StmtKind::Delete { targets } => walk_exprs(visitor, targets),
        StmtKind::Assign { targets, value, .. } => {
            walk_exprs(visitor, targets);
            visitor.visit_expr(value);
        }
        StmtKind::AugAssign { target, value, .. } => {
            visitor.visit_expr(target);
            visitor.visit_expr(value);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            visitor.visit_expr(target);
            visitor.visit_expr(annotation);
            walk_opt(visitor, value);
        }
        StmtKind::For(for_) => {
            visitor.visit_expr(&for_.target);
            visitor.visit_expr(&for_.iter);
            walk_body(visitor, &for_.body);
            walk_body(visitor, &for_.orelse);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            visitor.visit_expr(test);
            walk_body(visitor, body);
            walk_body(visitor, orelse);
        }
        StmtKind::With(with) => {
            for item in &with.items {
                visitor.visit_with_item(item);
            }
            walk_body(visitor, &with.body);
        }
        StmtKind::Match { subject, cases } => {
            visitor.visit_expr(subject);
            for case in cases {
                visitor.visit_match_case(case);
            }
        }
        StmtKind::Raise { exc, cause } => {
            walk_opt(visitor, exc);
            walk_opt(visitor, cause);
        }
        StmtKind::Try(try_) => {
            walk_body(visitor, &try_.body);
            for handler in &try_.handlers {
                visitor.visit_except_handler(handler);
            }
            walk_body(visitor, &try_.orelse);
            walk_body(visitor, &try_.finalbody);
        }
        StmtKind::Assert { test, msg } => {
            visitor.visit_expr(test);
            walk_opt(visitor, msg);
        }
        StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
            for alias in names {
                visitor.visit_alias(alias);
            }
        }
        StmtKind::Expr { value } => visitor.visit_expr(value),
        StmtKind::Global { .. }
        | StmtKind::Nonlocal { .. }
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => {}
    }
}

/// Visits the children of `expr`.
pub fn walk_expr<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, expr: &'a Expr) {
    match &expr.kind {
        ExprKind::BoolOp { values, .. } => walk_exprs(visitor, values),
        ExprKind::NamedExpr { target, value } => {
            visitor.visit_expr(target);
            visitor.visit_expr(value);
        }
        ExprKind::BinOp { left, right, .. } => {
            visitor.visit_expr(left);
            visitor.visit_expr(right);
        }
        ExprKind::UnaryOp { operand, .. } => visitor.visit_expr(operand),
        ExprKind::Lambda { args, body } => {
            visitor.visit_arguments(args);
            visitor.visit_expr(body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            visitor.visit_expr(test);
            visitor.visit_expr(body);
            visitor.visit_expr(orelse);
        }
        ExprKind::Dict { keys, values } => {
            // Keys and values interleave in source order: `{k1: v1, **m, k2: v2}`.
            for (key, value) in keys.iter().zip(values) {
                if let Some(key) = key {
                    visitor.visit_expr(key);
                }
                visitor.visit_expr(value);
            }
        }
        ExprKind::Set { elts } => walk_exprs(visitor, elts),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            visitor.visit_expr(elt);
            for generator in generators {
                visitor.visit_comprehension(generator);
            }
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            visitor.visit_expr(key);
            visitor.visit_expr(value);
            for generator in generators {
                visitor.visit_comprehension(generator);
            }
        }
        ExprKind::Await { value } | ExprKind::YieldFrom { value } => visitor.visit_expr(value),
        ExprKind::Yield { value } => walk_opt(visitor, value),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            visitor.visit_expr(left);
            walk_exprs(visitor, comparators);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            visitor.visit_expr(func);
            walk_exprs(visitor, args);
            for keyword in keywords {
                visitor.visit_keyword(keyword);
            }
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            visitor.visit_expr(value);
            walk_opt(visitor, format_spec);
        }
        ExprKind::JoinedStr { values } => walk_exprs(visitor, values),
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => {
            visitor.visit_expr(value)
        }
        ExprKind::Subscript { value, slice, .. } => {
            visitor.visit_expr(value);
            visitor.visit_expr(slice);
        }
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => walk_exprs(visitor, elts),
        ExprKind::Slice { lower, upper, step } => {
            walk_opt(visitor, lower);
            walk_opt(visitor, upper);
            walk_opt(visitor, step);
        }
        ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
    }
}

/// Visits every parameter and default. Defaults come after the parameters they belong to,
/// as in CPython's field order.
pub fn walk_arguments<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, arguments: &'a Arguments) {
    for arg in &arguments.posonlyargs {
        visitor.visit_arg(arg);
    }
    for arg in &arguments.args {
        visitor.visit_arg(arg);
    }
    if let Some(arg) = &arguments.vararg {
        visitor.visit_arg(arg);
    }
    for arg in &arguments.kwonlyargs {
        visitor.visit_arg(arg);
    }
    for default in arguments.kw_defaults.iter().flatten() {
        visitor.visit_expr(default);
    }
    if let Some(arg) = &arguments.kwarg {
        visitor.visit_arg(arg);
    }
    walk_exprs(visitor, &arguments.defaults);
}

/// Visits the parameter's annotation.
pub fn walk_arg<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, arg: &'a Arg) {
    walk_opt(visitor, &arg.annotation);
}

/// Visits the keyword's value.
pub fn walk_keyword<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, keyword: &'a Keyword) {
    visitor.visit_expr(&keyword.value);
}

/// Visits the context manager and its target.
pub fn walk_with_item<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, item: &'a WithItem) {
    visitor.visit_expr(&item.context_expr);
    walk_opt(visitor, &item.optional_vars);
}

/// Visits the target, the iterable and the filters.
pub fn walk_comprehension<'a, V: Visitor<'a> + ?Sized>(
    visitor: &mut V,
    comprehension: &'a Comprehension,
) {
    visitor.visit_expr(&comprehension.target);
    visitor.visit_expr(&comprehension.iter);
    walk_exprs(visitor, &comprehension.ifs);
}

/// Visits the matched type and the handler body.
pub fn walk_except_handler<'a, V: Visitor<'a> + ?Sized>(
    visitor: &mut V,
    handler: &'a ExceptHandler,
) {
    walk_opt(visitor, &handler.type_);
    walk_body(visitor, &handler.body);
}

/// Visits the pattern, the guard and the body.
pub fn walk_match_case<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, case: &'a MatchCase) {
    visitor.visit_pattern(&case.pattern);
    walk_opt(visitor, &case.guard);
    walk_body(visitor, &case.body);
}

/// Visits the sub-patterns and the expressions inside the pattern.
pub fn walk_pattern<'a, V: Visitor<'a> + ?Sized>(visitor: &mut V, pattern: &'a Pattern) {
    match &pattern.kind {
        PatternKind::MatchValue { value } => visitor.visit_expr(value),
        PatternKind::MatchSingleton { .. } | PatternKind::MatchStar { .. } => {}
        PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
            for p in patterns {
                visitor.visit_pattern(p);
            }
        }
        PatternKind::MatchMapping { keys, patterns, .. } => {
            walk_exprs(visitor, keys);
            for p in patterns {
                visitor.visit_pattern(p);
            }
        }
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            visitor.visit_expr(cls);
            for p in patterns.iter().chain(kwd_patterns) {
                visitor.visit_pattern(p);
            }
        }
        PatternKind::MatchAs { pattern, .. } => {
            if let Some(p) = pattern {
                visitor.visit_pattern(p);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Constant, ExprContext, TextRange};

    fn at(start: u32, end: u32) -> TextRange {
        TextRange::new(start.into(), end.into())
    }

    /// Collects every name it meets, in visiting order.
    #[derive(Default)]
    struct Names(Vec<String>);

    impl<'a> Visitor<'a> for Names {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let ExprKind::Name { id, .. } = &expr.kind {
                self.0.push(id.clone());
            }
            walk_expr(self, expr);
        }
    }

    fn name(id: &str) -> Expr {
        Expr::new(
            ExprKind::Name {
                id: id.into(),
                ctx: ExprContext::Load,
            },
            at(0, 1),
        )
    }

    #[test]
    fn reaches_nested_expressions_in_order() {
        // `if a: x = {b: c, **d}[e]` (ranges do not matter to the walk)
        let dict = Expr::new(
            ExprKind::Dict {
                keys: vec![Some(name("b")), None],
                values: vec![name("c"), name("d")],
            },
            at(0, 1),
        );
        let subscript = Expr::new(
            ExprKind::Subscript {
                value: Box::new(dict),
                slice: Box::new(name("e")),
                ctx: ExprContext::Load,
            },
            at(0, 1),
        );
        let target = Expr::new(
            ExprKind::Name {
                id: "x".into(),
                ctx: ExprContext::Store,
            },
            at(0, 1),
        );
        let assign = Stmt::new(
            StmtKind::Assign {
                targets: vec![target],
                value: Box::new(subscript),
                type_comment: None,
            },
            at(0, 1),
        );
        let stmt = Stmt::new(
            StmtKind::If {
                test: Box::new(name("a")),
                body: vec![assign],
                orelse: Vec::new(),
            },
            at(0, 1),
        );
        let module = Module {
            body: vec![stmt],
            type_ignores: Vec::new(),
            range: at(0, 1),
        };
        let mut names = Names::default();
        walk_module(&mut names, &module);
        assert_eq!(names.0, ["a", "x", "b", "c", "d", "e"]);
    }

    #[test]
    fn reaches_arguments_and_keywords() {
        let default = Expr::new(
            ExprKind::Constant {
                value: Constant::None,
                kind: None,
            },
            at(0, 1),
        );
        let args = Arguments {
            args: vec![Arg {
                arg: "p".into(),
                annotation: Some(Box::new(name("T"))),
                type_comment: None,
                range: at(0, 1),
            }],
            kwonlyargs: vec![Arg {
                arg: "k".into(),
                annotation: None,
                type_comment: None,
                range: at(0, 1),
            }],
            kw_defaults: vec![Some(name("kd"))],
            defaults: vec![default],
            ..Arguments::default()
        };
        let call = Expr::new(
            ExprKind::Call {
                func: Box::new(name("f")),
                args: vec![name("g")],
                keywords: vec![Keyword {
                    arg: None,
                    value: name("h"),
                    range: at(0, 1),
                }],
            },
            at(0, 1),
        );
        let lambda = Expr::new(
            ExprKind::Lambda {
                args: Box::new(args),
                body: Box::new(call),
            },
            at(0, 1),
        );
        let stmt = Stmt::new(
            StmtKind::Expr {
                value: Box::new(lambda),
            },
            at(0, 1),
        );
        let module = Module {
            body: vec![stmt],
            type_ignores: Vec::new(),
            range: at(0, 1),
        };
        let mut names = Names::default();
        walk_module(&mut names, &module);
        assert_eq!(names.0, ["T", "kd", "f", "g", "h"]);
    }
}
