//! `timedelta`: a duration kept as days, seconds (0..86400) and microseconds
//! (0..1000000), with |days| <= 999999999. Arithmetic works on the total in microseconds
//! (an `i128`, or a big int while multiplying); results are plain `timedelta`s, as in
//! CPython, whatever subclass the operands are.

use krait_gc::Gc;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use krait_bytecode::BinaryOpKind;
use krait_vm::builtins::native::{
    bind, class_attr, getter, new_class, new_class_arg, new_object, state, Sig,
};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::Object;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use super::{big_of, call_builtin, class, int_value, repr_prefix, type_value};

/// Microseconds in a day.
pub(crate) const US_PER_DAY: i128 = 86_400_000_000;
/// The largest magnitude of `days`.
const MAX_DAYS: i128 = 999_999_999;

/// A timedelta's state.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub(crate) struct Td {
    pub days: i64,
    pub secs: i64,
    pub us: i64,
}

impl Td {
    /// The whole duration in microseconds.
    pub(crate) fn total_us(self) -> i128 {
        i128::from(self.days) * US_PER_DAY + i128::from(self.secs) * 1_000_000 + i128::from(self.us)
    }

    /// The normalised form of a total in microseconds (not range-checked).
    pub(crate) fn from_us(total: i128) -> Td {
        let (days, rest) = (total.div_euclid(US_PER_DAY), total.rem_euclid(US_PER_DAY));
        Td {
            days: days as i64,
            secs: (rest / 1_000_000) as i64,
            us: (rest % 1_000_000) as i64,
        }
    }
}

/// The state of `v` if it is a timedelta (or a subclass instance).
pub(crate) fn td_of(v: &Value) -> Option<Td> {
    state::<Td>(v).map(|s| *s)
}

/// A new plain `timedelta` of `total` microseconds, or CPython's OverflowError.
pub(crate) fn make(vm: &mut Vm, total: i128) -> PyResult<Value> {
    let class = class(vm, "timedelta");
    make_in(vm, class, total)
}

/// A new timedelta of class `class`.
fn make_in(vm: &mut Vm, class: Gc<Object>, total: i128) -> PyResult<Value> {
    let td = Td::from_us(total);
    if i128::from(td.days).abs() > MAX_DAYS {
        let msg = if i32::try_from(td.days).is_ok() {
            format!("days={}; must have magnitude <= 999999999", td.days)
        } else {
            "Python int too large to convert to C int".to_owned()
        };
        return Err(vm.overflow_error(msg));
    }
    Ok(new_object(vm, class, td))
}

/// A big total in microseconds as a timedelta.
fn make_big(vm: &mut Vm, class: Gc<Object>, total: &BigInt) -> PyResult<Value> {
    match total.to_i128() {
        Some(t) if t.abs() < (1i128 << 100) => make_in(vm, class, t),
        _ => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

/// Makes the class.
pub(crate) fn make_class(vm: &mut Vm) -> Gc<Object> {
    let class = new_class(
        vm,
        "datetime",
        "timedelta",
        Some(td_new),
        &[
            ("__repr__", td_repr),
            ("__str__", td_str),
            ("__hash__", td_hash),
            ("__eq__", td_eq),
            ("__ne__", td_ne),
            ("__lt__", td_lt),
            ("__le__", td_le),
            ("__gt__", td_gt),
            ("__ge__", td_ge),
            ("__bool__", td_bool),
            ("__add__", td_add),
            ("__radd__", td_add),
            ("__sub__", td_sub),
            ("__rsub__", td_rsub),
            ("__neg__", td_neg),
            ("__pos__", td_pos),
            ("__abs__", td_abs),
            ("__mul__", td_mul),
            ("__rmul__", td_mul),
            ("__truediv__", td_truediv),
            ("__floordiv__", td_floordiv),
            ("__mod__", td_mod),
            ("__divmod__", td_divmod),
            ("total_seconds", td_total_seconds),
            ("__reduce__", td_reduce),
        ],
    );
    getter(vm, class, "days", td_days);
    getter(vm, class, "seconds", td_seconds);
    getter(vm, class, "microseconds", td_microseconds);
    let doc = vm.new_str(
        "Difference between two datetime values.\n\ntimedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)\n\nAll arguments are optional and default to 0.\nArguments may be integers or floats, and may be positive or negative.",
    );
    class_attr(vm, class, "__doc__", doc);
    class
}

/// `min`, `max` and `resolution`.
pub(crate) fn add_constants(vm: &mut Vm, class: Gc<Object>) -> PyResult<()> {
    let min = make_in(vm, class, -MAX_DAYS * US_PER_DAY)?;
    let max = make_in(vm, class, (MAX_DAYS + 1) * US_PER_DAY - 1)?;
    let res = make_in(vm, class, 1)?;
    class_attr(vm, class, "min", min);
    class_attr(vm, class, "max", max);
    class_attr(vm, class, "resolution", res);
    Ok(())
}

const NEW_SIG: Sig = Sig {
    name: "__new__",
    module: "datetime",
    params: &[
        "days",
        "seconds",
        "microseconds",
        "milliseconds",
        "minutes",
        "hours",
        "weeks",
    ],
    posonly: 0,
    maxpos: 7,
    required: 0,
};

/// Microseconds per unit of each constructor argument, in `NEW_SIG`'s order.
const FACTORS: [i64; 7] = [
    86_400_000_000,
    1_000_000,
    1,
    1_000,
    60_000_000,
    3_600_000_000,
    604_800_000_000,
];

/// `timedelta.__new__(cls, days=0, seconds=0, ...)`. Each float argument adds its whole
/// part exactly and its fraction times the unit as a float, whose whole part is added
/// exactly and whose fraction is left over; the leftovers are summed and rounded half to
/// even at the end (so `timedelta(seconds=2.5e-6)` is 2 microseconds, as in CPython).
fn td_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let default = class(vm, "timedelta");
    let cls = new_class_arg(args, default);
    let bound = bind(vm, &NEW_SIG, args.get(1..).unwrap_or(&[]), kw)?;
    let mut total = BigInt::zero();
    let mut leftover = 0.0f64;
    for (i, v) in bound.iter().enumerate() {
        let Some(v) = v else { continue };
        let factor = FACTORS[i];
        if let Some(n) = big_of(v) {
            total += n * factor;
        } else if let Some(f) = float_of(v) {
            let whole = f.trunc();
            let frac = f - whole;
            total += float_to_int(vm, whole)? * factor;
            if frac != 0.0 {
                let scaled = frac * factor as f64;
                let w = scaled.trunc();
                total += float_to_int(vm, w)?;
                leftover += scaled - w;
            }
        } else {
            let msg = format!(
                "unsupported type for timedelta {} component: {}",
                NEW_SIG.params[i],
                vm.type_name(*v)
            );
            return Err(vm.type_error(msg));
        }
    }
    if leftover != 0.0 {
        let mut whole = leftover.round();
        if (whole - leftover).abs() == 0.5 {
            // Halfway: round the whole total (not just the leftover) to even.
            let odd = if total.is_odd() { 1.0 } else { 0.0 };
            whole = 2.0 * ((leftover + odd) * 0.5).round() - odd;
        }
        total += float_to_int(vm, whole)?;
    }
    make_big(vm, cls, &total)
}

/// A whole float as an int, or CPython's errors for infinities and NaN.
fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<BigInt> {
    let (num, k) = float_ratio(vm, f, "integer")?;
    Ok(num >> k)
}

/// The value of a float subclass instance.
fn float_subclass(v: &Value) -> Option<f64> {
    match v.payload() {
        Some(krait_vm::object::Payload::Float(f)) => Some(*f),
        _ => None,
    }
}

/// `f` as `num / 2**k` exactly; errors name `what` ("integer" or "integer ratio").
fn float_ratio(vm: &mut Vm, f: f64, what: &str) -> PyResult<(BigInt, u32)> {
    if f.is_nan() {
        let msg = if what == "integer" {
            "cannot convert float NaN to integer".to_owned()
        } else {
            "cannot convert NaN to integer ratio".to_owned()
        };
        return Err(vm.value_error(msg));
    }
    if f.is_infinite() {
        let msg = if what == "integer" {
            "cannot convert float infinity to integer".to_owned()
        } else {
            "cannot convert Infinity to integer ratio".to_owned()
        };
        return Err(vm.overflow_error(msg));
    }
    let bits = f.to_bits();
    let negative = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mantissa, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let mut num = BigInt::from(mantissa);
    if negative {
        num = -num;
    }
    if e >= 0 {
        Ok((num << e as u32, 0))
    } else {
        Ok((num, (-e) as u32))
    }
}

/// `n / d` rounded to the nearest int, ties to even (`d` nonzero).
pub(crate) fn round_half_even(n: &BigInt, d: &BigInt) -> BigInt {
    let (n, d) = if d.is_negative() {
        (-n, -d)
    } else {
        (n.clone(), d.clone())
    };
    let (q, r) = n.div_mod_floor(&d);
    let twice: BigInt = &r * 2;
    match twice.cmp(&d) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    }
}

/// The state of `self`, or the descriptor TypeError.
fn me(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<Td> {
    match args.first().and_then(td_of) {
        Some(td) => Ok(td),
        None => {
            let got = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
            let msg = format!(
                "descriptor '{method}' requires a 'datetime.timedelta' object but received a '{got}'"
            );
            Err(vm.type_error(msg))
        }
    }
}

/// The second argument of a binary method.
fn other(args: &[Value]) -> Value {
    args.get(1).copied().unwrap_or(Value::None)
}

fn td_days(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(me(vm, args, "days")?.days))
}

fn td_seconds(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(me(vm, args, "seconds")?.secs))
}

fn td_microseconds(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(me(vm, args, "microseconds")?.us))
}

/// `repr()`: `datetime.timedelta(days=1, seconds=2)`, only the nonzero fields.
fn td_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let td = me(vm, args, "__repr__")?;
    let prefix = repr_prefix(vm, args[0], "timedelta");
    let mut parts = Vec::new();
    if td.days != 0 {
        parts.push(format!("days={}", td.days));
    }
    if td.secs != 0 {
        parts.push(format!("seconds={}", td.secs));
    }
    if td.us != 0 {
        parts.push(format!("microseconds={}", td.us));
    }
    let body = if parts.is_empty() {
        "0".to_owned()
    } else {
        parts.join(", ")
    };
    Ok(vm.new_str(format!("{prefix}({body})")))
}

/// The `str()` of a timedelta: `[D day[s], ]H:MM:SS[.ffffff]`.
pub(crate) fn td_text(td: Td) -> String {
    let mut out = String::new();
    if td.days != 0 {
        let plural = if td.days.abs() != 1 { "s" } else { "" };
        out.push_str(&format!("{} day{plural}, ", td.days));
    }
    let (h, m, s) = (td.secs / 3600, td.secs / 60 % 60, td.secs % 60);
    out.push_str(&format!("{h}:{m:02}:{s:02}"));
    if td.us != 0 {
        out.push_str(&format!(".{:06}", td.us));
    }
    out
}

fn td_str(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let td = me(vm, args, "__str__")?;
    Ok(vm.new_str(td_text(td)))
}

fn td_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let td = me(vm, args, "__hash__")?;
    let t = vm.new_tuple(vec![
        Value::Int(td.days),
        Value::Int(td.secs),
        Value::Int(td.us),
    ]);
    call_builtin(vm, "hash", &[t])
}

/// A comparison: `op` over the two totals when the other operand is a timedelta.
fn compare(vm: &mut Vm, args: &[Value], name: &str, op: fn(&Td, &Td) -> bool) -> PyResult<Value> {
    let a = me(vm, args, name)?;
    match td_of(&other(args)) {
        Some(b) => Ok(Value::Bool(op(&a, &b))),
        None => Ok(vm.not_implemented()),
    }
}

fn td_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    compare(vm, args, "__eq__", |a, b| a == b)
}
fn td_ne(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    compare(vm, args, "__ne__", |a, b| a != b)
}
fn td_lt(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    compare(vm, args, "__lt__", |a, b| a < b)
}
fn td_le(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    compare(vm, args, "__le__", |a, b| a <= b)
}
fn td_gt(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    compare(vm, args, "__gt__", |a, b| a > b)
}
fn td_ge(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    compare(vm, args, "__ge__", |a, b| a >= b)
}

fn td_bool(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let td = me(vm, args, "__bool__")?;
    Ok(Value::Bool(td.total_us() != 0))
}

fn td_add(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let a = me(vm, args, "__add__")?;
    match td_of(&other(args)) {
        Some(b) => make(vm, a.total_us() + b.total_us()),
        None => Ok(vm.not_implemented()),
    }
}

fn td_sub(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let a = me(vm, args, "__sub__")?;
    match td_of(&other(args)) {
        Some(b) => make(vm, a.total_us() - b.total_us()),
        None => Ok(vm.not_implemented()),
    }
}

fn td_rsub(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let a = me(vm, args, "__rsub__")?;
    match td_of(&other(args)) {
        Some(b) => make(vm, b.total_us() - a.total_us()),
        None => Ok(vm.not_implemented()),
    }
}

fn td_neg(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let a = me(vm, args, "__neg__")?;
    make(vm, -a.total_us())
}

fn td_pos(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let a = me(vm, args, "__pos__")?;
    make(vm, a.total_us())
}

fn td_abs(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let a = me(vm, args, "__abs__")?;
    make(vm, a.total_us().abs())
}

/// The exact ratio of a float operand: a float subclass answers through its own
/// `as_integer_ratio()`, whose result is checked as CPython checks it.
fn operand_ratio(vm: &mut Vm, o: Value, f: f64) -> PyResult<(BigInt, BigInt)> {
    if matches!(o, Value::Float(_)) {
        return ratio(vm, f);
    }
    let r = super::call_method(vm, o, "as_integer_ratio", &[])?;
    let pair = match r.payload() {
        Some(krait_vm::object::Payload::Tuple(items)) => items.to_vec(),
        _ => {
            let msg = format!(
                "unexpected return type from as_integer_ratio(): expected tuple, got '{}'",
                vm.type_name(r)
            );
            return Err(vm.type_error(msg));
        }
    };
    if pair.len() != 2 {
        return Err(vm.value_error("as_integer_ratio() must return a 2-tuple"));
    }
    match (big_of(&pair[0]), big_of(&pair[1])) {
        (Some(n), Some(d)) if d.is_positive() => Ok((n, d)),
        _ => Err(vm.type_error("as_integer_ratio() must return a pair of ints")),
    }
}

/// A float as an exact ratio `(num, den)` with `den > 0`.
fn ratio(vm: &mut Vm, f: f64) -> PyResult<(BigInt, BigInt)> {
    let (num, k) = float_ratio(vm, f, "integer ratio")?;
    Ok((num, BigInt::one() << k))
}

/// The float value of a float or float subclass instance.
fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        _ => float_subclass(v),
    }
}

fn td_mul(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let a = me(vm, args, "__mul__")?;
    let o = other(args);
    let cls = class(vm, "timedelta");
    let us = BigInt::from(a.total_us());
    if let Some(n) = big_of(&o) {
        return make_big(vm, cls, &(us * n));
    }
    if let Some(f) = float_of(&o) {
        let (n, d) = operand_ratio(vm, o, f)?;
        return make_big(vm, cls, &round_half_even(&(us * n), &d));
    }
    Ok(vm.not_implemented())
}

fn td_truediv(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let a = me(vm, args, "__truediv__")?;
    let o = other(args);
    let cls = class(vm, "timedelta");
    if let Some(b) = td_of(&o) {
        let x = int_value(vm, a.total_us());
        let y = int_value(vm, b.total_us());
        return vm.binary_op(x, y, BinaryOpKind::TrueDivide);
    }
    let us = BigInt::from(a.total_us());
    if let Some(n) = big_of(&o) {
        if n.is_zero() {
            return Err(zero_division(vm, "integer division or modulo by zero"));
        }
        return make_big(vm, cls, &round_half_even(&us, &n));
    }
    if let Some(f) = float_of(&o) {
        let (n, d) = operand_ratio(vm, o, f)?;
        if n.is_zero() {
            return Err(zero_division(vm, "integer division or modulo by zero"));
        }
        return make_big(vm, cls, &round_half_even(&(us * d), &n));
    }
    Ok(vm.not_implemented())
}

fn zero_division(vm: &mut Vm, msg: &str) -> krait_vm::error::Exception {
    let class = vm.types().zero_division_error;
    vm.new_error(class, msg)
}

fn td_floordiv(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let a = me(vm, args, "__floordiv__")?;
    let o = other(args);
    if let Some(b) = td_of(&o) {
        if b.total_us() == 0 {
            return Err(zero_division(vm, "integer division or modulo by zero"));
        }
        let floor = floor_div(a.total_us(), b.total_us());
        return Ok(int_value(vm, floor));
    }
    if let Some(n) = big_of(&o) {
        if n.is_zero() {
            return Err(zero_division(vm, "integer division or modulo by zero"));
        }
        let cls = class(vm, "timedelta");
        let q = BigInt::from(a.total_us()).div_floor(&n);
        return make_big(vm, cls, &q);
    }
    Ok(vm.not_implemented())
}

/// Python's `//` on `i128`s (`b` nonzero).
fn floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

fn td_mod(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let a = me(vm, args, "__mod__")?;
    match td_of(&other(args)) {
        Some(b) => {
            if b.total_us() == 0 {
                return Err(zero_division(vm, "integer modulo by zero"));
            }
            let (x, y) = (a.total_us(), b.total_us());
            make(vm, x - floor_div(x, y) * y)
        }
        None => Ok(vm.not_implemented()),
    }
}

fn td_divmod(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let a = me(vm, args, "__divmod__")?;
    match td_of(&other(args)) {
        Some(b) => {
            if b.total_us() == 0 {
                return Err(zero_division(vm, "integer division or modulo by zero"));
            }
            let (x, y) = (a.total_us(), b.total_us());
            let q = floor_div(x, y);
            let qv = int_value(vm, q);
            let r = make(vm, x - q * y)?;
            Ok(vm.new_tuple(vec![qv, r]))
        }
        None => Ok(vm.not_implemented()),
    }
}

fn td_total_seconds(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let a = me(vm, args, "total_seconds")?;
    let x = int_value(vm, a.total_us());
    vm.binary_op(x, Value::Int(1_000_000), BinaryOpKind::TrueDivide)
}

fn td_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let a = me(vm, args, "__reduce__")?;
    let t = vm.new_tuple(vec![
        Value::Int(a.days),
        Value::Int(a.secs),
        Value::Int(a.us),
    ]);
    let cls = type_value(vm, args[0]);
    Ok(vm.new_tuple(vec![cls, t]))
}
