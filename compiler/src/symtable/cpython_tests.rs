//! The symbol tables of `tests/symtable/*.py` against CPython's `symtable` module: each
//! `NAME.symtable` beside the program is CPython's record, written by
//! `tests/symtable/cpython_symtable.py --write` (run by hand, never by the tests); Krait's
//! [`super::cpython_dump`] must print it exactly, errors included.

use std::fs;
use std::path::Path;

use super::{cpython_dump, cpython_error, SymbolTable};

/// Krait's dump of `source` (or of the error building its table).
fn krait_text(source: &str) -> String {
    let module = match krait_parser::parse_module(source) {
        Ok(module) => module,
        Err(error) => return cpython_error(&error, source),
    };
    match SymbolTable::build(&module) {
        Ok(table) => cpython_dump(&table, source),
        Err(error) => cpython_error(&error, source),
    }
}

#[test]
fn symbol_tables_match_cpython_records() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/symtable");
    let mut programs: Vec<_> = fs::read_dir(&dir)
        .expect("tests/symtable exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "py")
                && p.file_name() != Some("cpython_symtable.py".as_ref())
        })
        .collect();
    programs.sort();
    assert!(programs.len() >= 10, "too few symtable cases");
    let mut failures = Vec::new();
    for program in &programs {
        let source = fs::read_to_string(program).expect("readable program");
        let expected = fs::read_to_string(program.with_extension("symtable"))
            .unwrap_or_else(|_| panic!("{} has no .symtable record", program.display()));
        let actual = krait_text(&source);
        if actual != expected {
            failures.push(format!(
                "{}:\n--- CPython\n{expected}--- Krait\n{actual}",
                program.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
