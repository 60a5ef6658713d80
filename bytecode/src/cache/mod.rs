//! The on-disk format of code objects: Krait's `.pyc` files in `__pycache__` and the bytes
//! of its `marshal` module. The format is Krait's own, not CPython's.
//!
//! A cache file is a 40-byte header and a payload, all integers little-endian:
//!
//! | bytes  | field                                                                 |
//! |--------|-----------------------------------------------------------------------|
//! | 0..4   | `b"KRBC"`                                                             |
//! | 4..8   | [`magic`]: a hash of the Krait version and [`FORMAT_VERSION`]         |
//! | 8..16  | length of the source in bytes                                         |
//! | 16..24 | [`hash64`] of the source bytes                                        |
//! | 24..32 | length of the payload                                                 |
//! | 32..40 | [`hash64`] of the payload                                             |
//!
//! Invalidation is by source hash (PEP 552's "checked hash" mode, always on): the importer
//! reads the source anyway (tracebacks quote it), so comparing its length and hash with the
//! header costs one pass over bytes already in memory and is immune to coarse or
//! reset modification times. The payload hash catches corruption that would otherwise
//! decode into different but well-formed code (a flipped byte in a string constant).
//!
//! The payload is one [`Constant`] (for a cache file, a code object). Counts, indexes and
//! small integers are unsigned LEB128 ("varints"); signed ones are zigzag-encoded first.
//! Strings are written once and later referred to by number (see [`Writer::str`]).
//! Constants start with a tag byte ([`tag`]); instructions are an opcode byte and, for
//! operand-taking ones, a varint (see `opcode`).
//!
//! Loading treats its input as hostile: every read is bounds-checked, every count is
//! checked against the bytes left before anything is allocated for it, nesting is limited
//! to [`MAX_DEPTH`], the bytes produced by repeated string references are budgeted, and
//! every failure is a [`LoadError`] value. Decoding checks structure only; whether the
//! instructions are safe to run (operands in range, consistent stack depths) is
//! `krait_compiler::verify`'s job, which the VM runs on everything it loads.

mod opcode;
mod read;
#[cfg(test)]
mod tests;
mod write;

use std::fmt;

pub use opcode::operand;
pub use read::{decode_constant, Reader};
pub use write::{encode_constant, Writer};

use crate::CodeObject;

/// The version of the payload encoding; bump it on any change to what bytes mean.
pub const FORMAT_VERSION: u32 = 1;

/// The first four bytes of every cache file.
pub const FILE_TAG: [u8; 4] = *b"KRBC";

/// Size of a cache file's header.
pub const HEADER_LEN: usize = 40;

/// The deepest nesting of tuples and code objects a payload may have.
pub const MAX_DEPTH: usize = 400;

/// `sys.implementation.cache_tag`: cache files are `__pycache__/NAME.krait-01.pyc`. The
/// number follows [`FORMAT_VERSION`] so old and new files do not overwrite each other.
pub const CACHE_TAG: &str = "krait-01";

/// Constant tags.
pub mod tag {
    /// `None`.
    pub const NONE: u8 = b'N';
    /// `False`.
    pub const FALSE: u8 = b'F';
    /// `True`.
    pub const TRUE: u8 = b'T';
    /// An int in 64 bits: a zigzag varint.
    pub const INT: u8 = b'i';
    /// A big int: sign byte (0 positive, 1 negative), varint length, magnitude bytes
    /// little-endian without trailing zeros.
    pub const BIG_INT: u8 = b'l';
    /// A float: 8 bytes, IEEE 754 bits.
    pub const FLOAT: u8 = b'g';
    /// A complex: real then imaginary, 8 bytes each.
    pub const COMPLEX: u8 = b'y';
    /// A str (see [`Writer::str`](super::Writer::str)).
    pub const STR: u8 = b'u';
    /// Bytes: varint length, then the bytes.
    pub const BYTES: u8 = b's';
    /// A tuple: varint count, then the items.
    pub const TUPLE: u8 = b'(';
    /// `...`.
    pub const ELLIPSIS: u8 = b'.';
    /// A code object.
    pub const CODE: u8 = b'c';
    /// A list (marshal only): varint count, items.
    pub const LIST: u8 = b'[';
    /// A dict (marshal only): varint count, then key and value pairs.
    pub const DICT: u8 = b'{';
    /// A set (marshal only): varint count, items.
    pub const SET: u8 = b'<';
    /// A frozenset (marshal only): varint count, items.
    pub const FROZENSET: u8 = b'>';
}

/// Why bytes could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not a Krait cache file, or one written by another Krait version or format.
    BadMagic,
    /// The source changed since the file was written.
    Stale,
    /// The payload's hash does not match the header.
    Corrupt,
    /// The input ends early.
    Truncated,
    /// The payload is malformed; the text says how.
    Malformed(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::BadMagic => f.write_str("bad magic number"),
            LoadError::Stale => f.write_str("stale: the source has changed"),
            LoadError::Corrupt => f.write_str("payload checksum mismatch"),
            LoadError::Truncated => f.write_str("truncated data"),
            LoadError::Malformed(why) => write!(f, "malformed data: {why}"),
        }
    }
}

impl std::error::Error for LoadError {}

/// A 64-bit hash of `bytes` for change detection (not cryptographic): eight bytes at a
/// time, each step a bijection of the state, so any change of a single word, and any
/// change of length, changes the result. Fixed here, not taken from `std`, so files stay
/// valid across Rust versions.
pub fn hash64(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = 0x243f_6a88_85a3_08d3u64 ^ bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        h = (h.rotate_left(23) ^ word).wrapping_mul(K);
    }
    let mut last = [0u8; 8];
    last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    h = (h.rotate_left(23) ^ u64::from_le_bytes(last)).wrapping_mul(K);
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^ (h >> 32)
}

/// The header's version word: ties files to the Krait release and the format version.
pub fn magic() -> u32 {
    let text = format!(
        "krait {} format {FORMAT_VERSION}",
        env!("CARGO_PKG_VERSION")
    );
    hash64(text.as_bytes()) as u32
}

/// The bytes of a cache file for `code`, compiled from `source`.
pub fn write_cache(code: &CodeObject, source: &[u8]) -> Vec<u8> {
    let mut writer = Writer::new();
    writer.code(code);
    let payload = writer.finish();
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(&FILE_TAG);
    out.extend_from_slice(&magic().to_le_bytes());
    out.extend_from_slice(&(source.len() as u64).to_le_bytes());
    out.extend_from_slice(&hash64(source).to_le_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&hash64(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out
}

/// What a cache file's header says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Header {
    /// Length of the source the file was compiled from.
    pub source_len: u64,
    /// [`hash64`] of that source.
    pub source_hash: u64,
}

/// Checks a cache file's header and payload hash; returns the header and the payload.
pub fn split_cache(bytes: &[u8]) -> Result<(Header, &[u8]), LoadError> {
    if bytes.len() < HEADER_LEN {
        return Err(if bytes.starts_with(&FILE_TAG[..bytes.len().min(4)]) {
            LoadError::Truncated
        } else {
            LoadError::BadMagic
        });
    }
    let word = |i: usize| u64::from_le_bytes(bytes[i..i + 8].try_into().unwrap_or([0; 8]));
    if bytes[..4] != FILE_TAG || bytes[4..8] != magic().to_le_bytes() {
        return Err(LoadError::BadMagic);
    }
    let header = Header {
        source_len: word(8),
        source_hash: word(16),
    };
    let payload = &bytes[HEADER_LEN..];
    if word(24) != payload.len() as u64 {
        return Err(LoadError::Truncated);
    }
    if word(32) != hash64(payload) {
        return Err(LoadError::Corrupt);
    }
    Ok((header, payload))
}

/// Loads the code object of a cache file. With `source`, the file must have been written
/// for exactly that source ([`LoadError::Stale`] otherwise). The result is well-formed
/// but not yet verified.
pub fn read_cache(bytes: &[u8], source: Option<&[u8]>) -> Result<CodeObject, LoadError> {
    let (header, payload) = split_cache(bytes)?;
    if let Some(source) = source {
        if header.source_len != source.len() as u64 || header.source_hash != hash64(source) {
            return Err(LoadError::Stale);
        }
    }
    let mut reader = Reader::new(payload);
    let code = reader.code_object()?;
    reader.finish()?;
    Ok(code)
}

/// The cache file of source file `path` compiled at optimisation level `optimize` (`-O`
/// count): `DIR/__pycache__/NAME.krait-01.pyc` for `DIR/NAME.py`, with `.opt-1` / `.opt-2`
/// before `.pyc` as CPython names them, so code without asserts or docstrings is never
/// loaded by a run that wants them; `None` when `path` has no file name.
pub fn cache_path(path: &std::path::Path, optimize: u8) -> Option<std::path::PathBuf> {
    let stem = path.file_stem()?.to_str()?;
    let dir = path.parent().unwrap_or(std::path::Path::new(""));
    let name = match optimize {
        0 => format!("{stem}.{CACHE_TAG}.pyc"),
        level => format!("{stem}.{CACHE_TAG}.opt-{level}.pyc"),
    };
    Some(dir.join("__pycache__").join(name))
}

/// Writes `bytes` to `target` through a temporary file in the same folder and a rename, so
/// a reader never sees half a file; creates the folder if needed. Returns whether it
/// worked; callers writing caches ignore failures, as CPython does.
pub fn write_atomically(target: &std::path::Path, bytes: &[u8]) -> bool {
    let Some(dir) = target.parent() else {
        return false;
    };
    if std::fs::create_dir_all(dir).is_err() {
        return false;
    }
    let mut temp = target.to_path_buf();
    temp.as_mut_os_string()
        .push(format!(".{}.tmp", std::process::id()));
    if std::fs::write(&temp, bytes).is_ok() && std::fs::rename(&temp, target).is_ok() {
        return true;
    }
    let _ = std::fs::remove_file(&temp);
    false
}
