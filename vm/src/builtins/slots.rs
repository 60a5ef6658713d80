//! Slot wrappers: the dunder methods of builtin types (`int.__add__`, `list.__len__`,
//! `str.__lt__`, `object.__lt__`, `type.__call__`, …) as callable class attributes.
//!
//! The VM implements operators on builtin values natively (payload first, in `interp/ops.rs`,
//! `compare.rs`, `subscript.rs`, …), so these wrappers do not hold their own implementations:
//! each one checks its receiver (through [`Builtin::owner`](crate::object::Builtin), in
//! `call_builtin`) and runs the same native code the operator would, answering
//! `NotImplemented` where that code declines, as CPython's slots do. They are installed
//! last and never replace a method a type already registered.

use krait_bytecode::{BinaryOpKind, CompareKind};
use krait_gc::Gc;

use crate::builtins::method_arity;
use crate::error::PyResult;
use crate::interp::arith::{as_int, as_num, Num};
use crate::object::function::KwArgs;
use crate::object::{Builtin, BuiltinKind, NativeFn, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Which operand of a binary operator the receiver is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Left,
    Right,
    InPlace,
}

/// `self op other` (or `other op self`) on builtin values; `NotImplemented` when the native
/// operator does not handle the pair.
fn binop_slot(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    op: BinaryOpKind,
    side: Side,
) -> PyResult<Value> {
    let max = if op == BinaryOpKind::Power && side != Side::InPlace {
        2
    } else {
        1
    };
    method_arity(vm, name, args, 1, max)?;
    let (me, other) = (args[0], args[1]);
    if let Some(&m) = args.get(2).filter(|m| !m.is_none()) {
        // Three-argument pow: only ints take part.
        if as_int(&me).is_none() || as_int(&other).is_none() || as_int(&m).is_none() {
            return Ok(vm.not_implemented());
        }
        let (b, e) = if side == Side::Right {
            (other, me)
        } else {
            (me, other)
        };
        return super::numbers::pow(vm, &[b, e, m], &[]);
    }
    let (a, b) = if side == Side::Right {
        (other, me)
    } else {
        (me, other)
    };
    if let (Some(x), Some(y)) = (as_num(&me), as_num(&other)) {
        // An int's slots know ints only; a float's know ints and floats.
        if matches!((x, y), (Num::Int(_), Num::Float(_))) {
            return Ok(vm.not_implemented());
        }
        return Ok(vm.numeric_binop(a, b, op)?.unwrap_or(vm.not_implemented()));
    }
    match vm.builtin_binop(a, b, op, side == Side::InPlace)? {
        Some(r) => Ok(r),
        None => {
            // Sequence concatenation refuses other types outright, as CPython's does.
            let seq = match me.payload() {
                Some(Payload::Str(_)) => "str",
                Some(Payload::List(_)) => "list",
                Some(Payload::Tuple(_)) => "tuple",
                _ => "",
            };
            if op == BinaryOpKind::Add && side == Side::Left && !seq.is_empty() {
                let msg = format!(
                    "can only concatenate {seq} (not \"{}\") to {seq}",
                    vm.type_name(other)
                );
                return Err(vm.type_error(msg));
            }
            Ok(vm.not_implemented())
        }
    }
}

/// The slot name of a member descriptor, checking that the instance it is asked about
/// (`args[1]`, unless None) is one of the class that owns the slot.
fn member_args(vm: &mut Vm, args: &[Value], what: &str) -> PyResult<Gc<Object>> {
    match args[0].payload() {
        Some(Payload::Member { name, owner }) => {
            let (name, owner) = (*name, owner.get());
            if let Some(owner) = owner {
                let class = vm.type_of(args[1]);
                if !args[1].is_none() && !crate::object::class::is_subclass(class, owner) {
                    let msg = format!(
                        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                        crate::interp::attr::text(&name),
                        vm.class_name(owner),
                        vm.class_name(class)
                    );
                    return Err(vm.type_error(msg));
                }
            }
            Ok(name)
        }
        _ => {
            let msg = format!("descriptor '{what}' requires a 'member_descriptor' object");
            Err(vm.type_error(msg))
        }
    }
}

/// `member.__get__(obj, type=None)`.
fn member_get(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__get__", args, 1, 2)?;
    let name = member_args(vm, args, "__get__")?;
    if args[1].is_none() {
        return Ok(args[0]);
    }
    let found = match args[1] {
        Value::Obj(o) => o
            .attr_dict()
            .and_then(|d| d.borrow().get_str(vm.names_hash(name), name)),
        _ => None,
    };
    match found {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(args[1], name)),
    }
}

/// `member.__set__(obj, value)`.
fn member_set(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__set__", args, 2, 2)?;
    let name = member_args(vm, args, "__set__")?;
    let hash = vm.names_hash(name);
    if let Value::Obj(o) = args[1] {
        vm.ensure_ext_dict(o);
        if let Some(d) = o.attr_dict() {
            let mut d = d.borrow_mut();
            match d.probe_str(hash, name) {
                Some(pos) => d.set_value_at(pos, args[2]),
                None => d.insert_new(hash, Value::Obj(name), args[2]),
            }
            return Ok(Value::None);
        }
    }
    Err(vm.no_attribute(args[1], name))
}

/// `member.__delete__(obj)`.
fn member_delete(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__delete__", args, 1, 1)?;
    let name = member_args(vm, args, "__delete__")?;
    if let Value::Obj(o) = args[1] {
        if let Some(d) = o.attr_dict() {
            let pos = d.borrow().probe_str(vm.names_hash(name), name);
            if let Some(pos) = pos {
                d.borrow_mut().remove_at(pos);
                return Ok(Value::None);
            }
        }
    }
    Err(vm.no_attribute(args[1], name))
}

/// `function.__get__(obj, type=None)`: a method bound to `obj`, or the function itself.
fn function_get(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__get__", args, 1, 2)?;
    if args[1].is_none() {
        return Ok(args[0]);
    }
    Ok(vm.bound_method(args[0], args[1]))
}

/// `self <op> other` on builtin values, `NotImplemented` when they do not compare natively.
fn compare_slot(vm: &mut Vm, args: &[Value], name: &str, kind: CompareKind) -> PyResult<Value> {
    method_arity(vm, name, args, 1, 1)?;
    let (a, b) = (args[0], args[1]);
    if let (Some(x), Some(y)) = (as_num(&a), as_num(&b)) {
        if matches!((x, y), (Num::Int(_), Num::Float(_))) {
            return Ok(vm.not_implemented());
        }
    }
    match (a.payload(), b.payload()) {
        (Some(Payload::List(_)), Some(Payload::List(_)))
        | (Some(Payload::Tuple(_)), Some(Payload::Tuple(_))) => {
            return vm.compare_sequences(a, b, kind).map(Value::Bool);
        }
        _ => {}
    }
    match vm.builtin_compare_native(a, b, kind)? {
        Some(r) => Ok(Value::Bool(r)),
        None => Ok(vm.not_implemented()),
    }
}

/// Defines one native function per `(fn, dunder, operator)` triple calling `$body`.
macro_rules! binops {
    ($($f:ident $name:literal $op:ident $side:ident;)*) => {
        $(fn $f(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
            binop_slot(vm, args, $name, BinaryOpKind::$op, Side::$side)
        })*
        /// Every binary-operator slot: its name, function and operator.
        const BINOPS: &[(&str, NativeFn, BinaryOpKind)] = &[$(($name, $f, BinaryOpKind::$op)),*];
    };
}

binops! {
    add "__add__" Add Left; radd "__radd__" Add Right; iadd "__iadd__" Add InPlace;
    sub "__sub__" Subtract Left; rsub "__rsub__" Subtract Right; isub "__isub__" Subtract InPlace;
    mul "__mul__" Multiply Left; rmul "__rmul__" Multiply Right; imul "__imul__" Multiply InPlace;
    truediv "__truediv__" TrueDivide Left; rtruediv "__rtruediv__" TrueDivide Right;
    floordiv "__floordiv__" FloorDivide Left; rfloordiv "__rfloordiv__" FloorDivide Right;
    mod_ "__mod__" Remainder Left; rmod "__rmod__" Remainder Right;
    pow_ "__pow__" Power Left; rpow "__rpow__" Power Right;
    lshift "__lshift__" Lshift Left; rlshift "__rlshift__" Lshift Right;
    rshift "__rshift__" Rshift Left; rrshift "__rrshift__" Rshift Right;
    and "__and__" And Left; rand "__rand__" And Right; iand "__iand__" And InPlace;
    or "__or__" Or Left; ror "__ror__" Or Right; ior "__ior__" Or InPlace;
    xor "__xor__" Xor Left; rxor "__rxor__" Xor Right; ixor "__ixor__" Xor InPlace;
}

macro_rules! compares {
    ($($f:ident $name:literal $kind:ident;)*) => {
        $(fn $f(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
            compare_slot(vm, args, $name, CompareKind::$kind)
        })*
        /// Every comparison slot.
        const COMPARES: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

compares! {
    eq "__eq__" Eq; ne "__ne__" Ne; lt "__lt__" Lt; le "__le__" Le; gt "__gt__" Gt; ge "__ge__" Ge;
}

fn divmod_slot(vm: &mut Vm, args: &[Value], name: &str, right: bool) -> PyResult<Value> {
    method_arity(vm, name, args, 1, 1)?;
    let (me, other) = (args[0], args[1]);
    if let (Some(Num::Int(_)), Some(Num::Float(_))) = (as_num(&me), as_num(&other)) {
        return Ok(vm.not_implemented());
    }
    let (a, b) = if right { (other, me) } else { (me, other) };
    match vm.divmod(a, b)? {
        Some((q, r)) => Ok(vm.new_tuple(vec![q, r])),
        None => Ok(vm.not_implemented()),
    }
}

fn divmod(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    divmod_slot(vm, args, "__divmod__", false)
}

fn rdivmod(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    divmod_slot(vm, args, "__rdivmod__", true)
}

fn neg(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__neg__", args, 0, 0)?;
    vm.unary_neg(args[0])
}

fn pos(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__pos__", args, 0, 0)?;
    vm.unary_pos(args[0])
}

fn invert(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__invert__", args, 0, 0)?;
    vm.unary_invert(args[0])
}

fn abs(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__abs__", args, 0, 0)?;
    match as_num(&args[0]) {
        Some(Num::Int(i)) => Ok(vm.int_abs(i)),
        Some(Num::Float(f)) => Ok(Value::Float(f.abs())),
        None => Ok(vm.not_implemented()),
    }
}

fn bool_(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__bool__", args, 0, 0)?;
    vm.truthy_builtin(args[0]).map(Value::Bool)
}

fn int_(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__int__", args, 0, 0)?;
    let int = Value::Obj(vm.s.types.int);
    vm.call_value(int, &[args[0]], &[])
}

fn index(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__index__", args, 0, 0)?;
    match args[0] {
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        v => Ok(v),
    }
}

fn float_(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__float__", args, 0, 0)?;
    let float = Value::Obj(vm.s.types.float);
    vm.call_value(float, &[args[0]], &[])
}

fn round(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__round__", args, 0, 1)?;
    super::numbers::round(vm, args, &[])
}

fn hash(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__hash__", args, 0, 0)?;
    vm.hash_value_native(args[0]).map(Value::Int)
}

fn len(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__len__", args, 0, 0)?;
    let n = vm.len_native(args[0])?;
    Ok(Value::Int(n as i64))
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__getitem__", args, 1, 1)?;
    vm.get_item_native(args[0], args[1])
}

fn delitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__delitem__", args, 1, 1)?;
    vm.del_item_native(args[0], args[1])?;
    Ok(Value::None)
}

/// `__length_hint__` of the list, tuple, str, range, dict and set iterators and of
/// `reversed`: the items left.
fn length_hint(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    use crate::object::IterState;
    method_arity(vm, "__length_hint__", args, 0, 0)?;
    let left = match args[0].payload() {
        Some(Payload::Iter(IterState::Seq { seq, idx })) => {
            let len = match &seq.get().payload {
                Payload::List(l) => l.borrow().len(),
                Payload::Tuple(t) => t.len(),
                _ => 0,
            };
            len.saturating_sub(idx.get())
        }
        Some(Payload::Iter(IterState::Str { s, pos })) => match &s.payload {
            Payload::Str(text) => text
                .as_str()
                .get(pos.get()..)
                .map_or(0, |t| t.chars().count()),
            _ => 0,
        },
        Some(Payload::Iter(IterState::Range { left, .. })) => left.get() as usize,
        Some(Payload::Iter(IterState::Reversed { left, .. })) => left.get(),
        // The sequence's length now (which may raise), as far as the position allows.
        Some(Payload::Iter(IterState::ReversedGetItem { obj, idx })) => {
            let (obj, position) = (obj.get(), idx.get() + 1);
            if obj.is_none() {
                0
            } else {
                let n = vm.len_of(obj)?;
                if (n as i64) < position {
                    0
                } else {
                    position as usize
                }
            }
        }
        // Dict and set iterators: the entries left, or 0 once the size changed.
        Some(Payload::Iter(IterState::Dict {
            dict,
            pos,
            len,
            left,
            ..
        })) => {
            let dv = Value::Obj(dict.get());
            match crate::interp::dictops::table(&dv) {
                Some(t) if t.borrow().len() == *len && pos.get() != usize::MAX => left.get(),
                _ => 0,
            }
        }
        Some(Payload::Iter(IterState::Set { set, pos, len })) => {
            let sv = Value::Obj(set.get());
            match crate::interp::setops::set_table(&sv) {
                Some(t) if t.borrow().len() == *len && pos.get() != usize::MAX => {
                    let t = t.borrow();
                    std::iter::successors(t.next_active(pos.get()), |(p, _)| t.next_active(p + 1))
                        .count()
                }
                _ => 0,
            }
        }
        _ => 0,
    };
    Ok(Value::Int(left as i64))
}

fn contains(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__contains__", args, 1, 1)?;
    vm.contains_native(args[0], args[1]).map(Value::Bool)
}

fn iter(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__iter__", args, 0, 0)?;
    vm.get_iter_native(args[0])
}

fn repr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__repr__", args, 0, 0)?;
    let s = match args[0] {
        Value::Obj(o) => vm.repr_builtin(args[0], o)?,
        v => vm.repr(v)?,
    };
    Ok(vm.new_str(s))
}

/// `object.__lt__` and friends: ordering is not defined by default.
fn not_implemented(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "comparison", args, 1, 1)?;
    Ok(vm.not_implemented())
}

/// `type.__call__(cls, *args, **kw)`: what calling a class does.
fn type_call(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let Some(cls) = args[0].as_obj().filter(|c| c.as_class().is_some()) else {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
    };
    vm.call_class(cls, &args[1..], kw)
}

/// `f.__call__(*args, **kw)` for functions and methods: calls the receiver.
fn call_slot(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    vm.call_value(args[0], &args[1..], kw)
}

/// `type.__init__(cls, ...)`: classes are made complete by `type.__new__`.
fn type_init(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    if !matches!(args.len(), 1 | 2 | 4) {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__instancecheck__(cls, obj)`: the default, without a metaclass hook.
fn type_instancecheck(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__instancecheck__", args, 1, 1)?;
    vm.real_isinstance(args[1], args[0]).map(Value::Bool)
}

/// `type.__subclasscheck__(cls, sub)`.
fn type_subclasscheck(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__subclasscheck__", args, 1, 1)?;
    vm.real_issubclass(args[1], args[0]).map(Value::Bool)
}

/// `type.__prepare__(name, bases, **kw)`: a fresh dict.
fn type_prepare(vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(vm.new_dict(Default::default()))
}

/// `type.__or__` / `type.__ror__`: `int | str`, a `types.UnionType`.
fn type_or(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__or__", args, 1, 1)?;
    vm.call_types_helper("_union", &[args[0], args[1]])
}

fn type_ror(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__ror__", args, 1, 1)?;
    vm.call_types_helper("_union", &[args[1], args[0]])
}

impl Vm {
    /// Calls `types.NAME(*args)` from the bundled `types` module (`int | str`, `list[int]`).
    pub(crate) fn call_types_helper(&mut self, name: &str, args: &[Value]) -> PyResult<Value> {
        let module_name = self.intern("types");
        let module = self.import_name(module_name, Value::None, Value::Int(0))?;
        let key = self.intern(name);
        let f = self.get_attr(module, key)?;
        self.call_value(f, args, &[])
    }
}

/// Adds `name` to `class` as a slot wrapper unless the class already defines it.
fn slot(vm: &mut Vm, class: Gc<Object>, name: &'static str, func: NativeFn) {
    let key = vm.intern(name);
    let hash = vm.names_hash(key);
    let Some(cd) = class.as_class() else { return };
    if cd.dict.borrow().get_str(hash, key).is_some() {
        return;
    }
    let b = Builtin {
        name,
        func,
        kind: BuiltinKind::Method,
        takes_kwargs: matches!(name, "__call__" | "__init__"),
        owner: Some(class),
        doc: Default::default(),
    };
    let v = Value::Obj(vm.alloc(vm.s.types.builtin_function, Payload::Builtin(b)));
    cd.dict.borrow_mut().insert_new(hash, Value::Obj(key), v);
    vm.class_version += 1;
}

/// Sets `__hash__ = None` (mutable containers are unhashable).
fn unhashable(vm: &mut Vm, class: Gc<Object>) {
    let key = vm.s.names.hash;
    let hash = vm.names_hash(key);
    if let Some(cd) = class.as_class() {
        if cd.dict.borrow().get_str(hash, key).is_none() {
            cd.dict
                .borrow_mut()
                .insert_new(hash, Value::Obj(key), Value::None);
        }
    }
}

/// Gives the dunder methods builtin types registered themselves (`list.__len__`,
/// `dict.__getitem__`) the receiver check of slot wrappers.
fn own_dunders(vm: &mut Vm, class: Gc<Object>) {
    let Some(cd) = class.as_class() else { return };
    let entries: Vec<(Value, Value)> = cd.dict.borrow().iter().map(|e| (e.key, e.value)).collect();
    for (k, v) in entries {
        let Some(Payload::Builtin(b)) = v.payload() else {
            continue;
        };
        let dunder = matches!(k.payload(), Some(Payload::Str(s)) if s.as_str().starts_with("__"));
        if !dunder || b.kind != BuiltinKind::Method || b.owner.is_some() {
            continue;
        }
        let checked = Builtin {
            name: b.name,
            func: b.func,
            kind: b.kind,
            takes_kwargs: b.takes_kwargs,
            owner: Some(class),
            doc: b.doc.clone(),
        };
        let nv = Value::Obj(vm.alloc(vm.s.types.builtin_function, Payload::Builtin(checked)));
        let Some(key) = k.as_obj() else { continue };
        let hash = vm.names_hash(key);
        let mut d = cd.dict.borrow_mut();
        if let Some(pos) = d.probe_str(hash, key) {
            d.set_value_at(pos, nv);
        }
    }
    vm.class_version += 1;
}

pub(crate) fn install(vm: &mut Vm) {
    use BinaryOpKind::*;
    let t = &vm.s.types;
    for c in [
        t.object,
        t.type_,
        t.int,
        t.float,
        t.str,
        t.list,
        t.tuple,
        t.bytes,
        t.dict,
        t.set,
        t.frozenset,
        t.range,
    ] {
        own_dunders(vm, c);
    }
    // `object`'s defaults were replaced by their checked copies: the VM compares with them.
    let object = vm.s.types.object;
    let lookup = |vm: &mut Vm, name: &str| {
        let key = vm.intern(name);
        vm.type_lookup(object, key).unwrap_or(Value::None)
    };
    vm.s.object_init = lookup(vm, "__init__");
    vm.s.object_hash = lookup(vm, "__hash__");
    vm.s.object_eq = lookup(vm, "__eq__");
    vm.s.object_setattr = lookup(vm, "__setattr__");
    let t = &vm.s.types;
    let (int, float, str, list, tuple, bytes) = (t.int, t.float, t.str, t.list, t.tuple, t.bytes);
    let (dict, set, frozenset, range, object, type_) =
        (t.dict, t.set, t.frozenset, t.range, t.object, t.type_);
    let is_inplace = |name: &str| name.starts_with("__i") && name != "__invert__";
    for &(name, f, op) in BINOPS {
        if !is_inplace(name) {
            slot(vm, int, name, f);
        }
        if matches!(
            op,
            Add | Subtract | Multiply | TrueDivide | FloorDivide | Remainder | Power
        ) && !is_inplace(name)
        {
            slot(vm, float, name, f);
        }
        let seq_op = matches!(name, "__add__" | "__mul__" | "__rmul__");
        if seq_op {
            for c in [str, list, tuple, bytes] {
                slot(vm, c, name, f);
            }
        }
        if matches!(name, "__iadd__" | "__imul__") {
            slot(vm, list, name, f);
        }
        if matches!(name, "__mod__" | "__rmod__") {
            slot(vm, str, name, f);
        }
        if matches!(name, "__or__" | "__ror__" | "__ior__") {
            slot(vm, dict, name, f);
        }
        if matches!(op, And | Or | Xor | Subtract) {
            slot(vm, set, name, f);
            if !is_inplace(name) {
                slot(vm, frozenset, name, f);
            }
        }
    }
    for &(name, f) in COMPARES {
        for c in [int, float, str, list, tuple, bytes, set, frozenset] {
            slot(vm, c, name, f);
        }
        if matches!(name, "__eq__" | "__ne__") {
            slot(vm, dict, name, f);
            slot(vm, range, name, f);
        } else {
            slot(vm, object, name, not_implemented);
        }
    }
    for c in [int, float] {
        slot(vm, c, "__divmod__", divmod);
        slot(vm, c, "__rdivmod__", rdivmod);
        slot(vm, c, "__neg__", neg);
        slot(vm, c, "__pos__", pos);
        slot(vm, c, "__abs__", abs);
        slot(vm, c, "__bool__", bool_);
        slot(vm, c, "__int__", int_);
        slot(vm, c, "__float__", float_);
        slot(vm, c, "__round__", round);
        slot(vm, c, "__repr__", repr);
    }
    slot(vm, int, "__invert__", invert);
    slot(vm, int, "__index__", index);
    for c in [int, float, str, tuple, bytes, frozenset, range] {
        slot(vm, c, "__hash__", hash);
    }
    for c in [list, dict, set, vm.s.types.slice] {
        unhashable(vm, c);
    }
    for c in [str, list, tuple, bytes, dict, set, frozenset, range] {
        slot(vm, c, "__len__", len);
        slot(vm, c, "__contains__", contains);
        slot(vm, c, "__iter__", iter);
    }
    for c in [str, list, tuple, bytes, dict, range] {
        slot(vm, c, "__getitem__", getitem);
    }
    slot(vm, list, "__delitem__", delitem);
    for c in [str, bytes, range, list, tuple, dict, set, frozenset] {
        slot(vm, c, "__repr__", repr);
    }
    let t = &vm.s.types;
    for c in [
        t.list_iterator,
        t.tuple_iterator,
        t.str_iterator,
        t.range_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.set_iterator,
        t.reversed,
    ] {
        slot(vm, c, "__length_hint__", length_hint);
    }
    let member = vm.s.types.member_descriptor;
    slot(vm, member, "__get__", member_get);
    slot(vm, member, "__set__", member_set);
    slot(vm, member, "__delete__", member_delete);
    let function = vm.s.types.function;
    slot(vm, function, "__get__", function_get);
    let t = &vm.s.types;
    for c in [t.function, t.builtin_function, t.method] {
        slot(vm, c, "__call__", call_slot);
    }
    slot(vm, type_, "__call__", type_call);
    slot(vm, type_, "__init__", type_init);
    slot(vm, type_, "__instancecheck__", type_instancecheck);
    slot(vm, type_, "__subclasscheck__", type_subclasscheck);
    slot(vm, type_, "__or__", type_or);
    slot(vm, type_, "__ror__", type_ror);
    crate::builtins::method_kind(
        vm,
        type_,
        "__prepare__",
        type_prepare,
        BuiltinKind::ClassMethod,
    );
}
