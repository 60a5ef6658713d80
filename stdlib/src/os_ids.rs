//! The identity calls of `os`: the user and group ids of this process (`getuid`, `geteuid`,
//! `getgid`, `getegid`) and of its family (`getppid`, `getpgrp`), through rustix.

use krait_vm::builtins::{arity, module_functions};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// The functions this file adds to `os`.
pub(crate) fn os_functions(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    module_functions(
        vm,
        &[
            ("getuid", getuid),
            ("geteuid", geteuid),
            ("getgid", getgid),
            ("getegid", getegid),
            ("getppid", getppid),
            ("getpgrp", getpgrp),
        ],
    )
}

fn getuid(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getuid", args, 0, 0)?;
    Ok(Value::Int(rustix::process::getuid().as_raw().into()))
}

fn geteuid(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "geteuid", args, 0, 0)?;
    Ok(Value::Int(rustix::process::geteuid().as_raw().into()))
}

fn getgid(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getgid", args, 0, 0)?;
    Ok(Value::Int(rustix::process::getgid().as_raw().into()))
}

fn getegid(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getegid", args, 0, 0)?;
    Ok(Value::Int(rustix::process::getegid().as_raw().into()))
}

fn getppid(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getppid", args, 0, 0)?;
    let ppid = rustix::process::getppid().map_or(0, |p| p.as_raw_nonzero().get());
    Ok(Value::Int(ppid.into()))
}

fn getpgrp(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getpgrp", args, 0, 0)?;
    // nix, not rustix: the group id is 0 when its leader lives outside this
    // pid namespace, which rustix's non-zero `Pid` asserts against.
    Ok(Value::Int(nix::unistd::getpgrp().as_raw().into()))
}
