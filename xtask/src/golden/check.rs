//! Running Krait on a golden case, in-process, and comparing it with CPython's record.
//!
//! The golden engine (`krait_cli::golden`) records every stage of the case, with panics
//! and hangs contained (a panic is reported as a difference, never a crash of the harness);
//! this module adds what only Krait's own corpus checks: the committed CPython record and
//! the invariants of token and node ranges.

use std::fs;
use std::time::Duration;

use krait_ast::visitor::{walk_expr, walk_module, walk_stmt, Visitor};
use krait_ast::{DumpOptions, LineIndex, SyntaxError, TextRange};
use krait_cli::diagnostic;
use krait_cli::golden::{self, Input, Record, RunOutput};

use super::case::Case;
use super::expected::{strip_header, Expected};
use super::text::{first_difference, traceback_skeleton};

/// How a case is run.
#[derive(Clone, Copy, Debug)]
pub struct CheckOptions {
    /// Give up on the case after this long.
    pub timeout: Duration,
    /// Run the VM with a collection at every safe point.
    pub gc_stress: bool,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            timeout: Duration::from_secs(30),
            gc_stress: false,
        }
    }
}

/// The outcome of checking one case.
#[derive(Debug, Default)]
pub struct Report {
    /// Everything the golden engine recorded: the stage outputs for the snapshots, the
    /// tree, the run.
    pub record: Record,
    /// Every way Krait departs from CPython's record (or broke an invariant, or panicked).
    /// Empty means the case passes.
    pub differences: Vec<String>,
}

/// Checks `case` against its committed CPython record.
pub fn check_case(case: &Case, options: CheckOptions) -> Report {
    let (bytes, source) = match fs::read(case.source_path()) {
        Ok(bytes) => {
            let source = String::from_utf8_lossy(&bytes).into_owned();
            (bytes, source)
        }
        Err(error) => {
            return Report {
                record: Record::default(),
                differences: vec![format!("cannot read the source: {error}")],
            }
        }
    };
    let input = Input {
        filename: case.display_path(),
        bytes,
        workdir: None,
    };
    let record = golden::record(
        input,
        golden::Options {
            timeout: options.timeout,
            gc_stress: options.gc_stress,
        },
    );
    let mut report = Report {
        differences: record.problems.clone(),
        record,
    };
    let expected = read_expected(case, &mut report.differences);
    let expected_ast = fs::read_to_string(case.file(".ast.expected")).ok();
    let record = &report.record;
    let differences = &mut report.differences;
    if let Some(tokens) = &record.tokens {
        differences.extend(token_invariants(tokens, &source));
    }
    if let Some(module) = &record.module {
        differences.extend(ast_invariants(module, &source));
    }
    let lexer_finished = record.snapshot("ast").is_some();
    if lexer_finished {
        compare_ast(
            record.module.as_ref(),
            record.rejection.as_ref(),
            expected_ast.as_deref(),
            &source,
            differences,
        );
    }
    if let Some(expected) = expected {
        let rejection = record.rejection.as_ref();
        let run = record.run.as_ref();
        if let (Some(_), Some(run)) = (rejection, run) {
            if run.exit != expected.exit {
                differences.push(format!(
                    "exit status: CPython {}, Krait {}",
                    expected.exit, run.exit
                ));
            }
        }
        let program_run = run.filter(|_| rejection.is_none());
        if lexer_finished {
            compare_run(&expected, program_run, rejection, &source, differences);
        }
    }
    report
}

fn read_expected(case: &Case, differences: &mut Vec<String>) -> Option<Expected> {
    let path = case.file(".expected");
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(_) => {
            differences.push(format!(
                "{} is missing: run `cargo xtask golden --cpython`",
                path.display()
            ));
            return None;
        }
    };
    match Expected::parse(&text) {
        Ok(expected) => Some(expected),
        Err(error) => {
            differences.push(format!("{}: {error}", path.display()));
            None
        }
    }
}

/// Tokens lie inside the source, in order, on character boundaries.
fn token_invariants(tokens: &[krait_cli::driver::Token], source: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut previous_start = 0;
    for (index, token) in tokens.iter().enumerate() {
        let start = u32::from(token.range.start()) as usize;
        let end = u32::from(token.range.end()) as usize;
        if end > source.len() || !source.is_char_boundary(start) || !source.is_char_boundary(end) {
            problems.push(format!(
                "token {index} has range {start}..{end} outside the source"
            ));
        } else if start < previous_start {
            problems.push(format!(
                "token {index} starts at {start}, before token {}",
                index - 1
            ));
        }
        previous_start = start;
        if problems.len() >= 3 {
            break;
        }
    }
    problems
}

/// Every statement and expression lies inside the source on character boundaries, and
/// sibling statements come in source order.
fn ast_invariants(module: &krait_ast::Module, source: &str) -> Vec<String> {
    struct Ranges<'s> {
        source: &'s str,
        problems: Vec<String>,
    }
    impl Ranges<'_> {
        fn check(&mut self, what: &str, range: TextRange) {
            let (start, end) = (usize::from(range.start()), usize::from(range.end()));
            let inside = end <= self.source.len()
                && self.source.is_char_boundary(start)
                && self.source.is_char_boundary(end);
            if !inside && self.problems.len() < 3 {
                self.problems.push(format!(
                    "{what} has range {start}..{end} outside the source"
                ));
            }
        }
        fn ordered(&mut self, body: &[krait_ast::Stmt]) {
            for pair in body.windows(2) {
                if pair[1].range.start() < pair[0].range.end() && self.problems.len() < 3 {
                    self.problems.push(format!(
                        "statement at {:?} starts before its predecessor at {:?} ends",
                        pair[1].range, pair[0].range
                    ));
                }
            }
        }
    }
    impl<'a> Visitor<'a> for Ranges<'_> {
        fn visit_stmt(&mut self, stmt: &'a krait_ast::Stmt) {
            self.check("a statement", stmt.range);
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a krait_ast::Expr) {
            self.check("an expression", expr.range);
            walk_expr(self, expr);
        }
    }
    let mut ranges = Ranges {
        source,
        problems: Vec::new(),
    };
    ranges.ordered(&module.body);
    walk_module(&mut ranges, module);
    ranges.problems
}

fn compare_ast(
    module: Option<&krait_ast::Module>,
    rejection: Option<&SyntaxError>,
    expected: Option<&str>,
    source: &str,
    differences: &mut Vec<String>,
) {
    match (expected, module) {
        (Some(expected), Some(module)) => {
            let dump = statement_dumps(module, source);
            if let Some(diff) = first_difference(strip_header(expected), &dump) {
                differences.push(format!("the AST differs from CPython's ({diff})"));
            }
        }
        (Some(_), None) => {
            let why = rejection.map_or_else(|| "it panicked".to_owned(), |e| e.to_string());
            differences.push(format!(
                "CPython parses this file but Krait does not: {why}"
            ));
        }
        (None, Some(_)) => differences
            .push("CPython's ast.parse rejects this file but Krait's parser accepts it".into()),
        (None, None) => {}
    }
}

/// The tree as the committed CPython file has it: one `ast.dump(statement,
/// include_attributes=True)` line per top-level statement.
pub fn statement_dumps(module: &krait_ast::Module, source: &str) -> String {
    let lines = LineIndex::new(source);
    let options = DumpOptions {
        indent: None,
        include_attributes: true,
    };
    let mut out = String::new();
    for statement in &module.body {
        let single = krait_ast::Module {
            body: vec![statement.clone()],
            type_ignores: Vec::new(),
            range: module.range,
        };
        let dump = krait_ast::dump(&single, &lines, &options);
        let inner = dump
            .strip_prefix("Module(body=[")
            .and_then(|rest| rest.strip_suffix("], type_ignores=[])"))
            .unwrap_or(&dump);
        out.push_str(inner);
        out.push('\n');
    }
    out
}

fn compare_run(
    expected: &Expected,
    run: Option<&RunOutput>,
    rejection: Option<&SyntaxError>,
    source: &str,
    differences: &mut Vec<String>,
) {
    match (&expected.syntax_error, rejection, run) {
        (Some(want), Some(error), _) => {
            let message = error.to_string();
            if message != want.message {
                differences.push(format!(
                    "syntax error message: CPython `{}`, Krait `{message}`",
                    want.message
                ));
            }
            let (line, _) = diagnostic::line_col(error, source);
            if line != want.line {
                differences.push(format!(
                    "syntax error line: CPython {}, Krait {line}",
                    want.line
                ));
            }
        }
        (Some(want), None, _) => differences.push(format!(
            "CPython rejects this file (`{}`) but Krait does not",
            want.message
        )),
        (None, Some(error), _) => differences.push(format!(
            "CPython runs this file but Krait rejects it: {error}"
        )),
        (None, None, Some(run)) => {
            if run.exit != expected.exit {
                differences.push(format!(
                    "exit status: CPython {}, Krait {}",
                    expected.exit, run.exit
                ));
            }
            if let Some(diff) = first_difference(&expected.stdout, &run.stdout) {
                differences.push(format!("stdout differs from CPython's: {diff}"));
            }
            let skeleton = traceback_skeleton(&run.stderr);
            if let Some(diff) = first_difference(&expected.stderr, &skeleton) {
                differences.push(format!("stderr differs from CPython's: {diff}"));
            }
        }
        // A panic was already reported.
        (None, None, None) => {}
    }
}
