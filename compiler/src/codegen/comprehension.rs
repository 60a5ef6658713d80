//! Comprehensions and generator expressions, compiled as CPython 3.11 does: a nested
//! function (`<listcomp>`, `<setcomp>`, `<dictcomp>`, `<genexpr>`) taking the outermost
//! iterator as its one argument `.0`, called at once. The result is built with
//! `LIST_APPEND` / `SET_ADD` / `MAP_ADD` reaching below the loop iterators, or yielded.
//! An asynchronous comprehension (an `async for` clause or an `await` in it) is a coroutine
//! function whose call is awaited at once; an asynchronous generator expression is an async
//! generator function, called but not awaited. `async for` clauses loop as the statement
//! does (see `async_.rs`).

use krait_ast::{Comprehension, Expr, ExprKind};
use krait_bytecode::{Constant, Instruction};

use super::unit::Label;
use super::Compiler;
use crate::error::{internal_error, syntax_error, CompileResult};
use crate::symtable::ScopeKind;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    List,
    Set,
    Dict,
    Generator,
}

/// What the innermost loop adds to the result.
struct Element<'a> {
    kind: Kind,
    elt: &'a Expr,
    value: Option<&'a Expr>,
}

impl<'a> Compiler<'a> {
    pub(crate) fn compile_comprehension(&mut self, expr: &'a Expr) -> CompileResult<()> {
        use Instruction::*;
        let (kind, name, elt, value, generators) = match &expr.kind {
            ExprKind::ListComp { elt, generators } => {
                (Kind::List, "<listcomp>", elt, None, generators)
            }
            ExprKind::SetComp { elt, generators } => {
                (Kind::Set, "<setcomp>", elt, None, generators)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (Kind::Dict, "<dictcomp>", key, Some(&**value), generators),
            ExprKind::GeneratorExp { elt, generators } => {
                (Kind::Generator, "<genexpr>", elt, None, generators)
            }
            _ => return Err(internal_error("not a comprehension", expr.range)),
        };
        let Some(outermost) = generators.first() else {
            return Err(internal_error(
                "comprehension without a 'for' clause",
                expr.range,
            ));
        };
        let scope = self.child_scope(self.table.scope_of_expr(expr), expr.range)?;
        let is_async = self.table.scope(scope).is_coroutine;
        if is_async
            && kind != Kind::Generator
            && !self.in_async_function()
            && self.scope_kind() != ScopeKind::Comprehension
        {
            return Err(syntax_error(
                "asynchronous comprehension outside of an asynchronous function",
                expr.range,
            ));
        }

        let first_line = self.line_of(expr.range);
        self.enter_unit(scope, name, first_line);
        self.set_loc(expr.range);
        self.unit().argcount = 1;
        if is_async && kind != Kind::Generator {
            self.emit(ReturnGenerator);
        }
        match kind {
            Kind::List => self.emit(BuildList(0)),
            Kind::Set => self.emit(BuildSet(0)),
            Kind::Dict => self.emit(BuildMap(0)),
            Kind::Generator => self.emit(ReturnGenerator),
        }
        let element = Element { kind, elt, value };
        self.compile_comprehension_loop(generators, 0, 0, &element)?;
        if kind == Kind::Generator {
            self.load_const(Constant::None);
        }
        self.emit(ReturnValue);
        let code = self.finish_unit()?;

        self.make_closure(code, 0)?;
        self.compile_expr(&outermost.iter)?;
        self.emit(if outermost.is_async != 0 {
            GetAiter
        } else {
            GetIter
        });
        self.emit(Call(1));
        if is_async && kind != Kind::Generator {
            self.emit_await(0);
        }
        Ok(())
    }

    /// The loop for `generators[index]`, nested `depth` iterators deep.
    fn compile_comprehension_loop(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        element: &Element<'a>,
    ) -> CompileResult<()> {
        use Instruction::*;
        let generator = &generators[index];
        let is_async = generator.is_async != 0;
        let start = self.new_label();
        let if_cleanup: Label = self.new_label();
        let anchor = self.new_label();
        if index == 0 {
            let arg = self.unit().varnames.intern(".0");
            self.emit(LoadFast(arg));
        } else {
            self.compile_expr(&generator.iter)?;
            self.emit(if is_async { GetAiter } else { GetIter });
        }
        let depth = depth + 1;
        self.place(start);
        if is_async {
            self.unit().push_handler(anchor, false);
            self.emit(GetAnext);
            self.compile_yield_from_loop();
            self.unit().pop_handler();
        } else {
            self.emit_jump(ForIter, anchor);
        }
        self.compile_store(&generator.target)?;
        for condition in &generator.ifs {
            self.jump_if(condition, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.compile_comprehension_loop(generators, index + 1, depth, element)?;
        } else {
            self.compile_expr(element.elt)?;
            match element.kind {
                Kind::List => self.emit(ListAppend(depth + 1)),
                Kind::Set => self.emit(SetAdd(depth + 1)),
                Kind::Dict => {
                    if let Some(value) = element.value {
                        self.compile_expr(value)?;
                    }
                    self.emit(MapAdd(depth + 1));
                }
                Kind::Generator => {
                    if self.table.scope(self.unit_ref().scope).is_coroutine {
                        self.emit(AsyncGenWrap);
                    }
                    self.emit(YieldValue);
                    self.emit(PopTop);
                }
            }
        }
        self.place(if_cleanup);
        self.emit_jump(Jump, start);
        self.place(anchor);
        if is_async {
            self.emit(EndAsyncFor);
        }
        Ok(())
    }
}
