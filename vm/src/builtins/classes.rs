//! Class creation (`__build_class__`'s body run and `type(name, bases, dict)`), and the
//! descriptor types `staticmethod`, `classmethod` and `super` (`property` is in
//! `property.rs`).

use krait_gc::Gc;

use crate::builtins::{arity, method, method_arity, method_kind, str_arg};
use crate::error::PyResult;
use crate::interp::frame::{code_data, Frame, FrameKind};
use crate::object::class::{c3_merge, is_subclass};
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, ClassData, Dict, Layout, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    let t = vm.s.types.type_;
    method_kind(vm, t, "__new__", type_new, BuiltinKind::StaticMethod);
    crate::builtins::property::install(vm);
    let s = vm.s.types.staticmethod;
    method_kind(
        vm,
        s,
        "__new__",
        staticmethod_new,
        BuiltinKind::StaticMethod,
    );
    method(vm, s, "__get__", wrapper_get);
    method(vm, s, "__init__", wrapper_init);
    let c = vm.s.types.classmethod;
    method_kind(vm, c, "__new__", classmethod_new, BuiltinKind::StaticMethod);
    method(vm, c, "__get__", wrapper_get);
    method(vm, c, "__init__", wrapper_init);
    let t = &vm.s.types;
    let generic = [
        t.tuple,
        t.list,
        t.dict,
        t.set,
        t.frozenset,
        t.enumerate,
        t.mappingproxy,
        t.async_generator,
    ];
    for class in generic {
        method_kind(
            vm,
            class,
            "__class_getitem__",
            generic_class_getitem,
            BuiltinKind::ClassMethod,
        );
    }
    let sup = vm.s.types.super_;
    method_kind(vm, sup, "__new__", super_new, BuiltinKind::StaticMethod);
    let m = vm.s.types.method;
    method_kind(vm, m, "__new__", method_new, BuiltinKind::StaticMethod);
    method(vm, sup, "__init__", super_init);
    method(vm, sup, "__get__", super_get);
}

impl Vm {
    /// Runs a class body function with `ns` as its locals mapping; returns what the body
    /// returns (its `__class__` cell when a method uses one, else None).
    pub(crate) fn run_class_body(&mut self, body: Gc<Object>, ns: Gc<Object>) -> PyResult<Value> {
        let Payload::Function(f) = &body.payload else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        let cd = code_data(&f.code);
        let base = self.s.stack.len();
        let nvars = cd.nlocals as usize;
        let ncells = cd.code.cellvars.len();
        let null = self.null();
        self.s.stack.resize(base + nvars, null);
        for _ in 0..ncells {
            let cell = self.new_cell(null);
            self.s.stack.push(cell);
        }
        if let Some(Payload::Tuple(cells)) = f.closure.payload() {
            self.s.stack.extend_from_slice(cells);
        }
        let nlocals = cd.nlocalsplus as usize;
        self.s.stack.resize(base + nlocals, null);
        if let Err(e) = self.check_recursion() {
            self.s.stack.truncate(base);
            return Err(e);
        }
        self.s.frames.push(Frame {
            code: f.code,
            globals: f.globals,
            locals: Some(ns),
            pc: 0,
            base: base as u32,
            sbase: (base + nlocals) as u32,
            ret_sp: base as u32,
            kind: FrameKind::Normal,
            entry: true,
        });
        self.run_nested()
    }

    /// Creates a class from a finished namespace.
    pub(crate) fn create_class(
        &mut self,
        name: &str,
        bases: Vec<Gc<Object>>,
        ns: Gc<Object>,
        meta: Gc<Object>,
        kw: KwArgs<'_>,
    ) -> PyResult<Gc<Object>> {
        let bases = if bases.is_empty() {
            vec![self.s.types.object]
        } else {
            bases
        };
        // Types CPython marks final.
        for &b in &bases {
            // A class whose metaclass's `mro()` is still running has no MRO yet.
            if b.as_class().is_some_and(|c| c.mro.borrow().is_empty()) {
                let msg = format!("Cannot extend an incomplete type '{}'", self.class_name(b));
                return Err(self.type_error(msg));
            }
            if self.is_final_class(b) {
                // A native module's class is named with its module, as a C type's
                // `tp_name` is ('_bz2.BZ2Decompressor'); the builtins are not.
                let name = match b.as_class() {
                    Some(c) if c.final_class.get() => {
                        format!("{}.{}", c.module.borrow(), c.name())
                    }
                    _ => self.class_name(b),
                };
                let msg = format!("type '{name}' is not an acceptable base type");
                return Err(self.type_error(msg));
            }
        }
        let mut layout = Layout::Instance;
        for b in &bases {
            match b.as_class().map(|c| c.layout) {
                Some(Layout::Exception) => layout = Layout::Exception,
                Some(Layout::Builtin) if layout == Layout::Instance => layout = Layout::Builtin,
                _ => {}
            }
        }
        for (i, &b) in bases.iter().enumerate() {
            if bases[..i].iter().any(|&p| Gc::ptr_eq(p, b)) {
                let msg = format!("duplicate base class {}", self.class_name(b));
                return Err(self.type_error(msg));
            }
        }
        // Instances of two unrelated builtin types (list and dict) cannot share one payload.
        let solids: Vec<Gc<Object>> = bases.iter().filter_map(|&b| solid_base(b)).collect();
        for (i, &a) in solids.iter().enumerate() {
            for &b in &solids[..i] {
                if !crate::object::class::is_subclass(a, b)
                    && !crate::object::class::is_subclass(b, a)
                {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
            }
        }
        // A metaclass's own `mro()` decides the order (it runs once the class exists).
        let custom_mro = self.custom_mro_method(meta).is_some();
        let tail = match c3_merge(&bases) {
            Ok(tail) => tail,
            Err(_) if custom_mro => Vec::new(),
            Err(heads) => {
                let names: Vec<String> = heads.iter().map(|&b| self.class_name(b)).collect();
                let msg = format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                );
                return Err(self.type_error(msg));
            }
        };
        let items = self.mapping_items(Value::Obj(ns))?;
        let mut dict = Dict::new();
        let mut module = String::from("__main__");
        let mut has_module = false;
        let mut qualname = name.to_owned();
        let mut has_eq = false;
        let mut has_hash = false;
        let mut has_getattr = false;
        let mut has_doc = false;
        let mut class_cell = None;
        for (k, v) in items {
            let key_text = match k.payload() {
                Some(Payload::Str(s)) => s.as_str().to_owned(),
                _ => String::new(),
            };
            match key_text.as_str() {
                // The qualified name and the `__class__` cell are taken out of the
                // namespace, so `__slots__` may name them.
                "__qualname__" => {
                    let Some(Payload::Str(s)) = v.payload() else {
                        let msg =
                            format!("type __qualname__ must be a str, not {}", self.type_name(v));
                        return Err(self.type_error(msg));
                    };
                    qualname = s.as_str().to_owned();
                    continue;
                }
                "__classcell__" => {
                    if !matches!(v.payload(), Some(Payload::Cell(_))) {
                        let msg = format!(
                            "__classcell__ must be a nonlocal cell, not {}",
                            self.repr(Value::Obj(self.type_of(v)))?
                        );
                        return Err(self.type_error(msg));
                    }
                    class_cell = Some(v);
                    continue;
                }
                "__doc__" => has_doc = true,
                "__module__" => {
                    has_module = true;
                    if let Some(Payload::Str(s)) = v.payload() {
                        module = s.as_str().to_owned();
                    }
                }
                "__eq__" => has_eq = true,
                "__hash__" => has_hash = true,
                "__getattr__" => has_getattr = true,
                _ => {}
            }
            let v = self.implicit_method_wrapper(&key_text, v);
            let hash = self.hash_value(k)?;
            dict.insert_new(hash, k, v);
        }
        // A namespace without `__module__` (a `type(name, bases, ns)` call) gets the
        // `__name__` of the calling code's globals, as CPython's `type.__new__` does.
        if !has_module {
            let name_key = self.intern("__name__");
            let caller = match self.s.frames.last().map(|f| f.globals) {
                Some(globals) => self.mapping_get_str(globals, name_key)?,
                None => None,
            };
            if let Some(v) = caller {
                if let Some(Payload::Str(s)) = v.payload() {
                    module = s.as_str().to_owned();
                }
                let key = self.intern("__module__");
                dict.insert_new(self.names_hash(key), Value::Obj(key), v);
            }
        }
        if has_eq && !has_hash {
            let key = self.s.names.hash;
            dict.insert_new(self.names_hash(key), Value::Obj(key), Value::None);
        }
        let (dictless, slots) = self.install_slots(&mut dict, &bases, name)?;
        self.add_instance_descriptors(&mut dict, &bases, slots);
        // Every class has its own `__doc__` (a slot member of that name counting), None
        // when the body gave no docstring, so a base's docstring is not inherited.
        let doc_key = self.intern("__doc__");
        let doc_hash = self.names_hash(doc_key);
        if !has_doc && dict.get_str(doc_hash, doc_key).is_none() {
            dict.insert_new(doc_hash, Value::Obj(doc_key), Value::None);
        }
        has_getattr |= bases
            .iter()
            .any(|b| b.as_class().is_some_and(|c| c.has_getattr.get()));
        let data = ClassData::new(name, bases, dict, layout);
        *data.module.borrow_mut() = module;
        *data.qualname.borrow_mut() = qualname;
        data.has_getattr.set(has_getattr);
        data.dictless.set(dictless);
        let cls = self.alloc(meta, Payload::Class(Box::new(data)));
        if let Some(cell) = class_cell {
            // Methods see `__class__` from here on (a metaclass's `__new__` or `mro()` may
            // call them).
            self.cell_set(cell, Value::Obj(cls));
        }
        let mro = if custom_mro {
            self.compute_mro(cls)?
        } else {
            let mut mro = vec![cls];
            mro.extend(tail);
            mro
        };
        if let Some(c) = cls.as_class() {
            *c.mro.borrow_mut() = mro;
        }
        self.class_version += 1;
        self.note_subclass(cls);
        if let Some(c) = cls.as_class() {
            for e in c.dict.borrow().iter() {
                if let Some(Payload::Member { owner, .. } | Payload::GetSet { owner, .. }) =
                    e.value.payload()
                {
                    if owner.get().is_none() {
                        owner.set(Some(cls));
                    }
                }
            }
        }
        self.class_post_init(cls, kw)?;
        Ok(cls)
    }

    /// CPython makes a plain function named `__new__` a static method, and one named
    /// `__init_subclass__` or `__class_getitem__` a class method, when the class is made;
    /// code reading the class dict (`cls.__dict__['__new__'].__func__`) sees the wrapper.
    fn implicit_method_wrapper(&mut self, name: &str, v: Value) -> Value {
        if !matches!(v.payload(), Some(Payload::Function(_))) {
            return v;
        }
        match name {
            "__new__" => {
                Value::Obj(self.alloc(self.s.types.staticmethod, Payload::StaticMethod(v)))
            }
            "__init_subclass__" | "__class_getitem__" => {
                Value::Obj(self.alloc(self.s.types.classmethod, Payload::ClassMethod(v)))
            }
            _ => v,
        }
    }

    /// Whether `cls` is a builtin type that cannot be subclassed (CPython's types without
    /// `Py_TPFLAGS_BASETYPE`).
    pub(crate) fn is_final_class(&self, cls: Gc<Object>) -> bool {
        let t = &self.s.types;
        [
            t.bool_,
            t.range,
            t.slice,
            t.none_type,
            t.not_implemented_type,
            t.ellipsis_type,
            t.function,
            t.builtin_function,
            t.method,
            t.cell,
            t.code,
            t.generator,
            t.list_iterator,
            t.tuple_iterator,
            t.str_iterator,
            t.range_iterator,
            t.dict_keyiterator,
            t.dict_valueiterator,
            t.dict_itemiterator,
            t.set_iterator,
            t.dict_keys,
            t.dict_values,
            t.dict_items,
            t.seq_iterator,
            t.callable_iterator,
            t.member_descriptor,
            t.getset_descriptor,
            t.null_type,
        ]
        .iter()
        .any(|&f| Gc::ptr_eq(f, cls))
            || cls.as_class().is_some_and(|c| c.final_class.get())
    }

    /// Whether plain instances of `cls` can be weakly referenced: some Python class in its
    /// MRO has no `__slots__`, or names `'__weakref__'` in them. A bare `object()` cannot;
    /// other natively defined classes keep their references.
    pub(crate) fn has_weakref_slot(&mut self, cls: Gc<Object>) -> bool {
        let Some(cd) = cls.as_class() else {
            return false;
        };
        let key = self.s.names.slots;
        let hash = self.names_hash(key);
        let mro = cd.mro.borrow().clone();
        let mut any_python = false;
        for c in mro {
            let Some(ccd) = c.as_class() else { continue };
            if ccd.builtin {
                continue;
            }
            any_python = true;
            let Some(slots) = ccd.dict.borrow().get_str(hash, key) else {
                return true;
            };
            let names: Vec<Value> = match slots.payload() {
                Some(Payload::Str(_)) => vec![slots],
                Some(Payload::Tuple(t)) => t.to_vec(),
                Some(Payload::List(l)) => l.borrow().to_vec(),
                _ => return true,
            };
            let named = names.iter().any(
                |n| matches!(n.payload(), Some(Payload::Str(s)) if s.as_str() == "__weakref__"),
            );
            if named {
                return true;
            }
        }
        !any_python && !Gc::ptr_eq(cls, self.s.types.object)
    }

    /// Turns the names in a class's `__slots__` into member descriptors in its namespace;
    /// returns whether its instances have no `__dict__`, and, when it has `__slots__`,
    /// whether they name `__dict__` and `__weakref__`.
    fn install_slots(
        &mut self,
        dict: &mut Dict,
        bases: &[Gc<Object>],
        class_name: &str,
    ) -> PyResult<(bool, Option<(bool, bool)>)> {
        let key = self.s.names.slots;
        let Some(slots) = dict.get_str(self.names_hash(key), key) else {
            return Ok((false, None));
        };
        let names = match slots.payload() {
            Some(Payload::Str(_)) => vec![slots],
            _ => self.collect_iter(slots)?,
        };
        let mut has_dict = false;
        let mut has_weakref = false;
        let mut seen: Vec<Gc<Object>> = Vec::new();
        for n in names {
            let Some(Payload::Str(text)) = n.payload() else {
                let msg = format!(
                    "__slots__ items must be strings, not '{}'",
                    self.type_name(n)
                );
                return Err(self.type_error(msg));
            };
            let text = text.as_str().to_owned();
            let mut chars = text.chars();
            let identifier = match chars.next() {
                Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {
                    chars.all(unicode_ident::is_xid_continue)
                }
                _ => false,
            };
            if !identifier {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            match text.as_str() {
                "__dict__" => has_dict = true,
                "__weakref__" => has_weakref = true,
                _ => {
                    // Private names are mangled as in the class body: `__a` is `_C__a`.
                    let owner = class_name.trim_start_matches('_');
                    let text =
                        if text.starts_with("__") && !text.ends_with("__") && !owner.is_empty() {
                            format!("_{owner}{text}")
                        } else {
                            text
                        };
                    let name = self.intern(&text);
                    let hash = self.names_hash(name);
                    // A name listed twice (`date.__slots__ + time.__slots__`) is one member.
                    if seen.iter().any(|&s| Gc::ptr_eq(s, name)) {
                        continue;
                    }
                    seen.push(name);
                    if dict.get_str(hash, name).is_some() {
                        let msg = format!("'{text}' in __slots__ conflicts with class variable");
                        return Err(self.value_error(msg));
                    }
                    let member = self.alloc(
                        self.s.types.member_descriptor,
                        Payload::Member {
                            name,
                            owner: krait_gc::GcCell::new(None),
                        },
                    );
                    dict.insert_new(hash, Value::Obj(name), Value::Obj(member));
                }
            }
        }
        let dictless = !has_dict && bases.iter().all(|&b| !self.instances_have_dict(b));
        Ok((dictless, Some((has_dict, has_weakref))))
    }

    /// `__set_name__` on descriptors and the parent's `__init_subclass__`.
    fn class_post_init(&mut self, cls: Gc<Object>, kw: KwArgs<'_>) -> PyResult<()> {
        let entries: Vec<(Value, Value)> = match cls.as_class() {
            Some(c) => c.dict.borrow().iter().map(|e| (e.key, e.value)).collect(),
            None => Vec::new(),
        };
        for (k, v) in entries {
            if let Some(Payload::Instance(_) | Payload::Property(_)) = v.payload() {
                if let Some(f) = self.type_lookup(self.type_of(v), self.s.names.set_name) {
                    self.call_value(f, &[v, Value::Obj(cls), k], &[])?;
                }
            }
        }
        let mro: Vec<Gc<Object>> = cls
            .as_class()
            .map(|c| c.mro.borrow().clone())
            .unwrap_or_default();
        // CPython looks `__init_subclass__` up as `super(cls, cls)` would: after the class
        // in its MRO, which a metaclass's `mro()` may have left it out of.
        let Some(pos) = mro.iter().position(|&c| Gc::ptr_eq(c, cls)) else {
            return Err(
                self.type_error("super(type, obj): obj must be an instance or subtype of type")
            );
        };
        let key = self.s.names.init_subclass;
        let hash = self.names_hash(key);
        for c in mro.iter().skip(pos + 1) {
            let found = c
                .as_class()
                .and_then(|cd| cd.dict.borrow().get_str(hash, key));
            if let Some(f) = found {
                let f = match f.payload() {
                    Some(Payload::ClassMethod(inner)) => *inner,
                    _ => f,
                };
                if matches!(f.payload(), Some(Payload::Builtin(_))) && kw.is_empty() {
                    break;
                }
                self.call_value(f, &[Value::Obj(cls)], kw)?;
                break;
            }
        }
        Ok(())
    }
}

fn type_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if args.len() == 2 {
        return Ok(Value::Obj(vm.type_of(args[1])));
    }
    if args.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let meta = args[0].as_obj().unwrap_or(vm.s.types.type_);
    let name = str_arg(vm, args[1], "type.__new__() argument 1")?;
    let bases: Vec<Gc<Object>> = match args[2].payload() {
        Some(Payload::Tuple(t)) => t.iter().filter_map(|b| b.as_obj()).collect(),
        _ => {
            let msg = format!(
                "type.__new__() argument 2 must be tuple, not {}",
                vm.type_name(args[2])
            );
            return Err(vm.type_error(msg));
        }
    };
    let ns = match args[3] {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => o,
        _ => {
            let msg = format!(
                "type.__new__() argument 3 must be dict, not {}",
                vm.type_name(args[3])
            );
            return Err(vm.type_error(msg));
        }
    };
    // The most derived metaclass among `meta` and the bases' metaclasses: `type(name,
    // bases, ns)` with a base whose metaclass is a subclass of `type` builds the class with
    // that metaclass, through its own `__new__` when it has one.
    let mut winner = meta;
    for &b in &bases {
        let mb = b.class();
        if is_subclass(winner, mb) {
            continue;
        }
        if is_subclass(mb, winner) {
            winner = mb;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    if !Gc::ptr_eq(winner, meta) {
        let key = vm.s.names.new;
        let own = vm.type_lookup(winner, key);
        let base = vm.type_lookup(meta, key);
        if let Some(f) = own.filter(|f| !base.is_some_and(|b| b.is(*f))) {
            let mut call_args = args.to_vec();
            call_args[0] = Value::Obj(winner);
            let f = match f.payload() {
                Some(Payload::StaticMethod(inner)) => *inner,
                _ => f,
            };
            return vm.call_value(f, &call_args, kw);
        }
    }
    vm.create_class(&name, bases, ns, winner, kw)
        .map(Value::Obj)
}

/// `staticmethod.__get__` / `classmethod.__get__`.
fn wrapper_get(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__get__", args, 1, 2)?;
    match args[0].payload() {
        Some(Payload::StaticMethod(f)) => Ok(*f),
        Some(Payload::ClassMethod(f)) => {
            let f = *f;
            let owner = match args.get(2) {
                Some(&o) if !o.is_none() => o,
                _ => Value::Obj(vm.type_of(args[1])),
            };
            match owner {
                Value::Obj(c) if c.as_class().is_some() => vm.classmethod_get(f, c),
                _ => Ok(vm.bound_method(f, owner)),
            }
        }
        _ => Err(vm.type_error("descriptor '__get__' requires a 'staticmethod' object")),
    }
}

fn staticmethod_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("staticmethod() takes no keyword arguments"));
    }
    let given = args.len().saturating_sub(1);
    if given != 1 {
        let msg = format!("staticmethod expected 1 argument, got {given}");
        return Err(vm.type_error(msg));
    }
    let class = wrapper_class(args, vm.s.types.staticmethod);
    let sm = vm.alloc(class, Payload::StaticMethod(args[1]));
    copy_wrapped_attrs(vm, sm, args[1])?;
    Ok(Value::Obj(sm))
}

/// `list.__class_getitem__(int)` (and the other builtin generics'): `list[int]`, a
/// `types.GenericAlias`; a subclass inherits it, so `class L(list)` makes `L[int]`.
fn generic_class_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "__class_getitem__", args, 2, 2)?;
    vm.call_types_helper("_generic_alias", &[args[0], args[1]])
}

/// The class `staticmethod.__new__(cls, f)` or `classmethod.__new__(cls, f)` makes: `cls`
/// when it is `base` or a subclass (`abc.abstractclassmethod`), else `base`.
fn wrapper_class(args: &[Value], base: Gc<Object>) -> Gc<Object> {
    args.first()
        .and_then(|c| c.as_obj())
        .filter(|c| c.as_class().is_some() && is_subclass(*c, base))
        .unwrap_or(base)
}

/// `staticmethod.__init__(f)` / `classmethod.__init__(f)`: `__new__` stored the callable
/// already; this accepts the same one argument, so a subclass's `__init__` can call it.
fn wrapper_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let name = match args.first().map(|a| a.payload()) {
        Some(Some(Payload::StaticMethod(_))) => "staticmethod",
        _ => "classmethod",
    };
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let given = args.len().saturating_sub(1);
    if given != 1 {
        let msg = format!("{name} expected 1 argument, got {given}");
        return Err(vm.type_error(msg));
    }
    Ok(Value::None)
}

/// `staticmethod(f)` and `classmethod(f)` have an attribute dict, which starts with the
/// wrapped callable's `__module__`, `__name__`, `__qualname__`, `__doc__` and
/// `__annotations__` (those it has), as `functools.wraps` would copy them.
fn copy_wrapped_attrs(vm: &mut Vm, wrapper: Gc<Object>, wrapped: Value) -> PyResult<()> {
    vm.ensure_ext_dict(wrapper);
    for attr in [
        "__module__",
        "__name__",
        "__qualname__",
        "__doc__",
        "__annotations__",
    ] {
        let key = vm.intern(attr);
        let value = match vm.get_attr(wrapped, key) {
            Ok(v) => v,
            Err(e) if vm.exc_matches(e, vm.s.types.attribute_error) => continue,
            Err(e) => return Err(e),
        };
        if let Some(d) = wrapper.attr_dict() {
            let hash = vm.names_hash(key);
            let mut d = d.borrow_mut();
            match d.probe_str(hash, key) {
                Some(pos) => d.set_value_at(pos, value),
                None => d.insert_new(hash, Value::Obj(key), value),
            }
        }
    }
    Ok(())
}

fn classmethod_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("classmethod() takes no keyword arguments"));
    }
    let given = args.len().saturating_sub(1);
    if given != 1 {
        let msg = format!("classmethod expected 1 argument, got {given}");
        return Err(vm.type_error(msg));
    }
    let class = wrapper_class(args, vm.s.types.classmethod);
    let cm = vm.alloc(class, Payload::ClassMethod(args[1]));
    copy_wrapped_attrs(vm, cm, args[1])?;
    Ok(Value::Obj(cm))
}

/// `types.MethodType(func, obj)`: `func` bound to `obj`.
fn method_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    let args = &args[1.min(args.len())..];
    arity(vm, "method", args, 2, 2)?;
    if !vm.is_callable(args[0]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if args[1].is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(vm.bound_method(args[0], args[1]))
}

/// `super()` / `super(type)` (unbound: the null marker as its object, bound later by
/// `__get__`) / `super(type, obj)`. A subclass of `super` gets an instance of itself.
fn super_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("super() takes no keyword arguments"));
    }
    let sup = vm.s.types.super_;
    let cls = args
        .first()
        .and_then(|c| c.as_obj())
        .filter(|c| c.as_class().is_some() && crate::object::class::is_subclass(*c, sup))
        .unwrap_or(sup);
    let args = &args[1.min(args.len())..];
    let (class, obj) = match args.len() {
        0 => zero_arg_super(vm)?,
        1 | 2 => match args[0].as_obj().filter(|o| o.as_class().is_some()) {
            Some(c) => (c, args.get(1).copied().unwrap_or(vm.null())),
            None => {
                let msg = format!(
                    "super() argument 1 must be a type, not {}",
                    vm.type_name(args[0])
                );
                return Err(vm.type_error(msg));
            }
        },
        n => {
            let msg = format!("super() expected at most 2 arguments, got {n}");
            return Err(vm.type_error(msg));
        }
    };
    if !vm.is_null(obj) && !obj.is_none() {
        check_super_obj(vm, class, obj)?;
    }
    Ok(Value::Obj(vm.alloc(cls, Payload::Super { class, obj })))
}

/// `super(type, obj)` needs `obj` to be an instance or a subclass of `type`.
fn check_super_obj(vm: &mut Vm, class: Gc<Object>, obj: Value) -> PyResult<()> {
    let is_sub = matches!(obj.as_obj(), Some(c) if c.as_class().is_some()
        && crate::object::class::is_subclass(c, class));
    if is_sub || vm.isinstance(obj, class) || vm.super_claimed_class(class, obj)?.is_some() {
        return Ok(());
    }
    Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"))
}

impl Vm {
    /// The class `obj` claims through its `__class__` attribute (a proxy's, say) when that
    /// is a subclass of `class` other than `obj`'s own type: CPython's `super` then searches
    /// that class's MRO.
    pub(crate) fn super_claimed_class(
        &mut self,
        class: Gc<Object>,
        obj: Value,
    ) -> PyResult<Option<Gc<Object>>> {
        let key = self.s.names.class;
        let claimed = match self.get_attr(obj, key) {
            Ok(v) => v,
            Err(e) if self.exc_matches(e, self.s.types.attribute_error) => return Ok(None),
            Err(e) => return Err(e),
        };
        Ok(claimed.as_obj().filter(|c| {
            c.as_class().is_some()
                && !Gc::ptr_eq(*c, self.type_of(obj))
                && crate::object::class::is_subclass(*c, class)
        }))
    }
}

/// `super.__init__`: the work is done by `__new__`; subclasses may still call it.
fn super_init(_vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

/// `super.__get__(obj, type=None)`: an unbound `super(C)` found through an instance binds
/// to it; a bound one (or access through the class) is returned as it is.
fn super_get(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "super.__get__", args, 1, 2)?;
    let (me, obj) = (args[0], args[1]);
    match me.payload() {
        Some(&Payload::Super { class, obj: inner }) if vm.is_null(inner) && !obj.is_none() => {
            check_super_obj(vm, class, obj)?;
            let cls = vm.type_of(me);
            Ok(Value::Obj(vm.alloc(cls, Payload::Super { class, obj })))
        }
        _ => Ok(me),
    }
}

/// The class (from the `__class__` cell) and first argument of the calling frame.
fn zero_arg_super(vm: &mut Vm) -> PyResult<(Gc<Object>, Value)> {
    let Some(frame) = vm.s.frames.last().copied() else {
        return Err(vm.runtime_error("super(): no arguments"));
    };
    let cd = code_data(&frame.code);
    let co = &cd.code;
    if co.argcount == 0 && !co.flags.has(krait_bytecode::CodeFlags::VARARGS) {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let deref_index = co
        .cellvars
        .iter()
        .chain(co.freevars.iter())
        .position(|n| n == "__class__");
    let Some(i) = deref_index else {
        return Err(vm.runtime_error("super(): __class__ cell not found"));
    };
    let base = frame.base as usize;
    let cell = vm.s.stack[base + cd.nlocals as usize + i];
    let class = vm.cell_get(cell);
    let Some(class) = class.as_obj().filter(|c| c.as_class().is_some()) else {
        return Err(vm.runtime_error("super(): empty __class__ cell"));
    };
    let mut first = vm.s.stack[base];
    if let Some(&(cell_idx, _)) = co.cell2arg.iter().find(|&&(_, arg)| arg == 0) {
        first = vm.cell_get(vm.s.stack[base + cd.nlocals as usize + cell_idx as usize]);
    }
    if vm.is_null(first) {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    }
    Ok((class, first))
}

/// The builtin type (other than `object`) whose payload instances of `class` carry, if any.
fn solid_base(class: Gc<Object>) -> Option<Gc<Object>> {
    let cd = class.as_class()?;
    let mro = cd.mro.borrow();
    mro.iter().copied().find(|c| {
        c.as_class()
            .is_some_and(|d| d.builtin && d.layout == Layout::Builtin)
    })
}
