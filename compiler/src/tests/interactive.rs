//! Interactive (`single` mode) compilation: module-level expression statements show their
//! values through `PRINT_EXPR`; nested code and other statements are unchanged.

use krait_bytecode::{CodeObject, Constant, Instruction};

fn interactive(source: &str) -> std::rc::Rc<CodeObject> {
    let module = krait_parser::parse_module(source).expect("parses");
    let code = crate::compile_interactive(&module, source, "<stdin>").expect("compiles");
    crate::verify(&code).expect("valid code");
    code
}

fn print_exprs(code: &CodeObject) -> usize {
    code.instructions
        .iter()
        .filter(|i| matches!(i, Instruction::PrintExpr))
        .count()
}

#[test]
fn module_level_expressions_are_shown() {
    // Two at module level (also inside `if`), none for the assignment or the function body.
    let code = interactive("'doc?'\nx = 1\nif x:\n    x + 1\ndef f():\n    x * 2\n");
    assert_eq!(print_exprs(&code), 2);
    let nested: Vec<_> = code
        .consts
        .iter()
        .filter_map(|c| match c {
            Constant::Code(inner) => Some(print_exprs(inner)),
            _ => None,
        })
        .collect();
    assert_eq!(nested, vec![0]);
    // A string typed at the prompt is echoed, not taken for a docstring.
    assert!(!code.names.iter().any(|n| n == "__doc__"));
}

#[test]
fn files_compile_without_print_expr() {
    let source = "1 + 1\n'text'\n";
    let module = krait_parser::parse_module(source).expect("parses");
    let code = crate::compile_module(&module, source, "<file>").expect("compiles");
    assert_eq!(print_exprs(&code), 0);
}
