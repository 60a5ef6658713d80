//! `itertools.cycle(iterable)`: the items of the iterable, saved as they come, then the
//! saved items over and over. Its values are the iterator (`None` once exhausted) and the
//! list of saved items; its state where it is in that list and whether the items of the
//! iterator are already saved (a cycle restored from a pickle).

use krait_vm::builtins::native::{keep_class, new_class_arg, new_object_with, state, values};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::Payload;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use super::{
    class, iterator_class, me, next_item, positional, reduce_call, stop, tuple_items, wrong_self,
};

/// Where the class is kept (see `native::keep_class`).
pub(crate) const KEY: &str = "_itertools.cycle";

/// The position in the saved list and whether the iterator's items are saved already.
struct Cycle {
    index: usize,
    firstpass: bool,
}

/// Makes the class and keeps it.
pub(crate) fn make_class(vm: &mut Vm) {
    let c = iterator_class(
        vm,
        "cycle",
        cycle_new,
        cycle_next,
        &[
            ("__reduce__", cycle_reduce),
            ("__setstate__", cycle_setstate),
        ],
    );
    keep_class(vm, KEY, c);
}

/// `cycle.__new__(cls, iterable)`.
fn cycle_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = new_class_arg(args, class(vm, KEY));
    let rest = positional(vm, "cycle", args, kw, 1)?;
    let it = vm.get_iter(rest[0])?;
    let saved = vm.new_list(Vec::new());
    let st = Cycle {
        index: 0,
        firstpass: false,
    };
    Ok(new_object_with(vm, cls, st, vec![it, saved]))
}

/// The iterator, the saved list, the index and the firstpass flag.
fn parts(vm: &mut Vm, v: Value, method: &str) -> PyResult<(Value, Value, usize, bool)> {
    let st = state::<Cycle>(&v).map(|s| (s.index, s.firstpass));
    let vals = values(&v).map(|c| c.borrow().clone()).unwrap_or_default();
    match (st, vals.as_slice()) {
        (Some((index, firstpass)), [it, saved]) => Ok((*it, *saved, index, firstpass)),
        _ => Err(wrong_self(vm, "cycle", method, v)),
    }
}

/// `next(c)`.
fn cycle_next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let (it, saved, _, firstpass) = parts(vm, obj, "__next__")?;
    if !it.is_none() {
        if let Some(item) = next_item(vm, it)? {
            if !firstpass {
                if let Some(Payload::List(l)) = saved.payload() {
                    l.borrow_mut().push(item);
                }
            }
            return Ok(item);
        }
        if let Some(vals) = values(&obj) {
            vals.borrow_mut()[0] = Value::None;
        }
    }
    let Some(Payload::List(l)) = saved.payload() else {
        return Err(stop(vm));
    };
    let Some(mut st) = state::<Cycle>(&obj) else {
        return Err(stop(vm));
    };
    let items = l.borrow();
    if items.is_empty() {
        drop(items);
        drop(st);
        return Err(stop(vm));
    }
    // The list may have shrunk since (it is shared with a pickled state).
    if st.index >= items.len() {
        st.index = 0;
    }
    let item = items[st.index];
    st.index += 1;
    if st.index >= items.len() {
        st.index = 0;
    }
    Ok(item)
}

/// `c.__reduce__()`: `(type(c), (it,), (saved, firstpass))`; once the iterator is done,
/// an iterator over the saved list set to the current position takes its place.
fn cycle_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let (it, saved, index, firstpass) = parts(vm, obj, "__reduce__")?;
    let (it, firstpass) = if it.is_none() {
        let it = vm.get_iter(saved)?;
        if index != 0 {
            let name = vm.intern("__setstate__");
            let f = vm.get_attr(it, name)?;
            vm.call_value(f, &[Value::Int(index as i64)], &[])?;
        }
        (it, true)
    } else {
        (it, firstpass)
    };
    let call = reduce_call(vm, obj, vec![it]);
    let st = vm.new_tuple(vec![saved, Value::Bool(firstpass)]);
    let mut items = tuple_items(call);
    items.push(st);
    Ok(vm.new_tuple(items))
}

/// `c.__setstate__((saved, firstpass))`.
fn cycle_setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    parts(vm, obj, "__setstate__")?;
    let arg = args.get(1).copied().unwrap_or(Value::None);
    let items = match arg.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("state is not a tuple")),
    };
    let [saved, flag] = items[..] else {
        let msg = format!("function takes exactly 2 arguments ({} given)", items.len());
        return Err(vm.type_error(msg));
    };
    if !matches!(saved.payload(), Some(Payload::List(_))) {
        let msg = format!("argument 1 must be list, not {}", vm.type_name(saved));
        return Err(vm.type_error(msg));
    }
    let firstpass = krait_vm::builtins::native::c_int(vm, flag)? != 0;
    if let Some(vals) = values(&obj) {
        vals.borrow_mut()[1] = saved;
    }
    if let Some(mut st) = state::<Cycle>(&obj) {
        st.index = 0;
        st.firstpass = firstpass;
    }
    Ok(Value::None)
}
