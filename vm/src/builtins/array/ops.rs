//! The operators of `array.array`: `len`, item and slice access (get, set, delete, with
//! extended slices), `in`, concatenation and repetition (also in place) and the six
//! comparisons, which compare item by item as sequences do.

use krait_bytecode::CompareKind;
use krait_gc::Gc;

use super::items::{self, item_size};
use super::methods::{len, values};
use super::{new_array, this};
use crate::builtins::{method, method_arity};
use crate::error::PyResult;
use crate::interp::arith::as_int;
use crate::object::function::KwArgs;
use crate::object::{NativeFn, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm, class: Gc<Object>) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("__len__", dunder_len),
        ("__getitem__", dunder_getitem),
        ("__setitem__", dunder_setitem),
        ("__delitem__", dunder_delitem),
        ("__contains__", dunder_contains),
        ("__iter__", dunder_iter),
        ("__add__", dunder_add),
        ("__mul__", dunder_mul),
        ("__rmul__", dunder_mul),
        ("__iadd__", dunder_iadd),
        ("__imul__", dunder_imul),
        ("__eq__", dunder_eq),
        ("__ne__", dunder_ne),
        ("__lt__", dunder_lt),
        ("__le__", dunder_le),
        ("__gt__", dunder_gt),
        ("__ge__", dunder_ge),
    ];
    for &(name, f) in methods {
        method(vm, class, name, f);
    }
}

fn dunder_len(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__len__", args, 0, 0)?;
    Ok(Value::Int(len(this(vm, args, "__len__")?) as i64))
}

fn dunder_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__iter__", args, 0, 0)?;
    this(vm, args, "__iter__")?;
    vm.get_iter_native(args[0])
}

fn is_slice(v: Value) -> bool {
    matches!(v.payload(), Some(Payload::Slice { .. }))
}

/// An item index (ints and `__index__`), or CPython's TypeError for anything else.
fn index_arg(vm: &mut Vm, key: Value) -> PyResult<i64> {
    let indexable =
        as_int(&key).is_some() || vm.type_lookup(vm.type_of(key), vm.s.names.index).is_some();
    if !indexable {
        return Err(vm.type_error("array indices must be integers"));
    }
    vm.index_value(key, "array")
}

/// `i` (possibly negative) as a position among `n` items.
fn position(i: i64, n: usize) -> Option<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    (0..n as i64).contains(&j).then_some(j as usize)
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__getitem__", args, 1, 1)?;
    let a = this(vm, args, "__getitem__")?;
    let key = args[1];
    let size = item_size(a.code);
    if is_slice(key) {
        let idx = vm.slice_indices(key, len(a))?;
        let data = a.data.borrow();
        let mut out = Vec::with_capacity(idx.len * size);
        for i in idx.indices() {
            out.extend_from_slice(&data[i * size..(i + 1) * size]);
        }
        drop(data);
        return Ok(new_array(vm, a.code, out));
    }
    let i = index_arg(vm, key)?;
    let Some(at) = position(i, len(a)) else {
        return Err(vm.index_error("array index out of range"));
    };
    let raw = a.data.borrow()[at * size..(at + 1) * size].to_vec();
    items::decode(vm, a.code, &raw)
}

/// The items of `v` for storing into an array of typecode `code` by slice assignment or
/// concatenation: another array of the same typecode, else the TypeError `not_array`.
fn same_kind_bytes(
    vm: &mut Vm,
    code: char,
    v: Value,
    not_array: impl FnOnce(&mut Vm, String) -> crate::error::Exception,
) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Array(o)) if o.code == code => Ok(o.data.borrow().clone()),
        Some(Payload::Array(_)) => Err(vm.type_error("bad argument type for built-in operation")),
        _ => {
            let name = vm.type_name(v);
            Err(not_array(vm, name))
        }
    }
}

fn dunder_setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__setitem__", args, 2, 2)?;
    let code = this(vm, args, "__setitem__")?.code;
    let size = item_size(code);
    let key = args[1];
    if is_slice(key) {
        let src = same_kind_bytes(vm, code, args[2], |vm, name| {
            vm.type_error(format!(
                "can only assign array (not \"{name}\") to array slice"
            ))
        })?;
        let a = this(vm, args, "__setitem__")?;
        let idx = vm.slice_indices(key, len(a))?;
        let mut data = a.data.borrow_mut();
        if idx.step == 1 {
            let start = idx.start as usize * size;
            data.splice(start..start + idx.len * size, src);
            return Ok(Value::None);
        }
        let count = src.len() / size;
        if count != idx.len {
            drop(data);
            let msg = format!(
                "attempt to assign array of size {count} to extended slice of size {}",
                idx.len
            );
            return Err(vm.value_error(msg));
        }
        for (k, i) in idx.indices().enumerate() {
            data[i * size..(i + 1) * size].copy_from_slice(&src[k * size..(k + 1) * size]);
        }
        return Ok(Value::None);
    }
    let i = index_arg(vm, key)?;
    let mut raw = Vec::with_capacity(size);
    items::encode(vm, code, args[2], &mut raw)?;
    let a = this(vm, args, "__setitem__")?;
    let Some(at) = position(i, len(a)) else {
        return Err(vm.index_error("array assignment index out of range"));
    };
    a.data.borrow_mut()[at * size..(at + 1) * size].copy_from_slice(&raw);
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__delitem__", args, 1, 1)?;
    let a = this(vm, args, "__delitem__")?;
    let size = item_size(a.code);
    let key = args[1];
    if is_slice(key) {
        let idx = vm.slice_indices(key, len(a))?;
        let mut data = a.data.borrow_mut();
        if idx.step == 1 {
            let start = idx.start as usize * size;
            data.drain(start..start + idx.len * size);
            return Ok(Value::None);
        }
        let mut gone = vec![false; data.len() / size];
        for i in idx.indices() {
            gone[i] = true;
        }
        let kept: Vec<u8> = data
            .chunks_exact(size)
            .zip(&gone)
            .filter(|(_, &g)| !g)
            .flat_map(|(item, _)| item.iter().copied())
            .collect();
        *data = kept;
        return Ok(Value::None);
    }
    let i = index_arg(vm, key)?;
    let Some(at) = position(i, len(a)) else {
        return Err(vm.index_error("array assignment index out of range"));
    };
    a.data.borrow_mut().drain(at * size..(at + 1) * size);
    Ok(Value::None)
}

fn dunder_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__contains__", args, 1, 1)?;
    let a = this(vm, args, "__contains__")?;
    for v in values(vm, a)? {
        if super::item_eq(vm, v, args[1])? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn dunder_add(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__add__", args, 1, 1)?;
    let a = this(vm, args, "__add__")?;
    let code = a.code;
    let mut data = a.data.borrow().clone();
    let more = same_kind_bytes(vm, code, args[1], |vm, name| {
        vm.type_error(format!("can only append array (not \"{name}\") to array"))
    })?;
    data.extend(more);
    Ok(new_array(vm, code, data))
}

fn dunder_iadd(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__iadd__", args, 1, 1)?;
    this(vm, args, "__iadd__")?;
    if !matches!(args[1].payload(), Some(Payload::Array(_))) {
        let msg = format!(
            "can only extend array with array (not \"{}\")",
            vm.type_name(args[1])
        );
        return Err(vm.type_error(msg));
    }
    let code = this(vm, args, "__iadd__")?.code;
    let more = same_kind_bytes(vm, code, args[1], |vm, _| {
        vm.type_error("bad argument type for built-in operation")
    })?;
    this(vm, args, "__iadd__")?.data.borrow_mut().extend(more);
    Ok(args[0])
}

/// The repeated bytes of `data` for `* n`, or `None` when `n` is not an integer.
fn repeated(vm: &mut Vm, data: &[u8], n: Value) -> PyResult<Option<Vec<u8>>> {
    let indexable =
        as_int(&n).is_some() || vm.type_lookup(vm.type_of(n), vm.s.names.index).is_some();
    if !indexable {
        return Ok(None);
    }
    let count = match vm.index_value(n, "array") {
        Ok(i) => i.max(0) as u128,
        Err(_) => return Err(vm.new_exception(vm.s.types.memory_error, vec![])),
    };
    vm.check_alloc(count * data.len() as u128)?;
    Ok(Some(data.repeat(count as usize)))
}

fn cannot_multiply(vm: &mut Vm, n: Value) -> crate::error::Exception {
    let msg = format!(
        "can't multiply sequence by non-int of type '{}'",
        vm.type_name(n)
    );
    vm.type_error(msg)
}

fn dunder_mul(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__mul__", args, 1, 1)?;
    let a = this(vm, args, "__mul__")?;
    let data = a.data.borrow().clone();
    match repeated(vm, &data, args[1])? {
        Some(out) => Ok(new_array(vm, a.code, out)),
        None => Err(cannot_multiply(vm, args[1])),
    }
}

fn dunder_imul(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__imul__", args, 1, 1)?;
    let a = this(vm, args, "__imul__")?;
    let data = a.data.borrow().clone();
    match repeated(vm, &data, args[1])? {
        Some(out) => {
            *a.data.borrow_mut() = out;
            Ok(args[0])
        }
        None => Err(cannot_multiply(vm, args[1])),
    }
}

/// `a OP b` for two arrays, item by item as sequences compare; `NotImplemented` when `b`
/// is not an array.
fn compare(vm: &mut Vm, args: &[Value], kind: CompareKind) -> PyResult<Value> {
    method_arity(vm, "__eq__", args, 1, 1)?;
    let a = this(vm, args, "__eq__")?;
    let Some(Payload::Array(b)) = args[1].payload() else {
        return Ok(vm.not_implemented());
    };
    let equality = matches!(kind, CompareKind::Eq | CompareKind::Ne);
    if equality && len(a) != len(b) {
        return Ok(Value::Bool(kind == CompareKind::Ne));
    }
    let xs = values(vm, a)?;
    let ys = values(vm, b)?;
    for (&x, &y) in xs.iter().zip(&ys) {
        if !super::item_eq(vm, x, y)? {
            return match kind {
                CompareKind::Eq => Ok(Value::Bool(false)),
                CompareKind::Ne => Ok(Value::Bool(true)),
                _ => vm.compare_op(x, y, kind),
            };
        }
    }
    let (m, n) = (xs.len(), ys.len());
    Ok(Value::Bool(match kind {
        CompareKind::Eq => m == n,
        CompareKind::Ne => m != n,
        CompareKind::Lt => m < n,
        CompareKind::Le => m <= n,
        CompareKind::Gt => m > n,
        CompareKind::Ge => m >= n,
    }))
}

fn dunder_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    compare(vm, args, CompareKind::Eq)
}

fn dunder_ne(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    compare(vm, args, CompareKind::Ne)
}

fn dunder_lt(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    compare(vm, args, CompareKind::Lt)
}

fn dunder_le(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    compare(vm, args, CompareKind::Le)
}

fn dunder_gt(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    compare(vm, args, CompareKind::Gt)
}

fn dunder_ge(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    compare(vm, args, CompareKind::Ge)
}
