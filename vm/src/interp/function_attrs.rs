//! Assigning and deleting a function's special attributes (`__name__`, `__defaults__`,
//! `__code__`, `__dict__`, …) with the type checks and messages CPython's function object
//! applies; reading them is in `special_attrs`.

use krait_gc::Gc;

use crate::error::PyResult;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `func.name = value` (`Some`) or `del func.name` (`None`) for the attributes a function
    /// object owns; `None` when `name` is an ordinary attribute (it goes to `__dict__`).
    pub(crate) fn set_function_attr(
        &mut self,
        o: Gc<Object>,
        name: &str,
        value: Option<Value>,
    ) -> Option<PyResult<()>> {
        let Payload::Function(f) = &o.payload else {
            return None;
        };
        let is_str = |v: Value| matches!(v.payload(), Some(Payload::Str(_)));
        let is_dict = |v: Value| matches!(v.payload(), Some(Payload::Dict(_)));
        Some(match (name, value) {
            ("__name__" | "__qualname__", Some(v)) if is_str(v) => {
                if name == "__name__" {
                    f.name.set(v);
                } else {
                    f.qualname.set(v);
                }
                Ok(())
            }
            ("__module__", v) => {
                f.module.set(v.unwrap_or(Value::None));
                Ok(())
            }
            ("__name__" | "__qualname__", _) => {
                Err(self.type_error(format!("{name} must be set to a string object")))
            }
            ("__defaults__", v) => match v {
                None | Some(Value::None) => {
                    f.defaults.set(Value::None);
                    Ok(())
                }
                Some(t) if matches!(t.payload(), Some(Payload::Tuple(_))) => {
                    f.defaults.set(t);
                    Ok(())
                }
                Some(_) => Err(self.type_error("__defaults__ must be set to a tuple object")),
            },
            ("__kwdefaults__", v) => match v {
                None | Some(Value::None) => {
                    f.kwdefaults.set(Value::None);
                    Ok(())
                }
                Some(d) if is_dict(d) => {
                    f.kwdefaults.set(d);
                    Ok(())
                }
                Some(_) => Err(self.type_error("__kwdefaults__ must be set to a dict object")),
            },
            ("__globals__" | "__closure__" | "__builtins__", _) => {
                Err(self.attribute_error("readonly attribute"))
            }
            ("__code__", v) => {
                let new_code = v.and_then(|v| v.as_obj());
                let Some(Payload::Code(new)) = new_code.as_ref().map(|o| &o.payload) else {
                    return Some(Err(self.type_error("__code__ must be set to a code object")));
                };
                let Payload::Code(old) = &f.code.payload else {
                    return None;
                };
                let (want, got) = (old.code.freevars.len(), new.code.freevars.len());
                if want != got {
                    let msg = format!(
                        "{}() requires a code object with {want} free vars, not {got}",
                        old.code.name
                    );
                    return Some(Err(self.value_error(msg)));
                }
                // The code a function runs is fixed when it is made (its call path is
                // specialised on it); a compatible replacement is not supported yet.
                Err(self.type_error("Krait cannot replace the __code__ of a function"))
            }
            ("__dict__", None) => Err(self.type_error("cannot delete __dict__")),
            ("__dict__", Some(d)) => {
                let Some(Payload::Dict(src)) = d.payload() else {
                    let msg = format!(
                        "__dict__ must be set to a dictionary, not a '{}'",
                        self.type_name(d)
                    );
                    return Some(Err(self.type_error(msg)));
                };
                // The function keeps its own table: it takes the new dict's items.
                let entries: Vec<(Value, Value)> =
                    src.borrow().iter().map(|e| (e.key, e.value)).collect();
                let mut table = crate::object::Dict::new();
                for (k, v) in entries {
                    let hash = match self.hash_value(k) {
                        Ok(h) => h,
                        Err(e) => return Some(Err(e)),
                    };
                    table.insert_new(hash, k, v);
                }
                *f.dict.borrow_mut() = table;
                Ok(())
            }
            ("__annotations__", Some(v)) if !v.is_none() && !is_dict(v) => {
                Err(self.type_error("__annotations__ must be set to a dict object"))
            }
            ("__annotations__" | "__doc__", None) => {
                // Deleting these leaves them unset: `__doc__` reads None, `__annotations__`
                // a fresh empty dict.
                let key = self.intern(name);
                let hash = self.names_hash(key);
                let mut d = f.dict.borrow_mut();
                match (name, d.probe_str(hash, key)) {
                    ("__doc__", Some(pos)) => d.set_value_at(pos, Value::None),
                    ("__doc__", None) => d.insert_new(hash, Value::Obj(key), Value::None),
                    (_, Some(pos)) => {
                        d.remove_at(pos);
                    }
                    (_, None) => {}
                }
                Ok(())
            }
            _ => return None,
        })
    }
}
