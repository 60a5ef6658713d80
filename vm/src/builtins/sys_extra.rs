//! The parts of `sys` that CPython's pure-Python library reads while importing
//! (`sysconfig`, `threading`, `argparse`, `os`, `unittest`): the installation prefixes,
//! `platlibdir`, the encodings, `hexversion`, and `excepthook`.

use krait_gc::Gc;

use crate::builtins::{arity, module_functions};
use crate::error::{Exception, PyResult};
use crate::object::function::KwArgs;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Where Krait says it is installed: it reads no files there (its own library is built
/// in), but `sysconfig` builds its path scheme from it.
const PREFIX: &str = "/usr/local";

/// Adds the attributes to the `sys` module `sys`.
pub(crate) fn add(vm: &mut Vm, sys: Gc<Object>) {
    let mut attrs = module_functions(
        vm,
        &[
            ("excepthook", excepthook),
            ("getfilesystemencoding", utf8),
            ("getdefaultencoding", utf8),
            ("getfilesystemencodeerrors", surrogateescape),
            ("__getattr__", sys_getattr),
            ("audit", crate::builtins::sys_audit::audit),
            ("addaudithook", crate::builtins::sys_audit::add_audit_hook),
            (
                "unraisablehook",
                crate::builtins::unraisable::unraisablehook,
            ),
        ],
    );
    let hook = attrs[0].1;
    attrs.push(("__excepthook__", hook));
    let unraisable = attrs[7].1;
    attrs.push(("__unraisablehook__", unraisable));
    for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        let v = vm.new_str(PREFIX);
        attrs.push((name, v));
    }
    let platlibdir = vm.new_str("lib");
    attrs.push(("platlibdir", platlibdir));
    let abiflags = vm.new_str("");
    attrs.push(("abiflags", abiflags));
    // 3.11.7 final, as `version_info` says.
    attrs.push(("hexversion", Value::Int(0x030b_07f0)));
    attrs.push(("api_version", Value::Int(1013)));
    attrs.push(("pycache_prefix", Value::None));
    // The same text `copyright()` prints (the bundled `_sitebuiltins`).
    let copyright = vm.new_str("Copyright (c) the Krait authors.\nAll Rights Reserved.");
    attrs.push(("copyright", copyright));
    let Payload::Module(m) = &sys.payload else {
        return;
    };
    let dict = m.dict;
    // Struct sequences and the namespace come from `types._sys_attr` on first use.
    for name in ["version_info", "implementation"] {
        let key = vm.new_str(name);
        let _ = vm.dict_remove(Value::Obj(dict), key);
    }
    for (name, v) in attrs {
        let key = vm.intern(name);
        let _ = vm.store_name(dict, key, v);
    }
}

fn utf8(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getfilesystemencoding", args, 0, 0)?;
    Ok(vm.new_str("utf-8"))
}

fn surrogateescape(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getfilesystemencodeerrors", args, 0, 0)?;
    Ok(vm.new_str("surrogateescape"))
}

/// `sys.excepthook(type, value, traceback)`: prints the report of `value` to `sys.stderr`
/// as an uncaught exception's.
fn excepthook(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "excepthook", args, 3, 3)?;
    let value = args[1];
    let is_exc = match value {
        Value::Obj(o) => {
            crate::object::class::is_subclass(vm.type_of(value), vm.s.types.base_exception)
                && matches!(o.payload, Payload::Exception(_))
        }
        _ => false,
    };
    let text = if let (true, Value::Obj(o)) = (is_exc, value) {
        vm.format_exception_chain(Exception(o))
    } else {
        let msg = format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            vm.type_name(value)
        );
        msg
    };
    let key = vm.intern("stderr");
    let stderr = match vm.s.modules.get("sys").copied() {
        Some(sys) => vm.get_attr(Value::Obj(sys), key).ok(),
        None => None,
    };
    match stderr {
        Some(Value::None) => {}
        Some(f) => crate::builtins::std_streams::write_to(vm, f, &text)?,
        None => vm.write_stderr(&text),
    }
    Ok(Value::None)
}

/// The attributes of `sys` that `types._sys_attr` builds on first use.
const LAZY_ATTRS: &[&str] = &[
    "version_info",
    "implementation",
    "float_info",
    "int_info",
    "hash_info",
    "thread_info",
    "flags",
];

/// `sys.__getattr__`: builds a struct-sequence attribute (`float_info`, `flags`,
/// `version_info`, …) with `types._sys_attr` and keeps it in `sys`.
fn sys_getattr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "__getattr__", args, 1, 1)?;
    let name = args[0];
    if matches!(name.payload(), Some(Payload::Str(s)) if s.as_str() == "builtin_module_names") {
        // Built on first use: the host registers its native modules after `sys` exists.
        let names = vm.builtin_module_names();
        let items = names.into_iter().map(|n| vm.new_str(n)).collect();
        let v = vm.new_tuple(items);
        if let (Some(sys), Value::Obj(key)) = (vm.s.modules.get("sys").copied(), name) {
            vm.set_attr(Value::Obj(sys), key, v)?;
        }
        return Ok(v);
    }
    // Only the names `types._sys_attr` builds: any other miss (the import system probing
    // for an optional attribute, say) must not import `types`.
    let known = matches!(name.payload(), Some(Payload::Str(s)) if LAZY_ATTRS.contains(&s.as_str()));
    if !known {
        let text = crate::builtins::str_arg(vm, name, "attribute name")?;
        let msg = format!("module 'sys' has no attribute '{text}'");
        return Err(vm.attribute_error(msg));
    }
    let is_flags = matches!(name.payload(), Some(Payload::Str(s)) if s.as_str() == "flags");
    let made = if is_flags {
        let values = flag_values(vm);
        vm.call_types_helper("_sys_flags", &[values])
    } else {
        vm.call_types_helper("_sys_attr", &[name])
    };
    let v = match made {
        Ok(v) => v,
        // Raised afresh here, so the report shows no frame of the helper.
        Err(e) if vm.exc_matches(e, vm.s.types.attribute_error) => {
            let text = crate::builtins::str_arg(vm, name, "attribute name")?;
            let msg = format!("module 'sys' has no attribute '{text}'");
            return Err(vm.attribute_error(msg));
        }
        Err(e) => return Err(e),
    };
    if let (Some(sys), Value::Obj(key)) = (vm.s.modules.get("sys").copied(), name) {
        vm.set_attr(Value::Obj(sys), key, v)?;
    }
    Ok(v)
}

/// The values of `sys.flags`, in its field order.
fn flag_values(vm: &mut Vm) -> Value {
    let f = vm.sys_flags;
    let n = |b: bool| Value::Int(i64::from(b));
    let values = vec![
        n(f.debug),
        n(f.inspect),
        n(f.interactive),
        Value::Int(i64::from(f.optimize)),
        n(f.dont_write_bytecode),
        n(f.no_user_site),
        n(f.no_site),
        n(f.ignore_environment),
        Value::Int(i64::from(f.verbose)),
        Value::Int(i64::from(f.bytes_warning)),
        n(f.quiet),
        n(f.hash_randomization),
        n(f.isolated),
        Value::Bool(f.dev_mode),
        n(f.utf8_mode),
        Value::Int(0),
        Value::Bool(f.safe_path),
        Value::Int(-1),
    ];
    vm.new_tuple(values)
}
