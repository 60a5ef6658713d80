//! The Python modules the runtime core itself relies on, bundled with the VM as source:
//! `types` (`int | str`, `list[int]`), `copyreg` (what `types` and pickling use),
//! `_warnings` / `warnings` (the warning machinery the compiler and the interpreter warn
//! through), `_sitebuiltins` (the `site` names), `_iomem` (`io.StringIO` / `io.BytesIO`
//! of the native `io`), `_timepy` (the Python half of the native `time`) and `_codecs`
//! (under the codec machinery `str.encode` uses). They are compiled on first import, like a
//! user module; the finder reaches them at the `<krait-stdlib>` entry of `sys.path`, or,
//! for the stand-ins of modules CPython writes in pure Python, at `<krait-stdlib-fallback>`
//! after an installed CPython `Lib` (see [`Tier`]). The rest of the standard library is the
//! `krait-stdlib` crate's, registered by the host with `Vm::register_bundled_module`.

/// Where a bundled module sits in the search order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tier {
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
const FALLBACK: &[&str] = &["warnings"];

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
        "copyreg" => include_str!("copyreg.py"),
        "types" => include_str!("types.py"),
        "_warnings" => include_str!("_warnings.py"),
        "warnings" => include_str!("warnings.py"),
        "_codecs" => include_str!("_codecs.py"),
        "_iomem" => include_str!("_iomem.py"),
        "_timepy" => include_str!("_timepy.py"),
        "_sitebuiltins" => include_str!("_sitebuiltins.py"),
        _ => return None,
    })
}
