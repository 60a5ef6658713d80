//! `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`: a function
//! made from a code object at run time (what `types.coroutine` uses to flag a generator
//! function's code as awaitable).

use crate::builtins::{check_kwargs, kwarg, method_kind};
use crate::error::PyResult;
use crate::interp::frame::code_data;
use crate::object::function::{Function, KwArgs};
use crate::object::{BuiltinKind, Dict, Payload};
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    let function = vm.s.types.function;
    method_kind(
        vm,
        function,
        "__new__",
        function_new,
        BuiltinKind::StaticMethod,
    );
}

/// The parameters of `function()`, in order.
const PARAMS: [&str; 5] = ["code", "globals", "name", "argdefs", "closure"];

fn function_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let args = &args[1.min(args.len())..];
    check_kwargs(vm, "function", kw, &PARAMS)?;
    if args.len() > PARAMS.len() {
        let msg = format!(
            "function() takes at most 5 arguments ({} given)",
            args.len() + kw.len()
        );
        return Err(vm.type_error(msg));
    }
    let mut values = [None; 5];
    for (i, name) in PARAMS.iter().enumerate() {
        let positional = args.get(i).copied();
        let keyword = kwarg(kw, name);
        if positional.is_some() && keyword.is_some() {
            let msg = format!(
                "argument for function() given by name ('{name}') and position ({})",
                i + 1
            );
            return Err(vm.type_error(msg));
        }
        values[i] = positional.or(keyword);
    }
    let [code, globals, name, argdefs, closure] = values;
    let (Some(code), Some(globals)) = (code, globals) else {
        let missing = if code.is_none() { "code" } else { "globals" };
        let pos = if code.is_none() { 1 } else { 2 };
        let msg = format!("function() missing required argument '{missing}' (pos {pos})");
        return Err(vm.type_error(msg));
    };
    let Some(code) = code
        .as_obj()
        .filter(|c| matches!(c.payload, Payload::Code(_)))
    else {
        let msg = format!(
            "function() argument 'code' must be code, not {}",
            vm.type_name(code)
        );
        return Err(vm.type_error(msg));
    };
    let Some(globals) = globals
        .as_obj()
        .filter(|g| matches!(g.payload, Payload::Dict(_)))
    else {
        let msg = format!(
            "function() argument 'globals' must be dict, not {}",
            vm.type_name(globals)
        );
        return Err(vm.type_error(msg));
    };
    let name = match name {
        None | Some(Value::None) => Value::Obj(vm.intern(&code_data(&code).code.name.clone())),
        Some(n) if matches!(n.payload(), Some(Payload::Str(_))) => n,
        Some(_) => return Err(vm.type_error("arg 3 (name) must be None or string")),
    };
    let defaults = match argdefs {
        None | Some(Value::None) => Value::None,
        Some(d) if matches!(d.payload(), Some(Payload::Tuple(_))) => d,
        Some(_) => return Err(vm.type_error("arg 4 (defaults) must be None or tuple")),
    };
    let nfree = code_data(&code).code.freevars.len();
    let closure = match closure {
        None | Some(Value::None) if nfree == 0 => Value::None,
        Some(c) => match c.payload() {
            Some(Payload::Tuple(cells)) => {
                if cells.len() != nfree {
                    let msg = format!(
                        "{} requires closure of length {nfree}, not {}",
                        code_data(&code).code.name,
                        cells.len()
                    );
                    return Err(vm.value_error(msg));
                }
                if let Some(bad) = cells
                    .iter()
                    .find(|c| !matches!(c.payload(), Some(Payload::Cell(_))))
                {
                    let msg = format!(
                        "arg 5 (closure) expected cell, found {}",
                        vm.type_name(*bad)
                    );
                    return Err(vm.type_error(msg));
                }
                c
            }
            _ if c.is_none() => return Err(vm.type_error("arg 5 (closure) must be tuple")),
            _ => return Err(vm.type_error("arg 5 (closure) must be None or tuple")),
        },
        None => return Err(vm.type_error("arg 5 (closure) must be tuple")),
    };
    let module = vm
        .mapping_get_str(globals, vm.s.names.name)?
        .unwrap_or(Value::None);
    let dict = Dict::new();
    let (fast_argcount, nlocalsplus) = crate::interp::call::call_shape(&code);
    let qualname = Value::Obj(vm.intern(&code_data(&code).code.qualname.clone()));
    Ok(vm.function_value(Function {
        fast_argcount,
        nlocalsplus,
        code,
        globals,
        name: name.into(),
        qualname: qualname.into(),
        defaults: defaults.into(),
        kwdefaults: Value::None.into(),
        closure,
        dict: dict.into(),
        module: module.into(),
    }))
}
