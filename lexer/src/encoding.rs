//! Source files as bytes: the UTF-8 byte order mark, PEP 263 encoding declarations
//! (`# -*- coding: latin-1 -*-` on line 1 or 2), and decoding to the text the lexer reads.
//!
//! Krait decodes UTF-8 (the default), Latin-1, ASCII and every single-byte codec of Python's
//! registry whose lower half is ASCII (the ISO-8859 family, the Windows and DOS code pages,
//! KOI8, the Mac encodings, …), under any name the registry accepts for them; the multi-byte
//! and EBCDIC codecs CPython also knows are reported as unsupported. Error ranges are byte offsets into the file after the BOM.

mod tables;

use krait_ast::SyntaxError;
use text_size::{TextRange, TextSize};

const BOM: &[u8] = b"\xef\xbb\xbf";

/// A codec Krait can decode source files with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Codec {
    Utf8,
    Latin1,
    Ascii,
    /// A single-byte codec given by the characters of its bytes 0x80-0xFF.
    Table(&'static [u16; 128]),
}

/// What [`detect_encoding`] found at the top of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceEncoding {
    /// The name `python3 -m tokenize` prints in its `ENCODING` token: `utf-8`, `iso-8859-1`,
    /// or the declared name as written.
    pub name: String,
    /// Whether the file starts with a UTF-8 byte order mark (which is not part of the text).
    pub bom: bool,
    /// Where the encoding name was declared, if it was (offsets after the BOM).
    pub declaration: Option<TextRange>,
    codec: Codec,
}

fn at(start: usize, end: usize) -> TextRange {
    let clamp = |n: usize| TextSize::from(u32::try_from(n).unwrap_or(u32::MAX));
    TextRange::new(clamp(start), clamp(end.max(start)))
}

/// Finds a file's encoding: UTF-8 unless a BOM or a declaration on line 1 or 2 says
/// otherwise (line 2 counts only when line 1 is blank or a comment). A declaration is
/// `coding:` or `coding=` followed by a name, inside a comment.
pub fn detect_encoding(bytes: &[u8]) -> Result<SourceEncoding, SyntaxError> {
    let bom = bytes.starts_with(BOM);
    let text = if bom { &bytes[BOM.len()..] } else { bytes };
    let mut line_start = 0;
    let mut declared = None;
    for _ in 0..2 {
        let line_end = text[line_start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(text.len(), |i| line_start + i);
        let line = &text[line_start..line_end];
        if let Some((start, end)) = coding_spec(line) {
            declared = Some((line_start + start, line_start + end));
            break;
        }
        if !is_blank_or_comment(line) || line_end >= text.len() {
            break;
        }
        line_start = line_end + 1;
    }
    let Some((start, end)) = declared else {
        let name = "utf-8".to_owned();
        return Ok(SourceEncoding {
            name,
            bom,
            declaration: None,
            codec: Codec::Utf8,
        });
    };
    // The name is ASCII (`coding_spec` accepts nothing else).
    let written = String::from_utf8_lossy(&text[start..end]).into_owned();
    let name = normal_name(&written);
    let range = at(start, end);
    let codec = match lookup(&name) {
        Ok(codec) => codec,
        Err(message) => {
            let message = if bom {
                format!("encoding problem: {name} with BOM")
            } else {
                message
            };
            return Err(SyntaxError::new(message, range));
        }
    };
    // After a BOM, CPython accepts only a declaration spelled as `utf-8` (its normal name),
    // not another alias of it such as `utf8`.
    if bom && name != "utf-8" {
        return Err(SyntaxError::new(
            format!("encoding problem: {name} with BOM"),
            range,
        ));
    }
    Ok(SourceEncoding {
        name,
        bom,
        declaration: Some(range),
        codec,
    })
}

/// Decodes a source file to text: the BOM is dropped, the declared encoding applied.
/// Invalid bytes are a [`SyntaxError`] worded as CPython's.
pub fn decode_source(bytes: &[u8]) -> Result<String, SyntaxError> {
    let encoding = detect_encoding(bytes)?;
    let body = if encoding.bom {
        &bytes[BOM.len()..]
    } else {
        bytes
    };
    match encoding.codec {
        Codec::Utf8 => decode_utf8(body, encoding.declaration.is_some()),
        Codec::Latin1 => Ok(body.iter().map(|&b| char::from(b)).collect()),
        Codec::Ascii => match body.iter().position(|b| !b.is_ascii()) {
            None => Ok(body.iter().map(|&b| char::from(b)).collect()),
            Some(i) => Err(SyntaxError::new(
                format!(
                    "'ascii' codec can't decode byte 0x{:02x} in position {i}: ordinal not in range(128)",
                    body[i]
                ),
                at(i, i + 1),
            )),
        },
        Codec::Table(table) => {
            let mut out = String::with_capacity(body.len() + body.len() / 2);
            for (i, &b) in body.iter().enumerate() {
                let c = if b < 0x80 {
                    Some(char::from(b))
                } else {
                    let code = table[usize::from(b - 0x80)];
                    (code != 0).then(|| char::from_u32(u32::from(code))).flatten()
                };
                let Some(c) = c else {
                    return Err(SyntaxError::new(
                        format!("'charmap' codec can't decode byte 0x{b:02x} in position {i}: character maps to <undefined>"),
                        at(i, i + 1),
                    ));
                };
                out.push(c);
            }
            Ok(out)
        }
    }
}

fn decode_utf8(body: &[u8], declared: bool) -> Result<String, SyntaxError> {
    match std::str::from_utf8(body) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => {
            let i = e.valid_up_to();
            let b = body[i];
            let message = if declared {
                let reason = match e.error_len() {
                    None => "unexpected end of data",
                    Some(_) if matches!(b, 0xc2..=0xf4) => "invalid continuation byte",
                    Some(_) => "invalid start byte",
                };
                format!("'utf-8' codec can't decode byte 0x{b:02x} in position {i}: {reason}")
            } else {
                let line = body[..i].iter().filter(|&&c| c == b'\n').count() + 1;
                format!(
                    "Non-UTF-8 code starting with '\\x{b:02x}' on line {line}, but no encoding \
                     declared; see https://peps.python.org/pep-0263/ for details"
                )
            };
            Err(SyntaxError::new(message, at(i, i + 1)))
        }
    }
}

fn is_blank_or_comment(line: &[u8]) -> bool {
    for &b in line {
        match b {
            b'#' | b'\r' | b'\n' => return true,
            b' ' | b'\t' | b'\x0c' => {}
            _ => return false,
        }
    }
    true
}

/// The byte range of the encoding name a comment line declares, if it declares one.
fn coding_spec(line: &[u8]) -> Option<(usize, usize)> {
    let hash = line
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[hash] != b'#' {
        return None;
    }
    let mut i = hash;
    while i + 6 < line.len() {
        if &line[i..i + 6] == b"coding" && matches!(line[i + 6], b':' | b'=') {
            let mut start = i + 7;
            while matches!(line.get(start), Some(b' ' | b'\t')) {
                start += 1;
            }
            let mut end = start;
            while line
                .get(end)
                .is_some_and(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
            {
                end += 1;
            }
            if end > start {
                return Some((start, end));
            }
        }
        i += 1;
    }
    None
}

/// CPython's spelling of the two encodings it knows without a codec lookup.
fn normal_name(written: &str) -> String {
    let head: String = written
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let is = |name: &str| head == name || head.starts_with(&format!("{name}-"));
    if is("utf-8") {
        "utf-8".to_owned()
    } else if is("latin-1") || is("iso-8859-1") || is("iso-latin-1") {
        "iso-8859-1".to_owned()
    } else {
        written.to_owned()
    }
}

/// The characters of bytes 0x80-0xFF of the single-byte codec `name` (any name Python's
/// registry accepts; 0 where the codec cannot decode the byte), for codecs whose bytes
/// 0x00-0x7F are ASCII: what `str.encode` and `bytes.decode` use for them.
pub fn single_byte_table(name: &str) -> Option<&'static [u16; 128]> {
    match lookup(name) {
        Ok(Codec::Table(table)) => Some(table),
        _ => None,
    }
}

/// Finds a codec as Python's registry does: lower case, runs of punctuation and spaces as
/// one `_`, then the codec's name or one of its aliases.
fn lookup(name: &str) -> Result<Codec, String> {
    let mut key = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            key.push(c.to_ascii_lowercase());
        } else if !key.is_empty() && !key.ends_with('_') {
            key.push('_');
        }
    }
    while key.ends_with('_') {
        key.pop();
    }
    let underscored = key.replace('.', "_");
    let known =
        |names: &[&str]| names.contains(&key.as_str()) || names.contains(&underscored.as_str());
    let codec = if known(&[
        "utf_8",
        "utf8",
        "u8",
        "utf",
        "utf8_ucs2",
        "utf8_ucs4",
        "cp65001",
    ]) {
        Codec::Utf8
    } else if known(&[
        "latin_1",
        "latin1",
        "latin",
        "l1",
        "iso8859_1",
        "iso_8859_1",
        "iso8859",
        "8859",
        "cp819",
        "csisolatin1",
        "ibm819",
        "iso_8859_1_1987",
        "iso_ir_100",
    ]) {
        Codec::Latin1
    } else if known(&[
        "ascii",
        "us_ascii",
        "646",
        "us",
        "ansi_x3.4_1968",
        "ansi_x3_4_1968",
        "ansi_x3.4_1986",
        "cp367",
        "csascii",
        "ibm367",
        "iso646_us",
        "iso_646.irv_1991",
        "iso_ir_6",
    ]) {
        Codec::Ascii
    } else if let Some(table) = tables::SINGLE_BYTE.iter().find(|t| known(t.names)) {
        Codec::Table(&table.upper)
    } else if known(tables::UNSUPPORTED) {
        return Err(format!("encoding not supported by Krait: {name}"));
    } else {
        return Err(format!("unknown encoding: {name}"));
    };
    Ok(codec)
}

#[cfg(test)]
mod tests;
