//! The `_signal` module under CPython's `signal.py`: Linux's signal numbers, `signal` /
//! `getsignal` keeping the Python-level handler of each signal, `default_int_handler`,
//! `raise_signal`, `alarm`, `set_wakeup_fd`, `strsignal`, `valid_signals` and the small
//! calls around them.
//!
//! Installing a handler makes the OS report the signal to the VM (see
//! `builtins::signal_delivery`); the handler then runs in the main thread at its next safe
//! point, as CPython runs it between bytecodes.

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
            ("pthread_kill", pthread_kill),
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
    if vm.sched.current != crate::interp::threads::MAIN_IDENT {
        return Err(vm.value_error("signal only works in main thread of the main interpreter"));
    }
    let old = getsignal(vm, &args[..1], &[])?;
    if let Some(table) = handlers(vm)? {
        vm.dict_set(table, Value::Int(num), handler)?;
    }
    // A signal left at its default disposition stays with the OS; any other disposition is
    // the VM's to apply when the signal arrives.
    if !matches!(handler, Value::Int(SIG_DFL)) {
        if let Err(e) = vm.catch_signal(num as usize) {
            return Err(crate::builtins::file::os_error(vm, &e, None));
        }
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

/// `raise_signal(n)` sends signal `n` to the process; its handler runs before the call
/// returns, as CPython checks for signals there. A signal the VM does not catch gets the
/// OS's default action (SIGTERM ends the process), except SIGINT, which the embedder
/// catches or not: its handler is run directly.
fn raise_signal(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "raise_signal", args, 1, 1)?;
    let num = signum_arg(vm, args[0])?;
    send_to_self(vm, num)?;
    Ok(Value::None)
}

/// Signal `num` to this process, then the handlers of what arrived.
fn send_to_self(vm: &mut Vm, num: i64) -> PyResult<()> {
    let handler = getsignal(vm, &[Value::Int(num)], &[])?;
    let caught = vm.catches_signal(num as usize);
    if caught || (num != SIGINT && matches!(handler, Value::Int(SIG_DFL))) {
        if let Err(e) = signal_hook::low_level::raise(num as i32) {
            return Err(crate::builtins::file::os_error(vm, &e, None));
        }
        return vm.check_interrupt();
    }
    match handler {
        Value::Int(SIG_IGN) => Ok(()),
        _ => vm.run_signal_handler(num),
    }
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

/// `set_wakeup_fd(fd, *, warn_on_full_buffer=True)`: each arriving signal's number is
/// written to `fd` (which must be non-blocking), what event loops wait on. Returns the
/// previous descriptor (-1 for none).
fn set_wakeup_fd(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "set_wakeup_fd", kw, &["warn_on_full_buffer"])?;
    arity(vm, "set_wakeup_fd", args, 1, 1)?;
    let fd = int_arg(vm, args[0])?;
    if vm.sched.current != crate::interp::threads::MAIN_IDENT {
        return Err(
            vm.value_error("set_wakeup_fd only works in main thread of the main interpreter")
        );
    }
    if fd != -1 {
        let Ok(blocking) = crate::builtins::os_extra::with_fd(vm, fd, |f| {
            rustix::fs::fcntl_getfl(&*f)
                .map(|fl| !fl.contains(rustix::fs::OFlags::NONBLOCK))
                .map_err(std::io::Error::from)
        }) else {
            return Err(vm.value_error(format!("invalid fd: {fd}")));
        };
        if blocking {
            return Err(vm.value_error(format!("the fd {fd} must be in non-blocking mode")));
        }
    }
    Ok(Value::Int(std::mem::replace(&mut vm.signals.wakeup_fd, fd)))
}

fn siginterrupt(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "siginterrupt", args, 2, 2)?;
    signum_arg(vm, args[0])?;
    int_arg(vm, args[1])?;
    Ok(Value::None)
}

/// `alarm(secs)`: SIGALRM in `secs` seconds (0 cancels); returns the seconds that were
/// left of the previous alarm.
fn alarm(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "alarm", args, 1, 1)?;
    let secs = int_arg(vm, args[0])?;
    let secs = u32::try_from(secs.max(0)).unwrap_or(u32::MAX);
    let left = if secs == 0 {
        nix::unistd::alarm::cancel()
    } else {
        nix::unistd::alarm::set(secs)
    };
    Ok(Value::Int(i64::from(left.unwrap_or(0))))
}

/// `pthread_kill(thread_id, signum)`: Krait's threads share one OS thread, so the signal
/// goes to the process (signal 0 only checks that the thread exists).
fn pthread_kill(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "pthread_kill", args, 2, 2)?;
    int_arg(vm, args[0])?;
    let num = int_arg(vm, args[1])?;
    if num == 0 {
        return Ok(Value::None);
    }
    if !(1..NSIG).contains(&num) {
        return Err(invalid_argument(vm));
    }
    send_to_self(vm, num)?;
    Ok(Value::None)
}

impl Vm {
    /// Runs the Python handler of signal `num` as a delivery would: a callable is called
    /// with `(num, frame)` (the running frame), `SIG_IGN` does nothing, and `SIG_DFL` gets
    /// the OS's default action. With no `_signal` imported, SIGINT raises
    /// `KeyboardInterrupt` (`default_int_handler`).
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
            None if num == SIGINT => {
                Err(self.new_exception(self.s.types.keyboard_interrupt, Vec::new()))
            }
            // The default disposition of a signal the VM caught (a handler was installed
            // and reset, or `faulthandler.unregister`): what the OS would have done.
            None | Some(Value::Int(_)) => {
                let _ = signal_hook::low_level::emulate_default_handler(num as i32);
                Ok(())
            }
            Some(h) => {
                let frame = match self.s.frames.len() {
                    0 => Value::None,
                    n => Value::Obj(self.frame_object(n - 1)),
                };
                self.call_value(h, &[Value::Int(num), frame], &[]).map(drop)
            }
        }
    }

    /// Runs the handlers of the signals that have arrived (a Ctrl-C included): what a
    /// native function that may have signalled this very process calls before returning
    /// (`os.kill`), as CPython checks for signals there, so the handler runs inside the
    /// caller's `try`.
    pub fn check_interrupt(&mut self) -> PyResult<()> {
        use std::sync::atomic::Ordering::Relaxed;
        if self.interrupt.load(Relaxed) {
            self.interrupt.store(false, Relaxed);
            return self.take_interrupt();
        }
        Ok(())
    }
}
