//! `_bisect`: binary search in a sorted sequence and insertion that keeps it sorted
//! (`bisect_left`, `bisect_right`, `insort_left`, `insort_right`), which `bisect` takes
//! from C in CPython. Any sequence with `__getitem__` and `__len__` is searched; a list is
//! inserted into directly, anything else through its `insert` method.

use krait_gc::Gc;

use krait_vm::builtins::native::{bind, Sig};
use krait_vm::builtins::{int_arg, module_functions, new_module};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// Creates `_bisect`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let attrs = module_functions(
        vm,
        &[
            ("bisect_right", bisect_right),
            ("bisect_left", bisect_left),
            ("insort_right", insort_right),
            ("insort_left", insort_left),
        ],
    );
    new_module(vm, "_bisect", attrs)
}

/// Which end of a run of equal items a search lands on.
#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
}

/// The bound arguments `(a, x, lo, hi, key)`, with `hi` resolved to `len(a)` when absent.
struct Search {
    seq: Value,
    x: Value,
    lo: i64,
    hi: i64,
    key: Option<Value>,
}

fn bind_search(
    vm: &mut Vm,
    name: &'static str,
    args: &[Value],
    kw: KwArgs<'_>,
) -> PyResult<Search> {
    let sig = Sig {
        name,
        module: "_bisect",
        params: &["a", "x", "lo", "hi", "key"],
        posonly: 0,
        maxpos: 4,
        required: 2,
    };
    let bound = bind(vm, &sig, args, kw)?;
    let seq = bound[0].unwrap_or(Value::None);
    let x = bound[1].unwrap_or(Value::None);
    let lo = match bound[2] {
        Some(v) => int_arg(vm, v)?,
        None => 0,
    };
    // `hi=None` and `hi=-1` both mean "to the end", as in CPython.
    let hi = match bound[3] {
        Some(Value::None) | None => -1,
        Some(v) => int_arg(vm, v)?,
    };
    let key = bound[4].filter(|k| !matches!(k, Value::None));
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let hi = if hi == -1 { vm.len_of(seq)? as i64 } else { hi };
    Ok(Search {
        seq,
        x,
        lo,
        hi,
        key,
    })
}

/// The index where `item` (already a key when `key` is given) goes in `seq[lo:hi]`.
fn search(vm: &mut Vm, s: &Search, item: Value, side: Side) -> PyResult<i64> {
    let (mut lo, mut hi) = (s.lo, s.hi);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let mut probe = vm.get_item(s.seq, Value::Int(mid))?;
        if let Some(key) = s.key {
            probe = vm.call_value(key, &[probe], &[])?;
        }
        let go_left = match side {
            Side::Right => vm.lt(item, probe)?,
            Side::Left => !vm.lt(probe, item)?,
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect(
    vm: &mut Vm,
    name: &'static str,
    args: &[Value],
    kw: KwArgs<'_>,
    side: Side,
) -> PyResult<Value> {
    let s = bind_search(vm, name, args, kw)?;
    let i = search(vm, &s, s.x, side)?;
    Ok(Value::Int(i))
}

/// `bisect_right(a, x, lo=0, hi=len(a), *, key=None)`: the index after any items equal to `x`.
fn bisect_right(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    bisect(vm, "bisect_right", args, kw, Side::Right)
}

/// `bisect_left(a, x, lo=0, hi=len(a), *, key=None)`: the index before any items equal to `x`.
fn bisect_left(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    bisect(vm, "bisect_left", args, kw, Side::Left)
}

fn insort(
    vm: &mut Vm,
    name: &'static str,
    args: &[Value],
    kw: KwArgs<'_>,
    side: Side,
) -> PyResult<Value> {
    let s = bind_search(vm, name, args, kw)?;
    let item = match s.key {
        Some(key) => vm.call_value(key, &[s.x], &[])?,
        None => s.x,
    };
    let i = search(vm, &s, item, side)?;
    let exact_list = s.seq.as_obj().is_some_and(|o| {
        matches!(o.payload, Payload::List(_)) && Gc::ptr_eq(o.class(), vm.types().list)
    });
    match s.seq.payload() {
        Some(Payload::List(l)) if exact_list => {
            let mut items = l.borrow_mut();
            let at = (i.max(0) as usize).min(items.len());
            items.insert(at, s.x);
        }
        _ => {
            let insert = vm.intern("insert");
            let method = vm.get_attr(s.seq, insert)?;
            vm.call_value(method, &[Value::Int(i), s.x], &[])?;
        }
    }
    Ok(Value::None)
}

/// `insort_right(a, x, lo=0, hi=len(a), *, key=None)`: inserts `x` after any equal items.
fn insort_right(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    insort(vm, "insort_right", args, kw, Side::Right)
}

/// `insort_left(a, x, lo=0, hi=len(a), *, key=None)`: inserts `x` before any equal items.
fn insort_left(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    insort(vm, "insort_left", args, kw, Side::Left)
}
