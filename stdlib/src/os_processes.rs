//! The process calls of `os` beyond starting children: leaving (`_exit`, `abort`), running
//! a shell command (`system`), scheduling (`nice`, `getpriority`, `setpriority`,
//! `sched_yield`, `sched_getaffinity`), groups and ids (`getgroups`, `getpgid`, `setpgid`,
//! `getresuid`, `getresgid`), and the kernel's random bytes (`getrandom`), over rustix's
//! safe calls and `std::process`.

use krait_vm::builtins::native::{bind, bytes, Sig};
use krait_vm::builtins::os_extra::io_result;
use krait_vm::builtins::{arity, int_arg, module_functions};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// The functions and constants this file adds to `os`.
pub(crate) fn os_functions(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let mut attrs = module_functions(
        vm,
        &[
            ("_exit", exit_now),
            ("abort", abort),
            ("system", system),
            ("nice", nice),
            ("getpriority", getpriority),
            ("setpriority", setpriority),
            ("sched_yield", sched_yield),
            ("sched_getaffinity", sched_getaffinity),
            ("getgroups", getgroups),
            ("getpgid", getpgid),
            ("setpgid", setpgid),
            ("getresuid", getresuid),
            ("getresgid", getresgid),
            ("getrandom", getrandom),
        ],
    );
    for (name, value) in [
        ("PRIO_PROCESS", 0),
        ("PRIO_PGRP", 1),
        ("PRIO_USER", 2),
        ("GRND_NONBLOCK", 1),
        ("GRND_RANDOM", 2),
    ] {
        attrs.push((name, Value::Int(value)));
    }
    attrs
}

fn os_error(vm: &mut Vm, e: rustix::io::Errno) -> krait_vm::error::Exception {
    vm.io_error(&e.into(), None)
}

/// A process id argument: 0 (this process) as `None`.
fn pid_arg(vm: &mut Vm, v: Value) -> PyResult<Option<rustix::process::Pid>> {
    let n = int_arg(vm, v)?;
    let Ok(n) = i32::try_from(n) else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    if n < 0 {
        return Err(os_error(vm, rustix::io::Errno::SRCH));
    }
    Ok(rustix::process::Pid::from_raw(n))
}

/// `_exit(status)`: ends the process at once, with no clean-up and no flushing of Python's
/// buffers.
fn exit_now(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "_exit", args, 1, 1)?;
    let status = int_arg(vm, args[0])?;
    std::process::exit(status as i32)
}

/// `abort()`: ends the process with SIGABRT.
fn abort(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "abort", args, 0, 0)?;
    std::process::abort()
}

const SYSTEM: Sig = Sig {
    name: "system",
    module: "os",
    params: &["command"],
    posonly: 0,
    maxpos: 1,
    required: 1,
};

/// `system(command)`: runs `command` with `/bin/sh -c` and answers its wait status.
fn system(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::process::ExitStatusExt;
    let a = bind(vm, &SYSTEM, args, kw)?;
    let command = a[0].unwrap_or(Value::None);
    let text = match command.payload() {
        Some(krait_vm::object::Payload::Bytes(b)) => b.to_vec(),
        _ => krait_vm::builtins::os_extra::path_arg(vm, command)?.into_bytes(),
    };
    let status = std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(std::ffi::OsStr::from_bytes(&text))
        .status();
    let status = io_result(vm, status, None)?;
    Ok(Value::Int(i64::from(status.into_raw())))
}

/// `nice(increment)`: the new niceness.
fn nice(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "nice", args, 1, 1)?;
    let inc = int_arg(vm, args[0])?;
    match rustix::process::nice(inc as i32) {
        Ok(n) => Ok(Value::Int(i64::from(n))),
        Err(e) => Err(os_error(vm, e)),
    }
}

/// The `which` and `who` of `getpriority`/`setpriority`.
enum PriorityOf {
    Process(Option<rustix::process::Pid>),
    Group(Option<rustix::process::Pid>),
    User(rustix::process::Uid),
}

fn priority_of(vm: &mut Vm, which: Value, who: Value) -> PyResult<PriorityOf> {
    let which = int_arg(vm, which)?;
    let who_n = int_arg(vm, who)?;
    Ok(match which {
        0 => PriorityOf::Process(pid_arg(vm, who)?),
        1 => PriorityOf::Group(pid_arg(vm, who)?),
        2 => match u32::try_from(who_n) {
            Ok(uid) => PriorityOf::User(rustix::process::Uid::from_raw(uid)),
            Err(_) => return Err(os_error(vm, rustix::io::Errno::INVAL)),
        },
        _ => return Err(os_error(vm, rustix::io::Errno::INVAL)),
    })
}

/// `getpriority(which, who)`.
fn getpriority(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    use rustix::process::{getpriority_pgrp, getpriority_process, getpriority_user};
    arity(vm, "getpriority", args, 2, 2)?;
    let r = match priority_of(vm, args[0], args[1])? {
        PriorityOf::Process(p) => getpriority_process(p),
        PriorityOf::Group(p) => getpriority_pgrp(p),
        PriorityOf::User(u) => getpriority_user(u),
    };
    match r {
        Ok(n) => Ok(Value::Int(i64::from(n))),
        Err(e) => Err(os_error(vm, e)),
    }
}

/// `setpriority(which, who, priority)`.
fn setpriority(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    use rustix::process::{setpriority_pgrp, setpriority_process, setpriority_user};
    arity(vm, "setpriority", args, 3, 3)?;
    let prio = int_arg(vm, args[2])? as i32;
    let r = match priority_of(vm, args[0], args[1])? {
        PriorityOf::Process(p) => setpriority_process(p, prio),
        PriorityOf::Group(p) => setpriority_pgrp(p, prio),
        PriorityOf::User(u) => setpriority_user(u, prio),
    };
    r.map_err(|e| os_error(vm, e))?;
    Ok(Value::None)
}

/// `sched_yield()`.
fn sched_yield(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "sched_yield", args, 0, 0)?;
    rustix::thread::sched_yield();
    Ok(Value::None)
}

/// `sched_getaffinity(pid)`: the set of CPUs the process may run on.
fn sched_getaffinity(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "sched_getaffinity", args, 1, 1)?;
    let pid = pid_arg(vm, args[0])?;
    let set = rustix::thread::sched_getaffinity(pid).map_err(|e| os_error(vm, e))?;
    let cpus: Vec<Value> = (0..rustix::thread::CpuSet::MAX_CPU)
        .filter(|&i| set.is_set(i))
        .map(|i| Value::Int(i as i64))
        .collect();
    let list = vm.new_list(cpus);
    let set_type = vm.types().set;
    vm.call_value(Value::Obj(set_type), &[list], KwArgs::default())
}

/// `getgroups()`: the supplementary group ids of this process.
fn getgroups(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getgroups", args, 0, 0)?;
    let groups = rustix::process::getgroups().map_err(|e| os_error(vm, e))?;
    let items = groups
        .iter()
        .map(|g| Value::Int(i64::from(g.as_raw())))
        .collect();
    Ok(vm.new_list(items))
}

/// `getpgid(pid)`: the process group of `pid`.
fn getpgid(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getpgid", args, 1, 1)?;
    let pid = int_arg(vm, args[0])?;
    let Ok(pid) = i32::try_from(pid) else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    // nix, not rustix: the group id is 0 when its leader lives outside this pid namespace.
    let r = nix::unistd::getpgid(Some(nix::unistd::Pid::from_raw(pid)));
    match r {
        Ok(p) => Ok(Value::Int(i64::from(p.as_raw()))),
        Err(e) => Err(vm.io_error(&std::io::Error::from(e), None)),
    }
}

/// `setpgid(pid, pgrp)`.
fn setpgid(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "setpgid", args, 2, 2)?;
    let pid = pid_arg(vm, args[0])?;
    let pgrp = pid_arg(vm, args[1])?;
    rustix::process::setpgid(pid, pgrp).map_err(|e| os_error(vm, e))?;
    Ok(Value::None)
}

/// The real, effective and saved ids from `/proc/self/status`'s `name` line (rustix has no
/// `getresuid`).
fn status_ids(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let text = std::fs::read_to_string("/proc/self/status");
    let text = io_result(vm, text, None)?;
    let ids: Vec<Value> = text
        .lines()
        .find_map(|line| line.strip_prefix(name))
        .map(|rest| {
            rest.split_whitespace()
                .take(3)
                .filter_map(|n| n.parse::<i64>().ok())
                .map(Value::Int)
                .collect()
        })
        .unwrap_or_default();
    if ids.len() != 3 {
        return Err(os_error(vm, rustix::io::Errno::NOSYS));
    }
    Ok(vm.new_tuple(ids))
}

/// `getresuid()`: the real, effective and saved user ids.
fn getresuid(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getresuid", args, 0, 0)?;
    status_ids(vm, "Uid:")
}

/// `getresgid()`: the real, effective and saved group ids.
fn getresgid(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getresgid", args, 0, 0)?;
    status_ids(vm, "Gid:")
}

const GETRANDOM: Sig = Sig {
    name: "getrandom",
    module: "os",
    params: &["size", "flags"],
    posonly: 0,
    maxpos: 2,
    required: 1,
};

/// `getrandom(size, flags=0)`: `size` random bytes from the kernel.
fn getrandom(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    use rustix::rand::GetRandomFlags;
    let a = bind(vm, &GETRANDOM, args, kw)?;
    let size = int_arg(vm, a[0].unwrap_or(Value::None))?;
    if size < 0 {
        let e = std::io::Error::from_raw_os_error(22);
        return Err(vm.io_error(&e, None));
    }
    let flags = match a[1] {
        Some(v) => int_arg(vm, v)?,
        None => 0,
    };
    let flags = GetRandomFlags::from_bits_truncate(flags as u32);
    let mut buf = vec![0u8; size as usize];
    let mut filled = 0;
    while filled < buf.len() {
        match rustix::rand::getrandom(&mut buf[filled..], flags) {
            Ok(n) => filled += n,
            Err(rustix::io::Errno::INTR) => vm.check_interrupt()?,
            Err(e) => return Err(os_error(vm, e)),
        }
    }
    Ok(bytes(vm, buf))
}
