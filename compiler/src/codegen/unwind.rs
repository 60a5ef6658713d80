//! Leaving control structures early. `return`, `break` and `continue` run the exit code of
//! every structure they jump out of, innermost first: pop a `for` iterator, call a `with`
//! block's `__exit__`, run a `finally` body, leave an `except` handler (restoring the
//! previously handled exception and clearing its `as` name). That code is emitted outside
//! the structures' exception handlers, as CPython 3.11 does.

use krait_bytecode::{Constant, Instruction};

use super::unit::{FBlock, FBlockKind};
use super::{Compiler, NameCtx};
use crate::error::{syntax_error, CompileResult};
use krait_ast::TextRange;

impl<'a> Compiler<'a> {
    /// Emits the exit code of every open structure — down to the innermost loop when
    /// `to_loop`, which is then handed to `then` — and runs `then` (which emits the final
    /// jump or return) in that unwound state. With `preserve_tos` the value on top of the
    /// stack (a return value) is kept above everything popped. The structure and handler
    /// stacks are restored afterwards: the code that follows is still inside them.
    pub(crate) fn unwind_then(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
        range: TextRange,
        then: impl FnOnce(&mut Self, Option<FBlock<'a>>) -> CompileResult<()>,
    ) -> CompileResult<()> {
        // An `except*` clause cannot be left by a jump (checked before anything is emitted,
        // as CPython does while unwinding).
        for block in self.unit().fblocks.iter().rev() {
            match block.kind {
                FBlockKind::WhileLoop { .. } | FBlockKind::ForLoop { .. } if to_loop => break,
                FBlockKind::ExceptStar => {
                    return Err(syntax_error(
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                        range,
                    ))
                }
                _ => {}
            }
        }
        let saved_fblocks = self.unit().fblocks.clone();
        let saved_handlers = self.unit().handler_stack.clone();
        let result = self.unwind_inner(preserve_tos, to_loop, then);
        let unit = self.unit();
        unit.fblocks = saved_fblocks;
        unit.handler_stack = saved_handlers;
        result
    }

    fn unwind_inner(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
        then: impl FnOnce(&mut Self, Option<FBlock<'a>>) -> CompileResult<()>,
    ) -> CompileResult<()> {
        while let Some(top) = self.unit().fblocks.pop() {
            if to_loop
                && matches!(
                    top.kind,
                    FBlockKind::WhileLoop { .. } | FBlockKind::ForLoop { .. }
                )
            {
                return then(self, Some(top));
            }
            self.unwind_one(top, preserve_tos)?;
        }
        then(self, None)
    }

    /// The exit code of one structure (already popped from the structure stack). Its
    /// handlers stop covering the code at the points CPython 3.11 pops them.
    pub(crate) fn unwind_one(
        &mut self,
        block: FBlock<'a>,
        preserve_tos: bool,
    ) -> CompileResult<()> {
        use Instruction::*;
        match block.kind {
            FBlockKind::WhileLoop { .. } | FBlockKind::TryExcept | FBlockKind::ExceptStar => {
                self.unit().handler_stack.truncate(block.handler_depth);
            }
            FBlockKind::ForLoop { .. } | FBlockKind::PopValue => {
                self.unit().handler_stack.truncate(block.handler_depth);
                if preserve_tos {
                    self.emit(Swap(2));
                }
                self.emit(PopTop);
            }
            FBlockKind::FinallyTry { finalbody } => {
                self.unit().handler_stack.truncate(block.handler_depth);
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue);
                }
                self.compile_stmts(finalbody)?;
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
            }
            FBlockKind::FinallyEnd => {
                // The `finally` body's own cleanup handler still covers dropping `exc`.
                self.unit().handler_stack.truncate(block.handler_depth + 1);
                if preserve_tos {
                    self.emit(Swap(2));
                }
                self.emit(PopTop);
                if preserve_tos {
                    self.emit(Swap(2));
                }
                self.unit().handler_stack.truncate(block.handler_depth);
                self.emit(PopExcept);
            }
            FBlockKind::With { loc } | FBlockKind::AsyncWith { loc } => {
                self.unit().handler_stack.truncate(block.handler_depth);
                let outer = self.unit().loc;
                self.unit().loc = loc;
                if preserve_tos {
                    self.emit(Swap(2));
                }
                self.emit_exit_call();
                if matches!(block.kind, FBlockKind::AsyncWith { .. }) {
                    self.emit_await(2);
                }
                self.emit(PopTop);
                self.unit().loc = outer;
            }
            FBlockKind::HandlerCleanup { name } => {
                // The `except` region's cleanup handler still covers the swap.
                self.unit().handler_stack.truncate(block.handler_depth + 1);
                if preserve_tos {
                    self.emit(Swap(2));
                }
                self.unit().handler_stack.truncate(block.handler_depth);
                self.emit(PopExcept);
                if let Some(name) = name {
                    self.clear_handler_name(name)?;
                }
            }
        }
        Ok(())
    }

    /// `__exit__(None, None, None)` with the bound `__exit__` on top of the stack.
    pub(crate) fn emit_exit_call(&mut self) {
        for _ in 0..3 {
            self.load_const(Constant::None);
        }
        self.emit(Instruction::Call(3));
    }

    /// `name = None; del name` after an `except … as name` clause.
    pub(crate) fn clear_handler_name(&mut self, name: &str) -> CompileResult<()> {
        self.load_const(Constant::None);
        self.compile_name(name, NameCtx::Store, TextRange::default())?;
        self.compile_name(name, NameCtx::Del, TextRange::default())
    }
}
