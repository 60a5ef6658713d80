//! Decoding: payload bytes to constants and code objects, treating the input as hostile.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};

use super::{opcode, tag, LoadError, MAX_DEPTH};
use crate::{CodeFlags, CodeObject, Constant, ExceptionTableEntry, Location};

/// Reads a payload. The primitive methods let callers (the VM's `marshal`) decode their own
/// tagged values around the constants this module knows.
pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    strings: Vec<String>,
    depth: usize,
    /// Bytes that string back-references may still produce: a reference costs one byte
    /// but copies a whole string, so without a budget a small file could ask for huge
    /// allocations.
    copy_budget: usize,
}

/// Decodes one constant that must fill `data` exactly. Code objects in it are well-formed
/// but not verified.
pub fn decode_constant(data: &[u8]) -> Result<Constant, LoadError> {
    let mut reader = Reader::new(data);
    let constant = reader.constant()?;
    reader.finish()?;
    Ok(constant)
}

fn malformed(why: impl Into<String>) -> LoadError {
    LoadError::Malformed(why.into())
}

impl<'a> Reader<'a> {
    /// A reader at the start of `data`.
    pub fn new(data: &'a [u8]) -> Reader<'a> {
        Reader {
            data,
            pos: 0,
            strings: Vec::new(),
            depth: 0,
            copy_budget: data.len().saturating_mul(64).max(1 << 20),
        }
    }

    /// Fails unless every byte was consumed.
    pub fn finish(&self) -> Result<(), LoadError> {
        if self.pos == self.data.len() {
            Ok(())
        } else {
            Err(malformed("trailing bytes"))
        }
    }

    /// How many bytes are left.
    pub fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    /// One byte.
    pub fn byte(&mut self) -> Result<u8, LoadError> {
        let b = *self.data.get(self.pos).ok_or(LoadError::Truncated)?;
        self.pos += 1;
        Ok(b)
    }

    /// The next byte, not consumed.
    pub fn peek(&self) -> Option<u8> {
        self.data.get(self.pos).copied()
    }

    /// `n` raw bytes.
    pub fn raw(&mut self, n: usize) -> Result<&'a [u8], LoadError> {
        if n > self.remaining() {
            return Err(LoadError::Truncated);
        }
        let bytes = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(bytes)
    }

    /// An unsigned LEB128 number of at most 64 bits, in its shortest form.
    pub fn varint(&mut self) -> Result<u64, LoadError> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            let bits = u64::from(b & 0x7f);
            if shift == 63 && bits > 1 {
                return Err(malformed("varint overflows 64 bits"));
            }
            n |= bits << shift;
            if b & 0x80 == 0 {
                if b == 0 && shift > 0 {
                    return Err(malformed("varint not in shortest form"));
                }
                return Ok(n);
            }
        }
        Err(malformed("varint too long"))
    }

    /// A varint that must fit in 32 bits.
    pub fn u32(&mut self) -> Result<u32, LoadError> {
        u32::try_from(self.varint()?).map_err(|_| malformed("number exceeds 32 bits"))
    }

    /// A zigzag-encoded signed number.
    pub fn signed(&mut self) -> Result<i64, LoadError> {
        let n = self.varint()?;
        Ok((n >> 1) as i64 ^ -((n & 1) as i64))
    }

    /// A count of items each taking at least `min_size` bytes: larger than what is left
    /// is an error before anything is allocated for it.
    pub fn len(&mut self, min_size: usize) -> Result<usize, LoadError> {
        let n = self.varint()?;
        match usize::try_from(n) {
            Ok(n) if n.saturating_mul(min_size.max(1)) <= self.remaining() => Ok(n),
            _ => Err(LoadError::Truncated),
        }
    }

    /// A string written by [`Writer::str`](super::Writer::str).
    pub fn str(&mut self) -> Result<String, LoadError> {
        let k = self.varint()?;
        if k == 0 {
            let n = self.len(1)?;
            let bytes = self.raw(n)?;
            let s = std::str::from_utf8(bytes).map_err(|_| malformed("invalid UTF-8"))?;
            self.strings.push(s.to_owned());
            return Ok(s.to_owned());
        }
        let s = usize::try_from(k - 1)
            .ok()
            .and_then(|k| self.strings.get(k))
            .ok_or_else(|| malformed("bad string reference"))?;
        self.copy_budget = self
            .copy_budget
            .checked_sub(s.len())
            .ok_or_else(|| malformed("string references exceed their budget"))?;
        Ok(s.clone())
    }

    /// Enters one level of nesting (a tuple or code object); fails past [`MAX_DEPTH`].
    pub fn enter(&mut self) -> Result<(), LoadError> {
        if self.depth >= MAX_DEPTH {
            return Err(malformed("nesting too deep"));
        }
        self.depth += 1;
        Ok(())
    }

    /// Leaves a level entered with [`Reader::enter`].
    pub fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// A tagged constant.
    pub fn constant(&mut self) -> Result<Constant, LoadError> {
        let t = self.byte()?;
        self.constant_with_tag(t)
    }

    /// The constant whose tag `t` was just read; other tags are malformed.
    pub fn constant_with_tag(&mut self, t: u8) -> Result<Constant, LoadError> {
        Ok(match t {
            tag::NONE => Constant::None,
            tag::FALSE => Constant::Bool(false),
            tag::TRUE => Constant::Bool(true),
            tag::ELLIPSIS => Constant::Ellipsis,
            tag::INT => Constant::Int(self.signed()?),
            tag::BIG_INT => Constant::BigInt(self.big_int()?),
            tag::FLOAT => Constant::Float(self.float()?),
            tag::COMPLEX => {
                let real = self.float()?;
                let imag = self.float()?;
                Constant::Complex { real, imag }
            }
            tag::STR => Constant::Str(self.str()?),
            tag::BYTES => {
                let n = self.len(1)?;
                Constant::Bytes(self.raw(n)?.to_vec())
            }
            tag::TUPLE => {
                let n = self.len(1)?;
                self.enter()?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.constant()?);
                }
                self.leave();
                Constant::Tuple(items)
            }
            tag::CODE => Constant::Code(Rc::new(self.code_body()?)),
            other => return Err(malformed(format!("unknown tag {other:#04x}"))),
        })
    }

    /// A float's eight bytes.
    pub fn float(&mut self) -> Result<f64, LoadError> {
        let bytes = self.raw(8)?;
        Ok(f64::from_bits(u64::from_le_bytes(
            bytes.try_into().map_err(|_| LoadError::Truncated)?,
        )))
    }

    /// A big int's sign and magnitude.
    pub fn big_int(&mut self) -> Result<BigInt, LoadError> {
        let sign = match self.byte()? {
            0 => Sign::Plus,
            1 => Sign::Minus,
            _ => return Err(malformed("bad big int sign")),
        };
        let n = self.len(1)?;
        let magnitude = self.raw(n)?;
        if magnitude.last() == Some(&0) {
            return Err(malformed("big int not in shortest form"));
        }
        Ok(BigInt::from_bytes_le(sign, magnitude))
    }

    /// A code object, tag included.
    pub fn code_object(&mut self) -> Result<CodeObject, LoadError> {
        match self.byte()? {
            tag::CODE => self.code_body(),
            _ => Err(malformed("not a code object")),
        }
    }

    /// A code object whose tag was just read.
    fn code_body(&mut self) -> Result<CodeObject, LoadError> {
        self.enter()?;
        let name = self.str()?;
        let qualname = self.str()?;
        let filename = self.str()?;
        let first_line = self.u32()?;
        let argcount = self.u32()?;
        let posonlyargcount = self.u32()?;
        let kwonlyargcount = self.u32()?;
        let flags = CodeFlags(self.u32()?);
        let max_stack = self.u32()?;
        let count = self.len(1)?;
        let mut instructions = Vec::with_capacity(count);
        for _ in 0..count {
            let op = self.byte()?;
            let has_arg = opcode::has_operand(op).ok_or_else(|| malformed("unknown opcode"))?;
            let arg = if has_arg { self.u32()? } else { 0 };
            instructions.push(opcode::decode(op, arg).ok_or_else(|| malformed("bad operand"))?);
        }
        let count = self.len(4)?;
        let mut locations = Vec::with_capacity(count);
        let mut line = i64::from(first_line);
        for _ in 0..count {
            let fit = |n: Option<i64>| {
                n.and_then(|n| u32::try_from(n).ok())
                    .ok_or_else(|| malformed("location out of range"))
            };
            let (delta, span) = (self.signed()?, self.signed()?);
            let col = self.u32()?;
            let width = self.signed()?;
            let start = line.checked_add(delta);
            let end = start.and_then(|s| s.checked_add(span));
            let end_col = i64::from(col).checked_add(width);
            let start = fit(start)?;
            locations.push(Location {
                line: start,
                end_line: fit(end)?,
                col,
                end_col: fit(end_col)?,
            });
            line = start.into();
        }
        let count = self.len(1)?;
        let mut consts = Vec::with_capacity(count);
        for _ in 0..count {
            consts.push(self.constant()?);
        }
        let names = self.str_table()?;
        let varnames = self.str_table()?;
        let cellvars = self.str_table()?;
        let freevars = self.str_table()?;
        let count = self.len(2)?;
        let mut cell2arg = Vec::with_capacity(count);
        for _ in 0..count {
            cell2arg.push((self.u32()?, self.u32()?));
        }
        let count = self.len(5)?;
        let mut exception_table = Vec::with_capacity(count);
        for _ in 0..count {
            let start = self.u32()?;
            let end = start.wrapping_add(self.u32()?);
            let target = self.u32()?;
            let depth = self.u32()?;
            let push_lasti = match self.byte()? {
                0 => false,
                1 => true,
                _ => return Err(malformed("bad exception table flag")),
            };
            exception_table.push(ExceptionTableEntry {
                start,
                end,
                target,
                depth,
                push_lasti,
            });
        }
        self.leave();
        Ok(CodeObject {
            instructions,
            locations,
            consts,
            names,
            varnames,
            cellvars,
            freevars,
            cell2arg,
            exception_table,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            max_stack,
            name,
            qualname,
            filename,
            first_line,
        })
    }

    fn str_table(&mut self) -> Result<Vec<String>, LoadError> {
        let count = self.len(1)?;
        let mut table = Vec::with_capacity(count);
        for _ in 0..count {
            table.push(self.str()?);
        }
        Ok(table)
    }
}
