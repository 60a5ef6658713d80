//! The path calls of `os` that make or change file-system entries beyond files and
//! directories: ownership (`chown`, `lchown`), hard links (`link`), special files
//! (`mkfifo`, `mknod` with `major`/`minor`/`makedev`), the file system's figures
//! (`_statvfs`), `chroot` and `sync`, over rustix's safe calls. Failures name the path,
//! as CPython's do.

use rustix::fs::{AtFlags, FileType, Gid, Mode, Uid, CWD};

use krait_vm::builtins::native::{bind, Sig};
use krait_vm::builtins::os_extra::{io_result, path_arg};
use krait_vm::builtins::{arity, int_arg, module_functions};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use crate::os_descriptors::{id_arg, statvfs_tuple};

/// The functions this file adds to `os`.
pub(crate) fn os_functions(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    module_functions(
        vm,
        &[
            ("chown", chown),
            ("lchown", lchown),
            ("link", link),
            ("mkfifo", mkfifo),
            ("mknod", mknod),
            ("major", major),
            ("minor", minor),
            ("makedev", makedev),
            ("_statvfs", statvfs),
            ("chroot", chroot),
            ("sync", sync),
        ],
    )
}

/// Whether keyword `name` was given as false (`follow_symlinks=False`).
fn flag_off(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    match v {
        Some(v) => Ok(!vm.truthy(v)?),
        None => Ok(false),
    }
}

/// Refuses a `dir_fd` other than None: Krait's path calls take paths only (as `_ospy`'s
/// empty `supports_dir_fd` says).
fn no_dir_fd(vm: &mut Vm, name: &str, v: Option<Value>) -> PyResult<()> {
    match v {
        None | Some(Value::None) => Ok(()),
        Some(_) => {
            let msg = format!("{name}: dir_fd unavailable on this platform");
            let class = vm.types().not_implemented_error;
            Err(vm.new_error(class, msg))
        }
    }
}

const CHOWN: Sig = Sig {
    name: "chown",
    module: "os",
    params: &["path", "uid", "gid", "dir_fd", "follow_symlinks"],
    posonly: 0,
    maxpos: 3,
    required: 3,
};

/// `chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True)`; -1 keeps an id.
fn chown(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let a = bind(vm, &CHOWN, args, kw)?;
    no_dir_fd(vm, "chown", a[3])?;
    let nofollow = flag_off(vm, a[4])?;
    change_owner(
        vm,
        [a[0], a[1], a[2]].map(|v| v.unwrap_or(Value::None)),
        nofollow,
    )
}

/// `lchown(path, uid, gid)`: `chown` of a symbolic link itself.
fn lchown(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "lchown", args, 3, 3)?;
    change_owner(vm, [args[0], args[1], args[2]], true)
}

fn change_owner(vm: &mut Vm, [path, uid, gid]: [Value; 3], nofollow: bool) -> PyResult<Value> {
    let p = path_arg(vm, path)?;
    let uid = id_arg(vm, uid)?.map(Uid::from_raw);
    let gid = id_arg(vm, gid)?.map(Gid::from_raw);
    let flags = if nofollow {
        AtFlags::SYMLINK_NOFOLLOW
    } else {
        AtFlags::empty()
    };
    let r = rustix::fs::chownat(CWD, p.as_str(), uid, gid, flags);
    io_result(vm, r.map_err(Into::into), Some(path))?;
    Ok(Value::None)
}

const LINK: Sig = Sig {
    name: "link",
    module: "os",
    params: &["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"],
    posonly: 0,
    maxpos: 2,
    required: 2,
};

/// `link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)`.
fn link(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let a = bind(vm, &LINK, args, kw)?;
    no_dir_fd(vm, "link", a[2])?;
    no_dir_fd(vm, "link", a[3])?;
    let follow = !flag_off(vm, a[4])?;
    let (src, dst) = (a[0].unwrap_or(Value::None), a[1].unwrap_or(Value::None));
    let s = path_arg(vm, src)?;
    let d = path_arg(vm, dst)?;
    let flags = if follow {
        AtFlags::SYMLINK_FOLLOW
    } else {
        AtFlags::empty()
    };
    let r = rustix::fs::linkat(CWD, s.as_str(), CWD, d.as_str(), flags);
    io_result(vm, r.map_err(Into::into), Some(src))?;
    Ok(Value::None)
}

const MKFIFO: Sig = Sig {
    name: "mkfifo",
    module: "os",
    params: &["path", "mode", "dir_fd"],
    posonly: 0,
    maxpos: 2,
    required: 1,
};

/// `mkfifo(path, mode=0o666, *, dir_fd=None)`: a named pipe.
fn mkfifo(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let a = bind(vm, &MKFIFO, args, kw)?;
    no_dir_fd(vm, "mkfifo", a[2])?;
    let mode = match a[1] {
        Some(v) => int_arg(vm, v)?,
        None => 0o666,
    };
    make_node(vm, a[0].unwrap_or(Value::None), FileType::Fifo, mode, 0)
}

const MKNOD: Sig = Sig {
    name: "mknod",
    module: "os",
    params: &["path", "mode", "device", "dir_fd"],
    posonly: 0,
    maxpos: 3,
    required: 1,
};

/// `mknod(path, mode=0o600, device=0, *, dir_fd=None)`: a file of the type in `mode`'s
/// `S_IFMT` bits (a regular file when they are 0).
fn mknod(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let a = bind(vm, &MKNOD, args, kw)?;
    no_dir_fd(vm, "mknod", a[3])?;
    let mode = match a[1] {
        Some(v) => int_arg(vm, v)?,
        None => 0o600,
    };
    let device = match a[2] {
        Some(v) => int_arg(vm, v)?,
        None => 0,
    };
    let kind = match mode & 0o170000 {
        0 => FileType::RegularFile,
        bits => FileType::from_raw_mode(bits as u32),
    };
    make_node(vm, a[0].unwrap_or(Value::None), kind, mode, device)
}

fn make_node(vm: &mut Vm, path: Value, kind: FileType, mode: i64, device: i64) -> PyResult<Value> {
    let p = path_arg(vm, path)?;
    let mode = Mode::from_bits_truncate((mode & 0o7777) as u32);
    let r = rustix::fs::mknodat(CWD, p.as_str(), kind, mode, device as u64);
    io_result(vm, r.map_err(Into::into), Some(path))?;
    Ok(Value::None)
}

/// A device number argument.
fn device_arg(vm: &mut Vm, v: Value) -> PyResult<u64> {
    let n = int_arg(vm, v)?;
    u64::try_from(n).map_err(|_| vm.overflow_error("can't convert negative int to unsigned"))
}

/// `major(device)`: the device's major number.
fn major(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "major", args, 1, 1)?;
    let dev = device_arg(vm, args[0])?;
    Ok(Value::Int(i64::from(rustix::fs::major(dev))))
}

/// `minor(device)`: the device's minor number.
fn minor(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "minor", args, 1, 1)?;
    let dev = device_arg(vm, args[0])?;
    Ok(Value::Int(i64::from(rustix::fs::minor(dev))))
}

/// `makedev(major, minor)`: a device number from its parts.
fn makedev(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "makedev", args, 2, 2)?;
    // C's `unsigned int` conversion: a negative part wraps, as in CPython.
    let mut parts = [0u32; 2];
    for (slot, &v) in parts.iter_mut().zip(&args[..2]) {
        let n = int_arg(vm, v)?;
        if !(i64::from(i32::MIN)..=i64::from(u32::MAX)).contains(&n) {
            let msg = "Python int too large to convert to C unsigned int";
            return Err(vm.overflow_error(msg));
        }
        *slot = n as u32;
    }
    let [maj, min] = parts;
    Ok(Value::Int(rustix::fs::makedev(maj, min) as i64))
}

/// `_statvfs(path)`: the figures of the file system holding `path`, as a tuple.
fn statvfs(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "statvfs", args, 1, 1)?;
    let p = path_arg(vm, args[0])?;
    let r = rustix::fs::statvfs(p.as_str());
    let s = io_result(vm, r.map_err(Into::into), Some(args[0]))?;
    Ok(statvfs_tuple(vm, &s))
}

/// `chroot(path)`.
fn chroot(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "chroot", args, 1, 1)?;
    let p = path_arg(vm, args[0])?;
    let r = rustix::process::chroot(p.as_str());
    io_result(vm, r.map_err(Into::into), Some(args[0]))?;
    Ok(Value::None)
}

/// `sync()`: writes every file system's buffers out.
fn sync(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "sync", args, 0, 0)?;
    rustix::fs::sync();
    Ok(Value::None)
}
