//! The `fcntl` module: `fcntl`, `flock`, `lockf` and `ioctl` over rustix's safe calls,
//! with Linux's constants.
//!
//! What is supported of each: `fcntl` with the integer commands (descriptor and status
//! flags, duplication, pipe size; a duplicate becomes a descriptor of `os`'s table);
//! `flock`; `lockf` on the whole file (a `len`/`start`/`whence` range raises
//! `OSError(EINVAL)`, as no safe call locks a range); `ioctl` with `FIONREAD` and
//! `TIOCGWINSZ`. The commands that take a C struct as bytes (`F_GETLK`, other ioctls)
//! raise `OSError(EINVAL)`.

use std::os::fd::{AsFd, BorrowedFd};

use krait_gc::Gc;
use rustix::fs::{FlockOperation, OFlags};
use rustix::io::FdFlags;

use krait_vm::builtins::os_extra::{io_result, keep_fd, with_fd};
use krait_vm::builtins::{arity, int_arg, module_functions, new_module};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{NativeFn, Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use crate::select_module::fd_of;

const F_DUPFD: i64 = 0;
const F_GETFD: i64 = 1;
const F_SETFD: i64 = 2;
const F_GETFL: i64 = 3;
const F_SETFL: i64 = 4;
const F_DUPFD_CLOEXEC: i64 = 1030;
const F_SETPIPE_SZ: i64 = 1031;
const F_GETPIPE_SZ: i64 = 1032;
const LOCK_SH: i64 = 1;
const LOCK_EX: i64 = 2;
const LOCK_NB: i64 = 4;
const LOCK_UN: i64 = 8;
const FIONREAD: i64 = 0x541B;
const TIOCGWINSZ: i64 = 0x5413;

/// Linux's values of the constants CPython's `fcntl` exports.
const CONSTANTS: &[(&str, i64)] = &[
    ("DN_ACCESS", 1),
    ("DN_ATTRIB", 32),
    ("DN_CREATE", 4),
    ("DN_DELETE", 8),
    ("DN_MODIFY", 2),
    ("DN_MULTISHOT", 0x8000_0000),
    ("DN_RENAME", 16),
    ("FASYNC", 8192),
    ("FD_CLOEXEC", 1),
    ("F_ADD_SEALS", 1033),
    ("F_DUPFD", F_DUPFD),
    ("F_DUPFD_CLOEXEC", F_DUPFD_CLOEXEC),
    ("F_EXLCK", 4),
    ("F_GETFD", F_GETFD),
    ("F_GETFL", F_GETFL),
    ("F_GETLEASE", 1025),
    ("F_GETLK", 5),
    ("F_GETLK64", 5),
    ("F_GETOWN", 9),
    ("F_GETPIPE_SZ", F_GETPIPE_SZ),
    ("F_GETSIG", 11),
    ("F_GET_SEALS", 1034),
    ("F_NOTIFY", 1026),
    ("F_OFD_GETLK", 36),
    ("F_OFD_SETLK", 37),
    ("F_OFD_SETLKW", 38),
    ("F_RDLCK", 0),
    ("F_SEAL_GROW", 4),
    ("F_SEAL_SEAL", 1),
    ("F_SEAL_SHRINK", 2),
    ("F_SEAL_WRITE", 8),
    ("F_SETFD", F_SETFD),
    ("F_SETFL", F_SETFL),
    ("F_SETLEASE", 1024),
    ("F_SETLK", 6),
    ("F_SETLK64", 6),
    ("F_SETLKW", 7),
    ("F_SETLKW64", 7),
    ("F_SETOWN", 8),
    ("F_SETPIPE_SZ", F_SETPIPE_SZ),
    ("F_SETSIG", 10),
    ("F_SHLCK", 8),
    ("F_UNLCK", 2),
    ("F_WRLCK", 1),
    ("LOCK_EX", LOCK_EX),
    ("LOCK_MAND", 32),
    ("LOCK_NB", LOCK_NB),
    ("LOCK_READ", 64),
    ("LOCK_RW", 192),
    ("LOCK_SH", LOCK_SH),
    ("LOCK_UN", LOCK_UN),
    ("LOCK_WRITE", 128),
];

/// Creates `fcntl`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("fcntl", fcntl),
        ("flock", flock),
        ("lockf", lockf),
        ("ioctl", ioctl),
    ];
    let mut attrs = module_functions(vm, funcs);
    for &(name, v) in CONSTANTS {
        attrs.push((name, Value::Int(v)));
    }
    new_module(vm, "fcntl", attrs)
}

/// Runs `op` on descriptor `fd`: one of Krait's sockets, a standard stream, or a file
/// `os` or a file object owns.
pub(crate) fn on_fd<R>(
    vm: &mut Vm,
    fd: i32,
    op: impl FnOnce(BorrowedFd<'_>) -> std::io::Result<R>,
) -> PyResult<R> {
    if crate::sockets::is_socket(fd) || (0..=2).contains(&fd) {
        let mut op = Some(op);
        let r = crate::sockets::with_fds(&[fd], &[None], |fds| {
            fds[0].and_then(|borrowed| op.take().map(|op| op(borrowed)))
        });
        let r = r.unwrap_or_else(|| Err(rustix::io::Errno::BADF.into()));
        return io_result(vm, r, None);
    }
    with_fd(vm, i64::from(fd), |file| op(file.as_fd()))
}

fn new_bytes(vm: &mut Vm, bytes: Vec<u8>) -> Value {
    Value::Obj(vm.alloc(vm.types().bytes, Payload::Bytes(bytes.into_boxed_slice())))
}

fn errno(e: rustix::io::Errno) -> std::io::Error {
    e.into()
}

fn invalid() -> std::io::Error {
    errno(rustix::io::Errno::INVAL)
}

/// `fcntl(fd, cmd, arg=0)`.
fn fcntl(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "fcntl", args, 2, 3)?;
    let fd = fd_of(vm, args[0])?;
    let cmd = int_arg(vm, args[1])?;
    let arg = match args.get(2) {
        None => 0,
        Some(v) if matches!(v.payload(), Some(Payload::Bytes(_) | Payload::Str(_))) => {
            // A C struct passed as bytes: no safe call takes one.
            return io_result(vm, Err::<Value, _>(invalid()), None);
        }
        Some(&v) => int_arg(vm, v)?,
    };
    let result = on_fd(
        vm,
        fd,
        |fd| -> std::io::Result<Result<i64, std::os::fd::OwnedFd>> {
            Ok(Ok(match cmd {
                F_GETFD => i64::from(rustix::io::fcntl_getfd(fd).map_err(errno)?.bits()),
                F_SETFD => {
                    let flags = FdFlags::from_bits_retain(arg as u32);
                    rustix::io::fcntl_setfd(fd, flags).map_err(errno)?;
                    0
                }
                F_GETFL => i64::from(rustix::fs::fcntl_getfl(fd).map_err(errno)?.bits()),
                F_SETFL => {
                    let flags = OFlags::from_bits_retain(arg as u32);
                    rustix::fs::fcntl_setfl(fd, flags).map_err(errno)?;
                    0
                }
                F_DUPFD => {
                    let min = i32::try_from(arg).map_err(|_| invalid())?;
                    // A duplicate without close-on-exec, as `F_DUPFD` makes.
                    let new = rustix::io::fcntl_dupfd_cloexec(fd, min).map_err(errno)?;
                    rustix::io::fcntl_setfd(&new, FdFlags::empty()).map_err(errno)?;
                    return Ok(Err(new));
                }
                F_DUPFD_CLOEXEC => {
                    let min = i32::try_from(arg).map_err(|_| invalid())?;
                    return Ok(Err(rustix::io::fcntl_dupfd_cloexec(fd, min).map_err(errno)?));
                }
                F_GETPIPE_SZ => rustix::pipe::fcntl_getpipe_size(fd).map_err(errno)? as i64,
                F_SETPIPE_SZ => {
                    let size = usize::try_from(arg).map_err(|_| invalid())?;
                    rustix::pipe::fcntl_setpipe_size(fd, size).map_err(errno)? as i64
                }
                _ => return Err(invalid()),
            }))
        },
    )?;
    Ok(match result {
        Ok(n) => Value::Int(n),
        // The duplicate joins `os`'s descriptors, so `os.close`, `os.read`… take it.
        Err(owned) => Value::Int(keep_fd(std::fs::File::from(owned))),
    })
}

/// The lock operation `LOCK_SH`/`LOCK_EX`/`LOCK_UN`, with or without `LOCK_NB`.
fn lock_operation(op: i64) -> Option<FlockOperation> {
    Some(match op {
        LOCK_SH => FlockOperation::LockShared,
        LOCK_EX => FlockOperation::LockExclusive,
        LOCK_UN => FlockOperation::Unlock,
        x if x == LOCK_SH | LOCK_NB => FlockOperation::NonBlockingLockShared,
        x if x == LOCK_EX | LOCK_NB => FlockOperation::NonBlockingLockExclusive,
        x if x == LOCK_UN | LOCK_NB => FlockOperation::NonBlockingUnlock,
        _ => return None,
    })
}

/// `flock(fd, operation)`.
fn flock(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "flock", args, 2, 2)?;
    let fd = fd_of(vm, args[0])?;
    let op = lock_operation(int_arg(vm, args[1])?);
    on_fd(vm, fd, |fd| match op {
        Some(op) => rustix::fs::flock(fd, op).map_err(errno),
        None => Err(invalid()),
    })?;
    Ok(Value::None)
}

/// `lockf(fd, cmd, len=0, start=0, whence=0)`: POSIX record locks on the whole file.
fn lockf(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "lockf", args, 2, 5)?;
    let fd = fd_of(vm, args[0])?;
    let op = lock_operation(int_arg(vm, args[1])?);
    let mut whole_file = true;
    for &v in &args[2..] {
        whole_file &= int_arg(vm, v)? == 0;
    }
    on_fd(vm, fd, |fd| match op {
        Some(op) if whole_file => rustix::fs::fcntl_lock(fd, op).map_err(errno),
        _ => Err(invalid()),
    })?;
    Ok(Value::None)
}

/// `ioctl(fd, request, arg=0, mutate_flag=True)` for `FIONREAD` (the count of bytes waiting
/// to be read, returned as 4 bytes for a bytes argument or written into a bytearray one) and
/// `TIOCGWINSZ` (the terminal size as the 8 bytes of `struct winsize`).
fn ioctl(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "ioctl", args, 2, 4)?;
    let fd = fd_of(vm, args[0])?;
    let request = int_arg(vm, args[1])? & 0xFFFF_FFFF;
    let arg = args.get(2).copied();
    match request {
        FIONREAD => {
            let n = on_fd(vm, fd, |fd| rustix::io::ioctl_fionread(fd).map_err(errno))?;
            let n = i32::try_from(n).unwrap_or(i32::MAX);
            if let Some(Payload::ByteArray(buf)) = arg.as_ref().and_then(|a| a.payload()) {
                let mut buf = buf.borrow_mut();
                if buf.len() >= 4 {
                    buf[..4].copy_from_slice(&n.to_ne_bytes());
                }
                return Ok(Value::Int(0));
            }
            if let Some(Payload::Bytes(_)) = arg.as_ref().and_then(|a| a.payload()) {
                return Ok(new_bytes(vm, n.to_ne_bytes().to_vec()));
            }
            // An int argument is the C pointer itself: only 0 is plausible, and it faults.
            io_result(vm, Err::<Value, _>(errno(rustix::io::Errno::FAULT)), None)
        }
        TIOCGWINSZ => {
            let size = on_fd(vm, fd, |fd| {
                rustix::termios::tcgetwinsize(fd).map_err(errno)
            })?;
            let mut bytes = Vec::with_capacity(8);
            for field in [size.ws_row, size.ws_col, size.ws_xpixel, size.ws_ypixel] {
                bytes.extend_from_slice(&field.to_ne_bytes());
            }
            Ok(new_bytes(vm, bytes))
        }
        _ => io_result(vm, Err::<Value, _>(invalid()), None),
    }
}
