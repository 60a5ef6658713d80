//! Functions and lambdas: defaults, keyword-only defaults and annotations evaluated in the
//! enclosing scope, the body compiled as a nested code object (docstring or `None` as its
//! first constant), and `MAKE_FUNCTION` with the closure cells the body captures.

use std::rc::Rc;

use krait_ast::{Arguments, Expr, ExprKind, FunctionDef, Stmt, TextRange};
use krait_bytecode::{CodeObject, Constant, Instruction, MakeFunctionFlags};

use super::{Compiler, NameCtx};
use crate::error::{internal_error, CompileResult};
use crate::symtable::ScopeId;

impl<'a> Compiler<'a> {
    pub(crate) fn compile_function_def(
        &mut self,
        stmt: &'a Stmt,
        def: &'a FunctionDef,
    ) -> CompileResult<()> {
        self.compile_exprs(&def.decorator_list)?;
        let first_line = self.first_line(stmt.range, &def.decorator_list);
        let mut flags = self.compile_defaults(&def.args)?;
        flags |= self.compile_annotations(&def.args, def.returns.as_deref())?;
        let scope = self.child_scope(self.table.scope_of_stmt(stmt), stmt.range)?;

        self.enter_unit(scope, &def.name, first_line);
        self.set_loc(stmt.range);
        self.set_arg_counts(&def.args);
        let doc = self.docstring(&def.body);
        self.add_const(doc.map_or(Constant::None, |d| {
            Constant::Str(d.to_aliased().into_owned())
        }));
        let info = self.table.scope(scope);
        if info.is_generator || info.is_coroutine {
            self.emit(Instruction::ReturnGenerator);
        }
        let body = if doc.is_some() {
            &def.body[1..]
        } else {
            &def.body[..]
        };
        self.compile_stmts(body)?;
        if let Some(last) = def.body.last() {
            self.set_loc(last.range);
        }
        self.emit_return_none();
        let code = self.finish_unit()?;

        self.make_closure(code, flags)?;
        for _ in &def.decorator_list {
            self.emit(Instruction::Call(1));
        }
        self.compile_name(&def.name, NameCtx::Store, stmt.range)
    }

    pub(crate) fn compile_lambda(
        &mut self,
        expr: &'a Expr,
        args: &'a Arguments,
        body: &'a Expr,
    ) -> CompileResult<()> {
        let flags = self.compile_defaults(args)?;
        let scope = self.child_scope(self.table.scope_of_expr(expr), expr.range)?;
        let first_line = self.line_of(expr.range);
        self.enter_unit(scope, "<lambda>", first_line);
        self.set_loc(expr.range);
        self.set_arg_counts(args);
        // `None` first, so a lambda never has a docstring.
        self.add_const(Constant::None);
        if self.table.scope(scope).is_generator {
            self.emit(Instruction::ReturnGenerator);
        }
        self.compile_expr(body)?;
        self.emit(Instruction::ReturnValue);
        let code = self.finish_unit()?;
        self.make_closure(code, flags)
    }

    /// The scope the symbol table opened for a nested definition.
    pub(crate) fn child_scope(
        &self,
        scope: Option<ScopeId>,
        range: TextRange,
    ) -> CompileResult<ScopeId> {
        scope.ok_or_else(|| internal_error("no symbol table scope for a nested definition", range))
    }

    /// `co_firstlineno`: the first decorator's line if there are decorators.
    pub(crate) fn first_line(&self, range: TextRange, decorators: &[Expr]) -> u32 {
        let line = self.line_of(range);
        decorators
            .iter()
            .map(|d| self.line_of(d.range))
            .chain([line])
            .min()
            .unwrap_or(line)
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let unit = self.unit();
        unit.posonlyargcount = args.posonlyargs.len() as u32;
        unit.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        unit.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    /// Pushes the defaults tuple and the keyword-only defaults dict, if any.
    fn compile_defaults(&mut self, args: &'a Arguments) -> CompileResult<u8> {
        use Instruction::*;
        let mut flags = 0;
        if !args.defaults.is_empty() {
            let folded: Option<Vec<Constant>> =
                args.defaults.iter().map(|d| self.fold(d)).collect();
            match folded {
                Some(values) => self.load_const(Constant::Tuple(values)),
                None => {
                    self.compile_exprs(&args.defaults)?;
                    self.emit(BuildTuple(args.defaults.len() as u32));
                }
            }
            flags |= MakeFunctionFlags::DEFAULTS;
        }
        let mut count = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(default) = default {
                let name = self.mangled(&arg.arg).into_owned();
                self.load_const(Constant::Str(name));
                self.compile_expr(default)?;
                count += 1;
            }
        }
        if count > 0 {
            self.emit(BuildMap(count));
            flags |= MakeFunctionFlags::KW_DEFAULTS;
        }
        Ok(flags)
    }

    /// Pushes the flattened `(name, annotation, …)` tuple, if any parameter or the return
    /// is annotated; CPython's order: positional, positional-only, `*args`, keyword-only,
    /// `**kwargs`, `return`.
    fn compile_annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> CompileResult<u8> {
        let params = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(args.vararg.as_deref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_deref());
        let mut pairs: Vec<(String, &'a Expr)> = Vec::new();
        for param in params {
            if let Some(annotation) = &param.annotation {
                pairs.push((self.mangled(&param.arg).into_owned(), annotation));
            }
        }
        if let Some(returns) = returns {
            pairs.push(("return".to_owned(), returns));
        }
        if pairs.is_empty() {
            return Ok(0);
        }
        let folded: Option<Vec<Constant>> = pairs
            .iter()
            .map(|(name, annotation)| Some([Constant::Str(name.clone()), self.fold(annotation)?]))
            .collect::<Option<Vec<_>>>()
            .map(|pairs| pairs.into_iter().flatten().collect());
        match folded {
            Some(values) => self.load_const(Constant::Tuple(values)),
            None => {
                let count = pairs.len() as u32 * 2;
                for (name, annotation) in pairs {
                    self.load_const(Constant::Str(name));
                    match &annotation.kind {
                        // `*args: *Ts` (PEP 646): the annotation is the one item `Ts` unpacks to.
                        ExprKind::Starred { value, .. } => {
                            self.compile_expr(value)?;
                            self.emit(Instruction::UnpackSequence(1));
                        }
                        _ => self.compile_expr(annotation)?,
                    }
                }
                self.emit(Instruction::BuildTuple(count));
            }
        }
        Ok(MakeFunctionFlags::ANNOTATIONS)
    }

    /// Pushes the closure tuple (if the code has free variables), the code and its qualified
    /// name, and makes the function.
    pub(crate) fn make_closure(&mut self, code: CodeObject, mut flags: u8) -> CompileResult<()> {
        use Instruction::*;
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let i = self.deref_index(name, TextRange::default())?;
                self.emit(LoadClosure(i));
            }
            self.emit(BuildTuple(code.freevars.len() as u32));
            flags |= MakeFunctionFlags::CLOSURE;
        }
        let qualname = code.qualname.clone();
        self.load_const(Constant::Code(Rc::new(code)));
        self.load_const(Constant::Str(qualname));
        self.emit(MakeFunction(MakeFunctionFlags(flags)));
        Ok(())
    }
}
