//! Running Krait on a golden case, in-process, and comparing it with CPython's record.
//!
//! Every stage runs under `catch_unwind` (a panic is reported as a difference, never a
//! crash of the harness) and the whole case runs on its own thread with a time limit, so a
//! VM that loops forever fails one case instead of hanging the suite.

use std::any::Any;
use std::cell::RefCell;
use std::fs;
use std::io::{self, Write};
use std::panic::{self, AssertUnwindSafe};
use std::rc::Rc;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use krait_ast::visitor::{walk_expr, walk_module, walk_stmt, Visitor};
use krait_ast::{DumpOptions, LineIndex, SyntaxError, TextRange};
use krait_cli::commands::{self, Io};
use krait_cli::diagnostic::{self, ColorChoice};
use krait_cli::driver::{self, Program, RunOptions};

use super::case::{args_of, Case};
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

/// One of Krait's stage outputs for a case, to be snapshotted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    /// `tokens`, `ast`, `dis` or `stderr`: the snapshot is stored as `NAME.<stage>.snap`.
    pub stage: &'static str,
    /// The `krait` command line that prints the same text.
    pub command: String,
    /// The output, the rendered diagnostic of a rejecting stage, or `panicked: …`.
    pub text: String,
}

/// The outcome of checking one case.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Krait's outputs, in pipeline order; later stages are absent after an earlier one
    /// rejected the program.
    pub snapshots: Vec<Snapshot>,
    /// Every way Krait departs from CPython's record (or broke an invariant, or panicked).
    /// Empty means the case passes.
    pub differences: Vec<String>,
}

/// Checks `case` against its committed CPython record.
pub fn check_case(case: &Case, options: CheckOptions) -> Report {
    let (sender, receiver) = mpsc::channel();
    let thread_case = case.clone();
    let spawned = thread::Builder::new()
        .name(format!("golden {}", case.name))
        .stack_size(256 << 20)
        .spawn(move || {
            let _ = sender.send(check_on_this_thread(&thread_case, options));
        });
    if let Err(error) = spawned {
        return Report::failed(format!("could not start the case's thread: {error}"));
    }
    match receiver.recv_timeout(options.timeout) {
        Ok(report) => report,
        // The thread is left running; the process ends with the test run.
        Err(mpsc::RecvTimeoutError::Timeout) => {
            Report::failed(format!("timed out after {:?}", options.timeout))
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Report::failed("the case's thread died without a report".to_owned())
        }
    }
}

impl Report {
    fn failed(difference: String) -> Self {
        Report {
            snapshots: Vec::new(),
            differences: vec![difference],
        }
    }

    fn snapshot(&mut self, stage: &'static str, command: String, text: String) {
        self.snapshots.push(Snapshot {
            stage,
            command,
            text,
        });
    }
}

/// How far one stage got.
enum Outcome<T> {
    Done(T),
    Rejected(SyntaxError),
    Panicked(String),
}

/// Runs `stage`, turning a panic into [`Outcome::Panicked`].
fn guarded<T>(stage: impl FnOnce() -> Result<T, SyntaxError>) -> Outcome<T> {
    match panic::catch_unwind(AssertUnwindSafe(stage)) {
        Ok(Ok(value)) => Outcome::Done(value),
        Ok(Err(error)) => Outcome::Rejected(error),
        Err(payload) => Outcome::Panicked(panic_message(payload.as_ref())),
    }
}

fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_owned()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "a panic with a non-string payload".to_owned()
    }
}

/// What Krait's run printed.
struct RunOutput {
    exit: i32,
    stdout: String,
    stderr: String,
}

/// A `Write` into a buffer the harness keeps a handle to after the VM is dropped.
#[derive(Clone, Default)]
struct SharedBuffer(Rc<RefCell<Vec<u8>>>);

impl Write for SharedBuffer {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl SharedBuffer {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.borrow()).into_owned()
    }
}

/// One case's source and the report being built from it.
struct Checker {
    source: String,
    filename: String,
    options: CheckOptions,
    report: Report,
}

fn check_on_this_thread(case: &Case, options: CheckOptions) -> Report {
    let source = match case.source() {
        Ok(source) => source,
        Err(error) => return Report::failed(format!("cannot read the source: {error}")),
    };
    let mut checker = Checker {
        source,
        filename: case.display_path(),
        options,
        report: Report::default(),
    };
    let expected = read_expected(case, &mut checker.report);
    let expected_ast = fs::read_to_string(case.file(".ast.expected")).ok();

    // The lexer alone, for its snapshot; the parser tokenizes for itself (it may report a
    // bracket left open only once parsing fails past it, as CPython does), so the error a
    // user sees, and that is compared with CPython's, comes from parsing and compiling.
    if !checker.lex() {
        return checker.report;
    }
    let mut rejection = None;
    let module = match checker.parse() {
        Ok(module) => module,
        Err(error) => {
            rejection = error;
            None
        }
    };
    compare_ast(
        module.as_ref(),
        rejection.as_ref(),
        expected_ast.as_deref(),
        &checker.source,
        &mut checker.report,
    );
    let code = match &module {
        Some(module) => match checker.compile(module) {
            Ok(code) => code,
            Err(error) => {
                rejection = error;
                None
            }
        },
        None => None,
    };
    let run = code.and_then(|code| checker.run(code));
    let rejected_exit = rejection.as_ref().and_then(|_| checker.run_rejected());
    if let Some(expected) = expected {
        if let Some(exit) = rejected_exit.filter(|&exit| exit != expected.exit) {
            checker.report.differences.push(format!(
                "exit status: CPython {}, Krait {exit}",
                expected.exit
            ));
        }
        compare_run(
            &expected,
            run.as_ref(),
            rejection.as_ref(),
            &checker.source,
            &mut checker.report,
        );
    }
    checker.report
}

impl Checker {
    fn render(&self, error: &SyntaxError) -> String {
        diagnostic::render(error, &self.filename, &self.source, ColorChoice::Plain)
    }

    fn panicked(&mut self, stage: &str, message: &str) -> String {
        self.report
            .differences
            .push(format!("{stage} panicked: {message}"));
        format!("panicked: {message}\n")
    }

    /// Snapshots the token listing (or the lexer's error) and checks the invariants of the
    /// parser's token stream; false if the lexer panicked.
    fn lex(&mut self) -> bool {
        match guarded(|| driver::tokenize(&self.source)) {
            Outcome::Done(tokens) => {
                let problems = token_invariants(&tokens, &self.source);
                self.report.differences.extend(problems);
            }
            Outcome::Rejected(_) => {}
            Outcome::Panicked(message) => {
                let text = self.panicked("the lexer", &message);
                let command = format!("krait tokens --exact {}", self.filename);
                self.report.snapshot("tokens", command, text);
                return false;
            }
        }
        let (text, result) = match guarded(|| driver::tokens_text(self.source.as_bytes(), true)) {
            Outcome::Done(listing) => (listing, true),
            Outcome::Rejected(error) => (self.render(&error), true),
            Outcome::Panicked(message) => (self.panicked("the lexer", &message), false),
        };
        let command = format!("krait tokens --exact {}", self.filename);
        self.report.snapshot("tokens", command, text);
        result
    }

    /// The tree (`Ok(None)` after a panic), or the parser's syntax error.
    fn parse(&mut self) -> Result<Option<krait_ast::Module>, Option<SyntaxError>> {
        let (text, result) = match guarded(|| driver::parse(&self.source)) {
            Outcome::Done(tree) => {
                let plain = DumpOptions {
                    indent: Some(2),
                    include_attributes: false,
                };
                let text = krait_ast::dump(&tree, &LineIndex::new(&self.source), &plain);
                let problems = ast_invariants(&tree, &self.source);
                self.report.differences.extend(problems);
                (text, Ok(Some(tree)))
            }
            Outcome::Rejected(error) => (self.render(&error), Err(Some(error))),
            Outcome::Panicked(message) => (self.panicked("the parser", &message), Ok(None)),
        };
        let command = format!("krait ast --indent 2 {}", self.filename);
        self.report.snapshot("ast", command, text);
        result
    }

    /// The code object (`Ok(None)` after a panic), or the compiler's syntax error.
    fn compile(
        &mut self,
        module: &krait_ast::Module,
    ) -> Result<Option<Rc<driver::CodeObject>>, Option<SyntaxError>> {
        let compiled = guarded(|| driver::compile_module(module, &self.source, &self.filename));
        let (text, result) = match compiled {
            Outcome::Done(code) => (code.to_string(), Ok(Some(code))),
            Outcome::Rejected(error) => (self.render(&error), Err(Some(error))),
            Outcome::Panicked(message) => (self.panicked("the compiler", &message), Ok(None)),
        };
        let command = format!("krait dis {}", self.filename);
        self.report.snapshot("dis", command, text);
        result
    }

    /// Runs the code with captured output; `None` if the VM panicked.
    fn run(&mut self, code: Rc<driver::CodeObject>) -> Option<RunOutput> {
        let stdout = SharedBuffer::default();
        let stderr = SharedBuffer::default();
        let mut argv = vec![self.filename.clone()];
        argv.extend(args_of(&self.source));
        let options = RunOptions {
            argv,
            stdout: Box::new(stdout.clone()),
            stderr: Box::new(stderr.clone()),
            gc_stress: self.options.gc_stress,
            gc_stats: false,
            hash_seed: Some(0),
            unbuffered: false,
            python_path: Vec::new(),
            safe_path: false,
            cpython_lib: None,
            interrupt: None,
            write_bytecode: false,
        };
        let source = &self.source;
        match panic::catch_unwind(AssertUnwindSafe(|| driver::run_code(code, source, options))) {
            Ok(exit) => {
                let output = RunOutput {
                    exit,
                    stdout: stdout.text(),
                    stderr: stderr.text(),
                };
                if !output.stderr.is_empty() {
                    let command = format!("krait {}", self.filename);
                    self.report
                        .snapshot("stderr", command, output.stderr.clone());
                }
                Some(output)
            }
            Err(payload) => {
                self.panicked("the VM", &panic_message(payload.as_ref()));
                None
            }
        }
    }

    /// For a program some stage rejected: what `krait FILE` prints (snapshotted) and its
    /// exit status; `None` if that panicked.
    fn run_rejected(&mut self) -> Option<i32> {
        let stderr = SharedBuffer::default();
        let io = Io {
            stdout: Box::new(io::sink()),
            stderr: Box::new(stderr.clone()),
            color: ColorChoice::Plain,
            gc_stress: self.options.gc_stress,
            gc_stats: false,
            hash_seed: Some(0),
            unbuffered: false,
            skip_first_line: false,
            python_path: Vec::new(),
            safe_path: false,
            cpython_lib: None,
            interrupt: None,
            write_bytecode: false,
        };
        let program = Program::new(self.filename.clone(), self.source.clone());
        let args = args_of(&self.source);
        let filename = &self.filename;
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
            commands::run_program(&program, filename, &args, io)
        }));
        match outcome {
            Ok(exit) => {
                let command = format!("krait {}", self.filename);
                self.report.snapshot("stderr", command, stderr.text());
                Some(exit)
            }
            Err(payload) => {
                let stage = format!("`krait {}`", self.filename);
                self.panicked(&stage, &panic_message(payload.as_ref()));
                None
            }
        }
    }
}

fn read_expected(case: &Case, report: &mut Report) -> Option<Expected> {
    let path = case.file(".expected");
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(_) => {
            report.differences.push(format!(
                "{} is missing: run `cargo xtask golden --cpython`",
                path.display()
            ));
            return None;
        }
    };
    match Expected::parse(&text) {
        Ok(expected) => Some(expected),
        Err(error) => {
            report
                .differences
                .push(format!("{}: {error}", path.display()));
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
    report: &mut Report,
) {
    match (expected, module) {
        (Some(expected), Some(module)) => {
            let dump = statement_dumps(module, source);
            if let Some(diff) = first_difference(strip_header(expected), &dump) {
                report
                    .differences
                    .push(format!("the AST differs from CPython's ({diff})"));
            }
        }
        (Some(_), None) => {
            let why = rejection.map_or_else(|| "it panicked".to_owned(), |e| e.to_string());
            report.differences.push(format!(
                "CPython parses this file but Krait does not: {why}"
            ));
        }
        (None, Some(_)) => report
            .differences
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
    report: &mut Report,
) {
    match (&expected.syntax_error, rejection, run) {
        (Some(want), Some(error), _) => {
            let message = error.to_string();
            if message != want.message {
                report.differences.push(format!(
                    "syntax error message: CPython `{}`, Krait `{message}`",
                    want.message
                ));
            }
            let (line, _) = diagnostic::line_col(error, source);
            if line != want.line {
                report.differences.push(format!(
                    "syntax error line: CPython {}, Krait {line}",
                    want.line
                ));
            }
        }
        (Some(want), None, _) => report.differences.push(format!(
            "CPython rejects this file (`{}`) but Krait does not",
            want.message
        )),
        (None, Some(error), _) => report.differences.push(format!(
            "CPython runs this file but Krait rejects it: {error}"
        )),
        (None, None, Some(run)) => {
            if run.exit != expected.exit {
                report.differences.push(format!(
                    "exit status: CPython {}, Krait {}",
                    expected.exit, run.exit
                ));
            }
            if let Some(diff) = first_difference(&expected.stdout, &run.stdout) {
                report
                    .differences
                    .push(format!("stdout differs from CPython's: {diff}"));
            }
            let skeleton = traceback_skeleton(&run.stderr);
            if let Some(diff) = first_difference(&expected.stderr, &skeleton) {
                report
                    .differences
                    .push(format!("stderr differs from CPython's: {diff}"));
            }
        }
        // A panic was already reported.
        (None, None, None) => {}
    }
}
