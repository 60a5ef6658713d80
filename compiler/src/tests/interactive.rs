//! Interactive (`single` mode) compilation: module-level expression statements show their
//! values through `PRINT_EXPR`; nested code and other statements are unchanged.

use krait_bytecode::{CodeObject, Constant, Instruction};

fn interactive(source: &str) -> std::rc::Rc<CodeObject> {
    let module = krait_parser::parse_module(source).expect("parses");
    let code = crate::compile_module_as(&module, source, "<stdin>", crate::Mode::Single)
        .expect("compiles");
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
    // One statement per piece of input: the expression inside `if` is shown, the one in the
    // function body is not.
    let code = interactive("if True:\n    x = 1\n    x + 1\n    def f():\n        x * 2\n");
    assert_eq!(print_exprs(&code), 1);
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
    let code = interactive("'doc?'\n");
    assert_eq!(print_exprs(&code), 1);
    assert!(!code.names.iter().any(|n| n == "__doc__"));
}

#[test]
fn files_compile_without_print_expr() {
    let source = "1 + 1\n'text'\n";
    let module = krait_parser::parse_module(source).expect("parses");
    let code = crate::compile_module(&module, source, "<file>").expect("compiles");
    assert_eq!(print_exprs(&code), 0);
}
