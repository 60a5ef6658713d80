//! `datetime`: a `date` with a time of day, an optional `tzinfo` and `fold`. Naive values
//! compare and subtract field by field; aware ones through their UTC offsets; mixing the
//! two raises CPython's TypeErrors. Local time (`fromtimestamp`, `timestamp`, naive
//! `astimezone`) goes through the `time` module's `localtime` and `mktime`.

use krait_gc::Gc;

use krait_vm::builtins::native::{
    bind, class_attr, class_method, getter, new_object, new_subclass, Sig,
};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use super::date::{
    check_date, cls_arg, ctime_text, date_text, dt_of, import, int_field, local_fields, new_date,
    struct_time, Dt,
};
use super::time::{
    call_offset, check_time, check_tzinfo, hms_repr, new_time, repr_tail, set_tzinfo, time_text,
    tm_of, tzinfo_of, tzname_of, utcoffset_of, Tm,
};
use super::timedelta::{make as make_td, td_of, US_PER_DAY};
use super::tz::offset_text;
use super::{call_builtin, call_method, class, int_value, repr_of, repr_prefix, text, type_value};

/// Microseconds from 0001-01-01 (ordinal 1 at midnight, counted from ordinal 0) to the
/// Unix epoch.
const EPOCH_US: i128 = 719_163 * US_PER_DAY;

pub(crate) fn make_class(vm: &mut Vm, date: Gc<Object>) -> Gc<Object> {
    let class = new_subclass(
        vm,
        "datetime",
        "datetime",
        date,
        Some(dt_new),
        &[
            ("__repr__", dt_repr),
            ("__str__", dt_str),
            ("isoformat", dt_isoformat),
            ("ctime", dt_ctime),
            ("timetuple", dt_timetuple),
            ("utctimetuple", dt_utctimetuple),
            ("timestamp", dt_timestamp),
            ("date", dt_date),
            ("time", dt_time),
            ("timetz", dt_timetz),
            ("replace", dt_replace),
            ("astimezone", dt_astimezone),
            ("utcoffset", dt_utcoffset),
            ("dst", dt_dst),
            ("tzname", dt_tzname),
            ("__hash__", dt_hash),
            ("__eq__", dt_eq),
            ("__ne__", dt_ne),
            ("__lt__", dt_lt),
            ("__le__", dt_le),
            ("__gt__", dt_gt),
            ("__ge__", dt_ge),
            ("__add__", dt_add),
            ("__radd__", dt_add),
            ("__sub__", dt_sub),
            ("__reduce__", dt_reduce),
            ("__reduce_ex__", dt_reduce_ex),
        ],
    );
    getter(vm, class, "hour", dt_hour);
    getter(vm, class, "minute", dt_minute);
    getter(vm, class, "second", dt_second);
    getter(vm, class, "microsecond", dt_microsecond);
    getter(vm, class, "fold", dt_fold);
    getter(vm, class, "tzinfo", dt_tzinfo);
    class_method(vm, class, "now", dt_now);
    class_method(vm, class, "utcnow", dt_utcnow);
    class_method(vm, class, "fromtimestamp", dt_fromtimestamp);
    class_method(vm, class, "utcfromtimestamp", dt_utcfromtimestamp);
    class_method(vm, class, "combine", dt_combine);
    class_method(vm, class, "fromisoformat", dt_fromisoformat);
    class_method(vm, class, "strptime", dt_strptime);
    let doc = vm.new_str("datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n\nThe year, month and day arguments are required. tzinfo may be None, or an\ninstance of a tzinfo subclass. The remaining arguments may be ints.\n");
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

/// A new datetime of class `cls` (a subclass through its constructor).
pub(crate) fn new_datetime(vm: &mut Vm, cls: Gc<Object>, d: Dt, tz: Value) -> PyResult<Value> {
    let base = class(vm, "datetime");
    if Gc::ptr_eq(cls, base) {
        let v = new_object(vm, cls, d);
        set_tzinfo(vm, v, tz)?;
        return Ok(v);
    }
    let fold = vm.intern("fold");
    let args = [
        Value::Int(d.y),
        Value::Int(d.m),
        Value::Int(d.d),
        Value::Int(d.h),
        Value::Int(d.mi),
        Value::Int(d.s),
        Value::Int(d.us),
        tz,
    ];
    vm.call_value(Value::Obj(cls), &args, &[(fold, Value::Int(d.fold))])
}

const DT_SIG: Sig = Sig {
    name: "datetime",
    module: "datetime",
    params: &[
        "year",
        "month",
        "day",
        "hour",
        "minute",
        "second",
        "microsecond",
        "tzinfo",
        "fold",
    ],
    posonly: 0,
    maxpos: 8,
    required: 3,
};

fn dt_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "datetime");
    let rest = args.get(1..).unwrap_or(&[]);
    if (rest.len() == 1 || rest.len() == 2) && kw.is_empty() {
        if let Some(b) = super::date::state_bytes(rest[0]) {
            if b.len() == 10 && (1..=12).contains(&(b[2] & 0x7f)) {
                let tz = rest.get(1).copied().unwrap_or(Value::None);
                if check_tzinfo(vm, tz).is_err() {
                    return Err(vm.type_error("bad tzinfo state arg"));
                }
                let d = Dt {
                    y: i64::from(b[0]) * 256 + i64::from(b[1]),
                    m: i64::from(b[2] & 0x7f),
                    d: i64::from(b[3]),
                    h: i64::from(b[4]),
                    mi: i64::from(b[5]),
                    s: i64::from(b[6]),
                    us: (i64::from(b[7]) << 16) | (i64::from(b[8]) << 8) | i64::from(b[9]),
                    fold: i64::from(b[2] >> 7),
                };
                let v = new_object(vm, cls, d);
                set_tzinfo(vm, v, tz)?;
                return Ok(v);
            }
        }
    }
    let bound = bind(vm, &DT_SIG, rest, kw)?;
    let mut f = [0i64; 7];
    for (slot, v) in f.iter_mut().zip(&bound) {
        if let Some(v) = v {
            *slot = int_field(vm, *v)?;
        }
    }
    let tz = bound[7].unwrap_or(Value::None);
    let fold = match bound[8] {
        Some(v) => int_field(vm, v)?,
        None => 0,
    };
    check_date(vm, f[0], f[1], f[2])?;
    check_time(vm, f[3], f[4], f[5], f[6], fold)?;
    check_tzinfo(vm, tz)?;
    let d = Dt {
        y: f[0],
        m: f[1],
        d: f[2],
        h: f[3],
        mi: f[4],
        s: f[5],
        us: f[6],
        fold,
    };
    let v = new_object(vm, cls, d);
    set_tzinfo(vm, v, tz)?;
    Ok(v)
}

fn me(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<Dt> {
    let is_dt = args
        .first()
        .is_some_and(|v| super::is_kind(vm, *v, "datetime"));
    match args.first().and_then(dt_of) {
        Some(d) if is_dt => Ok(d),
        _ => {
            let got = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
            let msg = format!(
                "descriptor '{method}' requires a 'datetime.datetime' object but received a '{got}'"
            );
            Err(vm.type_error(msg))
        }
    }
}

fn dt_hour(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(me(vm, args, "hour")?.h))
}
fn dt_minute(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(me(vm, args, "minute")?.mi))
}
fn dt_second(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(me(vm, args, "second")?.s))
}
fn dt_microsecond(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(me(vm, args, "microsecond")?.us))
}
fn dt_fold(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(me(vm, args, "fold")?.fold))
}
fn dt_tzinfo(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    me(vm, args, "tzinfo")?;
    tzinfo_of(vm, args[0])
}

fn dt_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "__repr__")?;
    let prefix = repr_prefix(vm, args[0], "datetime");
    let tail = repr_tail(vm, args[0], d.fold)?;
    let body = hms_repr(d.h, d.mi, d.s, d.us);
    Ok(vm.new_str(format!("{prefix}({}, {}, {}, {body}{tail})", d.y, d.m, d.d)))
}

fn iso(vm: &mut Vm, obj: Value, d: &Dt, sep: &str, spec: &str) -> PyResult<String> {
    let mut out = date_text(d);
    out.push_str(sep);
    out.push_str(&time_text(vm, d.h, d.mi, d.s, d.us, spec)?);
    if let Some(off) = utcoffset_of(vm, obj)? {
        out.push_str(&offset_text(off as i64, ":"));
    }
    Ok(out)
}

fn dt_str(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "__str__")?;
    let s = iso(vm, args[0], &d, " ", "auto")?;
    Ok(vm.new_str(s))
}

fn dt_isoformat(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "isoformat")?;
    const SIG: Sig = Sig {
        name: "isoformat",
        module: "datetime",
        params: &["sep", "timespec"],
        posonly: 0,
        maxpos: 2,
        required: 0,
    };
    let bound = bind(vm, &SIG, &args[1..], kw)?;
    let sep = match bound[0] {
        None => "T".to_owned(),
        Some(v) => match text(&v) {
            Some(s) if s.chars().count() == 1 => s,
            _ => {
                let msg = format!(
                    "isoformat() argument 1 must be a unicode character, not {}",
                    vm.type_name(v)
                );
                return Err(vm.type_error(msg));
            }
        },
    };
    let spec = match bound[1] {
        None => "auto".to_owned(),
        Some(v) => match text(&v) {
            Some(s) => s,
            None => {
                let msg = format!(
                    "isoformat() argument 2 must be str, not {}",
                    vm.type_name(v)
                );
                return Err(vm.type_error(msg));
            }
        },
    };
    let s = iso(vm, args[0], &d, &sep, &spec)?;
    Ok(vm.new_str(s))
}

fn dt_ctime(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "ctime")?;
    Ok(vm.new_str(ctime_text(&d)))
}

fn dt_timetuple(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "timetuple")?;
    let tz = tzinfo_of(vm, args[0])?;
    let flag = match call_offset(vm, tz, "dst", args[0])? {
        None => -1,
        Some(0) => 0,
        Some(_) => 1,
    };
    struct_time(vm, &d, flag)
}

fn dt_utctimetuple(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "utctimetuple")?;
    let d = match utcoffset_of(vm, args[0])? {
        None => d,
        Some(off) => match Dt::from_total_us(d.total_us() - off, 0) {
            Some(u) => u,
            None => return Err(vm.overflow_error("date value out of range")),
        },
    };
    struct_time(vm, &d, 0)
}

/// Local time as seconds since the epoch (`time.mktime` over the fields).
fn local_to_epoch(vm: &mut Vm, d: &Dt) -> PyResult<i128> {
    let st = struct_time(vm, d, -1)?;
    let time = import(vm, "time")?;
    let key = vm.intern("mktime");
    let f = vm.get_attr(time, key)?;
    let r = vm.call_value(f, &[st], &[])?;
    let r = call_builtin(vm, "int", &[r])?;
    let n = int_field(vm, r)?;
    Ok(i128::from(n))
}

fn dt_timestamp(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "timestamp")?;
    let us = match utcoffset_of(vm, args[0])? {
        Some(off) => d.total_us() - off - EPOCH_US,
        None => {
            let secs = local_to_epoch(vm, &Dt { us: 0, ..d })?;
            secs * 1_000_000 + i128::from(d.us)
        }
    };
    let x = int_value(vm, us);
    vm.binary_op(
        x,
        Value::Int(1_000_000),
        krait_bytecode::BinaryOpKind::TrueDivide,
    )
}

fn dt_date(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "date")?;
    let cls = class(vm, "date");
    new_date(vm, cls, d.y, d.m, d.d)
}

fn time_part(d: &Dt) -> Tm {
    Tm {
        h: d.h,
        mi: d.mi,
        s: d.s,
        us: d.us,
        fold: d.fold,
    }
}

fn dt_time(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "time")?;
    let cls = class(vm, "time");
    new_time(vm, cls, time_part(&d), Value::None)
}

fn dt_timetz(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "timetz")?;
    let cls = class(vm, "time");
    let tz = tzinfo_of(vm, args[0])?;
    new_time(vm, cls, time_part(&d), tz)
}

fn dt_replace(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "replace")?;
    const SIG: Sig = Sig {
        name: "replace",
        module: "datetime",
        params: &[
            "year",
            "month",
            "day",
            "hour",
            "minute",
            "second",
            "microsecond",
            "tzinfo",
            "fold",
        ],
        posonly: 0,
        maxpos: 8,
        required: 0,
    };
    let bound = bind(vm, &SIG, &args[1..], kw)?;
    let mut f = [d.y, d.m, d.d, d.h, d.mi, d.s, d.us];
    for (slot, v) in f.iter_mut().zip(&bound) {
        if let Some(v) = v {
            *slot = int_field(vm, *v)?;
        }
    }
    let tz = match bound[7] {
        Some(v) => v,
        None => tzinfo_of(vm, args[0])?,
    };
    let fold = match bound[8] {
        Some(v) => int_field(vm, v)?,
        None => d.fold,
    };
    check_date(vm, f[0], f[1], f[2])?;
    check_time(vm, f[3], f[4], f[5], f[6], fold)?;
    check_tzinfo(vm, tz)?;
    let nd = Dt {
        y: f[0],
        m: f[1],
        d: f[2],
        h: f[3],
        mi: f[4],
        s: f[5],
        us: f[6],
        fold,
    };
    let cls = vm.type_of(args[0]);
    new_datetime(vm, cls, nd, tz)
}

/// The local time zone at `secs` since the epoch: a fixed `timezone` with the local
/// offset and zone name there.
fn local_timezone(vm: &mut Vm, secs: i128) -> PyResult<Value> {
    let time = import(vm, "time")?;
    let key = vm.intern("localtime");
    let f = vm.get_attr(time, key)?;
    let s = int_value(vm, secs);
    let st = vm.call_value(f, &[s], &[])?;
    let key = vm.intern("tm_gmtoff");
    let off = vm.get_attr(st, key)?;
    let key = vm.intern("tm_zone");
    let zone = vm.get_attr(st, key)?;
    let off = int_field(vm, off)?;
    let td = super::timedelta::Td::from_us(i128::from(off) * 1_000_000);
    let cls = class(vm, "timezone");
    let name = text(&zone);
    let offv = make_td(vm, i128::from(off) * 1_000_000)?;
    super::tz::new_timezone(vm, cls, td, name, offv)
}

fn dt_astimezone(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "astimezone")?;
    const SIG: Sig = Sig {
        name: "astimezone",
        module: "datetime",
        params: &["tz"],
        posonly: 0,
        maxpos: 1,
        required: 0,
    };
    let bound = bind(vm, &SIG, &args[1..], kw)?;
    let tz = bound[0].unwrap_or(Value::None);
    check_tzinfo(vm, tz)?;
    let mine = tzinfo_of(vm, args[0])?;
    if !matches!(tz, Value::None) && mine.is(tz) {
        return Ok(args[0]);
    }
    let off = match utcoffset_of(vm, args[0])? {
        Some(off) => off,
        None => {
            let secs = local_to_epoch(vm, &Dt { us: 0, ..d })?;
            let ltz = local_timezone(vm, secs)?;
            let o = call_method(vm, ltz, "utcoffset", &[Value::None])?;
            td_of(&o).map(|t| t.total_us()).unwrap_or(0)
        }
    };
    let utc_total = d.total_us() - off;
    let tz = if matches!(tz, Value::None) {
        local_timezone(vm, utc_total.div_euclid(1_000_000) - EPOCH_US / 1_000_000)?
    } else {
        tz
    };
    let Some(u) = Dt::from_total_us(utc_total, 0) else {
        return Err(vm.overflow_error("date value out of range"));
    };
    let cls = vm.type_of(args[0]);
    let utc = new_datetime(vm, cls, u, tz)?;
    call_method(vm, tz, "fromutc", &[utc])
}

fn dt_utcoffset(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    me(vm, args, "utcoffset")?;
    match utcoffset_of(vm, args[0])? {
        Some(us) => make_td(vm, us),
        None => Ok(Value::None),
    }
}

fn dt_dst(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    me(vm, args, "dst")?;
    let tz = tzinfo_of(vm, args[0])?;
    match call_offset(vm, tz, "dst", args[0])? {
        Some(us) => make_td(vm, us),
        None => Ok(Value::None),
    }
}

fn dt_tzname(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    me(vm, args, "tzname")?;
    match tzname_of(vm, args[0])? {
        Some(s) => Ok(vm.new_str(s)),
        None => Ok(Value::None),
    }
}

fn dt_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "__hash__")?;
    let key = if d.fold != 0 {
        let cls = vm.type_of(args[0]);
        let tz = tzinfo_of(vm, args[0])?;
        let zero = new_datetime(vm, cls, Dt { fold: 0, ..d }, tz)?;
        let off = utcoffset_of(vm, zero)?;
        d.total_us() - off.unwrap_or(0)
    } else {
        d.total_us() - utcoffset_of(vm, args[0])?.unwrap_or(0)
    };
    let k = int_value(vm, key);
    call_builtin(vm, "hash", &[k])
}

fn dt_compare(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    op: fn(std::cmp::Ordering) -> bool,
) -> PyResult<Value> {
    let a = me(vm, args, name)?;
    let o = args.get(1).copied().unwrap_or(Value::None);
    let b = match dt_of(&o) {
        Some(b) if super::is_kind(vm, o, "datetime") => b,
        Some(_) if name == "__eq__" => return Ok(Value::Bool(false)),
        Some(_) if name == "__ne__" => return Ok(Value::Bool(true)),
        Some(_) => {
            let a_name = repr_prefix(vm, args[0], "datetime");
            let o_name = repr_prefix(vm, o, "date");
            let msg = format!("can't compare {a_name} to {o_name}");
            return Err(vm.type_error(msg));
        }
        _ => return Ok(vm.not_implemented()),
    };
    let fields = |d: &Dt| d.total_us();
    let (ta, tb) = (tzinfo_of(vm, args[0])?, tzinfo_of(vm, o)?);
    if ta.is(tb) {
        return Ok(Value::Bool(op(fields(&a).cmp(&fields(&b)))));
    }
    let oa = utcoffset_of(vm, args[0])?;
    let ob = utcoffset_of(vm, o)?;
    let equality = name == "__eq__" || name == "__ne__";
    if let (Some(_), Some(_), true) = (oa, ob, equality) {
        // PEP 495: a time whose offset depends on its fold never equals one in another zone.
        if fold_matters(vm, args[0], &a, oa)? || fold_matters(vm, o, &b, ob)? {
            return Ok(Value::Bool(name == "__ne__"));
        }
    }
    match (oa, ob) {
        (Some(x), Some(y)) => Ok(Value::Bool(op((fields(&a) - x).cmp(&(fields(&b) - y))))),
        (None, None) => Ok(Value::Bool(op(fields(&a).cmp(&fields(&b))))),
        _ if name == "__eq__" => Ok(Value::Bool(false)),
        _ if name == "__ne__" => Ok(Value::Bool(true)),
        _ => Err(vm.type_error("can't compare offset-naive and offset-aware datetimes")),
    }
}

/// Whether flipping `fold` changes the UTC offset of `obj`.
fn fold_matters(vm: &mut Vm, obj: Value, d: &Dt, off: Option<i128>) -> PyResult<bool> {
    let tz = tzinfo_of(vm, obj)?;
    let cls = class(vm, "datetime");
    let flipped = new_datetime(
        vm,
        cls,
        Dt {
            fold: 1 - d.fold,
            ..*d
        },
        tz,
    )?;
    let other = call_offset(vm, tz, "utcoffset", flipped)?;
    Ok(other != off)
}

fn dt_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    dt_compare(vm, args, "__eq__", |o| o.is_eq())
}
fn dt_ne(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    dt_compare(vm, args, "__ne__", |o| o.is_ne())
}
fn dt_lt(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    dt_compare(vm, args, "__lt__", |o| o.is_lt())
}
fn dt_le(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    dt_compare(vm, args, "__le__", |o| o.is_le())
}
fn dt_gt(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    dt_compare(vm, args, "__gt__", |o| o.is_gt())
}
fn dt_ge(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    dt_compare(vm, args, "__ge__", |o| o.is_ge())
}

fn shifted(vm: &mut Vm, me: Value, d: &Dt, us: i128) -> PyResult<Value> {
    let Some(n) = Dt::from_total_us(d.total_us() + us, 0) else {
        return Err(vm.overflow_error("date value out of range"));
    };
    let cls = vm.type_of(me);
    let tz = tzinfo_of(vm, me)?;
    new_datetime(vm, cls, n, tz)
}

fn dt_add(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = me(vm, args, "__add__")?;
    match args.get(1).and_then(td_of) {
        Some(td) => shifted(vm, args[0], &d, td.total_us()),
        None => Ok(vm.not_implemented()),
    }
}

fn dt_sub(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let a = me(vm, args, "__sub__")?;
    let o = args.get(1).copied().unwrap_or(Value::None);
    if let Some(td) = td_of(&o) {
        return shifted(vm, args[0], &a, -td.total_us());
    }
    let Some(b) = dt_of(&o).filter(|_| super::is_kind(vm, o, "datetime")) else {
        return Ok(vm.not_implemented());
    };
    let (ta, tb) = (tzinfo_of(vm, args[0])?, tzinfo_of(vm, o)?);
    if ta.is(tb) {
        return make_td(vm, a.total_us() - b.total_us());
    }
    let oa = utcoffset_of(vm, args[0])?;
    let ob = utcoffset_of(vm, o)?;
    match (oa, ob) {
        (Some(x), Some(y)) => make_td(vm, (a.total_us() - x) - (b.total_us() - y)),
        (None, None) => make_td(vm, a.total_us() - b.total_us()),
        _ => Err(vm.type_error("can't subtract offset-naive and offset-aware datetimes")),
    }
}

fn reduce_with(vm: &mut Vm, args: &[Value], proto: i64) -> PyResult<Value> {
    let d = me(vm, args, "__reduce_ex__")?;
    let mut m = d.m as u8;
    if d.fold != 0 && proto > 3 {
        m |= 0x80;
    }
    let bytes = vec![
        (d.y >> 8) as u8,
        (d.y & 0xff) as u8,
        m,
        d.d as u8,
        d.h as u8,
        d.mi as u8,
        d.s as u8,
        (d.us >> 16) as u8,
        (d.us >> 8 & 0xff) as u8,
        (d.us & 0xff) as u8,
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

fn dt_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    reduce_with(vm, args, 2)
}

fn dt_reduce_ex(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let proto = match args.get(1) {
        Some(&v) => int_field(vm, v)?,
        None => 2,
    };
    reduce_with(vm, args, proto)
}

/// A timestamp as whole seconds and microseconds, rounding half to even.
pub(crate) fn split_timestamp(vm: &mut Vm, t: Value) -> PyResult<(i64, i64)> {
    if let Some(b) = super::big_of(&t) {
        return match num_traits::ToPrimitive::to_i64(&b) {
            Some(n) => Ok((n, 0)),
            None => Err(vm.overflow_error("timestamp out of range for platform time_t")),
        };
    }
    let f = match t {
        Value::Float(f) => f,
        _ => match t.payload() {
            Some(Payload::Float(f)) => *f,
            _ => {
                let msg = format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(t)
                );
                return Err(vm.type_error(msg));
            }
        },
    };
    if f.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if !f.is_finite() || f.abs() > 1e18 {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    let mut secs = f.floor();
    let frac = f - secs;
    let mut us = (frac * 1e6).round_ties_even();
    if us >= 1e6 {
        us -= 1e6;
        secs += 1.0;
    }
    Ok((secs as i64, us as i64))
}

/// The datetime `secs` + `us` after the epoch in UTC, or in local time.
fn from_epoch(vm: &mut Vm, secs: i64, us: i64, local: bool) -> PyResult<Dt> {
    if local {
        let s = Value::Int(secs);
        let f = local_fields(vm, s)?;
        check_date(vm, f[0], f[1], f[2]).map_err(|_| vm.value_error("year is out of range"))?;
        return Ok(Dt {
            y: f[0],
            m: f[1],
            d: f[2],
            h: f[3],
            mi: f[4],
            s: f[5].min(59),
            us,
            fold: 0,
        });
    }
    let total = EPOCH_US + i128::from(secs) * 1_000_000 + i128::from(us);
    match Dt::from_total_us(total, 0) {
        Some(d) => Ok(d),
        None => Err(vm.value_error(format!("year {} is out of range", 1970 + secs / 31_556_952))),
    }
}

const TS_SIG: Sig = Sig {
    name: "fromtimestamp",
    module: "datetime",
    params: &["timestamp", "tz"],
    posonly: 0,
    maxpos: 2,
    required: 1,
};

fn dt_fromtimestamp(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "datetime");
    let bound = bind(vm, &TS_SIG, &args[1..], kw)?;
    let t = bound[0].unwrap_or(Value::None);
    let tz = bound[1].unwrap_or(Value::None);
    check_tzinfo(vm, tz)?;
    let (secs, us) = split_timestamp(vm, t)?;
    if matches!(tz, Value::None) {
        let d = from_epoch(vm, secs, us, true)?;
        return new_datetime(vm, cls, d, Value::None);
    }
    let d = from_epoch(vm, secs, us, false)?;
    let utc = new_datetime(vm, cls, d, tz)?;
    call_method(vm, tz, "fromutc", &[utc])
}

fn dt_utcfromtimestamp(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "datetime");
    if !kw.is_empty() {
        return Err(vm.type_error("utcfromtimestamp() takes no keyword arguments"));
    }
    if args.len() != 2 {
        let msg = format!(
            "utcfromtimestamp() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        );
        return Err(vm.type_error(msg));
    }
    let t = args[1];
    let (secs, us) = split_timestamp(vm, t)?;
    let d = from_epoch(vm, secs, us, false)?;
    new_datetime(vm, cls, d, Value::None)
}

fn now_value(vm: &mut Vm) -> PyResult<Value> {
    let time = import(vm, "time")?;
    let key = vm.intern("time");
    let f = vm.get_attr(time, key)?;
    vm.call_value(f, &[], &[])
}

fn dt_now(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = args.first().copied().unwrap_or(Value::None);
    const SIG: Sig = Sig {
        name: "now",
        module: "datetime",
        params: &["tz"],
        posonly: 0,
        maxpos: 1,
        required: 0,
    };
    let bound = bind(vm, &SIG, &args[1..], kw)?;
    let tz = bound[0].unwrap_or(Value::None);
    let t = now_value(vm)?;
    call_method(vm, cls, "fromtimestamp", &[t, tz])
}

fn dt_utcnow(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = args.first().copied().unwrap_or(Value::None);
    if !kw.is_empty() {
        return Err(vm.type_error("utcnow() takes no keyword arguments"));
    }
    if args.len() > 1 {
        let msg = format!("utcnow() takes no arguments ({} given)", args.len() - 1);
        return Err(vm.type_error(msg));
    }
    let t = now_value(vm)?;
    call_method(vm, cls, "utcfromtimestamp", &[t])
}

fn dt_combine(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "datetime");
    const SIG: Sig = Sig {
        name: "combine",
        module: "datetime",
        params: &["date", "time", "tzinfo"],
        posonly: 0,
        maxpos: 3,
        required: 2,
    };
    let bound = bind(vm, &SIG, &args[1..], kw)?;
    let dv = bound[0].unwrap_or(Value::None);
    let tv = bound[1].unwrap_or(Value::None);
    let Some(d) = dt_of(&dv) else {
        let msg = format!(
            "combine() argument 1 must be datetime.date, not {}",
            vm.type_name(dv)
        );
        return Err(vm.type_error(msg));
    };
    let Some(t) = tm_of(&tv) else {
        let msg = format!(
            "combine() argument 2 must be datetime.time, not {}",
            vm.type_name(tv)
        );
        return Err(vm.type_error(msg));
    };
    let tz = match bound[2] {
        Some(v) => v,
        None => tzinfo_of(vm, tv)?,
    };
    check_tzinfo(vm, tz)?;
    let nd = Dt {
        y: d.y,
        m: d.m,
        d: d.d,
        h: t.h,
        mi: t.mi,
        s: t.s,
        us: t.us,
        fold: t.fold,
    };
    new_datetime(vm, cls, nd, tz)
}

fn dt_fromisoformat(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = cls_arg(vm, args, "datetime");
    let s = args.get(1).copied().unwrap_or(Value::None);
    let Some(t) = text(&s) else {
        return Err(vm.type_error("fromisoformat: argument must be str"));
    };
    let bad = |vm: &mut Vm| -> PyResult<Value> {
        let r = repr_of(vm, s)?;
        Err(vm.value_error(format!("Invalid isoformat string: {r}")))
    };
    let Some(n) = super::iso::date_len(t.as_bytes()) else {
        return bad(vm);
    };
    let Some((y, m, d)) = t.get(..n).and_then(super::iso::parse_date) else {
        return bad(vm);
    };
    let (mut h, mut mi, mut sec, mut us, mut offset) = (0, 0, 0, 0, None);
    if t.len() > n {
        // The separator may be any one character.
        let mut after = t[n..].chars();
        after.next();
        let rest = after.as_str();
        match super::iso::parse_time(rest) {
            Some(p) => {
                (h, mi, sec, us, offset) = (p.h, p.mi, p.s, p.us, p.offset);
            }
            None => return bad(vm),
        }
    }
    check_date(vm, y, m, d)?;
    check_time(vm, h, mi, sec, us, 0)?;
    let tz = super::iso::tz_value(vm, offset)?;
    let nd = Dt {
        y,
        m,
        d,
        h,
        mi,
        s: sec,
        us,
        fold: 0,
    };
    new_datetime(vm, cls, nd, tz)
}

fn dt_strptime(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = args.first().copied().unwrap_or(Value::None);
    if args.len() != 3 {
        let msg = format!(
            "strptime() takes exactly 2 arguments ({} given)",
            args.len().saturating_sub(1)
        );
        return Err(vm.type_error(msg));
    }
    let m = import(vm, "_strptime")?;
    call_method(vm, m, "_strptime_datetime", &[cls, args[1], args[2]])
}
