//! Standard-library modules written in Python and bundled with the VM as source:
//! `collections`, `functools`, `itertools`, `operator`, `string`, `heapq`, `bisect`,
//! `copy`, `typing`, `abc`, `random`, `weakref`, `traceback`, `types`, `importlib`
//! (`import_module`, `reload`), `__future__` and `re` (over the native `_re` engine). They are compiled on first import, like a user
//! module; the finder reaches them at the `<krait-stdlib>` entry of `sys.path`.

/// The bundled source of module `name`, if Krait provides it.
pub(crate) fn source(name: &str) -> Option<&'static str> {
    Some(match name {
        "collections" => include_str!("collections.py"),
        "functools" => include_str!("functools.py"),
        "itertools" => include_str!("itertools.py"),
        "operator" => include_str!("operator.py"),
        "string" => include_str!("string.py"),
        "heapq" => include_str!("heapq.py"),
        "bisect" => include_str!("bisect.py"),
        "copy" => include_str!("copy.py"),
        "typing" => include_str!("typing.py"),
        "abc" => include_str!("abc.py"),
        "random" => include_str!("random.py"),
        "weakref" => include_str!("weakref.py"),
        "traceback" => include_str!("traceback.py"),
        "types" => include_str!("types.py"),
        "importlib" => include_str!("importlib.py"),
        "__future__" => include_str!("__future__.py"),
        "re" => include_str!("re.py"),
        _ => return None,
    })
}
