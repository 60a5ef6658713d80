//! Methods of iterators and generators (`__iter__`, `__next__`, `send`, `throw`, `close`),
//! and the `range` and `slice` constructors.

use crate::builtins::{arity, method, method_arity, method_kind};
use crate::error::PyResult;
use crate::interp::generator::GenStep;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, Payload};
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    let t = &vm.s.types;
    let iter_classes = [
        t.list_iterator,
        t.tuple_iterator,
        t.str_iterator,
        t.range_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.set_iterator,
        t.enumerate,
        t.zip,
        t.map,
        t.filter,
        t.reversed,
        t.seq_iterator,
        t.callable_iterator,
    ];
    for class in iter_classes {
        method(vm, class, "__iter__", iter_self);
        method(vm, class, "__next__", iter_next);
    }
    let g = vm.s.types.generator;
    method(vm, g, "__iter__", iter_self);
    method(vm, g, "__next__", gen_next);
    method(vm, g, "send", gen_send);
    method(vm, g, "throw", gen_throw);
    method(vm, g, "close", gen_close);
    let r = vm.s.types.range;
    method_kind(vm, r, "__new__", range_new, BuiltinKind::StaticMethod);
    method(vm, r, "index", range_index);
    method(vm, r, "count", range_count);
    let s = vm.s.types.slice;
    method_kind(vm, s, "__new__", slice_new, BuiltinKind::StaticMethod);
    method(vm, s, "indices", slice_indices);
    method(vm, s, "__reduce__", slice_reduce);
    for view in [
        vm.s.types.dict_keys,
        vm.s.types.dict_values,
        vm.s.types.dict_items,
    ] {
        method(vm, view, "__iter__", view_iter);
    }
    crate::builtins::pickling::install(vm);
}

fn iter_self(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__iter__", args, 0, 0)?;
    Ok(args[0])
}

fn view_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__iter__", args, 0, 0)?;
    vm.get_iter(args[0])
}

fn iter_next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__next__", args, 0, 0)?;
    match vm.next_item(args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn gen_of(vm: &mut Vm, v: Value) -> PyResult<krait_gc::Gc<crate::object::Object>> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) => Ok(o),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

fn step_result(vm: &mut Vm, step: GenStep) -> PyResult<Value> {
    match step {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__next__", args, 0, 0)?;
    let g = gen_of(vm, args[0])?;
    let step = vm.gen_resume_native(g, Value::None, None)?;
    step_result(vm, step)
}

fn gen_send(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "send", args, 1, 1)?;
    let g = gen_of(vm, args[0])?;
    let step = vm.gen_resume_native(g, args[1], None)?;
    step_result(vm, step)
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "throw", args, 1, 3)?;
    let g = gen_of(vm, args[0])?;
    let exc = crate::builtins::coroutines::thrown(vm, args)?;
    let step = vm.gen_throw(g, exc, true)?;
    step_result(vm, step)
}

fn gen_close(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "close", args, 0, 0)?;
    let g = gen_of(vm, args[0])?;
    vm.generator_close(g)
}

/// A range bound: an int as it is, anything else through `__index__`.
fn range_bound(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match v {
        Value::Int(_) => Ok(v),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        _ if matches!(v.payload(), Some(Payload::BigInt(_))) => Ok(v),
        _ => vm.call_index(v),
    }
}

fn range_new(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let args = &args[1.min(args.len())..];
    if args.is_empty() {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    arity(vm, "range", args, 1, 3)?;
    let mut bounds = Vec::with_capacity(3);
    for &a in args {
        bounds.push(range_bound(vm, a)?);
    }
    // Bounds beyond i64 make a Python-level range (`types._longrange`).
    let Some(small) = bounds
        .iter()
        .map(|v| v.as_small_int())
        .collect::<Option<Vec<i64>>>()
    else {
        return vm.call_types_helper("_longrange", &bounds);
    };
    let (start, stop, step) = match *small.as_slice() {
        [stop] => (0, stop, 1),
        [start, stop] => (start, stop, 1),
        [start, stop, step] => (start, stop, step),
        _ => unreachable!("arity checked above"),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    // So does a length beyond i64 (`range(-sys.maxsize, sys.maxsize)`), whose `len()` is
    // an OverflowError while indexing and iteration still work.
    if range_len_wide(start, stop, step) > i128::from(i64::MAX) {
        return vm.call_types_helper("_longrange", &bounds);
    }
    Ok(Value::Obj(vm.alloc(
        vm.s.types.range,
        Payload::Range { start, stop, step },
    )))
}

/// The length of `range(start, stop, step)` without overflow.
fn range_len_wide(start: i64, stop: i64, step: i64) -> i128 {
    let (start, stop, step) = (i128::from(start), i128::from(stop), i128::from(step));
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / -step + 1
    } else {
        0
    }
}

/// Whether `v` is an int or bool whose membership is arithmetic (a subclass of int may
/// define its own `__eq__`, so it is compared item by item, as CPython does).
fn exact_int(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => {
            matches!(o.payload, Payload::BigInt(_))
                && krait_gc::Gc::ptr_eq(o.class(), vm.s.types.int)
        }
        _ => false,
    }
}

/// The positions in the range whose value compares equal to `item`, in order; stops at the
/// first when `first_only`.
fn range_matches(vm: &mut Vm, this: Value, item: Value, first_only: bool) -> PyResult<Vec<i64>> {
    let Some(&Payload::Range { start, stop, step }) = this.payload() else {
        return Err(vm.type_error("descriptor requires a 'range' object"));
    };
    let mut found = Vec::new();
    let n = crate::interp::ops::range_len(start, stop, step);
    for k in 0..n {
        let v = Value::Int(start.wrapping_add(k.wrapping_mul(step)));
        if vm.eq(v, item)? {
            found.push(k);
            if first_only {
                break;
            }
        }
    }
    Ok(found)
}

fn range_index(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "range.index", args, 1, 1)?;
    if let Some(&Payload::Range { start, step, .. }) = args[0].payload() {
        if exact_int(vm, args[1]) {
            if vm.contains(args[0], args[1])? {
                if let Some(i) = args[1].as_small_int() {
                    return Ok(Value::Int((i - start) / step));
                }
            }
        } else {
            if let Some(&k) = range_matches(vm, args[0], args[1], true)?.first() {
                return Ok(Value::Int(k));
            }
            return Err(vm.value_error("sequence.index(x): x not in sequence"));
        }
    }
    let msg = format!("{} is not in range", vm.repr(args[1])?);
    Err(vm.value_error(msg))
}

fn range_count(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "range.count", args, 1, 1)?;
    if exact_int(vm, args[1]) {
        return Ok(Value::Int(vm.contains(args[0], args[1])? as i64));
    }
    let n = range_matches(vm, args[0], args[1], false)?.len();
    Ok(Value::Int(n as i64))
}

fn slice_new(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let args = &args[1.min(args.len())..];
    arity(vm, "slice", args, 1, 3)?;
    let (start, stop, step) = match args.len() {
        1 => (Value::None, args[0], Value::None),
        2 => (args[0], args[1], Value::None),
        _ => (args[0], args[1], args[2]),
    };
    Ok(Value::Obj(vm.alloc(
        vm.s.types.slice,
        Payload::Slice { start, stop, step },
    )))
}

fn slice_indices(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "indices", args, 1, 1)?;
    let Some(&Payload::Slice { start, stop, step }) = args[0].payload() else {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let len = range_bound(vm, args[1])?;
    let negative = match len.as_small_int() {
        Some(n) => n < 0,
        None => {
            matches!(len.payload(), Some(Payload::BigInt(b)) if b.sign() == num_bigint::Sign::Minus)
        }
    };
    if negative {
        return Err(vm.value_error("length should not be negative"));
    }
    // Bounds or a length beyond i64 are computed with Python ints (`types._slice_indices`).
    let small = |v: Value| v.is_none() || v.as_small_int().is_some();
    let Some(n) = len
        .as_small_int()
        .filter(|_| [start, stop, step].into_iter().all(small))
    else {
        return vm.call_types_helper("_slice_indices", &[args[0], len]);
    };
    let idx = vm.slice_indices(args[0], n as usize)?;
    Ok(vm.new_tuple(vec![
        Value::Int(idx.start),
        Value::Int(idx.stop),
        Value::Int(idx.step),
    ]))
}

/// `slice.__reduce__()`: `(slice, (start, stop, step))`, for pickling and copying.
fn slice_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__reduce__", args, 0, 0)?;
    let Some(&Payload::Slice { start, stop, step }) = args[0].payload() else {
        return Err(vm.type_error("descriptor '__reduce__' requires a 'slice' object"));
    };
    let class = Value::Obj(vm.s.types.slice);
    let bounds = vm.new_tuple(vec![start, stop, step]);
    Ok(vm.new_tuple(vec![class, bounds]))
}
