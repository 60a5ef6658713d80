//! Methods of iterators and generators (`__iter__`, `__next__`, `send`, `throw`, `close`),
//! and the `range` and `slice` constructors.

use crate::builtins::{arity, int_arg, method, method_arity, method_kind};
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
    let exc = match args.get(2) {
        Some(&v) if !v.is_none() => vm.make_exception(v)?,
        _ => vm.make_exception(args[1])?,
    };
    let step = vm.gen_throw(g, exc, true)?;
    step_result(vm, step)
}

fn gen_close(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "close", args, 0, 0)?;
    let g = gen_of(vm, args[0])?;
    vm.generator_close(g)
}

fn range_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ => match v.payload() {
            Some(Payload::BigInt(b)) => match num_traits::ToPrimitive::to_i64(b) {
                Some(i) => Ok(i),
                None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
            },
            _ => crate::builtins::int_arg(vm, v),
        },
    }
}

fn range_new(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let args = &args[1.min(args.len())..];
    if args.is_empty() {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    arity(vm, "range", args, 1, 3)?;
    // Bounds beyond i64 make a Python-level range (`types._longrange`).
    let beyond_i64 = |v: &Value| matches!(v.payload(), Some(Payload::BigInt(b)) if num_traits::ToPrimitive::to_i64(b).is_none());
    if args.iter().any(beyond_i64) {
        return vm.call_types_helper("_longrange", args);
    }
    let (start, stop, step) = match args.len() {
        1 => (0, range_arg(vm, args[0])?, 1),
        2 => (range_arg(vm, args[0])?, range_arg(vm, args[1])?, 1),
        _ => (
            range_arg(vm, args[0])?,
            range_arg(vm, args[1])?,
            range_arg(vm, args[2])?,
        ),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Obj(vm.alloc(
        vm.s.types.range,
        Payload::Range { start, stop, step },
    )))
}

fn range_index(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "index", args, 1, 1)?;
    if let Some(Payload::Range { start, step, .. }) = args[0].payload() {
        let (start, step) = (*start, *step);
        if vm.contains(args[0], args[1])? {
            if let Value::Int(i) = args[1] {
                return Ok(Value::Int((i - start) / step));
            }
        }
    }
    let msg = format!("{} is not in range", vm.repr(args[1])?);
    Err(vm.value_error(msg))
}

fn range_count(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "count", args, 1, 1)?;
    Ok(Value::Int(vm.contains(args[0], args[1])? as i64))
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
    let len = int_arg(vm, args[1])?.max(0) as usize;
    let idx = vm.slice_indices(args[0], len)?;
    Ok(vm.new_tuple(vec![
        Value::Int(idx.start),
        Value::Int(idx.stop),
        Value::Int(idx.step),
    ]))
}
