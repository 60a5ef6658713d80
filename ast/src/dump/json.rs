//! The JSON form of a syntax tree, for tools written in other languages: [`JsonTree`], a
//! `serde::Serialize` value built by [`json_tree`], and its text, [`dump_json`](crate::dump_json),
//! which `serde_json` writes in the layout of Python's `json.dumps(tree, ensure_ascii=False)`
//! (with `indent=N` when indenting), so the text can be compared with a tree converted by
//! Python.
//!
//! Every node is an object whose `"_type"` is its CPython class name (`"Module"`,
//! `"FunctionDef"`, `"Name"`, `"Load"`, …) followed by its fields in CPython's order, with the
//! field names of CPython's `ast` module; an optional field that is absent is `null` (where
//! `ast.dump` leaves it out). With attributes, located nodes also carry `"lineno"`,
//! `"col_offset"`, `"end_lineno"` and `"end_col_offset"` (columns in UTF-8 bytes, as CPython
//! counts them). Lists are arrays; identifiers and other string fields are strings; integer
//! fields are numbers.
//!
//! The `value` of a `Constant` (and of a `MatchSingleton`) is:
//! * `null`, `true`, `false` for `None`, `True`, `False`;
//! * a string for a `str` that is valid Unicode (every string but one holding a lone
//!   surrogate such as `'\ud800'`);
//! * a number for `int` (of any size: the decimal digits) and for a finite `float` (its
//!   shortest round-tripping form, as Python's `repr`: `0.1`, `1e+16`, `1e-07`);
//! * an object with a `"_type"` for the rest: `{"_type": "bytes", "hex": "00ff"}`,
//!   `{"_type": "float", "repr": "inf"}` (also `"-inf"`, `"nan"`),
//!   `{"_type": "complex", "real": 0.0, "imag": 1.0}` (non-finite parts as strings),
//!   `{"_type": "Ellipsis"}`, and `{"_type": "str", "code_points": [104, 105, 55296]}` for a
//!   `str` holding a lone surrogate: its code points as numbers, since a JSON string with a
//!   lone `\udXXX` escape is not Unicode and many decoders reject it.
//!
//! Through serde, an `int` that fits in 64 bits is an `i64` (or a `u64`); a larger one is
//! `serde_json`'s `RawValue` holding its digits. `serde_json` writes those digits as they
//! are; `serde_json::to_value` and `serde_json::from_str` read them as an `f64` (and fail
//! beyond its range) unless `serde_json`'s `arbitrary_precision` feature is on, and a format
//! other than JSON sees the `RawValue` as a struct with one string field.

use std::io;

use num_bigint::BigInt;
use serde::ser::{Error as _, SerializeMap, Serializer};
use serde::Serialize;
use serde_json::value::RawValue;

use super::{Lower, Scalar, Value};
use crate::repr::float_repr;
use crate::{Constant, LineIndex, Module, PyString};

mod layout;
#[cfg(test)]
mod tests;

/// A module's tree in the JSON form (see the [module docs](self)), ready to serialize with
/// any serde format: `serde_json::to_value(&tree)`, `serde_json::to_writer(w, &tree)`, or
/// [`JsonTree::write`] for the layout of Python's `json.dumps`. It borrows the module's
/// strings and constants.
pub struct JsonTree<'a> {
    root: Value<'a>,
}

/// Builds the JSON form of `module`; `lines` converts ranges for the attributes, which
/// `include_attributes` adds (as `ast.dump(include_attributes=True)` does).
pub fn json_tree<'a>(
    module: &'a Module,
    lines: &LineIndex,
    include_attributes: bool,
) -> JsonTree<'a> {
    let lower = Lower {
        lines,
        attributes: include_attributes,
    };
    JsonTree {
        root: lower.module(module),
    }
}

impl JsonTree<'_> {
    /// Writes the tree as JSON text laid out as Python's `json.dumps(tree,
    /// ensure_ascii=False)` lays it out, or `json.dumps(tree, ensure_ascii=False, indent=N)`
    /// with `indent: Some(N)`: the text [`dump_json`](crate::dump_json) returns, streamed.
    pub fn write<W: io::Write>(&self, writer: W, indent: Option<usize>) -> io::Result<()> {
        let unit = indent.map(|n| vec![b' '; n]);
        let formatter = layout::PythonLayout::new(unit.as_deref());
        let mut serializer = serde_json::Serializer::with_formatter(writer, formatter);
        self.serialize(&mut serializer).map_err(io::Error::from)
    }

    /// [`JsonTree::write`] into a string.
    pub(super) fn to_python_json(&self, indent: Option<usize>) -> String {
        let mut out = Vec::new();
        // Writing to a `Vec` cannot fail, and nothing in the tree refuses to serialize.
        let written = self.write(&mut out, indent);
        debug_assert!(written.is_ok(), "{written:?}");
        // serde_json writes only UTF-8, so the conversion never takes the lossy path.
        String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }
}

impl Serialize for JsonTree<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.root.serialize(serializer)
    }
}

impl Serialize for Value<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Absent => serializer.serialize_none(),
            Value::List(items) => serializer.collect_seq(items),
            Value::Node(class, fields) => {
                let mut map = serializer.serialize_map(Some(fields.len() + 1))?;
                map.serialize_entry("_type", class)?;
                for (name, field) in fields {
                    map.serialize_entry(name, field)?;
                }
                map.end()
            }
            Value::Scalar(Scalar::Str(s)) => serializer.serialize_str(s),
            Value::Scalar(Scalar::Int(n)) => serializer.serialize_i64(*n),
            Value::Scalar(Scalar::None) => serializer.serialize_none(),
            Value::Scalar(Scalar::Constant(c)) => constant(c, serializer),
        }
    }
}

fn constant<S: Serializer>(value: &Constant, serializer: S) -> Result<S::Ok, S::Error> {
    match value {
        Constant::None => serializer.serialize_none(),
        Constant::Bool(b) => serializer.serialize_bool(*b),
        Constant::Str(s) => match s.as_str() {
            Some(text) => serializer.serialize_str(text),
            None => typed(serializer, "str", &[("code_points", Part::CodePoints(s))]),
        },
        Constant::Int(n) => int(n, serializer),
        Constant::Float(x) if x.is_finite() => serializer.serialize_f64(*x),
        Constant::Float(x) => typed(serializer, "float", &[("repr", Part::Float(*x))]),
        Constant::Bytes(bytes) => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            let hex: String = bytes
                .iter()
                .flat_map(|b| [HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xf)]])
                .map(char::from)
                .collect();
            typed(serializer, "bytes", &[("hex", Part::Str(&hex))])
        }
        Constant::Complex { real, imag } => typed(
            serializer,
            "complex",
            &[("real", Part::Float(*real)), ("imag", Part::Float(*imag))],
        ),
        Constant::Ellipsis => typed(serializer, "Ellipsis", &[]),
    }
}

/// An object standing for a value JSON has no literal for: `{"_type": class, fields…}`.
fn typed<S: Serializer>(
    serializer: S,
    class: &str,
    fields: &[(&str, Part<'_>)],
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(Some(fields.len() + 1))?;
    map.serialize_entry("_type", class)?;
    for (name, part) in fields {
        map.serialize_entry(name, part)?;
    }
    map.end()
}

/// A field of [`typed`]'s objects.
enum Part<'a> {
    Str(&'a str),
    /// A part of a float constant: a number when finite, else its `repr` as a string.
    Float(f64),
    /// The code points of a `str` that is not valid Unicode, as an array of numbers.
    CodePoints(&'a PyString),
}

impl Serialize for Part<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Part::Str(s) => serializer.serialize_str(s),
            Part::Float(x) if x.is_finite() => serializer.serialize_f64(*x),
            Part::Float(x) => serializer.serialize_str(&float_repr(*x)),
            Part::CodePoints(s) => serializer.collect_seq(s.code_points()),
        }
    }
}

/// An `int` of any size: a serde integer when it fits in 64 bits, else its digits as a
/// `RawValue`, the one way serde_json writes a number it cannot hold.
fn int<S: Serializer>(n: &BigInt, serializer: S) -> Result<S::Ok, S::Error> {
    if let Ok(small) = i64::try_from(n) {
        return serializer.serialize_i64(small);
    }
    if let Ok(small) = u64::try_from(n) {
        return serializer.serialize_u64(small);
    }
    // Decimal digits are always a valid JSON number, so this never fails.
    let raw = RawValue::from_string(n.to_string()).map_err(S::Error::custom)?;
    raw.serialize(serializer)
}
