//! `faulthandler`: dumping the Python stack of every thread to a file descriptor, at once
//! (`dump_traceback`), after a timeout (`dump_traceback_later`, from a watchdog thread) or
//! when a signal arrives (`register`), in CPython's format.
//!
//! The dumps go straight to the descriptor, as CPython's do, after the file object is
//! flushed. The timed and signalled dumps are written at the main thread's next safe point
//! (see `builtins::signal_delivery`), not from inside the OS's signal handler.
//!
//! `enable()` records its file and `is_enabled()` reports it, but Krait has no fatal signal
//! to report: Python code cannot make it fault (no `unsafe` outside the collector), and a
//! Rust panic is reported by the panic handler.

use std::fmt::Write as _;
use std::time::Duration;

use krait_gc::Gc;

use crate::builtins::native::{bind, Sig};
use crate::builtins::signal_delivery::{DumpRequest, NSIG};
use crate::builtins::{arity, int_arg, module_functions, new_module};
use crate::error::PyResult;
use crate::interp::frame::Frame;
use crate::interp::frame_object::line_of;
use crate::object::function::KwArgs;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// CPython's limit on the frames dumped per thread.
const MAX_FRAMES: usize = 100;

/// Creates `faulthandler`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let attrs = module_functions(
        vm,
        &[
            ("dump_traceback", dump_traceback),
            ("enable", enable),
            ("disable", disable),
            ("is_enabled", is_enabled),
            ("dump_traceback_later", dump_traceback_later),
            ("cancel_dump_traceback_later", cancel_dump_traceback_later),
            ("register", register),
            ("unregister", unregister),
        ],
    );
    new_module(vm, "faulthandler", attrs)
}

/// The descriptor `file` names (default `sys.stderr`), after flushing the file object.
fn file_fd(vm: &mut Vm, file: Option<Value>) -> PyResult<i64> {
    let file = match file {
        Some(f) if !f.is_none() => f,
        _ => match vm.sys_value("stderr") {
            Some(f) if !f.is_none() => f,
            _ => return Err(vm.runtime_error("sys.stderr is None")),
        },
    };
    let fd = if let Value::Int(fd) = file {
        fd
    } else {
        let key = vm.intern("fileno");
        let fileno = vm.get_attr(file, key)?;
        let fd = vm.call_value(fileno, &[], &[])?;
        let fd = int_arg(vm, fd)?;
        // As CPython: a file that cannot flush still gets the dump.
        let key = vm.intern("flush");
        if let Ok(flush) = vm.get_attr(file, key) {
            let _ = vm.call_value(flush, &[], &[]);
        }
        fd
    };
    if fd < 0 {
        // (sic: CPython's message)
        return Err(vm.value_error("file is not a valid file descripter"));
    }
    Ok(fd)
}

fn flag(vm: &mut Vm, v: Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => vm.truthy(v),
        None => Ok(default),
    }
}

const DUMP_SIG: Sig = Sig {
    name: "dump_traceback",
    module: "faulthandler",
    params: &["file", "all_threads"],
    posonly: 0,
    maxpos: 2,
    required: 0,
};

fn dump_traceback(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let a = bind(vm, &DUMP_SIG, args, kw)?;
    let fd = file_fd(vm, a[0])?;
    let all = flag(vm, a[1], true)?;
    vm.dump_stacks(fd, all, None);
    Ok(Value::None)
}

fn enable(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "enable",
        ..DUMP_SIG
    };
    let a = bind(vm, &sig, args, kw)?;
    let fd = file_fd(vm, a[0])?;
    let all_threads = flag(vm, a[1], true)?;
    vm.signals.fault_dump = Some(DumpRequest {
        fd,
        all_threads,
        chain: false,
    });
    Ok(Value::None)
}

fn disable(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "disable", args, 0, 0)?;
    Ok(Value::Bool(vm.signals.fault_dump.take().is_some()))
}

fn is_enabled(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "is_enabled", args, 0, 0)?;
    Ok(Value::Bool(vm.signals.fault_dump.is_some()))
}

fn dump_traceback_later(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "dump_traceback_later",
        module: "faulthandler",
        params: &["timeout", "repeat", "file", "exit"],
        posonly: 0,
        maxpos: 4,
        required: 1,
    };
    let a = bind(vm, &sig, args, kw)?;
    let Some(timeout) = a[0] else {
        return Ok(Value::None);
    };
    let secs = crate::builtins::numbers::to_float(vm, timeout)?;
    if secs.is_nan() || secs <= 0.0 {
        return Err(vm.value_error("timeout must be greater than 0"));
    }
    let Ok(timeout) = Duration::try_from_secs_f64(secs) else {
        return Err(vm.overflow_error("timeout value is too large"));
    };
    let repeat = flag(vm, a[1], false)?;
    let fd = file_fd(vm, a[2])?;
    let exit = flag(vm, a[3], false)?;
    if let Err(e) = vm.start_watchdog(timeout, fd, exit, repeat) {
        return Err(crate::builtins::file::os_error(vm, &e, None));
    }
    Ok(Value::None)
}

fn cancel_dump_traceback_later(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "cancel_dump_traceback_later", args, 0, 0)?;
    // Dropping the sender ends the watchdog thread.
    vm.signals.watchdog = None;
    Ok(Value::None)
}

/// The signals `enable()` is for, which `register` refuses.
fn is_fatal_signal(num: i64) -> bool {
    matches!(num, 4 | 6 | 7 | 8 | 11)
}

fn signum(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let num = int_arg(vm, v)?;
    if is_fatal_signal(num) {
        let msg = format!("signal {num} cannot be registered, use enable() instead");
        return Err(vm.runtime_error(msg));
    }
    if !(1..NSIG as i64).contains(&num) {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(num as usize)
}

fn register(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "register",
        module: "faulthandler",
        params: &["signum", "file", "all_threads", "chain"],
        posonly: 0,
        maxpos: 4,
        required: 1,
    };
    let a = bind(vm, &sig, args, kw)?;
    let num = signum(vm, a[0].unwrap_or(Value::None))?;
    let fd = file_fd(vm, a[1])?;
    let all_threads = flag(vm, a[2], true)?;
    let chain = flag(vm, a[3], false)?;
    // SIGKILL and SIGSTOP cannot be caught: the OS's refusal.
    if matches!(num, 9 | 19) {
        let e = std::io::Error::from_raw_os_error(22);
        return Err(crate::builtins::file::os_error(vm, &e, None));
    }
    if let Err(e) = vm.catch_signal(num) {
        return Err(crate::builtins::file::os_error(vm, &e, None));
    }
    vm.signals.dump_on[num] = Some(DumpRequest {
        fd,
        all_threads,
        chain,
    });
    Ok(Value::None)
}

fn unregister(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "unregister", args, 1, 1)?;
    let num = signum(vm, args[0])?;
    Ok(Value::Bool(vm.signals.dump_on[num].take().is_some()))
}

/// Appends one thread's frames, innermost first, as CPython's dump lists them.
fn write_frames(out: &mut String, frames: &[Frame]) {
    for (n, frame) in frames.iter().rev().enumerate() {
        if n == MAX_FRAMES {
            out.push_str("  ...\n");
            break;
        }
        let code = &frame.code_data().code;
        // `pc` is past the instruction running (the call this frame waits on).
        let line = line_of(&frame.code, frame.pc.saturating_sub(1));
        let _ = writeln!(
            out,
            "  File \"{}\", line {line} in {}",
            code.filename, code.name
        );
    }
}

impl Vm {
    /// Writes the Python stack of the running thread (and with `all_threads`, of every
    /// thread) to descriptor `fd`, after `header`. Write errors are ignored, as CPython's.
    pub(crate) fn dump_stacks(&mut self, fd: i64, all_threads: bool, header: Option<&str>) {
        let mut out = String::from(header.unwrap_or(""));
        let current = self.sched.current;
        if all_threads {
            // Newest thread first, as CPython lists its thread states.
            for t in self.s.threads.iter().rev() {
                if t.ident == current {
                    continue;
                }
                let _ = writeln!(out, "Thread 0x{:016x} (most recent call first):", t.ident);
                write_frames(&mut out, &t.frames);
                out.push('\n');
            }
            let label = if header.is_some() {
                "Thread"
            } else {
                "Current thread"
            };
            let _ = writeln!(out, "{label} 0x{current:016x} (most recent call first):");
        } else {
            out.push_str("Stack (most recent call first):\n");
        }
        write_frames(&mut out, &self.s.frames);
        let _ = crate::builtins::os_extra::with_fd(self, fd, |f| {
            std::io::Write::write_all(f, out.as_bytes())
        });
    }
}
