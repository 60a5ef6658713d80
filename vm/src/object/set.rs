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

/// The start of the next linear run after `i`, as CPython's set probes: the perturbation
/// shifts in more of the hash each step, so keys that collide early part ways.
#[inline(always)]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    (i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize))
        & mask
}

/// The stored hash of an empty slot: Python never uses -1 as a hash (`hash()` answers -2
/// for it), and the table maps a -1 it is given to -2 as well.
const EMPTY_HASH: i64 = -1;
/// The stored hash of a dummy (a removed key's slot). It is a possible hash, so a dummy is
/// this hash together with the key `True`, which no active slot has (`hash(True)` is 1).
/// A probe for any other hash passes a dummy with the same single compare as a
/// non-matching key.
const DUMMY_HASH: i64 = i64::MIN;

/// One slot of the table: an active key with its hash, an empty slot (hash [`EMPTY_HASH`],
/// key `None`) or a dummy (hash [`DUMMY_HASH`], key `True`). 24 bytes.
#[derive(Clone, Copy, Trace)]
struct Slot {
    /// `hash(key)`, or a marker hash.
    #[trace(skip)]
    hash: i64,
    /// The key, or the marker's key.
    key: Value,
}

impl Slot {
    const EMPTY: Slot = Slot {
        hash: EMPTY_HASH,
        key: Value::None,
    };
    const DUMMY: Slot = Slot {
        hash: DUMMY_HASH,
        key: Value::Bool(true),
    };

    #[inline(always)]
    fn is_empty(&self) -> bool {
        self.hash == EMPTY_HASH
    }

    #[inline(always)]
    fn is_dummy(&self) -> bool {
        // An active bool has hash 0 or 1, so any bool here is the marker.
        self.hash == DUMMY_HASH && matches!(self.key, Value::Bool(_))
    }

    #[inline(always)]
    fn is_active(&self) -> bool {
        !self.is_empty() && !self.is_dummy()
    }
}

/// A hash as the table stores it (-1 cannot occur in Python; it would read as empty).
#[inline(always)]
fn stored_hash(hash: i64) -> i64 {
    if hash == EMPTY_HASH {
        -2
    } else {
        hash
    }
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

/// Where [`SetTable::probe_int`] stopped.
enum IntProbe {
    /// The key is in this slot.
    Found(usize),
    /// The key is absent; the walk ended at this empty slot.
    Empty(usize),
    /// A same-hash key of another type needs the general comparison.
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
            slots: vec![Slot::EMPTY; MIN_SIZE],
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

    /// Slot count (one past the last position).
    #[inline]
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// The keys in table order with their hashes.
    pub fn iter(&self) -> impl Iterator<Item = (i64, Value)> + '_ {
        self.slots
            .iter()
            .filter(|s| s.is_active())
            .map(|s| (s.hash, s.key))
    }

    /// The first occupied slot at or after `pos`.
    pub fn next_active(&self, pos: usize) -> Option<(usize, Value)> {
        let rest = self.slots.get(pos..)?;
        let k = rest.iter().position(Slot::is_active)?;
        Some((pos + k, rest[k].key))
    }

    /// Looks a key up with an equality that needs no Python code (`eq` answers `None` when
    /// it would; the caller then falls back to [`SetTable::walk`]).
    #[inline]
    pub fn lookup(&self, hash: i64, mut eq: impl FnMut(Value) -> Option<bool>) -> Lookup {
        let hash = stored_hash(hash);
        let slots = &self.slots[..];
        let mask = slots.len() - 1;
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
            let run = slots.get(i..=i + probes).unwrap_or(&[]);
            for (k, slot) in run.iter().enumerate() {
                if slot.hash == hash {
                    if slot.is_dummy() {
                        freeslot = Some(i + k);
                        continue;
                    }
                    match eq(slot.key) {
                        Some(true) => return Lookup::Found(i + k),
                        Some(false) => {}
                        None => return Lookup::Undecided,
                    }
                } else if slot.is_empty() {
                    return match freeslot {
                        Some(f) => Lookup::Absent {
                            insert_at: f,
                            into_empty: false,
                        },
                        None => Lookup::Absent {
                            insert_at: i + k,
                            into_empty: true,
                        },
                    };
                } else if slot.is_dummy() {
                    freeslot = Some(i + k);
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// `key in set` for an int `key` whose hash is `hash`: `None` when a stored key with the
    /// same hash is neither an int nor a bool (a float, a big int, an instance), whose
    /// equality the caller decides. An int's hash is never [`DUMMY_HASH`], so dummies pass
    /// as non-matching slots. Out of line, so the probe loop keeps its state in registers.
    #[inline(never)]
    pub fn contains_int(&self, key: i64, hash: i64) -> Option<bool> {
        match self.probe_int(key, hash, |_| {}) {
            IntProbe::Found(_) => Some(true),
            IntProbe::Empty(_) => Some(false),
            IntProbe::Undecided => None,
        }
    }

    /// [`SetTable::lookup`] for an int `key` whose hash is `hash` (`Undecided` as for
    /// [`SetTable::contains_int`]'s `None`), out of line for the same reason.
    #[inline(never)]
    pub fn lookup_int(&self, key: i64, hash: i64) -> Lookup {
        let mut freeslot = None;
        match self.probe_int(key, hash, |pos| freeslot = Some(pos)) {
            IntProbe::Found(pos) => Lookup::Found(pos),
            IntProbe::Empty(pos) => match freeslot {
                Some(f) => Lookup::Absent {
                    insert_at: f,
                    into_empty: false,
                },
                None => Lookup::Absent {
                    insert_at: pos,
                    into_empty: true,
                },
            },
            IntProbe::Undecided => Lookup::Undecided,
        }
    }

    /// The probe sequence of an int key, calling `dummy` with each dummy's position. A
    /// whole linear run is one fixed-size array, so the slot tests unroll.
    #[inline(always)]
    fn probe_int(&self, key: i64, hash: i64, mut dummy: impl FnMut(usize)) -> IntProbe {
        let slots = &self.slots[..];
        let mask = slots.len() - 1;
        let mut i = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        let mut step = |slot: &Slot, pos: usize| -> Option<IntProbe> {
            if slot.hash == hash {
                match slot.key {
                    Value::Int(x) if x == key => return Some(IntProbe::Found(pos)),
                    Value::Bool(b) if b as i64 == key => return Some(IntProbe::Found(pos)),
                    Value::Int(_) | Value::Bool(_) => {}
                    _ => return Some(IntProbe::Undecided),
                }
            } else if slot.hash == EMPTY_HASH {
                return Some(IntProbe::Empty(pos));
            } else if slot.hash == DUMMY_HASH {
                // No active slot has this hash: an int's hash is never DUMMY_HASH.
                dummy(pos);
            }
            None
        };
        loop {
            let run: Option<&[Slot; LINEAR_PROBES + 1]> = if i + LINEAR_PROBES <= mask {
                slots
                    .get(i..i + LINEAR_PROBES + 1)
                    .and_then(|r| r.try_into().ok())
            } else {
                None
            };
            if let Some(run) = run {
                for (k, slot) in run.iter().enumerate() {
                    if let Some(r) = step(slot, i + k) {
                        return r;
                    }
                }
            } else if let Some(slot) = slots.get(i) {
                if let Some(r) = step(slot, i) {
                    return r;
                }
            }
            i = next_probe(i, &mut perturb, mask);
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
        let hash = stored_hash(hash);
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
                let slot = self.slots[j];
                if slot.is_empty() {
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
                if slot.is_dummy() {
                    // CPython 3.11 reuses the last dummy on the way, not the first.
                    freeslot = Some(j);
                } else if slot.hash == hash {
                    candidates.push((j, slot.key));
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// Puts a new key where [`SetTable::walk`] said, growing the table as CPython does.
    pub fn insert(&mut self, walk: &Walk, hash: i64, key: Value) {
        self.slots[walk.insert_at] = Slot {
            hash: stored_hash(hash),
            key,
        };
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
        let slot = self.slots.get_mut(pos)?;
        if !slot.is_active() {
            return None;
        }
        let key = slot.key;
        *slot = Slot::DUMMY;
        self.used -= 1;
        self.changes += 1;
        Some(key)
    }

    /// `set.pop()`: the next key from the finger, as CPython picks it.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let n = self.slots.len();
        let mut pos = self.finger & self.mask();
        while !self.slots[pos].is_active() {
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
        let old = std::mem::replace(&mut self.slots, vec![Slot::EMPTY; size]);
        self.fill = self.used;
        self.changes += 1;
        for slot in old {
            if slot.is_active() {
                self.insert_clean(slot.hash, slot.key);
            }
        }
    }

    /// Places a key known to be absent, in a table known to have no dummies (`hash` as
    /// stored).
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
                if self.slots[j].is_empty() {
                    self.slots[j] = Slot { hash, key };
                    return;
                }
            }
            i = next_probe(i, &mut perturb, mask);
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
