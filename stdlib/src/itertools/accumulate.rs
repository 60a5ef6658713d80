//! `itertools.accumulate(iterable, func=None, *, initial=None)`: running totals. Its
//! values are the iterator, the function (`None`: addition), the total so far and the
//! initial value still to give (`None` once given); its state whether there is a total
//! yet, since a total may itself be `None`.

use krait_bytecode::BinaryOpKind;
use krait_vm::builtins::native::{
    bind, keep_class, new_class_arg, new_object_with, state, values, Sig,
};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use super::{class, iterator_class, me, next_item, reduce_call, stop, tuple_items, wrong_self};

/// Where the class is kept (see `native::keep_class`).
pub(crate) const KEY: &str = "_itertools.accumulate";

/// Whether an accumulate has a total yet.
struct Accumulate {
    has_total: bool,
}

const NEW: Sig = Sig {
    name: "accumulate",
    module: "itertools",
    params: &["iterable", "func", "initial"],
    posonly: 0,
    maxpos: 2,
    required: 1,
};

/// Makes the class and keeps it.
pub(crate) fn make_class(vm: &mut Vm) {
    let c = iterator_class(
        vm,
        "accumulate",
        accumulate_new,
        accumulate_next,
        &[
            ("__reduce__", accumulate_reduce),
            ("__setstate__", accumulate_setstate),
        ],
    );
    keep_class(vm, KEY, c);
}

/// `accumulate.__new__(cls, iterable, func=None, *, initial=None)`.
fn accumulate_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = new_class_arg(args, class(vm, KEY));
    let bound = bind(vm, &NEW, args.get(1..).unwrap_or(&[]), kw)?;
    let it = vm.get_iter(bound[0].unwrap_or(Value::None))?;
    let func = bound[1].unwrap_or(Value::None);
    let initial = bound[2].unwrap_or(Value::None);
    let vals = vec![it, func, Value::None, initial];
    Ok(new_object_with(
        vm,
        cls,
        Accumulate { has_total: false },
        vals,
    ))
}

/// The iterator, function, total, initial value and whether there is a total.
fn parts(vm: &mut Vm, v: Value, method: &str) -> PyResult<(Value, Value, Value, Value, bool)> {
    let has = state::<Accumulate>(&v).map(|s| s.has_total);
    let vals = values(&v).map(|c| c.borrow().clone()).unwrap_or_default();
    match (has, vals.as_slice()) {
        (Some(has), [it, func, total, initial]) => Ok((*it, *func, *total, *initial, has)),
        _ => Err(wrong_self(vm, "accumulate", method, v)),
    }
}

/// Makes `total` the total of `obj`.
fn set_total(obj: Value, total: Value) {
    if let Some(vals) = values(&obj) {
        vals.borrow_mut()[2] = total;
    }
    if let Some(mut s) = state::<Accumulate>(&obj) {
        s.has_total = true;
    }
}

/// `next(a)`: the initial value first if there is one, then each running total.
fn accumulate_next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let (it, func, total, initial, has_total) = parts(vm, obj, "__next__")?;
    if !initial.is_none() {
        if let Some(vals) = values(&obj) {
            vals.borrow_mut()[3] = Value::None;
        }
        set_total(obj, initial);
        return Ok(initial);
    }
    let Some(item) = next_item(vm, it)? else {
        return Err(stop(vm));
    };
    let new = if !has_total {
        item
    } else if func.is_none() {
        vm.binary_op(total, item, BinaryOpKind::Add)?
    } else {
        vm.call_value(func, &[total, item], &[])?
    };
    set_total(obj, new);
    Ok(new)
}

/// `a.__reduce__()`, as CPython 3.11 builds it: a pending initial value goes back in front
/// of the iterator through `chain`; a total of `None` cannot be told from no total in the
/// state, so that case rebuilds as an accumulate over `chain((None,), it)` less its first
/// item.
fn accumulate_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let (it, func, total, initial, has_total) = parts(vm, obj, "__reduce__")?;
    let chain = Value::Obj(class(vm, super::chain::KEY));
    if !initial.is_none() {
        let first = vm.new_tuple(vec![initial]);
        let joined = vm.call_value(chain, &[first, it], &[])?;
        let call = reduce_call(vm, obj, vec![joined, func]);
        let mut items = tuple_items(call);
        items.push(Value::None);
        return Ok(vm.new_tuple(items));
    }
    if has_total && total.is_none() {
        let first = vm.new_tuple(vec![Value::None]);
        let joined = vm.call_value(chain, &[first, it], &[])?;
        let cls = Value::Obj(vm.type_of(obj));
        let again = vm.call_value(cls, &[joined, func], &[])?;
        let islice = Value::Obj(class(vm, super::islice::KEY));
        let args = vm.new_tuple(vec![again, Value::Int(1), Value::None]);
        return Ok(vm.new_tuple(vec![islice, args]));
    }
    let call = reduce_call(vm, obj, vec![it, func]);
    let mut items = tuple_items(call);
    items.push(if has_total { total } else { Value::None });
    Ok(vm.new_tuple(items))
}

/// `a.__setstate__(total)`.
fn accumulate_setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    parts(vm, obj, "__setstate__")?;
    set_total(obj, args.get(1).copied().unwrap_or(Value::None));
    Ok(Value::None)
}
