//! The `_weakref` module: `ref` (weak references with callbacks), `getweakrefcount`. The
//! `weakref` module (`WeakValueDictionary`, `WeakKeyDictionary`, `WeakSet`, `finalize`) is
//! written in Python on top of it (`stdlib/src/python/weakref.py` in `krait-stdlib`).
//!
//! A reference's slot is a `krait_gc::GcWeak` registered with the heap, which clears it in
//! the collection that frees the target; the VM then calls the reference's callback.

use krait_gc::{Gc, GcWeak};

use crate::builtins::{arity, method, method_kind, module_functions, new_module};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, ClassData, Dict, Layout, NativeFn, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Creates `_weakref`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let class = reference_type(vm);
    let funcs: &[(&'static str, NativeFn)] = &[
        ("getweakrefcount", getweakrefcount),
        ("getweakrefs", getweakrefs),
        ("__getattr__", weakref_getattr),
    ];
    let mut attrs = module_functions(vm, funcs);
    attrs.push(("ref", Value::Obj(class)));
    attrs.push(("ReferenceType", Value::Obj(class)));
    new_module(vm, "_weakref", attrs)
}

/// `weakref.ReferenceType`, made once per VM.
fn reference_type(vm: &mut Vm) -> Gc<Object> {
    if let Some(class) = vm.s.weakref_type {
        return class;
    }
    let object = vm.s.types.object;
    let mut data = ClassData::new("ReferenceType", vec![object], Dict::new(), Layout::Builtin);
    data.builtin = true;
    *data.module.borrow_mut() = "weakref".to_owned();
    let class = vm.alloc(vm.s.types.type_, Payload::Class(Box::new(data)));
    if let Some(c) = class.as_class() {
        *c.mro.borrow_mut() = vec![class, object];
    }
    method_kind(vm, class, "__new__", ref_new, BuiltinKind::StaticMethod);
    method(vm, class, "__init__", ref_init);
    method(vm, class, "__call__", ref_call);
    method(vm, class, "__hash__", ref_hash);
    method(vm, class, "__eq__", ref_eq);
    method(vm, class, "__ne__", ref_ne);
    vm.s.weakref_type = Some(class);
    class
}

/// The slot of a weak reference object.
fn slot_of(o: &Object) -> &GcWeak<Object> {
    match &o.payload {
        Payload::WeakRef { slot, .. } => slot,
        _ => unreachable!("slot_of on a non-weakref"),
    }
}

/// Whether CPython lets `weakref.ref` refer to objects of this kind: instances, functions,
/// classes, sets, generators (coroutines, async generators), methods, modules, code objects,
/// memoryviews and arrays; not ints, strs, tuples,
/// lists, dicts or `None`.
fn weakly_referenceable(v: Value) -> Option<Gc<Object>> {
    let Value::Obj(o) = v else { return None };
    match &o.payload {
        Payload::Instance(_)
        | Payload::Exception(_)
        | Payload::Function(_)
        | Payload::Class(_)
        | Payload::Set(_)
        | Payload::Generator(_)
        | Payload::Coroutine(_)
        | Payload::AsyncGen(_)
        | Payload::BoundMethod { .. }
        | Payload::Module(_)
        | Payload::Code(_)
        | Payload::Property(_)
        | Payload::File(_)
        | Payload::MemoryView(_)
        | Payload::Array(_)
        | Payload::WeakRef { .. } => Some(o),
        // Instances of user subclasses of builtin types have an attribute dict, and so a
        // weak-reference slot in CPython.
        _ if o.attr_dict().is_some() => Some(o),
        _ => None,
    }
}

/// `ref(obj[, callback])`.
fn ref_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = args[0].as_obj().unwrap_or(vm.s.types.object);
    // Keywords are refused by `ref` itself only: a subclass's `__init__` may take some.
    if !kw.is_empty() && vm.s.weakref_type.is_some_and(|t| Gc::ptr_eq(t, cls)) {
        return Err(vm.type_error("ref() takes no keyword arguments"));
    }
    let args = &args[1..];
    check_ref_args(vm, "__new__", args)?;
    let target = weakly_referenceable(args[0])
        .filter(|o| !matches!(o.payload, Payload::Instance(_)) || vm.has_weakref_slot(o.class()));
    let Some(target) = target else {
        let msg = format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(args[0])
        );
        return Err(vm.type_error(msg));
    };
    let callback = args.get(1).copied().unwrap_or(Value::None);
    // As in CPython, a plain reference without a callback is shared: the heap keeps it as
    // the target's shared weak slot.
    let shared = callback.is_none() && vm.s.weakref_type.is_some_and(|t| Gc::ptr_eq(t, cls));
    if shared {
        if let Some(r) = vm.heap.shared_weak_owner::<Object, Object>(target) {
            return Ok(Value::Obj(r));
        }
    }
    let owner = vm.alloc(
        cls,
        Payload::WeakRef {
            slot: GcWeak::new(),
            callback,
            hash: Default::default(),
        },
    );
    if shared {
        vm.heap.set_shared_weak(owner, slot_of, target);
    } else {
        vm.heap.set_weak(owner, slot_of, target);
    }
    Ok(Value::Obj(owner))
}

/// The positional arguments of `ref.__new__` and `ref.__init__`: the object and an optional
/// callback.
fn check_ref_args(vm: &mut Vm, what: &str, args: &[Value]) -> PyResult<()> {
    let msg = match args.len() {
        0 => format!("{what} expected at least 1 argument, got 0"),
        1 | 2 => return Ok(()),
        n => format!("{what} expected at most 2 arguments, got {n}"),
    };
    Err(vm.type_error(msg))
}

/// `ref.__init__(obj[, callback])`: `__new__` did the work; the arguments are checked again
/// (a subclass may call it with others), keywords ignored.
fn ref_init(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    this(vm, args[0], "__init__")?;
    check_ref_args(vm, "__init__", &args[1..])?;
    Ok(Value::None)
}

impl Vm {
    /// `weakref.ref(target)`: the target's shared reference without a callback, made if it
    /// has none (CPython's classes list their subclasses through these too).
    pub(crate) fn new_weak_ref(&mut self, target: Gc<Object>) -> Gc<Object> {
        if let Some(r) = self.heap.shared_weak_owner::<Object, Object>(target) {
            return r;
        }
        let cls = reference_type(self);
        let owner = self.alloc(
            cls,
            Payload::WeakRef {
                slot: GcWeak::new(),
                callback: Value::None,
                hash: Default::default(),
            },
        );
        self.heap.set_shared_weak(owner, slot_of, target);
        owner
    }

    /// The live targets of weak references made by [`Vm::new_weak_ref`].
    pub(crate) fn weak_ref_targets(refs: &[Gc<Object>]) -> Vec<Gc<Object>> {
        refs.iter().filter_map(|r| slot_of(r).get()).collect()
    }

    /// Records `cls` among the subclasses of each of its bases (`type.__subclasses__`).
    pub(crate) fn note_subclass(&mut self, cls: Gc<Object>) {
        let Some(c) = cls.as_class() else { return };
        let bases = c.bases.borrow().clone();
        for base in bases {
            let Some(b) = base.as_class() else { continue };
            let r = self.new_weak_ref(cls);
            let mut subs = b.subclasses.borrow_mut();
            // Drop the dead ones whenever the list doubles, so a base of many short-lived
            // classes keeps a list as long as its live subclasses (amortised).
            let n = subs.len();
            if n >= 32 && n.is_power_of_two() {
                subs.retain(|r| !slot_of(r).is_dead());
            }
            subs.push(r);
        }
    }
}

/// The weak reference a method was called on.
fn this(vm: &mut Vm, v: Value, what: &str) -> PyResult<Gc<Object>> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::WeakRef { .. }) => Ok(o),
        _ => {
            let msg = format!(
                "descriptor '{what}' requires a 'weakref.ReferenceType' object but received '{}'",
                vm.type_name(v)
            );
            Err(vm.type_error(msg))
        }
    }
}

/// `r()`: the target, or `None` once it is gone.
fn ref_call(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let r = this(vm, args[0], "__call__")?;
    arity(vm, "weakref", &args[1..], 0, 0)?;
    Ok(slot_of(&r).get().map_or(Value::None, Value::Obj))
}

/// `hash(r)`: the target's hash, remembered so that it outlives the target.
fn ref_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let r = this(vm, args[0], "__hash__")?;
    let Payload::WeakRef { slot, hash, .. } = &r.payload else {
        unreachable!()
    };
    if let Some(h) = hash.get() {
        return Ok(Value::Int(h));
    }
    let Some(target) = slot.get() else {
        return Err(vm.type_error("weak object has gone away"));
    };
    let h = vm.hash_value(Value::Obj(target))?;
    hash.set(Some(h));
    Ok(Value::Int(h))
}

/// `r1 == r2`: the targets compare when both live, else the references are compared by
/// identity.
fn ref_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let r = this(vm, args[0], "__eq__")?;
    let Some(other) = args.get(1).copied() else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    let Value::Obj(o) = other else {
        return Ok(vm.not_implemented());
    };
    if !matches!(o.payload, Payload::WeakRef { .. }) {
        return Ok(vm.not_implemented());
    }
    match (slot_of(&r).get(), slot_of(&o).get()) {
        (Some(a), Some(b)) => Ok(Value::Bool(vm.eq(Value::Obj(a), Value::Obj(b))?)),
        _ => Ok(Value::Bool(Gc::ptr_eq(r, o))),
    }
}

fn ref_ne(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    match ref_eq(vm, args, kw)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

/// `getweakrefs(obj)`: the weak references to `obj`, the shared one first, then the others
/// newest first (CPython's order).
fn getweakrefs(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getweakrefs", args, 1, 1)?;
    let refs = match args[0] {
        Value::Obj(o) => vm.heap.weak_owners::<Object, Object>(o),
        _ => Vec::new(),
    };
    Ok(vm.new_list(refs.into_iter().map(Value::Obj).collect()))
}

/// `getweakrefcount(obj)`.
fn getweakrefcount(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getweakrefcount", args, 1, 1)?;
    Ok(Value::Int(match args[0] {
        Value::Obj(o) => vm.heap.weak_count(o) as i64,
        _ => 0,
    }))
}

impl Vm {
    /// Runs what the last collection asks for: the callbacks of the weak references it
    /// cleared, then the `__del__` of the objects it kept alive for finalization (PEP 442:
    /// each runs once). Both are queued first (the queues are roots), then run one by one,
    /// unless a run is already under way further up the Rust stack (it drains what is
    /// queued meanwhile). An exception from either is reported on stderr and ignored, as
    /// CPython does.
    pub(crate) fn run_weak_callbacks(&mut self) -> bool {
        for r in self.heap.take_cleared_weak::<Object>() {
            if let Payload::WeakRef { callback, .. } = &r.payload {
                if !callback.is_none() {
                    self.s.weak_callbacks.push(Value::Obj(r));
                }
            }
        }
        let ready = self.heap.take_to_finalize::<Object>();
        let finalizing = !ready.is_empty();
        self.s
            .finalize_queue
            .extend(ready.into_iter().map(Value::Obj));
        if self.running_weak_callbacks {
            return finalizing;
        }
        self.running_weak_callbacks = true;
        loop {
            if let Some(r) = self.s.weak_callbacks.pop() {
                if let Some(Payload::WeakRef { callback, .. }) = r.payload() {
                    let callback = *callback;
                    let result = self.call_value(callback, &[r], &[]);
                    self.report_ignored(result, callback);
                }
                continue;
            }
            if self.s.finalize_queue.is_empty() {
                break;
            }
            let obj = self.s.finalize_queue.remove(0);
            self.call_del(obj);
        }
        self.running_weak_callbacks = false;
        finalizing
    }

    /// Calls `obj.__del__()`, reporting an exception as ignored; a generator or coroutine
    /// is finalized instead.
    pub(crate) fn call_del(&mut self, obj: Value) {
        if let Value::Obj(o) = obj {
            if crate::interp::generator::gen_kind(&o).is_some() {
                self.finalize_generator(o);
                return;
            }
        }
        let class = self.type_of(obj);
        if let Some(del) = self.type_lookup(class, self.s.names.del) {
            let result = self.call_value(del, &[obj], &[]);
            self.report_ignored(result, del);
        }
    }

    /// Every object whose `__del__` has not run yet gets it run, oldest first: at exit, so
    /// that what finalizers do (flush, close, print) is not lost.
    pub(crate) fn finalize_at_exit(&mut self) {
        let pending = self.heap.take_all_finalizable::<Object>();
        self.s
            .finalize_queue
            .extend(pending.into_iter().map(Value::Obj));
        while !self.s.finalize_queue.is_empty() {
            let obj = self.s.finalize_queue.remove(0);
            self.call_del(obj);
        }
    }

    /// CPython's report of an exception raised where nobody can catch it (a finalizer, a
    /// weak-reference callback): `Exception ignored in: <what>` and the traceback.
    pub(crate) fn report_ignored(&mut self, result: PyResult<Value>, what: Value) {
        if let Err(exc) = result {
            self.report_unraisable(exc, None, what);
        }
    }
}

/// The module's PEP 562 `__getattr__`: `proxy`, `ProxyType` and `CallableProxyType` are
/// written in Python in the bundled `weakref`, and fetched from there on first use (CPython's
/// `collections` imports `proxy` from here).
fn weakref_getattr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let wanted = matches!(args.first().and_then(|v| v.payload()),
        Some(Payload::Str(s)) if matches!(s.as_str(), "proxy" | "ProxyType" | "CallableProxyType"));
    if !wanted {
        let name = match args.first().and_then(|v| v.payload()) {
            Some(Payload::Str(s)) => s.as_str().to_owned(),
            _ => String::new(),
        };
        let msg = format!("module '_weakref' has no attribute '{name}'");
        return Err(vm.attribute_error(msg));
    }
    crate::builtins::os_extra::from_helper(vm, args, "_weakref", "weakref", "")
}
