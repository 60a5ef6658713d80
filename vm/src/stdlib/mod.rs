//! Standard-library modules written in Python and bundled with the VM as source:
//! `collections`, `functools`, `itertools`, `operator`, `string`, `heapq`, `bisect`,
//! `copy`, `copyreg`, `typing`, `abc`, `random`, `weakref`, `traceback`, `linecache`, `types`,
//! `importlib` (`import_module`, `reload`), `__future__`, `_warnings` / `warnings` (the
//! warning machinery: the core the `warnings` API stands on, so CPython's own `warnings.py`
//! can stand on it too), and pieces CPython's own library expects from C modules: `_ast`,
//! `_codecs`, `_thread`, `_locale`, `_struct`, `errno`, `_iomem` (`io.StringIO`), `_ospy`
//! and `_timepy` (the Python halves of `os`, `os.path` and `time`); `atexit`; `contextvars` (over the native `_contextvars`); and `re` (over
//! the native `_re` engine). They are
//! compiled on first import, like a user
//! module; the finder reaches them at the `<krait-stdlib>` entry of `sys.path`, or, for the
//! stand-ins of modules CPython writes in pure Python, at `<krait-stdlib-fallback>` after
//! an installed CPython `Lib` (see [`Tier`]).

/// Where a bundled module sits in the search order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Tier {
    /// Stands for C code of CPython's (the Python half of a native module, Krait's own
    /// `re`, or a module whose CPython version needs accelerators Krait lacks): searched
    /// before an installed CPython `Lib`, at the `<krait-stdlib>` entry.
    Core,
    /// A smaller stand-in for a module CPython writes in pure Python that runs on Krait
    /// unchanged: searched after CPython's `Lib` (the `<krait-stdlib-fallback>` entry), so
    /// with `KRAIT_CPYTHON_LIB` set the complete version wins.
    Fallback,
}

/// The bundled modules that give way to CPython's own pure-Python version when one is on
/// `sys.path` (each was checked to import and pass CPython's test modules that use it).
const FALLBACK: &[&str] = &[
    "abc",
    "heapq",
    "bisect",
    "operator",
    "traceback",
    "typing",
    "warnings",
];

/// The bundled source of module `name` and its tier, if Krait provides it.
pub(crate) fn find(name: &str) -> Option<(&'static str, Tier)> {
    let tier = if FALLBACK.contains(&name) {
        Tier::Fallback
    } else {
        Tier::Core
    };
    source(name).map(|s| (s, tier))
}

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
        "copyreg" => include_str!("copyreg.py"),
        "typing" => include_str!("typing.py"),
        "abc" => include_str!("abc.py"),
        "random" => include_str!("random.py"),
        "weakref" => include_str!("weakref.py"),
        "traceback" => include_str!("traceback.py"),
        "linecache" => include_str!("linecache.py"),
        "types" => include_str!("types.py"),
        "importlib" => include_str!("importlib.py"),
        "__future__" => include_str!("__future__.py"),
        "_warnings" => include_str!("_warnings.py"),
        "warnings" => include_str!("warnings.py"),
        "_ast" => include_str!("_ast.py"),
        "_codecs" => include_str!("_codecs.py"),
        "_iomem" => include_str!("_iomem.py"),
        "_ospy" => include_str!("_ospy.py"),
        "_timepy" => include_str!("_timepy.py"),
        "_thread" => include_str!("_thread.py"),
        "errno" => include_str!("errno.py"),
        "atexit" => include_str!("atexit.py"),
        "_locale" => include_str!("_locale.py"),
        "_struct" => include_str!("_struct.py"),
        "re" => include_str!("re.py"),
        "_sitebuiltins" => include_str!("_sitebuiltins.py"),
        "contextvars" => include_str!("contextvars.py"),
        _ => return None,
    })
}
