//! Pickling `array.array`: `__reduce_ex__` and `array._array_reconstructor`, which rebuilds
//! an array from its items' bytes in any of CPython's machine formats (so a pickle written
//! on a big-endian machine, or with other item sizes, still loads).

use super::items::{self, item_size};
use super::{methods, new_array_of, this};
use crate::builtins::method_arity;
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

/// `__reduce_ex__(protocol)`. Protocols 0–2 cannot hold bytes portably, so they get
/// `(cls, (typecode, items as a list), state)`; later ones `(array._array_reconstructor,
/// (cls, typecode, machine format, bytes), state)`. The state is the instance dict of a
/// subclass instance, or `None`.
pub(super) fn reduce_ex(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "array.__reduce_ex__", args, 1, 1)?;
    let protocol = vm.index_value(args[1], "array.__reduce_ex__")?;
    let a = this(vm, args, "__reduce_ex__")?;
    let class = Value::Obj(vm.type_of(args[0]));
    let code = vm.new_char(a.code);
    let (func, ctor_args) = if protocol < 3 {
        let values = methods::values(vm, a)?;
        let list = vm.new_list(values);
        (class, vm.new_tuple(vec![code, list]))
    } else {
        let data = a.data.borrow().clone();
        let format = Value::Int(items::machine_format(a.code));
        let module = vm.intern("array");
        let module = vm.import_name(module, Value::None, Value::Int(0))?;
        let name = vm.intern("_array_reconstructor");
        let func = vm.get_attr(module, name)?;
        let bytes = crate::builtins::bytes::make(vm, data, false);
        (func, vm.new_tuple(vec![class, code, format, bytes]))
    };
    let dict_name = vm.intern("__dict__");
    let state = match vm.get_attr(args[0], dict_name) {
        Ok(d) if vm.truthy(d)? => d,
        _ => Value::None,
    };
    Ok(vm.new_tuple(vec![func, ctor_args, state]))
}

/// How one of CPython's machine format codes lays out an item.
#[derive(Clone, Copy)]
enum Layout {
    /// An integer of this many bytes.
    Int {
        size: usize,
        signed: bool,
        big: bool,
    },
    /// An IEEE 754 float of 4 or 8 bytes.
    Float { size: usize, big: bool },
    /// A code point in UTF-16 (size 2) or UTF-32 (size 4).
    Text { size: usize, big: bool },
}

/// The layout of machine format `code` (0–21: CPython's `enum machine_format_code`).
fn layout(code: i64) -> Option<Layout> {
    let big = code % 2 == 1;
    Some(match code {
        0 | 1 => Layout::Int {
            size: 1,
            signed: code == 1,
            big: false,
        },
        2..=13 => {
            let group = (code - 2) / 2;
            Layout::Int {
                size: 2 << (group / 2),
                signed: group % 2 == 1,
                big,
            }
        }
        14..=17 => Layout::Float {
            size: if code < 16 { 4 } else { 8 },
            big,
        },
        18..=21 => Layout::Text {
            size: if code < 20 { 2 } else { 4 },
            big,
        },
        _ => return None,
    })
}

/// The integer in `raw`, of the given signedness and byte order.
fn int_of(raw: &[u8], signed: bool, big: bool) -> i128 {
    let mut v: u128 = 0;
    for k in 0..raw.len() {
        let byte = if big { raw[k] } else { raw[raw.len() - 1 - k] };
        v = (v << 8) | byte as u128;
    }
    let bits = raw.len() * 8;
    if signed && raw.len() < 16 && v >> (bits - 1) & 1 == 1 {
        (v as i128) - (1i128 << bits)
    } else {
        v as i128
    }
}

/// `array._array_reconstructor(cls, typecode, mformat_code, items)`.
pub(super) fn reconstructor(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::arity(vm, "_array_reconstructor", args, 4, 4)?;
    let Some(class) = args[0].as_obj().filter(|c| c.as_class().is_some()) else {
        let msg = format!(
            "first argument must be a type object, not {}",
            vm.type_name(args[0])
        );
        return Err(vm.type_error(msg));
    };
    if !crate::object::class::is_subclass(class, vm.s.types.array) {
        let msg = format!("{} is not a subtype of array.array", vm.class_name(class));
        return Err(vm.type_error(msg));
    }
    let code = match args[1].payload() {
        Some(Payload::Str(s)) if s.char_len() == 1 => s.as_str().chars().next().unwrap_or('?'),
        _ => {
            let msg = format!(
                "_array_reconstructor() argument 2 must be a unicode character, not {}",
                vm.type_name(args[1])
            );
            return Err(vm.type_error(msg));
        }
    };
    if !items::TYPECODES.contains(code) {
        return Err(vm.value_error("second argument must be a valid type code"));
    }
    let mformat = match args[2] {
        Value::Int(i) => i,
        v => {
            let i = vm.call_index(v)?;
            i.as_small_int().unwrap_or(i64::MAX)
        }
    };
    let Some(Payload::Bytes(bytes)) = args[3].payload() else {
        let msg = format!(
            "fourth argument should be bytes, not {}",
            vm.type_name(args[3])
        );
        return Err(vm.type_error(msg));
    };
    let bytes = bytes.to_vec();
    let Some(shape) = layout(mformat) else {
        return Err(vm.value_error("third argument must be a valid machine format code."));
    };
    // The array's own format: the bytes are its items as they are.
    if mformat == items::machine_format(code) {
        methods::check_whole_items(vm, code, bytes.len())?;
        return Ok(new_array_of(vm, class, code, bytes));
    }
    // CPython checks text against the size of its own wide characters (4 bytes), even
    // for UTF-16.
    let size = match shape {
        Layout::Int { size, .. } | Layout::Float { size, .. } => size,
        Layout::Text { .. } => 4,
    };
    if !bytes.len().is_multiple_of(size) {
        return Err(vm.value_error("string length not a multiple of item size"));
    }
    let (code, values) = match shape {
        Layout::Int { size, signed, big } => {
            // The typecode of that size and signedness (the wider name when two share it).
            let code = match (size, signed) {
                (1, true) => 'b',
                (1, false) => 'B',
                (2, true) => 'h',
                (2, false) => 'H',
                (4, true) => 'i',
                (4, false) => 'I',
                (_, true) => 'q',
                (_, false) => 'Q',
            };
            let mut values = Vec::with_capacity(bytes.len() / size);
            for raw in bytes.chunks_exact(size) {
                let v = int_of(raw, signed, big);
                values.push(match i64::try_from(v) {
                    Ok(i) => Value::Int(i),
                    Err(_) => vm.new_int(num_bigint::BigInt::from(v)),
                });
            }
            (code, values)
        }
        Layout::Float { size, big } => {
            let values = bytes
                .chunks_exact(size)
                .map(|raw| {
                    let bits = int_of(raw, false, big) as u64;
                    Value::Float(if size == 4 {
                        f32::from_bits(bits as u32) as f64
                    } else {
                        f64::from_bits(bits)
                    })
                })
                .collect();
            (code, values)
        }
        Layout::Text { size, big } => {
            let units: Vec<u32> = bytes
                .chunks_exact(size)
                .map(|raw| int_of(raw, false, big) as u32)
                .collect();
            let text: String = if size == 2 {
                let units: Vec<u16> = units.iter().map(|&u| u as u16).collect();
                char::decode_utf16(units)
                    .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
                    .collect()
            } else {
                units
                    .iter()
                    .map(|&u| char::from_u32(u).unwrap_or(char::REPLACEMENT_CHARACTER))
                    .collect()
            };
            if code != 'u' {
                let msg = format!("cannot use a str to initialize an array with typecode '{code}'");
                return Err(vm.type_error(msg));
            }
            let data = text
                .chars()
                .flat_map(|c| (c as u32).to_ne_bytes())
                .collect();
            return Ok(new_array_of(vm, class, 'u', data));
        }
    };
    let data = super::encode_all(vm, code, &values)?;
    debug_assert!(data.len().is_multiple_of(item_size(code)));
    Ok(new_array_of(vm, class, code, data))
}
