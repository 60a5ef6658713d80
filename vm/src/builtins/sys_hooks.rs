//! The rest of `sys` that ordinary programs and tools reach for: `breakpointhook` (what
//! `breakpoint()` calls, honouring `PYTHONBREAKPOINT`), `call_tracing`, `orig_argv`,
//! `stdlib_module_names` and `_stdlib_dir`.

use krait_gc::Gc;

use crate::builtins::{add_to_module, arity, module_functions};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// Adds the attributes to the `sys` module `sys`.
pub(crate) fn add(vm: &mut Vm, sys: Gc<Object>) {
    let mut attrs = module_functions(
        vm,
        &[
            ("breakpointhook", breakpointhook),
            ("call_tracing", call_tracing),
        ],
    );
    let hook = attrs[0].1;
    attrs.push(("__breakpointhook__", hook));
    // The command line the process was started with, before the interpreter took its own
    // options out (`sys.argv` is what the program sees).
    let orig: Vec<Value> = std::env::args_os()
        .map(|a| vm.new_str(a.to_string_lossy().as_ref()))
        .collect();
    let orig = vm.new_list(orig);
    attrs.push(("orig_argv", orig));
    let names: Vec<Value> = crate::builtins::stdlib_names::STDLIB_MODULE_NAMES
        .iter()
        .map(|n| vm.new_str(*n))
        .collect();
    let set = vm.new_set_of_class(vm.s.types.frozenset);
    for n in names {
        let _ = vm.set_add(set, n);
    }
    attrs.push(("stdlib_module_names", set));
    // CPython's library folder when Krait runs on it (`KRAIT_CPYTHON_LIB`).
    let stdlib_dir = match vm.path_config.cpython_lib.clone() {
        Some(dir) => vm.new_str(dir),
        None => Value::None,
    };
    attrs.push(("_stdlib_dir", stdlib_dir));
    add_to_module(vm, sys, attrs);
}

/// `sys.breakpointhook(*args, **kws)`: calls the function `PYTHONBREAKPOINT` names
/// (`module.function`, or a builtin's name; `pdb.set_trace` when unset or empty; nothing
/// when `0`), warning instead when it cannot be imported.
fn breakpointhook(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let setting = if vm.sys_flags.ignore_environment {
        None
    } else {
        environ_var(vm, "PYTHONBREAKPOINT")?
    };
    let hookname = match setting.as_deref() {
        None | Some("") => "pdb.set_trace".to_owned(),
        Some("0") => return Ok(Value::None),
        Some(name) => name.to_owned(),
    };
    let found = match hookname.rsplit_once('.') {
        // A name whose only dot comes first (".foo") names no module: warned about below.
        Some(("", _)) => {
            Err(vm.import_error_with(vm.s.types.import_error, "no module".into(), None, None))
        }
        Some((m, f)) => lookup_hook(vm, m, f),
        None => lookup_hook(vm, "builtins", &hookname),
    };
    let hook = match found {
        Ok(h) => h,
        Err(e)
            if vm.exc_matches(e, vm.s.types.import_error)
                || vm.exc_matches(e, vm.s.types.attribute_error) =>
        {
            let msg = format!("Ignoring unimportable $PYTHONBREAKPOINT: \"{hookname}\"");
            let category = vm.s.types.runtime_warning;
            crate::builtins::numbers::warn_native(vm, category, &msg)?;
            return Ok(Value::None);
        }
        Err(e) => return Err(e),
    };
    vm.call_value(hook, args, kw)
}

/// The environment variable `name` as the program sees it (`posix.environ`, which
/// `os.environ` and `os.putenv` change), else as the process started with it.
fn environ_var(vm: &mut Vm, name: &str) -> PyResult<Option<String>> {
    let posix = vm.intern("posix");
    if let Ok(module) = vm.import_name(posix, Value::None, Value::Int(0)) {
        let key = vm.intern("environ");
        if let Ok(env) = vm.get_attr(module, key) {
            if let Some(crate::object::Payload::Dict(_)) = env.payload() {
                let k = vm.new_str(name);
                return Ok(vm.dict_get(env, k)?.and_then(|v| match v.payload() {
                    Some(crate::object::Payload::Str(s)) => Some(s.as_str().to_owned()),
                    _ => None,
                }));
            }
        }
    }
    Ok(std::env::var(name).ok())
}

/// `module.func`, importing `module`.
fn lookup_hook(vm: &mut Vm, module: &str, func: &str) -> PyResult<Value> {
    let name = vm.intern(module);
    let fromlist = vm.new_str("*");
    let fromlist = vm.new_list(vec![fromlist]);
    let m = vm.import_name(name, fromlist, Value::Int(0))?;
    let key = vm.intern(func);
    vm.get_attr(m, key)
}

/// `sys.call_tracing(func, args)`: `func(*args)` (CPython runs it with tracing on even
/// inside a trace function; Krait's trace hooks are never suspended, so it is a call).
fn call_tracing(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "call_tracing", args, 2, 2)?;
    let Some(crate::object::Payload::Tuple(items)) = args[1].payload() else {
        let msg = format!(
            "call_tracing() argument 2 must be tuple, not {}",
            vm.type_name(args[1])
        );
        return Err(vm.type_error(msg));
    };
    let items = items.to_vec();
    vm.call_value(args[0], &items, &[])
}

/// `breakpoint(*args, **kws)`: calls `sys.breakpointhook` with the same arguments.
pub(crate) fn breakpoint(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let hook = vm.sys_value("breakpointhook");
    let Some(hook) = hook else {
        return Err(vm.runtime_error("lost sys.breakpointhook"));
    };
    vm.call_value(hook, args, kw)
}
