//! `TupleItems`: the elements of a tuple, kept inside the object's payload when there are at
//! most [`INLINE`] of them (pairs and triples are most tuples: dict items, keys, returned
//! pairs), so the commonest tuples take one allocation instead of two.

use std::ops::Deref;

use krait_gc::Trace;

use crate::value::Value;

/// The most elements stored inline.
pub const INLINE: usize = 3;

/// The length of an inline tuple; an enum so that its unused values give `TupleItems` its tag.
#[derive(Clone, Copy)]
pub enum InlineLen {
    #[allow(missing_docs)]
    Zero,
    #[allow(missing_docs)]
    One,
    #[allow(missing_docs)]
    Two,
    #[allow(missing_docs)]
    Three,
}

impl InlineLen {
    fn of(n: usize) -> InlineLen {
        match n {
            0 => InlineLen::Zero,
            1 => InlineLen::One,
            2 => InlineLen::Two,
            _ => InlineLen::Three,
        }
    }

    fn get(self) -> usize {
        self as usize
    }
}

/// The immutable elements of a tuple.
#[derive(Trace)]
pub enum TupleItems {
    /// Up to [`INLINE`] elements; the slots past `len` hold `None`.
    Inline {
        /// How many of `items` are elements.
        #[trace(skip)]
        len: InlineLen,
        /// The elements, then `None`s.
        items: [Value; INLINE],
    },
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
            TupleItems::Inline { len, items } => &items[..len.get()],
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
        if items.len() <= INLINE {
            let mut inline = [Value::None; INLINE];
            inline[..items.len()].copy_from_slice(items);
            TupleItems::Inline {
                len: InlineLen::of(items.len()),
                items: inline,
            }
        } else {
            TupleItems::Heap(items.into())
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

const _: () = assert!(std::mem::size_of::<TupleItems>() == 56);
