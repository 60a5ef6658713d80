//! The methods and properties of file objects.

use std::cell::RefCell;
use std::io::SeekFrom;
use std::os::fd::OwnedFd;
use std::rc::Rc;

use crate::builtins::{check_kwargs, int_arg};
use crate::error::PyResult;
use crate::interp::fd_wait::Interest;
use crate::object::function::KwArgs;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

use super::state::FileState;
use super::text::{encode_text, read_text, Stop};
use super::{os_error, unsupported};

/// The file state of `self` (`args[0]`).
pub(super) fn state(vm: &mut Vm, args: &[Value], what: &str) -> PyResult<Rc<RefCell<FileState>>> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::File(s)) => Ok(Rc::clone(s)),
        _ => {
            let msg = format!("descriptor '{what}' requires a file object");
            Err(vm.type_error(msg))
        }
    }
}

/// The state of an open file, or `ValueError` if it is closed.
pub(super) fn open_state(
    vm: &mut Vm,
    args: &[Value],
    what: &str,
) -> PyResult<Rc<RefCell<FileState>>> {
    let s = state(vm, args, what)?;
    if s.borrow().closed() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(s)
}

/// Turns an OS error during a file operation into the Python exception.
pub(super) fn io_err<T>(vm: &mut Vm, r: std::io::Result<T>) -> PyResult<T> {
    r.map_err(|e| os_error(vm, &e, None))
}

pub(super) fn check_readable(vm: &mut Vm, s: &FileState) -> PyResult<()> {
    if !s.readable {
        let msg = if s.binary { "read" } else { "not readable" };
        return Err(unsupported(vm, msg));
    }
    Ok(())
}

pub(super) fn check_writable(vm: &mut Vm, s: &FileState) -> PyResult<()> {
    if !s.writable {
        let msg = if s.binary { "write" } else { "not writable" };
        return Err(unsupported(vm, msg));
    }
    Ok(())
}

/// A size argument: `None` or negative means "all".
pub(crate) fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(&v) => {
            if matches!(v, Value::Float(_)) {
                let msg = format!(
                    "argument should be integer or None, not '{}'",
                    vm.type_name(v)
                );
                return Err(vm.type_error(msg));
            }
            let n = int_arg(vm, v)?;
            Ok(usize::try_from(n).ok())
        }
    }
}

/// Reads up to `limit` bytes (all if `None`), or one line.
pub(super) fn read_binary(
    vm: &mut Vm,
    s: &mut FileState,
    limit: Option<usize>,
    line: bool,
) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let want = limit.map(|l| l - out.len());
        if want == Some(0) {
            break;
        }
        if s.pending().is_empty() && io_err(vm, s.fill())? == 0 {
            break;
        }
        let avail = s.pending();
        let mut take = want.map_or(avail.len(), |w| w.min(avail.len()));
        let mut done = false;
        if line {
            if let Some(i) = avail[..take].iter().position(|&b| b == b'\n') {
                take = i + 1;
                done = true;
            }
        }
        out.extend_from_slice(&avail[..take]);
        s.rpos += take;
        if done {
            break;
        }
    }
    Ok(out)
}

pub(super) fn new_bytes(vm: &mut Vm, data: Vec<u8>) -> Value {
    Value::Obj(vm.alloc(vm.s.types.bytes, Payload::Bytes(data.into_boxed_slice())))
}

/// Reads text or bytes as `read(size)` / `readline(size)` does.
pub(super) fn read_some(
    vm: &mut Vm,
    args: &[Value],
    what: &str,
    limit: Option<usize>,
    line: bool,
) -> PyResult<Value> {
    let st = open_state(vm, args, what)?;
    let mut s = st.borrow_mut();
    check_readable(vm, &s)?;
    if s.binary {
        let data = read_binary(vm, &mut s, limit, line)?;
        drop(s);
        return Ok(new_bytes(vm, data));
    }
    let stop = if line { Stop::Line } else { Stop::Never };
    let text = read_text(vm, &mut s, limit, stop)?;
    drop(s);
    Ok(vm.new_str(text))
}

/// Runs the read `now` on the file `args[0]`; first, with threads running and nothing read
/// ahead, lets the other threads run until the file's descriptor has data (a pipe another
/// thread writes). Only that first wait goes through the scheduler: a read that needs
/// more (to a size, or to the end) blocks for the rest.
fn when_readable(
    vm: &mut Vm,
    args: &[Value],
    now: fn(&mut Vm, &[Value]) -> PyResult<Value>,
) -> PyResult<Value> {
    let dup = if vm.waits_in_slices() {
        state(vm, args, "read").ok().and_then(|st| {
            let s = st.borrow();
            if !s.readable || !s.pending().is_empty() {
                return None;
            }
            s.file.as_ref()?.try_clone().ok().map(OwnedFd::from)
        })
    } else {
        None
    };
    match dup {
        None => now(vm, args),
        Some(fd) => vm.wait_fd(
            move |_| Some(fd),
            Interest::Readable,
            None,
            args,
            move |vm, args, _| now(vm, args),
        ),
    }
}

pub(super) fn read(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "read", kw, &[])?;
    crate::builtins::method_arity(vm, "read", args, 0, 1)?;
    when_readable(vm, args, |vm, args| {
        let limit = size_arg(vm, args.get(1))?;
        read_some(vm, args, "read", limit, false)
    })
}

pub(super) fn readline(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "readline", kw, &[])?;
    crate::builtins::method_arity(vm, "readline", args, 0, 1)?;
    when_readable(vm, args, |vm, args| {
        let limit = size_arg(vm, args.get(1))?;
        read_some(vm, args, "readline", limit, true)
    })
}

pub(super) fn readlines(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "readlines", kw, &[])?;
    crate::builtins::method_arity(vm, "readlines", args, 0, 1)?;
    let hint = size_arg(vm, args.get(1))?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let line = read_some(vm, &args[..1], "readlines", None, true)?;
        let n = vm.len_of(line)?;
        if n == 0 {
            break;
        }
        total += n;
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

pub(super) fn write(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "write", kw, &[])?;
    crate::builtins::method_arity(vm, "write", args, 1, 1)?;
    let st = open_state(vm, args, "write")?;
    let binary = st.borrow().binary;
    let data = args[1];
    let (bytes, count) = if binary {
        // Any bytes-like object: bytes, bytearray, memoryview, array.
        let b = crate::builtins::bytes::buffer_arg(vm, data)?;
        let n = b.len();
        (b, n)
    } else {
        let text = match data.payload() {
            Some(Payload::Str(s)) => s.as_str().to_owned(),
            _ => {
                let msg = format!("write() argument must be str, not {}", vm.type_name(data));
                return Err(vm.type_error(msg));
            }
        };
        let s = st.borrow();
        check_writable(vm, &s)?;
        let bytes = encode_text(vm, &s, &text)?;
        (bytes, text.chars().count())
    };
    let mut s = st.borrow_mut();
    check_writable(vm, &s)?;
    let r = s.write_bytes(&bytes);
    drop(s);
    io_err(vm, r)?;
    Ok(Value::Int(count as i64))
}

pub(super) fn writelines(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "writelines", kw, &[])?;
    crate::builtins::method_arity(vm, "writelines", args, 1, 1)?;
    open_state(vm, args, "writelines")?;
    let items = vm.collect_iter(args[1])?;
    for item in items {
        write(vm, &[args[0], item], &[])?;
    }
    Ok(Value::None)
}

pub(super) fn seek(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "seek", kw, &[])?;
    crate::builtins::method_arity(vm, "seek", args, 1, 2)?;
    let st = open_state(vm, args, "seek")?;
    let offset = int_arg(vm, args[1])?;
    let whence = match args.get(2) {
        Some(&w) => int_arg(vm, w)?,
        None => 0,
    };
    let binary = st.borrow().binary;
    let to = match whence {
        0 => {
            if offset < 0 {
                let msg = format!("negative seek position {offset}");
                return Err(vm.value_error(msg));
            }
            SeekFrom::Start(offset as u64)
        }
        1 | 2 if !binary && offset != 0 => {
            let msg = if whence == 1 {
                "can't do nonzero cur-relative seeks"
            } else {
                "can't do nonzero end-relative seeks"
            };
            return Err(unsupported(vm, msg));
        }
        1 => {
            let here = io_err(vm, st.borrow_mut().tell())?;
            SeekFrom::Start((here as i64 + offset).max(0) as u64)
        }
        2 => SeekFrom::End(offset),
        _ => {
            let msg = if binary {
                format!("whence value {whence} unsupported")
            } else {
                format!("invalid whence ({whence}, should be 0, 1 or 2)")
            };
            return Err(vm.value_error(msg));
        }
    };
    let r = st.borrow_mut().seek(to);
    let pos = io_err(vm, r)?;
    Ok(Value::Int(pos as i64))
}

pub(super) fn tell(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "tell", args, 0, 0)?;
    let st = open_state(vm, args, "tell")?;
    let r = st.borrow_mut().tell();
    let pos = io_err(vm, r)?;
    Ok(Value::Int(pos as i64))
}

pub(super) fn flush(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "flush", args, 0, 0)?;
    let st = open_state(vm, args, "flush")?;
    let r = st.borrow_mut().flush_writes();
    io_err(vm, r)?;
    Ok(Value::None)
}

pub(super) fn close(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "close", args, 0, 0)?;
    let st = state(vm, args, "close")?;
    let mut s = st.borrow_mut();
    if s.closed() {
        return Ok(Value::None);
    }
    let r = s.flush_writes();
    s.file = None;
    s.rbuf = Vec::new();
    s.rpos = 0;
    drop(s);
    io_err(vm, r)?;
    Ok(Value::None)
}

pub(super) fn readable(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let st = open_state(vm, args, "readable")?;
    let r = st.borrow().readable;
    Ok(Value::Bool(r))
}

pub(super) fn writable(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let st = open_state(vm, args, "writable")?;
    let w = st.borrow().writable;
    Ok(Value::Bool(w))
}

pub(super) fn seekable(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    open_state(vm, args, "seekable")?;
    Ok(Value::Bool(true))
}

pub(super) fn isatty(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    open_state(vm, args, "isatty")?;
    Ok(Value::Bool(false))
}

pub(super) fn fileno(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let st = open_state(vm, args, "fileno")?;
    let fd = {
        use std::os::fd::AsRawFd;
        st.borrow().file.as_ref().map_or(-1, |f| f.as_raw_fd())
    };
    Ok(Value::Int(fd as i64))
}

pub(super) fn truncate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "truncate", args, 0, 1)?;
    let st = open_state(vm, args, "truncate")?;
    if !st.borrow().writable {
        return Err(unsupported(vm, "truncate"));
    }
    let size = match args.get(1) {
        None | Some(Value::None) => None,
        Some(&v) => Some(int_arg(vm, v)?),
    };
    let mut s = st.borrow_mut();
    let r = (|| {
        let here = s.tell()?;
        s.flush_writes()?;
        s.drop_read_ahead()?;
        let size = size.map_or(here, |n| n.max(0) as u64);
        if let Some(f) = s.file.as_mut() {
            f.set_len(size)?;
        }
        Ok(size)
    })();
    drop(s);
    let size = io_err(vm, r)?;
    Ok(Value::Int(size as i64))
}

pub(super) fn enter(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    open_state(vm, args, "__enter__")?;
    Ok(args[0])
}

pub(super) fn exit(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    close(vm, &args[..1.min(args.len())], &[])?;
    Ok(Value::None)
}

pub(super) fn next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    when_readable(vm, &args[..1.min(args.len())], |vm, args| {
        let line = read_some(vm, args, "__next__", None, true)?;
        if vm.len_of(line)? == 0 {
            return Err(vm.stop_iteration(Value::None));
        }
        Ok(line)
    })
}

pub(super) fn repr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let st = state(vm, args, "__repr__")?;
    let class = vm.class_name(vm.type_of(args[0]));
    let text = repr_text(&st.borrow(), &class);
    Ok(vm.new_str(text))
}

/// `repr()` of a file object of class `class`.
pub(crate) fn repr_text(s: &FileState, class: &str) -> String {
    let name = match s.name_fd {
        Some(fd) => fd.to_string(),
        None => krait_ast::repr::str_repr(&s.name),
    };
    if s.binary {
        format!("<_io.{class} name={name}>")
    } else {
        let mode = krait_ast::repr::str_repr(&s.mode);
        let enc = krait_ast::repr::str_repr(&s.encoding);
        format!("<_io.{class} name={name} mode={mode} encoding={enc}>")
    }
}

pub(super) fn get_closed(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let st = state(vm, args, "closed")?;
    let c = st.borrow().closed();
    Ok(Value::Bool(c))
}

pub(super) fn get_name(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let st = state(vm, args, "name")?;
    if let Some(fd) = st.borrow().name_fd {
        return Ok(Value::Int(fd));
    }
    let n = st.borrow().name.clone();
    Ok(vm.new_str(n))
}

/// `f.name = v`: a str or a descriptor number (CPython keeps any object; what it is given
/// in practice is one of these two).
pub(super) fn set_name(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let st = state(vm, args, "name")?;
    let value = args.get(1).copied().unwrap_or(Value::None);
    match (value, value.payload()) {
        (Value::Int(fd), _) => st.borrow_mut().name_fd = Some(fd),
        (_, Some(Payload::Str(text))) => {
            let mut s = st.borrow_mut();
            s.name = text.as_str().to_owned();
            s.name_fd = None;
        }
        _ => {
            let msg = format!("name must be str or int, not {}", vm.type_name(value));
            return Err(vm.type_error(msg));
        }
    }
    Ok(Value::None)
}

pub(super) fn get_mode(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let st = state(vm, args, "mode")?;
    let m = st.borrow().mode.clone();
    Ok(vm.new_str(m))
}

pub(super) fn get_encoding(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let st = state(vm, args, "encoding")?;
    let e = st.borrow().encoding.clone();
    Ok(vm.new_str(e))
}

pub(super) fn get_errors(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let st = state(vm, args, "errors")?;
    let e = st.borrow().errors.clone();
    Ok(vm.new_str(e))
}

/// `readinto(b)` (and `readinto1`) of a binary file: reads up to `len(b)` bytes into the
/// writable buffer `b` and answers how many.
pub(super) fn readinto(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "readinto", kw, &[])?;
    crate::builtins::method_arity(vm, "readinto", args, 1, 1)?;
    when_readable(vm, args, readinto_now)
}

fn readinto_now(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let st = open_state(vm, args, "readinto")?;
    if !st.borrow().binary {
        return Err(unsupported(vm, "readinto"));
    }
    let target = args[1];
    let size = vm.len_of(target)?;
    let data = {
        let mut s = st.borrow_mut();
        check_readable(vm, &s)?;
        read_binary(vm, &mut s, Some(size), false)?
    };
    let n = data.len();
    if let Some(Payload::ByteArray(b)) = target.payload() {
        b.borrow_mut()[..n].copy_from_slice(&data);
    } else {
        // Any other writable buffer (memoryview, array) takes the bytes by slice assignment.
        let slice = Payload::Slice {
            start: Value::Int(0),
            stop: Value::Int(n as i64),
            step: Value::None,
        };
        let key = Value::Obj(vm.alloc(vm.s.types.slice, slice));
        let bytes = new_bytes(vm, data);
        vm.set_item(target, key, bytes)?;
    }
    Ok(Value::Int(n as i64))
}
