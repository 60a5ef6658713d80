//! `sys.stdin`, `sys.stdout` and `sys.stderr`: text streams over descriptors 0, 1 and 2,
//! each with its binary layer (`.buffer`, a `BufferedReader` or `BufferedWriter`).
//!
//! Both layers write through the VM's own stdout buffer (or its stderr writer, after
//! flushing stdout), so text and bytes keep the order they were written in, and the rules
//! of that buffer (flushed at exit, `BrokenPipeError` when the reader has gone) hold for
//! both. Reading goes through the process's one `std::io::stdin()`, whose buffer both
//! layers share.
//!
//! A stream object is a plain instance of its class carrying its descriptor under a
//! private key, so the VM recognises its own streams (and writes to them without a method
//! call) even after a program has rebound `sys.stdout`.
//!
//! The encoding is UTF-8 unless `PYTHONIOENCODING` names another, read once per process as
//! CPython reads it at start-up; the error handler is the one it names after a colon, else
//! `surrogateescape` under the C or POSIX locale, else `strict` (`backslashreplace` for
//! stderr, always).

use std::io::{BufRead, IsTerminal};
use std::sync::OnceLock;

use krait_gc::Gc;

use crate::builtins::file::{getter, size_arg, unsupported};
use crate::builtins::{arity, method};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{ClassData, Dict, Instance, Layout, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// The key under which a text stream keeps its descriptor.
const TEXT_FD: &str = "fileno_";
/// The key under which a text stream keeps its binary layer, read by the `buffer` property
/// (a plain attribute would be hidden by the property of `io.TextIOWrapper`, which the class
/// derives from once `_iomem` has loaded).
const TEXT_BUFFER: &str = "_buffer";
/// The key under which a binary layer keeps its descriptor.
const BINARY_FD: &str = "rawfileno_";

/// The encoding and error handlers of the standard streams.
struct StdioCodec {
    /// The encoding as `PYTHONIOENCODING` names it (before any colon), if it names one.
    encoding: Option<String>,
    /// The codec text is written with: the encoding, but for UTF-16 and UTF-32 without a
    /// byte order mark before every write (CPython writes none to a stream it cannot seek).
    write_encoding: Option<String>,
    /// The error handler of stdin and stdout.
    errors: String,
}

/// The process's standard-stream codec (see the module docs).
fn codec() -> &'static StdioCodec {
    static CODEC: OnceLock<StdioCodec> = OnceLock::new();
    CODEC.get_or_init(|| {
        let setting = std::env::var("PYTHONIOENCODING").unwrap_or_default();
        let (encoding, errors) = setting.split_once(':').unwrap_or((&setting, ""));
        let encoding = Some(encoding.trim().to_owned()).filter(|e| !e.is_empty());
        let errors = if !errors.is_empty() {
            errors.to_owned()
        } else if encoding.is_some() {
            // An encoding named without a handler gets the strict one, as in CPython.
            "strict".to_owned()
        } else {
            default_errors()
        };
        let write_encoding = encoding.as_ref().map(|e| {
            let norm = e.to_ascii_lowercase().replace(['-', '_'], "");
            match norm.as_str() {
                "utf16" | "u16" => "utf-16-le".to_owned(),
                "utf32" | "u32" => "utf-32-le".to_owned(),
                _ => e.clone(),
            }
        });
        StdioCodec {
            encoding,
            write_encoding,
            errors,
        }
    })
}

/// `surrogateescape` under the C or POSIX locale (and `C.UTF-8`), else `strict`, as
/// CPython picks stdin's and stdout's handler.
fn default_errors() -> String {
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_else(|| "C".to_owned());
    let c_locale = matches!(
        locale.as_str(),
        "C" | "POSIX" | "C.UTF-8" | "C.utf8" | "UTF-8"
    );
    if c_locale {
        "surrogateescape"
    } else {
        "strict"
    }
    .to_owned()
}

/// The error handler of stdout, asked when text holding a lone surrogate is written.
pub(crate) fn stdout_errors() -> &'static str {
    &codec().errors
}

/// The encoding `PYTHONIOENCODING` chose, or `None` for UTF-8.
pub(crate) fn chosen_encoding() -> Option<&'static str> {
    codec().encoding.as_deref()
}

/// The codec output is encoded with, when `PYTHONIOENCODING` chose one.
pub(crate) fn output_encoding() -> Option<&'static str> {
    codec().write_encoding.as_deref()
}

/// The text and binary stream classes, made once per VM.
pub(crate) struct StreamClasses {
    text: Gc<Object>,
    reader: Gc<Object>,
    writer: Gc<Object>,
}

/// Makes `sys.stdin`, `sys.stdout` and `sys.stderr`.
pub(crate) fn make_streams(vm: &mut Vm) -> [Value; 3] {
    let classes = StreamClasses {
        text: text_class(vm),
        reader: binary_class(vm, "BufferedReader"),
        writer: binary_class(vm, "BufferedWriter"),
    };
    [0, 1, 2].map(|fd| make_stream(vm, &classes, fd))
}

/// A builtin class of module `_io` deriving from `object` alone.
fn io_class(vm: &mut Vm, name: &str) -> Gc<Object> {
    let object = vm.s.types.object;
    let mut data = ClassData::new(name, vec![object], Dict::new(), Layout::Instance);
    data.builtin = true;
    *data.module.borrow_mut() = "_io".to_owned();
    let class = vm.alloc(vm.s.types.type_, Payload::Class(Box::new(data)));
    if let Some(c) = class.as_class() {
        *c.mro.borrow_mut() = vec![class, object];
    }
    class
}

fn text_class(vm: &mut Vm) -> Gc<Object> {
    let class = io_class(vm, "TextIOWrapper");
    method(vm, class, "write", text_write);
    method(vm, class, "writelines", text_writelines);
    method(vm, class, "flush", flush);
    method(vm, class, "readline", text_readline);
    method(vm, class, "readlines", text_readlines);
    method(vm, class, "read", text_read);
    method(vm, class, "__iter__", iter_self);
    method(vm, class, "__next__", text_next);
    method(vm, class, "__repr__", text_repr);
    common_methods(vm, class);
    getter(vm, class, "encoding", get_encoding);
    getter(vm, class, "errors", get_errors);
    getter(vm, class, "line_buffering", get_line_buffering);
    getter(vm, class, "newlines", |_, _, _| Ok(Value::None));
    getter(vm, class, "write_through", |_, _, _| Ok(Value::Bool(false)));
    getter(vm, class, "buffer", get_buffer);
    class
}

/// `buffer` of a text stream: its binary layer.
fn get_buffer(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let v = args.first().copied().unwrap_or(Value::None);
    let key = vm.intern(TEXT_BUFFER);
    if let Some(Payload::Instance(i)) = v.payload() {
        if let Some(b) = i.dict.borrow().get_str(vm.names_hash(key), key) {
            return Ok(b);
        }
    }
    Err(vm.attribute_error("buffer"))
}

fn binary_class(vm: &mut Vm, name: &str) -> Gc<Object> {
    let class = io_class(vm, name);
    method(vm, class, "write", binary_write);
    method(vm, class, "flush", flush);
    method(vm, class, "readline", binary_readline);
    method(vm, class, "readlines", binary_readlines);
    method(vm, class, "read", binary_read);
    method(vm, class, "__iter__", iter_self);
    method(vm, class, "__next__", binary_next);
    method(vm, class, "__repr__", binary_repr);
    common_methods(vm, class);
    class
}

/// What both layers have: the descriptor, the capabilities and the names.
fn common_methods(vm: &mut Vm, class: Gc<Object>) {
    method(vm, class, "fileno", fileno);
    method(vm, class, "isatty", isatty);
    method(vm, class, "readable", readable);
    method(vm, class, "writable", writable);
    method(vm, class, "seekable", |_, _, _| Ok(Value::Bool(false)));
    getter(vm, class, "name", get_name);
    getter(vm, class, "mode", get_mode);
    getter(vm, class, "closed", |_, _, _| Ok(Value::Bool(false)));
}

fn make_stream(vm: &mut Vm, classes: &StreamClasses, fd: i64) -> Value {
    let binary_class = if fd == 0 {
        classes.reader
    } else {
        classes.writer
    };
    let buffer = new_instance(vm, binary_class, &[(BINARY_FD, Value::Int(fd))]);
    new_instance(
        vm,
        classes.text,
        &[(TEXT_FD, Value::Int(fd)), (TEXT_BUFFER, buffer)],
    )
}

fn new_instance(vm: &mut Vm, class: Gc<Object>, entries: &[(&str, Value)]) -> Value {
    let inst = vm.alloc(class, Payload::Instance(Instance::default()));
    if let Payload::Instance(i) = &inst.payload {
        for &(name, value) in entries {
            let key = vm.intern(name);
            let hash = vm.names_hash(key);
            i.dict.borrow_mut().insert_new(hash, Value::Obj(key), value);
        }
    }
    Value::Obj(inst)
}

/// The descriptor `v` keeps under `key`, if `v` is one of the VM's stream objects.
fn fd_under(vm: &mut Vm, v: Value, key: &str) -> Option<i64> {
    let key = vm.intern(key);
    match v.payload() {
        Some(Payload::Instance(i)) => match i.dict.borrow().get_str(vm.names_hash(key), key) {
            Some(Value::Int(fd)) => Some(fd),
            _ => None,
        },
        _ => None,
    }
}

/// The descriptor of a text stream.
fn stream_fd(vm: &mut Vm, v: Value) -> Option<i64> {
    fd_under(vm, v, TEXT_FD)
}

/// The descriptor of either layer.
fn any_fd(vm: &mut Vm, args: &[Value]) -> Option<i64> {
    let v = args.first().copied().unwrap_or(Value::None);
    stream_fd(vm, v).or_else(|| fd_under(vm, v, BINARY_FD))
}

/// `sys.stdout` when the program has replaced it with an object of its own or `None`
/// (`None` here while it is the VM's stream, or `sys` was never imported).
pub(crate) fn replaced_stdout(vm: &mut Vm) -> Option<Value> {
    let sys = *vm.s.modules.get("sys")?;
    let Payload::Module(m) = &sys.payload else {
        return None;
    };
    let key = vm.intern("stdout");
    let v = vm.mapping_get_str(m.dict, key).ok().flatten()?;
    if is_std_stream(vm, v) {
        return None;
    }
    Some(v)
}

/// Whether `v` is one of the VM's text streams (`sys.stdout`, `sys.stderr`, `sys.stdin`).
pub(crate) fn is_std_stream(vm: &mut Vm, v: Value) -> bool {
    stream_fd(vm, v).is_some()
}

/// Whether `v` is `sys.stdout`.
pub(crate) fn is_stdout(vm: &mut Vm, v: Value) -> bool {
    stream_fd(vm, v) == Some(1)
}

/// Writes `text` to a file-like object (`print(file=...)`).
pub(crate) fn write_to(vm: &mut Vm, file: Value, text: &str) -> PyResult<()> {
    match stream_fd(vm, file) {
        Some(1) => vm.write_stdout(text)?,
        Some(2) => vm.write_stderr(text),
        Some(_) => return Err(unsupported(vm, "not writable")),
        None => {
            let write = vm.intern("write");
            let f = vm.get_attr(file, write)?;
            let s = vm.new_str(text);
            vm.call_value(f, &[s], &[])?;
        }
    }
    Ok(())
}

// ---- writing ----

fn text_write(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "write", args, 2, 2)?;
    let text = match args[1].payload() {
        Some(Payload::Str(s)) => s.as_str().to_owned(),
        _ => {
            let msg = format!(
                "write() argument must be str, not {}",
                vm.type_name(args[1])
            );
            return Err(vm.type_error(msg));
        }
    };
    write_to(vm, args[0], &text)?;
    Ok(Value::Int(text.chars().count() as i64))
}

fn text_writelines(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "writelines", args, 2, 2)?;
    let stream = args[0];
    let lines = vm.collect_iter(args[1])?;
    for line in lines {
        text_write(vm, &[stream, line], &[])?;
    }
    Ok(Value::None)
}

fn binary_write(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "write", args, 2, 2)?;
    let bytes = crate::builtins::bytes::buffer_arg(vm, args[1])?;
    match any_fd(vm, args) {
        Some(1) => vm.write_stdout_bytes(&bytes)?,
        Some(2) => vm.write_stderr_bytes(&bytes),
        _ => return Err(unsupported(vm, "write")),
    }
    Ok(Value::Int(bytes.len() as i64))
}

fn flush(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    if any_fd(vm, args) == Some(1) {
        vm.flush_stdout_raising()?;
    }
    Ok(Value::None)
}

// ---- reading ----

/// Fails unless `args[0]` reads standard input.
fn input_stream(vm: &mut Vm, args: &[Value], what: &str) -> PyResult<()> {
    match any_fd(vm, args) {
        Some(0) => Ok(()),
        _ => Err(unsupported(vm, what)),
    }
}

/// Reads up to `limit` bytes of standard input (all if `None`), stopping after a newline
/// when `line` is set. Output waiting in stdout's buffer goes out first, so a prompt shows.
fn read_stdin(vm: &mut Vm, limit: Option<usize>, line: bool) -> PyResult<Vec<u8>> {
    vm.flush_stdout();
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut out = Vec::new();
    loop {
        if limit.is_some_and(|n| out.len() >= n) {
            break;
        }
        let available = match input.fill_buf() {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(vm.io_error(&e, None)),
        };
        if available.is_empty() {
            break;
        }
        let room = limit.map_or(available.len(), |n| n - out.len());
        let mut take = available.len().min(room);
        let mut done = false;
        if line {
            if let Some(i) = available[..take].iter().position(|&b| b == b'\n') {
                take = i + 1;
                done = true;
            }
        }
        out.extend_from_slice(&available[..take]);
        input.consume(take);
        if done {
            break;
        }
    }
    Ok(out)
}

/// Reads `count` characters (all if `None`) or one line of standard input as text.
fn read_text(vm: &mut Vm, count: Option<usize>, line: bool) -> PyResult<Value> {
    let bytes = match count {
        // Whole characters: `n - have` more bytes hold at most that many more characters.
        Some(n) => {
            let mut bytes = Vec::new();
            loop {
                let have = utf8_chars(&bytes);
                if have >= n || (line && bytes.last() == Some(&b'\n')) {
                    break;
                }
                let more = read_stdin(vm, Some(n - have), line)?;
                if more.is_empty() {
                    break;
                }
                bytes.extend_from_slice(&more);
            }
            // Finish a character whose first bytes were read.
            while let Err(e) = std::str::from_utf8(&bytes) {
                if e.error_len().is_some() {
                    break;
                }
                let more = read_stdin(vm, Some(1), false)?;
                if more.is_empty() {
                    break;
                }
                bytes.extend_from_slice(&more);
            }
            bytes
        }
        None => read_stdin(vm, None, line)?,
    };
    let encoding = chosen_encoding().unwrap_or("utf-8");
    let text = crate::builtins::codecs::decode(vm, &bytes, encoding, stdout_errors())?;
    Ok(vm.new_str(text))
}

/// How many characters a UTF-8 byte string holds (counting its lead bytes).
fn utf8_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

fn text_read(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "read", args, 1, 2)?;
    input_stream(vm, args, "not readable")?;
    let count = size_arg(vm, args.get(1))?;
    read_text(vm, count, false)
}

fn text_readline(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "readline", args, 1, 2)?;
    input_stream(vm, args, "not readable")?;
    let count = size_arg(vm, args.get(1))?;
    read_text(vm, count, true)
}

fn text_readlines(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "readlines", args, 1, 2)?;
    input_stream(vm, args, "not readable")?;
    let hint = size_arg(vm, args.get(1))?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = read_text(vm, None, true)?;
        let len = vm.len_of(line)?;
        if len == 0 {
            break;
        }
        lines.push(line);
        total += len;
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn text_next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    input_stream(vm, args, "not readable")?;
    let line = read_text(vm, None, true)?;
    if vm.len_of(line)? == 0 {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

fn binary_read(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "read", args, 1, 2)?;
    input_stream(vm, args, "read")?;
    let limit = size_arg(vm, args.get(1))?;
    let bytes = read_stdin(vm, limit, false)?;
    Ok(crate::builtins::bytes::make(vm, bytes, false))
}

fn binary_readline(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "readline", args, 1, 2)?;
    input_stream(vm, args, "readline")?;
    let limit = size_arg(vm, args.get(1))?;
    let bytes = read_stdin(vm, limit, true)?;
    Ok(crate::builtins::bytes::make(vm, bytes, false))
}

fn binary_readlines(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "readlines", args, 1, 2)?;
    input_stream(vm, args, "readline")?;
    let hint = size_arg(vm, args.get(1))?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = read_stdin(vm, None, true)?;
        if line.is_empty() {
            break;
        }
        total += line.len();
        lines.push(crate::builtins::bytes::make(vm, line, false));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn binary_next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    input_stream(vm, args, "readline")?;
    let line = read_stdin(vm, None, true)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(crate::builtins::bytes::make(vm, line, false))
}

fn iter_self(_vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(args.first().copied().unwrap_or(Value::None))
}

// ---- what a stream says about itself ----

fn fileno(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(any_fd(vm, args).unwrap_or(-1)))
}

fn isatty(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let tty = match any_fd(vm, args) {
        Some(0) => std::io::stdin().is_terminal(),
        Some(1) => std::io::stdout().is_terminal(),
        Some(2) => std::io::stderr().is_terminal(),
        _ => false,
    };
    Ok(Value::Bool(tty))
}

fn readable(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Bool(any_fd(vm, args) == Some(0)))
}

fn writable(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Bool(matches!(any_fd(vm, args), Some(1 | 2))))
}

fn get_name(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let name = match any_fd(vm, args) {
        Some(0) => "<stdin>",
        Some(1) => "<stdout>",
        _ => "<stderr>",
    };
    Ok(vm.new_str(name))
}

fn get_mode(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let v = args.first().copied().unwrap_or(Value::None);
    let binary = stream_fd(vm, v).is_none();
    let mode = match (any_fd(vm, args) == Some(0), binary) {
        (true, false) => "r",
        (false, false) => "w",
        (true, true) => "rb",
        (false, true) => "wb",
    };
    Ok(vm.new_str(mode))
}

fn text_repr(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let name = text_of(get_name(vm, args, kw)?);
    let mode = text_of(get_mode(vm, args, kw)?);
    let encoding = text_of(get_encoding(vm, args, kw)?);
    let text = format!("<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='{encoding}'>");
    Ok(vm.new_str(text))
}

fn binary_repr(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let name = text_of(get_name(vm, args, kw)?);
    let class = args.first().map_or(String::new(), |&v| {
        let class = vm.type_of(v);
        vm.class_name(class)
    });
    Ok(vm.new_str(format!("<_io.{class} name='{name}'>")))
}

/// The text of a str value the getters above made.
fn text_of(v: Value) -> String {
    match v.payload() {
        Some(Payload::Str(s)) => s.as_str().to_owned(),
        _ => String::new(),
    }
}

fn get_encoding(vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let name = match chosen_encoding() {
        Some(encoding) => crate::builtins::codecs::python_name(vm, encoding)?,
        None => "utf-8".to_owned(),
    };
    Ok(vm.new_str(name))
}

fn get_errors(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let errors = match any_fd(vm, args) {
        Some(2) => "backslashreplace",
        _ => stdout_errors(),
    };
    Ok(vm.new_str(errors))
}

/// CPython line-buffers stderr always and stdout on a terminal.
fn get_line_buffering(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let on = match any_fd(vm, args) {
        Some(1) => std::io::stdout().is_terminal(),
        Some(2) => true,
        _ => false,
    };
    Ok(Value::Bool(on))
}
