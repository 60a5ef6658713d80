//! `_operator`: the native half of `operator` that other modules import directly. CPython's
//! `operator.py` takes everything else from its own Python definitions when `_operator`
//! lacks it, so Krait provides only what `hmac` and `secrets` import from here:
//! `_compare_digest`, whose running time does not depend on where the inputs differ.

use krait_gc::Gc;

use krait_vm::builtins::{arity, module_functions, new_module};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// Creates `_operator`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let attrs = module_functions(vm, &[("_compare_digest", compare_digest)]);
    new_module(vm, "_operator", attrs)
}

/// `_compare_digest(a, b)`: whether two ASCII strs, or two bytes-like objects, are equal,
/// looking at every byte whatever the first difference.
fn compare_digest(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "_compare_digest", args, 2, 2)?;
    let (a, b) = match (args[0].payload(), args[1].payload()) {
        (Some(Payload::Str(a)), Some(Payload::Str(b))) => {
            if !a.as_str().is_ascii() || !b.as_str().is_ascii() {
                return Err(
                    vm.type_error("comparing strings with non-ASCII characters is not supported")
                );
            }
            (
                a.as_str().as_bytes().to_vec(),
                b.as_str().as_bytes().to_vec(),
            )
        }
        (Some(Payload::Str(_)), _) | (_, Some(Payload::Str(_))) => {
            let s = if matches!(args[0].payload(), Some(Payload::Str(_))) {
                args[0]
            } else {
                args[1]
            };
            let msg = format!("a bytes-like object is required, not '{}'", vm.type_name(s));
            return Err(vm.type_error(msg));
        }
        _ => match (
            krait_vm::builtins::bytes::buffer(&args[0]),
            krait_vm::builtins::bytes::buffer(&args[1]),
        ) {
            (Some(a), Some(b)) => (a, b),
            _ => {
                let msg = format!(
                    "unsupported operand types(s) or combination of types: '{}' and '{}'",
                    vm.type_name(args[0]),
                    vm.type_name(args[1])
                );
                return Err(vm.type_error(msg));
            }
        },
    };
    Ok(Value::Bool(constant_time_eq(&a, &b)))
}

/// Equality of `a` and `b` that reads all of `b` (the secret side in `hmac`'s use) whatever
/// the inputs, so timing reveals only the length.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    let mut diff = u8::from(a.len() != b.len());
    for (i, &y) in b.iter().enumerate() {
        let x = a.get(i).copied().unwrap_or(!y);
        diff |= x ^ y;
    }
    diff == 0
}

#[cfg(test)]
mod tests {
    use super::constant_time_eq;

    #[test]
    fn equal_only_when_same_length_and_bytes() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(constant_time_eq(b"", b""));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"ab", b"abc"));
        assert!(!constant_time_eq(b"abc", b"ab"));
        assert!(!constant_time_eq(b"", b"\xff"));
    }
}
