//! `BaseException` methods: construction (`args`), `__str__`, `__repr__`,
//! `with_traceback`, `add_note`; the keyword arguments of `NameError`, `AttributeError`
//! and `ImportError`; `OSError`'s fields and its choice of subclass by `errno`.

use crate::builtins::{method, method_kind};
use crate::error::{Exception, PyResult};
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;
use krait_gc::Gc;

pub(crate) fn install(vm: &mut Vm) {
    let b = vm.s.types.base_exception;
    method_kind(vm, b, "__new__", exc_new, BuiltinKind::StaticMethod);
    method(vm, b, "__init__", exc_init);
    method(vm, b, "__str__", exc_str);
    method(vm, b, "__repr__", exc_repr);
    method(vm, b, "with_traceback", exc_with_traceback);
    method(vm, b, "add_note", exc_add_note);
    method(vm, b, "__reduce__", exc_reduce);
    method(vm, b, "__setstate__", exc_setstate);
    let t = &vm.s.types;
    let (name_error, attribute_error, import_error, os_error) =
        (t.name_error, t.attribute_error, t.import_error, t.os_error);
    method(vm, name_error, "__init__", name_error_init);
    method(vm, attribute_error, "__init__", attribute_error_init);
    method(vm, import_error, "__init__", import_error_init);
    method_kind(
        vm,
        os_error,
        "__new__",
        os_error_new,
        BuiltinKind::StaticMethod,
    );
    method(vm, os_error, "__init__", os_error_init);
    method(vm, os_error, "__reduce__", exc_reduce);
    let t = &vm.s.types;
    let (dec, enc, tr) = (
        t.unicode_decode_error,
        t.unicode_encode_error,
        t.unicode_translate_error,
    );
    method(vm, dec, "__init__", unicode_decode_init);
    method(vm, enc, "__init__", unicode_encode_init);
    method(vm, tr, "__init__", unicode_translate_init);
    let syntax = vm.s.types.syntax_error;
    method(vm, syntax, "__init__", syntax_error_init);
}

fn exc_new(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let Some(cls) = args
        .first()
        .and_then(|c| c.as_obj())
        .filter(|c| c.as_class().is_some())
    else {
        return Err(vm.type_error("BaseException.__new__(X): X is not a type object"));
    };
    let inst = vm.object_new_instance(cls)?;
    if let Some(Payload::Exception(e)) = inst.payload() {
        let t = vm.new_tuple_from(&args[1..]);
        e.args.set(t);
    }
    Ok(inst)
}

fn exc_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if !kw.is_empty() {
        if let Some(&this) = args.first() {
            let msg = format!("{}() takes no keyword arguments", vm.type_name(this));
            return Err(vm.type_error(msg));
        }
    }
    if let Some(Payload::Exception(e)) = args.first().and_then(|v| v.payload()) {
        let t = vm.new_tuple_from(&args[1..]);
        e.args.set(t);
    }
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::Exception(e)) => {
            let s = vm.exception_str(args[0], e.args.get())?;
            Ok(vm.new_str(s))
        }
        _ => Err(vm.type_error("descriptor '__str__' requires a 'BaseException' object")),
    }
}

fn exc_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    match args.first() {
        Some(&v) if matches!(v.payload(), Some(Payload::Exception(_))) => {
            let name = vm.class_name(vm.type_of(v));
            let a = match v.payload() {
                Some(Payload::Exception(e)) => e.args.get(),
                _ => Value::None,
            };
            let inner = match a.payload() {
                Some(Payload::Tuple(t)) if t.len() == 1 => vm.repr(t[0])?,
                Some(Payload::Tuple(t)) if t.is_empty() => String::new(),
                _ => {
                    let r = vm.repr(a)?;
                    r[1..r.len() - 1].to_owned()
                }
            };
            let s = format!("{name}({inner})");
            Ok(vm.new_str(s))
        }
        _ => Err(vm.type_error("descriptor '__repr__' requires a 'BaseException' object")),
    }
}

fn exc_with_traceback(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let this = receiver(vm, args, vm.s.types.base_exception, "with_traceback")?;
    if args.len() != 2 {
        let msg = format!(
            "BaseException.with_traceback() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        );
        return Err(vm.type_error(msg));
    }
    vm.set_exc_traceback(this, args[1])?;
    Ok(this)
}

fn exc_add_note(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let this = receiver(vm, args, vm.s.types.base_exception, "add_note")?;
    if args.len() != 2 {
        let msg = format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        );
        return Err(vm.type_error(msg));
    }
    let note = args[1];
    if !matches!(note.payload(), Some(Payload::Str(_))) {
        let msg = format!("note must be a str, not '{}'", vm.type_name(note));
        return Err(vm.type_error(msg));
    }
    let key = vm.intern("__notes__");
    let notes = match vm.get_attr(this, key) {
        Ok(n) => n,
        Err(e) if vm.exc_matches(e, vm.s.types.attribute_error) => {
            let list = vm.new_list(Vec::new());
            vm.set_attr(this, key, list)?;
            list
        }
        Err(e) => return Err(e),
    };
    match notes.payload() {
        Some(Payload::List(l)) => {
            l.borrow_mut().push(note);
            Ok(Value::None)
        }
        _ => Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
}

/// `__reduce__`: `(type, args)`, with the instance dict when it has entries; an `OSError`'s
/// args get back the file names its constructor took out.
fn exc_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let this = receiver(vm, args, vm.s.types.base_exception, "__reduce__")?;
    let Some(Payload::Exception(e)) = this.payload() else {
        return Ok(Value::None);
    };
    let mut items: Vec<Value> = match e.args.get().payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    if vm.isinstance(this, vm.s.types.os_error) && items.len() == 2 {
        let filename = vm.exc_field(this, "filename").filter(|f| !f.is_none());
        if let Some(f) = filename {
            items.push(f);
            if let Some(f2) = vm.exc_field(this, "filename2").filter(|f| !f.is_none()) {
                items.push(Value::None);
                items.push(f2);
            }
        }
    }
    let class = Value::Obj(vm.type_of(this));
    let args_tuple = vm.new_tuple(items);
    let mut parts = vec![class, args_tuple];
    if vm.isinstance(this, vm.s.types.import_error) {
        // `name` and `path` travel in the state, with the instance dict's entries.
        let entries: Vec<(Value, Value)> =
            e.dict.borrow().iter().map(|e| (e.key, e.value)).collect();
        let state = vm.new_dict(Default::default());
        for (k, v) in entries {
            vm.dict_set(state, k, v)?;
        }
        for name in ["name", "path"] {
            if let Some(v) = vm.exc_field(this, name).filter(|v| !v.is_none()) {
                let key = Value::Obj(vm.intern(name));
                vm.dict_set(state, key, v)?;
            }
        }
        let empty = matches!(state.payload(), Some(Payload::Dict(d)) if d.borrow().is_empty());
        if !empty {
            parts.push(state);
        }
    } else if !e.dict.borrow().is_empty() {
        let key = vm.s.names.dict;
        parts.push(vm.get_attr(this, key)?);
    }
    Ok(vm.new_tuple(parts))
}

/// `__setstate__(state)`: sets the attributes of a state dict.
fn exc_setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let this = receiver(vm, args, vm.s.types.base_exception, "__setstate__")?;
    let Some(&state) = args.get(1) else {
        let msg = "BaseException.__setstate__() takes exactly one argument (0 given)";
        return Err(vm.type_error(msg));
    };
    if state.is_none() {
        return Ok(Value::None);
    }
    // A dict, or another object's `__dict__` (what `__reduce__` hands out).
    let Some(d) = crate::interp::dictops::table(&state) else {
        return Err(vm.type_error("state is not a dictionary"));
    };
    let entries: Vec<(Value, Value)> = d.borrow().iter().map(|e| (e.key, e.value)).collect();
    for (k, v) in entries {
        match k.as_obj().filter(|o| o.as_str().is_some()) {
            Some(name) => vm.set_attr(this, name, v)?,
            None => {
                let msg = format!("attribute name must be string, not '{}'", vm.type_name(k));
                return Err(vm.type_error(msg));
            }
        }
    }
    Ok(Value::None)
}

/// Stores the keyword arguments `allowed` of an exception constructor as attributes;
/// CPython's error for any other.
fn exc_keywords(
    vm: &mut Vm,
    this: Value,
    kw: KwArgs<'_>,
    allowed: &[&str],
    class: &str,
) -> PyResult<()> {
    // `__init__` sets every one of them: those not given become `None` again.
    for name in allowed {
        let key = vm.intern(name);
        vm.set_exc_field(this, key, Value::None);
    }
    for &(k, v) in kw {
        let name = crate::interp::attr::text(&k).to_owned();
        if !allowed.contains(&name.as_str()) {
            let msg = format!("'{name}' is an invalid keyword argument for {class}()");
            return Err(vm.type_error(msg));
        }
        vm.set_attr(this, k, v)?;
    }
    Ok(())
}

/// The receiver of an exception method: `args[0]` when it is an instance of `class`,
/// else CPython's descriptor error (worded for `__init__` or for a plain method).
pub(crate) fn receiver(
    vm: &mut Vm,
    args: &[Value],
    class: krait_gc::Gc<crate::object::Object>,
    name: &str,
) -> PyResult<Value> {
    let cname = vm.class_name(class);
    match args.first() {
        Some(&v) if vm.isinstance(v, class) => Ok(v),
        Some(&v) => {
            let got = vm.type_name(v);
            let msg = if name == "__init__" {
                format!("descriptor '__init__' requires a '{cname}' object but received a '{got}'")
            } else {
                format!(
                    "descriptor '{name}' for '{cname}' objects doesn't apply to a '{got}' object"
                )
            };
            Err(vm.type_error(msg))
        }
        None => {
            let msg = format!("unbound method {cname}.{name}() needs an argument");
            Err(vm.type_error(msg))
        }
    }
}

fn set_args(vm: &mut Vm, this: Value, items: &[Value]) {
    if let Some(Payload::Exception(e)) = this.payload() {
        let t = vm.new_tuple(items.to_vec());
        e.args.set(t);
    }
}

fn name_error_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let this = receiver(vm, args, vm.s.types.name_error, "__init__")?;
    set_args(vm, this, &args[1..]);
    exc_keywords(vm, this, kw, &["name"], "NameError")?;
    Ok(Value::None)
}

fn attribute_error_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let this = receiver(vm, args, vm.s.types.attribute_error, "__init__")?;
    set_args(vm, this, &args[1..]);
    exc_keywords(vm, this, kw, &["name", "obj"], "AttributeError")?;
    Ok(Value::None)
}

fn import_error_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let this = receiver(vm, args, vm.s.types.import_error, "__init__")?;
    set_args(vm, this, &args[1..]);
    exc_keywords(vm, this, kw, &["name", "path"], "ImportError")?;
    Ok(Value::None)
}

/// The `OSError` subclass CPython picks for an errno (Linux numbering).
pub(crate) fn os_error_subclass(
    vm: &Vm,
    errno: i64,
) -> Option<krait_gc::Gc<crate::object::Object>> {
    let t = &vm.s.types;
    Some(match errno {
        1 | 13 => t.permission_error,
        2 => t.file_not_found_error,
        3 => t.process_lookup_error,
        4 => t.interrupted_error,
        10 => t.child_process_error,
        11 | 114 | 115 => t.blocking_io_error,
        17 => t.file_exists_error,
        20 => t.not_a_directory_error,
        21 => t.is_a_directory_error,
        32 | 108 => t.broken_pipe_error,
        103 => t.connection_aborted_error,
        104 => t.connection_reset_error,
        110 => t.timeout_error,
        111 => t.connection_refused_error,
        _ => return None,
    })
}

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: an `OSError` built with
/// a known errno is an instance of the matching subclass (`OSError(2, …)` is a
/// `FileNotFoundError`).
fn os_error_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let Some(mut cls) = args
        .first()
        .and_then(|c| c.as_obj())
        .filter(|c| c.as_class().is_some())
    else {
        return Err(vm.type_error("OSError.__new__(X): X is not a type object"));
    };
    let rest = &args[1..];
    if krait_gc::Gc::ptr_eq(cls, vm.s.types.os_error) && (2..=5).contains(&rest.len()) {
        if let Value::Int(n) = rest[0] {
            if let Some(sub) = os_error_subclass(vm, n) {
                cls = sub;
            }
        }
    }
    let _ = kw;
    let inst = vm.object_new_instance(cls)?;
    os_error_fields(vm, inst, rest)?;
    Ok(inst)
}

fn os_error_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let this = receiver(vm, args, vm.s.types.os_error, "__init__")?;
    if !kw.is_empty() {
        let msg = format!("{}() takes no keyword arguments", vm.type_name(this));
        return Err(vm.type_error(msg));
    }
    os_error_fields(vm, this, &args[1..])?;
    Ok(Value::None)
}

/// Sets `args`, `errno`, `strerror`, `filename`, `filename2` from the constructor
/// arguments; with a filename, `args` keeps only `(errno, strerror)`.
fn os_error_fields(vm: &mut Vm, this: Value, rest: &[Value]) -> PyResult<()> {
    set_args(vm, this, rest);
    if !(2..=5).contains(&rest.len()) {
        return Ok(());
    }
    let errno = vm.intern("errno");
    vm.set_attr(this, errno, rest[0])?;
    let strerror = vm.intern("strerror");
    vm.set_attr(this, strerror, rest[1])?;
    let filename = rest.get(2).copied().unwrap_or(Value::None);
    if filename.is_none() {
        return Ok(());
    }
    let is_blocking = krait_gc::Gc::ptr_eq(vm.type_of(this), vm.s.types.blocking_io_error);
    if is_blocking && matches!(filename, Value::Int(_)) {
        let key = vm.intern("characters_written");
        return vm.set_attr(this, key, filename);
    }
    let key = vm.intern("filename");
    vm.set_attr(this, key, filename)?;
    if let Some(&f2) = rest.get(4).filter(|v| !v.is_none()) {
        let key = vm.intern("filename2");
        vm.set_attr(this, key, f2)?;
    }
    set_args(vm, this, &rest[..2]);
    Ok(())
}

/// The fields of the `UnicodeError` subclasses, in constructor order.
const UNICODE_FIELDS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

/// `UnicodeDecodeError(encoding, object, start, end, reason)` and its two siblings (the
/// translate error has no encoding): checks the arguments and stores the fields.
fn unicode_error_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>, kind: u8) -> PyResult<Value> {
    let t = &vm.s.types;
    let class = [
        t.unicode_decode_error,
        t.unicode_encode_error,
        t.unicode_translate_error,
    ][usize::from(kind)];
    let this = receiver(vm, args, class, "__init__")?;
    if !kw.is_empty() {
        let msg = format!("{}() takes no keyword arguments", vm.type_name(this));
        return Err(vm.type_error(msg));
    }
    let rest = &args[1..];
    let fields = if kind == 2 {
        &UNICODE_FIELDS[1..]
    } else {
        &UNICODE_FIELDS[..]
    };
    if rest.len() != fields.len() {
        let msg = format!(
            "function takes exactly {} arguments ({} given)",
            fields.len(),
            rest.len()
        );
        return Err(vm.type_error(msg));
    }
    for (i, (&field, &v)) in fields.iter().zip(rest).enumerate() {
        let ok = match field {
            "encoding" | "reason" => matches!(v.payload(), Some(Payload::Str(_))),
            "object" if kind == 0 => matches!(v.payload(), Some(Payload::Bytes(_))),
            "object" => matches!(v.payload(), Some(Payload::Str(_))),
            _ => matches!(v, Value::Int(_)),
        };
        if !ok {
            let msg = match field {
                "object" if kind == 0 => {
                    format!("a bytes-like object is required, not '{}'", vm.type_name(v))
                }
                "start" | "end" => format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                ),
                _ => format!("argument {} must be str, not {}", i + 1, vm.type_name(v)),
            };
            return Err(vm.type_error(msg));
        }
    }
    set_args(vm, this, rest);
    for (&field, &v) in fields.iter().zip(rest) {
        let key = vm.intern(field);
        vm.set_attr(this, key, v)?;
    }
    Ok(Value::None)
}

fn unicode_decode_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    unicode_error_init(vm, args, kw, 0)
}

fn unicode_encode_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    unicode_error_init(vm, args, kw, 1)
}

fn unicode_translate_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    unicode_error_init(vm, args, kw, 2)
}

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`: the
/// details must have four to six items.
fn syntax_error_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let this = receiver(vm, args, vm.s.types.syntax_error, "__init__")?;
    if !kw.is_empty() {
        let msg = format!("{}() takes no keyword arguments", vm.type_name(this));
        return Err(vm.type_error(msg));
    }
    let rest = &args[1..];
    if rest.len() == 2 {
        let details = vm.collect_iter(rest[1])?;
        let n = details.len();
        if !(4..=6).contains(&n) {
            let msg = if n < 4 {
                format!("function takes at least 4 arguments ({n} given)")
            } else {
                format!("function takes at most 6 arguments ({n} given)")
            };
            return Err(vm.type_error(msg));
        }
        if n == 5 {
            return Err(vm.type_error("end_offset must be provided when end_lineno is provided"));
        }
        let details = vm.new_tuple(details);
        set_args(vm, this, &[rest[0], details]);
        return Ok(Value::None);
    }
    set_args(vm, this, rest);
    Ok(Value::None)
}

/// The text of a `UnicodeError` subclass built with its five fields, as CPython words it.
fn unicode_error_str(vm: &mut Vm, exc: Value) -> PyResult<Option<String>> {
    let t = &vm.s.types;
    let kind = if vm.isinstance(exc, t.unicode_decode_error) {
        0
    } else if vm.isinstance(exc, t.unicode_encode_error) {
        1
    } else if vm.isinstance(exc, t.unicode_translate_error) {
        2
    } else {
        return Ok(None);
    };
    let mut get = |name: &str| vm.exc_field(exc, name);
    let (Some(object), Some(Value::Int(start)), Some(Value::Int(end)), Some(reason)) =
        (get("object"), get("start"), get("end"), get("reason"))
    else {
        return Ok(None);
    };
    let encoding = get("encoding");
    let reason = vm.str_text(reason)?;
    let encoding = match encoding {
        Some(e) => vm.str_text(e)?,
        None => String::new(),
    };
    let single = end == start + 1;
    let text = match object.payload() {
        Some(Payload::Bytes(b)) if kind == 0 => {
            match usize::try_from(start).ok().and_then(|i| b.get(i)) {
                Some(byte) if single => format!(
                    "'{encoding}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"
                ),
                _ => format!(
                    "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                    end - 1
                ),
            }
        }
        Some(Payload::Str(s)) => {
            let c = usize::try_from(start).ok().and_then(|i| s.code_point_at(i));
            let (verb, prefix) = if kind == 2 {
                ("translate", "can't".to_owned())
            } else {
                ("encode", format!("'{encoding}' codec can't"))
            };
            match c {
                Some(n) if single => {
                    let shown = if n <= 0xff {
                        format!("\\x{n:02x}")
                    } else if n <= 0xffff {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    format!("{prefix} {verb} character '{shown}' in position {start}: {reason}")
                }
                _ => format!(
                    "{prefix} {verb} characters in position {start}-{}: {reason}",
                    end - 1
                ),
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(text))
}

impl Vm {
    /// The field names `exc`'s class keeps in slots (`None` until set).
    ///
    /// Every attribute store on an exception asks this, so the class's MRO is walked once,
    /// noting which of the slotted bases it holds (six `isinstance` walks cost ~320
    /// instructions per `self.key = key` in an exception's `__init__`); the first base in
    /// the order below wins, as before.
    pub(crate) fn exc_field_names(&self, exc: Value) -> &'static [&'static str] {
        const OS: u8 = 1;
        const ATTRIBUTE: u8 = 2;
        const NAME: u8 = 4;
        const IMPORT: u8 = 8;
        const UNICODE: u8 = 16;
        const SYNTAX: u8 = 32;
        let t = &self.s.types;
        let bases = [
            (t.os_error, OS),
            (t.attribute_error, ATTRIBUTE),
            (t.name_error, NAME),
            (t.import_error, IMPORT),
            (t.unicode_error, UNICODE),
            (t.syntax_error, SYNTAX),
        ];
        let class = self.type_of(exc);
        let mut found = 0u8;
        let mut note = |c: Gc<Object>| {
            for &(base, bit) in &bases {
                if Gc::ptr_eq(c, base) {
                    found |= bit;
                }
            }
        };
        // The class itself too, as `is_subclass` (its MRO is empty while it is being made).
        note(class);
        if let Some(data) = class.as_class() {
            data.mro.borrow().iter().for_each(|&m| note(m));
        }
        if found == 0 {
            &[]
        } else if found & OS != 0 {
            &[
                "errno",
                "strerror",
                "filename",
                "filename2",
                "characters_written",
            ]
        } else if found & ATTRIBUTE != 0 {
            &["name", "obj"]
        } else if found & NAME != 0 {
            &["name"]
        } else if found & IMPORT != 0 {
            &["name", "path"]
        } else if found & UNICODE != 0 {
            &UNICODE_FIELDS
        } else {
            &["print_file_and_line"]
        }
    }

    /// A slot field of an exception, if set.
    pub(crate) fn exc_field(&mut self, exc: Value, name: &str) -> Option<Value> {
        let key = self.intern(name);
        match exc.payload() {
            Some(Payload::Exception(e)) => e.fields.borrow().get_str(self.names_hash(key), key),
            _ => None,
        }
    }

    /// Sets a slot field of an exception.
    pub(crate) fn set_exc_field(
        &mut self,
        exc: Value,
        key: krait_gc::Gc<crate::object::Object>,
        v: Value,
    ) {
        if let Some(Payload::Exception(e)) = exc.payload() {
            let hash = self.names_hash(key);
            let mut fields = e.fields.borrow_mut();
            match fields.probe_str(hash, key) {
                Some(pos) => fields.set_value_at(pos, v),
                None => fields.insert_new(hash, Value::Obj(key), v),
            }
        }
    }

    /// The `OSError` CPython raises for a failed system call: the subclass for `errno`,
    /// with `strerror` and the file name (if any) set, e.g. `[Errno 2] No such file or
    /// directory: 'f'`.
    pub(crate) fn new_os_error(
        &mut self,
        errno: i64,
        strerror: &str,
        filename: Option<Value>,
    ) -> PyResult<Exception> {
        let class = os_error_subclass(self, errno).unwrap_or(self.s.types.os_error);
        let message = self.new_str(strerror);
        let mut args = vec![Value::Int(errno), message];
        args.extend(filename);
        let exc = self.new_exception(class, Vec::new());
        os_error_fields(self, exc.value(), &args)?;
        Ok(exc)
    }

    /// The `OSError` for a failed I/O operation from Rust's standard library, as CPython
    /// would raise it for the same errno (falling back to a plain `OSError(text)`).
    pub fn io_error(&mut self, err: &std::io::Error, filename: Option<Value>) -> Exception {
        let text = err.to_string();
        let Some(errno) = err.raw_os_error() else {
            return self.new_error(self.s.types.os_error, text);
        };
        // Rust appends " (os error N)" to the C library's strerror text.
        let suffix = format!(" (os error {errno})");
        let strerror = text.strip_suffix(&suffix).unwrap_or(&text).to_owned();
        match self.new_os_error(i64::from(errno), &strerror, filename) {
            Ok(e) | Err(e) => e,
        }
    }

    /// `exc.__traceback__ = tb` / `with_traceback(tb)`: `None` clears it; a traceback chain
    /// becomes the exception's entries.
    pub(crate) fn set_exc_traceback(&mut self, exc: Value, tb: Value) -> PyResult<()> {
        let entries = match tb.payload() {
            _ if tb.is_none() => Vec::new(),
            Some(Payload::Traceback(_)) => match self.entries_of_traceback(tb) {
                Some(e) => e,
                None => return Err(self.type_error("__traceback__ must be a traceback or None")),
            },
            _ => return Err(self.type_error("__traceback__ must be a traceback or None")),
        };
        if let Some(Payload::Exception(e)) = exc.payload() {
            // The chain's own objects stand for the entries, so reading `__traceback__`
            // gives `tb` back and frames added later link to it.
            let mut objs = Vec::new();
            let mut cur = tb;
            while let Some(o) = cur.as_obj() {
                let Payload::Traceback(t) = &o.payload else {
                    break;
                };
                objs.push(o);
                cur = t.next.get();
            }
            objs.reverse();
            *e.traceback.borrow_mut() = entries.into();
            *e.tb_objs.borrow_mut() = objs;
        }
        Ok(())
    }

    /// `str()` of the exceptions whose text is not made from `args` alone: groups,
    /// `OSError` with an errno, `ImportError` with a `msg`; `None` for the others.
    pub(crate) fn special_exception_str(&mut self, exc: Value) -> PyResult<Option<String>> {
        if self.is_exception_group(exc) {
            return self.exception_group_str(exc).map(Some);
        }
        if let Some(s) = unicode_error_str(self, exc)? {
            return Ok(Some(s));
        }
        if self.isinstance(exc, self.s.types.os_error) {
            let get = |vm: &mut Vm, name: &str| vm.exc_field(exc, name);
            let errno = get(self, "errno");
            let strerror = get(self, "strerror");
            let filename = get(self, "filename").filter(|v| !v.is_none());
            let filename2 = get(self, "filename2").filter(|v| !v.is_none());
            if let (Some(n), Some(s)) = (errno, strerror) {
                let n = self.str_text(n)?;
                let s = self.str_text(s)?;
                return Ok(Some(match (filename, filename2) {
                    (Some(f), Some(f2)) => {
                        let f = self.repr(f)?;
                        let f2 = self.repr(f2)?;
                        format!("[Errno {n}] {s}: {f} -> {f2}")
                    }
                    (Some(f), None) => {
                        let f = self.repr(f)?;
                        format!("[Errno {n}] {s}: {f}")
                    }
                    _ => format!("[Errno {n}] {s}"),
                }));
            }
        }
        Ok(None)
    }
}
