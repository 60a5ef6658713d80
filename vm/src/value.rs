//! `Value`: what a Python variable holds. Small immutable numbers and the three singletons
//! are unboxed; everything else is a handle to an [`Object`] on the heap.

use krait_gc::{Gc, Trace};

use crate::object::{Object, Payload};

/// A Python value: two machine words, `Copy`, no allocation for `None`, bools, ints that fit
/// in 64 bits and floats. Ints outside `i64` are heap objects with a `BigInt` payload; an int
/// has exactly one representation (results that fit in `i64` are always `Int`).
// A full-word tag keeps every payload at offset 8, so a value moves as two aligned words
// (with the default layout a `Bool` payload shares the tag's word, and copies get split
// into overlapping partial moves that stall store forwarding in the dispatch loop).
#[derive(Clone, Copy, Trace)]
#[repr(u64)]
pub enum Value {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// A float.
    Float(f64),
    /// Any heap object (str, big int, list, instance, class, …).
    Obj(Gc<Object>),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl Value {
    /// Whether the two values are the same object (Python's `is`). Unboxed values compare by
    /// value, which is what CPython's small-int and singleton caching makes observable.
    #[inline]
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => Gc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// The heap object, if this is one.
    #[inline]
    pub fn as_obj(self) -> Option<Gc<Object>> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// Whether this is `None`.
    #[inline]
    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }

    /// The `i64` of an unboxed int or bool.
    #[inline]
    pub fn as_small_int(self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(b as i64),
            _ => None,
        }
    }

    /// The payload of a heap value.
    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }
}

impl From<Gc<Object>> for Value {
    fn from(o: Gc<Object>) -> Self {
        Value::Obj(o)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{}", krait_ast::repr::float_repr(*x)),
            Value::Obj(o) => write!(f, "<object at {:#x}>", o.addr()),
        }
    }
}
