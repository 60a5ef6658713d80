//! Code generation: walks the tree with the symbol table at hand and emits instructions
//! into the [`unit::CodeUnit`] of the code object being built; nested functions, classes,
//! lambdas and comprehensions push a unit of their own and become constants of their parent.
//!
//! Split by construct: [`expr`], [`jump_if`] (conditions), [`call`], [`displays`],
//! [`stmt`], [`assign`], [`loops`], [`match_`], [`unwind`] (leaving blocks early), [`try_`],
//! [`with`], [`func`], [`class`], [`comprehension`], [`import`], [`async_`] (`await`,
//! `async for`, `async with`).

mod assign;
mod async_;
mod call;
mod class;
mod comprehension;
pub(crate) mod constant;
mod displays;
mod expr;
mod func;
mod import;
mod jump_if;
mod lines;
mod loops;
mod match_;
mod stmt;
mod try_;
mod try_star;
pub(crate) mod unit;
mod unwind;
pub(crate) mod warn;
mod with;

use std::rc::Rc;

use krait_ast::{Expr, ExprKind, Module, Stmt, StmtKind, TextRange};
use krait_bytecode::{CodeFlags, CodeObject, Constant, Instruction, Location};

use crate::assemble::{assemble, CodeInfo};
use crate::error::{internal_error, too_deep, CompileResult, MAX_NESTING};
use crate::mangle::mangle;
use crate::symtable::{ScopeId, ScopeKind, SymbolScope, SymbolTable};
use unit::{CodeUnit, Label, Op};

/// What a name is being used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameCtx {
    Load,
    Store,
    Del,
}

/// The code generator's state: the symbol table and the stack of units being built.
pub(crate) struct Compiler<'a> {
    table: SymbolTable,
    lines: lines::Lines,
    filename: String,
    units: Vec<CodeUnit<'a>>,
    /// Current nesting of statements and expressions, bounded by [`MAX_NESTING`].
    depth: u32,
    /// `single` mode: expression statements outside functions show their values
    /// (`PRINT_EXPR`) instead of discarding them.
    interactive: bool,
    /// The `-O` level and whether the block optimiser runs.
    options: crate::Options,
    /// The `SyntaxWarning`s noted so far, in source order of the nodes compiled.
    warnings: Vec<warn::CompileWarning>,
}

/// Compiles a module body into its code object, as `compile(…, mode)` asks: `exec` runs the
/// statements, `eval` returns the value of the one expression statement, `single` shows the
/// value of every expression statement outside functions.
/// The warnings noted on the way are appended to `warnings`, those before an error too.
pub(crate) fn compile_module(
    module: &Module,
    table: SymbolTable,
    source: &str,
    filename: &str,
    mode: crate::Mode,
    options: crate::Options,
    warnings: &mut Vec<warn::CompileWarning>,
) -> CompileResult<Rc<CodeObject>> {
    let mut compiler = Compiler {
        options,
        warnings: Vec::new(),
        table,
        lines: lines::Lines::new(source),
        filename: filename.to_owned(),
        units: Vec::new(),
        depth: 0,
        interactive: mode == crate::Mode::Single,
    };
    let result = compile_root(&mut compiler, module, mode);
    warnings.append(&mut compiler.warnings);
    result
}

/// Compiles the module body in `mode` into the root unit's code object.
fn compile_root<'a>(
    compiler: &mut Compiler<'a>,
    module: &'a Module,
    mode: crate::Mode,
) -> CompileResult<Rc<CodeObject>> {
    let root = compiler.table.root();
    compiler.units.push(CodeUnit::new(
        root,
        ScopeKind::Module,
        "<module>".to_owned(),
        "<module>".to_owned(),
        1,
    ));
    if let Some(first) = module.body.first() {
        compiler.set_loc(first.range);
    }
    if mode == crate::Mode::Eval {
        let value = match module.body.as_slice() {
            [Stmt {
                kind: StmtKind::Expr { value },
                ..
            }] => value,
            _ => {
                return Err(internal_error(
                    "eval mode takes one expression",
                    module.range,
                ))
            }
        };
        compiler.compile_expr(value)?;
        compiler.emit(Instruction::ReturnValue);
        return compiler.finish_unit().map(Rc::new);
    }
    compiler.compile_body(&module.body)?;
    if let Some(last) = module.body.last() {
        compiler.set_loc(last.range);
    }
    compiler.emit_return_none();
    compiler.finish_unit().map(Rc::new)
}

impl<'a> Compiler<'a> {
    // ----- units -----

    fn unit(&mut self) -> &mut CodeUnit<'a> {
        self.units
            .last_mut()
            .expect("a unit is always open while compiling")
    }

    fn unit_ref(&self) -> &CodeUnit<'a> {
        self.units
            .last()
            .expect("a unit is always open while compiling")
    }

    /// The kind of scope being compiled.
    fn scope_kind(&self) -> ScopeKind {
        self.unit_ref().kind
    }

    /// Opens the unit for scope `scope`, named `name`, whose code starts on `first_line`.
    fn enter_unit(&mut self, scope: ScopeId, name: &str, first_line: u32) {
        let info = self.table.scope(scope);
        let kind = info.kind;
        let qualname = self.qualname_for(name, kind);
        let mut unit = CodeUnit::new(scope, kind, name.to_owned(), qualname, first_line);
        unit.cellvars = info.cellvars();
        unit.freevars = info.freevars();
        // The scope's names bound the fast locals of a function and are most of the
        // names of a class body.
        if kind.is_function_like() {
            unit.varnames.reserve(info.symbols().len());
        } else {
            unit.names.reserve(info.symbols().len());
        }
        unit.name_slots = vec![u32::MAX; info.symbols().len()];
        for param in &info.params {
            unit.varnames.intern(param);
        }
        unit.private = if kind == ScopeKind::Class {
            Some(name.to_owned())
        } else {
            self.units.last().and_then(|parent| parent.private.clone())
        };
        self.units.push(unit);
    }

    /// `co_qualname` for a scope named `name` opened in the current unit, as CPython's
    /// `compiler_set_qualname`.
    fn qualname_for(&self, name: &str, kind: ScopeKind) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_owned();
        };
        if parent.kind == ScopeKind::Module {
            return name.to_owned();
        }
        if matches!(kind, ScopeKind::Function | ScopeKind::Class) {
            let mangled = mangle(parent.private.as_deref(), name);
            let declared = self.table.scope(parent.scope).scope_of(&mangled)
                == Some(SymbolScope::GlobalExplicit);
            if declared {
                return name.to_owned();
            }
        }
        match parent.kind {
            ScopeKind::Function | ScopeKind::Lambda => {
                format!("{}.<locals>.{name}", parent.qualname)
            }
            _ => format!("{}.{name}", parent.qualname),
        }
    }

    /// Closes the current unit, optimises its blocks (unless switched off) and assembles it.
    fn finish_unit(&mut self) -> CompileResult<CodeObject> {
        let mut unit = self
            .units
            .pop()
            .expect("a unit is always open while compiling");
        if self.options.optimizer {
            crate::optimize::optimize(&mut unit);
        }
        let scope = self.table.scope(unit.scope);
        let mut flags = 0;
        if scope.kind.is_function_like() {
            flags |= CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS;
            if scope.nested {
                flags |= CodeFlags::NESTED;
            }
            flags |= match (scope.is_coroutine, scope.is_generator) {
                (false, false) => 0,
                (false, true) => CodeFlags::GENERATOR,
                (true, false) => CodeFlags::COROUTINE,
                (true, true) => CodeFlags::ASYNC_GENERATOR,
            };
            if scope.has_varargs {
                flags |= CodeFlags::VARARGS;
            }
            if scope.has_varkeywords {
                flags |= CodeFlags::VARKEYWORDS;
            }
        }
        let cell2arg = unit
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(cell, name)| {
                let arg = scope.params.iter().position(|p| p == name)?;
                Some((cell as u32, arg as u32))
            })
            .collect();
        let info = CodeInfo {
            flags: CodeFlags(flags),
            filename: &self.filename,
            cell2arg,
        };
        assemble(unit, info)
    }

    // ----- locations -----

    fn location(&self, range: TextRange) -> Location {
        let start = self.lines.start(range.start());
        let end = self.lines.end(range.end());
        Location {
            line: start.line,
            end_line: end.line,
            col: start.col,
            end_col: end.col,
        }
    }

    /// Gives the instructions emitted from now on the location of `range`.
    fn set_loc(&mut self, range: TextRange) {
        let loc = self.location(range);
        self.unit().loc = loc;
    }

    fn line_of(&self, range: TextRange) -> u32 {
        self.lines.start(range.start()).line
    }

    /// Counts one more level of nesting, failing past [`MAX_NESTING`].
    fn nest(&mut self, range: TextRange) -> CompileResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(too_deep(range));
        }
        Ok(())
    }

    fn unnest(&mut self) {
        self.depth -= 1;
    }

    // ----- emitting -----

    fn emit(&mut self, instr: Instruction) {
        self.unit().push(Op::Real(instr));
    }

    fn new_label(&mut self) -> Label {
        self.unit().new_label()
    }

    fn place(&mut self, label: Label) {
        self.unit().place(label);
    }

    /// Emits a jump-family instruction to `label`.
    fn emit_jump(&mut self, make: fn(u32) -> Instruction, label: Label) {
        self.emit(make(label.0));
    }

    fn add_const(&mut self, constant: Constant) -> u32 {
        let unit = self.unit();
        let (found, hash) = unit.const_index.find(&unit.consts, &constant);
        if let Some(i) = found {
            return i;
        }
        let i = unit.consts.len() as u32;
        unit.consts.push(constant);
        unit.const_index.insert(hash, i);
        i
    }

    fn load_const(&mut self, constant: Constant) {
        let i = self.add_const(constant);
        self.emit(Instruction::LoadConst(i));
    }

    fn emit_return_none(&mut self) {
        self.load_const(Constant::None);
        self.emit(Instruction::ReturnValue);
    }

    /// The value of `expr` if it is a constant after CPython's AST-level folding, with
    /// `__debug__` as the `-O` level makes it.
    fn fold(&self, expr: &Expr) -> Option<Constant> {
        constant::fold(expr, self.options.optimize == 0)
    }

    /// The docstring of a body, unless `-OO` drops docstrings.
    fn docstring(&self, body: &'a [Stmt]) -> Option<&'a krait_ast::PyString> {
        docstring(body).filter(|_| self.options.optimize < 2)
    }

    /// `name` as written in the current class, if any.
    fn mangled<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        // Borrowed unless mangling changes the name: this runs for every name compiled.
        mangle(self.unit_ref().private.as_deref(), name)
    }

    /// The `co_names` index of a global, attribute or import name (mangled).
    fn name_index(&mut self, name: &str) -> u32 {
        let mangled = self.mangled(name);
        self.unit().names.intern(&mangled)
    }

    /// The `co_names` index of `name` taken literally (import names are not mangled).
    fn raw_name_index(&mut self, name: &str) -> u32 {
        self.unit().names.intern(name)
    }

    /// Index of a cell or free variable in the `*_DEREF` numbering (cells, then frees).
    fn deref_index(&self, name: &str, range: TextRange) -> CompileResult<u32> {
        let unit = self.unit_ref();
        if let Some(i) = unit.cellvars.iter().position(|c| c == name) {
            return Ok(i as u32);
        }
        if let Some(i) = unit.freevars.iter().position(|f| f == name) {
            return Ok((unit.cellvars.len() + i) as u32);
        }
        Err(internal_error(
            format!("'{name}' is neither a cell nor a free variable"),
            range,
        ))
    }

    /// Loads, stores or deletes the variable `name` with the instruction its scope calls for.
    fn compile_name(&mut self, name: &str, ctx: NameCtx, range: TextRange) -> CompileResult<()> {
        if name == "__debug__" && ctx != NameCtx::Load {
            let verb = if ctx == NameCtx::Store {
                "assign to"
            } else {
                "delete"
            };
            return Err(crate::error::syntax_error(
                format!("cannot {verb} __debug__"),
                range,
            ));
        }
        let mangled = self.mangled(name);
        let kind = self.scope_kind();
        let info = self.table.scope(self.unit_ref().scope);
        let slot = info.symbol_index(&mangled);
        let scope = slot.map(|slot| info.symbols()[slot].scope);
        let function_like = kind.is_function_like();
        use Instruction::*;
        let instr = match scope {
            Some(SymbolScope::Free) | Some(SymbolScope::Cell) => {
                let i = self.deref_index(&mangled, range)?;
                match ctx {
                    NameCtx::Load if kind == ScopeKind::Class => LoadClassDeref(i),
                    NameCtx::Load => LoadDeref(i),
                    NameCtx::Store => StoreDeref(i),
                    NameCtx::Del => DeleteDeref(i),
                }
            }
            Some(SymbolScope::Local) if function_like => {
                let i = self.unit().slot_operand(slot, &mangled, true);
                match ctx {
                    NameCtx::Load => LoadFast(i),
                    NameCtx::Store => StoreFast(i),
                    NameCtx::Del => DeleteFast(i),
                }
            }
            Some(SymbolScope::GlobalExplicit) | Some(SymbolScope::GlobalImplicit)
                if function_like || scope == Some(SymbolScope::GlobalExplicit) =>
            {
                let i = self.unit().slot_operand(slot, &mangled, false);
                match ctx {
                    NameCtx::Load => LoadGlobal(i),
                    NameCtx::Store => StoreGlobal(i),
                    NameCtx::Del => DeleteGlobal(i),
                }
            }
            _ => {
                let i = self.unit().slot_operand(slot, &mangled, false);
                match ctx {
                    NameCtx::Load => LoadName(i),
                    NameCtx::Store => StoreName(i),
                    NameCtx::Del => DeleteName(i),
                }
            }
        };
        self.emit(instr);
        Ok(())
    }

    // ----- bodies -----

    /// A module or class body: `__annotations__` if any annotated assignment needs it, the
    /// docstring stored as `__doc__`, then the statements.
    fn compile_body(&mut self, body: &'a [Stmt]) -> CompileResult<()> {
        if find_annotations(body) {
            // A namespace may come with `__annotations__` already (a metaclass's
            // `__prepare__`, `exec` with prepared globals): SETUP_ANNOTATIONS keeps it.
            self.emit(Instruction::SetupAnnotations);
        }
        let mut rest = body;
        if let Some((first, tail)) = body.split_first() {
            // An interactive statement has no docstring: a string literal is shown.
            let interactive_module = self.interactive && self.scope_kind() == ScopeKind::Module;
            if let Some(doc) = self.docstring(body).filter(|_| !interactive_module) {
                self.set_loc(first.range);
                self.load_const(Constant::Str(doc.to_aliased().into_owned()));
                self.compile_name("__doc__", NameCtx::Store, first.range)?;
                rest = tail;
            }
        }
        self.compile_stmts(rest)
    }
}

/// The docstring of a body: its first statement, if that is a string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&krait_ast::PyString> {
    let StmtKind::Expr { value } = &body.first()?.kind else {
        return None;
    };
    match &value.kind {
        ExprKind::Constant {
            value: krait_ast::Constant::Str(s),
            ..
        } => Some(s),
        _ => None,
    }
}

/// Whether a module or class body contains an annotated assignment outside nested scopes.
fn find_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match &stmt.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For(for_) => find_annotations(&for_.body) || find_annotations(&for_.orelse),
        StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
            find_annotations(body) || find_annotations(orelse)
        }
        StmtKind::With(with) => find_annotations(&with.body),
        StmtKind::Try(try_) => {
            find_annotations(&try_.body)
                || try_.handlers.iter().any(|h| find_annotations(&h.body))
                || find_annotations(&try_.orelse)
                || find_annotations(&try_.finalbody)
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_annotations(&c.body)),
        _ => false,
    })
}
