//! House rules over every crate's Rust sources: each file opens with a `//!` doc saying what
//! it owns, no test is skipped with an ignore attribute, no debugging macro is left behind,
//! files stay small, and `unsafe` code is confined to the gc crate.

use std::fs;
use std::path::{Path, PathBuf};

use xtask::golden::workspace_root;

/// The workspace's crates.
const CRATES: [&str; 9] = [
    "ast", "lexer", "parser", "compiler", "bytecode", "vm", "gc", "cli", "xtask",
];

/// The line count past which a file should be split by construct.
const MAX_LINES: usize = 3000;

fn rust_files() -> Vec<PathBuf> {
    let root = workspace_root();
    let mut files = Vec::new();
    for krate in CRATES {
        walk(&root.join(krate), &mut files);
    }
    files.sort();
    files
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if path.is_dir() {
            if !name.to_string_lossy().starts_with("target") {
                walk(&path, files);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

fn relative(path: &Path) -> String {
    path.strip_prefix(workspace_root())
        .unwrap_or(path)
        .display()
        .to_string()
}

#[test]
fn every_file_opens_with_a_module_doc() {
    let missing: Vec<String> = rust_files()
        .into_iter()
        .filter(|path| {
            let text = fs::read_to_string(path).unwrap_or_default();
            let first = text
                .lines()
                .find(|line| !line.trim().is_empty())
                .unwrap_or("");
            !first.starts_with("//!")
        })
        .map(|path| relative(&path))
        .collect();
    assert!(
        missing.is_empty(),
        "files without a leading `//!` doc: {missing:#?}"
    );
}

#[test]
fn no_ignored_tests_or_dbg() {
    let ignore = ["#[", "ignore"].concat();
    let dbg = ["dbg", "!("].concat();
    let mut found = Vec::new();
    for path in rust_files() {
        let text = fs::read_to_string(&path).unwrap_or_default();
        for (number, line) in text.lines().enumerate() {
            if line.contains(&ignore) || line.contains(&dbg) {
                found.push(format!(
                    "{}:{}: {}",
                    relative(&path),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(found.is_empty(), "ignored tests or dbg! calls: {found:#?}");
}

#[test]
fn files_stay_small() {
    let large: Vec<String> = rust_files()
        .into_iter()
        .filter_map(|path| {
            let lines = fs::read_to_string(&path)
                .unwrap_or_default()
                .lines()
                .count();
            (lines > MAX_LINES).then(|| format!("{} ({lines} lines)", relative(&path)))
        })
        .collect();
    assert!(large.is_empty(), "split these by construct: {large:#?}");
}

#[test]
fn unsafe_code_only_in_gc() {
    let unsafe_block = ["unsafe", " {"].concat();
    let unsafe_impl = ["unsafe", " impl"].concat();
    let unsafe_fn = ["unsafe", " fn"].concat();
    let mut found = Vec::new();
    for path in rust_files() {
        let name = relative(&path);
        if name.starts_with("gc/") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap_or_default();
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if [&unsafe_block, &unsafe_impl, &unsafe_fn]
                .iter()
                .any(|u| code.contains(u.as_str()))
            {
                found.push(format!("{name}:{}: {}", number + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "unsafe code outside the gc crate: {found:#?}"
    );
}
