//! `ImportError.__init__`: the `name` and `path` keyword arguments and the `msg`, `name`
//! and `path` attributes the import system's errors carry.

use crate::builtins::method;
use crate::error::PyResult;
use crate::interp::attr::text;
use crate::object::function::KwArgs;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    let class = vm.s.types.import_error;
    method(vm, class, "__init__", import_error_init);
}

fn import_error_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let Some(&this) = args.first() else {
        return Ok(Value::None);
    };
    let Some(Payload::Exception(e)) = this.payload() else {
        return Ok(Value::None);
    };
    let rest = vm.new_tuple(args[1..].to_vec());
    e.args.set(rest);
    let (mut name, mut path) = (Value::None, Value::None);
    for &(k, v) in kw {
        match text(&k) {
            "name" => name = v,
            "path" => path = v,
            other => {
                let msg = format!("'{other}' is an invalid keyword argument for ImportError()");
                return Err(vm.type_error(msg));
            }
        }
    }
    let msg = if args.len() == 2 {
        args[1]
    } else {
        Value::None
    };
    vm.set_str_attr(this, "msg", msg)?;
    vm.set_str_attr(this, "name", name)?;
    vm.set_str_attr(this, "path", path)?;
    Ok(Value::None)
}
