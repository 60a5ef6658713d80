//! `tzinfo` (the abstract base of time zones, whose methods subclasses override) and
//! `timezone` (a fixed offset from UTC with an optional name; `timezone.utc` is the one
//! made for a zero offset without a name).

use krait_gc::Gc;

use krait_vm::builtins::native::{
    bind, class_attr, new_class, new_class_arg, new_object, new_subclass, state, Sig,
};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::Object;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use super::timedelta::{make, td_of, Td, US_PER_DAY};
use super::{call_method, class, repr_of, text, type_value};

/// The state of a plain `tzinfo` (or a Python subclass of it): none.
pub(crate) struct TzInfo;

/// A `timezone`'s state.
#[derive(Clone)]
pub(crate) struct TimeZone {
    /// The offset from UTC in microseconds, strictly within a day either way.
    pub offset: i64,
    /// The name given to the constructor.
    pub name: Option<String>,
}

/// Makes `tzinfo` and `timezone`.
pub(crate) fn make_classes(vm: &mut Vm) -> PyResult<(Gc<Object>, Gc<Object>)> {
    let tzinfo = new_class(
        vm,
        "datetime",
        "tzinfo",
        Some(tzinfo_new),
        &[
            ("tzname", tzinfo_tzname),
            ("utcoffset", tzinfo_utcoffset),
            ("dst", tzinfo_dst),
            ("fromutc", tzinfo_fromutc),
            ("__reduce__", tzinfo_reduce),
        ],
    );
    let doc = vm.new_str("Abstract base class for time zone info objects.");
    class_attr(vm, tzinfo, "__doc__", doc);
    let timezone = new_subclass(
        vm,
        "datetime",
        "timezone",
        tzinfo,
        Some(timezone_new),
        &[
            ("tzname", tz_tzname),
            ("utcoffset", tz_utcoffset),
            ("dst", tz_dst),
            ("fromutc", tz_fromutc),
            ("__repr__", tz_repr),
            ("__str__", tz_str),
            ("__eq__", tz_eq),
            ("__hash__", tz_hash),
            ("__getinitargs__", tz_getinitargs),
        ],
    );
    let doc = vm.new_str("Fixed offset from UTC implementation of tzinfo.");
    class_attr(vm, timezone, "__doc__", doc);
    Ok((tzinfo, timezone))
}

/// `timezone.utc`, `min` and `max`.
pub(crate) fn add_constants(vm: &mut Vm, timezone: Gc<Object>) -> PyResult<()> {
    let utc = new_object(
        vm,
        timezone,
        TimeZone {
            offset: 0,
            name: None,
        },
    );
    class_attr(vm, timezone, "utc", utc);
    let day = US_PER_DAY as i64;
    let min = new_object(
        vm,
        timezone,
        TimeZone {
            offset: -(day - 60_000_000),
            name: None,
        },
    );
    let max = new_object(
        vm,
        timezone,
        TimeZone {
            offset: day - 60_000_000,
            name: None,
        },
    );
    class_attr(vm, timezone, "min", min);
    class_attr(vm, timezone, "max", max);
    Ok(())
}

/// The state of `v` if it is a `timezone`.
pub(crate) fn timezone_of(v: &Value) -> Option<TimeZone> {
    state::<TimeZone>(v).map(|s| s.clone())
}

/// `timezone.utc`.
pub(crate) fn utc(vm: &mut Vm) -> PyResult<Value> {
    let cls = Value::Obj(class(vm, "timezone"));
    let key = vm.intern("utc");
    vm.get_attr(cls, key)
}

/// `tzinfo.__new__(cls, *args, **kwargs)`: arguments are for a subclass's `__init__`.
fn tzinfo_new(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let default = class(vm, "tzinfo");
    let cls = new_class_arg(args, default);
    Ok(new_object(vm, cls, TzInfo))
}

fn not_implemented(vm: &mut Vm, what: &str) -> krait_vm::error::Exception {
    let class = vm.types().not_implemented_error;
    vm.new_error(class, format!("a tzinfo subclass must implement {what}()"))
}

fn tzinfo_tzname(vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Err(not_implemented(vm, "tzname"))
}

fn tzinfo_utcoffset(vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Err(not_implemented(vm, "utcoffset"))
}

fn tzinfo_dst(vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Err(not_implemented(vm, "dst"))
}

/// Whether `v` is a datetime.
pub(crate) fn is_datetime(vm: &mut Vm, v: Value) -> bool {
    super::is_kind(vm, v, "datetime")
}

/// `tzinfo.fromutc(dt)`: the local time for the UTC time `dt`, from `utcoffset` and `dst`.
fn tzinfo_fromutc(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let me = args.first().copied().unwrap_or(Value::None);
    if args.len() != 2 {
        let msg = format!(
            "fromutc() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        );
        return Err(vm.type_error(msg));
    }
    let dt = args[1];
    if !is_datetime(vm, dt) {
        return Err(vm.type_error("fromutc: argument must be a datetime"));
    }
    let key = vm.intern("tzinfo");
    let tz = vm.get_attr(dt, key)?;
    if !tz.is(me) {
        return Err(vm.value_error("fromutc: dt.tzinfo is not self"));
    }
    let off = call_method(vm, dt, "utcoffset", &[])?;
    let Some(off) = td_of(&off) else {
        return Err(vm.value_error("fromutc: non-None utcoffset() result required"));
    };
    let dst = call_method(vm, dt, "dst", &[])?;
    let Some(dst) = td_of(&dst) else {
        return Err(vm.value_error("fromutc: non-None dst() result required"));
    };
    let mut dt = dt;
    let delta = off.total_us() - dst.total_us();
    if delta != 0 {
        let d = make(vm, delta)?;
        dt = vm.binary_op(dt, d, krait_bytecode::BinaryOpKind::Add)?;
        let dst2 = call_method(vm, dt, "dst", &[])?;
        match td_of(&dst2) {
            Some(d2) => {
                let d = make(vm, d2.total_us())?;
                return vm.binary_op(dt, d, krait_bytecode::BinaryOpKind::Add);
            }
            None => {
                return Err(
                    vm.value_error("fromutc: tz.dst() gave inconsistent results; cannot convert")
                )
            }
        }
    }
    let d = make(vm, dst.total_us())?;
    vm.binary_op(dt, d, krait_bytecode::BinaryOpKind::Add)
}

/// `tzinfo.__reduce__()`: the class, `__getinitargs__()` (or `()`), and the state.
fn tzinfo_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let me = args.first().copied().unwrap_or(Value::None);
    let key = vm.intern("__getinitargs__");
    let initargs = match vm.get_attr(me, key) {
        Ok(f) => vm.call_value(f, &[], &[])?,
        Err(e) if vm.isinstance(e.value(), vm.types().attribute_error) => vm.new_tuple(vec![]),
        Err(e) => return Err(e),
    };
    let state = call_method(vm, me, "__getstate__", &[])?;
    let cls = type_value(vm, me);
    Ok(vm.new_tuple(vec![cls, initargs, state]))
}

const TZ_SIG: Sig = Sig {
    name: "timezone",
    module: "datetime",
    params: &["offset", "name"],
    posonly: 0,
    maxpos: 2,
    required: 1,
};

/// `timezone(offset, name=<unset>)`.
fn timezone_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let default = class(vm, "timezone");
    let cls = new_class_arg(args, default);
    let bound = bind(vm, &TZ_SIG, args.get(1..).unwrap_or(&[]), kw)?;
    let offset = bound[0].unwrap_or(Value::None);
    let Some(td) = td_of(&offset) else {
        let msg = format!(
            "timezone() argument 1 must be datetime.timedelta, not {}",
            vm.type_name(offset)
        );
        return Err(vm.type_error(msg));
    };
    let name = match bound[1] {
        None => None,
        Some(v) => match text(&v) {
            Some(s) => Some(s),
            None => {
                let msg = format!("timezone() argument 2 must be str, not {}", vm.type_name(v));
                return Err(vm.type_error(msg));
            }
        },
    };
    new_timezone(vm, cls, td, name, offset)
}

/// A timezone of `offset` (checked to be within a day), or `timezone.utc` for a zero
/// offset without a name.
pub(crate) fn new_timezone(
    vm: &mut Vm,
    cls: Gc<Object>,
    td: Td,
    name: Option<String>,
    offset_value: Value,
) -> PyResult<Value> {
    let us = td.total_us();
    if us <= -US_PER_DAY || us >= US_PER_DAY {
        let r = repr_of(vm, offset_value)?;
        let msg = format!(
            "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {r}."
        );
        return Err(vm.value_error(msg));
    }
    if us == 0 && name.is_none() && Gc::ptr_eq(cls, class(vm, "timezone")) {
        return utc(vm);
    }
    Ok(new_object(
        vm,
        cls,
        TimeZone {
            offset: us as i64,
            name,
        },
    ))
}

fn me(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<TimeZone> {
    match args.first().and_then(timezone_of) {
        Some(tz) => Ok(tz),
        None => {
            let got = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
            let msg = format!(
                "descriptor '{method}' requires a 'datetime.timezone' object but received a '{got}'"
            );
            Err(vm.type_error(msg))
        }
    }
}

/// Checks the `dt` argument of `utcoffset`, `tzname` and `dst`.
fn check_dt(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<()> {
    let dt = args.get(1).copied().unwrap_or(Value::None);
    if args.len() != 2 {
        let msg = format!(
            "{method}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        );
        return Err(vm.type_error(msg));
    }
    if matches!(dt, Value::None) || is_datetime(vm, dt) {
        return Ok(());
    }
    let msg = format!(
        "{method}(dt) argument must be a datetime instance or None, not {}",
        vm.type_name(dt)
    );
    Err(vm.type_error(msg))
}

/// The name CPython gives an unnamed offset: `UTC`, or `UTC±HH:MM[:SS[.ffffff]]`.
pub(crate) fn offset_name(offset: i64) -> String {
    if offset == 0 {
        return "UTC".to_owned();
    }
    format!("UTC{}", offset_text(offset, ":"))
}

/// `±HH<sep>MM[<sep>SS[.ffffff]]` for an offset in microseconds.
pub(crate) fn offset_text(offset: i64, sep: &str) -> String {
    let sign = if offset < 0 { '-' } else { '+' };
    let a = offset.abs();
    let (us, secs) = (a % 1_000_000, a / 1_000_000);
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let mut out = format!("{sign}{h:02}{sep}{m:02}");
    if s != 0 || us != 0 {
        out.push_str(&format!("{sep}{s:02}"));
        if us != 0 {
            out.push_str(&format!(".{us:06}"));
        }
    }
    out
}

fn tz_tzname(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let tz = me(vm, args, "tzname")?;
    check_dt(vm, args, "tzname")?;
    let name = tz.name.unwrap_or_else(|| offset_name(tz.offset));
    Ok(vm.new_str(name))
}

fn tz_utcoffset(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let tz = me(vm, args, "utcoffset")?;
    check_dt(vm, args, "utcoffset")?;
    make(vm, i128::from(tz.offset))
}

fn tz_dst(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    me(vm, args, "dst")?;
    check_dt(vm, args, "dst")?;
    Ok(Value::None)
}

fn tz_fromutc(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let tz = me(vm, args, "fromutc")?;
    if args.len() != 2 {
        let msg = format!(
            "fromutc() takes exactly one argument ({} given)",
            args.len() - 1
        );
        return Err(vm.type_error(msg));
    }
    let dt = args[1];
    if !is_datetime(vm, dt) {
        return Err(vm.type_error("fromutc: argument must be a datetime"));
    }
    let key = vm.intern("tzinfo");
    let dtz = vm.get_attr(dt, key)?;
    if !dtz.is(args[0]) {
        return Err(vm.value_error("fromutc: dt.tzinfo is not self"));
    }
    let d = make(vm, i128::from(tz.offset))?;
    vm.binary_op(dt, d, krait_bytecode::BinaryOpKind::Add)
}

fn tz_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let tz = me(vm, args, "__repr__")?;
    let u = utc(vm)?;
    if args[0].is(u) {
        return Ok(vm.new_str("datetime.timezone.utc"));
    }
    let prefix = super::repr_prefix(vm, args[0], "timezone");
    let off = make(vm, i128::from(tz.offset))?;
    let off = repr_of(vm, off)?;
    let text = match tz.name {
        None => format!("{prefix}({off})"),
        Some(n) => {
            let nv = vm.new_str(n);
            let n = repr_of(vm, nv)?;
            format!("{prefix}({off}, {n})")
        }
    };
    Ok(vm.new_str(text))
}

fn tz_str(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let tz = me(vm, args, "__str__")?;
    let name = tz.name.unwrap_or_else(|| offset_name(tz.offset));
    Ok(vm.new_str(name))
}

fn tz_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let tz = me(vm, args, "__eq__")?;
    match args.get(1).and_then(timezone_of) {
        Some(o) => Ok(Value::Bool(o.offset == tz.offset)),
        None => Ok(vm.not_implemented()),
    }
}

fn tz_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let tz = me(vm, args, "__hash__")?;
    let off = make(vm, i128::from(tz.offset))?;
    super::call_builtin(vm, "hash", &[off])
}

fn tz_getinitargs(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let tz = me(vm, args, "__getinitargs__")?;
    let off = make(vm, i128::from(tz.offset))?;
    let items = match tz.name {
        None => vec![off],
        Some(n) => {
            let n = vm.new_str(n);
            vec![off, n]
        }
    };
    Ok(vm.new_tuple(items))
}
