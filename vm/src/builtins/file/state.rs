//! A file object's state: the OS file, the read-ahead and write-behind buffers, the
//! codec and newline mode; and the VM's list of open files.

use std::cell::RefCell;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::{Rc, Weak};

use super::CHUNK;

/// The text codecs `open` knows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Codec {
    Utf8,
    Latin1,
    Ascii,
    /// A single-byte code page whose lower half is ASCII: the characters of bytes
    /// 0x80-0xFF (0 for a byte it does not map).
    Table(&'static [u16; 128]),
}

impl Codec {
    /// The codec for an encoding name, as Python's codec registry normalises names.
    pub(super) fn lookup(name: &str) -> Option<Codec> {
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
            _ => krait_lexer::single_byte_table(name).map(Codec::Table),
        }
    }

    /// The name in codec error messages.
    pub(super) fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
            Codec::Table(_) => "charmap",
        }
    }
}

/// How a text file reads and writes line ends (`newline=`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Newline {
    /// `None`: `\r\n` and `\r` read as `\n`; `\n` written as is (the platform's separator).
    Universal,
    /// `''`: lines end at any of the three, nothing translated.
    Untranslated,
    /// `'\n'`, `'\r'` or `'\r\n'`: lines end there; `\n` is written as this.
    Fixed(&'static str),
}

/// One decoding step.
pub(super) enum Decoded {
    Char(char, usize),
    /// An invalid byte sequence of this length, with the reason CPython gives.
    Bad(usize, &'static str),
    /// The bytes end inside a character.
    NeedMore,
}

/// What a file object holds.
pub struct FileState {
    pub(super) file: Option<File>,
    /// `name` as given to `open`.
    pub(super) name: String,
    /// The descriptor number when `name` is one (`open(fd)`, or an assignment to `name`
    /// as `tempfile` makes): then `name` reads as that int.
    pub(super) name_fd: Option<i64>,
    /// `mode` as the object reports it.
    pub(super) mode: String,
    pub(super) readable: bool,
    pub(super) writable: bool,
    pub(super) binary: bool,
    pub(super) codec: Codec,
    /// The encoding name the object reports.
    pub(super) encoding: String,
    pub(super) errors: String,
    pub(super) newline: Newline,
    pub(super) rbuf: Vec<u8>,
    pub(super) rpos: usize,
    pub(super) wbuf: Vec<u8>,
}

impl FileState {
    pub(super) fn closed(&self) -> bool {
        self.file.is_none()
    }

    /// Writes out what waits in `wbuf`.
    pub(super) fn flush_writes(&mut self) -> std::io::Result<()> {
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
    pub(super) fn drop_read_ahead(&mut self) -> std::io::Result<()> {
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
    pub(super) fn fill(&mut self) -> std::io::Result<usize> {
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
    pub(super) fn pending(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    /// The logical position.
    pub(super) fn tell(&mut self) -> std::io::Result<u64> {
        let ahead = (self.rbuf.len() - self.rpos) as u64;
        let queued = self.wbuf.len() as u64;
        let Some(f) = self.file.as_mut() else {
            return Ok(0);
        };
        let os = f.stream_position()?;
        Ok(os + queued - ahead)
    }

    pub(super) fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
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
    pub(super) fn write_bytes(&mut self, data: &[u8]) -> std::io::Result<()> {
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
    pub(super) fn decode(&self, bytes: &[u8]) -> Decoded {
        let Some(&b) = bytes.first() else {
            return Decoded::NeedMore;
        };
        match self.codec {
            Codec::Latin1 => Decoded::Char(char::from(b), 1),
            Codec::Ascii if b < 0x80 => Decoded::Char(char::from(b), 1),
            Codec::Ascii => Decoded::Bad(1, "ordinal not in range(128)"),
            Codec::Table(_) if b < 0x80 => Decoded::Char(char::from(b), 1),
            Codec::Table(table) => match char::from_u32(u32::from(table[usize::from(b - 0x80)])) {
                Some(c) if c != '\0' => Decoded::Char(c, 1),
                _ => Decoded::Bad(1, "character maps to <undefined>"),
            },
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
    pub(super) fn register(&mut self, state: &Rc<RefCell<FileState>>) {
        self.0.retain(|w| w.strong_count() > 0);
        self.0.push(Rc::downgrade(state));
    }

    /// Whether some open file has written data waiting in its buffer.
    pub(super) fn any_pending(&self) -> bool {
        self.0.iter().any(|w| {
            w.upgrade()
                .is_some_and(|s| s.try_borrow().is_ok_and(|s| !s.wbuf.is_empty()))
        })
    }

    /// Runs `op` on the OS file of the open file object whose descriptor is `fd`, if there
    /// is one: `os.read`, `os.write` and `os.close` on a descriptor a file object owns, as
    /// `subprocess` uses the pipes it wraps with `open(fd)`. `op` may take the file (close it).
    pub(crate) fn with_descriptor<T>(
        &self,
        fd: i64,
        op: impl FnOnce(&mut Option<File>) -> T,
    ) -> Option<T> {
        use std::os::fd::AsRawFd;
        for w in &self.0 {
            let Some(state) = w.upgrade() else { continue };
            let Ok(mut s) = state.try_borrow_mut() else {
                continue;
            };
            if s.file.as_ref().is_some_and(|f| f.as_raw_fd() as i64 == fd) {
                return Some(op(&mut s.file));
            }
        }
        None
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
