//! A `serde_json` formatter that lays JSON out as Python's `json.dumps` does: on one line
//! with `", "` and `": "` between items, or, with `indent=N`, one item per line indented by
//! N spaces per level (`[]` and `{}` when empty, `","` at line ends, `": "` after keys);
//! floats are written as Python's `repr` writes them (`1e+16`, `1e-07`, where Rust's
//! shortest form gives `1e16` and `1e-7`).
//!
//! Strings need nothing here: serde_json's escapes are `json.dumps(ensure_ascii=False)`'s
//! (`\"`, `\\`, `\n`, `\r`, `\t`, `\b`, `\f`, `\u00XX` for the other control characters,
//! everything else as itself).

use std::io::{self, Write};

use serde_json::ser::Formatter;

use crate::repr::float_repr;

/// The formatter; `indent` is the unit per level, `None` for one line.
pub(super) struct PythonLayout<'a> {
    indent: Option<&'a [u8]>,
    /// Nesting depth of the array or object being written.
    level: usize,
    /// Whether the innermost open array or object has an item yet (an empty one closes on
    /// the same line).
    has_items: bool,
}

impl<'a> PythonLayout<'a> {
    pub(super) fn new(indent: Option<&'a [u8]>) -> Self {
        PythonLayout {
            indent,
            level: 0,
            has_items: false,
        }
    }

    fn open<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: u8) -> io::Result<()> {
        self.level += 1;
        self.has_items = false;
        writer.write_all(&[bracket])
    }

    fn close<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: u8) -> io::Result<()> {
        self.level = self.level.saturating_sub(1);
        if self.has_items {
            self.newline(writer)?;
        }
        writer.write_all(&[bracket])
    }

    /// What comes before an item of an array or object (the key, for an object).
    fn item<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        match self.indent {
            None if first => Ok(()),
            None => writer.write_all(b", "),
            Some(_) => {
                if !first {
                    writer.write_all(b",")?;
                }
                self.newline(writer)
            }
        }
    }

    fn newline<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        if let Some(unit) = self.indent {
            writer.write_all(b"\n")?;
            for _ in 0..self.level {
                writer.write_all(unit)?;
            }
        }
        Ok(())
    }
}

impl Formatter for PythonLayout<'_> {
    fn write_f64<W: ?Sized + Write>(&mut self, writer: &mut W, value: f64) -> io::Result<()> {
        writer.write_all(float_repr(value).as_bytes())
    }

    fn write_f32<W: ?Sized + Write>(&mut self, writer: &mut W, value: f32) -> io::Result<()> {
        // Python has no single precision: the value is the double it widens to.
        self.write_f64(writer, f64::from(value))
    }

    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b'[')
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b']')
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_items = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b'{')
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b'}')
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_items = true;
        Ok(())
    }
}
