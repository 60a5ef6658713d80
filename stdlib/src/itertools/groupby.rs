//! `itertools.groupby(iterable, key=None)` and its `_grouper`: runs of items with equal
//! keys, each given as `(key, grouper)`. A groupby's values are the iterator, the key
//! function, the key of the current group (`tgtkey`), and the key and item last read
//! (`currkey`, `currvalue`); which of the last three are set is Rust state, since any may
//! be `None`. Only the newest grouper reads the shared iterator: each has a number, and
//! the groupby remembers the number of the current one, forgetting it when it advances.

use krait_vm::builtins::native::{
    bind, keep_class, new_class, new_class_arg, new_object_with, state, values, Sig,
};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::Payload;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use super::{class, iterator_class, me, next_item, reduce_call, stop, tuple_items, wrong_self};

/// Where each class is kept (see `native::keep_class`).
pub(crate) const GROUPBY: &str = "_itertools.groupby";
pub(crate) const GROUPER: &str = "_itertools._grouper";

/// Indices of a groupby's values.
const IT: usize = 0;
const KEYFUNC: usize = 1;
const TGTKEY: usize = 2;
const CURRKEY: usize = 3;
const CURRVALUE: usize = 4;

/// Which of `tgtkey`, `currkey` and `currvalue` are set, the number of the current
/// grouper (0: none) and the last number given.
struct GroupBy {
    has_tgtkey: bool,
    has_currkey: bool,
    has_currvalue: bool,
    current: u64,
    made: u64,
}

/// A grouper's number. Its values are the groupby and the key of its group.
struct Grouper {
    id: u64,
}

const NEW: Sig = Sig {
    name: "groupby",
    module: "itertools",
    params: &["iterable", "key"],
    posonly: 0,
    maxpos: 2,
    required: 1,
};

/// Makes both classes and keeps them.
pub(crate) fn make_classes(vm: &mut Vm) {
    let c = iterator_class(
        vm,
        "groupby",
        groupby_new,
        groupby_next,
        &[
            ("__reduce__", groupby_reduce),
            ("__setstate__", groupby_setstate),
        ],
    );
    keep_class(vm, GROUPBY, c);
    let g = new_class(
        vm,
        "itertools",
        "_grouper",
        Some(grouper_new),
        &[
            ("__iter__", super::iter_self),
            ("__next__", grouper_next),
            ("__reduce__", grouper_reduce),
        ],
    );
    keep_class(vm, GROUPER, g);
}

/// `groupby.__new__(cls, iterable, key=None)`.
fn groupby_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = new_class_arg(args, class(vm, GROUPBY));
    let bound = bind(vm, &NEW, args.get(1..).unwrap_or(&[]), kw)?;
    let it = vm.get_iter(bound[0].unwrap_or(Value::None))?;
    let keyfunc = bound[1].unwrap_or(Value::None);
    let st = GroupBy {
        has_tgtkey: false,
        has_currkey: false,
        has_currvalue: false,
        current: 0,
        made: 0,
    };
    let vals = vec![it, keyfunc, Value::None, Value::None, Value::None];
    Ok(new_object_with(vm, cls, st, vals))
}

/// Value `i` of a native object.
fn get(obj: Value, i: usize) -> Value {
    values(&obj)
        .and_then(|v| v.borrow().get(i).copied())
        .unwrap_or(Value::None)
}

/// Sets value `i` of a native object.
fn put(obj: Value, i: usize, v: Value) {
    if let Some(vals) = values(&obj) {
        if let Some(slot) = vals.borrow_mut().get_mut(i) {
            *slot = v;
        }
    }
}

/// Reads the next item and its key into `currvalue` and `currkey`; false at the end.
fn step(vm: &mut Vm, gb: Value) -> PyResult<bool> {
    let Some(value) = next_item(vm, get(gb, IT))? else {
        return Ok(false);
    };
    let keyfunc = get(gb, KEYFUNC);
    let key = if keyfunc.is_none() {
        value
    } else {
        vm.call_value(keyfunc, &[value], &[])?
    };
    put(gb, CURRVALUE, value);
    put(gb, CURRKEY, key);
    if let Some(mut s) = state::<GroupBy>(&gb) {
        s.has_currvalue = true;
        s.has_currkey = true;
    }
    Ok(true)
}

/// `next(g)`: skips what is left of the current group, then gives `(key, grouper)` for the
/// next one.
fn groupby_next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let gb = me(args);
    match state::<GroupBy>(&gb) {
        Some(mut s) => s.current = 0,
        None => return Err(wrong_self(vm, "groupby", "__next__", gb)),
    }
    loop {
        let (has_key, has_tgt) = state::<GroupBy>(&gb)
            .map(|s| (s.has_currkey, s.has_tgtkey))
            .unwrap_or_default();
        if has_key {
            if !has_tgt {
                break;
            }
            let (tgt, curr) = (get(gb, TGTKEY), get(gb, CURRKEY));
            if !vm.eq(tgt, curr)? {
                break;
            }
        }
        if !step(vm, gb)? {
            return Err(stop(vm));
        }
    }
    let key = get(gb, CURRKEY);
    put(gb, TGTKEY, key);
    if let Some(mut s) = state::<GroupBy>(&gb) {
        s.has_tgtkey = true;
    }
    let grouper = make_grouper(vm, gb, key);
    Ok(vm.new_tuple(vec![key, grouper]))
}

/// A new grouper of `gb` for the group of `key`; it becomes the current one.
fn make_grouper(vm: &mut Vm, gb: Value, key: Value) -> Value {
    let id = match state::<GroupBy>(&gb) {
        Some(mut s) => {
            s.made += 1;
            s.current = s.made;
            s.made
        }
        None => 0,
    };
    let cls = class(vm, GROUPER);
    new_object_with(vm, cls, Grouper { id }, vec![gb, key])
}

/// `g.__reduce__()`: `(type(g), (it, keyfunc))`, with `(currkey, currvalue, tgtkey)` as
/// the state when all three are set.
fn groupby_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let gb = me(args);
    let Some(all) = state::<GroupBy>(&gb).map(|s| s.has_tgtkey && s.has_currkey && s.has_currvalue)
    else {
        return Err(wrong_self(vm, "groupby", "__reduce__", gb));
    };
    let call = reduce_call(vm, gb, vec![get(gb, IT), get(gb, KEYFUNC)]);
    if !all {
        return Ok(call);
    }
    let st = vm.new_tuple(vec![get(gb, CURRKEY), get(gb, CURRVALUE), get(gb, TGTKEY)]);
    let mut items = tuple_items(call);
    items.push(st);
    Ok(vm.new_tuple(items))
}

/// `g.__setstate__((currkey, currvalue, tgtkey))`.
fn groupby_setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let gb = me(args);
    if state::<GroupBy>(&gb).is_none() {
        return Err(wrong_self(vm, "groupby", "__setstate__", gb));
    }
    let arg = args.get(1).copied().unwrap_or(Value::None);
    let items = match arg.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("state is not a tuple")),
    };
    let [currkey, currvalue, tgtkey] = items[..] else {
        let msg = format!("function takes exactly 3 arguments ({} given)", items.len());
        return Err(vm.type_error(msg));
    };
    put(gb, CURRKEY, currkey);
    put(gb, CURRVALUE, currvalue);
    put(gb, TGTKEY, tgtkey);
    if let Some(mut s) = state::<GroupBy>(&gb) {
        s.has_currkey = true;
        s.has_currvalue = true;
        s.has_tgtkey = true;
    }
    Ok(Value::None)
}

/// `_grouper.__new__(cls, parent, tgtkey)`: a grouper of `parent`, now its current one.
fn grouper_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("_grouper() takes no keyword arguments"));
    }
    let rest = args.get(1..).unwrap_or(&[]);
    let [parent, key] = rest[..] else {
        let msg = format!("_grouper expected 2 arguments, got {}", rest.len());
        return Err(vm.type_error(msg));
    };
    if state::<GroupBy>(&parent).is_none() {
        let msg = format!(
            "_grouper() argument 1 must be itertools.groupby, not {}",
            vm.type_name(parent)
        );
        return Err(vm.type_error(msg));
    }
    Ok(make_grouper(vm, parent, key))
}

/// The groupby and key of a grouper, and whether it is still the current one.
fn grouper_parts(vm: &mut Vm, v: Value, method: &str) -> PyResult<(Value, Value, bool)> {
    let Some(id) = state::<Grouper>(&v).map(|s| s.id) else {
        return Err(wrong_self(vm, "_grouper", method, v));
    };
    let gb = get(v, 0);
    let key = get(v, 1);
    let current = state::<GroupBy>(&gb).is_some_and(|s| s.current == id);
    Ok((gb, key, current))
}

/// `next(grouper)`: the next item of the group, while the grouper is current and the
/// item's key equals the group's.
fn grouper_next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let me_ = me(args);
    let (gb, key, current) = grouper_parts(vm, me_, "__next__")?;
    if !current {
        return Err(stop(vm));
    }
    let has_value = state::<GroupBy>(&gb).is_some_and(|s| s.has_currvalue);
    if !has_value && !step(vm, gb)? {
        return Err(stop(vm));
    }
    let curr = get(gb, CURRKEY);
    if !vm.eq(key, curr)? {
        return Err(stop(vm));
    }
    let item = get(gb, CURRVALUE);
    put(gb, CURRVALUE, Value::None);
    put(gb, CURRKEY, Value::None);
    if let Some(mut s) = state::<GroupBy>(&gb) {
        s.has_currvalue = false;
        s.has_currkey = false;
    }
    Ok(item)
}

/// `grouper.__reduce__()`: `(type(grouper), (parent, tgtkey))` while current, else
/// `(iter, ((),))`.
fn grouper_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let me_ = me(args);
    let (gb, key, current) = grouper_parts(vm, me_, "__reduce__")?;
    if current {
        return Ok(reduce_call(vm, me_, vec![gb, key]));
    }
    let builtins = vm.intern("builtins");
    let module = vm.import_name(builtins, Value::None, Value::Int(0))?;
    let name = vm.intern("iter");
    let iter = vm.get_attr(module, name)?;
    let empty = vm.new_tuple(Vec::new());
    let args = vm.new_tuple(vec![empty]);
    Ok(vm.new_tuple(vec![iter, args]))
}
