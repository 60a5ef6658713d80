//! The state of a `property`: its accessors and docstring (all set again by a
//! subclass's `super().__init__(…)`), and the attribute name `__set_name__` records.

use krait_gc::{GcCell, Trace};

use crate::value::Value;

/// A `property` object's fields.
#[derive(Trace)]
pub struct PropertyData {
    /// The getter (`None` without one).
    pub fget: GcCell<Value>,
    /// The setter (`None` without one).
    pub fset: GcCell<Value>,
    /// The deleter (`None` without one).
    pub fdel: GcCell<Value>,
    /// `__doc__`.
    pub doc: GcCell<Value>,
    /// The attribute name given by `__set_name__` (`None` until then), named in errors.
    pub name: GcCell<Value>,
}

impl PropertyData {
    /// A property from its accessors and docstring, not yet named.
    pub fn new(fget: Value, fset: Value, fdel: Value, doc: Value) -> Box<PropertyData> {
        Box::new(PropertyData {
            fget: GcCell::from(fget),
            fset: GcCell::from(fset),
            fdel: GcCell::from(fdel),
            doc: GcCell::from(doc),
            name: GcCell::from(Value::None),
        })
    }

    /// A read-only property named `name` (a builtin class's computed attribute).
    pub fn getter(fget: Value, name: Value) -> Box<PropertyData> {
        let p = PropertyData::new(fget, Value::None, Value::None, Value::None);
        p.name.set(name);
        p
    }
}
