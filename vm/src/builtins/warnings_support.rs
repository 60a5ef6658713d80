//! `_krait_warnings`: what the bundled `_warnings` (Python, in `stdlib/`) cannot do from
//! Python: see the frames of the running program, to attribute a warning to the line that
//! caused it (`warnings.warn(..., stacklevel=N)`); read the source text the VM already
//! holds; and be `warn` / `warn_explicit` themselves, native functions around the Python
//! `_warnings._warn` / `_warn_explicit`, which return the exception to raise (an `error`
//! filter's warning, a bad argument's `TypeError`) so that it is raised here, and its
//! traceback, as under CPython's C implementation, shows the program's frames alone.

use krait_gc::Gc;

use crate::builtins::{arity, module_functions, new_module};
use crate::error::PyResult;
use crate::interp::frame::code_data;
use crate::object::function::KwArgs;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// Creates `_krait_warnings`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let attrs = module_functions(
        vm,
        &[
            ("caller", caller),
            ("source_line", source_line),
            ("warn", warn),
            ("warn_explicit", warn_explicit),
        ],
    );
    new_module(vm, "_krait_warnings", attrs)
}

/// `caller(depth)`: `(globals, filename, lineno)` of the Python frame `depth` calls below
/// the one calling `caller` (1: that function's caller), or `None` past the outermost.
fn caller(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "caller", args, 1, 1)?;
    let depth = match args[0] {
        Value::Int(n) => n,
        _ => return Err(vm.type_error("caller() takes an int")),
    };
    let count = vm.s.frames.len() as i64;
    let index = count - 1 - depth.max(0);
    if index < 0 {
        return Ok(Value::None);
    }
    let frame = &vm.s.frames[index as usize];
    let (globals, code, pc) = (frame.globals, frame.code, frame.pc);
    let cd = code_data(&code);
    // `pc` is one past the call in progress.
    let line = cd
        .code
        .locations
        .get(pc.saturating_sub(1) as usize)
        .map_or(cd.code.first_line, |loc| loc.line);
    let filename = cd.code.filename.clone();
    let filename = vm.new_str(filename.as_str());
    Ok(vm.new_tuple(vec![
        Value::Obj(globals),
        filename,
        Value::Int(i64::from(line)),
    ]))
}

/// `source_line(filename, lineno)`: that line of a program the VM has run (the main script
/// or an imported module), or `None`.
fn source_line(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "source_line", args, 2, 2)?;
    let filename = vm.str_lossy(args[0]);
    let Value::Int(lineno) = args[1] else {
        return Ok(Value::None);
    };
    let source = if filename == vm.main_file {
        Some(vm.main_source.clone())
    } else {
        vm.sources.get(&filename).cloned()
    };
    let line = source.and_then(|text| {
        let index = usize::try_from(lineno).ok()?.checked_sub(1)?;
        text.lines().nth(index).map(str::to_owned)
    });
    Ok(match line {
        Some(line) => vm.new_str(line),
        None => Value::None,
    })
}

/// `warn(message, category=None, stacklevel=1, source=None)`: see the module docs.
fn warn(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    forward(vm, "_warn", args, kw)
}

/// `warn_explicit(message, category, filename, lineno, ...)`: see the module docs.
fn warn_explicit(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    forward(vm, "_warn_explicit", args, kw)
}

/// Calls `_warnings.<name>` and raises the exception it returns, if any.
fn forward(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let Some(module) = vm.sys_modules_get("_warnings")? else {
        return Err(vm.runtime_error("the _warnings module is gone from sys.modules"));
    };
    let implementation = vm.get_str_attr(module, name)?;
    let outcome = vm.call_value(implementation, args, kw)?;
    if outcome.is_none() {
        return Ok(Value::None);
    }
    Err(vm.make_exception(outcome)?)
}
