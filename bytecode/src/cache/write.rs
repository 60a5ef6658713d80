//! Encoding: code objects and constants to payload bytes.

use std::collections::HashMap;

use num_bigint::Sign;

use super::{opcode, tag};
use crate::{CodeObject, Constant};

/// Builds a payload. Besides the constants and code objects this module knows, callers
/// (the VM's `marshal`) may write their own tagged values with the primitive methods.
#[derive(Default)]
pub struct Writer {
    out: Vec<u8>,
    strings: HashMap<String, u32>,
}

/// The payload bytes of one constant (with its nested code objects).
pub fn encode_constant(constant: &Constant) -> Vec<u8> {
    let mut writer = Writer::new();
    writer.constant(constant);
    writer.finish()
}

impl Writer {
    /// An empty payload.
    pub fn new() -> Writer {
        Writer::default()
    }

    /// The bytes written.
    pub fn finish(self) -> Vec<u8> {
        self.out
    }

    /// One raw byte (a tag).
    pub fn byte(&mut self, b: u8) {
        self.out.push(b);
    }

    /// Raw bytes.
    pub fn raw(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }

    /// An unsigned LEB128 number.
    pub fn varint(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.out.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.out.push(n as u8);
    }

    /// A signed number, zigzag-encoded.
    pub fn signed(&mut self, n: i64) {
        self.varint(((n << 1) ^ (n >> 63)) as u64);
    }

    /// A length (a count of items or bytes).
    pub fn len(&mut self, n: usize) {
        self.varint(n as u64);
    }

    /// A string: `0`, its byte length and its UTF-8 bytes the first time; afterwards
    /// `k + 1` where it was the `k`-th distinct string written.
    pub fn str(&mut self, s: &str) {
        if let Some(&k) = self.strings.get(s) {
            self.varint(k as u64 + 1);
            return;
        }
        let k = self.strings.len() as u32;
        self.strings.insert(s.to_owned(), k);
        self.varint(0);
        self.len(s.len());
        self.raw(s.as_bytes());
    }

    /// A tagged constant.
    pub fn constant(&mut self, constant: &Constant) {
        match constant {
            Constant::None => self.byte(tag::NONE),
            Constant::Bool(false) => self.byte(tag::FALSE),
            Constant::Bool(true) => self.byte(tag::TRUE),
            Constant::Int(n) => {
                self.byte(tag::INT);
                self.signed(*n);
            }
            Constant::BigInt(n) => {
                self.byte(tag::BIG_INT);
                let (sign, magnitude) = n.to_bytes_le();
                self.byte((sign == Sign::Minus) as u8);
                let magnitude = if sign == Sign::NoSign {
                    Vec::new()
                } else {
                    magnitude
                };
                self.len(magnitude.len());
                self.raw(&magnitude);
            }
            Constant::Float(x) => {
                self.byte(tag::FLOAT);
                self.raw(&x.to_bits().to_le_bytes());
            }
            Constant::Complex { real, imag } => {
                self.byte(tag::COMPLEX);
                self.raw(&real.to_bits().to_le_bytes());
                self.raw(&imag.to_bits().to_le_bytes());
            }
            Constant::Str(s) => {
                self.byte(tag::STR);
                self.str(s);
            }
            Constant::Bytes(b) => {
                self.byte(tag::BYTES);
                self.len(b.len());
                self.raw(b);
            }
            Constant::Tuple(items) => {
                self.byte(tag::TUPLE);
                self.len(items.len());
                items.iter().for_each(|item| self.constant(item));
            }
            Constant::Ellipsis => self.byte(tag::ELLIPSIS),
            Constant::Code(code) => self.code(code),
        }
    }

    /// A code object, tag included.
    pub fn code(&mut self, code: &CodeObject) {
        self.byte(tag::CODE);
        self.str(&code.name);
        self.str(&code.qualname);
        self.str(&code.filename);
        for n in [
            code.first_line,
            code.argcount,
            code.posonlyargcount,
            code.kwonlyargcount,
            code.flags.0,
            code.max_stack,
        ] {
            self.varint(n.into());
        }
        self.len(code.instructions.len());
        for &instr in &code.instructions {
            let (op, arg) = opcode::encode(instr);
            self.byte(op);
            if let Some(arg) = arg {
                self.varint(arg.into());
            }
        }
        // Lines as deltas from the previous instruction's, end lines and end columns as
        // deltas from the start: small numbers, one byte each almost always.
        let mut line = i64::from(code.first_line);
        self.len(code.locations.len());
        for loc in code.locations.iter() {
            self.signed(i64::from(loc.line) - line);
            self.signed(i64::from(loc.end_line) - i64::from(loc.line));
            self.varint(loc.col.into());
            self.signed(i64::from(loc.end_col) - i64::from(loc.col));
            line = loc.line.into();
        }
        self.len(code.consts.len());
        code.consts.iter().for_each(|c| self.constant(c));
        for table in [&code.names, &code.varnames, &code.cellvars, &code.freevars] {
            self.len(table.len());
            table.iter().for_each(|s| self.str(s));
        }
        self.len(code.cell2arg.len());
        for &(cell, arg) in &code.cell2arg {
            self.varint(cell.into());
            self.varint(arg.into());
        }
        self.len(code.exception_table.len());
        for e in &code.exception_table {
            self.varint(e.start.into());
            self.varint(u64::from(e.end.wrapping_sub(e.start)));
            self.varint(e.target.into());
            self.varint(e.depth.into());
            self.byte(e.push_lasti as u8);
        }
    }
}
