//! `str.maketrans` and `str.translate`: translation tables are mappings from code points
//! to code points, strs or `None`, looked up with `__getitem__` (so any mapping, or a
//! sequence, works as a table, and a `LookupError` leaves the character as it is).

use crate::builtins::{arity, method_arity};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;
use krait_ast::surrogate::code_point;

/// `str.maketrans(x[, y[, z]])`.
pub(crate) fn maketrans(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "maketrans", args, 1, 3)?;
    let table = vm.new_dict(Default::default());
    if args.len() == 1 {
        let Some(Payload::Dict(d)) = args[0].payload() else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let items: Vec<(Value, Value)> = d.borrow().iter().map(|e| (e.key, e.value)).collect();
        for (k, v) in items {
            let key = match k.payload() {
                Some(Payload::Str(s)) => {
                    let mut cs = s.as_str().chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => {
                            return Err(vm
                                .value_error("string keys in translate table must be of length 1"))
                        }
                    }
                }
                _ if crate::interp::arith::as_int(&k).is_some() => k,
                _ => {
                    return Err(vm.type_error("keys in translate table must be strings or integers"))
                }
            };
            vm.dict_set(table, key, v)?;
        }
        return Ok(table);
    }
    let Some(Payload::Str(x)) = args[0].payload() else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let y = match args[1].payload() {
        Some(Payload::Str(y)) => y.as_str(),
        _ => {
            let msg = format!(
                "maketrans() argument 2 must be str, not {}",
                vm.type_name(args[1])
            );
            return Err(vm.type_error(msg));
        }
    };
    let z = match args.get(2) {
        Some(v) => match v.payload() {
            Some(Payload::Str(z)) => Some(z.as_str()),
            _ => {
                let msg = format!(
                    "maketrans() argument 3 must be str, not {}",
                    vm.type_name(*v)
                );
                return Err(vm.type_error(msg));
            }
        },
        None => None,
    };
    if x.char_len() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.as_str().chars().zip(y.chars()) {
        let (a, b) = (code_point(a), code_point(b));
        vm.dict_set(table, Value::Int(a.into()), Value::Int(b.into()))?;
    }
    if let Some(z) = z {
        for c in z.chars() {
            vm.dict_set(table, Value::Int(code_point(c).into()), Value::None)?;
        }
    }
    Ok(table)
}

/// `s.translate(table)`.
pub(crate) fn translate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "translate", args, 1, 1)?;
    let text = match args[0].payload() {
        Some(Payload::Str(s)) => s.as_str().to_owned(),
        _ => return Err(vm.type_error("descriptor 'translate' requires a 'str' object")),
    };
    let table = args[1];
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let r = match vm.get_item(table, Value::Int(code_point(c).into())) {
            Ok(r) => r,
            Err(e) if vm.exc_matches(e, vm.s.types.lookup_error) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match r {
            Value::None => {}
            Value::Int(n) => match u32::try_from(n)
                .ok()
                .and_then(krait_ast::surrogate::char_of)
            {
                Some(ch) => out.push(ch),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            _ => match r.payload() {
                Some(Payload::Str(s)) => out.push_str(s.as_str()),
                Some(Payload::BigInt(_)) => {
                    return Err(vm.value_error("character mapping must be in range(0x110000)"))
                }
                _ => {
                    return Err(vm.type_error("character mapping must return integer, None or str"))
                }
            },
        }
    }
    Ok(vm.new_str(out))
}
