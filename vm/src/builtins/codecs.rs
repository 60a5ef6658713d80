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
            Codec::Table(_) => "charmap",
        }
    }

    /// The largest code point the codec encodes, plus one.
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x11_0000,
            Codec::Ascii => 0x80,
            Codec::Latin1 | Codec::RawUnicodeEscape => 0x100,
            Codec::Table(_) => 0x80,
        }
    }

    /// The byte `c` encodes to, if the codec has one.
    fn encode_char(self, c: char) -> Option<u8> {
        let n = c as u32;
        if n < self.limit() {
            return Some(n as u8);
        }
        match self {
            Codec::Table(table) => table
                .iter()
                .position(|&u| u != 0 && u32::from(u) == n)
                .map(|i| 0x80 + i as u8),
            _ => None,
        }
    }

    /// Why a character cannot be encoded (or a byte decoded).
    fn reason(self) -> String {
        match self {
            Codec::Table(_) => "character maps to <undefined>".to_owned(),
            _ => format!("ordinal not in range({})", self.limit()),
        }
    }
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
        "raw_unicode_escape" | "rawunicodeescape" => Ok(Codec::RawUnicodeEscape),
        _ => match krait_lexer::single_byte_table(encoding) {
            Some(table) => Ok(Codec::Table(table)),
            None => {
                let msg = format!("unknown encoding: {encoding}");
                Err(vm.new_error(vm.s.types.lookup_error, msg))
            }
        },
    }
}

fn unknown_handler(vm: &mut Vm, errors: &str) -> crate::error::Exception {
    let msg = format!("unknown error handler name '{errors}'");
    vm.new_error(vm.s.types.lookup_error, msg)
}

/// How a character is shown in an encode error: `'\xe9'`, `'\u20ac'`, `'\U0001f600'`.
fn char_escape(c: char) -> String {
    let n = c as u32;
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
    if codec == Codec::Utf8 {
        return Ok(text.as_bytes().to_vec());
    }
    if codec == Codec::RawUnicodeEscape {
        let mut out = Vec::with_capacity(text.len());
        for c in text.chars() {
            let n = c as u32;
            if n < 0x100 {
                out.push(n as u8);
            } else {
                out.extend_from_slice(char_escape(c).as_bytes());
            }
        }
        return Ok(out);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(b) = codec.encode_char(c) {
            out.push(b);
            i += 1;
            continue;
        }
        // The run of characters the codec cannot encode, reported (or replaced) at once.
        let mut end = i + 1;
        while end < chars.len() && codec.encode_char(chars[end]).is_none() {
            end += 1;
        }
        match errors {
            // These two only change how surrogates are encoded; Krait's str holds none.
            "strict" | "surrogateescape" | "surrogatepass" => {
                let what = if end == i + 1 {
                    format!("character '{}' in position {i}", char_escape(c))
                } else {
                    format!("characters in position {i}-{}", end - 1)
                };
                let reason = codec.reason();
                let msg = format!("'{}' codec can't encode {what}: {reason}", codec.name());
                let exc = vm.new_error(vm.s.types.unicode_encode_error, msg);
                let object = vm.new_str(text);
                return Err(with_details(vm, exc, codec, object, i, end, &reason));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(char_escape(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            _ => return Err(unknown_handler(vm, errors)),
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
        match char::from_u32(n) {
            Some(c) => out.push(c),
            // A Krait str holds no lone surrogates (see `surrogateescape` below).
            None if (0xd800..0xe000).contains(&n) => out.push('\u{fffd}'),
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
        // PEP 383 maps each byte to the lone surrogate U+DC80+byte; a Krait str cannot
        // hold lone surrogates (a '\udcff' literal is U+FFFD too), so each byte becomes
        // U+FFFD, and such text does not encode back to the original bytes.
        "surrogateescape" => {
            out.extend(std::iter::repeat_n('\u{fffd}', end - start));
            Ok(())
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
