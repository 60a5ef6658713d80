//! Fuzz target: arbitrary bytes, as text, through the parser, both AST dumps (text and
//! JSON) and the compiler. Nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = std::str::from_utf8(data) {
        if let Ok(module) = krait_parser::parse_module(source) {
            let lines = krait_ast::LineIndex::new(source);
            let options = krait_ast::DumpOptions {
                indent: Some(1),
                include_attributes: true,
            };
            let _ = krait_ast::dump(&module, &lines, &options);
            let _ = krait_ast::dump_json(&module, &lines, &options);
            let _ = krait_compiler::compile_module(&module, source, "<fuzz>");
        }
    }
});
