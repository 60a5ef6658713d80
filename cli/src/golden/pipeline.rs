//! Running one program through every stage, in-process, and keeping what each stage gave.
//!
//! Every stage runs under `catch_unwind` (a panic becomes a recorded problem and the text
//! `panicked: …`, never a crash of the caller) and the whole program runs on a thread of its
//! own with a large stack and a time limit, so a program that loops forever fails alone.
//! The stages run in pipeline order and stop where one rejects the program, as `krait FILE`
//! does: a program that does not parse has no disassembly.

use std::any::Any;
use std::cell::RefCell;
use std::io::{self, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use krait_ast::{DumpOptions, LineIndex, Module, SyntaxError};

use super::stage::{self, StageName};
use crate::commands::{self, Io};
use crate::diagnostic::{self, ColorChoice};
use crate::driver::{self, DisOptions, Program, RunOptions, Token};

/// The program to record.
#[derive(Clone, Debug)]
pub struct Input {
    /// The name the program is shown and run under (in diagnostics, tracebacks and
    /// `sys.argv[0]`), e.g. `tests/golden/basics/ints.py` or `ints.py`.
    pub filename: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Run the program from this folder (the process's current directory is changed for
    /// the run and restored after); `None` keeps the current one.
    pub workdir: Option<PathBuf>,
}

/// How a program is recorded.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Give up on the program after this long.
    pub timeout: Duration,
    /// Run the VM with a collection at every safe point.
    pub gc_stress: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            timeout: Duration::from_secs(30),
            gc_stress: false,
        }
    }
}

/// One stage's output for a program, the text its snapshot holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    /// The stage (see [`stage::STAGES`]); stored as `NAME.<stage>.snap`.
    pub stage: StageName,
    /// The `krait` command line that prints the same text.
    pub command: String,
    /// The output, the rendered diagnostic of a rejecting stage, or `panicked: …`.
    pub text: String,
}

/// What a program run printed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunOutput {
    /// The exit status.
    pub exit: i32,
    /// Everything written to stdout.
    pub stdout: String,
    /// Everything written to stderr.
    pub stderr: String,
}

/// Everything known about one program after running it through the stages.
#[derive(Debug, Default)]
pub struct Record {
    /// The stage outputs, in pipeline order; stages after a rejection or a panic are absent
    /// (`stderr` is present only when the run printed to stderr).
    pub snapshots: Vec<Snapshot>,
    /// Panics and timeouts, each as one line (`the parser panicked: …`).
    pub problems: Vec<String>,
    /// The parser's token stream, when the lexer accepted the program.
    pub tokens: Option<Vec<Token>>,
    /// The tree, when the parser accepted the program.
    pub module: Option<Module>,
    /// The syntax error of the stage that rejected the program.
    pub rejection: Option<SyntaxError>,
    /// What `krait FILE` printed and its status: the program's run, or for a rejected
    /// program the diagnostic. `None` if it panicked or was never reached.
    pub run: Option<RunOutput>,
}

impl Record {
    fn failed(problem: String) -> Self {
        Record {
            problems: vec![problem],
            ..Record::default()
        }
    }

    /// The snapshot of `stage`, if the program reached it.
    pub fn snapshot(&self, stage: &str) -> Option<&Snapshot> {
        self.snapshots.iter().find(|s| s.stage == stage)
    }

    fn push(&mut self, stage: StageName, command: String, text: String) {
        self.snapshots.push(Snapshot {
            stage,
            command,
            text,
        });
    }
}

/// The arguments a program runs with, from a `# args: a b c` line among the comment lines
/// at the top of its source (whitespace-separated, no quoting).
pub fn args_of(source: &str) -> Vec<String> {
    source
        .lines()
        .take_while(|line| line.starts_with('#'))
        .find_map(|line| line.strip_prefix("# args:"))
        .map(|args| args.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default()
}

/// Runs `input` through every stage on a thread of its own; see the module docs.
pub fn record(input: Input, options: Options) -> Record {
    let (sender, receiver) = mpsc::channel();
    let name = format!("golden {}", input.filename);
    let spawned = thread::Builder::new()
        .name(name)
        .stack_size(256 << 20)
        .spawn(move || {
            let _ = sender.send(record_on_this_thread(&input, options));
        });
    if let Err(error) = spawned {
        return Record::failed(format!("could not start the program's thread: {error}"));
    }
    match receiver.recv_timeout(options.timeout) {
        Ok(record) => record,
        // The thread is left running; the process ends with the caller.
        Err(mpsc::RecvTimeoutError::Timeout) => {
            Record::failed(format!("timed out after {:?}", options.timeout))
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Record::failed("the program's thread died without a record".to_owned())
        }
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

/// A `Write` into a buffer the recorder keeps a handle to after the VM is dropped.
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

/// One program and the record being built from it.
struct Recorder<'a> {
    input: &'a Input,
    program: Program,
    options: Options,
    record: Record,
}

fn record_on_this_thread(input: &Input, options: Options) -> Record {
    let program = match Program::from_bytes(&input.filename, &input.bytes) {
        Ok(program) => program,
        Err(error) => {
            // Nothing past reading: what `krait FILE` prints is the whole record.
            let mut record = Record::default();
            let text = format!("{error}\n");
            record.push(
                stage::RUN,
                format!("krait {}", input.filename),
                run_text(1, "", &text),
            );
            record.push(
                stage::STDERR,
                format!("krait {}", input.filename),
                text.clone(),
            );
            record.run = Some(RunOutput {
                exit: error.exit_code(),
                stdout: String::new(),
                stderr: text,
            });
            return record;
        }
    };
    let mut recorder = Recorder {
        input,
        program,
        options,
        record: Record::default(),
    };
    let previous_dir = input.workdir.as_ref().and_then(|dir| {
        let previous = std::env::current_dir().ok()?;
        std::env::set_current_dir(dir).ok()?;
        Some(previous)
    });
    recorder.all_stages();
    if let Some(previous) = previous_dir {
        let _ = std::env::set_current_dir(previous);
    }
    recorder.record
}

impl Recorder<'_> {
    fn all_stages(&mut self) {
        // The lexer alone, for its snapshot; the parser tokenizes for itself (it may report a
        // bracket left open only once parsing fails past it, as CPython does), so the error
        // a user sees comes from parsing and compiling.
        if !self.lex() {
            return;
        }
        let module = match self.parse() {
            Ok(module) => module,
            Err(error) => {
                self.record.rejection = Some(error);
                None
            }
        };
        if let Some(module) = &module {
            self.symtable(module);
        }
        let code = match &module {
            Some(module) => match self.compile(module) {
                Ok(code) => code,
                Err(error) => {
                    self.record.rejection = Some(error);
                    None
                }
            },
            None => None,
        };
        self.record.module = module;
        if let Some(code) = code {
            self.run(code);
        } else if self.record.rejection.is_some() {
            self.run_rejected();
        }
    }

    fn filename(&self) -> &str {
        &self.input.filename
    }

    fn render(&self, error: &SyntaxError) -> String {
        diagnostic::render(
            error,
            self.filename(),
            &self.program.source,
            ColorChoice::Plain,
        )
    }

    fn panicked(&mut self, stage: &str, message: &str) -> String {
        self.record
            .problems
            .push(format!("{stage} panicked: {message}"));
        format!("panicked: {message}\n")
    }

    /// Records the token listing (or the lexer's error) and the parser's token stream;
    /// false if the lexer panicked.
    fn lex(&mut self) -> bool {
        let command = format!("krait tokens --exact {}", self.filename());
        match guarded(|| driver::tokenize(&self.program.source)) {
            Outcome::Done(tokens) => self.record.tokens = Some(tokens),
            Outcome::Rejected(_) => {}
            Outcome::Panicked(message) => {
                let text = self.panicked("the lexer", &message);
                self.record.push(stage::TOKENS, command, text);
                return false;
            }
        }
        let bytes = &self.input.bytes;
        let (text, result) = match guarded(|| driver::tokens_text(bytes, true)) {
            Outcome::Done(listing) => (listing, true),
            Outcome::Rejected(error) => (self.render(&error), true),
            Outcome::Panicked(message) => (self.panicked("the lexer", &message), false),
        };
        self.record.push(stage::TOKENS, command, text);
        result
    }

    /// The tree (`Ok(None)` after a panic), or the parser's syntax error.
    fn parse(&mut self) -> Result<Option<Module>, SyntaxError> {
        let source = &self.program.source;
        let (text, result) = match guarded(|| driver::parse(source)) {
            Outcome::Done(tree) => {
                let plain = DumpOptions {
                    indent: Some(2),
                    include_attributes: false,
                };
                let text = krait_ast::dump(&tree, &LineIndex::new(source), &plain);
                (text, Ok(Some(tree)))
            }
            Outcome::Rejected(error) => (self.render(&error), Err(error)),
            Outcome::Panicked(message) => (self.panicked("the parser", &message), Ok(None)),
        };
        let command = format!("krait ast --indent 2 {}", self.filename());
        self.record.push(stage::AST, command, text);
        result
    }

    /// The symbol tables (or the error that stops building them: `nonlocal` with no
    /// binding, say, which the compiler then reports too).
    fn symtable(&mut self, module: &Module) {
        let source = &self.program.source;
        let built = guarded(|| {
            let table = krait_compiler::symtable::SymbolTable::build(module)?;
            Ok(krait_compiler::symtable::cpython_dump(&table, source))
        });
        let text = match built {
            Outcome::Done(text) => text,
            Outcome::Rejected(error) => self.render(&error),
            Outcome::Panicked(message) => self.panicked("the symbol table", &message),
        };
        let command = format!("krait symtable {}", self.filename());
        self.record.push(stage::SYMTABLE, command, text);
    }

    /// The code object (`Ok(None)` after a panic), or the compiler's syntax error.
    fn compile(&mut self, module: &Module) -> Result<Option<Rc<driver::CodeObject>>, SyntaxError> {
        let (source, filename) = (&self.program.source, &self.input.filename);
        let compiled = guarded(|| driver::compile_module(module, source, filename));
        let mut positions = None;
        let (text, result) = match compiled {
            Outcome::Done(code) => {
                positions = Some(code.disassemble(DisOptions { positions: true }).to_string());
                (code.to_string(), Ok(Some(code)))
            }
            Outcome::Rejected(error) => (self.render(&error), Err(error)),
            Outcome::Panicked(message) => (self.panicked("the compiler", &message), Ok(None)),
        };
        let command = format!("krait dis {}", self.filename());
        self.record.push(stage::DIS, command, text);
        if matches!(result, Ok(Some(_))) {
            // The code as generated, to show what each rewrite of the optimiser did.
            let (source, filename) = (&self.program.source, &self.input.filename);
            let unoptimized =
                guarded(|| driver::compile_module_unoptimized(module, source, filename));
            let text = match unoptimized {
                Outcome::Done(code) => code.to_string(),
                Outcome::Rejected(error) => self.render(&error),
                Outcome::Panicked(message) => self.panicked("the compiler", &message),
            };
            let command = format!("krait dis --no-opt {}", self.filename());
            self.record.push(stage::DIS_NOOPT, command, text);
        }
        if let Some(text) = positions {
            let command = format!("krait dis --positions {}", self.filename());
            self.record.push(stage::DIS_POSITIONS, command, text);
        }
        result
    }

    /// Runs the code with captured output.
    fn run(&mut self, code: Rc<driver::CodeObject>) {
        let stdout = SharedBuffer::default();
        let stderr = SharedBuffer::default();
        let mut argv = vec![self.input.filename.clone()];
        argv.extend(args_of(&self.program.source));
        let mut io = quiet_io(self.options.gc_stress);
        io.stdout = Box::new(stdout.clone());
        io.stderr = Box::new(stderr.clone());
        let options: RunOptions = io.run_options(argv);
        let source = &self.program.source;
        match panic::catch_unwind(AssertUnwindSafe(|| driver::run_code(code, source, options))) {
            Ok(exit) => self.ran(RunOutput {
                exit,
                stdout: stdout.text(),
                stderr: stderr.text(),
            }),
            Err(payload) => {
                self.panicked("the VM", &panic_message(payload.as_ref()));
            }
        }
    }

    /// For a program some stage rejected: what `krait FILE` prints and its exit status.
    fn run_rejected(&mut self) {
        let stderr = SharedBuffer::default();
        let mut io = quiet_io(self.options.gc_stress);
        io.stderr = Box::new(stderr.clone());
        let args = args_of(&self.program.source);
        let (program, filename) = (&self.program, &self.input.filename);
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
            commands::run_program(program, filename, &args, io)
        }));
        match outcome {
            Ok(exit) => self.ran(RunOutput {
                exit,
                stdout: String::new(),
                stderr: stderr.text(),
            }),
            Err(payload) => {
                let stage = format!("`krait {}`", self.filename());
                self.panicked(&stage, &panic_message(payload.as_ref()));
            }
        }
    }

    fn ran(&mut self, output: RunOutput) {
        let command = format!("krait {}", self.filename());
        self.record.push(
            stage::RUN,
            command.clone(),
            run_text(output.exit, &output.stdout, &output.stderr),
        );
        if !output.stderr.is_empty() || self.record.rejection.is_some() {
            self.record
                .push(stage::STDERR, command, output.stderr.clone());
        }
        self.record.run = Some(output);
    }
}

/// Streams to nowhere and the options every recorded run shares: string hashes as
/// CPython's under `PYTHONHASHSEED=0`, so set orders are reproducible.
fn quiet_io(gc_stress: bool) -> Io {
    Io {
        stdout: Box::new(io::sink()),
        stderr: Box::new(io::sink()),
        color: ColorChoice::Plain,
        gc_stress,
        gc_stats: false,
        hash_seed: Some(0),
        unbuffered: false,
        skip_first_line: false,
        python_path: Vec::new(),
        safe_path: false,
        cpython_lib: None,
        interrupt: None,
        warn_options: Vec::new(),
        write_bytecode: false,
        no_site: false,
        sys_flags: krait_vm::SysFlags::default(),
    }
}

/// The `run` snapshot's text: the exit status, then stdout and stderr, each under a
/// `--- stdout` / `--- stderr` line (an output that does not end in a newline is followed
/// by a `\ no newline at end` line, so the difference is visible).
pub fn run_text(exit: i32, stdout: &str, stderr: &str) -> String {
    let mut text = format!("exit status: {exit}\n");
    for (name, output) in [("stdout", stdout), ("stderr", stderr)] {
        text.push_str(&format!("--- {name}\n"));
        text.push_str(output);
        if !output.is_empty() && !output.ends_with('\n') {
            text.push_str("\n\\ no newline at end\n");
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn args_come_from_the_leading_comment_block() {
        assert_eq!(args_of("# args: a -b  c\nprint(1)\n"), ["a", "-b", "c"]);
        assert_eq!(args_of("# first\n# args: x\n"), ["x"]);
        assert!(args_of("print(1)\n# args: late\n").is_empty());
    }

    #[test]
    fn run_text_shows_both_streams_and_a_missing_newline() {
        assert_eq!(
            run_text(1, "a\n", "b"),
            "exit status: 1\n--- stdout\na\n--- stderr\nb\n\\ no newline at end\n"
        );
    }

    fn input(source: &str) -> Input {
        Input {
            filename: "t.py".to_owned(),
            bytes: source.as_bytes().to_vec(),
            workdir: None,
        }
    }

    #[test]
    fn a_program_that_runs_has_every_stage() {
        let record = record(input("print(1 + 1)\n"), Options::default());
        let stages: Vec<_> = record.snapshots.iter().map(|s| s.stage).collect();
        assert_eq!(
            stages,
            [
                "tokens",
                "ast",
                "symtable",
                "dis",
                "dis-noopt",
                "dis-positions",
                "run"
            ]
        );
        assert_eq!(
            record.snapshot("run").unwrap().text,
            "exit status: 0\n--- stdout\n2\n--- stderr\n"
        );
        assert!(record.problems.is_empty());
    }

    #[test]
    fn a_rejected_program_stops_at_the_stage_that_rejects_it() {
        let record = record(input("x = (\n"), Options::default());
        let stages: Vec<_> = record.snapshots.iter().map(|s| s.stage).collect();
        assert_eq!(stages, ["tokens", "ast", "run", "stderr"]);
        assert!(record.rejection.is_some());
        assert_eq!(record.run.as_ref().unwrap().exit, 1);
    }
}
