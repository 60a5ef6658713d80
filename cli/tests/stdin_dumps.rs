//! The stage dumps read standard input for `-`: `echo 'x = 1' | krait dis -`, under the
//! name `<stdin>`.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const KRAIT: &str = env!("CARGO_BIN_EXE_krait");

fn dump_stdin(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(KRAIT)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start krait");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(input.as_bytes()).expect("write stdin");
    drop(stdin);
    child.wait_with_output().expect("wait for krait")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn tokens_ast_and_dis_read_a_dash_as_stdin() {
    let tokens = dump_stdin(&["tokens", "-"], "x = 1\n");
    assert!(tokens.status.success(), "{}", text(&tokens.stderr));
    assert!(text(&tokens.stdout).contains("NAME           'x'"));
    let ast = dump_stdin(&["ast", "-"], "x = 1\n");
    assert_eq!(
        text(&ast.stdout),
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], \
         type_ignores=[])\n"
    );
    let dis = dump_stdin(&["dis", "-"], "def f(): pass\n");
    assert!(
        text(&dis.stdout).contains("<code object f, file \"<stdin>\", line 1>"),
        "{}",
        text(&dis.stdout)
    );
}

#[test]
fn a_syntax_error_on_stdin_is_reported_under_its_name() {
    let output = dump_stdin(&["ast", "-"], "x = (\n");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("<stdin>:1:5"),
        "{}",
        text(&output.stderr)
    );
}
