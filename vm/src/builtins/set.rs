//! Sets and frozensets: constructors, methods and the set operators (`|`, `&`, `-`, `^`).

use krait_bytecode::BinaryOpKind;
use krait_gc::Gc;

use crate::builtins::{method, method_arity, method_kind};
use crate::error::PyResult;
use crate::interp::dictops::table;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, Dict, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    for class in [vm.s.types.set, vm.s.types.frozenset] {
        method_kind(vm, class, "__new__", set_new, BuiltinKind::StaticMethod);
        method(vm, class, "copy", set_copy);
        method(vm, class, "union", set_union);
        method(vm, class, "intersection", set_intersection);
        method(vm, class, "difference", set_difference);
        method(vm, class, "symmetric_difference", set_symmetric_difference);
        method(vm, class, "issubset", set_issubset);
        method(vm, class, "issuperset", set_issuperset);
        method(vm, class, "isdisjoint", set_isdisjoint);
        method(vm, class, "__contains__", set_contains);
        method(vm, class, "__len__", set_len);
    }
    let set = vm.s.types.set;
    method(vm, set, "add", set_add);
    method(vm, set, "remove", set_remove);
    method(vm, set, "discard", set_discard);
    method(vm, set, "pop", set_pop);
    method(vm, set, "clear", set_clear);
    method(vm, set, "update", set_update);
    method(vm, set, "intersection_update", set_intersection_update);
    method(vm, set, "difference_update", set_difference_update);
}

fn keys_of(v: Value) -> Vec<Value> {
    match table(&v) {
        Some(t) => t.borrow().iter().map(|e| e.key).collect(),
        None => Vec::new(),
    }
}

fn same_class_set(vm: &mut Vm, like: Value, items: Vec<Value>) -> PyResult<Value> {
    let frozen = matches!(like, Value::Obj(o) if Gc::ptr_eq(o.class(), vm.s.types.frozenset));
    vm.new_set_from(items, frozen)
}

/// Items of any iterable, or the keys of a set without iterating through Python.
fn items_of(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::Set(_)) => Ok(keys_of(v)),
        _ => vm.collect_iter_rooted(v),
    }
}

impl Vm {
    /// `a op b` for two sets.
    pub(crate) fn set_binop(
        &mut self,
        a: Value,
        b: Value,
        op: BinaryOpKind,
        inplace: bool,
    ) -> PyResult<Value> {
        let result = match op {
            BinaryOpKind::Or => {
                let mut items = keys_of(a);
                items.extend(keys_of(b));
                items
            }
            BinaryOpKind::And => {
                let mut out = Vec::new();
                for k in keys_of(a) {
                    if self.dict_get(b, k)?.is_some() {
                        out.push(k);
                    }
                }
                out
            }
            BinaryOpKind::Subtract => {
                let mut out = Vec::new();
                for k in keys_of(a) {
                    if self.dict_get(b, k)?.is_none() {
                        out.push(k);
                    }
                }
                out
            }
            _ => {
                let mut out = Vec::new();
                for k in keys_of(a) {
                    if self.dict_get(b, k)?.is_none() {
                        out.push(k);
                    }
                }
                for k in keys_of(b) {
                    if self.dict_get(a, k)?.is_none() {
                        out.push(k);
                    }
                }
                out
            }
        };
        if inplace && matches!(a, Value::Obj(o) if Gc::ptr_eq(o.class(), self.s.types.set)) {
            if let Some(t) = table(&a) {
                t.borrow_mut().clear();
            }
            for k in result {
                self.set_add(a, k)?;
            }
            return Ok(a);
        }
        same_class_set(self, a, result)
    }
}

fn set_new(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let cls: Gc<Object> = args[0].as_obj().unwrap_or(vm.s.types.set);
    let args = &args[1..];
    crate::builtins::arity(vm, vm.class_name(cls).as_str(), args, 0, 1)?;
    let items = match args.first() {
        Some(&v) => items_of(vm, v)?,
        None => Vec::new(),
    };
    let set = Value::Obj(vm.alloc(cls, Payload::Set(Dict::new().into())));
    for item in items {
        vm.set_add(set, item)?;
    }
    Ok(set)
}

fn set_copy(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "copy", args, 0, 0)?;
    let items = keys_of(args[0]);
    same_class_set(vm, args[0], items)
}

fn multi(vm: &mut Vm, args: &[Value], op: BinaryOpKind) -> PyResult<Value> {
    let mut acc = args[0];
    for &other in &args[1..] {
        let other = match other.payload() {
            Some(Payload::Set(_)) => other,
            _ => {
                let items = vm.collect_iter(other)?;
                vm.new_set_from(items, false)?
            }
        };
        acc = vm.set_binop(acc, other, op, false)?;
    }
    if args.len() == 1 {
        let items = keys_of(acc);
        return same_class_set(vm, acc, items);
    }
    Ok(acc)
}

fn set_union(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    multi(vm, args, BinaryOpKind::Or)
}

fn set_intersection(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    multi(vm, args, BinaryOpKind::And)
}

fn set_difference(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    multi(vm, args, BinaryOpKind::Subtract)
}

fn set_symmetric_difference(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "symmetric_difference", args, 1, 1)?;
    multi(vm, args, BinaryOpKind::Xor)
}

fn other_set(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Set(_)) => Ok(v),
        _ => {
            let items = vm.collect_iter(v)?;
            vm.new_set_from(items, false)
        }
    }
}

fn set_issubset(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "issubset", args, 1, 1)?;
    let other = other_set(vm, args[1])?;
    for k in keys_of(args[0]) {
        if vm.dict_get(other, k)?.is_none() {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_issuperset(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "issuperset", args, 1, 1)?;
    for k in items_of(vm, args[1])? {
        if vm.dict_get(args[0], k)?.is_none() {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_isdisjoint(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "isdisjoint", args, 1, 1)?;
    for k in items_of(vm, args[1])? {
        if vm.dict_get(args[0], k)?.is_some() {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__contains__", args, 1, 1)?;
    Ok(Value::Bool(vm.dict_get(args[0], args[1])?.is_some()))
}

fn set_len(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__len__", args, 0, 0)?;
    Ok(Value::Int(keys_of(args[0]).len() as i64))
}

fn set_add(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "set.add", args, 1, 1)?;
    vm.set_add(args[0], args[1])?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "set.remove", args, 1, 1)?;
    match vm.dict_remove(args[0], args[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(args[1])),
    }
}

fn set_discard(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "set.discard", args, 1, 1)?;
    vm.dict_remove(args[0], args[1])?;
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "set.pop", args, 0, 0)?;
    let Some(t) = table(&args[0]) else {
        return Err(vm.type_error("expected a set"));
    };
    let first = t.borrow().next_entry(0).map(|(p, _)| p);
    match first.and_then(|p| t.borrow_mut().remove_at(p)) {
        Some(e) => Ok(e.key),
        None => Err(vm.new_error(vm.s.types.key_error, "pop from an empty set")),
    }
}

fn set_clear(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "set.clear", args, 0, 0)?;
    if let Some(t) = table(&args[0]) {
        t.borrow_mut().clear();
    }
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    for &other in &args[1..] {
        for item in items_of(vm, other)? {
            vm.set_add(args[0], item)?;
        }
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "intersection_update", args, 1, 1)?;
    let other = other_set(vm, args[1])?;
    vm.set_binop(args[0], other, BinaryOpKind::And, true)?;
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "difference_update", args, 1, 1)?;
    let other = other_set(vm, args[1])?;
    vm.set_binop(args[0], other, BinaryOpKind::Subtract, true)?;
    Ok(Value::None)
}
