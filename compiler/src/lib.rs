//! Krait's compiler: from a parsed module to a code object.
//!
//! Owns: the symbol table ([`symtable`]: scopes, and each name resolved as local, global,
//! free or cell), code generation (one code object per module, function, lambda, class body
//! and comprehension, in CPython 3.11's instruction shapes), and the assembler (labels to
//! instruction indices, the exception table, `max_stack`).
//!
//! Takes: an [`ast::Module`](krait_ast::Module) and the source text it was parsed from (to
//! turn node ranges into line/column [`Location`](krait_bytecode::Location)s).
//! Gives: an `Rc<CodeObject>`, or the first [`SyntaxError`] CPython's compiler would report
//! (`'return' outside function`, `no binding for nonlocal 'x' found`, …). Every construct
//! of Python 3.11 compiles, `match`, `async` and `except*` included.
//!
//! Compilation never panics on any tree; a broken internal invariant is reported as an
//! `internal compiler error` instead.

#![deny(unsafe_code)]

mod assemble;
mod codegen;
mod error;
mod mangle;
mod stack_effect;
pub mod symtable;
#[cfg(test)]
mod tests;
mod verify;

use std::rc::Rc;

use krait_ast::{Module, SyntaxError};
use krait_bytecode::CodeObject;

pub use verify::verify;

/// Compiles `module`, parsed from `source`, into the code object of its body. `filename`
/// is recorded in every code object (`co_filename`).
pub fn compile_module(
    module: &Module,
    source: &str,
    filename: &str,
) -> Result<Rc<CodeObject>, SyntaxError> {
    let table = symtable::SymbolTable::build(module)?;
    codegen::compile_module(module, table, source, filename, false)
}

/// Compiles input typed at the interactive prompt (CPython's `single` mode): as
/// [`compile_module`], except that each expression statement of the module scope shows its
/// value through `sys.displayhook` (`PRINT_EXPR`) rather than discarding it.
pub fn compile_interactive(
    module: &Module,
    source: &str,
    filename: &str,
) -> Result<Rc<CodeObject>, SyntaxError> {
    let table = symtable::SymbolTable::build(module)?;
    codegen::compile_module(module, table, source, filename, true)
}
