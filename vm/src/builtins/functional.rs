//! Builtins over iterables: `iter`, `next`, `sorted`, `min`, `max`, `sum`, `any`, `all`,
//! and the constructors of `enumerate`, `zip`, `map`, `filter`, `reversed`.

use krait_gc::GcCell;
use std::cell::Cell;

use crate::builtins::{arity, check_kwargs, func, kwarg, method_kind};
use crate::error::PyResult;
use crate::interp::arith::{as_num, Num};
use crate::interp::generator::GenStep;
use crate::interp::ops::range_len;
use crate::object::function::KwArgs;
use crate::object::int::IntRef;
use crate::object::{BuiltinKind, IterState, Payload};
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    func(vm, "iter", iter);
    func(vm, "next", next);
    func(vm, "sorted", sorted);
    func(vm, "min", min);
    func(vm, "max", max);
    func(vm, "sum", sum);
    func(vm, "any", any);
    func(vm, "all", all);
    let t = &vm.s.types;
    let (e, z, m, f, r) = (t.enumerate, t.zip, t.map, t.filter, t.reversed);
    method_kind(vm, e, "__new__", enumerate_new, BuiltinKind::StaticMethod);
    method_kind(vm, z, "__new__", zip_new, BuiltinKind::StaticMethod);
    method_kind(vm, m, "__new__", map_new, BuiltinKind::StaticMethod);
    method_kind(vm, f, "__new__", filter_new, BuiltinKind::StaticMethod);
    method_kind(vm, r, "__new__", reversed_new, BuiltinKind::StaticMethod);
}

fn iter(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        if !vm.is_callable(args[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        let state = IterState::Callable {
            func: args[0],
            sentinel: args[1],
            done: Cell::new(false),
        };
        let class = vm.s.types.callable_iterator;
        return Ok(Value::Obj(vm.alloc(class, Payload::Iter(state))));
    }
    vm.get_iter(args[0])
}

fn next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "next", args, 1, 2)?;
    let it = args[0];
    if let Value::Obj(o) = it {
        if matches!(o.payload, Payload::Generator(_)) {
            return match vm.gen_resume_native(o, Value::None, None)? {
                GenStep::Yield(v) => Ok(v),
                GenStep::Return(v) => match args.get(1) {
                    Some(&d) => Ok(d),
                    None => Err(vm.stop_iteration(v)),
                },
            };
        }
        if !matches!(o.payload, Payload::Iter(_))
            && vm.type_lookup(o.class(), vm.s.names.next).is_none()
        {
            let msg = format!("'{}' object is not an iterator", vm.type_name(it));
            return Err(vm.type_error(msg));
        }
    } else {
        let msg = format!("'{}' object is not an iterator", vm.type_name(it));
        return Err(vm.type_error(msg));
    }
    if !matches!(it.payload(), Some(Payload::Iter(_))) {
        // The StopIteration `__next__` raises propagates as it is, value included (what a
        // hand-written driver of `coro.__await__()` reads the coroutine's result from).
        if let Some(f) = vm.type_lookup(vm.type_of(it), vm.s.names.next) {
            return match vm.call_slot_method(f, it) {
                Err(e) if args.len() == 2 && vm.exc_matches(e, vm.s.types.stop_iteration) => {
                    Ok(args[1])
                }
                r => r,
            };
        }
    }
    match vm.next_item(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(&d) => Ok(d),
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

fn sorted(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if args.len() != 1 {
        let msg = format!("sorted expected 1 argument, got {}", args.len());
        return Err(vm.type_error(msg));
    }
    // CPython checks the keywords in `list.sort`, whose name its message shows.
    check_kwargs(vm, "sort", kw, &["key", "reverse"])?;
    let items = vm.collect_iter_folded(args[0])?;
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let sorted = vm.sort_values(items, key, reverse)?;
    Ok(vm.new_list(sorted))
}

/// `min` / `max`: `want_less` selects `min`.
fn min_max(
    vm: &mut Vm,
    args: &[Value],
    kw: KwArgs<'_>,
    name: &str,
    want_less: bool,
) -> PyResult<Value> {
    check_kwargs(vm, name, kw, &["key", "default"])?;
    if args.is_empty() {
        let msg = format!("{name} expected at least 1 argument, got 0");
        return Err(vm.type_error(msg));
    }
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let default = kwarg(kw, "default");
    let iterable = if args.len() == 1 {
        args[0]
    } else {
        if default.is_some() {
            let msg =
                format!("Cannot specify a default for {name}() with multiple positional arguments");
            return Err(vm.type_error(msg));
        }
        vm.new_tuple(args.to_vec())
    };
    // State: [key function or None, want_less, best item, its key, found].
    let key_slot = key.unwrap_or(Value::None);
    let state = [
        key_slot,
        Value::Bool(want_less),
        Value::None,
        Value::None,
        Value::Bool(false),
    ];
    let state = vm.fold_iter(iterable, &state, |vm, base, item| {
        let k = match vm.s.temp_roots[base] {
            Value::None => item,
            f => vm.call_value(f, &[item], &[])?,
        };
        let better = match vm.s.temp_roots[base + 4] {
            Value::Bool(true) => {
                let best_key = vm.s.temp_roots[base + 3];
                if vm.s.temp_roots[base + 1].is(Value::Bool(true)) {
                    vm.lt(k, best_key)?
                } else {
                    vm.lt(best_key, k)?
                }
            }
            _ => true,
        };
        if better {
            vm.s.temp_roots[base + 2] = item;
            vm.s.temp_roots[base + 3] = k;
            vm.s.temp_roots[base + 4] = Value::Bool(true);
        }
        Ok(true)
    })?;
    let (best, found) = (state[2], state[4].is(Value::Bool(true)));
    if found {
        return Ok(best);
    }
    match default {
        Some(d) => Ok(d),
        None => {
            let msg = format!("{name}() arg is an empty sequence");
            Err(vm.value_error(msg))
        }
    }
}

fn min(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    min_max(vm, args, kw, "min", true)
}

fn max(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    min_max(vm, args, kw, "max", false)
}

fn sum(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "sum", kw, &["start"])?;
    if args.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    arity(vm, "sum", args, 1, 2)?;
    let start = args
        .get(1)
        .copied()
        .or(kwarg(kw, "start"))
        .unwrap_or(Value::Int(0));
    match start.payload() {
        Some(Payload::Str(_)) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Some(Payload::Bytes(_)) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Some(Payload::ByteArray(_)) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    // The running total is the fold's state: it may be a big int.
    let state = vm.fold_iter(args[0], &[start], |vm, base, x| {
        let acc = vm.s.temp_roots[base];
        let next = match (acc, x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => match (as_num(&acc), as_num(&x)) {
                (Some(Num::Float(a)), Some(Num::Int(IntRef::Small(b)))) => {
                    Value::Float(a + b as f64)
                }
                _ => vm.binary_op(acc, x, krait_bytecode::BinaryOpKind::Add)?,
            },
        };
        vm.s.temp_roots[base] = next;
        Ok(true)
    })?;
    Ok(state[0])
}

fn any(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "any", args, 1, 1)?;
    let state = vm.fold_iter(args[0], &[Value::Bool(false)], |vm, base, x| {
        let found = vm.truthy(x)?;
        vm.s.temp_roots[base] = Value::Bool(found);
        Ok(!found)
    })?;
    Ok(state[0])
}

fn all(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "all", args, 1, 1)?;
    let state = vm.fold_iter(args[0], &[Value::Bool(true)], |vm, base, x| {
        let holds = vm.truthy(x)?;
        vm.s.temp_roots[base] = Value::Bool(holds);
        Ok(holds)
    })?;
    Ok(state[0])
}

fn new_iter(vm: &mut Vm, cls: Value, state: IterState) -> Value {
    let class = cls.as_obj().unwrap_or(vm.s.types.enumerate);
    Value::Obj(vm.alloc(class, Payload::Iter(state)))
}

fn enumerate_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let (cls, args) = (args[0], &args[1..]);
    check_kwargs(vm, "enumerate", kw, &["iterable", "start"])?;
    let iterable = match (args.first(), kwarg(kw, "iterable")) {
        (Some(&a), None) => a,
        (None, Some(a)) => a,
        (Some(_), Some(_)) => {
            return Err(vm.type_error(
                "argument for enumerate() given by name ('iterable') and position (1)",
            ))
        }
        (None, None) => {
            return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"))
        }
    };
    arity(vm, "enumerate", args, 0, 2)?;
    let start = args
        .get(1)
        .copied()
        .or(kwarg(kw, "start"))
        .unwrap_or(Value::Int(0));
    if !matches!(start, Value::Int(_) | Value::Bool(_))
        && !matches!(start.payload(), Some(Payload::BigInt(_)))
    {
        crate::builtins::int_arg(vm, start)?;
    }
    let it = vm.get_iter(iterable)?;
    Ok(new_iter(
        vm,
        cls,
        IterState::Enumerate {
            it,
            count: GcCell::new(start),
        },
    ))
}

fn zip_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let (cls, args) = (args[0], &args[1..]);
    check_kwargs(vm, "zip", kw, &["strict"])?;
    let strict = match kwarg(kw, "strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut its = Vec::with_capacity(args.len());
    for &a in args {
        its.push(vm.get_iter(a)?);
    }
    let its = its.into_boxed_slice();
    let state = if strict {
        IterState::StrictZip { its }
    } else {
        IterState::Zip { its }
    };
    Ok(new_iter(vm, cls, state))
}

/// CPython's rule for `map` and `filter`: keywords are refused unless the class is a
/// subclass with an `__init__` of its own (which then receives them).
fn refuse_keywords(vm: &mut Vm, name: &str, cls: Value, kw: KwArgs<'_>) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    if crate::builtins::has_own_init(vm, cls) {
        return Ok(());
    }
    Err(vm.type_error(format!("{name}() takes no keyword arguments")))
}

fn map_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    refuse_keywords(vm, "map", args[0], kw)?;
    let (cls, args) = (args[0], &args[1..]);
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(args.len() - 1);
    for &a in &args[1..] {
        its.push(vm.get_iter(a)?);
    }
    Ok(new_iter(
        vm,
        cls,
        IterState::Map {
            func: args[0],
            its: its.into_boxed_slice(),
        },
    ))
}

fn filter_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let (cls, args) = (args[0], &args[1..]);
    refuse_keywords(vm, "filter", cls, kw)?;
    arity(vm, "filter", args, 2, 2)?;
    let it = vm.get_iter(args[1])?;
    Ok(new_iter(vm, cls, IterState::Filter { func: args[0], it }))
}

fn reversed_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let (cls, args) = (args[0], &args[1..]);
    if !kw.is_empty() {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    if args.len() != 1 {
        let msg = format!("reversed expected 1 argument, got {}", args.len());
        return Err(vm.type_error(msg));
    }
    let v = args[0];
    if let Some(f) = vm.user_override(v, vm.s.names.reversed) {
        return vm.call_value(f, &[v], &[]);
    }
    if let Value::Obj(o) = v {
        let len = match &o.payload {
            Payload::List(l) => Some(l.borrow().len()),
            Payload::Tuple(t) => Some(t.len()),
            Payload::Str(s) => Some(s.char_len()),
            Payload::Range { start, stop, step } => {
                let n = range_len(*start, *stop, *step);
                // The last value (a range's length always fits, so this does too).
                let last = if n == 0 {
                    *start
                } else {
                    (i128::from(*start) + i128::from(n - 1) * i128::from(*step)) as i64
                };
                // `i64::MIN` negated wraps to itself, which the iterator's wrapping steps
                // turn into the right values.
                let state =
                    crate::interp::iter::range_iter_state(last, step.wrapping_neg(), n as u64);
                let class = vm.s.types.range_iterator;
                return Ok(Value::Obj(vm.alloc(class, Payload::Iter(state))));
            }
            // Dicts, instance dicts and dict views: the native order, reversed (a subclass's
            // `__iter__` does not take part, as in CPython's `dict.__reversed__`).
            Payload::Dict(_) | Payload::AttrDict(_) | Payload::DictView { .. } => {
                let it = vm.get_iter_native(v)?;
                let keys = vm.collect_iter(it)?;
                let l = vm.new_list(keys);
                let n = vm.len_of(l)?;
                let seq = l.as_obj().unwrap_or(o);
                return Ok(new_iter(
                    vm,
                    cls,
                    IterState::Reversed {
                        seq: GcCell::new(seq),
                        left: Cell::new(n),
                    },
                ));
            }
            _ => None,
        };
        if let Some(n) = len {
            return Ok(new_iter(
                vm,
                cls,
                IterState::Reversed {
                    seq: GcCell::new(o),
                    left: Cell::new(n),
                },
            ));
        }
        if let Some(f) = vm.type_lookup(o.class(), vm.s.names.reversed) {
            if f.is_none() {
                let msg = format!("'{}' object is not reversible", vm.type_name(v));
                return Err(vm.type_error(msg));
            }
            return vm.call_value(f, &[v], &[]);
        }
        if vm.type_lookup(o.class(), vm.s.names.getitem).is_some() {
            // The items are asked for as the iteration goes, as CPython does.
            let n = vm.len_of(v)?;
            return Ok(new_iter(
                vm,
                cls,
                IterState::ReversedGetItem {
                    obj: GcCell::new(v),
                    idx: Cell::new(n as i64 - 1),
                },
            ));
        }
    }
    let msg = format!("'{}' object is not reversible", vm.type_name(v));
    Err(vm.type_error(msg))
}
