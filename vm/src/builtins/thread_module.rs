//! `_krait_thread`: the scheduler's primitives under the bundled `_thread` module (see
//! `interp::threads`): `start` a thread, `get_ident`, `wait` on an object or a timeout,
//! `notify` the threads waiting on an object, `count` the threads and `interrupt_main`.

use std::cell::Cell;

use krait_gc::{Gc, GcCell, GcRefCell};

use crate::builtins::{arity, module_functions, new_module};
use crate::error::PyResult;
use crate::interp::frame::Frame;
use crate::interp::frame_object::{frame_obj, FrameObject};
use crate::interp::threads::MAIN_IDENT;
use crate::object::function::KwArgs;
use crate::object::{Object, Payload};
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

/// Adds `sys.getswitchinterval`, `sys.setswitchinterval`, `sys._current_frames` and
/// `sys._current_exceptions` to the `sys` module `sys`.
pub(crate) fn add_sys(vm: &mut Vm, sys: Gc<Object>) {
    let funcs = module_functions(
        vm,
        &[
            ("getswitchinterval", get_switch_interval),
            ("setswitchinterval", set_switch_interval),
            ("_current_frames", current_frames),
            ("_current_exceptions", current_exceptions),
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
    let secs = crate::builtins::numbers::real_arg(vm, args[0])?;
    if secs.is_nan() || secs <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    // CPython keeps it in whole microseconds.
    vm.sched.interval = (secs * 1e6).round().clamp(1.0, 1e15) / 1e6;
    Ok(Value::None)
}

/// The frame objects of a thread that is not running, innermost last, each one's `f_back`
/// the one before: snapshots of its frame records (a live frame object reads the running
/// thread's frame stack, so these cannot be live).
fn snapshot_frames(vm: &mut Vm, frames: &[Frame]) -> Vec<Gc<Object>> {
    let mut out: Vec<Gc<Object>> = Vec::with_capacity(frames.len());
    for frame in frames {
        let back = out.last().map_or(Value::None, |&o| Value::Obj(o));
        let data = FrameObject {
            code: frame.code,
            globals: frame.globals,
            ns: frame.locals,
            fast: GcRefCell::new(Vec::new()),
            locals_dict: GcCell::new(Value::None),
            back: GcCell::new(back),
            trace: GcCell::new(Value::None),
            trace_lines: Cell::new(true),
            trace_opcodes: Cell::new(false),
            lasti: Cell::new(frame.pc.saturating_sub(1)),
            depth: Cell::new(None),
            trace_line: Cell::new(0),
            trace_pc: Cell::new(0),
        };
        let class = vm.s.types.frame;
        out.push(vm.alloc(class, Payload::FrameObj(Box::new(data))));
    }
    out
}

/// Each thread's identity with its frame records and handled exception (the running
/// thread's are in `State`, the others' in their entries).
fn thread_states(vm: &Vm) -> Vec<(i64, Vec<Frame>, Value)> {
    let current = vm.sched.current;
    let mut out = vec![(current, vm.s.frames.clone(), vm.s.handled)];
    for t in &vm.s.threads {
        if t.ident != current && !t.frames.is_empty() {
            out.push((t.ident, t.frames.clone(), t.handled));
        }
    }
    out
}

/// `sys._current_frames()`: each thread's identity mapped to its innermost frame.
fn current_frames(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "_current_frames", args, 0, 0)?;
    let d = vm.new_dict(Default::default());
    for (ident, frames, _) in thread_states(vm) {
        let frame = if ident == vm.sched.current {
            if frames.is_empty() {
                continue;
            }
            vm.get_frame(0)?
        } else {
            match snapshot_frames(vm, &frames).last() {
                Some(&o) => Value::Obj(o),
                None => continue,
            }
        };
        vm.dict_set(d, Value::Int(ident), frame)?;
    }
    Ok(d)
}

/// `sys._current_exceptions()`: each thread's identity mapped to the `(type, value,
/// traceback)` of the exception it is handling (`None`s when none). A waiting thread's
/// traceback starts at its own frame as it is now, so walking `f_back` from there gives
/// the thread's stack.
fn current_exceptions(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "_current_exceptions", args, 0, 0)?;
    let d = vm.new_dict(Default::default());
    for (ident, frames, handled) in thread_states(vm) {
        let info = if handled.is_none() {
            vec![Value::None; 3]
        } else {
            let class = Value::Obj(vm.type_of(handled));
            let mut tb = vm.exc_traceback_of(handled);
            if ident != vm.sched.current {
                tb = rebase_traceback(vm, tb, &frames)?;
            }
            vec![class, handled, tb]
        };
        let info = vm.new_tuple(info);
        vm.dict_set(d, Value::Int(ident), info)?;
    }
    Ok(d)
}

/// `tb` with its first entry's frame replaced by the snapshot of the innermost frame of
/// `frames` that runs the same code (the frame handling the exception).
fn rebase_traceback(vm: &mut Vm, tb: Value, frames: &[Frame]) -> PyResult<Value> {
    let Some(Payload::Traceback(t)) = tb.payload() else {
        return Ok(tb);
    };
    let Some(code) = frame_obj(&t.frame).map(|f| f.code) else {
        return Ok(tb);
    };
    let Some(depth) = frames.iter().rposition(|f| Gc::ptr_eq(f.code, code)) else {
        return Ok(tb);
    };
    let (next, lasti, lineno) = (t.next.get(), t.lasti, t.lineno);
    let Some(&frame) = snapshot_frames(vm, &frames[..=depth]).last() else {
        return Ok(tb);
    };
    vm.new_traceback(&[
        next,
        Value::Obj(frame),
        Value::Int(lasti),
        Value::Int(i64::from(lineno)),
    ])
}
