//! Set operations with Python semantics on top of [`SetTable`]: hashing through `__hash__`,
//! equality through `__eq__` (called with the table released), and the bulk updates in the
//! order CPython performs them, so that the resulting tables (and so iteration order) match.

use krait_gc::GcRefCell;

use krait_gc::Gc;

use crate::error::PyResult;
use crate::object::dict::pure_key_eq;
use crate::object::set::{Lookup, Walk};
use crate::object::{Object, Payload, SetTable};
use crate::value::Value;
use crate::vm::Vm;

/// The table of a set or frozenset value.
#[inline]
pub(crate) fn set_table(v: &Value) -> Option<&GcRefCell<SetTable>> {
    match v.payload() {
        Some(Payload::Set(t)) => Some(t),
        _ => None,
    }
}

/// The number of keys of a set (0 for anything else).
#[inline]
pub(crate) fn set_size(v: &Value) -> usize {
    set_table(v).map_or(0, |t| t.borrow().len())
}

/// The keys of a set in table order with their stored hashes (empty for anything else).
pub(crate) fn set_entries(v: &Value) -> Vec<(i64, Value)> {
    match set_table(v) {
        Some(t) => t.borrow().iter().collect(),
        None => Vec::new(),
    }
}

/// `hash(i)` for an unboxed int without the 128-bit remainder: every int strictly between
/// -HASH_MODULUS and HASH_MODULUS hashes to itself, except -1 (reserved, so -2).
#[inline]
fn small_int_hash(i: i64) -> i64 {
    if i.unsigned_abs() < crate::object::int::HASH_MODULUS {
        if i == -1 {
            -2
        } else {
            i
        }
    } else {
        crate::object::int::hash_i64(i)
    }
}

/// Equality of a stored key with `key` when neither needs Python code: unboxed ints and
/// exact strs (of class `str_class`) are compared here, everything else by `pure_key_eq`
/// (`None` when an `__eq__` must run).
#[inline(always)]
fn quick_key_eq(stored: Value, key: Value, str_class: Gc<Object>) -> Option<bool> {
    match (stored, key) {
        (Value::Int(a), Value::Int(b)) => Some(a == b),
        (Value::Obj(a), Value::Obj(b)) => {
            if Gc::ptr_eq(a, b) {
                return Some(true);
            }
            match (&a.payload, &b.payload) {
                (Payload::Str(x), Payload::Str(y))
                    if Gc::ptr_eq(a.class(), str_class) && Gc::ptr_eq(b.class(), str_class) =>
                {
                    Some(x.as_str() == y.as_str())
                }
                _ => pure_key_eq(stored, key),
            }
        }
        _ => pure_key_eq(stored, key),
    }
}

/// [`SetTable::lookup`] with [`quick_key_eq`], through the int-specialised probe for an
/// int key (`hash` is a key's hash, so never -1).
#[inline(always)]
fn quick_lookup(table: &SetTable, hash: i64, key: Value, str_class: Gc<Object>) -> Lookup {
    match key {
        Value::Int(i) => table.lookup_int(i, hash),
        _ => table.lookup(hash, |k| quick_key_eq(k, key, str_class)),
    }
}

impl Vm {
    /// The hash of a set key: unboxed ints, bools and exact strs inline (no class of theirs
    /// can override `__hash__`), anything else through [`Vm::hash_value`].
    #[inline]
    fn set_key_hash(&mut self, key: Value) -> PyResult<i64> {
        match key {
            Value::Int(i) => Ok(small_int_hash(i)),
            Value::Bool(b) => Ok(b as i64),
            Value::Obj(o) if Gc::ptr_eq(o.class(), self.s.types.str) => match &o.payload {
                Payload::Str(s) => Ok(s.hash()),
                _ => self.hash_value(key),
            },
            _ => self.hash_value(key),
        }
    }

    /// `i in container` when the container is an exact set or frozenset and the probe needs
    /// no Python code: `None` otherwise.
    #[inline(always)]
    pub(crate) fn exact_set_contains_int(&self, container: Value, i: i64) -> Option<bool> {
        let Value::Obj(o) = container else {
            return None;
        };
        let Payload::Set(t) = &o.payload else {
            return None;
        };
        let class = o.class();
        if !Gc::ptr_eq(class, self.s.types.set) && !Gc::ptr_eq(class, self.s.types.frozenset) {
            return None;
        }
        let table = t.try_borrow().ok()?;
        table.contains_int(i, small_int_hash(i))
    }

    /// `key in set` for an exact set or frozenset and a key needing no Python code to hash
    /// or compare: `None` when the general path must decide.
    #[inline]
    pub(crate) fn set_contains_fast(&self, t: &GcRefCell<SetTable>, key: Value) -> Option<bool> {
        let str_class = self.s.types.str;
        let hash = match key {
            Value::Int(i) => {
                let table = t.try_borrow().ok()?;
                return table.contains_int(i, small_int_hash(i));
            }
            Value::Bool(b) => b as i64,
            Value::Obj(o) if Gc::ptr_eq(o.class(), str_class) => match &o.payload {
                Payload::Str(s) => s.hash(),
                _ => return None,
            },
            _ => return None,
        };
        let table = t.try_borrow().ok()?;
        match table.lookup(hash, |k| quick_key_eq(k, key, str_class)) {
            Lookup::Found(_) => Some(true),
            Lookup::Absent { .. } => Some(false),
            Lookup::Undecided => None,
        }
    }

    /// Finds `key` (with `hash`): the slot holding it, and the walk for inserting it.
    fn set_locate(
        &mut self,
        t: &GcRefCell<SetTable>,
        hash: i64,
        key: Value,
    ) -> PyResult<(Option<usize>, Walk)> {
        'retry: loop {
            let (walk, changes) = {
                let table = t.borrow();
                (table.walk(hash), table.changes())
            };
            for &(pos, candidate) in &walk.candidates {
                let equal = match pure_key_eq(candidate, key) {
                    Some(e) => e,
                    None => {
                        let e = self.eq(candidate, key)?;
                        if t.borrow().changes() != changes {
                            continue 'retry;
                        }
                        e
                    }
                };
                if equal {
                    return Ok((Some(pos), walk));
                }
            }
            return Ok((None, walk));
        }
    }

    /// The TypeError of a set operation on something that is not a set.
    #[inline]
    pub(crate) fn set_or_error(&mut self, set: &Value) -> PyResult<()> {
        if set_table(set).is_some() {
            return Ok(());
        }
        self.not_a_set(set)
    }

    #[cold]
    fn not_a_set(&mut self, set: &Value) -> PyResult<()> {
        let msg = format!("'{}' object is not a set", self.type_name(*set));
        Err(self.type_error(msg))
    }

    /// `set.add(key)`.
    pub(crate) fn set_add(&mut self, set: Value, key: Value) -> PyResult<()> {
        self.set_or_error(&set)?;
        let hash = self.set_key_hash(key)?;
        self.set_add_hashed(set, hash, key)
    }

    pub(crate) fn set_add_hashed(&mut self, set: Value, hash: i64, key: Value) -> PyResult<()> {
        let Some(t) = set_table(&set) else {
            return Ok(());
        };
        let str_class = self.s.types.str;
        let quick = quick_lookup(&t.borrow(), hash, key, str_class);
        match quick {
            Lookup::Found(_) => return Ok(()),
            Lookup::Absent {
                insert_at,
                into_empty,
            } => {
                t.borrow_mut().insert_at(insert_at, into_empty, hash, key);
                return Ok(());
            }
            Lookup::Undecided => {}
        }
        let (found, walk) = self.set_locate(t, hash, key)?;
        if found.is_none() {
            t.borrow_mut().insert(&walk, hash, key);
        }
        Ok(())
    }

    /// `key in set`.
    pub(crate) fn set_contains(&mut self, set: Value, key: Value) -> PyResult<bool> {
        self.set_or_error(&set)?;
        let hash = self.set_key_hash(key)?;
        self.set_contains_hashed(set, hash, key)
    }

    /// `set_contains` with the key's hash known (another set's stored one).
    pub(crate) fn set_contains_hashed(
        &mut self,
        set: Value,
        hash: i64,
        key: Value,
    ) -> PyResult<bool> {
        let Some(t) = set_table(&set) else {
            return Ok(false);
        };
        let str_class = self.s.types.str;
        match quick_lookup(&t.borrow(), hash, key, str_class) {
            Lookup::Found(_) => return Ok(true),
            Lookup::Absent { .. } => return Ok(false),
            Lookup::Undecided => {}
        }
        Ok(self.set_locate(t, hash, key)?.0.is_some())
    }

    /// `set_contains` for `in` and `set.__contains__`: a mutable set key, unhashable
    /// itself, is looked up as the frozenset of its items.
    pub(crate) fn set_contains_key(&mut self, set: Value, key: Value) -> PyResult<bool> {
        match self.set_contains(set, key) {
            Err(e) => {
                let frozen = self.frozen_set_key(key, e)?;
                self.set_contains(set, frozen)
            }
            r => r,
        }
    }

    /// `set_discard` for `set.remove` and `set.discard`, with a mutable set key looked up
    /// as the frozenset of its items.
    pub(crate) fn set_discard_key(&mut self, set: Value, key: Value) -> PyResult<bool> {
        match self.set_discard(set, key) {
            Err(e) => {
                let frozen = self.frozen_set_key(key, e)?;
                self.set_discard(set, frozen)
            }
            r => r,
        }
    }

    /// The frozenset copy of `key` when `error` is the TypeError of hashing a mutable set;
    /// otherwise `error` itself.
    fn frozen_set_key(&mut self, key: Value, error: crate::error::Exception) -> PyResult<Value> {
        let mutable_set = match key {
            Value::Obj(o) => {
                matches!(o.payload, Payload::Set(_))
                    && crate::object::class::is_subclass(o.class(), self.s.types.set)
            }
            _ => false,
        };
        if !mutable_set || !self.exc_matches(error, self.s.types.type_error) {
            return Err(error);
        }
        let frozenset = self.s.types.frozenset;
        self.set_copy(key, frozenset)
    }

    /// Removes `key`; whether it was present.
    pub(crate) fn set_discard(&mut self, set: Value, key: Value) -> PyResult<bool> {
        self.set_or_error(&set)?;
        let hash = self.set_key_hash(key)?;
        self.set_discard_hashed(set, hash, key)
    }

    /// `set_discard` with the key's hash known (a set's or dict's stored one).
    pub(crate) fn set_discard_hashed(
        &mut self,
        set: Value,
        hash: i64,
        key: Value,
    ) -> PyResult<bool> {
        let Some(t) = set_table(&set) else {
            return Ok(false);
        };
        let str_class = self.s.types.str;
        let quick = quick_lookup(&t.borrow(), hash, key, str_class);
        let found = match quick {
            Lookup::Found(pos) => Some(pos),
            Lookup::Absent { .. } => None,
            Lookup::Undecided => self.set_locate(t, hash, key)?.0,
        };
        match found {
            Some(pos) => {
                t.borrow_mut().remove_at(pos);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// A new empty set or frozenset of class `class`.
    pub(crate) fn new_set_of_class(&mut self, class: Gc<Object>) -> Value {
        Value::Obj(self.alloc(class, Payload::Set(Box::new(SetTable::new().into()))))
    }

    /// A new set (or frozenset) of `items`, added in order.
    pub fn new_set_from(&mut self, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
        let class = if frozen {
            self.s.types.frozenset
        } else {
            self.s.types.set
        };
        let set = self.new_set_of_class(class);
        for item in items {
            self.set_add(set, item)?;
        }
        Ok(set)
    }

    /// `set.update(other)` as CPython does it: a set is merged table to table, a dict's
    /// keys are added after one resize, anything else is iterated.
    pub(crate) fn set_update(&mut self, set: Value, other: Value) -> PyResult<()> {
        if let (Some(t), Some(o)) = (set_table(&set), set_table(&other)) {
            if set.is(other) {
                return Ok(());
            }
            if t.borrow().is_empty() {
                t.borrow_mut().merge_into_empty(&o.borrow());
                return Ok(());
            }
            let incoming: Vec<(i64, Value)> = o.borrow().iter().collect();
            t.borrow_mut().reserve(incoming.len());
            for (hash, key) in incoming {
                self.set_add_hashed(set, hash, key)?;
            }
            return Ok(());
        }
        if let (Some(t), Some(Payload::Dict(d))) = (set_table(&set), other.payload()) {
            let keys: Vec<(i64, Value)> = d.borrow().iter().map(|e| (e.hash, e.key)).collect();
            t.borrow_mut().reserve(keys.len());
            for (hash, key) in keys {
                self.set_add_hashed(set, hash, key)?;
            }
            return Ok(());
        }
        // Not the rooted drain: callers may hold result sets of their own.
        let items = self.collect_iter(other)?;
        for item in items {
            self.set_add(set, item)?;
        }
        Ok(())
    }

    /// A copy of a set with the same class kind (`set_copy`).
    pub(crate) fn set_copy(&mut self, set: Value, class: Gc<Object>) -> PyResult<Value> {
        let copy = self.new_set_of_class(class);
        self.set_update(copy, set)?;
        Ok(copy)
    }
}
