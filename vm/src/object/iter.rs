//! The state of the builtin iterators (over lists, tuples, strs, ranges, dicts) and of the
//! iterator combinators (`enumerate`, `zip`, `map`, `filter`, `reversed`).

use krait_gc::GcCell;
use std::cell::Cell;

use krait_gc::{Gc, Trace};

use crate::object::Object;
use crate::value::Value;

/// Which part of a dict an iterator or view yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictIterKind {
    /// Keys.
    Keys,
    /// Values.
    Values,
    /// `(key, value)` tuples.
    Items,
}

/// An iterator's state. Exhausted iterators stay exhausted.
#[derive(Trace)]
pub enum IterState {
    /// Over a list or tuple by index.
    Seq {
        /// The list or tuple; the empty tuple once exhausted (an exhausted iterator keeps
        /// nothing alive).
        seq: GcCell<Gc<Object>>,
        /// Next index; `usize::MAX` once exhausted.
        #[trace(skip)]
        idx: Cell<usize>,
    },
    /// Over a str, by byte offset.
    Str {
        /// The str.
        s: Gc<Object>,
        /// Next byte offset.
        #[trace(skip)]
        pos: Cell<usize>,
    },
    /// Over a range.
    Range {
        /// The first value (the iterator's range starts here: pickling rebuilds it).
        #[trace(skip)]
        first: i64,
        /// The number of values in all.
        #[trace(skip)]
        len: u64,
        /// The next value.
        #[trace(skip)]
        cur: Cell<i64>,
        /// Values left.
        #[trace(skip)]
        left: Cell<u64>,
        /// Step.
        #[trace(skip)]
        step: i64,
    },
    /// Over a dict.
    Dict {
        /// The dict (or the object whose dict it iterates); the empty tuple once exhausted.
        dict: GcCell<Gc<Object>>,
        /// Next entry position.
        #[trace(skip)]
        pos: Cell<usize>,
        /// What to yield.
        #[trace(skip)]
        kind: DictIterKind,
        /// The size when iteration started (a change is an error).
        #[trace(skip)]
        len: usize,
        /// Entries still to yield: finding one more means keys were replaced while the
        /// size stayed the same, also an error.
        #[trace(skip)]
        left: Cell<usize>,
    },
    /// Over a set or frozenset, in table order.
    Set {
        /// The set; the empty tuple once exhausted.
        set: GcCell<Gc<Object>>,
        /// Next slot.
        #[trace(skip)]
        pos: Cell<usize>,
        /// The size when iteration started (a change is an error).
        #[trace(skip)]
        len: usize,
    },
    /// `reversed()` of a list, tuple or str.
    Reversed {
        /// The sequence; the empty tuple once exhausted (an exhausted iterator keeps
        /// nothing alive).
        seq: GcCell<Gc<Object>>,
        /// Items left (the next index is `left - 1`).
        #[trace(skip)]
        left: Cell<usize>,
    },
    /// `enumerate(it, start)`.
    Enumerate {
        /// The underlying iterator.
        it: Value,
        /// The next count.
        count: GcCell<Value>,
    },
    /// `zip(*its)`.
    Zip {
        /// The iterators.
        its: Box<[Value]>,
    },
    /// `map(func, *its)`.
    Map {
        /// The function.
        func: Value,
        /// The iterators.
        its: Box<[Value]>,
    },
    /// `filter(func, it)`.
    Filter {
        /// The predicate, or `None` for truthiness.
        func: Value,
        /// The iterator.
        it: Value,
    },
    /// The `__getitem__` protocol: `obj[0]`, `obj[1]`, … until IndexError.
    GetItem {
        /// The object; `None` once exhausted.
        obj: GcCell<Value>,
        /// Next index; negative once exhausted.
        #[trace(skip)]
        idx: Cell<i64>,
    },
    /// `reversed(seq)` of any other sequence: `seq[len - 1]`, `seq[len - 2]`, … through
    /// `__getitem__`, asked for one at a time.
    ReversedGetItem {
        /// The sequence; `None` once exhausted.
        obj: GcCell<Value>,
        /// The next index; negative once exhausted.
        #[trace(skip)]
        idx: Cell<i64>,
    },
    /// `zip(*its, strict=True)`: iterators of unequal lengths are a `ValueError`.
    StrictZip {
        /// The iterators.
        its: Box<[Value]>,
    },
    /// `iter(func, sentinel)`: calls `func()` until it returns `sentinel`.
    Callable {
        /// The callable.
        func: Value,
        /// The value that ends the iteration.
        sentinel: Value,
        /// Set once the sentinel was seen.
        #[trace(skip)]
        done: Cell<bool>,
    },
}
