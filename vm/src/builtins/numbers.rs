//! Numbers: the `int`, `float` and `bool` constructors, their methods, and the numeric
//! builtins (`abs`, `round`, `divmod`, `pow`, `hex`, `oct`, `bin`, `chr`, `ord`).

use krait_gc::Gc;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use crate::builtins::{arity, func, kwarg, method, method_arity, method_kind};
use crate::error::PyResult;
use crate::interp::arith::{as_int, as_num, Num};
use crate::object::function::KwArgs;
use crate::object::int::{f64_to_bigint, IntRef};
use crate::object::{BuiltinKind, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    let int = vm.s.types.int;
    method_kind(vm, int, "__new__", int_new, BuiltinKind::StaticMethod);
    method(vm, int, "bit_length", int_bit_length);
    method(vm, int, "bit_count", int_bit_count);
    method(vm, int, "conjugate", number_self);
    method(vm, int, "__index__", number_self);
    method(vm, int, "__int__", number_self);
    method(vm, int, "__float__", number_float);
    method(vm, int, "to_bytes", crate::builtins::int_bytes::to_bytes);
    method_kind(
        vm,
        int,
        "from_bytes",
        crate::builtins::int_bytes::from_bytes,
        BuiltinKind::ClassMethod,
    );
    method(
        vm,
        int,
        "as_integer_ratio",
        crate::builtins::int_bytes::as_integer_ratio,
    );
    let float = vm.s.types.float;
    method_kind(vm, float, "__new__", float_new, BuiltinKind::StaticMethod);
    method(vm, float, "is_integer", float_is_integer);
    method(vm, float, "__floor__", float_floor);
    method(vm, float, "__ceil__", float_ceil);
    method(vm, float, "conjugate", number_self);
    method(vm, float, "__int__", number_int);
    method(vm, float, "__float__", number_self);
    method(vm, float, "hex", crate::builtins::float_hex::hex);
    method_kind(
        vm,
        float,
        "fromhex",
        crate::builtins::float_hex::fromhex,
        BuiltinKind::ClassMethod,
    );
    method(vm, float, "as_integer_ratio", float_as_integer_ratio);
    let bool_ = vm.s.types.bool_;
    method_kind(vm, bool_, "__new__", bool_new, BuiltinKind::StaticMethod);
    func(vm, "abs", abs);
    func(vm, "round", round);
    func(vm, "divmod", divmod);
    func(vm, "pow", pow);
    func(vm, "hex", hex);
    func(vm, "oct", oct);
    func(vm, "bin", bin);
    func(vm, "chr", chr);
    func(vm, "ord", ord);
}

/// `int(text)` for the common text: an optional sign then 1 to 18 ASCII decimal digits (so
/// it fits `i64`), nothing else; `None` sends anything else (spaces, underscores, other
/// digits, longer numbers, errors) to [`parse_int`].
fn parse_small_decimal(text: &str) -> Option<i64> {
    let (neg, digits) = match text.as_bytes().first()? {
        b'-' => (true, &text.as_bytes()[1..]),
        b'+' => (false, &text.as_bytes()[1..]),
        _ => (false, text.as_bytes()),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut n: i64 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        n = n * 10 + i64::from(d - b'0');
    }
    Some(if neg { -n } else { n })
}

/// Parses an int literal in `base` (0 = by prefix) as `int()` does.
pub(crate) fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let text = crate::builtins::unicode_tables::ascii_digits(text);
    let s = text.trim_matches(crate::builtins::str::is_py_space);
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = s.to_ascii_lowercase();
    let (base, digits) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &s[2..]),
        (0 | 8, Some("0o")) => (8, &s[2..]),
        (0 | 2, Some("0b")) => (2, &s[2..]),
        (0, _) => {
            if s.len() > 1 && s.starts_with('0') && s.trim_start_matches(['0', '_']).is_empty() {
                (10, s)
            } else if s.len() > 1 && s.starts_with('0') {
                return None;
            } else {
                (10, s)
            }
        }
        (b, _) => (b, s),
    };
    let digits = digits
        .strip_prefix('_')
        .filter(|_| base != 10)
        .unwrap_or(digits);
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

/// `int(x)` for one argument.
pub fn to_int(vm: &mut Vm, v: Value) -> PyResult<Value> {
    // A subclass of a builtin type may define its own `__int__`, which comes first.
    if let Some(f) = vm.user_override(v, vm.s.names.int) {
        let r = vm.call_value(f, &[v], &[])?;
        return exact_int_result(vm, r, "__int__");
    }
    match as_num(&v) {
        Some(Num::Int(IntRef::Small(i))) => return Ok(Value::Int(i)),
        Some(Num::Int(IntRef::Big(b))) => {
            // The value of an int subclass's instance is a plain int.
            let exact =
                matches!(v, Value::Obj(o) if o.class().as_class().is_some_and(|c| c.builtin));
            return Ok(if exact { v } else { vm.new_int(b.clone()) });
        }
        Some(Num::Float(f)) => {
            let b = float_to_bigint(vm, f)?;
            return Ok(vm.new_int(b));
        }
        None => {}
    }
    if let Some(Payload::Str(s)) = v.payload() {
        if let Some(i) = parse_small_decimal(s.as_str()) {
            return Ok(Value::Int(i));
        }
        let text = s.as_str().to_owned();
        let digits = text.chars().filter(|c| c.is_ascii_digit()).count();
        vm.check_int_digits(digits, true)?;
        return match parse_int(&text, 10) {
            Some(b) => Ok(vm.new_int(b)),
            None => {
                let msg = format!(
                    "invalid literal for int() with base 10: {}",
                    krait_ast::repr::str_repr(&text)
                );
                Err(vm.value_error(msg))
            }
        };
    }
    if let Some(data) = crate::builtins::bytes::buffer(&v) {
        let text: String = data.iter().map(|&c| c as char).collect();
        return match parse_int(&text, 10) {
            Some(b) => Ok(vm.new_int(b)),
            None => {
                let msg = format!(
                    "invalid literal for int() with base 10: {}",
                    krait_ast::repr::bytes_repr(&data)
                );
                Err(vm.value_error(msg))
            }
        };
    }
    for (name, label) in [(vm.s.names.int, "__int__"), (vm.s.names.index, "__index__")] {
        if let Some(f) = vm.type_lookup(vm.type_of(v), name) {
            let r = vm.call_value(f, &[v], &[])?;
            return exact_int_result(vm, r, label);
        }
    }
    let trunc = vm.intern("__trunc__");
    if let Some(f) = vm.type_lookup(vm.type_of(v), trunc) {
        let category = vm.s.types.deprecation_warning;
        warn_native(
            vm,
            category,
            "The delegation of int() to __trunc__ is deprecated.",
        )?;
        let r = vm.call_value(f, &[v], &[])?;
        if let Some(i) = as_int(&r) {
            let b = i.to_big();
            return Ok(vm.new_int(b));
        }
        if let Some(f) = vm.type_lookup(vm.type_of(r), vm.s.names.index) {
            let r2 = vm.call_value(f, &[r], &[])?;
            return exact_int_result(vm, r2, "__index__");
        }
        let msg = format!("__trunc__ returned non-Integral (type {})", vm.type_name(r));
        return Err(vm.type_error(msg));
    }
    let msg = format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(v)
    );
    Err(vm.type_error(msg))
}

/// What `__int__` or `__index__` (`label`) returned, as an exact int: an int subclass
/// (`bool` included) is converted with CPython 3.11's DeprecationWarning, anything else is
/// a TypeError.
fn exact_int_result(vm: &mut Vm, r: Value, label: &str) -> PyResult<Value> {
    let exact = match r {
        Value::Int(_) => true,
        Value::Obj(o) => o.class().as_class().is_some_and(|c| c.builtin),
        _ => false,
    };
    let Some(i) = as_int(&r) else {
        let msg = format!("{label} returned non-int (type {})", vm.type_name(r));
        return Err(vm.type_error(msg));
    };
    if exact && !matches!(r, Value::Bool(_)) {
        return Ok(r);
    }
    let b = i.to_big();
    let msg = format!(
        "{label} returned non-int (type {}).  The ability to return an instance of a strict \
         subclass of int is deprecated, and may be removed in a future version of Python.",
        vm.type_name(r)
    );
    let category = vm.s.types.deprecation_warning;
    warn_native(vm, category, &msg)?;
    Ok(vm.new_int(b))
}

/// `warnings.warn(msg, category)` from native code (the warning points at the Python code
/// that called the builtin).
pub(crate) fn warn_native(
    vm: &mut Vm,
    category: krait_gc::Gc<crate::object::Object>,
    msg: &str,
) -> PyResult<()> {
    let name = vm.intern("warnings");
    let module = vm.import_name(name, Value::None, Value::Int(0))?;
    let key = vm.intern("warn");
    let f = vm.get_attr(module, key)?;
    let m = vm.new_str(msg);
    vm.call_value(f, &[m, Value::Obj(category)], &[])?;
    Ok(())
}

fn int_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    // bool makes its own instances (only two exist).
    if let Some(cls) = args.first().and_then(|c| c.as_obj()) {
        if krait_gc::Gc::ptr_eq(cls, vm.s.types.bool_) {
            return Err(vm.type_error("int.__new__(bool) is not safe, use bool.__new__()"));
        }
    }
    let v = int_new_exact(vm, args, kw)?;
    // `I(x)` for a subclass `I` of int: the value boxed in an instance of `I` (as a big
    // int payload whatever its size; `as_num` reads it back as the small int it may be).
    match (args.first().and_then(|c| c.as_obj()), as_int(&v)) {
        (Some(cls), Some(i))
            if cls.as_class().is_some() && !Value::Obj(cls).is(Value::Obj(vm.s.types.int)) =>
        {
            let b = i.to_big();
            Ok(Value::Obj(vm.alloc(cls, Payload::BigInt(b))))
        }
        _ => Ok(v),
    }
}

fn int_new_exact(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let args = &args[1.min(args.len())..];
    arity(vm, "int", args, 0, 2)?;
    crate::builtins::check_kwargs(vm, "int", kw, &["base"])?;
    let base = match (args.get(1), kwarg(kw, "base")) {
        (Some(_), Some(_)) => {
            let msg = "argument for int() given by name ('base') and position (2)";
            return Err(vm.type_error(msg));
        }
        (Some(&b), _) | (None, Some(b)) => Some(b),
        _ => None,
    };
    let Some(&x) = args.first() else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    let Some(base) = base else {
        return to_int(vm, x);
    };
    // The base is anything with `__index__`.
    let base = match base {
        Value::Int(_) => base,
        _ => vm.call_index(base)?,
    };
    let base = match base {
        Value::Int(b) if b == 0 || (2..=36).contains(&b) => b as u32,
        _ => return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0")),
    };
    let (text, shown) = match x.payload() {
        Some(Payload::Str(s)) => (s.as_str().to_owned(), krait_ast::repr::str_repr(s.as_str())),
        // Only str, bytes and bytearray take a base (not other buffers, as memoryview).
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => match crate::builtins::bytes::buffer(&x)
        {
            Some(b) => (
                b.iter().map(|&c| c as char).collect(),
                krait_ast::repr::bytes_repr(&b),
            ),
            None => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        },
        _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
    };
    if !base.is_power_of_two() {
        let digits = text.chars().filter(|c| c.is_ascii_alphanumeric()).count();
        vm.check_int_digits(digits, true)?;
    }
    match parse_int(&text, base) {
        Some(b) => Ok(vm.new_int(b)),
        None => {
            let msg = format!("invalid literal for int() with base {base}: {shown}");
            Err(vm.value_error(msg))
        }
    }
}

/// Parses a float literal as `float()` does.
pub(crate) fn parse_float(text: &str) -> Option<f64> {
    let text = crate::builtins::unicode_tables::ascii_digits(text);
    let s = text.trim_matches(crate::builtins::str::is_py_space);
    let lower = s.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    let special = match body {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        if lower.len() - body.len() > 1 {
            return None;
        }
        return Some(if neg { -v } else { v });
    }
    if s.is_empty() {
        return None;
    }
    // An underscore may only stand between two digits.
    let b = s.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'_'
            && !(i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            return None;
        }
    }
    let clean: String = s.chars().filter(|&c| c != '_').collect();
    if !clean
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'))
    {
        return None;
    }
    clean.parse::<f64>().ok()
}

/// A real-number argument as CPython's C functions take one (`PyFloat_AsDouble`): an int
/// or float, or an object whose class has `__float__` or `__index__`. Unlike `float(x)`,
/// strs are not parsed: they are a TypeError "must be real number, not str".
pub fn real_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    // A float, or an instance of a subclass, is its value (its `__float__` is not asked).
    if let Some(Num::Float(f)) = as_num(&v) {
        return Ok(f);
    }
    let class = vm.type_of(v);
    let numeric = as_num(&v).is_some()
        || vm.type_lookup(class, vm.s.names.float).is_some()
        || vm.type_lookup(class, vm.s.names.index).is_some();
    if !numeric {
        let msg = format!("must be real number, not {}", vm.type_name(v));
        return Err(vm.type_error(msg));
    }
    to_float(vm, v)
}

/// `float(x)`.
pub fn to_float(vm: &mut Vm, v: Value) -> PyResult<f64> {
    // An instance of a subclass of float, int or str whose class defines `__float__` is
    // converted by it.
    let own_float = vm.user_override(v, vm.s.names.float).is_some();
    match as_num(&v) {
        Some(Num::Float(f)) if !own_float => return Ok(f),
        Some(Num::Int(i)) if !own_float => return vm.int_to_f64(i),
        _ => {}
    }
    if let Some(Payload::Str(s)) = v.payload().filter(|_| !own_float) {
        let text = s.as_str().to_owned();
        return match parse_float(&text) {
            Some(f) => Ok(f),
            None => {
                let msg = format!(
                    "could not convert string to float: {}",
                    krait_ast::repr::str_repr(&text)
                );
                Err(vm.value_error(msg))
            }
        };
    }
    if let Some(f) = vm.type_lookup(vm.type_of(v), vm.s.names.float) {
        // Bound by the descriptor protocol: `__float__` may be any descriptor.
        let r = vm.call_slot_method(f, v)?;
        return match (r, r.payload()) {
            (Value::Float(f), _) => Ok(f),
            (_, Some(Payload::Float(f))) => {
                let f = *f;
                let msg = format!(
                    "{}.__float__ returned non-float (type {}).  The ability to return an \
                     instance of a strict subclass of float is deprecated, and may be removed \
                     in a future version of Python.",
                    vm.type_name(v),
                    vm.type_name(r)
                );
                let category = vm.s.types.deprecation_warning;
                warn_native(vm, category, &msg)?;
                Ok(f)
            }
            _ => {
                let msg = format!(
                    "{}.__float__ returned non-float (type {})",
                    vm.type_name(v),
                    vm.type_name(r)
                );
                Err(vm.type_error(msg))
            }
        };
    }
    if let Some(f) = vm.type_lookup(vm.type_of(v), vm.s.names.index) {
        let r = vm.call_value(f, &[v], &[])?;
        return match as_int(&r) {
            Some(i) => vm.int_to_f64(i),
            None => {
                let msg = format!("__index__ returned non-int (type {})", vm.type_name(r));
                Err(vm.type_error(msg))
            }
        };
    }
    let msg = format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(v)
    );
    Err(vm.type_error(msg))
}

fn float_new_exact(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if let Some(cls) = args.first().and_then(|c| c.as_obj()) {
        let float = vm.s.types.float;
        crate::builtins::no_kwargs_for_new(vm, "float", cls, float, kw)?;
    }
    let args = &args[1.min(args.len())..];
    arity(vm, "float", args, 0, 1)?;
    match args.first() {
        None => Ok(Value::Float(0.0)),
        Some(&v) => {
            // float() reads bytes-like objects as text too (not so math's float arguments).
            let plain_buffer = !matches!(v.payload(), Some(Payload::Str(_)))
                && vm.type_lookup(vm.type_of(v), vm.s.names.float).is_none();
            if let Some(data) = crate::builtins::bytes::buffer(&v).filter(|_| plain_buffer) {
                let text = String::from_utf8_lossy(&data).into_owned();
                return match parse_float(&text) {
                    Some(f) => Ok(Value::Float(f)),
                    None => {
                        let shown = vm.repr(v)?;
                        let msg = format!("could not convert string to float: {shown}");
                        Err(vm.value_error(msg))
                    }
                };
            }
            to_float(vm, v).map(Value::Float)
        }
    }
}

/// `float.__new__(cls, x)`: for a subclass `cls` of float, the value boxed in an instance
/// of `cls` (an exact float is the immediate value).
fn float_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let v = float_new_exact(vm, args, kw)?;
    match (args.first().and_then(|c| c.as_obj()), v) {
        (Some(cls), Value::Float(f))
            if cls.as_class().is_some() && !Value::Obj(cls).is(Value::Obj(vm.s.types.float)) =>
        {
            if !crate::object::class::is_subclass(cls, vm.s.types.float) {
                let msg = format!(
                    "float.__new__({}): {} is not a subtype of float",
                    vm.class_name(cls),
                    vm.class_name(cls)
                );
                return Err(vm.type_error(msg));
            }
            Ok(Value::Obj(vm.alloc(cls, Payload::Float(f))))
        }
        _ => Ok(v),
    }
}

/// `float.__floor__()`: the largest int not above it.
fn float_floor(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__floor__", args, 0, 0)?;
    let f = to_float(vm, args[0])?;
    to_int(vm, Value::Float(f.floor()))
}

/// `float.__ceil__()`: the smallest int not below it.
fn float_ceil(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__ceil__", args, 0, 0)?;
    let f = to_float(vm, args[0])?;
    to_int(vm, Value::Float(f.ceil()))
}

fn bool_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, "bool", kw)?;
    let args = &args[1.min(args.len())..];
    arity(vm, "bool", args, 0, 1)?;
    match args.first() {
        None => Ok(Value::Bool(false)),
        Some(&v) => vm.truthy(v).map(Value::Bool),
    }
}

fn number_self(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "conjugate", args, 0, 0)?;
    // The value as an exact int or float, also for an instance of a subclass.
    Ok(match (args[0], as_num(&args[0])) {
        (Value::Bool(b), _) => Value::Int(b as i64),
        (Value::Obj(_), Some(Num::Float(f))) => Value::Float(f),
        (Value::Obj(_), Some(Num::Int(i))) => {
            let b = i.to_big();
            vm.new_int(b)
        }
        (v, _) => v,
    })
}

fn number_float(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__float__", args, 0, 0)?;
    to_float(vm, args[0]).map(Value::Float)
}

fn number_int(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__int__", args, 0, 0)?;
    to_int(vm, args[0])
}

fn int_bit_length(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "int.bit_length", args, 0, 0)?;
    match as_int(&args[0]) {
        Some(IntRef::Small(i)) => Ok(Value::Int(64 - i.unsigned_abs().leading_zeros() as i64)),
        Some(IntRef::Big(b)) => Ok(Value::Int(b.bits() as i64)),
        None => Err(vm.type_error("descriptor 'bit_length' requires an 'int' object")),
    }
}

fn int_bit_count(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "int.bit_count", args, 0, 0)?;
    match as_int(&args[0]) {
        Some(IntRef::Small(i)) => Ok(Value::Int(i.unsigned_abs().count_ones() as i64)),
        Some(IntRef::Big(b)) => Ok(Value::Int(b.magnitude().count_ones() as i64)),
        None => Err(vm.type_error("descriptor 'bit_count' requires an 'int' object")),
    }
}

fn float_is_integer(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "float.is_integer", args, 0, 0)?;
    let f = to_float(vm, args[0])?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "float.as_integer_ratio", args, 0, 0)?;
    let f = to_float(vm, args[0])?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if !f.is_finite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let mut num = f;
    let mut den = BigInt::one();
    while num.fract() != 0.0 {
        num *= 2.0;
        den *= 2;
    }
    let n = f64_to_bigint(num).unwrap_or_default();
    let g = n.gcd(&den);
    let (n, d) = if g.is_zero() {
        (n, den)
    } else {
        (&n / &g, &den / &g)
    };
    let n = vm.new_int(n);
    let d = vm.new_int(d);
    Ok(vm.new_tuple(vec![n, d]))
}

fn abs(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "abs", args, 1, 1)?;
    match as_num(&args[0]) {
        Some(Num::Int(i)) => Ok(vm.int_abs(i)),
        Some(Num::Float(f)) => Ok(Value::Float(f.abs())),
        None => match vm.type_lookup(vm.type_of(args[0]), vm.s.names.abs) {
            Some(f) => vm.call_value(f, &[args[0]], &[]),
            None => {
                let msg = format!("bad operand type for abs(): '{}'", vm.type_name(args[0]));
                Err(vm.type_error(msg))
            }
        },
    }
}

/// The integer part of `f`, with CPython's errors for a NaN and an infinity.
pub(crate) fn float_to_bigint(vm: &mut Vm, f: f64) -> PyResult<BigInt> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    f64_to_bigint(f).ok_or_else(|| vm.overflow_error("cannot convert float infinity to integer"))
}

/// Rounds `x` to `nd` decimal digits, half to even on the exact binary value; `None` when
/// the result overflows.
fn round_float(x: f64, nd: i64) -> Option<f64> {
    // Beyond these a float has no digits to round away, or none left.
    if !x.is_finite() || nd > 323 {
        return Some(x);
    }
    if nd >= 0 {
        let s = format!("{:.*}", nd as usize, x);
        return Some(s.parse().unwrap_or(x));
    }
    if nd < -308 {
        return Some(0.0f64.copysign(x));
    }
    let p = 10f64.powi((-nd) as i32);
    let y = (x / p).round_ties_even() * p;
    y.is_finite().then_some(y)
}

/// The `ndigits` of `round(int, ndigits)`: any int (`__index__`), clamped to a range
/// where every value acts alike.
fn round_digits(vm: &mut Vm, n: Value) -> PyResult<i64> {
    let n = match as_int(&n) {
        Some(_) => n,
        None => vm.call_index(n)?,
    };
    Ok(match as_int(&n) {
        Some(IntRef::Small(i)) => i.clamp(-(1 << 62), 1 << 62),
        Some(IntRef::Big(b)) if b.is_negative() => -(1 << 62),
        _ => 1 << 62,
    })
}

pub(crate) fn round(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    // `number` may come by keyword too (`round(number=x, ndigits=n)`).
    if args.is_empty() {
        if let Some(number) = kwarg(kw, "number") {
            let rest: Vec<(Gc<Object>, Value)> = kw
                .iter()
                .filter(|(k, _)| k.as_str().is_none_or(|s| s.as_str() != "number"))
                .copied()
                .collect();
            return round(vm, &[number], &rest);
        }
    }
    arity(vm, "round", args, 1, 2)?;
    let nd = args
        .get(1)
        .copied()
        .or(kwarg(kw, "ndigits"))
        .filter(|v| !v.is_none());
    match as_num(&args[0]) {
        Some(Num::Float(f)) => match nd {
            None => {
                let b = float_to_bigint(vm, f.round_ties_even())?;
                Ok(vm.new_int(b))
            }
            Some(n) => {
                // ndigits beyond i64 act as the largest or smallest one.
                let n = match as_int(&n) {
                    Some(IntRef::Big(b)) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
                    Some(IntRef::Big(_)) => i64::MAX,
                    _ => crate::builtins::int_arg(vm, n)?,
                };
                match round_float(f, n) {
                    Some(r) => Ok(Value::Float(r)),
                    None => Err(vm.overflow_error("rounded value too large to represent")),
                }
            }
        },
        Some(Num::Int(i)) => {
            let x = i.to_big();
            let n = match nd {
                None => return Ok(vm.new_int(x)),
                Some(n) => round_digits(vm, n)?,
            };
            // A non-negative ndigits leaves an int as it is; rounding to more digits
            // than it has gives 0.
            if n >= 0 {
                return Ok(vm.new_int(x));
            }
            if (-n) as u64 > x.bits() / 3 + 1 {
                return Ok(Value::Int(0));
            }
            let p = num_traits::Pow::pow(BigInt::from(10), (-n) as u32);
            let (q, r) = x.div_mod_floor(&p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && q.is_odd()) {
                q + 1
            } else {
                q
            };
            Ok(vm.new_int(q * p))
        }
        None => match vm.type_lookup(vm.type_of(args[0]), vm.s.names.round) {
            Some(f) => {
                let mut a = vec![args[0]];
                a.extend(nd);
                vm.call_value(f, &a, &[])
            }
            None => {
                let msg = format!(
                    "type {} doesn't define __round__ method",
                    vm.type_name(args[0])
                );
                Err(vm.type_error(msg))
            }
        },
    }
}

fn divmod(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "divmod", args, 2, 2)?;
    match vm.divmod(args[0], args[1])? {
        Some((q, r)) => Ok(vm.new_tuple(vec![q, r])),
        None => {
            let name = vm.intern("__divmod__");
            let rname = vm.intern("__rdivmod__");
            if let Some(r) = vm.reflected_protocol(args[0], args[1], name, rname)? {
                return Ok(r);
            }
            let msg = format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                vm.type_name(args[0]),
                vm.type_name(args[1])
            );
            Err(vm.type_error(msg))
        }
    }
}

pub(crate) fn pow(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    // `base`, `exp` and `mod` may be given by keyword.
    crate::builtins::check_kwargs(vm, "pow", kw, &["base", "exp", "mod"])?;
    let mut params: Vec<Value> = args.to_vec();
    for (i, name) in ["base", "exp", "mod"].iter().enumerate() {
        if let Some(v) = crate::builtins::kwarg(kw, name) {
            if i < args.len() {
                let msg = format!(
                    "argument for pow() given by name ('{name}') and position ({})",
                    i + 1
                );
                return Err(vm.type_error(msg));
            }
            while params.len() < i {
                params.push(vm.null());
            }
            params.push(v);
        }
    }
    for (i, name) in ["base", "exp"].iter().enumerate() {
        if params.get(i).is_none_or(|&p| vm.is_null(p)) {
            let msg = format!("pow() missing required argument '{name}' (pos {})", i + 1);
            return Err(vm.type_error(msg));
        }
    }
    let args = &params[..];
    arity(vm, "pow", args, 2, 3)?;
    if args.len() == 2 || args[2].is_none() {
        return vm.binary_op(args[0], args[1], krait_bytecode::BinaryOpKind::Power);
    }
    // A subclass of int defined in Python may take three-argument pow itself.
    if let Some(f) = vm.user_override(args[0], vm.s.names.pow) {
        return vm.call_value(f, args, &[]);
    }
    let (Some(b), Some(e), Some(m)) = (as_int(&args[0]), as_int(&args[1]), as_int(&args[2])) else {
        let is_complex = |a: &Value| matches!(a.payload(), Some(Payload::Complex { .. }));
        let numeric = |a: &Value| as_num(a).is_some() || is_complex(a);
        if args.iter().all(numeric) && args.iter().any(is_complex) {
            return Err(vm.value_error("complex modulo"));
        }
        if args.iter().all(|a| as_num(a).is_some()) {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
        // Three-argument pow only asks the first operand's `__pow__` (as CPython does for
        // classes defined in Python).
        if let Some(f) = vm.type_lookup(vm.type_of(args[0]), vm.s.names.pow) {
            if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                let r = vm.call_value(f, args, &[])?;
                if !r.is(vm.not_implemented()) {
                    return Ok(r);
                }
            }
        }
        let msg = format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            vm.type_name(args[0]),
            vm.type_name(args[1]),
            vm.type_name(args[2])
        );
        return Err(vm.type_error(msg));
    };
    let (b, e, m) = (b.to_big(), e.to_big(), m.to_big());
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let modulus = m.abs();
    let mut base = b.mod_floor(&modulus);
    let mut exp = e;
    if exp.is_negative() {
        // Modular inverse by the extended Euclidean algorithm.
        let (mut old_r, mut r) = (base.clone(), modulus.clone());
        let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
        while !r.is_zero() {
            let q = &old_r / &r;
            let nr = &old_r - &q * &r;
            old_r = std::mem::replace(&mut r, nr);
            let ns = &old_s - &q * &s;
            old_s = std::mem::replace(&mut s, ns);
        }
        if !old_r.is_one() {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        base = old_s.mod_floor(&modulus);
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &modulus);
    if m.is_negative() && !r.is_zero() {
        r += &m;
    }
    Ok(vm.new_int(r))
}

fn radix(vm: &mut Vm, args: &[Value], name: &str, prefix: &str, base: u32) -> PyResult<Value> {
    arity(vm, name, args, 1, 1)?;
    let i = match as_int(&args[0]) {
        Some(i) => i.to_big(),
        None => {
            let v = crate::builtins::int_arg(vm, args[0])?;
            BigInt::from(v)
        }
    };
    let sign = if i.is_negative() { "-" } else { "" };
    let s = format!("{sign}{prefix}{}", i.abs().to_str_radix(base));
    Ok(vm.new_str(s))
}

fn hex(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    radix(vm, args, "hex", "0x", 16)
}

fn oct(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    radix(vm, args, "oct", "0o", 8)
}

fn bin(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    radix(vm, args, "bin", "0b", 2)
}

fn chr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "chr", args, 1, 1)?;
    let i = crate::builtins::int_arg(vm, args[0])?;
    match u32::try_from(i)
        .ok()
        .and_then(krait_ast::surrogate::char_of)
    {
        Some(c) => Ok(vm.new_char(c)),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "ord", args, 1, 1)?;
    match args[0].payload() {
        Some(Payload::Str(s)) => {
            if s.char_len() == 1 {
                Ok(Value::Int(s.code_point_at(0).map_or(0, i64::from)))
            } else {
                let msg = format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                );
                Err(vm.type_error(msg))
            }
        }
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let b = crate::builtins::bytes::buffer(&args[0]).unwrap_or_default();
            if b.len() == 1 {
                return Ok(Value::Int(b[0] as i64));
            }
            let msg = format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            );
            Err(vm.type_error(msg))
        }
        _ => {
            let msg = format!(
                "ord() expected string of length 1, but {} found",
                vm.type_name(args[0])
            );
            Err(vm.type_error(msg))
        }
    }
}
