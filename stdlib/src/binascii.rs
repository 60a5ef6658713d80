//! The `binascii` module: conversions between binary data and ASCII encodings (hex,
//! base64, uuencode, quoted-printable) and the CRC-32 and CRC-CCITT checksums, with
//! CPython's argument handling and `binascii.Error` messages.

use krait_gc::Gc;
use num_traits::ToPrimitive;

use krait_vm::builtins::native::{bind, bool_opt, bytes, c_int, error, module_class, Sig};
use krait_vm::builtins::{module_functions, new_module};
use krait_vm::error::{Exception, PyResult};
use krait_vm::object::function::KwArgs;
use krait_vm::object::{NativeFn, Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// Creates `binascii`.
pub(crate) fn create(vm: &mut Vm) -> PyResult<Gc<Object>> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("hexlify", hexlify),
        ("b2a_hex", b2a_hex),
        ("unhexlify", unhexlify),
        ("a2b_hex", a2b_hex),
        ("b2a_base64", b2a_base64),
        ("a2b_base64", a2b_base64),
        ("crc32", crc32_fn),
        ("crc_hqx", crc_hqx),
        ("b2a_uu", b2a_uu),
        ("a2b_uu", a2b_uu),
        ("b2a_qp", b2a_qp),
        ("a2b_qp", a2b_qp),
    ];
    let mut attrs = module_functions(vm, funcs);
    let value_error = vm.types().value_error;
    let exception = vm.types().exception;
    let err = krait_vm::builtins::native::new_exception_class(
        vm,
        "binascii",
        "Error",
        vec![value_error],
    )?;
    let incomplete = krait_vm::builtins::native::new_exception_class(
        vm,
        "binascii",
        "Incomplete",
        vec![exception],
    )?;
    attrs.push(("Error", Value::Obj(err)));
    attrs.push(("Incomplete", Value::Obj(incomplete)));
    Ok(new_module(vm, "binascii", attrs))
}

/// `binascii.Error(msg)`.
fn bin_error(vm: &mut Vm, msg: &str) -> Exception {
    match module_class(vm, "binascii", "Error") {
        Ok(class) => error(vm, class, msg),
        Err(e) => e,
    }
}

/// Binary input: any bytes-like object.
fn data_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    krait_vm::builtins::bytes::buffer_arg(vm, v)
}

/// ASCII input of the `a2b_*` functions: bytes-like, or a str of ASCII characters.
pub(crate) fn ascii_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(Payload::Str(s)) = v.payload() {
        if !s.as_str().is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_str().as_bytes().to_vec());
    }
    match krait_vm::builtins::bytes::buffer(&v) {
        Some(b) => Ok(b),
        None => {
            let msg = format!(
                "argument should be bytes, buffer or ASCII string, not '{}'",
                vm.type_name(v)
            );
            Err(vm.type_error(msg))
        }
    }
}

// ---- hex ----

const HEX_SIG: Sig = Sig {
    name: "hexlify",
    module: "binascii",
    params: &["data", "sep", "bytes_per_sep"],
    posonly: 0,
    maxpos: 3,
    required: 1,
};

fn hexlify(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    hex_common(vm, &HEX_SIG, args, kw)
}

fn b2a_hex(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "b2a_hex",
        module: "binascii",
        ..HEX_SIG
    };
    hex_common(vm, &sig, args, kw)
}

fn hex_common(vm: &mut Vm, sig: &Sig, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let a = bind(vm, sig, args, kw)?;
    let data = data_arg(vm, a[0].unwrap_or(Value::None))?;
    let sep = match a[1] {
        None => None,
        Some(v) => Some(sep_arg(vm, v)?),
    };
    let per = match a[2] {
        None => 1,
        Some(v) => c_int(vm, v)?,
    };
    Ok(bytes(vm, hex_bytes(&data, sep, per)))
}

/// The separator of `hexlify`/`bytes.hex`: one character of a str or bytes.
pub(crate) fn sep_arg(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let (len, first) = match v.payload() {
        Some(Payload::Str(s)) => {
            let first = s.as_str().chars().next().map(|c| c as u32);
            (s.as_str().chars().count(), first)
        }
        Some(Payload::Bytes(b)) => (b.len(), b.first().map(|&b| u32::from(b))),
        Some(Payload::ByteArray(b)) => {
            let b = b.borrow();
            (b.len(), b.first().map(|&b| u32::from(b)))
        }
        _ => {
            let len = vm.intern("__len__");
            if vm.type_lookup(vm.type_of(v), len).is_none() {
                let msg = format!("object of type '{}' has no len()", vm.type_name(v));
                return Err(vm.type_error(msg));
            }
            return Err(vm.type_error("sep must be str or bytes."));
        }
    };
    match (len, first) {
        (1, Some(c)) if c > 0xff => Err(vm.value_error("sep must be ASCII.")),
        (1, Some(c)) => Ok(c as u8),
        _ => Err(vm.value_error("sep must be length 1.")),
    }
}

/// Lower-case hex digits of `data`, with `sep` every `per` bytes counted from the right
/// (from the left when `per` is negative).
pub(crate) fn hex_bytes(data: &[u8], sep: Option<u8>, per: i64) -> Vec<u8> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let group = per.unsigned_abs() as usize;
    let mut out = Vec::with_capacity(data.len() * 3);
    let n = data.len();
    for (i, &b) in data.iter().enumerate() {
        if let Some(s) = sep {
            if group > 0 && i > 0 {
                let boundary = if per > 0 {
                    (n - i).is_multiple_of(group)
                } else {
                    i % group == 0
                };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(DIGITS[usize::from(b >> 4)]);
        out.push(DIGITS[usize::from(b & 15)]);
    }
    out
}

fn unhexlify(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    unhex_common(vm, "unhexlify", args, kw)
}

fn a2b_hex(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    unhex_common(vm, "a2b_hex", args, kw)
}

fn unhex_common(
    vm: &mut Vm,
    name: &'static str,
    args: &[Value],
    kw: KwArgs<'_>,
) -> PyResult<Value> {
    let sig = Sig {
        name,
        module: "binascii",
        params: &["hexstr"],
        posonly: 1,
        maxpos: 1,
        required: 1,
    };
    let a = bind(vm, &sig, args, kw)?;
    let text = ascii_arg(vm, a[0].unwrap_or(Value::None))?;
    if text.len() % 2 != 0 {
        return Err(bin_error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(text.len() / 2);
    for pair in text.chunks(2) {
        match (hex_val(pair[0]), hex_val(pair[1])) {
            (Some(h), Some(l)) => out.push(h << 4 | l),
            _ => return Err(bin_error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(bytes(vm, out))
}

fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

// ---- base64 ----

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_val(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

fn b2a_base64(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "b2a_base64",
        module: "binascii",
        params: &["data", "newline"],
        posonly: 1,
        maxpos: 1,
        required: 1,
    };
    let a = bind(vm, &sig, args, kw)?;
    let data = data_arg(vm, a[0].unwrap_or(Value::None))?;
    let newline = bool_opt(vm, a[1], true)?;
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[((n >> (18 - 6 * k)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    Ok(bytes(vm, out))
}

fn a2b_base64(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "a2b_base64",
        module: "binascii",
        params: &["data", "strict_mode"],
        posonly: 1,
        maxpos: 1,
        required: 1,
    };
    let a = bind(vm, &sig, args, kw)?;
    let data = ascii_arg(vm, a[0].unwrap_or(Value::None))?;
    let strict = bool_opt(vm, a[1], false)?;
    match decode_base64(&data, strict) {
        Ok(out) => Ok(bytes(vm, out)),
        Err(msg) => Err(bin_error(vm, &msg)),
    }
}

/// Base64 decoding as CPython's `a2b_base64`: outside strict mode characters outside the
/// alphabet are skipped and a complete pad sequence ends the input.
fn decode_base64(data: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    if strict && data.first() == Some(&b'=') {
        return Err("Leading padding not allowed".into());
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    let mut quad = 0;
    let mut acc: u32 = 0;
    let mut pads = 0;
    let mut padding_started = false;
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        i += 1;
        if c == b'=' {
            padding_started = true;
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i < data.len() {
                        return Err("Excess data after padding".into());
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_val(c) else {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        };
        if strict && padding_started {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        // Each byte is written as soon as its bits are in, so a pad sequence ending a
        // partial group keeps what that group held.
        acc = acc << 6 | u32::from(v);
        if quad > 0 {
            let spare = 6 - 2 * quad;
            out.push((acc >> spare) as u8);
            acc &= (1 << spare) - 1;
        }
        quad = (quad + 1) % 4;
    }
    match quad {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => Err("Incorrect padding".into()),
    }
}

// ---- checksums ----

/// An int argument reduced modulo 2**32 (CPython's `unsigned_int(bitwise=True)`).
pub(crate) fn mask_u32(vm: &mut Vm, v: Value) -> PyResult<u32> {
    match v {
        Value::Int(i) => Ok(i as u32),
        Value::Bool(b) => Ok(u32::from(b)),
        _ => {
            if let Some(Payload::BigInt(b)) = v.payload() {
                let m = b & num_bigint::BigInt::from(0xffff_ffffu32);
                return Ok(m.to_u32().unwrap_or(0));
            }
            let n = krait_vm::builtins::int_arg(vm, v)?;
            Ok(n as u32)
        }
    }
}

/// The CRC-32 of `data` continuing from `crc` (zlib's polynomial, reflected).
pub(crate) fn crc32(data: &[u8], crc: u32) -> u32 {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (n, slot) in t.iter_mut().enumerate() {
            let mut c = n as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xedb8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *slot = c;
        }
        t
    });
    let mut c = !crc;
    for &b in data {
        c = table[((c ^ u32::from(b)) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

fn crc32_fn(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "crc32",
        module: "binascii",
        params: &["data", "crc"],
        posonly: 2,
        maxpos: 2,
        required: 1,
    };
    let a = bind(vm, &sig, args, kw)?;
    let data = data_arg(vm, a[0].unwrap_or(Value::None))?;
    let crc = match a[1] {
        None => 0,
        Some(v) => mask_u32(vm, v)?,
    };
    Ok(Value::Int(i64::from(crc32(&data, crc))))
}

fn crc_hqx(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "crc_hqx",
        module: "binascii",
        params: &["data", "crc"],
        posonly: 2,
        maxpos: 2,
        required: 2,
    };
    let a = bind(vm, &sig, args, kw)?;
    let data = data_arg(vm, a[0].unwrap_or(Value::None))?;
    let mut crc = mask_u32(vm, a[1].unwrap_or(Value::Int(0)))? & 0xffff;
    for &b in &data {
        crc ^= u32::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
        crc &= 0xffff;
    }
    Ok(Value::Int(i64::from(crc)))
}

// ---- uuencode ----

fn b2a_uu(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "b2a_uu",
        module: "binascii",
        params: &["data", "backtick"],
        posonly: 1,
        maxpos: 1,
        required: 1,
    };
    let a = bind(vm, &sig, args, kw)?;
    let data = data_arg(vm, a[0].unwrap_or(Value::None))?;
    let backtick = bool_opt(vm, a[1], false)?;
    if data.len() > 45 {
        return Err(bin_error(vm, "At most 45 bytes at once"));
    }
    let enc = |v: u8| -> u8 {
        if backtick && v == 0 {
            b'`'
        } else {
            b' ' + v
        }
    };
    let mut out = vec![enc(data.len() as u8)];
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for k in 0..4 {
            out.push(enc(((n >> (18 - 6 * k)) & 63) as u8));
        }
    }
    out.push(b'\n');
    Ok(bytes(vm, out))
}

fn a2b_uu(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "a2b_uu",
        module: "binascii",
        params: &["data"],
        posonly: 1,
        maxpos: 1,
        required: 1,
    };
    let a = bind(vm, &sig, args, kw)?;
    let data = ascii_arg(vm, a[0].unwrap_or(Value::None))?;
    // An empty line reads as a NUL length byte, as CPython reads its terminator.
    let first = data.first().copied().unwrap_or(0);
    let mut want = usize::from(first.wrapping_sub(b' ') & 0x3f);
    let mut out = Vec::with_capacity(want);
    let mut rest = data.get(1..).unwrap_or(&[]).iter();
    let mut acc: u32 = 0;
    let mut bits = 0;
    while want > 0 {
        let c = rest.next().copied();
        let v = match c {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(c) if !(b' '..=b' ' + 64).contains(&c) => {
                return Err(bin_error(vm, "Illegal char"));
            }
            Some(c) => (c - b' ') & 0x3f,
        };
        acc = acc << 6 | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
            want -= 1;
        }
    }
    for &c in rest {
        if !matches!(c, b' ' | b'`' | b'\n' | b'\r') {
            return Err(bin_error(vm, "Trailing garbage"));
        }
    }
    Ok(bytes(vm, out))
}

// ---- quoted-printable ----

/// The longest encoded line `b2a_qp` writes, soft line break included.
const MAX_LINE: usize = 76;

fn b2a_qp(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "b2a_qp",
        module: "binascii",
        params: &["data", "quotetabs", "istext", "header"],
        posonly: 0,
        maxpos: 4,
        required: 1,
    };
    let a = bind(vm, &sig, args, kw)?;
    let data = data_arg(vm, a[0].unwrap_or(Value::None))?;
    let quotetabs = bool_opt(vm, a[1], false)?;
    let istext = bool_opt(vm, a[2], true)?;
    let header = bool_opt(vm, a[3], false)?;
    Ok(bytes(vm, encode_qp(&data, quotetabs, istext, header)))
}

fn encode_qp(data: &[u8], quotetabs: bool, istext: bool, header: bool) -> Vec<u8> {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    // Line breaks are written as the first one in the data is (CRLF or LF).
    let crlf = data
        .iter()
        .position(|&c| c == b'\n')
        .is_some_and(|p| p > 0 && data[p - 1] == b'\r');
    let newline: &[u8] = if crlf { b"\r\n" } else { b"\n" };
    let n = data.len();
    let mut out = Vec::with_capacity(n * 2);
    let mut line = 0;
    let mut i = 0;
    while i < n {
        let c = data[i];
        let next = data.get(i + 1).copied();
        let at_end = i + 1 == n;
        let lone_dot =
            c == b'.' && line == 0 && matches!(next, None | Some(b'\n') | Some(b'\r') | Some(0));
        let encode = c > 126
            || c == b'='
            || (header && c == b'_')
            || lone_dot
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && at_end)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if encode {
            if line + 3 >= MAX_LINE {
                out.push(b'=');
                out.extend_from_slice(newline);
                line = 0;
            }
            out.extend_from_slice(&[b'=', HEX[usize::from(c >> 4)], HEX[usize::from(c & 15)]]);
            line += 3;
            i += 1;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            line = 0;
            // Whitespace before a line break would be lost in transport: encode it.
            if let Some(&last) = out.last() {
                if last == b' ' || last == b'\t' {
                    out.pop();
                    out.extend_from_slice(&[
                        b'=',
                        HEX[usize::from(last >> 4)],
                        HEX[usize::from(last & 15)],
                    ]);
                }
            }
            out.extend_from_slice(newline);
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if !at_end && next != Some(b'\n') && line + 1 >= MAX_LINE {
                out.push(b'=');
                out.extend_from_slice(newline);
                line = 0;
            }
            line += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    out
}

fn a2b_qp(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "a2b_qp",
        module: "binascii",
        params: &["data", "header"],
        posonly: 0,
        maxpos: 2,
        required: 1,
    };
    let a = bind(vm, &sig, args, kw)?;
    let data = ascii_arg(vm, a[0].unwrap_or(Value::None))?;
    let header = bool_opt(vm, a[1], false)?;
    Ok(bytes(vm, decode_qp(&data, header)))
}

fn decode_qp(data: &[u8], header: bool) -> Vec<u8> {
    let n = data.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        let c = data[i];
        if c == b'=' {
            i += 1;
            if i >= n {
                break;
            }
            let d = data[i];
            if d == b'\n' || d == b'\r' {
                // A soft line break: skip to the end of the line.
                while i < n && data[i] != b'\n' {
                    i += 1;
                }
                if i < n {
                    i += 1;
                }
            } else if d == b'=' {
                out.push(b'=');
                i += 1;
            } else if let (Some(h), Some(l)) =
                (hex_val(d), data.get(i + 1).copied().and_then(hex_val))
            {
                out.push(h << 4 | l);
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && c == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}
