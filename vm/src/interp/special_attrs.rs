//! The attributes builtin objects expose without a dict entry: `__class__`, `__dict__`,
//! classes' `__name__` / `__mro__`, functions' `__defaults__`, exceptions' `args` and
//! chaining links, ranges' and slices' bounds, numbers' `real` / `imag`, code attributes.

use krait_gc::Gc;

use crate::error::PyResult;
use crate::interp::attr::text;
use crate::interp::frame::code_data;
use crate::object::class::is_subclass;
use crate::object::{BuiltinKind, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `getattr(f, '__isabstractmethod__', False)`, as a truth value.
    fn is_abstract(&mut self, f: Value) -> PyResult<bool> {
        if f.is_none() {
            return Ok(false);
        }
        let key = self.intern("__isabstractmethod__");
        match self.get_attr(f, key) {
            Ok(v) => self.truthy(v),
            Err(e) if self.exc_matches(e, self.s.types.attribute_error) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// `cls.__annotations__`: the class's own `__annotations__` (through its `__get__` if it
    /// has one); a class without one gets an empty dict stored in its namespace, so a
    /// subclass never shows its base's annotations. Builtin classes have none.
    pub(crate) fn class_annotations(&mut self, cls: Gc<Object>) -> PyResult<Value> {
        let key = self.s.names.annotations;
        let hash = self.names_hash(key);
        let Some(cd) = cls.as_class() else {
            return Err(self.no_attribute(Value::Obj(cls), key));
        };
        let own = cd.dict.borrow().get_str(hash, key);
        if let Some(v) = own {
            let dclass = self.type_of(v);
            if matches!(v.payload(), Some(Payload::Instance(_))) {
                if let Some(get) = self.type_lookup(dclass, self.s.names.get) {
                    return self.call_value(get, &[v, Value::None, Value::Obj(cls)], &[]);
                }
            }
            return Ok(v);
        }
        if cd.builtin {
            return Err(self.no_attribute(Value::Obj(cls), key));
        }
        let ann = self.new_dict(Default::default());
        cd.dict.borrow_mut().insert_new(hash, Value::Obj(key), ann);
        self.class_version += 1;
        Ok(ann)
    }

    /// `cls.__flags__`: the bits of CPython's `tp_flags` that Python code reads (copyreg's
    /// heap-type test, inspect's abstract-class test, the fast subclass bits).
    fn class_flags(&mut self, cls: Gc<Object>) -> i64 {
        const HEAPTYPE: i64 = 1 << 9;
        const BASETYPE: i64 = 1 << 10;
        const READY: i64 = 1 << 12;
        const IS_ABSTRACT: i64 = 1 << 20;
        let Some(cd) = cls.as_class() else { return 0 };
        let t = &self.s.types;
        let mut flags = READY;
        if !cd.builtin {
            flags |= HEAPTYPE;
        }
        if !self.is_final_class(cls) {
            flags |= BASETYPE;
        }
        let fast = [
            (t.int, 24),
            (t.list, 25),
            (t.tuple, 26),
            (t.bytes, 27),
            (t.str, 28),
            (t.dict, 29),
            (t.base_exception, 30),
            (t.type_, 31),
        ];
        for (base, bit) in fast {
            if is_subclass(cls, base) {
                flags |= 1 << bit;
            }
        }
        let key = self.intern("__abstractmethods__");
        let hash = self.names_hash(key);
        let abstract_ = cd.dict.borrow().get_str(hash, key);
        // ABCMeta stores a frozenset; a non-empty one marks the class abstract.
        if abstract_.is_some_and(|a| self.truthy(a).unwrap_or(false)) {
            flags |= IS_ABSTRACT;
        }
        flags
    }

    /// Attributes that builtin objects expose without a dict entry.
    pub(crate) fn special_attr(&mut self, obj: Value, name: Gc<Object>) -> PyResult<Option<Value>> {
        let n = text(&name).to_owned();
        if n == "__class__" {
            return Ok(Some(Value::Obj(self.type_of(obj))));
        }
        let Value::Obj(o) = obj else {
            // Every type has a `__doc__` (None where it has no docstring).
            if n == "__doc__" {
                return Ok(Some(Value::None));
            }
            return Ok(self.number_attr(obj, &n));
        };
        if let Some(v) = self.generator_attr(o, &n) {
            return Ok(Some(v));
        }
        match &o.payload {
            Payload::FrameObj(_) => return self.frame_obj_attr(o, &n),
            Payload::Traceback(_) => return Ok(self.traceback_attr(o, &n)),
            _ => {}
        }
        let v = match (&o.payload, n.as_str()) {
            // An instance of an int subclass (a BigInt payload) still has its own `__dict__`.
            (Payload::BigInt(_), m) if m != "__dict__" => return Ok(self.number_attr(obj, &n)),
            (Payload::Float(f), "real") => Value::Float(*f),
            (Payload::Float(_), "imag") => Value::Float(0.0),
            (Payload::Class(c), "__name__") => {
                let s = c.name();
                self.new_str(s)
            }
            (Payload::Class(c), "__qualname__") => {
                let s = c.qualname.borrow().clone();
                self.new_str(s)
            }
            // The bytes per item of variable-size instances, as CPython's 64-bit layout.
            (Payload::Class(_), "__itemsize__") => {
                let t = &self.s.types;
                let size = if is_subclass(o, t.tuple) {
                    8
                } else if is_subclass(o, t.int) {
                    4
                } else if is_subclass(o, t.bytes) {
                    1
                } else {
                    0
                };
                Value::Int(size)
            }
            (Payload::Class(_), "__flags__") => Value::Int(self.class_flags(o)),
            (Payload::Class(c), "__module__") => {
                let s = c.module.borrow().clone();
                self.new_str(s)
            }
            (Payload::Class(c), "__bases__") => {
                let bases = c.bases.borrow().iter().map(|&b| Value::Obj(b)).collect();
                self.new_tuple(bases)
            }
            // The base whose layout the class extends (`class C(B, int)` has `int`).
            (Payload::Class(c), "__base__") => {
                let bases = c.bases.borrow().clone();
                if bases.is_empty() {
                    Value::None
                } else {
                    Value::Obj(self.best_base(&bases))
                }
            }
            // None while a metaclass's `mro()` runs for a class being made.
            (Payload::Class(c), "__mro__") if c.mro.borrow().is_empty() => Value::None,
            (Payload::Class(c), "__mro__") => {
                let mro = c.mro.borrow().iter().map(|&b| Value::Obj(b)).collect();
                self.new_tuple(mro)
            }
            // Krait keeps no list of an object's weak references, so the slot reads as
            // None where CPython would show the first one.
            (Payload::Instance(_), "__weakref__") if self.has_weakref_slot(o.class()) => {
                Value::None
            }
            (Payload::Instance(_), "__dict__")
                if o.class().as_class().is_some_and(|c| c.dictless.get()) =>
            {
                return Ok(None)
            }
            // A class's namespace is seen through a read-only `mappingproxy`.
            (Payload::Class(_), "__dict__") => self.mapping_proxy_of(o),
            (Payload::Instance(_) | Payload::Function(_) | Payload::Exception(_), "__dict__") => {
                Value::Obj(self.alloc(self.s.types.dict, Payload::AttrDict(o)))
            }
            (Payload::Property(p), "fget") => p.fget.get(),
            (Payload::Property(p), "fset") => p.fset.get(),
            (Payload::Property(p), "fdel") => p.fdel.get(),
            // A subclass's class docstring hides the property's own (as in CPython).
            (Payload::Property(p), "__doc__") if Gc::ptr_eq(o.class(), self.s.types.property) => {
                p.doc.get()
            }
            // Reached when neither the instance nor its classes hold a docstring.
            (Payload::Property(_), "__doc__") => Value::None,
            (Payload::Property(p), "__isabstractmethod__") => {
                let parts = [p.fget.get(), p.fset.get(), p.fdel.get()];
                let mut any = false;
                for f in parts {
                    any = any || self.is_abstract(f)?;
                }
                Value::Bool(any)
            }
            (Payload::StaticMethod(f) | Payload::ClassMethod(f), "__func__" | "__wrapped__") => *f,
            (Payload::StaticMethod(f) | Payload::ClassMethod(f), "__isabstractmethod__") => {
                let f = *f;
                Value::Bool(self.is_abstract(f)?)
            }
            (
                Payload::StaticMethod(f) | Payload::ClassMethod(f),
                "__doc__" | "__name__" | "__qualname__" | "__module__" | "__annotations__",
            ) => return self.get_attr(*f, name).map(Some),
            (Payload::Member { name, .. } | Payload::GetSet { name, .. }, "__name__") => {
                Value::Obj(*name)
            }
            (Payload::GetSet { owner, .. }, "__objclass__") => {
                owner.get().map_or(Value::None, Value::Obj)
            }
            (Payload::GetSet { name, owner }, "__qualname__") => {
                let owner = owner
                    .get()
                    .and_then(|c| c.as_class().map(|cd| cd.qualname.borrow().clone()))
                    .unwrap_or_default();
                let q = format!("{owner}.{}", text(name));
                self.new_str(q)
            }
            (Payload::GetSet { name, .. }, "__doc__") => {
                let name = *name;
                self.getset_doc(name)
            }
            (Payload::Member { owner, .. }, "__objclass__") => {
                owner.get().map_or(Value::None, Value::Obj)
            }
            (Payload::Module(m), "__dict__") => Value::Obj(m.dict),
            // A module without annotations gets an empty dict on first use, kept in its dict.
            (Payload::Module(m), "__annotations__") => {
                let d = m.dict;
                let ann = self.new_dict(Default::default());
                self.store_name(d, name, ann)?;
                ann
            }
            (_, "__dict__")
                if !o.class().as_class().is_some_and(|c| c.dictless.get())
                    && self.ensure_ext_dict(o) =>
            {
                // The dict object itself: a view over `o` would be ambiguous for a dict
                // subclass, whose own items a `mappingproxy` over it shows.
                match o.ext_dict() {
                    Some(d) => Value::Obj(d),
                    None => Value::Obj(self.alloc(self.s.types.dict, Payload::AttrDict(o))),
                }
            }
            (Payload::Class(_), "__doc__") => Value::None,
            (Payload::Function(f), "__name__") => f.name.get(),
            (Payload::Function(f), "__module__") => f.module.get(),
            (Payload::Function(f), "__qualname__") => f.qualname.get(),
            (Payload::Function(f), "__defaults__") => f.defaults.get(),
            (Payload::Function(f), "__kwdefaults__") => f.kwdefaults.get(),
            (Payload::Function(f), "__globals__") => Value::Obj(f.globals),
            (Payload::Function(f), "__closure__") => f.closure,
            (Payload::Function(f), "__code__") => Value::Obj(f.code),
            // The builtins the function's globals name (CPython resolves them when the
            // function is made; Krait's are the one builtins module's).
            (Payload::Function(f), "__builtins__") => {
                let key = self.intern("__builtins__");
                let found = match &f.globals.payload {
                    Payload::Dict(d) => d.borrow().get_str(self.names_hash(key), key),
                    _ => None,
                };
                let found = found.and_then(|b| b.as_obj());
                match found.as_ref().map(|b| &b.payload) {
                    Some(Payload::Dict(_)) => found.map_or(Value::None, Value::Obj),
                    Some(Payload::Module(m)) => Value::Obj(m.dict),
                    _ => match &self.s.builtins.payload {
                        Payload::Module(m) => Value::Obj(m.dict),
                        _ => Value::Obj(self.s.builtins),
                    },
                }
            }
            // The compiler puts a function's docstring, or None, first among its constants.
            (Payload::Function(f), "__doc__") => match &f.code.payload {
                Payload::Code(data) => match data.consts.first() {
                    Some(&doc @ Value::Obj(o)) if matches!(o.payload, Payload::Str(_)) => doc,
                    _ => Value::None,
                },
                _ => Value::None,
            },
            // Annotated functions get theirs in `__dict__` when made; others get an empty
            // dict there on first use, so that it is the same dict every time.
            (Payload::Function(f), "__annotations__") => {
                let key = self.s.names.annotations;
                let hash = self.names_hash(key);
                if let Some(ann) = f.dict.borrow().get_str(hash, key) {
                    return Ok(Some(ann));
                }
                let ann = self.new_dict(Default::default());
                f.dict.borrow_mut().insert_new(hash, Value::Obj(key), ann);
                ann
            }
            (Payload::Builtin(b), "__name__") => self.new_str(b.name),
            (Payload::Builtin(b), "__module__") => self.builtin_module(o, b)?,
            (Payload::Builtin(b), "__qualname__") => {
                let q = self.builtin_qualname(o, b);
                self.new_str(q)
            }
            (Payload::Builtin(b), "__doc__") => {
                match b
                    .doc
                    .get()
                    .or_else(|| crate::builtins::generator_attrs::slot_doc(b.name))
                {
                    Some(d) => self.new_str(d),
                    None => Value::None,
                }
            }
            // A slot wrapper or method descriptor names the class that defines it.
            (Payload::Builtin(b), "__objclass__")
                if b.owner.is_some() || b.kind == BuiltinKind::Method =>
            {
                match self.builtin_home(o, b) {
                    Some(class) => Value::Obj(class),
                    None => return Ok(None),
                }
            }
            (Payload::BoundMethod { func, .. }, "__objclass__") if matches!(func.payload(), Some(Payload::Builtin(b)) if b.owner.is_some()) => {
                return self.get_attr(*func, name).map(Some)
            }
            // A builtin method bound to an object names the object's type (or the class it
            // is bound to), as CPython's builtin methods do; it has no `__objclass__`.
            (Payload::BoundMethod { func, receiver }, "__qualname__" | "__objclass__")
                if matches!(func.payload(), Some(Payload::Builtin(_))) =>
            {
                if text(&name) == "__objclass__" {
                    return Ok(None);
                }
                let Some(Payload::Builtin(b)) = func.payload() else {
                    return Ok(None);
                };
                let class = match receiver.payload() {
                    Some(Payload::Class(_)) => receiver.as_obj().unwrap_or(o),
                    _ => self.type_of(*receiver),
                };
                let owner = match class.as_class() {
                    Some(c) => c.qualname.borrow().clone(),
                    None => self.class_name(class),
                };
                let q = format!("{owner}.{}", b.name);
                self.new_str(q)
            }
            (Payload::BoundMethod { receiver, .. }, "__self__") => *receiver,
            (Payload::BoundMethod { func, .. }, "__func__") => *func,
            (Payload::BoundMethod { func, .. }, "__name__" | "__qualname__" | "__doc__") => {
                return self.get_attr(*func, name).map(Some)
            }
            (Payload::Exception(e), "args") => e.args.get(),
            (Payload::Exception(e), "__cause__") => e.cause.get(),
            (Payload::Exception(e), "__context__") => e.context.get(),
            (Payload::Exception(e), "__suppress_context__") => {
                Value::Bool(e.suppress_context.get())
            }
            (Payload::Exception(e), "__traceback__") => self.exc_traceback(e),
            (Payload::Exception(e), "value")
                if self.isinstance(obj, self.s.types.stop_iteration) =>
            {
                first_arg(e.args.get())
            }
            (Payload::Exception(e), "code") if self.isinstance(obj, self.s.types.system_exit) => {
                let args = e.args.get();
                match args.payload() {
                    Some(Payload::Tuple(t)) if t.len() > 1 => args,
                    _ => first_arg(args),
                }
            }
            (Payload::Exception(e), "msg") if self.isinstance(obj, self.s.types.syntax_error) => {
                first_arg(e.args.get())
            }
            (Payload::Exception(e), "msg") if self.isinstance(obj, self.s.types.import_error) => {
                match e.args.get().payload() {
                    Some(Payload::Tuple(t)) if t.len() == 1 => t[0],
                    _ => Value::None,
                }
            }
            (Payload::Exception(e), "message")
                if self.isinstance(obj, self.s.types.base_exception_group) =>
            {
                e.eg_message.get()
            }
            (Payload::Exception(e), "exceptions")
                if self.isinstance(obj, self.s.types.base_exception_group) =>
            {
                e.eg_exceptions.get()
            }
            // Fields CPython keeps in slots: `None` until set.
            (Payload::Exception(e), field) if self.exc_field_names(obj).contains(&field) => e
                .fields
                .borrow()
                .get_str(self.names_hash(name), name)
                .unwrap_or(Value::None),
            (
                Payload::Exception(e),
                "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset",
            ) if self.isinstance(obj, self.s.types.syntax_error) => {
                let pos = [
                    "filename",
                    "lineno",
                    "offset",
                    "text",
                    "end_lineno",
                    "end_offset",
                ]
                .iter()
                .position(|&f| f == n)
                .unwrap_or(0);
                match e.args.get().payload() {
                    Some(Payload::Tuple(t)) if t.len() == 2 => match t[1].payload() {
                        Some(Payload::Tuple(d)) => d.get(pos).copied().unwrap_or(Value::None),
                        _ => Value::None,
                    },
                    _ => Value::None,
                }
            }
            (Payload::DictView { dict, .. }, "mapping") => {
                let dict = *dict;
                self.mapping_proxy_of(dict)
            }
            (Payload::Range { start, .. }, "start") => Value::Int(*start),
            (Payload::Range { stop, .. }, "stop") => Value::Int(*stop),
            (Payload::Range { step, .. }, "step") => Value::Int(*step),
            (Payload::Slice { start, .. }, "start") => *start,
            (Payload::Slice { stop, .. }, "stop") => *stop,
            (Payload::Slice { step, .. }, "step") => *step,
            // An uninitialised module (`ModuleType.__new__(ModuleType)`) has no name.
            (Payload::Module(m), "__name__") if m.name.is_none() => return Ok(None),
            (Payload::Module(m), "__name__") => m.name,
            (Payload::Cell(c), "cell_contents") => {
                let v = c.get();
                if self.is_null(v) {
                    return Err(self.value_error("Cell is empty"));
                }
                v
            }
            (Payload::Super { class, .. }, "__thisclass__") => Value::Obj(*class),
            (Payload::Super { obj, .. }, "__self__") if self.is_null(*obj) => Value::None,
            (Payload::Super { obj, .. }, "__self__") => *obj,
            (Payload::Generator(g), "__name__") => g.name.get(),
            (Payload::Generator(g), "__qualname__") => g.qualname.get(),
            (Payload::Code(c), "co_name") => {
                let s = code_data(&o).code.name.clone();
                let _ = c;
                self.new_str(s)
            }
            (Payload::Code(c), "co_filename") => {
                let s = c.code.filename.clone();
                self.new_str(s)
            }
            (Payload::Code(c), "co_argcount") => Value::Int(c.code.argcount as i64),
            (Payload::Code(c), "co_varnames") => {
                let names = c.varnames.iter().map(|&n| Value::Obj(n)).collect();
                self.new_tuple(names)
            }
            (Payload::Code(c), "co_names") => {
                let names = c.names.iter().map(|&n| Value::Obj(n)).collect();
                self.new_tuple(names)
            }
            (Payload::Code(c), "co_consts") => self.new_tuple(c.consts.to_vec()),
            (Payload::Code(c), "co_freevars" | "co_cellvars") => {
                let list = if n == "co_freevars" {
                    c.code.freevars.clone()
                } else {
                    c.code.cellvars.clone()
                };
                let names = list.iter().map(|s| Value::Obj(self.intern(s))).collect();
                self.new_tuple(names)
            }
            (Payload::Code(c), "co_qualname") => {
                let s = c.code.qualname.clone();
                self.new_str(s)
            }
            (Payload::Code(c), "co_firstlineno") => Value::Int(c.code.first_line as i64),
            (Payload::Code(c), "co_flags") => Value::Int(c.code.flags.0 as i64),
            (Payload::Code(c), "co_nlocals") => Value::Int(c.nlocals as i64),
            (Payload::Code(c), "co_posonlyargcount") => Value::Int(c.code.posonlyargcount as i64),
            (Payload::Code(c), "co_kwonlyargcount") => Value::Int(c.code.kwonlyargcount as i64),
            (Payload::Code(c), "co_stacksize") => Value::Int(c.code.max_stack as i64),
            (Payload::Code(c), "co_code") => {
                // Krait's own encoding: each instruction as its `dis` line, one per line.
                let n = c.code.instructions.len();
                let text: Vec<String> = (0..n).map(|i| c.code.describe_instruction(i)).collect();
                let bytes = text.join("\n").into_bytes().into_boxed_slice();
                Value::Obj(self.alloc(self.s.types.bytes, Payload::Bytes(bytes)))
            }
            (Payload::Code(_), "co_linetable" | "co_exceptiontable" | "co_lnotab") => {
                Value::Obj(self.alloc(self.s.types.bytes, Payload::Bytes(Box::new([]))))
            }
            // Anything else a method lacks is its function's (attributes set on it).
            (Payload::BoundMethod { func, .. }, _) => {
                return match self.get_attr(*func, name) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exc_matches(e, self.s.types.attribute_error) => Ok(None),
                    Err(e) => Err(e),
                };
            }
            // Every object has a `__doc__`: its class's, or None (builtin classes carry no
            // docstrings in Krait).
            (_, "__doc__") => self.type_lookup(o.class(), name).unwrap_or(Value::None),
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    fn number_attr(&mut self, v: Value, name: &str) -> Option<Value> {
        let is_int = matches!(v, Value::Int(_) | Value::Bool(_))
            || matches!(v.payload(), Some(Payload::BigInt(_)));
        match (name, v) {
            ("real", Value::Float(_)) => Some(v),
            ("imag", Value::Float(_)) => Some(Value::Float(0.0)),
            ("real" | "numerator", _) if is_int => Some(match v {
                Value::Bool(b) => Value::Int(b as i64),
                _ => v,
            }),
            ("imag", _) if is_int => Some(Value::Int(0)),
            ("denominator", _) if is_int => Some(Value::Int(1)),
            _ => None,
        }
    }
}

fn first_arg(args: Value) -> Value {
    match args.payload() {
        Some(Payload::Tuple(t)) if !t.is_empty() => t[0],
        _ => Value::None,
    }
}
