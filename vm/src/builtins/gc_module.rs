//! The `gc` module: explicit collection, switching automatic collection off and on, and
//! the counters CPython's `gc` reports, answered from Krait's two-generation heap.
//!
//! CPython has three generations; Krait has two. Generation 0 stands for Krait's young
//! generation and generation 2 for the whole heap; generation 1 is always empty.

use krait_gc::Gc;

use crate::builtins::{arity, int_arg, module_functions, new_module};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{Dict, NativeFn, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// CPython's default thresholds, reported (and settable) as they are there.
pub(crate) const DEFAULT_THRESHOLDS: [i64; 3] = [700, 10, 10];

/// Creates `gc`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("collect", collect),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_count", get_count),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
        ("get_stats", get_stats),
        ("is_tracked", is_tracked),
        ("is_finalized", is_finalized),
        ("freeze", freeze),
        ("unfreeze", freeze),
        ("get_freeze_count", get_freeze_count),
        ("get_debug", get_debug),
        ("set_debug", set_debug),
    ];
    let mut attrs = module_functions(vm, funcs);
    let garbage = vm.new_list(Vec::new());
    let callbacks = vm.new_list(Vec::new());
    attrs.push(("garbage", garbage));
    attrs.push(("callbacks", callbacks));
    for (name, flag) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        attrs.push((name, Value::Int(flag)));
    }
    new_module(vm, "gc", attrs)
}

/// `gc.collect(generation=2)`: the number of unreachable container objects found.
fn collect(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "collect", args, 0, 1)?;
    let generation = match args
        .first()
        .copied()
        .or(crate::builtins::kwarg(kw, "generation"))
    {
        Some(g) => int_arg(vm, g)?,
        None => 2,
    };
    if !(0..=2).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    Ok(Value::Int(vm.collect_from_builtin(generation == 2) as i64))
}

fn enable(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "enable", args, 0, 0)?;
    vm.heap.set_enabled(true);
    Ok(Value::None)
}

fn disable(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "disable", args, 0, 0)?;
    vm.heap.set_enabled(false);
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "isenabled", args, 0, 0)?;
    Ok(Value::Bool(vm.heap.is_enabled()))
}

/// `gc.get_count()`: young objects, young collections since the last full one, 0.
fn get_count(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "get_count", args, 0, 0)?;
    let stats = vm.heap.stats();
    let counts = vec![
        Value::Int(stats.young_objects as i64),
        Value::Int(0),
        Value::Int(0),
    ];
    Ok(vm.new_tuple(counts))
}

fn get_threshold(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "get_threshold", args, 0, 0)?;
    let t = vm.gc_thresholds.map(Value::Int).to_vec();
    Ok(vm.new_tuple(t))
}

/// `gc.set_threshold(threshold0[, threshold1[, threshold2]])`. A `threshold0` of 0 switches
/// automatic collection off, as in CPython; other values are kept for `get_threshold`
/// (Krait sizes its young generation in bytes).
fn set_threshold(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "set_threshold", args, 1, 3)?;
    for (i, &a) in args.iter().enumerate() {
        vm.gc_thresholds[i] = int_arg(vm, a)?;
    }
    let enabled = vm.gc_thresholds[0] != 0;
    vm.heap.set_enabled(enabled);
    Ok(Value::None)
}

/// `gc.get_stats()`: per generation, collections run and objects collected.
fn get_stats(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "get_stats", args, 0, 0)?;
    let stats = vm.heap.stats();
    let rows = [
        (stats.young_collections, stats.freed_young),
        (0, 0),
        (stats.full_collections, stats.freed - stats.freed_young),
    ];
    let mut out = Vec::with_capacity(3);
    for (collections, collected) in rows {
        let d = vm.new_dict(Dict::new());
        for (key, v) in [
            ("collections", collections),
            ("collected", collected),
            ("uncollectable", 0),
        ] {
            let k = vm.new_str(key);
            vm.dict_set(d, k, Value::Int(v as i64))?;
        }
        out.push(d);
    }
    Ok(vm.new_list(out))
}

/// `gc.is_tracked(obj)`, by CPython's rules: atomic values are not tracked, nor are tuples
/// and dicts holding only atomic values; other containers are.
fn is_tracked(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "is_tracked", args, 1, 1)?;
    Ok(Value::Bool(tracked(args[0])))
}

fn tracked(v: Value) -> bool {
    let Value::Obj(o) = v else {
        return false;
    };
    match &o.payload {
        Payload::Tuple(items) => items.iter().any(|&i| tracked(i)),
        Payload::Dict(d) => d
            .borrow()
            .iter()
            .any(|e| tracked(e.key) || tracked(e.value)),
        payload => !payload.is_atomic(),
    }
}

/// `gc.is_finalized(obj)`: Krait runs no finalizers yet, so nothing has been finalized.
fn is_finalized(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "is_finalized", args, 1, 1)?;
    Ok(Value::Bool(false))
}

/// `gc.freeze()` / `gc.unfreeze()`: nothing to do (there is no fork-friendly permanent
/// generation to move objects to).
fn freeze(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "freeze", args, 0, 0)?;
    Ok(Value::None)
}

thread_local! {
    /// The flags `gc.set_debug` set. Krait's collector prints no debugging output, so
    /// they are only kept to be reported back.
    static DEBUG_FLAGS: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}

/// `gc.get_debug()`: the flags last given to `set_debug`.
fn get_debug(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "get_debug", args, 0, 0)?;
    Ok(Value::Int(DEBUG_FLAGS.with(|f| f.get())))
}

/// `gc.set_debug(flags)`.
fn set_debug(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "set_debug", args, 1, 1)?;
    let flags = int_arg(vm, args[0])?;
    DEBUG_FLAGS.with(|f| f.set(flags));
    Ok(Value::None)
}

fn get_freeze_count(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "get_freeze_count", args, 0, 0)?;
    Ok(Value::Int(0))
}
