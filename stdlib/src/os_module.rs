//! A small native `os` module: what programs need to manage the files they `open`
//! (`remove`, `mkdir`, `rmdir`, `listdir`, `getcwd`, `getpid`) and `os.path`'s `join`,
//! `exists`, `isfile`, `isdir`, `basename`, `dirname`. OS failures raise the `OSError`
//! subclasses `open` raises.

use krait_gc::Gc;

use krait_vm::builtins::file::os_error;
use krait_vm::builtins::os_extra::path_arg;
use krait_vm::builtins::{arity, module_functions, new_module};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// Creates `os` (with `os.path`).
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let path_funcs = module_functions(
        vm,
        &[
            ("join", path_join),
            ("exists", path_exists),
            ("isfile", path_isfile),
            ("isdir", path_isdir),
            ("basename", path_basename),
            ("dirname", path_dirname),
            ("commonprefix", path_commonprefix),
        ],
    );
    let sep = vm.new_str("/");
    let mut path_attrs = path_funcs;
    path_attrs.push(("sep", sep));
    let path = new_module(vm, "posixpath", path_attrs);
    let mut attrs = module_functions(
        vm,
        &[
            ("remove", remove),
            ("unlink", remove),
            ("mkdir", mkdir),
            ("rmdir", rmdir),
            ("listdir", listdir),
            ("getcwd", getcwd),
            ("getcwdb", getcwdb),
            ("getpid", getpid),
            ("openpty", openpty),
        ],
    );
    let name = vm.new_str("posix");
    let linesep = vm.new_str("\n");
    attrs.push(("path", Value::Obj(path)));
    attrs.push(("sep", sep));
    attrs.push(("name", name));
    attrs.push(("linesep", linesep));
    attrs.extend(crate::process::os_functions(vm));
    attrs.extend(crate::os_files::os_functions(vm));
    attrs.extend(crate::os_descriptors::os_functions(vm));
    attrs.extend(crate::os_paths::os_functions(vm));
    attrs.extend(crate::os_processes::os_functions(vm));
    attrs.extend(crate::os_ids::os_functions(vm));
    attrs.extend(crate::os_system::os_functions(vm));
    // `import os.path` finds the submodule in `sys.modules`, where CPython's `os` puts it.
    let _ = vm.sys_modules_set("os.path", Value::Obj(path));
    let os = new_module(vm, "os", attrs);
    krait_vm::builtins::os_extra::add(vm, os, path);
    os
}

/// Whether `v` is a bytes path: the functions given one answer bytes, as CPython's.
fn is_bytes(v: Value) -> bool {
    matches!(v.payload(), Some(Payload::Bytes(_)))
}

/// A path result as str, or as bytes when the argument was bytes.
fn path_result(vm: &mut Vm, as_bytes: bool, p: String) -> Value {
    if as_bytes {
        krait_vm::builtins::native::bytes(vm, p.into_bytes())
    } else {
        vm.new_str(p)
    }
}

/// Runs an OS call on the path in `args[0]`; failures name that path.
fn on_path(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    op: impl FnOnce(&str) -> std::io::Result<()>,
) -> PyResult<Value> {
    arity(vm, name, args, 1, 1)?;
    let p = path_arg(vm, args[0])?;
    match op(&p) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(vm, &e, Some(args[0]))),
    }
}

fn remove(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    on_path(vm, args, "remove", |p| std::fs::remove_file(p))
}

fn mkdir(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let args = &args[..args.len().min(1)];
    on_path(vm, args, "mkdir", |p| std::fs::create_dir(p))
}

fn rmdir(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    on_path(vm, args, "rmdir", |p| std::fs::remove_dir(p))
}

fn listdir(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "listdir", args, 0, 1)?;
    let p = match args.first() {
        Some(&v) => path_arg(vm, v)?,
        None => ".".to_owned(),
    };
    let entries = match std::fs::read_dir(&p) {
        Ok(rd) => rd
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect::<Vec<_>>(),
        Err(e) => {
            let name = vm.new_str(p);
            return Err(os_error(vm, &e, Some(name)));
        }
    };
    let as_bytes = args.first().is_some_and(|&v| is_bytes(v));
    let items = entries
        .into_iter()
        .map(|n| path_result(vm, as_bytes, n))
        .collect();
    Ok(vm.new_list(items))
}

fn getcwd(vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(d) => Ok(vm.new_str(d.to_string_lossy().into_owned())),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

/// `getcwdb()`: the working directory as bytes.
fn getcwdb(vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    use std::os::unix::ffi::OsStrExt;
    match std::env::current_dir() {
        Ok(d) => Ok(krait_vm::builtins::native::bytes(
            vm,
            d.as_os_str().as_bytes().to_vec(),
        )),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn getpid(_vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

/// `openpty()`: a new pseudo-terminal's (master, slave) descriptors, both kept in the
/// descriptor table and not inheritable (rustix's safe `posix_openpt`/`grantpt`/
/// `unlockpt`/`ptsname`, then the slave opened by its path).
fn openpty(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    use rustix::pty::{grantpt, openpt, ptsname, unlockpt, OpenptFlags};
    arity(vm, "openpty", args, 0, 0)?;
    let opened = (|| -> std::io::Result<(std::fs::File, std::fs::File)> {
        let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY | OpenptFlags::CLOEXEC)?;
        grantpt(&master)?;
        unlockpt(&master)?;
        let name = ptsname(&master, Vec::new())?;
        use std::os::unix::ffi::OsStrExt;
        use std::os::unix::fs::OpenOptionsExt;
        // O_NOCTTY (Linux's value): a session leader without a terminal would otherwise
        // take the slave as its controlling terminal, and closing the master would hang
        // it up.
        const O_NOCTTY: i32 = 0o400;
        let path = std::ffi::OsStr::from_bytes(name.as_bytes());
        let slave = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .custom_flags(O_NOCTTY)
            .open(std::path::Path::new(path))?;
        Ok((std::fs::File::from(master), slave))
    })();
    let (master, slave) = match opened {
        Ok(pair) => pair,
        Err(e) => return Err(os_error(vm, &e, None)),
    };
    let master = krait_vm::builtins::os_extra::keep_fd(master);
    let slave = krait_vm::builtins::os_extra::keep_fd(slave);
    Ok(vm.new_tuple(vec![Value::Int(master), Value::Int(slave)]))
}

fn path_join(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "join", args, 1, usize::MAX)?;
    let as_bytes = is_bytes(args[0]);
    let mut out = path_arg(vm, args[0])?;
    for &a in &args[1..] {
        let part = path_arg(vm, a)?;
        if is_bytes(a) != as_bytes
            && matches!(a.payload(), Some(Payload::Str(_) | Payload::Bytes(_)))
        {
            return Err(vm.type_error("Can't mix strings and bytes in path components"));
        }
        if part.starts_with('/') {
            out = part;
        } else {
            if !out.is_empty() && !out.ends_with('/') {
                out.push('/');
            }
            out.push_str(&part);
        }
    }
    Ok(path_result(vm, as_bytes, out))
}

/// A predicate on the metadata of `args[0]` (false when the path cannot be looked at).
fn path_test(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    test: fn(&std::fs::Metadata) -> bool,
) -> PyResult<Value> {
    arity(vm, name, args, 1, 1)?;
    let p = match path_arg(vm, args[0]) {
        Ok(p) => p,
        // A path no system call can take (one with a NUL) names nothing.
        Err(e) if vm.exc_matches(e, vm.types().value_error) => return Ok(Value::Bool(false)),
        Err(e) => return Err(e),
    };
    Ok(Value::Bool(std::fs::metadata(p).is_ok_and(|m| test(&m))))
}

fn path_exists(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    path_test(vm, args, "exists", |_| true)
}

fn path_isfile(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    path_test(vm, args, "isfile", |m| m.is_file())
}

fn path_isdir(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    path_test(vm, args, "isdir", |m| m.is_dir())
}

fn path_basename(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "basename", args, 1, 1)?;
    let p = path_arg(vm, args[0])?;
    let base = p.rsplit('/').next().unwrap_or("").to_owned();
    Ok(path_result(vm, is_bytes(args[0]), base))
}

fn path_dirname(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "dirname", args, 1, 1)?;
    let p = path_arg(vm, args[0])?;
    let dir = match p.rfind('/') {
        Some(0) => "/".to_owned(),
        Some(i) => p[..i].trim_end_matches('/').to_owned(),
        None => String::new(),
    };
    Ok(path_result(vm, is_bytes(args[0]), dir))
}

/// `os.path.commonprefix(list)`: the longest leading run shared by every path, compared
/// character by character (not component by component), `''` for an empty list.
fn path_commonprefix(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "commonprefix", args, 1, 1)?;
    let items = vm.collect_iter(args[0])?;
    let mut prefix: Option<Vec<char>> = None;
    let as_bytes = items.first().is_some_and(|&v| is_bytes(v));
    for item in items {
        let p = path_arg(vm, item)?;
        prefix = Some(match prefix {
            None => p.chars().collect(),
            Some(mut cur) => {
                let same = cur
                    .iter()
                    .zip(p.chars())
                    .take_while(|(a, b)| **a == *b)
                    .count();
                cur.truncate(same);
                cur
            }
        });
    }
    let prefix = prefix.unwrap_or_default().into_iter().collect::<String>();
    Ok(path_result(vm, as_bytes, prefix))
}
