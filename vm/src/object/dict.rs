//! `Dict`: the insertion-ordered hash table behind dicts, sets, instance attributes, class
//! namespaces and module globals.
//!
//! Entries live in a vector in insertion order (deleted ones leave a hole until the next
//! compaction); small tables are scanned linearly and larger ones get a hashbrown index of
//! entry positions. The table itself never calls Python: key equality that needs a user
//! `__eq__` is reported back as [`Probe::Unknown`] so the VM can call it with no borrow held.

use std::sync::atomic::{AtomicU64, Ordering};

use hashbrown::HashTable;
use krait_gc::{Gc, Trace};

use crate::object::int::{cmp_int_float, IntRef};
use crate::object::{Object, Payload};
use crate::value::Value;

/// Tables with at most this many entry slots are scanned without an index.
const LINEAR_LIMIT: usize = 8;

static NEXT_VERSION: AtomicU64 = AtomicU64::new(1);

fn fresh_version() -> u64 {
    NEXT_VERSION.fetch_add(1, Ordering::Relaxed)
}

/// One key/value pair with the key's hash.
#[derive(Clone, Copy, Trace)]
pub struct Entry {
    /// `hash(key)`.
    pub hash: i64,
    /// The key.
    pub key: Value,
    /// The value.
    pub value: Value,
}

/// The outcome of looking a key up.
pub enum Probe {
    /// The key is at this entry position.
    Found(usize),
    /// The key is absent.
    Missing,
    /// Entries with the same hash whose equality with the key needs Python code.
    Unknown(Vec<usize>),
}

/// An insertion-ordered hash map from Python values to Python values.
#[derive(Trace)]
pub struct Dict {
    entries: Vec<Option<Entry>>,
    #[trace(skip)]
    index: Option<Box<HashTable<u32>>>,
    #[trace(skip)]
    len: usize,
    /// Changes whenever the set of keys changes (never on a value update), and is unique
    /// across all dicts, so a cached `(version, position)` pair stays valid exactly as long
    /// as the version matches.
    #[trace(skip)]
    version: u64,
}

impl Default for Dict {
    fn default() -> Self {
        Dict::new()
    }
}

impl Dict {
    /// An empty table.
    pub fn new() -> Dict {
        Dict {
            entries: Vec::new(),
            index: None,
            len: 0,
            version: fresh_version(),
        }
    }

    /// The number of keys.
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the table is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The key-set version (see the field docs).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// One past the last entry position (holes included).
    #[inline]
    pub fn capacity_end(&self) -> usize {
        self.entries.len()
    }

    /// The entry at `pos`, if it holds one.
    #[inline]
    pub fn entry_at(&self, pos: usize) -> Option<Entry> {
        self.entries.get(pos).copied().flatten()
    }

    /// The first live entry at or after `pos`, with its position.
    pub fn next_entry(&self, mut pos: usize) -> Option<(usize, Entry)> {
        while pos < self.entries.len() {
            if let Some(e) = self.entries[pos] {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }

    /// The live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = Entry> + '_ {
        self.entries.iter().filter_map(|e| *e)
    }

    /// Sets the value of the entry at `pos` (which must be live).
    #[inline]
    pub fn set_value_at(&mut self, pos: usize, value: Value) {
        if let Some(e) = &mut self.entries[pos] {
            e.value = value;
        }
    }

    /// Finds a small-int key (exactly as `probe` would, without the general equality).
    #[inline]
    pub fn probe_int(&self, hash: i64, i: i64) -> Option<usize> {
        let same = |e: &Entry| {
            e.hash == hash
                && match e.key {
                    Value::Int(j) => j == i,
                    Value::Bool(b) => b as i64 == i,
                    other => pure_key_eq(other, Value::Int(i)) == Some(true),
                }
        };
        match &self.index {
            None => self
                .entries
                .iter()
                .position(|slot| matches!(slot, Some(e) if same(e))),
            Some(index) => index
                .find(
                    hash as u64,
                    |&pos| matches!(&self.entries[pos as usize], Some(e) if same(e)),
                )
                .map(|&pos| pos as usize),
        }
    }

    /// Looks `key` (with hash `hash`) up without calling Python.
    pub fn probe(&self, hash: i64, key: Value) -> Probe {
        let mut unknown = Vec::new();
        match &self.index {
            None => {
                for (pos, slot) in self.entries.iter().enumerate() {
                    if let Some(e) = slot {
                        if e.hash == hash {
                            match pure_key_eq(e.key, key) {
                                Some(true) => return Probe::Found(pos),
                                Some(false) => {}
                                None => unknown.push(pos),
                            }
                        }
                    }
                }
            }
            Some(index) => {
                let entries = &self.entries;
                let found = index.find(hash as u64, |&pos| {
                    let Some(e) = entries[pos as usize] else {
                        return false;
                    };
                    if e.hash != hash {
                        return false;
                    }
                    match pure_key_eq(e.key, key) {
                        Some(eq) => eq,
                        None => {
                            unknown.push(pos as usize);
                            false
                        }
                    }
                });
                if let Some(&pos) = found {
                    return Probe::Found(pos as usize);
                }
            }
        }
        if unknown.is_empty() {
            Probe::Missing
        } else {
            Probe::Unknown(unknown)
        }
    }

    /// Finds a str key by identity or text, the fast path for names. `hash` is the str's.
    #[inline]
    pub fn get_str(&self, hash: i64, key: Gc<Object>) -> Option<Value> {
        match self.probe_str(hash, key) {
            Some(pos) => self.entries[pos].map(|e| e.value),
            None => None,
        }
    }

    /// The position of a str key, looked up by identity or text.
    pub fn probe_str(&self, hash: i64, key: Gc<Object>) -> Option<usize> {
        let same = |e: &Entry| {
            e.hash == hash
                && match e.key {
                    Value::Obj(k) => Gc::ptr_eq(k, key) || str_eq(k, key),
                    _ => false,
                }
        };
        match &self.index {
            None => self
                .entries
                .iter()
                .position(|slot| matches!(slot, Some(e) if same(e))),
            Some(index) => index
                .find(
                    hash as u64,
                    |&pos| matches!(&self.entries[pos as usize], Some(e) if same(e)),
                )
                .map(|&pos| pos as usize),
        }
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let pos = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        self.version = fresh_version();
        match &mut self.index {
            Some(index) => {
                let entries = &self.entries;
                index.insert_unique(hash as u64, pos as u32, |&p| {
                    entries[p as usize].map_or(0, |e| e.hash as u64)
                });
            }
            None if self.entries.len() > LINEAR_LIMIT => self.rebuild(),
            None => {}
        }
    }

    /// Removes the entry at `pos`, returning it.
    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        let entry = self.entries.get_mut(pos)?.take()?;
        self.len -= 1;
        self.version = fresh_version();
        if let Some(index) = &mut self.index {
            if let Ok(found) = index.find_entry(entry.hash as u64, |&p| p as usize == pos) {
                found.remove();
            }
        }
        let holes = self.entries.len() - self.len;
        if self.len == 0 {
            self.entries.clear();
            self.index = None;
        } else if holes > 16 && holes > self.len {
            self.compact();
        } else if pos + 1 == self.entries.len() && self.index.is_none() {
            // Popping the last item (popitem, pop of the newest key) needs no hole.
            self.entries.pop();
        }
        Some(entry)
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.index = None;
        self.len = 0;
        self.version = fresh_version();
    }

    /// Removes the holes left by deletions.
    fn compact(&mut self) {
        self.entries.retain(Option::is_some);
        self.rebuild();
    }

    fn rebuild(&mut self) {
        if self.entries.len() <= LINEAR_LIMIT {
            self.index = None;
            return;
        }
        let mut index = HashTable::with_capacity(self.entries.len());
        for (pos, slot) in self.entries.iter().enumerate() {
            if let Some(e) = slot {
                index.insert_unique(e.hash as u64, pos as u32, |&p| {
                    self.entries[p as usize].map_or(0, |e| e.hash as u64)
                });
            }
        }
        self.index = Some(Box::new(index));
    }

    /// The last live entry's position (for `popitem`).
    pub fn last_pos(&self) -> Option<usize> {
        self.entries.iter().rposition(Option::is_some)
    }
}

fn str_eq(a: Gc<Object>, b: Gc<Object>) -> bool {
    match (&a.payload, &b.payload) {
        (Payload::Str(x), Payload::Str(y)) => x.as_str() == y.as_str(),
        _ => false,
    }
}

/// Equality of two keys with equal hashes when it needs no Python code: `Some(answer)`, or
/// `None` when a user-defined `__eq__` may be involved.
pub fn pure_key_eq(a: Value, b: Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::None, _) | (_, Value::None) => Some(false),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Int(_) | Value::Bool(_), Value::Int(_) | Value::Bool(_)) => {
            Some(a.as_small_int() == b.as_small_int())
        }
        (Value::Int(_) | Value::Bool(_), Value::Float(f))
        | (Value::Float(f), Value::Int(_) | Value::Bool(_)) => {
            let i = a.as_small_int().or(b.as_small_int()).unwrap_or(0);
            Some(cmp_int_float(IntRef::Small(i), f) == Some(std::cmp::Ordering::Equal))
        }
        (Value::Obj(o), other) | (other, Value::Obj(o)) => obj_key_eq(o, other),
    }
}

fn obj_key_eq(o: Gc<Object>, other: Value) -> Option<bool> {
    // A complex key may equal an int or float one: compare with the full protocol.
    if matches!(o.payload, Payload::Complex { .. })
        || matches!(other.payload(), Some(Payload::Complex { .. }))
    {
        return None;
    }
    match &o.payload {
        // Weak references compare through their targets, and bound methods through their
        // functions, which may run `__eq__`.
        Payload::Instance(_)
        | Payload::Exception(_)
        | Payload::WeakRef { .. }
        | Payload::BoundMethod { .. } => return None,
        Payload::BigInt(b) => {
            return Some(match other {
                Value::Float(f) => {
                    cmp_int_float(IntRef::Big(b), f) == Some(std::cmp::Ordering::Equal)
                }
                Value::Obj(p) => matches!(&p.payload, Payload::BigInt(c) if c == b),
                // A subclass-of-int instance holding a small value.
                Value::Int(i) => num_traits::ToPrimitive::to_i64(b) == Some(i),
                Value::Bool(x) => num_traits::ToPrimitive::to_i64(b) == Some(x as i64),
                Value::None => false,
            });
        }
        _ => {}
    }
    let Value::Obj(p) = other else {
        return Some(false);
    };
    match (&o.payload, &p.payload) {
        (Payload::Str(x), Payload::Str(y)) => Some(x.as_str() == y.as_str()),
        (Payload::Tuple(x), Payload::Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (&u, &v) in x.iter().zip(y.iter()) {
                match pure_key_eq(u, v)? {
                    true => {}
                    false => return Some(false),
                }
            }
            Some(true)
        }
        (Payload::Instance(_) | Payload::Exception(_) | Payload::WeakRef { .. }, _) => None,
        (Payload::Set(_), Payload::Set(_)) => None,
        (Payload::Bytes(x), Payload::Bytes(y)) => Some(x == y),
        _ => Some(false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::int::hash_i64;

    fn int_key(d: &Dict, i: i64) -> Option<Value> {
        d.probe_int(hash_i64(i), i)
            .and_then(|p| d.entry_at(p))
            .map(|e| e.value)
    }

    #[test]
    fn keeps_insertion_order_across_growth_and_removal() {
        let mut d = Dict::new();
        for i in 0..100 {
            d.insert_new(hash_i64(i), Value::Int(i), Value::Int(i * 10));
        }
        for i in (0..100).step_by(3) {
            let pos = d.probe_int(hash_i64(i), i).expect("present");
            d.remove_at(pos);
        }
        let keys: Vec<i64> = d.iter().filter_map(|e| e.key.as_small_int()).collect();
        let want: Vec<i64> = (0..100).filter(|i| i % 3 != 0).collect();
        assert_eq!(keys, want);
        assert_eq!(d.len(), want.len());
        assert!(matches!(int_key(&d, 4), Some(Value::Int(40))));
        assert!(int_key(&d, 3).is_none());
    }

    #[test]
    fn numeric_keys_that_are_equal_in_python_match() {
        let mut d = Dict::new();
        d.insert_new(hash_i64(1), Value::Int(1), Value::Int(7));
        // 1.0 and True hash like 1 and compare equal to it.
        assert!(matches!(
            d.probe(hash_i64(1), Value::Float(1.0)),
            Probe::Found(0)
        ));
        assert!(matches!(
            d.probe(hash_i64(1), Value::Bool(true)),
            Probe::Found(0)
        ));
        assert!(matches!(
            d.probe(hash_i64(2), Value::Int(2)),
            Probe::Missing
        ));
    }

    #[test]
    fn versions_change_with_the_key_set_only() {
        let mut d = Dict::new();
        d.insert_new(hash_i64(5), Value::Int(5), Value::None);
        let v = d.version();
        d.set_value_at(0, Value::Int(1));
        assert_eq!(d.version(), v);
        d.insert_new(hash_i64(6), Value::Int(6), Value::None);
        assert_ne!(d.version(), v);
    }
}
