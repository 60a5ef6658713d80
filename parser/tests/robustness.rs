//! No input may panic the front end: every prefix of every case file and error snippet is
//! lexed, listed, parsed and dumped as JSON (the result does not matter, only that it comes
//! back), and pathological nesting comes back as an error instead of overflowing a stack.

use std::path::Path;

fn sources() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut sources: Vec<String> = std::fs::read_dir(dir.join("cases"))
        .expect("tests/cases exists")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .map(|path| {
            let bytes = std::fs::read(path).expect("readable case");
            // Cases in other encodings are checked decoded, as they are parsed.
            krait_lexer::decode_source(&bytes).expect("decodable case")
        })
        .collect();
    let errors = std::fs::read_to_string(dir.join("syntax_errors.txt")).expect("readable snippets");
    sources.extend(errors.split("\n#---\n").map(str::to_owned));
    sources
}

#[test]
fn every_prefix_lexes_and_parses_without_panicking() {
    let mut checked = 0;
    for source in sources() {
        for (end, _) in source
            .char_indices()
            .chain(std::iter::once((source.len(), ' ')))
        {
            let prefix = &source[..end];
            let _ = krait_lexer::tokenize(prefix);
            let _ = krait_lexer::tokenize_listing(prefix.as_bytes(), true);
            if let Ok(module) = krait_parser::parse_module(prefix) {
                let lines = krait_ast::LineIndex::new(prefix);
                let options = krait_ast::DumpOptions {
                    indent: Some(1),
                    include_attributes: true,
                };
                let _ = krait_ast::dump_json(&module, &lines, &options);
            }
            checked += 1;
        }
    }
    assert!(checked > 1000, "only {checked} prefixes checked");
}

#[test]
fn every_suffix_parses_without_panicking() {
    // Suffixes start mid-token, mid-string and mid-indentation.
    for source in sources() {
        for (start, _) in source.char_indices().step_by(3) {
            let _ = krait_parser::parse_module(&source[start..]);
        }
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = [
        "-".repeat(100_000) + "x",
        "x".to_owned() + &"+1".repeat(100_000),
        "x".to_owned() + &".a".repeat(100_000),
        "x".to_owned() + &"()".repeat(100_000),
        "x".to_owned() + &"[0]".repeat(100_000),
        "not ".repeat(100_000) + "x",
        "lambda:".repeat(100_000) + "x",
        "x if y else ".repeat(100_000) + "z",
        "a**".repeat(100_000) + "b",
        "await ".repeat(100_000) + "x",
        "(".repeat(100_000) + &")".repeat(100_000),
        "f'{".repeat(1_000) + &"}'".repeat(1_000),
    ];
    for source in &deep {
        let result = krait_parser::parse_module(source);
        assert!(result.is_err(), "{}… parsed", &source[..20]);
    }
    // Moderately deep code still parses, as it does in CPython, and its dumps (recursive)
    // fit on a test thread's stack.
    for fine in [
        "x".to_owned() + &"+1".repeat(900),
        "-".repeat(990) + "x",
        "[".repeat(190) + &"]".repeat(190),
    ] {
        let module = krait_parser::parse_module(&fine).expect("parses");
        let lines = krait_ast::LineIndex::new(&fine);
        let options = krait_ast::DumpOptions {
            indent: Some(1),
            include_attributes: true,
        };
        assert!(!krait_ast::dump(&module, &lines, &options).is_empty());
        assert!(!krait_ast::dump_json(&module, &lines, &options).is_empty());
    }
}

#[test]
fn deep_nesting_fails_after_an_earlier_syntax_error_too() {
    // The tree built so far is dropped when the parse fails: it must be shallow.
    let source = "x = ".to_owned() + &"-".repeat(50_000) + "y $";
    assert!(krait_parser::parse_module(&source).is_err());
}

#[test]
fn fuzzer_findings_stay_fixed() {
    // Inputs the fuzzers (fuzz/) found trouble with, each named after what it was. They go
    // through everything the parser fuzz target does.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).expect("tests/fuzz_regressions exists") {
        let bytes = std::fs::read(entry.expect("readable entry").path()).expect("readable input");
        let _ = krait_lexer::tokenize_listing(&bytes, true);
        if let Ok(source) = std::str::from_utf8(&bytes) {
            if let Ok(module) = krait_parser::parse_module(source) {
                let lines = krait_ast::LineIndex::new(source);
                let options = krait_ast::DumpOptions {
                    indent: Some(1),
                    include_attributes: true,
                };
                let _ = krait_ast::dump(&module, &lines, &options);
                let _ = krait_ast::dump_json(&module, &lines, &options);
            }
        }
        count += 1;
    }
    assert!(count > 0);
}
