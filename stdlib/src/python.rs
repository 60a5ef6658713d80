//! Standard-library modules written in Python and bundled as source: `collections` (over
//! `_collections`),
//! `functools`, `itertools`, `operator`, `string`, `heapq`, `bisect`, `copy`, `typing`,
//! `abc`, `random`, `weakref`, `traceback`, `linecache`, `importlib` (`import_module`,
//! `reload`), `__future__`, and pieces CPython's own library expects from C modules:
//! `_ast`, `_abc`, `_thread`, `_multibytecodec` and `_codecs_jp`-style
//! modules (over the native `_krait_cjk`), `_locale`, `_struct`, `_csv`, `_symtable`, `_lsprof`, `_pickle` (names
//! for pickle's pure-Python classes), `errno`, `_io`, `_ospy` (the Python half of `os` and
//! `os.path`); `pwd` and `grp` (read from `/etc/passwd` and `/etc/group`); `atexit`; `contextvars` (over the core's `_contextvars`); and `re` (over the
//! native `_re` engine); `pyexpat` (over the native `_pyexpat` XML parser). [`crate::install`] registers them; the VM compiles each on its
//! first import, like a user module (see `krait_vm::Tier` for where each sits in the search
//! order).

use krait_vm::Tier;

/// Each bundled module: its name, its source, and where the finder sees it. `Fallback`
/// marks the stand-ins that give way to CPython's own pure-Python version when one is on
/// `sys.path` (each was checked to import and pass CPython's test modules that use it).
#[rustfmt::skip]
pub const MODULES: &[(&str, &str, Tier)] = &[
    ("collections", include_str!("python/collections.py"), Tier::Fallback),
    ("_collections", include_str!("python/_collections.py"), Tier::Core),
    ("functools", include_str!("python/functools.py"), Tier::Fallback),
    ("itertools", include_str!("python/itertools.py"), Tier::Core),
    ("operator", include_str!("python/operator.py"), Tier::Fallback),
    ("string", include_str!("python/string.py"), Tier::Core),
    ("heapq", include_str!("python/heapq.py"), Tier::Fallback),
    ("bisect", include_str!("python/bisect.py"), Tier::Fallback),
    ("copy", include_str!("python/copy.py"), Tier::Core),
    ("typing", include_str!("python/typing.py"), Tier::Fallback),
    ("abc", include_str!("python/abc.py"), Tier::Fallback),
    ("_abc", include_str!("python/_abc.py"), Tier::Core),
    ("random", include_str!("python/random.py"), Tier::Fallback),
    ("weakref", include_str!("python/weakref.py"), Tier::Core),
    ("traceback", include_str!("python/traceback.py"), Tier::Fallback),
    ("linecache", include_str!("python/linecache.py"), Tier::Core),
    ("importlib", include_str!("python/importlib.py"), Tier::Core),
    ("__future__", include_str!("python/__future__.py"), Tier::Core),
    ("_ast", include_str!("python/_ast.py"), Tier::Core),
    ("_ospy", include_str!("python/_ospy.py"), Tier::Core),
    ("_thread", include_str!("python/_thread.py"), Tier::Core),
    ("_multibytecodec", include_str!("python/_multibytecodec.py"), Tier::Core),
    ("_codecs_jp", include_str!("python/_codecs_jp.py"), Tier::Core),
    ("_codecs_cn", include_str!("python/_codecs_cn.py"), Tier::Core),
    ("_codecs_kr", include_str!("python/_codecs_kr.py"), Tier::Core),
    ("_codecs_tw", include_str!("python/_codecs_tw.py"), Tier::Core),
    ("_codecs_hk", include_str!("python/_codecs_hk.py"), Tier::Core),
    ("_codecs_iso2022", include_str!("python/_codecs_iso2022.py"), Tier::Core),
    ("errno", include_str!("python/errno.py"), Tier::Core),
    ("atexit", include_str!("python/atexit.py"), Tier::Core),
    ("_locale", include_str!("python/_locale.py"), Tier::Core),
    ("_struct", include_str!("python/_struct.py"), Tier::Core),
    ("_csv", include_str!("python/_csv.py"), Tier::Core),
    ("_symtable", include_str!("python/_symtable.py"), Tier::Core),
    ("_lsprof", include_str!("python/_lsprof.py"), Tier::Core),
    ("re", include_str!("python/re.py"), Tier::Core),
    ("contextvars", include_str!("python/contextvars.py"), Tier::Core),
    ("pyexpat", include_str!("python/pyexpat.py"), Tier::Core),
    ("pwd", include_str!("python/pwd.py"), Tier::Core),
    ("grp", include_str!("python/grp.py"), Tier::Core),
    ("_io", include_str!("python/_io.py"), Tier::Core),
    ("_pickle", include_str!("python/_pickle.py"), Tier::Core),
];
