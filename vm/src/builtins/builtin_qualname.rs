//! The class a builtin method belongs to, for its `__qualname__` (`dict.fromkeys`,
//! `list.append`) and a method descriptor's `__objclass__`: the builtin type whose
//! namespace holds it, found when the attribute is read, so builtins need not record it.

use krait_gc::Gc;

use crate::object::function::Builtin;
use crate::object::{BuiltinKind, Object};
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
}
