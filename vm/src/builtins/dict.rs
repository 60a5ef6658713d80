//! Dicts: the constructor and methods (`get`, `keys`, `values`, `items`, `pop`, `popitem`,
//! `setdefault`, `update`, `copy`, `clear`, `fromkeys`).

use krait_gc::Gc;

use crate::builtins::{method, method_arity, method_kind};
use crate::error::PyResult;
use crate::interp::dictops::table;
use crate::object::function::KwArgs;
use crate::object::iter::DictIterKind;
use crate::object::{BuiltinKind, Payload};
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    let dict = vm.s.types.dict;
    method_kind(vm, dict, "__new__", dict_new, BuiltinKind::StaticMethod);
    method(vm, dict, "__init__", dict_init);
    method(vm, dict, "get", dict_get);
    method(vm, dict, "keys", dict_keys);
    method(vm, dict, "values", dict_values);
    method(vm, dict, "items", dict_items);
    for view in [vm.s.types.dict_keys, vm.s.types.dict_items] {
        method(vm, view, "isdisjoint", view_isdisjoint);
    }
    method(vm, dict, "pop", dict_pop);
    method(vm, dict, "popitem", dict_popitem);
    method(vm, dict, "setdefault", dict_setdefault);
    method(vm, dict, "update", dict_update);
    method(vm, dict, "copy", dict_copy);
    method(vm, dict, "clear", dict_clear);
    method_kind(
        vm,
        dict,
        "fromkeys",
        dict_fromkeys,
        BuiltinKind::ClassMethod,
    );
    method(vm, dict, "__getitem__", dict_getitem);
    method(vm, dict, "__setitem__", dict_setitem);
    method(vm, dict, "__delitem__", dict_delitem);
    method(vm, dict, "__contains__", dict_contains);
    method(vm, dict, "__len__", dict_len);
    method(vm, dict, "__iter__", dict_iter);
}

/// Registers dict's reading methods on `class` (`mappingproxy`, whose instances are
/// `AttrDict` payloads the natives accept).
pub(crate) fn install_reading_methods(vm: &mut Vm, class: krait_gc::Gc<crate::object::Object>) {
    let reading: [(&'static str, crate::object::function::NativeFn); 9] = [
        ("get", dict_get),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("copy", dict_copy),
        ("__getitem__", dict_getitem),
        ("__contains__", dict_contains),
        ("__len__", dict_len),
        ("__iter__", dict_iter),
    ];
    for (name, f) in reading {
        method(vm, class, name, f);
    }
}

fn check_dict(vm: &mut Vm, v: Value, name: &str) -> PyResult<()> {
    match v.payload() {
        Some(Payload::Dict(_) | Payload::AttrDict(_)) => Ok(()),
        _ => {
            let msg = format!(
                "descriptor '{name}' for 'dict' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            );
            Err(vm.type_error(msg))
        }
    }
}

/// Fills `d` from a mapping or an iterable of pairs, then keyword arguments.
pub(crate) fn fill_dict(
    vm: &mut Vm,
    d: Value,
    source: Option<Value>,
    kw: KwArgs<'_>,
) -> PyResult<()> {
    if let Some(src) = source {
        let is_mapping = matches!(src.payload(), Some(Payload::Dict(_) | Payload::AttrDict(_)))
            || {
                let keys = vm.intern("keys");
                matches!(src.payload(), Some(Payload::Instance(_)))
                    && vm.type_lookup(vm.type_of(src), keys).is_some()
            };
        if is_mapping {
            vm.dict_update(d, src)?;
        } else {
            let items = vm.collect_iter(src)?;
            for (i, item) in items.into_iter().enumerate() {
                let pair = match vm.collect_iter(item) {
                    Ok(p) => p,
                    Err(e) if vm.exc_matches(e, vm.s.types.type_error) => {
                        let msg = format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        );
                        return Err(vm.type_error(msg));
                    }
                    Err(e) => return Err(e),
                };
                if pair.len() != 2 {
                    let msg = format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    );
                    return Err(vm.value_error(msg));
                }
                vm.dict_set(d, pair[0], pair[1])?;
            }
        }
    }
    for &(k, v) in kw {
        vm.dict_set(d, Value::Obj(k), v)?;
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = args[0].as_obj().unwrap_or(vm.s.types.dict);
    Ok(Value::Obj(vm.alloc(cls, Payload::Dict(Default::default()))))
}

fn dict_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "dict", args, 0, 1)?;
    check_dict(vm, args[0], "__init__")?;
    fill_dict(vm, args[0], args.get(1).copied(), kw)?;
    Ok(Value::None)
}

fn dict_get(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "get", args, 1, 2)?;
    check_dict(vm, args[0], "get")?;
    Ok(vm
        .dict_get(args[0], args[1])?
        .unwrap_or(args.get(2).copied().unwrap_or(Value::None)))
}

fn view(vm: &mut Vm, args: &[Value], kind: DictIterKind, name: &str) -> PyResult<Value> {
    method_arity(vm, name, args, 0, 0)?;
    check_dict(vm, args[0], name)?;
    let class = match kind {
        DictIterKind::Keys => vm.s.types.dict_keys,
        DictIterKind::Values => vm.s.types.dict_values,
        DictIterKind::Items => vm.s.types.dict_items,
    };
    let dict = args[0].as_obj().unwrap_or(vm.s.null);
    Ok(Value::Obj(
        vm.alloc(class, Payload::DictView { dict, kind }),
    ))
}

fn dict_keys(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    view(vm, args, DictIterKind::Keys, "keys")
}

fn dict_values(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    view(vm, args, DictIterKind::Values, "values")
}

fn dict_items(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    view(vm, args, DictIterKind::Items, "items")
}

fn dict_pop(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "pop", args, 1, 2)?;
    check_dict(vm, args[0], "pop")?;
    match vm.dict_remove(args[0], args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(&d) => Ok(d),
            None => Err(vm.key_error(args[1])),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "popitem", args, 0, 0)?;
    check_dict(vm, args[0], "popitem")?;
    let Some(t) = table(&args[0]) else {
        unreachable!()
    };
    let last = t.borrow().last_pos();
    let entry = last.and_then(|p| t.borrow_mut().remove_at(p));
    match entry {
        Some(e) => Ok(vm.new_tuple_from(&[e.key, e.value])),
        None => Err(vm.new_error(vm.s.types.key_error, "popitem(): dictionary is empty")),
    }
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "setdefault", args, 1, 2)?;
    check_dict(vm, args[0], "setdefault")?;
    let Some(t) = table(&args[0]) else {
        unreachable!()
    };
    // One hash and one search, so `__hash__` and `__eq__` run once (as CPython promises).
    let hash = vm.hash_value(args[1])?;
    if let Some(pos) = vm.table_find(t, hash, args[1])? {
        if let Some(e) = t.borrow().entry_at(pos) {
            return Ok(e.value);
        }
    }
    let d = args.get(2).copied().unwrap_or(Value::None);
    t.borrow_mut().insert_new(hash, args[1], d);
    vm.note_namespace_change(&args[0]);
    Ok(d)
}

fn dict_update(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "update", args, 0, 1)?;
    check_dict(vm, args[0], "update")?;
    fill_dict(vm, args[0], args.get(1).copied(), kw)?;
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "copy", args, 0, 0)?;
    check_dict(vm, args[0], "copy")?;
    let Some(t) = table(&args[0]) else {
        unreachable!()
    };
    let copy: crate::object::Dict = {
        let mut d = crate::object::Dict::new();
        for e in t.borrow().iter() {
            d.insert_new(e.hash, e.key, e.value);
        }
        d
    };
    Ok(vm.new_dict(copy))
}

fn dict_clear(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "clear", args, 0, 0)?;
    check_dict(vm, args[0], "clear")?;
    if let Some(t) = table(&args[0]) {
        t.borrow_mut().clear();
    }
    Ok(Value::None)
}

fn dict_fromkeys(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "fromkeys", args, 1, 2)?;
    let cls = args[0].as_obj().unwrap_or(vm.s.types.dict);
    let value = args.get(2).copied().unwrap_or(Value::None);
    // A subclass is called to make the result (its `__new__` may return anything), and
    // the keys go in through `__setitem__`, as in CPython.
    if !Gc::ptr_eq(cls, vm.s.types.dict) {
        let d = vm.call_value(Value::Obj(cls), &[], &[])?;
        let keys = vm.collect_iter(args[1])?;
        for k in keys {
            vm.set_item(d, k, value)?;
        }
        return Ok(d);
    }
    // From a set or an exact dict: their keys are distinct and their hashes known, so
    // nothing is hashed again (as in CPython).
    let source = args[1];
    let hashed: Option<Vec<(i64, Value)>> = match source.payload() {
        Some(Payload::Set(t)) => Some(t.borrow().iter().collect()),
        Some(Payload::Dict(t)) if matches!(source, Value::Obj(o) if Gc::ptr_eq(o.class(), vm.s.types.dict)) => {
            Some(t.borrow().iter().map(|e| (e.hash, e.key)).collect())
        }
        _ => None,
    };
    if let Some(pairs) = hashed {
        let mut table = crate::object::Dict::new();
        for (hash, key) in pairs {
            table.insert_new(hash, key, value);
        }
        return Ok(vm.new_dict(table));
    }
    let d = Value::Obj(vm.alloc(cls, Payload::Dict(Default::default())));
    let keys = vm.collect_iter(args[1])?;
    for k in keys {
        vm.dict_set(d, k, value)?;
    }
    Ok(d)
}

fn dict_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__getitem__", args, 1, 1)?;
    check_dict(vm, args[0], "__getitem__")?;
    // Through the subscript code, so a subclass's `__missing__` answers for absent keys.
    vm.get_item_native(args[0], args[1])
}

fn dict_setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__setitem__", args, 2, 2)?;
    check_dict(vm, args[0], "__setitem__")?;
    vm.dict_set(args[0], args[1], args[2])?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__delitem__", args, 1, 1)?;
    check_dict(vm, args[0], "__delitem__")?;
    match vm.dict_remove(args[0], args[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(args[1])),
    }
}

fn dict_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__contains__", args, 1, 1)?;
    check_dict(vm, args[0], "__contains__")?;
    Ok(Value::Bool(vm.dict_get(args[0], args[1])?.is_some()))
}

fn dict_len(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__len__", args, 0, 0)?;
    vm.len_native(args[0]).map(|n| Value::Int(n as i64))
}

fn dict_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__iter__", args, 0, 0)?;
    vm.get_iter_native(args[0])
}

/// `keys().isdisjoint(other)` / `items().isdisjoint(other)`: whether no item of `other`
/// (any iterable) is in the view.
fn view_isdisjoint(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "isdisjoint", args, 1, 1)?;
    for item in vm.collect_iter(args[1])? {
        if vm.contains(args[0], item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
