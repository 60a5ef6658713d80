//! The iterators that call a predicate on each item: `dropwhile`, `takewhile` and
//! `filterfalse`. Their values are the predicate and the underlying iterator; their state
//! which kind they are and, for the first two, whether the predicate has failed yet.

use krait_gc::Gc;
use krait_vm::builtins::native::{keep_class, new_class_arg, new_object_with, state, values};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::Object;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use super::{class, iterator_class, me, next_item, reduce_call, stop, tuple_items, wrong_self};

/// Where each class is kept (see `native::keep_class`).
pub(crate) const DROPWHILE: &str = "_itertools.dropwhile";
pub(crate) const TAKEWHILE: &str = "_itertools.takewhile";
pub(crate) const FILTERFALSE: &str = "_itertools.filterfalse";

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    DropWhile,
    TakeWhile,
    FilterFalse,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::DropWhile => "dropwhile",
            Kind::TakeWhile => "takewhile",
            Kind::FilterFalse => "filterfalse",
        }
    }

    fn key(self) -> &'static str {
        match self {
            Kind::DropWhile => DROPWHILE,
            Kind::TakeWhile => TAKEWHILE,
            Kind::FilterFalse => FILTERFALSE,
        }
    }
}

/// A filtering iterator's state: its kind, and whether the predicate has failed once
/// (dropwhile then gives every item; takewhile gives no more).
struct Filtering {
    kind: Kind,
    failed: bool,
}

/// Makes the three classes and keeps them.
pub(crate) fn make_classes(vm: &mut Vm) {
    let with_state: &[(&'static str, krait_vm::object::NativeFn)] = &[
        ("__reduce__", filtering_reduce),
        ("__setstate__", filtering_setstate),
    ];
    let c = iterator_class(
        vm,
        "dropwhile",
        |vm, a, k| new(vm, a, k, Kind::DropWhile),
        filtering_next,
        with_state,
    );
    keep_class(vm, DROPWHILE, c);
    let c = iterator_class(
        vm,
        "takewhile",
        |vm, a, k| new(vm, a, k, Kind::TakeWhile),
        filtering_next,
        with_state,
    );
    keep_class(vm, TAKEWHILE, c);
    let c = iterator_class(
        vm,
        "filterfalse",
        |vm, a, k| new(vm, a, k, Kind::FilterFalse),
        filtering_next,
        &[("__reduce__", filtering_reduce)],
    );
    keep_class(vm, FILTERFALSE, c);
}

/// `CLS.__new__(cls, predicate, iterable)`.
fn new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>, kind: Kind) -> PyResult<Value> {
    let base: Gc<Object> = class(vm, kind.key());
    let cls = new_class_arg(args, base);
    let rest = super::positional(vm, kind.name(), args, kw, 2)?;
    let it = vm.get_iter(rest[1])?;
    let state = Filtering {
        kind,
        failed: false,
    };
    Ok(new_object_with(vm, cls, state, vec![rest[0], it]))
}

/// The kind, failed flag, predicate and iterator of a filtering iterator.
fn parts(vm: &mut Vm, v: Value, method: &str) -> PyResult<(Kind, bool, Value, Value)> {
    let st = state::<Filtering>(&v).map(|s| (s.kind, s.failed));
    let vals = values(&v).map(|c| c.borrow().clone()).unwrap_or_default();
    match (st, vals.as_slice()) {
        (Some((kind, failed)), [pred, it]) => Ok((kind, failed, *pred, *it)),
        _ => Err(wrong_self(vm, "dropwhile", method, v)),
    }
}

fn set_failed(v: Value) {
    if let Some(mut s) = state::<Filtering>(&v) {
        s.failed = true;
    }
}

/// `next(x)`.
fn filtering_next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let (kind, failed, pred, it) = parts(vm, obj, "__next__")?;
    if kind == Kind::TakeWhile && failed {
        return Err(stop(vm));
    }
    loop {
        let Some(item) = next_item(vm, it)? else {
            return Err(stop(vm));
        };
        if kind == Kind::DropWhile && failed {
            return Ok(item);
        }
        let verdict = if kind == Kind::FilterFalse && pred.is_none() {
            item
        } else {
            vm.call_value(pred, &[item], &[])?
        };
        let ok = vm.truthy(verdict)?;
        match kind {
            Kind::DropWhile if !ok => {
                set_failed(obj);
                return Ok(item);
            }
            Kind::TakeWhile if ok => return Ok(item),
            Kind::TakeWhile => {
                set_failed(obj);
                return Err(stop(vm));
            }
            Kind::FilterFalse if !ok => return Ok(item),
            _ => {}
        }
    }
}

/// `x.__reduce__()`: `(type(x), (predicate, it))`, with the failed flag as the state of
/// dropwhile and takewhile.
fn filtering_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let (kind, failed, pred, it) = parts(vm, obj, "__reduce__")?;
    let call = reduce_call(vm, obj, vec![pred, it]);
    if kind == Kind::FilterFalse {
        return Ok(call);
    }
    let mut items = tuple_items(call);
    items.push(Value::Int(i64::from(failed)));
    Ok(vm.new_tuple(items))
}

/// `x.__setstate__(failed)`.
fn filtering_setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    parts(vm, obj, "__setstate__")?;
    let arg = args.get(1).copied().unwrap_or(Value::None);
    let failed = vm.truthy(arg)?;
    if let Some(mut s) = state::<Filtering>(&obj) {
        s.failed = failed;
    }
    Ok(Value::None)
}
