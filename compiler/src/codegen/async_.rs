//! Asynchronous code in CPython 3.11's shape. `await x` is `x; GET_AWAITABLE 0` followed by
//! the `yield from` loop (`SEND` / `YIELD_VALUE`), which passes whatever the awaited
//! iterator yields up to whoever drives the coroutine (an event loop) and leaves its
//! return value. `async for` and `async with` await `__anext__`, `__aenter__` and
//! `__aexit__` results the same way:
//! ```text
//!       <iter>; GET_AITER                   aiter
//! start: GET_ANEXT                          aiter awaitable   handler H [d+1] covers the
//!       LOAD_CONST None; <yield from loop>  aiter item        awaiting of the next item
//!       STORE target; <body>; JUMP start
//! H:    END_ASYNC_FOR                       StopAsyncIteration ends the loop; else re-raise
//!       <orelse>
//! ```
//! `async with` is `with` (see `with.rs`) with `BEFORE_ASYNC_WITH`, and an await after
//! `__aenter__` and after each `__aexit__` call.

use krait_ast::{Expr, For, Stmt, TextRange, With};
use krait_bytecode::Instruction;

use super::unit::FBlockKind;
use super::Compiler;
use crate::error::{syntax_error, CompileResult};
use crate::symtable::ScopeKind;

impl<'a> Compiler<'a> {
    /// Whether the unit being compiled is the body of an `async def`.
    pub(crate) fn in_async_function(&self) -> bool {
        let unit = self.unit_ref();
        unit.kind == ScopeKind::Function && self.table.scope(unit.scope).is_coroutine
    }

    pub(crate) fn compile_await(&mut self, value: &'a Expr, range: TextRange) -> CompileResult<()> {
        match self.scope_kind() {
            ScopeKind::Comprehension => {}
            ScopeKind::Function if self.in_async_function() => {}
            ScopeKind::Function | ScopeKind::Lambda => {
                return Err(syntax_error("'await' outside async function", range))
            }
            ScopeKind::Module | ScopeKind::Class => {
                return Err(syntax_error("'await' outside function", range))
            }
        }
        self.compile_expr(value)?;
        self.emit_await(0);
        Ok(())
    }

    /// Awaits the value on top of the stack, leaving the result; `origin` is
    /// `GET_AWAITABLE`'s operand (0 `await`, 1 `__aenter__`, 2 `__aexit__`).
    pub(crate) fn emit_await(&mut self, origin: u32) {
        self.emit(Instruction::GetAwaitable(origin));
        self.compile_yield_from_loop();
    }

    pub(crate) fn compile_async_for(&mut self, stmt: &'a Stmt, for_: &'a For) -> CompileResult<()> {
        use Instruction::*;
        if !self.in_async_function() {
            return Err(syntax_error(
                "'async for' outside async function",
                stmt.range,
            ));
        }
        let start = self.new_label();
        let end = self.new_label();
        let exit = self.new_label();
        self.compile_expr(&for_.iter)?;
        self.emit(GetAiter);
        self.place(start);
        self.unit().push_handler(end, false);
        self.emit(GetAnext);
        self.compile_yield_from_loop();
        self.unit().pop_handler();
        self.push_fblock(FBlockKind::ForLoop { start, exit });
        self.compile_store(&for_.target)?;
        self.compile_stmts(&for_.body)?;
        self.emit_jump(Jump, start);
        self.unit().fblocks.pop();
        self.place(end);
        self.emit(EndAsyncFor);
        self.compile_stmts(&for_.orelse)?;
        self.place(exit);
        Ok(())
    }

    /// The checks of an `async with` statement; the statement itself is compiled by
    /// `compile_with`.
    pub(crate) fn check_async_with(&self, stmt: &'a Stmt, _with: &'a With) -> CompileResult<()> {
        if !self.in_async_function() {
            return Err(syntax_error(
                "'async with' outside async function",
                stmt.range,
            ));
        }
        Ok(())
    }
}
