//! `-O`, `-OO`, `krait dis --no-opt` and `krait symtable`, through the binary.

use std::fs;
use std::path::PathBuf;
use std::process::{Command, Output};

const KRAIT: &str = env!("CARGO_BIN_EXE_krait");

fn krait(args: &[&str]) -> Output {
    Command::new(KRAIT).args(args).output().expect("run krait")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A file with `contents` in a fresh scratch folder of this test.
fn scratch_file(test: &str, contents: &str) -> String {
    let dir: PathBuf =
        std::env::temp_dir().join(format!("krait-optimize-{}-{test}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let path = dir.join("prog.py");
    fs::write(&path, contents).unwrap();
    path.to_string_lossy().into_owned()
}

const PROGRAM: &str = "\"\"\"Module doc.\"\"\"\n\
def f():\n    \"\"\"f doc.\"\"\"\n    return 1\n\
class C:\n    \"\"\"C doc.\"\"\"\n\
print(__debug__)\n\
if __debug__:\n    print('debug block')\n\
try:\n    assert False, 'asserted'\n    print('assert skipped')\nexcept AssertionError as e:\n    print('AssertionError', e)\n\
print(__doc__, f.__doc__, C.__doc__)\n\
print(compile('assert 0', 's', 'exec', optimize=1) is not None)\n\
try:\n    exec(compile('assert 0', 's', 'exec', optimize=0))\nexcept AssertionError:\n    print('optimize=0 asserts')\n\
exec(compile('assert 0', 's', 'exec', optimize=2))\n\
try:\n    compile('1', 's', 'eval', optimize=3)\nexcept ValueError as e:\n    print('ValueError', e)\n";

#[test]
fn without_o_asserts_run_and_docstrings_stay() {
    let path = scratch_file("plain", PROGRAM);
    let out = krait(&[&path]);
    assert_eq!(
        stdout(&out),
        "True\ndebug block\nAssertionError asserted\nModule doc. f doc. C doc.\nTrue\n\
         optimize=0 asserts\nValueError compile(): invalid optimize value\n"
    );
}

#[test]
fn dash_o_drops_asserts_and_debug_blocks() {
    let path = scratch_file("o1", PROGRAM);
    let out = krait(&["-O", &path]);
    assert_eq!(
        stdout(&out),
        "False\nassert skipped\nModule doc. f doc. C doc.\nTrue\n\
         optimize=0 asserts\nValueError compile(): invalid optimize value\n"
    );
}

#[test]
fn dash_oo_also_drops_docstrings() {
    let path = scratch_file("o2", PROGRAM);
    let out = krait(&["-OO", &path]);
    assert_eq!(
        stdout(&out),
        "False\nassert skipped\nNone None None\nTrue\n\
         optimize=0 asserts\nValueError compile(): invalid optimize value\n"
    );
}

#[test]
fn dis_no_opt_shows_the_code_before_folding() {
    let path = scratch_file("dis", "x = 2 ** 10\n");
    let optimized = stdout(&krait(&["dis", &path]));
    let plain = stdout(&krait(&["dis", "--no-opt", &path]));
    assert!(
        optimized.contains("(1024)") && !optimized.contains("BINARY_OP"),
        "{optimized}"
    );
    assert!(
        plain.contains("BINARY_OP") && !plain.contains("(1024)"),
        "{plain}"
    );
}

#[test]
fn symtable_prints_scopes_and_symbols() {
    let path = scratch_file(
        "symtable",
        "def f(a):\n    def g():\n        return a\n    return g\n",
    );
    let out = krait(&["symtable", &path]);
    assert_eq!(
        stdout(&out),
        "module top line 0 children\n  f: local assigned namespace\n  \
         function f line 1 optimized children\n    a: cell parameter\n    \
         g: local referenced assigned namespace\n    function g line 2 optimized nested\n      \
         a: free referenced\n"
    );
}
