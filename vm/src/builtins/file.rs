//! `open()` and file objects: `TextIOWrapper` for text modes, `BufferedReader` /
//! `BufferedWriter` / `BufferedRandom` for binary ones, and the small `io` module holding
//! them with `UnsupportedOperation`.
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
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::{Rc, Weak};

use krait_gc::Gc;

use crate::builtins::{check_kwargs, func, int_arg, kwarg, method, set_class_attr};
use crate::error::{Exception, PyResult};
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Bytes read from the OS at a time, and written behind before a flush.
const CHUNK: usize = 8192;

/// The text codecs `open` knows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Codec {
    Utf8,
    Latin1,
    Ascii,
}

impl Codec {
    /// The codec for an encoding name, as Python's codec registry normalises names.
    fn lookup(name: &str) -> Option<Codec> {
        let norm: String = name
            .to_ascii_lowercase()
            .chars()
            .map(|c| if c == '_' || c == ' ' { '-' } else { c })
            .collect();
        match norm.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Some(Codec::Utf8),
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "l1" | "latin"
            | "cp819" | "iso-ir-100" => Some(Codec::Latin1),
            "ascii" | "us-ascii" | "646" | "us" => Some(Codec::Ascii),
            _ => None,
        }
    }

    /// The name in codec error messages.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
        }
    }
}

/// How a text file reads and writes line ends (`newline=`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Newline {
    /// `None`: `\r\n` and `\r` read as `\n`; `\n` written as is (the platform's separator).
    Universal,
    /// `''`: lines end at any of the three, nothing translated.
    Untranslated,
    /// `'\n'`, `'\r'` or `'\r\n'`: lines end there; `\n` is written as this.
    Fixed(&'static str),
}

/// One decoding step.
enum Decoded {
    Char(char, usize),
    /// An invalid byte sequence of this length, with the reason CPython gives.
    Bad(usize, &'static str),
    /// The bytes end inside a character.
    NeedMore,
}

/// What a file object holds.
pub struct FileState {
    file: Option<File>,
    /// `name` as given to `open`.
    name: String,
    /// `mode` as the object reports it.
    mode: String,
    readable: bool,
    writable: bool,
    binary: bool,
    codec: Codec,
    /// The encoding name the object reports.
    encoding: String,
    errors: String,
    newline: Newline,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
}

impl FileState {
    fn closed(&self) -> bool {
        self.file.is_none()
    }

    /// Writes out what waits in `wbuf`.
    fn flush_writes(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let Some(f) = self.file.as_mut() else {
            return Ok(());
        };
        let r = f.write_all(&self.wbuf);
        self.wbuf.clear();
        r
    }

    /// Gives back to the OS what was read ahead, so that the OS position is the logical
    /// one (before writing or seeking).
    fn drop_read_ahead(&mut self) -> std::io::Result<()> {
        let ahead = self.rbuf.len() - self.rpos;
        self.rbuf.clear();
        self.rpos = 0;
        if ahead > 0 {
            if let Some(f) = self.file.as_mut() {
                f.seek(SeekFrom::Current(-(ahead as i64)))?;
            }
        }
        Ok(())
    }

    /// Reads another chunk into `rbuf`; returns how many bytes came (0 at end of file).
    fn fill(&mut self) -> std::io::Result<usize> {
        self.flush_writes()?;
        if self.rpos > 0 && self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        let Some(f) = self.file.as_mut() else {
            return Ok(0);
        };
        let old = self.rbuf.len();
        self.rbuf.resize(old + CHUNK, 0);
        let n = loop {
            match f.read(&mut self.rbuf[old..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.rbuf.truncate(old);
                    return Err(e);
                }
            }
        };
        self.rbuf.truncate(old + n);
        Ok(n)
    }

    /// The read-ahead bytes not consumed yet.
    fn pending(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    /// The logical position.
    fn tell(&mut self) -> std::io::Result<u64> {
        let ahead = (self.rbuf.len() - self.rpos) as u64;
        let queued = self.wbuf.len() as u64;
        let Some(f) = self.file.as_mut() else {
            return Ok(0);
        };
        let os = f.stream_position()?;
        Ok(os + queued - ahead)
    }

    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        self.flush_writes()?;
        self.drop_read_ahead()?;
        match self.file.as_mut() {
            Some(f) => f.seek(to),
            None => Ok(0),
        }
    }

    /// Queues bytes for writing. A binary file writes at its logical position (the
    /// read-ahead is given back); a text file writes where its read-ahead ended, as
    /// CPython's, whose text layer has consumed the whole chunk it decoded.
    fn write_bytes(&mut self, data: &[u8]) -> std::io::Result<()> {
        if !self.rbuf.is_empty() {
            if self.binary {
                self.drop_read_ahead()?;
            } else {
                self.rbuf.clear();
                self.rpos = 0;
            }
        }
        self.wbuf.extend_from_slice(data);
        if self.wbuf.len() >= CHUNK {
            self.flush_writes()?;
        }
        Ok(())
    }

    /// Decodes one character at the front of `bytes`.
    fn decode(&self, bytes: &[u8]) -> Decoded {
        let Some(&b) = bytes.first() else {
            return Decoded::NeedMore;
        };
        match self.codec {
            Codec::Latin1 => Decoded::Char(char::from(b), 1),
            Codec::Ascii if b < 0x80 => Decoded::Char(char::from(b), 1),
            Codec::Ascii => Decoded::Bad(1, "ordinal not in range(128)"),
            Codec::Utf8 => {
                if b < 0x80 {
                    return Decoded::Char(char::from(b), 1);
                }
                let len = match b {
                    0xC2..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    0xF0..=0xF4 => 4,
                    _ => return Decoded::Bad(1, "invalid start byte"),
                };
                // Every continuation byte present must be valid before more are waited for.
                for i in 1..len {
                    let Some(&c) = bytes.get(i) else {
                        return Decoded::NeedMore;
                    };
                    let ok = match (i, b) {
                        (1, 0xE0) => (0xA0..=0xBF).contains(&c),
                        (1, 0xED) => (0x80..=0x9F).contains(&c),
                        (1, 0xF0) => (0x90..=0xBF).contains(&c),
                        (1, 0xF4) => (0x80..=0x8F).contains(&c),
                        _ => (0x80..=0xBF).contains(&c),
                    };
                    if !ok {
                        return Decoded::Bad(i, "invalid continuation byte");
                    }
                }
                match std::str::from_utf8(&bytes[..len]) {
                    Ok(s) => match s.chars().next() {
                        Some(ch) => Decoded::Char(ch, len),
                        None => Decoded::Bad(1, "invalid start byte"),
                    },
                    Err(_) => Decoded::Bad(1, "invalid start byte"),
                }
            }
        }
    }
}

impl Drop for FileState {
    fn drop(&mut self) {
        let _ = self.flush_writes();
    }
}

/// The file objects that may still hold unwritten data.
#[derive(Default)]
pub(crate) struct OpenFiles(Vec<Weak<RefCell<FileState>>>);

impl OpenFiles {
    fn register(&mut self, state: &Rc<RefCell<FileState>>) {
        self.0.retain(|w| w.strong_count() > 0);
        self.0.push(Rc::downgrade(state));
    }

    /// Whether some open file has written data waiting in its buffer.
    fn any_pending(&self) -> bool {
        self.0.iter().any(|w| {
            w.upgrade()
                .is_some_and(|s| s.try_borrow().is_ok_and(|s| !s.wbuf.is_empty()))
        })
    }

    /// Writes out every open file's buffered data (at interpreter exit).
    pub(crate) fn flush_all(&mut self) {
        for w in self.0.drain(..) {
            if let Some(state) = w.upgrade() {
                if let Ok(mut s) = state.try_borrow_mut() {
                    let _ = s.flush_writes();
                }
            }
        }
    }
}

pub(crate) fn install(vm: &mut Vm) {
    func(vm, "open", open);
    let text = vm.s.types.text_io_wrapper;
    let binaries = [
        vm.s.types.buffered_reader,
        vm.s.types.buffered_writer,
        vm.s.types.buffered_random,
    ];
    for class in std::iter::once(text).chain(binaries) {
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
        getter(vm, class, "name", get_name);
        getter(vm, class, "mode", get_mode);
    }
    getter(vm, text, "encoding", get_encoding);
    getter(vm, text, "errors", get_errors);
    getter(vm, text, "line_buffering", |_, _, _| Ok(Value::Bool(false)));
}

/// A read-only property on a builtin class.
fn getter(vm: &mut Vm, class: Gc<Object>, name: &'static str, f: crate::object::NativeFn) {
    let fget = crate::builtins::new_builtin(vm, name, f, BuiltinKind::Function, false);
    let parts: Box<[Value]> = Box::new([fget, Value::None, Value::None, Value::None]);
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
    let path = match file.payload() {
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
    if let Some(b) = params[2] {
        if int_arg(vm, b)? == 0 && !spec.binary {
            return Err(vm.value_error("can't have unbuffered text I/O"));
        }
    }
    if let Some(c) = params[6] {
        if !vm.truthy(c)? {
            return Err(vm.value_error("Cannot use closefd=False with file name"));
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
    let f = match options.open(&path) {
        Ok(f) => f,
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
        mode,
        readable: spec.read || spec.plus,
        writable: !spec.read || spec.plus,
        binary: spec.binary,
        codec,
        encoding: encoding.unwrap_or_else(|| "utf-8".to_owned()),
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

/// The `OSError` subclass CPython raises for an OS error: `errno`, `strerror` and
/// `filename` set, `args` being `(errno, strerror)`.
pub(crate) fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Option<Value>) -> Exception {
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
            (t.os_error, text)
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

/// The file state of `self` (`args[0]`).
fn state(vm: &mut Vm, args: &[Value], what: &str) -> PyResult<Rc<RefCell<FileState>>> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::File(s)) => Ok(Rc::clone(s)),
        _ => {
            let msg = format!("descriptor '{what}' requires a file object");
            Err(vm.type_error(msg))
        }
    }
}

/// The state of an open file, or `ValueError` if it is closed.
fn open_state(vm: &mut Vm, args: &[Value], what: &str) -> PyResult<Rc<RefCell<FileState>>> {
    let s = state(vm, args, what)?;
    if s.borrow().closed() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(s)
}

/// `io.UnsupportedOperation(msg)`.
fn unsupported(vm: &mut Vm, msg: &str) -> Exception {
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
    vm.s.modules.insert("io".to_owned(), m);
    Ok(m)
}

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
    let t = &vm.s.types;
    let attrs = vec![
        ("UnsupportedOperation", Value::Obj(unsupported)),
        ("open", open_fn),
        ("TextIOWrapper", Value::Obj(t.text_io_wrapper)),
        ("BufferedReader", Value::Obj(t.buffered_reader)),
        ("BufferedWriter", Value::Obj(t.buffered_writer)),
        ("BufferedRandom", Value::Obj(t.buffered_random)),
        ("SEEK_SET", Value::Int(0)),
        ("SEEK_CUR", Value::Int(1)),
        ("SEEK_END", Value::Int(2)),
        ("DEFAULT_BUFFER_SIZE", Value::Int(CHUNK as i64)),
    ];
    Ok(crate::builtins::new_module(vm, "io", attrs))
}

/// Turns an OS error during a file operation into the Python exception.
fn io_err<T>(vm: &mut Vm, r: std::io::Result<T>) -> PyResult<T> {
    r.map_err(|e| os_error(vm, &e, None))
}

fn check_readable(vm: &mut Vm, s: &FileState) -> PyResult<()> {
    if !s.readable {
        let msg = if s.binary { "read" } else { "not readable" };
        return Err(unsupported(vm, msg));
    }
    Ok(())
}

fn check_writable(vm: &mut Vm, s: &FileState) -> PyResult<()> {
    if !s.writable {
        let msg = if s.binary { "write" } else { "not writable" };
        return Err(unsupported(vm, msg));
    }
    Ok(())
}

/// A size argument: `None` or negative means "all".
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
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

/// Where a text line ends, as the newline mode reads it.
#[derive(PartialEq, Eq)]
enum Stop {
    Never,
    Line,
}

/// Reads up to `limit` characters of text (all if `None`), stopping after a line end when
/// `stop` asks; newline translation and decoding errors as the file was opened with.
fn read_text(vm: &mut Vm, s: &mut FileState, limit: Option<usize>, stop: Stop) -> PyResult<String> {
    let mut out = String::new();
    let mut count = 0usize;
    let mut eof = false;
    while limit.is_none_or(|l| count < l) {
        // Plain ASCII without `\r` reads the same in every codec and newline mode: take a
        // run of it at once (up to and including a `\n` when reading a line).
        let room = limit.map_or(usize::MAX, |l| l - count);
        let run = plain_run(s.pending(), room, stop == Stop::Line);
        if run > 0 {
            let bytes = &s.rbuf[s.rpos..s.rpos + run];
            out.push_str(std::str::from_utf8(bytes).unwrap_or_default());
            s.rpos += run;
            count += run;
            let ended = stop == Stop::Line
                && match s.newline {
                    Newline::Universal | Newline::Untranslated => out.ends_with('\n'),
                    Newline::Fixed(end) => out.ends_with(end),
                };
            if ended {
                break;
            }
            continue;
        }
        if s.pending().is_empty() || matches!(s.decode(s.pending()), Decoded::NeedMore) && !eof {
            if eof {
                break;
            }
            let n = io_err(vm, s.fill())?;
            if n == 0 {
                eof = true;
                if s.pending().is_empty() {
                    break;
                }
            }
            continue;
        }
        let step = s.decode(s.pending());
        let (c, len) = match step {
            Decoded::Char(c, len) => (Some(c), len),
            Decoded::NeedMore => {
                // Only at the end of the file: a truncated character.
                let len = s.pending().len();
                (bad_bytes(vm, s, len, "unexpected end of data")?, len)
            }
            Decoded::Bad(len, why) => (bad_bytes(vm, s, len, why)?, len),
        };
        let Some(c) = c else {
            s.rpos += len;
            continue;
        };
        if c == '\r' && matches!(s.newline, Newline::Universal | Newline::Untranslated) {
            // A `\r` may be the first half of `\r\n`: look at the next byte.
            if s.pending().len() < 2 && !eof {
                let n = io_err(vm, s.fill())?;
                if n == 0 {
                    eof = true;
                }
                continue;
            }
            let crlf = s.pending().get(1) == Some(&b'\n');
            s.rpos += if crlf { 2 } else { 1 };
            if s.newline == Newline::Universal {
                out.push('\n');
            } else {
                out.push_str(if crlf { "\r\n" } else { "\r" });
            }
            count += 1;
            if stop == Stop::Line {
                break;
            }
            continue;
        }
        s.rpos += len;
        out.push(c);
        count += 1;
        if stop == Stop::Line {
            let ended = match s.newline {
                Newline::Universal | Newline::Untranslated => c == '\n',
                Newline::Fixed(end) => out.ends_with(end),
            };
            if ended {
                break;
            }
        }
    }
    Ok(out)
}

/// How many bytes at the front of `bytes` are ASCII other than `\r` (at most `room`; when
/// `line`, ending after the first `\n`).
fn plain_run(bytes: &[u8], room: usize, line: bool) -> usize {
    let mut n = 0;
    for &b in bytes.iter().take(room) {
        if b >= 0x80 || b == b'\r' {
            break;
        }
        n += 1;
        if line && b == b'\n' {
            break;
        }
    }
    n
}

/// An undecodable byte sequence of `len` bytes at the read position: `UnicodeDecodeError`,
/// or what the error handler puts in its place (`None`: nothing).
fn bad_bytes(vm: &mut Vm, s: &FileState, len: usize, why: &str) -> PyResult<Option<char>> {
    let _ = len;
    match s.errors.as_str() {
        "replace" => Ok(Some('\u{FFFD}')),
        "ignore" => Ok(None),
        "strict" | "backslashreplace" | "xmlcharrefreplace" => {
            let byte = s.pending().first().copied().unwrap_or(0);
            let msg = format!(
                "'{}' codec can't decode byte {byte:#04x} in position {}: {why}",
                s.codec.name(),
                s.rpos
            );
            Err(vm.new_error(vm.s.types.unicode_decode_error, msg))
        }
        other => Err(unknown_handler(vm, other)),
    }
}

/// `LookupError` for an `errors=` name no codec knows (noticed when first needed).
fn unknown_handler(vm: &mut Vm, name: &str) -> Exception {
    let msg = format!("unknown error handler name '{name}'");
    vm.new_error(vm.s.types.lookup_error, msg)
}

/// Encodes text for writing, as the file's codec and error handler say.
fn encode_text(vm: &mut Vm, s: &FileState, text: &str) -> PyResult<Vec<u8>> {
    let translated;
    let text = match s.newline {
        Newline::Fixed(end) if end != "\n" && text.contains('\n') => {
            translated = text.replace('\n', end);
            translated.as_str()
        }
        _ => text,
    };
    let max = match s.codec {
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Latin1 => 0xFF,
        Codec::Ascii => 0x7F,
    };
    let mut out = Vec::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        if (c as u32) <= max {
            out.push(c as u8);
            continue;
        }
        match s.errors.as_str() {
            "replace" => out.push(b'?'),
            "ignore" => {}
            "xmlcharrefreplace" => out.extend(format!("&#{};", c as u32).bytes()),
            "backslashreplace" => {
                let esc = match c as u32 {
                    n if n <= 0xFF => format!("\\x{n:02x}"),
                    n if n <= 0xFFFF => format!("\\u{n:04x}"),
                    n => format!("\\U{n:08x}"),
                };
                out.extend(esc.bytes());
            }
            "strict" => {
                let esc = match c as u32 {
                    n if n <= 0xFF => format!("\\x{n:02x}"),
                    n if n <= 0xFFFF => format!("\\u{n:04x}"),
                    n => format!("\\U{n:08x}"),
                };
                let msg = format!(
                    "'{}' codec can't encode character '{esc}' in position {i}: ordinal not in range({})",
                    s.codec.name(),
                    max + 1
                );
                return Err(vm.new_error(vm.s.types.unicode_encode_error, msg));
            }
            other => return Err(unknown_handler(vm, other)),
        }
    }
    Ok(out)
}

/// Reads up to `limit` bytes (all if `None`), or one line.
fn read_binary(
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

fn new_bytes(vm: &mut Vm, data: Vec<u8>) -> Value {
    Value::Obj(vm.alloc(vm.s.types.bytes, Payload::Bytes(data.into_boxed_slice())))
}

/// Reads text or bytes as `read(size)` / `readline(size)` does.
fn read_some(
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

fn read(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "read", kw, &[])?;
    crate::builtins::method_arity(vm, "read", args, 0, 1)?;
    let limit = size_arg(vm, args.get(1))?;
    read_some(vm, args, "read", limit, false)
}

fn readline(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "readline", kw, &[])?;
    crate::builtins::method_arity(vm, "readline", args, 0, 1)?;
    let limit = size_arg(vm, args.get(1))?;
    read_some(vm, args, "readline", limit, true)
}

fn readlines(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
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

fn write(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "write", kw, &[])?;
    crate::builtins::method_arity(vm, "write", args, 1, 1)?;
    let st = open_state(vm, args, "write")?;
    let binary = st.borrow().binary;
    let data = args[1];
    let (bytes, count) = if binary {
        match data.payload() {
            Some(Payload::Bytes(b)) => (b.to_vec(), b.len()),
            _ => {
                let msg = format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(data)
                );
                return Err(vm.type_error(msg));
            }
        }
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

fn writelines(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "writelines", kw, &[])?;
    crate::builtins::method_arity(vm, "writelines", args, 1, 1)?;
    open_state(vm, args, "writelines")?;
    let items = vm.collect_iter(args[1])?;
    for item in items {
        write(vm, &[args[0], item], &[])?;
    }
    Ok(Value::None)
}

fn seek(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
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

fn tell(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "tell", args, 0, 0)?;
    let st = open_state(vm, args, "tell")?;
    let r = st.borrow_mut().tell();
    let pos = io_err(vm, r)?;
    Ok(Value::Int(pos as i64))
}

fn flush(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "flush", args, 0, 0)?;
    let st = open_state(vm, args, "flush")?;
    let r = st.borrow_mut().flush_writes();
    io_err(vm, r)?;
    Ok(Value::None)
}

fn close(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
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

fn readable(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let st = open_state(vm, args, "readable")?;
    let r = st.borrow().readable;
    Ok(Value::Bool(r))
}

fn writable(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let st = open_state(vm, args, "writable")?;
    let w = st.borrow().writable;
    Ok(Value::Bool(w))
}

fn seekable(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    open_state(vm, args, "seekable")?;
    Ok(Value::Bool(true))
}

fn isatty(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    open_state(vm, args, "isatty")?;
    Ok(Value::Bool(false))
}

fn fileno(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let st = open_state(vm, args, "fileno")?;
    let fd = {
        use std::os::fd::AsRawFd;
        st.borrow().file.as_ref().map_or(-1, |f| f.as_raw_fd())
    };
    Ok(Value::Int(fd as i64))
}

fn truncate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
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

fn enter(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    open_state(vm, args, "__enter__")?;
    Ok(args[0])
}

fn exit(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    close(vm, &args[..1.min(args.len())], &[])?;
    Ok(Value::None)
}

fn next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let line = read_some(vm, &args[..1.min(args.len())], "__next__", None, true)?;
    if vm.len_of(line)? == 0 {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

fn repr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let st = state(vm, args, "__repr__")?;
    let class = vm.class_name(vm.type_of(args[0]));
    let text = repr_text(&st.borrow(), &class);
    Ok(vm.new_str(text))
}

/// `repr()` of a file object of class `class`.
pub(crate) fn repr_text(s: &FileState, class: &str) -> String {
    let name = krait_ast::repr::str_repr(&s.name);
    if s.binary {
        format!("<_io.{class} name={name}>")
    } else {
        let mode = krait_ast::repr::str_repr(&s.mode);
        let enc = krait_ast::repr::str_repr(&s.encoding);
        format!("<_io.{class} name={name} mode={mode} encoding={enc}>")
    }
}

fn get_closed(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let st = state(vm, args, "closed")?;
    let c = st.borrow().closed();
    Ok(Value::Bool(c))
}

fn get_name(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let st = state(vm, args, "name")?;
    let n = st.borrow().name.clone();
    Ok(vm.new_str(n))
}

fn get_mode(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let st = state(vm, args, "mode")?;
    let m = st.borrow().mode.clone();
    Ok(vm.new_str(m))
}

fn get_encoding(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let st = state(vm, args, "encoding")?;
    let e = st.borrow().encoding.clone();
    Ok(vm.new_str(e))
}

fn get_errors(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let st = state(vm, args, "errors")?;
    let e = st.borrow().errors.clone();
    Ok(vm.new_str(e))
}
