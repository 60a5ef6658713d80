//! `krait trace`: the instruction trace goes to stderr (or `--output FILE`), the program's
//! own stdout is unchanged.

use std::fs;
use std::process::{Command, Output};

const KRAIT: &str = env!("CARGO_BIN_EXE_krait");

const PROGRAM: &str = "def add(a, b):\n    c = a + b\n    return c\n\nx = add(1, 2)\nprint(x)\n";

fn scratch(name: &str, contents: &str) -> (std::path::PathBuf, String) {
    let dir = std::env::temp_dir().join(format!("krait-trace-test-{}-{name}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let path = dir.join("prog.py");
    fs::write(&path, contents).unwrap();
    (dir, path.to_string_lossy().into_owned())
}

fn run(args: &[&str]) -> Output {
    Command::new(KRAIT).args(args).output().expect("run krait")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The trace line of instruction `pc` of code `name`, with the stack it leaves.
fn line_of<'a>(trace: &'a str, name: &str, pc: u32) -> &'a str {
    let prefix = format!(":{name}:");
    trace
        .lines()
        .find(|l| {
            l.contains(&prefix)
                && l.split_whitespace()
                    .nth(1)
                    .and_then(|p| p.parse::<u32>().ok())
                    == Some(pc)
        })
        .unwrap_or_else(|| panic!("no line for {name} pc {pc} in:\n{trace}"))
}

#[test]
fn walks_load_fast_binary_op_store_fast() {
    let (dir, path) = scratch("walk", PROGRAM);
    let out = run(&["trace", &path]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "3\n");
    let trace = text(&out.stderr);
    let l0 = line_of(&trace, "add", 0);
    assert!(l0.starts_with("1:add:2 "), "{l0}");
    assert!(
        l0.contains("LOAD_FAST 0 (a)") && l0.ends_with("[1]"),
        "{l0}"
    );
    let l1 = line_of(&trace, "add", 1);
    assert!(
        l1.contains("LOAD_FAST 1 (b)") && l1.ends_with("[1, 2]"),
        "{l1}"
    );
    let l2 = line_of(&trace, "add", 2);
    assert!(
        l2.contains("BINARY_OP 0 (+)") && l2.ends_with("[3]"),
        "{l2}"
    );
    let l3 = line_of(&trace, "add", 3);
    assert!(
        l3.contains("STORE_FAST 2 (c)") && l3.ends_with("[]"),
        "{l3}"
    );
    let call = line_of(&trace, "<module>", 7);
    assert!(
        call.contains("CALL 2") && call.ends_with("(call)"),
        "{call}"
    );
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn calls_only_shows_depth() {
    let (dir, path) = scratch("calls", PROGRAM);
    let out = run(&["trace", "--calls", &path]);
    assert_eq!(text(&out.stdout), "3\n");
    let trace = text(&out.stderr);
    assert!(trace.contains("call <module> (prog.py:1)\n"), "{trace}");
    assert!(
        trace.contains("  call add (prog.py:1)\n  return add -> 3\n"),
        "{trace}"
    );
    assert!(!trace.contains("LOAD_FAST"), "{trace}");
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn only_and_limit_and_output() {
    let (dir, path) = scratch("only", PROGRAM);
    let out = run(&["trace", "--only", "add", &path]);
    let trace = text(&out.stderr);
    assert!(trace.lines().all(|l| l.contains(":add:")), "{trace}");
    assert_eq!(trace.lines().count(), 6, "{trace}");

    let out = run(&["trace", "--limit", "3", &path]);
    let trace = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "", "the program stops before print");
    assert!(
        trace.ends_with("-- limit of 3 instructions reached\n"),
        "{trace}"
    );
    assert_eq!(trace.lines().count(), 4, "{trace}");

    let file = dir.join("trace.txt");
    let file_s = file.to_string_lossy().into_owned();
    let out = run(&["trace", "-o", &file_s, &path, "arg1"]);
    assert_eq!(text(&out.stdout), "3\n");
    assert_eq!(text(&out.stderr), "");
    let written = fs::read_to_string(&file).unwrap();
    assert!(written.contains("BINARY_OP 0 (+)"), "{written}");
    let _ = fs::remove_dir_all(dir);
}
