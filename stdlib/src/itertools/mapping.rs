//! `itertools.starmap(function, iterable)` (`function(*args)` for each `args` of the
//! iterable) and `itertools.compress(data, selectors)` (the items of `data` whose
//! selector is true). Each holds two values: the function and the iterator, or the two
//! iterators.

use krait_vm::builtins::native::{
    bind, keep_class, new_class_arg, new_object_with, state, values, Sig,
};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::Payload;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use super::{class, iterator_class, me, next_item, positional, reduce_call, stop, wrong_self};

/// Where each class is kept (see `native::keep_class`).
pub(crate) const STARMAP: &str = "_itertools.starmap";
pub(crate) const COMPRESS: &str = "_itertools.compress";

/// Marks a starmap object (function, iterator).
struct Starmap;
/// Marks a compress object (data iterator, selector iterator).
struct Compress;

const COMPRESS_SIG: Sig = Sig {
    name: "compress",
    module: "itertools",
    params: &["data", "selectors"],
    posonly: 0,
    maxpos: 2,
    required: 2,
};

/// Makes both classes and keeps them.
pub(crate) fn make_classes(vm: &mut Vm) {
    let c = iterator_class(
        vm,
        "starmap",
        starmap_new,
        starmap_next,
        &[("__reduce__", starmap_reduce)],
    );
    keep_class(vm, STARMAP, c);
    let c = iterator_class(
        vm,
        "compress",
        compress_new,
        compress_next,
        &[("__reduce__", compress_reduce)],
    );
    keep_class(vm, COMPRESS, c);
}

/// The two values of `v` if it holds the marker `T`.
fn pair<T: 'static>(vm: &mut Vm, v: Value, class: &str, method: &str) -> PyResult<(Value, Value)> {
    let marked = state::<T>(&v).is_some();
    let vals = values(&v).map(|c| c.borrow().clone()).unwrap_or_default();
    match (marked, vals.as_slice()) {
        (true, [a, b]) => Ok((*a, *b)),
        _ => Err(wrong_self(vm, class, method, v)),
    }
}

/// `starmap.__new__(cls, function, iterable)`.
fn starmap_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = new_class_arg(args, class(vm, STARMAP));
    let rest = positional(vm, "starmap", args, kw, 2)?;
    let it = vm.get_iter(rest[1])?;
    Ok(new_object_with(vm, cls, Starmap, vec![rest[0], it]))
}

/// `next(s)`: `function(*args)` for the next `args`.
fn starmap_next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let (func, it) = pair::<Starmap>(vm, me(args), "starmap", "__next__")?;
    let Some(item) = next_item(vm, it)? else {
        return Err(stop(vm));
    };
    let items = match item.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => {
            let tuple = Value::Obj(vm.types().tuple);
            let t = vm.call_value(tuple, &[item], &[])?;
            super::tuple_items(t)
        }
    };
    vm.call_value(func, &items, &[])
}

/// `s.__reduce__()`: `(type(s), (function, it))`.
fn starmap_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let (func, it) = pair::<Starmap>(vm, obj, "starmap", "__reduce__")?;
    Ok(reduce_call(vm, obj, vec![func, it]))
}

/// `compress.__new__(cls, data, selectors)`.
fn compress_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = new_class_arg(args, class(vm, COMPRESS));
    let bound = bind(vm, &COMPRESS_SIG, args.get(1..).unwrap_or(&[]), kw)?;
    let data = vm.get_iter(bound[0].unwrap_or(Value::None))?;
    let selectors = vm.get_iter(bound[1].unwrap_or(Value::None))?;
    Ok(new_object_with(vm, cls, Compress, vec![data, selectors]))
}

/// `next(c)`: the next item of the data whose selector is true.
fn compress_next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let (data, selectors) = pair::<Compress>(vm, me(args), "compress", "__next__")?;
    loop {
        let Some(datum) = next_item(vm, data)? else {
            return Err(stop(vm));
        };
        let Some(selector) = next_item(vm, selectors)? else {
            return Err(stop(vm));
        };
        if vm.truthy(selector)? {
            return Ok(datum);
        }
    }
}

/// `c.__reduce__()`: `(type(c), (data, selectors))`.
fn compress_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let (data, selectors) = pair::<Compress>(vm, obj, "compress", "__reduce__")?;
    Ok(reduce_call(vm, obj, vec![data, selectors]))
}
