//! `SetTable`: the hash table behind sets and frozensets, laid out exactly as CPython 3.11's
//! set table (open addressing, linear probes then perturbation, dummies for deleted keys,
//! the same growth rule), so that iterating and printing a set gives CPython's order. The
//! table never calls Python: the VM walks probe sequences ([`SetTable::walk`]) and decides
//! equality itself.

use krait_gc::Trace;

use crate::value::Value;

/// The smallest table.
const MIN_SIZE: usize = 8;
/// Consecutive slots examined before perturbing.
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// One slot of the table.
#[derive(Clone, Copy, Trace)]
pub enum Slot {
    /// Never used since the last resize.
    Empty,
    /// Held a key that was removed.
    Dummy,
    /// Holds a key.
    Active {
        /// `hash(key)`.
        #[trace(skip)]
        hash: i64,
        /// The key.
        key: Value,
    },
}

/// The result of walking the probe sequence of a hash.
pub struct Walk {
    /// Occupied slots with the same hash, in probe order: the possible matches.
    pub candidates: Vec<(usize, Value)>,
    /// Where a new key with this hash goes: the last dummy seen, else the empty slot that
    /// ended the walk.
    pub insert_at: usize,
    /// Whether `insert_at` is an empty slot (rather than a reused dummy).
    pub insert_into_empty: bool,
}

/// The outcome of [`SetTable::lookup`].
pub enum Lookup {
    /// The key is in this slot.
    Found(usize),
    /// The key is absent; a new one goes here.
    Absent {
        /// The slot for it.
        insert_at: usize,
        /// Whether that slot is empty (rather than a reused dummy).
        into_empty: bool,
    },
    /// A same-hash key needs Python code to compare.
    Undecided,
}

/// A set's table.
#[derive(Trace)]
pub struct SetTable {
    slots: Vec<Slot>,
    /// Active plus dummy slots.
    #[trace(skip)]
    fill: usize,
    /// Active slots.
    #[trace(skip)]
    used: usize,
    /// Where `pop` resumes its scan.
    #[trace(skip)]
    finger: usize,
    /// Bumped by every change, so a caller that released the table to run Python code can
    /// tell whether its walk is still valid.
    #[trace(skip)]
    changes: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    /// An empty table of the minimum size.
    pub fn new() -> SetTable {
        SetTable {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            changes: 0,
        }
    }

    /// The number of keys.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the set is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The change counter (see the field).
    #[inline]
    pub fn changes(&self) -> u64 {
        self.changes
    }

    #[inline]
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The slot at `pos`.
    #[inline]
    pub fn slot(&self, pos: usize) -> Option<Slot> {
        self.slots.get(pos).copied()
    }

    /// Slot count (one past the last position).
    #[inline]
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// The keys in table order with their hashes.
    pub fn iter(&self) -> impl Iterator<Item = (i64, Value)> + '_ {
        self.slots.iter().filter_map(|s| match *s {
            Slot::Active { hash, key } => Some((hash, key)),
            _ => None,
        })
    }

    /// The first occupied slot at or after `pos`.
    pub fn next_active(&self, mut pos: usize) -> Option<(usize, Value)> {
        while pos < self.slots.len() {
            if let Slot::Active { key, .. } = self.slots[pos] {
                return Some((pos, key));
            }
            pos += 1;
        }
        None
    }

    /// Looks a key up with an equality that needs no Python code (`eq` answers `None` when
    /// it would; the caller then falls back to [`SetTable::walk`]).
    #[inline]
    pub fn lookup(&self, hash: i64, mut eq: impl FnMut(Value) -> Option<bool>) -> Lookup {
        let mask = self.mask();
        let mut i = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            // One bounds check for the whole linear run rather than one per slot.
            let run = self.slots.get(i..=i + probes).unwrap_or(&[]);
            for (j, slot) in (i..).zip(run) {
                match *slot {
                    Slot::Empty => {
                        return match freeslot {
                            Some(f) => Lookup::Absent {
                                insert_at: f,
                                into_empty: false,
                            },
                            None => Lookup::Absent {
                                insert_at: j,
                                into_empty: true,
                            },
                        };
                    }
                    Slot::Dummy => freeslot = Some(j),
                    Slot::Active { hash: h, key } => {
                        if h == hash {
                            match eq(key) {
                                Some(true) => return Lookup::Found(j),
                                Some(false) => {}
                                None => return Lookup::Undecided,
                            }
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Inserts a new key at a position [`SetTable::lookup`] reported.
    pub fn insert_at(&mut self, pos: usize, into_empty: bool, hash: i64, key: Value) {
        let walk = Walk {
            candidates: Vec::new(),
            insert_at: pos,
            insert_into_empty: into_empty,
        };
        self.insert(&walk, hash, key);
    }

    /// Walks the probe sequence of `hash` until an empty slot.
    pub fn walk(&self, hash: i64) -> Walk {
        let mask = self.mask();
        let mut i = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        let mut candidates = Vec::new();
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match self.slots[j] {
                    Slot::Empty => {
                        return match freeslot {
                            Some(f) => Walk {
                                candidates,
                                insert_at: f,
                                insert_into_empty: false,
                            },
                            None => Walk {
                                candidates,
                                insert_at: j,
                                insert_into_empty: true,
                            },
                        };
                    }
                    // CPython 3.11 reuses the last dummy on the way, not the first.
                    Slot::Dummy => freeslot = Some(j),
                    Slot::Active { hash: h, key } => {
                        if h == hash {
                            candidates.push((j, key));
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Puts a new key where [`SetTable::walk`] said, growing the table as CPython does.
    pub fn insert(&mut self, walk: &Walk, hash: i64, key: Value) {
        self.slots[walk.insert_at] = Slot::Active { hash, key };
        self.used += 1;
        self.changes += 1;
        if walk.insert_into_empty {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let minused = if self.used > 50_000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(minused);
            }
        }
    }

    /// Removes the key in slot `pos`, leaving a dummy.
    pub fn remove_at(&mut self, pos: usize) -> Option<Value> {
        match self.slots.get(pos).copied() {
            Some(Slot::Active { key, .. }) => {
                self.slots[pos] = Slot::Dummy;
                self.used -= 1;
                self.changes += 1;
                Some(key)
            }
            _ => None,
        }
    }

    /// `set.pop()`: the next key from the finger, as CPython picks it.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let n = self.slots.len();
        let mut pos = self.finger & self.mask();
        loop {
            if let Slot::Active { .. } = self.slots[pos] {
                break;
            }
            pos += 1;
            if pos >= n {
                pos = 0;
            }
        }
        let key = self.remove_at(pos);
        self.finger = pos + 1;
        key
    }

    /// Empties the set (back to the minimum size).
    pub fn clear(&mut self) {
        let changes = self.changes + 1;
        *self = SetTable::new();
        self.changes = changes;
    }

    /// Rebuilds the table with room for `minused` keys, dropping dummies.
    pub fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.fill = self.used;
        self.changes += 1;
        for slot in old {
            if let Slot::Active { hash, key } = slot {
                self.insert_clean(hash, key);
            }
        }
    }

    /// Places a key known to be absent, in a table known to have no dummies.
    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut i = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if let Slot::Empty = self.slots[j] {
                    self.slots[j] = Slot::Active { hash, key };
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Copies `other` into this (empty) table the way CPython's `set_merge` does when the
    /// target is empty: the slot layout is kept when the sizes allow.
    pub fn merge_into_empty(&mut self, other: &SetTable) {
        if other.used == 0 {
            return;
        }
        self.reserve(other.used);
        self.changes += 1;
        if self.mask() == other.mask() && other.fill == other.used {
            self.slots.clone_from(&other.slots);
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        self.fill = other.used;
        self.used = other.used;
        for (hash, key) in other.iter() {
            self.insert_clean(hash, key);
        }
    }

    /// Grows ahead of merging `extra` keys from another set or a dict, as CPython does.
    pub fn reserve(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(t: &mut SetTable, i: i64) {
        let h = crate::object::int::hash_i64(i);
        let w = t.walk(h);
        if !w
            .candidates
            .iter()
            .any(|&(_, k)| k.as_small_int() == Some(i))
        {
            t.insert(&w, h, Value::Int(i));
        }
    }

    fn order(t: &SetTable) -> Vec<i64> {
        t.iter().filter_map(|(_, k)| k.as_small_int()).collect()
    }

    // Orders checked against CPython 3.11: set([10, 3, 7, 1]), {100, 5, 9, 33},
    // and {x * 3 for x in range(10)}.
    #[test]
    fn small_int_sets_iterate_in_cpython_order() {
        let mut t = SetTable::new();
        for i in [10, 3, 7, 1] {
            add(&mut t, i);
        }
        assert_eq!(order(&t), vec![1, 10, 3, 7]);
        let mut t = SetTable::new();
        for i in [100, 5, 9, 33] {
            add(&mut t, i);
        }
        assert_eq!(order(&t), vec![9, 100, 5, 33]);
        let mut t = SetTable::new();
        for i in 0..10 {
            add(&mut t, i * 3);
        }
        assert_eq!(order(&t), vec![0, 3, 6, 9, 12, 15, 18, 21, 24, 27]);
    }
}
