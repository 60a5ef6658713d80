//! `_krait_symtable`, the native half of `_symtable`: the compiler's symbol tables
//! ([`krait_compiler::symtable`]) as CPython's `symtable` module reads them.
//! `symtable(code, filename, compile_type)` parses the source and gives every scope as a
//! tuple `(type, id, name, lineno, nested, symbols, varnames, children)`, in a flat list
//! with the module first and `children` as indices into that list; the bundled `_symtable`
//! turns them into `symtable entry` objects (made once each, so the same scope is the
//! same object wherever it is reached). `symbols` maps each name to CPython's `DEF_*` flags
//! with the resolution in the bits from `SCOPE_OFF`; `varnames` are the parameters. Ids are
//! unique per process (a counter per call and the scope's index), not addresses.

use std::cell::Cell;

use krait_compiler::symtable::{ScopeKind, Symbol, SymbolFlags, SymbolScope, SymbolTable};
use krait_compiler::Mode;
use krait_gc::Gc;

use krait_vm::builtins::{arity, module_functions, new_module};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{Dict, NativeFn, Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

const TYPE_FUNCTION: i64 = 0;
const TYPE_CLASS: i64 = 1;
const TYPE_MODULE: i64 = 2;
const SCOPE_OFF: u32 = 11;

/// CPython's flag bits for each of the compiler's.
const FLAG_BITS: [(u16, i64); 9] = [
    (SymbolFlags::GLOBAL, 1),
    (SymbolFlags::LOCAL, 2),
    (SymbolFlags::PARAM, 4),
    (SymbolFlags::NONLOCAL, 8),
    (SymbolFlags::USE, 16),
    (SymbolFlags::FREE_CLASS, 64),
    (SymbolFlags::IMPORT, 128),
    (SymbolFlags::ANNOT, 256),
    (SymbolFlags::COMP_ITER, 512),
];

thread_local! {
    /// Calls of `symtable` so far: the high part of every entry's id.
    static TABLES: Cell<i64> = const { Cell::new(0) };
}

/// Creates `_krait_symtable`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let funcs: &[(&'static str, NativeFn)] = &[("symtable", symtable)];
    let mut attrs = module_functions(vm, funcs);
    for (name, v) in [
        ("USE", 16),
        ("DEF_GLOBAL", 1),
        ("DEF_LOCAL", 2),
        ("DEF_PARAM", 4),
        ("DEF_NONLOCAL", 8),
        ("DEF_FREE", 32),
        ("DEF_FREE_CLASS", 64),
        ("DEF_IMPORT", 128),
        ("DEF_BOUND", 134),
        ("DEF_ANNOT", 256),
        ("SCOPE_OFF", i64::from(SCOPE_OFF)),
        ("SCOPE_MASK", 15),
        ("LOCAL", 1),
        ("GLOBAL_EXPLICIT", 2),
        ("GLOBAL_IMPLICIT", 3),
        ("FREE", 4),
        ("CELL", 5),
        ("TYPE_FUNCTION", TYPE_FUNCTION),
        ("TYPE_CLASS", TYPE_CLASS),
        ("TYPE_MODULE", TYPE_MODULE),
    ] {
        attrs.push((name, Value::Int(v)));
    }
    new_module(vm, "_krait_symtable", attrs)
}

/// `symtable(code, filename, compile_type)`: the scopes, as the module doc says.
fn symtable(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "symtable", args, 3, 3)?;
    let filename = krait_vm::builtins::os_extra::path_arg(vm, args[1])?;
    let source = match args[0].payload() {
        Some(Payload::Str(s)) => s.as_str().to_owned(),
        Some(Payload::Bytes(b)) => match krait_lexer::decode_source(b) {
            Ok(text) => text,
            Err(e) => return Err(vm.syntax_error(&e, &filename, "")),
        },
        _ => return Err(vm.type_error("symtable() arg 1 must be a string or bytes object")),
    };
    let mode = match args[2].payload() {
        Some(Payload::Str(s)) if s.as_str() == "exec" => Mode::Exec,
        Some(Payload::Str(s)) if s.as_str() == "eval" => Mode::Eval,
        Some(Payload::Str(s)) if s.as_str() == "single" => Mode::Single,
        Some(Payload::Str(_)) => {
            let msg = "symtable() arg 3 must be 'exec' or 'eval' or 'single'";
            return Err(vm.value_error(msg));
        }
        _ => {
            let msg = format!(
                "symtable() argument 3 must be str, not {}",
                vm.type_name(args[2])
            );
            return Err(vm.type_error(msg));
        }
    };
    let built = krait_parser::parse_module(&source)
        .and_then(|m| krait_compiler::check_mode(&m, &source, mode).map(|()| m))
        .and_then(|m| SymbolTable::build(&m));
    let table = match built {
        Ok(t) => t,
        Err(e) => return Err(vm.syntax_error(&e, &filename, &source)),
    };
    let serial = TABLES.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    let lines = krait_ast::LineIndex::new(&source);
    // Scopes in preorder (module first), each child's index recorded as it is queued; a
    // work list, since scopes may nest deeper than the native stack allows.
    let mut order = vec![table.root()];
    let mut children_of: Vec<Vec<usize>> = Vec::new();
    let mut i = 0;
    while i < order.len() {
        let scope = table.scope(order[i]);
        let mut kids = Vec::with_capacity(scope.children.len());
        for &child in &scope.children {
            kids.push(order.len());
            order.push(child);
        }
        children_of.push(kids);
        i += 1;
    }
    let mut rows = Vec::with_capacity(order.len());
    for (id, kids) in order.iter().zip(children_of) {
        let scope = table.scope(*id);
        let kind = match scope.kind {
            ScopeKind::Module => TYPE_MODULE,
            ScopeKind::Class => TYPE_CLASS,
            _ => TYPE_FUNCTION,
        };
        let line = match scope.kind {
            ScopeKind::Module => 0,
            _ => i64::from(lines.line_col(scope.range.start()).line),
        };
        let name = vm.new_str(&scope.name);
        let symbols = symbols_dict(vm, scope.symbols())?;
        let params: Vec<Value> = scope.params.iter().map(|p| vm.new_str(p)).collect();
        let varnames = vm.new_list(params);
        let kids: Vec<Value> = kids.into_iter().map(|k| Value::Int(k as i64)).collect();
        let kids = vm.new_list(kids);
        let row = vm.new_tuple(vec![
            Value::Int(kind),
            Value::Int((serial << 24) + i64::from(id.0)),
            name,
            Value::Int(line),
            Value::Int(i64::from(scope.nested)),
            symbols,
            varnames,
            kids,
        ]);
        rows.push(row);
    }
    Ok(vm.new_list(rows))
}

/// A scope's names with CPython's flag words.
fn symbols_dict(vm: &mut Vm, symbols: &[Symbol]) -> PyResult<Value> {
    let dict = vm.new_dict(Dict::new());
    for symbol in symbols {
        let mut flags = 0i64;
        for (ours, theirs) in FLAG_BITS {
            if symbol.flags.has(ours) {
                flags |= theirs;
            }
        }
        let resolution: i64 = match symbol.scope {
            SymbolScope::Local => 1,
            SymbolScope::GlobalExplicit => 2,
            SymbolScope::GlobalImplicit => 3,
            SymbolScope::Free => 4,
            SymbolScope::Cell => 5,
        };
        flags |= resolution << SCOPE_OFF;
        let key = vm.new_str(&symbol.name);
        vm.dict_set(dict, key, Value::Int(flags))?;
    }
    Ok(dict)
}
