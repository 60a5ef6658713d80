//! `while` and `for` loops with their `else` clauses, `break` and `continue`. Every loop
//! closes with a backward jump, the VM's safe point; `for` keeps its iterator on the stack
//! for the whole loop, which `break` and `return` pop.

use krait_ast::{Expr, For, Stmt, TextRange};
use krait_bytecode::Instruction;

use super::unit::{FBlock, FBlockKind};
use super::Compiler;
use crate::error::{syntax_error, CompileResult};

impl<'a> Compiler<'a> {
    pub(crate) fn compile_while(
        &mut self,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CompileResult<()> {
        let start = self.new_label();
        let anchor = self.new_label();
        let exit = self.new_label();
        self.place(start);
        self.jump_if(test, anchor, false)?;
        self.push_fblock(FBlockKind::WhileLoop { start, exit });
        self.compile_stmts(body)?;
        self.emit_jump(Instruction::Jump, start);
        self.unit().fblocks.pop();
        self.place(anchor);
        self.compile_stmts(orelse)?;
        self.place(exit);
        Ok(())
    }

    pub(crate) fn compile_for(&mut self, stmt: &'a Stmt, for_: &'a For) -> CompileResult<()> {
        use Instruction::*;
        if for_.is_async {
            return self.compile_async_for(stmt, for_);
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.compile_expr(&for_.iter)?;
        self.emit(GetIter);
        self.place(start);
        self.emit_jump(ForIter, cleanup);
        self.push_fblock(FBlockKind::ForLoop { start, exit });
        self.compile_store(&for_.target)?;
        self.compile_stmts(&for_.body)?;
        self.emit_jump(Jump, start);
        self.unit().fblocks.pop();
        self.place(cleanup);
        self.compile_stmts(&for_.orelse)?;
        self.place(exit);
        Ok(())
    }

    pub(crate) fn compile_break(&mut self, range: TextRange) -> CompileResult<()> {
        self.unwind_then(false, true, range, |this, loop_| {
            let Some(loop_) = loop_ else {
                return Err(syntax_error("'break' outside loop", range));
            };
            let exit = match loop_.kind {
                FBlockKind::WhileLoop { exit, .. } | FBlockKind::ForLoop { exit, .. } => exit,
                _ => return Err(syntax_error("'break' outside loop", range)),
            };
            this.unwind_one(loop_, false)?;
            this.emit_jump(Instruction::Jump, exit);
            Ok(())
        })
    }

    pub(crate) fn compile_continue(&mut self, range: TextRange) -> CompileResult<()> {
        self.unwind_then(false, true, range, |this, loop_| {
            let start = match loop_.map(|l| l.kind) {
                Some(FBlockKind::WhileLoop { start, .. } | FBlockKind::ForLoop { start, .. }) => {
                    start
                }
                _ => return Err(syntax_error("'continue' not properly in loop", range)),
            };
            this.emit_jump(Instruction::Jump, start);
            Ok(())
        })
    }

    /// Opens a control structure; leaving it early restores the current handler stack.
    pub(crate) fn push_fblock(&mut self, kind: FBlockKind<'a>) {
        let handler_depth = self.unit().handler_stack.len();
        self.unit().fblocks.push(FBlock {
            kind,
            handler_depth,
        });
    }
}
