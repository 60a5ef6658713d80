//! `TupleItems`: the elements of a tuple, kept inside the object's payload when there are at
//! most [`INLINE`] of them (pairs and triples are most tuples: dict items, keys, returned
//! pairs), so the commonest tuples take one allocation instead of two.

use std::ops::Deref;

use krait_gc::Trace;

use crate::value::Value;

/// The most elements stored inline.
pub const INLINE: usize = 3;

/// The immutable elements of a tuple.
///
/// One variant per inline length, so no separate length field is needed: the enum's tag
/// lives in a niche of the first element's tag word (`Value` uses five of its values), and
/// `TupleItems` is exactly three values, 48 bytes.
#[derive(Trace)]
pub enum TupleItems {
    /// No elements.
    Zero,
    /// One element.
    One(Value),
    /// Two elements.
    Two([Value; 2]),
    /// Three elements.
    Three([Value; INLINE]),
    /// More elements.
    Heap(Box<[Value]>),
}

impl TupleItems {
    /// Whether the elements live in a buffer of their own (which the heap counts).
    pub fn is_boxed(&self) -> bool {
        matches!(self, TupleItems::Heap(_))
    }
}

impl Deref for TupleItems {
    type Target = [Value];

    #[inline]
    fn deref(&self) -> &[Value] {
        match self {
            TupleItems::Zero => &[],
            TupleItems::One(item) => std::slice::from_ref(item),
            TupleItems::Two(items) => items,
            TupleItems::Three(items) => items,
            TupleItems::Heap(items) => items,
        }
    }
}

impl From<Vec<Value>> for TupleItems {
    fn from(items: Vec<Value>) -> TupleItems {
        if items.len() <= INLINE {
            TupleItems::from(&items[..])
        } else {
            TupleItems::Heap(items.into_boxed_slice())
        }
    }
}

impl From<&[Value]> for TupleItems {
    fn from(items: &[Value]) -> TupleItems {
        match *items {
            [] => TupleItems::Zero,
            [a] => TupleItems::One(a),
            [a, b] => TupleItems::Two([a, b]),
            [a, b, c] => TupleItems::Three([a, b, c]),
            _ => TupleItems::Heap(items.into()),
        }
    }
}

impl From<Box<[Value]>> for TupleItems {
    fn from(items: Box<[Value]>) -> TupleItems {
        if items.len() <= INLINE {
            TupleItems::from(&items[..])
        } else {
            TupleItems::Heap(items)
        }
    }
}

// Pinned (ARCHITECTURE.md): three values and no more, the tag in a niche.
const _: () = assert!(std::mem::size_of::<TupleItems>() == 48);
