//! `-W` options and `PYTHONWARNINGS` reach `sys.warnoptions` and the warning filters, as
//! under CPython 3.11 (expected texts checked against `python3`); and CPython's own
//! `warnings.py` works on top of Krait's `_warnings`.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

const KRAIT: &str = env!("CARGO_BIN_EXE_krait");

const PROGRAM: &str = "import warnings, sys
print(sys.warnoptions)
warnings.warn(\"w1\")
warnings.warn(\"d1\", DeprecationWarning)
print(\"end\")";

fn krait(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(KRAIT);
    command.args(args).env_remove("PYTHONWARNINGS");
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().expect("run krait")
}

fn check(output: &Output, status: i32, stdout: &str, stderr: &str) {
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        stderr,
        "stdout: {}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert_eq!(String::from_utf8_lossy(&output.stdout), stdout);
    assert_eq!(output.status.code(), Some(status));
}

#[test]
fn without_options_user_warnings_show_and_deprecations_in_main_too() {
    let output = krait(&["-c", PROGRAM], &[]);
    check(
        &output,
        0,
        "[]\nend\n",
        "<string>:3: UserWarning: w1\n<string>:4: DeprecationWarning: d1\n",
    );
}

#[test]
fn dash_w_error_turns_the_first_warning_into_an_exception() {
    let output = krait(&["-W", "error", "-c", PROGRAM], &[]);
    check(
        &output,
        1,
        "['error']\n",
        "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n\
         UserWarning: w1\n",
    );
}

#[test]
fn dash_w_ignore_hides_everything() {
    let output = krait(&["-Wignore", "-c", PROGRAM], &[]);
    check(&output, 0, "['ignore']\nend\n", "");
}

#[test]
fn later_options_take_precedence_and_categories_are_named() {
    let args = [
        "-W",
        "ignore::UserWarning",
        "-W",
        "always::DeprecationWarning",
        "-c",
        PROGRAM,
    ];
    let output = krait(&args, &[]);
    check(
        &output,
        0,
        "['ignore::UserWarning', 'always::DeprecationWarning']\nend\n",
        "<string>:4: DeprecationWarning: d1\n",
    );
}

#[test]
fn pythonwarnings_comes_first_and_the_command_line_wins() {
    let output = krait(
        &["-c", PROGRAM],
        &[("PYTHONWARNINGS", "error::DeprecationWarning")],
    );
    check(
        &output,
        1,
        "['error::DeprecationWarning']\n",
        "<string>:3: UserWarning: w1\nTraceback (most recent call last):\n  \
         File \"<string>\", line 4, in <module>\nDeprecationWarning: d1\n",
    );
    let output = krait(
        &["-W", "error::UserWarning", "-c", PROGRAM],
        &[("PYTHONWARNINGS", "ignore")],
    );
    check(
        &output,
        1,
        "['ignore', 'error::UserWarning']\n",
        "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n\
         UserWarning: w1\n",
    );
}

#[test]
fn an_invalid_option_is_reported_and_ignored() {
    let output = krait(&["-W", "bogus", "-W", "ignore::Nope", "-c", PROGRAM], &[]);
    check(
        &output,
        0,
        "['bogus', 'ignore::Nope']\nend\n",
        "Invalid -W option ignored: invalid action: 'bogus'\n\
         Invalid -W option ignored: unknown warning category: 'Nope'\n\
         <string>:3: UserWarning: w1\n<string>:4: DeprecationWarning: d1\n",
    );
}

/// CPython's standard library folder, if a python3 is on the PATH.
fn cpython_lib() -> Option<PathBuf> {
    let output = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    let path = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    path.join("warnings.py").exists().then_some(path)
}

#[test]
fn cpythons_warnings_module_works_on_krait_warnings_core() {
    let Some(lib) = cpython_lib() else {
        eprintln!("no CPython standard library found: skipped");
        return;
    };
    // CPython's warnings.py, found before Krait's bundled one through PYTHONPATH.
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "krait-warnings-test-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(lib.join("warnings.py"), dir.join("warnings.py")).unwrap();
    let program = "import warnings, _warnings
print(warnings.__file__.endswith('krait-warnings-test-' + warnings.__file__.split('krait-warnings-test-')[1]))
print(warnings.warn is _warnings.warn, warnings.filters is _warnings.filters)
warnings.warn('shown')
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('recorded', RuntimeWarning)
print([str(w.message) for w in log])
warnings.simplefilter('error')
try:
    warnings.warn('raised')
except UserWarning as e:
    print('caught', e)
";
    let output = krait(
        &["-W", "always::DeprecationWarning", "-c", program],
        &[("PYTHONPATH", dir.to_str().unwrap())],
    );
    let _ = std::fs::remove_dir_all(&dir);
    check(
        &output,
        0,
        "True\nTrue True\n['recorded']\ncaught raised\n",
        "<string>:4: UserWarning: shown\n",
    );
}
