//! The second symbol-table pass: resolves every name of every scope, outside in, as
//! CPython's `analyze_block` does. A function's bound names are visible to the functions
//! nested in it; a class's are not (its methods see through it), except for the implicit
//! `__class__` cell that `super()` needs. Names a nested scope captures become cells where
//! they are bound and free in every scope in between.
//!
//! The walk only reads the table: its name sets borrow the symbols' names rather than
//! copying them (copying every name into several sets per scope was most of this pass's
//! cost), so what it decides for each scope is kept in an [`Outcome`] and written into
//! the table once every scope is resolved.

use std::borrow::Cow;
use std::collections::BTreeSet;

use super::{Scope, ScopeId, ScopeKind, Symbol, SymbolFlags, SymbolScope, SymbolTable};
use crate::error::{syntax_error, with_stack, CompileResult};

/// Ordered, so free names are added to the scopes they pass through in name order.
type Names<'t> = BTreeSet<&'t str>;

/// What resolving one scope decided.
#[derive(Default)]
struct Outcome {
    /// How each symbol resolves, in symbol order.
    resolved: Vec<SymbolScope>,
    needs_class_closure: bool,
    /// Symbols (by index) a class binds that its methods also capture.
    free_class: Vec<usize>,
    /// Names the scope never mentions but whose cells pass through it, in name order.
    pass_through: Vec<String>,
}

/// Resolves every scope of `table`.
pub(super) fn analyze(table: &mut SymbolTable) -> CompileResult<()> {
    let mut outcomes: Vec<Outcome> = table.scopes.iter().map(|_| Outcome::default()).collect();
    let mut free = Names::new();
    analyze_block(
        table,
        ScopeId(0),
        None,
        &mut free,
        &Names::new(),
        &mut outcomes,
    )?;
    for (scope, outcome) in table.scopes.iter_mut().zip(outcomes) {
        for (symbol, resolution) in scope.symbols.iter_mut().zip(outcome.resolved) {
            symbol.scope = resolution;
        }
        for i in outcome.free_class {
            scope.symbols[i].flags.0 |= SymbolFlags::FREE_CLASS;
        }
        scope.needs_class_closure |= outcome.needs_class_closure;
        for name in outcome.pass_through {
            scope.add_flags(&name, 0);
            if let Some(symbol) = scope.symbol_mut(&name) {
                symbol.scope = SymbolScope::Free;
            }
        }
    }
    Ok(())
}

/// `bound`: names bound in enclosing functions (`None` for the module, where `nonlocal`
/// has nothing to refer to). `global`: names known to be global. Names free in this scope
/// or its children that must come from outside are added to `free`.
fn analyze_block<'t>(
    table: &'t SymbolTable,
    id: ScopeId,
    bound_outside: Option<&Names<'t>>,
    free: &mut Names<'t>,
    global_outside: &Names<'t>,
    outcomes: &mut [Outcome],
) -> CompileResult<()> {
    // Copied only when a declaration or binding here changes them, which few scopes do.
    let mut bound = bound_outside.map(Cow::Borrowed);
    let mut global = Cow::Borrowed(global_outside);
    let mut local = Names::new();
    let scope = table.scope(id);
    let kind = scope.kind;

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

    // A class body's names are invisible to nested scopes: children see what the class saw.
    let (child_bound, child_global) = if kind == ScopeKind::Class {
        let mut child_bound = bound_outside.cloned().unwrap_or_default();
        child_bound.insert("__class__");
        (child_bound, global_outside)
    } else {
        let mut child_bound = if kind.is_function_like() {
            local
        } else {
            Names::new()
        };
        if let Some(bound) = &bound {
            child_bound.extend(bound.iter());
        }
        (child_bound, &*global)
    };

    let mut child_free = Names::new();
    for &child in &scope.children {
        with_stack(|| {
            analyze_block(
                table,
                child,
                Some(&child_bound),
                &mut child_free,
                child_global,
                outcomes,
            )
        })?;
    }

    let mut outcome = Outcome::default();
    if kind.is_function_like() {
        // Locals captured by children live in cells.
        for (symbol, resolution) in scope.symbols.iter().zip(resolved.iter_mut()) {
            if *resolution == SymbolScope::Local && child_free.remove(symbol.name.as_str()) {
                *resolution = SymbolScope::Cell;
            }
        }
    } else if kind == ScopeKind::Class && child_free.remove("__class__") {
        outcome.needs_class_closure = true;
    }
    outcome.resolved = resolved;
    pass_through_free(scope, bound.as_deref(), &child_free, &mut outcome);
    outcomes[id.0 as usize] = outcome;
    free.extend(child_free);
    Ok(())
}

fn analyze_name<'t>(
    scope: &Scope,
    symbol: &'t Symbol,
    bound: Option<&mut Cow<'_, Names<'t>>>,
    local: &mut Names<'t>,
    free: &mut Names<'t>,
    global: &mut Cow<'_, Names<'t>>,
) -> CompileResult<SymbolScope> {
    let name = symbol.name.as_str();
    let flags = symbol.flags;
    let at_directive = |message: String| {
        let range = scope.directives.get(name).copied().unwrap_or(scope.range);
        Err(syntax_error(message, range))
    };
    if flags.has(SymbolFlags::GLOBAL) {
        if flags.has(SymbolFlags::NONLOCAL) {
            return at_directive(format!("name '{name}' is nonlocal and global"));
        }
        if !global.contains(name) {
            global.to_mut().insert(name);
        }
        if let Some(bound) = bound {
            if bound.contains(name) {
                bound.to_mut().remove(name);
            }
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
        free.insert(name);
        return Ok(SymbolScope::Free);
    }
    if flags.has(SymbolFlags::BOUND) {
        local.insert(name);
        if global.contains(name) {
            global.to_mut().remove(name);
        }
        return Ok(SymbolScope::Local);
    }
    if bound.is_some_and(|bound| bound.contains(name)) {
        free.insert(name);
        return Ok(SymbolScope::Free);
    }
    Ok(SymbolScope::GlobalImplicit)
}

/// Names free in children that this scope does not bind pass through it as free variables,
/// so the cells can be handed down; a class that binds such a name itself keeps it in its
/// namespace but also passes the cell on (`FREE_CLASS`).
fn pass_through_free(
    scope: &Scope,
    bound: Option<&Names<'_>>,
    child_free: &Names<'_>,
    outcome: &mut Outcome,
) {
    let is_class = scope.kind == ScopeKind::Class;
    for &name in child_free {
        if let Some(i) = scope.symbol_index(name) {
            if is_class
                && scope.symbols[i]
                    .flags
                    .has(SymbolFlags::BOUND | SymbolFlags::GLOBAL)
            {
                outcome.free_class.push(i);
            }
            continue;
        }
        if bound.is_some_and(|bound| !bound.contains(name)) {
            continue;
        }
        outcome.pass_through.push(name.to_owned());
    }
}
