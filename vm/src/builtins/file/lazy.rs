//! `io`'s names written in Python (`StringIO`, `BytesIO`, `IncrementalNewlineDecoder`,
//! `FileIO` and the abstract stream classes in the bundled `_iomem`), fetched by the module's
//! `__getattr__` on first use; and `TextIOWrapper(buffer, ...)`, which wraps any binary
//! buffer object in `_iomem`'s Python text layer.

use crate::builtins::arity;
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::value::Value;
use crate::vm::Vm;

/// The names `io` takes from `_iomem`.
const FROM_IOMEM: &[&str] = &[
    "StringIO",
    "BytesIO",
    "IOBase",
    "RawIOBase",
    "BufferedIOBase",
    "TextIOBase",
    "IncrementalNewlineDecoder",
    "text_encoding",
    "FileIO",
    "open_code",
    "BufferedRWPair",
];

/// `io.__getattr__(name)`: imports `_iomem` for the names it provides and keeps them in
/// `io`; any other name is missing.
pub(super) fn io_getattr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "__getattr__", args, 1, 1)?;
    let name = crate::builtins::str_arg(vm, args[0], "attribute name")?;
    if !FROM_IOMEM.contains(&name.as_str()) {
        let msg = format!("module 'io' has no attribute '{name}'");
        return Err(vm.attribute_error(msg));
    }
    let module_name = vm.intern("_iomem");
    let module = vm.import_name(module_name, Value::None, Value::Int(0))?;
    let key = vm.intern(&name);
    let v = vm.get_attr(module, key)?;
    if let Some(io) = vm.sys_modules_get("io")? {
        vm.set_attr(io, key, v)?;
    }
    Ok(v)
}

/// `TextIOWrapper.__new__(cls, buffer, ...)`: a text stream over `buffer` (any object with
/// the binary stream methods), made by `_iomem.TextIOWrapper`. The files `open` makes in
/// text mode are this native class's own instances; a wrapper built over a buffer is an
/// instance of the Python class, which is not a subclass of this one.
pub(super) fn text_wrapper_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    from_iomem(vm, "TextIOWrapper", args, kw)
}

/// `BufferedReader.__new__(cls, raw, buffer_size=...)`: a buffered stream over any raw
/// stream object, made by `_iomem`'s Python class of the same name (as for
/// [`text_wrapper_new`], the files `open` makes are the native class's own instances).
pub(super) fn buffered_reader_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    from_iomem(vm, "BufferedReader", args, kw)
}

/// `BufferedWriter(raw, buffer_size=...)`, as [`buffered_reader_new`].
pub(super) fn buffered_writer_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    from_iomem(vm, "BufferedWriter", args, kw)
}

/// `BufferedRandom(raw, buffer_size=...)`, as [`buffered_reader_new`].
pub(super) fn buffered_random_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    from_iomem(vm, "BufferedRandom", args, kw)
}

/// An instance of `_iomem`'s class `name`, made from the arguments after `cls`.
fn from_iomem(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let module_name = vm.intern("_iomem");
    let module = vm.import_name(module_name, Value::None, Value::Int(0))?;
    let key = vm.intern(name);
    let class = vm.get_attr(module, key)?;
    let rest = args.get(1..).unwrap_or(&[]);
    vm.call_value(class, rest, kw)
}
