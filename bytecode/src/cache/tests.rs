//! The format's round trips and its behaviour on damaged input.

use std::rc::Rc;

use num_bigint::BigInt;

use super::*;
use crate::{
    BinaryOpKind, CodeFlags, CompareKind, Constant, ExceptionTableEntry, Instruction, Location,
    MakeFunctionFlags,
};

fn sample_code() -> CodeObject {
    let inner = CodeObject {
        instructions: vec![
            Instruction::ReturnGenerator,
            Instruction::PopTop,
            Instruction::LoadDeref(0),
            Instruction::YieldValue,
            Instruction::ReturnValue,
        ],
        locations: vec![
            Location {
                line: 3,
                end_line: 3,
                col: 4,
                end_col: 9,
            },
            Location {
                line: 4,
                end_line: 6,
                col: 8,
                end_col: 2,
            },
            Location::default(),
            Location {
                line: 70000,
                end_line: 70001,
                col: 0,
                end_col: 100,
            },
            Location {
                line: 2,
                end_line: 2,
                col: 0,
                end_col: 0,
            },
        ],
        consts: vec![Constant::None],
        names: vec![],
        varnames: vec!["x".into()],
        cellvars: vec!["x".into()],
        freevars: vec!["outer".into()],
        cell2arg: vec![(0, 0)],
        exception_table: vec![ExceptionTableEntry {
            start: 1,
            end: 3,
            target: 4,
            depth: 1,
            push_lasti: true,
        }],
        argcount: 1,
        posonlyargcount: 1,
        kwonlyargcount: 0,
        flags: CodeFlags(CodeFlags::GENERATOR | CodeFlags::NESTED),
        max_stack: 2,
        name: "gen".into(),
        qualname: "f.<locals>.gen".into(),
        filename: "/tmp/é.py".into(),
        first_line: 3,
    };
    let big: BigInt = "-123456789012345678901234567890".parse().expect("big");
    CodeObject {
        instructions: vec![
            Instruction::LoadConst(0),
            Instruction::BinaryOp(BinaryOpKind::InplaceXor),
            Instruction::CompareOp(CompareKind::Ge),
            Instruction::IsOp(true),
            Instruction::ContainsOp(false),
            Instruction::MakeFunction(MakeFunctionFlags(0x0f)),
            Instruction::Jump(u32::MAX),
            Instruction::Nop,
            Instruction::ReturnValue,
        ],
        locations: vec![
            Location {
                line: 1,
                end_line: 1,
                col: 0,
                end_col: 5
            };
            9
        ],
        consts: vec![
            Constant::None,
            Constant::Bool(true),
            Constant::Bool(false),
            Constant::Int(0),
            Constant::Int(i64::MIN),
            Constant::Int(i64::MAX),
            Constant::BigInt(big.clone()),
            Constant::BigInt(-big),
            Constant::BigInt(BigInt::from(0)),
            Constant::Float(-0.0),
            Constant::Float(f64::INFINITY),
            Constant::Float(1.5e300),
            Constant::Complex {
                real: 0.0,
                imag: -2.5,
            },
            Constant::Str(String::new()),
            Constant::Str("héllo \u{1F600}".into()),
            Constant::Str("gen".into()),
            Constant::Bytes(vec![0, 255, 10]),
            Constant::Tuple(vec![]),
            Constant::Tuple(vec![
                Constant::Ellipsis,
                Constant::Tuple(vec![Constant::Str("x".into())]),
            ]),
            Constant::Ellipsis,
            Constant::Code(Rc::new(inner)),
        ],
        names: vec!["print".into(), "x".into()],
        varnames: vec![],
        cellvars: vec![],
        freevars: vec![],
        cell2arg: vec![],
        exception_table: vec![],
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        flags: CodeFlags(0),
        max_stack: u32::MAX,
        name: "<module>".into(),
        qualname: "<module>".into(),
        filename: "/tmp/é.py".into(),
        first_line: 1,
    }
}

#[test]
fn every_constant_kind_round_trips() {
    let code = sample_code();
    let source = b"print('hi')\n";
    let bytes = write_cache(&code, source);
    let back = read_cache(&bytes, Some(source)).expect("loads");
    assert_eq!(back, code);
    // -0.0 == 0.0 for PartialEq: compare the bits too.
    let Constant::Float(z) = back.consts[9] else {
        panic!("float")
    };
    assert_eq!(z.to_bits(), (-0.0f64).to_bits());
    for constant in &code.consts {
        let bytes = encode_constant(constant);
        assert_eq!(&decode_constant(&bytes).expect("decodes"), constant);
    }
    let nan = encode_constant(&Constant::Float(f64::NAN));
    let Ok(Constant::Float(x)) = decode_constant(&nan) else {
        panic!("nan")
    };
    assert!(x.is_nan());
}

#[test]
fn every_instruction_round_trips() {
    let mut code = sample_code();
    code.instructions.clear();
    for op in 0..=255u8 {
        if let Some(has_arg) = opcode::has_operand(op) {
            let arg = if has_arg { (op as u32) % 2 } else { 0 };
            code.instructions
                .push(opcode::decode(op, arg).expect("valid"));
        }
    }
    code.locations = vec![Location::default(); code.instructions.len()];
    let bytes = write_cache(&code, b"");
    assert_eq!(read_cache(&bytes, Some(b"")).expect("loads"), code);
}

#[test]
fn stale_source_is_detected() {
    let code = sample_code();
    let bytes = write_cache(&code, b"a = 1\n");
    assert_eq!(read_cache(&bytes, Some(b"a = 2\n")), Err(LoadError::Stale));
    assert_eq!(
        read_cache(&bytes, Some(b"a = 1\n\n")),
        Err(LoadError::Stale)
    );
    assert!(read_cache(&bytes, None).is_ok());
}

#[test]
fn wrong_magic_is_detected() {
    let code = sample_code();
    let mut bytes = write_cache(&code, b"");
    bytes[5] ^= 1;
    assert_eq!(read_cache(&bytes, None), Err(LoadError::BadMagic));
    assert_eq!(read_cache(b"\x00\x01", None), Err(LoadError::BadMagic));
    assert_eq!(read_cache(b"KR", None), Err(LoadError::Truncated));
}

/// Every prefix of a valid file fails cleanly, with or without the header's checks.
#[test]
fn truncation_at_every_offset_fails() {
    let code = sample_code();
    let bytes = write_cache(&code, b"x");
    for cut in 0..bytes.len() {
        assert!(
            read_cache(&bytes[..cut], Some(b"x")).is_err(),
            "prefix {cut}"
        );
    }
    let payload = &bytes[HEADER_LEN..];
    for cut in 0..payload.len() {
        assert!(
            decode_constant(&payload[..cut]).is_err(),
            "payload prefix {cut}"
        );
    }
}

/// Flipping any bit of a file is caught by the checksum; flipping bits of the bare payload
/// (which has no checksum) never panics.
#[test]
fn flipped_bytes_never_panic() {
    let code = sample_code();
    let bytes = write_cache(&code, b"x");
    for i in 0..bytes.len() {
        for bit in [0x01u8, 0x80, 0xff] {
            let mut damaged = bytes.clone();
            damaged[i] ^= bit;
            assert!(read_cache(&damaged, Some(b"x")).is_err(), "byte {i}");
        }
    }
    let payload = &bytes[HEADER_LEN..];
    for i in 0..payload.len() {
        for bit in [0x01u8, 0x02, 0x40, 0x80, 0xff] {
            let mut damaged = payload.to_vec();
            damaged[i] ^= bit;
            let _ = decode_constant(&damaged);
        }
    }
}

#[test]
fn hostile_lengths_and_nesting_are_refused() {
    // A tuple claiming 2^60 items.
    let mut w = Writer::new();
    w.byte(tag::TUPLE);
    w.varint(1 << 60);
    assert_eq!(decode_constant(&w.finish()), Err(LoadError::Truncated));
    // Tuples nested past the limit.
    let mut bytes = Vec::new();
    for _ in 0..MAX_DEPTH + 1 {
        bytes.extend_from_slice(&[tag::TUPLE, 1]);
    }
    bytes.push(tag::NONE);
    assert!(matches!(
        decode_constant(&bytes),
        Err(LoadError::Malformed(_))
    ));
    // Nested exactly to the limit is fine.
    let ok = &bytes[2..];
    assert!(decode_constant(ok).is_ok());
    // A string referenced over and over runs out of budget instead of allocating.
    let mut w = Writer::new();
    let long = "x".repeat(1 << 16);
    w.byte(tag::TUPLE);
    w.varint(2000);
    w.byte(tag::STR);
    w.str(&long);
    for _ in 1..2000 {
        w.byte(tag::STR);
        w.str(&long);
    }
    assert!(matches!(
        decode_constant(&w.finish()),
        Err(LoadError::Malformed(_))
    ));
    // Overlong and overflowing varints.
    assert!(decode_constant(&[tag::INT, 0x80, 0x00]).is_err());
    assert!(decode_constant(&[
        tag::INT,
        0xff,
        0xff,
        0xff,
        0xff,
        0xff,
        0xff,
        0xff,
        0xff,
        0xff,
        0x7f
    ])
    .is_err());
    assert!(decode_constant(&[tag::INT, 0x02, 0x00]).is_err());
    assert!(decode_constant(&[0x00]).is_err());
    assert!(decode_constant(&[tag::BIG_INT, 0, 1, 0]).is_err());
    assert!(decode_constant(&[tag::STR, 0, 2, 0xc3, 0x28]).is_err());
    assert!(decode_constant(&[tag::STR, 5]).is_err());
}

#[test]
fn hash_sees_every_byte_and_length() {
    let base = vec![7u8; 37];
    let h = hash64(&base);
    for i in 0..base.len() {
        let mut other = base.clone();
        other[i] ^= 1;
        assert_ne!(hash64(&other), h);
    }
    assert_ne!(hash64(&base[..36]), h);
    assert_ne!(hash64(b""), hash64(b"\0"));
}

#[test]
fn cache_path_is_in_pycache() {
    let p = cache_path(std::path::Path::new("/a/b/mod.py"), 0).expect("path");
    assert_eq!(p, std::path::Path::new("/a/b/__pycache__/mod.krait-01.pyc"));
    let p = cache_path(std::path::Path::new("/a/b/mod.py"), 2).expect("path");
    assert_eq!(
        p,
        std::path::Path::new("/a/b/__pycache__/mod.krait-01.opt-2.pyc")
    );
}
