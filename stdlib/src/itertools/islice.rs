//! `itertools.islice(iterable, stop)` / `islice(iterable, start, stop[, step])`: the
//! items of an iterator at positions `start`, `start + step`, … before `stop`. Its one
//! value is the underlying iterator (`None` once exhausted); its state the positions.

use krait_vm::builtins::int_arg;
use krait_vm::builtins::native::{keep_class, new_class_arg, new_object_with, state, values};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use super::{class, iterator_class, me, next_item, reduce_call, stop, wrong_self};

/// Where the class is kept (see `native::keep_class`).
pub(crate) const KEY: &str = "_itertools.islice";

/// The positions of an islice: the index of the next item to give, where to stop (`None`:
/// never), the step, how many items were taken from the iterator, and whether it is done.
struct Islice {
    next: i64,
    stop: Option<i64>,
    step: i64,
    taken: i64,
    done: bool,
}

/// Makes the `islice` class and keeps it.
pub(crate) fn make_class(vm: &mut Vm) {
    let class = iterator_class(
        vm,
        "islice",
        islice_new,
        islice_next,
        &[
            ("__reduce__", islice_reduce),
            ("__setstate__", islice_setstate),
        ],
    );
    keep_class(vm, KEY, class);
}

/// An index argument: `None`, or an int from 0 up, else ValueError `msg`.
fn index(vm: &mut Vm, v: Value, msg: &str) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    match int_arg(vm, v) {
        Ok(n) if n >= 0 => Ok(Some(n)),
        _ => Err(vm.value_error(msg.to_owned())),
    }
}

const STOP_MSG: &str =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const START_MSG: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const STEP_MSG: &str = "Step for islice() must be a positive integer or None.";

/// `islice.__new__(cls, iterable, [start,] stop[, step])`.
fn islice_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = new_class_arg(args, class(vm, KEY));
    if !kw.is_empty() && !super::own_init(vm, args) {
        return Err(vm.type_error("islice() takes no keyword arguments"));
    }
    let args = args.get(1..).unwrap_or(&[]);
    if args.len() < 2 {
        let msg = format!("islice expected at least 2 arguments, got {}", args.len());
        return Err(vm.type_error(msg));
    }
    if args.len() > 4 {
        let msg = format!("islice expected at most 4 arguments, got {}", args.len());
        return Err(vm.type_error(msg));
    }
    let (start, stop, step) = if args.len() == 2 {
        (0, index(vm, args[1], STOP_MSG)?, 1)
    } else {
        let stop = index(vm, args[2], STOP_MSG)?;
        let start = index(vm, args[1], START_MSG)?.unwrap_or(0);
        let step = match args.get(3).copied() {
            Some(s) if !s.is_none() => match int_arg(vm, s) {
                Ok(n) if n >= 1 => n,
                _ => return Err(vm.value_error(STEP_MSG)),
            },
            _ => 1,
        };
        (start, stop, step)
    };
    let it = vm.get_iter(args[0])?;
    let state = Islice {
        next: start,
        stop,
        step,
        taken: 0,
        done: false,
    };
    Ok(new_object_with(vm, cls, state, vec![it]))
}

/// The iterator of an islice (`None` once done).
fn source(vm: &mut Vm, v: Value, method: &str) -> PyResult<Option<Value>> {
    let Some(done) = state::<Islice>(&v).map(|s| s.done) else {
        return Err(wrong_self(vm, "islice", method, v));
    };
    if done {
        return Ok(None);
    }
    Ok(values(&v).and_then(|c| c.borrow().first().copied()))
}

/// Marks an islice done, letting go of its iterator.
fn finish(v: Value) {
    if let Some(mut s) = state::<Islice>(&v) {
        s.done = true;
    }
    if let Some(vals) = values(&v) {
        vals.borrow_mut()[0] = Value::None;
    }
}

/// Takes the next item from the iterator, counting it; the islice is done once the
/// iterator is exhausted or fails.
fn take(vm: &mut Vm, obj: Value, it: Value) -> PyResult<Option<Value>> {
    match next_item(vm, it) {
        Ok(Some(item)) => {
            if let Some(mut s) = state::<Islice>(&obj) {
                s.taken = s.taken.saturating_add(1);
            }
            Ok(Some(item))
        }
        Ok(None) => {
            finish(obj);
            Ok(None)
        }
        Err(e) => {
            finish(obj);
            Err(e)
        }
    }
}

/// `next(s)`: skips to the next wanted position and gives the item there.
fn islice_next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let Some(it) = source(vm, obj, "__next__")? else {
        return Err(stop(vm));
    };
    loop {
        let behind = state::<Islice>(&obj).is_some_and(|s| s.taken < s.next);
        if !behind {
            break;
        }
        if take(vm, obj, it)?.is_none() {
            return Err(stop(vm));
        }
    }
    let at_stop = state::<Islice>(&obj).is_some_and(|s| s.stop.is_some_and(|stop| s.taken >= stop));
    if at_stop {
        finish(obj);
        return Err(stop(vm));
    }
    let Some(item) = take(vm, obj, it)? else {
        return Err(stop(vm));
    };
    if let Some(mut s) = state::<Islice>(&obj) {
        let after = s.next.checked_add(s.step);
        s.next = match (after, s.stop) {
            (Some(n), Some(stop)) if n > stop => stop,
            (Some(n), _) => n,
            (None, stop) => stop.unwrap_or(i64::MAX),
        };
    }
    Ok(item)
}

/// `s.__reduce__()`: `(type(s), (it, next, stop, step), taken)`, or for a finished islice
/// `(type(s), (iter([]), 0), 0)`.
fn islice_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let Some(it) = source(vm, obj, "__reduce__")? else {
        let empty = vm.new_list(Vec::new());
        let empty_it = vm.get_iter(empty)?;
        let call = reduce_call(vm, obj, vec![empty_it, Value::Int(0)]);
        return Ok(with_state(vm, call, Value::Int(0)));
    };
    let (next, stop, step, taken) = match state::<Islice>(&obj) {
        Some(s) => (s.next, s.stop, s.step, s.taken),
        None => return Err(wrong_self(vm, "islice", "__reduce__", obj)),
    };
    let stop = stop.map_or(Value::None, Value::Int);
    let call = reduce_call(vm, obj, vec![it, Value::Int(next), stop, Value::Int(step)]);
    Ok(with_state(vm, call, Value::Int(taken)))
}

/// A `(callable, args)` reduce tuple with `state` added.
fn with_state(vm: &mut Vm, call: Value, state: Value) -> Value {
    let mut items = super::tuple_items(call);
    items.push(state);
    vm.new_tuple(items)
}

/// `s.__setstate__(taken)`: how many items were taken from the iterator.
fn islice_setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let Some(arg) = args.get(1).copied() else {
        return Err(vm.type_error("islice.__setstate__() takes exactly one argument (0 given)"));
    };
    let taken = int_arg(vm, arg)?;
    match state::<Islice>(&obj) {
        Some(mut s) => s.taken = taken,
        None => return Err(wrong_self(vm, "islice", "__setstate__", obj)),
    }
    Ok(Value::None)
}
