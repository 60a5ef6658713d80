//! `itertools.repeat(object[, times])`: `object` over and over, `times` times or without
//! end. Its one value is the object; its state how many times are left.

use krait_vm::builtins::int_arg;
use krait_vm::builtins::native::{
    bind, keep_class, new_class_arg, new_object_with, repr, state, values, Sig,
};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use super::{class, iterator_class, me, reduce_call, stop};

/// Where the class is kept (see `native::keep_class`).
pub(crate) const KEY: &str = "_itertools.repeat";

/// How many more times a repeat gives its object (`None`: without end).
struct Repeat {
    left: Option<i64>,
}

const NEW: Sig = Sig {
    name: "repeat",
    module: "itertools",
    params: &["object", "times"],
    posonly: 0,
    maxpos: 2,
    required: 1,
};

/// Makes the `repeat` class and keeps it.
pub(crate) fn make_class(vm: &mut Vm) {
    let class = iterator_class(
        vm,
        "repeat",
        repeat_new,
        repeat_next,
        &[
            ("__repr__", repeat_repr),
            ("__reduce__", repeat_reduce),
            ("__length_hint__", repeat_length_hint),
        ],
    );
    keep_class(vm, KEY, class);
}

/// `repeat.__new__(cls, object, times=<forever>)`; a negative `times` counts as 0.
fn repeat_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = new_class_arg(args, class(vm, KEY));
    let bound = bind(vm, &NEW, args.get(1..).unwrap_or(&[]), kw)?;
    let obj = bound[0].unwrap_or(Value::None);
    let left = match bound[1] {
        Some(t) => Some(int_arg(vm, t)?.max(0)),
        None => None,
    };
    Ok(new_object_with(vm, cls, Repeat { left }, vec![obj]))
}

/// The object and the times left of a repeat, or the TypeError for another object.
fn parts(vm: &mut Vm, v: Value, method: &str) -> PyResult<(Value, Option<i64>)> {
    let left = state::<Repeat>(&v).map(|s| s.left);
    let obj = values(&v).and_then(|c| c.borrow().first().copied());
    match (left, obj) {
        (Some(left), Some(obj)) => Ok((obj, left)),
        _ => {
            let msg = format!(
                "descriptor '{method}' for 'itertools.repeat' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            );
            Err(vm.type_error(msg))
        }
    }
}

/// `next(r)`: the object, while times are left.
fn repeat_next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let me = me(args);
    let (obj, left) = parts(vm, me, "__next__")?;
    match left {
        None => Ok(obj),
        Some(0) => Err(stop(vm)),
        Some(n) => {
            if let Some(mut s) = state::<Repeat>(&me) {
                s.left = Some(n - 1);
            }
            Ok(obj)
        }
    }
}

/// `repr(r)`: `repeat('a')` or `repeat('a', 3)` with the times left.
fn repeat_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let me = me(args);
    let (obj, left) = parts(vm, me, "__repr__")?;
    let name = vm.type_name(me);
    let Some(text) = krait_vm::builtins::native::repr_guarded(vm, me, |vm| repr(vm, obj))? else {
        return Ok(vm.new_str("..."));
    };
    let text = match left {
        None => format!("{name}({text})"),
        Some(n) => format!("{name}({text}, {n})"),
    };
    Ok(vm.new_str(&text))
}

/// `r.__reduce__()`: `(type(r), (object,))` or `(type(r), (object, times_left))`.
fn repeat_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let me = me(args);
    let (obj, left) = parts(vm, me, "__reduce__")?;
    let args = match left {
        None => vec![obj],
        Some(n) => vec![obj, Value::Int(n)],
    };
    Ok(reduce_call(vm, me, args))
}

/// `r.__length_hint__()`: the times left; an endless repeat has no length.
fn repeat_length_hint(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let (_, left) = parts(vm, me(args), "__length_hint__")?;
    match left {
        Some(n) => Ok(Value::Int(n)),
        None => Err(vm.type_error("len() of unsized object")),
    }
}
