//! `mappingproxy`: the read-only view of a class's namespace that `cls.__dict__` gives.
//! It is an `AttrDict` payload over the class, like an instance's `__dict__`, but of its
//! own type: item assignment and deletion are refused, and it offers only dict's reading
//! methods (the natives are dict's, which read the class's table through the payload).

use crate::builtins::set_class_attr;
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    let mp = vm.s.types.mappingproxy;
    crate::builtins::dict::install_reading_methods(vm, mp);
    // Hashing a proxy would hash the dict it shows, which cannot be hashed.
    set_class_attr(vm, mp, "__hash__", Value::None);
}

impl Vm {
    /// Whether `o` is a class's read-only namespace view.
    #[inline]
    pub(crate) fn is_mappingproxy(&self, o: krait_gc::Gc<crate::object::Object>) -> bool {
        krait_gc::Gc::ptr_eq(o.class(), self.s.types.mappingproxy)
    }
}
