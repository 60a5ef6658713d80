//! Sets and frozensets: constructors, methods and the set operators (`|`, `&`, `-`, `^`),
//! each building its result in the order CPython's does, so iteration order matches.

use krait_bytecode::BinaryOpKind;
use krait_gc::Gc;

use crate::builtins::{method, method_arity, method_kind};
use crate::error::PyResult;
use crate::interp::setops::{set_entries, set_size, set_table};
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    for class in [vm.s.types.set, vm.s.types.frozenset] {
        method_kind(vm, class, "__new__", set_new, BuiltinKind::StaticMethod);
        method(vm, class, "copy", set_copy);
        method(vm, class, "union", set_union);
        method(vm, class, "intersection", set_intersection);
        method(vm, class, "difference", set_difference);
        method(vm, class, "symmetric_difference", set_symmetric_difference);
        method(vm, class, "issubset", set_issubset);
        method(vm, class, "issuperset", set_issuperset);
        method(vm, class, "isdisjoint", set_isdisjoint);
        method(vm, class, "__contains__", set_contains);
        method(vm, class, "__len__", set_len);
    }
    let set = vm.s.types.set;
    method(vm, set, "__init__", set_init);
    method(vm, set, "add", set_add);
    method(vm, set, "remove", set_remove);
    method(vm, set, "discard", set_discard);
    method(vm, set, "pop", set_pop);
    method(vm, set, "clear", set_clear);
    method(vm, set, "update", set_update);
    method(vm, set, "intersection_update", set_intersection_update);
    method(vm, set, "difference_update", set_difference_update);
    method(
        vm,
        set,
        "symmetric_difference_update",
        set_symmetric_difference_update,
    );
}

/// The class results of operations on `like` get: the builtin set or frozenset type.
fn result_class(vm: &Vm, like: Value) -> Gc<Object> {
    match like {
        Value::Obj(o) if crate::object::class::is_subclass(o.class(), vm.s.types.frozenset) => {
            vm.s.types.frozenset
        }
        _ => vm.s.types.set,
    }
}

/// `other` as a set: itself, or a new set of its items.
fn as_set(vm: &mut Vm, other: Value) -> PyResult<Value> {
    if set_table(&other).is_some() {
        return Ok(other);
    }
    let set = vm.new_set_of_class(vm.s.types.set);
    vm.set_update(set, other)?;
    Ok(set)
}

impl Vm {
    /// `a | b`, `a & b`, `a - b`, `a ^ b` for sets, and their in-place forms.
    pub(crate) fn set_binop(
        &mut self,
        a: Value,
        b: Value,
        op: BinaryOpKind,
        inplace: bool,
    ) -> PyResult<Value> {
        let mutable_target = inplace
            && matches!(a, Value::Obj(o) if !crate::object::class::is_subclass(o.class(), self.s.types.frozenset));
        if mutable_target {
            match op {
                BinaryOpKind::Or => self.set_update(a, b)?,
                BinaryOpKind::And => {
                    let r = self.set_intersection(a, b)?;
                    self.replace_set_contents(a, r);
                }
                BinaryOpKind::Subtract => self.set_difference_update(a, b)?,
                _ => self.set_symmetric_difference_update(a, b)?,
            }
            return Ok(a);
        }
        let class = result_class(self, a);
        match op {
            BinaryOpKind::Or => {
                let r = self.set_copy(a, class)?;
                self.set_update(r, b)?;
                Ok(r)
            }
            BinaryOpKind::And => self.set_intersection(a, b),
            BinaryOpKind::Subtract => self.set_difference(a, b),
            _ => {
                let r = self.set_copy(b, class)?;
                self.set_symmetric_difference_update(r, a)?;
                Ok(r)
            }
        }
    }

    /// CPython's `set_intersection`: walks the smaller set, keeping keys the larger has.
    fn set_intersection(&mut self, a: Value, b: Value) -> PyResult<Value> {
        let class = result_class(self, a);
        if a.is(b) {
            return self.set_copy(a, class);
        }
        let result = self.new_set_of_class(class);
        let (mut big, mut small) = (a, b);
        if set_table(&b).is_some() {
            if set_size(&b) > set_size(&a) {
                std::mem::swap(&mut big, &mut small);
            }
            // The smaller set's stored hashes are reused, as CPython does: no `__hash__`.
            for (hash, key) in set_entries(&small) {
                if self.set_contains_hashed(big, hash, key)? {
                    self.set_add_hashed(result, hash, key)?;
                }
            }
        } else {
            for key in self.collect_iter(b)? {
                if self.set_contains(a, key)? {
                    self.set_add(result, key)?;
                }
            }
        }
        Ok(result)
    }

    /// CPython's `set_difference`.
    fn set_difference(&mut self, a: Value, b: Value) -> PyResult<Value> {
        let class = result_class(self, a);
        let a_len = set_size(&a);
        // Against an exact dict, the set's stored hashes are reused (no `__hash__` calls).
        let exact_dict = matches!(b, Value::Obj(o) if Gc::ptr_eq(o.class(), self.s.types.dict));
        if let (true, Some(dt)) = (exact_dict, crate::interp::dictops::table(&b)) {
            let d_len = dt.borrow().len();
            if a_len > 0 && (a_len >> 2) <= d_len {
                let result = self.new_set_of_class(class);
                let entries: Vec<(i64, Value)> = match set_table(&a) {
                    Some(t) => t.borrow().iter().collect(),
                    None => Vec::new(),
                };
                for (hash, key) in entries {
                    if self.table_find(dt, hash, key)?.is_none() {
                        self.set_add_hashed(result, hash, key)?;
                    }
                }
                return Ok(result);
            }
        }
        let b_len = set_table(&b).map(|t| t.borrow().len());
        if a_len == 0 || b_len.is_none_or(|n| (a_len >> 2) > n) {
            let r = self.set_copy(a, class)?;
            self.set_difference_update(r, b)?;
            return Ok(r);
        }
        let result = self.new_set_of_class(class);
        for (hash, key) in set_entries(&a) {
            if !self.set_contains_hashed(b, hash, key)? {
                self.set_add_hashed(result, hash, key)?;
            }
        }
        Ok(result)
    }

    /// Discards every key of `other` from `set`.
    fn set_difference_update(&mut self, set: Value, other: Value) -> PyResult<()> {
        if set.is(other) {
            if let Some(t) = set_table(&set) {
                t.borrow_mut().clear();
            }
            return Ok(());
        }
        if set_table(&other).is_some() {
            // Another set's stored hashes are reused, as CPython does: no `__hash__`.
            self.set_or_error(&set)?;
            for (hash, key) in set_entries(&other) {
                self.set_discard_hashed(set, hash, key)?;
            }
            return Ok(());
        }
        for key in self.collect_iter(other)? {
            self.set_discard(set, key)?;
        }
        Ok(())
    }

    /// CPython's `set_symmetric_difference_update`.
    fn set_symmetric_difference_update(&mut self, set: Value, other: Value) -> PyResult<()> {
        if set.is(other) {
            if let Some(t) = set_table(&set) {
                t.borrow_mut().clear();
            }
            return Ok(());
        }
        let other = as_set(self, other)?;
        // The other set's stored hashes (a dict's, when it was made from one) are reused:
        // no `__hash__` runs again.
        let entries: Vec<(i64, Value)> = match set_table(&other) {
            Some(t) => t.borrow().iter().collect(),
            None => Vec::new(),
        };
        for (hash, key) in entries {
            if !self.set_discard_hashed(set, hash, key)? {
                self.set_add_hashed(set, hash, key)?;
            }
        }
        Ok(())
    }

    /// Moves the table of `from` into `set` (CPython swaps the bodies).
    fn replace_set_contents(&mut self, set: Value, from: Value) {
        if let (Some(t), Some(f)) = (set_table(&set), set_table(&from)) {
            let table = std::mem::take(&mut *f.borrow_mut());
            *t.borrow_mut() = table;
        }
    }
}

fn set_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls: Gc<Object> = args[0].as_obj().unwrap_or(vm.s.types.set);
    let set = vm.s.types.set;
    let frozenset = vm.s.types.frozenset;
    if cls.as_class().is_some() && crate::object::class::is_subclass(cls, set) {
        // A mutable set starts empty; `set.__init__` fills it, as in CPython, so a
        // subclass's own `__init__` decides what it holds.
        if Gc::ptr_eq(cls, set) {
            crate::builtins::no_kwargs(vm, "set", kw)?;
        }
        return Ok(vm.new_set_of_class(cls));
    }
    crate::builtins::no_kwargs_for_new(vm, "frozenset", cls, frozenset, kw)?;
    let args = &args[1..];
    crate::builtins::arity(vm, vm.class_name(cls).as_str(), args, 0, 1)?;
    // `frozenset(f)` of an exact frozenset is `f` itself (immutable, so no copy is needed).
    if let Some(&v) = args.first() {
        let exact = |v: Value| matches!(v, Value::Obj(o) if Gc::ptr_eq(o.class(), frozenset));
        if Gc::ptr_eq(cls, frozenset) && exact(v) {
            return Ok(v);
        }
    }
    let set = vm.new_set_of_class(cls);
    if let Some(&v) = args.first() {
        fill_set(vm, set, v)?;
    }
    Ok(set)
}

/// `set.__init__(iterable=())`: empties the set and adds the items.
fn set_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, "set", kw)?;
    method_arity(vm, "set", args, 0, 1)?;
    let Some(t) = set_table(&args[0]) else {
        return Err(vm.type_error("descriptor '__init__' requires a 'set' object"));
    };
    t.borrow_mut().clear();
    if let Some(&v) = args.get(1) {
        fill_set(vm, args[0], v)?;
    }
    Ok(Value::None)
}

/// Adds the items of iterable `v` to `set`.
fn fill_set(vm: &mut Vm, set: Value, v: Value) -> PyResult<()> {
    if set_table(&v).is_some() || matches!(v.payload(), Some(Payload::Dict(_))) {
        vm.set_update(set, v)?;
    } else {
        // `set(generator)`: the new set predates the fold's region, so it is kept while the
        // generator runs (and collects).
        for item in vm.collect_iter_folded(v)? {
            vm.set_add(set, item)?;
        }
    }
    Ok(())
}

fn set_copy(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "copy", args, 0, 0)?;
    // An exact frozenset is its own copy.
    if matches!(args[0], Value::Obj(o) if Gc::ptr_eq(o.class(), vm.s.types.frozenset)) {
        return Ok(args[0]);
    }
    let class = result_class(vm, args[0]);
    vm.set_copy(args[0], class)
}

fn set_union(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let class = result_class(vm, args[0]);
    let r = vm.set_copy(args[0], class)?;
    for &other in &args[1..] {
        vm.set_update(r, other)?;
    }
    Ok(r)
}

fn set_intersection(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let mut acc = args[0];
    if args.len() == 1 {
        let class = result_class(vm, acc);
        return vm.set_copy(acc, class);
    }
    for &other in &args[1..] {
        acc = vm.set_intersection(acc, other)?;
    }
    Ok(acc)
}

fn set_difference(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let class = result_class(vm, args[0]);
    if args.len() == 1 {
        return vm.set_copy(args[0], class);
    }
    let mut acc = vm.set_difference(args[0], args[1])?;
    for &other in &args[2..] {
        vm.set_difference_update(acc, other)?;
        acc = vm.set_copy(acc, class)?;
    }
    Ok(acc)
}

fn set_symmetric_difference(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "symmetric_difference", args, 1, 1)?;
    let other = as_set(vm, args[1])?;
    vm.set_binop(args[0], other, BinaryOpKind::Xor, false)
}

fn set_issubset(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "issubset", args, 1, 1)?;
    let other = as_set(vm, args[1])?;
    for (hash, k) in set_entries(&args[0]) {
        if !vm.set_contains_hashed(other, hash, k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_issuperset(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "issuperset", args, 1, 1)?;
    let other = as_set(vm, args[1])?;
    for (hash, k) in set_entries(&other) {
        if !vm.set_contains_hashed(args[0], hash, k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_isdisjoint(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "isdisjoint", args, 1, 1)?;
    let other = as_set(vm, args[1])?;
    for (hash, k) in set_entries(&other) {
        if vm.set_contains_hashed(args[0], hash, k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__contains__", args, 1, 1)?;
    vm.set_contains_key(args[0], args[1]).map(Value::Bool)
}

fn set_len(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__len__", args, 0, 0)?;
    Ok(Value::Int(set_size(&args[0]) as i64))
}

fn set_add(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "set.add", args, 1, 1)?;
    vm.set_add(args[0], args[1])?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "set.remove", args, 1, 1)?;
    if vm.set_discard_key(args[0], args[1])? {
        Ok(Value::None)
    } else {
        Err(vm.key_error(args[1]))
    }
}

fn set_discard(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "set.discard", args, 1, 1)?;
    vm.set_discard_key(args[0], args[1])?;
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "set.pop", args, 0, 0)?;
    let popped = set_table(&args[0]).and_then(|t| t.borrow_mut().pop());
    match popped {
        Some(key) => Ok(key),
        None => Err(vm.new_error(vm.s.types.key_error, "pop from an empty set")),
    }
}

fn set_clear(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "set.clear", args, 0, 0)?;
    if let Some(t) = set_table(&args[0]) {
        t.borrow_mut().clear();
    }
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    for &other in &args[1..] {
        vm.set_update(args[0], other)?;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let mut acc = args[0];
    for &other in &args[1..] {
        acc = vm.set_intersection(acc, other)?;
    }
    if args.len() > 1 {
        vm.replace_set_contents(args[0], acc);
    }
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    for &other in &args[1..] {
        vm.set_difference_update(args[0], other)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(
    vm: &mut Vm,
    args: &[Value],
    _kw: KwArgs<'_>,
) -> PyResult<Value> {
    method_arity(vm, "symmetric_difference_update", args, 1, 1)?;
    vm.set_symmetric_difference_update(args[0], args[1])?;
    Ok(Value::None)
}
