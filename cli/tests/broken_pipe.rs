//! A closed stdout pipe (`krait x.py | head -1`): the program gets `BrokenPipeError` as
//! under CPython 3.11, and the exit status and stderr are CPython's (checked by hand against
//! `python3` with `PYTHONUNBUFFERED` unset: 1 with the traceback when the error escapes a
//! write, 0 when the program catches it, 120 with `Exception ignored in: …` when only the
//! last flush at exit fails).
//!
//! Each program first waits for a line on stdin; the test closes its end of the stdout
//! pipe before sending it, so every write of the program meets a pipe without a reader.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const KRAIT: &str = env!("CARGO_BIN_EXE_krait");

/// Runs `code` with `args` and stdout a pipe whose reader has gone.
fn run_with_closed_stdout(args: &[&str], code: &str) -> Output {
    let mut child = Command::new(KRAIT)
        .args(args)
        .args(["-c", &format!("input()\n{code}")])
        .env_remove("PYTHONUNBUFFERED")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start krait");
    drop(child.stdout.take());
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(b"go\n").expect("write stdin");
    drop(stdin);
    child.wait_with_output().expect("wait for krait")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The exit status; a signal (SIGPIPE not ignored) fails the test.
fn status(output: &Output) -> i32 {
    output
        .status
        .code()
        .unwrap_or_else(|| panic!("killed by a signal: {:?}", output.status))
}

const IGNORED: &str = "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' \
                       encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n";

#[test]
fn an_uncaught_broken_pipe_ends_with_its_traceback_and_status_1() {
    let output = run_with_closed_stdout(&[], "for i in range(100000):\n    print(i)\n");
    assert_eq!(status(&output), 1, "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n\
         BrokenPipeError: [Errno 32] Broken pipe\n"
    );
}

#[test]
fn a_program_can_catch_it_and_its_buffer_is_dropped() {
    let code = "import sys\ntry:\n    for i in range(100000):\n        print(i)\n\
                except BrokenPipeError as e:\n    \
                print('caught', type(e).__name__, e.errno, e.strerror, e.args, file=sys.stderr)\n\
                sys.stdout.flush()\nprint('on stderr', file=sys.stderr)\n";
    let output = run_with_closed_stdout(&[], code);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        "caught BrokenPipeError 32 Broken pipe (32, 'Broken pipe')\non stderr\n"
    );
}

#[test]
fn output_still_buffered_at_exit_is_reported_and_the_status_is_120() {
    let output = run_with_closed_stdout(&[], "print('small')\n");
    assert_eq!(status(&output), 120);
    assert_eq!(stderr(&output), IGNORED);
    // Whatever status the program asked for.
    let output = run_with_closed_stdout(&[], "import sys\nprint('small')\nsys.exit(3)\n");
    assert_eq!(status(&output), 120);
    assert_eq!(stderr(&output), IGNORED);
}

#[test]
fn an_explicit_flush_raises_and_keeps_the_text_for_the_exit_to_report() {
    let output = run_with_closed_stdout(&[], "print('x', flush=True)\n");
    assert_eq!(status(&output), 120);
    assert_eq!(
        stderr(&output),
        format!(
            "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\n\
             BrokenPipeError: [Errno 32] Broken pipe\n{IGNORED}"
        )
    );
    let code = "import sys\nsys.stdout.write('x')\nsys.stdout.flush()\n";
    let output = run_with_closed_stdout(&[], code);
    assert_eq!(status(&output), 120);
    assert!(
        stderr(&output).contains("line 4, in <module>\n"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn unbuffered_output_raises_at_the_first_write() {
    let output = run_with_closed_stdout(&["-u"], "import sys\nsys.stdout.write('a')\n");
    assert_eq!(status(&output), 1, "{}", stderr(&output));
    assert!(
        stderr(&output).ends_with("line 3, in <module>\nBrokenPipeError: [Errno 32] Broken pipe\n"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn nothing_written_means_nothing_to_report() {
    let output = run_with_closed_stdout(&[], "x = 1\n");
    assert_eq!(status(&output), 0);
    assert_eq!(stderr(&output), "");
}
