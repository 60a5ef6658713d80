//! The first pass over expressions: name uses and bindings, lambdas and comprehensions
//! (each its own scope), `yield` marking generators, and the scope rules of `:=` inside
//! comprehensions.

use krait_ast::{Comprehension, Expr, ExprContext, ExprKind};

use super::builder::Builder;
use super::{node_key, ScopeKind, SymbolFlags};
use crate::error::{syntax_error, with_stack, CompileResult};
use crate::mangle::mangle;

/// Which comprehension a scope is, for its name and for error messages.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl CompKind {
    fn scope_name(self) -> &'static str {
        match self {
            CompKind::List => "listcomp",
            CompKind::Set => "setcomp",
            CompKind::Dict => "dictcomp",
            CompKind::Generator => "genexpr",
        }
    }

    fn description(self) -> &'static str {
        match self {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            CompKind::Generator => "generator expression",
        }
    }

    fn from_scope_name(name: &str) -> CompKind {
        match name {
            "listcomp" => CompKind::List,
            "setcomp" => CompKind::Set,
            "dictcomp" => CompKind::Dict,
            _ => CompKind::Generator,
        }
    }
}

impl Builder {
    pub(super) fn visit_exprs(&mut self, exprs: &[Expr]) -> CompileResult<()> {
        exprs.iter().try_for_each(|e| self.visit_expr(e))
    }

    pub(super) fn visit_opt(&mut self, expr: Option<&Expr>) -> CompileResult<()> {
        expr.map_or(Ok(()), |e| self.visit_expr(e))
    }

    pub(super) fn visit_expr(&mut self, expr: &Expr) -> CompileResult<()> {
        self.enter_nesting(expr.range)?;
        with_stack(|| self.visit_expr_kind(expr))?;
        self.depth -= 1;
        Ok(())
    }

    fn visit_expr_kind(&mut self, expr: &Expr) -> CompileResult<()> {
        match &expr.kind {
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values),
            ExprKind::NamedExpr { target, value } => self.visit_named_expr(expr, target, value),
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand),
            ExprKind::Lambda { args, body } => {
                self.visit_defaults(args)?;
                self.enter(ScopeKind::Lambda, "lambda", node_key(expr), expr.range);
                self.visit_params(args)?;
                self.visit_expr(body)?;
                self.exit();
                Ok(())
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)
            }
            ExprKind::Dict { keys, values } => {
                for key in keys.iter().flatten() {
                    self.visit_expr(key)?;
                }
                self.visit_exprs(values)
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                self.visit_exprs(elts)
            }
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(expr, CompKind::List, generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(expr, CompKind::Set, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension(expr, CompKind::Dict, generators, key, Some(value)),
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(expr, CompKind::Generator, generators, elt, None)
            }
            ExprKind::Yield { value } => {
                self.visit_opt(value.as_deref())?;
                self.mark_generator(expr)
            }
            ExprKind::YieldFrom { value } => {
                self.visit_expr(value)?;
                self.mark_generator(expr)
            }
            ExprKind::Await { value } => {
                // An `await` makes a comprehension asynchronous; elsewhere the compiler
                // checks that it is inside an `async def`.
                if self.current().kind == ScopeKind::Comprehension {
                    self.current_mut().is_coroutine = true;
                }
                self.visit_expr(value)
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                keywords.iter().try_for_each(|k| self.visit_expr(&k.value))
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                self.visit_opt(format_spec.as_deref())
            }
            ExprKind::JoinedStr { values } => self.visit_exprs(values),
            ExprKind::Constant { .. } => Ok(()),
            ExprKind::Attribute { value, .. } => self.visit_expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)
            }
            ExprKind::Starred { value, .. } => self.visit_expr(value),
            ExprKind::Slice { lower, upper, step } => {
                self.visit_opt(lower.as_deref())?;
                self.visit_opt(upper.as_deref())?;
                self.visit_opt(step.as_deref())
            }
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load {
                    SymbolFlags::USE
                } else {
                    SymbolFlags::LOCAL
                };
                self.add_def(id, flag, expr.range)?;
                // Zero-argument `super()` reads the `__class__` cell.
                if *ctx == ExprContext::Load
                    && id == "super"
                    && self.current().kind.is_function_like()
                {
                    self.add_def("__class__", SymbolFlags::USE, expr.range)?;
                }
                Ok(())
            }
        }
    }

    fn mark_generator(&mut self, expr: &Expr) -> CompileResult<()> {
        let scope = self.current_mut();
        scope.is_generator = true;
        if scope.kind == ScopeKind::Comprehension {
            let kind = CompKind::from_scope_name(&scope.name);
            return Err(syntax_error(
                format!("'yield' inside {}", kind.description()),
                expr.range,
            ));
        }
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        expr: &Expr,
        kind: CompKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> CompileResult<()> {
        let Some((outermost, rest)) = generators.split_first() else {
            return Err(syntax_error(
                "comprehension without a 'for' clause",
                expr.range,
            ));
        };
        // The outermost iterable is evaluated in the enclosing scope and passed in as `.0`.
        self.frame_mut().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.frame_mut().comp_iter_expr -= 1;

        self.enter(
            ScopeKind::Comprehension,
            kind.scope_name(),
            node_key(expr),
            expr.range,
        );
        if let CompKind::Generator = kind {
            self.current_mut().is_generator = true;
        }
        if generators.iter().any(|g| g.is_async != 0) {
            self.current_mut().is_coroutine = true;
        }
        self.add_def(".0", SymbolFlags::PARAM, expr.range)?;
        self.visit_comp_target(&outermost.target)?;
        self.visit_exprs(&outermost.ifs)?;
        for generator in rest {
            self.visit_comp_target(&generator.target)?;
            self.frame_mut().comp_iter_expr += 1;
            self.visit_expr(&generator.iter)?;
            self.frame_mut().comp_iter_expr -= 1;
            self.visit_exprs(&generator.ifs)?;
        }
        self.visit_opt(value)?;
        self.visit_expr(elt)?;
        // An asynchronous list, set or dict comprehension is awaited where it stands, so a
        // comprehension containing one awaits too (an async generator expression is not
        // awaited: it only makes an async generator).
        let awaits = self.current().is_coroutine && kind != CompKind::Generator;
        self.exit();
        if awaits && self.current().kind == ScopeKind::Comprehension {
            self.current_mut().is_coroutine = true;
        }
        Ok(())
    }

    fn visit_comp_target(&mut self, target: &Expr) -> CompileResult<()> {
        self.frame_mut().comp_iter_target = true;
        let result = self.visit_expr(target);
        self.frame_mut().comp_iter_target = false;
        result
    }

    fn visit_named_expr(&mut self, expr: &Expr, target: &Expr, value: &Expr) -> CompileResult<()> {
        if self.frame().comp_iter_expr > 0 {
            return Err(syntax_error(
                "assignment expression cannot be used in a comprehension iterable expression",
                expr.range,
            ));
        }
        if self.current().kind == ScopeKind::Comprehension {
            self.extend_named_expr_scope(target)?;
        }
        self.visit_expr(value)?;
        self.visit_expr(target)
    }

    /// Inside a comprehension, `name := value` binds `name` in the nearest enclosing scope
    /// that is not a comprehension; the comprehensions in between see it as free.
    fn extend_named_expr_scope(&mut self, target: &Expr) -> CompileResult<()> {
        let ExprKind::Name { id, .. } = &target.kind else {
            return Ok(());
        };
        let mangled = mangle(self.private.as_deref(), id);
        for frame in self.stack.clone().iter().rev() {
            let scope = self.table.scope(frame.id);
            match scope.kind {
                ScopeKind::Comprehension => {
                    if scope.flags_of(&mangled).has(SymbolFlags::COMP_ITER) {
                        return Err(syntax_error(
                            format!(
                                "assignment expression cannot rebind comprehension iteration \
                                 variable '{id}'"
                            ),
                            target.range,
                        ));
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let declared_global = scope.flags_of(&mangled).has(SymbolFlags::GLOBAL);
                    let flag = if declared_global {
                        SymbolFlags::GLOBAL
                    } else {
                        SymbolFlags::NONLOCAL
                    };
                    self.add_def(id, flag, target.range)?;
                    let current = self.frame().id;
                    self.record_directive(current, id, target.range);
                    return self.add_def_in(
                        frame.id,
                        frame.comp_iter_target,
                        &mangled,
                        id,
                        SymbolFlags::LOCAL,
                        target.range,
                    );
                }
                ScopeKind::Module => {
                    self.add_def(id, SymbolFlags::GLOBAL, target.range)?;
                    let current = self.frame().id;
                    self.record_directive(current, id, target.range);
                    return self.add_def_in(
                        frame.id,
                        frame.comp_iter_target,
                        &mangled,
                        id,
                        SymbolFlags::GLOBAL,
                        target.range,
                    );
                }
                ScopeKind::Class => {
                    return Err(syntax_error(
                        "assignment expression within a comprehension cannot be used in a class \
                         body",
                        target.range,
                    ));
                }
            }
        }
        Ok(())
    }
}
