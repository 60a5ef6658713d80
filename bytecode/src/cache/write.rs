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
    /// Every shareable constant written so far (see [`shareable`]), keyed by its
    /// self-contained encoding, with its number.
    shared: HashMap<Vec<u8>, u32>,
    /// How many shareable constants were written in full (the next one's number).
    shared_count: u32,
    /// What the reader will charge for the references written so far (see
    /// [`super::copy_cost`]); kept within the budget the reader will allow.
    ref_cost: usize,
    /// Spell every constant out (for the keys of `shared`).
    plain: bool,
}

/// Whether a constant is one a later equal constant may refer back to: the kinds that take
/// more than a couple of bytes and repeat (keyword-name tuples, default-argument tuples,
/// floats, big ints, bytes). Strings have their own table; code objects never repeat.
/// The reader registers exactly the same kinds, in the same order.
pub(crate) fn shareable(constant: &Constant) -> bool {
    match constant {
        Constant::Tuple(items) => !items.is_empty(),
        Constant::Float(_) | Constant::Complex { .. } | Constant::BigInt(_) => true,
        Constant::Bytes(b) => !b.is_empty(),
        _ => false,
    }
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

    /// A tagged constant. A [`shareable`] one equal to one written before (same kind, same
    /// bits: `0.0` and `-0.0` differ) becomes `tag::REF` and that one's number.
    pub fn constant(&mut self, constant: &Constant) {
        if self.plain || !shareable(constant) {
            return self.constant_in_full(constant);
        }
        // The key is the constant's encoding on its own, strings and repeats spelled out,
        // so equal constants have equal keys wherever their strings were first written.
        let mut plain = Writer {
            plain: true,
            ..Writer::default()
        };
        plain.constant_in_full(constant);
        let key = plain.finish();
        if let Some(&k) = self.shared.get(&key) {
            // The payload will be at least as long as what is written now, so staying
            // within the budget of this length keeps the reader's budget from running out.
            let cost = self.ref_cost + super::copy_cost(constant);
            if cost <= super::ref_budget(self.out.len()) {
                self.ref_cost = cost;
                self.byte(tag::REF);
                self.varint(k.into());
                return;
            }
        }
        self.constant_in_full(constant);
        // Numbered after its items, as the reader numbers it after decoding them.
        self.shared.insert(key, self.shared_count);
        self.shared_count += 1;
    }

    pub(crate) fn constant_in_full(&mut self, constant: &Constant) {
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
