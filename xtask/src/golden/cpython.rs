//! Regenerating the CPython side of a case: `NAME.expected` and `NAME.ast.expected`.
//!
//! Only `cargo xtask golden --cpython` uses this module; the test suite reads the committed
//! files and never needs `python3`. The interpreter is `$KRAIT_PYTHON` or `python3`.

use std::fs;
use std::io;
use std::process::{Command, Output};

use super::case::{args_of, Case};
use super::expected::{Expected, ExpectedSyntaxError};
use super::text::traceback_skeleton;

/// How the expected AST is printed: one line per top-level statement, with positions.
/// Krait's comparison prints its tree the same way.
pub const AST_DUMP_CALL: &str =
    "one line per statement s of ast.parse(source).body: ast.dump(s, include_attributes=True)";

const AST_SCRIPT: &str = "import ast, sys
source = open(sys.argv[1], encoding='utf-8').read()
try:
    tree = ast.parse(source)
except SyntaxError:
    sys.exit(3)
for statement in tree.body:
    print(ast.dump(statement, include_attributes=True))
";

const COMPILE_SCRIPT: &str = "import sys
source = open(sys.argv[1], encoding='utf-8').read()
try:
    compile(source, sys.argv[1], 'exec')
except SyntaxError as e:
    print(type(e).__name__ + ': ' + e.msg)
    print(e.lineno)
";

/// The interpreter command.
pub fn python() -> String {
    std::env::var("KRAIT_PYTHON").unwrap_or_else(|_| "python3".to_owned())
}

/// `Python 3.11.7`, or an error if there is no interpreter.
pub fn version() -> io::Result<String> {
    let output = Command::new(python()).arg("--version").output()?;
    Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// CPython's behaviour for `case`: the run and, if it parses, the AST dump.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CpythonResult {
    /// The run (or the syntax error).
    pub expected: Expected,
    /// The statements' `ast.dump` lines, `None` when `ast.parse` rejects the source.
    pub ast: Option<String>,
}

/// Runs CPython on `case` from the workspace root, with the same relative path Krait is
/// given.
pub fn generate(case: &Case) -> io::Result<CpythonResult> {
    let path = case.display_path();
    let ast_run = python_command(case)
        .args(["-c", AST_SCRIPT, &path])
        .output()?;
    let ast = match ast_run.status.code() {
        Some(0) => Some(utf8(&ast_run, "ast.dump")?),
        Some(3) => None,
        _ => return Err(failure("ast.dump", &ast_run)),
    };
    let compile_run = python_command(case)
        .args(["-c", COMPILE_SCRIPT, &path])
        .output()?;
    if !compile_run.status.success() {
        return Err(failure("compile", &compile_run));
    }
    let compiled = utf8(&compile_run, "compile")?;
    let syntax_error = match compiled.lines().collect::<Vec<_>>()[..] {
        [] => None,
        [message, line] => Some(ExpectedSyntaxError {
            message: message.to_owned(),
            line: line
                .parse()
                .map_err(|_| invalid(format!("bad line number `{line}`")))?,
        }),
        _ => return Err(invalid(format!("unexpected compile output: {compiled}"))),
    };
    let source = case.source()?;
    let run = python_command(case)
        .arg(&path)
        .args(args_of(&source))
        .output()?;
    // CPython makes the script's path absolute in tracebacks; record it as Krait is given
    // it, relative to the workspace root, so the file does not depend on the checkout.
    let absolute = format!("{}/", case.root.display());
    let exit = run
        .status
        .code()
        .ok_or_else(|| invalid(format!("{path} was killed by a signal")))?;
    let stderr = String::from_utf8_lossy(&run.stderr).replace(&absolute, "");
    let expected = Expected {
        exit,
        syntax_error,
        stderr: traceback_skeleton(&stderr),
        stdout: utf8(&run, "the program")?,
    };
    Ok(CpythonResult { expected, ast })
}

/// Writes the case's `.expected` and `.ast.expected` files (removing a stale AST file when
/// CPython no longer parses the source). Returns whether anything changed.
pub fn write(case: &Case, result: &CpythonResult, version: &str) -> io::Result<bool> {
    let path = case.display_path();
    let args = args_of(&case.source()?);
    let command = if args.is_empty() {
        format!("python3 -I -X utf8 {path}")
    } else {
        format!("python3 -I -X utf8 {path} {}", args.join(" "))
    };
    let header = [
        format!("{version}'s behaviour for {path}, run from the workspace root as"),
        format!("    {command}"),
        "Regenerate with `cargo xtask golden --cpython`; never edit by hand.".to_owned(),
    ];
    let mut changed = replace(&case.file(".expected"), &result.expected.render(&header))?;
    let ast_path = case.file(".ast.expected");
    match &result.ast {
        Some(dump) => {
            let text = format!(
                "# {version}'s syntax tree of {path}:\n\
                 # {AST_DUMP_CALL}.\n\
                 # Regenerate with `cargo xtask golden --cpython`; never edit by hand.\n{dump}"
            );
            changed |= replace(&ast_path, &text)?;
        }
        None if ast_path.exists() => {
            fs::remove_file(&ast_path)?;
            changed = true;
        }
        None => {}
    }
    Ok(changed)
}

fn replace(path: &std::path::Path, text: &str) -> io::Result<bool> {
    if fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(false);
    }
    fs::write(path, text)?;
    Ok(true)
}

fn python_command(case: &Case) -> Command {
    let mut command = Command::new(python());
    // -I: no user site, no environment variables, no script directory on sys.path;
    // -X utf8: UTF-8 stdio whatever the locale.
    command.args(["-I", "-X", "utf8"]).current_dir(&case.root);
    command
}

fn utf8(output: &Output, what: &str) -> io::Result<String> {
    String::from_utf8(output.stdout.clone())
        .map_err(|_| invalid(format!("{what} printed output that is not UTF-8")))
}

fn failure(what: &str, output: &Output) -> io::Error {
    invalid(format!(
        "python3 {what} failed ({}): {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    ))
}

fn invalid(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message)
}
