//! Standard-library modules written in Python and bundled with the VM as source:
//! `collections`, `functools`, `itertools`, `operator`, `string`, `heapq`, `bisect`,
//! `copy`, `typing`, `abc`, `random`, `weakref` and `importlib` (`import_module`). They are compiled on first import, like a user
//! module next to the main script.

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
        "importlib" => include_str!("importlib.py"),
        _ => return None,
    })
}
