//! The standard streams of the real binary: reading stdin through the text and binary
//! layers, and `PYTHONIOENCODING`. Expected texts are what `python3` 3.11 prints for the same
//! programs and input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const KRAIT: &str = env!("CARGO_BIN_EXE_krait");

/// `krait -c CODE` with `input` on stdin and `env` added to the environment.
fn run(code: &str, input: &[u8], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(KRAIT);
    command
        .args(["-c", code])
        .env_remove("PYTHONIOENCODING")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        command.env(k, v);
    }
    let mut child = command.spawn().expect("run krait");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn last_stderr_line(output: &Output) -> String {
    let text = String::from_utf8_lossy(&output.stderr).into_owned();
    text.lines().last().unwrap_or_default().to_owned()
}

#[test]
fn for_line_in_stdin_reads_lines_with_their_ends() {
    let code = "import sys\nfor line in sys.stdin:\n    print(repr(line))";
    let output = run(code, "é\nxy\nz".as_bytes(), &[]);
    assert_eq!(stdout(&output), "'é\\n'\n'xy\\n'\n'z'\n");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn stdin_reads_lines_characters_and_bytes() {
    let lines = run("import sys; print(sys.stdin.readlines())", b"a\nb", &[]);
    assert_eq!(stdout(&lines), "['a\\n', 'b']\n");
    let binary = run(
        "import sys; print(sys.stdin.buffer.read())",
        "é\nz".as_bytes(),
        &[],
    );
    assert_eq!(stdout(&binary), "b'\\xc3\\xa9\\nz'\n");
    // Characters, not bytes: the two-byte é counts once.
    let chars = run(
        "import sys; print(repr(sys.stdin.read(2)), repr(sys.stdin.readline()))",
        "éa\nb\n".as_bytes(),
        &[],
    );
    assert_eq!(stdout(&chars), "'éa' '\\n'\n");
    let binary_lines = run(
        "import sys; print(list(sys.stdin.buffer), sys.stdin.buffer.readline())",
        b"1\n2\n",
        &[],
    );
    assert_eq!(stdout(&binary_lines), "[b'1\\n', b'2\\n'] b''\n");
}

#[test]
fn pythonioencoding_sets_the_streams_encoding_and_errors() {
    let code =
        "import sys\nprint(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors)\nprint('é')";
    let latin = run(code, b"", &[("PYTHONIOENCODING", "latin-1")]);
    assert_eq!(latin.stdout, b"iso8859-1 strict backslashreplace\n\xe9\n");
    let replace = run(code, b"", &[("PYTHONIOENCODING", "ascii:replace")]);
    assert_eq!(stdout(&replace), "ascii replace backslashreplace\n?\n");
    let strict = run("print('\u{20ac}')", b"", &[("PYTHONIOENCODING", "latin-1")]);
    assert_eq!(strict.status.code(), Some(1));
    assert_eq!(
        last_stderr_line(&strict),
        "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)"
    );
}
