//! The pipeline as plain functions: source → tokens → AST → code object → VM.
//!
//! Every function returns a value (text, a tree, a code object, an exit status) or the
//! [`SyntaxError`] of the stage that rejected the source; nothing here prints. The `krait`
//! binary, the golden-test harness and the benches all go through these functions, so they
//! see exactly the same pipeline.

use std::fmt;
use std::io::{self, Write};
use std::path::Path;
use std::rc::Rc;

use krait_ast::{DumpOptions, LineIndex, Module, SyntaxError};
pub use krait_bytecode::CodeObject;
pub use krait_lexer::Token;
use krait_vm::{Vm, VmOptions};

/// A program's text and the name it is reported under (`prog.py`, `<string>`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Program {
    /// The file name used in diagnostics, tracebacks and `co_filename`.
    pub filename: String,
    /// The source text, without a leading byte-order mark.
    pub source: String,
}

impl Program {
    /// A program from text in memory.
    pub fn new(filename: impl Into<String>, source: impl Into<String>) -> Self {
        let source = source.into();
        let source = match source.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => source,
        };
        Program {
            filename: filename.into(),
            source,
        }
    }

    /// Reads the file at `path`; the path as given becomes the program's file name.
    pub fn read(path: &str) -> Result<Self, ReadError> {
        let bytes = std::fs::read(Path::new(path)).map_err(|error| ReadError::Io {
            path: path.to_owned(),
            errno: error.raw_os_error(),
            message: os_message(&error),
        })?;
        match String::from_utf8(bytes) {
            Ok(source) => Ok(Program::new(path, source)),
            Err(error) => {
                let bytes = error.as_bytes();
                let offset = error.utf8_error().valid_up_to();
                let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
                Err(ReadError::NotUtf8 {
                    path: path.to_owned(),
                    byte: bytes[offset],
                    line,
                })
            }
        }
    }
}

/// Why a program file could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The operating system refused (missing file, a directory, no permission).
    Io {
        /// The path as given.
        path: String,
        /// The OS error number, when there is one.
        errno: Option<i32>,
        /// The OS's description of the error, e.g. `No such file or directory`.
        message: String,
    },
    /// The file is not UTF-8 (Krait reads no encoding declarations).
    NotUtf8 {
        /// The path as given.
        path: String,
        /// The first byte that is not valid UTF-8.
        byte: u8,
        /// Its 1-based line.
        line: usize,
    },
}

impl ReadError {
    /// The exit status CPython uses for this failure: 2 for a file it cannot open, 1 for a
    /// file it cannot decode (that is a `SyntaxError`).
    pub fn exit_code(&self) -> i32 {
        match self {
            ReadError::Io { .. } => 2,
            ReadError::NotUtf8 { .. } => 1,
        }
    }
}

impl fmt::Display for ReadError {
    /// CPython's wording, without the program-name prefix.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Io { path, errno: Some(errno), message } => {
                write!(f, "can't open file '{path}': [Errno {errno}] {message}")
            }
            ReadError::Io { path, errno: None, message } => {
                write!(f, "can't open file '{path}': {message}")
            }
            ReadError::NotUtf8 { path, byte, line } => write!(
                f,
                "SyntaxError: Non-UTF-8 code starting with '\\x{byte:02x}' in file {path} on line \
                 {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
            ),
        }
    }
}

impl std::error::Error for ReadError {}

/// The OS's text for an I/O error, without std's ` (os error N)` suffix.
fn os_message(error: &io::Error) -> String {
    let text = error.to_string();
    match text.find(" (os error ") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    }
}

/// Splits `source` into tokens.
pub fn tokenize(source: &str) -> Result<Vec<Token>, SyntaxError> {
    krait_lexer::tokenize(source)
}

/// The token dump printed by `krait tokens`: one token per line with its position.
pub fn tokens_text(source: &str) -> Result<String, SyntaxError> {
    Ok(format_tokens(&tokenize(source)?, source))
}

/// Formats tokens of `source` as `krait tokens` prints them: laid out as
/// `python3 -m tokenize -e` (exact operator names), without the `COMMENT` / `NL` tokens
/// Krait does not produce.
pub fn format_tokens(tokens: &[Token], source: &str) -> String {
    krait_lexer::format_tokens_exact(source, tokens)
}

/// Parses `source` into a module.
pub fn parse(source: &str) -> Result<Module, SyntaxError> {
    krait_parser::parse_module(source)
}

/// The `ast.dump` text printed by `krait ast`.
pub fn ast_text(source: &str, options: &DumpOptions) -> Result<String, SyntaxError> {
    let module = parse(source)?;
    Ok(krait_ast::dump(&module, &LineIndex::new(source), options))
}

/// Compiles `source` (parsing it first) into the module's code object.
pub fn compile(source: &str, filename: &str) -> Result<Rc<CodeObject>, SyntaxError> {
    compile_module(&parse(source)?, source, filename)
}

/// Compiles an already parsed module.
pub fn compile_module(
    module: &Module,
    source: &str,
    filename: &str,
) -> Result<Rc<CodeObject>, SyntaxError> {
    krait_compiler::compile_module(module, source, filename)
}

/// The disassembly printed by `krait dis`: the module's code object and, after it, every
/// nested code object.
pub fn dis_text(source: &str, filename: &str) -> Result<String, SyntaxError> {
    Ok(compile(source, filename)?.to_string())
}

/// Where a running program's output goes and what it sees as `sys.argv`.
pub struct RunOptions {
    /// `sys.argv`: the script name (or `-c`) then the arguments.
    pub argv: Vec<String>,
    /// The program's standard output.
    pub stdout: Box<dyn Write>,
    /// The program's standard error (tracebacks go here).
    pub stderr: Box<dyn Write>,
    /// Collect at every safe point, to shake out rooting bugs.
    pub gc_stress: bool,
}

/// Runs a compiled module as `__main__` and returns its exit status (0, 1 for an uncaught
/// exception, or `sys.exit`'s code). The VM writes any traceback to `options.stderr`.
pub fn run_code(code: Rc<CodeObject>, source: &str, options: RunOptions) -> i32 {
    let mut vm = Vm::new(VmOptions {
        argv: options.argv,
        stdout: options.stdout,
        stderr: options.stderr,
        gc_stress: options.gc_stress,
    });
    vm.run_main(code, source)
}

/// Compiles and runs `program`; a syntax error is returned before anything runs, exactly
/// as CPython compiles the whole file first.
pub fn run(program: &Program, options: RunOptions) -> Result<i32, SyntaxError> {
    let code = compile(&program.source, &program.filename)?;
    Ok(run_code(code, &program.source, options))
}
