//! What CPython's `site` module does to builtins at startup, unless `-S`: the bundled
//! `_sitebuiltins` module (Python, in `stdlib`) adds `exit`, `quit`, `help`, `copyright`,
//! `credits` and `license` to `builtins` when it is imported.

use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Imports `_sitebuiltins`. A failure leaves builtins without those names, as CPython's
    /// would without `site`; it is not the program's error, so it is not reported.
    pub(crate) fn install_site_builtins(&mut self) {
        let name = self.intern("_sitebuiltins");
        let _ = self.import_name(name, Value::None, Value::Int(0));
    }
}
