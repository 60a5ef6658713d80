//! `_bz2`, the native half of CPython's `bz2` module: `BZ2Compressor` and `BZ2Decompressor`
//! over the `bzip2` crate's streams (its pure-Rust libbzip2 port), with CPython's
//! incremental semantics — `max_length`, `needs_input`, `eof`, `unused_data` — and its
//! errors (`OSError("Invalid data stream")`, `EOFError` past the end, `ValueError` after a
//! flush). `bz2.py` from CPython's library builds `BZ2File`, `open`, `compress` and
//! `decompress` on these two classes.

use bzip2::{Action, Compress, Compression, Decompress, Status};
use krait_gc::Gc;

use krait_vm::builtins::bytes::buffer_arg;
use krait_vm::builtins::method_arity;
use krait_vm::builtins::native::{self, bind, bytes, keep_class, kept_class, Sig};
use krait_vm::builtins::new_module;
use krait_vm::error::{Exception, PyResult};
use krait_vm::object::function::KwArgs;
use krait_vm::object::{NativeFn, Object};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// Output is produced in pieces of this many bytes, then grown, as CPython's buffer does.
const CHUNK: usize = 32 * 1024;
const COMPRESSOR: &str = "_bz2.BZ2Compressor";
const DECOMPRESSOR: &str = "_bz2.BZ2Decompressor";

/// Creates `_bz2`.
pub(crate) fn create(vm: &mut Vm) -> PyResult<Gc<Object>> {
    let comp = final_class(
        vm,
        COMPRESSOR,
        Some(compressor_new),
        &[
            ("compress", c_compress),
            ("flush", c_flush),
            ("__reduce__", no_pickle),
        ],
        &[],
    );
    let decomp = final_class(
        vm,
        DECOMPRESSOR,
        Some(decompressor_new),
        &[("decompress", d_decompress), ("__reduce__", no_pickle)],
        &[
            ("eof", d_eof::<Decompressor>),
            ("unused_data", d_unused_data::<Decompressor>),
            ("needs_input", d_needs_input::<Decompressor>),
        ],
    );
    let attrs = vec![
        ("BZ2Compressor", Value::Obj(comp)),
        ("BZ2Decompressor", Value::Obj(decomp)),
    ];
    Ok(new_module(vm, "_bz2", attrs))
}

/// The class `key` names (`module.Name`), made once per VM (every import of the module
/// shares it, as CPython's static types are shared), with `new`, `methods` and read-only
/// `getters`, refusing subclasses as CPython's stream classes do.
pub(crate) fn final_class(
    vm: &mut Vm,
    key: &str,
    new: Option<NativeFn>,
    methods: &[(&'static str, NativeFn)],
    getters: &[(&'static str, NativeFn)],
) -> Gc<Object> {
    if let Some(c) = kept_class(vm, key) {
        return c;
    }
    let (module, name) = key.split_once('.').unwrap_or(("", key));
    let c = native::new_class(vm, module, name, new, methods);
    for &(name, f) in getters {
        native::getter(vm, c, name, f);
    }
    native::mark_final(c);
    keep_class(vm, key, c);
    c
}

/// CPython's exception for a libbzip2 failure.
fn bz2_error(vm: &mut Vm, err: bzip2::Error) -> Exception {
    match err {
        bzip2::Error::Data | bzip2::Error::DataMagic => {
            let class = vm.types().os_error;
            vm.new_error(class, "Invalid data stream")
        }
        bzip2::Error::Sequence => {
            vm.runtime_error("Internal error - Invalid sequence of commands sent to libbzip2")
        }
        bzip2::Error::Param => {
            vm.value_error("Internal error - invalid parameters passed to libbzip2")
        }
    }
}

/// `__reduce__` of both classes: CPython's objects wrap a C stream and cannot be pickled.
fn no_pickle(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Err(cannot_pickle(vm, args, "_bz2", &[COMPRESSOR, DECOMPRESSOR]))
}

/// CPython's "cannot pickle 'X' object" for a native stream object `args[0]`; a class of
/// `module` (one kept under `keys`) is named with its module, as a C type's `tp_name` is.
pub(crate) fn cannot_pickle(vm: &mut Vm, args: &[Value], module: &str, keys: &[&str]) -> Exception {
    let Some(&me) = args.first() else {
        return vm.type_error("cannot pickle 'object' object");
    };
    let class = vm.type_of(me);
    let builtin = keys
        .iter()
        .any(|key| kept_class(vm, key).is_some_and(|c| Gc::ptr_eq(c, class)));
    let short = vm.type_name(me);
    let name = if builtin {
        format!("{module}.{short}")
    } else {
        short.to_string()
    };
    vm.type_error(format!("cannot pickle '{name}' object"))
}

// ---- compression ----

/// A compression stream; `None` once `flush()` ended it.
struct Compressor {
    stream: Option<Compress>,
}

fn compressor_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let default = kept_class(vm, COMPRESSOR).unwrap_or(vm.types().object);
    let class = native::new_class_arg(args, default);
    let sig = Sig {
        name: "BZ2Compressor",
        module: "_bz2",
        params: &["compresslevel"],
        posonly: 1,
        maxpos: 1,
        required: 0,
    };
    let a = bind(vm, &sig, args.get(1..).unwrap_or(&[]), kw)?;
    let level = match a[0] {
        Some(v) => native::c_int(vm, v)?,
        None => 9,
    };
    if !(1..=9).contains(&level) {
        return Err(vm.value_error("compresslevel must be between 1 and 9"));
    }
    let stream = Compress::new(Compression::new(level as u32), 0);
    Ok(native::new_object(
        vm,
        class,
        Compressor {
            stream: Some(stream),
        },
    ))
}

/// Runs `stream` over `input` with `action` until it has taken all of it (`Run`) or ended
/// the stream (`Finish`), returning what it wrote.
fn compress_all(
    stream: &mut Compress,
    input: &[u8],
    action: Action,
) -> Result<Vec<u8>, bzip2::Error> {
    let mut out = Vec::with_capacity(CHUNK);
    let start_in = stream.total_in();
    loop {
        let taken = (stream.total_in() - start_in) as usize;
        if out.capacity() == out.len() {
            out.reserve(out.len().max(CHUNK));
        }
        let status = stream.compress_vec(&input[taken..], &mut out, action)?;
        let taken = (stream.total_in() - start_in) as usize;
        match action {
            Action::Finish if status == Status::StreamEnd => return Ok(out),
            Action::Finish => {}
            _ if taken == input.len() && out.len() < out.capacity() => return Ok(out),
            _ => {}
        }
    }
}

fn c_compress(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "compress", args, 1, 1)?;
    let data = buffer_arg(vm, args[1])?;
    let mut c = native::self_state::<Compressor>(vm, args, "compress", "_bz2.BZ2Compressor")?;
    let Some(stream) = c.stream.as_mut() else {
        drop(c);
        return Err(vm.value_error("Compressor has been flushed"));
    };
    let result = compress_all(stream, &data, Action::Run);
    drop(c);
    match result {
        Ok(out) => Ok(bytes(vm, out)),
        Err(e) => Err(bz2_error(vm, e)),
    }
}

fn c_flush(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "flush", args, 0, 0)?;
    let mut c = native::self_state::<Compressor>(vm, args, "flush", "_bz2.BZ2Compressor")?;
    let Some(mut stream) = c.stream.take() else {
        drop(c);
        return Err(vm.value_error("Repeated call to flush()"));
    };
    let result = compress_all(&mut stream, &[], Action::Finish);
    drop(c);
    match result {
        Ok(out) => Ok(bytes(vm, out)),
        Err(e) => Err(bz2_error(vm, e)),
    }
}

// ---- decompression ----

/// A decompression stream and what CPython's object reports about it.
struct Decompressor {
    stream: Decompress,
    /// Input given but not yet taken by the stream (kept when `max_length` stopped it).
    pending: Vec<u8>,
    eof: bool,
    unused: Vec<u8>,
    needs_input: bool,
}

impl Decompressor {
    /// Decompresses `data` after what is pending, at most `max` bytes when `max` is
    /// `Some`, following CPython's `decompress_buf`: stop at the end of the stream, when
    /// the input is used up, or when the output reached `max`.
    fn run(&mut self, data: &[u8], max: Option<usize>) -> Result<Vec<u8>, bzip2::Error> {
        self.pending.extend_from_slice(data);
        let input = std::mem::take(&mut self.pending);
        let mut out: Vec<u8> = Vec::new();
        let mut taken = 0;
        loop {
            if out.len() == out.capacity() {
                // Double the output each time, as CPython's buffer grows, up to `max`.
                let grow = CHUNK.max(out.len());
                let room = max.map_or(grow, |m| (m - out.len()).min(grow));
                out.reserve_exact(room);
            }
            let before = self.stream.total_in();
            let status = self.stream.decompress_vec(&input[taken..], &mut out);
            taken += (self.stream.total_in() - before) as usize;
            match status {
                Ok(Status::StreamEnd) => {
                    self.eof = true;
                    break;
                }
                Ok(_) => {}
                Err(e) => {
                    self.pending = input[taken..].to_vec();
                    return Err(e);
                }
            }
            if taken == input.len() {
                break;
            }
            if out.len() == out.capacity() && max == Some(out.len()) {
                break;
            }
            if out.len() < out.capacity() && (self.stream.total_in() - before) == 0 {
                // No progress with room to spare: the stream wants input it will not get.
                break;
            }
        }
        let rest = &input[taken..];
        if self.eof {
            self.needs_input = false;
            self.unused.extend_from_slice(rest);
        } else if rest.is_empty() {
            self.needs_input = true;
        } else {
            self.needs_input = false;
            self.pending = rest.to_vec();
        }
        Ok(out)
    }
}

fn decompressor_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let default = kept_class(vm, DECOMPRESSOR).unwrap_or(vm.types().object);
    let class = native::new_class_arg(args, default);
    let rest = args.get(1..).unwrap_or(&[]);
    if !kw.is_empty() {
        return Err(vm.type_error("BZ2Decompressor() takes no keyword arguments"));
    }
    if !rest.is_empty() {
        let msg = format!("BZ2Decompressor expected 0 arguments, got {}", rest.len());
        return Err(vm.type_error(msg));
    }
    let state = Decompressor {
        stream: Decompress::new(false),
        pending: Vec::new(),
        eof: false,
        unused: Vec::new(),
        needs_input: true,
    };
    Ok(native::new_object(vm, class, state))
}

/// The arguments of a decompressor's `decompress(data, max_length=-1)` (`_bz2`'s and
/// `_lzma`'s): the data, and the output limit (`None`: no limit).
pub(crate) fn decompress_args(
    vm: &mut Vm,
    args: &[Value],
    kw: KwArgs<'_>,
    class: &'static str,
) -> PyResult<(Vec<u8>, Option<usize>)> {
    let sig = Sig {
        name: "decompress",
        module: class,
        params: &["data", "max_length"],
        posonly: 0,
        maxpos: 2,
        required: 1,
    };
    let a = bind(vm, &sig, args.get(1..).unwrap_or(&[]), kw)?;
    let data = buffer_arg(vm, a[0].unwrap_or(Value::None))?;
    let max = match a[1] {
        Some(v) => krait_vm::builtins::int_arg(vm, v)?,
        None => -1,
    };
    Ok((data, usize::try_from(max).ok()))
}

fn d_decompress(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let (data, max) = decompress_args(vm, args, kw, "_bz2.BZ2Decompressor")?;
    let mut d = native::self_state::<Decompressor>(vm, args, "decompress", "_bz2.BZ2Decompressor")?;
    if d.eof {
        drop(d);
        let class = vm.types().eof_error;
        return Err(vm.new_error(class, "End of stream already reached"));
    }
    let result = d.run(&data, max);
    drop(d);
    match result {
        Ok(out) => Ok(bytes(vm, out)),
        Err(e) => Err(bz2_error(vm, e)),
    }
}

/// What the decompressor objects of `_bz2` and `_lzma` report alike, so one set of getters
/// serves both classes.
pub(crate) trait DecompressorState: 'static {
    /// The class name in "descriptor … doesn't apply" errors.
    const CLASS: &'static str;
    fn eof(&self) -> bool;
    fn needs_input(&self) -> bool;
    fn unused_data(&self) -> &[u8];
}

impl DecompressorState for Decompressor {
    const CLASS: &'static str = "_bz2.BZ2Decompressor";
    fn eof(&self) -> bool {
        self.eof
    }
    fn needs_input(&self) -> bool {
        self.needs_input
    }
    fn unused_data(&self) -> &[u8] {
        &self.unused
    }
}

/// The `eof` getter.
pub(crate) fn d_eof<T: DecompressorState>(
    vm: &mut Vm,
    args: &[Value],
    _kw: KwArgs<'_>,
) -> PyResult<Value> {
    let d = native::self_state::<T>(vm, args, "eof", T::CLASS)?;
    Ok(Value::Bool(d.eof()))
}

/// The `needs_input` getter.
pub(crate) fn d_needs_input<T: DecompressorState>(
    vm: &mut Vm,
    args: &[Value],
    _kw: KwArgs<'_>,
) -> PyResult<Value> {
    let d = native::self_state::<T>(vm, args, "needs_input", T::CLASS)?;
    Ok(Value::Bool(d.needs_input()))
}

/// The `unused_data` getter.
pub(crate) fn d_unused_data<T: DecompressorState>(
    vm: &mut Vm,
    args: &[Value],
    _kw: KwArgs<'_>,
) -> PyResult<Value> {
    let d = native::self_state::<T>(vm, args, "unused_data", T::CLASS)?;
    let data = d.unused_data().to_vec();
    drop(d);
    Ok(bytes(vm, data))
}
