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
//! Between code generation and assembly, the [`optimize`] pass rewrites each unit's blocks
//! (constant folding, constant branches, jump threading, dead code and NOP removal) unless
//! [`Options::optimizer`] is off (`krait dis --no-opt`, `KRAIT_NO_OPT=1`).
//!
//! Compilation never panics on any tree; a broken internal invariant is reported as an
//! `internal compiler error` instead.
//!
//! # Using the compiler alone
//!
//! Parse with `krait-parser`, compile, check the result with the verifier the VM runs on
//! every cache file, and print the disassembly (the optimiser has folded `2 * 3`):
//!
//! ```
//! let source = "def double(x):\n    return x * (2 * 3)\n";
//! let module = krait_parser::parse_module(source).expect("valid Python");
//! let code = krait_compiler::compile_module(&module, source, "double.py").expect("compiles");
//! krait_compiler::verify(&code).expect("the compiler's output always verifies");
//!
//! let function = code.nested().next().expect("the code of `double`");
//! assert_eq!(function.varnames, ["x"]);
//! assert_eq!(
//!     function.to_string(),
//!     "  2            0 LOAD_FAST                0 (x)
//!                1 LOAD_CONST               1 (6)
//!                2 BINARY_OP                5 (*)
//!                3 RETURN_VALUE
//! "
//! );
//!
//! // CPython's compile-time errors are values too.
//! let module = krait_parser::parse_module("return 1\n").unwrap();
//! let error = krait_compiler::compile_module(&module, "return 1\n", "f.py").unwrap_err();
//! assert_eq!(error.to_string(), "SyntaxError: 'return' outside function");
//! ```
//!
//! [`symtable`] gives the scopes alone, as CPython's `symtable` module does.

#![deny(unsafe_code)]

mod assemble;
mod codegen;
mod error;
mod future;
mod mangle;
mod optimize;
mod options;
mod stack_effect;
pub mod symtable;
#[cfg(test)]
mod tests;
mod verify;

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use krait_ast::{Module, SyntaxError, TextRange, TextSize};
use krait_bytecode::CodeObject;

pub use codegen::warn::CompileWarning;
pub use optimize::float_divmod;
pub use options::{set_default_options, Options};
pub use verify::verify;

/// The compiler's hash maps: keyed by names, constants and node addresses, none of them
/// chosen by an attacker to collide, and looked up for every name the code mentions, so a
/// fast fixed hash (foldhash) replaces std's SipHash (3–4% of compile time in a profile).
/// Nothing iterates these maps to decide output, so the hash never changes what is emitted.
pub(crate) type FastMap<K, V> = HashMap<K, V, foldhash::fast::FixedState>;
/// A name's hash for the indexes kept as `hashbrown::HashTable`s of positions (the
/// names live once, in a list beside the index), with [`FastMap`]'s hash.
pub(crate) fn hash_name(name: &str) -> u64 {
    use std::hash::BuildHasher;
    foldhash::fast::FixedState::default().hash_one(name)
}
/// The set form of [`FastMap`].
pub(crate) type FastSet<T> = HashSet<T, foldhash::fast::FixedState>;

/// What a source is compiled as (`compile()`'s `mode` argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: the statements run, the code returns `None`.
    Exec,
    /// One expression, whose value the code returns. The module must hold exactly one
    /// expression statement (see [`check_eval_source`]).
    Eval,
    /// An interactive statement: expression statements outside functions show their
    /// values through `PRINT_EXPR`.
    Single,
}

/// Compiles `module`, parsed from `source`, into the code object of its body. `filename`
/// is recorded in every code object (`co_filename`).
pub fn compile_module(
    module: &Module,
    source: &str,
    filename: &str,
) -> Result<Rc<CodeObject>, SyntaxError> {
    compile_module_as(module, source, filename, Mode::Exec)
}

/// As [`compile_module`], in the given [`Mode`].
pub fn compile_module_as(
    module: &Module,
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<Rc<CodeObject>, SyntaxError> {
    compile_module_with(module, source, filename, mode, Options::default())
}

/// As [`compile_module_as`], with explicit [`Options`] (`-O` level, optimiser on or off)
/// instead of the process-wide defaults.
pub fn compile_module_with(
    module: &Module,
    source: &str,
    filename: &str,
    mode: Mode,
    options: Options,
) -> Result<Rc<CodeObject>, SyntaxError> {
    compile_module_with_warnings(module, source, filename, mode, options).0
}

/// As [`compile_module_with`], also giving the `SyntaxWarning`s CPython's compiler issues
/// (`"is" with a literal`, `assertion is always true`, a missed comma), in the order it
/// issues them; those met before an error too.
pub fn compile_module_with_warnings(
    module: &Module,
    source: &str,
    filename: &str,
    mode: Mode,
    options: Options,
) -> (Result<Rc<CodeObject>, SyntaxError>, Vec<CompileWarning>) {
    let mut warnings = Vec::new();
    let result = (|| {
        check_mode(module, source, mode)?;
        future::check_future_imports(module)?;
        let table = symtable::SymbolTable::build(module)?;
        codegen::compile_module(
            module,
            table,
            source,
            filename,
            mode,
            options,
            &mut warnings,
        )
    })();
    (result, warnings)
}

/// Checks that a parsed module is what `mode` takes: one expression for `eval`, one
/// interactive statement for `single`. These are parse errors in CPython (its grammar has
/// an entry point per mode), raised before any compiling.
pub fn check_mode(module: &Module, source: &str, mode: Mode) -> Result<(), SyntaxError> {
    match mode {
        Mode::Eval => check_eval_source(module, source),
        Mode::Single => check_single_source(module, source),
        Mode::Exec => Ok(()),
    }
}

/// Checks that a module parsed from an `eval` source is one expression, as CPython's
/// `eval` grammar requires: anything else is `invalid syntax` where the first token that
/// is no part of an expression stands.
fn check_eval_source(module: &Module, source: &str) -> Result<(), SyntaxError> {
    use krait_ast::StmtKind;
    let at = |offset: TextSize| Err(SyntaxError::new("invalid syntax", TextRange::empty(offset)));
    // The first character after `end` that is not blank.
    let next_token = |end: TextSize| {
        let rest = source.get(usize::from(end)..).unwrap_or("");
        let skipped = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        end + TextSize::from(skipped as u32)
    };
    match module.body.as_slice() {
        [krait_ast::Stmt {
            kind: StmtKind::Expr { .. },
            ..
        }] => Ok(()),
        [first, ..] => match &first.kind {
            StmtKind::Expr { value } => at(next_token(value.range.end())),
            StmtKind::Assign { targets, .. } => match targets.first() {
                Some(t) => at(next_token(t.range.end())),
                None => at(first.range.start()),
            },
            StmtKind::AugAssign { target, .. } | StmtKind::AnnAssign { target, .. } => {
                at(next_token(target.range.end()))
            }
            _ => at(first.range.start()),
        },
        [] => at(module.range.end()),
    }
}

/// Checks that a `single` source is one interactive statement: one compound statement, or
/// simple statements on one line.
fn check_single_source(module: &Module, source: &str) -> Result<(), SyntaxError> {
    for pair in module.body.windows(2) {
        let between = source
            .get(usize::from(pair[0].range.end())..usize::from(pair[1].range.start()))
            .unwrap_or("\n");
        if between.replace("\\\n", "").contains('\n') {
            return Err(SyntaxError::new(
                "multiple statements found while compiling a single statement",
                TextRange::empty(module.body[0].range.end()),
            ));
        }
    }
    Ok(())
}
