//! `itertools.count(start=0, step=1)`: `start`, `start + step`, `start + 2*step`, … Its
//! values are the next number and the step. As in CPython, a count whose start is an int
//! and whose step is the int 1 is in "fast mode", which shows in `__reduce__` (the step
//! is left out); any other count reduces to both numbers.

use krait_bytecode::BinaryOpKind;
use krait_vm::builtins::native::{
    bind, keep_class, new_class_arg, new_object_with, repr, state, values, Sig,
};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::Payload;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use super::{class, iterator_class, me, reduce_call};

/// Where the class is kept (see `native::keep_class`).
pub(crate) const KEY: &str = "_itertools.count";

/// A count's state: whether it is in fast mode (its values are the next number and the step).
struct Count {
    fast: bool,
}

const NEW: Sig = Sig {
    name: "count",
    module: "itertools",
    params: &["start", "step"],
    posonly: 0,
    maxpos: 2,
    required: 0,
};

/// Makes the `count` class and keeps it.
pub(crate) fn make_class(vm: &mut Vm) {
    let class = iterator_class(
        vm,
        "count",
        count_new,
        count_next,
        &[("__repr__", count_repr), ("__reduce__", count_reduce)],
    );
    keep_class(vm, KEY, class);
}

/// Whether `v` is a number as CPython's `PyNumber_Check` sees it: an int, float or complex,
/// or an object converting to one.
fn is_number(vm: &mut Vm, v: Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => return true,
        _ => {}
    }
    if matches!(v.payload(), Some(Payload::BigInt(_))) {
        return true;
    }
    let cls = vm.type_of(v);
    ["__index__", "__int__", "__float__", "__complex__"]
        .iter()
        .any(|name| {
            let key = vm.intern(name);
            vm.type_lookup(cls, key).is_some()
        })
}

/// Whether `v` is an int (or bool) equal to 1.
fn is_int_one(v: Value) -> bool {
    matches!(v, Value::Int(1) | Value::Bool(true))
}

/// `count.__new__(cls, start=0, step=1)`.
fn count_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = new_class_arg(args, class(vm, KEY));
    let bound = bind(vm, &NEW, args.get(1..).unwrap_or(&[]), kw)?;
    let start = bound[0].unwrap_or(Value::Int(0));
    let step = bound[1].unwrap_or(Value::Int(1));
    if !is_number(vm, start) || !is_number(vm, step) {
        return Err(vm.type_error("a number is required"));
    }
    let small_int = |v: Value| match v {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(i64::from(b)),
        _ => None,
    };
    let (fast, start, step) = match small_int(start) {
        Some(i) if is_int_one(step) => (true, Value::Int(i), Value::Int(1)),
        _ => (false, start, step),
    };
    Ok(new_object_with(vm, cls, Count { fast }, vec![start, step]))
}

/// The next number and the step of a count, or the TypeError for another object.
fn parts(vm: &mut Vm, v: Value, method: &str) -> PyResult<(bool, Value, Value)> {
    let fast = state::<Count>(&v).map(|s| s.fast);
    let vals = values(&v).map(|c| c.borrow().clone()).unwrap_or_default();
    match (fast, vals.as_slice()) {
        (Some(fast), [cnt, step]) => Ok((fast, *cnt, *step)),
        _ => {
            let msg = format!(
                "descriptor '{method}' for 'itertools.count' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            );
            Err(vm.type_error(msg))
        }
    }
}

/// `next(c)`: the current number; the count moves on by its step.
fn count_next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let (fast, cnt, step) = parts(vm, obj, "__next__")?;
    let after = vm.binary_op(cnt, step, BinaryOpKind::Add)?;
    if let Some(vals) = values(&obj) {
        vals.borrow_mut()[0] = after;
    }
    // Past the largest machine int a fast count goes on slowly, as CPython's does.
    if fast && !matches!(after, Value::Int(_)) {
        if let Some(mut s) = state::<Count>(&obj) {
            s.fast = false;
        }
    }
    Ok(cnt)
}

/// `repr(c)`: `count(5)`, or `count(1.5, 0.5)` when the step is not the int 1.
fn count_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let (_, cnt, step) = parts(vm, obj, "__repr__")?;
    let name = vm.type_name(obj);
    let cnt_text = repr(vm, cnt)?;
    let text = if is_int_one(step) {
        format!("{name}({cnt_text})")
    } else {
        let step_text = repr(vm, step)?;
        format!("{name}({cnt_text}, {step_text})")
    };
    Ok(vm.new_str(&text))
}

/// `c.__reduce__()`: `(type(c), (cnt,))` in fast mode, else `(type(c), (cnt, step))`.
fn count_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let (fast, cnt, step) = parts(vm, obj, "__reduce__")?;
    let args = if fast { vec![cnt] } else { vec![cnt, step] };
    Ok(reduce_call(vm, obj, args))
}
