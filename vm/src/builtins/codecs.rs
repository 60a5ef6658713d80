//! The text codecs behind `str.encode` and `bytes.decode`: UTF-8, ASCII, Latin-1 and the
//! single-byte code pages whose lower half is ASCII (the lexer's tables), with
//! the error handlers `strict`, `ignore`, `replace`, `backslashreplace` and
//! `xmlcharrefreplace`, and CPython's `UnicodeEncodeError` / `UnicodeDecodeError` texts.

use crate::error::PyResult;
use crate::vm::Vm;

/// A codec Krait implements.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// `raw_unicode_escape`: Latin-1, with `\uXXXX` / `\UXXXXXXXX` for the rest (pickle's
    /// protocol 0 writes strs this way).
    RawUnicodeEscape,
    /// `unicode_escape`: printable ASCII as it is, everything else as a Python escape.
    UnicodeEscape,
    /// UTF-16 or UTF-32 (`wide`), big-endian or little, with a byte order mark (`bom`: the
    /// plain `utf-16` / `utf-32`, little-endian when writing).
    Utf16 {
        big: bool,
        bom: bool,
    },
    Utf32 {
        big: bool,
        bom: bool,
    },
    /// A single-byte codec whose lower half is ASCII (`iso8859_15`, `cp1252`, `koi8_r`,
    /// …): the characters of bytes 0x80-0xFF, 0 for a byte it does not map.
    Table(&'static [u16; 128]),
}

impl Codec {
    /// The name CPython shows in error messages.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::RawUnicodeEscape => "rawunicodeescape",
            Codec::UnicodeEscape => "unicodeescape",
            Codec::Utf16 { bom: true, .. } => "utf-16",
            Codec::Utf16 { big: false, .. } => "utf-16-le",
            Codec::Utf16 { big: true, .. } => "utf-16-be",
            Codec::Utf32 { bom: true, .. } => "utf-32",
            Codec::Utf32 { big: false, .. } => "utf-32-le",
            Codec::Utf32 { big: true, .. } => "utf-32-be",
            Codec::Table(_) => "charmap",
        }
    }

    /// Whether the codec is one of the UTFs, which refuse surrogates unless `surrogatepass`.
    fn is_utf(self) -> bool {
        matches!(
            self,
            Codec::Utf8 | Codec::Utf16 { .. } | Codec::Utf32 { .. }
        )
    }

    /// The largest code point the codec encodes as one byte, plus one.
    fn limit(self) -> u32 {
        match self {
            Codec::Ascii | Codec::Table(_) => 0x80,
            _ => 0x100,
        }
    }

    /// Appends the encoding of code point `n`; `false` if the codec has none for it.
    fn encode_point(self, n: u32, out: &mut Vec<u8>) -> bool {
        let surrogate = (0xd800..0xe000).contains(&n);
        match self {
            Codec::Utf8 => match char::from_u32(n) {
                Some(c) => {
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                    true
                }
                None => false,
            },
            Codec::Utf16 { big, .. } if !surrogate => {
                let mut buf = [0u16; 2];
                let Some(c) = char::from_u32(n) else {
                    return false;
                };
                for unit in c.encode_utf16(&mut buf) {
                    push_unit(out, u32::from(*unit), 2, big);
                }
                true
            }
            Codec::Utf32 { big, .. } if !surrogate => {
                push_unit(out, n, 4, big);
                true
            }
            Codec::Utf16 { .. } | Codec::Utf32 { .. } => false,
            Codec::RawUnicodeEscape if n >= 0x100 => {
                out.extend_from_slice(point_escape(n).as_bytes());
                true
            }
            Codec::UnicodeEscape => {
                match n {
                    0x5c => out.extend_from_slice(b"\\\\"),
                    0x09 => out.extend_from_slice(b"\\t"),
                    0x0a => out.extend_from_slice(b"\\n"),
                    0x0d => out.extend_from_slice(b"\\r"),
                    0x20..=0x7e => out.push(n as u8),
                    _ => out.extend_from_slice(point_escape(n).as_bytes()),
                }
                true
            }
            _ if n < self.limit() => {
                out.push(n as u8);
                true
            }
            Codec::Table(table) => match table.iter().position(|&u| u != 0 && u32::from(u) == n) {
                Some(i) => {
                    out.push(0x80 + i as u8);
                    true
                }
                None => false,
            },
            _ => false,
        }
    }

    /// Why a character cannot be encoded (or a byte decoded).
    fn reason(self) -> String {
        match self {
            Codec::Table(_) => "character maps to <undefined>".to_owned(),
            c if c.is_utf() => "surrogates not allowed".to_owned(),
            _ => format!("ordinal not in range({})", self.limit()),
        }
    }
}

/// Appends a `width`-byte code unit in the given byte order.
fn push_unit(out: &mut Vec<u8>, unit: u32, width: usize, big: bool) {
    let bytes = unit.to_le_bytes();
    if big {
        out.extend(bytes[..width].iter().rev());
    } else {
        out.extend_from_slice(&bytes[..width]);
    }
}

/// The name CPython's codec registry gives `encoding` (`codecs.lookup(e).name`), as text
/// streams report it: `latin-1` is `iso8859-1`.
pub(crate) fn python_name(vm: &mut Vm, encoding: &str) -> PyResult<String> {
    Ok(match lookup(vm, encoding)? {
        Codec::Latin1 => "iso8859-1".to_owned(),
        Codec::RawUnicodeEscape => "raw-unicode-escape".to_owned(),
        Codec::UnicodeEscape => "unicode-escape".to_owned(),
        Codec::Table(_) => encoding.trim().to_ascii_lowercase().replace('-', "_"),
        codec => codec.name().to_owned(),
    })
}

/// Looks an encoding name up as CPython's codec registry normalises it.
fn lookup(vm: &mut Vm, encoding: &str) -> PyResult<Codec> {
    let norm: String = encoding
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us_ascii" | "646" | "us" => Ok(Codec::Ascii),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" => Ok(Codec::Latin1),
        "raw_unicode_escape" => Ok(Codec::RawUnicodeEscape),
        "unicode_escape" => Ok(Codec::UnicodeEscape),
        "utf_16" | "utf16" | "u16" => Ok(Codec::Utf16 {
            big: false,
            bom: true,
        }),
        "utf_16_le" | "utf_16le" => Ok(Codec::Utf16 {
            big: false,
            bom: false,
        }),
        "utf_16_be" | "utf_16be" => Ok(Codec::Utf16 {
            big: true,
            bom: false,
        }),
        "utf_32" | "utf32" | "u32" => Ok(Codec::Utf32 {
            big: false,
            bom: true,
        }),
        "utf_32_le" | "utf_32le" => Ok(Codec::Utf32 {
            big: false,
            bom: false,
        }),
        "utf_32_be" | "utf_32be" => Ok(Codec::Utf32 {
            big: true,
            bom: false,
        }),
        _ => match krait_lexer::single_byte_table(encoding) {
            Some(table) => Ok(Codec::Table(table)),
            None => {
                let msg = format!("unknown encoding: {encoding}");
                Err(vm.new_error(vm.s.types.lookup_error, msg))
            }
        },
    }
}

/// Whether `str.encode` / `bytes.decode` handle `encoding` and `errors` natively; the
/// rest go through the codec registry ([`through_registry`]).
pub(crate) fn is_native(vm: &mut Vm, encoding: &str, errors: &str) -> bool {
    const HANDLERS: [&str; 7] = [
        "strict",
        "ignore",
        "replace",
        "backslashreplace",
        "xmlcharrefreplace",
        "surrogateescape",
        "surrogatepass",
    ];
    HANDLERS.contains(&errors) && lookup(vm, encoding).is_ok()
}

/// `obj.encode(encoding, errors)` (or `decode`) through the codec registry (`_codecs`, and
/// CPython's `encodings` package behind it): the codec's function, its result's type
/// checked as CPython checks it.
pub(crate) fn through_registry(
    vm: &mut Vm,
    obj: crate::value::Value,
    encoding: &str,
    errors: &str,
    encoding_dir: bool,
) -> PyResult<crate::value::Value> {
    use crate::object::Payload;
    use crate::value::Value;
    let module = vm.import_module_level("_codecs", None, Value::None, 0)?;
    let key = vm.intern("_text_codec");
    let f = vm.get_attr(module, key)?;
    let enc = vm.new_str(encoding);
    let err = vm.new_str(errors);
    let native = Value::Bool(lookup(vm, encoding).is_ok());
    let r = vm.call_value(f, &[obj, enc, err, Value::Bool(encoding_dir), native], &[])?;
    let ok = match r.payload() {
        Some(Payload::Bytes(_)) => encoding_dir,
        Some(Payload::Str(_)) => !encoding_dir,
        _ => false,
    };
    if !ok {
        let (what, want, verb) = if encoding_dir {
            ("encoder", "bytes", "encode to")
        } else {
            ("decoder", "str", "decode to")
        };
        let msg = format!(
            "'{encoding}' {what} returned '{}' instead of '{want}'; use codecs.{}() to {verb} arbitrary types",
            vm.type_name(r),
            if encoding_dir { "encode" } else { "decode" },
        );
        return Err(vm.type_error(msg));
    }
    Ok(r)
}

fn unknown_handler(vm: &mut Vm, errors: &str) -> crate::error::Exception {
    let msg = format!("unknown error handler name '{errors}'");
    vm.new_error(vm.s.types.lookup_error, msg)
}

/// How a code point is shown in an encode error: `'\xe9'`, `'\u20ac'`, `'\U0001f600'`.
fn point_escape(n: u32) -> String {
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x1_0000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// Gives a codec error the attributes CPython's has: `encoding`, `object`, `start`, `end`
/// and `reason` (its message stays its only argument).
fn with_details(
    vm: &mut Vm,
    exc: crate::error::Exception,
    codec: Codec,
    object: crate::value::Value,
    start: usize,
    end: usize,
    reason: &str,
) -> crate::error::Exception {
    use crate::value::Value;
    let encoding = vm.new_str(codec.name());
    let reason = vm.new_str(reason);
    let attrs = [
        ("encoding", encoding),
        ("object", object),
        ("start", Value::Int(start as i64)),
        ("end", Value::Int(end as i64)),
        ("reason", reason),
    ];
    for (name, v) in attrs {
        let key = vm.intern(name);
        if let Err(e) = vm.set_attr(exc.value(), key, v) {
            return e;
        }
    }
    exc
}

/// `text.encode(encoding, errors)`.
pub(crate) fn encode(vm: &mut Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(vm, encoding)?;
    // Text without surrogate aliases is already its UTF-8 encoding.
    if codec == Codec::Utf8 && !krait_ast::surrogate::has_alias(text) {
        return Ok(text.as_bytes().to_vec());
    }
    let points: Vec<u32> = text.chars().map(krait_ast::surrogate::code_point).collect();
    let mut out = Vec::with_capacity(points.len());
    match codec {
        Codec::Utf16 { bom: true, .. } => out.extend_from_slice(&[0xff, 0xfe]),
        Codec::Utf32 { bom: true, .. } => out.extend_from_slice(&[0xff, 0xfe, 0, 0]),
        _ => {}
    }
    let mut i = 0;
    while i < points.len() {
        if codec.encode_point(points[i], &mut out) {
            i += 1;
            continue;
        }
        // The run of characters the codec cannot encode, reported (or replaced) at once.
        let mut end = i + 1;
        let mut scratch = Vec::new();
        while end < points.len() && !codec.encode_point(points[end], &mut scratch) {
            end += 1;
        }
        // `surrogatepass` and `surrogateescape` take what they can of the run's start; the
        // rest is an error of its own, as CPython reports it.
        let is_surrogate = |n: &u32| (0xd800..0xe000).contains(n);
        let escapable = |n: &u32| (0xdc80..0xdd00).contains(n);
        let fits = |f: &dyn Fn(&u32) -> bool| points[i..end].iter().take_while(|n| f(n)).count();
        match errors {
            "surrogatepass" if codec.is_utf() && fits(&is_surrogate) > 0 => {
                end = i + fits(&is_surrogate)
            }
            "surrogateescape" if fits(&escapable) > 0 => end = i + fits(&escapable),
            _ => {}
        }
        let run = &points[i..end];
        let replacement: Option<String> = match errors {
            "strict" => None,
            "surrogatepass" if codec.is_utf() && run.iter().all(is_surrogate) => {
                for &n in run {
                    match codec {
                        Codec::Utf8 => out.extend_from_slice(&[
                            0xe0 | (n >> 12) as u8,
                            0x80 | ((n >> 6) & 0x3f) as u8,
                            0x80 | (n & 0x3f) as u8,
                        ]),
                        Codec::Utf16 { big, .. } => push_unit(&mut out, n, 2, big),
                        Codec::Utf32 { big, .. } => push_unit(&mut out, n, 4, big),
                        _ => {}
                    }
                }
                Some(String::new())
            }
            "surrogateescape" if run.iter().all(escapable) => {
                out.extend(run.iter().map(|&n| (n - 0xdc00) as u8));
                Some(String::new())
            }
            "surrogatepass" | "surrogateescape" => None,
            "ignore" => Some(String::new()),
            "replace" => Some("?".repeat(run.len())),
            "backslashreplace" => Some(run.iter().map(|&n| point_escape(n)).collect()),
            "xmlcharrefreplace" => Some(run.iter().map(|n| format!("&#{n};")).collect()),
            _ => return Err(unknown_handler(vm, errors)),
        };
        let Some(replacement) = replacement else {
            let what = if end == i + 1 {
                format!("character '{}' in position {i}", point_escape(points[i]))
            } else {
                format!("characters in position {i}-{}", end - 1)
            };
            let reason = codec.reason();
            let msg = format!("'{}' codec can't encode {what}: {reason}", codec.name());
            let exc = vm.new_error(vm.s.types.unicode_encode_error, msg);
            let object = vm.new_str(text);
            return Err(with_details(vm, exc, codec, object, i, end, &reason));
        };
        for c in replacement.chars() {
            codec.encode_point(u32::from(c), &mut out);
        }
        i = end;
    }
    Ok(out)
}

/// `data.decode(encoding, errors)`.
pub(crate) fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(vm, encoding)?;
    match codec {
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::RawUnicodeEscape => decode_raw_unicode_escape(vm, data, errors),
        Codec::UnicodeEscape => decode_unicode_escape(vm, data, errors),
        Codec::Utf16 { big, bom } => decode_wide(vm, data, codec, 2, big, bom, errors),
        Codec::Utf32 { big, bom } => decode_wide(vm, data, codec, 4, big, bom, errors),
        Codec::Table(table) => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                let c = match b {
                    0..=0x7f => Some(b as char),
                    _ => char::from_u32(u32::from(table[usize::from(b - 0x80)]))
                        .filter(|&c| c != '\0'),
                };
                match c {
                    Some(c) => out.push(c),
                    None => {
                        let reason = codec.reason();
                        decode_error(vm, &mut out, codec, data, i, i + 1, &reason, errors)?;
                    }
                }
            }
            Ok(out)
        }
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                    continue;
                }
                decode_error(
                    vm,
                    &mut out,
                    codec,
                    data,
                    i,
                    i + 1,
                    "ordinal not in range(128)",
                    errors,
                )?;
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut rest = data;
            let mut base = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        if let Ok(s) = std::str::from_utf8(&rest[..good]) {
                            out.push_str(s);
                        }
                        let first = rest[good];
                        // `surrogatepass` reads back the three bytes a surrogate encodes to.
                        if errors == "surrogatepass" {
                            if let [0xed, b1 @ 0xa0..=0xbf, b2 @ 0x80..=0xbf, ..] = rest[good..] {
                                let n = 0xd000 | (u32::from(b1 & 0x3f) << 6) | u32::from(b2 & 0x3f);
                                out.extend(krait_ast::surrogate::char_of(n));
                                rest = &rest[good + 3..];
                                base += good + 3;
                                continue;
                            }
                        }
                        let (bad, reason) = match e.error_len() {
                            None => (rest.len() - good, "unexpected end of data"),
                            Some(n) if (0x80..0xc2).contains(&first) || first >= 0xf5 => {
                                (n, "invalid start byte")
                            }
                            Some(n) => (n, "invalid continuation byte"),
                        };
                        let start = base + good;
                        decode_error(
                            vm,
                            &mut out,
                            codec,
                            data,
                            start,
                            start + bad,
                            reason,
                            errors,
                        )?;
                        rest = &rest[good + bad..];
                        base = start + bad;
                    }
                }
            }
        }
    }
}

/// `raw_unicode_escape` decoding: bytes are Latin-1, except that a backslash not itself
/// preceded by an odd run of backslashes, followed by `u` or `U`, starts a 4- or 8-digit
/// hex escape.
fn decode_raw_unicode_escape(vm: &mut Vm, data: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b != b'\\' {
            out.push(b as char);
            i += 1;
            continue;
        }
        // A run of backslashes: all but an odd last one stand for themselves.
        let run_end = data[i..]
            .iter()
            .position(|&c| c != b'\\')
            .map_or(data.len(), |n| i + n);
        let run = run_end - i;
        let escapes = run % 2 == 1 && matches!(data.get(run_end), Some(b'u' | b'U'));
        let literal = if escapes { run - 1 } else { run };
        out.extend(std::iter::repeat_n('\\', literal));
        i += literal;
        if !escapes {
            continue;
        }
        let start = i;
        let digits = if data[i + 1] == b'u' { 4 } else { 8 };
        let hex_start = i + 2;
        let mut end = hex_start;
        while end < data.len() && end - hex_start < digits && data[end].is_ascii_hexdigit() {
            end += 1;
        }
        if end - hex_start < digits {
            let reason = if digits == 4 {
                "truncated \\uXXXX escape"
            } else {
                "truncated \\UXXXXXXXX escape"
            };
            decode_error(
                vm,
                &mut out,
                Codec::RawUnicodeEscape,
                data,
                start,
                end,
                reason,
                errors,
            )?;
            i = end;
            continue;
        }
        let text = std::str::from_utf8(&data[hex_start..end]).unwrap_or("0");
        let n = u32::from_str_radix(text, 16).unwrap_or(u32::MAX);
        match krait_ast::surrogate::char_of(n) {
            Some(c) => out.push(c),
            None => {
                let reason = "\\Uxxxxxxxx out of range";
                decode_error(
                    vm,
                    &mut out,
                    Codec::RawUnicodeEscape,
                    data,
                    start,
                    end,
                    reason,
                    errors,
                )?;
            }
        }
        i = end;
    }
    Ok(out)
}

/// Applies the error handler to the undecodable bytes `data[start..end]`.
#[allow(clippy::too_many_arguments)]
fn decode_error(
    vm: &mut Vm,
    out: &mut String,
    codec: Codec,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
) -> PyResult<()> {
    match errors {
        "strict" => {
            let what = if end == start + 1 {
                format!("byte 0x{:02x} in position {start}", data[start])
            } else {
                format!("bytes in position {start}-{}", end - 1)
            };
            let msg = format!("'{}' codec can't decode {what}: {reason}", codec.name());
            let exc = vm.new_error(vm.s.types.unicode_decode_error, msg);
            let object = crate::builtins::bytes::make(vm, data.to_vec(), false);
            Err(with_details(vm, exc, codec, object, start, end, reason))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        // PEP 383 maps each byte to the lone surrogate U+DC80+byte (ASCII bytes cannot be
        // escaped: then the error stands).
        "surrogateescape" if data[start..end].iter().all(|&b| b >= 0x80) => {
            let escaped = data[start..end]
                .iter()
                .filter_map(|&b| krait_ast::surrogate::char_of(0xdc00 + u32::from(b)));
            out.extend(escaped);
            Ok(())
        }
        "surrogateescape" | "surrogatepass" => {
            decode_error(vm, out, codec, data, start, end, reason, "strict")
        }
        "backslashreplace" => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        _ => Err(unknown_handler(vm, errors)),
    }
}

/// UTF-16 (`width` 2) or UTF-32 (`width` 4) decoding. With `bom`, a leading byte order mark
/// picks the order (and is dropped); without one the text is little-endian.
#[allow(clippy::too_many_arguments)]
fn decode_wide(
    vm: &mut Vm,
    data: &[u8],
    codec: Codec,
    width: usize,
    mut big: bool,
    bom: bool,
    errors: &str,
) -> PyResult<String> {
    let mut i = 0;
    if bom {
        let (le, be): (&[u8], &[u8]) = if width == 2 {
            (&[0xff, 0xfe], &[0xfe, 0xff])
        } else {
            (&[0xff, 0xfe, 0, 0], &[0, 0, 0xfe, 0xff])
        };
        if data.starts_with(le) {
            i = width;
        } else if data.starts_with(be) {
            big = true;
            i = width;
        }
    }
    let unit = |at: usize| -> u32 {
        let mut n = 0u32;
        for k in 0..width {
            let b = u32::from(data[at + k]);
            n |= if big {
                b << (8 * (width - 1 - k))
            } else {
                b << (8 * k)
            };
        }
        n
    };
    let mut out = String::with_capacity(data.len() / width);
    while i < data.len() {
        if i + width > data.len() {
            let end = data.len();
            decode_error(vm, &mut out, codec, data, i, end, "truncated data", errors)?;
            break;
        }
        let n = unit(i);
        let surrogate = (0xd800..0xe000).contains(&n);
        if width == 4 {
            let reason = if n > 0x10_ffff {
                "code point not in range(0x110000)"
            } else if surrogate && errors != "surrogatepass" {
                "code point in surrogate code point range(0xd800, 0xe000)"
            } else {
                out.extend(krait_ast::surrogate::char_of(n));
                i += 4;
                continue;
            };
            decode_error(vm, &mut out, codec, data, i, i + 4, reason, errors)?;
            i += 4;
            continue;
        }
        if !surrogate {
            out.extend(char::from_u32(n));
            i += 2;
            continue;
        }
        if n < 0xdc00 && i + 4 <= data.len() {
            let low = unit(i + 2);
            if (0xdc00..0xe000).contains(&low) {
                let c = 0x1_0000 + ((n - 0xd800) << 10) + (low - 0xdc00);
                out.extend(char::from_u32(c));
                i += 4;
                continue;
            }
        }
        if errors == "surrogatepass" {
            out.extend(krait_ast::surrogate::char_of(n));
            i += 2;
            continue;
        }
        let (end, reason) = if n >= 0xdc00 {
            (i + 2, "illegal encoding")
        } else if i + 4 > data.len() {
            (data.len(), "unexpected end of data")
        } else {
            (i + 2, "illegal UTF-16 surrogate")
        };
        decode_error(vm, &mut out, codec, data, i, end, reason, errors)?;
        i = end;
    }
    Ok(out)
}

/// `unicode_escape` decoding: the escapes of a Python string literal, other bytes as
/// Latin-1; an unknown escape stays as it is.
fn decode_unicode_escape(vm: &mut Vm, data: &[u8], errors: &str) -> PyResult<String> {
    let codec = Codec::UnicodeEscape;
    let mut out = String::with_capacity(data.len());
    // The first escape Python does not define, for a DeprecationWarning once decoded.
    let mut invalid: Option<String> = None;
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b != b'\\' {
            out.push(char::from(b));
            i += 1;
            continue;
        }
        let start = i;
        let Some(&e) = data.get(i + 1) else {
            decode_error(
                vm,
                &mut out,
                codec,
                data,
                i,
                i + 1,
                "\\ at end of string",
                errors,
            )?;
            break;
        };
        i += 2;
        let simple = match e {
            b'\n' => Some(None),
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            b'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(c) = simple {
            out.extend(c);
            continue;
        }
        match e {
            b'0'..=b'7' => {
                let mut n = u32::from(e - b'0');
                let mut k = 0;
                while k < 2 && matches!(data.get(i), Some(b'0'..=b'7')) {
                    n = n * 8 + u32::from(data[i] - b'0');
                    i += 1;
                    k += 1;
                }
                if n > 0o377 && invalid.is_none() {
                    invalid = Some(format!("invalid octal escape sequence '\\{n:o}'"));
                }
                out.extend(char::from_u32(n));
            }
            b'x' | b'u' | b'U' => {
                let (digits, reason) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut end = i;
                while end < data.len() && end - i < digits && data[end].is_ascii_hexdigit() {
                    end += 1;
                }
                if end - i < digits {
                    decode_error(vm, &mut out, codec, data, start, end, reason, errors)?;
                    i = end;
                    continue;
                }
                let hex = std::str::from_utf8(&data[i..end]).unwrap_or("0");
                let n = u32::from_str_radix(hex, 16).unwrap_or(u32::MAX);
                match krait_ast::surrogate::char_of(n) {
                    Some(c) => out.push(c),
                    None => {
                        let reason = "illegal Unicode character";
                        decode_error(vm, &mut out, codec, data, start, end, reason, errors)?;
                    }
                }
                i = end;
            }
            b'N' => {
                let reason = "malformed \\N character escape";
                if data.get(i) != Some(&b'{') {
                    decode_error(vm, &mut out, codec, data, start, i, reason, errors)?;
                    continue;
                }
                let Some(close) = data[i..].iter().position(|&c| c == b'}') else {
                    let end = (i + 1).min(data.len());
                    decode_error(vm, &mut out, codec, data, start, end, reason, errors)?;
                    i = end;
                    continue;
                };
                let end = i + close + 1;
                let name = std::str::from_utf8(&data[i + 1..end - 1]).unwrap_or("");
                match unicode_names2::character(name) {
                    Some(c) if !name.is_empty() => out.push(c),
                    _ => {
                        let reason = "unknown Unicode character name";
                        decode_error(vm, &mut out, codec, data, start, end, reason, errors)?;
                    }
                }
                i = end;
            }
            _ => {
                out.push('\\');
                out.push(char::from(e));
                if invalid.is_none() {
                    invalid = Some(format!("invalid escape sequence '\\{}'", char::from(e)));
                }
            }
        }
    }
    if let Some(msg) = invalid {
        let category = vm.s.types.deprecation_warning;
        crate::builtins::numbers::warn_native(vm, category, &msg)?;
    }
    Ok(out)
}
