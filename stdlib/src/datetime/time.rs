//! `time`: a time of day with an optional `tzinfo` and `fold`; also what `time` and
//! `datetime` share about time zones: the held `tzinfo`, checked calls of `utcoffset`,
//! `dst` and `tzname`, and offsets as text.

use krait_gc::Gc;

use krait_vm::builtins::native::{
    bind, class_attr, class_method, getter, held, new_class, new_class_arg, new_object, set_held,
    state, Sig,
};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::Object;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use super::date::{int_field, Dt};
use super::timedelta::{make as make_td, td_of, US_PER_DAY};
use super::tz::offset_text;
use super::{call_builtin, call_method, class, repr_of, repr_prefix, text, type_value};

/// The state of a `time`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Tm {
    pub h: i64,
    pub mi: i64,
    pub s: i64,
    pub us: i64,
    pub fold: i64,
}

impl Tm {
    fn total_us(&self) -> i128 {
        i128::from(self.h) * 3_600_000_000
            + i128::from(self.mi) * 60_000_000
            + i128::from(self.s) * 1_000_000
            + i128::from(self.us)
    }
}

/// Where a `time` or `datetime` keeps its `tzinfo` (see `native::set_held`).
const TZ_KEY: &str = "\0tzinfo";

/// The `tzinfo` of a time or datetime (None when naive).
pub(crate) fn tzinfo_of(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    Ok(held(vm, obj, TZ_KEY)?.unwrap_or(Value::None))
}

/// Attaches `tz` to a new time or datetime.
pub(crate) fn set_tzinfo(vm: &mut Vm, obj: Value, tz: Value) -> PyResult<()> {
    if matches!(tz, Value::None) {
        return Ok(());
    }
    set_held(vm, obj, TZ_KEY, tz)
}

/// Checks a `tzinfo` argument.
pub(crate) fn check_tzinfo(vm: &mut Vm, tz: Value) -> PyResult<()> {
    let base = class(vm, "tzinfo");
    if matches!(tz, Value::None) || vm.isinstance(tz, base) {
        return Ok(());
    }
    let msg = format!(
        "tzinfo argument must be None or of a tzinfo subclass, not type '{}'",
        vm.type_name(tz)
    );
    Err(vm.type_error(msg))
}

/// Checks the fields of a time with CPython's messages.
pub(crate) fn check_time(vm: &mut Vm, h: i64, mi: i64, s: i64, us: i64, fold: i64) -> PyResult<()> {
    if !(0..=23).contains(&h) {
        return Err(vm.value_error("hour must be in 0..23"));
    }
    if !(0..=59).contains(&mi) {
        return Err(vm.value_error("minute must be in 0..59"));
    }
    if !(0..=59).contains(&s) {
        return Err(vm.value_error("second must be in 0..59"));
    }
    if !(0..=999_999).contains(&us) {
        return Err(vm.value_error("microsecond must be in 0..999999"));
    }
    if fold != 0 && fold != 1 {
        return Err(vm.value_error("fold must be either 0 or 1"));
    }
    Ok(())
}

/// Calls `tz.NAME(arg)` (`utcoffset` or `dst`) and checks the result: `None`, or a
/// timedelta strictly within a day, in microseconds.
pub(crate) fn call_offset(
    vm: &mut Vm,
    tz: Value,
    name: &str,
    arg: Value,
) -> PyResult<Option<i128>> {
    if matches!(tz, Value::None) {
        return Ok(None);
    }
    let r = call_method(vm, tz, name, &[arg])?;
    if matches!(r, Value::None) {
        return Ok(None);
    }
    let Some(td) = td_of(&r) else {
        let msg = format!(
            "tzinfo.{name}() must return None or timedelta, not '{}'",
            vm.type_name(r)
        );
        return Err(vm.type_error(msg));
    };
    let us = td.total_us();
    if us <= -US_PER_DAY || us >= US_PER_DAY {
        return Err(vm.value_error(
            "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).",
        ));
    }
    Ok(Some(us))
}

/// `utcoffset()` of a time or datetime, in microseconds.
pub(crate) fn utcoffset_of(vm: &mut Vm, obj: Value) -> PyResult<Option<i128>> {
    let tz = tzinfo_of(vm, obj)?;
    let arg = if super::is_kind(vm, obj, "datetime") {
        obj
    } else {
        Value::None
    };
    call_offset(vm, tz, "utcoffset", arg)
}

/// `tzname()` of a time or datetime as the str object the tzinfo returned.
pub(crate) fn tzname_value(vm: &mut Vm, obj: Value) -> PyResult<Option<Value>> {
    let tz = tzinfo_of(vm, obj)?;
    if matches!(tz, Value::None) {
        return Ok(None);
    }
    let arg = if super::is_kind(vm, obj, "datetime") {
        obj
    } else {
        Value::None
    };
    let r = call_method(vm, tz, "tzname", &[arg])?;
    match r {
        Value::None => Ok(None),
        _ if text(&r).is_some() => Ok(Some(r)),
        _ => {
            let msg = format!(
                "tzinfo.tzname() must return None or a string, not '{}'",
                vm.type_name(r)
            );
            Err(vm.type_error(msg))
        }
    }
}

/// `tzname()` of a time or datetime.
pub(crate) fn tzname_of(vm: &mut Vm, obj: Value) -> PyResult<Option<String>> {
    let tz = tzinfo_of(vm, obj)?;
    if matches!(tz, Value::None) {
        return Ok(None);
    }
    let arg = if super::is_kind(vm, obj, "datetime") {
        obj
    } else {
        Value::None
    };
    let r = call_method(vm, tz, "tzname", &[arg])?;
    match r {
        Value::None => Ok(None),
        _ => match text(&r) {
            Some(s) => Ok(Some(s)),
            None => {
                let msg = format!(
                    "tzinfo.tzname() must return None or a string, not '{}'",
                    vm.type_name(r)
                );
                Err(vm.type_error(msg))
            }
        },
    }
}

/// The offset of `obj` as `%z` shows it (`+HHMM[SS[.ffffff]]`, empty when naive).
pub(crate) fn offset_for_strftime(vm: &mut Vm, obj: Value, sep: &str) -> PyResult<String> {
    match utcoffset_of(vm, obj)? {
        None => Ok(String::new()),
        Some(us) => Ok(offset_text(us as i64, sep)),
    }
}

/// `HH:MM:SS[.ffffff]` or the part `timespec` asks for.
pub(crate) fn time_text(
    vm: &mut Vm,
    h: i64,
    mi: i64,
    s: i64,
    us: i64,
    spec: &str,
) -> PyResult<String> {
    Ok(match spec {
        "auto" if us != 0 => format!("{h:02}:{mi:02}:{s:02}.{us:06}"),
        "auto" | "seconds" => format!("{h:02}:{mi:02}:{s:02}"),
        "hours" => format!("{h:02}"),
        "minutes" => format!("{h:02}:{mi:02}"),
        "milliseconds" => format!("{h:02}:{mi:02}:{s:02}.{:03}", us / 1000),
        "microseconds" => format!("{h:02}:{mi:02}:{s:02}.{us:06}"),
        _ => return Err(vm.value_error("Unknown timespec value")),
    })
}

/// A new time of class `cls` (a subclass through its constructor).
pub(crate) fn new_time(vm: &mut Vm, cls: Gc<Object>, t: Tm, tz: Value) -> PyResult<Value> {
    let base = class(vm, "time");
    if Gc::ptr_eq(cls, base) {
        let v = new_object(vm, cls, t);
        set_tzinfo(vm, v, tz)?;
        return Ok(v);
    }
    let fold = vm.intern("fold");
    let args = [
        Value::Int(t.h),
        Value::Int(t.mi),
        Value::Int(t.s),
        Value::Int(t.us),
        tz,
    ];
    vm.call_value(Value::Obj(cls), &args, &[(fold, Value::Int(t.fold))])
}

pub(crate) fn make_class(vm: &mut Vm) -> Gc<Object> {
    let class = new_class(
        vm,
        "datetime",
        "time",
        Some(time_new),
        &[
            ("__repr__", time_repr),
            ("__str__", time_str),
            ("isoformat", time_isoformat),
            ("__format__", super::date::date_format),
            ("strftime", time_strftime),
            ("utcoffset", time_utcoffset),
            ("dst", time_dst),
            ("tzname", time_tzname),
            ("replace", time_replace),
            ("__hash__", time_hash),
            ("__eq__", time_eq),
            ("__ne__", time_ne),
            ("__lt__", time_lt),
            ("__le__", time_le),
            ("__gt__", time_gt),
            ("__ge__", time_ge),
            ("__reduce__", time_reduce),
            ("__reduce_ex__", time_reduce_ex),
        ],
    );
    getter(vm, class, "hour", time_hour);
    getter(vm, class, "minute", time_minute);
    getter(vm, class, "second", time_second);
    getter(vm, class, "microsecond", time_microsecond);
    getter(vm, class, "fold", time_fold);
    getter(vm, class, "tzinfo", time_tzinfo);
    class_method(vm, class, "fromisoformat", time_fromisoformat);
    let doc = vm.new_str("time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\nAll arguments are optional. tzinfo may be None, or an instance of\na tzinfo subclass. The remaining arguments may be ints.\n");
    class_attr(vm, class, "__doc__", doc);
    class
}

pub(crate) fn add_constants(vm: &mut Vm, class: Gc<Object>) -> PyResult<()> {
    let min = new_object(vm, class, Tm::default());
    let max = new_object(
        vm,
        class,
        Tm {
            h: 23,
            mi: 59,
            s: 59,
            us: 999_999,
            fold: 0,
        },
    );
    let res = make_td(vm, 1)?;
    class_attr(vm, class, "min", min);
    class_attr(vm, class, "max", max);
    class_attr(vm, class, "resolution", res);
    Ok(())
}

const TIME_SIG: Sig = Sig {
    name: "time",
    module: "datetime",
    params: &["hour", "minute", "second", "microsecond", "tzinfo", "fold"],
    posonly: 0,
    maxpos: 5,
    required: 0,
};

fn time_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let default = class(vm, "time");
    let cls = new_class_arg(args, default);
    let rest = args.get(1..).unwrap_or(&[]);
    if (rest.len() == 1 || rest.len() == 2) && kw.is_empty() {
        if let Some(b) = super::date::state_bytes(rest[0]) {
            if b.len() == 6 && (b[0] & 0x7f) < 24 {
                let tz = rest.get(1).copied().unwrap_or(Value::None);
                if check_tzinfo(vm, tz).is_err() {
                    return Err(vm.type_error("bad tzinfo state arg"));
                }
                let t = Tm {
                    h: i64::from(b[0] & 0x7f),
                    mi: i64::from(b[1]),
                    s: i64::from(b[2]),
                    us: (i64::from(b[3]) << 16) | (i64::from(b[4]) << 8) | i64::from(b[5]),
                    fold: i64::from(b[0] >> 7),
                };
                let v = new_object(vm, cls, t);
                set_tzinfo(vm, v, tz)?;
                return Ok(v);
            }
        }
    }
    let bound = bind(vm, &TIME_SIG, rest, kw)?;
    let mut f = [0i64; 4];
    for (slot, v) in f.iter_mut().zip(&bound) {
        if let Some(v) = v {
            *slot = int_field(vm, *v)?;
        }
    }
    let tz = bound[4].unwrap_or(Value::None);
    let fold = match bound[5] {
        Some(v) => int_field(vm, v)?,
        None => 0,
    };
    check_time(vm, f[0], f[1], f[2], f[3], fold)?;
    check_tzinfo(vm, tz)?;
    let t = Tm {
        h: f[0],
        mi: f[1],
        s: f[2],
        us: f[3],
        fold,
    };
    let v = new_object(vm, cls, t);
    set_tzinfo(vm, v, tz)?;
    Ok(v)
}

pub(crate) fn tm_of(v: &Value) -> Option<Tm> {
    state::<Tm>(v).map(|s| *s)
}

fn me(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<Tm> {
    match args.first().and_then(tm_of) {
        Some(t) => Ok(t),
        None => {
            let got = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
            let msg = format!(
                "descriptor '{method}' requires a 'datetime.time' object but received a '{got}'"
            );
            Err(vm.type_error(msg))
        }
    }
}

fn time_hour(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(me(vm, args, "hour")?.h))
}
fn time_minute(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(me(vm, args, "minute")?.mi))
}
fn time_second(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(me(vm, args, "second")?.s))
}
fn time_microsecond(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(me(vm, args, "microsecond")?.us))
}
fn time_fold(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(me(vm, args, "fold")?.fold))
}
fn time_tzinfo(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    me(vm, args, "tzinfo")?;
    tzinfo_of(vm, args[0])
}

/// The `, tzinfo=…` and `, fold=1` tail of a repr.
pub(crate) fn repr_tail(vm: &mut Vm, obj: Value, fold: i64) -> PyResult<String> {
    let mut out = String::new();
    let tz = tzinfo_of(vm, obj)?;
    if !matches!(tz, Value::None) {
        out.push_str(&format!(", tzinfo={}", repr_of(vm, tz)?));
    }
    if fold != 0 {
        out.push_str(", fold=1");
    }
    Ok(out)
}

/// The fields of a repr without trailing zero seconds and microseconds.
pub(crate) fn hms_repr(h: i64, mi: i64, s: i64, us: i64) -> String {
    if us != 0 {
        format!("{h}, {mi}, {s}, {us}")
    } else if s != 0 {
        format!("{h}, {mi}, {s}")
    } else {
        format!("{h}, {mi}")
    }
}

fn time_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let t = me(vm, args, "__repr__")?;
    let prefix = repr_prefix(vm, args[0], "time");
    let tail = repr_tail(vm, args[0], t.fold)?;
    let body = hms_repr(t.h, t.mi, t.s, t.us);
    Ok(vm.new_str(format!("{prefix}({body}{tail})")))
}

fn iso(vm: &mut Vm, obj: Value, t: &Tm, spec: &str) -> PyResult<String> {
    let mut out = time_text(vm, t.h, t.mi, t.s, t.us, spec)?;
    if let Some(off) = utcoffset_of(vm, obj)? {
        out.push_str(&offset_text(off as i64, ":"));
    }
    Ok(out)
}

fn time_str(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let t = me(vm, args, "__str__")?;
    let s = iso(vm, args[0], &t, "auto")?;
    Ok(vm.new_str(s))
}

fn time_isoformat(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let t = me(vm, args, "isoformat")?;
    const SIG: Sig = Sig {
        name: "isoformat",
        module: "datetime",
        params: &["timespec"],
        posonly: 0,
        maxpos: 1,
        required: 0,
    };
    let bound = bind(vm, &SIG, &args[1..], kw)?;
    let spec = match bound[0] {
        None => "auto".to_owned(),
        Some(v) => match text(&v) {
            Some(s) => s,
            None => {
                let msg = format!(
                    "isoformat() argument 1 must be str, not {}",
                    vm.type_name(v)
                );
                return Err(vm.type_error(msg));
            }
        },
    };
    let s = iso(vm, args[0], &t, &spec)?;
    Ok(vm.new_str(s))
}

fn time_strftime(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let t = me(vm, args, "strftime")?;
    let fmt = super::date::strftime_arg(vm, args, kw)?;
    let d = Dt {
        y: 1900,
        m: 1,
        d: 1,
        h: t.h,
        mi: t.mi,
        s: t.s,
        us: t.us,
        fold: 0,
    };
    let tt = super::date::struct_time(vm, &d, -1)?;
    super::date::strftime_with(vm, args[0], fmt, tt, &d)
}

/// Checks the argument of `time.utcoffset()` etc. (there is none).
fn no_args(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<()> {
    if args.len() > 1 {
        let msg = format!("{name}() takes no arguments ({} given)", args.len() - 1);
        return Err(vm.type_error(msg));
    }
    Ok(())
}

fn time_utcoffset(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    me(vm, args, "utcoffset")?;
    no_args(vm, args, "utcoffset")?;
    let tz = tzinfo_of(vm, args[0])?;
    match call_offset(vm, tz, "utcoffset", Value::None)? {
        Some(us) => make_td(vm, us),
        None => Ok(Value::None),
    }
}

fn time_dst(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    me(vm, args, "dst")?;
    no_args(vm, args, "dst")?;
    let tz = tzinfo_of(vm, args[0])?;
    match call_offset(vm, tz, "dst", Value::None)? {
        Some(us) => make_td(vm, us),
        None => Ok(Value::None),
    }
}

fn time_tzname(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    me(vm, args, "tzname")?;
    no_args(vm, args, "tzname")?;
    match tzname_of(vm, args[0])? {
        Some(s) => Ok(vm.new_str(s)),
        None => Ok(Value::None),
    }
}

fn time_replace(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let t = me(vm, args, "replace")?;
    const SIG: Sig = Sig {
        name: "replace",
        module: "datetime",
        params: &["hour", "minute", "second", "microsecond", "tzinfo", "fold"],
        posonly: 0,
        maxpos: 5,
        required: 0,
    };
    let bound = bind(vm, &SIG, &args[1..], kw)?;
    let mut f = [t.h, t.mi, t.s, t.us];
    for (slot, v) in f.iter_mut().zip(&bound) {
        if let Some(v) = v {
            *slot = int_field(vm, *v)?;
        }
    }
    let tz = match bound[4] {
        Some(v) => v,
        None => tzinfo_of(vm, args[0])?,
    };
    let fold = match bound[5] {
        Some(v) => int_field(vm, v)?,
        None => t.fold,
    };
    check_time(vm, f[0], f[1], f[2], f[3], fold)?;
    check_tzinfo(vm, tz)?;
    let cls = vm.type_of(args[0]);
    let nt = Tm {
        h: f[0],
        mi: f[1],
        s: f[2],
        us: f[3],
        fold,
    };
    new_time(vm, cls, nt, tz)
}

/// A time's value for comparing and hashing: microseconds since midnight, less the
/// offset when aware (`None` for naive).
fn utc_key(vm: &mut Vm, obj: Value, t: &Tm) -> PyResult<(i128, Option<i128>)> {
    let off = utcoffset_of(vm, obj)?;
    Ok((t.total_us() - off.unwrap_or(0), off))
}

fn time_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let t = me(vm, args, "__hash__")?;
    let t0 = Tm { fold: 0, ..t };
    let (key, _) = utc_key(vm, args[0], &t0)?;
    let k = super::int_value(vm, key);
    call_builtin(vm, "hash", &[k])
}

fn time_compare(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    op: fn(std::cmp::Ordering) -> bool,
) -> PyResult<Value> {
    let a = me(vm, args, name)?;
    let o = args.get(1).copied().unwrap_or(Value::None);
    let Some(b) = tm_of(&o) else {
        return Ok(vm.not_implemented());
    };
    let (ta, tb) = (tzinfo_of(vm, args[0])?, tzinfo_of(vm, o)?);
    let strip = |t: &Tm| (t.h, t.mi, t.s, t.us);
    if ta.is(tb) {
        return Ok(Value::Bool(op(strip(&a).cmp(&strip(&b)))));
    }
    let (ka, oa) = utc_key(vm, args[0], &a)?;
    let (kb, ob) = utc_key(vm, o, &b)?;
    match (oa, ob) {
        (Some(_), Some(_)) => Ok(Value::Bool(op(ka.cmp(&kb)))),
        (None, None) => Ok(Value::Bool(op(strip(&a).cmp(&strip(&b))))),
        _ if name == "__eq__" => Ok(Value::Bool(false)),
        _ if name == "__ne__" => Ok(Value::Bool(true)),
        _ => Err(vm.type_error("can't compare offset-naive and offset-aware times")),
    }
}

fn time_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    time_compare(vm, args, "__eq__", |o| o.is_eq())
}
fn time_ne(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    time_compare(vm, args, "__ne__", |o| o.is_ne())
}
fn time_lt(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    time_compare(vm, args, "__lt__", |o| o.is_lt())
}
fn time_le(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    time_compare(vm, args, "__le__", |o| o.is_le())
}
fn time_gt(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    time_compare(vm, args, "__gt__", |o| o.is_gt())
}
fn time_ge(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    time_compare(vm, args, "__ge__", |o| o.is_ge())
}

fn reduce_with(vm: &mut Vm, args: &[Value], proto: i64) -> PyResult<Value> {
    let t = me(vm, args, "__reduce_ex__")?;
    let mut h = t.h as u8;
    if t.fold != 0 && proto > 3 {
        h |= 0x80;
    }
    let bytes = vec![
        h,
        t.mi as u8,
        t.s as u8,
        (t.us >> 16) as u8,
        (t.us >> 8 & 0xff) as u8,
        (t.us & 0xff) as u8,
    ];
    let b = krait_vm::builtins::native::bytes(vm, bytes);
    let tz = tzinfo_of(vm, args[0])?;
    let items = if matches!(tz, Value::None) {
        vec![b]
    } else {
        vec![b, tz]
    };
    let t = vm.new_tuple(items);
    let cls = type_value(vm, args[0]);
    Ok(vm.new_tuple(vec![cls, t]))
}

fn time_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    reduce_with(vm, args, 2)
}

fn time_reduce_ex(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let proto = match args.get(1) {
        Some(&v) => int_field(vm, v)?,
        None => 2,
    };
    reduce_with(vm, args, proto)
}

fn time_fromisoformat(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let default = class(vm, "time");
    let cls = new_class_arg(args, default);
    let s = args.get(1).copied().unwrap_or(Value::None);
    let Some(t) = text(&s) else {
        return Err(vm.type_error("fromisoformat: argument must be str"));
    };
    let t = t.strip_prefix('T').unwrap_or(&t).to_owned();
    match super::iso::parse_time(&t) {
        Some(p) => {
            check_time(vm, p.h, p.mi, p.s, p.us, 0)?;
            let tz = super::iso::tz_value(vm, p.offset)?;
            let tm = Tm {
                h: p.h,
                mi: p.mi,
                s: p.s,
                us: p.us,
                fold: 0,
            };
            new_time(vm, cls, tm, tz)
        }
        None => {
            let r = repr_of(vm, s)?;
            Err(vm.value_error(format!("Invalid isoformat string: {r}")))
        }
    }
}
