//! `functools._lru_cache_wrapper`: the callable `lru_cache` returns, which remembers the
//! results of the function it wraps by their arguments. Its native values are the
//! function, the cache (a dict from argument key to result, kept in least- to
//! most-recently-used order when the cache is bounded), the `_CacheInfo` class it reports
//! with, and the marker between positional and keyword arguments in a key. Keys are built
//! as CPython's `_make_key` builds them, and each key is hashed once per call.

use krait_gc::Gc;

use krait_vm::builtins::native::{
    bind, bound_method, callable, ensure_dict, keep_class, kept_class, new_class, new_class_arg,
    new_object_with, state, table_find, values, Sig,
};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{Dict, Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// Where the class is kept (see `native::keep_class`).
pub(crate) const KEY: &str = "_functools._lru_cache_wrapper";

const FUNC: usize = 0;
const CACHE: usize = 1;
const INFO: usize = 2;
const MARK: usize = 3;

/// The first value holding a cached key; each key is followed by its result. The entries
/// of a bounded cache are numbered from 1 (slot `s` at `SLOTS + 2 * (s - 1)`), and its dict
/// maps each key to its slot number.
const SLOTS: usize = 4;

/// The counters and settings of one cached function.
struct Lru {
    hits: u64,
    misses: u64,
    /// The most results kept; `None` for no bound.
    maxsize: Option<usize>,
    /// Whether arguments of different types are cached apart (`f(3)` and `f(3.0)`).
    typed: bool,
    /// For a bounded cache, the slots in least- to most-recently-used order: a circular
    /// doubly linked list through `links[0]`, which stands for no slot. Hits reorder this
    /// list only, never the dict, so an `__eq__` that calls the cached function while the
    /// dict is searched sees the dict unchanged (CPython keeps the same split).
    links: Vec<Link>,
}

/// One slot's neighbours in the use order, and its key's hash.
#[derive(Clone, Copy)]
struct Link {
    prev: usize,
    next: usize,
    hash: i64,
}

const ROOT: Link = Link {
    prev: 0,
    next: 0,
    hash: 0,
};

impl Lru {
    /// Takes slot `s` out of the use order.
    fn unlink(&mut self, s: usize) {
        let Link { prev, next, .. } = self.links[s];
        self.links[prev].next = next;
        self.links[next].prev = prev;
    }

    /// Puts slot `s` last in the use order (most recently used).
    fn push_last(&mut self, s: usize) {
        let last = self.links[0].prev;
        self.links[s].prev = last;
        self.links[s].next = 0;
        self.links[last].next = s;
        self.links[0].prev = s;
    }
}

const NEW: Sig = Sig {
    name: "lru_cache",
    module: "functools",
    params: &["user_function", "maxsize", "typed", "cache_info_type"],
    posonly: 0,
    maxpos: 4,
    required: 4,
};

/// Makes the `_lru_cache_wrapper` class and keeps it.
pub(crate) fn make_class(vm: &mut Vm) {
    let class = new_class(
        vm,
        "functools",
        "_lru_cache_wrapper",
        Some(lru_new),
        &[
            ("__call__", lru_call),
            ("__get__", lru_get),
            ("cache_info", cache_info),
            ("cache_clear", cache_clear),
            ("__reduce__", lru_reduce),
            ("__copy__", lru_self),
            ("__deepcopy__", lru_self),
        ],
    );
    keep_class(vm, KEY, class);
}

fn class(vm: &Vm) -> Gc<Object> {
    kept_class(vm, KEY).unwrap_or_else(|| vm.types().object)
}

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`.
fn lru_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = new_class_arg(args, class(vm));
    let bound = bind(vm, &NEW, args.get(1..).unwrap_or(&[]), kw)?;
    let [Some(func), Some(maxsize), Some(typed), Some(info)] = bound[..] else {
        return Err(vm.type_error("lru_cache() missing required argument"));
    };
    if !callable(vm, func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let maxsize = match maxsize {
        Value::None => None,
        Value::Int(_) | Value::Bool(_) => {
            Some(usize::try_from(krait_vm::builtins::int_arg(vm, maxsize)?).unwrap_or(0))
        }
        _ if vm.isinstance(maxsize, vm.types().int) => {
            Some(usize::try_from(krait_vm::builtins::int_arg(vm, maxsize)?).unwrap_or(0))
        }
        _ => return Err(vm.type_error("maxsize should be integer or None")),
    };
    let typed = vm.truthy(typed)?;
    let cache = vm.new_dict(Dict::new());
    let object = Value::Obj(vm.types().object);
    let mark = vm.call_value(object, &[], &[])?;
    let state = Lru {
        hits: 0,
        misses: 0,
        maxsize,
        typed,
        links: vec![ROOT],
    };
    let obj = new_object_with(vm, cls, state, vec![func, cache, info, mark]);
    ensure_dict(vm, obj);
    Ok(obj)
}

/// The values of a cached function, or the error for a method called on something else.
fn parts(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    if state::<Lru>(&v).is_none() {
        let msg = format!(
            "descriptor for 'functools._lru_cache_wrapper' objects doesn't apply to a '{}' \
             object",
            vm.type_name(v)
        );
        return Err(vm.type_error(msg));
    }
    let vals = values(&v)
        .map(|c| c.borrow()[..SLOTS.min(c.borrow().len())].to_vec())
        .unwrap_or_default();
    if vals.len() != SLOTS {
        return Err(vm.type_error("lru_cache wrapper is not initialized"));
    }
    Ok(vals)
}

fn me(args: &[Value]) -> Value {
    args.first().copied().unwrap_or(Value::None)
}

/// Whether `v` is exactly an int or a str, whose values are their own cache keys.
fn is_scalar_key(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Int(_) => true,
        Value::Obj(o) => {
            let class = o.class();
            (matches!(o.payload, Payload::Str(_)) && Gc::ptr_eq(class, vm.types().str))
                || (matches!(o.payload, Payload::BigInt(_)) && Gc::ptr_eq(class, vm.types().int))
        }
        _ => false,
    }
}

/// The cache key of a call, as `functools._make_key` makes it: the positional arguments,
/// then the marker and each keyword's name and value, then (when typed) the types of the
/// values; a single int or str argument is its own key.
fn make_key(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>, typed: bool, mark: Value) -> Value {
    if !typed && kw.is_empty() {
        if let [one] = args {
            if is_scalar_key(vm, *one) {
                return *one;
            }
        }
        return vm.new_tuple(args.to_vec());
    }
    let mut items = args.to_vec();
    if !kw.is_empty() {
        items.push(mark);
        for &(k, v) in kw {
            items.push(Value::Obj(k));
            items.push(v);
        }
    }
    if typed {
        for &a in args {
            items.push(Value::Obj(vm.type_of(a)));
        }
        for &(_, v) in kw {
            items.push(Value::Obj(vm.type_of(v)));
        }
    }
    vm.new_tuple(items)
}

fn with_state<T>(obj: Value, f: impl FnOnce(&mut Lru) -> T) -> Option<T> {
    state::<Lru>(&obj).map(|mut s| f(&mut s))
}

/// Calling the wrapper: the cached result for these arguments, else the function's.
fn lru_call(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let vals = parts(vm, obj)?;
    let call_args = &args[1..];
    let Some((maxsize, typed)) = with_state(obj, |s| (s.maxsize, s.typed)) else {
        return Err(vm.runtime_error("lru_cache wrapper is in use"));
    };
    if maxsize == Some(0) {
        with_state(obj, |s| s.misses += 1);
        return vm.call_value(vals[FUNC], call_args, kw);
    }
    let key = make_key(vm, call_args, kw, typed, vals[MARK]);
    let hash = krait_vm::builtins::native::hash(vm, key)?;
    let cache = vals[CACHE];
    let Some(Payload::Dict(table)) = cache.payload() else {
        return Err(vm.type_error("lru_cache's cache is not a dict"));
    };
    let Some(max) = maxsize else {
        return unbounded_call(vm, obj, &vals, table, (hash, key), args, kw);
    };
    if let Some(pos) = table_find(vm, table, hash, key)? {
        let found = table.borrow().entry_at(pos).map(|e| e.value);
        if let Some(Value::Int(slot)) = found {
            let slot = usize::try_from(slot).unwrap_or(0);
            let result = slot_value(obj, slot, 1);
            if let Some(result) = result {
                with_state(obj, |s| {
                    s.hits += 1;
                    if slot < s.links.len() {
                        s.unlink(slot);
                        s.push_last(slot);
                    }
                });
                return Ok(result);
            }
        }
    }
    with_state(obj, |s| s.misses += 1);
    let result = vm.call_value(vals[FUNC], call_args, kw)?;
    // The call may have cached this key itself (a recursive function); the entry it
    // made stands.
    if table_find(vm, table, hash, key)?.is_some() {
        return Ok(result);
    }
    let Some(slots) = values(&obj) else {
        return Ok(result);
    };
    let full = with_state(obj, |s| s.links.len() > max).unwrap_or(true);
    let slot = if full {
        // The least recently used entry gives its slot to the new one.
        let Some((oldest, old_hash)) = with_state(obj, |s| {
            let oldest = s.links[0].next;
            (oldest, s.links[oldest].hash)
        }) else {
            return Ok(result);
        };
        if oldest == 0 {
            return Ok(result);
        }
        let old_key = slots.borrow().get(SLOTS + 2 * (oldest - 1)).copied();
        if let Some(old_key) = old_key {
            remove_identical(table, old_hash, old_key);
        }
        let mut v = slots.borrow_mut();
        v[SLOTS + 2 * (oldest - 1)] = key;
        v[SLOTS + 2 * (oldest - 1) + 1] = result;
        oldest
    } else {
        let mut v = slots.borrow_mut();
        v.push(key);
        v.push(result);
        (v.len() - SLOTS) / 2
    };
    with_state(obj, |s| {
        if slot == s.links.len() {
            s.links.push(ROOT);
        } else {
            s.unlink(slot);
        }
        s.links[slot].hash = hash;
        s.push_last(slot);
    });
    table
        .borrow_mut()
        .insert_new(hash, key, Value::Int(slot as i64));
    Ok(result)
}

/// A call of a cache without a bound: the dict maps each key straight to its result.
fn unbounded_call(
    vm: &mut Vm,
    obj: Value,
    vals: &[Value],
    table: &krait_gc::GcRefCell<Dict>,
    (hash, key): (i64, Value),
    args: &[Value],
    kw: KwArgs<'_>,
) -> PyResult<Value> {
    if let Some(pos) = table_find(vm, table, hash, key)? {
        let found = table.borrow().entry_at(pos).map(|e| e.value);
        if let Some(result) = found {
            with_state(obj, |s| s.hits += 1);
            return Ok(result);
        }
    }
    with_state(obj, |s| s.misses += 1);
    let result = vm.call_value(vals[FUNC], &args[1..], kw)?;
    match table_find(vm, table, hash, key)? {
        Some(pos) => table.borrow_mut().set_value_at(pos, result),
        None => table.borrow_mut().insert_new(hash, key, result),
    }
    Ok(result)
}

/// The key (`which` 0) or result (1) in slot `slot` of a bounded cache.
fn slot_value(obj: Value, slot: usize, which: usize) -> Option<Value> {
    if slot == 0 {
        return None;
    }
    values(&obj)?
        .borrow()
        .get(SLOTS + 2 * (slot - 1) + which)
        .copied()
}

/// Removes the entry whose key is `key` itself from `table`, without calling `__eq__`.
fn remove_identical(table: &krait_gc::GcRefCell<Dict>, hash: i64, key: Value) {
    use krait_vm::object::dict::Probe;
    let candidates = match table.borrow().probe(hash, key) {
        Probe::Found(pos) => vec![pos],
        Probe::Missing => Vec::new(),
        Probe::Unknown(c) => c,
    };
    let pos = candidates
        .into_iter()
        .find(|&p| table.borrow().entry_at(p).is_some_and(|e| e.key.is(key)));
    if let Some(pos) = pos {
        table.borrow_mut().remove_at(pos);
    }
}

/// `wrapper.__get__(obj, type=None)`: bound to `obj` as a method, like the function it
/// wraps.
fn lru_get(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    match args.get(1).copied() {
        None | Some(Value::None) => Ok(obj),
        Some(inst) => Ok(bound_method(vm, obj, inst)),
    }
}

/// `cache_info()`: `CacheInfo(hits, misses, maxsize, currsize)`.
fn cache_info(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let vals = parts(vm, obj)?;
    let Some((hits, misses, maxsize)) = with_state(obj, |s| (s.hits, s.misses, s.maxsize)) else {
        return Err(vm.runtime_error("lru_cache wrapper is in use"));
    };
    let currsize = match vals[CACHE].payload() {
        Some(Payload::Dict(t)) => t.borrow().len(),
        _ => 0,
    };
    let count = |n: u64| Value::Int(i64::try_from(n).unwrap_or(i64::MAX));
    let maxsize = match maxsize {
        Some(n) => count(n as u64),
        None => Value::None,
    };
    let currsize = count(currsize as u64);
    vm.call_value(
        vals[INFO],
        &[count(hits), count(misses), maxsize, currsize],
        &[],
    )
}

/// `cache_clear()`: forgets every result and resets the counters.
fn cache_clear(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let vals = parts(vm, obj)?;
    with_state(obj, |s| {
        s.hits = 0;
        s.misses = 0;
        s.links = vec![ROOT];
    });
    if let Some(Payload::Dict(t)) = vals[CACHE].payload() {
        t.borrow_mut().clear();
    }
    if let Some(v) = values(&obj) {
        v.borrow_mut().truncate(SLOTS);
    }
    Ok(Value::None)
}

/// `__reduce__`: the wrapper pickles as the global it is stored under.
fn lru_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let key = vm.intern("__qualname__");
    vm.get_attr(me(args), key)
}

/// `__copy__` and `__deepcopy__`: the wrapper itself.
fn lru_self(_vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(me(args))
}
