//! The builtins around frames: `sys._getframe`, `sys.settrace` / `setprofile` /
//! `gettrace` / `getprofile`, `frame.clear()`, `types.TracebackType(...)`, and the code
//! object methods `co_lines()`, `co_positions()` and `replace(...)`.

use std::rc::Rc;

use krait_gc::Gc;

use crate::builtins::{int_arg, method, method_kind, new_builtin, str_arg};
use crate::error::PyResult;
use crate::interp::frame::code_data;
use crate::interp::frame_object::frame_obj;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Adds the frame methods, the traceback constructor and the code methods to their classes.
pub(crate) fn install(vm: &mut Vm) {
    let t = &vm.s.types;
    let (frame, traceback, code) = (t.frame, t.traceback, t.code);
    method(vm, frame, "clear", frame_clear);
    method_kind(
        vm,
        traceback,
        "__new__",
        traceback_new,
        BuiltinKind::StaticMethod,
    );
    method(vm, code, "co_lines", code_lines);
    method(vm, code, "co_positions", code_positions);
    method(vm, code, "replace", code_replace);
}

/// The functions `sys` gets from this module.
pub(crate) fn sys_functions(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let f = |vm: &mut Vm, name: &'static str, f| {
        (name, new_builtin(vm, name, f, BuiltinKind::Function, false))
    };
    vec![
        f(vm, "_getframe", sys_getframe),
        f(vm, "settrace", sys_settrace),
        f(vm, "gettrace", sys_gettrace),
        f(vm, "setprofile", sys_setprofile),
        f(vm, "getprofile", sys_getprofile),
    ]
}

fn sys_getframe(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    if args.len() > 1 {
        let msg = format!("_getframe expected at most 1 argument, got {}", args.len());
        return Err(vm.type_error(msg));
    }
    let depth = match args.first() {
        Some(&v) => int_arg(vm, v)?,
        None => 0,
    };
    vm.get_frame(depth)
}

fn one_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args {
        [v] => Ok(*v),
        _ => {
            let msg = format!("{name}() takes exactly one argument ({} given)", args.len());
            Err(vm.type_error(msg))
        }
    }
}

fn sys_settrace(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let f = one_arg(vm, args, "settrace")?;
    vm.set_trace_hook(f, false);
    Ok(Value::None)
}

fn sys_setprofile(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let f = one_arg(vm, args, "setprofile")?;
    vm.set_trace_hook(f, true);
    Ok(Value::None)
}

fn sys_gettrace(vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(vm.s.trace_func)
}

fn sys_getprofile(vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(vm.s.profile_func)
}

/// `frame.clear()`: drops the locals of a finished frame; a running one refuses.
fn frame_clear(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let Some(o) = args.first().and_then(|v| v.as_obj()) else {
        return Err(vm.type_error("descriptor 'clear' requires a 'frame' object"));
    };
    let Some(f) = frame_obj(&o) else {
        if let Payload::GenFrame(gen) = o.payload {
            // Clearing a generator's frame finalizes the generator (a coroutine never
            // started warns, a suspended one is closed), then drops the frame.
            let state = crate::interp::generator::gen_data(&gen).state.get();
            if state == crate::interp::generator::GenState::Running {
                return Err(vm.runtime_error("cannot clear an executing frame"));
            }
            vm.finalize_generator(gen);
            vm.finish_generator(gen);
            return Ok(Value::None);
        }
        return Err(vm.type_error("descriptor 'clear' requires a 'frame' object"));
    };
    if f.depth.get().is_some() {
        return Err(vm.runtime_error("cannot clear an executing frame"));
    }
    f.fast.borrow_mut().clear();
    if let Some(Payload::Dict(d)) = f.locals_dict.get().payload() {
        d.borrow_mut().clear();
    }
    Ok(Value::None)
}

fn traceback_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    // args[0] is the class.
    let mut rest: Vec<Value> = args.iter().skip(1).copied().collect();
    let names = ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"];
    for (k, v) in kw {
        let k = crate::interp::attr::text(k).to_owned();
        match names.iter().position(|&n| n == k) {
            Some(i) if i == rest.len() => rest.push(*v),
            _ => {
                let msg = format!("traceback() got an unexpected keyword argument '{k}'");
                return Err(vm.type_error(msg));
            }
        }
    }
    vm.new_traceback(&rest)
}

fn code_of(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Gc<Object>> {
    match args.first().and_then(|v| v.as_obj()) {
        Some(o) if matches!(o.payload, Payload::Code(_)) => Ok(o),
        _ => {
            let msg = format!("descriptor '{name}' requires a 'code' object");
            Err(vm.type_error(msg))
        }
    }
}

/// `co_lines()`: `(start, end, line)` byte ranges (two bytes an instruction, as CPython
/// counts) with the line they belong to, consecutive instructions of a line merged.
fn code_lines(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let code = code_of(vm, args, "co_lines")?;
    let locations = code_data(&code).code.locations.clone();
    let mut items = Vec::new();
    let mut start = 0usize;
    for i in 1..=locations.len() {
        if i == locations.len() || locations[i].line != locations[start].line {
            let line = match locations[start].line {
                0 => Value::None,
                l => Value::Int(l as i64),
            };
            let t = vm.new_tuple(vec![
                Value::Int(2 * start as i64),
                Value::Int(2 * i as i64),
                line,
            ]);
            items.push(t);
            start = i;
        }
    }
    let list = vm.new_list(items);
    vm.get_iter(list)
}

/// `co_positions()`: `(line, end_line, col, end_col)` for each instruction.
fn code_positions(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let code = code_of(vm, args, "co_positions")?;
    let locations = code_data(&code).code.locations.clone();
    let mut items = Vec::with_capacity(locations.len());
    for l in locations {
        let t = if l.line == 0 {
            vm.new_tuple(vec![Value::None; 4])
        } else {
            vm.new_tuple(vec![
                Value::Int(l.line as i64),
                Value::Int(l.end_line as i64),
                Value::Int(l.col as i64),
                Value::Int(l.end_col as i64),
            ])
        };
        items.push(t);
    }
    let list = vm.new_list(items);
    vm.get_iter(list)
}

/// `code.replace(co_name=..., ...)`: a copy with some simple fields changed.
fn code_replace(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let code = code_of(vm, args, "replace")?;
    if args.len() > 1 {
        let msg = format!(
            "replace() takes 0 positional arguments but {} were given",
            args.len() - 1
        );
        return Err(vm.type_error(msg));
    }
    let mut new = (*code_data(&code).code).clone();
    for (k, v) in kw {
        let k = crate::interp::attr::text(k).to_owned();
        match k.as_str() {
            "co_name" => new.name = str_arg(vm, *v, "replace() argument 'co_name'")?,
            "co_qualname" => new.qualname = str_arg(vm, *v, "replace() argument 'co_qualname'")?,
            "co_filename" => new.filename = str_arg(vm, *v, "replace() argument 'co_filename'")?,
            "co_firstlineno" => new.first_line = int_arg(vm, *v)?.max(0) as u32,
            "co_flags" => new.flags.0 = int_arg(vm, *v)? as u32,
            "co_stacksize" => new.max_stack = int_arg(vm, *v)?.max(0) as u32,
            _ => {
                let msg = format!("'{k}' is an invalid keyword argument for replace()");
                return Err(vm.type_error(msg));
            }
        }
    }
    Ok(Value::Obj(vm.load_code(&Rc::new(new))))
}
