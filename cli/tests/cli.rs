//! End-to-end tests of the `krait` binary: exit statuses, argument handling, diagnostics,
//! stage dumps, deep recursion and memory use. Expected texts were checked against
//! CPython 3.11.

use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

const KRAIT: &str = env!("CARGO_BIN_EXE_krait");

/// A file in a fresh scratch directory, removed when dropped.
struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    fn new() -> Self {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("krait-cli-test-{}-{n}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        Scratch { dir }
    }

    fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> String {
        let path = self.dir.join(name);
        fs::write(&path, contents).unwrap();
        path.to_string_lossy().into_owned()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

fn krait(args: &[&str]) -> Output {
    Command::new(KRAIT).args(args).output().expect("run krait")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The exit status; a signal (abort, stack overflow) fails the test.
fn status(output: &Output) -> i32 {
    output.status.code().unwrap_or_else(|| {
        panic!(
            "krait died from a signal: {:?}\nstderr: {}",
            output.status,
            stderr(output)
        )
    })
}

fn assert_no_panic(output: &Output) {
    let err = stderr(output);
    assert!(!err.contains("panicked"), "krait panicked:\n{err}");
}

#[test]
fn runs_a_string_with_dash_c() {
    let output = krait(&["-c", "print(6 * 7)"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "42\n");
}

#[test]
fn passes_sys_argv_for_dash_c() {
    let output = krait(&["-c", "import sys; print(sys.argv)", "a", "-b", "--c"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "['-c', 'a', '-b', '--c']\n");
}

#[test]
fn passes_sys_argv_for_a_file() {
    let scratch = Scratch::new();
    let path = scratch.file(
        "prog.py",
        "import sys\nprint(sys.argv[1:], sys.argv[0].endswith('prog.py'))\n",
    );
    let output = krait(&[&path, "x", "--y", "-z"]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "['x', '--y', '-z'] True\n");
}

#[test]
fn a_script_runs_under_its_absolute_path_and_argv_keeps_the_path_given() {
    let scratch = Scratch::new();
    scratch.file(
        "where.py",
        "import sys\nprint(__file__, sys.argv[0])\nraise SystemExit(sys.argv[1])\n",
    );
    let dir = scratch.dir.to_string_lossy().into_owned();
    let output = krait_in(&scratch.dir, &["./where.py", "bye"], &[]);
    // As CPython 3.9+: the working folder joined on, not normalised.
    assert_eq!(stdout(&output), format!("{dir}/./where.py ./where.py\n"));
    assert_eq!(status(&output), 1);
    scratch.file("oops.py", "def f():\n    1/0\nf()\n");
    let output = krait_in(&scratch.dir, &["oops.py"], &[]);
    assert!(
        stderr(&output).contains(&format!("File \"{dir}/oops.py\", line 2, in f")),
        "{}",
        stderr(&output)
    );
}

/// A command line's options, its environment, and what `print(*sys.flags)` shows for it.
type FlagsCase<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], &'a str);

#[test]
fn sys_flags_report_the_command_line_as_in_cpython() {
    // Expected texts are python3 3.11's for the same command lines.
    let cases: [FlagsCase; 6] = [
        (&[], &[], "0 0 0 0 0 0 0 0 0 0 0 1 0 False 0 0 False -1"),
        (
            &["-I", "-OO", "-B", "-q"],
            &[],
            "0 0 0 2 1 1 0 1 0 0 1 1 1 False 0 0 True -1",
        ),
        (
            &["-s", "-S", "-E", "-i"],
            &[],
            "0 1 1 0 0 1 1 1 0 0 0 1 0 False 0 0 False -1",
        ),
        (
            &["-P", "-X", "dev", "-X", "utf8", "-d", "-b"],
            &[("PYTHONHASHSEED", "0")],
            "1 0 0 0 0 0 0 0 0 1 0 0 0 True 1 0 True -1",
        ),
        // The environment's forms of the same settings.
        (
            &[],
            &[
                ("PYTHONINSPECT", "1"),
                ("PYTHONDONTWRITEBYTECODE", "1"),
                ("PYTHONNOUSERSITE", "1"),
                ("PYTHONSAFEPATH", "1"),
            ],
            "0 1 0 0 1 1 0 0 0 0 0 1 0 False 0 0 True -1",
        ),
        // -E ignores them.
        (
            &["-E"],
            &[("PYTHONINSPECT", "1"), ("PYTHONDONTWRITEBYTECODE", "1")],
            "0 0 0 0 0 0 0 1 0 0 0 1 0 False 0 0 False -1",
        ),
    ];
    for (flags, env, expected) in cases {
        let mut command = Command::new(KRAIT);
        command
            .args(flags)
            .args(["-c", "import sys; print(*sys.flags); raise SystemExit"]);
        for (name, _) in std::env::vars() {
            if name.starts_with("PYTHON") {
                command.env_remove(name);
            }
        }
        for (k, v) in env {
            command.env(k, v);
        }
        // `-i` would prompt after the program: give it nothing to read.
        let output = command.stdin(Stdio::null()).output().expect("run krait");
        assert_eq!(stdout(&output).lines().next(), Some(expected), "{flags:?}");
    }
}

#[test]
fn usage_errors_exit_2_with_pythons_usage_lines() {
    for (args, first_line) in [
        (&["--no-such-flag"][..], "unknown option --no-such-flag"),
        (&["-z"], "Unknown option: -z"),
        (&["-c"], "Argument expected for the -c option"),
        (&["-uW"], "Argument expected for the -W option"),
    ] {
        let output = krait(args);
        assert_eq!(status(&output), 2, "krait {args:?}: {}", stderr(&output));
        assert_eq!(
            stderr(&output),
            format!(
                "{first_line}\nusage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...\n\
                 Try `krait -h' for more information.\n"
            ),
            "krait {args:?}"
        );
    }
    let dump = krait(&["dis"]);
    assert_eq!(status(&dump), 2);
    assert!(stderr(&dump).contains("error"), "{}", stderr(&dump));
}

/// `krait ARGS` with `input` on stdin.
fn krait_with_stdin(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(KRAIT)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_program_on_stdin_runs_as_in_python() {
    let program = "import sys\nprint(sys.argv)\n1/0\n";
    let piped = krait_with_stdin(&[], program);
    assert_eq!(stdout(&piped), "['']\n");
    assert_eq!(status(&piped), 1);
    assert!(stderr(&piped).contains("File \"<stdin>\", line 3, in <module>"));
    let dash = krait_with_stdin(&["-", "a", "-b"], "import sys; print(sys.argv)");
    assert_eq!(stdout(&dash), "['-', 'a', '-b']\n");
    assert_eq!(status(&dash), 0);
}

#[test]
fn short_options_combine_as_in_python() {
    let output = krait(&["-uqc", "import sys; print(sys.argv)", "x", "-c"]);
    assert_eq!(stdout(&output), "['-c', 'x', '-c']\n");
    let stats = krait(&["-Xgcstats", "-c", "print(1)"]);
    assert_eq!(stdout(&stats), "1\n");
    assert!(stderr(&stats).contains("gc: young"), "{}", stderr(&stats));
}

#[test]
fn version_names_krait_and_the_python_it_follows() {
    let output = krait(&["-V"]);
    assert_eq!(status(&output), 0);
    assert_eq!(
        stdout(&output),
        format!(
            "Krait {} (Python 3.11.7 compatible)\n",
            env!("CARGO_PKG_VERSION")
        )
    );
    let long = krait(&["-VV"]);
    assert!(stdout(&long).starts_with(&stdout(&output)));
    assert!(stdout(&long)
        .lines()
        .nth(1)
        .is_some_and(|l| l.contains("build for")));
    let help = krait(&["-h"]);
    assert_eq!(status(&help), 0);
    assert!(stdout(&help).starts_with("usage: krait [option] ..."));
}

#[test]
fn dash_x_skips_the_first_line_and_keeps_line_numbers() {
    let scratch = Scratch::new();
    let path = scratch.file(
        "skip.py",
        "this is not Python\nprint('ran')\nraise ValueError(3)\n",
    );
    let output = krait(&["-x", &path]);
    assert_eq!(stdout(&output), "ran\n");
    assert_eq!(status(&output), 1);
    assert!(
        stderr(&output).contains("line 3, in <module>"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn unbuffered_output_is_written_before_the_program_ends() {
    // The program prints, then spins: with -u (or PYTHONUNBUFFERED) the line is out while it
    // still runs.
    for (flag, env) in [(Some("-u"), None), (None, Some(("PYTHONUNBUFFERED", "1")))] {
        let mut command = Command::new(KRAIT);
        command.env_remove("PYTHONUNBUFFERED");
        command.args(flag);
        if let Some((k, v)) = env {
            command.env(k, v);
        }
        let mut child = command
            .args(["-c", "print('early')\nwhile True: pass"])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let (send, receive) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = [0u8; 6];
            let read = std::io::Read::read_exact(&mut stdout, &mut line).map(|()| line);
            let _ = send.send(read.ok());
        });
        let line = receive.recv_timeout(Duration::from_secs(20));
        child.kill().unwrap();
        child.wait().unwrap();
        assert_eq!(line, Ok(Some(*b"early\n")), "{flag:?} {env:?}");
    }
}

#[test]
fn missing_file_exits_2_with_cpythons_message() {
    let output = krait(&["no_such_file.py"]);
    assert_eq!(status(&output), 2);
    assert_eq!(
        stderr(&output),
        "krait: can't open file 'no_such_file.py': [Errno 2] No such file or directory\n"
    );
    let dump = krait(&["dis", "no_such_file.py"]);
    assert_eq!(status(&dump), 2);
}

#[test]
fn syntax_errors_exit_1_with_a_located_diagnostic() {
    let scratch = Scratch::new();
    let path = scratch.file("broken.py", "x = 1\nprint((1, 2)\n");
    let output = krait(&[&path]);
    assert_eq!(status(&output), 1);
    assert_no_panic(&output);
    let err = stderr(&output);
    assert!(err.contains("SyntaxError: '(' was never closed"), "{err}");
    assert!(
        err.contains(&format!("{path}:2:")),
        "no file:line:col in:\n{err}"
    );
    assert!(stdout(&output).is_empty());
    for stage in ["tokens", "ast", "dis"] {
        let dump = krait(&[stage, &path]);
        assert_eq!(status(&dump), 1, "krait {stage}");
        assert!(
            stderr(&dump).contains("was never closed"),
            "krait {stage}: {}",
            stderr(&dump)
        );
    }
}

#[test]
fn nothing_runs_before_a_syntax_error() {
    let output = krait(&["-c", "print('too early')\nreturn 5\n"]);
    assert_eq!(status(&output), 1);
    assert_eq!(stdout(&output), "");
    assert!(
        stderr(&output).contains("<string>:2:"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn non_utf8_source_is_a_syntax_error() {
    let scratch = Scratch::new();
    let path = scratch.file("latin1.py", b"x = 1\ns = '\xff'\n");
    let output = krait(&[&path]);
    assert_eq!(status(&output), 1);
    assert!(
        stderr(&output).starts_with("SyntaxError: Non-UTF-8 code starting with '\\xff' in file"),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("on line 2"), "{}", stderr(&output));
}

#[test]
fn uncaught_exception_exits_1_after_earlier_output() {
    let output = krait(&["-c", "print('before')\nraise ValueError('boom')\n"]);
    assert_eq!(status(&output), 1);
    assert_eq!(stdout(&output), "before\n");
    let err = stderr(&output);
    assert!(
        err.starts_with("Traceback (most recent call last):"),
        "{err}"
    );
    assert!(err.trim_end().ends_with("ValueError: boom"), "{err}");
}

#[test]
fn sys_exit_sets_the_status() {
    let output = krait(&["-c", "import sys\nprint('bye')\nsys.exit(3)\n"]);
    assert_eq!(status(&output), 3);
    assert_eq!(stdout(&output), "bye\n");
}

#[test]
fn unbounded_recursion_is_a_recursion_error() {
    let scratch = Scratch::new();
    let path = scratch.file("recurse.py", "def f(n):\n    return f(n + 1)\n\nf(0)\n");
    let output = krait(&[&path]);
    assert_eq!(status(&output), 1, "{}", stderr(&output));
    assert_no_panic(&output);
    let err = stderr(&output);
    assert!(err.contains("Traceback (most recent call last):"), "{err}");
    assert!(err.contains("RecursionError"), "{err}");
}

#[test]
fn a_failing_weakref_callback_is_reported_and_ignored() {
    let output = krait(&[
        "-c",
        "import gc, weakref\nclass T: pass\nt = T()\nr = weakref.ref(t, lambda wr: 1 / 0)\ndel t\ngc.collect()\nprint('after', r())",
    ]);
    assert_no_panic(&output);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "after None\n");
    let err = stderr(&output);
    assert!(
        err.starts_with("Exception ignored in: <function <lambda> at 0x"),
        "{err}"
    );
    assert!(err.contains("Traceback (most recent call last):"), "{err}");
    assert!(
        err.ends_with("ZeroDivisionError: division by zero\n"),
        "{err}"
    );
}

#[test]
fn a_failing_finalizer_is_reported_and_output_of_finalizers_at_exit_is_kept() {
    let output = krait(&[
        "-c",
        "import gc\nclass T:\n    def __del__(self): 1 / 0\nclass U:\n    def __del__(self): print('bye')\nt = T()\ndel t\ngc.collect()\nu = U()\nprint('end')",
    ]);
    assert_no_panic(&output);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "end\nbye\n");
    let err = stderr(&output);
    assert!(
        err.starts_with("Exception ignored in: <function T.__del__ at 0x"),
        "{err}"
    );
    assert!(
        err.ends_with("ZeroDivisionError: division by zero\n"),
        "{err}"
    );
}

#[test]
fn a_million_garbage_cycles_stay_under_100_mb() {
    let scratch = Scratch::new();
    let path = scratch.file(
        "cycles.py",
        "def churn(n):\n    for i in range(n):\n        a = []\n        a.append(a)\n\nchurn(1000000)\nprint('done')\n",
    );
    let (output, peak_kb) = run_sampling_peak_rss(Command::new(KRAIT).arg(&path));
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "done\n");
    assert!(peak_kb < 100 * 1024, "peak RSS {peak_kb} kB is over 100 MB");
}

#[test]
fn garbage_made_in_a_sort_key_is_collected_during_the_sort() {
    // 3,000 key calls, each leaving 300 self-referencing lists: about 200 MB if the
    // collector could not run until `sorted` returns.
    let program = concat!(env!("CARGO_MANIFEST_DIR"), "/../vm/tests/heap/callbacks.py");
    let (output, peak_kb) =
        run_sampling_peak_rss(Command::new(KRAIT).args([program, "sorted", "3000"]));
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "sorted 2999\n");
    assert!(peak_kb < 80 * 1024, "peak RSS {peak_kb} kB is over 80 MB");
}

/// Runs `command` to completion, sampling its peak resident set (VmHWM) as it goes: the
/// programs that use this build garbage for their whole run, so a leak shows long before
/// the end.
fn run_sampling_peak_rss(command: &mut Command) -> (Output, u64) {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0;
    while child.try_wait().unwrap().is_none() {
        if let Some(kb) = fs::read_to_string(&status_file)
            .ok()
            .and_then(|s| vm_hwm_kb(&s))
        {
            peak_kb = peak_kb.max(kb);
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let output = child.wait_with_output().unwrap();
    assert!(peak_kb > 0, "never sampled the child's memory");
    (output, peak_kb)
}

fn vm_hwm_kb(status: &str) -> Option<u64> {
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn ast_prints_cpythons_dump() {
    let scratch = Scratch::new();
    let path = scratch.file("assign.py", "x = 1\n");
    let output = krait(&["ast", &path]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])\n"
    );
    let indented = krait(&["ast", "--indent", "2", &path]);
    assert_eq!(
        stdout(&indented),
        "Module(\n  body=[\n    Assign(\n      targets=[\n        Name(id='x', ctx=Store())],\n      value=Constant(value=1))],\n  type_ignores=[])\n"
    );
}

#[test]
fn ast_attributes_match_cpythons_include_attributes() {
    let scratch = Scratch::new();
    let path = scratch.file("attrs.py", "x = 1\n");
    let output = krait(&["ast", "--attributes", &path]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    // python3 -c "import ast; print(ast.dump(ast.parse('x = 1\n'), include_attributes=True))"
    assert_eq!(
        stdout(&output),
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, \
         end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, \
         end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, \
         end_col_offset=5)], type_ignores=[])\n"
    );
}

#[test]
fn ast_takes_several_files_and_quiet_prints_nothing() {
    let scratch = Scratch::new();
    let a = scratch.file("a.py", "pass\n");
    let b = scratch.file("b.py", "x\n");
    let both = krait(&["ast", &a, &b]);
    assert_eq!(status(&both), 0, "{}", stderr(&both));
    assert_eq!(
        stdout(&both),
        format!(
            "# {a}\nModule(body=[Pass()], type_ignores=[])\n# {b}\n\
             Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])\n"
        )
    );
    let quiet = krait(&["ast", "--quiet", &a, &b]);
    assert_eq!((status(&quiet), stdout(&quiet)), (0, String::new()));

    // A bad file among good ones is reported, and sets the status, even when quiet.
    let bad = scratch.file("bad.py", "x = (\n");
    let mixed = krait(&["ast", "-q", &a, &bad]);
    assert_eq!(status(&mixed), 1);
    assert!(
        stderr(&mixed).contains("'(' was never closed"),
        "{}",
        stderr(&mixed)
    );
    assert_no_panic(&mixed);
}

#[test]
fn tokens_and_dis_dump_their_stage() {
    let scratch = Scratch::new();
    let path = scratch.file("f.py", "def f(a):\n    return a + 1\n\nprint(f(1))\n");
    let tokens = krait(&["tokens", &path]);
    assert_eq!(status(&tokens), 0, "{}", stderr(&tokens));
    let text = stdout(&tokens);
    for expected in ["NAME", "'def'", "INDENT", "DEDENT", "ENDMARKER"] {
        assert!(text.contains(expected), "no {expected} in:\n{text}");
    }
    let dis = krait(&["dis", &path]);
    assert_eq!(status(&dis), 0, "{}", stderr(&dis));
    let text = stdout(&dis);
    for expected in [
        "MAKE_FUNCTION",
        "Disassembly of",
        "RETURN_VALUE",
        "BINARY_OP",
    ] {
        assert!(text.contains(expected), "no {expected} in:\n{text}");
    }
    // Neither dump runs the program.
    assert!(!text.contains("\n2\n"));
}

#[test]
fn examples_run() {
    let examples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples");
    for (name, first_line) in [
        ("fib.py", "fib(30) = 832040"),
        ("classes.py", "rectangle with area 12.00"),
        ("closures.py", "[1, 2, 3, 4, 5] [10, 20, 30] 6"),
    ] {
        let output = krait(&[examples.join(name).to_str().unwrap()]);
        assert_eq!(status(&output), 0, "{name}: {}", stderr(&output));
        assert_eq!(stdout(&output).lines().next(), Some(first_line), "{name}");
    }
}

/// A Latin-1 file with a comment, a blank line and a bracketed line break: what
/// `python3 -m tokenize` and `python3 -m tokenize -e` print for it.
const LATIN1_SOURCE: &[u8] =
    b"# -*- coding: latin-1 -*-\ns = \"\xe9\"  # note\n\nif s:\n    x = (1,\n         2)\n";

/// `python3 -m tokenize latin1.py` for [`LATIN1_SOURCE`].
const LATIN1_LISTING: &str = "0,0-0,0:            ENCODING       'iso-8859-1'   \n\
1,0-1,25:           COMMENT        '# -*- coding: latin-1 -*-'\n\
1,25-1,26:          NL             '\\n'           \n\
2,0-2,1:            NAME           's'            \n\
2,2-2,3:            OP             '='            \n\
2,4-2,7:            STRING         '\"é\"'          \n\
2,9-2,15:           COMMENT        '# note'       \n\
2,15-2,16:          NEWLINE        '\\n'           \n\
3,0-3,1:            NL             '\\n'           \n\
4,0-4,2:            NAME           'if'           \n\
4,3-4,4:            NAME           's'            \n\
4,4-4,5:            OP             ':'            \n\
4,5-4,6:            NEWLINE        '\\n'           \n\
5,0-5,4:            INDENT         '    '         \n\
5,4-5,5:            NAME           'x'            \n\
5,6-5,7:            OP             '='            \n\
5,8-5,9:            OP             '('            \n\
5,9-5,10:           NUMBER         '1'            \n\
5,10-5,11:          OP             ','            \n\
5,11-5,12:          NL             '\\n'           \n\
6,9-6,10:           NUMBER         '2'            \n\
6,10-6,11:          OP             ')'            \n\
6,11-6,12:          NEWLINE        '\\n'           \n\
7,0-7,0:            DEDENT         ''             \n\
7,0-7,0:            ENDMARKER      ''             \n\
";

#[test]
fn tokens_prints_what_python_tokenize_prints() {
    let scratch = Scratch::new();
    let path = scratch.file("latin1.py", LATIN1_SOURCE);
    let output = krait(&["tokens", &path]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), LATIN1_LISTING);
    // `python3 -m tokenize -e latin1.py` prints the same lines with each `OP` named exactly.
    let mut exact_listing = LATIN1_LISTING.to_owned();
    for (op, name) in [
        ("=", "EQUAL"),
        (":", "COLON"),
        ("(", "LPAR"),
        (",", "COMMA"),
        (")", "RPAR"),
    ] {
        let column = |kind: &str| format!("{kind:<15}'{op}'");
        exact_listing = exact_listing.replace(&column("OP"), &column(name));
    }
    let exact = krait(&["tokens", "--exact", &path]);
    assert_eq!(status(&exact), 0, "{}", stderr(&exact));
    assert_eq!(stdout(&exact), exact_listing);
}

#[test]
fn a_declared_encoding_is_honoured() {
    let scratch = Scratch::new();
    let latin1 = scratch.file(
        "latin1.py",
        b"# -*- coding: latin-1 -*-\nprint('caf\xe9')\n",
    );
    let output = krait(&[&latin1]);
    assert_eq!(
        (status(&output), stdout(&output)),
        (0, "café\n".to_owned()),
        "{}",
        stderr(&output)
    );
    // A UTF-8 byte order mark is not part of the program.
    let bom = scratch.file("bom.py", b"\xef\xbb\xbfprint('bom')\n");
    let output = krait(&[&bom]);
    assert_eq!(
        (status(&output), stdout(&output)),
        (0, "bom\n".to_owned()),
        "{}",
        stderr(&output)
    );
}

#[test]
fn undecodable_sources_are_encoding_problems() {
    let scratch = Scratch::new();
    // CPython 3.11 running each file prints exactly this line and exits 1.
    for (name, contents, message) in [
        (
            "unknown.py",
            &b"# coding: foobar\nprint(1)\n"[..],
            "SyntaxError: encoding problem: foobar\n",
        ),
        (
            "ascii.py",
            b"# -*- coding: ascii -*-\ns = '\xc3\xa9'\n",
            "SyntaxError: encoding problem: ascii\n",
        ),
        (
            "cp1252.py",
            b"# coding: cp1252\ns = '\x81'\n",
            "SyntaxError: encoding problem: cp1252\n",
        ),
        (
            "bomlatin1.py",
            b"\xef\xbb\xbf# coding: latin-1\nprint(1)\n",
            "SyntaxError: encoding problem: iso-8859-1 with BOM\n",
        ),
    ] {
        let path = scratch.file(name, contents);
        let output = krait(&[&path]);
        assert_eq!(
            (status(&output), stderr(&output)),
            (1, message.to_owned()),
            "{name}"
        );
        assert_eq!(stdout(&output), "", "{name}: nothing runs");
    }
}

#[test]
fn ast_json_is_the_documented_form() {
    let scratch = Scratch::new();
    let path = scratch.file("assign.py", "x = 1.5\n");
    let output = krait(&["ast", "--json", &path]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    // json.dumps of the tree converted as parser/tests/regen.py converts it.
    assert_eq!(
        stdout(&output),
        "{\"_type\": \"Module\", \"body\": [{\"_type\": \"Assign\", \"targets\": [{\"_type\": \
         \"Name\", \"id\": \"x\", \"ctx\": {\"_type\": \"Store\"}}], \"value\": {\"_type\": \
         \"Constant\", \"value\": 1.5, \"kind\": null}, \"type_comment\": null}], \
         \"type_ignores\": []}\n"
    );
    let located = krait(&["ast", "--json", "--attributes", "--indent", "1", &path]);
    assert_eq!(status(&located), 0, "{}", stderr(&located));
    let text = stdout(&located);
    assert!(
        text.starts_with("{\n \"_type\": \"Module\",\n \"body\": [\n  {\n"),
        "{text}"
    );
    for attribute in [
        "\"lineno\": 1,",
        "\"col_offset\": 4,",
        "\"end_col_offset\": 7",
    ] {
        assert!(text.contains(attribute), "no {attribute} in:\n{text}");
    }
}

/// `krait` with `PYTHONHASHSEED` set to `seed`, running `code`.
fn krait_with_hash_seed(seed: &str, code: &str) -> Output {
    Command::new(KRAIT)
        .args(["-c", code])
        .env("PYTHONHASHSEED", seed)
        .output()
        .unwrap()
}

#[test]
fn str_hashes_follow_pythonhashseed_as_in_cpython() {
    // CPython 3.11 prints these for PYTHONHASHSEED=7.
    let out = krait_with_hash_seed("7", "print(hash('krait'), hash(b'krait'))");
    assert_eq!(stdout(&out), "-7380779178364459913 -7380779178364459913\n");
    // Unset or `random`: a different secret in every process.
    let code = "print(hash('krait'))";
    let a = krait_with_hash_seed("random", code);
    let b = krait_with_hash_seed("random", code);
    assert_ne!(stdout(&a), stdout(&b));
    let bad = krait_with_hash_seed("seven", code);
    assert_eq!(status(&bad), 1);
    assert!(stderr(&bad)
        .contains("PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]"));
    assert_eq!(stdout(&bad), "");
}

/// `krait` with `args`, run in `dir` with extra environment variables.
fn krait_in(dir: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(KRAIT);
    cmd.args(args)
        .current_dir(dir)
        .env_remove("PYTHONPATH")
        .env_remove("KRAIT_CPYTHON_LIB");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run krait")
}

#[test]
fn dash_m_runs_a_module_from_the_working_folder_as_main() {
    let scratch = Scratch::new();
    scratch.file(
        "tool.py",
        "import sys\nprint(__name__, sys.argv[0] == __file__, sys.argv[1:])\n\
         print(sys.path[0] == __file__.rsplit('/', 1)[0], __spec__.name, repr(__package__))\n",
    );
    let output = krait_in(&scratch.dir, &["-m", "tool", "a", "-b"], &[]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "__main__ True ['a', '-b']\nTrue tool ''\n");
}

#[test]
fn dash_m_on_a_package_runs_its_main_submodule() {
    let scratch = Scratch::new();
    fs::create_dir_all(scratch.dir.join("app/sub")).unwrap();
    scratch.file("app/__init__.py", "print('init', __name__)\n");
    scratch.file(
        "app/__main__.py",
        "import sys\nfrom . import helper\nprint(__name__, __package__, helper.x, sys.argv[0].endswith('app/__main__.py'))\n",
    );
    scratch.file("app/helper.py", "x = 'helped'\n");
    scratch.file("app/sub/__init__.py", "");
    scratch.file(
        "app/sub/run.py",
        "from ..helper import x\nprint(__name__, x)\nraise SystemExit(3)\n",
    );
    let output = krait_in(&scratch.dir, &["-m", "app"], &[]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "init app\n__main__ app helped True\n");
    let output = krait_in(&scratch.dir, &["-m", "app.sub.run"], &[]);
    assert_eq!(status(&output), 3, "{}", stderr(&output));
    assert_eq!(stdout(&output), "init app\n__main__ helped\n");
}

#[test]
fn dash_m_reports_missing_modules_like_python() {
    let scratch = Scratch::new();
    fs::create_dir_all(scratch.dir.join("lib")).unwrap();
    scratch.file("lib/__init__.py", "");
    scratch.file("boom.py", "x = 1\n1 / 0\n");
    for (name, message) in [
        ("nowhere", "krait: No module named nowhere\n"),
        ("lib.nowhere", "krait: No module named lib.nowhere\n"),
        (
            "lib",
            "krait: No module named lib.__main__; 'lib' is a package and cannot be directly executed\n",
        ),
    ] {
        let output = krait_in(&scratch.dir, &["-m", name], &[]);
        assert_eq!(status(&output), 1);
        assert_eq!(stderr(&output), message);
    }
    let output = krait_in(&scratch.dir, &["-m", "boom"], &[]);
    assert_eq!(status(&output), 1);
    assert!(
        stderr(&output).ends_with("ZeroDivisionError: division by zero\n"),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).starts_with(
            "Traceback (most recent call last):\n  \
             File \"<frozen runpy>\", line 198, in _run_module_as_main\n  \
             File \"<frozen runpy>\", line 88, in _run_code\n"
        ),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("boom.py\", line 2, in <module>"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn pythonpath_entries_follow_the_script_folder_in_sys_path() {
    let scratch = Scratch::new();
    fs::create_dir_all(scratch.dir.join("extra/pkg")).unwrap();
    fs::create_dir_all(scratch.dir.join("main")).unwrap();
    scratch.file("extra/pkg/__init__.py", "name = 'from PYTHONPATH'\n");
    let extra = scratch.dir.join("extra").to_string_lossy().into_owned();
    let script = scratch.file(
        "main/prog.py",
        "import sys, pkg\nprint(pkg.name)\nprint(sys.path.index(sys.argv[1]), sys.path[0] == __file__.rsplit('/', 1)[0])\n",
    );
    let output = krait_in(&scratch.dir, &[&script, &extra], &[("PYTHONPATH", &extra)]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "from PYTHONPATH\n1 True\n");
    // -E ignores PYTHONPATH; -P leaves out the script's folder; -c starts with ''.
    let output = krait_in(
        &scratch.dir,
        &["-E", &script, &extra],
        &[("PYTHONPATH", &extra)],
    );
    assert_eq!(status(&output), 1);
    assert!(stderr(&output).ends_with("ModuleNotFoundError: No module named 'pkg'\n"));
    let code = "import sys; print(repr(sys.path[0]), sys.argv[1] in sys.path)";
    let output = krait_in(
        &scratch.dir,
        &["-c", code, &extra],
        &[("PYTHONPATH", &extra)],
    );
    assert_eq!(stdout(&output), "'' True\n");
    let output = krait_in(
        &scratch.dir,
        &["-P", "-c", code, &extra],
        &[("PYTHONPATH", &extra)],
    );
    assert_eq!(stdout(&output), format!("'{extra}' True\n"));
}

#[test]
fn krait_cpython_lib_is_searched_last_and_isolated_mode_drops_the_script_folder() {
    let scratch = Scratch::new();
    fs::create_dir_all(scratch.dir.join("lib")).unwrap();
    scratch.file("lib/only_in_lib.py", "where = 'lib'\n");
    // The bundled `copy` comes before the CPython library's.
    scratch.file("lib/copy.py", "raise SystemExit('the wrong copy')\n");
    let lib = scratch.dir.join("lib").to_string_lossy().into_owned();
    // A bundled stand-in (`heapq`) comes after it: the library's own version wins.
    scratch.file("lib/heapq.py", "where = 'lib'\n");
    let code = "import sys, only_in_lib, copy, heapq\nprint(only_in_lib.where, heapq.where, sys.path[-2] == sys.argv[1], sys.path.index('<krait-stdlib>') == len(sys.path) - 3, sys.path[-1])";
    let output = krait_in(
        &scratch.dir,
        &["-c", code, &lib],
        &[("KRAIT_CPYTHON_LIB", &lib)],
    );
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "lib lib True True <krait-stdlib-fallback>\n"
    );
    let script = scratch.file("prog.py", "import sys\nprint(sys.path)\n");
    let output = krait_in(&scratch.dir, &["-I", &script], &[("PYTHONPATH", &lib)]);
    assert_eq!(
        stdout(&output),
        "['<krait-stdlib>', '<krait-stdlib-fallback>']\n"
    );
}

/// Starts `krait -c code`, waits for its first line of output, then sends it SIGINT.
fn interrupt_after_ready(code: &str) -> Output {
    let mut child = Command::new(KRAIT)
        .args(["-c", code])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut ready = [0u8; 6];
    std::io::Read::read_exact(&mut stdout, &mut ready).unwrap();
    assert_eq!(&ready, b"ready\n");
    let sent = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let mut output = child.wait_with_output().unwrap();
    let mut rest = Vec::new();
    std::io::Read::read_to_end(&mut stdout, &mut rest).unwrap();
    output.stdout = rest;
    output
}

#[test]
fn sigint_raises_keyboard_interrupt_in_running_code() {
    let caught = interrupt_after_ready(
        "try:\n    print('ready', flush=True)\n    while True: pass\nexcept KeyboardInterrupt:\n    print('caught')\n",
    );
    assert_eq!(stdout(&caught), "caught\n");
    assert_eq!(status(&caught), 0);
    // Uncaught: the traceback, then death by SIGINT, as CPython.
    let uncaught = interrupt_after_ready("print('ready', flush=True)\nwhile True: pass\n");
    assert!(
        stderr(&uncaught).ends_with("KeyboardInterrupt\n"),
        "{}",
        stderr(&uncaught)
    );
    assert_eq!(
        std::os::unix::process::ExitStatusExt::signal(&uncaught.status),
        Some(libc::SIGINT)
    );
}

#[test]
fn sigint_interrupts_time_sleep() {
    // CPython's sleep ends at the signal (PEP 475: it would go on if the handler returned).
    let started = std::time::Instant::now();
    let caught = interrupt_after_ready(
        "import time\ntry:\n    print('ready', flush=True)\n    time.sleep(60)\nexcept KeyboardInterrupt:\n    print('caught')\n",
    );
    assert_eq!(stdout(&caught), "caught\n");
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
    // A handler that returns: the sleep goes on for the time left.
    let resumed = interrupt_after_ready(
        "import _signal, time\n_signal.signal(_signal.SIGINT, lambda *a: print('handled', flush=True))\nt = time.monotonic()\nprint('ready', flush=True)\ntime.sleep(1.0)\nprint('slept', time.monotonic() - t >= 1.0)\n",
    );
    assert_eq!(
        stdout(&resumed),
        "handled\nslept True\n",
        "{}",
        stderr(&resumed)
    );
}

#[test]
fn os_kill_of_this_process_runs_the_handler_before_returning() {
    // CPython checks for signals inside `os.kill`, so the handler's exception is raised in
    // the `try` around the call, not at some later instruction.
    let code = "import os, _signal\n\
        def handler(signum, frame):\n    raise ZeroDivisionError('from handler')\n\
        _signal.signal(_signal.SIGINT, handler)\n\
        try:\n    os.kill(os.getpid(), _signal.SIGINT)\n    print('not raised')\n\
        except ZeroDivisionError as e:\n    print('caught', e)\n\
        _signal.signal(_signal.SIGINT, _signal.default_int_handler)\n\
        try:\n    os.kill(os.getpid(), _signal.SIGINT)\n\
        except KeyboardInterrupt:\n    print('interrupted')\n";
    let output = krait(&["-c", code]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "caught from handler\ninterrupted\n");
}

#[test]
fn site_builtins_are_installed_unless_dash_capital_s() {
    let with_site = krait(&[
        "-c",
        "print(type(help).__name__, type(exit).__name__, repr(quit))",
    ]);
    assert_eq!(status(&with_site), 0, "{}", stderr(&with_site));
    assert_eq!(
        stdout(&with_site),
        "_Helper Quitter Use quit() or Ctrl-D (i.e. EOF) to exit\n"
    );
    for name in ["help", "exit", "quit", "copyright", "credits", "license"] {
        let output = krait(&["-S", "-c", name]);
        assert_eq!(status(&output), 1, "{name} exists under -S");
        assert!(
            stderr(&output).contains(&format!("NameError: name '{name}' is not defined")),
            "{}",
            stderr(&output)
        );
    }
}

#[test]
fn copyright_credits_and_license_show_kraits_texts() {
    let output = krait(&[
        "-c",
        "print(repr(copyright)); print(credits); print(repr(license)); license()",
    ]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.starts_with("Copyright (c) the Krait authors.\n"),
        "{out}"
    );
    assert!(out.contains("Krait is written in Rust."), "{out}");
    assert!(
        out.contains("Type license() to see the full license text\n"),
        "{out}"
    );
    // Cargo.toml's license field.
    assert!(out.contains("(MIT OR Apache-2.0)"), "{out}");
    assert!(!out.contains("Python Software Foundation"), "{out}");
}

#[test]
fn help_of_an_object_prints_its_signature_and_docstring() {
    let program =
        "def area(w, h, *more, unit):\n    'The area of a rectangle.'\nhelp(area)\nexit(7)\n";
    let output = krait(&["-c", program]);
    assert_eq!(status(&output), 7, "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "Help on function area:\n\narea(w, h, *more, unit)\n    The area of a rectangle.\n\n"
    );
}
