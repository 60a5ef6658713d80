//! The second symbol-table pass: resolves every name of every scope, outside in, as
//! CPython's `analyze_block` does. A function's bound names are visible to the functions
//! nested in it; a class's are not (its methods see through it), except for the implicit
//! `__class__` cell that `super()` needs. Names a nested scope captures become cells where
//! they are bound and free in every scope in between.

use std::collections::BTreeSet;

use super::{Scope, ScopeId, ScopeKind, Symbol, SymbolFlags, SymbolScope, SymbolTable};
use crate::error::{syntax_error, with_stack, CompileResult};

type Names = BTreeSet<String>;

/// Resolves every scope of `table`.
pub(super) fn analyze(table: &mut SymbolTable) -> CompileResult<()> {
    let mut free = Names::new();
    analyze_block(table, ScopeId(0), None, &mut free, &Names::new())
}

/// `bound`: names bound in enclosing functions (`None` for the module, where `nonlocal`
/// has nothing to refer to). `global`: names known to be global. Names free in this scope
/// or its children that must come from outside are added to `free`.
fn analyze_block(
    table: &mut SymbolTable,
    id: ScopeId,
    bound: Option<&Names>,
    free: &mut Names,
    global: &Names,
) -> CompileResult<()> {
    let mut bound = bound.cloned();
    let mut global = global.clone();
    let mut local = Names::new();
    let scope = table.scope(id);
    let kind = scope.kind;

    // A class body's names are invisible to nested scopes: children see what the class saw.
    let (mut child_bound, mut child_global) = if kind == ScopeKind::Class {
        (bound.clone().unwrap_or_default(), global.clone())
    } else {
        (Names::new(), Names::new())
    };

    let mut resolved = Vec::with_capacity(scope.symbols.len());
    for symbol in &scope.symbols {
        resolved.push(analyze_name(
            scope,
            symbol,
            bound.as_mut(),
            &mut local,
            free,
            &mut global,
        )?);
    }

    if kind == ScopeKind::Class {
        child_bound.insert("__class__".to_owned());
    } else {
        if kind.is_function_like() {
            child_bound.extend(local.iter().cloned());
        }
        if let Some(bound) = &bound {
            child_bound.extend(bound.iter().cloned());
        }
        child_global.extend(global.iter().cloned());
    }

    let mut child_free = Names::new();
    for child in table.scope(id).children.clone() {
        with_stack(|| {
            analyze_block(
                table,
                child,
                Some(&child_bound),
                &mut child_free,
                &child_global,
            )
        })?;
    }

    let scope = table.scope_mut(id);
    if kind.is_function_like() {
        // Locals captured by children live in cells.
        for (symbol, resolution) in scope.symbols.iter().zip(resolved.iter_mut()) {
            if *resolution == SymbolScope::Local && child_free.remove(&symbol.name) {
                *resolution = SymbolScope::Cell;
            }
        }
    } else if kind == ScopeKind::Class && child_free.remove("__class__") {
        scope.needs_class_closure = true;
    }
    for (symbol, resolution) in scope.symbols.iter_mut().zip(resolved) {
        symbol.scope = resolution;
    }
    pass_through_free(scope, bound.as_ref(), &child_free);
    free.extend(child_free);
    Ok(())
}

fn analyze_name(
    scope: &Scope,
    symbol: &Symbol,
    bound: Option<&mut Names>,
    local: &mut Names,
    free: &mut Names,
    global: &mut Names,
) -> CompileResult<SymbolScope> {
    let name = &symbol.name;
    let flags = symbol.flags;
    let at_directive = |message: String| {
        let range = scope.directives.get(name).copied().unwrap_or(scope.range);
        Err(syntax_error(message, range))
    };
    if flags.has(SymbolFlags::GLOBAL) {
        if flags.has(SymbolFlags::NONLOCAL) {
            return at_directive(format!("name '{name}' is nonlocal and global"));
        }
        global.insert(name.clone());
        if let Some(bound) = bound {
            bound.remove(name);
        }
        return Ok(SymbolScope::GlobalExplicit);
    }
    if flags.has(SymbolFlags::NONLOCAL) {
        let Some(bound) = bound else {
            return at_directive("nonlocal declaration not allowed at module level".to_owned());
        };
        if !bound.contains(name) {
            return at_directive(format!("no binding for nonlocal '{name}' found"));
        }
        free.insert(name.clone());
        return Ok(SymbolScope::Free);
    }
    if flags.has(SymbolFlags::BOUND) {
        local.insert(name.clone());
        global.remove(name);
        return Ok(SymbolScope::Local);
    }
    if bound.is_some_and(|bound| bound.contains(name)) {
        free.insert(name.clone());
        return Ok(SymbolScope::Free);
    }
    Ok(SymbolScope::GlobalImplicit)
}

/// Names free in children that this scope does not bind pass through it as free variables,
/// so the cells can be handed down; a class that binds such a name itself keeps it in its
/// namespace but also passes the cell on (`FREE_CLASS`).
fn pass_through_free(scope: &mut Scope, bound: Option<&Names>, child_free: &Names) {
    let is_class = scope.kind == ScopeKind::Class;
    for name in child_free {
        if let Some(symbol) = scope.symbol_mut(name) {
            if is_class && symbol.flags.has(SymbolFlags::BOUND | SymbolFlags::GLOBAL) {
                symbol.flags.0 |= SymbolFlags::FREE_CLASS;
            }
            continue;
        }
        if bound.is_some_and(|bound| !bound.contains(name)) {
            continue;
        }
        scope.add_flags(name, 0);
        if let Some(symbol) = scope.symbol_mut(name) {
            symbol.scope = SymbolScope::Free;
        }
    }
}
