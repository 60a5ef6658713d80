//! `krait golden` end to end: the real binary on a scratch folder. A first run writes the
//! snapshots, a second passes, a changed program fails with a unified diff per changed
//! stage, `--update` accepts the change, and `--against` compares a run with CPython's.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

const KRAIT: &str = env!("CARGO_BIN_EXE_krait");

/// A fresh scratch folder, removed when dropped.
struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    fn new() -> Self {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("krait-golden-test-{}-{n}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        Scratch { dir }
    }

    fn write(&self, name: &str, contents: &str) {
        let path = self.dir.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap();
        }
        fs::write(path, contents).unwrap();
    }

    fn read(&self, name: &str) -> String {
        fs::read_to_string(self.dir.join(name)).unwrap()
    }

    fn exists(&self, name: &str) -> bool {
        self.dir.join(name).exists()
    }

    fn golden(&self, args: &[&str]) -> Output {
        Command::new(KRAIT)
            .arg("golden")
            .arg(&self.dir)
            .args(args)
            .output()
            .expect("run krait golden")
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn code(output: &Output) -> i32 {
    output.status.code().expect("krait golden exited normally")
}

const PROGRAM: &str = "def double(x):\n    return x * 2\n\nprint(double(21))\n";

#[test]
fn first_run_writes_snapshots_then_a_second_passes() {
    let scratch = Scratch::new();
    scratch.write("prog.py", PROGRAM);
    let first = scratch.golden(&[]);
    assert_eq!(code(&first), 0, "{}", stdout(&first));
    assert!(
        stdout(&first).contains("wrote    ") && stdout(&first).contains("tokens, ast, dis, run"),
        "{}",
        stdout(&first)
    );
    for stage in ["tokens", "ast", "dis", "run"] {
        assert!(scratch.exists(&format!("prog.{stage}.snap")), "no {stage}");
    }
    let run = scratch.read("prog.run.snap");
    assert!(
        run.ends_with("---\nexit status: 0\n--- stdout\n42\n--- stderr\n"),
        "{run}"
    );
    assert!(run.contains("input_file: prog.py"), "{run}");
    assert!(scratch.read("prog.dis.snap").contains("BINARY_OP"));

    let second = scratch.golden(&[]);
    assert_eq!(code(&second), 0, "{}", stdout(&second));
    assert!(stdout(&second).contains("ok       "), "{}", stdout(&second));
    assert!(stdout(&second).ends_with("1 file: 1 ok, 0 differ\n"));
}

#[test]
fn a_change_prints_a_unified_diff_per_stage_and_fails_until_updated() {
    let scratch = Scratch::new();
    scratch.write("prog.py", PROGRAM);
    assert_eq!(code(&scratch.golden(&[])), 0);
    scratch.write("prog.py", &PROGRAM.replace("x * 2", "x * 3"));
    let changed = scratch.golden(&[]);
    let out = stdout(&changed);
    assert_eq!(code(&changed), 1, "{out}");
    // Every stage sees the change: the token and the constant, the tree, the output.
    assert!(out.contains("changed  "), "{out}");
    for stage in ["tokens", "ast", "dis", "run"] {
        assert!(
            out.contains(&format!("prog.{stage}.snap\n+++ ")),
            "{stage}: {out}"
        );
    }
    assert!(out.contains("\n-42\n+63\n"), "{out}");
    assert!(out.contains("@@ "), "{out}");
    // The snapshots are left alone until --update.
    assert!(scratch.read("prog.run.snap").contains("\n42\n"));
    let updated = scratch.golden(&["--update"]);
    assert_eq!(code(&updated), 0, "{}", stdout(&updated));
    assert!(scratch.read("prog.run.snap").contains("\n63\n"));
    assert_eq!(code(&scratch.golden(&[])), 0);
}

#[test]
fn stages_can_be_chosen_and_stale_snapshots_are_reported() {
    let scratch = Scratch::new();
    scratch.write("sub/a.py", "print('a')\n");
    let first = scratch.golden(&["--stages", "dis,run"]);
    assert_eq!(code(&first), 0, "{}", stdout(&first));
    assert!(scratch.exists("sub/a.dis.snap") && scratch.exists("sub/a.run.snap"));
    assert!(!scratch.exists("sub/a.tokens.snap"));
    // The program stops compiling: its disassembly snapshot is stale, the run changed.
    scratch.write("sub/a.py", "print('a'\n");
    let broken = scratch.golden(&["--stages", "dis,run"]);
    let out = stdout(&broken);
    assert_eq!(code(&broken), 1, "{out}");
    assert!(
        out.contains("stale    ") && out.contains("a.dis.snap"),
        "{out}"
    );
    assert!(out.contains("+exit status: 1"), "{out}");
    assert!(
        out.contains("+SyntaxError") || out.contains("+error: SyntaxError"),
        "{out}"
    );
    let updated = scratch.golden(&["--stages", "dis,run", "--update"]);
    assert_eq!(code(&updated), 0, "{}", stdout(&updated));
    assert!(!scratch.exists("sub/a.dis.snap"));
    let unknown = scratch.golden(&["--stages", "tokens,bytecode"]);
    assert_eq!(code(&unknown), 2);
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("unknown stage 'bytecode'"));
}

#[test]
fn snapshots_do_not_depend_on_where_golden_runs() {
    let scratch = Scratch::new();
    scratch.write("t.py", "import sys\nprint(sys.argv[0])\n1 / 0\n");
    assert_eq!(code(&scratch.golden(&[])), 0);
    let run = scratch.read("t.run.snap");
    assert!(run.contains("--- stdout\nt.py\n"), "{run}");
    assert!(run.contains("File \"t.py\", line 3"), "{run}");
    assert!(run.contains("ZeroDivisionError: division by zero"), "{run}");
    // From inside the folder, naming the file alone: the same snapshots.
    let output = Command::new(KRAIT)
        .args(["golden", "t.py"])
        .current_dir(&scratch.dir)
        .output()
        .unwrap();
    assert_eq!(code(&output), 0, "{}", stdout(&output));
}

/// A CPython on the PATH, if there is one.
fn python3() -> Option<&'static str> {
    let found = Command::new("python3").args(["-c", "pass"]).output();
    found.ok().filter(|o| o.status.success()).map(|_| "python3")
}

#[test]
fn against_python3_compares_the_run() {
    let Some(python) = python3() else {
        eprintln!("no python3 on PATH: skipped");
        return;
    };
    let scratch = Scratch::new();
    scratch.write(
        "same.py",
        "print(sorted({'b', 'a'}))\nraise KeyError('k')\n",
    );
    let same = scratch.golden(&["--against", python]);
    assert_eq!(code(&same), 0, "{}", stdout(&same));
    // Against an "interpreter" that prints something else, the run differs.
    let fake = scratch.dir.join("fake-python");
    fs::write(&fake, "#!/bin/sh\necho other\nexit 3\n").unwrap();
    let mut permissions = fs::metadata(&fake).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
    fs::set_permissions(&fake, permissions).unwrap();
    let fake = fake.to_string_lossy().into_owned();
    let differs = scratch.golden(&["--against", &fake]);
    let out = stdout(&differs);
    assert_eq!(code(&differs), 1, "{out}");
    assert!(
        out.contains("differs  ") && out.contains("same.py"),
        "{out}"
    );
    assert!(out.contains("-exit status: 3\n+exit status: 1\n"), "{out}");
    assert!(out.contains("-other\n+['a', 'b']\n"), "{out}");
    assert!(out.contains("+KeyError: 'k'\n"), "{out}");
    let missing = scratch.golden(&["--against", "no-such-python-here"]);
    assert_eq!(code(&missing), 1);
    assert!(stdout(&missing).contains("cannot run no-such-python-here"));
}

#[test]
fn a_path_that_does_not_exist_is_a_usage_error() {
    let output = Command::new(KRAIT)
        .args(["golden", "/no/such/dir/krait-golden"])
        .output()
        .unwrap();
    assert_eq!(code(&output), 2);
    assert!(!Path::new("/no/such/dir").exists());
}

#[test]
fn the_symtable_stage_keeps_what_cpythons_symtable_module_reports() {
    let scratch = Scratch::new();
    scratch.write(
        "scopes.py",
        "count = 0\n\ndef bump(n):\n    return count + n\n",
    );
    let first = scratch.golden(&["--stages", "symtable"]);
    assert_eq!(code(&first), 0, "{}", stdout(&first));
    let table = scratch.read("scopes.symtable.snap");
    assert!(table.contains("krait symtable scopes.py"), "{table}");
    assert!(table.contains("function bump line 3 optimized"), "{table}");
    assert!(
        table.contains("count: global_implicit referenced"),
        "{table}"
    );

    // Making `count` a local changes the table, and only the table is compared.
    scratch.write(
        "scopes.py",
        "count = 0\n\ndef bump(n):\n    count = 1\n    return count + n\n",
    );
    let changed = scratch.golden(&["--stages", "symtable"]);
    assert_eq!(code(&changed), 1, "{}", stdout(&changed));
    assert!(
        stdout(&changed).contains("+    count: local referenced assigned"),
        "{}",
        stdout(&changed)
    );
}
