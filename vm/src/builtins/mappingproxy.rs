//! `mappingproxy` (`types.MappingProxyType`): a read-only view of a mapping. A class's
//! `cls.__dict__` and a dict view's `.mapping` are `AttrDict` payloads over the class or
//! the dict, like an instance's `__dict__`, but of this type: item assignment and deletion
//! are refused, and it offers dict's reading methods (the natives are dict's, which read
//! the table through the payload). A proxy of a mapping that is not a dict is the bundled
//! `types._MappingProxy`, which forwards to the mapping in Python.

use crate::builtins::{check_kwargs, kwarg, method, method_arity, method_kind, set_class_attr};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, Payload};
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    let mp = vm.s.types.mappingproxy;
    crate::builtins::dict::install_reading_methods(vm, mp);
    method_kind(
        vm,
        mp,
        "__new__",
        mappingproxy_new,
        BuiltinKind::StaticMethod,
    );
    method(vm, mp, "__or__", mappingproxy_or);
    method(vm, mp, "__ror__", mappingproxy_ror);
    // Hashing a proxy would hash the dict it shows, which cannot be hashed.
    set_class_attr(vm, mp, "__hash__", Value::None);
}

/// `mappingproxy(mapping)`.
fn mappingproxy_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "mappingproxy", kw, &["mapping"])?;
    let given = args.len().saturating_sub(1) + kw.len();
    let mapping = match (args.get(1), kwarg(kw, "mapping")) {
        (Some(&m), None) | (None, Some(m)) if given == 1 => m,
        _ if given == 0 => {
            return Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)"))
        }
        _ => {
            let msg = format!("mappingproxy() takes at most 1 argument ({given} given)");
            return Err(vm.type_error(msg));
        }
    };
    match mapping.payload() {
        // An exact dict is read natively; a subclass's own `__getitem__` or `__missing__`
        // must be honoured, so it goes through the Python proxy.
        Some(Payload::Dict(_))
            if mapping
                .as_obj()
                .is_some_and(|o| krait_gc::Gc::ptr_eq(o.class(), vm.s.types.dict)) =>
        {
            let d = mapping.as_obj().expect("a dict is an object");
            Ok(vm.mapping_proxy_of(d))
        }
        // A proxy of a proxy shows the same namespace.
        Some(&Payload::AttrDict(owner)) if vm.is_mappingproxy(mapping.as_obj().expect("obj")) => {
            Ok(vm.mapping_proxy_of(owner))
        }
        _ => vm.call_types_helper("_MappingProxy", &[mapping]),
    }
}

/// A plain dict with the proxy's items (what its `copy()` gives).
pub(crate) fn items_dict(vm: &mut Vm, proxy: Value) -> PyResult<Value> {
    let key = vm.intern("copy");
    let copy = vm.get_attr(proxy, key)?;
    vm.call_value(copy, &[], &[])
}

fn proxy_arg(vm: &mut Vm, args: &[Value], name: &str, n: usize) -> PyResult<()> {
    method_arity(vm, name, args, n, n)?;
    if args[0].as_obj().is_some_and(|o| vm.is_mappingproxy(o)) {
        return Ok(());
    }
    let msg = format!(
        "descriptor '{name}' requires a 'mappingproxy' object but received a '{}'",
        vm.type_name(args[0])
    );
    Err(vm.type_error(msg))
}

/// `proxy | other`: the mapping's `|` (a new dict).
fn mappingproxy_or(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    proxy_arg(vm, args, "__or__", 1)?;
    let d = items_dict(vm, args[0])?;
    let other = unwrap_proxy(vm, args[1])?;
    vm.binary_op(d, other, krait_bytecode::BinaryOpKind::Or)
}

/// `other | proxy`.
fn mappingproxy_ror(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    proxy_arg(vm, args, "__ror__", 1)?;
    let d = items_dict(vm, args[0])?;
    vm.binary_op(args[1], d, krait_bytecode::BinaryOpKind::Or)
}

/// The other operand of `|`: a proxy stands for its items.
fn unwrap_proxy(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match v.as_obj() {
        Some(o) if vm.is_mappingproxy(o) => items_dict(vm, v),
        _ => Ok(v),
    }
}

impl Vm {
    /// Whether `o` is a read-only namespace view.
    #[inline]
    pub(crate) fn is_mappingproxy(&self, o: krait_gc::Gc<crate::object::Object>) -> bool {
        krait_gc::Gc::ptr_eq(o.class(), self.s.types.mappingproxy)
    }

    /// A `mappingproxy` over `owner`: a class (its namespace) or a dict.
    pub(crate) fn mapping_proxy_of(&mut self, owner: krait_gc::Gc<crate::object::Object>) -> Value {
        Value::Obj(self.alloc(self.s.types.mappingproxy, Payload::AttrDict(owner)))
    }
}
