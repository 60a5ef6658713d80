//! `try` statements in CPython 3.11's zero-cost shape. Nothing runs on entry to `try`: the
//! body is covered by an exception-table entry whose handler begins with `PUSH_EXC_INFO`.
//!
//! `try/except` (`d` = stack depth at the `try`):
//! ```text
//!       <body>                      handler H  [d]
//!       <else>
//!       JUMP end
//! H:    PUSH_EXC_INFO               handler C  [d+1, lasti]  (to RERAISE 0)
//!       <type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next
//!       STORE name | POP_TOP
//!       <handler body>              named: handler N [d+1, lasti]
//!       POP_EXCEPT                  (uncovered)
//!       [name = None; del name]
//!       JUMP end
//! N:    name = None; del name; RERAISE 1      (covered by C)
//! next: … further clauses …
//!       RERAISE 0                   (covered by C)
//! C:    COPY 3; POP_EXCEPT; RERAISE 1
//! end:
//! ```
//! `try/finally`: the body under handler F `[d]`, then the finally body inline, `JUMP exit`;
//! `F: PUSH_EXC_INFO; <finally body>; RERAISE 0` under handler C `[d+1, lasti]`, and
//! `C: COPY 3; POP_EXCEPT; RERAISE 1`. With both, the `try/except` is the body of the
//! `try/finally`. `try/except*` is in `try_star.rs`.

use krait_ast::{ExceptHandler, Stmt, StmtKind, Try};
use krait_bytecode::Instruction;

use super::unit::{FBlock, FBlockKind, HandlerId, Label};
use super::{Compiler, NameCtx};
use crate::error::{syntax_error, CompileResult};

impl<'a> Compiler<'a> {
    pub(crate) fn compile_try(&mut self, _stmt: &'a Stmt, try_: &'a Try) -> CompileResult<()> {
        if try_.finalbody.is_empty() && try_.is_star {
            self.compile_try_star(try_)
        } else if try_.finalbody.is_empty() {
            self.compile_try_except(try_)
        } else {
            self.compile_try_finally(try_)
        }
    }

    fn compile_try_finally(&mut self, try_: &'a Try) -> CompileResult<()> {
        use Instruction::*;
        let handler = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();

        self.push_fblock(FBlockKind::FinallyTry {
            finalbody: &try_.finalbody,
        });
        self.unit().push_handler(handler, false);
        if try_.handlers.is_empty() {
            self.compile_stmts(&try_.body)?;
            self.compile_stmts(&try_.orelse)?;
        } else if try_.is_star {
            self.compile_try_star(try_)?;
        } else {
            self.compile_try_except(try_)?;
        }
        self.unit().pop_handler();
        self.unit().fblocks.pop();
        self.compile_stmts(&try_.finalbody)?;
        self.emit_jump(Jump, exit);

        // The exception path: run the finally body with the exception saved, re-raise it.
        self.place(handler);
        self.push_fblock(FBlockKind::FinallyEnd);
        self.unit().push_handler(cleanup, true);
        self.emit(PushExcInfo);
        self.compile_stmts(&try_.finalbody)?;
        // The re-raise stands on the line the finally body ended on, as in CPython, where
        // the frame's `f_lineno` shows it once the exception has left.
        let outer_loc = self.unit().loc;
        if let Some(last) = last_stmt(&try_.finalbody) {
            self.set_loc(last.range);
        }
        self.emit(Reraise(0));
        self.unit().loc = outer_loc;
        self.unit().pop_handler();
        self.unit().fblocks.pop();

        self.place(cleanup);
        self.emit_pop_except_and_reraise();
        self.place(exit);
        Ok(())
    }

    fn compile_try_except(&mut self, try_: &'a Try) -> CompileResult<()> {
        use Instruction::*;
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();

        self.push_fblock(FBlockKind::TryExcept);
        self.unit().push_handler(handler, false);
        self.compile_stmts(&try_.body)?;
        self.unit().pop_handler();
        self.unit().fblocks.pop();
        self.compile_stmts(&try_.orelse)?;
        self.emit_jump(Jump, end);

        self.place(handler);
        let outer_loc = self.unit().loc;
        let handler_depth = self.unit().handler_stack.len();
        let region = self.unit().push_handler(cleanup, true);
        self.emit(PushExcInfo);
        let count = try_.handlers.len();
        for (i, clause) in try_.handlers.iter().enumerate() {
            self.set_loc(clause.range);
            if clause.type_.is_none() && i + 1 < count {
                return Err(syntax_error("default 'except:' must be last", clause.range));
            }
            let next = self.new_label();
            if let Some(type_) = &clause.type_ {
                self.compile_expr(type_)?;
                self.emit(CheckExcMatch);
                self.emit_jump(PopJumpIfFalse, next);
            }
            self.compile_handler_body(clause, handler_depth, region, end)?;
            self.place(next);
        }
        // No clause matched: the re-raise stands on the last clause's line.
        if let Some(last) = try_.handlers.last() {
            self.set_loc(last.range);
        }
        self.emit(Reraise(0));
        self.unit().loc = outer_loc;
        self.unit().pop_handler();

        self.place(cleanup);
        self.emit_pop_except_and_reraise();
        self.place(end);
        Ok(())
    }

    /// One `except` clause after its type matched, with `prev_exc exc` on the stack and the
    /// clause-region handler `region` active, as it is again afterwards.
    fn compile_handler_body(
        &mut self,
        clause: &'a ExceptHandler,
        handler_depth: usize,
        region: HandlerId,
        end: Label,
    ) -> CompileResult<()> {
        use Instruction::*;
        let Some(name) = clause.name.as_deref() else {
            self.emit(PopTop);
            self.unit().fblocks.push(FBlock {
                kind: FBlockKind::HandlerCleanup { name: None },
                handler_depth,
            });
            self.compile_stmts(&clause.body)?;
            self.unit().fblocks.pop();
            self.unit().pop_handler();
            self.emit(PopExcept);
            self.emit_jump(Jump, end);
            self.unit().resume_handler(region);
            return Ok(());
        };

        // `except E as name:` runs its body as `try: body finally: name = None; del name`.
        let cleanup_end = self.new_label();
        self.compile_name(name, NameCtx::Store, clause.range)?;
        self.unit().push_handler(cleanup_end, true);
        self.unit().fblocks.push(FBlock {
            kind: FBlockKind::HandlerCleanup { name: Some(name) },
            handler_depth,
        });
        self.compile_stmts(&clause.body)?;
        self.unit().fblocks.pop();
        self.unit().pop_handler();
        self.unit().pop_handler();
        self.emit(PopExcept);
        self.clear_handler_name(name)?;
        self.emit_jump(Jump, end);

        self.unit().resume_handler(region);
        self.place(cleanup_end);
        self.clear_handler_name(name)?;
        self.emit(Reraise(1));
        Ok(())
    }

    /// `COPY 3; POP_EXCEPT; RERAISE 1`: a handler's own cleanup, with `prev_exc lasti exc`
    /// on the stack, restoring the previously handled exception before re-raising.
    pub(crate) fn emit_pop_except_and_reraise(&mut self) {
        use Instruction::*;
        self.emit(Copy(3));
        self.emit(PopExcept);
        self.emit(Reraise(1));
    }
}

/// The statement compiled last in `body`: inside a last `if`, the last of the branch compiled
/// last (a `with` ends on its own line, where its exit is called).
fn last_stmt(body: &[Stmt]) -> Option<&Stmt> {
    let last = body.last()?;
    let inner = match &last.kind {
        StmtKind::If { body, orelse, .. } => {
            last_stmt(if orelse.is_empty() { body } else { orelse })
        }
        _ => None,
    };
    Some(inner.unwrap_or(last))
}
