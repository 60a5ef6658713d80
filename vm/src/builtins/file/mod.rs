//! `open()` and file objects: `TextIOWrapper` for text modes, `BufferedReader` /
//! `BufferedWriter` / `BufferedRandom` for binary ones (native subclasses of `io`'s Python
//! classes of those names once `_iomem` has loaded, see `lazy`), and the small `io` module
//! holding `open` and `UnsupportedOperation` (its other names come from `_iomem`).
//!
//! A file object's state ([`FileState`]) holds no Python values, so it lives outside the
//! barriered cells: the object holds it through an `Rc`, and the VM keeps a weak list of
//! every open file so that what a program wrote but never flushed reaches the disk at exit
//! (and when a file object is freed, its state's `Drop` flushes it).
//!
//! Positions: the OS file is read ahead into `rbuf` (consumed up to `rpos`) and written
//! behind through `wbuf`; the logical position is the OS position minus what is read ahead
//! plus what waits to be written. Text is decoded one character at a time straight from the
//! read-ahead bytes, so `tell()` is always the byte position, which is the cookie CPython
//! returns too for the stateless codecs supported here (UTF-8, Latin-1, ASCII).

use std::cell::RefCell;
use std::fs::OpenOptions;
use std::io::SeekFrom;
use std::rc::Rc;

use krait_gc::Gc;

use crate::builtins::{check_kwargs, func, int_arg, kwarg, method, set_class_attr};
use crate::error::{Exception, PyResult};
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

mod lazy;
mod methods;
mod state;
mod text;

use methods::*;
pub(crate) use methods::{repr_text, size_arg};
pub(crate) use state::FileState;
pub(crate) use state::OpenFiles;
use state::{Codec, Newline};

/// Bytes read from the OS at a time, and written behind before a flush.
const CHUNK: usize = 8192;

pub(crate) fn install(vm: &mut Vm) {
    func(vm, "open", open);
    let text = vm.s.types.text_io_wrapper;
    let binaries = [
        vm.s.types.buffered_reader,
        vm.s.types.buffered_writer,
        vm.s.types.buffered_random,
    ];
    for class in std::iter::once(text).chain(binaries) {
        if let Some(cd) = class.as_class() {
            *cd.module.borrow_mut() = "_io".to_owned();
        }
        method(vm, class, "read", read);
        method(vm, class, "readline", readline);
        method(vm, class, "readlines", readlines);
        method(vm, class, "write", write);
        method(vm, class, "writelines", writelines);
        method(vm, class, "seek", seek);
        method(vm, class, "tell", tell);
        method(vm, class, "flush", flush);
        method(vm, class, "close", close);
        method(vm, class, "readable", readable);
        method(vm, class, "writable", writable);
        method(vm, class, "seekable", seekable);
        method(vm, class, "isatty", isatty);
        method(vm, class, "fileno", fileno);
        method(vm, class, "truncate", truncate);
        method(vm, class, "__enter__", enter);
        method(vm, class, "__exit__", exit);
        method(vm, class, "__iter__", enter);
        method(vm, class, "__next__", next);
        method(vm, class, "__repr__", repr);
        getter(vm, class, "closed", get_closed);
        accessor(vm, class, "name", get_name, set_name);
        getter(vm, class, "mode", get_mode);
    }
    crate::builtins::method_kind(
        vm,
        text,
        "__new__",
        lazy::text_wrapper_new,
        BuiltinKind::StaticMethod,
    );
    let constructors: [crate::object::NativeFn; 3] = [
        lazy::buffered_reader_new,
        lazy::buffered_writer_new,
        lazy::buffered_random_new,
    ];
    for (class, new) in binaries.into_iter().zip(constructors) {
        method(vm, class, "readinto", readinto);
        method(vm, class, "readinto1", readinto);
        method(vm, class, "read1", read);
        crate::builtins::method_kind(vm, class, "__new__", new, BuiltinKind::StaticMethod);
    }
    getter(vm, text, "encoding", get_encoding);
    getter(vm, text, "errors", get_errors);
    getter(vm, text, "line_buffering", |_, _, _| Ok(Value::Bool(false)));
}

/// A read-only property on a builtin class.
pub(crate) fn getter(
    vm: &mut Vm,
    class: Gc<Object>,
    name: &'static str,
    f: crate::object::NativeFn,
) {
    let fget = crate::builtins::new_builtin(vm, name, f, BuiltinKind::Function, false);
    let pname = vm.new_str(name);
    let parts = crate::object::PropertyData::getter(fget, pname);
    let prop = Value::Obj(vm.alloc(vm.s.types.property, Payload::Property(parts)));
    set_class_attr(vm, class, name, prop);
}

/// A property with a native getter and setter on a builtin class.
fn accessor(
    vm: &mut Vm,
    class: Gc<Object>,
    name: &'static str,
    get: crate::object::NativeFn,
    set: crate::object::NativeFn,
) {
    let fget = crate::builtins::new_builtin(vm, name, get, BuiltinKind::Function, false);
    let fset = crate::builtins::new_builtin(vm, name, set, BuiltinKind::Function, false);
    let parts = crate::object::PropertyData::new(fget, fset, Value::None, Value::None);
    let prop = Value::Obj(vm.alloc(vm.s.types.property, Payload::Property(parts)));
    set_class_attr(vm, class, name, prop);
}

/// `open()`'s parameters in order.
const OPEN_PARAMS: [&str; 8] = [
    "file",
    "mode",
    "buffering",
    "encoding",
    "errors",
    "newline",
    "closefd",
    "opener",
];

/// The parsed `mode` argument.
struct ModeSpec {
    create: bool,
    read: bool,
    write: bool,
    append: bool,
    plus: bool,
    binary: bool,
}

fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<ModeSpec> {
    let mut seen = String::new();
    let invalid = |vm: &mut Vm| {
        let msg = format!("invalid mode: '{mode}'");
        Err(vm.value_error(msg))
    };
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return invalid(vm);
        }
        seen.push(c);
    }
    let spec = ModeSpec {
        create: seen.contains('x'),
        read: seen.contains('r'),
        write: seen.contains('w'),
        append: seen.contains('a'),
        plus: seen.contains('+'),
        binary: seen.contains('b'),
    };
    if spec.binary && seen.contains('t') {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let kinds = [spec.create, spec.read, spec.write, spec.append]
        .iter()
        .filter(|&&k| k)
        .count();
    if kinds != 1 {
        let msg = if mode.is_empty() {
            "Must have exactly one of create/read/write/append mode and at most one plus"
        } else {
            "must have exactly one of create/read/write/append mode"
        };
        return Err(vm.value_error(msg));
    }
    Ok(spec)
}

/// An optional str argument (`None` when absent or `None`).
fn opt_str(vm: &mut Vm, v: Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.payload() {
            Some(Payload::Str(s)) => Ok(Some(s.as_str().to_owned())),
            _ => {
                let msg = format!(
                    "open() argument '{what}' must be str or None, not {}",
                    vm.type_name(v)
                );
                Err(vm.type_error(msg))
            }
        },
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`.
fn open(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "open", kw, &OPEN_PARAMS)?;
    if vm.open_files.any_pending() {
        // CPython flushes a file object the moment its last reference goes
        // (`open(p, 'w').write(s)` and then reading `p`); a collection frees the file
        // objects nothing refers to any more, and freeing one flushes it.
        vm.collect_from_builtin(true);
    }
    if args.len() > OPEN_PARAMS.len() {
        let msg = format!(
            "open() takes at most 8 arguments ({} given)",
            args.len() + kw.len()
        );
        return Err(vm.type_error(msg));
    }
    let mut params: [Option<Value>; 8] = [None; 8];
    for (i, &a) in args.iter().enumerate() {
        params[i] = Some(a);
    }
    for (i, name) in OPEN_PARAMS.iter().enumerate() {
        if let Some(v) = kwarg(kw, name) {
            if params[i].is_some() {
                let msg = format!(
                    "argument for open() given by name ('{name}') and position ({})",
                    i + 1
                );
                return Err(vm.type_error(msg));
            }
            params[i] = Some(v);
        }
    }
    let Some(mut file) = params[0] else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let fspath = vm.intern("__fspath__");
    if !matches!(file.payload(), Some(Payload::Str(_) | Payload::Bytes(_))) {
        if let Some(f) = vm.type_lookup(vm.type_of(file), fspath) {
            let r = vm.call_value(f, &[file], &[])?;
            if !matches!(r.payload(), Some(Payload::Str(_) | Payload::Bytes(_))) {
                let msg = format!(
                    "expected {}.__fspath__() to return str or bytes, not {}",
                    vm.type_name(file),
                    vm.type_name(r)
                );
                return Err(vm.type_error(msg));
            }
            file = r;
        }
    }
    // `open(fd)`: a file object over a descriptor `os.open` or `os.pipe` made.
    let mut descriptor = match file {
        Value::Int(fd) => Some(fd),
        _ => None,
    };
    let path = match file.payload() {
        _ if descriptor.is_some() => descriptor.unwrap_or(-1).to_string(),
        Some(Payload::Str(s)) => s.as_str().to_owned(),
        Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            let msg = format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(file)
            );
            return Err(vm.type_error(msg));
        }
    };
    let mode_text = match params[1] {
        None => "r".to_owned(),
        Some(m) => match m.payload() {
            Some(Payload::Str(s)) => s.as_str().to_owned(),
            _ => {
                let msg = format!(
                    "open() argument 'mode' must be str, not {}",
                    vm.type_name(m)
                );
                return Err(vm.type_error(msg));
            }
        },
    };
    let spec = parse_mode(vm, &mode_text)?;
    let encoding = opt_str(vm, params[3], "encoding")?;
    let errors = opt_str(vm, params[4], "errors")?;
    let newline = opt_str(vm, params[5], "newline")?;
    if spec.binary {
        for (given, what) in [
            (encoding.is_some(), "an encoding"),
            (errors.is_some(), "an errors"),
            (newline.is_some(), "a newline"),
        ] {
            if given {
                let msg = format!("binary mode doesn't take {what} argument");
                return Err(vm.value_error(msg));
            }
        }
    }
    let newline = match newline.as_deref() {
        None => Newline::Universal,
        Some("") => Newline::Untranslated,
        Some("\n") => Newline::Fixed("\n"),
        Some("\r") => Newline::Fixed("\r"),
        Some("\r\n") => Newline::Fixed("\r\n"),
        Some(other) => {
            let msg = format!("illegal newline value: {other}");
            return Err(vm.value_error(msg));
        }
    };
    // `encoding="locale"` (what `io.text_encoding(None)` gives, so what pathlib passes)
    // means the locale's encoding, which is UTF-8 here as under CPython's UTF-8 mode.
    let encoding = match encoding {
        Some(name) if name == "locale" => Some("UTF-8".to_owned()),
        other => other,
    };
    let codec = match encoding.as_deref() {
        None => Codec::Utf8,
        Some(name) => match Codec::lookup(name) {
            Some(c) => c,
            None => {
                let msg = format!("unknown encoding: {name}");
                return Err(vm.new_error(vm.s.types.lookup_error, msg));
            }
        },
    };
    let closefd = match params[6] {
        Some(c) => vm.truthy(c)?,
        None => true,
    };
    if let Some(b) = params[2] {
        if int_arg(vm, b)? == 0 {
            if !spec.binary {
                return Err(vm.value_error("can't have unbuffered text I/O"));
            }
            // Unbuffered binary files are raw ones: `io.FileIO`, written in Python.
            let file_io = lazy::iomem_attr(vm, "FileIO")?;
            let mode = vm.new_str(mode_text.replace(['b', 't'], ""));
            let opener = params[7].unwrap_or(Value::None);
            return vm.call_value(file_io, &[file, mode, Value::Bool(closefd), opener], &[]);
        }
    }
    if !closefd && descriptor.is_none() {
        return Err(vm.value_error("Cannot use closefd=False with file name"));
    }
    // `opener(file, flags)` opens the file itself and hands back the descriptor.
    if let Some(opener) = params[7].filter(|o| !o.is_none()) {
        if descriptor.is_none() {
            let flags = Value::Int(open_flags(&spec));
            let fd = vm.call_value(opener, &[file, flags], &[])?;
            let Value::Int(fd) = fd else {
                return Err(vm.type_error("expected integer from opener"));
            };
            if fd < 0 {
                let msg = format!("opener returned {fd}");
                return Err(vm.value_error(msg));
            }
            descriptor = Some(fd);
        }
    }
    let mut options = OpenOptions::new();
    options
        .read(spec.read || spec.plus)
        .write(spec.write || spec.append || spec.create || spec.plus)
        .append(spec.append)
        .truncate(spec.write)
        .create(spec.write || spec.append)
        .create_new(spec.create);
    let opened = match descriptor {
        // The object owns the descriptor from now on; with closefd=False it uses a duplicate.
        Some(fd) if closefd => match crate::builtins::os_extra::take_fd(fd) {
            Some(f) => Ok(f),
            None => Err(std::io::Error::from_raw_os_error(9)),
        },
        Some(fd) => {
            let dup = crate::builtins::os_extra::dup_fd(vm, fd)?;
            Ok(std::fs::File::from(dup))
        }
        None => options.open(&path),
    };
    let f = match opened {
        Ok(f) => f,
        Err(e) if descriptor.is_some() => return Err(os_error(vm, &e, None)),
        Err(e) => return Err(os_error(vm, &e, Some(file))),
    };
    // Opening a directory for reading succeeds at the OS level; CPython refuses it.
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(os_error(vm, &e, Some(file)));
    }
    let letter = if spec.create {
        'x'
    } else if spec.write {
        'w'
    } else if spec.append {
        'a'
    } else {
        'r'
    };
    let (class, mode) = if spec.binary {
        let class = if spec.plus {
            vm.s.types.buffered_random
        } else if spec.read {
            vm.s.types.buffered_reader
        } else {
            vm.s.types.buffered_writer
        };
        let plus = if spec.plus { "+" } else { "" };
        let shown = if spec.plus && spec.write { 'r' } else { letter };
        (class, format!("{shown}b{plus}"))
    } else {
        (vm.s.types.text_io_wrapper, mode_text.clone())
    };
    let state = FileState {
        file: Some(f),
        name: path,
        name_fd: match file {
            Value::Int(fd) => Some(fd),
            _ => None,
        },
        mode,
        readable: spec.read || spec.plus,
        writable: !spec.read || spec.plus,
        binary: spec.binary,
        codec,
        encoding: encoding.unwrap_or_else(|| default_encoding(vm).to_owned()),
        errors: errors.unwrap_or_else(|| "strict".to_owned()),
        newline,
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
    };
    let state = Rc::new(RefCell::new(state));
    vm.open_files.register(&state);
    let obj = vm.alloc(class, Payload::File(state));
    if spec.append {
        // The position of a file opened for appending is its end.
        if let Payload::File(s) = &obj.payload {
            let r = s.borrow_mut().seek(SeekFrom::End(0));
            if let Err(e) = r {
                return Err(os_error(vm, &e, None));
            }
        }
    }
    Ok(Value::Obj(obj))
}

/// The name of the encoding of a text file opened without one: Krait behaves as
/// CPython's UTF-8 mode does (its conformance records are made under `-X utf8`), which
/// names the encoding "utf-8".
fn default_encoding(_vm: &Vm) -> &'static str {
    "utf-8"
}

/// The `os.open` flags CPython's `open` passes an opener for a mode (Linux values).
fn open_flags(spec: &ModeSpec) -> i64 {
    const O_WRONLY: i64 = 0o1;
    const O_RDWR: i64 = 0o2;
    const O_CREAT: i64 = 0o100;
    const O_EXCL: i64 = 0o200;
    const O_TRUNC: i64 = 0o1000;
    const O_APPEND: i64 = 0o2000;
    const O_CLOEXEC: i64 = 0o2000000;
    let mut flags = if spec.plus {
        O_RDWR
    } else if spec.read {
        0
    } else {
        O_WRONLY
    };
    if spec.create {
        flags |= O_EXCL | O_CREAT;
    }
    if spec.write {
        flags |= O_CREAT | O_TRUNC;
    }
    if spec.append {
        flags |= O_APPEND | O_CREAT;
    }
    flags | O_CLOEXEC
}

/// The `OSError` subclass CPython raises for an OS error: `errno`, `strerror` and
/// `filename` set, `args` being `(errno, strerror)`.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Option<Value>) -> Exception {
    let t = &vm.s.types;
    let code = e.raw_os_error().unwrap_or(0);
    let (class, text) = match code {
        1 => (t.permission_error, "Operation not permitted".to_owned()),
        2 => (
            t.file_not_found_error,
            "No such file or directory".to_owned(),
        ),
        13 => (t.permission_error, "Permission denied".to_owned()),
        17 => (t.file_exists_error, "File exists".to_owned()),
        20 => (t.not_a_directory_error, "Not a directory".to_owned()),
        21 => (t.is_a_directory_error, "Is a directory".to_owned()),
        _ => {
            let full = e.to_string();
            let text = match full.find(" (os error") {
                Some(i) => full[..i].to_owned(),
                None => full,
            };
            let class = crate::builtins::exceptions::os_error_subclass(vm, code as i64);
            (class.unwrap_or(vm.s.types.os_error), text)
        }
    };
    let strerror = vm.new_str(text);
    let exc = vm.new_exception(class, vec![Value::Int(code as i64), strerror]);
    set_exc_attr(vm, exc, "errno", Value::Int(code as i64));
    set_exc_attr(vm, exc, "strerror", strerror);
    set_exc_attr(vm, exc, "filename", filename.unwrap_or(Value::None));
    exc
}

fn set_exc_attr(vm: &mut Vm, exc: Exception, name: &str, v: Value) {
    let key = vm.intern(name);
    let _ = vm.set_attr(exc.value(), key, v);
}

/// `io.UnsupportedOperation(msg)`.
pub(crate) fn unsupported(vm: &mut Vm, msg: &str) -> Exception {
    let class = match io_module(vm) {
        Ok(io) => {
            let key = vm.intern("UnsupportedOperation");
            match vm.get_attr(Value::Obj(io), key) {
                Ok(Value::Obj(c)) => c,
                _ => vm.s.types.os_error,
            }
        }
        Err(_) => vm.s.types.os_error,
    };
    vm.new_error(class, msg)
}

/// The `io` module, made on first use.
fn io_module(vm: &mut Vm) -> PyResult<Gc<Object>> {
    if let Some(&m) = vm.s.modules.get("io") {
        return Ok(m);
    }
    let m = create_io(vm)?;
    vm.add_module("io", m);
    Ok(m)
}

/// The public names of `io`, as CPython's `io.__all__` lists them.
const IO_ALL: &[&str] = &[
    "BlockingIOError",
    "open",
    "open_code",
    "IOBase",
    "RawIOBase",
    "FileIO",
    "BytesIO",
    "StringIO",
    "BufferedIOBase",
    "BufferedReader",
    "BufferedWriter",
    "BufferedRWPair",
    "BufferedRandom",
    "TextIOBase",
    "TextIOWrapper",
    "UnsupportedOperation",
    "SEEK_SET",
    "SEEK_CUR",
    "SEEK_END",
    "DEFAULT_BUFFER_SIZE",
    "text_encoding",
    "IncrementalNewlineDecoder",
];

/// Creates `io`: `open`, the file classes and `UnsupportedOperation` (an `OSError` and a
/// `ValueError`).
pub(crate) fn create_io(vm: &mut Vm) -> PyResult<Gc<Object>> {
    let ns = vm.new_dict(Default::default());
    let Value::Obj(ns_obj) = ns else {
        unreachable!()
    };
    let module_name = vm.new_str("io");
    let key = vm.s.names.module;
    vm.store_name(ns_obj, key, module_name)?;
    let bases = vec![vm.s.types.os_error, vm.s.types.value_error];
    let unsupported =
        vm.create_class("UnsupportedOperation", bases, ns_obj, vm.s.types.type_, &[])?;
    let open_fn = {
        let key = vm.intern("open");
        vm.mapping_get_str(vm.s.builtins, key)?
            .unwrap_or(Value::None)
    };
    let getattr_fn = crate::builtins::new_builtin(
        vm,
        "__getattr__",
        lazy::io_getattr,
        crate::object::BuiltinKind::Function,
        false,
    );
    let adopt_fn = crate::builtins::new_builtin(
        vm,
        "_adopt_native_classes",
        lazy::adopt_native_classes,
        crate::object::BuiltinKind::Function,
        false,
    );
    let t = &vm.s.types;
    let mut attrs = vec![
        ("UnsupportedOperation", Value::Obj(unsupported)),
        ("_adopt_native_classes", adopt_fn),
        ("open", open_fn),
        ("BlockingIOError", Value::Obj(t.blocking_io_error)),
        ("SEEK_SET", Value::Int(0)),
        ("SEEK_CUR", Value::Int(1)),
        ("SEEK_END", Value::Int(2)),
        ("DEFAULT_BUFFER_SIZE", Value::Int(CHUNK as i64)),
        ("__getattr__", getattr_fn),
    ];
    let all: Vec<Value> = IO_ALL.iter().map(|n| vm.new_str(*n)).collect();
    let all = vm.new_list(all);
    attrs.push(("__all__", all));
    Ok(crate::builtins::new_module(vm, "io", attrs))
}
