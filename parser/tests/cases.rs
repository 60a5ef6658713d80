//! Golden tests against CPython 3.11: for every `cases/NAME.py`, Krait's `ast::dump` (with and
//! without attributes) must equal `cases/NAME.ast` / `cases/NAME.attrs`, its JSON form
//! `cases/NAME.json`, and its token listing `cases/NAME.tokens` (`python3 -m tokenize -e`); for every snippet of
//! `syntax_errors.txt`, Krait's error class, message and caret must equal the matching line
//! of `syntax_errors.expected`. The expected files come from CPython via `regen.py`; these
//! tests never run Python.

use std::path::{Path, PathBuf};

use krait_ast::{dump, DumpOptions, LineIndex, SyntaxError};

fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// An expected-output file without its `# …` header line.
fn expected(path: &Path) -> String {
    let text = read(path);
    match text.strip_prefix('#') {
        Some(rest) => rest
            .split_once('\n')
            .map_or(String::new(), |(_, body)| body.to_owned()),
        None => text,
    }
}

/// Panics with the first line where `got` and `want` differ.
fn assert_same(what: &str, got: &str, want: &str) {
    if got == want {
        return;
    }
    for (i, (g, w)) in got.lines().zip(want.lines()).enumerate() {
        if g != w {
            panic!(
                "{what}: line {} differs\n  CPython: {w}\n  Krait:   {g}",
                i + 1
            );
        }
    }
    panic!(
        "{what}: lengths differ ({} lines from Krait, {} from CPython)",
        got.lines().count(),
        want.lines().count()
    );
}

fn check_case(name: &str) {
    let dir = tests_dir().join("cases");
    let bytes = std::fs::read(dir.join(format!("{name}.py"))).expect("readable case");
    let source = krait_lexer::decode_source(&bytes)
        .unwrap_or_else(|e| panic!("{name}.py: {e} at {:?}", e.range));
    let module = krait_parser::parse_module(&source)
        .unwrap_or_else(|e| panic!("{name}.py: {e} at {:?}", e.range));
    let lines = LineIndex::new(&source);
    for (suffix, include_attributes) in [("ast", false), ("attrs", true)] {
        let options = DumpOptions {
            indent: Some(1),
            include_attributes,
        };
        let got = dump(&module, &lines, &options) + "\n";
        let want = expected(&dir.join(format!("{name}.{suffix}")));
        assert_same(&format!("{name}.{suffix}"), &got, &want);
    }
    let options = DumpOptions {
        indent: None,
        include_attributes: true,
    };
    let got = krait_ast::dump_json(&module, &lines, &options) + "\n";
    let want = expected(&dir.join(format!("{name}.json")));
    assert_same(&format!("{name}.json"), &got, &want);
    // Some valid files have no listing: see regen.py.
    let tokens = dir.join(format!("{name}.tokens"));
    if tokens.exists() {
        let got = krait_lexer::tokenize_listing(&bytes, true)
            .unwrap_or_else(|e| panic!("{name}.py: {e} at {:?}", e.range));
        assert_same(&format!("{name}.tokens"), &got, &expected(&tokens));
    }
}

include!(concat!(env!("OUT_DIR"), "/case_tests.rs"));

/// `Class: message @ line:column`, the column in characters as CPython counts it.
fn describe(source: &str, error: &SyntaxError) -> String {
    let lines = LineIndex::new(source);
    let start = lines.line_col(error.range.start());
    let line_start = usize::from(error.range.start()) - start.col as usize;
    let column = source[line_start..usize::from(error.range.start())]
        .chars()
        .count();
    format!(
        "{}: {} @ {}:{}",
        error.kind.class_name(),
        error.message,
        start.line,
        column
    )
}

#[test]
fn syntax_errors_match_cpython() {
    let snippets = read(&tests_dir().join("syntax_errors.txt"));
    let want = expected(&tests_dir().join("syntax_errors.expected"));
    let snippets: Vec<&str> = snippets.split("\n#---\n").collect();
    let want: Vec<&str> = want.lines().collect();
    assert_eq!(
        snippets.len(),
        want.len(),
        "regenerate syntax_errors.expected"
    );
    let mut failures = Vec::new();
    for (snippet, want) in snippets.iter().zip(want) {
        let got = match krait_parser::parse_module(snippet) {
            Ok(_) => "no error".to_owned(),
            Err(e) => describe(snippet, &e),
        };
        if got != want {
            failures.push(format!("{snippet:?}\n  CPython: {want}\n  Krait:   {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        snippets.len(),
        failures.join("\n")
    );
}
