//! The `__pycache__` side of importing a source module: the code comes from
//! `__pycache__/NAME.krait-01.pyc` when that file was written for exactly this source
//! and passes the verifier; otherwise the source is compiled and, unless
//! `sys.dont_write_bytecode` is true, the cache file is (re)written atomically (a
//! temporary file renamed over it). Failing to write is silent, as in CPython: a
//! read-only folder just means compiling every time. A stale, truncated, corrupted or
//! hostile cache file is never an error either, only a reason to compile.
//!
//! The format and its checks live in `krait_bytecode::cache`; the bytecode verifier in
//! `krait_compiler::verify`.

use std::path::Path;
use std::rc::Rc;

use krait_bytecode::{cache, CodeObject, Constant};
use krait_parser::SyntaxError;

use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// The code of the source module at `path` whose text is `source`: from its cache
    /// file when valid, else compiled from `source` (then cached when allowed).
    pub(crate) fn source_module_code(
        &mut self,
        path: &str,
        source: &str,
    ) -> Result<Rc<CodeObject>, SyntaxError> {
        let cache_file = cache::cache_path(Path::new(path));
        if let Some(code) = cache_file
            .as_deref()
            .and_then(|c| read_valid(c, path, source))
        {
            return Ok(code);
        }
        let code = krait_parser::parse_module(source)
            .and_then(|module| krait_compiler::compile_module(&module, source, path))?;
        if let Some(cache_file) = cache_file {
            if !self.dont_write_bytecode() {
                cache::write_atomically(&cache_file, &cache::write_cache(&code, source.as_bytes()));
            }
        }
        Ok(code)
    }

    /// `sys.dont_write_bytecode`, read at each import as CPython does (a program may set
    /// it); without a `sys` module, what the VM was started with.
    fn dont_write_bytecode(&mut self) -> bool {
        if let Some(&sys) = self.s.modules.get("sys") {
            let key = self.intern("dont_write_bytecode");
            if let Ok(v) = self.get_attr(Value::Obj(sys), key) {
                return self.truthy(v).unwrap_or(true);
            }
        }
        !self.write_bytecode
    }
}

/// The code in `cache_file` if it was written for `source`, decodes and verifies;
/// its file names are set to `path` (the tree may have moved since it was written).
fn read_valid(cache_file: &Path, path: &str, source: &str) -> Option<Rc<CodeObject>> {
    let bytes = std::fs::read(cache_file).ok()?;
    let mut code = cache::read_cache(&bytes, Some(source.as_bytes())).ok()?;
    krait_compiler::verify(&code).ok()?;
    if code.filename != path {
        set_filename(&mut code, path);
    }
    Some(Rc::new(code))
}

/// Renames the file of `code` and every code object nested in it.
pub(crate) fn set_filename(code: &mut CodeObject, path: &str) {
    code.filename = path.to_owned();
    for constant in &mut code.consts {
        if let Constant::Code(nested) = constant {
            set_filename(Rc::make_mut(nested), path);
        }
    }
}
