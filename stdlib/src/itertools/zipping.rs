//! The iterators that give tuples of items taken side by side: `pairwise(iterable)`
//! (each item with the one after it) and `zip_longest(*iterables, fillvalue=None)`.

use krait_vm::builtins::native::{keep_class, new_class_arg, new_object_with, state, values};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use super::{
    class, iterator_class, me, next_item, positional, reduce_call, stop, tuple_items, wrong_self,
};

/// Where each class is kept (see `native::keep_class`).
pub(crate) const PAIRWISE: &str = "_itertools.pairwise";
pub(crate) const ZIP_LONGEST: &str = "_itertools.zip_longest";

/// A pairwise's state: whether it holds the previous item. Its values are the iterator
/// (`None` once exhausted) and that item.
struct Pairwise {
    has_old: bool,
}

/// A zip_longest's state: how many of its iterators are not yet exhausted. Its values are
/// the fill value, then the iterators (each `None` once exhausted).
struct ZipLongest {
    active: usize,
}

/// Makes both classes and keeps them.
pub(crate) fn make_classes(vm: &mut Vm) {
    let c = iterator_class(vm, "pairwise", pairwise_new, pairwise_next, &[]);
    keep_class(vm, PAIRWISE, c);
    let c = iterator_class(
        vm,
        "zip_longest",
        zip_longest_new,
        zip_longest_next,
        &[
            ("__reduce__", zip_longest_reduce),
            ("__setstate__", zip_longest_setstate),
        ],
    );
    keep_class(vm, ZIP_LONGEST, c);
}

/// `pairwise.__new__(cls, iterable)`.
fn pairwise_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = new_class_arg(args, class(vm, PAIRWISE));
    let rest = positional(vm, "pairwise", args, kw, 1)?;
    let it = vm.get_iter(rest[0])?;
    let st = Pairwise { has_old: false };
    Ok(new_object_with(vm, cls, st, vec![it, Value::None]))
}

/// Drops the iterator and the held item of a pairwise: it is done.
fn pairwise_finish(obj: Value) {
    if let Some(vals) = values(&obj) {
        let mut v = vals.borrow_mut();
        v[0] = Value::None;
        v[1] = Value::None;
    }
    if let Some(mut s) = state::<Pairwise>(&obj) {
        s.has_old = false;
    }
}

/// `next(p)`: `(previous, next)`.
fn pairwise_next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let Some(has_old) = state::<Pairwise>(&obj).map(|s| s.has_old) else {
        return Err(wrong_self(vm, "pairwise", "__next__", obj));
    };
    let vals = values(&obj).map(|c| c.borrow().clone()).unwrap_or_default();
    let [it, mut old] = vals[..] else {
        return Err(stop(vm));
    };
    if it.is_none() {
        return Err(stop(vm));
    }
    if !has_old {
        match next_item(vm, it) {
            Ok(Some(v)) => {
                old = v;
                if let Some(vals) = values(&obj) {
                    vals.borrow_mut()[1] = v;
                }
                if let Some(mut s) = state::<Pairwise>(&obj) {
                    s.has_old = true;
                }
            }
            Ok(None) => {
                pairwise_finish(obj);
                return Err(stop(vm));
            }
            Err(e) => {
                pairwise_finish(obj);
                return Err(e);
            }
        }
    }
    let new = match next_item(vm, it) {
        Ok(Some(v)) => v,
        Ok(None) => {
            pairwise_finish(obj);
            return Err(stop(vm));
        }
        Err(e) => {
            pairwise_finish(obj);
            return Err(e);
        }
    };
    // The source may have finished this pairwise re-entrantly meanwhile.
    if let Some(vals) = values(&obj) {
        let mut v = vals.borrow_mut();
        if !v[0].is_none() {
            v[1] = new;
        }
    }
    Ok(vm.new_tuple(vec![old, new]))
}

/// `zip_longest.__new__(cls, *iterables, fillvalue=None)`.
fn zip_longest_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = new_class_arg(args, class(vm, ZIP_LONGEST));
    let mut fill = Value::None;
    if !kw.is_empty() {
        match kw {
            [(name, v)] if name.as_str().is_some_and(|s| s.as_str() == "fillvalue") => fill = *v,
            _ => {
                return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
            }
        }
    }
    let mut vals = vec![fill];
    for &iterable in args.get(1..).unwrap_or(&[]) {
        vals.push(vm.get_iter(iterable)?);
    }
    let st = ZipLongest {
        active: vals.len() - 1,
    };
    Ok(new_object_with(vm, cls, st, vals))
}

/// `next(z)`: a tuple of the next item of each iterator, the fill value for those already
/// exhausted, until all are.
fn zip_longest_next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    if state::<ZipLongest>(&obj).is_none() {
        return Err(wrong_self(vm, "zip_longest", "__next__", obj));
    }
    let vals = values(&obj).map(|c| c.borrow().clone()).unwrap_or_default();
    let n = vals.len().saturating_sub(1);
    let active = state::<ZipLongest>(&obj).map_or(0, |s| s.active);
    if n == 0 || active == 0 {
        return Err(stop(vm));
    }
    let fill = vals[0];
    let mut items = Vec::with_capacity(n);
    for (i, &it) in vals[1..].iter().enumerate() {
        if it.is_none() {
            items.push(fill);
            continue;
        }
        let got = next_item(vm, it);
        match got {
            Ok(Some(v)) => items.push(v),
            Ok(None) | Err(_) => {
                let left = {
                    let Some(mut s) = state::<ZipLongest>(&obj) else {
                        return Err(stop(vm));
                    };
                    s.active = s.active.saturating_sub(1);
                    if s.active == 0 || got.is_err() {
                        s.active = 0;
                    }
                    s.active
                };
                got?;
                if left == 0 {
                    return Err(stop(vm));
                }
                if let Some(vals) = values(&obj) {
                    vals.borrow_mut()[i + 1] = Value::None;
                }
                items.push(fill);
            }
        }
    }
    Ok(vm.new_tuple(items))
}

/// `z.__reduce__()`: `(type(z), iterators, fillvalue)`, an empty tuple for each exhausted
/// iterator.
fn zip_longest_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    if state::<ZipLongest>(&obj).is_none() {
        return Err(wrong_self(vm, "zip_longest", "__reduce__", obj));
    }
    let vals = values(&obj).map(|c| c.borrow().clone()).unwrap_or_default();
    let fill = vals.first().copied().unwrap_or(Value::None);
    let mut its = Vec::new();
    for &it in vals.get(1..).unwrap_or(&[]) {
        its.push(if it.is_none() {
            vm.new_tuple(Vec::new())
        } else {
            it
        });
    }
    let call = reduce_call(vm, obj, its);
    let mut items = tuple_items(call);
    items.push(fill);
    Ok(vm.new_tuple(items))
}

/// `z.__setstate__(fillvalue)`.
fn zip_longest_setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    if state::<ZipLongest>(&obj).is_none() {
        return Err(wrong_self(vm, "zip_longest", "__setstate__", obj));
    }
    if let Some(vals) = values(&obj) {
        vals.borrow_mut()[0] = args.get(1).copied().unwrap_or(Value::None);
    }
    Ok(Value::None)
}
