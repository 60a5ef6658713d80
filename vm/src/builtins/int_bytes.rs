//! `int.to_bytes`, `int.from_bytes` (two's complement when `signed`, either byte order) and
//! `int.as_integer_ratio`.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

use crate::builtins::{check_kwargs, kwarg};
use crate::error::PyResult;
use crate::interp::arith::as_int;
use crate::object::function::KwArgs;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

/// The `byteorder` argument: true for little-endian.
fn byteorder(vm: &mut Vm, v: Option<Value>, fname: &str) -> PyResult<bool> {
    let Some(v) = v else {
        return Ok(false);
    };
    match v.payload() {
        Some(Payload::Str(s)) => match s.as_str() {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        _ => {
            let msg = format!(
                "{fname}() argument 'byteorder' must be str, not {}",
                vm.type_name(v)
            );
            Err(vm.type_error(msg))
        }
    }
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)`.
pub(crate) fn to_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "to_bytes", kw, &["length", "byteorder", "signed"])?;
    if args.len() > 3 {
        let msg = format!(
            "to_bytes() takes at most 2 positional arguments ({} given)",
            args.len() - 1
        );
        return Err(vm.type_error(msg));
    }
    let Some(n) = args.first().and_then(as_int).map(|i| i.to_big()) else {
        return Err(vm.type_error("descriptor 'to_bytes' requires an 'int' object"));
    };
    let length = match args.get(1).copied().or(kwarg(kw, "length")) {
        Some(v) => crate::builtins::int_arg(vm, v)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    vm.check_alloc(length as u128)?;
    let length = length as usize;
    let little = byteorder(
        vm,
        args.get(2).copied().or(kwarg(kw, "byteorder")),
        "to_bytes",
    )?;
    let signed = match kwarg(kw, "signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if n.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let bits = length as u64 * 8;
    let fits = if signed {
        if length == 0 {
            n.is_zero() || n == BigInt::from(-1)
        } else {
            let half = BigInt::from(1) << (bits - 1);
            n >= -half.clone() && n < half
        }
    } else {
        n.bits() <= bits
    };
    if !fits {
        return Err(vm.overflow_error("int too big to convert"));
    }
    // Two's complement in `length` bytes: a negative n is stored as 2**bits + n.
    let stored = if n.is_negative() {
        (BigInt::from(1) << bits) + &n
    } else {
        n
    };
    let (_, mut out) = stored.to_bytes_le();
    if stored.is_zero() {
        out.clear();
    }
    out.resize(length, 0);
    if !little {
        out.reverse();
    }
    Ok(Value::Obj(
        vm.alloc(vm.s.types.bytes, Payload::Bytes(out.into())),
    ))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
pub(crate) fn from_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "from_bytes", kw, &["bytes", "byteorder", "signed"])?;
    let class = args.first().and_then(|c| c.as_obj());
    let args = &args[1.min(args.len())..];
    let Some(src) = args.first().copied().or(kwarg(kw, "bytes")) else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = byteorder(
        vm,
        args.get(1).copied().or(kwarg(kw, "byteorder")),
        "from_bytes",
    )?;
    let signed = match kwarg(kw, "signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut data = match crate::builtins::bytes::buffer(&src) {
        Some(b) => b,
        None => {
            if matches!(src.payload(), Some(Payload::Str(_))) || as_int(&src).is_some() {
                let msg = format!("cannot convert '{}' object to bytes", vm.type_name(src));
                return Err(vm.type_error(msg));
            }
            crate::builtins::bytes::from_source(vm, &[src], &[], "bytes")?
        }
    };
    if !little {
        data.reverse();
    }
    let mut n = BigInt::from_bytes_le(Sign::Plus, &data);
    if signed && data.last().is_some_and(|&b| b & 0x80 != 0) {
        n -= BigInt::from(1) << (data.len() as u64 * 8);
    }
    if class.is_some_and(|c| krait_gc::Gc::ptr_eq(c, vm.s.types.bool_)) {
        return Ok(Value::Bool(!n.is_zero()));
    }
    let n = vm.new_int(n);
    // A subclass gets `cls(n)`, as CPython calls it.
    match class {
        Some(c) if c.as_class().is_some() && !krait_gc::Gc::ptr_eq(c, vm.s.types.int) => {
            vm.call_value(Value::Obj(c), &[n], &[])
        }
        _ => Ok(n),
    }
}

/// `n.as_integer_ratio()`: `(n, 1)`.
pub(crate) fn as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "as_integer_ratio", args, 0, 0)?;
    // The numerator is an exact int, also for bools and int subclasses.
    let n = match as_int(&args[0]) {
        Some(i) => i.to_big(),
        None => return Err(vm.type_error("descriptor 'as_integer_ratio' requires an 'int' object")),
    };
    let n = vm.new_int(n);
    Ok(vm.new_tuple(vec![n, Value::Int(1)]))
}
