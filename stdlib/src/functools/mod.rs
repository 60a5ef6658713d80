//! `_functools`: the parts of `functools` CPython writes in C, written natively so that
//! CPython's `functools.py` takes them as it does on CPython: `partial`, `reduce`,
//! `cmp_to_key` (its `KeyWrapper` class) and `_lru_cache_wrapper`. This file makes the
//! module and holds `reduce` and what the classes share; each class lives in its own file.

mod key_wrapper;
mod lru_cache;
mod partial;

use krait_gc::Gc;

use krait_vm::builtins::native::{kept_class, next};
use krait_vm::builtins::{module_functions, new_module};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

const DOC: &str = "Tools that operate on functions.";

/// Creates `_functools`. Its classes are made once per VM and shared by every import (a
/// fresh import, as CPython's tests make, still sees the same `partial`).
pub(crate) fn create(vm: &mut Vm) -> PyResult<Gc<Object>> {
    if kept_class(vm, partial::KEY).is_none() {
        partial::make_class(vm);
        key_wrapper::make_class(vm);
        lru_cache::make_class(vm);
    }
    let mut attrs = module_functions(
        vm,
        &[("reduce", reduce), ("cmp_to_key", key_wrapper::cmp_to_key)],
    );
    for (name, key) in [
        ("partial", partial::KEY),
        ("KeyWrapper", key_wrapper::KEY),
        ("_lru_cache_wrapper", lru_cache::KEY),
    ] {
        if let Some(c) = kept_class(vm, key) {
            attrs.push((name, Value::Obj(c)));
        }
    }
    let doc = vm.new_str(DOC);
    attrs.push(("__doc__", doc));
    Ok(new_module(vm, "_functools", attrs))
}

/// `reduce(function, iterable[, initial])`: folds the items of `iterable` into one value
/// from the left, starting from `initial` when given.
fn reduce(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("reduce() takes no keyword arguments"));
    }
    if args.len() < 2 {
        let msg = format!("reduce expected at least 2 arguments, got {}", args.len());
        return Err(vm.type_error(msg));
    }
    if args.len() > 3 {
        let msg = format!("reduce expected at most 3 arguments, got {}", args.len());
        return Err(vm.type_error(msg));
    }
    let func = args[0];
    let it = match vm.get_iter(args[1]) {
        Ok(it) => it,
        Err(e) => {
            let type_error = vm.types().type_error;
            if vm.exc_matches(e, type_error) {
                return Err(vm.type_error("reduce() arg 2 must support iteration"));
            }
            return Err(e);
        }
    };
    let mut acc = args.get(2).copied();
    while let Some(item) = next(vm, it)? {
        acc = Some(match acc {
            None => item,
            Some(a) => vm.call_value(func, &[a, item], &[])?,
        });
    }
    match acc {
        Some(v) => Ok(v),
        None => Err(vm.type_error("reduce() of empty iterable with no initial value")),
    }
}

/// The items of a tuple value.
pub(crate) fn tuple_items(v: Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// The (name, value) entries of a dict value, in order.
pub(crate) fn dict_entries(v: Value) -> Vec<(Value, Value)> {
    match v.payload() {
        Some(Payload::Dict(d)) => d.borrow().iter().map(|e| (e.key, e.value)).collect(),
        _ => Vec::new(),
    }
}

/// The text of a str value.
pub(crate) fn text(v: Value) -> Option<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Some(s.as_str().to_owned()),
        _ => None,
    }
}

/// Calls `obj.name(*args)`.
pub(crate) fn call_method(vm: &mut Vm, obj: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let key = vm.intern(name);
    let f = vm.get_attr(obj, key)?;
    vm.call_value(f, args, &[])
}

/// `types.GenericAlias(cls, item)`: what `cls[item]` gives for the module's classes.
pub(crate) fn class_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let name = vm.intern("types");
    let types = vm.import_name(name, Value::None, Value::Int(0))?;
    let key = vm.intern("GenericAlias");
    let alias = vm.get_attr(types, key)?;
    let cls = args.first().copied().unwrap_or(Value::None);
    let item = args.get(1).copied().unwrap_or(Value::None);
    vm.call_value(alias, &[cls, item], &[])
}
