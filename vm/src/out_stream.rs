//! The program's standard output: a buffer in front of the writer the embedder gave, with
//! CPython's behaviour when the reader has gone away (`krait x.py | head -1`).
//!
//! As with CPython's buffered writer, a write (`print`, `sys.stdout.write`) that fills the
//! buffer and fails to write it through drops what was buffered and raises
//! (`BrokenPipeError` for a closed pipe): a program that catches it can go on, one that
//! does not ends with the traceback. A failed flush (`flush=True`, `sys.stdout.flush()`)
//! raises too but keeps the data, and so do the VM's own flushes (before it writes to
//! stderr, so the two streams interleave, where nothing is raised): what is still waiting
//! at exit is reported as CPython reports it, `Exception ignored in: <…stdout…>`, and the
//! exit status becomes 120.

use std::io::{self, Write};

/// Buffered standard output; see the module docs.
pub(crate) struct OutStream {
    inner: Box<dyn Write>,
    buffer: Vec<u8>,
    /// Write through once this many bytes are waiting (0: unbuffered).
    capacity: usize,
}

impl OutStream {
    pub(crate) fn new(inner: Box<dyn Write>, capacity: usize) -> Self {
        OutStream {
            inner,
            buffer: Vec::with_capacity(capacity),
            capacity,
        }
    }

    /// Buffers `bytes`, writing through once the buffer is full; on failure what was
    /// waiting is dropped.
    pub(crate) fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.buffer.extend_from_slice(bytes);
        if self.buffer.len() >= self.capacity.max(1) {
            return self.flush();
        }
        Ok(())
    }

    /// Writes everything waiting through; on failure it is dropped.
    pub(crate) fn flush(&mut self) -> io::Result<()> {
        let result = self.flush_keeping();
        if result.is_err() {
            self.buffer.clear();
        }
        result
    }

    /// Writes everything waiting through; on failure it stays waiting.
    pub(crate) fn flush_keeping(&mut self) -> io::Result<()> {
        if !self.buffer.is_empty() {
            let mut written = 0;
            while written < self.buffer.len() {
                match self.inner.write(&self.buffer[written..]) {
                    Ok(0) => {
                        self.buffer.drain(..written);
                        return Err(io::ErrorKind::WriteZero.into());
                    }
                    Ok(n) => written += n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        self.buffer.drain(..written);
                        return Err(e);
                    }
                }
            }
            self.buffer.clear();
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer that fails every write, as a pipe without a reader does.
    struct Closed;

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_failed_write_drops_the_buffer_and_a_quiet_flush_keeps_it() {
        let mut out = OutStream::new(Box::new(Closed), 8);
        assert!(out.write(b"abc").is_ok());
        assert!(out.flush_keeping().is_err());
        assert_eq!(out.buffer, b"abc");
        assert!(out.write(b"defghij").is_err());
        assert!(out.buffer.is_empty());
        assert!(out.flush().is_ok());
    }
}
