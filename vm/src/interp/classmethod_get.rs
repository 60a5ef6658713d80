//! Binding a `classmethod`: its callable bound to the owner class, or, when the wrapped
//! object is itself a descriptor (a property, another classmethod, a user wrapper with
//! `__get__`), that descriptor's `__get__(owner, owner)` (CPython 3.9–3.12), so that
//! decorators stack.

use krait_gc::Gc;

use crate::error::PyResult;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `classmethod(f).__get__(_, owner)`.
    pub(crate) fn classmethod_get(&mut self, f: Value, owner: Gc<Object>) -> PyResult<Value> {
        match f.payload() {
            // The common case: a function or a builtin, bound as a method.
            Some(Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod { .. })
            | None => Ok(self.bound_method(f, Value::Obj(owner))),
            _ => {
                let ftype = self.type_of(f);
                match self.type_lookup(ftype, self.s.names.get) {
                    Some(get) => {
                        self.call_value(get, &[f, Value::Obj(owner), Value::Obj(owner)], &[])
                    }
                    None => Ok(self.bound_method(f, Value::Obj(owner))),
                }
            }
        }
    }
}
