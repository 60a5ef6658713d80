//! `Dict`: the insertion-ordered hash table behind dicts, sets, instance attributes, class
//! namespaces and module globals.
//!
//! Entries live in a vector in insertion order (deleted ones leave a hole until the next
//! compaction); small tables are scanned linearly and larger ones get a hashbrown index of
//! entry positions. The table itself never calls Python: key equality that needs a user
//! `__eq__` is reported back as [`Probe::Unknown`] so the VM can call it with no borrow held.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

use hashbrown::HashTable;
use krait_gc::{Gc, GcRefCell, Trace};

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

/// Most attribute names a class's instances share before new instance dicts stop sharing
/// (CPython's limit for split tables).
const SHARED_KEYS_MAX: usize = 30;

/// One key of a [`SharedKeys`] table.
#[derive(Clone, Copy, Trace)]
struct SharedKey {
    #[trace(skip)]
    hash: i64,
    key: Gc<Object>,
}

/// The attribute names the instances of one class set, in the order they set them: their
/// dicts share these keys and store only values (CPython's split tables, PEP 412). Keys
/// are only ever appended, so a position, once given, names the same key for good.
#[derive(Trace)]
pub struct SharedKeys {
    /// Unique across all tables, never reused (but see [`UNHINTABLE`]), so a [`KeyHint`]
    /// cannot confuse two tables.
    #[trace(skip)]
    id: u32,
    /// `keys.len()`, readable without a borrow.
    #[trace(skip)]
    count: Cell<u32>,
    keys: GcRefCell<Vec<SharedKey>>,
    /// Hash index of key positions once there are more than [`LINEAR_LIMIT`] keys.
    #[trace(skip)]
    index: RefCell<Option<HashTable<u32>>>,
}

/// The next [`SharedKeys::id`]; saturates at [`UNHINTABLE`].
static NEXT_KEYS_ID: AtomicU32 = AtomicU32::new(1);

/// The id of shared keys made after `u32::MAX - 1` others: hints about them never vouch
/// for plain attributes, so they never answer a fast lookup.
const UNHINTABLE: u32 = u32::MAX;

fn fresh_keys_id() -> u32 {
    NEXT_KEYS_ID
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |id| {
            Some(id.saturating_add(1))
        })
        .unwrap_or(UNHINTABLE)
}

impl Default for SharedKeys {
    fn default() -> Self {
        SharedKeys {
            id: fresh_keys_id(),
            count: Cell::new(0),
            keys: GcRefCell::new(Vec::new()),
            index: RefCell::new(None),
        }
    }
}

/// What an earlier lookup of one name learned about a shared-keys table, kept by the code
/// that looks the name up (one per name of a code object), so the next instance of the same
/// class answers without a search: the name's position, or that it was absent while the
/// table had `count` keys (keys are only appended, so it is absent while that holds).
/// `plain` is the class version at which the class owning the keys was seen to store
/// attributes plainly (see `Vm::plain_attrs`): a hint whose `plain` is the current class
/// version answers a load or store by itself, without a look at the instance's class,
/// since an instance dict sharing a class's keys belongs to an instance of that class
/// (`__class__` assignment unshares the dict, see [`Dict::unshare`]).
/// (16 bytes, so a name's hints index with a shift in the dispatch loop.)
#[derive(Clone, Copy)]
pub struct KeyHint {
    keys: u32,
    pos: u16,
    count: u16,
    plain: u64,
}

impl Default for KeyHint {
    fn default() -> Self {
        KeyHint {
            keys: 0,
            pos: ABSENT,
            count: 0,
            plain: NOT_PLAIN,
        }
    }
}

const ABSENT: u16 = u16::MAX;

/// A [`KeyHint::plain`] no class version reaches.
const NOT_PLAIN: u64 = u64::MAX;

impl SharedKeys {
    /// The position of str `key` (with hash `hash`), by identity or text.
    fn find(&self, hash: i64, key: Gc<Object>) -> Option<usize> {
        let keys = self.keys.borrow();
        let same = |k: &SharedKey| k.hash == hash && (Gc::ptr_eq(k.key, key) || str_eq(k.key, key));
        match &*self.index.borrow() {
            None => keys.iter().position(same),
            Some(index) => index
                .find(index_hash(hash), |&pos| same(&keys[pos as usize]))
                .map(|&pos| pos as usize),
        }
    }

    /// Whether the key at `pos` is `key`; appends it when `pos` is one past the last key
    /// and the table has room. `false` means the caller's dict must stop sharing.
    fn claim(&self, pos: usize, hash: i64, key: Gc<Object>) -> bool {
        let keys = self.keys.borrow_mut();
        if let Some(k) = keys.get(pos) {
            return k.hash == hash && (Gc::ptr_eq(k.key, key) || str_eq(k.key, key));
        }
        if pos != keys.len() || pos >= SHARED_KEYS_MAX {
            return false;
        }
        drop(keys);
        // A str already present at another position cannot be added twice.
        if self.find(hash, key).is_some() {
            return false;
        }
        let mut keys = self.keys.borrow_mut();
        keys.push(SharedKey { hash, key });
        self.count.set(keys.len() as u32);
        let mut index = self.index.borrow_mut();
        match &mut *index {
            Some(index) => {
                index.insert_unique(index_hash(hash), pos as u32, |&p| {
                    index_hash(keys[p as usize].hash)
                });
            }
            None if keys.len() > LINEAR_LIMIT => {
                let mut table = HashTable::with_capacity(keys.len());
                for (p, k) in keys.iter().enumerate() {
                    table.insert_unique(index_hash(k.hash), p as u32, |&q| {
                        index_hash(keys[q as usize].hash)
                    });
                }
                *index = Some(table);
            }
            None => {}
        }
        true
    }

    fn key_at(&self, pos: usize) -> SharedKey {
        self.keys.borrow()[pos]
    }

    fn len(&self) -> usize {
        self.count.get() as usize
    }
}

/// Where a dict keeps its entries.
#[derive(Trace)]
enum Table {
    /// Entries (with holes left by deletions) and, past [`LINEAR_LIMIT`] slots or once the
    /// iterator base has moved, the rest of the table's state (see [`Extra`]).
    Combined {
        entries: Vec<Option<Entry>>,
        #[trace(skip)]
        extra: Option<Box<Extra>>,
    },
    /// An instance dict sharing its class's keys: `values[i]` belongs to key `i`, every key
    /// below `values.len()` is present, so positions are the same as a combined table's.
    /// (In 24 bytes, so that this variant fits beside the niche of the combined one's
    /// vector and the table is 32 bytes: see [`SplitValues`].)
    Split {
        keys: Gc<SharedKeys>,
        values: SplitValues,
    },
}

/// The values of a split table: a boxed slice whose first `len()` slots are filled, sized
/// for as many values as the class's instances have set names (so the common instance
/// allocates it once, in `__init__`'s first store), grown by doubling past that. A
/// `Vec<Value>` would take 24 bytes, the slice takes 16 and keeps its length implicit.
#[derive(Trace)]
struct SplitValues(Box<[Option<Value>]>);

impl SplitValues {
    fn with_capacity(n: usize) -> SplitValues {
        SplitValues(vec![None; n].into_boxed_slice())
    }

    /// How many values are present (they fill a prefix of the slots).
    #[inline]
    fn len(&self) -> usize {
        self.0.partition_point(Option::is_some)
    }

    #[inline]
    fn get(&self, pos: usize) -> Option<Value> {
        self.0.get(pos).copied().flatten()
    }

    /// Replaces the present value at `pos`.
    #[inline]
    fn set(&mut self, pos: usize, value: Value) {
        if let Some(slot @ Some(_)) = self.0.get_mut(pos) {
            *slot = Some(value);
        }
    }

    /// Appends a value after the present ones.
    fn push(&mut self, value: Value) {
        let n = self.len();
        let _ = self.store(n, value);
    }

    /// Stores `value` at `pos` when that holds a value or is the first free slot, in
    /// constant time (what `__init__`'s hinted stores do): `Some(true)` when it appended,
    /// `Some(false)` when it replaced, `None` when `pos` lies past the first free slot.
    #[inline]
    fn store(&mut self, pos: usize, value: Value) -> Option<bool> {
        let follows = pos == 0 || matches!(self.0.get(pos - 1), Some(Some(_)));
        match self.0.get(pos) {
            Some(Some(_)) => {
                self.0[pos] = Some(value);
                Some(false)
            }
            Some(None) if follows => {
                self.0[pos] = Some(value);
                Some(true)
            }
            None if follows && pos == self.0.len() => {
                let mut grown = std::mem::take(&mut self.0).into_vec();
                grown.resize((2 * pos).max(4), None);
                self.0 = grown.into_boxed_slice();
                self.0[pos] = Some(value);
                Some(true)
            }
            _ => None,
        }
    }

    fn clear(&mut self) {
        self.0.fill(None);
    }

    fn iter(&self) -> impl Iterator<Item = Value> + '_ {
        self.0.iter().map_while(|v| *v)
    }
}

/// What a combined table keeps beside its entries once it is big (past [`LINEAR_LIMIT`]
/// slots) or its iterator base has moved. A small table has none: its live entries are
/// counted (at most [`LINEAR_LIMIT`] slots) and its base is 0. Keeping these out of line
/// holds a dict to 40 bytes, so a dict or instance payload fits the 48 bytes a payload
/// variant may take.
struct Extra {
    /// Hash index of entry positions, past [`LINEAR_LIMIT`] slots.
    index: Option<HashTable<u32>>,
    /// Live entries.
    len: u32,
    /// What iterator positions count from (see [`Dict::iter_base`]).
    base: u32,
}

// Pinned (ARCHITECTURE.md, "Heap and collector"): with the barriered cell's word a dict is
// 48 bytes, what a payload variant may take.
const _: () = assert!(std::mem::size_of::<Dict>() == 40);

/// The live entries among `entries`, for a table without [`Extra`].
#[inline]
fn count_live(entries: &[Option<Entry>]) -> usize {
    entries.iter().filter(|e| e.is_some()).count()
}

/// The hash a table's index files a key under. Python's hash of a small int is the int, so
/// the top bits hashbrown keeps as each slot's tag would be zero for every int key and a
/// lookup would compare the key against every filled slot of its group; multiplying by an odd
/// constant spreads the bits into the tag and keeps distinct hashes distinct.
#[inline]
fn index_hash(hash: i64) -> u64 {
    (hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The index of a combined table, if it has one.
#[inline]
fn index_of(extra: &Option<Box<Extra>>) -> Option<&HashTable<u32>> {
    extra.as_deref().and_then(|x| x.index.as_ref())
}

/// An insertion-ordered hash map from Python values to Python values.
#[derive(Trace)]
pub struct Dict {
    table: Table,
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
            table: Table::Combined {
                entries: Vec::new(),
                extra: None,
            },
            version: fresh_version(),
        }
    }

    /// An empty instance dict sharing `keys` (see [`SharedKeys`]), with room for as many
    /// values as the class's instances have set names so far.
    pub fn with_shared_keys(keys: Gc<SharedKeys>) -> Dict {
        Dict {
            table: Table::Split {
                values: SplitValues::with_capacity(keys.len()),
                keys,
            },
            version: fresh_version(),
        }
    }

    /// Whether this dict stores only values against shared keys.
    pub fn is_split(&self) -> bool {
        matches!(self.table, Table::Split { .. })
    }

    /// The number of keys.
    #[inline]
    pub fn len(&self) -> usize {
        match &self.table {
            Table::Combined { entries, extra } => match extra {
                Some(x) => x.len as usize,
                None => count_live(entries),
            },
            Table::Split { values, .. } => values.len(),
        }
    }

    /// Whether the table is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The key-set version (see the field docs).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// One past the last entry position (holes included).
    #[inline]
    pub fn capacity_end(&self) -> usize {
        match &self.table {
            Table::Combined { entries, .. } => entries.len(),
            Table::Split { values, .. } => values.len(),
        }
    }

    /// The entry at `pos`, if it holds one.
    #[inline]
    pub fn entry_at(&self, pos: usize) -> Option<Entry> {
        match &self.table {
            Table::Combined { entries, .. } => entries.get(pos).copied().flatten(),
            Table::Split { keys, values } => {
                let value = values.get(pos)?;
                let k = keys.key_at(pos);
                Some(Entry {
                    hash: k.hash,
                    key: Value::Obj(k.key),
                    value,
                })
            }
        }
    }

    /// The value of the entry at `pos`, if it holds one (no copy of its key and hash).
    #[inline]
    pub fn value_at(&self, pos: usize) -> Option<Value> {
        match &self.table {
            Table::Combined { entries, .. } => entries.get(pos)?.as_ref().map(|e| e.value),
            Table::Split { values, .. } => values.get(pos),
        }
    }

    /// The first live entry at or after `pos`, with its position.
    pub fn next_entry(&self, mut pos: usize) -> Option<(usize, Entry)> {
        while pos < self.capacity_end() {
            if let Some(e) = self.entry_at(pos) {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }

    /// Where iterator positions start: an iterator's position is `iter_base() + slot`. Removing
    /// the last key empties the entry vector, and the base then moves past every slot it
    /// had, so keys added afterwards lie ahead of a running iterator, as they would in
    /// CPython's append-only entry table (which is what its "keys changed" check sees).
    #[inline]
    pub fn iter_base(&self) -> usize {
        match &self.table {
            Table::Combined { extra, .. } => extra.as_ref().map_or(0, |x| x.base as usize),
            Table::Split { .. } => 0,
        }
    }

    /// [`Dict::next_entry`] in iterator positions (see [`Dict::iter_base`]).
    #[inline]
    pub fn next_iter_entry(&self, pos: usize) -> Option<(usize, Entry)> {
        let base = self.iter_base();
        self.next_entry(pos.saturating_sub(base))
            .map(|(p, e)| (p + base, e))
    }

    /// The live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = Entry> + '_ {
        // A split table's keys are read one at a time, so no borrow of the shared keys is
        // held while the caller works (it may be adding to another instance's dict).
        (0..self.capacity_end()).filter_map(|pos| self.entry_at(pos))
    }

    /// Sets the value of the entry at `pos` (which must be live).
    #[inline]
    pub fn set_value_at(&mut self, pos: usize, value: Value) {
        match &mut self.table {
            Table::Combined { entries, .. } => {
                if let Some(e) = &mut entries[pos] {
                    e.value = value;
                }
            }
            Table::Split { values, .. } => values.set(pos, value),
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
        match &self.table {
            Table::Combined { entries, extra } => match index_of(extra) {
                None => entries
                    .iter()
                    .position(|slot| matches!(slot, Some(e) if same(e))),
                Some(index) => index
                    .find(
                        index_hash(hash),
                        |&pos| matches!(&entries[pos as usize], Some(e) if same(e)),
                    )
                    .map(|&pos| pos as usize),
            },
            // Shared keys are all strs.
            Table::Split { .. } => None,
        }
    }

    /// Looks `key` (with hash `hash`) up without calling Python.
    pub fn probe(&self, hash: i64, key: Value) -> Probe {
        let mut unknown = Vec::new();
        match &self.table {
            Table::Combined { entries, extra } if index_of(extra).is_none() => {
                for (pos, slot) in entries.iter().enumerate() {
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
            Table::Combined { entries, extra } => {
                let Some(index) = index_of(extra) else {
                    unreachable!("matched above")
                };
                let found = index.find(index_hash(hash), |&pos| {
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
            Table::Split { values, .. } => {
                if let Value::Obj(k) = key {
                    if matches!(k.payload, Payload::Str(_)) {
                        return match self.probe_str(hash, k) {
                            Some(pos) => Probe::Found(pos),
                            None => Probe::Missing,
                        };
                    }
                }
                for pos in 0..values.len() {
                    if let Some(e) = self.entry_at(pos) {
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
        let pos = self.probe_str(hash, key)?;
        match &self.table {
            Table::Combined { entries, .. } => entries[pos].map(|e| e.value),
            Table::Split { values, .. } => values.get(pos),
        }
    }

    /// The position of a str key, looked up by identity or text.
    pub fn probe_str(&self, hash: i64, key: Gc<Object>) -> Option<usize> {
        self.probe_str_noting(hash, key, &Cell::new(false))
    }

    /// Looks a str key up as `probe` would: by identity or text, except that a miss which
    /// passed same-hash keys whose `__eq__` may be Python code (an instance equal to
    /// the str) leaves the answer to Python equality.
    pub fn probe_str_full(&self, hash: i64, key: Gc<Object>) -> Probe {
        let other = Cell::new(false);
        match self.probe_str_noting(hash, key, &other) {
            Some(pos) => Probe::Found(pos),
            None if other.get() => self.probe(hash, Value::Obj(key)),
            None => Probe::Missing,
        }
    }

    /// `probe_str`, setting `other` when it passes a same-hash key that is not a str.
    fn probe_str_noting(&self, hash: i64, key: Gc<Object>, other: &Cell<bool>) -> Option<usize> {
        let same = |e: &Entry| {
            e.hash == hash
                && match e.key {
                    Value::Obj(k) => {
                        Gc::ptr_eq(k, key)
                            || (!python_class(k) && str_eq(k, key))
                            || ((!matches!(k.payload, Payload::Str(_)) || python_class(k)) && {
                                other.set(true);
                                false
                            })
                    }
                    _ => false,
                }
        };
        match &self.table {
            Table::Combined { entries, extra } => match index_of(extra) {
                None => entries
                    .iter()
                    .position(|slot| matches!(slot, Some(e) if same(e))),
                Some(index) => index
                    .find(
                        index_hash(hash),
                        |&pos| matches!(&entries[pos as usize], Some(e) if same(e)),
                    )
                    .map(|&pos| pos as usize),
            },
            Table::Split { keys, values } => keys
                .find(hash, key)
                .filter(|&pos| values.get(pos).is_some()),
        }
    }

    /// Looks a str key up with what `hint` remembers from an earlier lookup of the same
    /// name: `Some(found)` when the hint applies to this table, `None` when it does not
    /// (then use [`Dict::get_str_hinted`]).
    #[inline(always)]
    pub fn get_hinted(&self, hint: KeyHint) -> Option<Option<Value>> {
        let Table::Split { keys, values } = &self.table else {
            return None;
        };
        if keys.id != hint.keys {
            return None;
        }
        if hint.pos != ABSENT {
            // The name is shared key `pos`; this dict holds exactly the first keys.
            return Some(values.get(hint.pos as usize));
        }
        (keys.count.get() == u32::from(hint.count)).then_some(None)
    }

    /// `hints` (see [`KeyHint`]) answering for a str key with the class's plain attributes
    /// vouched for at class version `version`: `Some(found)` from the first hint about this
    /// table's keys when it vouches, `None` when no hint applies.
    #[inline(always)]
    pub fn get_hinted_plain(&self, hints: &[Cell<KeyHint>], version: u64) -> Option<Option<Value>> {
        let Table::Split { keys, values } = &self.table else {
            return None;
        };
        let id = keys.id;
        let hint = hints.iter().map(Cell::get).find(|h| h.keys == id)?;
        if hint.plain != version {
            return None;
        }
        if hint.pos != ABSENT {
            return Some(values.get(usize::from(hint.pos)));
        }
        (keys.count.get() == u32::from(hint.count)).then_some(None)
    }

    /// Marks the hints about this table's keys as vouching for plain attributes at class
    /// version `version`: the caller has checked that the class owning the keys (this
    /// dict's instance's class) stores attributes plainly.
    pub fn mark_plain(&self, hints: &[Cell<KeyHint>], version: u64) {
        let Table::Split { keys, .. } = &self.table else {
            return;
        };
        if keys.id == UNHINTABLE {
            return;
        }
        for h in hints {
            let mut hint = h.get();
            if hint.keys == keys.id {
                hint.plain = version;
                h.set(hint);
            }
        }
    }

    /// Stops sharing keys (an instance whose class changes keeps its attributes but not
    /// the old class's keys, which hints tie to that class).
    pub fn unshare(&mut self) {
        self.combine();
    }

    /// [`Dict::get_str`], also updating `hint` when this is a shared-keys table.
    pub fn get_str_hinted(
        &self,
        hash: i64,
        key: Gc<Object>,
        hint: &Cell<KeyHint>,
    ) -> Option<Value> {
        if let Table::Split { keys, values } = &self.table {
            let pos = keys.find(hash, key);
            hint.set(KeyHint {
                keys: keys.id,
                // Positions and counts stay below `SHARED_KEYS_MAX`.
                pos: pos.map_or(ABSENT, |p| p as u16),
                count: keys.count.get() as u16,
                plain: NOT_PLAIN,
            });
            return pos.and_then(|p| values.get(p));
        }
        self.get_str(hash, key)
    }

    /// Stores `value` under the name `hint` is about when the hint says where: over the
    /// present value, or appended when the name is the next shared key this dict lacks
    /// (what `__init__` does to a new instance). `false` when the hint does not apply.
    #[inline]
    pub fn store_hinted(&mut self, hint: KeyHint, value: Value) -> bool {
        let Table::Split { keys, values } = &mut self.table else {
            return false;
        };
        if keys.id != hint.keys || hint.pos == ABSENT {
            return false;
        }
        match values.store(usize::from(hint.pos), value) {
            Some(appended) => {
                if appended {
                    self.version = fresh_version();
                }
                true
            }
            None => false,
        }
    }

    /// [`Dict::store_hinted`] without growing the values, through the first of `hints`
    /// about this table's keys when it vouches for the class's plain attributes at class
    /// version `version` (as in [`Dict::get_hinted_plain`]): over the present value, or
    /// into the next free slot when it is within their room. `false` when no hint applies
    /// or the store needs more (the caller then takes `store_hinted`).
    #[inline(always)]
    pub fn store_hinted_in_place(
        &mut self,
        hints: &[Cell<KeyHint>],
        version: u64,
        value: Value,
    ) -> bool {
        let Table::Split { keys, values } = &mut self.table else {
            return false;
        };
        let id = keys.id;
        let Some(hint) = hints.iter().map(Cell::get).find(|h| h.keys == id) else {
            return false;
        };
        if hint.plain != version {
            return false;
        }
        // An absent hint's position (`ABSENT`) lies past any values slice.
        let pos = usize::from(hint.pos);
        match values.0.get(pos) {
            Some(Some(_)) => {}
            // The next free slot: the value before it is present.
            Some(None) if pos == 0 || matches!(values.0.get(pos - 1), Some(Some(_))) => {
                self.version = fresh_version();
            }
            _ => return false,
        }
        values.0[pos] = Some(value);
        true
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        self.version = fresh_version();
        if let Table::Split { keys, values } = &mut self.table {
            let shared = match key {
                Value::Obj(k) if matches!(k.payload, Payload::Str(_)) => {
                    keys.claim(values.len(), hash, k)
                }
                _ => false,
            };
            if shared {
                values.push(value);
                return;
            }
            self.combine();
        }
        let Table::Combined { entries, extra } = &mut self.table else {
            unreachable!("combined above")
        };
        let pos = entries.len();
        entries.push(Some(Entry { hash, key, value }));
        if let Some(x) = extra {
            x.len += 1;
        }
        match extra.as_deref_mut().and_then(|x| x.index.as_mut()) {
            Some(index) => {
                index.insert_unique(index_hash(hash), pos as u32, |&p| {
                    entries[p as usize].map_or(0, |e| index_hash(e.hash))
                });
            }
            None if entries.len() > LINEAR_LIMIT => self.rebuild(),
            None => {}
        }
    }

    /// Turns a split table into a combined one with the same positions (nothing else sees
    /// the change: versions and cached positions stay valid).
    fn combine(&mut self) {
        if let Table::Split { keys, values } = &self.table {
            let entries = values
                .iter()
                .enumerate()
                .map(|(pos, value)| {
                    let k = keys.key_at(pos);
                    Some(Entry {
                        hash: k.hash,
                        key: Value::Obj(k.key),
                        value,
                    })
                })
                .collect();
            self.table = Table::Combined {
                entries,
                extra: None,
            };
            self.rebuild();
        }
    }

    /// Removes the entry at `pos`, returning it.
    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        // Deleting leaves a hole, which only a combined table can hold.
        self.combine();
        let Table::Combined { entries, extra } = &mut self.table else {
            unreachable!("combined above")
        };
        let entry = entries.get_mut(pos)?.take()?;
        let len = match extra {
            Some(x) => {
                x.len -= 1;
                x.len as usize
            }
            None => count_live(entries),
        };
        self.version = fresh_version();
        if let Some(index) = extra.as_deref_mut().and_then(|x| x.index.as_mut()) {
            if let Ok(found) = index.find_entry(index_hash(entry.hash), |&p| p as usize == pos) {
                found.remove();
            }
        }
        let holes = entries.len() - len;
        if len == 0 {
            let base = extra.as_ref().map_or(0, |x| x.base);
            *extra = Some(Box::new(Extra {
                index: None,
                len: 0,
                base: base.wrapping_add(entries.len() as u32),
            }));
            entries.clear();
        } else if holes > 16 && holes > len {
            self.compact();
        } else if pos + 1 == entries.len() && index_of(extra).is_none() {
            // Popping the last item (popitem, pop of the newest key) needs no hole.
            entries.pop();
        }
        Some(entry)
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        match &mut self.table {
            Table::Combined { entries, extra } => {
                entries.clear();
                // The base stays where it is; with base 0 a small table needs no extra state.
                if let Some(x) = extra {
                    if x.base == 0 {
                        *extra = None;
                    } else {
                        x.index = None;
                        x.len = 0;
                    }
                }
            }
            Table::Split { values, .. } => values.clear(),
        }
        self.version = fresh_version();
    }

    /// Removes the holes left by deletions.
    fn compact(&mut self) {
        if let Table::Combined { entries, .. } = &mut self.table {
            entries.retain(Option::is_some);
        }
        self.rebuild();
    }

    fn rebuild(&mut self) {
        let Table::Combined { entries, extra } = &mut self.table else {
            return;
        };
        let len = count_live(entries) as u32;
        let base = extra.as_ref().map_or(0, |x| x.base);
        if entries.len() <= LINEAR_LIMIT {
            *extra = (base != 0).then(|| {
                Box::new(Extra {
                    index: None,
                    len,
                    base,
                })
            });
            return;
        }
        let mut table = HashTable::with_capacity(entries.len());
        for (pos, slot) in entries.iter().enumerate() {
            if let Some(e) = slot {
                table.insert_unique(index_hash(e.hash), pos as u32, |&p| {
                    entries[p as usize].map_or(0, |e| index_hash(e.hash))
                });
            }
        }
        *extra = Some(Box::new(Extra {
            index: Some(table),
            len,
            base,
        }));
    }

    /// The last live entry's position (for `popitem`).
    pub fn last_pos(&self) -> Option<usize> {
        match &self.table {
            Table::Combined { entries, .. } => entries.iter().rposition(Option::is_some),
            Table::Split { values, .. } => values.len().checked_sub(1),
        }
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

/// Whether equality with an object of this payload may run Python code: instances and
/// exceptions through `__eq__`, weak references through their targets, bound methods
/// through their functions.
fn eq_needs_python(p: &Payload) -> bool {
    matches!(
        p,
        Payload::Instance(_)
            | Payload::Exception(_)
            | Payload::WeakRef { .. }
            | Payload::BoundMethod { .. }
            | Payload::Native(_)
    )
}

/// Whether the object's class was made by a class statement (rather than being builtin).
fn python_class(o: Gc<Object>) -> bool {
    match &o.class().payload {
        Payload::Class(c) => !c.builtin,
        _ => false,
    }
}

fn obj_key_eq(o: Gc<Object>, other: Value) -> Option<bool> {
    // A complex key may equal an int or float one: compare with the full protocol.
    // So may a float-subclass instance.
    let numeric = |p: &Payload| matches!(p, Payload::Complex { .. } | Payload::Float(_));
    if numeric(&o.payload) || other.payload().is_some_and(numeric) {
        return None;
    }
    // Either side may define `__eq__` (a str key can equal an instance whose `__eq__` says
    // so, whichever of the two is the stored key).
    if eq_needs_python(&o.payload) || other.payload().is_some_and(eq_needs_python) {
        return None;
    }
    // So may an instance of a Python subclass of str (`class cistr(str)`).
    let python_str = |o: Gc<Object>| matches!(o.payload, Payload::Str(_)) && python_class(o);
    if python_str(o) || other.as_obj().is_some_and(python_str) {
        return None;
    }
    if let Payload::BigInt(b) = &o.payload {
        return Some(match other {
            Value::Float(f) => cmp_int_float(IntRef::Big(b), f) == Some(std::cmp::Ordering::Equal),
            Value::Obj(p) => matches!(&p.payload, Payload::BigInt(c) if c == b),
            // A subclass-of-int instance holding a small value.
            Value::Int(i) => num_traits::ToPrimitive::to_i64(b) == Some(i),
            Value::Bool(x) => num_traits::ToPrimitive::to_i64(b) == Some(x as i64),
            Value::None => false,
        });
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
        (Payload::Set(_), Payload::Set(_)) => None,
        (Payload::Bytes(x), Payload::Bytes(y)) => Some(x == y),
        (Payload::Range { .. }, Payload::Range { .. }) => {
            Some(crate::interp::compare::range_eq(&o.payload, &p.payload))
        }
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
