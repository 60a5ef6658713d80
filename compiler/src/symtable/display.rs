//! The symbol table as text, for stage dumps and tests: one line per scope, then one per
//! symbol with its resolution and what the scope does with it, children indented.
//!
//! ```text
//! module top
//!   f: local [assigned]
//!   function f(a)
//!     a: cell [param]
//! ```

use std::fmt::{self, Write};

use super::{Scope, ScopeKind, SymbolFlags, SymbolScope, SymbolTable};

impl fmt::Display for SymbolTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // An explicit work list: scopes can nest deeper than the native stack allows.
        let mut work = vec![(self.root(), 0usize)];
        while let Some((id, depth)) = work.pop() {
            let scope = self.scope(id);
            write_scope(f, scope, depth)?;
            for child in scope.children.iter().rev() {
                work.push((*child, depth + 1));
            }
        }
        Ok(())
    }
}

fn write_scope(f: &mut fmt::Formatter<'_>, scope: &Scope, depth: usize) -> fmt::Result {
    let indent = "  ".repeat(depth);
    let kind = match scope.kind {
        ScopeKind::Module => "module",
        ScopeKind::Class => "class",
        ScopeKind::Function => "function",
        ScopeKind::Lambda => "lambda",
        ScopeKind::Comprehension => "comprehension",
    };
    write!(f, "{indent}{kind} {}", scope.name)?;
    if scope.kind.is_function_like() {
        write!(f, "({})", scope.params.join(", "))?;
    }
    let traits = [
        (scope.nested, "nested"),
        (scope.is_generator, "generator"),
        (scope.needs_class_closure, "__class__ cell"),
    ];
    for (on, name) in traits {
        if on {
            write!(f, " [{name}]")?;
        }
    }
    writeln!(f)?;
    for symbol in scope.symbols() {
        let resolution = match symbol.scope {
            SymbolScope::Local => "local",
            SymbolScope::GlobalImplicit => "global",
            SymbolScope::GlobalExplicit => "global (declared)",
            SymbolScope::Free => "free",
            SymbolScope::Cell => "cell",
        };
        writeln!(
            f,
            "{indent}  {}: {resolution}{}",
            symbol.name,
            flag_list(symbol.flags)
        )?;
    }
    Ok(())
}

fn flag_list(flags: SymbolFlags) -> String {
    let names = [
        (SymbolFlags::PARAM, "param"),
        (SymbolFlags::LOCAL, "assigned"),
        (SymbolFlags::IMPORT, "imported"),
        (SymbolFlags::USE, "used"),
        (SymbolFlags::GLOBAL, "global"),
        (SymbolFlags::NONLOCAL, "nonlocal"),
        (SymbolFlags::ANNOT, "annotated"),
        (SymbolFlags::FREE_CLASS, "passed to methods"),
        (SymbolFlags::COMP_ITER, "iteration variable"),
    ];
    let present: Vec<&str> = names
        .iter()
        .filter(|(bit, _)| flags.has(*bit))
        .map(|(_, n)| *n)
        .collect();
    let mut out = String::new();
    if !present.is_empty() {
        let _ = write!(out, " [{}]", present.join(", "));
    }
    out
}
