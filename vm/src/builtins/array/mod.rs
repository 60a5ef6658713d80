//! The `array` module: `array.array`, a mutable sequence of machine numbers (or of
//! characters, typecode `'u'`) stored packed in native byte order, as CPython's.
//!
//! The items live as raw bytes (`ArrayData`), so `tobytes`/`frombytes`, `bytes(a)` and
//! `memoryview(a)` share one representation; `items.rs` converts one item between bytes and
//! a Python value, `methods.rs` holds the named methods, `ops.rs` the operator dunders and
//! `pickle.rs` pickling.

use std::cell::RefCell;

use krait_gc::Gc;

use crate::builtins::{module_functions, new_module, no_kwargs_for_new, set_class_attr};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

mod items;
mod methods;
mod ops;
mod pickle;

pub(crate) use items::item_size;

/// What an `array.array` holds: its typecode and its items' bytes.
pub struct ArrayData {
    /// One of `items::TYPECODES`.
    pub(crate) code: char,
    /// The items, `item_size(code)` bytes each, in native byte order.
    pub(crate) data: RefCell<Vec<u8>>,
}

/// Adds the methods of `array.array` to its class (made with the builtin classes, so the
/// class is the same object however often the module is imported).
pub(crate) fn install(vm: &mut Vm) {
    let class = vm.s.types.array;
    if let Some(c) = class.as_class() {
        *c.module.borrow_mut() = "array".to_owned();
    }
    crate::builtins::method_kind(vm, class, "__new__", array_new, BuiltinKind::StaticMethod);
    methods::install(vm, class);
    ops::install(vm, class);
    set_class_attr(vm, class, "__hash__", Value::None);
}

/// The `array` module, made on first import.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let funcs: &[(&'static str, crate::object::NativeFn)] =
        &[("_array_reconstructor", pickle::reconstructor)];
    let mut attrs = module_functions(vm, funcs);
    let class = Value::Obj(vm.s.types.array);
    attrs.push(("array", class));
    attrs.push(("ArrayType", class));
    let codes = vm.new_str(items::TYPECODES);
    attrs.push(("typecodes", codes));
    let module = new_module(vm, "array", attrs);
    // As CPython's module does, declare arrays mutable sequences. A failure here (no
    // `_collections_abc` in an embedded library) leaves arrays merely unregistered.
    let _ = register_sequence(vm, class);
    module
}

/// `_collections_abc.MutableSequence.register(array)`.
fn register_sequence(vm: &mut Vm, class: Value) -> PyResult<()> {
    let name = vm.intern("_collections_abc");
    let abc = vm.import_name(name, Value::None, Value::Int(0))?;
    let seq = vm.intern("MutableSequence");
    let seq = vm.get_attr(abc, seq)?;
    let register = vm.intern("register");
    let register = vm.get_attr(seq, register)?;
    vm.call_value(register, &[class], &[])?;
    Ok(())
}

/// The array `args[0]`, or the TypeError a method of `array.array` gives another object.
pub(crate) fn this<'a>(vm: &mut Vm, args: &'a [Value], name: &str) -> PyResult<&'a ArrayData> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::Array(a)) => Ok(a),
        _ => {
            let got = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
            let msg = format!(
                "descriptor '{name}' for 'array.array' objects doesn't apply to a '{got}' object"
            );
            Err(vm.type_error(msg))
        }
    }
}

/// A new `array.array` (exactly that class) of typecode `code` holding `data`.
pub(crate) fn new_array(vm: &mut Vm, code: char, data: Vec<u8>) -> Value {
    new_array_of(vm, vm.s.types.array, code, data)
}

pub(super) fn new_array_of(vm: &mut Vm, class: Gc<Object>, code: char, data: Vec<u8>) -> Value {
    let payload = Payload::Array(Box::new(ArrayData {
        code,
        data: RefCell::new(data),
    }));
    Value::Obj(vm.alloc(class, payload))
}

/// The typecode argument of `array()`: a str of one character among [`items::TYPECODES`].
fn typecode_arg(vm: &mut Vm, v: Value) -> PyResult<char> {
    let c = match v.payload() {
        Some(Payload::Str(s)) if s.char_len() == 1 => s.as_str().chars().next(),
        _ => None,
    };
    let Some(c) = c else {
        let msg = format!(
            "array() argument 1 must be a unicode character, not {}",
            vm.type_name(v)
        );
        return Err(vm.type_error(msg));
    };
    if !items::TYPECODES.contains(c) {
        return Err(
            vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        );
    }
    Ok(c)
}

/// `array.array.__new__(cls, typecode[, initializer])`.
fn array_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let class = args
        .first()
        .and_then(|c| c.as_obj())
        .filter(|c| c.as_class().is_some())
        .unwrap_or(vm.s.types.array);
    let exact = vm.s.types.array;
    no_kwargs_for_new(vm, "array.array", class, exact, kw)?;
    let args = &args[1.min(args.len())..];
    if args.is_empty() {
        return Err(vm.type_error("array() takes at least 1 argument (0 given)"));
    }
    if args.len() > 2 {
        let msg = format!("array() takes at most 2 arguments ({} given)", args.len());
        return Err(vm.type_error(msg));
    }
    let code = typecode_arg(vm, args[0])?;
    let data = match args.get(1) {
        Some(&init) => initial_items(vm, code, init)?,
        None => Vec::new(),
    };
    Ok(new_array_of(vm, class, code, data))
}

/// The bytes of the items `init` gives a new array of typecode `code`.
fn initial_items(vm: &mut Vm, code: char, init: Value) -> PyResult<Vec<u8>> {
    match init.payload() {
        Some(Payload::Str(s)) => {
            if code != 'u' {
                let msg = format!("cannot use a str to initialize an array with typecode '{code}'");
                return Err(vm.type_error(msg));
            }
            Ok(s.as_str()
                .chars()
                .flat_map(|c| (c as u32).to_ne_bytes())
                .collect())
        }
        Some(Payload::Array(other)) => {
            if other.code == 'u' && code != 'u' {
                let msg = format!(
                    "cannot use a unicode array to initialize an array with typecode '{code}'"
                );
                return Err(vm.type_error(msg));
            }
            if other.code == code {
                return Ok(other.data.borrow().clone());
            }
            let values = methods::values(vm, other)?;
            encode_all(vm, code, &values)
        }
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let bytes = crate::builtins::bytes::buffer(&init).unwrap_or_default();
            methods::check_whole_items(vm, code, bytes.len())?;
            Ok(bytes)
        }
        _ => {
            let values = vm.collect_iter_folded(init)?;
            encode_all(vm, code, &values)
        }
    }
}

/// The bytes of `values` as items of typecode `code`.
pub(crate) fn encode_all(vm: &mut Vm, code: char, values: &[Value]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(values.len() * item_size(code));
    for &v in values {
        items::encode(vm, code, v, &mut out)?;
    }
    Ok(out)
}

/// `repr(a)`: `array('i', [1, 2])`, `array('u', 'ab')`, `array('d')` when empty; a subclass
/// shows its own name.
pub(crate) fn repr(vm: &mut Vm, o: Gc<Object>) -> PyResult<String> {
    let Payload::Array(a) = &o.payload else {
        return Ok(String::new());
    };
    let name = vm.class_name(o.class());
    if a.data.borrow().is_empty() {
        return Ok(format!("{name}('{}')", a.code));
    }
    let body = if a.code == 'u' {
        let text = methods::text(vm, a)?;
        krait_ast::repr::str_repr(&text)
    } else {
        let values = methods::values(vm, a)?;
        let list = vm.new_list(values);
        vm.repr(list)?
    };
    Ok(format!("{name}('{}', {body})", a.code))
}

/// `a == b` for array items: each read makes a new float object in CPython, so a NaN item
/// is never identical to anything and never equal.
pub(super) fn item_eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if let (Value::Float(x), Value::Float(y)) = (a, b) {
        return Ok(x == y);
    }
    vm.eq(a, b)
}
