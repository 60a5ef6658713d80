//! `try/except*` (PEP 654) in CPython 3.11's shape. Each clause takes the part of the
//! exception group that matches its type (`CHECK_EG_MATCH` splits the group, or wraps a
//! naked exception in `ExceptionGroup('', [exc])`); the rest moves on to the next clause.
//! What the clauses raise, and the rest left after the last one, are collected in a list
//! from which `PREP_RERAISE_STAR` builds the exception to re-raise, if any.
//!
//! (`d` = stack depth at the `try`; `orig` is the exception caught, `res` the list)
//! ```text
//!       <body>                      handler H  [d]
//!       <else>
//!       JUMP end
//! H:    PUSH_EXC_INFO               handler C  [d+1, lasti]  (to the final POP_TOP)
//!       COPY 1; BUILD_LIST 0; SWAP 2            prev orig res exc
//!   for each clause:
//!       <type>; CHECK_EG_MATCH                  prev orig res rest match | … exc None
//!       COPY 1; LOAD_CONST None; IS_OP; POP_JUMP_IF_TRUE no_match
//!       STORE name | POP_TOP                    prev orig res rest
//!       <handler body>              handler R  [d+4, lasti]
//!       [name = None; del name]
//!       JUMP next
//! R:    [name = None; del name]; LIST_APPEND 3; POP_TOP; JUMP next
//! no_match: POP_TOP
//! next: …
//!       LIST_APPEND 1                           prev orig res
//!       PREP_RERAISE_STAR                       prev exc-or-None
//!       COPY 1; LOAD_CONST None; IS_OP not; POP_JUMP_IF_TRUE reraise
//!       POP_TOP; POP_EXCEPT; JUMP end
//! reraise: SWAP 2; POP_EXCEPT; RERAISE 0      (uncovered)
//! C:    COPY 3; POP_EXCEPT; RERAISE 1
//! end:
//! ```

use krait_ast::{ExceptHandler, Try};
use krait_bytecode::{Constant, Instruction};

use super::unit::{FBlockKind, Label};
use super::{Compiler, NameCtx};
use crate::error::{syntax_error, CompileResult};

impl<'a> Compiler<'a> {
    pub(crate) fn compile_try_star(&mut self, try_: &'a Try) -> CompileResult<()> {
        use Instruction::*;
        let handler = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        let reraise = self.new_label();
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
        self.unit().push_handler(cleanup, true);
        self.emit(PushExcInfo);
        self.emit(Copy(1));
        self.emit(BuildList(0));
        self.emit(Swap(2));
        self.push_fblock(FBlockKind::ExceptStar);
        for clause in &try_.handlers {
            self.set_loc(clause.range);
            let Some(type_) = &clause.type_ else {
                return Err(syntax_error(
                    "expected one or more exception types",
                    clause.range,
                ));
            };
            let no_match = self.new_label();
            let next = self.new_label();
            self.compile_expr(type_)?;
            self.emit(CheckEgMatch);
            self.emit(Copy(1));
            self.load_const(Constant::None);
            self.emit(IsOp(false));
            self.emit_jump(PopJumpIfTrue, no_match);
            self.compile_star_clause_body(clause, next)?;
            self.place(no_match);
            self.emit(PopTop);
            self.place(next);
        }
        self.unit().fblocks.pop();
        self.unit().loc = outer_loc;
        self.emit_jump(Jump, reraise_star);
        self.place(reraise_star);
        self.emit(ListAppend(1));
        self.emit(PrepReraiseStar);
        self.emit(Copy(1));
        self.load_const(Constant::None);
        self.emit(IsOp(true));
        self.emit_jump(PopJumpIfTrue, reraise);
        self.emit(PopTop);
        self.unit().pop_handler();
        self.emit(PopExcept);
        self.emit_jump(Jump, end);

        self.place(reraise);
        self.emit(Swap(2));
        self.emit(PopExcept);
        self.emit(Reraise(0));

        self.place(cleanup);
        self.emit_pop_except_and_reraise();
        self.place(end);
        Ok(())
    }

    /// One `except*` clause whose type matched, with `prev orig res rest match` on the
    /// stack; leaves `prev orig res rest` and continues at `next`. An exception raised by
    /// the body is appended to `res`.
    fn compile_star_clause_body(
        &mut self,
        clause: &'a ExceptHandler,
        next: Label,
    ) -> CompileResult<()> {
        use Instruction::*;
        let raised = self.new_label();
        match clause.name.as_deref() {
            Some(name) => self.compile_name(name, NameCtx::Store, clause.range)?,
            None => self.emit(PopTop),
        }
        self.unit().push_handler(raised, true);
        self.compile_stmts(&clause.body)?;
        self.unit().pop_handler();
        if let Some(name) = clause.name.as_deref() {
            self.clear_handler_name(name)?;
        }
        self.emit_jump(Jump, next);

        self.place(raised);
        if let Some(name) = clause.name.as_deref() {
            self.clear_handler_name(name)?;
        }
        self.emit(ListAppend(3));
        self.emit(PopTop);
        self.emit_jump(Jump, next);
        Ok(())
    }
}
