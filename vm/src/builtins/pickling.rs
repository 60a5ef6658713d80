//! Pickling the builtin iterators, sets, functions and methods: `__reduce__` and `__setstate__` in CPython's
//! shapes.
//!
//! Functions and methods reduce to what fetches them again: a builtin function to its name,
//! a method of a builtin type or a bound method to `(getattr, (owner, name))`; `Ellipsis`
//! and `NotImplemented` to their names.
//!
//! A set or frozenset (of any subclass) reduces to `(type(s), (list(s),), state)`, the
//! state being what `object.__getstate__` gives (the instance dict and `__slots__` values).
//!
//! A positional iterator (over a list, tuple, str, bytes, range, or `reversed` of a
//! sequence) reduces to `(iter, (seq,), index)` (`(type(it), (seq,), index)` for
//! `reversed`) and `__setstate__(index)` puts the copy back at that position. Iterators over
//! dicts and sets reduce to `iter(list_of_what_is_left)`, since their tables' order cannot be
//! rebuilt from the items. An exhausted iterator reduces to an iterator over an empty
//! sequence. `enumerate`, `zip`, `map` and `filter` reduce to their class and the
//! iterators (and function, count) they wrap.

use krait_gc::Gc;

use crate::builtins::{method, method_arity};
use crate::error::PyResult;
use crate::interp::arith::as_int;
use crate::object::function::KwArgs;
use crate::object::int::IntRef;
use crate::object::iter::DictIterKind;
use crate::object::{IterState, Payload};
use crate::value::Value;
use crate::vm::Vm;

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
        t.reversed,
        t.seq_iterator,
        t.callable_iterator,
        t.enumerate,
        t.zip,
        t.map,
        t.filter,
    ];
    let positional = [
        t.list_iterator,
        t.tuple_iterator,
        t.str_iterator,
        t.range_iterator,
        t.reversed,
        t.seq_iterator,
    ];
    for class in reducible {
        method(vm, class, "__reduce__", iter_reduce);
    }
    for class in positional {
        method(vm, class, "__setstate__", iter_setstate);
    }
    for class in [vm.s.types.set, vm.s.types.frozenset] {
        method(vm, class, "__reduce__", set_reduce);
    }
    let builtin = vm.s.types.builtin_function;
    method(vm, builtin, "__reduce__", builtin_reduce);
    let bound = vm.s.types.method;
    method(vm, bound, "__reduce__", bound_method_reduce);
    for class in [vm.s.types.ellipsis_type, vm.s.types.not_implemented_type] {
        method(vm, class, "__reduce__", singleton_reduce);
    }
    let range = vm.s.types.range;
    method(vm, range, "__reduce__", range_reduce);
    let object = vm.s.types.object;
    method(vm, object, "__reduce__", object_reduce);
    method(vm, object, "__reduce_ex__", object_reduce_ex);
    method(vm, object, "__getstate__", object_getstate);
    let t = &vm.s.types;
    for class in [t.int, t.float, t.complex, t.tuple] {
        method(vm, class, "__getnewargs__", value_getnewargs);
    }
}

/// `object.__reduce__()`: the protocol 0 reduction (copyreg's), whatever the class says.
fn object_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "object.__reduce__", args, 0, 0)?;
    vm.call_types_helper("_object_reduce_ex", &[args[0], Value::Int(0)])
}

/// `object.__reduce_ex__(protocol)`: a class that overrides `__reduce__` is reduced by it
/// (as CPython does); otherwise the default reduction for the protocol
/// (`types._object_reduce_ex`, through copyreg).
fn object_reduce_ex(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "object.__reduce_ex__", args, 1, 1)?;
    let protocol = match args[1] {
        Value::Int(_) | Value::Bool(_) => args[1],
        _ => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(args[1])
            );
            return Err(vm.type_error(msg));
        }
    };
    let key = vm.intern("__reduce__");
    let class = vm.type_of(args[0]);
    let own = vm.type_lookup(class, key);
    let base = vm.type_lookup(vm.s.types.object, key);
    match own {
        Some(_) if !own.zip(base).is_some_and(|(o, b)| o.is(b)) => {
            let reduce = vm.get_attr(args[0], key)?;
            vm.call_value(reduce, &[], &[])
        }
        _ => vm.call_types_helper("_object_reduce_ex", &[args[0], protocol]),
    }
}

/// `object.__getstate__()`: the instance dict and slot values (`types._object_getstate`).
fn object_getstate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "object.__getstate__", args, 0, 0)?;
    vm.call_types_helper("_object_getstate", &[args[0]])
}

/// `int.__getnewargs__()` and its float, complex and tuple twins: `(T(self),)`, the plain
/// value a subclass instance is rebuilt from.
fn value_getnewargs(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__getnewargs__", args, 0, 0)?;
    let this = args[0];
    let t = &vm.s.types;
    let class = vm.type_of(this);
    let owner = [t.int, t.float, t.complex, t.tuple]
        .into_iter()
        .find(|&c| crate::object::class::is_subclass(class, c));
    let Some(owner) = owner else {
        let msg = format!(
            "descriptor '__getnewargs__' requires a 'int' object but received a '{}'",
            vm.type_name(this)
        );
        return Err(vm.type_error(msg));
    };
    let plain = vm.call_value(Value::Obj(owner), &[this], &[])?;
    Ok(vm.new_tuple(vec![plain]))
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

/// A builtin function pickles as a global: its reduction is its name.
/// A builtin function reduces to its name (pickle finds it in its module); a method of a
/// builtin type to `(getattr, (type, name))`, as CPython's method descriptors do.
fn builtin_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__reduce__", args, 0, 0)?;
    let this = args[0];
    let (Some(Payload::Builtin(b)), Some(o)) = (this.payload(), this.as_obj()) else {
        return Err(cannot_pickle(vm, this));
    };
    let name = vm.new_str(b.name);
    match vm.builtin_home(o, b) {
        Some(class) => getattr_reduction(vm, Value::Obj(class), name),
        None => Ok(name),
    }
}

/// `(getattr, (owner, name))`.
fn getattr_reduction(vm: &mut Vm, owner: Value, name: Value) -> PyResult<Value> {
    let getattr = builtin_named(vm, "getattr")?;
    let args = vm.new_tuple(vec![owner, name]);
    Ok(vm.new_tuple(vec![getattr, args]))
}

/// A bound method reduces to `(getattr, (receiver, name))`, fetched again on unpickling.
fn bound_method_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__reduce__", args, 0, 0)?;
    let Some(Payload::BoundMethod { func, receiver }) = args[0].payload() else {
        return Err(cannot_pickle(vm, args[0]));
    };
    let (func, receiver) = (*func, *receiver);
    let key = vm.intern("__name__");
    let name = vm.get_attr(func, key)?;
    getattr_reduction(vm, receiver, name)
}

/// `Ellipsis` and `NotImplemented` reduce to their builtin names.
fn singleton_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__reduce__", args, 0, 0)?;
    let name = match args[0].payload() {
        Some(Payload::Ellipsis) => "Ellipsis",
        _ if Gc::ptr_eq(vm.type_of(args[0]), vm.s.types.not_implemented_type) => "NotImplemented",
        _ => return Err(cannot_pickle(vm, args[0])),
    };
    Ok(vm.new_str(name))
}

fn set_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__reduce__", args, 0, 0)?;
    let this = args[0];
    let Some(table) = crate::interp::setops::set_table(&this) else {
        let msg = format!(
            "descriptor '__reduce__' for 'set' objects doesn't apply to a '{}' object",
            vm.type_name(this)
        );
        return Err(vm.type_error(msg));
    };
    let keys: Vec<Value> = table.borrow().iter().map(|(_, k)| k).collect();
    let class = Value::Obj(vm.type_of(this));
    let list = vm.new_list(keys);
    let args = vm.new_tuple(vec![list]);
    // A class's own `__getstate__` decides the state; otherwise the instance dict and
    // slot values, as `object.__getstate__` gathers them.
    let key = vm.intern("__getstate__");
    let state = match vm.type_lookup(vm.type_of(this), key) {
        Some(f) => vm.call_value(f, &[this], &[])?,
        None => vm.call_types_helper("_object_getstate", &[this])?,
    };
    Ok(vm.new_tuple(vec![class, args, state]))
}

/// `builtins.iter`.
fn builtin_iter(vm: &mut Vm) -> PyResult<Value> {
    builtin_named(vm, "iter")
}

/// A name in `builtins`, found by a full lookup when the str fast path misses (a key
/// that only compares equal to the name, whose `__eq__` may run any code: the
/// reductions read their iterator's state after this).
fn builtin_named(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let key = vm.intern(name);
    if let Some(v) = vm.mapping_get_str(vm.s.builtins, key)? {
        return Ok(v);
    }
    let found = vm.dict_get(Value::Obj(vm.s.builtins), Value::Obj(key))?;
    Ok(found.unwrap_or(Value::None))
}

/// `(func, (arg,))` or, with a position, `(func, (arg,), pos)`.
fn reduction(vm: &mut Vm, func: Value, arg: Value, pos: Option<i64>) -> Value {
    let args = vm.new_tuple(vec![arg]);
    let mut parts = vec![func, args];
    if let Some(p) = pos {
        parts.push(Value::Int(p));
    }
    vm.new_tuple(parts)
}

/// `(iter, (items,))`: what a dict or set iterator reduces to.
fn reduce_to_list(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let f = builtin_iter(vm)?;
    let list = vm.new_list(items);
    Ok(reduction(vm, f, list, None))
}

fn cannot_pickle(vm: &mut Vm, v: Value) -> crate::error::Exception {
    let msg = format!("cannot pickle '{}' object", vm.type_name(v));
    vm.type_error(msg)
}

fn iter_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__reduce__", args, 0, 0)?;
    let this = args[0];
    let Some(Payload::Iter(state)) = this.payload() else {
        return Err(cannot_pickle(vm, this));
    };
    match state {
        IterState::Seq { seq, idx } => {
            let f = builtin_iter(vm)?;
            if idx.get() == usize::MAX {
                let empty = if Gc::ptr_eq(vm.type_of(this), vm.s.types.tuple_iterator) {
                    vm.new_tuple(Vec::new())
                } else {
                    vm.new_list(Vec::new())
                };
                return Ok(reduction(vm, f, empty, None));
            }
            Ok(reduction(
                vm,
                f,
                Value::Obj(seq.get()),
                Some(idx.get() as i64),
            ))
        }
        IterState::Str { s, pos } => {
            let f = builtin_iter(vm)?;
            let (chars, done) = match &s.payload {
                Payload::Str(text) => {
                    let text = text.as_str();
                    let p = pos.get();
                    (text[..p.min(text.len())].chars().count(), p >= text.len())
                }
                _ => (0, true),
            };
            if done {
                // An exhausted str iterator reduces to `iter('')`, as CPython's.
                let empty = Value::Obj(vm.s.empty_str);
                return Ok(reduction(vm, f, empty, None));
            }
            Ok(reduction(vm, f, Value::Obj(*s), Some(chars as i64)))
        }
        // `(iter, (range(first, first + len * step, step),), index)`, CPython's shape; when
        // that stop leaves i64, the one just past the last value (an equal range).
        IterState::Range {
            first,
            len,
            left,
            step,
            ..
        } => {
            let (first, len, step) = (*first, *len, *step);
            let stop = i128::from(first) + i128::from(len) * i128::from(step);
            let stop = i64::try_from(stop).unwrap_or_else(|_| {
                let last = i128::from(first) + i128::from(len.saturating_sub(1)) * i128::from(step);
                (last + i128::from(step.signum())) as i64
            });
            let range = vm.alloc(
                vm.s.types.range,
                Payload::Range {
                    start: first,
                    stop,
                    step,
                },
            );
            let f = builtin_iter(vm)?;
            let index = (len - left.get()) as i64;
            Ok(reduction(vm, f, Value::Obj(range), Some(index)))
        }
        IterState::GetItem { obj, idx } => {
            let f = builtin_iter(vm)?;
            if idx.get() < 0 {
                let empty = vm.new_tuple(Vec::new());
                return Ok(reduction(vm, f, empty, None));
            }
            Ok(reduction(vm, f, obj.get(), Some(idx.get())))
        }
        IterState::Reversed { seq, left } => {
            let _ = builtin_named(vm, "reversed")?;
            // One that ended (and let go of its sequence) reduces to an empty iterator, as
            // CPython's list one does.
            if Gc::ptr_eq(seq.get(), vm.s.empty_tuple) {
                let f = builtin_iter(vm)?;
                let empty = vm.new_list(Vec::new());
                return Ok(reduction(vm, f, empty, None));
            }
            let class = Value::Obj(vm.type_of(this));
            Ok(reduction(
                vm,
                class,
                Value::Obj(seq.get()),
                Some(left.get() as i64 - 1),
            ))
        }
        IterState::Dict {
            dict, pos, kind, ..
        } => {
            let mut items = Vec::new();
            if pos.get() != usize::MAX {
                let entries: Vec<_> = match crate::interp::dictops::table(&Value::Obj(dict.get())) {
                    Some(table) => {
                        let t = table.borrow();
                        let mut out = Vec::new();
                        let mut p = pos.get();
                        while let Some((q, e)) = t.next_iter_entry(p) {
                            out.push(e);
                            p = q + 1;
                        }
                        out
                    }
                    None => Vec::new(),
                };
                for e in entries {
                    items.push(match kind {
                        DictIterKind::Keys => e.key,
                        DictIterKind::Values => e.value,
                        DictIterKind::Items => vm.new_tuple(vec![e.key, e.value]),
                    });
                }
            }
            reduce_to_list(vm, items)
        }
        IterState::Set { set, pos, .. } => {
            let mut items = Vec::new();
            if pos.get() != usize::MAX {
                if let Some(table) = crate::interp::setops::set_table(&Value::Obj(set.get())) {
                    let t = table.borrow();
                    let mut p = pos.get();
                    while let Some((q, key)) = t.next_active(p) {
                        items.push(key);
                        p = q + 1;
                    }
                }
            }
            reduce_to_list(vm, items)
        }
        // `iter(func, sentinel)`: `(iter, (func, sentinel))`, or an empty one when done.
        IterState::Callable {
            func,
            sentinel,
            done,
        } => {
            let f = builtin_iter(vm)?;
            let args = if done.get() {
                vec![Value::Obj(vm.s.empty_tuple)]
            } else {
                vec![*func, *sentinel]
            };
            let args = vm.new_tuple(args);
            Ok(vm.new_tuple(vec![f, args]))
        }
        // `(type(r), (seq,), index)`, or `(type(r), ((),))` once it let go of the sequence.
        IterState::ReversedGetItem { obj, idx } => {
            let class = Value::Obj(vm.type_of(this));
            if obj.get().is_none() {
                let empty = Value::Obj(vm.s.empty_tuple);
                return Ok(reduction(vm, class, empty, None));
            }
            Ok(reduction(vm, class, obj.get(), Some(idx.get())))
        }
        // The wrapping iterators rebuild themselves from their class and what they wrap:
        // `(type(e), (it, count))`, `(type(z), (it, ...))`, `(type(m), (func, it, ...))`,
        // `(type(f), (func, it))`.
        IterState::Enumerate { it, count } => {
            let parts = vec![*it, count.get()];
            Ok(rebuild(vm, this, parts))
        }
        IterState::Zip { its } => {
            let parts = its.to_vec();
            Ok(rebuild(vm, this, parts))
        }
        IterState::Map { func, its } => {
            let mut parts = vec![*func];
            parts.extend(its.iter().copied());
            Ok(rebuild(vm, this, parts))
        }
        IterState::Filter { func, it } => {
            let parts = vec![*func, *it];
            Ok(rebuild(vm, this, parts))
        }
        _ => Err(cannot_pickle(vm, this)),
    }
}

/// `(type(this), tuple(args))`.
fn rebuild(vm: &mut Vm, this: Value, args: Vec<Value>) -> Value {
    let class = Value::Obj(vm.type_of(this));
    let args = vm.new_tuple(args);
    vm.new_tuple(vec![class, args])
}

/// The length of a list, tuple or str, for clamping a restored position.
fn seq_len(seq: &crate::object::Object) -> usize {
    match &seq.payload {
        Payload::List(l) => l.borrow().len(),
        Payload::Tuple(t) => t.len(),
        Payload::Str(s) => s.char_len(),
        _ => 0,
    }
}

fn iter_setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__setstate__", args, 1, 1)?;
    let this = args[0];
    // An int only (no `__index__`), as CPython's iterators read their state.
    let index = match as_int(&args[1]) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        None => return Err(vm.type_error("an integer is required")),
    };
    let Some(Payload::Iter(state)) = this.payload() else {
        return Err(vm.type_error("__setstate__ expects a builtin iterator"));
    };
    match state {
        // An exhausted iterator stays exhausted.
        IterState::Seq { seq, idx } if idx.get() != usize::MAX => {
            idx.set((index.max(0) as usize).min(seq_len(&seq.get())));
        }
        IterState::Str { s, pos } => {
            if let Payload::Str(text) = &s.payload {
                let text = text.as_str();
                let n = index.max(0) as usize;
                let byte = text.char_indices().nth(n).map_or(text.len(), |(b, _)| b);
                pos.set(byte);
            }
        }
        IterState::Range {
            first,
            len,
            cur,
            left,
            step,
        } => {
            let index = (index.max(0) as u64).min(*len);
            cur.set(first.wrapping_add((index as i64).wrapping_mul(*step)));
            left.set(len - index);
        }
        IterState::GetItem { idx, .. } if idx.get() >= 0 => idx.set(index.max(0)),
        IterState::ReversedGetItem { obj, idx } if !obj.get().is_none() => {
            let n = vm.len_of(obj.get())? as i64;
            idx.set(index.clamp(-1, n - 1));
        }
        IterState::Reversed { seq, left } => {
            let n = seq_len(&seq.get()) as i64;
            left.set((index.max(-1) + 1).min(n).max(0) as usize);
        }
        _ => {}
    }
    Ok(Value::None)
}
