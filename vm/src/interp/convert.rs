//! Conversions to text: `repr()`, `str()`, `format()` (with user `__repr__` / `__str__` /
//! `__format__`), f-string fields, and printf-style `str % args`.

use krait_ast::repr::{bytes_repr, float_repr, str_repr};
use krait_gc::Gc;

use crate::error::PyResult;
use crate::format::{format_float, format_int, format_str, parse_spec};
use crate::interp::arith::{as_num, Num};
use crate::interp::frame::code_data;
use crate::interp::generator::gen_data;
use crate::object::iter::DictIterKind;
use crate::object::{BuiltinKind, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `repr(v)` as text.
    pub(crate) fn repr(&mut self, v: Value) -> PyResult<String> {
        match v {
            Value::None => Ok("None".to_owned()),
            Value::Bool(b) => Ok(if b { "True" } else { "False" }.to_owned()),
            Value::Int(i) => Ok(i.to_string()),
            Value::Float(f) => Ok(float_repr(f)),
            Value::Obj(o) => self.repr_obj(v, o),
        }
    }

    fn repr_obj(&mut self, v: Value, o: Gc<Object>) -> PyResult<String> {
        let class = o.class();
        let user_class = class.as_class().is_some_and(|c| !c.builtin);
        if user_class {
            if let Some(f) = self.type_lookup(class, self.s.names.repr) {
                // A builtin function counts when it is not what the nearest builtin base
                // has (one set on the class, as `_datetime` does for `IsoCalendarDate`).
                let base = class.as_class().and_then(|cd| {
                    cd.mro
                        .borrow()
                        .iter()
                        .copied()
                        .find(|c| c.as_class().is_some_and(|d| d.builtin))
                });
                let inherited = base.and_then(|b| self.type_lookup(b, self.s.names.repr));
                let foreign = inherited.is_some_and(|i| !i.is(f));
                let builtin = matches!(f.payload(), Some(Payload::Builtin(_)));
                if foreign || !builtin {
                    // A builtin found here may come back to repr (`C.__repr__ =
                    // C.__str__`) with no Python frame in between: it counts as a level.
                    let r = if builtin {
                        self.nest(" while getting the repr of an object", |vm| {
                            vm.call_value(f, &[v], &[])
                        })?
                    } else {
                        self.call_value(f, &[v], &[])?
                    };
                    return match r.payload() {
                        Some(Payload::Str(s)) => Ok(s.as_str().to_owned()),
                        _ => {
                            let msg = format!(
                                "__repr__ returned non-string (type {})",
                                self.type_name(r)
                            );
                            Err(self.type_error(msg))
                        }
                    };
                }
            }
        }
        self.repr_builtin(v, o)
    }

    /// The builtin repr of an object, ignoring any `__repr__` of a user subclass (what
    /// `dict.__repr__(self)` gives inside a subclass's own `__repr__`).
    pub(crate) fn repr_builtin(&mut self, v: Value, o: Gc<Object>) -> PyResult<String> {
        let class = o.class();
        let addr = o.addr();
        Ok(match &o.payload {
            Payload::Str(s) => str_repr(s.as_str()),
            Payload::BigInt(b) => {
                let text = b.to_string();
                self.check_int_digits(text.trim_start_matches('-').len(), false)?;
                text
            }
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::AttrDict(_) => return self.repr_container(v, o),
            Payload::Bytes(b) => bytes_repr(b),
            Payload::ByteArray(b) => {
                crate::builtins::bytearray::repr(&self.class_name(class), &b.borrow())
            }
            Payload::Complex { re, im } => crate::builtins::complex::repr(*re, *im),
            Payload::Float(f) => krait_ast::repr::float_repr(*f),
            Payload::MemoryView(m) => crate::builtins::memoryview::repr(m, addr),
            Payload::Array(_) => crate::builtins::array::repr(self, o)?,
            Payload::Null => "<NULL>".to_owned(),
            Payload::NotImplemented => "NotImplemented".to_owned(),
            Payload::Ellipsis => "Ellipsis".to_owned(),
            Payload::Function(f) => {
                format!("<function {} at {:#x}>", self.function_qualname(f), addr)
            }
            Payload::Builtin(b) => match (b.kind, b.owner) {
                (BuiltinKind::Function, _) => format!("<built-in function {}>", b.name),
                (_, Some(owner)) if b.name.starts_with("__") => format!(
                    "<slot wrapper '{}' of '{}' objects>",
                    b.name,
                    self.class_name(owner)
                ),
                (_, Some(owner)) => {
                    format!(
                        "<method '{}' of '{}' objects>",
                        b.name,
                        self.class_name(owner)
                    )
                }
                _ => format!("<method '{}' of objects>", b.name),
            },
            Payload::BoundMethod { func, receiver } => {
                let (func, receiver) = (*func, *receiver);
                let rrepr = self.repr(receiver)?;
                match func.payload() {
                    Some(Payload::Builtin(b)) => format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        self.type_name(receiver),
                        receiver.as_obj().map_or(0, |r| r.addr())
                    ),
                    Some(Payload::Function(f)) => {
                        format!("<bound method {} of {}>", self.function_qualname(f), rrepr)
                    }
                    // Any other callable is named by its `__qualname__`, else its
                    // `__name__`, else `?`.
                    _ => {
                        let mut shown = "?".to_owned();
                        for attr in ["__qualname__", "__name__"] {
                            let key = self.intern(attr);
                            match self.get_attr(func, key) {
                                // The first attribute found decides, a non-str one
                                // showing as `?`.
                                Ok(v) => {
                                    if let Some(Payload::Str(s)) = v.payload() {
                                        shown = s.as_str().to_owned();
                                    }
                                    break;
                                }
                                Err(e) if self.exc_matches(e, self.s.types.attribute_error) => {}
                                Err(e) => return Err(e),
                            }
                        }
                        format!("<bound method {shown} of {rrepr}>")
                    }
                }
            }
            Payload::Cell(c) => {
                let inner = c.get();
                if self.is_null(inner) {
                    format!("<cell at {addr:#x}: empty>")
                } else {
                    format!(
                        "<cell at {addr:#x}: {} object at {:#x}>",
                        self.type_name(inner),
                        inner.as_obj().map_or(0, |r| r.addr())
                    )
                }
            }
            Payload::Class(_) => self.repr_class(o),
            Payload::Instance(_) => {
                // A builtin class whose objects are plain instances (the standard streams)
                // may bring a native `__repr__` of its own.
                let builtin = class.as_class().is_some_and(|c| c.builtin);
                let own = self.type_lookup(class, self.s.names.repr);
                let object = self.type_lookup(self.s.types.object, self.s.names.repr);
                if let (true, Some(f), Some(object)) = (builtin, own, object) {
                    if !f.is(object) {
                        let r = self.call_value(f, &[v], &[])?;
                        if let Some(Payload::Str(s)) = r.payload() {
                            return Ok(s.as_str().to_owned());
                        }
                    }
                }
                format!("<{} object at {addr:#x}>", self.qualified_class_name(class))
            }
            Payload::Module(_) => self.module_repr(Value::Obj(o))?,
            Payload::Exception(e) => {
                let name = self.class_name(class);
                let args = e.args.get();
                let inner = match args.payload() {
                    Some(Payload::Tuple(t)) if t.len() == 1 => self.repr(t[0])?,
                    Some(Payload::Tuple(_)) => {
                        let r = self.repr(args)?;
                        r[1..r.len() - 1].trim_end_matches(',').to_owned()
                    }
                    _ => String::new(),
                };
                format!("{name}({inner})")
            }
            Payload::Range { start, stop, step } => {
                if *step == 1 {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {step})")
                }
            }
            Payload::Slice { start, stop, step } => {
                let (a, b, c) = (*start, *stop, *step);
                format!(
                    "slice({}, {}, {})",
                    self.repr(a)?,
                    self.repr(b)?,
                    self.repr(c)?
                )
            }
            Payload::Code(c) => format!(
                "<code object {} at {addr:#x}, file \"{}\", line {}>",
                c.code.name, c.code.filename, c.code.first_line
            ),
            Payload::Generator(g) | Payload::Coroutine(g) | Payload::AsyncGen(g) => {
                let q = self.str_lossy(g.qualname.get());
                format!("<{} object {q} at {addr:#x}>", self.class_name(class))
            }
            Payload::AsyncOp(_) => format!("<{} object at {addr:#x}>", self.class_name(class)),
            Payload::FrameObj(f) => {
                let code = code_data(&f.code);
                let line = self
                    .frame_obj_attr(o, "f_lineno")
                    .ok()
                    .flatten()
                    .unwrap_or(Value::Int(0));
                format!(
                    "<frame at {addr:#x}, file '{}', line {}, code {}>",
                    code.code.filename,
                    self.repr(line).unwrap_or_default(),
                    code.code.name
                )
            }
            Payload::Traceback(_) => format!("<traceback object at {addr:#x}>"),
            Payload::GenFrame(gen) => {
                let gen = *gen;
                let code = code_data(&gen_data(&gen).code);
                format!(
                    "<frame at {addr:#x}, file '{}', line {}, code {}>",
                    code.code.filename,
                    self.generator_line(gen),
                    code.code.name
                )
            }
            Payload::Property(_) => format!("<property object at {addr:#x}>"),
            Payload::StaticMethod(f) => {
                let f = *f;
                format!(
                    "<staticmethod({})>",
                    self.nest(" while getting the repr of an object", |vm| vm.repr(f))?
                )
            }
            Payload::ClassMethod(f) => {
                let f = *f;
                format!(
                    "<classmethod({})>",
                    self.nest(" while getting the repr of an object", |vm| vm.repr(f))?
                )
            }
            Payload::Super { class: c, obj } => {
                let (c, obj) = (*c, *obj);
                if self.is_null(obj) {
                    format!("<super: <class '{}'>, NULL>", self.class_name(c))
                } else {
                    let inner = self.type_name(obj);
                    format!(
                        "<super: <class '{}'>, <{} object>>",
                        self.class_name(c),
                        inner
                    )
                }
            }
            Payload::Iter(_) => format!("<{} object at {addr:#x}>", self.class_name(class)),
            Payload::File(f) => {
                crate::builtins::file::repr_text(&f.borrow(), &self.class_name(class))
            }
            Payload::Member { name, owner } => {
                let owner = owner.get().map(|c| self.class_name(c)).unwrap_or_default();
                format!(
                    "<member '{}' of '{}' objects>",
                    crate::interp::attr::text(name),
                    owner
                )
            }
            Payload::GetSet { name, owner } => {
                let owner = owner.get().map(|c| self.class_name(c)).unwrap_or_default();
                format!(
                    "<attribute '{}' of '{}' objects>",
                    crate::interp::attr::text(name),
                    owner
                )
            }
            Payload::Regex(_) => format!("<_re.Program object at {addr:#x}>"),
            Payload::ContextVars(c) => crate::builtins::contextvars::repr_text(self, o, c)?,
            Payload::Native(_) => match self.native_dunder(class, self.s.names.repr) {
                Some(f) => {
                    let r = self.call_value(f, &[v], &[])?;
                    match r.payload() {
                        Some(Payload::Str(s)) => s.as_str().to_owned(),
                        _ => {
                            let msg = format!(
                                "__repr__ returned non-string (type {})",
                                self.type_name(r)
                            );
                            return Err(self.type_error(msg));
                        }
                    }
                }
                None => format!("<{} object at {addr:#x}>", self.qualified_class_name(class)),
            },
            Payload::DictView { dict, kind } => {
                let (dict, kind) = (*dict, *kind);
                let name = match kind {
                    DictIterKind::Keys => "dict_keys",
                    DictIterKind::Values => "dict_values",
                    DictIterKind::Items => "dict_items",
                };
                let items = self.collect_iter(v)?;
                let _ = dict;
                let list = self.new_list(items);
                format!("{name}({})", self.repr(list)?)
            }
            Payload::WeakRef { slot, .. } => match slot.get() {
                Some(target) => format!(
                    "<weakref at {addr:#x}; to '{}' at {:#x}>",
                    self.class_name(target.class()),
                    target.addr()
                ),
                None => format!("<weakref at {addr:#x}; dead>"),
            },
        })
    }

    /// `module.QualName` for user classes, `name` for builtins.
    pub(crate) fn qualified_class_name(&self, class: Gc<Object>) -> String {
        match class.as_class() {
            Some(c) => {
                let module = c.module.borrow();
                if *module == "builtins" {
                    c.qualname.borrow().clone()
                } else {
                    format!("{}.{}", module, c.qualname.borrow())
                }
            }
            None => "?".to_owned(),
        }
    }

    fn repr_container(&mut self, v: Value, o: Gc<Object>) -> PyResult<String> {
        let addr = o.addr();
        if self.repr_guard.contains(&addr) {
            return Ok(match &o.payload {
                Payload::List(_) => "[...]".to_owned(),
                Payload::Tuple(_) => "(...)".to_owned(),
                // A set names its type, as CPython does: `{set(...)}`, `S({S(...)})`.
                Payload::Set(_) => format!("{}(...)", self.type_name(v)),
                _ => "{...}".to_owned(),
            });
        }
        self.repr_guard.push(addr);
        let r = self.nest(" while getting the repr of an object", |vm| {
            vm.repr_container_inner(v, o)
        });
        self.repr_guard.pop();
        r
    }

    fn repr_container_inner(&mut self, v: Value, o: Gc<Object>) -> PyResult<String> {
        let mut out = String::new();
        match &o.payload {
            Payload::List(l) => {
                out.push('[');
                let mut i = 0;
                loop {
                    let Some(item) = l.borrow().get(i).copied() else {
                        break;
                    };
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr(item)?);
                    i += 1;
                }
                out.push(']');
            }
            Payload::Tuple(t) => {
                out.push('(');
                for (i, &item) in t.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr(item)?);
                }
                if t.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Payload::Dict(_) | Payload::AttrDict(_) => {
                let entries: Vec<_> = match crate::interp::dictops::table(&v) {
                    Some(t) => t.borrow().iter().collect(),
                    None => Vec::new(),
                };
                out.push('{');
                for (i, e) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr(e.key)?);
                    out.push_str(": ");
                    out.push_str(&self.repr(e.value)?);
                }
                out.push('}');
                if Gc::ptr_eq(o.class(), self.s.types.mappingproxy) {
                    return Ok(format!("mappingproxy({out})"));
                }
            }
            Payload::Set(s) => {
                let keys: Vec<Value> = s.borrow().iter().map(|(_, k)| k).collect();
                let frozen = Gc::ptr_eq(o.class(), self.s.types.frozenset);
                let name = self.class_name(o.class());
                if keys.is_empty() {
                    return Ok(format!("{name}()"));
                }
                let mut inner = String::from("{");
                for (i, &k) in keys.iter().enumerate() {
                    if i > 0 {
                        inner.push_str(", ");
                    }
                    inner.push_str(&self.repr(k)?);
                }
                inner.push('}');
                return Ok(if frozen || name != "set" {
                    format!("{name}({inner})")
                } else {
                    inner
                });
            }
            _ => {}
        }
        Ok(out)
    }

    /// `str(v)` as text.
    pub(crate) fn str_text(&mut self, v: Value) -> PyResult<String> {
        if let Some(r) = self.user_str(v)? {
            if let Some(Payload::Str(s)) = r.payload() {
                return Ok(s.as_str().to_owned());
            }
        }
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => Ok(s.as_str().to_owned()),
                // A `mappingproxy` reads as the mapping it shows.
                Payload::AttrDict(_) if self.is_mappingproxy(o) => {
                    let d = crate::builtins::mappingproxy::items_dict(self, v)?;
                    self.str_text(d)
                }
                Payload::Instance(_) | Payload::Exception(_) => {
                    if let Payload::Exception(e) = &o.payload {
                        return self.exception_str(v, e.args.get());
                    }
                    self.repr(v)
                }
                Payload::Native(_) => match self.native_dunder(o.class(), self.s.names.str) {
                    Some(f) => {
                        let r = self.call_value(f, &[v], &[])?;
                        match r.payload() {
                            Some(Payload::Str(s)) => Ok(s.as_str().to_owned()),
                            _ => {
                                let msg = format!(
                                    "__str__ returned non-string (type {})",
                                    self.type_name(r)
                                );
                                Err(self.type_error(msg))
                            }
                        }
                    }
                    None => self.repr(v),
                },
                _ => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    /// The method `name` of a native module's class (`builtins/native.rs`), when the class
    /// or a base other than `object` defines one: how their `__repr__` and `__str__` are
    /// found.
    fn native_dunder(&mut self, class: Gc<Object>, name: Gc<Object>) -> Option<Value> {
        let f = self.type_lookup(class, name)?;
        let object = self.s.types.object;
        match self.type_lookup(object, name) {
            Some(g) if g.is(f) => None,
            _ => Some(f),
        }
    }

    /// `str(exc)` for exceptions without a user `__str__`.
    pub(crate) fn exception_str(&mut self, exc: Value, args: Value) -> PyResult<String> {
        if let Some(s) = self.special_exception_str(exc)? {
            return Ok(s);
        }
        let items: Vec<Value> = match args.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        if items.len() == 2 && self.isinstance(exc, self.s.types.syntax_error) {
            if let Some(Payload::Tuple(d)) = items[1].payload() {
                let msg = self.str_text(items[0])?;
                let file = d.first().and_then(|f| f.payload()).and_then(|p| match p {
                    Payload::Str(s) => Some(s.as_str().to_owned()),
                    _ => None,
                });
                let line = d.get(1).copied().unwrap_or(Value::None);
                return Ok(match (file, line) {
                    (Some(f), Value::Int(l)) => format!("{msg} ({f}, line {l})"),
                    (Some(f), _) => format!("{msg} ({f})"),
                    (None, Value::Int(l)) => format!("{msg} (line {l})"),
                    _ => msg,
                });
            }
        }
        if self.isinstance(exc, self.s.types.syntax_error) {
            // `msg` alone (None when absent), unless the details tuple is there.
            let msg = items.first().copied().unwrap_or(Value::None);
            return self.str_text(msg);
        }
        match items.len() {
            0 => Ok(String::new()),
            1 if self.isinstance(exc, self.s.types.key_error) => self.repr(items[0]),
            1 => self.str_text(items[0]),
            _ => self.repr(args),
        }
    }

    /// `str(v)` as a str value (no copy when `v` already is a str).
    pub(crate) fn str_value(&mut self, v: Value) -> PyResult<Value> {
        // A small int's digits go straight into the str's inline text.
        if let Value::Int(i) = v {
            return Ok(self.new_str(compact_str::ToCompactString::to_compact_string(&i)));
        }
        if let Some(Payload::Str(_)) = v.payload() {
            if let Value::Obj(o) = v {
                if o.class().as_class().is_some_and(|c| c.builtin) {
                    return Ok(v);
                }
            }
        }
        // A user `__str__` may return an instance of a str subclass: `str()` gives it as it
        // is, as CPython does.
        if let Some(r) = self.user_str(v)? {
            return Ok(r);
        }
        // Without a `__str__`, an instance's str is what its `__repr__` returned.
        if let Value::Obj(o) = v {
            if matches!(o.payload, Payload::Instance(_)) {
                if let Some(f) = self.type_lookup(o.class(), self.s.names.repr) {
                    if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                        let r = self.call_value(f, &[v], &[])?;
                        if let Some(Payload::Str(_)) = r.payload() {
                            return Ok(r);
                        }
                        let msg =
                            format!("__str__ returned non-string (type {})", self.type_name(r));
                        return Err(self.type_error(msg));
                    }
                }
            }
        }
        let s = self.str_text(v)?;
        Ok(self.new_str(s))
    }

    /// The result of a `__str__` defined in Python on `v`'s class (checked to be a str),
    /// or `None` when the class has none.
    fn user_str(&mut self, v: Value) -> PyResult<Option<Value>> {
        let Value::Obj(o) = v else { return Ok(None) };
        let class = o.class();
        let Some(cd) = class.as_class().filter(|c| !c.builtin) else {
            return Ok(None);
        };
        let Some(f) = self.type_lookup(class, self.s.names.str) else {
            return Ok(None);
        };
        // What the nearest builtin base has is the native conversion; anything else (a
        // function, or another type's slot such as `int.__repr__` set by `enum`) is called.
        let base = cd
            .mro
            .borrow()
            .iter()
            .copied()
            .find(|c| c.as_class().is_some_and(|d| d.builtin));
        let inherited = base.and_then(|b| self.type_lookup(b, self.s.names.str));
        if inherited.is_some_and(|i| i.is(f)) {
            return Ok(None);
        }
        let r = self.call_value(f, &[v], &[])?;
        match r.payload() {
            Some(Payload::Str(_)) => Ok(Some(r)),
            _ => {
                let msg = format!("__str__ returned non-string (type {})", self.type_name(r));
                Err(self.type_error(msg))
            }
        }
    }

    /// `repr(v)` as a str object: what a `__repr__` defined in Python returns (an instance
    /// of a str subclass stays one), else the builtin repr.
    pub(crate) fn repr_value(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            let class = o.class();
            if class.as_class().is_some_and(|c| !c.builtin) {
                if let Some(f) = self.type_lookup(class, self.s.names.repr) {
                    if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                        let r = self.call_value(f, &[v], &[])?;
                        if let Some(Payload::Str(_)) = r.payload() {
                            return Ok(r);
                        }
                        let msg =
                            format!("__repr__ returned non-string (type {})", self.type_name(r));
                        return Err(self.type_error(msg));
                    }
                }
            }
        }
        let s = self.repr(v)?;
        Ok(self.new_str(s))
    }

    /// `ascii(v)` as a str object: the repr itself when it is all ASCII.
    pub(crate) fn ascii_value(&mut self, v: Value) -> PyResult<Value> {
        let r = self.repr_value(v)?;
        if let Some(Payload::Str(s)) = r.payload() {
            if s.as_str().is_ascii() {
                return Ok(r);
            }
        }
        let text = self.str_lossy(r);
        let s = ascii_escape(&text);
        Ok(self.new_str(s))
    }

    /// `ascii(v)`: `repr` with non-ASCII characters escaped.
    pub(crate) fn ascii(&mut self, v: Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(ascii_escape(&r))
    }

    /// `FORMAT_VALUE`: conversion (`!s`, `!r`, `!a`) then `format(value, spec)`.
    pub(crate) fn format_value_instr(
        &mut self,
        v: Value,
        conversion: u32,
        spec: Option<Value>,
    ) -> PyResult<Value> {
        let v = match conversion {
            1 => self.str_value(v)?,
            2 => {
                let s = self.repr(v)?;
                self.new_str(s)
            }
            3 => {
                let s = self.ascii(v)?;
                self.new_str(s)
            }
            _ => v,
        };
        let spec_text = match spec.and_then(|s| s.as_obj()) {
            Some(o) => o
                .as_str()
                .map(|s| s.as_str().to_owned())
                .unwrap_or_default(),
            None => String::new(),
        };
        if spec_text.is_empty() {
            // An exact str formats as itself; a subclass's goes through `str()`.
            if let Value::Obj(o) = v {
                if matches!(o.payload, Payload::Str(_)) && Gc::ptr_eq(o.class(), self.s.types.str) {
                    return Ok(v);
                }
            }
        }
        let s = self.format(v, &spec_text)?;
        Ok(self.new_str(s))
    }

    /// `format(v, spec)`.
    pub(crate) fn format(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if let Value::Obj(o) = v {
            // A class's own `__format__` comes first: on an instance of a user class, of
            // a user subclass of a builtin type (an IntEnum member's), or of a native class.
            let user_format = match &o.payload {
                Payload::Native(_) => self.native_dunder(o.class(), self.s.names.format),
                Payload::Instance(_) | Payload::Exception(_) => self
                    .type_lookup(o.class(), self.s.names.format)
                    .filter(|f| !matches!(f.payload(), Some(Payload::Builtin(_)))),
                _ => self.user_override(v, self.s.names.format),
            };
            if let Some(f) = user_format {
                let spec_v = self.new_str(spec);
                let r = self.call_value(f, &[v, spec_v], &[])?;
                return match r.payload() {
                    Some(Payload::Str(s)) => Ok(s.as_str().to_owned()),
                    _ => {
                        let msg =
                            format!("__format__ must return a str, not {}", self.type_name(r));
                        Err(self.type_error(msg))
                    }
                };
            }
        }
        self.format_builtin(v, spec)
    }

    /// `format(v, spec)` by the builtin types' own rules (`int.__format__`,
    /// `float.__format__`, `str.__format__`), whatever `v`'s class overrides.
    pub(crate) fn format_builtin(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            return self.str_text(v);
        }
        let parsed = match parse_spec(spec) {
            Ok(p) => p,
            Err(msg) => return Err(self.value_error(msg)),
        };
        self.check_alloc(
            parsed.width.unwrap_or(0) as u128 * 4 + parsed.precision.unwrap_or(0) as u128,
        )?;
        let r = match (v, as_num(&v)) {
            (_, Some(Num::Int(i))) => {
                let r = format_int(i, &parsed);
                if matches!(parsed.ty, None | Some('d') | Some('n')) {
                    if let Ok(text) = &r {
                        let digits = text.chars().filter(|c| c.is_ascii_digit()).count();
                        self.check_int_digits(digits, false)?;
                    }
                }
                r
            }
            (_, Some(Num::Float(f))) => format_float(f, &parsed),
            _ => match v.payload() {
                Some(Payload::Str(s)) => format_str(s.as_str(), &parsed),
                Some(Payload::Complex { re, im }) => {
                    crate::builtins::complex::format(*re, *im, &parsed)
                }
                _ => {
                    let msg = format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name(v)
                    );
                    return Err(self.type_error(msg));
                }
            },
        };
        r.map_err(|msg| self.value_error(msg))
    }
}

/// `r` with its non-ASCII characters as `\xXX`, `\uXXXX` or `\UXXXXXXXX` escapes.
fn ascii_escape(r: &str) -> String {
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let cp = c as u32;
        if cp < 128 {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    out
}
