//! The `_signal` module under CPython's `signal.py`: Linux's signal numbers, `signal` /
//! `getsignal` keeping the Python-level handler of each signal, `default_int_handler`,
//! `raise_signal`, `strsignal`, `valid_signals` and the small calls around them.
//!
//! Only SIGINT is delivered: the embedder's handler sets [`crate::VmOptions::interrupt`],
//! the dispatch loop notices it at the next backward jump and calls
//! [`Vm::take_interrupt`], which runs the Python handler installed for SIGINT as CPython
//! does (`default_int_handler` raises `KeyboardInterrupt`, `SIG_IGN` drops it). Handlers for
//! the other signals are recorded and returned by `getsignal`, but the OS never calls them.

use krait_gc::Gc;

use crate::builtins::{arity, int_arg, module_functions, new_module};
use crate::error::{Exception, PyResult};
use crate::object::function::KwArgs;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// One past the highest signal number (Linux).
const NSIG: i64 = 65;
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;
const SIGINT: i64 = 2;

/// Linux's signal numbers, as `_signal` names them.
const SIGNALS: &[(&str, i64)] = &[
    ("SIGHUP", 1),
    ("SIGINT", 2),
    ("SIGQUIT", 3),
    ("SIGILL", 4),
    ("SIGTRAP", 5),
    ("SIGABRT", 6),
    ("SIGIOT", 6),
    ("SIGBUS", 7),
    ("SIGFPE", 8),
    ("SIGKILL", 9),
    ("SIGUSR1", 10),
    ("SIGSEGV", 11),
    ("SIGUSR2", 12),
    ("SIGPIPE", 13),
    ("SIGALRM", 14),
    ("SIGTERM", 15),
    ("SIGSTKFLT", 16),
    ("SIGCHLD", 17),
    ("SIGCLD", 17),
    ("SIGCONT", 18),
    ("SIGSTOP", 19),
    ("SIGTSTP", 20),
    ("SIGTTIN", 21),
    ("SIGTTOU", 22),
    ("SIGURG", 23),
    ("SIGXCPU", 24),
    ("SIGXFSZ", 25),
    ("SIGVTALRM", 26),
    ("SIGPROF", 27),
    ("SIGWINCH", 28),
    ("SIGIO", 29),
    ("SIGPOLL", 29),
    ("SIGPWR", 30),
    ("SIGSYS", 31),
    ("SIGRTMIN", 34),
    ("SIGRTMAX", 64),
];

/// What `strsignal` says of each standard signal (glibc's descriptions).
const DESCRIPTIONS: &[&str] = &[
    "Hangup",
    "Interrupt",
    "Quit",
    "Illegal instruction",
    "Trace/breakpoint trap",
    "Aborted",
    "Bus error",
    "Floating point exception",
    "Killed",
    "User defined signal 1",
    "Segmentation fault",
    "User defined signal 2",
    "Broken pipe",
    "Alarm clock",
    "Terminated",
    "Stack fault",
    "Child exited",
    "Continued",
    "Stopped (signal)",
    "Stopped",
    "Stopped (tty input)",
    "Stopped (tty output)",
    "Urgent I/O condition",
    "CPU time limit exceeded",
    "File size limit exceeded",
    "Virtual timer expired",
    "Profiling timer expired",
    "Window changed",
    "I/O possible",
    "Power failure",
    "Bad system call",
];

/// The key in `_signal`'s namespace of the dict from signal number to handler.
const HANDLERS: &str = "_handlers";

/// Creates `_signal`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let mut attrs = module_functions(
        vm,
        &[
            ("signal", signal),
            ("getsignal", getsignal),
            ("default_int_handler", default_int_handler),
            ("raise_signal", raise_signal),
            ("strsignal", strsignal),
            ("valid_signals", valid_signals),
            ("set_wakeup_fd", set_wakeup_fd),
            ("siginterrupt", siginterrupt),
            ("alarm", alarm),
        ],
    );
    for &(name, num) in SIGNALS {
        attrs.push((name, Value::Int(num)));
    }
    let consts: &[(&str, i64)] = &[
        ("NSIG", NSIG),
        ("SIG_DFL", SIG_DFL),
        ("SIG_IGN", SIG_IGN),
        ("SIG_BLOCK", 0),
        ("SIG_UNBLOCK", 1),
        ("SIG_SETMASK", 2),
        ("ITIMER_REAL", 0),
        ("ITIMER_VIRTUAL", 1),
        ("ITIMER_PROF", 2),
    ];
    for &(name, num) in consts {
        attrs.push((name, Value::Int(num)));
    }
    // The handlers at start-up: Python's own for SIGINT; SIGPIPE and SIGXFSZ ignored.
    let default = attrs
        .iter()
        .find(|(n, _)| *n == "default_int_handler")
        .map(|&(_, v)| v)
        .unwrap_or(Value::None);
    let handlers = vm.new_dict(crate::object::Dict::new());
    for (num, h) in [
        (SIGINT, default),
        (13, Value::Int(SIG_IGN)),
        (25, Value::Int(SIG_IGN)),
    ] {
        let _ = vm.dict_set(handlers, Value::Int(num), h);
    }
    attrs.push((HANDLERS, handlers));
    new_module(vm, "_signal", attrs)
}

/// The handler dict of the imported `_signal` module, if it has been imported.
fn handlers(vm: &mut Vm) -> PyResult<Option<Value>> {
    let Some(module) = vm.sys_modules_get("_signal")? else {
        return Ok(None);
    };
    let key = vm.intern(HANDLERS);
    Ok(vm.get_attr(module, key).ok())
}

/// A signal number argument, checked against the valid range.
fn signum_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let n = int_arg(vm, v)?;
    if !(1..NSIG).contains(&n) {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(n)
}

fn invalid_argument(vm: &mut Vm) -> Exception {
    let e = std::io::Error::from_raw_os_error(22);
    crate::builtins::file::os_error(vm, &e, None)
}

fn signal(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "signal", args, 2, 2)?;
    let num = signum_arg(vm, args[0])?;
    let handler = args[1];
    let is_constant = matches!(handler, Value::Int(SIG_DFL | SIG_IGN));
    if !is_constant && !vm.is_callable(handler) {
        return Err(vm.type_error(
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
        ));
    }
    // SIGKILL and SIGSTOP cannot be caught; 32 and 33 belong to the C library's threads.
    if matches!(num, 9 | 19 | 32 | 33) {
        return Err(invalid_argument(vm));
    }
    let old = getsignal(vm, &args[..1], &[])?;
    if let Some(table) = handlers(vm)? {
        vm.dict_set(table, Value::Int(num), handler)?;
    }
    Ok(old)
}

fn getsignal(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getsignal", args, 1, 1)?;
    let num = signum_arg(vm, args[0])?;
    let Some(table) = handlers(vm)? else {
        return Ok(Value::Int(SIG_DFL));
    };
    Ok(vm
        .dict_get(table, Value::Int(num))?
        .unwrap_or(Value::Int(SIG_DFL)))
}

fn default_int_handler(vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Err(vm.new_exception(vm.s.types.keyboard_interrupt, Vec::new()))
}

/// `raise_signal(SIGINT)` runs SIGINT's handler at once, as the OS would deliver it to
/// CPython before its next instruction; other signals' handlers are called likewise, and a
/// signal whose handler is `SIG_DFL` is not sent (Krait cannot send it to itself yet).
fn raise_signal(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "raise_signal", args, 1, 1)?;
    let num = signum_arg(vm, args[0])?;
    vm.run_signal_handler(num)?;
    Ok(Value::None)
}

fn strsignal(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "strsignal", args, 1, 1)?;
    let num = signum_arg(vm, args[0])?;
    let text = match num {
        1..=31 => DESCRIPTIONS[num as usize - 1].to_owned(),
        32..=64 => format!("Real-time signal {}", num - 34),
        _ => return Ok(Value::None),
    };
    let text = if num == 32 || num == 33 {
        format!("Unknown signal {num}")
    } else {
        text
    };
    Ok(vm.new_str(text))
}

fn valid_signals(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "valid_signals", args, 0, 0)?;
    let items = (1..NSIG)
        .filter(|n| !matches!(n, 32 | 33))
        .map(Value::Int)
        .collect();
    vm.new_set_from(items, false)
}

/// No wake-up descriptor is ever written: the previous one is always "none" (-1).
fn set_wakeup_fd(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "set_wakeup_fd", args, 1, 1)?;
    int_arg(vm, args[0])?;
    Ok(Value::Int(-1))
}

fn siginterrupt(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "siginterrupt", args, 2, 2)?;
    signum_arg(vm, args[0])?;
    int_arg(vm, args[1])?;
    Ok(Value::None)
}

/// No alarm is ever scheduled, so none was pending: 0 seconds remained.
fn alarm(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "alarm", args, 1, 1)?;
    int_arg(vm, args[0])?;
    Ok(Value::Int(0))
}

impl Vm {
    /// Runs the Python handler of signal `num` as a delivery would: a callable is called
    /// with `(num, None)` (Krait has no frame objects to pass yet), `SIG_IGN` does nothing,
    /// and `SIG_DFL` for SIGINT raises `KeyboardInterrupt` (where CPython would die of it).
    pub(crate) fn run_signal_handler(&mut self, num: i64) -> PyResult<()> {
        let handler = match handlers(self)? {
            Some(table) => self.dict_get(table, Value::Int(num))?,
            None if num == SIGINT => {
                return Err(self.new_exception(self.s.types.keyboard_interrupt, Vec::new()))
            }
            None => None,
        };
        match handler {
            Some(Value::Int(SIG_IGN)) => Ok(()),
            None | Some(Value::Int(_)) if num == SIGINT => {
                Err(self.new_exception(self.s.types.keyboard_interrupt, Vec::new()))
            }
            None | Some(Value::Int(_)) => Ok(()),
            Some(h) => self
                .call_value(h, &[Value::Int(num), Value::None], &[])
                .map(drop),
        }
    }

    /// Handles a pending Ctrl-C: runs SIGINT's Python handler (by default
    /// `KeyboardInterrupt`); the error is what the interrupted code raises.
    pub(crate) fn take_interrupt(&mut self) -> PyResult<()> {
        self.run_signal_handler(SIGINT)
    }

    /// Runs SIGINT's handler now if a Ctrl-C is pending: what a native function that may
    /// have signalled this very process calls before returning (`os.kill`), as CPython
    /// checks for signals there, so the handler runs inside the caller's `try`.
    pub fn check_interrupt(&mut self) -> PyResult<()> {
        use std::sync::atomic::Ordering::Relaxed;
        if self.interrupt.load(Relaxed) {
            self.interrupt.store(false, Relaxed);
            return self.take_interrupt();
        }
        Ok(())
    }
}
