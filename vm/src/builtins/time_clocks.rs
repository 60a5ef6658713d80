//! The system clocks of the `time` module: `process_time` and `thread_time` (CPU time,
//! not wall time), their `_ns` forms, `clock_gettime`/`clock_gettime_ns`/`clock_getres`
//! over the `CLOCK_*` ids Linux has, and what `get_clock_info` reports for each clock.

use krait_gc::Gc;
use rustix::time::{ClockId, DynamicClockId, Timespec};

use crate::builtins::{arity, int_arg, new_builtin};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, Object};
use crate::value::Value;
use crate::vm::Vm;

/// The clock ids `time` exports, with Linux's numbers.
const CLOCKS: [(&str, i64); 7] = [
    ("CLOCK_REALTIME", 0),
    ("CLOCK_MONOTONIC", 1),
    ("CLOCK_PROCESS_CPUTIME_ID", 2),
    ("CLOCK_THREAD_CPUTIME_ID", 3),
    ("CLOCK_MONOTONIC_RAW", 4),
    ("CLOCK_BOOTTIME", 7),
    ("CLOCK_TAI", 11),
];

/// Adds the clocks to the `time` module.
pub(crate) fn add(vm: &mut Vm, time: Gc<Object>) {
    let functions: [(&'static str, crate::object::NativeFn); 7] = [
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("thread_time", thread_time),
        ("thread_time_ns", thread_time_ns),
        ("clock_gettime", clock_gettime),
        ("clock_gettime_ns", clock_gettime_ns),
        ("clock_getres", clock_getres),
    ];
    let mut attrs: Vec<(&'static str, Value)> = functions
        .into_iter()
        .map(|(name, f)| (name, new_builtin(vm, name, f, BuiltinKind::Function, false)))
        .collect();
    attrs.extend(CLOCKS.iter().map(|&(name, id)| (name, Value::Int(id))));
    crate::builtins::add_to_module(vm, time, attrs);
}

fn seconds(t: Timespec) -> f64 {
    t.tv_sec as f64 + t.tv_nsec as f64 * 1e-9
}

fn nanoseconds(t: Timespec) -> i64 {
    t.tv_sec
        .saturating_mul(1_000_000_000)
        .saturating_add(t.tv_nsec)
}

fn process_time(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "process_time", args, 0, 0)?;
    Ok(Value::Float(seconds(rustix::time::clock_gettime(
        ClockId::ProcessCPUTime,
    ))))
}

fn process_time_ns(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "process_time_ns", args, 0, 0)?;
    Ok(Value::Int(nanoseconds(rustix::time::clock_gettime(
        ClockId::ProcessCPUTime,
    ))))
}

fn thread_time(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "thread_time", args, 0, 0)?;
    Ok(Value::Float(seconds(rustix::time::clock_gettime(
        ClockId::ThreadCPUTime,
    ))))
}

fn thread_time_ns(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "thread_time_ns", args, 0, 0)?;
    Ok(Value::Int(nanoseconds(rustix::time::clock_gettime(
        ClockId::ThreadCPUTime,
    ))))
}

/// The clock a `clk_id` argument names; `OSError(EINVAL)` for one Linux does not have.
fn clock_of(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<DynamicClockId<'static>> {
    arity(vm, name, args, 1, 1)?;
    let id = int_arg(vm, args[0])?;
    Ok(match id {
        0 => DynamicClockId::Known(ClockId::Realtime),
        1 => DynamicClockId::Known(ClockId::Monotonic),
        2 => DynamicClockId::Known(ClockId::ProcessCPUTime),
        3 => DynamicClockId::Known(ClockId::ThreadCPUTime),
        4 => DynamicClockId::Known(ClockId::MonotonicRaw),
        5 => DynamicClockId::Known(ClockId::RealtimeCoarse),
        6 => DynamicClockId::Known(ClockId::MonotonicCoarse),
        7 => DynamicClockId::Boottime,
        11 => DynamicClockId::Tai,
        _ => return Err(invalid_clock(vm)),
    })
}

fn invalid_clock(vm: &mut Vm) -> crate::error::Exception {
    let error = std::io::Error::from_raw_os_error(22);
    vm.io_error(&error, None)
}

fn read_clock(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Timespec> {
    let clock = clock_of(vm, name, args)?;
    rustix::time::clock_gettime_dynamic(clock).map_err(|_| invalid_clock(vm))
}

fn clock_gettime(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let t = read_clock(vm, "clock_gettime", args)?;
    Ok(Value::Float(seconds(t)))
}

fn clock_gettime_ns(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let t = read_clock(vm, "clock_gettime_ns", args)?;
    Ok(Value::Int(nanoseconds(t)))
}

fn clock_getres(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let clock = clock_of(vm, "clock_getres", args)?;
    let res = match clock {
        DynamicClockId::Known(id) => rustix::time::clock_getres(id),
        // The resolution of the others is a nanosecond on Linux, as for the known ones.
        _ => Timespec {
            tv_sec: 0,
            tv_nsec: 1,
        },
    };
    Ok(Value::Float(seconds(res)))
}
