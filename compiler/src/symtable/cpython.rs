//! The symbol table in the shape of CPython's `symtable` module, for `krait symtable` and
//! for comparison with what CPython reports for the same file
//! (`tests/symtable/cpython_symtable.py` prints the same format from CPython).
//!
//! ```text
//! module top line 0 children
//!   f: local assigned namespace
//!   function f line 1 optimized
//!     a: local parameter referenced
//! ```
//!
//! One line per table: its type (`module`, `class`, `function` — lambdas and
//! comprehensions are functions, as in CPython), name, first line, and `optimized`,
//! `nested`, `children` when they hold. Then its symbols sorted by name: how each resolves
//! (`local`, `cell`, `free`, `global_explicit`, `global_implicit`) and which of the
//! `Symbol.is_*` predicates hold. Nested tables follow, indented.

use std::fmt::Write;

use krait_ast::{LineIndex, SyntaxError};

use super::{Scope, ScopeKind, SymbolFlags, SymbolScope, SymbolTable};

/// The dump of `table`, built from `source`.
pub fn cpython_dump(table: &SymbolTable, source: &str) -> String {
    let lines = LineIndex::new(source);
    let mut out = String::new();
    // An explicit work list: scopes can nest deeper than the native stack allows.
    let mut work = vec![(table.root(), 0usize)];
    while let Some((id, depth)) = work.pop() {
        let scope = table.scope(id);
        write_table(&mut out, table, scope, depth, &lines);
        for child in scope.children.iter().rev() {
            work.push((*child, depth + 1));
        }
    }
    out
}

/// A symbol-table error as the dump shows it: `SyntaxError: MESSAGE (line N)`.
pub fn cpython_error(error: &SyntaxError, source: &str) -> String {
    let line = LineIndex::new(source).line_col(error.range.start()).line;
    format!("SyntaxError: {} (line {line})\n", error.message)
}

fn write_table(
    out: &mut String,
    table: &SymbolTable,
    scope: &Scope,
    depth: usize,
    lines: &LineIndex,
) {
    let indent = "  ".repeat(depth);
    let kind = match scope.kind {
        ScopeKind::Module => "module",
        ScopeKind::Class => "class",
        ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension => "function",
    };
    let line = match scope.kind {
        ScopeKind::Module => 0,
        _ => lines.line_col(scope.range.start()).line,
    };
    let _ = write!(out, "{indent}{kind} {} line {line}", scope.name);
    if scope.kind.is_function_like() {
        out.push_str(" optimized");
    }
    if scope.nested {
        out.push_str(" nested");
    }
    if !scope.children.is_empty() {
        out.push_str(" children");
    }
    out.push('\n');
    let mut symbols: Vec<_> = scope.symbols().iter().collect();
    symbols.sort_by(|a, b| a.name.cmp(&b.name));
    for symbol in symbols {
        let resolution = match symbol.scope {
            SymbolScope::Local => "local",
            SymbolScope::Cell => "cell",
            SymbolScope::Free => "free",
            SymbolScope::GlobalExplicit => "global_explicit",
            SymbolScope::GlobalImplicit => "global_implicit",
        };
        let _ = write!(out, "{indent}  {}: {resolution}", symbol.name);
        let flags = symbol.flags;
        let namespace = scope
            .children
            .iter()
            .any(|&c| table.scope(c).name == symbol.name);
        for (name, holds) in [
            ("parameter", flags.has(SymbolFlags::PARAM)),
            ("imported", flags.has(SymbolFlags::IMPORT)),
            ("annotated", flags.has(SymbolFlags::ANNOT)),
            ("referenced", flags.has(SymbolFlags::USE)),
            ("assigned", flags.has(SymbolFlags::LOCAL)),
            ("nonlocal", flags.has(SymbolFlags::NONLOCAL)),
            ("namespace", namespace),
        ] {
            if holds {
                out.push(' ');
                out.push_str(name);
            }
        }
        out.push('\n');
    }
}
