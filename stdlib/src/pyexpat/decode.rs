//! The four encodings Expat knows itself (UTF-8, UTF-16 in either order, ISO-8859-1,
//! US-ASCII): telling them from the first bytes and the XML declaration, and decoding input
//! that may stop in the middle of a character.

/// A document encoding.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Enc {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// UTF-16 whose byte order is read from the byte order mark (big-endian without one).
    Utf16,
    Latin1,
    Ascii,
}

/// What an encoding name means: one of ours, or a name Expat does not know.
pub(crate) fn by_name(name: &str) -> Option<Enc> {
    let lower = name.to_ascii_lowercase();
    Some(match lower.as_str() {
        "utf-8" | "utf8" => Enc::Utf8,
        "utf-16" | "utf16" => Enc::Utf16,
        "utf-16le" | "utf-16-le" => Enc::Utf16Le,
        "utf-16be" | "utf-16-be" => Enc::Utf16Be,
        "iso-8859-1" | "iso8859-1" | "latin-1" | "latin1" | "l1" => Enc::Latin1,
        "us-ascii" | "ascii" => Enc::Ascii,
        _ => return None,
    })
}

/// How many input bytes `c` took in `enc`.
pub(crate) fn width(enc: Enc, c: char) -> u64 {
    match enc {
        Enc::Utf8 => c.len_utf8() as u64,
        Enc::Utf16 | Enc::Utf16Le | Enc::Utf16Be => 2 * c.len_utf16() as u64,
        Enc::Latin1 | Enc::Ascii => 1,
    }
}

/// Decodes what it can of `raw` onto `out`, returning how many bytes it used. Bytes that
/// cannot be decoded become U+FFFF (not an XML character, so the scanner reports an invalid
/// token there) and decoding stops after it. With `final` false an incomplete character at
/// the end waits for more input; `Err` marks one left over at the end of the input.
pub(crate) fn decode(enc: Enc, raw: &[u8], out: &mut Vec<char>, last: bool) -> Result<usize, ()> {
    match enc {
        Enc::Latin1 => {
            out.extend(raw.iter().map(|&b| char::from(b)));
            Ok(raw.len())
        }
        Enc::Ascii => {
            for (i, &b) in raw.iter().enumerate() {
                if b >= 0x80 {
                    out.push('\u{FFFF}');
                    return Ok(i + 1);
                }
                out.push(char::from(b));
            }
            Ok(raw.len())
        }
        Enc::Utf8 => decode_utf8(raw, out, last),
        Enc::Utf16 | Enc::Utf16Be => decode_utf16(raw, out, last, true),
        Enc::Utf16Le => decode_utf16(raw, out, last, false),
    }
}

fn decode_utf8(raw: &[u8], out: &mut Vec<char>, last: bool) -> Result<usize, ()> {
    match std::str::from_utf8(raw) {
        Ok(s) => {
            out.extend(s.chars());
            Ok(raw.len())
        }
        Err(e) => {
            let good = e.valid_up_to();
            let s = std::str::from_utf8(&raw[..good]).unwrap_or_default();
            out.extend(s.chars());
            match e.error_len() {
                Some(n) => {
                    out.push('\u{FFFF}');
                    Ok(good + n)
                }
                None if last => Err(()),
                None => Ok(good),
            }
        }
    }
}

fn decode_utf16(raw: &[u8], out: &mut Vec<char>, last: bool, big: bool) -> Result<usize, ()> {
    let unit = |i: usize| {
        let pair = [raw[i], raw[i + 1]];
        if big {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    };
    let mut i = 0;
    while i + 1 < raw.len() {
        let u = unit(i);
        if (0xD800..0xDC00).contains(&u) {
            if i + 3 >= raw.len() {
                break;
            }
            let low = unit(i + 2);
            if !(0xDC00..0xE000).contains(&low) {
                out.push('\u{FFFF}');
                return Ok(i + 2);
            }
            let c = 0x10000 + ((u32::from(u) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
            out.push(char::from_u32(c).unwrap_or('\u{FFFF}'));
            i += 4;
        } else if (0xDC00..0xE000).contains(&u) {
            out.push('\u{FFFF}');
            return Ok(i + 2);
        } else {
            out.push(char::from_u32(u32::from(u)).unwrap_or('\u{FFFF}'));
            i += 2;
        }
    }
    if last && i < raw.len() {
        return Err(());
    }
    Ok(i)
}

/// What the first bytes say: the encoding, the byte order mark's length, or `None` when
/// more bytes are needed to tell.
pub(crate) fn sniff(raw: &[u8], last: bool) -> Option<(Option<Enc>, usize)> {
    if raw.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Some((Some(Enc::Utf8), 3));
    }
    if raw.starts_with(&[0xFE, 0xFF]) {
        return Some((Some(Enc::Utf16Be), 2));
    }
    if raw.starts_with(&[0xFF, 0xFE]) {
        return Some((Some(Enc::Utf16Le), 2));
    }
    if raw.len() < 4 && !last {
        let could_be_bom = [&[0xEF, 0xBB, 0xBF][..], &[0xFE, 0xFF], &[0xFF, 0xFE]]
            .iter()
            .any(|b| b.starts_with(raw));
        if could_be_bom || raw.len() < 2 || raw[0] == 0 || raw[1] == 0 {
            return None;
        }
    }
    if raw.len() >= 2 && raw[0] == 0 && raw[1] != 0 {
        return Some((Some(Enc::Utf16Be), 0));
    }
    if raw.len() >= 2 && raw[0] != 0 && raw[1] == 0 {
        return Some((Some(Enc::Utf16Le), 0));
    }
    // An ASCII-compatible encoding: the XML declaration (if any) decides.
    Some((None, 0))
}

/// The `encoding` pseudo-attribute of an XML declaration at the start of `raw` (ASCII
/// bytes): `Ok(None)` when there is no declaration or it names none, `Err(())` when the
/// declaration is not complete yet.
pub(crate) fn declared(raw: &[u8], last: bool) -> Result<Option<String>, ()> {
    const OPEN: &[u8] = b"<?xml";
    if raw.len() < OPEN.len() + 1 {
        if !last && OPEN.starts_with(&raw[..raw.len().min(OPEN.len())]) {
            return Err(());
        }
        return Ok(None);
    }
    if !raw.starts_with(OPEN) || !matches!(raw[5], b' ' | b'\t' | b'\r' | b'\n') {
        return Ok(None);
    }
    let Some(end) = raw.windows(2).position(|w| w == b"?>") else {
        return if last { Ok(None) } else { Err(()) };
    };
    let decl = &raw[..end];
    let Some(at) = decl.windows(8).position(|w| w == b"encoding") else {
        return Ok(None);
    };
    let rest: Vec<u8> = decl[at + 8..].to_vec();
    let mut i = 0;
    let skip = |i: &mut usize| {
        while *i < rest.len() && matches!(rest[*i], b' ' | b'\t' | b'\r' | b'\n') {
            *i += 1;
        }
    };
    skip(&mut i);
    if rest.get(i) != Some(&b'=') {
        return Ok(None);
    }
    i += 1;
    skip(&mut i);
    let Some(&q) = rest.get(i).filter(|&&q| q == b'"' || q == b'\'') else {
        return Ok(None);
    };
    let start = i + 1;
    let Some(len) = rest[start..].iter().position(|&b| b == q) else {
        return Ok(None);
    };
    Ok(Some(
        String::from_utf8_lossy(&rest[start..start + len]).into_owned(),
    ))
}
