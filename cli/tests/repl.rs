//! The interactive prompt, driven through a real pseudo-terminal (rexpect): what a user
//! typing at `krait` sees. Expected texts follow CPython 3.11's prompt.

use std::path::PathBuf;
use std::process::Command;

use rexpect::process::WaitStatus;
use rexpect::session::{spawn_command, PtySession};

const KRAIT: &str = env!("CARGO_BIN_EXE_krait");

/// A scratch home folder (for the history file), removed when dropped.
struct Home(PathBuf);

impl Home {
    fn new(name: &str) -> Home {
        let dir = std::env::temp_dir().join(format!("krait-repl-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Home(dir)
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `krait ARGS` on a terminal, with `HOME` at `home` and a clean Python environment.
fn start(home: &Home, args: &[&str], env: &[(&str, &str)]) -> PtySession {
    let mut command = Command::new(KRAIT);
    command.args(args).env("HOME", &home.0).env("TERM", "xterm");
    for var in [
        "PYTHONSTARTUP",
        "PYTHONINSPECT",
        "PYTHONUNBUFFERED",
        "NO_COLOR",
    ] {
        command.env_remove(var);
    }
    for (k, v) in env {
        command.env(k, v);
    }
    spawn_command(command, Some(20_000)).expect("spawn krait on a pty")
}

/// A fresh primary prompt: `>>> ` at the start of a new line (after terminal control
/// sequences), not the prompt the line editor redraws while a line is typed.
const FRESH_PROMPT: &str = "\n(?:\x1b\\[[0-9;?]*[A-Za-z]|\r)*>>> ";

/// Types `line` and returns what the session printed up to the next fresh `>>> ` prompt.
fn enter(p: &mut PtySession, line: &str) -> String {
    p.send_line(line).unwrap();
    p.exp_regex(FRESH_PROMPT).unwrap().0
}

fn exit_code(p: &PtySession) -> Option<i32> {
    match p.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => Some(code),
        _ => None,
    }
}

#[test]
fn the_prompt_echoes_values_keeps_names_and_survives_errors() {
    let home = Home::new("basics");
    let mut p = start(&home, &[], &[]);
    let banner = p.exp_string(">>> ").unwrap();
    assert!(
        banner.contains("(Python 3.11.7 compatible) on linux"),
        "{banner}"
    );
    assert!(
        banner.contains(
            "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information."
        ),
        "{banner}"
    );
    assert!(enter(&mut p, "6 * 7").contains("42"));
    enter(&mut p, "x = 'spam'");
    assert!(enter(&mut p, "x").contains("'spam'"));
    assert!(enter(&mut p, "_ + '!'").contains("'spam!'"));
    let none = enter(&mut p, "None");
    assert!(!none.contains("None\r\n"), "None is not echoed: {none:?}");
    let error = enter(&mut p, "1/0");
    assert!(
        error.contains("File \"<stdin>\", line 1, in <module>"),
        "{error}"
    );
    assert!(
        error.contains("ZeroDivisionError: division by zero"),
        "{error}"
    );
    let syntax = enter(&mut p, "1 +* 2");
    assert!(
        syntax.contains("    1 +* 2\r\n       ^\r\nSyntaxError: invalid syntax"),
        "{syntax:?}"
    );
    assert!(
        enter(&mut p, "x").contains("'spam'"),
        "names survive errors"
    );
    p.send_line("exit()").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), Some(0));
}

#[test]
fn blocks_continue_until_a_blank_line() {
    let home = Home::new("blocks");
    let mut p = start(&home, &["-q"], &[]);
    p.exp_string(">>> ").unwrap();
    p.send_line("for i in range(3):").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("    print(i * 10)").unwrap();
    p.exp_string("... ").unwrap();
    let out = enter(&mut p, "");
    assert!(out.contains("0\r\n10\r\n20\r"), "{out:?}");
    p.send_line("(1,").unwrap();
    p.exp_string("... ").unwrap();
    assert!(enter(&mut p, " 2)").contains("(1, 2)"));
    p.send_line("import sys; sys.exit(4)").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), Some(4));
}

#[test]
fn ctrl_c_cancels_the_line_and_ctrl_d_leaves_with_status_0() {
    let home = Home::new("keys");
    let mut p = start(&home, &["-q"], &[]);
    p.exp_string(">>> ").unwrap();
    p.send_line("if True:").unwrap();
    p.exp_string("... ").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.exp_string(">>> ").unwrap();
    assert!(enter(&mut p, "'fresh'").contains("'fresh'"));
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), Some(0));
    let history = std::fs::read_to_string(home.0.join(".krait_history")).unwrap();
    assert!(history.contains("'fresh'"), "{history}");
}

#[test]
fn ctrl_c_interrupts_code_typed_at_the_prompt() {
    let home = Home::new("interrupt");
    let mut p = start(&home, &["-q"], &[]);
    p.exp_string(">>> ").unwrap();
    p.send_line("n = 0").unwrap();
    p.exp_regex(FRESH_PROMPT).unwrap();
    p.send_line("while True: n += 1").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    // The loop is running once the echoed blank line is through; give it a moment.
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    let (shown, _) = p.exp_regex(FRESH_PROMPT).unwrap();
    assert!(
        shown.contains("Traceback (most recent call last):"),
        "{shown}"
    );
    assert!(shown.contains("KeyboardInterrupt"), "{shown}");
    // The session goes on, with the loop's progress kept.
    assert!(enter(&mut p, "n > 0").contains("True"));
    // And a second interrupt works as the first did.
    p.send_line("while True: pass").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    assert!(p
        .exp_regex(FRESH_PROMPT)
        .unwrap()
        .0
        .contains("KeyboardInterrupt"));
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), Some(0));
}

#[test]
fn tab_completes_names_and_attributes() {
    let home = Home::new("complete");
    let mut p = start(&home, &["-q"], &[]);
    p.exp_string(">>> ").unwrap();
    enter(&mut p, "unique_name_for_test = [3, 1, 2]");
    p.send("unique_na\t").unwrap();
    p.flush().unwrap();
    p.exp_string("unique_name_for_test").unwrap();
    // Completed to `.sort`, the call sorts the list in place.
    p.send(".so\t").unwrap();
    p.flush().unwrap();
    p.send_line("(); unique_name_for_test").unwrap();
    p.exp_string("[1, 2, 3]").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn dash_i_runs_the_program_then_prompts_in_its_namespace() {
    let home = Home::new("inspect");
    let script = home.0.join("prog.py");
    std::fs::write(&script, "answer = 41 + 1\nprint('ran')\n").unwrap();
    let mut p = start(&home, &["-i", script.to_str().unwrap()], &[]);
    let before = p.exp_string(">>> ").unwrap();
    assert!(before.contains("ran"), "{before:?}");
    assert!(
        !before.contains("Krait"),
        "no banner after -i's program: {before:?}"
    );
    assert!(enter(&mut p, "answer").contains("42"));
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn pythonstartup_runs_before_the_first_prompt() {
    let home = Home::new("startup");
    let startup = home.0.join("startup.py");
    std::fs::write(&startup, "greeting = 'hello from startup'\n").unwrap();
    let mut p = start(
        &home,
        &["-q"],
        &[("PYTHONSTARTUP", startup.to_str().unwrap())],
    );
    p.exp_string(">>> ").unwrap();
    assert!(enter(&mut p, "greeting").contains("'hello from startup'"));
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn diagnostics_are_coloured_on_a_terminal_unless_no_color_is_set() {
    let home = Home::new("color");
    for (env, coloured) in [(&[][..], true), (&[("NO_COLOR", "1")][..], false)] {
        let mut p = start(&home, &["-c", "x = (1 +"], env);
        let shown = p.exp_eof().unwrap();
        assert!(shown.contains("SyntaxError"), "{shown:?}");
        assert_eq!(shown.contains("\x1b["), coloured, "{env:?}: {shown:?}");
        assert_eq!(exit_code(&p), Some(1));
    }
}
