//! Checks of the JSON form: the expected texts were printed by CPython 3.11's
//! `json.dumps(to_json(tree), ensure_ascii=False, indent=…)` with `to_json` from
//! `parser/tests/regen.py` (attributes left out where the Rust tree has none), and the serde
//! value must be what `serde_json` reads back from the text.

use num_bigint::BigInt;
use serde_json::Value as Json;

use crate::{
    dump_json, json_tree, Constant, DumpOptions, Expr, ExprContext, ExprKind, LineIndex, Module,
    PyString, Stmt, StmtKind, TextRange,
};

fn range(start: u32, end: u32) -> TextRange {
    TextRange::new(start.into(), end.into())
}

fn constant(value: Constant) -> Expr {
    Expr::new(ExprKind::Constant { value, kind: None }, range(0, 0))
}

/// A module of expression statements, one per constant.
fn constants(values: Vec<Constant>) -> Module {
    let body = values
        .into_iter()
        .map(|value| {
            let value = Box::new(constant(value));
            Stmt::new(StmtKind::Expr { value }, range(0, 0))
        })
        .collect();
    Module {
        body,
        type_ignores: Vec::new(),
        range: range(0, 0),
    }
}

/// The text [`constants`] gives, without attributes, from each constant's JSON text.
fn constants_text(values: &[&str]) -> String {
    let body: Vec<String> = values
        .iter()
        .map(|v| format!(r#"{{"_type": "Expr", "value": {{"_type": "Constant", "value": {v}, "kind": null}}}}"#))
        .collect();
    format!(
        r#"{{"_type": "Module", "body": [{}], "type_ignores": []}}"#,
        body.join(", ")
    )
}

fn text(module: &Module, indent: Option<usize>, include_attributes: bool) -> String {
    let options = DumpOptions {
        indent,
        include_attributes,
    };
    dump_json(module, &LineIndex::new(""), &options)
}

/// `serde_json::to_value` of the tree equals the value read back from its text.
fn assert_round_trip(module: &Module, source: &str) {
    let lines = LineIndex::new(source);
    for include_attributes in [false, true] {
        let tree = json_tree(module, &lines, include_attributes);
        let value = serde_json::to_value(&tree).expect("serializable");
        for indent in [None, Some(0), Some(3)] {
            let options = DumpOptions {
                indent,
                include_attributes,
            };
            let text = dump_json(module, &lines, &options);
            let read: Json = serde_json::from_str(&text).expect("valid JSON");
            assert_eq!(read, value, "{text}");
        }
    }
}

fn int(digits: &str) -> Constant {
    Constant::Int(digits.parse::<BigInt>().expect("decimal digits"))
}

fn str_of(code_points: &[u32]) -> Constant {
    let mut s = PyString::new();
    for &c in code_points {
        assert!(s.push_code_point(c));
    }
    Constant::Str(s)
}

/// `x = 1`
fn assign() -> Module {
    let target = Expr::new(
        ExprKind::Name {
            id: "x".into(),
            ctx: ExprContext::Store,
        },
        range(0, 1),
    );
    let mut value = constant(Constant::Int(1.into()));
    value.range = range(4, 5);
    let stmt = Stmt::new(
        StmtKind::Assign {
            targets: vec![target],
            value: Box::new(value),
            type_comment: None,
        },
        range(0, 5),
    );
    Module {
        body: vec![stmt],
        type_ignores: Vec::new(),
        range: range(0, 5),
    }
}

#[test]
fn floats_are_written_as_python_repr() {
    let complex = |real, imag| Constant::Complex { real, imag };
    let m = constants(vec![
        Constant::Float(1e16),
        Constant::Float(1e-7),
        Constant::Float(0.1),
        Constant::Float(1.0),
        Constant::Float(5e-324),
        Constant::Float(f64::MAX),
        Constant::Float(123456789.0),
        Constant::Float(f64::INFINITY),
        Constant::Float(f64::NEG_INFINITY),
        Constant::Float(f64::NAN),
        complex(0.0, 1.0),
        complex(0.0, f64::INFINITY),
        complex(-0.0, f64::NAN),
    ]);
    let want = constants_text(&[
        "1e+16",
        "1e-07",
        "0.1",
        "1.0",
        "5e-324",
        "1.7976931348623157e+308",
        "123456789.0",
        r#"{"_type": "float", "repr": "inf"}"#,
        r#"{"_type": "float", "repr": "-inf"}"#,
        r#"{"_type": "float", "repr": "nan"}"#,
        r#"{"_type": "complex", "real": 0.0, "imag": 1.0}"#,
        r#"{"_type": "complex", "real": 0.0, "imag": "inf"}"#,
        r#"{"_type": "complex", "real": -0.0, "imag": "nan"}"#,
    ]);
    assert_eq!(text(&m, None, false), want);
    assert_round_trip(&m, "");
}

#[test]
fn ints_of_any_size_are_their_digits() {
    let digits = [
        "0",
        "-5",
        "9223372036854775807",
        "9223372036854775808",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "1000000000000000000000000000000",
        "-1000000000000000000000000000000",
    ];
    let m = constants(digits.iter().map(|d| int(d)).collect());
    assert_eq!(text(&m, None, false), constants_text(&digits));
    // Without serde_json's `arbitrary_precision`, both sides read the large ones as f64.
    assert_round_trip(&m, "");
}

#[test]
fn ints_beyond_f64_are_written_but_not_read_by_serde_json_value() {
    let big = format!("1{}", "0".repeat(400));
    let m = constants(vec![int(&big)]);
    let text = text(&m, None, false);
    assert_eq!(text, constants_text(&[&big]));
    // Documented: `serde_json::Value` holds no number this large.
    assert!(serde_json::to_value(json_tree(&m, &LineIndex::new(""), false)).is_err());
    assert!(serde_json::from_str::<Json>(&text).is_err());
}

#[test]
fn strings_with_lone_surrogates_are_code_points() {
    let m = constants(vec![
        str_of(&[104, 105, 0xdc80]),
        str_of(&[0xd83d, 0xde00]),
        Constant::Str("hé".into()),
        Constant::Str(PyString::new()),
    ]);
    let want = constants_text(&[
        r#"{"_type": "str", "code_points": [104, 105, 56448]}"#,
        r#"{"_type": "str", "code_points": [55357, 56832]}"#,
        r#""hé""#,
        r#""""#,
    ]);
    assert_eq!(text(&m, None, false), want);
    assert_round_trip(&m, "");
}

#[test]
fn escapes_are_those_of_json_dumps() {
    let s = "\x00\x1f\x7f\u{2028}\"\\/\x08\x0c\n\r\t\x0b\x1bé😀\u{feff}";
    let m = constants(vec![Constant::Str(s.into())]);
    let want = "\"\\u0000\\u001f\x7f\u{2028}\\\"\\\\/\\b\\f\\n\\r\\t\\u000b\\u001bé😀\u{feff}\"";
    assert_eq!(text(&m, None, false), constants_text(&[want]));
    assert_round_trip(&m, "");
}

#[test]
fn other_constants_are_literals_or_typed_objects() {
    let m = constants(vec![
        Constant::Bytes(vec![0x00, 0xff, b'a', b'b']),
        Constant::Bytes(Vec::new()),
        Constant::None,
        Constant::Bool(true),
        Constant::Bool(false),
        Constant::Ellipsis,
    ]);
    let want = constants_text(&[
        r#"{"_type": "bytes", "hex": "00ff6162"}"#,
        r#"{"_type": "bytes", "hex": ""}"#,
        "null",
        "true",
        "false",
        r#"{"_type": "Ellipsis"}"#,
    ]);
    assert_eq!(text(&m, None, false), want);
    assert_round_trip(&m, "");
}

#[test]
fn indented_as_json_dumps_indent() {
    let m = constants(vec![str_of(&[104, 105, 0xdc80])]);
    let want = r#"{
  "_type": "Module",
  "body": [
    {
      "_type": "Expr",
      "value": {
        "_type": "Constant",
        "value": {
          "_type": "str",
          "code_points": [
            104,
            105,
            56448
          ]
        },
        "kind": null
      }
    }
  ],
  "type_ignores": []
}"#;
    assert_eq!(text(&m, Some(2), false), want);
}

#[test]
fn indented_with_attributes() {
    let m = assign();
    let options = DumpOptions {
        indent: Some(2),
        include_attributes: true,
    };
    let want = r#"{
  "_type": "Module",
  "body": [
    {
      "_type": "Assign",
      "targets": [
        {
          "_type": "Name",
          "id": "x",
          "ctx": {
            "_type": "Store"
          },
          "lineno": 1,
          "col_offset": 0,
          "end_lineno": 1,
          "end_col_offset": 1
        }
      ],
      "value": {
        "_type": "Constant",
        "value": 1,
        "kind": null,
        "lineno": 1,
        "col_offset": 4,
        "end_lineno": 1,
        "end_col_offset": 5
      },
      "type_comment": null,
      "lineno": 1,
      "col_offset": 0,
      "end_lineno": 1,
      "end_col_offset": 5
    }
  ],
  "type_ignores": []
}"#;
    assert_eq!(dump_json(&m, &LineIndex::new("x = 1"), &options), want);
    assert_round_trip(&m, "x = 1");
}

#[test]
fn indent_zero_breaks_lines_without_indenting() {
    // `{**a}`: the `**` entry's key is null.
    let dict = Expr::new(
        ExprKind::Dict {
            keys: vec![None],
            values: vec![Expr::new(
                ExprKind::Name {
                    id: "a".into(),
                    ctx: ExprContext::Load,
                },
                range(3, 4),
            )],
        },
        range(0, 5),
    );
    let stmt = Stmt::new(
        StmtKind::Expr {
            value: Box::new(dict),
        },
        range(0, 5),
    );
    let m = Module {
        body: vec![stmt],
        type_ignores: Vec::new(),
        range: range(0, 5),
    };
    let want = r#"{
"_type": "Module",
"body": [
{
"_type": "Expr",
"value": {
"_type": "Dict",
"keys": [
null
],
"values": [
{
"_type": "Name",
"id": "a",
"ctx": {
"_type": "Load"
}
}
]
}
}
],
"type_ignores": []
}"#;
    assert_eq!(text(&m, Some(0), false), want);
    assert_round_trip(&m, "{**a}");
}

#[test]
fn write_streams_the_same_text() {
    let m = assign();
    let lines = LineIndex::new("x = 1");
    let mut out = Vec::new();
    json_tree(&m, &lines, true)
        .write(&mut out, Some(4))
        .expect("written");
    let options = DumpOptions {
        indent: Some(4),
        include_attributes: true,
    };
    assert_eq!(out, dump_json(&m, &lines, &options).into_bytes());
}
