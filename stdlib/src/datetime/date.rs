//! `date`: a day of the proleptic Gregorian calendar. Its state [`Dt`] is shared with
//! `datetime` (a subclass), whose time fields a plain date leaves at zero.

use krait_gc::Gc;

use krait_vm::builtins::native::{
    bind, class_attr, class_method, getter, new_class, new_class_arg, new_object, state, Sig,
};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use super::cal;
use super::timedelta::{make as make_td, td_of, US_PER_DAY};
use super::{call_builtin, call_method, class, int_value, is_kind, repr_prefix, text, type_value};

/// The state of a `date` or `datetime`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Dt {
    pub y: i64,
    pub m: i64,
    pub d: i64,
    pub h: i64,
    pub mi: i64,
    pub s: i64,
    pub us: i64,
    pub fold: i64,
}

impl Dt {
    /// Microseconds since 0001-01-01T00:00 (ordinal 1), ignoring any time zone.
    pub(crate) fn total_us(&self) -> i128 {
        let days = i128::from(cal::ymd_to_ord(self.y, self.m, self.d));
        days * US_PER_DAY
            + i128::from(self.h) * 3_600_000_000
            + i128::from(self.mi) * 60_000_000
            + i128::from(self.s) * 1_000_000
            + i128::from(self.us)
    }

    /// The date and time `total` microseconds after ordinal 0's midnight, or `None` out of
    /// range.
    pub(crate) fn from_total_us(total: i128, fold: i64) -> Option<Dt> {
        let days = total.div_euclid(US_PER_DAY);
        let rest = total.rem_euclid(US_PER_DAY) as i64;
        if !(1..=MAX_ORDINAL as i128).contains(&days) {
            return None;
        }
        let (y, m, d) = cal::ord_to_ymd(days as i64);
        Some(Dt {
            y,
            m,
            d,
            h: rest / 3_600_000_000,
            mi: rest / 60_000_000 % 60,
            s: rest / 1_000_000 % 60,
            us: rest % 1_000_000,
            fold,
        })
    }
}

/// The ordinal of 9999-12-31.
pub(crate) const MAX_ORDINAL: i64 = 3_652_059;

/// The state of `v` if it is a date or datetime.
pub(crate) fn dt_of(v: &Value) -> Option<Dt> {
    state::<Dt>(v).map(|s| *s)
}

/// An int argument (not a float), as `__index__` would take it.
pub(crate) fn int_field(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Value::Bool(b) = v {
        return Ok(i64::from(b));
    }
    if let Some(b) = super::big_of(&v) {
        return Ok(num_traits::ToPrimitive::to_i64(&b).unwrap_or(i64::MAX));
    }
    if !matches!(v, Value::Float(_)) && !matches!(v.payload(), Some(Payload::Str(_))) {
        let key = vm.intern("__index__");
        if let Ok(f) = vm.get_attr(v, key) {
            let r = vm.call_value(f, &[], &[])?;
            if let Some(b) = super::big_of(&r) {
                return Ok(num_traits::ToPrimitive::to_i64(&b).unwrap_or(i64::MAX));
            }
        }
    }
    let msg = format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    );
    Err(vm.type_error(msg))
}

/// Checks a year, month and day with CPython's messages.
pub(crate) fn check_date(vm: &mut Vm, y: i64, m: i64, d: i64) -> PyResult<()> {
    if !(super::MINYEAR..=super::MAXYEAR).contains(&y) {
        return Err(vm.value_error(format!("year {y} is out of range")));
    }
    if !(1..=12).contains(&m) {
        return Err(vm.value_error("month must be in 1..12"));
    }
    if d < 1 || d > cal::days_in_month(y, m) {
        return Err(vm.value_error("day is out of range for month"));
    }
    Ok(())
}

/// A new date of class `cls` (a subclass goes through its own constructor).
pub(crate) fn new_date(vm: &mut Vm, cls: Gc<Object>, y: i64, m: i64, d: i64) -> PyResult<Value> {
    let base = class(vm, "date");
    if Gc::ptr_eq(cls, base) {
        return Ok(new_object(
            vm,
            cls,
            Dt {
                y,
                m,
                d,
                ..Dt::default()
            },
        ));
    }
    vm.call_value(
        Value::Obj(cls),
        &[Value::Int(y), Value::Int(m), Value::Int(d)],
        &[],
    )
}

pub(crate) fn make_class(vm: &mut Vm) -> Gc<Object> {
    let class = new_class(
        vm,
        "datetime",
        "date",
        Some(date_new),
        &[
            ("__repr__", date_repr),
            ("__str__", date_isoformat),
            ("isoformat", date_isoformat),
            ("__format__", date_format),
            ("ctime", date_ctime),
            ("strftime", date_strftime),
            ("timetuple", date_timetuple),
            ("toordinal", date_toordinal),
            ("weekday", date_weekday),
            ("isoweekday", date_isoweekday),
            ("isocalendar", date_isocalendar),
            ("replace", date_replace),
            ("__hash__", date_hash),
            ("__eq__", date_eq),
            ("__ne__", date_ne),
            ("__lt__", date_lt),
            ("__le__", date_le),
            ("__gt__", date_gt),
            ("__ge__", date_ge),
            ("__add__", date_add),
            ("__radd__", date_add),
            ("__sub__", date_sub),
            ("__reduce__", date_reduce),
        ],
    );
    getter(vm, class, "year", date_year);
    getter(vm, class, "month", date_month);
    getter(vm, class, "day", date_day);
    class_method(vm, class, "today", date_today);
    class_method(vm, class, "fromtimestamp", date_fromtimestamp);
    class_method(vm, class, "fromordinal", date_fromordinal);
    class_method(vm, class, "fromisoformat", date_fromisoformat);
    class_method(vm, class, "fromisocalendar", date_fromisocalendar);
    let doc = vm.new_str("date(year, month, day) --> date object");
    class_attr(vm, class, "__doc__", doc);
    class
}

pub(crate) fn add_constants(vm: &mut Vm, class: Gc<Object>) -> PyResult<()> {
    let min = new_object(
        vm,
        class,
        Dt {
            y: 1,
            m: 1,
            d: 1,
            ..Dt::default()
        },
    );
    let max = new_object(
        vm,
        class,
        Dt {
            y: 9999,
            m: 12,
            d: 31,
            ..Dt::default()
        },
    );
    let res = make_td(vm, US_PER_DAY)?;
    class_attr(vm, class, "min", min);
    class_attr(vm, class, "max", max);
    class_attr(vm, class, "resolution", res);
    Ok(())
}

const DATE_SIG: Sig = Sig {
    name: "date",
    module: "datetime",
    params: &["year", "month", "day"],
    posonly: 0,
    maxpos: 3,
    required: 3,
};

/// `date(year, month, day)`, or `date(state_bytes)` as pickles call it.
fn date_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let default = class(vm, "date");
    let cls = new_class_arg(args, default);
    let rest = args.get(1..).unwrap_or(&[]);
    if rest.len() == 1 && kw.is_empty() {
        if let Some(b) = state_bytes(rest[0]) {
            if b.len() == 4 && (1..=12).contains(&b[2]) {
                let y = i64::from(b[0]) * 256 + i64::from(b[1]);
                let (m, d) = (i64::from(b[2]), i64::from(b[3]));
                return Ok(new_object(
                    vm,
                    cls,
                    Dt {
                        y,
                        m,
                        d,
                        ..Dt::default()
                    },
                ));
            }
        }
    }
    let bound = bind(vm, &DATE_SIG, rest, kw)?;
    let y = int_field(vm, bound[0].unwrap_or(Value::None))?;
    let m = int_field(vm, bound[1].unwrap_or(Value::None))?;
    let d = int_field(vm, bound[2].unwrap_or(Value::None))?;
    check_date(vm, y, m, d)?;
    Ok(new_object(
        vm,
        cls,
        Dt {
            y,
            m,
            d,
            ..Dt::default()
        },
    ))
}

/// The bytes of a pickled state: a bytes object, or a str of code points below 256 (what
/// Python 2 pickles hold, read with `encoding='latin1'`).
pub(crate) fn state_bytes(v: Value) -> Option<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::Str(s)) => s
            .as_str()
            .chars()
            .map(|c| u8::try_from(u32::from(c)).ok())
            .collect(),
        _ => None,
    }
}

/// The state of `self`.
pub(crate) fn me(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<Dt> {
    match args.first().and_then(dt_of) {
        Some(d) => Ok(d),
        None => {
            let got = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
            let msg = format!(
                "descriptor '{method}' requires a 'datetime.date' object but received a '{got}'"
            );
            Err(vm.type_error(msg))
        }
    }
}

fn date_year(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(me(vm, args, "year")?.y))
}
fn date_month(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(me(vm, args, "month")?.m))
}
fn date_day(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(me(vm, args, "day")?.d))
}

fn date_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "__repr__")?;
    let prefix = repr_prefix(vm, args[0], "date");
    Ok(vm.new_str(format!("{prefix}({}, {}, {})", d.y, d.m, d.d)))
}

/// `YYYY-MM-DD`.
pub(crate) fn date_text(d: &Dt) -> String {
    format!("{:04}-{:02}-{:02}", d.y, d.m, d.d)
}

fn date_isoformat(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "isoformat")?;
    Ok(vm.new_str(date_text(&d)))
}

/// `format(x, spec)`: `str(x)` for an empty spec, else `x.strftime(spec)`.
pub(crate) fn date_format(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let me = args.first().copied().unwrap_or(Value::None);
    let spec = args.get(1).copied().unwrap_or(Value::None);
    let Some(s) = text(&spec) else {
        let msg = format!("must be str, not {}", vm.type_name(spec));
        return Err(vm.type_error(msg));
    };
    if s.is_empty() {
        return call_builtin(vm, "str", &[me]);
    }
    call_method(vm, me, "strftime", &[spec])
}

const DAY_NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTH_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `ctime()` text: `Sun Jun  9 01:21:11 1993`.
pub(crate) fn ctime_text(d: &Dt) -> String {
    let wd = cal::weekday(d.y, d.m, d.d) as usize;
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {:04}",
        DAY_NAMES[wd],
        MONTH_NAMES[(d.m - 1) as usize],
        d.d,
        d.h,
        d.mi,
        d.s,
        d.y
    )
}

fn date_ctime(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "ctime")?;
    Ok(vm.new_str(ctime_text(&d)))
}

/// A `time.struct_time` for `d` with the given DST flag.
pub(crate) fn struct_time(vm: &mut Vm, d: &Dt, dst: i64) -> PyResult<Value> {
    let wd = cal::weekday(d.y, d.m, d.d);
    let yday = cal::ymd_to_ord(d.y, d.m, d.d) - cal::ymd_to_ord(d.y, 1, 1) + 1;
    let items = vec![
        Value::Int(d.y),
        Value::Int(d.m),
        Value::Int(d.d),
        Value::Int(d.h),
        Value::Int(d.mi),
        Value::Int(d.s),
        Value::Int(wd),
        Value::Int(yday),
        Value::Int(dst),
    ];
    let t = vm.new_tuple(items);
    let time = import(vm, "time")?;
    let key = vm.intern("struct_time");
    let st = vm.get_attr(time, key)?;
    vm.call_value(st, &[t], &[])
}

/// Imports a module.
pub(crate) fn import(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let n = vm.intern(name);
    vm.import_name(n, Value::None, Value::Int(0))
}

fn date_timetuple(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "timetuple")?;
    let d = Dt {
        y: d.y,
        m: d.m,
        d: d.d,
        ..Dt::default()
    };
    struct_time(vm, &d, -1)
}

/// The one argument of `strftime(format)`.
pub(crate) fn strftime_arg(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    const SIG: Sig = Sig {
        name: "strftime",
        module: "datetime",
        params: &["format"],
        posonly: 0,
        maxpos: 1,
        required: 1,
    };
    let bound = bind(vm, &SIG, args.get(1..).unwrap_or(&[]), kw)?;
    Ok(bound[0].unwrap_or(Value::None))
}

/// `strftime(format)`: `time.strftime` over `timetuple()`, with `%z`, `%Z` and `%f`
/// replaced first from the object itself (as CPython does).
pub(crate) fn strftime_with(
    vm: &mut Vm,
    obj: Value,
    fmt: Value,
    tt: Value,
    fields: &Dt,
) -> PyResult<Value> {
    let Some(f) = text(&fmt) else {
        let msg = format!(
            "strftime() argument 1 must be str, not {}",
            vm.type_name(fmt)
        );
        return Err(vm.type_error(msg));
    };
    let mut out = String::new();
    let mut chars = f.chars().peekable();
    let mut zcache: Option<String> = None;
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('z') => {
                if zcache.is_none() {
                    zcache = Some(super::time::offset_for_strftime(vm, obj, "")?);
                }
                out.push_str(zcache.as_deref().unwrap_or(""));
            }
            Some('Z') => {
                // The name's own `replace` escapes it, as in CPython.
                if let Some(name) = super::time::tzname_value(vm, obj)? {
                    let pct = vm.new_str("%");
                    let pct2 = vm.new_str("%%");
                    let r = call_method(vm, name, "replace", &[pct, pct2])?;
                    match text(&r) {
                        Some(s) => out.push_str(&s),
                        None => {
                            return Err(vm.type_error("tzname.replace() did not return a string"))
                        }
                    }
                }
            }
            Some('f') => out.push_str(&format!("{:06}", fields.us)),
            Some(':') if chars.peek() == Some(&'z') => {
                chars.next();
                out.push_str(&super::time::offset_for_strftime(vm, obj, ":")?);
            }
            Some(o) => {
                out.push('%');
                out.push(o);
            }
            None => out.push('%'),
        }
    }
    let time = import(vm, "time")?;
    let key = vm.intern("strftime");
    let strftime = vm.get_attr(time, key)?;
    let f = vm.new_str(out);
    vm.call_value(strftime, &[f, tt], &[])
}

fn date_strftime(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "strftime")?;
    let fmt = strftime_arg(vm, args, kw)?;
    let tt = call_method(vm, args[0], "timetuple", &[])?;
    strftime_with(vm, args[0], fmt, tt, &d)
}

fn date_toordinal(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "toordinal")?;
    Ok(Value::Int(cal::ymd_to_ord(d.y, d.m, d.d)))
}

fn date_weekday(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "weekday")?;
    Ok(Value::Int(cal::weekday(d.y, d.m, d.d)))
}

fn date_isoweekday(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "isoweekday")?;
    Ok(Value::Int(cal::weekday(d.y, d.m, d.d) + 1))
}

fn date_isocalendar(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "isocalendar")?;
    let (y, w, wd) = cal::iso_calendar(d.y, d.m, d.d);
    let cls = Value::Obj(class(vm, "IsoCalendarDate"));
    vm.call_value(cls, &[Value::Int(y), Value::Int(w), Value::Int(wd)], &[])
}

const REPLACE_SIG: Sig = Sig {
    name: "replace",
    module: "datetime",
    params: &["year", "month", "day"],
    posonly: 0,
    maxpos: 3,
    required: 0,
};

fn date_replace(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "replace")?;
    let bound = bind(vm, &REPLACE_SIG, &args[1..], kw)?;
    let mut vals = [d.y, d.m, d.d];
    for (slot, v) in vals.iter_mut().zip(bound) {
        if let Some(v) = v {
            *slot = int_field(vm, v)?;
        }
    }
    check_date(vm, vals[0], vals[1], vals[2])?;
    let cls = vm.type_of(args[0]);
    new_date(vm, cls, vals[0], vals[1], vals[2])
}

fn date_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "__hash__")?;
    let t = vm.new_tuple(vec![Value::Int(d.y), Value::Int(d.m), Value::Int(d.d)]);
    call_builtin(vm, "hash", &[t])
}

/// Compares two dates; `NotImplemented` unless both are plain dates (a datetime compares
/// only with datetimes).
fn date_compare(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    op: fn(std::cmp::Ordering) -> bool,
) -> PyResult<Value> {
    let a = me(vm, args, name)?;
    let o = args.get(1).copied().unwrap_or(Value::None);
    let Some(b) = dt_of(&o) else {
        return Ok(vm.not_implemented());
    };
    let ord = (a.y, a.m, a.d).cmp(&(b.y, b.m, b.d));
    Ok(Value::Bool(op(ord)))
}

fn date_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    date_compare(vm, args, "__eq__", |o| o.is_eq())
}
fn date_ne(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    date_compare(vm, args, "__ne__", |o| o.is_ne())
}
fn date_lt(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    date_compare(vm, args, "__lt__", |o| o.is_lt())
}
fn date_le(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    date_compare(vm, args, "__le__", |o| o.is_le())
}
fn date_gt(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    date_compare(vm, args, "__gt__", |o| o.is_gt())
}
fn date_ge(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    date_compare(vm, args, "__ge__", |o| o.is_ge())
}

/// A date `days` days after `d`, of `d`'s class, or OverflowError.
fn shifted(vm: &mut Vm, me: Value, d: &Dt, days: i64) -> PyResult<Value> {
    let n = cal::ymd_to_ord(d.y, d.m, d.d) + days;
    if !(1..=MAX_ORDINAL).contains(&n) {
        return Err(vm.overflow_error("date value out of range"));
    }
    let (y, m, dd) = cal::ord_to_ymd(n);
    let cls = vm.type_of(me);
    new_date(vm, cls, y, m, dd)
}

fn date_add(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "__add__")?;
    match args.get(1).and_then(td_of) {
        Some(td) => shifted(vm, args[0], &d, td.days),
        None => Ok(vm.not_implemented()),
    }
}

fn date_sub(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "__sub__")?;
    let o = args.get(1).copied().unwrap_or(Value::None);
    if let Some(td) = td_of(&o) {
        return shifted(vm, args[0], &d, -td.days);
    }
    if let Some(e) = dt_of(&o) {
        if is_kind(vm, o, "datetime") {
            return Ok(vm.not_implemented());
        }
        let days = cal::ymd_to_ord(d.y, d.m, d.d) - cal::ymd_to_ord(e.y, e.m, e.d);
        return make_td(vm, i128::from(days) * US_PER_DAY);
    }
    Ok(vm.not_implemented())
}

fn date_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "__reduce__")?;
    let bytes = vec![(d.y >> 8) as u8, (d.y & 0xff) as u8, d.m as u8, d.d as u8];
    let b = krait_vm::builtins::native::bytes(vm, bytes);
    let t = vm.new_tuple(vec![b]);
    let cls = type_value(vm, args[0]);
    Ok(vm.new_tuple(vec![cls, t]))
}

/// The class argument of a class method.
pub(crate) fn cls_arg(vm: &mut Vm, args: &[Value], default: &str) -> Gc<Object> {
    let d = class(vm, default);
    new_class_arg(args, d)
}

fn date_today(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let time = import(vm, "time")?;
    let key = vm.intern("time");
    let f = vm.get_attr(time, key)?;
    let now = vm.call_value(f, &[], &[])?;
    let cls = args.first().copied().unwrap_or(Value::None);
    call_method(vm, cls, "fromtimestamp", &[now])
}

/// The local broken-down time of a timestamp: `(year, month, day, hour, minute, second)`.
pub(crate) fn local_fields(vm: &mut Vm, secs: Value) -> PyResult<[i64; 6]> {
    let time = import(vm, "time")?;
    let key = vm.intern("localtime");
    let f = vm.get_attr(time, key)?;
    let st = vm.call_value(f, &[secs], &[])?;
    let mut out = [0i64; 6];
    for (i, slot) in out.iter_mut().enumerate() {
        let idx = Value::Int(i as i64);
        let item = call_method(vm, st, "__getitem__", &[idx])?;
        *slot = int_field(vm, item)?;
    }
    Ok(out)
}

fn date_fromtimestamp(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "date");
    let Some(&t) = args.get(1) else {
        return Err(vm.type_error("fromtimestamp() takes exactly one argument (0 given)"));
    };
    let (secs, _) = super::datetime_type::split_timestamp(vm, t)?;
    let secs = int_value(vm, i128::from(secs));
    let f = local_fields(vm, secs)?;
    new_date(vm, cls, f[0], f[1], f[2])
}

fn date_fromordinal(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "date");
    let Some(&n) = args.get(1) else {
        return Err(vm.type_error("fromordinal() takes exactly one argument (0 given)"));
    };
    let n = int_field(vm, n)?;
    if n < 1 {
        return Err(vm.value_error("ordinal must be >= 1"));
    }
    if n > MAX_ORDINAL {
        return Err(vm.value_error(format!("year {} is out of range", n / 365 + 1)));
    }
    let (y, m, d) = cal::ord_to_ymd(n);
    new_date(vm, cls, y, m, d)
}

fn date_fromisoformat(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "date");
    let s = args.get(1).copied().unwrap_or(Value::None);
    let Some(t) = text(&s) else {
        return Err(vm.type_error("fromisoformat: argument must be str"));
    };
    match super::iso::parse_date(&t) {
        Some((y, m, d)) if t.is_ascii() => {
            check_date(vm, y, m, d)?;
            new_date(vm, cls, y, m, d)
        }
        Some(_) | None => {
            let r = super::repr_of(vm, s)?;
            Err(vm.value_error(format!("Invalid isoformat string: {r}")))
        }
    }
}

fn date_fromisocalendar(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "date");
    const SIG: Sig = Sig {
        name: "fromisocalendar",
        module: "datetime",
        params: &["year", "week", "day"],
        posonly: 0,
        maxpos: 3,
        required: 3,
    };
    let bound = bind(vm, &SIG, &args[1..], kw)?;
    let y = int_field(vm, bound[0].unwrap_or(Value::None))?;
    let w = int_field(vm, bound[1].unwrap_or(Value::None))?;
    let d = int_field(vm, bound[2].unwrap_or(Value::None))?;
    let (y, m, d) = iso_to_ymd(vm, y, w, d)?;
    new_date(vm, cls, y, m, d)
}

/// The date of an ISO year, week and weekday, with CPython's messages.
pub(crate) fn iso_to_ymd(vm: &mut Vm, y: i64, w: i64, d: i64) -> PyResult<(i64, i64, i64)> {
    if !(super::MINYEAR..=super::MAXYEAR).contains(&y) {
        return Err(vm.value_error(format!("Year is out of range: {y}")));
    }
    if w <= 0 || w >= 53 && !(w == 53 && cal::has_week_53(y)) {
        return Err(vm.value_error(format!("Invalid week: {w}")));
    }
    if !(1..=7).contains(&d) {
        return Err(vm.value_error(format!("Invalid day: {d} (range is [1, 7])")));
    }
    let n = cal::iso_to_ord(y, w, d);
    if !(1..=MAX_ORDINAL).contains(&n) {
        return Err(vm.value_error(format!("Year is out of range: {y}")));
    }
    Ok(cal::ord_to_ymd(n))
}
