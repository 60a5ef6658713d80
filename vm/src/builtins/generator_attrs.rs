//! The attributes of generators, coroutines and async generators (`gi_code`, `cr_await`,
//! `ag_running`, …) as descriptors in their classes, so `dir()` lists them, they
//! carry CPython's docstrings, and assigning a read-only one fails as in CPython. Reading
//! goes through [`Vm::generator_attr`].

use crate::builtins::{new_builtin, set_class_attr};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::property::PropertyData;
use crate::object::{BuiltinKind, NativeFn, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Declares, per attribute, a getter reading it and a setter refusing the assignment.
macro_rules! readonly {
    ($($get:ident, $set:ident, $name:literal;)*) => {
        $(
            fn $get(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
                get(vm, args, $name)
            }
            fn $set(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
                not_writable(vm, args, $name)
            }
        )*
    };
}

readonly! {
    gi_code, set_gi_code, "gi_code";
    gi_frame, set_gi_frame, "gi_frame";
    gi_running, set_gi_running, "gi_running";
    gi_suspended, set_gi_suspended, "gi_suspended";
    gi_yieldfrom, set_gi_yieldfrom, "gi_yieldfrom";
    cr_code, set_cr_code, "cr_code";
    cr_frame, set_cr_frame, "cr_frame";
    cr_running, set_cr_running, "cr_running";
    cr_suspended, set_cr_suspended, "cr_suspended";
    cr_await, set_cr_await, "cr_await";
    cr_origin, set_cr_origin, "cr_origin";
    ag_code, set_ag_code, "ag_code";
    ag_frame, set_ag_frame, "ag_frame";
    ag_running, set_ag_running, "ag_running";
    ag_await, set_ag_await, "ag_await";
}

/// One attribute: its name, getter, setter and docstring (`None`: CPython has none).
type Attr = (&'static str, NativeFn, NativeFn, Option<&'static str>);

pub(crate) fn install(vm: &mut Vm) {
    let generator: &[Attr] = &[
        ("gi_code", gi_code, set_gi_code, None),
        ("gi_frame", gi_frame, set_gi_frame, None),
        ("gi_running", gi_running, set_gi_running, None),
        ("gi_suspended", gi_suspended, set_gi_suspended, None),
        (
            "gi_yieldfrom",
            gi_yieldfrom,
            set_gi_yieldfrom,
            Some("object being iterated by yield from, or None"),
        ),
    ];
    let coroutine: &[Attr] = &[
        ("cr_code", cr_code, set_cr_code, None),
        ("cr_frame", cr_frame, set_cr_frame, None),
        ("cr_running", cr_running, set_cr_running, None),
        ("cr_suspended", cr_suspended, set_cr_suspended, None),
        (
            "cr_await",
            cr_await,
            set_cr_await,
            Some("object being awaited on, or None"),
        ),
        ("cr_origin", cr_origin, set_cr_origin, None),
    ];
    let async_gen: &[Attr] = &[
        ("ag_code", ag_code, set_ag_code, None),
        ("ag_frame", ag_frame, set_ag_frame, None),
        ("ag_running", ag_running, set_ag_running, None),
        (
            "ag_await",
            ag_await,
            set_ag_await,
            Some("object being awaited on, or None"),
        ),
    ];
    let t = &vm.s.types;
    for (class, attrs) in [
        (t.generator, generator),
        (t.coroutine, coroutine),
        (t.async_generator, async_gen),
    ] {
        for &(name, getter, setter, doc) in attrs {
            let getter = new_builtin(vm, name, getter, BuiltinKind::Function, false);
            let setter = new_builtin(vm, name, setter, BuiltinKind::Function, false);
            let doc = match doc {
                Some(d) => vm.new_str(d),
                None => Value::None,
            };
            let parts = PropertyData::new(getter, setter, Value::None, doc);
            let prop = Value::Obj(vm.alloc(vm.s.types.property, Payload::Property(parts)));
            set_class_attr(vm, class, name, prop);
        }
    }
    // `__name__` and `__qualname__`: writable (with a str), documented per kind.
    let t = &vm.s.types;
    for (class, noun) in [
        (t.generator, "generator"),
        (t.coroutine, "coroutine"),
        (t.async_generator, "async generator"),
    ] {
        let names: [(&str, NativeFn, NativeFn, String); 2] = [
            (
                "__name__",
                get_name,
                set_name,
                format!("name of the {noun}"),
            ),
            (
                "__qualname__",
                get_qualname,
                set_qualname,
                format!("qualified name of the {noun}"),
            ),
        ];
        for (name, getter, setter, doc) in names {
            let getter = new_builtin(vm, name, getter, BuiltinKind::Function, false);
            let setter = new_builtin(vm, name, setter, BuiltinKind::Function, false);
            let doc = vm.new_str(doc);
            let parts = PropertyData::new(getter, setter, setter, doc);
            let prop = Value::Obj(vm.alloc(vm.s.types.property, Payload::Property(parts)));
            set_class_attr(vm, class, name, prop);
        }
    }
    let t = &vm.s.types;
    let (generator, coroutine, async_gen) = (t.generator, t.coroutine, t.async_generator);
    for (class, docs) in [
        (generator, GENERATOR_DOCS),
        (coroutine, COROUTINE_DOCS),
        (async_gen, ASYNC_GEN_DOCS),
    ] {
        for (name, doc) in docs {
            let key = vm.intern(name);
            let hash = vm.names_hash(key);
            let Some(cd) = class.as_class() else { continue };
            let found = cd.dict.borrow().get_str(hash, key);
            if let Some(Payload::Builtin(b)) = found.as_ref().and_then(|v| v.payload()) {
                b.doc.set(Some(doc));
            }
        }
    }
}

/// CPython's docstrings of the methods of generators, coroutines and async generators.
const GENERATOR_DOCS: &[(&str, &str)] = &[
    (
        "send",
        "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.",
    ),
    (
        "throw",
        "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next \
         yielded value or raise\nStopIteration.",
    ),
    ("close", "close() -> raise GeneratorExit inside generator."),
];

const COROUTINE_DOCS: &[(&str, &str)] = &[
    (
        "send",
        "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.",
    ),
    (
        "throw",
        "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return \
         next iterated value or raise\nStopIteration.",
    ),
    ("close", "close() -> raise GeneratorExit inside coroutine."),
    ("__await__", "Return an iterator to be used in await expression."),
];

const ASYNC_GEN_DOCS: &[(&str, &str)] = &[
    ("asend", "asend(v) -> send 'v' in generator."),
    (
        "athrow",
        "athrow(typ[,val[,tb]]) -> raise exception in generator.",
    ),
    (
        "aclose",
        "aclose() -> raise GeneratorExit inside generator.",
    ),
    (
        "__aiter__",
        "Return an awaitable, that resolves in asynchronous iterator.",
    ),
    ("__anext__", "Return a value or raise StopAsyncIteration."),
];

/// CPython's docstring of the slot wrapper for a special method, by name.
pub(crate) fn slot_doc(name: &str) -> Option<&'static str> {
    Some(match name {
        "__next__" => "Implement next(self).",
        "__iter__" => "Implement iter(self).",
        "__repr__" => "Return repr(self).",
        "__str__" => "Return str(self).",
        "__len__" => "Return len(self).",
        "__hash__" => "Return hash(self).",
        "__call__" => "Call self as a function.",
        "__getattribute__" => "Return getattr(self, name).",
        "__setattr__" => "Implement setattr(self, name, value).",
        "__delattr__" => "Implement delattr(self, name).",
        "__lt__" => "Return self<value.",
        "__le__" => "Return self<=value.",
        "__eq__" => "Return self==value.",
        "__ne__" => "Return self!=value.",
        "__gt__" => "Return self>value.",
        "__ge__" => "Return self>=value.",
        _ => return None,
    })
}

fn get(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let Some(o) = args.first().and_then(|v| v.as_obj()) else {
        return Err(vm.type_error("descriptor needs a generator object"));
    };
    match vm.generator_attr(o, name) {
        Some(v) => Ok(v),
        None => {
            let key = vm.intern(name);
            Err(vm.no_attribute(args[0], key))
        }
    }
}

fn not_writable(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    // CPython's plain members (rather than computed attributes) say it more briefly.
    if matches!(
        name,
        "gi_code" | "cr_code" | "ag_code" | "cr_origin" | "ag_running"
    ) {
        return Err(vm.attribute_error("readonly attribute"));
    }
    let tname = match args.first() {
        Some(&v) => vm.type_name(v),
        None => "generator".to_owned(),
    };
    let msg = format!("attribute '{name}' of '{tname}' objects is not writable");
    Err(vm.attribute_error(msg))
}

fn get_name(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    get(vm, args, "__name__")
}

fn get_qualname(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    get(vm, args, "__qualname__")
}

fn set_name(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    set_name_field(vm, args, "__name__")
}

fn set_qualname(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    set_name_field(vm, args, "__qualname__")
}

/// Assigning `__name__` / `__qualname__` (a str only); deleting (no value) is refused.
fn set_name_field(vm: &mut Vm, args: &[Value], which: &str) -> PyResult<Value> {
    let target = args.first().and_then(|v| v.as_obj());
    let value = args.get(1).copied();
    let (Some(o), Some(value @ Value::Obj(_))) = (target, value) else {
        return Err(vm.type_error(format!("{which} must be set to a string object")));
    };
    if crate::interp::generator::gen_kind(&o).is_none()
        || !matches!(value.payload(), Some(Payload::Str(_)))
    {
        return Err(vm.type_error(format!("{which} must be set to a string object")));
    }
    let g = crate::interp::generator::gen_data(&o);
    if which == "__name__" {
        g.name.set(value);
    } else {
        g.qualname.set(value);
    }
    Ok(Value::None)
}
