//! What a compilation is asked for beyond the source: the `-O` level and whether the block
//! optimiser runs. The process-wide defaults are set once by the command line (`-O`,
//! `-OO`) and read by every compilation that does not pass its own (imports, `exec`).

use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::OnceLock;

/// Options of one compilation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// CPython's optimisation level: 0 keeps `assert` and makes `__debug__` true; 1 (`-O`)
    /// drops `assert` statements and makes `__debug__` false; 2 (`-OO`) also drops
    /// docstrings.
    pub optimize: u8,
    /// Whether the block optimiser runs. Off only to look at (or time) the code as
    /// generated; the language is the same either way.
    pub optimizer: bool,
}

static DEFAULT_OPTIMIZE: AtomicU8 = AtomicU8::new(0);
static OPTIMIZER_OFF: AtomicBool = AtomicBool::new(false);

/// Sets the options that [`Options::default`] gives from now on, for the whole process
/// (the command line's `-O` count; `optimizer: false` for `--no-opt`).
pub fn set_default_options(options: Options) {
    DEFAULT_OPTIMIZE.store(options.optimize, Ordering::Relaxed);
    OPTIMIZER_OFF.store(!options.optimizer, Ordering::Relaxed);
}

/// Whether `KRAIT_NO_OPT` is set (to anything but empty or `0`): switches the optimiser off
/// for measuring what it gains.
fn optimizer_off_by_env() -> bool {
    static OFF: OnceLock<bool> = OnceLock::new();
    *OFF.get_or_init(|| std::env::var("KRAIT_NO_OPT").is_ok_and(|v| !v.is_empty() && v != "0"))
}

impl Default for Options {
    /// The process-wide defaults (see [`set_default_options`]).
    fn default() -> Self {
        Options {
            optimize: DEFAULT_OPTIMIZE.load(Ordering::Relaxed),
            optimizer: !OPTIMIZER_OFF.load(Ordering::Relaxed) && !optimizer_off_by_env(),
        }
    }
}
