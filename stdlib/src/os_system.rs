//! The system and session calls of `os`: `uname` and `times` (their struct sequences are
//! made in `_ospy` from the tuples given here), `getloadavg`, `setsid`, `getsid`,
//! `killpg`, and a descriptor's blocking mode (`get_blocking`, `set_blocking`).

use krait_vm::builtins::{arity, int_arg, module_functions};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// The functions this file adds to `os`.
pub(crate) fn os_functions(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    module_functions(
        vm,
        &[
            ("_uname", uname),
            ("_times", times),
            ("getloadavg", getloadavg),
            ("setsid", setsid),
            ("getsid", getsid),
            ("killpg", killpg),
            ("get_blocking", get_blocking),
            ("set_blocking", set_blocking),
        ],
    )
}

/// `OSError` for a failed call.
fn os_error(vm: &mut Vm, e: impl Into<std::io::Error>) -> krait_vm::error::Exception {
    vm.io_error(&e.into(), None)
}

/// The five fields of `os.uname()`.
fn uname(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "uname", args, 0, 0)?;
    let u = rustix::system::uname();
    let fields = [
        u.sysname(),
        u.nodename(),
        u.release(),
        u.version(),
        u.machine(),
    ]
    .iter()
    .map(|c| c.to_string_lossy().into_owned())
    .collect::<Vec<_>>();
    let items = fields.into_iter().map(|f| vm.new_str(f)).collect();
    Ok(vm.new_tuple(items))
}

/// The five fields of `os.times()`: user and system time of this process and of its
/// waited-for children (from `/proc/self/stat`, in the kernel's 100 ticks a second), and
/// the seconds since boot.
fn times(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "times", args, 0, 0)?;
    let stat = std::fs::read_to_string("/proc/self/stat").map_err(|e| os_error(vm, e))?;
    // The fields after the command name (which may hold spaces, so find its closing ')').
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // utime, stime, cutime, cstime are fields 14-17 of the line: 11-14 after the name.
    let tick = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
            / 100.0
    };
    let uptime = std::fs::read_to_string("/proc/uptime")
        .ok()
        .and_then(|t| {
            t.split_whitespace()
                .next()
                .and_then(|f| f.parse::<f64>().ok())
        })
        .unwrap_or(0.0);
    let items = vec![
        Value::Float(tick(11)),
        Value::Float(tick(12)),
        Value::Float(tick(13)),
        Value::Float(tick(14)),
        Value::Float(uptime),
    ];
    Ok(vm.new_tuple(items))
}

/// `os.getloadavg()`: the 1, 5 and 15 minute load averages.
fn getloadavg(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getloadavg", args, 0, 0)?;
    let text = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let loads: Vec<f64> = text
        .split_whitespace()
        .take(3)
        .filter_map(|f| f.parse().ok())
        .collect();
    if loads.len() != 3 {
        let os_error = vm.types().os_error;
        return Err(vm.new_error(os_error, "Load averages are unobtainable"));
    }
    let items = loads.into_iter().map(Value::Float).collect();
    Ok(vm.new_tuple(items))
}

fn setsid(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "setsid", args, 0, 0)?;
    rustix::process::setsid().map_err(|e| os_error(vm, e))?;
    Ok(Value::None)
}

fn getsid(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getsid", args, 1, 1)?;
    let pid = int_arg(vm, args[0])?;
    let Ok(pid) = i32::try_from(pid) else {
        return Err(os_error(vm, rustix::io::Errno::SRCH));
    };
    // nix, not rustix: a process whose session leader lives outside its
    // pid namespace (a container's init) has session id 0, which rustix's
    // non-zero `Pid` asserts against.
    let pid = (pid != 0).then(|| nix::unistd::Pid::from_raw(pid));
    let sid = nix::unistd::getsid(pid).map_err(|e| os_error(vm, e))?;
    Ok(Value::Int(sid.as_raw().into()))
}

fn killpg(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "killpg", args, 2, 2)?;
    let pgid = int_arg(vm, args[0])?;
    let sig = int_arg(vm, args[1])?;
    let Some(pgid) = i32::try_from(pgid)
        .ok()
        .and_then(rustix::process::Pid::from_raw)
    else {
        return Err(os_error(vm, rustix::io::Errno::INVAL));
    };
    let sig = i32::try_from(sig)
        .ok()
        .and_then(rustix::process::Signal::from_named_raw);
    let Some(sig) = sig else {
        return Err(os_error(vm, rustix::io::Errno::INVAL));
    };
    rustix::process::kill_process_group(pgid, sig).map_err(|e| os_error(vm, e))?;
    vm.check_interrupt()?;
    Ok(Value::None)
}

/// The descriptor argument of `get_blocking` / `set_blocking`.
fn fd_arg(vm: &mut Vm, v: Value) -> PyResult<i32> {
    let fd = int_arg(vm, v)?;
    i32::try_from(fd).map_err(|_| vm.overflow_error("fd is greater than maximum"))
}

fn get_blocking(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "get_blocking", args, 1, 1)?;
    let fd = fd_arg(vm, args[0])?;
    let flags =
        crate::fcntl_module::on_fd(vm, fd, |f| rustix::fs::fcntl_getfl(f).map_err(Into::into))?;
    Ok(Value::Bool(!flags.contains(rustix::fs::OFlags::NONBLOCK)))
}

fn set_blocking(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "set_blocking", args, 2, 2)?;
    let fd = fd_arg(vm, args[0])?;
    let blocking = vm.truthy(args[1])?;
    crate::fcntl_module::on_fd(vm, fd, |f| {
        let mut flags = rustix::fs::fcntl_getfl(f)?;
        flags.set(rustix::fs::OFlags::NONBLOCK, !blocking);
        rustix::fs::fcntl_setfl(f, flags).map_err(Into::into)
    })?;
    Ok(Value::None)
}
