//! The `os` calls on files' times, sizes and terminals that `shutil`, `tarfile` and
//! `tempfile` lean on: the system calls under `utime` (whose arguments `_ospy` checks),
//! `isatty`, `ftruncate`/`truncate`, `fsync`, descriptors' inheritance and `umask`, over
//! rustix's safe calls.

use rustix::fs::{AtFlags, Timestamps, CWD};
use rustix::fs::{Timespec, UTIME_NOW};
use rustix::io::FdFlags;

use krait_vm::builtins::os_extra::{io_result, path_arg};
use krait_vm::builtins::{arity, int_arg};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use crate::fcntl_module::on_fd;
use crate::select_module::fd_of;

/// The native functions this module adds to `os`.
pub(crate) fn os_functions(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    krait_vm::builtins::module_functions(
        vm,
        &[
            ("_utime", utime),
            ("isatty", isatty),
            ("ftruncate", ftruncate),
            ("truncate", truncate),
            ("fsync", fsync),
            ("fdatasync", fsync),
            ("get_inheritable", get_inheritable),
            ("set_inheritable", set_inheritable),
            ("umask", umask),
        ],
    )
}

/// A time in nanoseconds as a `timespec`; `None` is "now".
fn timespec(vm: &mut Vm, v: Value) -> PyResult<Timespec> {
    if matches!(v, Value::None) {
        return Ok(Timespec {
            tv_sec: 0,
            tv_nsec: UTIME_NOW,
        });
    }
    let ns = int_arg(vm, v)?;
    Ok(Timespec {
        tv_sec: ns.div_euclid(1_000_000_000),
        tv_nsec: ns.rem_euclid(1_000_000_000),
    })
}

/// `_utime(path_or_fd, atime_ns, mtime_ns, follow_symlinks)`: sets a file's access and
/// modification times (`None` for the current time).
fn utime(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "utime", args, 4, 4)?;
    let times = Timestamps {
        last_access: timespec(vm, args[1])?,
        last_modification: timespec(vm, args[2])?,
    };
    if let Value::Int(_) = args[0] {
        let fd = fd_of(vm, args[0])?;
        return on_fd(vm, fd, |f| Ok(rustix::fs::futimens(f, &times)?)).map(|()| Value::None);
    }
    let path = path_arg(vm, args[0])?;
    let flags = if vm.truthy(args[3])? {
        AtFlags::empty()
    } else {
        AtFlags::SYMLINK_NOFOLLOW
    };
    let r = rustix::fs::utimensat(CWD, path.as_str(), &times, flags).map_err(Into::into);
    // CPython's `utime` errors name no file.
    io_result(vm, r, None)?;
    Ok(Value::None)
}

/// `isatty(fd)`: whether `fd` is open on a terminal (false for a descriptor not open).
fn isatty(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "isatty", args, 1, 1)?;
    if let Value::Int(n) = args[0] {
        if n < 0 {
            return Ok(Value::Bool(false));
        }
    }
    let fd = fd_of(vm, args[0])?;
    match on_fd(vm, fd, |f| Ok(rustix::termios::isatty(f))) {
        Ok(b) => Ok(Value::Bool(b)),
        Err(_) => Ok(Value::Bool(false)),
    }
}

/// `ftruncate(fd, length)`.
fn ftruncate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "ftruncate", args, 2, 2)?;
    let fd = fd_of(vm, args[0])?;
    let len = length(vm, args[1])?;
    on_fd(vm, fd, |f| Ok(rustix::fs::ftruncate(f, len)?))?;
    Ok(Value::None)
}

/// `truncate(path, length)`: a path or a descriptor.
fn truncate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "truncate", args, 2, 2)?;
    if let Value::Int(_) = args[0] {
        return ftruncate(vm, args, &[]);
    }
    let path = path_arg(vm, args[0])?;
    let len = length(vm, args[1])?;
    let r = std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .and_then(|f| f.set_len(len));
    io_result(vm, r, Some(args[0]))?;
    Ok(Value::None)
}

/// A file length; a negative one is `EINVAL`, as the system call answers.
fn length(vm: &mut Vm, v: Value) -> PyResult<u64> {
    let n = int_arg(vm, v)?;
    let r = u64::try_from(n).map_err(|_| std::io::Error::from(rustix::io::Errno::INVAL));
    io_result(vm, r, None)
}

/// `fsync(fd)` (and `fdatasync`): `fd` may be an object with a `fileno()` method.
fn fsync(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "fsync", args, 1, 1)?;
    let fd = fd_of(vm, args[0])?;
    on_fd(vm, fd, |f| Ok(rustix::fs::fsync(f)?))?;
    Ok(Value::None)
}

/// `get_inheritable(fd)`: whether a child process keeps `fd` (no close-on-exec flag).
fn get_inheritable(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "get_inheritable", args, 1, 1)?;
    let fd = fd_of(vm, args[0])?;
    let flags = on_fd(vm, fd, |f| Ok(rustix::io::fcntl_getfd(f)?))?;
    Ok(Value::Bool(!flags.contains(FdFlags::CLOEXEC)))
}

/// `set_inheritable(fd, inheritable)`.
fn set_inheritable(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "set_inheritable", args, 2, 2)?;
    let fd = fd_of(vm, args[0])?;
    let inheritable = vm.truthy(args[1])?;
    on_fd(vm, fd, |f| {
        let mut flags = rustix::io::fcntl_getfd(f)?;
        flags.set(FdFlags::CLOEXEC, !inheritable);
        Ok(rustix::io::fcntl_setfd(f, flags)?)
    })?;
    Ok(Value::None)
}

/// `umask(mask)`: sets the file mode creation mask, answering the previous one.
fn umask(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "umask", args, 1, 1)?;
    let mask = krait_vm::builtins::native::c_int(vm, args[0])?;
    let old = rustix::process::umask(rustix::fs::Mode::from_bits_truncate(mask as u32));
    Ok(Value::Int(i64::from(old.bits())))
}
