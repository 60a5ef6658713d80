//! `isinstance` / `issubclass`: CPython's abstract protocol.
//!
//! A class (or a tuple of them, nested) is checked through the MRO; a metaclass's Python
//! `__instancecheck__` / `__subclasscheck__` decides when it has one. Any other object
//! takes part as a "class" when it has a tuple `__bases__` (read with `getattr`, so a
//! property or `__getattr__` may supply it), and an object's claimed class is its
//! `__class__` attribute. Recursion through nested tuples or `__bases__` counts toward
//! the recursion limit, as in CPython.

use krait_gc::Gc;

use crate::error::PyResult;
use crate::object::class::is_subclass;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

const ISINSTANCE_ARG2: &str = "isinstance() arg 2 must be a type, a tuple of types, or a union";
const ISSUBCLASS_ARG1: &str = "issubclass() arg 1 must be a class";
const ISSUBCLASS_ARG2: &str = "issubclass() arg 2 must be a class, a tuple of classes, or a union";

/// `v` as a class object.
fn as_class(v: Value) -> Option<Gc<Object>> {
    v.as_obj().filter(|o| o.as_class().is_some())
}

impl Vm {
    /// `isinstance(v, classinfo)`.
    pub(crate) fn isinstance_of(&mut self, v: Value, classinfo: Value) -> PyResult<bool> {
        if let Value::Obj(c) = classinfo {
            if Gc::ptr_eq(self.type_of(v), c) {
                return Ok(true);
            }
        }
        if let Some(Payload::Tuple(t)) = classinfo.payload() {
            let items = t.to_vec();
            return self.nest(" in __instancecheck__", |vm| {
                for c in items {
                    if vm.isinstance_of(v, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            });
        }
        if let Some(check) = self.user_check_hook(classinfo, self.s.names.instancecheck) {
            return self.nest(" in __instancecheck__", |vm| {
                let r = vm.call_value(check, &[classinfo, v], &[])?;
                vm.truthy(r)
            });
        }
        self.real_isinstance(v, classinfo)
    }

    /// `type.__instancecheck__`: the check without a metaclass hook.
    pub(crate) fn real_isinstance(&mut self, v: Value, cls: Value) -> PyResult<bool> {
        if let Some(c) = as_class(cls) {
            if self.isinstance(v, c) {
                return Ok(true);
            }
            // An instance may claim another class through its `__class__` (a proxy's
            // property). Builtin values cannot, so only instances are asked.
            if !matches!(v.payload(), Some(Payload::Instance(_))) {
                return Ok(false);
            }
            return match self.claimed_class(v)? {
                Some(Value::Obj(k))
                    if k.as_class().is_some() && !Gc::ptr_eq(k, self.type_of(v)) =>
                {
                    Ok(is_subclass(k, c))
                }
                _ => Ok(false),
            };
        }
        self.check_class(cls, ISINSTANCE_ARG2)?;
        match self.claimed_class(v)? {
            Some(k) => self.abstract_issubclass(k, cls),
            None => Ok(false),
        }
    }

    /// `v.__class__`, or `None` when reading it raises AttributeError.
    fn claimed_class(&mut self, v: Value) -> PyResult<Option<Value>> {
        match self.get_attr(v, self.s.names.class) {
            Ok(k) => Ok(Some(k)),
            Err(e) if self.exc_matches(e, self.s.types.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `issubclass(derived, classinfo)`.
    pub(crate) fn issubclass_of(&mut self, derived: Value, classinfo: Value) -> PyResult<bool> {
        if let Some(c) = as_class(classinfo) {
            if Gc::ptr_eq(c.class(), self.s.types.type_) {
                if derived.is(classinfo) {
                    return Ok(true);
                }
                return self.real_issubclass(derived, classinfo);
            }
        }
        if let Some(Payload::Tuple(t)) = classinfo.payload() {
            let items = t.to_vec();
            return self.nest(" in __subclasscheck__", |vm| {
                for c in items {
                    if vm.issubclass_of(derived, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            });
        }
        if let Some(check) = self.user_check_hook(classinfo, self.s.names.subclasscheck) {
            return self.nest(" in __subclasscheck__", |vm| {
                let r = vm.call_value(check, &[classinfo, derived], &[])?;
                vm.truthy(r)
            });
        }
        self.real_issubclass(derived, classinfo)
    }

    /// `type.__subclasscheck__`: the check without a metaclass hook.
    pub(crate) fn real_issubclass(&mut self, derived: Value, cls: Value) -> PyResult<bool> {
        if let (Some(d), Some(c)) = (as_class(derived), as_class(cls)) {
            return Ok(is_subclass(d, c));
        }
        self.check_class(derived, ISSUBCLASS_ARG1)?;
        self.check_class(cls, ISSUBCLASS_ARG2)?;
        self.abstract_issubclass(derived, cls)
    }

    /// TypeError `msg` unless `cls` has a tuple `__bases__` (errors other than
    /// AttributeError from reading it propagate).
    fn check_class(&mut self, cls: Value, msg: &str) -> PyResult<()> {
        match self.abstract_bases(cls)? {
            Some(_) => Ok(()),
            None => Err(self.type_error(msg)),
        }
    }

    /// `cls.__bases__` when it is a tuple.
    fn abstract_bases(&mut self, cls: Value) -> PyResult<Option<Vec<Value>>> {
        let key = self.intern("__bases__");
        match self.get_attr(cls, key) {
            Ok(b) => Ok(match b.payload() {
                Some(Payload::Tuple(t)) => Some(t.to_vec()),
                _ => None,
            }),
            Err(e) if self.exc_matches(e, self.s.types.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Whether `cls` is reached from `derived` by following `__bases__`.
    fn abstract_issubclass(&mut self, mut derived: Value, cls: Value) -> PyResult<bool> {
        loop {
            if derived.is(cls) {
                return Ok(true);
            }
            let Some(bases) = self.abstract_bases(derived)? else {
                return Ok(false);
            };
            match bases.len() {
                0 => return Ok(false),
                // Single inheritance walks on without growing the native stack.
                1 => derived = bases[0],
                _ => {
                    return self.nest(" in __issubclass__", |vm| {
                        for b in bases {
                            if vm.abstract_issubclass(b, cls)? {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    })
                }
            }
        }
    }
}
