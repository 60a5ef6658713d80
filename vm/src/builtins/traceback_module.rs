//! `_traceback`: the text of the report Krait prints for an uncaught exception, for the
//! `traceback` module (`stdlib/src/python/traceback.py` in `krait-stdlib`) to hand out,
//! and single frame entries with their source line and carets.

use krait_gc::Gc;

use crate::builtins::{module_functions, new_module};
use crate::error::{Exception, PyResult};
use crate::object::function::KwArgs;
use crate::object::{NativeFn, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Creates `_traceback`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("format_exception", format_exception),
        ("format_exception_only", format_exception_only),
        ("format_frame", format_frame),
    ];
    let attrs = module_functions(vm, funcs);
    new_module(vm, "_traceback", attrs)
}

fn exception_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Exception> {
    match args.first().and_then(|v| v.as_obj()) {
        Some(o) if matches!(o.payload, Payload::Exception(_)) => Ok(Exception(o)),
        _ => {
            let msg = format!("{name}() expects an exception instance");
            Err(vm.type_error(msg))
        }
    }
}

/// `format_exception(exc, chain)`: the whole report, with the chained exceptions first
/// when `chain` is true.
fn format_exception(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let exc = exception_arg(vm, args, "format_exception")?;
    let chain = match args.get(1) {
        Some(&v) => vm.truthy(v)?,
        None => true,
    };
    let text = vm.format_exception_text(exc, chain);
    Ok(vm.new_str(text))
}

/// `format_exception_only(exc)`: the final `Type: message` line (and a SyntaxError's
/// location lines, and the notes).
fn format_exception_only(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let exc = exception_arg(vm, args, "format_exception_only")?;
    let text = vm.format_exception_only_text(exc);
    Ok(vm.new_str(text))
}

/// `format_frame(code, lasti)`: one `File "…", line N, in name` entry with its source line
/// and carets, for the instruction at byte offset `lasti`.
fn format_frame(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let (Some(Value::Obj(code)), Some(&Value::Int(lasti))) = (args.first().copied(), args.get(1))
    else {
        return Err(vm.type_error("format_frame() expects a code object and an offset"));
    };
    if !matches!(code.payload, Payload::Code(_)) {
        return Err(vm.type_error("format_frame() expects a code object and an offset"));
    }
    let text = vm.format_frame_entry(&code, (lasti.max(0) / 2) as u32);
    Ok(vm.new_str(text))
}
