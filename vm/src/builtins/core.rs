//! Core builtin functions: `print`, `len`, `repr`, `hash`, `id`, `isinstance`, attribute
//! functions, `__build_class__`, `__import__`, `super` and friends.

use krait_gc::Gc;

use crate::builtins::{arity, check_kwargs, func, kwarg, str_arg};
use crate::error::PyResult;
use crate::interp::frame::code_data;
use crate::interp::ops::range_len;
use crate::object::class::is_subclass;
use crate::object::function::KwArgs;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    func(vm, "print", print);
    positional(vm, "len", len);
    positional(vm, "repr", repr);
    positional(vm, "ascii", ascii);
    positional(vm, "hash", hash);
    positional(vm, "id", id);
    positional(vm, "isinstance", isinstance);
    positional(vm, "issubclass", issubclass);
    positional(vm, "callable", callable);
    positional(vm, "getattr", getattr);
    positional(vm, "setattr", setattr);
    positional(vm, "hasattr", hasattr);
    positional(vm, "delattr", delattr);
    func(vm, "__build_class__", build_class);
    func(vm, "__import__", import);
    positional(vm, "globals", globals);
    positional(vm, "locals", locals);
    positional(vm, "vars", vars);
    positional(vm, "dir", dir);
    let object = vm.s.types.object;
    crate::builtins::method(vm, object, "__dir__", object_dir);
    positional(vm, "format", format);
    positional(vm, "input", input);
    func(vm, "breakpoint", crate::builtins::sys_hooks::breakpoint);
}

/// Registers a builtin function that takes positional arguments only: keywords are refused
/// with CPython's `NAME() takes no keyword arguments`.
fn positional(vm: &mut Vm, name: &'static str, f: crate::object::function::NativeFn) {
    let v = crate::builtins::new_builtin(vm, name, f, crate::object::BuiltinKind::Function, false);
    crate::builtins::set_builtin(vm, name, v);
}

impl Vm {
    /// Writes text to stdout (buffered) in its encoding (see `std_streams`); raises
    /// `BrokenPipeError` (or another `OSError`) when the buffer is written through and
    /// that fails, and `UnicodeEncodeError` for text the encoding cannot hold.
    pub(crate) fn write_stdout(&mut self, text: &str) -> PyResult<()> {
        use crate::builtins::std_streams::{output_encoding, stdout_errors};
        if let Some(encoding) = output_encoding() {
            let bytes = crate::builtins::codecs::encode(self, text, encoding, stdout_errors())?;
            return self.write_stdout_bytes(&bytes);
        }
        if krait_ast::surrogate::has_alias(text) {
            // A lone surrogate is not UTF-8: stdout's error handler decides.
            let bytes = crate::builtins::codecs::encode(self, text, "utf-8", stdout_errors())?;
            return self.write_stdout_bytes(&bytes);
        }
        self.write_stdout_bytes(text.as_bytes())
    }

    /// Writes bytes to stdout, through the same buffer as text (`sys.stdout.buffer`).
    pub(crate) fn write_stdout_bytes(&mut self, bytes: &[u8]) -> PyResult<()> {
        self.out.write(bytes).map_err(|e| self.io_error(&e, None))
    }

    /// `len(v)`.
    pub fn len_of(&mut self, v: Value) -> PyResult<usize> {
        if let Some(f) = self.user_override(v, self.s.names.len) {
            let r = self.call_value(f, &[v], &[])?;
            return self.len_result(r);
        }
        self.len_native(v)
    }

    /// `len(v)` without a subclass's override (the builtin `__len__` slots).
    pub(crate) fn len_native(&mut self, v: Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            match &o.payload {
                Payload::Str(s) => return Ok(s.char_len()),
                Payload::List(l) => return Ok(l.borrow().len()),
                Payload::Tuple(t) => return Ok(t.len()),
                Payload::Dict(d) => return Ok(d.borrow().len()),
                Payload::Set(t) => return Ok(t.borrow().len()),
                Payload::AttrDict(_) => {
                    return Ok(crate::interp::dictops::table(&v).map_or(0, |d| d.borrow().len()))
                }
                Payload::Bytes(b) => return Ok(b.len()),
                Payload::Range { start, stop, step } => {
                    return Ok(range_len(*start, *stop, *step) as usize)
                }
                Payload::DictView { dict, .. } => {
                    return Ok(crate::interp::dictops::table(&Value::Obj(*dict))
                        .map_or(0, |d| d.borrow().len()))
                }
                _ => {}
            }
        }
        match self.type_lookup(self.type_of(v), self.s.names.len) {
            Some(f) => {
                let r = self.call_value(f, &[v], &[])?;
                self.len_result(r)
            }
            None => {
                let msg = format!("object of type '{}' has no len()", self.type_name(v));
                Err(self.type_error(msg))
            }
        }
    }

    /// A `__instancecheck__` / `__subclasscheck__` defined in Python on the type of
    /// `classinfo` (a metaclass, or a class like `types.UnionType`); `type`'s own are not.
    pub(crate) fn user_check_hook(&mut self, classinfo: Value, name: Gc<Object>) -> Option<Value> {
        let meta = self.type_of(classinfo);
        if Gc::ptr_eq(meta, self.s.types.type_) {
            return None;
        }
        self.type_lookup(meta, name)
            .filter(|f| !matches!(f.payload(), Some(Payload::Builtin(_))))
    }

    /// Whether `v` can be called.
    pub(crate) fn is_callable(&mut self, v: Value) -> bool {
        match v.payload() {
            Some(
                Payload::Function(_)
                | Payload::Builtin(_)
                | Payload::BoundMethod { .. }
                | Payload::StaticMethod(_)
                | Payload::Class(_),
            ) => true,
            _ => self
                .type_lookup(self.type_of(v), self.s.names.call)
                .is_some(),
        }
    }

    /// The interned str for an attribute-name argument.
    fn attr_name(&mut self, v: Value) -> PyResult<Gc<Object>> {
        match v {
            Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => {
                // A literal name (`getattr(obj, "x")`) is already the interned str.
                if o.as_str().is_some_and(|s| s.is_interned()) {
                    return Ok(o);
                }
                let text = o
                    .as_str()
                    .map(|s| s.as_str().to_owned())
                    .unwrap_or_default();
                Ok(self.intern(&text))
            }
            _ => {
                let msg = format!("attribute name must be string, not '{}'", self.type_name(v));
                Err(self.type_error(msg))
            }
        }
    }
}

fn print(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "print", kw, &["sep", "end", "file", "flush"])?;
    let text_opt = |vm: &mut Vm, name: &str, default: &str| -> PyResult<String> {
        match kwarg(kw, name) {
            None | Some(Value::None) => Ok(default.to_owned()),
            Some(v) => match v.payload() {
                Some(Payload::Str(s)) => Ok(s.as_str().to_owned()),
                _ => {
                    let msg = format!("{name} must be None or a string, not {}", vm.type_name(v));
                    Err(vm.type_error(msg))
                }
            },
        }
    };
    let sep = text_opt(vm, "sep", " ")?;
    let end = text_opt(vm, "end", "\n")?;
    let mut file = kwarg(kw, "file").unwrap_or(Value::None);
    if file.is_none() {
        // `print` writes to whatever `sys.stdout` is now.
        match crate::builtins::std_streams::replaced_stdout(vm) {
            // With `sys.stdout = None`, printing does nothing.
            Some(Value::None) => return Ok(Value::None),
            Some(out) => file = out,
            None => {}
        }
    }
    if !file.is_none() && !crate::builtins::std_streams::is_std_stream(vm, file) {
        // A file object of the program's gets each piece as its own `write` call.
        for (i, &a) in args.iter().enumerate() {
            if i > 0 {
                crate::builtins::std_streams::write_to(vm, file, &sep)?;
            }
            let text = match a.payload() {
                Some(Payload::Str(s)) => s.as_str().to_owned(),
                _ => vm.str_text(a)?,
            };
            crate::builtins::std_streams::write_to(vm, file, &text)?;
        }
        crate::builtins::std_streams::write_to(vm, file, &end)?;
        if let Some(flush) = kwarg(kw, "flush") {
            if vm.truthy(flush)? {
                let key = vm.intern("flush");
                let f = vm.get_attr(file, key)?;
                vm.call_value(f, &[], &[])?;
            }
        }
        return Ok(Value::None);
    }
    let mut out = String::new();
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a.payload() {
            Some(Payload::Str(s)) => out.push_str(s.as_str()),
            _ => out.push_str(&vm.str_text(a)?),
        }
    }
    out.push_str(&end);
    if file.is_none() && krait_ast::surrogate::has_alias(&out) {
        // Piece by piece, as CPython writes them, so the error names the piece's position.
        for (i, &a) in args.iter().enumerate() {
            if i > 0 {
                vm.write_stdout(&sep)?;
            }
            let text = vm.str_text(a)?;
            vm.write_stdout(&text)?;
        }
        vm.write_stdout(&end)?;
    } else if file.is_none() {
        vm.write_stdout(&out)?;
    } else {
        crate::builtins::std_streams::write_to(vm, file, &out)?;
    }
    if let Some(flush) = kwarg(kw, "flush") {
        if vm.truthy(flush)? {
            if file.is_none() || crate::builtins::std_streams::is_stdout(vm, file) {
                vm.flush_stdout_raising()?;
            } else {
                vm.flush_stdout();
            }
        }
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "len", args, 1, 1)?;
    vm.len_of(args[0]).map(|n| Value::Int(n as i64))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "repr", args, 1, 1)?;
    vm.repr_value(args[0])
}

fn ascii(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "ascii", args, 1, 1)?;
    vm.ascii_value(args[0])
}

fn hash(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "hash", args, 1, 1)?;
    vm.hash_value(args[0]).map(Value::Int)
}

fn id(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "id", args, 1, 1)?;
    Ok(Value::Int(match args[0] {
        Value::Obj(o) => o.addr() as i64,
        Value::None => 0x1000,
        Value::Bool(b) => 0x2000 + b as i64,
        Value::Int(i) => (i as i128 * 32 + 0x10_0000) as i64,
        Value::Float(f) => f.to_bits() as i64,
    }))
}

fn isinstance(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "isinstance", args, 2, 2)?;
    // An object is an instance of its own type whatever the type's `__instancecheck__`
    // says (CPython checks this first too).
    if let Value::Obj(cls) = args[1] {
        if krait_gc::Gc::ptr_eq(vm.type_of(args[0]), cls) {
            return Ok(Value::Bool(true));
        }
    }
    vm.isinstance_of(args[0], args[1]).map(Value::Bool)
}

fn issubclass(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "issubclass", args, 2, 2)?;
    vm.issubclass_of(args[0], args[1]).map(Value::Bool)
}

fn callable(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "callable", args, 1, 1)?;
    Ok(Value::Bool(vm.is_callable(args[0])))
}

fn getattr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getattr", args, 2, 3)?;
    let name = vm.attr_name(args[1])?;
    match vm.get_attr(args[0], name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && vm.exc_matches(e, vm.s.types.attribute_error) => Ok(args[2]),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "setattr", args, 3, 3)?;
    let name = vm.attr_name(args[1])?;
    vm.set_attr(args[0], name, args[2])?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "hasattr", args, 2, 2)?;
    let name = vm.attr_name(args[1])?;
    match vm.get_attr(args[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.exc_matches(e, vm.s.types.attribute_error) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "delattr", args, 2, 2)?;
    let name = vm.attr_name(args[1])?;
    vm.del_attr(args[0], name)?;
    Ok(Value::None)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
fn build_class(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let Some(body) = args[0]
        .as_obj()
        .filter(|o| matches!(o.payload, Payload::Function(_)))
    else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let name = match args[1].payload() {
        Some(Payload::Str(s)) => s.as_str().to_owned(),
        _ => return Err(vm.type_error("__build_class__: name is not a string")),
    };
    let mut bases = Vec::new();
    // Every resolved base, classes or not: a metaclass that is not a class (any callable)
    // receives them as they are.
    let mut base_values = Vec::new();
    let mut not_a_type = None;
    let orig_bases = vm.new_tuple(args[2..].to_vec());
    let mut bases_replaced = false;
    for &b in &args[2..] {
        match b.as_obj().filter(|o| o.as_class().is_some()) {
            Some(c) => {
                bases.push(c);
                base_values.push(b);
            }
            None => {
                // A base that is not a class may stand for classes (`list[int]`).
                let key = vm.intern("__mro_entries__");
                // Looked up on the object itself, as CPython does: `typing.NamedTuple` is
                // a function with the attribute set on it.
                let found = match vm.get_attr(b, key) {
                    Ok(f) => Some(f),
                    Err(e) if vm.exc_matches(e, vm.s.types.attribute_error) => None,
                    Err(e) => return Err(e),
                };
                if let Some(f) = found {
                    bases_replaced = true;
                    let entries = vm.call_value(f, &[orig_bases], &[])?;
                    for e in vm.collect_iter(entries)? {
                        match e.as_obj().filter(|o| o.as_class().is_some()) {
                            Some(c) => bases.push(c),
                            None => not_a_type = not_a_type.or(Some(e)),
                        }
                        base_values.push(e);
                    }
                    continue;
                }
                not_a_type = not_a_type.or(Some(b));
                base_values.push(b);
            }
        }
    }
    // Without an explicit metaclass the first base's type starts the search, as in CPython.
    let meta = kwarg(kw, "metaclass").or_else(|| {
        base_values
            .first()
            .filter(|_| not_a_type.is_some())
            .map(|&b| Value::Obj(vm.type_of(b)))
    });
    let other_kw: Vec<(Gc<Object>, Value)> = kw
        .iter()
        .filter(|(k, _)| !matches!(&k.payload, Payload::Str(s) if s.as_str() == "metaclass"))
        .copied()
        .collect();
    // The metaclass: the explicit one, else the most derived metaclass of the bases.
    let meta = match meta {
        Some(m) if m.as_obj().is_none_or(|c| c.as_class().is_none()) => Some(m),
        _ => {
            let mut winner = meta.and_then(|m| m.as_obj()).unwrap_or(vm.s.types.type_);
            for &b in &base_values {
                let mb = vm.type_of(b);
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
            Some(Value::Obj(winner))
        }
    };
    let explicit_meta = meta.filter(|m| !m.is(Value::Obj(vm.s.types.type_)));
    if let (Some(b), None) = (not_a_type, explicit_meta) {
        let msg = format!("bases must be types, not {}", vm.type_name(b));
        return Err(vm.type_error(msg));
    }
    let ns = match explicit_meta {
        Some(m) => {
            let prepare = vm.s.names.prepare;
            match vm.get_attr(m, prepare) {
                Ok(p) => {
                    let name_v = vm.new_str(name.as_str());
                    let bases_v = vm.new_tuple(base_values.clone());
                    vm.call_value(p, &[name_v, bases_v], &other_kw)?
                }
                Err(e) if vm.exc_matches(e, vm.s.types.attribute_error) => {
                    vm.new_dict(Default::default())
                }
                Err(e) => return Err(e),
            }
        }
        None => vm.new_dict(Default::default()),
    };
    let Some(ns_obj) = ns.as_obj() else {
        // Named by the metaclass itself (CPython's "<metaclass>" when it is not a class).
        let meta_name = match meta.and_then(|m| m.as_obj()) {
            Some(m) if m.as_class().is_some() => vm.class_name(m),
            _ => "<metaclass>".to_owned(),
        };
        let msg = format!(
            "{meta_name}.__prepare__() must return a mapping, not {}",
            vm.type_name(ns)
        );
        return Err(vm.type_error(msg));
    };
    let class_cell = vm.run_class_body(body, ns_obj)?;
    let name_for_errors = args[1];
    if bases_replaced {
        // PEP 560: the class keeps the bases as written (`Generic[T]`) beside the classes
        // their `__mro_entries__` stood for.
        let key = vm.new_str("__orig_bases__");
        vm.set_item(ns, key, orig_bases)?;
    }
    let cls = match explicit_meta {
        Some(m) => {
            let name_v = vm.new_str(name);
            let bases_v = vm.new_tuple(base_values);
            vm.call_value(m, &[name_v, bases_v, ns], &other_kw)?
        }
        None => Value::Obj(vm.create_class(&name, bases, ns_obj, vm.s.types.type_, &other_kw)?),
    };
    // `type.__new__` filled the body's `__class__` cell; a metaclass that dropped
    // `__classcell__` from the namespace, or gave it to another class, is an error.
    let made_class = cls.as_obj().is_some_and(|c| c.as_class().is_some());
    if let (Some(Payload::Cell(cell)), true) = (class_cell.payload(), made_class) {
        let held = cell.get();
        if !held.is(cls) {
            let name_r = vm.repr(name_for_errors)?;
            let cls_r = vm.repr(cls)?;
            if vm.is_null(held) {
                let msg = format!(
                    "__class__ not set defining {name_r} as {cls_r}. Was __classcell__ \
                     propagated to type.__new__?"
                );
                return Err(vm.new_error(vm.s.types.runtime_error, msg));
            }
            let held_r = vm.repr(held)?;
            let msg = format!("__class__ set to {held_r} defining {name_r} as {cls_r}");
            return Err(vm.type_error(msg));
        }
    }
    Ok(cls)
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn import(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    const PARAMS: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    arity(vm, "__import__", args, 0, 5)?;
    let mut bound: [Option<Value>; 5] = [None; 5];
    for (i, &a) in args.iter().enumerate() {
        bound[i] = Some(a);
    }
    for &(k, v) in kw {
        let key = crate::interp::attr::text(&k);
        let Some(i) = PARAMS.iter().position(|p| *p == key) else {
            let msg = format!("__import__() got an unexpected keyword argument '{key}'");
            return Err(vm.type_error(msg));
        };
        if bound[i].is_some() {
            let msg = format!(
                "argument for __import__() given by name ('{key}') and position ({})",
                i + 1
            );
            return Err(vm.type_error(msg));
        }
        bound[i] = Some(v);
    }
    let Some(name) = bound[0] else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let name = str_arg(vm, name, "__import__() argument 1")?;
    let fromlist = bound[3].unwrap_or(Value::None);
    let level = match bound[4] {
        None => 0,
        Some(Value::Int(l)) => l,
        Some(Value::Bool(b)) => b as i64,
        Some(v) => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            );
            return Err(vm.type_error(msg));
        }
    };
    vm.import_module_level(&name, bound[1], fromlist, level)
}

fn globals(vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    match vm.s.frames.last() {
        Some(f) => Ok(Value::Obj(f.globals)),
        None => Ok(vm.new_dict(Default::default())),
    }
}

fn locals(vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    caller_locals(vm)
}

/// The locals of the innermost Python frame: its locals mapping, or a new dict of its fast
/// locals (a snapshot, as CPython's `locals()` in a function).
pub(crate) fn caller_locals(vm: &mut Vm) -> PyResult<Value> {
    let Some(frame) = vm.s.frames.last().copied() else {
        return Ok(vm.new_dict(Default::default()));
    };
    if let Some(l) = frame.locals {
        return Ok(Value::Obj(l));
    }
    let cd = code_data(&frame.code);
    let nvars = cd.varnames.len();
    let mut names: Vec<Gc<Object>> = cd.varnames.to_vec();
    // Then the cell and free variables, whose slots hold cells: their contents are shown
    // (a cell variable that is also an argument is shown with the cell's value).
    let derefs: Vec<String> = cd
        .code
        .cellvars
        .iter()
        .chain(&cd.code.freevars)
        .cloned()
        .collect();
    for n in &derefs {
        names.push(vm.intern(n));
    }
    let d = vm.new_dict(Default::default());
    for (i, name) in names.into_iter().enumerate() {
        let Some(&v) = vm.s.stack.get(frame.base as usize + i) else {
            break;
        };
        let v = if i >= nvars { vm.cell_get(v) } else { v };
        if !vm.is_null(v) {
            vm.dict_set(d, Value::Obj(name), v)?;
        }
    }
    Ok(d)
}

fn vars(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if args.is_empty() {
        return locals(vm, args, kw);
    }
    if args.len() > 1 {
        let msg = format!("vars expected at most 1 argument, got {}", args.len());
        return Err(vm.type_error(msg));
    }
    let key = vm.s.names.dict;
    match vm.get_attr(args[0], key) {
        Ok(v) => Ok(v),
        Err(_) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dir(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "dir", args, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    let mut add_dict = |d: &crate::object::Dict| {
        for e in d.iter() {
            if let Some(Payload::Str(s)) = e.key.payload() {
                names.push(s.as_str().to_owned());
            }
        }
    };
    match args.first() {
        None => {
            let l = locals(vm, args, kw)?;
            if let Some(t) = crate::interp::dictops::table(&l) {
                add_dict(&t.borrow());
            }
        }
        Some(&v) => {
            let dir_name = vm.intern("__dir__");
            if let Some(f) = vm.type_lookup(vm.type_of(v), dir_name) {
                if matches!(f.payload(), Some(Payload::Function(_))) {
                    // A class's own `__dir__`: its result, sorted.
                    let r = vm.call_value(f, &[v], &[])?;
                    let items = vm.collect_iter(r)?;
                    let sorted = vm.sort_values(items, None, false)?;
                    return Ok(vm.new_list(sorted));
                }
            }
            return default_dir(vm, v);
        }
    }
    names.sort();
    names.dedup();
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

/// `object.__dir__()`: the default listing `dir(obj)` gives, which a class's own
/// `__dir__` may extend through `super().__dir__()`.
fn object_dir(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "object.__dir__", args, 0, 0)?;
    default_dir(vm, args[0])
}

/// The names of `v`'s attribute dict (a module's namespace) and of its class's MRO
/// (a class's own MRO for a class), sorted, each once.
fn default_dir(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    let mut add_dict = |d: &crate::object::Dict| {
        for e in d.iter() {
            if let Some(Payload::Str(s)) = e.key.payload() {
                names.push(s.as_str().to_owned());
            }
        }
    };
    if let Value::Obj(o) = v {
        if let Some(d) = o.attr_dict() {
            add_dict(&d.borrow());
        }
        if let Payload::Module(m) = &o.payload {
            // A module subclass may put something else under `__dict__`.
            if !Gc::ptr_eq(o.class(), vm.s.types.module) {
                let key = vm.intern("__dict__");
                let d = vm.get_attr(v, key)?;
                if !matches!(d.payload(), Some(Payload::Dict(_))) {
                    return Err(vm.type_error("<module>.__dict__ is not a dictionary"));
                }
            }
            if let Some(t) = crate::interp::dictops::table(&Value::Obj(m.dict)) {
                add_dict(&t.borrow());
            }
        }
        // A method's `__dict__` is its function's.
        if let Payload::BoundMethod {
            func: Value::Obj(f),
            ..
        } = &o.payload
        {
            if let Payload::Function(_) = &f.payload {
                if let Some(d) = f.attr_dict() {
                    add_dict(&d.borrow());
                }
            }
        }
    }
    let class = match v.payload() {
        Some(Payload::Class(_)) => v.as_obj().unwrap_or(vm.s.types.object),
        _ => vm.type_of(v),
    };
    if !matches!(v.payload(), Some(Payload::Module(_))) {
        if let Some(c) = class.as_class() {
            for m in c.mro.borrow().iter() {
                if let Some(mc) = m.as_class() {
                    add_dict(&mc.dict.borrow());
                }
            }
        }
    }
    names.sort();
    names.dedup();
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

fn format(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(&s) => str_arg(vm, s, "format() argument 2")?,
        None => String::new(),
    };
    let s = vm.format(args[0], &spec)?;
    Ok(vm.new_str(s))
}

fn input(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "input", args, 0, 1)?;
    if let Some(&prompt) = args.first() {
        let p = vm.str_text(prompt)?;
        match crate::builtins::std_streams::replaced_stdout(vm) {
            Some(Value::None) => return Err(vm.runtime_error("input(): lost sys.stdout")),
            Some(out) => crate::builtins::std_streams::write_to(vm, out, &p)?,
            None => vm.write_stdout(&p)?,
        }
    }
    vm.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.new_error(vm.s.types.eof_error, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_str(line))
        }
        Err(e) => Err(vm.io_error(&e, None)),
    }
}
