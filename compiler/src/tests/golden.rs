//! The golden corpus (`tests/golden/**/*.py`, with CPython 3.11's recorded behaviour in
//! `NAME.expected`) through the compiler: every program that parses must compile to code
//! objects that pass [`crate::verify`], except those CPython rejects at compile time, which
//! must fail with CPython's message.

use std::fs;
use std::path::{Path, PathBuf};

fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            programs(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

/// The message of the `syntax-error:` line of an `.expected` file, if any.
fn expected_syntax_error(program: &Path) -> Option<String> {
    let expected = fs::read_to_string(program.with_extension("expected")).ok()?;
    let line = expected
        .lines()
        .find_map(|l| l.strip_prefix("syntax-error: "))?;
    Some(
        line.split_once(": ")
            .map_or(line, |(_, message)| message)
            .to_owned(),
    )
}

#[test]
fn golden_corpus_compiles_and_verifies() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/golden");
    let mut paths = Vec::new();
    programs(&root, &mut paths);
    paths.sort();
    assert!(
        !paths.is_empty(),
        "no golden programs under {}",
        root.display()
    );

    let mut failures = Vec::new();
    let mut compiled = 0;
    for path in &paths {
        let source = fs::read_to_string(path).expect("readable program");
        let Ok(module) = krait_parser::parse_module(&source) else {
            // Rejected by the parser: not the compiler's case.
            continue;
        };
        let result = crate::compile_module(&module, &source, &path.display().to_string());
        match (result, expected_syntax_error(path)) {
            (Ok(code), None) => match crate::verify(&code) {
                Ok(()) => compiled += 1,
                Err(problem) => failures.push(format!("{}: {problem}", path.display())),
            },
            (Ok(_), Some(message)) => {
                failures.push(format!(
                    "{}: compiled, CPython says {message}",
                    path.display()
                ));
            }
            (Err(error), Some(message)) if error.message == message => {}
            (Err(error), expected) => failures.push(format!(
                "{}: {} (CPython: {})",
                path.display(),
                error.message,
                expected.as_deref().unwrap_or("compiles")
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(compiled > 0, "no golden program parsed");
}
