//! Text on top of bytes: decoding one character at a time from the read-ahead (with
//! runs of plain ASCII taken at once), newline translation, error handlers, encoding.

use crate::error::{Exception, PyResult};
use crate::vm::Vm;

use super::methods::io_err;
use super::state::{Codec, Decoded, FileState, Newline};

/// Where a text line ends, as the newline mode reads it.
#[derive(PartialEq, Eq)]
pub(super) enum Stop {
    Never,
    Line,
}

/// Reads up to `limit` characters of text (all if `None`), stopping after a line end when
/// `stop` asks; newline translation and decoding errors as the file was opened with.
pub(super) fn read_text(
    vm: &mut Vm,
    s: &mut FileState,
    limit: Option<usize>,
    stop: Stop,
) -> PyResult<String> {
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
pub(super) fn plain_run(bytes: &[u8], room: usize, line: bool) -> usize {
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
pub(super) fn bad_bytes(
    vm: &mut Vm,
    s: &FileState,
    len: usize,
    why: &str,
) -> PyResult<Option<char>> {
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
pub(super) fn unknown_handler(vm: &mut Vm, name: &str) -> Exception {
    let msg = format!("unknown error handler name '{name}'");
    vm.new_error(vm.s.types.lookup_error, msg)
}

/// Encodes text for writing, as the file's codec and error handler say.
pub(super) fn encode_text(vm: &mut Vm, s: &FileState, text: &str) -> PyResult<Vec<u8>> {
    let translated;
    let text = match s.newline {
        Newline::Fixed(end) if end != "\n" && text.contains('\n') => {
            translated = text.replace('\n', end);
            translated.as_str()
        }
        _ => text,
    };
    let max = match s.codec {
        // Text holding a lone surrogate (an alias, see `krait_ast::surrogate`) goes through
        // the codec proper, which refuses it or applies `surrogateescape` / `surrogatepass`.
        Codec::Utf8 if krait_ast::surrogate::has_alias(text) => {
            return crate::builtins::codecs::encode(vm, text, "utf-8", &s.errors);
        }
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Latin1 => 0xFF,
        Codec::Ascii | Codec::Table(_) => 0x7F,
    };
    let mut out = Vec::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        if (c as u32) <= max {
            out.push(c as u8);
            continue;
        }
        if let Codec::Table(table) = s.codec {
            if let Some(k) = table
                .iter()
                .position(|&u| u != 0 && u32::from(u) == c as u32)
            {
                out.push(0x80 + k as u8);
                continue;
            }
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
                let esc = match krait_ast::surrogate::code_point(c) {
                    n if n <= 0xFF => format!("\\x{n:02x}"),
                    n if n <= 0xFFFF => format!("\\u{n:04x}"),
                    n => format!("\\U{n:08x}"),
                };
                let reason = match s.codec {
                    Codec::Table(_) => "character maps to <undefined>".to_owned(),
                    _ => format!("ordinal not in range({})", max + 1),
                };
                let msg = format!(
                    "'{}' codec can't encode character '{esc}' in position {i}: {reason}",
                    s.codec.name(),
                );
                return Err(vm.new_error(vm.s.types.unicode_encode_error, msg));
            }
            other => return Err(unknown_handler(vm, other)),
        }
    }
    Ok(out)
}
