//! `itertools.chain(*iterables)` and `chain.from_iterable(iterables)`: the items of each
//! iterable in turn. Its values are the iterator over the iterables (`None` once done)
//! and the iterator of the current one (`None` between iterables).

use krait_vm::builtins::native::{
    class_method, keep_class, new_class_arg, new_object_with, state, values,
};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::Payload;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use super::{class, iterator_class, me, next_item, stop, wrong_self};

/// Where the class is kept (see `native::keep_class`).
pub(crate) const KEY: &str = "_itertools.chain";

/// Marks a chain object.
struct Chain;

/// Makes the `chain` class and keeps it.
pub(crate) fn make_class(vm: &mut Vm) {
    let class = iterator_class(
        vm,
        "chain",
        chain_new,
        chain_next,
        &[
            ("__reduce__", chain_reduce),
            ("__setstate__", chain_setstate),
        ],
    );
    class_method(vm, class, "from_iterable", chain_from_iterable);
    class_method(vm, class, "__class_getitem__", super::class_getitem);
    keep_class(vm, KEY, class);
}

/// `chain.__new__(cls, *iterables)`. Keywords are refused unless a subclass has an
/// `__init__` of its own to take them, as in CPython.
fn chain_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let base = class(vm, KEY);
    let cls = new_class_arg(args, base);
    if !kw.is_empty() && !super::own_init(vm, args) {
        return Err(vm.type_error("chain() takes no keyword arguments"));
    }
    let iterables = vm.new_tuple(args.get(1..).unwrap_or(&[]).to_vec());
    let source = vm.get_iter(iterables)?;
    Ok(new_object_with(vm, cls, Chain, vec![source, Value::None]))
}

/// `chain.from_iterable(iterables)`: a chain over the iterables `iterables` gives, taken
/// lazily.
fn chain_from_iterable(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = new_class_arg(args, class(vm, KEY));
    let Some(&iterables) = args.get(1) else {
        return Err(vm.type_error("chain.from_iterable() takes exactly one argument (0 given)"));
    };
    if args.len() > 2 {
        let msg = format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            args.len() - 1
        );
        return Err(vm.type_error(msg));
    }
    let source = vm.get_iter(iterables)?;
    Ok(new_object_with(vm, cls, Chain, vec![source, Value::None]))
}

/// The iterator over the iterables and the current iterator of a chain.
fn parts(vm: &mut Vm, v: Value, method: &str) -> PyResult<(Value, Value)> {
    if state::<Chain>(&v).is_none() {
        return Err(wrong_self(vm, "chain", method, v));
    }
    let vals = values(&v).map(|c| c.borrow().clone()).unwrap_or_default();
    match vals.as_slice() {
        [source, active] => Ok((*source, *active)),
        _ => Err(wrong_self(vm, "chain", method, v)),
    }
}

/// Replaces value `i` of a chain.
fn set(obj: Value, i: usize, v: Value) {
    if let Some(vals) = values(&obj) {
        vals.borrow_mut()[i] = v;
    }
}

/// `next(c)`: the next item of the current iterable, moving on to the next iterable when
/// it is exhausted.
fn chain_next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    loop {
        let (source, mut active) = parts(vm, obj, "__next__")?;
        if source.is_none() {
            return Err(stop(vm));
        }
        if active.is_none() {
            let iterable = match next_item(vm, source) {
                Ok(Some(i)) => i,
                Ok(None) => {
                    set(obj, 0, Value::None);
                    return Err(stop(vm));
                }
                Err(e) => {
                    set(obj, 0, Value::None);
                    return Err(e);
                }
            };
            active = match vm.get_iter(iterable) {
                Ok(it) => it,
                Err(e) => {
                    set(obj, 0, Value::None);
                    return Err(e);
                }
            };
            set(obj, 1, active);
        }
        if let Some(item) = next_item(vm, active)? {
            return Ok(item);
        }
        set(obj, 1, Value::None);
    }
}

/// `c.__reduce__()`: `(type(c), (), (source[, active]))`, or `(type(c), ())` once done.
fn chain_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let (source, active) = parts(vm, obj, "__reduce__")?;
    let cls = Value::Obj(vm.type_of(obj));
    let empty = vm.new_tuple(Vec::new());
    if source.is_none() {
        return Ok(vm.new_tuple(vec![cls, empty]));
    }
    let state = if active.is_none() {
        vm.new_tuple(vec![source])
    } else {
        vm.new_tuple(vec![source, active])
    };
    Ok(vm.new_tuple(vec![cls, empty, state]))
}

/// `c.__setstate__((source[, active]))`.
fn chain_setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    parts(vm, obj, "__setstate__")?;
    let arg = args.get(1).copied().unwrap_or(Value::None);
    let items = match arg.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("state is not a tuple")),
    };
    let (source, active) = match items.as_slice() {
        [s] => (*s, None),
        [s, a] => (*s, Some(*a)),
        [] => {
            return Err(vm.type_error("function takes at least 1 argument (0 given)"));
        }
        _ => {
            let msg = format!("function takes at most 2 arguments ({} given)", items.len());
            return Err(vm.type_error(msg));
        }
    };
    let is_iter = |vm: &mut Vm, v: Value| {
        let key = vm.intern("__next__");
        let cls = vm.type_of(v);
        vm.type_lookup(cls, key).is_some()
    };
    if !is_iter(vm, source) || active.is_some_and(|a| !is_iter(vm, a)) {
        return Err(vm.type_error("Arguments must be iterators."));
    }
    set(obj, 0, source);
    set(obj, 1, active.unwrap_or(Value::None));
    Ok(Value::None)
}
