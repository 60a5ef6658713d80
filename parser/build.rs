//! Generates the parser from `src/grammar.lalrpop` into `OUT_DIR`, and one test function per
//! `tests/cases/*.py` (included by `tests/cases.rs`), so `cargo test NAME` picks one case.

use std::fmt::Write;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=src/grammar.lalrpop");
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .emit_rerun_directives(true)
        .process()
        .expect("the grammar compiles");
    write_case_tests();
}

fn write_case_tests() {
    println!("cargo:rerun-if-changed=tests/cases");
    let mut names: Vec<String> = std::fs::read_dir("tests/cases")
        .map(|dir| {
            dir.filter_map(|entry| entry.ok()?.file_name().into_string().ok())
                .filter_map(|name| name.strip_suffix(".py").map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out = String::new();
    for name in names {
        let _ = writeln!(
            out,
            "#[test]\nfn case_{name}() {{\n    check_case({name:?});\n}}\n"
        );
    }
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out_dir).join("case_tests.rs"), out).expect("OUT_DIR is writable");
}
