//! The `zlib` module over miniz_oxide's streaming deflate and inflate: one-shot
//! `compress`/`decompress`, `compressobj`/`decompressobj` streams, `crc32` and `adler32`,
//! with CPython's `wbits` meanings (9..15 a zlib stream, -15..-9 raw deflate, 25..31 a gzip
//! member, 40..47 for decompression either). The gzip header and trailer are written and
//! checked here; compressed bytes differ from C zlib's, but every stream is valid deflate.

use krait_gc::Gc;
use miniz_oxide::deflate::core::{create_comp_flags_from_zip_params, CompressorOxide};
use miniz_oxide::inflate::stream::InflateState;
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};

use krait_vm::builtins::native::{self, bind, bytes, Sig};
use krait_vm::builtins::{method_arity, module_functions, new_module};
use krait_vm::error::{Exception, PyResult};
use krait_vm::object::function::KwArgs;
use krait_vm::object::{NativeFn, Object};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

const Z_FINISH: i64 = 4;
const CHUNK: usize = 16384;

/// Creates `zlib`.
pub(crate) fn create(vm: &mut Vm) -> PyResult<Gc<Object>> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("compress", compress),
        ("decompress", decompress),
        ("compressobj", compressobj),
        ("decompressobj", decompressobj),
        ("crc32", crc32),
        ("adler32", adler32),
    ];
    let mut attrs = module_functions(vm, funcs);
    let comp = native::new_class(
        vm,
        "zlib",
        "Compress",
        None,
        &[("compress", c_compress), ("flush", c_flush)],
    );
    let decomp = native::new_class(
        vm,
        "zlib",
        "Decompress",
        None,
        &[("decompress", d_decompress), ("flush", d_flush)],
    );
    native::getter(vm, decomp, "unused_data", d_unused_data);
    native::getter(vm, decomp, "unconsumed_tail", d_unconsumed_tail);
    native::getter(vm, decomp, "eof", d_eof);
    attrs.push(("_Compress", Value::Obj(comp)));
    attrs.push(("_Decompress", Value::Obj(decomp)));
    let exception = vm.types().exception;
    let error = native::new_exception_class(vm, "zlib", "error", vec![exception])?;
    attrs.push(("error", Value::Obj(error)));
    for (name, v) in [
        ("MAX_WBITS", 15),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", 16384),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", 4),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ] {
        attrs.push((name, Value::Int(v)));
    }
    let version = vm.new_str("1.2.13");
    attrs.push(("ZLIB_VERSION", version));
    attrs.push(("ZLIB_RUNTIME_VERSION", version));
    Ok(new_module(vm, "zlib", attrs))
}

fn zerror(vm: &mut Vm, msg: &str) -> Exception {
    match native::module_class(vm, "zlib", "error") {
        Ok(class) => native::error(vm, class, msg),
        Err(e) => e,
    }
}

/// The container a `wbits` value names.
#[derive(Clone, Copy, PartialEq)]
enum Wrap {
    Zlib,
    Raw,
    Gzip,
    Auto,
}

fn wrap_of(wbits: i64, decompressing: bool) -> Option<Wrap> {
    match wbits {
        8..=15 => Some(Wrap::Zlib),
        0 if decompressing => Some(Wrap::Zlib),
        -15..=-8 => Some(Wrap::Raw),
        24..=31 => Some(Wrap::Gzip),
        40..=47 if decompressing => Some(Wrap::Auto),
        _ => None,
    }
}

fn int_opt(vm: &mut Vm, v: Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => native::c_int(vm, v),
    }
}

// ---- compression ----

/// A deflate stream, with the gzip member's running checksum when it writes one.
struct Deflater {
    comp: Box<CompressorOxide>,
    gzip: Option<(u32, u32)>,
    header_written: bool,
    level: i64,
    finished: bool,
}

impl Deflater {
    fn new(level: i64, wrap: Wrap, strategy: i64) -> Deflater {
        let level = if level == -1 { 6 } else { level };
        let window = if wrap == Wrap::Zlib { 15 } else { -15 };
        let flags = create_comp_flags_from_zip_params(level as i32, window, strategy as i32);
        Deflater {
            comp: Box::new(CompressorOxide::new(flags)),
            gzip: (wrap == Wrap::Gzip).then_some((0, 0)),
            header_written: false,
            level,
            finished: false,
        }
    }

    fn run(&mut self, mut input: &[u8], flush: MZFlush) -> Vec<u8> {
        let mut out = Vec::new();
        if let Some((crc, len)) = self.gzip.as_mut() {
            if !self.header_written {
                let xfl = match self.level {
                    9 => 2,
                    1 => 4,
                    _ => 0,
                };
                out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]);
            }
            *crc = crate::binascii::crc32(input, *crc);
            *len = len.wrapping_add(input.len() as u32);
        }
        self.header_written = true;
        let mut buf = vec![0u8; CHUNK];
        loop {
            let r = miniz_oxide::deflate::stream::deflate(&mut self.comp, input, &mut buf, flush);
            input = &input[r.bytes_consumed..];
            out.extend_from_slice(&buf[..r.bytes_written]);
            match r.status {
                Ok(MZStatus::StreamEnd) => {
                    self.finished = true;
                    break;
                }
                Ok(_) => {
                    if flush != MZFlush::Finish && input.is_empty() && r.bytes_written < buf.len() {
                        break;
                    }
                }
                Err(_) => break,
            }
        }
        if self.finished {
            if let Some((crc, len)) = self.gzip {
                out.extend_from_slice(&crc.to_le_bytes());
                out.extend_from_slice(&len.to_le_bytes());
            }
        }
        out
    }
}

fn check_level(vm: &mut Vm, level: i64, what: &str) -> PyResult<()> {
    if level == -1 || (0..=9).contains(&level) {
        return Ok(());
    }
    if what == "compress" {
        Err(zerror(vm, "Bad compression level"))
    } else {
        Err(vm.value_error("Invalid initialization option"))
    }
}

fn compress(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "compress",
        module: "zlib",
        params: &["data", "level", "wbits"],
        posonly: 1,
        maxpos: 3,
        required: 1,
    };
    let a = bind(vm, &sig, args, kw)?;
    let data = krait_vm::builtins::bytes::buffer_arg(vm, a[0].unwrap_or(Value::None))?;
    let level = int_opt(vm, a[1], -1)?;
    let wbits = int_opt(vm, a[2], 15)?;
    check_level(vm, level, "compress")?;
    let Some(wrap) = wrap_of(wbits, false) else {
        return Err(zerror(vm, "Bad compression level"));
    };
    let mut d = Deflater::new(level, wrap, 0);
    let out = d.run(&data, MZFlush::Finish);
    Ok(bytes(vm, out))
}

fn compressobj(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "compressobj",
        module: "zlib",
        params: &["level", "method", "wbits", "memLevel", "strategy", "zdict"],
        posonly: 0,
        maxpos: 6,
        required: 0,
    };
    let a = bind(vm, &sig, args, kw)?;
    let level = int_opt(vm, a[0], -1)?;
    let method = int_opt(vm, a[1], 8)?;
    let wbits = int_opt(vm, a[2], 15)?;
    let mem = int_opt(vm, a[3], 8)?;
    let strategy = int_opt(vm, a[4], 0)?;
    check_level(vm, level, "compressobj")?;
    let wrap = wrap_of(wbits, false);
    if method != 8 || wrap.is_none() || !(1..=9).contains(&mem) || !(0..=4).contains(&strategy) {
        return Err(vm.value_error("Invalid initialization option"));
    }
    if matches!(a[5], Some(v) if !v.is_none()) {
        return Err(vm.value_error("zdict is not supported"));
    }
    let class = native::module_class(vm, "zlib", "_Compress")?;
    let d = Deflater::new(level, wrap.unwrap_or(Wrap::Zlib), strategy);
    Ok(native::new_object(vm, class, d))
}

fn c_compress(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "compress", args, 1, 1)?;
    let data = krait_vm::builtins::bytes::buffer_arg(vm, args[1])?;
    let mut d = native::self_state::<Deflater>(vm, args, "compress", "zlib.Compress")?;
    if d.finished {
        drop(d);
        return Err(zerror(
            vm,
            "Error -2 while compressing data: inconsistent stream state",
        ));
    }
    let out = d.run(&data, MZFlush::None);
    drop(d);
    Ok(bytes(vm, out))
}

fn c_flush(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "flush", args, 0, 1)?;
    let mode = match args.get(1) {
        Some(&v) => native::c_int(vm, v)?,
        None => Z_FINISH,
    };
    let mut d = native::self_state::<Deflater>(vm, args, "flush", "zlib.Compress")?;
    if d.finished && mode != 0 {
        drop(d);
        return Err(zerror(
            vm,
            "Error -2 while flushing: inconsistent stream state",
        ));
    }
    if mode == 0 {
        drop(d);
        return Ok(bytes(vm, Vec::new()));
    }
    let flush = match mode {
        4 => MZFlush::Finish,
        3 => MZFlush::Full,
        _ => MZFlush::Sync,
    };
    let out = d.run(&[], flush);
    drop(d);
    Ok(bytes(vm, out))
}

// ---- decompression ----

/// An inflate stream and what CPython's decompressor object reports about it.
struct Inflater {
    state: Box<InflateState>,
    wrap: Wrap,
    /// Input seen before the gzip header could be parsed.
    pending: Vec<u8>,
    /// Whether the container's header was read (gzip) or detected (auto).
    started: bool,
    crc: u32,
    len: u32,
    eof: bool,
    unused: Vec<u8>,
    tail: Vec<u8>,
    /// Whether any deflate data was seen (for the first-block diagnosis).
    seen: bool,
    /// After a gzip member's deflate data: the trailer bytes read so far.
    trailer: Option<Vec<u8>>,
}

impl Inflater {
    fn new(wrap: Wrap) -> Inflater {
        let format = if wrap == Wrap::Zlib {
            DataFormat::Zlib
        } else {
            DataFormat::Raw
        };
        Inflater {
            state: InflateState::new_boxed(format),
            wrap,
            pending: Vec::new(),
            started: wrap == Wrap::Zlib || wrap == Wrap::Raw,
            crc: 0,
            len: 0,
            eof: false,
            unused: Vec::new(),
            tail: Vec::new(),
            seen: false,
            trailer: None,
        }
    }

    /// Length of a complete gzip header at the start of `b`, `Ok(None)` when more bytes are
    /// needed.
    fn gzip_header(b: &[u8]) -> Result<Option<usize>, &'static str> {
        if b.len() < 10 {
            return Ok(None);
        }
        if b[0] != 0x1f || b[1] != 0x8b {
            return Err("incorrect header check");
        }
        if b[2] != 8 {
            return Err("unknown compression method");
        }
        let flags = b[3];
        let mut i = 10;
        if flags & 4 != 0 {
            if b.len() < i + 2 {
                return Ok(None);
            }
            i += 2 + usize::from(u16::from_le_bytes([b[i], b[i + 1]]));
        }
        for bit in [8u8, 16] {
            if flags & bit != 0 {
                match b.get(i..).and_then(|r| r.iter().position(|&c| c == 0)) {
                    Some(p) => i += p + 1,
                    None => return Ok(None),
                }
            }
        }
        if flags & 2 != 0 {
            i += 2;
        }
        if b.len() < i {
            return Ok(None);
        }
        Ok(Some(i))
    }

    /// Inflates `input`, at most `max` bytes of output (0: no limit). Sets `eof`, `unused`
    /// and `tail` as CPython's decompressor does.
    fn run(&mut self, input: &[u8], max: usize) -> Result<Vec<u8>, String> {
        let mut owned;
        let mut input = input;
        if !self.started {
            self.pending.extend_from_slice(input);
            if self.wrap == Wrap::Auto {
                if self.pending.len() < 2 {
                    return Ok(Vec::new());
                }
                if self.pending[0] == 0x1f && self.pending[1] == 0x8b {
                    self.wrap = Wrap::Gzip;
                } else {
                    self.wrap = Wrap::Zlib;
                    self.state = InflateState::new_boxed(DataFormat::Zlib);
                    self.started = true;
                }
            }
            if self.wrap == Wrap::Gzip {
                match Self::gzip_header(&self.pending)? {
                    None => return Ok(Vec::new()),
                    Some(n) => {
                        self.pending.drain(..n);
                        self.started = true;
                    }
                }
            }
            owned = std::mem::take(&mut self.pending);
            input = &owned;
        } else {
            owned = Vec::new();
            let _ = &mut owned;
        }
        if self.eof {
            self.unused.extend_from_slice(input);
            return Ok(Vec::new());
        }
        if self.trailer.is_some() {
            self.read_trailer(input)?;
            return Ok(Vec::new());
        }
        if !self.seen && !input.is_empty() {
            self.seen = true;
            self.first_block_check(input)?;
        }
        let mut out = Vec::new();
        let mut buf = vec![0u8; CHUNK];
        loop {
            let room = if max > 0 {
                (max - out.len()).min(CHUNK)
            } else {
                CHUNK
            };
            if room == 0 {
                self.tail = input.to_vec();
                break;
            }
            let r = miniz_oxide::inflate::stream::inflate(
                &mut self.state,
                input,
                &mut buf[..room],
                MZFlush::None,
            );
            input = &input[r.bytes_consumed..];
            out.extend_from_slice(&buf[..r.bytes_written]);
            match r.status {
                Ok(MZStatus::StreamEnd) => {
                    self.eof = true;
                    self.tail.clear();
                    if self.wrap == Wrap::Gzip {
                        self.crc = crate::binascii::crc32(&out, self.crc);
                        self.len = self.len.wrapping_add(out.len() as u32);
                        self.eof = false;
                        self.trailer = Some(Vec::new());
                        self.read_trailer(input)?;
                        return Ok(out);
                    }
                    let rest = input;
                    self.unused.extend_from_slice(rest);
                    return Ok(out);
                }
                Ok(_) | Err(MZError::Buf) => {
                    if input.is_empty() && r.bytes_written < room {
                        self.tail.clear();
                        break;
                    }
                    if r.bytes_consumed == 0 && r.bytes_written == 0 {
                        self.tail = input.to_vec();
                        break;
                    }
                }
                Err(MZError::Data) => {
                    let zlib_adler = self.wrap == Wrap::Zlib && input.is_empty();
                    return Err(if zlib_adler {
                        "incorrect data check"
                    } else {
                        "invalid code lengths set"
                    }
                    .into());
                }
                Err(_) => return Err("invalid data".into()),
            }
        }
        if self.wrap == Wrap::Gzip {
            self.crc = crate::binascii::crc32(&out, self.crc);
            self.len = self.len.wrapping_add(out.len() as u32);
        }
        Ok(out)
    }

    /// Collects a gzip member's 8-byte trailer and checks it; the stream ends with it.
    fn read_trailer(&mut self, input: &[u8]) -> Result<(), String> {
        let Some(buf) = self.trailer.as_mut() else {
            return Ok(());
        };
        let take = (8 - buf.len()).min(input.len());
        buf.extend_from_slice(&input[..take]);
        if buf.len() < 8 {
            return Ok(());
        }
        let crc = u32::from_le_bytes([buf[0], buf[1], buf[2], buf[3]]);
        let len = u32::from_le_bytes([buf[4], buf[5], buf[6], buf[7]]);
        if crc != self.crc {
            return Err("incorrect data check".into());
        }
        if len != self.len {
            return Err("incorrect length check".into());
        }
        self.trailer = None;
        self.eof = true;
        self.unused.extend_from_slice(&input[take..]);
        Ok(())
    }

    /// CPython's messages for the commonest corruptions, found before inflating: a zlib
    /// header that fails its check, and a first block of the reserved type.
    fn first_block_check(&self, input: &[u8]) -> Result<(), String> {
        let mut body = input;
        if self.wrap == Wrap::Zlib {
            if input.len() >= 2 {
                let (cmf, flg) = (input[0], input[1]);
                if (u16::from(cmf) << 8 | u16::from(flg)) % 31 != 0 {
                    return Err("incorrect header check".into());
                }
                if cmf & 0x0f != 8 {
                    return Err("unknown compression method".into());
                }
                body = &input[2..];
            } else {
                return Ok(());
            }
        }
        if let Some(&b) = body.first() {
            if (b >> 1) & 3 == 3 {
                return Err("invalid block type".into());
            }
        }
        Ok(())
    }
}

fn decompress(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "decompress",
        module: "zlib",
        params: &["data", "wbits", "bufsize"],
        posonly: 1,
        maxpos: 3,
        required: 1,
    };
    let a = bind(vm, &sig, args, kw)?;
    let data = krait_vm::builtins::bytes::buffer_arg(vm, a[0].unwrap_or(Value::None))?;
    let wbits = int_opt(vm, a[1], 15)?;
    let bufsize = int_opt(vm, a[2], 16384)?;
    if bufsize < 0 {
        return Err(vm.value_error("bufsize must be non-negative"));
    }
    let Some(wrap) = wrap_of(wbits, true) else {
        return Err(zerror(
            vm,
            "Error -2 while preparing to decompress data: inconsistent stream state",
        ));
    };
    let mut inf = Inflater::new(wrap);
    match inf.run(&data, 0) {
        Ok(out) if inf.eof => Ok(bytes(vm, out)),
        Ok(_) => Err(zerror(
            vm,
            "Error -5 while decompressing data: incomplete or truncated stream",
        )),
        Err(msg) => {
            let msg = format!("Error -3 while decompressing data: {msg}");
            Err(zerror(vm, &msg))
        }
    }
}

fn decompressobj(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "decompressobj",
        module: "zlib",
        params: &["wbits", "zdict"],
        posonly: 0,
        maxpos: 2,
        required: 0,
    };
    let a = bind(vm, &sig, args, kw)?;
    let wbits = int_opt(vm, a[0], 15)?;
    let Some(wrap) = wrap_of(wbits, true) else {
        return Err(vm.value_error("Invalid initialization option"));
    };
    if matches!(a[1], Some(v) if !v.is_none()) {
        return Err(vm.value_error("zdict is not supported"));
    }
    let class = native::module_class(vm, "zlib", "_Decompress")?;
    Ok(native::new_object(vm, class, Inflater::new(wrap)))
}

fn d_decompress(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "decompress",
        module: "zlib",
        params: &["data", "max_length"],
        posonly: 1,
        maxpos: 2,
        required: 1,
    };
    native::self_state::<Inflater>(vm, args, "decompress", "zlib.Decompress")?;
    let a = bind(vm, &sig, &args[1..], kw)?;
    let data = krait_vm::builtins::bytes::buffer_arg(vm, a[0].unwrap_or(Value::None))?;
    // A `Py_ssize_t` in CPython: `sys.maxsize` (as `_compression` passes) is allowed.
    let max = match a[1] {
        Some(v) => krait_vm::builtins::int_arg(vm, v)?,
        None => 0,
    };
    if max < 0 {
        return Err(vm.value_error("max_length must be non-negative"));
    }
    let r = native::self_state::<Inflater>(vm, args, "decompress", "zlib.Decompress")?
        .run(&data, max as usize);
    match r {
        Ok(out) => Ok(bytes(vm, out)),
        Err(msg) => {
            let msg = format!("Error -3 while decompressing data: {msg}");
            Err(zerror(vm, &msg))
        }
    }
}

fn d_flush(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "flush", args, 0, 1)?;
    if let Some(&v) = args.get(1) {
        if native::c_int(vm, v)? <= 0 {
            return Err(vm.value_error("length must be greater than zero"));
        }
    }
    let r = {
        let mut st = native::self_state::<Inflater>(vm, args, "flush", "zlib.Decompress")?;
        let tail = std::mem::take(&mut st.tail);
        st.run(&tail, 0)
    };
    match r {
        Ok(out) => Ok(bytes(vm, out)),
        Err(msg) => {
            let msg = format!("Error -3 while flushing: {msg}");
            Err(zerror(vm, &msg))
        }
    }
}

fn d_unused_data(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let b = native::self_state::<Inflater>(vm, args, "unused_data", "zlib.Decompress")?
        .unused
        .clone();
    Ok(bytes(vm, b))
}

fn d_unconsumed_tail(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let b = native::self_state::<Inflater>(vm, args, "unconsumed_tail", "zlib.Decompress")?
        .tail
        .clone();
    Ok(bytes(vm, b))
}

fn d_eof(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let eof = native::self_state::<Inflater>(vm, args, "eof", "zlib.Decompress")?.eof;
    Ok(Value::Bool(eof))
}

// ---- checksums ----

fn checksum_args(
    vm: &mut Vm,
    name: &'static str,
    args: &[Value],
    kw: KwArgs<'_>,
    start: u32,
) -> PyResult<(Vec<u8>, u32)> {
    let sig = Sig {
        name,
        module: "zlib",
        params: &["data", "value"],
        posonly: 2,
        maxpos: 2,
        required: 1,
    };
    let a = bind(vm, &sig, args, kw)?;
    let data = krait_vm::builtins::bytes::buffer_arg(vm, a[0].unwrap_or(Value::None))?;
    let value = match a[1] {
        Some(v) => crate::binascii::mask_u32(vm, v)?,
        None => start,
    };
    Ok((data, value))
}

fn crc32(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let (data, value) = checksum_args(vm, "crc32", args, kw, 0)?;
    Ok(Value::Int(i64::from(crate::binascii::crc32(&data, value))))
}

fn adler32(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let (data, value) = checksum_args(vm, "adler32", args, kw, 1)?;
    let (mut a, mut b) = (value & 0xffff, value >> 16);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += u32::from(x);
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    Ok(Value::Int(i64::from(b << 16 | a)))
}
