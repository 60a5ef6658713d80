//! `getset_descriptor`: the entries `__dict__` and `__weakref__` that a class statement
//! puts in the namespace of a class whose instances gain a dict or weak references (as
//! CPython's `type.__new__` does), so `C.__dict__['__dict__']`, `hasattr(C, '__weakref__')`
//! and the namespace's keys are CPython's. The values themselves stay where the VM keeps
//! them: reading goes through the same code as `obj.__dict__` (`special_attr`), and the
//! attribute lookup in `interp/attr.rs` answers through [`Vm::getset_value`] and
//! [`Vm::getset_store`].

use krait_gc::Gc;

use crate::builtins::{method, method_arity};
use crate::error::PyResult;
use crate::interp::attr::text;
use crate::object::class::is_subclass;
use crate::object::function::KwArgs;
use crate::object::{Dict, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    let gs = vm.s.types.getset_descriptor;
    method(vm, gs, "__get__", getset_get);
    method(vm, gs, "__set__", getset_set);
    method(vm, gs, "__delete__", getset_delete);
    // `type`'s own read-only entries that `inspect.getattr_static` reads through
    // `type.__dict__` (`__mro__`, and `__dict__` for `_shadowed_dict`).
    let type_ = vm.s.types.type_;
    for text in ["__mro__", "__dict__"] {
        let name = vm.intern(text);
        let d = vm.alloc(
            gs,
            Payload::GetSet {
                name,
                owner: krait_gc::GcCell::new(Some(type_)),
            },
        );
        crate::builtins::set_class_attr(vm, type_, text, Value::Obj(d));
    }
}

/// The descriptor's name and owner, checking that `args[1]` (unless None) is an instance
/// of the owner.
fn getset_args(vm: &mut Vm, args: &[Value], what: &str) -> PyResult<Gc<Object>> {
    let Some(Payload::GetSet { name, owner }) = args[0].payload() else {
        let msg = format!("descriptor '{what}' requires a 'getset_descriptor' object");
        return Err(vm.type_error(msg));
    };
    let (name, owner) = (*name, owner.get());
    if let (Some(owner), Some(&obj)) = (owner, args.get(1)) {
        let class = vm.type_of(obj);
        if !obj.is_none() && !is_subclass(class, owner) {
            let msg = format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                text(&name),
                vm.class_name(owner),
                vm.class_name(class)
            );
            return Err(vm.type_error(msg));
        }
    }
    Ok(name)
}

/// `getset.__get__(obj, type=None)`.
fn getset_get(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__get__", args, 1, 2)?;
    let name = getset_args(vm, args, "__get__")?;
    if args[1].is_none() {
        if args.get(2).is_none_or(|t| t.is_none()) {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        }
        return Ok(args[0]);
    }
    vm.getset_value(name, args[1])
}

/// `getset.__set__(obj, value)`.
fn getset_set(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__set__", args, 2, 2)?;
    let name = getset_args(vm, args, "__set__")?;
    vm.getset_store(name, args[1], Some(args[2]))?;
    Ok(Value::None)
}

/// `getset.__delete__(obj)`.
fn getset_delete(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__delete__", args, 1, 1)?;
    let name = getset_args(vm, args, "__delete__")?;
    vm.getset_store(name, args[1], None)?;
    Ok(Value::None)
}

impl Vm {
    /// The attribute a `getset_descriptor` named `name` stands for, on `obj`.
    pub(crate) fn getset_value(&mut self, name: Gc<Object>, obj: Value) -> PyResult<Value> {
        // Krait keeps no list of an object's weak references: the slot reads as None
        // where CPython would show the first one.
        if text(&name) == "__weakref__" {
            return Ok(Value::None);
        }
        match self.special_attr(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// Sets (`Some`) or deletes (`None`) the attribute a `getset_descriptor` named `name`
    /// stands for, on `obj`: a new `__dict__` replaces the instance's namespace, and the
    /// weak reference list is read-only.
    pub(crate) fn getset_store(
        &mut self,
        name: Gc<Object>,
        obj: Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        if text(&name) == "__dict__" {
            if let Some(r) = obj.as_obj().and_then(|o| self.replace_attr_dict(o, value)) {
                return r;
            }
        }
        if text(&name) == "__mro__" {
            return Err(self.attribute_error("readonly attribute"));
        }
        // A class's namespace belongs to `type`, whichever metaclass reached it.
        let owner = match obj.payload() {
            Some(Payload::Class(_)) => "type".to_owned(),
            _ => self.type_name(obj),
        };
        let msg = format!(
            "attribute '{}' of '{owner}' objects is not writable",
            text(&name)
        );
        Err(self.attribute_error(msg))
    }

    /// The docstring of a `getset_descriptor`, as CPython words it.
    pub(crate) fn getset_doc(&mut self, name: Gc<Object>) -> Value {
        match text(&name) {
            "__dict__" => self.new_str("dictionary for instance variables"),
            "__weakref__" => self.new_str("list of weak references to the object"),
            _ => Value::None,
        }
    }

    /// Adds the `__dict__` and `__weakref__` descriptors to the namespace `dict` of a
    /// class being made from `bases`, by CPython's rules: without `__slots__`, each is
    /// added unless the base already gives its instances one (and `__weakref__` not over
    /// variable-size bases such as int and tuple); with `__slots__`, only those the slots
    /// name, or those another base brings in multiple inheritance. `slots` is None without
    /// `__slots__`, else whether they name `__dict__` and `__weakref__`.
    pub(crate) fn add_instance_descriptors(
        &mut self,
        dict: &mut Dict,
        bases: &[Gc<Object>],
        slots: Option<(bool, bool)>,
    ) {
        let base = self.best_base(bases);
        let may_dict = !self.instances_have_dict(base);
        let may_weak = !self.instances_have_weakrefs(base) && !self.variable_size(base);
        let (mut add_dict, mut add_weak) = match slots {
            None => (may_dict, may_weak),
            Some((d, w)) => (d && may_dict, w && may_weak),
        };
        if slots.is_some() && bases.len() > 1 {
            for &b in bases {
                if Gc::ptr_eq(b, base) {
                    continue;
                }
                if may_dict && !add_dict && self.instances_have_dict(b) {
                    add_dict = true;
                }
                if may_weak && !add_weak && self.instances_have_weakrefs(b) {
                    add_weak = true;
                }
            }
        }
        for (add, text) in [(add_dict, "__dict__"), (add_weak, "__weakref__")] {
            if !add {
                continue;
            }
            let name = self.intern(text);
            let hash = self.names_hash(name);
            if dict.get_str(hash, name).is_some() {
                continue;
            }
            let d = self.alloc(
                self.s.types.getset_descriptor,
                Payload::GetSet {
                    name,
                    owner: krait_gc::GcCell::new(None),
                },
            );
            dict.insert_new(hash, Value::Obj(name), Value::Obj(d));
        }
    }

    /// The base whose instance layout a new class extends (CPython's `best_base`): the
    /// first base whose nearest builtin ancestor is the most derived one.
    pub(crate) fn best_base(&self, bases: &[Gc<Object>]) -> Gc<Object> {
        let solid = |b: Gc<Object>| {
            b.as_class()
                .and_then(|c| {
                    c.mro
                        .borrow()
                        .iter()
                        .copied()
                        .find(|m| m.as_class().is_some_and(|mc| mc.builtin))
                })
                .unwrap_or(b)
        };
        let mut winner: Option<(Gc<Object>, Gc<Object>)> = None;
        for &b in bases {
            let candidate = solid(b);
            match winner {
                Some((w, _)) if is_subclass(w, candidate) => {}
                Some((w, _)) if !is_subclass(candidate, w) => {}
                _ => winner = Some((candidate, b)),
            }
        }
        winner.map_or(self.s.types.object, |(_, b)| b)
    }

    /// Whether instances of `class` have an attribute dict (CPython's non-zero
    /// `tp_dictoffset`).
    pub(crate) fn instances_have_dict(&self, class: Gc<Object>) -> bool {
        let Some(cd) = class.as_class() else {
            return false;
        };
        if !cd.builtin {
            return !cd.dictless.get();
        }
        let t = &self.s.types;
        [t.base_exception, t.type_, t.module, t.function]
            .iter()
            .any(|&k| is_subclass(class, k))
    }

    /// Whether instances of `class` can be weakly referenced (CPython's non-zero
    /// `tp_weaklistoffset`).
    fn instances_have_weakrefs(&mut self, class: Gc<Object>) -> bool {
        let Some(cd) = class.as_class() else {
            return false;
        };
        if !cd.builtin {
            return self.has_weakref_slot(class);
        }
        let t = &self.s.types;
        [t.type_, t.set, t.frozenset, t.module, t.function]
            .iter()
            .any(|&k| is_subclass(class, k))
    }

    /// Whether instances of `class` are variable-size in CPython (`tp_itemsize` non-zero),
    /// which rules out adding a weak reference slot.
    fn variable_size(&self, class: Gc<Object>) -> bool {
        let t = &self.s.types;
        [t.int, t.tuple, t.bytes, t.type_]
            .iter()
            .any(|&k| is_subclass(class, k))
    }
}
