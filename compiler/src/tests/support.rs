//! Helpers shared by the compiler tests: parse and compile source, check the result with
//! [`crate::verify`], and render it with the disassembler.

use std::rc::Rc;

use krait_bytecode::CodeObject;

use crate::{compile_module_with, Mode, Options};

/// The code generator's own output: these tests pin the shapes it emits, and the
/// optimiser's rewrites have their own golden tests (`crate::optimize::tests`).
fn compile_module(
    module: &krait_ast::Module,
    source: &str,
    filename: &str,
) -> Result<Rc<CodeObject>, krait_ast::SyntaxError> {
    let options = Options {
        optimize: 0,
        optimizer: false,
    };
    compile_module_with(module, source, filename, Mode::Exec, options)
}

/// Parses and compiles `source`, panicking (failing the test) on any error or on a code
/// object that breaks the VM's invariants.
pub(crate) fn compile(source: &str) -> Rc<CodeObject> {
    let module = krait_parser::parse_module(source)
        .unwrap_or_else(|e| panic!("test source does not parse: {e}\n{source}"));
    let code = compile_module(&module, source, "<test>")
        .unwrap_or_else(|e| panic!("compile error: {e} at {:?}\n{source}", e.range));
    if let Err(problem) = crate::verify(&code) {
        panic!("invalid code object: {problem}\n{code}");
    }
    code
}

/// The disassembly of `source`'s module code and everything nested in it.
pub(crate) fn dis(source: &str) -> String {
    compile(source).to_string()
}

/// The error compiling `source` (which must parse): message and the source text it
/// points at.
pub(crate) fn compile_error(source: &str) -> (String, String) {
    let module = krait_parser::parse_module(source)
        .unwrap_or_else(|e| panic!("test source does not parse: {e}\n{source}"));
    let error = compile_module(&module, source, "<test>").expect_err("should not compile");
    let start = usize::from(error.range.start());
    let end = usize::from(error.range.end());
    (error.message, source[start..end].to_owned())
}

/// A snapshot test of the disassembly of a snippet; the snapshot's description is the
/// source, so each `.snap` file reads on its own.
macro_rules! dis_test {
    ($name:ident, $source:expr) => {
        #[test]
        fn $name() {
            let source: &str = $source;
            insta::with_settings!({ description => source, omit_expression => true }, {
                insta::assert_snapshot!($crate::tests::support::dis(source));
            });
        }
    };
}
pub(crate) use dis_test;
