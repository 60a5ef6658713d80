//! `_krait_thread`: the scheduler's primitives under the bundled `_thread` module (see
//! `interp::threads`): `start` a thread, `get_ident`, `wait` on an object or a timeout,
//! `notify` the threads waiting on an object, `count` the threads and `interrupt_main`.

use krait_gc::Gc;

use crate::builtins::{arity, module_functions, new_module};
use crate::error::PyResult;
use crate::interp::threads::MAIN_IDENT;
use crate::object::function::KwArgs;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// Creates `_krait_thread`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let attrs = module_functions(
        vm,
        &[
            ("start", start),
            ("get_ident", get_ident),
            ("get_native_id", get_native_id),
            ("wait", wait),
            ("notify", notify),
            ("count", count),
            ("interrupt_main", interrupt_main),
        ],
    );
    new_module(vm, "_krait_thread", attrs)
}

/// `start(function, args, kwargs)`: a new thread calling `function(*args, **kwargs)`;
/// returns its identity. The caller has checked the arguments.
fn start(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "start", args, 3, 3)?;
    Ok(Value::Int(vm.spawn_thread(args[0], args[1], args[2])))
}

fn get_ident(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "get_ident", args, 0, 0)?;
    Ok(Value::Int(vm.sched.current))
}

/// The process id for the main thread, as Linux numbers it; above it for the others.
fn get_native_id(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "get_native_id", args, 0, 0)?;
    let pid = std::process::id() as i64;
    Ok(Value::Int(pid + vm.sched.current - MAIN_IDENT))
}

/// `wait(obj, timeout)`: returns once `notify(obj)` was called or `timeout` seconds
/// (`None`: no limit) have passed; other threads run meanwhile. Callers retry in a loop.
fn wait(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "wait", args, 2, 2)?;
    let timeout = if args[1].is_none() {
        None
    } else {
        Some(crate::builtins::numbers::to_float(vm, args[1])?)
    };
    vm.thread_wait(args[0], timeout)?;
    Ok(Value::None)
}

fn notify(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "notify", args, 1, 1)?;
    vm.thread_notify(args[0]);
    Ok(Value::None)
}

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "count", args, 0, 0)?;
    Ok(Value::Int(vm.thread_count() as i64))
}

/// `interrupt_main(signum=SIGINT)`: the signal's handler runs in the main thread at its
/// next safe point, as if the signal had arrived.
fn interrupt_main(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "interrupt_main", args, 0, 1)?;
    let signum = match args.first() {
        Some(&v) => crate::builtins::int_arg(vm, v)?,
        None => 2,
    };
    if !(1..crate::builtins::signal_delivery::NSIG as i64).contains(&signum) {
        return Err(vm.value_error("signal number out of range"));
    }
    vm.simulate_signal(signum as usize);
    if vm.sched.current == MAIN_IDENT {
        // As CPython checks for signals when the call returns.
        vm.check_interrupt()?;
    }
    Ok(Value::None)
}

/// Adds `sys.getswitchinterval` and `sys.setswitchinterval` to the `sys` module `sys`.
pub(crate) fn add_sys(vm: &mut Vm, sys: Gc<Object>) {
    let funcs = module_functions(
        vm,
        &[
            ("getswitchinterval", get_switch_interval),
            ("setswitchinterval", set_switch_interval),
        ],
    );
    crate::builtins::add_to_module(vm, sys, funcs);
}

/// `sys.getswitchinterval()`: how long a thread runs before others get a turn.
fn get_switch_interval(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getswitchinterval", args, 0, 0)?;
    Ok(Value::Float(vm.sched.interval))
}

/// `sys.setswitchinterval(interval)`.
fn set_switch_interval(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "setswitchinterval", args, 1, 1)?;
    let secs = crate::builtins::numbers::to_float(vm, args[0])?;
    if secs.is_nan() || secs <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    // CPython keeps it in whole microseconds.
    vm.sched.interval = (secs * 1e6).round().clamp(1.0, 1e15) / 1e6;
    Ok(Value::None)
}
