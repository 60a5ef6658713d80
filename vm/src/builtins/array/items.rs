//! The typecodes of `array.array` and the conversion of one item between its machine
//! representation (native byte order) and a Python value, with CPython's errors for values
//! out of a typecode's range.

use num_traits::ToPrimitive;

use crate::error::PyResult;
use crate::interp::arith::{as_num, Num};
use crate::object::int::IntRef;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

/// Every typecode, in CPython's order (`array.typecodes`).
pub(crate) const TYPECODES: &str = "bBuhHiIlLqQfd";

/// The size in bytes of one item of typecode `code` (a member of [`TYPECODES`]).
pub(crate) fn item_size(code: char) -> usize {
    match code {
        'b' | 'B' => 1,
        'h' | 'H' => 2,
        'u' | 'i' | 'I' | 'f' => 4,
        _ => 8,
    }
}

/// CPython's number for the machine format of `code`'s items on this machine (the
/// `mformat_code` of `array._array_reconstructor`): little-endian formats, as on x86-64 and
/// aarch64.
pub(crate) fn machine_format(code: char) -> i64 {
    match code {
        'B' => 0,
        'b' => 1,
        'H' => 2,
        'h' => 4,
        'I' => 6,
        'i' => 8,
        'L' | 'Q' => 10,
        'l' | 'q' => 12,
        'f' => 14,
        'd' => 16,
        _ => 20,
    }
}

/// The item stored in `raw` (exactly one item's bytes) as a Python value.
pub(crate) fn decode(vm: &mut Vm, code: char, raw: &[u8]) -> PyResult<Value> {
    let mut buf = [0u8; 8];
    buf[..raw.len()].copy_from_slice(raw);
    let u = u64::from_ne_bytes(buf);
    Ok(match code {
        'b' => Value::Int(raw[0] as i8 as i64),
        'B' => Value::Int(raw[0] as i64),
        'h' => Value::Int(i16::from_ne_bytes([raw[0], raw[1]]) as i64),
        'H' => Value::Int(u16::from_ne_bytes([raw[0], raw[1]]) as i64),
        'i' => Value::Int(i32::from_ne_bytes([raw[0], raw[1], raw[2], raw[3]]) as i64),
        'I' => Value::Int(u32::from_ne_bytes([raw[0], raw[1], raw[2], raw[3]]) as i64),
        'l' | 'q' => Value::Int(u as i64),
        'L' | 'Q' => match i64::try_from(u) {
            Ok(i) => Value::Int(i),
            Err(_) => vm.new_int(num_bigint::BigInt::from(u)),
        },
        'f' => Value::Float(f32::from_ne_bytes([raw[0], raw[1], raw[2], raw[3]]) as f64),
        'd' => Value::Float(f64::from_bits(u)),
        _ => {
            let c = char_of(vm, raw)?;
            vm.new_char(c)
        }
    })
}

/// The character a `'u'` item holds, or CPython's ValueError for a code point no str holds.
pub(crate) fn char_of(vm: &mut Vm, raw: &[u8]) -> PyResult<char> {
    let cp = u32::from_ne_bytes([raw[0], raw[1], raw[2], raw[3]]);
    match char::from_u32(cp) {
        Some(c) => Ok(c),
        None => {
            let msg = format!("character U+{cp:x} is not in range [U+0000; U+10ffff]");
            Err(vm.value_error(msg))
        }
    }
}

/// The integer an int-typecode item is given: its value when it fits in `i128`, else
/// only its sign (every typecode refuses it then).
enum Int {
    Fits(i128),
    Huge { negative: bool },
}

/// `v` as an integer for an int typecode: ints, bools and objects with `__index__`.
fn int_of(vm: &mut Vm, v: Value) -> PyResult<Int> {
    let v = match v {
        Value::Int(i) => return Ok(Int::Fits(i as i128)),
        Value::Bool(b) => return Ok(Int::Fits(b as i128)),
        Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => v,
        _ => {
            if vm.type_lookup(vm.type_of(v), vm.s.names.index).is_none() {
                let msg = format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                );
                return Err(vm.type_error(msg));
            }
            vm.call_index(v)?
        }
    };
    Ok(match crate::interp::arith::as_int(&v) {
        Some(IntRef::Small(i)) => Int::Fits(i as i128),
        Some(IntRef::Big(b)) => match b.to_i128() {
            Some(i) => Int::Fits(i),
            None => Int::Huge {
                negative: num_traits::Signed::is_negative(b),
            },
        },
        None => Int::Fits(0),
    })
}

/// Checks `i` against `[lo, hi]`, naming the C type CPython's argument parser names.
fn bounded(vm: &mut Vm, i: i128, lo: i128, hi: i128, what: &str) -> PyResult<()> {
    if i < lo {
        return Err(vm.overflow_error(format!("{what} is less than minimum")));
    }
    if i > hi {
        return Err(vm.overflow_error(format!("{what} is greater than maximum")));
    }
    Ok(())
}

/// Appends the machine representation of `v` as an item of typecode `code` to `out`, or
/// raises CPython's TypeError / OverflowError for a value that is not one.
pub(crate) fn encode(vm: &mut Vm, code: char, v: Value, out: &mut Vec<u8>) -> PyResult<()> {
    match code {
        'u' => {
            let c = match v.payload() {
                Some(Payload::Str(s)) if s.char_len() == 1 => s.as_str().chars().next(),
                _ => None,
            };
            let Some(c) = c else {
                return Err(vm.type_error("array item must be unicode character"));
            };
            out.extend_from_slice(&(c as u32).to_ne_bytes());
            Ok(())
        }
        'f' | 'd' => {
            let f = float_of(vm, v)?;
            if code == 'f' {
                out.extend_from_slice(&(f as f32).to_ne_bytes());
            } else {
                out.extend_from_slice(&f.to_ne_bytes());
            }
            Ok(())
        }
        _ => {
            let i = int_in_range(vm, code, v)?;
            out.extend_from_slice(&i.to_ne_bytes()[..item_size(code)]);
            Ok(())
        }
    }
}

/// The value of an int item, checked against the range of `code` with CPython's messages
/// (which follow the C conversions CPython's array module makes for each typecode).
fn int_in_range(vm: &mut Vm, code: char, v: Value) -> PyResult<i128> {
    const C_LONG: &str = "Python int too large to convert to C long";
    const C_ULONG: &str = "Python int too large to convert to C unsigned long";
    const NEG_UINT: &str = "can't convert negative value to unsigned int";
    const TOO_BIG: &str = "int too big to convert";
    let (lo64, hi64) = (i64::MIN as i128, i64::MAX as i128);
    let i = match int_of(vm, v)? {
        Int::Fits(i) => i,
        Int::Huge { negative } => {
            let msg = match code {
                'I' | 'L' if negative => NEG_UINT,
                'I' | 'L' => C_ULONG,
                'q' => TOO_BIG,
                'Q' if negative => "can't convert negative int to unsigned",
                'Q' => TOO_BIG,
                _ => C_LONG,
            };
            return Err(vm.overflow_error(msg));
        }
    };
    match code {
        'b' | 'B' | 'h' | 'H' | 'i' | 'l' if !(lo64..=hi64).contains(&i) => {
            Err(vm.overflow_error(C_LONG))
        }
        'b' => {
            bounded(
                vm,
                i,
                i16::MIN as i128,
                i16::MAX as i128,
                "signed short integer",
            )?;
            bounded(vm, i, i8::MIN as i128, i8::MAX as i128, "signed char")?;
            Ok(i)
        }
        'B' => {
            bounded(vm, i, 0, 255, "unsigned byte integer")?;
            Ok(i)
        }
        'h' => {
            bounded(
                vm,
                i,
                i16::MIN as i128,
                i16::MAX as i128,
                "signed short integer",
            )?;
            Ok(i)
        }
        'H' => {
            bounded(vm, i, i32::MIN as i128, i32::MAX as i128, "signed integer")?;
            bounded(vm, i, 0, u16::MAX as i128, "unsigned short")?;
            Ok(i)
        }
        'i' => {
            bounded(vm, i, i32::MIN as i128, i32::MAX as i128, "signed integer")?;
            Ok(i)
        }
        'l' => Ok(i),
        'I' | 'L' if i < 0 => Err(vm.overflow_error(NEG_UINT)),
        'I' | 'L' if i > u64::MAX as i128 => Err(vm.overflow_error(C_ULONG)),
        'I' if i > u32::MAX as i128 => {
            Err(vm.overflow_error("unsigned int is greater than maximum"))
        }
        'q' if !(lo64..=hi64).contains(&i) => Err(vm.overflow_error(TOO_BIG)),
        'Q' if i < 0 => Err(vm.overflow_error("can't convert negative int to unsigned")),
        'Q' if i > u64::MAX as i128 => Err(vm.overflow_error(TOO_BIG)),
        _ => Ok(i),
    }
}

/// `v` as a C double: floats, ints, `__float__` and `__index__`; never strs.
fn float_of(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match as_num(&v) {
        Some(Num::Float(f)) => return Ok(f),
        Some(Num::Int(i)) => return vm.int_to_f64(i),
        None => {}
    }
    if !matches!(v.payload(), Some(Payload::Str(_))) {
        let has = |vm: &mut Vm, name| vm.type_lookup(vm.type_of(v), name).is_some();
        if has(vm, vm.s.names.float) || has(vm, vm.s.names.index) {
            return crate::builtins::numbers::to_float(vm, v);
        }
    }
    let msg = format!("must be real number, not {}", vm.type_name(v));
    Err(vm.type_error(msg))
}
