//! The system calls under the rest of `os` and `os.path` (written in Python in the bundled
//! `_ospy`, which both modules consult through their `__getattr__`): `environ`, file
//! status as a tuple, directory entries with their kinds, `rename`, `access`, `chdir`,
//! `strerror` and the like, and the descriptor calls (`open`, `read`, `write`, `close`,
//! `lseek`) on descriptors `os.open` made, whose files this module keeps open.

use std::os::unix::fs::{MetadataExt, PermissionsExt};

use krait_gc::Gc;

use crate::builtins::file::os_error;
use crate::builtins::{arity, int_arg, kwarg, module_functions};
use crate::error::PyResult;
use crate::interp::fd_wait::Interest;
use crate::object::function::KwArgs;
use crate::object::{Dict, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Adds the native functions and `environ` to the `os` module `os`, and `__getattr__`
/// hooks to it and to `os.path`.
pub fn add(vm: &mut Vm, os: Gc<Object>, path: Gc<Object>) {
    let mut attrs = module_functions(
        vm,
        &[
            ("_stat", stat_tuple),
            ("_scandir", scandir_list),
            ("rename", rename),
            ("replace", rename),
            ("access", access),
            ("chdir", chdir),
            ("chmod", chmod),
            ("strerror", strerror),
            ("readlink", readlink),
            ("symlink", symlink),
            ("cpu_count", cpu_count),
            ("urandom", urandom),
            ("open", fd_open),
            ("close", fd_close),
            ("read", fd_read),
            ("write", fd_write),
            ("lseek", fd_lseek),
            ("__getattr__", os_getattr),
        ],
    );
    let environ = vm.new_dict(Dict::new());
    for (k, v) in std::env::vars_os() {
        let k = vm.new_str(k.to_string_lossy().into_owned());
        let v = vm.new_str(v.to_string_lossy().into_owned());
        let _ = vm.dict_set(environ, k, v);
    }
    attrs.push(("environ", environ));
    set_all(vm, os, attrs);
    let hook = module_functions(vm, &[("__getattr__", path_getattr)]);
    set_all(vm, path, hook);
}

fn set_all(vm: &mut Vm, module: Gc<Object>, attrs: Vec<(&'static str, Value)>) {
    let Payload::Module(m) = &module.payload else {
        return;
    };
    let dict = m.dict;
    for (name, v) in attrs {
        let key = vm.intern(name);
        let _ = vm.store_name(dict, key, v);
    }
}

/// A name `module` lacks, from `_ospy`.
fn from_ospy(vm: &mut Vm, args: &[Value], module: &str, prefix: &str) -> PyResult<Value> {
    from_helper(vm, args, module, "_ospy", prefix)
}

/// A name `module` lacks, taken from the bundled module `helper` (`prefix` + name there)
/// and kept in `module`.
pub(crate) fn from_helper(
    vm: &mut Vm,
    args: &[Value],
    module: &str,
    helper: &str,
    prefix: &str,
) -> PyResult<Value> {
    arity(vm, "__getattr__", args, 1, 1)?;
    let name = crate::builtins::str_arg(vm, args[0], "attribute name")?;
    let missing = |vm: &mut Vm| {
        let shown = if module == "os.path" {
            "posixpath"
        } else {
            module
        };
        let msg = format!("module '{shown}' has no attribute '{name}'");
        vm.attribute_error(msg)
    };
    if name.starts_with("__") {
        return Err(missing(vm));
    }
    let module_name = vm.intern(helper);
    let helpers = vm.import_name(module_name, Value::None, Value::Int(0))?;
    let key = vm.intern(&format!("{prefix}{name}"));
    let v = match vm.get_attr(helpers, key) {
        Ok(v) => v,
        Err(e) if vm.exc_matches(e, vm.s.types.attribute_error) => return Err(missing(vm)),
        Err(e) => return Err(e),
    };
    if let Some(m) = vm.sys_modules_get(module)? {
        let key = vm.intern(&name);
        vm.set_attr(m, key, v)?;
    }
    Ok(v)
}

fn os_getattr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    from_ospy(vm, args, "os", "")
}

/// `time.__getattr__`: the calendar functions of the bundled `_timepy`.
pub(crate) fn time_getattr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    from_helper(vm, args, "time", "_timepy", "")
}

fn path_getattr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    from_ospy(vm, args, "os.path", "path_")
}

/// A path argument: str, bytes or an `os.PathLike` object.
fn fs_path(vm: &mut Vm, v: Value) -> PyResult<String> {
    path_arg(vm, v)
}

/// `r`'s value, or its error as the matching `OSError` subclass (naming `path` if given).
pub fn io_result<T>(vm: &mut Vm, r: std::io::Result<T>, path: Option<Value>) -> PyResult<T> {
    r.map_err(|e| os_error(vm, &e, path))
}

/// `_stat(path, follow_symlinks)`: the ten fields of `os.stat_result` followed by the
/// three times in nanoseconds, then the block size, the block count and the device.
fn stat_tuple(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "_stat", args, 2, 2)?;
    let follow = vm.truthy(args[1])?;
    let md = if let Value::Int(fd) = args[0] {
        let r = std::fs::metadata(format!("/proc/self/fd/{fd}"));
        io_result(vm, r, None)?
    } else {
        let p = fs_path(vm, args[0])?;
        let r = if follow {
            std::fs::metadata(&p)
        } else {
            std::fs::symlink_metadata(&p)
        };
        io_result(vm, r, Some(args[0]))?
    };
    let ns = |s: i64, n: i64| s as i128 * 1_000_000_000 + n as i128;
    let big = |vm: &mut Vm, v: i128| match i64::try_from(v) {
        Ok(i) => Value::Int(i),
        Err(_) => vm.new_int(num_bigint::BigInt::from(v)),
    };
    let times = [
        ns(md.atime(), md.atime_nsec()),
        ns(md.mtime(), md.mtime_nsec()),
        ns(md.ctime(), md.ctime_nsec()),
    ];
    let mut items = vec![
        Value::Int(md.mode() as i64),
        Value::Int(md.ino() as i64),
        Value::Int(md.dev() as i64),
        Value::Int(md.nlink() as i64),
        Value::Int(md.uid() as i64),
        Value::Int(md.gid() as i64),
        Value::Int(md.size() as i64),
    ];
    for t in times {
        items.push(Value::Float(t as f64 / 1e9));
    }
    for t in times {
        let v = big(vm, t);
        items.push(v);
    }
    items.push(Value::Int(md.blksize() as i64));
    items.push(Value::Int(md.blocks() as i64));
    items.push(Value::Int(md.rdev() as i64));
    Ok(vm.new_tuple(items))
}

/// `_scandir(path)`: `(name, is_dir, is_file, is_symlink, inode)` for each entry.
fn scandir_list(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "_scandir", args, 1, 1)?;
    let p = fs_path(vm, args[0])?;
    let rd = std::fs::read_dir(&p);
    let rd = io_result(vm, rd, Some(args[0]))?;
    let mut out = Vec::new();
    for entry in rd {
        let entry = io_result(vm, entry, Some(args[0]))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let ft = entry.file_type().ok();
        let is_link = ft.is_some_and(|t| t.is_symlink());
        // A symlink's is_dir/is_file follow the link, as os.DirEntry's do by default.
        let target = if is_link {
            std::fs::metadata(entry.path()).ok().map(|m| m.file_type())
        } else {
            ft
        };
        let ino = std::os::unix::fs::DirEntryExt::ino(&entry);
        let name = vm.new_str(name);
        let row = vec![
            name,
            Value::Bool(target.is_some_and(|t| t.is_dir())),
            Value::Bool(target.is_some_and(|t| t.is_file())),
            Value::Bool(is_link),
            Value::Int(ino as i64),
        ];
        out.push(vm.new_tuple(row));
    }
    Ok(vm.new_list(out))
}

fn rename(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "rename", args, 2, 2)?;
    let a = fs_path(vm, args[0])?;
    let b = fs_path(vm, args[1])?;
    let r = std::fs::rename(a, b);
    io_result(vm, r, Some(args[0]))?;
    Ok(Value::None)
}

/// `access(path, mode)`: existence for F_OK (0); otherwise the permission bits of the
/// owner, group or others as they apply to this process's user.
fn access(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "access", args, 2, 2)?;
    let p = fs_path(vm, args[0])?;
    let mode = int_arg(vm, args[1])?;
    let Ok(md) = std::fs::metadata(&p) else {
        return Ok(Value::Bool(false));
    };
    if mode == 0 {
        return Ok(Value::Bool(true));
    }
    let bits = md.permissions().mode() as i64;
    // Every class's bits: a user who owns the file, or root, is not distinguished here.
    let allowed = (bits >> 6 | bits >> 3 | bits) & 7;
    Ok(Value::Bool(mode & 7 & !allowed == 0))
}

fn chdir(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "chdir", args, 1, 1)?;
    let p = fs_path(vm, args[0])?;
    let r = std::env::set_current_dir(p);
    io_result(vm, r, Some(args[0]))?;
    Ok(Value::None)
}

fn chmod(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "chmod", args, 2, 2)?;
    let p = fs_path(vm, args[0])?;
    let mode = int_arg(vm, args[1])?;
    let r = std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode as u32));
    io_result(vm, r, Some(args[0]))?;
    Ok(Value::None)
}

fn readlink(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "readlink", args, 1, 1)?;
    let p = fs_path(vm, args[0])?;
    let r = std::fs::read_link(p);
    let target = io_result(vm, r, Some(args[0]))?;
    if let Some(Payload::Bytes(_)) = args[0].payload() {
        use std::os::unix::ffi::OsStrExt;
        let data = target.as_os_str().as_bytes().to_vec().into_boxed_slice();
        return Ok(Value::Obj(vm.alloc(vm.s.types.bytes, Payload::Bytes(data))));
    }
    Ok(vm.new_str(target.to_string_lossy().into_owned()))
}

fn symlink(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "symlink", args, 2, 3)?;
    let _ = kwarg(kw, "target_is_directory");
    let a = fs_path(vm, args[0])?;
    let b = fs_path(vm, args[1])?;
    let r = std::os::unix::fs::symlink(a, b);
    io_result(vm, r, Some(args[0]))?;
    Ok(Value::None)
}

/// `strerror(code)`: the C library's text for an error number.
fn strerror(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "strerror", args, 1, 1)?;
    let code = int_arg(vm, args[0])?;
    let full = std::io::Error::from_raw_os_error(code as i32).to_string();
    let text = match full.find(" (os error") {
        Some(i) => full[..i].to_owned(),
        None => full,
    };
    Ok(vm.new_str(text))
}

fn cpu_count(_vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

/// `urandom(n)`: n bytes from the kernel's random source.
fn urandom(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    use std::io::Read;
    arity(vm, "urandom", args, 1, 1)?;
    let n = int_arg(vm, args[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    io_result(vm, r, None)?;
    Ok(Value::Obj(vm.alloc(
        vm.s.types.bytes,
        Payload::Bytes(buf.into_boxed_slice()),
    )))
}

thread_local! {
    /// The files behind the descriptors `os.open` returned, until `os.close`.
    static FDS: std::cell::RefCell<std::collections::HashMap<i64, std::fs::File>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

pub(crate) fn bad_fd(vm: &mut Vm) -> crate::error::Exception {
    let e = std::io::Error::from_raw_os_error(9);
    os_error(vm, &e, None)
}

/// `open(path, flags, mode=0o777)` with the Linux `O_*` flag values.
fn fd_open(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    use std::os::unix::fs::OpenOptionsExt;
    arity(vm, "open", args, 2, 3)?;
    let p = fs_path(vm, args[0])?;
    let flags = int_arg(vm, args[1])?;
    let mode = match args.get(2).copied().or(kwarg(kw, "mode")) {
        Some(m) => int_arg(vm, m)?,
        None => 0o777,
    };
    let access = flags & 3;
    let mut opts = std::fs::OpenOptions::new();
    opts.read(access == 0 || access == 2)
        .write(access == 1 || access == 2)
        .append(flags & 1024 != 0)
        .truncate(flags & 512 != 0)
        .mode(mode as u32)
        .custom_flags((flags & !(3 | 64 | 128 | 512 | 1024)) as i32);
    if flags & 64 != 0 {
        if flags & 128 != 0 {
            opts.create_new(true);
        } else {
            opts.create(true);
        }
    }
    let r = opts.open(&p);
    let file = io_result(vm, r, Some(args[0]))?;
    Ok(Value::Int(keep_fd(file)))
}

fn fd_close(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "close", args, 1, 1)?;
    let fd = int_arg(vm, args[0])?;
    if FDS.with(|t| t.borrow_mut().remove(&fd)).is_some() {
        return Ok(Value::None);
    }
    // A descriptor an open file object owns (`open(fd)`): closing it closes the object's file.
    match vm.open_files.with_descriptor(fd, |f| f.take()) {
        Some(_) => Ok(Value::None),
        None => Err(bad_fd(vm)),
    }
}

/// Keeps `file` open in this module's table; returns its descriptor.
pub fn keep_fd(file: std::fs::File) -> i64 {
    use std::os::fd::AsRawFd;
    let fd = file.as_raw_fd() as i64;
    FDS.with(|t| t.borrow_mut().insert(fd, file));
    fd
}

/// Takes the file behind descriptor `fd` out of this module's table (`open(fd)` makes it a
/// file object's).
pub(crate) fn take_fd(fd: i64) -> Option<std::fs::File> {
    FDS.with(|t| t.borrow_mut().remove(&fd))
}

/// Takes the file behind descriptor `fd` out of this module's table, for a caller that
/// puts it back (`os.dup2` replacing what the number refers to).
pub fn take_table_fd(fd: i64) -> Option<std::fs::File> {
    take_fd(fd)
}

/// Whether descriptor `fd` is open in this process, whoever opened it.
pub fn is_open_fd(vm: &mut Vm, fd: i64) -> bool {
    FDS.with(|t| t.borrow().contains_key(&fd))
        || vm.open_files.with_descriptor(fd, |f| f.is_some()) == Some(true)
        || matches!(foreign_fd_file(fd), Some(Ok(_)))
}

/// Runs `op` on the file behind descriptor `fd`: one in this module's table, one an open
/// file object owns, or one Krait did not open (standard streams, inherited descriptors).
pub fn with_fd<T>(
    vm: &mut Vm,
    fd: i64,
    op: impl FnOnce(&mut std::fs::File) -> std::io::Result<T>,
) -> PyResult<T> {
    let r = if FDS.with(|t| t.borrow().contains_key(&fd)) {
        FDS.with(|t| t.borrow_mut().get_mut(&fd).map(op))
    } else {
        match vm.open_files.with_descriptor(fd, |f| f.is_some()) {
            Some(true) => vm
                .open_files
                .with_descriptor(fd, |f| f.as_mut().map(op))
                .flatten(),
            _ => foreign_fd_file(fd).map(|f| f.and_then(|mut f| op(&mut f))),
        }
    };
    match r {
        Some(r) => io_result(vm, r, None),
        None => Err(bad_fd(vm)),
    }
}

/// A `File` on a duplicate of descriptor `fd`, one Krait did not open itself: standard
/// input, output or error, or one inherited (`subprocess`'s `pass_fds`). The duplicate
/// shares the open file (offset, flags), so reads and writes through it are `fd`'s own.
/// Descriptors above 2 are duplicated with `pidfd_getfd` on the process itself, the one
/// way to turn a bare number into a descriptor without `unsafe`.
fn foreign_fd_file(fd: i64) -> Option<std::io::Result<std::fs::File>> {
    use std::os::fd::AsFd;
    let owned = match fd {
        0 => std::io::stdin().as_fd().try_clone_to_owned(),
        1 => std::io::stdout().as_fd().try_clone_to_owned(),
        2 => std::io::stderr().as_fd().try_clone_to_owned(),
        _ => {
            let Ok(raw) = i32::try_from(fd) else {
                return None;
            };
            let me = rustix::process::pidfd_open(
                rustix::process::getpid(),
                rustix::process::PidfdFlags::empty(),
            );
            let Ok(me) = me else {
                return None;
            };
            // A closed `fd` may be the very number the pidfd took.
            if std::os::fd::AsRawFd::as_raw_fd(&me) == raw {
                return None;
            }
            // No such descriptor (EBADF) reads as "not a descriptor Krait knows".
            match rustix::process::pidfd_getfd(me, raw, rustix::process::PidfdGetfdFlags::empty()) {
                Ok(fd) => Ok(fd),
                Err(_) => return None,
            }
        }
    };
    Some(owned.map(std::fs::File::from))
}

/// A new descriptor for the file behind `fd` (one [`with_fd`] knows, or standard input,
/// output or error), for a child's standard streams and for polling.
pub fn dup_fd(vm: &mut Vm, fd: i64) -> PyResult<std::os::fd::OwnedFd> {
    use std::os::fd::AsFd;
    let known = FDS.with(|t| t.borrow().contains_key(&fd))
        || vm.open_files.with_descriptor(fd, |f| f.is_some()) == Some(true);
    if known {
        return with_fd(vm, fd, |f| f.try_clone()).map(std::os::fd::OwnedFd::from);
    }
    let r = match fd {
        0 => std::io::stdin().as_fd().try_clone_to_owned(),
        1 => std::io::stdout().as_fd().try_clone_to_owned(),
        2 => std::io::stderr().as_fd().try_clone_to_owned(),
        _ => return Err(bad_fd(vm)),
    };
    io_result(vm, r, None)
}

/// `os.read(fd, n)`. With threads running, a descriptor with nothing to read yet (an
/// empty pipe) lets the other threads run until it has.
fn fd_read(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "read", args, 2, 2)?;
    let fd = int_arg(vm, args[0])?;
    let n = int_arg(vm, args[1])?.max(0) as usize;
    vm.wait_fd(
        move |vm| dup_fd(vm, fd).ok(),
        Interest::Readable,
        None,
        &[],
        move |vm, _, _| read_now(vm, fd, n),
    )
}

fn read_now(vm: &mut Vm, fd: i64, n: usize) -> PyResult<Value> {
    use std::io::Read;
    let mut buf = vec![0u8; n];
    let got = with_fd(vm, fd, |f| f.read(&mut buf))?;
    buf.truncate(got);
    Ok(Value::Obj(vm.alloc(
        vm.s.types.bytes,
        Payload::Bytes(buf.into_boxed_slice()),
    )))
}

/// `os.write(fd, data)`. With threads running, a full pipe lets the other threads run until
/// it has room, and a write to a pipe takes at most `PIPE_BUF` bytes, which a pipe with room
/// always accepts at once (a partial count, as a signal could cause in CPython).
fn fd_write(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "write", args, 2, 2)?;
    let fd = int_arg(vm, args[0])?;
    let data: Vec<u8> = match crate::builtins::bytes::buffer(&args[1]) {
        Some(b) => b,
        None => {
            let msg = format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(args[1])
            );
            return Err(vm.type_error(msg));
        }
    };
    vm.wait_fd(
        move |vm| dup_fd(vm, fd).ok(),
        Interest::Writable,
        None,
        &[],
        move |vm, _, _| write_now(vm, fd, &data),
    )
}

/// What a pipe with room takes without blocking (`PIPE_BUF`).
const PIPE_BUF: usize = 4096;

fn write_now(vm: &mut Vm, fd: i64, data: &[u8]) -> PyResult<Value> {
    use std::io::Write;
    use std::os::unix::fs::FileTypeExt;
    let threads = vm.threads_running();
    let n = with_fd(vm, fd, |f| {
        let pipe =
            threads && data.len() > PIPE_BUF && f.metadata().is_ok_and(|m| m.file_type().is_fifo());
        let end = if pipe { PIPE_BUF } else { data.len() };
        f.write(&data[..end])
    })?;
    Ok(Value::Int(n as i64))
}

fn fd_lseek(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    use std::io::{Seek, SeekFrom};
    arity(vm, "lseek", args, 3, 3)?;
    let fd = int_arg(vm, args[0])?;
    let pos = int_arg(vm, args[1])?;
    let whence = int_arg(vm, args[2])?;
    let to = match whence {
        0 => SeekFrom::Start(pos.max(0) as u64),
        1 => SeekFrom::Current(pos),
        _ => SeekFrom::End(pos),
    };
    let at = with_fd(vm, fd, |f| f.seek(to))?;
    Ok(Value::Int(at as i64))
}

/// A path argument (str or bytes).
///
/// A path with a NUL in it raises `ValueError`, as CPython's conversion of paths to C
/// strings does, before any system call sees it.
pub fn path_arg(vm: &mut Vm, v: Value) -> PyResult<String> {
    let p = path_text(vm, v)?;
    if p.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok(p)
}

fn path_text(vm: &mut Vm, v: Value) -> PyResult<String> {
    let fspath = vm.intern("__fspath__");
    let class = vm.type_of(v);
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.as_str().to_owned()),
        Some(Payload::Bytes(b)) => Ok(String::from_utf8_lossy(b).into_owned()),
        // An os.PathLike object stands for the path its `__fspath__` returns.
        _ if vm.type_lookup(class, fspath).is_some() => {
            let f = vm.get_attr(v, fspath)?;
            let p = vm.call_value(f, &[], &[])?;
            match p.payload() {
                Some(Payload::Str(_) | Payload::Bytes(_)) => path_text(vm, p),
                _ => {
                    let msg = format!(
                        "expected {}.__fspath__() to return str or bytes, not {}",
                        vm.type_name(v),
                        vm.type_name(p)
                    );
                    Err(vm.type_error(msg))
                }
            }
        }
        _ => {
            let msg = format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(v)
            );
            Err(vm.type_error(msg))
        }
    }
}
