//! Golden tests of the optimiser, one per rewrite: each snapshot shows the disassembly with
//! the optimiser and without it (`krait dis` and `krait dis --no-opt`), and every code
//! object is checked by [`crate::verify`].

use krait_bytecode::{CodeObject, Constant, Instruction};

use crate::{compile_module_with, Mode, Options};

fn compile(source: &str, optimize: u8, optimizer: bool) -> std::rc::Rc<CodeObject> {
    let module = krait_parser::parse_module(source).expect("test source parses");
    let options = Options {
        optimize,
        optimizer,
    };
    let code = compile_module_with(&module, source, "<test>", Mode::Exec, options)
        .unwrap_or_else(|e| panic!("compile error: {e}"));
    if let Err(problem) = crate::verify(&code) {
        panic!("invalid code object: {problem}\n{code}");
    }
    code
}

/// Both disassemblies of `source`, optimised first.
fn both(source: &str) -> String {
    format!(
        "--- optimised\n{}\n--- unoptimised\n{}",
        compile(source, 0, true),
        compile(source, 0, false)
    )
}

macro_rules! opt_test {
    ($name:ident, $source:expr) => {
        #[test]
        fn $name() {
            let source: &str = $source;
            insta::with_settings!({ description => source, omit_expression => true }, {
                insta::assert_snapshot!(both(source));
            });
        }
    };
}

opt_test!(
    folds_numbers,
    "x = 2 ** 10\ny = 3 * 4 + 1 - 2\nz = 7 // 2, 7 % -3, 1 / 4, 1.5 * 2\nw = 1 + 2j\n"
);
opt_test!(
    folds_unary_minus_and_not,
    "x = -(3 * 4)\ny = ~5\nz = not 0\nw = +2.5\n"
);
opt_test!(
    folds_strings_and_bytes,
    "s = 'ab' * 3 + 'c'\nb = b'x' + b'y' * 2\n"
);
opt_test!(
    folds_tuples_of_constants,
    "t = (1, 2 + 3, ('a', 'b' * 2))\nu = (1, 2) + (3,)\nv = (0,) * 3\n"
);
opt_test!(
    respects_size_limits,
    "s = 'a' * 10 ** 9\nn = 2 ** 100000\nt = (1,) * 1000\nk = 1 << 200\n"
);
opt_test!(
    never_folds_what_raises,
    "a = 1 / 0\nb = 1 // 0\nc = 0 ** -1\nd = 1 << -1\ne = 'a' + 1\nf = 'x%s' % 1\n"
);
opt_test!(
    if_on_folded_constant,
    "if 1 + 1:\n    print('yes')\nelse:\n    print('no')\nif 2 * 0:\n    print('never')\n"
);
opt_test!(
    while_on_folded_constant,
    "while 0 * 5:\n    print('never')\nwhile 1 + 0:\n    break\n"
);
opt_test!(
    dead_code_after_return,
    "def f():\n    return 1\n    print('dead')\ndef g():\n    raise ValueError\n    x = 2\n"
);
opt_test!(threads_jumps, "def f(a, b):\n    if a:\n        if b:\n            x = 1\n        else:\n            x = 2\n    else:\n        x = 3\n    return x\n");
opt_test!(
    copies_return_exits,
    "def f(a):\n    if a:\n        x = 1\n    else:\n        x = 2\n"
);
opt_test!(
    removes_nops,
    "x = 1 + 2 + 3 + 4\nmatch x:\n    case _:\n        pass\n"
);

/// The constants of the module code of `source`, optimised.
fn consts(source: &str) -> Vec<Constant> {
    compile(source, 0, true).consts.clone()
}

#[test]
fn folded_values_equal_python_results() {
    use Constant::*;
    assert!(consts("x = 2 ** 10").contains(&Int(1024)));
    assert!(consts("x = -7 // 2").contains(&Int(-4)));
    assert!(consts("x = -7 % 3").contains(&Int(2)));
    assert!(consts("x = 7.5 // -2").contains(&Float(-4.0)));
    assert!(consts("x = -7.5 % 2").contains(&Float(0.5)));
    assert!(consts("x = 2 ** -1").contains(&Float(0.5)));
    assert!(consts("x = -1 >> 3").contains(&Int(-1)));
    assert!(consts("x = 'ab' * 2").contains(&Str("abab".into())));
    assert!(consts("x = 'ab' * -2").contains(&Str(String::new())));
    assert!(consts("x = 1 + 2j").contains(&Complex {
        real: 1.0,
        imag: 2.0
    }));
}

#[test]
fn big_or_raising_operations_stay_operations() {
    for source in [
        "x = 'a' * 10 ** 9",
        "x = 2 ** 100000",
        "x = 1 / 0",
        "x = 1 % 0",
        "x = 0 ** -1",
        "x = 1 << -1",
        "x = (1,) * 1000",
        "x = True + 1",
    ] {
        let code = compile(source, 0, true);
        assert!(
            code.instructions
                .iter()
                .any(|i| matches!(i, Instruction::BinaryOp(_))),
            "{source} was folded:\n{code}"
        );
    }
}

#[test]
fn optimize_level_drops_asserts_and_docstrings() {
    let source = "'''doc'''\ndef f():\n    '''fdoc'''\n    assert g(), 'm'\n    if __debug__:\n        h()\n";
    let docs = |level: u8| {
        let code = compile(source, level, true);
        let module_doc = code.consts.contains(&Constant::Str("doc".into()));
        let f = code.nested().next().expect("f's code").clone();
        let f_doc = f.consts.first() == Some(&Constant::Str("fdoc".into()));
        (code.to_string(), module_doc, f_doc)
    };
    let (plain, module_doc, f_doc) = docs(0);
    assert!(plain.contains("LOAD_ASSERTION_ERROR") && plain.contains("(h)"));
    assert!(module_doc && f_doc);
    let (o1, module_doc, f_doc) = docs(1);
    assert!(!o1.contains("LOAD_ASSERTION_ERROR") && !o1.contains("(h)") && !o1.contains("(g)"));
    assert!(module_doc && f_doc);
    let (_, module_doc, f_doc) = docs(2);
    assert!(!module_doc && !f_doc);
}
