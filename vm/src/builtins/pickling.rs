//! Pickling support for builtin objects: `__reduce__` and `__setstate__` of the builtin
//! iterators, so `pickle` and `copy` can save an iterator part-way through and resume it,
//! and `__reduce__` of builtin functions (their name, which `pickle` saves as a global).
//!
//! The reductions are CPython's: `(iter, (seq,), index)` for the index-based iterators
//! (list, tuple, str, the `__getitem__` protocol), `(iter, (list_of_what_is_left,))` for
//! dict and set iterators, `(iter, (func, sentinel))` for `iter(func, sentinel)`, and
//! `(iter, (empty,))` once an iterator is exhausted. A range iterator keeps no record of
//! where it started, so it reduces to the range of the values it has left with index 0,
//! and its `__setstate__` skips from where it is (as CPython 3.12's does).

use std::cell::Cell;

use num_traits::ToPrimitive;

use crate::builtins::method_arity;
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{IterState, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Adds the methods to the iterator classes.
pub(crate) fn install(vm: &mut Vm) {
    let t = &vm.s.types;
    let reducible = [
        t.list_iterator,
        t.tuple_iterator,
        t.str_iterator,
        t.range_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.set_iterator,
        t.seq_iterator,
        t.callable_iterator,
    ];
    let settable = [
        t.list_iterator,
        t.tuple_iterator,
        t.str_iterator,
        t.range_iterator,
        t.seq_iterator,
    ];
    for class in reducible {
        crate::builtins::method(vm, class, "__reduce__", iter_reduce);
    }
    for class in settable {
        crate::builtins::method(vm, class, "__setstate__", iter_setstate);
    }
    let range = vm.s.types.range;
    crate::builtins::method(vm, range, "__reduce__", range_reduce);
    let builtin = vm.s.types.builtin_function;
    crate::builtins::method(vm, builtin, "__reduce__", builtin_reduce);
}

/// `range.__reduce__()`: `(range, (start, stop, step))`.
fn range_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__reduce__", args, 0, 0)?;
    let Some(&Payload::Range { start, stop, step }) = args[0].payload() else {
        return Err(vm.type_error("descriptor '__reduce__' requires a 'range' object"));
    };
    let class = Value::Obj(vm.s.types.range);
    let bounds = vm.new_tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]);
    Ok(vm.new_tuple(vec![class, bounds]))
}

/// `builtin_function.__reduce__()`: the function's name, which `pickle` looks up as a
/// global of the function's `__module__`.
fn builtin_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__reduce__", args, 0, 0)?;
    match args[0].payload() {
        Some(Payload::Builtin(b)) => {
            let name = b.name;
            Ok(vm.new_str(name))
        }
        _ => Err(vm.type_error("descriptor '__reduce__' requires a builtin function")),
    }
}

/// The builtin `iter`, the callable of every reduction here. It is looked up (a full dict
/// lookup: a key's `__eq__` may run Python code, even exhaust the iterator) before the
/// iterator's state is read.
fn builtin_iter(vm: &mut Vm) -> PyResult<Value> {
    let key = vm.intern("iter");
    let builtins = Value::Obj(vm.s.builtins);
    match vm.get_item(builtins, Value::Obj(key)) {
        Ok(f) => Ok(f),
        Err(e) if vm.exc_matches(e, vm.s.types.key_error) => {
            Err(vm.attribute_error("module 'builtins' has no attribute 'iter'"))
        }
        Err(e) => Err(e),
    }
}

/// `(iter, args)` or `(iter, args, index)`.
fn reduction(iter: Value, vm: &mut Vm, args: Vec<Value>, index: Option<i64>) -> PyResult<Value> {
    let args = vm.new_tuple(args);
    let mut parts = vec![iter, args];
    parts.extend(index.map(Value::Int));
    Ok(vm.new_tuple(parts))
}

fn iter_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__reduce__", args, 0, 0)?;
    let it = args[0];
    let iter = builtin_iter(vm)?;
    let Some(Payload::Iter(state)) = it.payload() else {
        return Err(vm.type_error("descriptor '__reduce__' requires an iterator"));
    };
    let empty_tuple = Value::Obj(vm.s.empty_tuple);
    match state {
        IterState::Seq { seq, idx } => {
            let seq = *seq;
            if idx.get() == usize::MAX {
                let empty = match seq.payload {
                    Payload::List(_) => vm.new_list(Vec::new()),
                    _ => empty_tuple,
                };
                return reduction(iter, vm, vec![empty], None);
            }
            let i = idx.get() as i64;
            reduction(iter, vm, vec![Value::Obj(seq)], Some(i))
        }
        IterState::Str { s, pos } => {
            let (s, p) = (*s, pos.get());
            let Payload::Str(text) = &s.payload else {
                return reduction(iter, vm, vec![Value::Obj(vm.s.empty_str)], None);
            };
            let text = text.as_str();
            if p >= text.len() {
                let empty = Value::Obj(vm.s.empty_str);
                return reduction(iter, vm, vec![empty], None);
            }
            let index = text[..p].chars().count() as i64;
            reduction(iter, vm, vec![Value::Obj(s)], Some(index))
        }
        IterState::Range { cur, left, step } => {
            let (start, n, step) = (cur.get(), left.get(), *step);
            let stop = (n as i128) * (step as i128) + start as i128;
            let stop = stop.clamp(i64::MIN as i128, i64::MAX as i128) as i64;
            let range = Value::Obj(vm.alloc(
                vm.s.types.range,
                Payload::Range { start, stop, step },
            ));
            reduction(iter, vm, vec![range], Some(0))
        }
        IterState::Dict {
            dict,
            pos,
            kind,
            len,
        } => {
            let copy = IterState::Dict {
                dict: *dict,
                pos: Cell::new(pos.get()),
                kind: *kind,
                len: *len,
            };
            rest_as_list(iter, vm, it, copy)
        }
        IterState::Set { set, pos, len } => {
            let copy = IterState::Set {
                set: *set,
                pos: Cell::new(pos.get()),
                len: *len,
            };
            rest_as_list(iter, vm, it, copy)
        }
        IterState::GetItem { obj, idx } => {
            if idx.get() < 0 {
                return reduction(iter, vm, vec![empty_tuple], None);
            }
            let (obj, i) = (*obj, idx.get());
            reduction(iter, vm, vec![obj], Some(i))
        }
        IterState::Callable {
            func,
            sentinel,
            done,
        } => {
            if done.get() {
                return reduction(iter, vm, vec![empty_tuple], None);
            }
            let (func, sentinel) = (*func, *sentinel);
            reduction(iter, vm, vec![func, sentinel], None)
        }
        _ => {
            let msg = format!("cannot pickle '{}' object", vm.type_name(it));
            Err(vm.type_error(msg))
        }
    }
}

/// `(iter, (list,))` of what a dict or set iterator has left, read through a copy of its
/// state so the iterator itself does not move.
fn rest_as_list(iter: Value, vm: &mut Vm, it: Value, copy: IterState) -> PyResult<Value> {
    let class = vm.type_of(it);
    let copy = Value::Obj(vm.alloc(class, Payload::Iter(copy)));
    let items = vm.collect_iter(copy)?;
    let list = vm.new_list(items);
    reduction(iter, vm, vec![list], None)
}

/// The index `__setstate__` was given, clipped into `0..=max`.
fn state_index(vm: &mut Vm, state: Value, max: usize) -> PyResult<usize> {
    let i = match state {
        Value::Int(i) => i128::from(i),
        Value::Bool(b) => i128::from(b),
        _ => match state.payload() {
            Some(Payload::BigInt(b)) => match b.to_i64() {
                Some(i) => i128::from(i),
                None => {
                    let msg = "Python int too large to convert to C ssize_t";
                    return Err(vm.overflow_error(msg));
                }
            },
            _ => return Err(vm.type_error("an integer is required")),
        },
    };
    Ok(i.clamp(0, max as i128) as usize)
}

fn iter_setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__setstate__", args, 1, 1)?;
    let (it, state) = (args[0], args[1]);
    let Some(Payload::Iter(st)) = it.payload() else {
        return Err(vm.type_error("descriptor '__setstate__' requires an iterator"));
    };
    match st {
        IterState::Seq { seq, idx } => {
            // An exhausted iterator has let go of its sequence: nothing to set.
            if idx.get() != usize::MAX {
                let len = match &seq.payload {
                    Payload::List(l) => l.borrow().len(),
                    Payload::Tuple(t) => t.len(),
                    _ => 0,
                };
                idx.set(state_index(vm, state, len)?);
            }
        }
        IterState::Str { s, pos } => {
            let text = match &s.payload {
                Payload::Str(t) => t.as_str(),
                _ => "",
            };
            let n = state_index(vm, state, usize::MAX)?;
            let p = text.char_indices().nth(n).map_or(text.len(), |(p, _)| p);
            pos.set(p);
        }
        IterState::Range { cur, left, step } => {
            let n = state_index(vm, state, left.get() as usize)?;
            let moved = (n as i128) * (*step as i128) + cur.get() as i128;
            cur.set(moved.clamp(i64::MIN as i128, i64::MAX as i128) as i64);
            left.set(left.get() - n as u64);
        }
        IterState::GetItem { idx, .. } => {
            if idx.get() >= 0 {
                let n = state_index(vm, state, i64::MAX as usize)?;
                idx.set(n as i64);
            }
        }
        _ => {
            let msg = format!("'{}' object has no attribute '__setstate__'", vm.type_name(it));
            return Err(vm.attribute_error(msg));
        }
    }
    Ok(Value::None)
}
