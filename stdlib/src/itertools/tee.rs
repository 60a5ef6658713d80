//! `itertools.tee(iterable, n=2)` and the classes behind it. The items read from the
//! source are kept in a chain of `_tee_dataobject` links of up to [`LINKCELLS`] items
//! each, shared by every `_tee` over the source; each `_tee` is a position in that chain
//! (a link and an index into it), so copies read each item of the source once between
//! them, and links no copy still needs are freed. A link's values are the source, the
//! next link (`None` until needed) and its items; its state whether it is reading the
//! source right now (reading it again then, from the source itself, is refused).

use krait_vm::builtins::int_arg;
use krait_vm::builtins::native::{
    ensure_dict, keep_class, new_class, new_class_arg, new_object_with, state, values,
};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::Payload;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use super::{class, me, reduce_call, stop, tuple_items, wrong_self};

/// Where each class is kept (see `native::keep_class`).
pub(crate) const TEE: &str = "_itertools._tee";
pub(crate) const DATA: &str = "_itertools._tee_dataobject";

/// How many items one link holds.
const LINKCELLS: usize = 57;

/// Indices of a link's values; its items follow.
const SOURCE: usize = 0;
const NEXT: usize = 1;
const ITEMS: usize = 2;

/// A link's state: whether it is reading its source.
struct Link {
    running: bool,
}

/// A tee's position: the index of its next item in its link (its one value).
struct Tee {
    index: usize,
}

/// Makes both classes and keeps them.
pub(crate) fn make_classes(vm: &mut Vm) {
    let t = new_class(
        vm,
        "itertools",
        "_tee",
        Some(tee_new),
        &[
            ("__iter__", super::iter_self),
            ("__next__", tee_next),
            ("__copy__", tee_copy),
            ("__reduce__", tee_reduce),
            ("__setstate__", tee_setstate),
        ],
    );
    keep_class(vm, TEE, t);
    let d = new_class(
        vm,
        "itertools",
        "_tee_dataobject",
        Some(data_new),
        &[("__reduce__", data_reduce)],
    );
    keep_class(vm, DATA, d);
}

/// A new empty link reading `source`.
fn new_link(vm: &mut Vm, source: Value) -> Value {
    let cls = class(vm, DATA);
    new_object_with(vm, cls, Link { running: false }, vec![source, Value::None])
}

/// A new tee at `index` of `link`. It gets an attribute dict: that is what lets a native
/// object be weakly referenced, as CPython's tee objects can be.
fn new_tee(vm: &mut Vm, link: Value, index: usize) -> Value {
    let cls = class(vm, TEE);
    let t = new_object_with(vm, cls, Tee { index }, vec![link]);
    ensure_dict(vm, t);
    t
}

fn is_tee(v: Value) -> bool {
    state::<Tee>(&v).is_some()
}

/// A tee over `iterable`: a copy of it if its iterator is a tee already.
fn from_iterable(vm: &mut Vm, iterable: Value) -> PyResult<Value> {
    let it = vm.get_iter(iterable)?;
    if is_tee(it) {
        return copy_of(vm, it);
    }
    let link = new_link(vm, it);
    Ok(new_tee(vm, link, 0))
}

/// A tee at the same position as the tee `t`.
fn copy_of(vm: &mut Vm, t: Value) -> PyResult<Value> {
    let Some(index) = state::<Tee>(&t).map(|s| s.index) else {
        return Err(wrong_self(vm, "_tee", "__copy__", t));
    };
    let link = values(&t)
        .and_then(|v| v.borrow().first().copied())
        .unwrap_or(Value::None);
    Ok(new_tee(vm, link, index))
}

/// `tee(iterable, n=2)`: `n` independent iterators over `iterable`.
pub(crate) fn tee(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("itertools.tee() takes no keyword arguments"));
    }
    if args.is_empty() {
        return Err(vm.type_error("tee expected at least 1 argument, got 0"));
    }
    if args.len() > 2 {
        let msg = format!("tee expected at most 2 arguments, got {}", args.len());
        return Err(vm.type_error(msg));
    }
    let n = match args.get(1) {
        Some(&v) => int_arg(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(vm.new_tuple(Vec::new()));
    }
    if n > 1 << 32 {
        let class = vm.types().memory_error;
        return Err(vm.new_exception(class, Vec::new()));
    }
    let it = vm.get_iter(args[0])?;
    let name = vm.intern("__copy__");
    let (first, copy) = match vm.get_attr(it, name) {
        Ok(f) => (it, f),
        Err(e) if vm.exc_matches(e, vm.types().attribute_error) => {
            let link = new_link(vm, it);
            let t = new_tee(vm, link, 0);
            let f = vm.get_attr(t, name)?;
            (t, f)
        }
        Err(e) => return Err(e),
    };
    let mut out = vec![first];
    for _ in 1..n {
        out.push(vm.call_value(copy, &[], &[])?);
    }
    Ok(vm.new_tuple(out))
}

/// `_tee.__new__(cls, iterable)`.
fn tee_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("_tee() takes no keyword arguments"));
    }
    let rest = args.get(1..).unwrap_or(&[]);
    let [iterable] = rest[..] else {
        let msg = format!("_tee expected 1 argument, got {}", rest.len());
        return Err(vm.type_error(msg));
    };
    from_iterable(vm, iterable)
}

/// Item `i` of `link`, reading the source when `i` is the next one to read; `None` once
/// the source is exhausted.
fn link_item(vm: &mut Vm, link: Value, i: usize) -> PyResult<Option<Value>> {
    let (source, read) = match values(&link) {
        Some(v) => {
            let v = v.borrow();
            if let Some(&item) = v.get(ITEMS + i) {
                return Ok(Some(item));
            }
            (v[SOURCE], v.len() - ITEMS)
        }
        None => return Ok(None),
    };
    if read != i {
        return Ok(None);
    }
    match state::<Link>(&link) {
        Some(s) if s.running => {
            drop(s);
            return Err(vm.runtime_error("cannot re-enter the tee iterator"));
        }
        Some(mut s) => s.running = true,
        None => return Ok(None),
    }
    let got = super::next_item(vm, source);
    if let Some(mut s) = state::<Link>(&link) {
        s.running = false;
    }
    let Some(item) = got? else { return Ok(None) };
    if let Some(v) = values(&link) {
        v.borrow_mut().push(item);
    }
    Ok(Some(item))
}

/// The link after `link`, made when first needed.
fn next_link(vm: &mut Vm, link: Value) -> Value {
    let (next, source) = match values(&link) {
        Some(v) => {
            let v = v.borrow();
            (v[NEXT], v[SOURCE])
        }
        None => return Value::None,
    };
    if !next.is_none() {
        return next;
    }
    let fresh = new_link(vm, source);
    if let Some(v) = values(&link) {
        v.borrow_mut()[NEXT] = fresh;
    }
    fresh
}

/// `next(t)`.
fn tee_next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let t = me(args);
    let Some(mut index) = state::<Tee>(&t).map(|s| s.index) else {
        return Err(wrong_self(vm, "_tee", "__next__", t));
    };
    let mut link = values(&t)
        .and_then(|v| v.borrow().first().copied())
        .unwrap_or(Value::None);
    if index >= LINKCELLS {
        link = next_link(vm, link);
        index = 0;
        if let Some(v) = values(&t) {
            v.borrow_mut()[0] = link;
        }
        if let Some(mut s) = state::<Tee>(&t) {
            s.index = 0;
        }
    }
    let Some(item) = link_item(vm, link, index)? else {
        return Err(stop(vm));
    };
    if let Some(mut s) = state::<Tee>(&t) {
        s.index += 1;
    }
    Ok(item)
}

/// `t.__copy__()`.
fn tee_copy(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    copy_of(vm, me(args))
}

/// `t.__reduce__()`: `(type(t), ((),), (link, index))`.
fn tee_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let t = me(args);
    let Some(index) = state::<Tee>(&t).map(|s| s.index) else {
        return Err(wrong_self(vm, "_tee", "__reduce__", t));
    };
    let link = values(&t)
        .and_then(|v| v.borrow().first().copied())
        .unwrap_or(Value::None);
    let empty = vm.new_tuple(Vec::new());
    let call = reduce_call(vm, t, vec![empty]);
    let st = vm.new_tuple(vec![link, Value::Int(index as i64)]);
    let mut items = tuple_items(call);
    items.push(st);
    Ok(vm.new_tuple(items))
}

/// `t.__setstate__((link, index))`.
fn tee_setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let t = me(args);
    if !is_tee(t) {
        return Err(wrong_self(vm, "_tee", "__setstate__", t));
    }
    let arg = args.get(1).copied().unwrap_or(Value::None);
    let items = match arg.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("state is not a tuple")),
    };
    let [link, index] = items[..] else {
        let msg = format!("function takes exactly 2 arguments ({} given)", items.len());
        return Err(vm.type_error(msg));
    };
    if state::<Link>(&link).is_none() {
        let msg = format!(
            "argument 1 must be itertools._tee_dataobject, not {}",
            vm.type_name(link)
        );
        return Err(vm.type_error(msg));
    }
    let index = krait_vm::builtins::native::c_int(vm, index)?;
    if index < 0 || index > LINKCELLS as i64 {
        return Err(vm.value_error("Index out of range"));
    }
    if let Some(v) = values(&t) {
        v.borrow_mut()[0] = link;
    }
    if let Some(mut s) = state::<Tee>(&t) {
        s.index = index as usize;
    }
    Ok(Value::None)
}

/// `_tee_dataobject.__new__(cls, iterable, values, next)`: a link holding `values` (at
/// most a full link's worth), followed by `next` (only when full).
fn data_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("teedataobject() takes no keyword arguments"));
    }
    let cls = new_class_arg(args, class(vm, DATA));
    let rest = args.get(1..).unwrap_or(&[]);
    let [source, items, next] = rest[..] else {
        let msg = format!("teedataobject expected 3 arguments, got {}", rest.len());
        return Err(vm.type_error(msg));
    };
    let items = match items.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => {
            let msg = format!(
                "teedataobject() argument 2 must be list, not {}",
                vm.type_name(items)
            );
            return Err(vm.type_error(msg));
        }
    };
    let next_ok = if items.len() == LINKCELLS {
        next.is_none() || state::<Link>(&next).is_some()
    } else {
        items.len() < LINKCELLS && next.is_none()
    };
    if !next_ok {
        return Err(vm.value_error("Invalid arguments"));
    }
    let mut vals = vec![source, next];
    vals.extend(items);
    Ok(new_object_with(vm, cls, Link { running: false }, vals))
}

/// `link.__reduce__()`: `(type(link), (source, items, next))`.
fn data_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let link = me(args);
    if state::<Link>(&link).is_none() {
        return Err(wrong_self(vm, "_tee_dataobject", "__reduce__", link));
    }
    let vals = values(&link)
        .map(|v| v.borrow().clone())
        .unwrap_or_default();
    let items = vm.new_list(vals.get(ITEMS..).unwrap_or(&[]).to_vec());
    let source = vals.get(SOURCE).copied().unwrap_or(Value::None);
    let next = vals.get(NEXT).copied().unwrap_or(Value::None);
    Ok(reduce_call(vm, link, vec![source, items, next]))
}
