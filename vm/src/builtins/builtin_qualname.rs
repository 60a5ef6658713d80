//! The class a builtin method belongs to, for its `__qualname__` (`dict.fromkeys`,
//! `list.append`) and a method descriptor's `__objclass__`: the builtin type whose
//! namespace holds it, found when the attribute is read, so builtins need not record it;
//! likewise a builtin's `__module__`.

use krait_gc::Gc;

use crate::error::PyResult;
use crate::object::function::Builtin;
use crate::object::{BuiltinKind, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// The builtin type holding the builtin method `b` (the object `o`), if any.
    pub(crate) fn builtin_home(&mut self, o: Gc<Object>, b: &Builtin) -> Option<Gc<Object>> {
        if b.owner.is_some() {
            return b.owner;
        }
        if b.kind == BuiltinKind::Function {
            return None;
        }
        let key = self.intern(b.name);
        let hash = self.names_hash(key);
        self.s.types.exposed().into_iter().find_map(|(_, class)| {
            let found = class.as_class()?.dict.borrow().get_str(hash, key)?;
            found.is(Value::Obj(o)).then_some(class)
        })
    }

    /// The qualified name of the builtin `b` (the object `o`).
    pub(crate) fn builtin_qualname(&mut self, o: Gc<Object>, b: &Builtin) -> String {
        match self.builtin_home(o, b) {
            Some(class) => format!("{}.{}", self.class_name(class), b.name),
            None => b.name.to_owned(),
        }
    }

    /// `__module__` of the builtin `b` (the object `o`): None for a method of a builtin type;
    /// for a function, the name of the module whose namespace holds it
    /// under its own name (`builtins` first, then `sys.modules` in order); None when no
    /// module does. Tools such as doctest's finder read it to tell where an object is from.
    pub(crate) fn builtin_module(&mut self, o: Gc<Object>, b: &Builtin) -> PyResult<Value> {
        // Methods of builtin types (bound, class and static ones) report None, as
        // CPython's do; doctest's finder and pickle's `whichmodule` read it.
        if self.builtin_home(o, b).is_some() {
            return Ok(Value::None);
        }
        let key = self.intern(b.name);
        let hash = self.names_hash(key);
        let holds = |module: Gc<Object>| match &module.payload {
            Payload::Module(m) => match &m.dict.payload {
                Payload::Dict(d) => d
                    .borrow()
                    .get_str(hash, key)
                    .is_some_and(|v| v.is(Value::Obj(o))),
                _ => false,
            },
            _ => false,
        };
        if holds(self.s.builtins) {
            return Ok(self.new_str("builtins"));
        }
        let modules: Vec<Value> = match &self.s.sys_modules.payload {
            Payload::Dict(d) => d.borrow().iter().map(|e| e.value).collect(),
            _ => Vec::new(),
        };
        for module in modules {
            if let Value::Obj(m) = module {
                if holds(m) {
                    if let Payload::Module(data) = &m.payload {
                        return Ok(data.name);
                    }
                }
            }
        }
        Ok(Value::None)
    }
}
