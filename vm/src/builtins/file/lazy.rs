//! `io`'s classes, written in Python in the bundled `_iomem` and fetched by the module's
//! `__getattr__` on first use, and the hook by which `_iomem` adopts the native file
//! classes: each native class (the type of what `open` and `sys.stdout` are) becomes a
//! subclass of the Python class of its name, so files are instances of `io`'s public
//! classes while their own methods stay native.

use krait_gc::Gc;

use crate::builtins::arity;
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::Object;
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
    "TextIOWrapper",
    "BufferedReader",
    "BufferedWriter",
    "BufferedRandom",
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

/// `TextIOWrapper.__new__(cls, buffer, ...)` on the native class (`type(open(p))(buffer)`):
/// a text stream over `buffer`, made by `io.TextIOWrapper`, the Python class the native
/// one derives from (Python subclasses reach `object.__new__` without passing here).
pub(super) fn text_wrapper_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    from_iomem(vm, "TextIOWrapper", args, kw)
}

/// `BufferedReader.__new__(cls, raw, buffer_size=...)` on the native class, as
/// [`text_wrapper_new`].
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
    let class = iomem_attr(vm, name)?;
    let rest = args.get(1..).unwrap_or(&[]);
    vm.call_value(class, rest, kw)
}

/// `_iomem.NAME`.
pub(super) fn iomem_attr(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let module_name = vm.intern("_iomem");
    let module = vm.import_name(module_name, Value::None, Value::Int(0))?;
    let key = vm.intern(name);
    vm.get_attr(module, key)
}

/// `io._adopt_native_classes(TextIOWrapper, BufferedReader, BufferedWriter,
/// BufferedRandom)`, called once by `_iomem` with its Python classes: makes the native
/// file classes, and those of the standard streams, subclasses of them.
pub(super) fn adopt_native_classes(
    vm: &mut Vm,
    args: &[Value],
    _kw: KwArgs<'_>,
) -> PyResult<Value> {
    arity(vm, "_adopt_native_classes", args, 4, 4)?;
    let mut parents = Vec::with_capacity(4);
    for &a in args {
        match a.as_obj().filter(|o| o.as_class().is_some()) {
            Some(c) => parents.push(c),
            None => return Err(vm.type_error("_adopt_native_classes() takes classes")),
        }
    }
    let t = &vm.s.types;
    let mut pairs = vec![
        (t.text_io_wrapper, parents[0]),
        (t.buffered_reader, parents[1]),
        (t.buffered_writer, parents[2]),
        (t.buffered_random, parents[3]),
    ];
    // The standard streams' classes: the text layer's and each binary layer's.
    if let Some(&sys) = vm.s.modules.get("sys") {
        for (name, parent) in [("__stdin__", parents[1]), ("__stdout__", parents[2])] {
            let key = vm.intern(name);
            let Ok(stream) = vm.get_attr(Value::Obj(sys), key) else {
                continue;
            };
            if stream.is_none() {
                continue;
            }
            pairs.push((vm.type_of(stream), parents[0]));
            let key = vm.intern("buffer");
            if let Ok(buffer) = vm.get_attr(stream, key) {
                pairs.push((vm.type_of(buffer), parent));
            }
        }
    }
    for (native, parent) in pairs {
        rebase(vm, native, parent);
    }
    Ok(Value::None)
}

/// Makes the native class `native` (deriving from `object` alone) a subclass of `parent`:
/// its MRO is itself followed by `parent`'s, so its own methods still come first.
fn rebase(vm: &mut Vm, native: Gc<Object>, parent: Gc<Object>) {
    let (Some(cd), Some(pd)) = (native.as_class(), parent.as_class()) else {
        return;
    };
    if Gc::ptr_eq(native, parent) || cd.mro.borrow().iter().any(|&c| Gc::ptr_eq(c, parent)) {
        return;
    }
    let mut mro = vec![native];
    mro.extend(pd.mro.borrow().iter().copied());
    *cd.bases.borrow_mut() = vec![parent];
    *cd.mro.borrow_mut() = mro;
    vm.note_subclass(native);
    vm.class_version += 1;
}
