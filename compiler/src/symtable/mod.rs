//! The symbol table: which scopes a module has and how every name in each scope resolves.
//!
//! Built in two passes, as CPython's `symtable.c` does: `builder` walks the tree and records
//! for every scope the names it binds, uses and declares (`global`, `nonlocal`, parameters),
//! rejecting misplaced declarations; `analyze` then resolves each name to
//! [`SymbolScope::Local`], [`SymbolScope::GlobalImplicit`], [`SymbolScope::GlobalExplicit`],
//! [`SymbolScope::Free`] or [`SymbolScope::Cell`], walking scopes outside in.
//!
//! Scopes are keyed by the address of the AST node that opens them (the `Stmt` of a `def` or
//! `class`, the `Expr` of a lambda or comprehension), so code generation finds the scope of
//! the node it is compiling without depending on visiting order. The tree must therefore not
//! move between building the table and using it — both borrow the same `&Module`.

mod analyze;
mod builder;
mod cpython;
#[cfg(test)]
mod cpython_tests;
mod display;
#[cfg(test)]
mod tests;
mod visit_expr;

use hashbrown::HashTable;

use crate::{hash_name, FastMap};

pub use cpython::{cpython_dump, cpython_error};

use krait_ast::{Expr, Module, Stmt, SyntaxError, TextRange};

/// Index of a scope in a [`SymbolTable`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScopeId(pub u32);

/// What opened a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    /// The module body.
    Module,
    /// A class body: names live in a mapping and do not enclose nested functions.
    Class,
    /// A `def`.
    Function,
    /// A `lambda`.
    Lambda,
    /// A list, set or dict comprehension or a generator expression.
    Comprehension,
}

impl ScopeKind {
    /// Whether the scope compiles to a function with fast locals (CPython's `FunctionBlock`).
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// How a name resolves inside one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SymbolScope {
    /// Bound in this scope (a fast local in functions, the locals mapping otherwise).
    Local,
    /// Not bound anywhere visible: looked up in globals, then builtins.
    GlobalImplicit,
    /// Declared `global`.
    GlobalExplicit,
    /// Bound in an enclosing function; reached through a cell.
    Free,
    /// Bound here and captured by a nested scope; lives in a cell.
    Cell,
}

/// What the code of one scope does with a name, as CPython's `DEF_*` flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SymbolFlags(pub u16);

impl SymbolFlags {
    /// Declared `global`.
    pub const GLOBAL: u16 = 1 << 0;
    /// Bound by assignment, `def`, `class`, `for`, `with`, `except … as`, `del`.
    pub const LOCAL: u16 = 1 << 1;
    /// A parameter.
    pub const PARAM: u16 = 1 << 2;
    /// Declared `nonlocal`.
    pub const NONLOCAL: u16 = 1 << 3;
    /// Read.
    pub const USE: u16 = 1 << 4;
    /// Bound in a class and also free in a method of it.
    pub const FREE_CLASS: u16 = 1 << 5;
    /// Bound by `import`.
    pub const IMPORT: u16 = 1 << 6;
    /// The target of an annotated assignment.
    pub const ANNOT: u16 = 1 << 7;
    /// A comprehension's iteration variable.
    pub const COMP_ITER: u16 = 1 << 8;
    /// Any kind of binding.
    pub const BOUND: u16 = Self::LOCAL | Self::PARAM | Self::IMPORT;

    /// Whether any of `flags` is set.
    pub fn has(self, flags: u16) -> bool {
        self.0 & flags != 0
    }
}

/// One name of one scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// The name, mangled if it is private to a class.
    pub name: String,
    /// What the scope does with it.
    pub flags: SymbolFlags,
    /// How it resolves.
    pub scope: SymbolScope,
}

/// One scope: its names and the scopes nested directly in it.
#[derive(Clone, Debug)]
pub struct Scope {
    /// What opened the scope.
    pub kind: ScopeKind,
    /// The function or class name; `top`, `lambda`, `listcomp`, `genexpr`, … otherwise.
    pub name: String,
    /// The enclosing scope (`None` for the module).
    pub parent: Option<ScopeId>,
    /// Directly nested scopes, in source order.
    pub children: Vec<ScopeId>,
    /// Parameter names in `co_varnames` order: positional-only, positional, keyword-only,
    /// then `*args` and `**kwargs`.
    pub params: Vec<String>,
    /// Contains `yield` (or is a generator expression).
    pub is_generator: bool,
    /// An `async def`, or a comprehension that awaits (an `async for` clause, an `await`, or
    /// an asynchronous comprehension nested in it): its code makes a coroutine (an async
    /// generator together with `is_generator`).
    pub is_coroutine: bool,
    /// Nested, directly or not, inside a function.
    pub nested: bool,
    /// Takes `*args`.
    pub has_varargs: bool,
    /// Takes `**kwargs`.
    pub has_varkeywords: bool,
    /// A class whose methods use `super` or `__class__`: its body creates a `__class__` cell.
    pub needs_class_closure: bool,
    /// The node that opened the scope.
    pub range: TextRange,
    symbols: Vec<Symbol>,
    /// Positions in `symbols`, hashed by name (each name is stored once, in its symbol).
    index: HashTable<u32>,
    /// Where each `global` / `nonlocal` declaration of a name is, for error locations.
    directives: FastMap<String, TextRange>,
}

impl Scope {
    fn new(kind: ScopeKind, name: String, parent: Option<ScopeId>, range: TextRange) -> Self {
        Scope {
            kind,
            name,
            parent,
            children: Vec::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            nested: false,
            has_varargs: false,
            has_varkeywords: false,
            needs_class_closure: false,
            range,
            symbols: Vec::new(),
            index: HashTable::new(),
            directives: FastMap::default(),
        }
    }

    /// The symbol named `name` (already mangled), if the scope mentions it.
    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.symbol_index(name).map(|i| &self.symbols[i])
    }

    /// The position of `name` in [`Scope::symbols`]; `None` if the scope never mentions it.
    pub fn symbol_index(&self, name: &str) -> Option<usize> {
        self.find(hash_name(name), name)
    }

    fn find(&self, hash: u64, name: &str) -> Option<usize> {
        let symbols = &self.symbols;
        self.index
            .find(hash, |&i| symbols[i as usize].name == name)
            .map(|&i| i as usize)
    }

    /// Every symbol, in order of first mention.
    pub fn symbols(&self) -> &[Symbol] {
        &self.symbols
    }

    /// How `name` resolves here; `None` if the scope never mentions it.
    pub fn scope_of(&self, name: &str) -> Option<SymbolScope> {
        self.symbol(name).map(|s| s.scope)
    }

    /// `co_cellvars`: the cells this scope creates, sorted by name as CPython does (a class
    /// has only its implicit `__class__` cell).
    pub fn cellvars(&self) -> Vec<String> {
        if self.kind == ScopeKind::Class {
            return if self.needs_class_closure {
                vec!["__class__".to_owned()]
            } else {
                Vec::new()
            };
        }
        let mut cells: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == SymbolScope::Cell)
            .map(|s| s.name.clone())
            .collect();
        cells.sort();
        cells
    }

    /// `co_freevars`: the cells this scope receives from outside, sorted by name; a class
    /// also passes through names it binds itself but its methods capture.
    pub fn freevars(&self) -> Vec<String> {
        let mut free: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == SymbolScope::Free || s.flags.has(SymbolFlags::FREE_CLASS))
            .map(|s| s.name.clone())
            .collect();
        free.sort();
        free
    }

    fn symbol_mut(&mut self, name: &str) -> Option<&mut Symbol> {
        let i = self.symbol_index(name)?;
        Some(&mut self.symbols[i])
    }

    /// Adds `flags` to `name`, creating the symbol if needed; returns the new flags.
    fn add_flags(&mut self, name: &str, flags: u16) -> SymbolFlags {
        let hash = hash_name(name);
        if let Some(i) = self.find(hash, name) {
            let symbol = &mut self.symbols[i];
            symbol.flags.0 |= flags;
            return symbol.flags;
        }
        let symbols = &self.symbols;
        self.index.insert_unique(hash, symbols.len() as u32, |&i| {
            hash_name(&symbols[i as usize].name)
        });
        self.symbols.push(Symbol {
            name: name.to_owned(),
            flags: SymbolFlags(flags),
            scope: SymbolScope::GlobalImplicit,
        });
        SymbolFlags(flags)
    }

    fn flags_of(&self, name: &str) -> SymbolFlags {
        self.symbol(name).map(|s| s.flags).unwrap_or_default()
    }
}

/// The scopes of a module, name resolution done.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    scopes: Vec<Scope>,
    by_node: FastMap<usize, ScopeId>,
}

impl SymbolTable {
    /// Builds and resolves the table for `module`, or reports the first misplaced
    /// declaration with CPython's message.
    pub fn build(module: &Module) -> Result<SymbolTable, SyntaxError> {
        let mut table = builder::build(module)?;
        analyze::analyze(&mut table)?;
        Ok(table)
    }

    /// The module's scope.
    pub fn root(&self) -> ScopeId {
        ScopeId(0)
    }

    /// The scope with index `id`.
    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }

    /// Every scope, the module first, then in the order they open in the source.
    pub fn scopes(&self) -> &[Scope] {
        &self.scopes
    }

    /// The scope opened by a `def` or `class` statement.
    pub fn scope_of_stmt(&self, stmt: &Stmt) -> Option<ScopeId> {
        self.by_node.get(&node_key(stmt)).copied()
    }

    /// The scope opened by a lambda or comprehension expression.
    pub fn scope_of_expr(&self, expr: &Expr) -> Option<ScopeId> {
        self.by_node.get(&node_key(expr)).copied()
    }

    fn scope_mut(&mut self, id: ScopeId) -> &mut Scope {
        &mut self.scopes[id.0 as usize]
    }
}

/// The identity of a node: its address, stable while the tree is borrowed.
fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}
