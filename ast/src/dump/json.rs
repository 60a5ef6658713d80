//! The JSON form of a syntax tree, for tools written in other languages. Its layout is that
//! of Python's `json.dumps(tree, ensure_ascii=False)` (with `indent=N` when indenting), so
//! the text can be compared with a tree converted by Python.
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
//! * a string for `str` (a lone surrogate is written as a `\udXXX` escape, which JSON
//!   allows; a decoder may read two adjacent ones back as a single character);
//! * a number for `int` (of any size: the decimal digits) and for a finite `float` (its
//!   shortest round-tripping form, as Python's `repr`);
//! * an object with a `"_type"` for the rest: `{"_type": "bytes", "hex": "00ff"}`,
//!   `{"_type": "float", "repr": "inf"}` (also `"-inf"`, `"nan"`),
//!   `{"_type": "complex", "real": 0.0, "imag": 1.0}` (non-finite parts as strings),
//!   `{"_type": "Ellipsis"}`.

use std::fmt::Write;

use super::{Scalar, Value};
use crate::repr::float_repr;
use crate::Constant;

/// Writes `value` as JSON, laid out as Python's `json.dumps(value, ensure_ascii=False,
/// indent=indent)` lays it out; `indent` is the unit per level.
pub(super) fn write(value: &Value, level: usize, indent: Option<&str>, out: &mut String) {
    match value {
        Value::Absent => out.push_str("null"),
        Value::Scalar(scalar) => write_scalar(scalar, level, indent, out),
        Value::List(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return;
            }
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                separator(i, level + 1, indent, out);
                write(item, level + 1, indent, out);
            }
            newline(level, indent, out);
            out.push(']');
        }
        Value::Node(class, fields) => {
            out.push('{');
            separator(0, level + 1, indent, out);
            out.push_str("\"_type\": ");
            string(class, out);
            for (i, (name, field)) in fields.iter().enumerate() {
                separator(i + 1, level + 1, indent, out);
                string(name, out);
                out.push_str(": ");
                write(field, level + 1, indent, out);
            }
            newline(level, indent, out);
            out.push('}');
        }
    }
}

/// What comes before item `i` of an array or object.
fn separator(i: usize, level: usize, indent: Option<&str>, out: &mut String) {
    if i > 0 {
        out.push(',');
        if indent.is_none() {
            out.push(' ');
        }
    }
    newline(level, indent, out);
}

fn newline(level: usize, indent: Option<&str>, out: &mut String) {
    if let Some(unit) = indent {
        out.push('\n');
        for _ in 0..level {
            out.push_str(unit);
        }
    }
}

fn write_scalar(scalar: &Scalar, level: usize, indent: Option<&str>, out: &mut String) {
    match scalar {
        Scalar::Str(s) => string(s, out),
        Scalar::Int(n) => {
            let _ = write!(out, "{n}");
        }
        Scalar::None => out.push_str("null"),
        Scalar::Constant(c) => constant(c, level, indent, out),
    }
}

fn constant(value: &Constant, level: usize, indent: Option<&str>, out: &mut String) {
    // The values JSON has no literal for are objects, laid out as nodes are.
    let object = |class: &'static str, fields: Vec<(&'static str, Value)>| {
        let mut text = String::new();
        write(&Value::Node(class, fields), level, indent, &mut text);
        text
    };
    let float = |x: f64| {
        if x.is_finite() {
            Value::Scalar(Scalar::Constant(Constant::Float(x)))
        } else {
            Value::Scalar(Scalar::Str(float_repr(x)))
        }
    };
    match value {
        Constant::None => out.push_str("null"),
        Constant::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Constant::Str(s) => {
            out.push('"');
            for c in s.code_points() {
                escape(c, out);
            }
            out.push('"');
        }
        Constant::Int(n) => {
            let _ = write!(out, "{n}");
        }
        Constant::Float(x) if x.is_finite() => out.push_str(&float_repr(*x)),
        Constant::Float(x) => out.push_str(&object("float", vec![("repr", float(*x))])),
        Constant::Bytes(b) => {
            let mut hex = String::with_capacity(2 * b.len());
            for byte in b {
                let _ = write!(hex, "{byte:02x}");
            }
            out.push_str(&object(
                "bytes",
                vec![("hex", Value::Scalar(Scalar::Str(hex)))],
            ));
        }
        Constant::Complex { real, imag } => {
            let fields = vec![("real", float(*real)), ("imag", float(*imag))];
            out.push_str(&object("complex", fields));
        }
        Constant::Ellipsis => out.push_str(&object("Ellipsis", Vec::new())),
    }
}

fn string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        escape(u32::from(c), out);
    }
    out.push('"');
}

/// One code point inside a JSON string, escaped as `json.dumps` escapes it (quotes,
/// backslashes, control characters), surrogates as `\udXXX`, everything else as itself.
fn escape(code_point: u32, out: &mut String) {
    match char::from_u32(code_point) {
        Some('"') => out.push_str("\\\""),
        Some('\\') => out.push_str("\\\\"),
        Some('\n') => out.push_str("\\n"),
        Some('\r') => out.push_str("\\r"),
        Some('\t') => out.push_str("\\t"),
        Some('\x08') => out.push_str("\\b"),
        Some('\x0c') => out.push_str("\\f"),
        Some(c) if (c as u32) >= 0x20 => out.push(c),
        _ => {
            let _ = write!(out, "\\u{code_point:04x}");
        }
    }
}
