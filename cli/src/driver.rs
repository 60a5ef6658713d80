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
pub use krait_bytecode::DisOptions;
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
        Program::from_bytes(path, &read_bytes(path)?)
    }

    /// A program from a file's bytes, decoded as CPython reads a source file: a UTF-8 byte
    /// order mark is dropped and a PEP 263 declaration (`# -*- coding: latin-1 -*-`) on
    /// line 1 or 2 chooses the encoding; the default is UTF-8.
    pub fn from_bytes(path: &str, bytes: &[u8]) -> Result<Self, ReadError> {
        match krait_lexer::decode_source(bytes) {
            Ok(source) => Ok(Program::new(path, source)),
            Err(error) => Err(ReadError::Decode {
                message: decode_message(path, bytes, &error),
            }),
        }
    }
}

/// Reads a file's bytes, with CPython's wording when the file cannot be opened.
pub fn read_bytes(path: &str) -> Result<Vec<u8>, ReadError> {
    std::fs::read(Path::new(path)).map_err(|error| ReadError::Io {
        path: path.to_owned(),
        errno: error.raw_os_error(),
        message: os_message(&error),
    })
}

/// What CPython says when it cannot decode a file it was asked to run. Its file reader
/// words these differently from `compile()` on bytes (which the lexer's errors follow):
/// invalid UTF-8 without a declaration names the file, and a declared encoding that is
/// unknown or does not fit the bytes is an "encoding problem".
fn decode_message(path: &str, bytes: &[u8], error: &SyntaxError) -> String {
    match krait_lexer::detect_encoding(bytes) {
        Ok(encoding) if encoding.declaration.is_none() => {
            let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
            let offset = usize::from(error.range.start()).min(body.len());
            let line = body[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
            let byte = body.get(offset).copied().unwrap_or(0);
            format!(
                "Non-UTF-8 code starting with '\\x{byte:02x}' in file {path} on line {line}, but \
                 no encoding declared; see https://peps.python.org/pep-0263/ for details"
            )
        }
        Ok(encoding) => format!("encoding problem: {}", encoding.name),
        Err(error) => match error.message.strip_prefix("unknown encoding: ") {
            Some(name) => format!("encoding problem: {name}"),
            None => error.message.clone(),
        },
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
    /// The file's bytes are not text in its encoding (or it declares an encoding Krait does
    /// not know). CPython reports this as a `SyntaxError` without a source line.
    Decode {
        /// CPython's message, e.g. `Non-UTF-8 code starting with '\xff' in file f.py on
        /// line 2, but no encoding declared; …`.
        message: String,
    },
}

impl ReadError {
    /// The exit status CPython uses for this failure: 2 for a file it cannot open, 1 for a
    /// file it cannot decode (that is a `SyntaxError`).
    pub fn exit_code(&self) -> i32 {
        match self {
            ReadError::Io { .. } => 2,
            ReadError::Decode { .. } => 1,
        }
    }
}

impl fmt::Display for ReadError {
    /// CPython's wording, without the program-name prefix.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Io {
                path,
                errno: Some(errno),
                message,
            } => {
                write!(f, "can't open file '{path}': [Errno {errno}] {message}")
            }
            ReadError::Io {
                path,
                errno: None,
                message,
            } => {
                write!(f, "can't open file '{path}': {message}")
            }
            ReadError::Decode { message } => write!(f, "SyntaxError: {message}"),
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

/// The token listing printed by `krait tokens`, byte for byte what `python3 -m tokenize`
/// prints for the same file (with `exact`, what `python3 -m tokenize -e` prints: operators
/// by their exact names, `LPAR` rather than `OP`). Takes the file's bytes, as the listing
/// starts with the `ENCODING` the file declares.
pub fn tokens_text(bytes: &[u8], exact: bool) -> Result<String, SyntaxError> {
    krait_lexer::tokenize_listing(bytes, exact)
}

/// Formats tokens of `source` laid out as `python3 -m tokenize -e` (exact operator names),
/// without the `ENCODING`, `COMMENT` and `NL` tokens the parser does not take.
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

/// The JSON form of the tree printed by `krait ast --json` (documented in `krait_ast`'s
/// `dump_json`): the same nodes and fields as [`ast_text`], for tools in other languages.
pub fn ast_json(source: &str, options: &DumpOptions) -> Result<String, SyntaxError> {
    let module = parse(source)?;
    Ok(krait_ast::dump_json(
        &module,
        &LineIndex::new(source),
        options,
    ))
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

/// As [`compile_module`] without the optimiser (`krait dis --no-opt`).
pub fn compile_module_unoptimized(
    module: &Module,
    source: &str,
    filename: &str,
) -> Result<Rc<CodeObject>, SyntaxError> {
    let options = krait_compiler::Options {
        optimizer: false,
        ..krait_compiler::Options::default()
    };
    krait_compiler::compile_module_with(
        module,
        source,
        filename,
        krait_compiler::Mode::Exec,
        options,
    )
}

/// The disassembly printed by `krait dis`: the module's code object and, after it, every
/// nested code object.
pub fn dis_text(source: &str, filename: &str, options: DisOptions) -> Result<String, SyntaxError> {
    Ok(compile(source, filename)?.disassemble(options).to_string())
}

/// The symbol tables printed by `krait symtable`, in the shape of CPython's `symtable`
/// module (see [`krait_compiler::symtable::cpython_dump`]).
pub fn symtable_text(source: &str) -> Result<String, SyntaxError> {
    let module = parse(source)?;
    let table = krait_compiler::symtable::SymbolTable::build(&module)?;
    Ok(krait_compiler::symtable::cpython_dump(&table, source))
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
    /// Print the collector's statistics to stderr at exit (`-X gcstats`).
    pub gc_stats: bool,
    /// The str hash seed (`PYTHONHASHSEED`): `Some(0)` disables randomisation, `None`
    /// randomises per process.
    pub hash_seed: Option<u32>,
    /// Write program output through at once (`-u`).
    pub unbuffered: bool,
    /// `PYTHONPATH`'s entries (after the script's folder in `sys.path`).
    pub python_path: Vec<String>,
    /// `-P` / `-I`: no script folder (or `''`) at the front of `sys.path`.
    pub safe_path: bool,
    /// `KRAIT_CPYTHON_LIB`: an installed CPython's `Lib` folder, last in `sys.path`.
    pub cpython_lib: Option<String>,
    /// Set by a SIGINT handler: the program gets `KeyboardInterrupt` at its next safe point.
    pub interrupt: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    /// The `-W` options and `PYTHONWARNINGS`' (`sys.warnoptions`).
    pub warn_options: Vec<String>,
    /// Imports write `__pycache__` files (see `VmOptions::write_bytecode`).
    pub write_bytecode: bool,
    /// `-S` (see `VmOptions::no_site`).
    pub no_site: bool,
    /// What `sys.flags` reports (see `VmOptions::sys_flags`).
    pub sys_flags: krait_vm::SysFlags,
}

/// Runs a compiled module as `__main__` and returns its exit status (0, 1 for an uncaught
/// exception, or `sys.exit`'s code). The VM writes any traceback to `options.stderr`.
pub fn run_code(code: Rc<CodeObject>, source: &str, options: RunOptions) -> i32 {
    new_vm(options).run_main(code, source)
}

/// A VM set up with `options`, for a session that runs more than one program (`-i`).
pub fn new_vm(options: RunOptions) -> Vm {
    let mut vm = Vm::new(VmOptions {
        argv: options.argv,
        stdout: options.stdout,
        stderr: options.stderr,
        gc_stress: options.gc_stress,
        gc_stats: options.gc_stats,
        hash_seed: options.hash_seed,
        unbuffered: options.unbuffered,
        python_path: options.python_path,
        safe_path: options.safe_path,
        cpython_lib: options.cpython_lib,
        interrupt: options.interrupt,
        write_bytecode: options.write_bytecode,
        no_site: options.no_site,
        sys_flags: options.sys_flags,
    });
    krait_stdlib::install(&mut vm);
    vm.set_warn_options(options.warn_options);
    vm
}

/// Compiles and runs `program`; a syntax error is returned before anything runs, exactly
/// as CPython compiles the whole file first.
pub fn run(program: &Program, options: RunOptions) -> Result<i32, SyntaxError> {
    let code = compile(&program.source, &program.filename)?;
    Ok(run_code(code, &program.source, options))
}
