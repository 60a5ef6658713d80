//! Calling the module type: `types.ModuleType(name, doc=None)` makes an empty module, as
//! `importlib` and test helpers do to build modules by hand. Also `float.__getformat__`,
//! which `test.support` asks at import.

use crate::builtins::{arity, check_kwargs, kwarg, method_kind, str_arg};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, Dict, Module, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Installs `module.__new__`.
pub(crate) fn install(vm: &mut Vm) {
    let module = vm.s.types.module;
    method_kind(vm, module, "__new__", module_new, BuiltinKind::StaticMethod);
    method_kind(vm, module, "__init__", module_init, BuiltinKind::Method);
    let float = vm.s.types.float;
    method_kind(
        vm,
        float,
        "__getformat__",
        float_getformat,
        BuiltinKind::ClassMethod,
    );
}

fn module_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let Some((&cls, rest)) = args.split_first() else {
        return Err(vm.type_error("module.__new__(): not enough arguments"));
    };
    check_kwargs(vm, "module", kw, &["name", "doc"])?;
    let name = match (rest.first(), kwarg(kw, "name")) {
        (Some(&n), _) | (None, Some(n)) => n,
        // `module.__new__(module)` makes an uninitialised module: no name, an empty
        // namespace (`module()` is refused by `__init__`).
        (None, None) => {
            let Value::Obj(cls) = cls else {
                return Err(vm.type_error("module.__new__(X): X is not a type object"));
            };
            let dict = vm.new_dict(Dict::new());
            let Value::Obj(d) = dict else { unreachable!() };
            let module = vm.alloc(
                cls,
                Payload::Module(Module {
                    name: Value::None,
                    dict: d,
                }),
            );
            return Ok(Value::Obj(module));
        }
    };
    arity(vm, "module", rest, 0, 2)?;
    str_arg(vm, name, "module() argument 'name'")?;
    let doc = rest
        .get(1)
        .copied()
        .or(kwarg(kw, "doc"))
        .unwrap_or(Value::None);
    let Value::Obj(cls) = cls else {
        return Err(vm.type_error("module.__new__(X): X is not a type object"));
    };
    let dict = vm.new_dict(Dict::new());
    let Value::Obj(d) = dict else { unreachable!() };
    let module = vm.alloc(cls, Payload::Module(Module { name, dict: d }));
    for (key, v) in [
        ("__name__", name),
        ("__doc__", doc),
        ("__package__", Value::None),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
    ] {
        let key = vm.intern(key);
        vm.store_name(d, key, v)?;
    }
    Ok(Value::Obj(module))
}

/// The work is done by `__new__`; `__init__` accepts the same arguments and requires the
/// name.
fn module_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if args.len() < 2 && kwarg(kw, "name").is_none() {
        return Err(vm.type_error("module() missing required argument 'name' (pos 1)"));
    }
    Ok(Value::None)
}

/// `float.__getformat__(typestr)`: how doubles and floats are stored ('IEEE,
/// little-endian' on every machine Krait runs on).
pub(crate) fn float_getformat(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "__getformat__", args, 1, 1)?;
    let kind = str_arg(vm, args[1], "__getformat__() argument")?;
    if kind != "double" && kind != "float" {
        return Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'"));
    }
    Ok(vm.new_str("IEEE, little-endian"))
}
