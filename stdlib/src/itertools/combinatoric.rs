//! The combinatoric iterators: `product`, `combinations`, `combinations_with_replacement`
//! and `permutations`. Each copies its input into tuples first (its values: the pools,
//! one per position for `product`, the one pool for the others) and walks indices into
//! them kept as Rust state, building each result tuple fresh: no Python code runs in a
//! `__next__`, so nothing can observe or disturb the walk halfway.

use krait_vm::builtins::int_arg;
use krait_vm::builtins::native::{
    bind, keep_class, new_class_arg, new_object_with, state, values, Sig,
};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{NativeFn, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use super::{class, iterator_class, me, reduce_call, stop, tuple_items, wrong_self};

/// Where each class is kept (see `native::keep_class`).
pub(crate) const PRODUCT: &str = "_itertools.product";
pub(crate) const COMBINATIONS: &str = "_itertools.combinations";
pub(crate) const CWR: &str = "_itertools.combinations_with_replacement";
pub(crate) const PERMUTATIONS: &str = "_itertools.permutations";

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Product,
    Combinations,
    Cwr,
    Permutations,
}

/// The walk of a combinatoric iterator: the current indices (into each pool for
/// `product`, into the pool otherwise), the cycles of `permutations`, the length `r` of
/// each result, whether the first result was given and whether the walk is over.
struct Walk {
    kind: Kind,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    r: usize,
    started: bool,
    stopped: bool,
}

/// Makes the four classes and keeps them.
pub(crate) fn make_classes(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("__reduce__", walk_reduce),
        ("__setstate__", walk_setstate),
        ("__sizeof__", walk_sizeof),
    ];
    let c = iterator_class(vm, "product", product_new, walk_next, methods);
    keep_class(vm, PRODUCT, c);
    let c = iterator_class(vm, "combinations", combinations_new, walk_next, methods);
    keep_class(vm, COMBINATIONS, c);
    let c = iterator_class(
        vm,
        "combinations_with_replacement",
        cwr_new,
        walk_next,
        methods,
    );
    keep_class(vm, CWR, c);
    let c = iterator_class(vm, "permutations", permutations_new, walk_next, methods);
    keep_class(vm, PERMUTATIONS, c);
}

/// The items of `iterable` as a tuple value (the iterable itself if it is exactly a tuple).
fn pool(vm: &mut Vm, iterable: Value) -> PyResult<Value> {
    if let Value::Obj(o) = iterable {
        if matches!(o.payload, Payload::Tuple(_))
            && krait_gc::Gc::ptr_eq(o.class(), vm.types().tuple)
        {
            return Ok(iterable);
        }
    }
    let items = vm.collect_iter(iterable)?;
    Ok(vm.new_tuple(items))
}

fn pool_len(pool: Value) -> usize {
    match pool.payload() {
        Some(Payload::Tuple(t)) => t.len(),
        _ => 0,
    }
}

/// MemoryError for a walk over more positions than could ever be held.
fn too_many(vm: &mut Vm, n: usize) -> PyResult<()> {
    if n > 1 << 32 {
        let class = vm.types().memory_error;
        return Err(vm.new_exception(class, Vec::new()));
    }
    Ok(())
}

/// `product.__new__(cls, *iterables, repeat=1)`.
fn product_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = new_class_arg(args, class(vm, PRODUCT));
    let iterables = args.get(1..).unwrap_or(&[]);
    let mut repeat = 1;
    for (name, v) in kw {
        let name = name
            .as_str()
            .map(|s| s.as_str().to_owned())
            .unwrap_or_default();
        if name != "repeat" {
            let msg = format!("'{name}' is an invalid keyword argument for product()");
            return Err(vm.type_error(msg));
        }
        repeat = int_arg(vm, *v)?;
        if repeat < 0 {
            return Err(vm.value_error("repeat argument cannot be negative"));
        }
    }
    let nargs = iterables.len() as i64;
    if repeat != 0 && nargs > i64::MAX / 8 / repeat {
        return Err(vm.overflow_error("repeat argument too large"));
    }
    let npools = (nargs * repeat) as usize;
    too_many(vm, npools)?;
    let mut pools = Vec::with_capacity(iterables.len());
    for &it in iterables {
        pools.push(pool(vm, it)?);
    }
    let mut all = Vec::with_capacity(npools);
    for _ in 0..repeat {
        all.extend_from_slice(&pools);
    }
    let walk = Walk {
        kind: Kind::Product,
        indices: vec![0; npools],
        cycles: Vec::new(),
        r: npools,
        started: false,
        stopped: false,
    };
    Ok(new_object_with(vm, cls, walk, all))
}

const COMBINATIONS_SIG: Sig = Sig {
    name: "combinations",
    module: "itertools",
    params: &["iterable", "r"],
    posonly: 0,
    maxpos: 2,
    required: 2,
};

const CWR_SIG: Sig = Sig {
    name: "combinations_with_replacement",
    ..COMBINATIONS_SIG
};

const PERMUTATIONS_SIG: Sig = Sig {
    name: "permutations",
    required: 1,
    ..COMBINATIONS_SIG
};

fn combinations_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    choose_new(
        vm,
        args,
        kw,
        Kind::Combinations,
        &COMBINATIONS_SIG,
        COMBINATIONS,
    )
}

fn cwr_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    choose_new(vm, args, kw, Kind::Cwr, &CWR_SIG, CWR)
}

fn permutations_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    choose_new(
        vm,
        args,
        kw,
        Kind::Permutations,
        &PERMUTATIONS_SIG,
        PERMUTATIONS,
    )
}

/// `CLS.__new__(cls, iterable, r)` for the three iterators over one pool.
fn choose_new(
    vm: &mut Vm,
    args: &[Value],
    kw: KwArgs<'_>,
    kind: Kind,
    sig: &Sig,
    key: &str,
) -> PyResult<Value> {
    let cls = new_class_arg(args, class(vm, key));
    let bound = bind(vm, sig, args.get(1..).unwrap_or(&[]), kw)?;
    let pool = pool(vm, bound[0].unwrap_or(Value::None))?;
    let n = pool_len(pool);
    let r = match bound[1] {
        Some(v) if !v.is_none() => {
            let is_int =
                matches!(v, Value::Int(_) | Value::Bool(_)) || vm.isinstance(v, vm.types().int);
            if kind == Kind::Permutations && !is_int {
                return Err(vm.type_error("Expected int as r"));
            }
            int_arg(vm, v)?
        }
        _ => n as i64,
    };
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    let r = r as usize;
    let stopped = match kind {
        Kind::Cwr => n == 0 && r > 0,
        _ => r > n,
    };
    let (indices, cycles) = if stopped {
        (Vec::new(), Vec::new())
    } else {
        too_many(vm, r.max(n))?;
        match kind {
            Kind::Combinations => ((0..r).collect(), Vec::new()),
            Kind::Cwr => (vec![0; r], Vec::new()),
            _ => ((0..n).collect(), (0..r).map(|i| n - i).collect()),
        }
    };
    let walk = Walk {
        kind,
        indices,
        cycles,
        r,
        started: false,
        stopped,
    };
    Ok(new_object_with(vm, cls, walk, vec![pool]))
}

/// The items of a pool (a tuple value).
fn items_of(pool: &Value) -> &[Value] {
    match pool.payload() {
        Some(Payload::Tuple(t)) => t,
        _ => &[],
    }
}

/// Steps `w` to its next indices over `pools`; false once the walk is over.
fn advance(w: &mut Walk, pools: &[Value]) -> bool {
    let r = w.r;
    let n = pools.first().map_or(0, |p| items_of(p).len());
    match w.kind {
        Kind::Product => {
            // An odometer: the rightmost index turns fastest.
            for i in (0..w.indices.len()).rev() {
                w.indices[i] += 1;
                if w.indices[i] < items_of(&pools[i]).len() {
                    return true;
                }
                w.indices[i] = 0;
            }
            false
        }
        Kind::Combinations => {
            let Some(i) = (0..r).rev().find(|&i| w.indices[i] != i + n - r) else {
                return false;
            };
            w.indices[i] += 1;
            for j in i + 1..r {
                w.indices[j] = w.indices[j - 1] + 1;
            }
            true
        }
        Kind::Cwr => {
            let Some(i) = (0..r).rev().find(|&i| w.indices[i] != n - 1) else {
                return false;
            };
            let v = w.indices[i] + 1;
            for j in i..r {
                w.indices[j] = v;
            }
            true
        }
        Kind::Permutations => {
            if n == 0 {
                return false;
            }
            for i in (0..r).rev() {
                w.cycles[i] -= 1;
                if w.cycles[i] == 0 {
                    // Moves index i to the end, shifting the rest left.
                    w.indices[i..].rotate_left(1);
                    w.cycles[i] = n - i;
                } else {
                    let j = w.cycles[i];
                    w.indices.swap(i, n - j);
                    return true;
                }
            }
            false
        }
    }
}

/// The walk state of `v`, or the TypeError naming `method`.
fn check(vm: &mut Vm, v: Value, method: &str) -> PyResult<Kind> {
    match state::<Walk>(&v).map(|w| w.kind) {
        Some(k) => Ok(k),
        None => Err(wrong_self(vm, "product", method, v)),
    }
}

/// `next(x)`: the tuple of the items at the current indices.
fn walk_next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let (Some(mut w), Some(vals)) = (state::<Walk>(&obj), values(&obj)) else {
        return Err(wrong_self(vm, "product", "__next__", obj));
    };
    if w.stopped {
        drop(w);
        return Err(stop(vm));
    }
    let pools = vals.borrow();
    let ok = if !w.started {
        w.started = true;
        // A product with an empty pool has no results at all.
        !(w.kind == Kind::Product && pools.iter().any(|p| items_of(p).is_empty()))
    } else {
        advance(&mut w, &pools)
    };
    if !ok {
        w.stopped = true;
        drop(w);
        drop(pools);
        return Err(stop(vm));
    }
    let items: Vec<Value> = if w.kind == Kind::Product {
        w.indices
            .iter()
            .zip(pools.iter())
            .map(|(&i, p)| items_of(p)[i])
            .collect()
    } else {
        let pool = pools.first().map_or(&[][..], items_of);
        w.indices[..w.r].iter().map(|&i| pool[i]).collect()
    };
    drop(w);
    drop(pools);
    Ok(vm.new_tuple(items))
}

/// `x.__reduce__()`: the call rebuilding the iterator from its pools, with the indices
/// (and cycles) as the state once it has started; a finished iterator rebuilds as an
/// empty one.
fn walk_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let kind = check(vm, obj, "__reduce__")?;
    let pools = values(&obj).map(|v| v.borrow().clone()).unwrap_or_default();
    let (started, stopped, r, indices, cycles) = match state::<Walk>(&obj) {
        Some(w) => (
            w.started,
            w.stopped,
            w.r,
            w.indices.clone(),
            w.cycles.clone(),
        ),
        None => return Err(stop(vm)),
    };
    let ints = |vm: &mut Vm, xs: &[usize]| {
        let items = xs.iter().map(|&i| Value::Int(i as i64)).collect();
        vm.new_tuple(items)
    };
    let mut args = if kind == Kind::Product {
        pools
    } else {
        vec![
            pools.first().copied().unwrap_or(Value::None),
            Value::Int(r as i64),
        ]
    };
    // A product reports being finished first; the others report their pool until they
    // gave (or tried to give) a first result.
    let finished = if kind == Kind::Product {
        stopped
    } else {
        started && stopped
    };
    if finished {
        args[0] = vm.new_tuple(Vec::new());
        if kind == Kind::Product {
            args.truncate(1);
        }
        return Ok(reduce_call(vm, obj, args));
    }
    let call = reduce_call(vm, obj, args);
    if !started {
        return Ok(call);
    }
    let state = if kind == Kind::Permutations {
        let i = ints(vm, &indices);
        let c = ints(vm, &cycles);
        vm.new_tuple(vec![i, c])
    } else {
        ints(vm, &indices)
    };
    let mut items = tuple_items(call);
    items.push(state);
    Ok(vm.new_tuple(items))
}

/// A tuple of `n` indices from `state`, else ValueError "invalid arguments".
fn index_tuple(vm: &mut Vm, state: Value, n: usize) -> PyResult<Vec<i64>> {
    let items = match state.payload() {
        Some(Payload::Tuple(t)) if t.len() == n => t.to_vec(),
        _ => return Err(vm.value_error("invalid arguments")),
    };
    let mut out = Vec::with_capacity(n);
    for v in items {
        out.push(ssize(vm, v)?);
    }
    Ok(out)
}

/// An index of a state, as `PyLong_AsSsize_t` reads it.
fn ssize(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let is_int = matches!(v, Value::Int(_) | Value::Bool(_)) || vm.isinstance(v, vm.types().int);
    if !is_int {
        return Err(vm.type_error("an integer is required"));
    }
    int_arg(vm, v)
}

/// `i` clamped to `lo..=hi`.
fn clamp(i: i64, lo: usize, hi: usize) -> usize {
    if i < lo as i64 {
        lo
    } else if i > hi as i64 {
        hi
    } else {
        i as usize
    }
}

/// `x.__setstate__(indices)` (`(indices, cycles)` for permutations): resumes the walk
/// there, each index clamped to its range.
fn walk_setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let kind = check(vm, obj, "__setstate__")?;
    let arg = args.get(1).copied().unwrap_or(Value::None);
    let lens: Vec<usize> = values(&obj)
        .map(|v| v.borrow().iter().map(|p| pool_len(*p)).collect())
        .unwrap_or_default();
    let n = lens.first().copied().unwrap_or(0);
    let (r, stopped) = match state::<Walk>(&obj) {
        Some(w) => (w.r, w.stopped),
        None => return Ok(Value::None),
    };
    let (indices, cycles) = match kind {
        Kind::Product => {
            let raw = index_tuple(vm, arg, lens.len())?;
            let mut idx = Vec::with_capacity(raw.len());
            for (i, &len) in raw.iter().zip(&lens) {
                if len == 0 {
                    // CPython leaves the iterator finished when a pool is empty.
                    return Ok(Value::None);
                }
                idx.push(clamp(*i, 0, len - 1));
            }
            (idx, Vec::new())
        }
        Kind::Combinations => {
            let raw = index_tuple(vm, arg, r)?;
            let idx = raw
                .iter()
                .enumerate()
                .map(|(i, &x)| clamp(x, 0, (i + n).saturating_sub(r)))
                .collect();
            (idx, Vec::new())
        }
        Kind::Cwr => {
            let raw = index_tuple(vm, arg, r)?;
            let idx = raw
                .iter()
                .map(|&x| clamp(x, 0, n.saturating_sub(1)))
                .collect();
            (idx, Vec::new())
        }
        Kind::Permutations => {
            let parts = match arg.payload() {
                Some(Payload::Tuple(t)) => t.to_vec(),
                _ => return Err(vm.type_error("state is not a tuple")),
            };
            let [ind, cyc] = parts[..] else {
                let msg = format!("function takes exactly 2 arguments ({} given)", parts.len());
                return Err(vm.type_error(msg));
            };
            for (i, v) in [ind, cyc].into_iter().enumerate() {
                if !matches!(v.payload(), Some(Payload::Tuple(_))) {
                    let msg = format!("argument {} must be tuple, not {}", i + 1, vm.type_name(v));
                    return Err(vm.type_error(msg));
                }
            }
            let raw_i = index_tuple(vm, ind, n)?;
            let raw_c = index_tuple(vm, cyc, r)?;
            let idx = raw_i
                .iter()
                .map(|&x| clamp(x, 0, n.saturating_sub(1)))
                .collect();
            let cyc = raw_c
                .iter()
                .enumerate()
                .map(|(i, &x)| clamp(x, 1, n.saturating_sub(i)))
                .collect();
            (idx, cyc)
        }
    };
    if stopped && kind != Kind::Product {
        return Ok(Value::None);
    }
    if let Some(mut w) = state::<Walk>(&obj) {
        w.indices = indices;
        if kind == Kind::Permutations {
            w.cycles = cycles;
        }
        w.started = true;
        w.stopped = false;
    }
    Ok(Value::None)
}

/// `x.__sizeof__()`: the object and its index arrays, as CPython counts them.
fn walk_sizeof(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let kind = check(vm, obj, "__sizeof__")?;
    let words = match state::<Walk>(&obj) {
        Some(w) => match kind {
            Kind::Product => w.r,
            Kind::Permutations => w.indices.len() + w.cycles.len(),
            _ => w.r,
        },
        None => 0,
    };
    let base = match kind {
        Kind::Product => 48,
        Kind::Permutations => 64,
        _ => 56,
    };
    Ok(Value::Int((base + 8 * words) as i64))
}
