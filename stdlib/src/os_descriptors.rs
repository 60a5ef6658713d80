//! The descriptor calls of `os` beyond reading and writing: `dup2`, `pipe2`, positioned
//! I/O (`pread`, `pwrite`), gathered writes (`writev`), in-kernel copies (`sendfile`,
//! `copy_file_range`), space and access hints (`posix_fallocate`, `posix_fadvise`), and a
//! descriptor's mode, owner, directory and file system (`fchmod`, `fchown`, `fchdir`,
//! `_fstatvfs`), over rustix's safe calls.
//!
//! A descriptor number reaches rustix as a borrowed descriptor through
//! `fcntl_module::on_fd`, which knows Krait's sockets, files and standard streams; calls on
//! two descriptors work on a duplicate of each, which shares the open file (and its offset).

use std::os::fd::{AsFd, OwnedFd};

use krait_vm::builtins::native::{bind, bytes, Sig};
use krait_vm::builtins::os_extra::{io_result, keep_fd};
use krait_vm::builtins::{arity, int_arg, module_functions};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use crate::fcntl_module::on_fd;
use crate::select_module::fd_of;

/// The functions and constants this file adds to `os`.
pub(crate) fn os_functions(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let mut attrs = module_functions(
        vm,
        &[
            ("dup2", dup2),
            ("pipe2", pipe2),
            ("pread", pread),
            ("pwrite", pwrite),
            ("writev", writev),
            ("sendfile", sendfile),
            ("copy_file_range", copy_file_range),
            ("posix_fallocate", posix_fallocate),
            ("posix_fadvise", posix_fadvise),
            ("fchmod", fchmod),
            ("fchown", fchown),
            ("fchdir", fchdir),
            ("_fstatvfs", fstatvfs),
        ],
    );
    for (name, value) in [
        ("POSIX_FADV_NORMAL", 0),
        ("POSIX_FADV_RANDOM", 1),
        ("POSIX_FADV_SEQUENTIAL", 2),
        ("POSIX_FADV_WILLNEED", 3),
        ("POSIX_FADV_DONTNEED", 4),
        ("POSIX_FADV_NOREUSE", 5),
    ] {
        attrs.push((name, Value::Int(value)));
    }
    attrs
}

/// A duplicate of descriptor `fd` (the same open file).
fn duplicate(vm: &mut Vm, fd: i32) -> PyResult<OwnedFd> {
    on_fd(vm, fd, |b| b.try_clone_to_owned())
}

fn c_fd(vm: &mut Vm, v: Value) -> PyResult<i32> {
    fd_of(vm, v)
}

/// An offset or length argument, which may not be negative.
fn unsigned(vm: &mut Vm, v: Value) -> PyResult<u64> {
    let n = int_arg(vm, v)?;
    u64::try_from(n).map_err(|_| {
        let e = std::io::Error::from_raw_os_error(22);
        vm.io_error(&e, None)
    })
}

const DUP2: Sig = Sig {
    name: "dup2",
    module: "os",
    params: &["fd", "fd2", "inheritable"],
    posonly: 0,
    maxpos: 3,
    required: 2,
};

/// `dup2(fd, fd2, inheritable=True)`: makes `fd2` a duplicate of `fd` (closing what `fd2`
/// was), answering `fd2`.
///
/// Without `unsafe` a descriptor number cannot be named as a target unless something owns
/// it: the standard streams go through rustix's `dup2_stdin`-style calls, a descriptor in
/// `os`'s own table is replaced in place, and a free number is taken as the lowest free
/// number at or above itself. A number some other object holds open (a file object's, a
/// socket's) is refused with EBUSY rather than closed behind its owner's back.
fn dup2(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    use rustix::io::{fcntl_dupfd_cloexec, fcntl_getfd, fcntl_setfd, FdFlags};
    let a = bind(vm, &DUP2, args, kw)?;
    let fd = c_fd(vm, a[0].unwrap_or(Value::None))?;
    let fd2 = c_fd(vm, a[1].unwrap_or(Value::None))?;
    let inheritable = match a[2] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let source = duplicate(vm, fd)?;
    let r: std::io::Result<()> = match fd2 {
        0 => rustix::stdio::dup2_stdin(&source).map_err(Into::into),
        1 => rustix::stdio::dup2_stdout(&source).map_err(Into::into),
        2 => rustix::stdio::dup2_stderr(&source).map_err(Into::into),
        _ if fd == fd2 => Ok(()),
        _ => match krait_vm::builtins::os_extra::take_table_fd(i64::from(fd2)) {
            Some(file) => {
                let mut owned = OwnedFd::from(file);
                let r = rustix::io::dup2(&source, &mut owned);
                keep_fd(std::fs::File::from(owned));
                r.map_err(Into::into)
            }
            None if crate::sockets::is_socket(fd2)
                || krait_vm::builtins::os_extra::is_open_fd(vm, i64::from(fd2)) =>
            {
                Err(std::io::Error::from_raw_os_error(16))
            }
            None => match fcntl_dupfd_cloexec(&source, fd2) {
                Ok(new) if std::os::fd::AsRawFd::as_raw_fd(&new) == fd2 => {
                    keep_fd(std::fs::File::from(new));
                    Ok(())
                }
                Ok(_) => Err(std::io::Error::from_raw_os_error(16)),
                Err(e) => Err(e.into()),
            },
        },
    };
    io_result(vm, r, None)?;
    if fd2 > 2 {
        on_fd(vm, fd2, |f| {
            let mut flags = fcntl_getfd(f)?;
            flags.set(FdFlags::CLOEXEC, !inheritable);
            Ok(fcntl_setfd(f, flags)?)
        })?;
    }
    Ok(Value::Int(i64::from(fd2)))
}

/// `pipe2(flags)`: a pipe whose ends have `O_NONBLOCK` and `O_CLOEXEC` as `flags` asks.
fn pipe2(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    use rustix::pipe::PipeFlags;
    arity(vm, "pipe2", args, 1, 1)?;
    let flags = int_arg(vm, args[0])?;
    let known = 0o4000 | 0o2000000;
    if flags & !known != 0 {
        let e = std::io::Error::from_raw_os_error(22);
        return Err(vm.io_error(&e, None));
    }
    let mut pf = PipeFlags::empty();
    if flags & 0o4000 != 0 {
        pf |= PipeFlags::NONBLOCK;
    }
    if flags & 0o2000000 != 0 {
        pf |= PipeFlags::CLOEXEC;
    }
    let (r, w) = io_result(vm, rustix::pipe::pipe_with(pf).map_err(Into::into), None)?;
    let r = keep_fd(std::fs::File::from(r));
    let w = keep_fd(std::fs::File::from(w));
    Ok(vm.new_tuple(vec![Value::Int(r), Value::Int(w)]))
}

/// `pread(fd, n, offset)`: up to `n` bytes from `offset`, leaving the file's position.
fn pread(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "pread", args, 3, 3)?;
    let fd = c_fd(vm, args[0])?;
    let n = int_arg(vm, args[1])?;
    if n < 0 {
        let e = std::io::Error::from_raw_os_error(22);
        return Err(vm.io_error(&e, None));
    }
    let offset = unsigned(vm, args[2])?;
    let mut buf = vec![0u8; n as usize];
    let got = on_fd(vm, fd, |f| Ok(rustix::io::pread(f, &mut buf[..], offset)?))?;
    buf.truncate(got);
    Ok(bytes(vm, buf))
}

/// `pwrite(fd, data, offset)`: writes `data` at `offset`, leaving the file's position.
fn pwrite(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "pwrite", args, 3, 3)?;
    let fd = c_fd(vm, args[0])?;
    let data = krait_vm::builtins::bytes::buffer_arg(vm, args[1])?;
    let offset = unsigned(vm, args[2])?;
    let n = on_fd(vm, fd, |f| Ok(rustix::io::pwrite(f, &data, offset)?))?;
    Ok(Value::Int(n as i64))
}

/// `writev(fd, buffers)`: writes the buffers in order in one call.
fn writev(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "writev", args, 2, 2)?;
    let fd = c_fd(vm, args[0])?;
    let items = match vm.collect_iter(args[1]) {
        Ok(items) => items,
        Err(_) => return Err(vm.type_error("writev() arg 2 must be a sequence")),
    };
    let mut buffers = Vec::with_capacity(items.len());
    for item in items {
        buffers.push(krait_vm::builtins::bytes::buffer_arg(vm, item)?);
    }
    let slices: Vec<std::io::IoSlice<'_>> =
        buffers.iter().map(|b| std::io::IoSlice::new(b)).collect();
    let n = on_fd(vm, fd, |f| Ok(rustix::io::writev(f, &slices)?))?;
    Ok(Value::Int(n as i64))
}

const SENDFILE: Sig = Sig {
    name: "sendfile",
    module: "os",
    params: &["out_fd", "in_fd", "offset", "count"],
    posonly: 0,
    maxpos: 4,
    required: 4,
};

/// `sendfile(out_fd, in_fd, offset, count)`: copies up to `count` bytes of `in_fd` from
/// `offset` (`None`: its position, which then advances) to `out_fd`, in the kernel.
fn sendfile(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let a = bind(vm, &SENDFILE, args, kw)?;
    let out_fd = c_fd(vm, a[0].unwrap_or(Value::None))?;
    let in_fd = c_fd(vm, a[1].unwrap_or(Value::None))?;
    let mut offset = match a[2].unwrap_or(Value::None) {
        Value::None => None,
        v => Some(unsigned(vm, v)?),
    };
    let count = unsigned(vm, a[3].unwrap_or(Value::None))? as usize;
    let out = duplicate(vm, out_fd)?;
    let input = duplicate(vm, in_fd)?;
    let r = rustix::fs::sendfile(out.as_fd(), input.as_fd(), offset.as_mut(), count);
    let n = io_result(vm, r.map_err(Into::into), None)?;
    Ok(Value::Int(n as i64))
}

const COPY_FILE_RANGE: Sig = Sig {
    name: "copy_file_range",
    module: "os",
    params: &["src", "dst", "count", "offset_src", "offset_dst"],
    posonly: 0,
    maxpos: 5,
    required: 3,
};

/// `copy_file_range(src, dst, count, offset_src=None, offset_dst=None)`.
fn copy_file_range(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let a = bind(vm, &COPY_FILE_RANGE, args, kw)?;
    let src = c_fd(vm, a[0].unwrap_or(Value::None))?;
    let dst = c_fd(vm, a[1].unwrap_or(Value::None))?;
    let count = unsigned(vm, a[2].unwrap_or(Value::None))? as usize;
    let mut offsets = [None, None];
    for (slot, v) in offsets.iter_mut().zip([a[3], a[4]]) {
        if let Some(v) = v.filter(|v| !matches!(v, Value::None)) {
            *slot = Some(unsigned(vm, v)?);
        }
    }
    let [mut off_in, mut off_out] = offsets;
    let src = duplicate(vm, src)?;
    let dst = duplicate(vm, dst)?;
    let r = rustix::fs::copy_file_range(&src, off_in.as_mut(), &dst, off_out.as_mut(), count);
    let n = io_result(vm, r.map_err(Into::into), None)?;
    Ok(Value::Int(n as i64))
}

/// `posix_fallocate(fd, offset, len)`: makes sure the file has room for the range.
fn posix_fallocate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "posix_fallocate", args, 3, 3)?;
    let fd = c_fd(vm, args[0])?;
    let offset = unsigned(vm, args[1])?;
    let len = unsigned(vm, args[2])?;
    let flags = rustix::fs::FallocateFlags::empty();
    on_fd(vm, fd, |f| {
        Ok(rustix::fs::fallocate(f, flags, offset, len)?)
    })?;
    Ok(Value::None)
}

/// `posix_fadvise(fd, offset, len, advice)`: how the range will be read.
fn posix_fadvise(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    use rustix::fs::Advice;
    arity(vm, "posix_fadvise", args, 4, 4)?;
    let fd = c_fd(vm, args[0])?;
    let offset = unsigned(vm, args[1])?;
    let len = unsigned(vm, args[2])?;
    let advice = match int_arg(vm, args[3])? {
        0 => Advice::Normal,
        1 => Advice::Random,
        2 => Advice::Sequential,
        3 => Advice::WillNeed,
        4 => Advice::DontNeed,
        5 => Advice::NoReuse,
        _ => {
            let e = std::io::Error::from_raw_os_error(22);
            return Err(vm.io_error(&e, None));
        }
    };
    let len = std::num::NonZeroU64::new(len);
    on_fd(vm, fd, |f| Ok(rustix::fs::fadvise(f, offset, len, advice)?))?;
    Ok(Value::None)
}

/// `fchmod(fd, mode)`.
fn fchmod(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "fchmod", args, 2, 2)?;
    let fd = c_fd(vm, args[0])?;
    let mode = rustix::fs::Mode::from_bits_truncate(int_arg(vm, args[1])? as u32);
    on_fd(vm, fd, |f| Ok(rustix::fs::fchmod(f, mode)?))?;
    Ok(Value::None)
}

/// A user or group id argument: -1 leaves it unchanged.
pub(crate) fn id_arg(vm: &mut Vm, v: Value) -> PyResult<Option<u32>> {
    match int_arg(vm, v)? {
        -1 => Ok(None),
        n => u32::try_from(n)
            .map(Some)
            .map_err(|_| vm.overflow_error("uid or gid is out of range")),
    }
}

/// `fchown(fd, uid, gid)`.
fn fchown(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "fchown", args, 3, 3)?;
    let fd = c_fd(vm, args[0])?;
    let uid = id_arg(vm, args[1])?.map(rustix::fs::Uid::from_raw);
    let gid = id_arg(vm, args[2])?.map(rustix::fs::Gid::from_raw);
    on_fd(vm, fd, |f| Ok(rustix::fs::fchown(f, uid, gid)?))?;
    Ok(Value::None)
}

/// `fchdir(fd)`: makes the directory open on `fd` the working directory.
fn fchdir(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "fchdir", args, 1, 1)?;
    let fd = c_fd(vm, args[0])?;
    on_fd(vm, fd, |f| Ok(rustix::process::fchdir(f)?))?;
    Ok(Value::None)
}

/// The eleven fields of a `statvfs_result` (`_ospy` makes the struct sequence).
pub(crate) fn statvfs_tuple(vm: &mut Vm, s: &rustix::fs::StatVfs) -> Value {
    let fields = [
        s.f_bsize,
        s.f_frsize,
        s.f_blocks,
        s.f_bfree,
        s.f_bavail,
        s.f_files,
        s.f_ffree,
        s.f_favail,
        s.f_flag.bits(),
        s.f_namemax,
        s.f_fsid,
    ];
    let items = fields.iter().map(|&n| Value::Int(n as i64)).collect();
    vm.new_tuple(items)
}

/// `_fstatvfs(fd)`: the file system's figures as a tuple.
fn fstatvfs(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "fstatvfs", args, 1, 1)?;
    let fd = c_fd(vm, args[0])?;
    let s = on_fd(vm, fd, |f| Ok(rustix::fs::fstatvfs(f)?))?;
    Ok(statvfs_tuple(vm, &s))
}
