//! `_tracemalloc`, approximately: Krait's heap does not record where each object was
//! allocated, so there are no traces (`_get_traces()` is empty, `_get_object_traceback`
//! gives `None`, and `tracemalloc.take_snapshot()` sees nothing). What is measured is the
//! heap's byte count ([`Vm::heap_stats`]: object boxes and the buffers they owned when
//! made): `get_traced_memory()` reports how far it is above where it stood at `start()` or
//! the last `clear_traces()` (garbage not yet collected included), and the peak is the
//! highest such value seen by a call to `get_traced_memory()` or `reset_peak()` (the heap
//! keeps no resettable peak of its own). Tracing, the frame limit and the argument checks
//! behave as CPython's.

use std::cell::Cell;

use krait_gc::Gc;

use krait_vm::builtins::{arity, int_arg, module_functions, new_module};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{NativeFn, Object};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

thread_local! {
    static TRACING: Cell<bool> = const { Cell::new(false) };
    static FRAMES: Cell<i64> = const { Cell::new(1) };
    /// The heap's byte count when tracing started or traces were last cleared.
    static BASE: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
}

/// Creates `_tracemalloc`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("is_tracing", is_tracing),
        ("start", start),
        ("stop", stop),
        ("get_traced_memory", get_traced_memory),
        ("reset_peak", reset_peak),
        ("clear_traces", clear_traces),
        ("get_traceback_limit", get_traceback_limit),
        ("get_tracemalloc_memory", get_tracemalloc_memory),
        ("_get_traces", get_traces),
        ("_get_object_traceback", get_object_traceback),
    ];
    let attrs = module_functions(vm, funcs);
    new_module(vm, "_tracemalloc", attrs)
}

/// Bytes above the base now, with the peak brought up to date.
fn current(vm: &Vm) -> usize {
    let now = vm.heap_stats().bytes.saturating_sub(BASE.with(Cell::get));
    PEAK.with(|p| p.set(p.get().max(now)));
    now
}

fn is_tracing(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "_tracemalloc.is_tracing", args, 0, 0)?;
    Ok(Value::Bool(TRACING.with(Cell::get)))
}

fn start(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "start", args, 0, 1)?;
    let frames = match args.first() {
        Some(&v) => int_arg(vm, v)?,
        None => 1,
    };
    if !(1..=65535).contains(&frames) {
        return Err(vm.value_error("the number of frames must be in range [1; 65535]"));
    }
    FRAMES.with(|f| f.set(frames));
    if !TRACING.with(Cell::get) {
        TRACING.with(|t| t.set(true));
        BASE.with(|b| b.set(vm.heap_stats().bytes));
        PEAK.with(|p| p.set(0));
    }
    Ok(Value::None)
}

fn stop(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "_tracemalloc.stop", args, 0, 0)?;
    TRACING.with(|t| t.set(false));
    PEAK.with(|p| p.set(0));
    Ok(Value::None)
}

fn get_traced_memory(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "_tracemalloc.get_traced_memory", args, 0, 0)?;
    let (now, peak) = if TRACING.with(Cell::get) {
        let now = current(vm);
        (now, PEAK.with(Cell::get))
    } else {
        (0, 0)
    };
    let items = vec![Value::Int(now as i64), Value::Int(peak as i64)];
    Ok(vm.new_tuple(items))
}

fn reset_peak(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "_tracemalloc.reset_peak", args, 0, 0)?;
    if TRACING.with(Cell::get) {
        PEAK.with(|p| p.set(0));
        current(vm);
    }
    Ok(Value::None)
}

fn clear_traces(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "_tracemalloc.clear_traces", args, 0, 0)?;
    if TRACING.with(Cell::get) {
        BASE.with(|b| b.set(vm.heap_stats().bytes));
        PEAK.with(|p| p.set(0));
    }
    Ok(Value::None)
}

fn get_traceback_limit(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "_tracemalloc.get_traceback_limit", args, 0, 0)?;
    Ok(Value::Int(FRAMES.with(Cell::get)))
}

/// The memory tracing itself uses: none kept per object here.
fn get_tracemalloc_memory(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "_tracemalloc.get_tracemalloc_memory", args, 0, 0)?;
    Ok(Value::Int(0))
}

fn get_traces(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "_tracemalloc._get_traces", args, 0, 0)?;
    Ok(vm.new_list(Vec::new()))
}

fn get_object_traceback(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "_get_object_traceback", args, 1, 1)?;
    Ok(Value::None)
}
