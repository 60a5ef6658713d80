//! `_datetime`: the classes `datetime` takes from C in CPython, written natively. This
//! file makes the module and holds what the classes share (their registry, argument
//! helpers, calls into `builtins`); each class lives in its own file. Which classes the
//! module exports is listed in [`create`]: `datetime.py` keeps its pure-Python version of
//! any class not exported here, and its code works with the native ones through their
//! public interface.

mod cal;
mod date;
mod datetime_type;
mod iso;
mod time;
mod timedelta;
mod tz;

use krait_gc::Gc;
use num_bigint::BigInt;

use krait_vm::builtins::native::{keep_class, kept_class};
use krait_vm::builtins::new_module;
use krait_vm::error::PyResult;
use krait_vm::interp::arith::as_int;
use krait_vm::object::{Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// The smallest year a `date` may have.
pub(crate) const MINYEAR: i64 = 1;
/// The largest year a `date` may have.
pub(crate) const MAXYEAR: i64 = 9999;

const DOC: &str = "Fast implementation of the datetime type.";

/// Creates `_datetime`. The classes are made once per VM and shared by every import, so
/// values made before a fresh import still compare equal to new ones (CPython's C types
/// are static in the same way).
pub(crate) fn create(vm: &mut Vm) -> PyResult<Gc<Object>> {
    if kept_class(vm, "_datetime.timedelta").is_none() {
        let td = timedelta::make_class(vm);
        keep_class(vm, "_datetime.timedelta", td);
        let (tzinfo, timezone) = tz::make_classes(vm)?;
        keep_class(vm, "_datetime.tzinfo", tzinfo);
        keep_class(vm, "_datetime.timezone", timezone);
        let date = date::make_class(vm);
        keep_class(vm, "_datetime.date", date);
        let time = time::make_class(vm);
        keep_class(vm, "_datetime.time", time);
        let dt = datetime_type::make_class(vm, date);
        keep_class(vm, "_datetime.datetime", dt);
        let iso = iso_calendar_class(vm)?;
        keep_class(vm, "_datetime.IsoCalendarDate", iso);
        timedelta::add_constants(vm, td)?;
        tz::add_constants(vm, timezone)?;
        date::add_constants(vm, date)?;
        time::add_constants(vm, time)?;
        datetime_type::add_constants(vm, dt)?;
    }
    let mut attrs = vec![
        ("MINYEAR", Value::Int(MINYEAR)),
        ("MAXYEAR", Value::Int(MAXYEAR)),
    ];
    for name in [
        "timedelta",
        "tzinfo",
        "timezone",
        "date",
        "time",
        "datetime",
    ] {
        attrs.push((name, Value::Obj(class(vm, name))));
    }
    let utc = tz::utc(vm)?;
    attrs.push(("UTC", utc));
    let doc = vm.new_str(DOC);
    attrs.push(("__doc__", doc));
    let capi = vm.new_str("datetime.datetime_CAPI");
    attrs.push(("datetime_CAPI", capi));
    Ok(new_module(vm, "_datetime", attrs))
}

/// `IsoCalendarDate`, what `date.isocalendar()` returns: a named tuple of the ISO year,
/// week and weekday.
fn iso_calendar_class(vm: &mut Vm) -> PyResult<Gc<Object>> {
    let collections = vm.intern("collections");
    let module = vm.import_name(collections, Value::None, Value::Int(0))?;
    let key = vm.intern("namedtuple");
    let namedtuple = vm.get_attr(module, key)?;
    let name = vm.new_str("IsoCalendarDate");
    let fields = vm.new_str("year week weekday");
    let module_kw = vm.intern("module");
    let module_name = vm.new_str("datetime");
    let cls = vm.call_value(namedtuple, &[name, fields], &[(module_kw, module_name)])?;
    let Value::Obj(c) = cls else {
        return Err(vm.type_error("namedtuple did not make a class"));
    };
    // Its repr names the module, and it pickles as a plain tuple, as CPython's does.
    let helper = krait_vm::builtins::native::new_class(
        vm,
        "datetime",
        "IsoCalendarDate",
        None,
        &[("__repr__", iso_repr), ("__reduce__", iso_reduce)],
    );
    for name in ["__repr__", "__reduce__"] {
        let key = vm.intern(name);
        let f = vm.get_attr(Value::Obj(helper), key)?;
        let n = vm.new_str(name);
        call_builtin(vm, "setattr", &[cls, n, f])?;
    }
    Ok(c)
}

fn iso_items(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<Value>> {
    let me = args.first().copied().unwrap_or(Value::None);
    let t = call_builtin(vm, "tuple", &[me])?;
    match t.payload() {
        Some(Payload::Tuple(items)) if items.len() == 3 => Ok(items.to_vec()),
        _ => Err(vm.type_error("IsoCalendarDate expected")),
    }
}

fn iso_repr(
    vm: &mut Vm,
    args: &[Value],
    _kw: krait_vm::object::function::KwArgs<'_>,
) -> PyResult<Value> {
    let items = iso_items(vm, args)?;
    let mut parts = Vec::new();
    for v in items {
        parts.push(repr_of(vm, v)?);
    }
    Ok(vm.new_str(format!(
        "datetime.IsoCalendarDate(year={}, week={}, weekday={})",
        parts[0], parts[1], parts[2]
    )))
}

fn iso_reduce(
    vm: &mut Vm,
    args: &[Value],
    _kw: krait_vm::object::function::KwArgs<'_>,
) -> PyResult<Value> {
    let items = iso_items(vm, args)?;
    let t = vm.new_tuple(items);
    let inner = vm.new_tuple(vec![t]);
    let tuple = Value::Obj(vm.types().tuple);
    Ok(vm.new_tuple(vec![tuple, inner]))
}

/// Whether `v` is an instance of the module's class `name`.
pub(crate) fn is_kind(vm: &Vm, v: Value, name: &str) -> bool {
    match kept_class(vm, &format!("_datetime.{name}")) {
        Some(c) => vm.isinstance(v, c),
        None => false,
    }
}

/// One of the module's classes by its name.
pub(crate) fn class(vm: &Vm, name: &str) -> Gc<Object> {
    kept_class(vm, &format!("_datetime.{name}"))
        .or_else(|| kept_class(vm, "_datetime.timedelta"))
        .unwrap_or_else(|| vm.types().object)
}

/// Calls the builtin function `name` (`repr`, `hash`, `divmod`, …) with `args`.
pub(crate) fn call_builtin(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let key = vm.intern(name);
    let builtins = vm.intern("builtins");
    let module = vm.import_name(builtins, Value::None, Value::Int(0))?;
    let f = vm.get_attr(module, key)?;
    vm.call_value(f, args, &[])
}

/// Calls `obj.name(*args)`.
pub(crate) fn call_method(vm: &mut Vm, obj: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let key = vm.intern(name);
    let f = vm.get_attr(obj, key)?;
    vm.call_value(f, args, &[])
}

/// `repr(v)` as Rust text.
pub(crate) fn repr_of(vm: &mut Vm, v: Value) -> PyResult<String> {
    let r = call_builtin(vm, "repr", &[v])?;
    Ok(text(&r).unwrap_or_default())
}

/// The text of a str value.
pub(crate) fn text(v: &Value) -> Option<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Some(s.as_str().to_owned()),
        _ => None,
    }
}

/// An int value (or int subclass instance) as a big int.
pub(crate) fn big_of(v: &Value) -> Option<BigInt> {
    if matches!(v, Value::Bool(_)) {
        return Some(BigInt::from(i64::from(matches!(v, Value::Bool(true)))));
    }
    as_int(v).map(|i| i.to_big())
}

/// A Python int from an `i128`.
pub(crate) fn int_value(vm: &mut Vm, n: i128) -> Value {
    match i64::try_from(n) {
        Ok(n) => Value::Int(n),
        Err(_) => vm.new_int(BigInt::from(n)),
    }
}

/// The name of the class `obj` belongs to, as CPython's reprs spell it: the bare name
/// for a subclass, `datetime.NAME` for the module's own classes.
pub(crate) fn repr_prefix(vm: &Vm, obj: Value, own: &str) -> String {
    let name = vm.type_name(obj);
    if Gc::ptr_eq(vm.type_of(obj), class(vm, own)) {
        format!("datetime.{own}")
    } else {
        name
    }
}

/// The `__class__` of `v` (its type).
pub(crate) fn type_value(vm: &Vm, v: Value) -> Value {
    Value::Obj(vm.type_of(v))
}
