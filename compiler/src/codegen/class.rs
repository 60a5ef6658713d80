//! Class definitions: `__build_class__(body_function, name, *bases, **keywords)`. The body
//! is a code object using the locals mapping (`LOAD_NAME`/`STORE_NAME`) that first sets
//! `__module__` and `__qualname__`; if a method uses `super()` or `__class__`, the body
//! creates the `__class__` cell and returns it, also storing it as `__classcell__` so that
//! `type.__new__` can fill it, as CPython 3.11 does.

use krait_ast::{ClassDef, Stmt};
use krait_bytecode::{Constant, Instruction};

use super::{Compiler, NameCtx};
use crate::error::CompileResult;

impl<'a> Compiler<'a> {
    pub(crate) fn compile_class_def(
        &mut self,
        stmt: &'a Stmt,
        class: &'a ClassDef,
    ) -> CompileResult<()> {
        use Instruction::*;
        self.compile_exprs(&class.decorator_list)?;
        let first_line = self.first_line(stmt.range, &class.decorator_list);
        self.emit(LoadBuildClass);
        let scope = self.child_scope(self.table.scope_of_stmt(stmt), stmt.range)?;

        self.enter_unit(scope, &class.name, first_line);
        self.set_loc(stmt.range);
        self.compile_name("__name__", NameCtx::Load, stmt.range)?;
        self.compile_name("__module__", NameCtx::Store, stmt.range)?;
        let qualname = self.unit().qualname.clone();
        self.load_const(Constant::Str(qualname));
        self.compile_name("__qualname__", NameCtx::Store, stmt.range)?;
        self.compile_body(&class.body)?;
        self.set_loc(stmt.range);
        if self.table.scope(scope).needs_class_closure {
            let cell = self.deref_index("__class__", stmt.range)?;
            self.emit(LoadClosure(cell));
            self.emit(Copy(1));
            self.compile_name("__classcell__", NameCtx::Store, stmt.range)?;
            self.emit(ReturnValue);
        } else {
            self.emit_return_none();
        }
        let code = self.finish_unit()?;

        self.make_closure(code, 0)?;
        self.load_const(Constant::Str(class.name.clone()));
        self.compile_call_helper(2, &class.bases, &class.keywords)?;
        for _ in &class.decorator_list {
            self.emit(Call(1));
        }
        self.compile_name(&class.name, NameCtx::Store, stmt.range)
    }
}
