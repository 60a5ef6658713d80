//! `with` statements in CPython 3.11's shape (`d` = stack depth before the statement):
//! ```text
//!       <mgr>; BEFORE_WITH          exit enter_result
//!       STORE target | POP_TOP      handler H [d+1, lasti] from here …
//!       <body>                      … to here
//!       LOAD_CONST None ×3; CALL 3; POP_TOP
//!       JUMP exit
//! H:    PUSH_EXC_INFO               exit lasti prev_exc exc; handler C [d+3, lasti]
//!       WITH_EXCEPT_START           … exc result
//!       POP_JUMP_IF_TRUE suppress
//!       RERAISE 2
//! suppress:
//!       POP_TOP                     (still under C)
//!       POP_EXCEPT; POP_TOP; POP_TOP
//!       JUMP exit
//! C:    COPY 3; POP_EXCEPT; RERAISE 1
//! exit:
//! ```
//! Several items nest: `with a, b:` is `with a: with b:`. `async with` is the same with
//! `BEFORE_ASYNC_WITH` and the `__aenter__` result and each `__aexit__` result awaited (see
//! `async_.rs`).

use krait_ast::{Stmt, With};
use krait_bytecode::Instruction;

use super::unit::FBlockKind;
use super::Compiler;
use crate::error::CompileResult;

impl<'a> Compiler<'a> {
    pub(crate) fn compile_with(
        &mut self,
        stmt: &'a Stmt,
        with: &'a With,
        item: usize,
    ) -> CompileResult<()> {
        use Instruction::*;
        if with.is_async && item == 0 {
            self.check_async_with(stmt, with)?;
        }
        let Some(current) = with.items.get(item) else {
            return self.compile_stmts(&with.body);
        };
        let handler = self.new_label();
        let suppress = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        let loc = self.location(stmt.range);

        self.compile_expr(&current.context_expr)?;
        if with.is_async {
            self.emit(BeforeAsyncWith);
            self.emit_await(1);
        } else {
            self.emit(BeforeWith);
        }
        // The handler's depth leaves out the `__enter__` result: by the time anything in its
        // range can raise, the target assignment has consumed it.
        self.push_fblock(if with.is_async {
            FBlockKind::AsyncWith { loc }
        } else {
            FBlockKind::With { loc }
        });
        self.unit().push_handler_below(handler, true, 1);
        match &current.optional_vars {
            Some(target) => self.compile_store(target)?,
            None => self.emit(PopTop),
        }
        self.compile_with(stmt, with, item + 1)?;
        self.unit().pop_handler();
        self.unit().fblocks.pop();
        self.unit().loc = loc;
        self.emit_exit_call();
        if with.is_async {
            self.emit_await(2);
        }
        self.emit(PopTop);
        self.emit_jump(Jump, exit);

        self.place(handler);
        self.unit().push_handler(cleanup, true);
        self.emit(PushExcInfo);
        self.emit(WithExceptStart);
        if with.is_async {
            self.emit_await(2);
        }
        self.emit_jump(PopJumpIfTrue, suppress);
        self.emit(Reraise(2));
        self.place(suppress);
        self.emit(PopTop);
        self.unit().pop_handler();
        self.emit(PopExcept);
        self.emit(PopTop);
        self.emit(PopTop);
        self.emit_jump(Jump, exit);

        self.place(cleanup);
        self.emit_pop_except_and_reraise();
        self.place(exit);
        Ok(())
    }
}
