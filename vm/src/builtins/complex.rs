//! `complex`: the constructor (from numbers and strings), arithmetic with ints, floats and
//! complex numbers (CPython's division and power algorithms, so results agree bit for bit),
//! `abs`, `conjugate`, `real` / `imag`, equality, hashing (`hash(1+0j) == hash(1)`) and the
//! repr (`(1+2j)`, `1j`, `(-0-1j)`).

use krait_ast::repr::float_repr;
use krait_bytecode::{BinaryOpKind, CompareKind};

use crate::builtins::{method, method_arity, method_kind, new_builtin, set_class_attr};
use crate::error::PyResult;
use crate::format::{format_float, FormatSpec};
use crate::interp::arith::{as_num, Num};
use crate::object::function::KwArgs;
use crate::object::int::hash_f64;
use crate::object::{BuiltinKind, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// A complex number as a pair of floats.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct C {
    pub re: f64,
    pub im: f64,
}

pub(crate) fn install(vm: &mut Vm) {
    let c = vm.s.types.complex;
    method_kind(vm, c, "__new__", complex_new, BuiltinKind::StaticMethod);
    let methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("conjugate", conjugate),
        ("__complex__", dunder_complex),
        ("__abs__", dunder_abs),
        ("__neg__", dunder_neg),
        ("__pos__", dunder_pos),
        ("__bool__", dunder_bool),
        ("__hash__", dunder_hash),
        ("__add__", dunder_add),
        ("__radd__", dunder_radd),
        ("__sub__", dunder_sub),
        ("__rsub__", dunder_rsub),
        ("__mul__", dunder_mul),
        ("__rmul__", dunder_rmul),
        ("__truediv__", dunder_truediv),
        ("__rtruediv__", dunder_rtruediv),
        ("__pow__", dunder_pow),
        ("__rpow__", dunder_rpow),
        ("__eq__", dunder_eq),
        ("__ne__", dunder_ne),
        ("__getnewargs__", dunder_getnewargs),
        ("__format__", dunder_format),
    ];
    for &(name, f) in methods {
        method(vm, c, name, f);
    }
    for (name, f) in [
        ("real", get_real as crate::object::NativeFn),
        ("imag", get_imag),
    ] {
        let getter = new_builtin(vm, name, f, BuiltinKind::Method, false);
        let pname = vm.new_str(name);
        let parts = crate::object::PropertyData::getter(getter, pname);
        let prop = Value::Obj(vm.alloc(vm.s.types.property, Payload::Property(parts)));
        set_class_attr(vm, c, name, prop);
    }
}

/// A new complex value.
pub(crate) fn new_complex(vm: &mut Vm, z: C) -> Value {
    Value::Obj(vm.alloc(vm.s.types.complex, Payload::Complex { re: z.re, im: z.im }))
}

/// `v` as a complex number if it is a complex, int, bool or float.
pub(crate) fn as_complex(vm: &mut Vm, v: Value) -> PyResult<Option<C>> {
    if let Some(Payload::Complex { re, im }) = v.payload() {
        return Ok(Some(C { re: *re, im: *im }));
    }
    Ok(match as_num(&v) {
        Some(Num::Float(f)) => Some(C { re: f, im: 0.0 }),
        Some(Num::Int(i)) => Some(C {
            re: vm.int_to_f64(i)?,
            im: 0.0,
        }),
        None => None,
    })
}

/// The text of a float part: its repr without a trailing `.0`.
fn part(x: f64) -> String {
    let r = float_repr(x);
    match r.strip_suffix(".0") {
        Some(s) => s.to_owned(),
        None => r,
    }
}

/// `repr(z)`.
pub(crate) fn repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", part(im));
    }
    let imag = part(im);
    let sign = if imag.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{imag}j)", part(re))
}

/// `format(z, spec)` for a non-empty spec: both parts formatted as floats (the imaginary
/// part always signed), in parentheses when no presentation type is given, then padded.
pub(crate) fn format(re: f64, im: f64, spec: &FormatSpec) -> Result<String, String> {
    if spec.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".to_owned());
    }
    if spec.zero {
        return Err("Zero padding is not allowed in complex format specifier".to_owned());
    }
    let ty = match spec.ty {
        None => None,
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => Some(t),
        Some('n') => Some('g'),
        Some(t) => {
            return Err(format!(
                "Unknown format code '{t}' for object of type 'complex'"
            ))
        }
    };
    let bare = ty.is_none();
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let part_spec = |sign: Option<char>| FormatSpec {
        sign,
        alternate: spec.alternate,
        grouping: spec.grouping,
        precision: spec.precision,
        no_neg_zero: spec.no_neg_zero,
        ty: if bare && spec.precision.is_some() {
            Some('g')
        } else {
            ty
        },
        ..FormatSpec::default()
    };
    let render = |x: f64, sign: Option<char>| -> Result<String, String> {
        let s = format_float(x, &part_spec(sign))?;
        // Without a type, parts read as repr does but with no ".0" added.
        Ok(if bare && spec.precision.is_none() {
            s.strip_suffix(".0").map(str::to_owned).unwrap_or(s)
        } else {
            s
        })
    };
    let mut body = String::new();
    if !skip_re {
        if bare {
            body.push('(');
        }
        body.push_str(&render(re, spec.sign)?);
        body.push_str(&render(im, Some('+'))?);
    } else {
        body.push_str(&render(im, spec.sign)?);
    }
    body.push('j');
    if bare && !skip_re {
        body.push(')');
    }
    let width = spec.width.unwrap_or(0);
    let n = body.chars().count();
    if n >= width {
        return Ok(body);
    }
    let fill = spec.fill.unwrap_or(' ');
    let pad = width - n;
    let (left, right) = match spec.align.unwrap_or('>') {
        '<' => (0, pad),
        '^' => (pad / 2, pad - pad / 2),
        _ => (pad, 0),
    };
    let fill_n = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    Ok(format!("{}{body}{}", fill_n(left), fill_n(right)))
}

/// `hash(z)`: the real part's hash plus 1000003 times the imaginary part's, as CPython
/// combines them, so a complex with no imaginary part hashes as its real part.
pub(crate) fn hash(re: f64, im: f64) -> i64 {
    let h =
        (hash_f64(re) as u64).wrapping_add(1_000_003u64.wrapping_mul(hash_f64(im) as u64)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn mul(a: C, b: C) -> C {
    C {
        re: a.re * b.re - a.im * b.im,
        im: a.re * b.im + a.im * b.re,
    }
}

/// `a / b` by Smith's method (as CPython does); `None` when `b` is zero.
fn quot(a: C, b: C) -> Option<C> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(C {
            re: (a.re + a.im * ratio) / denom,
            im: (a.im - a.re * ratio) / denom,
        })
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(C {
            re: (a.re * ratio + a.im) / denom,
            im: (a.im * ratio - a.re) / denom,
        })
    } else {
        Some(C {
            re: f64::NAN,
            im: f64::NAN,
        })
    }
}

/// `x ** n` for a non-negative integer `n`, by repeated squaring.
fn powu(x: C, n: u64) -> C {
    let mut r = C { re: 1.0, im: 0.0 };
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

/// `a ** b`; `Err(())` for zero to a negative or complex power.
fn pow(a: C, b: C) -> Result<C, ()> {
    // Small integral exponents multiply, as CPython does, for exact results.
    if b.im == 0.0 && b.re == b.re.trunc() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        if n >= 0 {
            return Ok(powu(a, n as u64));
        }
        let p = powu(a, n.unsigned_abs());
        return quot(C { re: 1.0, im: 0.0 }, p).ok_or(());
    }
    if b.re == 0.0 && b.im == 0.0 {
        return Ok(C { re: 1.0, im: 0.0 });
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(());
        }
        return Ok(C { re: 0.0, im: 0.0 });
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    Ok(C {
        re: len * phase.cos(),
        im: len * phase.sin(),
    })
}

/// `a op b` when either operand is complex and the other a number; `None` otherwise.
pub(crate) fn binop(vm: &mut Vm, a: Value, b: Value, op: BinaryOpKind) -> PyResult<Option<Value>> {
    let either = matches!(a.payload(), Some(Payload::Complex { .. }))
        || matches!(b.payload(), Some(Payload::Complex { .. }));
    if !either {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (as_complex(vm, a)?, as_complex(vm, b)?) else {
        return Ok(None);
    };
    let r = match op {
        BinaryOpKind::Add => C {
            re: x.re + y.re,
            im: x.im + y.im,
        },
        BinaryOpKind::Subtract => C {
            re: x.re - y.re,
            im: x.im - y.im,
        },
        BinaryOpKind::Multiply => mul(x, y),
        BinaryOpKind::TrueDivide => match quot(x, y) {
            Some(r) => r,
            None => return Err(vm.zero_division("complex division by zero")),
        },
        BinaryOpKind::Power => match pow(x, y) {
            Ok(r) => {
                if r.re.is_infinite() || r.im.is_infinite() {
                    return Err(vm.overflow_error("complex exponentiation"));
                }
                r
            }
            Err(()) => return Err(vm.zero_division("0.0 to a negative or complex power")),
        },
        _ => return Ok(None),
    };
    Ok(Some(new_complex(vm, r)))
}

/// `a == b` / `a != b` when either side is complex; `None` otherwise (and for orderings,
/// which complex numbers do not have).
pub(crate) fn compare(
    vm: &mut Vm,
    a: Value,
    b: Value,
    kind: CompareKind,
) -> PyResult<Option<bool>> {
    let _ = vm;
    let (x, y) = match (a.payload(), b.payload()) {
        (Some(Payload::Complex { re, im }), _) => (C { re: *re, im: *im }, b),
        (_, Some(Payload::Complex { re, im })) => (C { re: *re, im: *im }, a),
        _ => return Ok(None),
    };
    if !matches!(kind, CompareKind::Eq | CompareKind::Ne) {
        return Ok(None);
    }
    let eq = match (y.payload(), as_num(&y)) {
        (Some(Payload::Complex { re, im }), _) => x.re == *re && x.im == *im,
        (_, Some(Num::Float(f))) => x.im == 0.0 && x.re == f,
        // Compared exactly, as float == int is.
        (_, Some(Num::Int(i))) => {
            x.im == 0.0
                && crate::object::int::cmp_int_float(i, x.re) == Some(std::cmp::Ordering::Equal)
        }
        _ => return Ok(None),
    };
    Ok(Some(eq == (kind == CompareKind::Eq)))
}

fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<C> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::Complex { re, im }) => Ok(C { re: *re, im: *im }),
        _ => {
            let got = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
            let msg = format!(
                "descriptor '{name}' for 'complex' objects doesn't apply to a '{got}' object"
            );
            Err(vm.type_error(msg))
        }
    }
}

/// Scans a float at the start of `s` (sign, digits with `_`, point, exponent, `inf`,
/// `infinity`, `nan`); returns it and the bytes used.
fn scan_float(s: &str) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let rest = s[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if rest.starts_with(word) {
            let end = i + word.len();
            let v: f64 = if word == "nan" {
                f64::NAN
            } else {
                f64::INFINITY
            };
            let v = if b[0] == b'-' { -v } else { v };
            return Some((v, end));
        }
    }
    let digits_start = i;
    let mut digits = 0;
    let scan_digits = |i: &mut usize, digits: &mut usize| {
        while *i < b.len() && (b[*i].is_ascii_digit() || (b[*i] == b'_' && *digits > 0)) {
            if b[*i].is_ascii_digit() {
                *digits += 1;
            }
            *i += 1;
        }
    };
    scan_digits(&mut i, &mut digits);
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let before = digits;
        scan_digits(&mut i, &mut digits);
        let _ = before;
    }
    if digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let mut exp_digits = 0;
        scan_digits(&mut j, &mut exp_digits);
        if exp_digits > 0 {
            i = j;
        }
    }
    let text = &s[..i];
    if text[digits_start..].contains("__")
        || text.ends_with('_')
        || text.contains("_.")
        || text.contains("._")
        || text.contains("_e")
        || text.contains("_E")
    {
        return None;
    }
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    clean.parse::<f64>().ok().map(|v| (v, i))
}

/// Parses `complex(s)`.
fn parse(s: &str) -> Option<C> {
    let mut s = s.trim();
    if let Some(inner) = s.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        s = inner.trim();
    }
    if s.is_empty() {
        return None;
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let b = s.as_bytes();
    match scan_float(s) {
        Some((x, p)) => {
            if p == b.len() {
                return Some(C { re: x, im: 0.0 });
            }
            if is_j(b.get(p)) && p + 1 == b.len() {
                return Some(C { re: 0.0, im: x });
            }
            if matches!(b[p], b'+' | b'-') {
                if let Some((y, q)) = scan_float(&s[p..]) {
                    if is_j(b.get(p + q)) && p + q + 1 == b.len() {
                        return Some(C { re: x, im: y });
                    }
                    return None;
                }
                if is_j(b.get(p + 1)) && p + 2 == b.len() {
                    let y = if b[p] == b'-' { -1.0 } else { 1.0 };
                    return Some(C { re: x, im: y });
                }
            }
            None
        }
        None => {
            let (sign, rest) = match b.first() {
                Some(b'-') => (-1.0, &b[1..]),
                Some(b'+') => (1.0, &b[1..]),
                _ => (1.0, b),
            };
            (rest.len() == 1 && is_j(rest.first())).then_some(C { re: 0.0, im: sign })
        }
    }
}

/// A complex-number argument as CPython's C functions take one (`PyComplex_AsCComplex`,
/// what `cmath` uses): a complex (or an instance of a subclass) as it is, else the result
/// of the class's `__complex__`, else a real number through `__float__` or `__index__`
/// (a str is "must be real number, not str"). Returns the real and imaginary parts.
pub fn complex_arg(vm: &mut Vm, v: Value) -> PyResult<(f64, f64)> {
    if let Some(&Payload::Complex { re, im }) = v.payload() {
        return Ok((re, im));
    }
    let name = vm.intern("__complex__");
    if let Some(f) = vm.type_lookup(vm.type_of(v), name) {
        let z = call_dunder_complex(vm, f, v)?;
        return Ok((z.re, z.im));
    }
    Ok((crate::builtins::numbers::real_arg(vm, v)?, 0.0))
}

/// A new `complex` value with the given parts.
pub fn complex_value(vm: &mut Vm, re: f64, im: f64) -> Value {
    new_complex(vm, C { re, im })
}

/// `a / b` for complex numbers given as (real, imaginary) pairs, as `complex.__truediv__`
/// computes it; `None` when `b` is zero.
pub fn complex_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let a = C { re: a.0, im: a.1 };
    let b = C { re: b.0, im: b.1 };
    quot(a, b).map(|z| (z.re, z.im))
}

/// Calls `v`'s `__complex__` method `f`, whose result must be a complex (an instance of a
/// strict subclass is accepted with CPython's DeprecationWarning).
fn call_dunder_complex(vm: &mut Vm, f: Value, v: Value) -> PyResult<C> {
    let r = vm.call_value(f, &[v], &[])?;
    match r.payload() {
        Some(&Payload::Complex { re, im }) => {
            if !krait_gc::Gc::ptr_eq(vm.type_of(r), vm.s.types.complex) {
                let msg = format!(
                    "__complex__ returned non-complex (type {}).  The ability to return an \
                     instance of a strict subclass of complex is deprecated, and may be \
                     removed in a future version of Python.",
                    vm.type_name(r)
                );
                let category = vm.s.types.deprecation_warning;
                crate::builtins::numbers::warn_native(vm, category, &msg)?;
            }
            Ok(C { re, im })
        }
        _ => {
            let msg = format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(r)
            );
            Err(vm.type_error(msg))
        }
    }
}

/// A constructor argument as a complex number, through `__complex__`, `__float__` or
/// `__index__` for other objects.
fn number_arg(vm: &mut Vm, v: Value, which: &str) -> PyResult<C> {
    let name = vm.intern("__complex__");
    // A subclass of complex (or float, int) with its own `__complex__` is converted by it.
    let own_complex = vm.user_override(v, name).is_some();
    if !own_complex {
        if let Some(c) = as_complex(vm, v)? {
            return Ok(c);
        }
    }
    let class = vm.type_of(v);
    if let Some(f) = vm.type_lookup(class, name) {
        return call_dunder_complex(vm, f, v);
    }
    let name = vm.intern("__float__");
    if vm.type_lookup(class, name).is_some() || vm.type_lookup(class, vm.s.names.index).is_some() {
        let fv = vm.call_value(Value::Obj(vm.s.types.float), &[v], &[])?;
        if let Value::Float(f) = fv {
            return Ok(C { re: f, im: 0.0 });
        }
    }
    // Only the first argument may be a string.
    let kinds = if which == "first argument" {
        "a string or a number"
    } else {
        "a number"
    };
    let msg = format!(
        "complex() {which} must be {kinds}, not '{}'",
        vm.type_name(v)
    );
    Err(vm.type_error(msg))
}

fn complex_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "complex", kw, &["real", "imag"])?;
    let class = args
        .first()
        .and_then(|c| c.as_obj())
        .filter(|c| c.as_class().is_some());
    let args = &args[1.min(args.len())..];
    crate::builtins::arity(vm, "complex", args, 0, 2)?;
    let real = args.first().copied().or(crate::builtins::kwarg(kw, "real"));
    let imag = args.get(1).copied().or(crate::builtins::kwarg(kw, "imag"));
    let z = match (real, imag) {
        (None, None) => C { re: 0.0, im: 0.0 },
        (Some(r), i) => {
            if let Some(Payload::Str(s)) = r.payload() {
                if i.is_some() {
                    return Err(
                        vm.type_error("complex() can't take second arg if first is a string")
                    );
                }
                match parse(s.as_str()) {
                    Some(z) => z,
                    None => {
                        // An underscore not between two digits is reported with the text.
                        let b = s.as_str().as_bytes();
                        let misplaced = (0..b.len()).any(|i| {
                            b[i] == b'_'
                                && !(i > 0
                                    && b[i - 1].is_ascii_digit()
                                    && b.get(i + 1).is_some_and(u8::is_ascii_digit))
                        });
                        let msg = if misplaced {
                            format!(
                                "could not convert string to complex: {}",
                                krait_ast::repr::str_repr(s.as_str())
                            )
                        } else {
                            "complex() arg is a malformed string".to_owned()
                        };
                        return Err(vm.value_error(msg));
                    }
                }
            } else {
                if i.is_none() {
                    // An exact complex is its own result; a subclass instance is copied.
                    let exact = vm.type_of(r);
                    if let Some(Payload::Complex { .. }) = r.payload() {
                        if krait_gc::Gc::ptr_eq(exact, vm.s.types.complex)
                            && class.is_none_or(|c| krait_gc::Gc::ptr_eq(c, vm.s.types.complex))
                        {
                            return Ok(r);
                        }
                    }
                }
                let r_complex = matches!(r.payload(), Some(Payload::Complex { .. }));
                let a = number_arg(vm, r, "first argument")?;
                match i {
                    Some(i) => {
                        if matches!(i.payload(), Some(Payload::Str(_))) {
                            return Err(vm.type_error("complex() second arg can't be a string"));
                        }
                        let i_complex = matches!(i.payload(), Some(Payload::Complex { .. }));
                        let b = number_arg(vm, i, "second argument")?;
                        // real + imag*1j, combining only the parts that exist, as CPython
                        // does (so complex(2, -0.0) keeps its negative zero).
                        let re = if i_complex { a.re - b.im } else { a.re };
                        let im = if r_complex { a.im + b.re } else { b.re };
                        C { re, im }
                    }
                    None => a,
                }
            }
        }
        (None, Some(i)) => {
            if matches!(i.payload(), Some(Payload::Str(_))) {
                return Err(vm.type_error("complex() second arg can't be a string"));
            }
            let i_complex = matches!(i.payload(), Some(Payload::Complex { .. }));
            let b = number_arg(vm, i, "second argument")?;
            C {
                re: if i_complex { 0.0 - b.im } else { 0.0 },
                im: b.re,
            }
        }
    };
    let class = class.unwrap_or(vm.s.types.complex);
    Ok(Value::Obj(
        vm.alloc(class, Payload::Complex { re: z.re, im: z.im }),
    ))
}

fn conjugate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "conjugate", args, 0, 0)?;
    let z = this(vm, args, "conjugate")?;
    Ok(new_complex(
        vm,
        C {
            re: z.re,
            im: -z.im,
        },
    ))
}

fn dunder_complex(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let z = this(vm, args, "__complex__")?;
    Ok(new_complex(vm, z))
}

/// `abs(z)`.
pub(crate) fn abs(vm: &mut Vm, re: f64, im: f64) -> PyResult<Value> {
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(Value::Float(r))
}

fn dunder_abs(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let z = this(vm, args, "__abs__")?;
    abs(vm, z.re, z.im)
}

fn dunder_neg(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let z = this(vm, args, "__neg__")?;
    Ok(new_complex(
        vm,
        C {
            re: -z.re,
            im: -z.im,
        },
    ))
}

fn dunder_pos(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let z = this(vm, args, "__pos__")?;
    Ok(new_complex(vm, z))
}

fn dunder_bool(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let z = this(vm, args, "__bool__")?;
    Ok(Value::Bool(z.re != 0.0 || z.im != 0.0))
}

fn dunder_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let z = this(vm, args, "__hash__")?;
    Ok(Value::Int(hash(z.re, z.im)))
}

fn arith(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    op: BinaryOpKind,
    reflected: bool,
) -> PyResult<Value> {
    method_arity(vm, name, args, 1, 1)?;
    this(vm, args, name)?;
    let (a, b) = if reflected {
        (args[1], args[0])
    } else {
        (args[0], args[1])
    };
    Ok(binop(vm, a, b, op)?.unwrap_or_else(|| vm.not_implemented()))
}

fn dunder_add(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arith(vm, args, "__add__", BinaryOpKind::Add, false)
}

fn dunder_radd(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arith(vm, args, "__radd__", BinaryOpKind::Add, true)
}

fn dunder_sub(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arith(vm, args, "__sub__", BinaryOpKind::Subtract, false)
}

fn dunder_rsub(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arith(vm, args, "__rsub__", BinaryOpKind::Subtract, true)
}

fn dunder_mul(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arith(vm, args, "__mul__", BinaryOpKind::Multiply, false)
}

fn dunder_rmul(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arith(vm, args, "__rmul__", BinaryOpKind::Multiply, true)
}

fn dunder_truediv(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arith(vm, args, "__truediv__", BinaryOpKind::TrueDivide, false)
}

fn dunder_rtruediv(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arith(vm, args, "__rtruediv__", BinaryOpKind::TrueDivide, true)
}

fn dunder_pow(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    if args.len() == 3 && !args[2].is_none() {
        return Err(vm.value_error("complex modulo"));
    }
    arith(
        vm,
        &args[..2.min(args.len())],
        "__pow__",
        BinaryOpKind::Power,
        false,
    )
}

fn dunder_rpow(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arith(
        vm,
        &args[..2.min(args.len())],
        "__rpow__",
        BinaryOpKind::Power,
        true,
    )
}

fn dunder_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__eq__", args, 1, 1)?;
    Ok(match compare(vm, args[0], args[1], CompareKind::Eq)? {
        Some(r) => Value::Bool(r),
        None => vm.not_implemented(),
    })
}

fn dunder_ne(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__ne__", args, 1, 1)?;
    Ok(match compare(vm, args[0], args[1], CompareKind::Ne)? {
        Some(r) => Value::Bool(r),
        None => vm.not_implemented(),
    })
}

/// `z.__getnewargs__()`: `(z.real, z.imag)`, what `copy` and `pickle` rebuild it from.
fn dunder_getnewargs(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__getnewargs__", args, 0, 0)?;
    let z = this(vm, args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::Float(z.re), Value::Float(z.im)]))
}

/// `z.__format__(spec)`: the format mini-language for complex numbers.
fn dunder_format(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__format__", args, 1, 1)?;
    this(vm, args, "__format__")?;
    let spec = crate::builtins::str_arg(vm, args[1], "format spec")?;
    let s = vm.format(args[0], &spec)?;
    Ok(vm.new_str(s))
}

fn get_real(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Float(this(vm, args, "real")?.re))
}

fn get_imag(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Float(this(vm, args, "imag")?.im))
}
