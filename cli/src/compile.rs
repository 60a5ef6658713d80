//! `krait compile FILE|DIR… [--no-write]`: precompiles source files into their
//! `__pycache__` files, like `python -m compileall`: folders are walked recursively in
//! name order (skipping `__pycache__`), only `.py` files are compiled, a file whose cache
//! is already valid for its source is left alone, and every syntax error is printed in
//! compileall's shape. The status is 1 if any file failed. With `--no-write` every file is
//! compiled and nothing is written (for measuring compile throughput).

use std::io::{BufWriter, Write};
use std::path::Path;

use krait_bytecode::cache;

use crate::commands::Io;
use crate::driver::{self, Program};

/// Compiles every path (a file or a folder) and returns the exit status.
pub fn compile_paths(paths: &[String], no_write: bool, io: Io) -> i32 {
    // Two lines a file: unbuffered, they were a write system call each.
    let mut out = BufWriter::new(io.stdout);
    let mut ok = true;
    for path in paths {
        let p = Path::new(path);
        ok &= if p.is_dir() {
            compile_dir(p, no_write, &mut out)
        } else if p.is_file() {
            compile_file(p, no_write, &mut out)
        } else {
            // compileall treats anything that is not a file as a folder to list.
            let _ = writeln!(out, "Listing {}...", quote(p));
            let _ = writeln!(out, "Can't list {}", quote(p));
            true
        };
    }
    let _ = out.flush();
    if ok {
        0
    } else {
        1
    }
}

/// `repr(str(path))` as compileall prints it.
fn quote(path: &Path) -> String {
    let text = path.to_string_lossy();
    if text.contains('\'') && !text.contains('"') {
        format!("\"{text}\"")
    } else {
        format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
    }
}

fn compile_dir(dir: &Path, no_write: bool, out: &mut dyn Write) -> bool {
    let _ = writeln!(out, "Listing {}...", quote(dir));
    let mut entries: Vec<_> = match std::fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(_) => {
            let _ = writeln!(out, "Can't list {}", quote(dir));
            return true;
        }
    };
    entries.sort();
    let mut ok = true;
    for entry in entries {
        let name = entry.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name == "__pycache__" {
            continue;
        }
        if entry.is_dir() && !entry.is_symlink() {
            ok &= compile_dir(&entry, no_write, out);
        } else if entry.is_file() && name.ends_with(".py") {
            ok &= compile_file(&entry, no_write, out);
        }
    }
    ok
}

/// Compiles one file (writing its cache unless `no_write`); false on a syntax or read
/// error, which is printed.
fn compile_file(path: &Path, no_write: bool, out: &mut dyn Write) -> bool {
    let name = path.to_string_lossy().into_owned();
    let Ok(bytes) = std::fs::read(path) else {
        let _ = writeln!(out, "Compiling {}...", quote(path));
        let _ = writeln!(out, "*** Can't read {}", quote(path));
        return false;
    };
    let target = cache::cache_path(path, krait_compiler::Options::default().optimize);
    if !no_write {
        let fresh = target
            .as_deref()
            .and_then(|t| std::fs::read(t).ok())
            .is_some_and(|old| {
                cache::read_cache(&old, Some(&bytes))
                    .is_ok_and(|code| krait_compiler::verify(&code).is_ok())
            });
        if fresh {
            return true;
        }
    }
    let _ = writeln!(out, "Compiling {}...", quote(path));
    let program = match Program::from_bytes(&name, &bytes) {
        Ok(program) => program,
        Err(error) => {
            let _ = writeln!(out, "*** {error}");
            return false;
        }
    };
    match driver::compile(&program.source, &name) {
        Ok(code) => {
            if let (false, Some(target)) = (no_write, target) {
                cache::write_atomically(&target, &cache::write_cache(&code, &bytes));
            }
            true
        }
        Err(error) => {
            let text = syntax_error_text(&error, &name, &program.source);
            let _ = writeln!(out, "***   {text}");
            false
        }
    }
}

/// A syntax error as CPython's `traceback` module formats it: the `File` line, the source
/// line without its indentation, carets under the error, and `Class: message`.
fn syntax_error_text(error: &krait_parser::SyntaxError, filename: &str, source: &str) -> String {
    let (line, col) = crate::diagnostic::line_col(error, source);
    let mut out = format!("File \"{filename}\", line {line}\n");
    if let Some(text) = source.lines().nth(line as usize - 1) {
        let trimmed = text.trim_start();
        let indent = text.chars().count() - trimmed.chars().count();
        let trimmed = trimmed.trim_end();
        if !trimmed.is_empty() {
            let start = (col as usize).saturating_sub(1).saturating_sub(indent);
            let len = usize::from(error.range.end())
                .saturating_sub(usize::from(error.range.start()))
                .clamp(1, trimmed.chars().count().saturating_sub(start).max(1));
            out.push_str(&format!(
                "    {trimmed}\n    {}{}\n",
                " ".repeat(start),
                "^".repeat(len)
            ));
        }
    }
    out.push_str(&format!("{error}\n"));
    out
}
