//! The commands of the `krait` binary, each returning the process exit status.
//!
//! Exit statuses follow CPython: 0 on success, 1 for a syntax error or an uncaught
//! exception, `sys.exit`'s code when the program calls it, 2 for a file that cannot be
//! opened (argument errors also exit 2, from the argument parser).

use std::io::Write;

use krait_ast::{DumpOptions, SyntaxError};
use krait_bytecode::DisOptions;

use crate::diagnostic::{self, ColorChoice};
use crate::driver::{self, Program, RunOptions};

/// The writers a command prints to and how it renders diagnostics.
pub struct Io {
    /// Standard output: program output and stage dumps.
    pub stdout: Box<dyn Write>,
    /// Standard error: diagnostics and tracebacks.
    pub stderr: Box<dyn Write>,
    /// Whether diagnostics are coloured.
    pub color: ColorChoice,
    /// Collect at every safe point of a program run (`KRAIT_GC_STRESS=1`).
    pub gc_stress: bool,
    /// After a program run, print the collector's statistics to stderr (`-X gcstats`).
    pub gc_stats: bool,
    /// The str hash seed from `PYTHONHASHSEED` (see [`RunOptions::hash_seed`]).
    pub hash_seed: Option<u32>,
    /// Program output is written through at once (`-u`, or stdout is a terminal).
    pub unbuffered: bool,
    /// `-x`: the first line of the script is not Python (it is replaced by an empty line,
    /// so that line numbers stay those of the file).
    pub skip_first_line: bool,
    /// `PYTHONPATH`'s entries (see [`RunOptions::python_path`]).
    pub python_path: Vec<String>,
    /// `-P` / `-I` (see [`RunOptions::safe_path`]).
    pub safe_path: bool,
    /// `KRAIT_CPYTHON_LIB` (see [`RunOptions::cpython_lib`]).
    pub cpython_lib: Option<String>,
    /// Set by the SIGINT handler (see [`RunOptions::interrupt`]).
    pub interrupt: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    /// `-W` options (see [`RunOptions::warn_options`]).
    pub warn_options: Vec<String>,
    /// Imports write `__pycache__` files (not `-B` / `PYTHONDONTWRITEBYTECODE`).
    pub write_bytecode: bool,
    /// `-S` (see [`RunOptions::no_site`]).
    pub no_site: bool,
    /// What `sys.flags` reports (see `VmOptions::sys_flags`).
    pub sys_flags: krait_vm::SysFlags,
}

impl Io {
    /// The options of a program run with `sys.argv == argv`, taking this `Io`'s streams.
    pub fn run_options(self, argv: Vec<String>) -> RunOptions {
        RunOptions {
            argv,
            stdout: self.stdout,
            stderr: self.stderr,
            gc_stress: self.gc_stress,
            gc_stats: self.gc_stats,
            hash_seed: self.hash_seed,
            unbuffered: self.unbuffered,
            python_path: self.python_path,
            safe_path: self.safe_path,
            cpython_lib: self.cpython_lib,
            interrupt: self.interrupt,
            warn_options: self.warn_options,
            write_bytecode: self.write_bytecode,
            no_site: self.no_site,
            sys_flags: self.sys_flags,
        }
    }
}

/// A stage dump, as chosen by a `krait` subcommand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// `krait tokens`: the token listing of `python3 -m tokenize`.
    Tokens {
        /// Operators by their exact names (`LPAR`), as `python3 -m tokenize -e`.
        exact: bool,
    },
    /// `krait ast`: `ast.dump` text (or its JSON form), optionally indented.
    Ast {
        /// Spaces per level, as `ast.dump(indent=N)` (or `json.dumps(indent=N)`).
        indent: Option<usize>,
        /// Include the location attributes, as `ast.dump(include_attributes=True)`.
        attributes: bool,
        /// The JSON form rather than `ast.dump` text.
        json: bool,
    },
    /// `krait dis`: the disassembled code objects.
    Dis {
        /// Every instruction's source range (`--positions`) instead of its line.
        positions: bool,
    },
    /// `krait symtable`: the symbol tables, as CPython's `symtable` module sees them.
    Symtable,
}

/// `krait FILE ARGS…`: runs a file with `sys.argv == [FILE, ARGS…]`.
pub fn run_file(path: &str, args: &[String], mut io: Io) -> i32 {
    let skip_first_line = io.skip_first_line;
    let program = driver::read_bytes(path).and_then(|mut bytes| {
        if skip_first_line {
            let end = bytes
                .iter()
                .position(|&b| b == b'\n')
                .unwrap_or(bytes.len());
            bytes.drain(..end);
        }
        Program::from_bytes(&script_filename(path), &bytes)
    });
    match program {
        Ok(program) => run_program(&program, path, args, io),
        Err(error) => report_read_error(&error, &mut io),
    }
}

/// The name a script runs under (its code objects' file name, so tracebacks and `__file__`):
/// its path made absolute by joining it to the working folder, without normalising, as
/// CPython 3.9+ does (`sys.argv[0]` keeps the path as given).
pub fn script_filename(path: &str) -> String {
    if std::path::Path::new(path).is_absolute() {
        return path.to_owned();
    }
    match std::env::current_dir() {
        Ok(dir) => format!("{}/{path}", dir.display()),
        Err(_) => path.to_owned(),
    }
}

/// `krait - ARGS…` or `krait < FILE`: runs what `input` holds to its end, as file
/// `<stdin>`, with `sys.argv[0]` `'-'` when the dash was given and `''` otherwise.
pub fn run_stdin(input: &mut dyn std::io::Read, dash: bool, args: &[String], mut io: Io) -> i32 {
    let mut bytes = Vec::new();
    if let Err(error) = input.read_to_end(&mut bytes) {
        let _ = writeln!(
            io.stderr,
            "krait: can't read the program from stdin: {error}"
        );
        return 2;
    }
    match Program::from_bytes("<stdin>", &bytes) {
        Ok(program) => run_program(&program, if dash { "-" } else { "" }, args, io),
        Err(error) => report_read_error(&error, &mut io),
    }
}

/// `krait -c CODE ARGS…`: runs a string with `sys.argv == ['-c', ARGS…]`, file `<string>`.
pub fn run_string(code: &str, args: &[String], io: Io) -> i32 {
    let program = Program::new("<string>", code);
    run_program(&program, "-c", args, io)
}

/// Runs a program already in memory with `sys.argv == [argv0, ARGS…]`: what `krait FILE`
/// does once the file is read. A syntax error is rendered to `io.stderr` and exits 1.
pub fn run_program(program: &Program, argv0: &str, args: &[String], mut io: Io) -> i32 {
    let code = match driver::compile(&program.source, &program.filename) {
        Ok(code) => code,
        Err(error) => return report_syntax_error(&error, program, &mut io),
    };
    let mut argv = Vec::with_capacity(args.len() + 1);
    argv.push(argv0.to_owned());
    argv.extend(args.iter().cloned());
    let options = io.run_options(argv);
    driver::run_code(code, &program.source, options)
}

/// `krait -m MODULE ARGS…`: finds MODULE on `sys.path` (a package runs its `__main__`
/// submodule) and runs it as `__main__`, with `sys.argv == [its file, ARGS…]`.
pub fn run_module(name: &str, args: &[String], io: Io) -> i32 {
    let mut argv = Vec::with_capacity(args.len() + 1);
    argv.push("-m".to_owned());
    argv.extend(args.iter().cloned());
    let mut vm = driver::new_vm(io.run_options(argv));
    vm.run_module(name)
}

/// What runs before the interactive prompt.
pub enum BeforePrompt<'a> {
    /// Nothing: `krait` on a terminal.
    Nothing,
    /// `krait -i FILE ARGS…`.
    File(&'a str, &'a [String]),
    /// `krait -i -c CODE ARGS…`.
    Code(&'a str, &'a [String]),
}

/// The interactive prompt (see [`crate::repl`]), after `before` has run in the same
/// `__main__` (an error in it is reported and the prompt still starts, as with `python3 -i`).
/// `prompt_stderr` receives the banner and the prompt's own syntax errors.
pub fn interactive(
    before: BeforePrompt<'_>,
    mut io: Io,
    session: crate::repl::SessionOptions,
    prompt_stderr: &mut dyn Write,
) -> i32 {
    let (argv0, args, program) = match before {
        BeforePrompt::Nothing => (String::new(), &[][..], None),
        BeforePrompt::File(path, args) => (
            path.to_owned(),
            args,
            Some(
                driver::read_bytes(path)
                    .and_then(|b| Program::from_bytes(&script_filename(path), &b)),
            ),
        ),
        BeforePrompt::Code(code, args) => (
            "-c".to_owned(),
            args,
            Some(Ok(Program::new("<string>", code))),
        ),
    };
    let code = match program {
        None => None,
        Some(Err(error)) => {
            report_read_error(&error, &mut io);
            None
        }
        Some(Ok(program)) => match driver::compile(&program.source, &program.filename) {
            Ok(code) => Some((code, program)),
            Err(error) => {
                report_syntax_error(&error, &program, &mut io);
                None
            }
        },
    };
    let mut argv = vec![argv0];
    argv.extend(args.iter().cloned());
    let mut vm = driver::new_vm(io.run_options(argv));
    if let Some((code, program)) = code {
        vm.run_script(code, &program.source);
    }
    crate::repl::run(vm, session, prompt_stderr)
}

/// `krait tokens|ast|dis FILE`: prints one stage's output for a file.
pub fn dump(stage: Stage, path: &str, io: Io) -> i32 {
    dump_many(stage, std::slice::from_ref(&path.to_owned()), false, io)
}

/// `krait ast FILE…`: dumps each file in turn, each preceded by a `# FILE` line when there
/// are several. With `quiet` the files are only read and parsed (every error is still
/// reported), so the command measures the front end's throughput: source bytes to tree.
/// The status is the worst of the files' statuses.
pub fn dump_many(stage: Stage, paths: &[String], quiet: bool, mut io: Io) -> i32 {
    let mut status = 0;
    for path in paths {
        if let Stage::Dis { positions } = stage {
            if let Some(text) = cache_file_dis(path, positions, &mut status, &mut io) {
                let _ = io.stdout.write_all(text.as_bytes());
                continue;
            }
        }
        let outcome = read_dump_input(path).and_then(|(name, bytes)| {
            let program = Program::from_bytes(&name, &bytes)?;
            Ok(stage_text(stage, &bytes, &program, quiet).map_err(|error| (error, program)))
        });
        match outcome {
            Ok(Ok(Some(mut text))) => {
                if paths.len() > 1 {
                    text.insert_str(0, &format!("# {path}\n"));
                }
                if !text.ends_with('\n') {
                    text.push('\n');
                }
                // A closed pipe (`krait dis f.py | head`) is not an error worth a message.
                let _ = io.stdout.write_all(text.as_bytes());
            }
            Ok(Ok(None)) => {}
            Ok(Err((error, program))) => {
                status = status.max(report_syntax_error(&error, &program, &mut io));
            }
            Err(error) => status = status.max(report_read_error(&error, &mut io)),
        }
    }
    let _ = io.stdout.flush();
    status
}

/// The bytes a stage dump reads and the name it reports them under: the file's, or for
/// `-` standard input's (`<stdin>`), as `echo 'x = 1' | krait dis -`.
fn read_dump_input(path: &str) -> Result<(String, Vec<u8>), driver::ReadError> {
    if path != "-" {
        return driver::read_bytes(path).map(|bytes| (path.to_owned(), bytes));
    }
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut bytes).map_err(|error| {
        driver::ReadError::Io {
            path: "<stdin>".to_owned(),
            errno: error.raw_os_error(),
            message: error.to_string(),
        }
    })?;
    Ok(("<stdin>".to_owned(), bytes))
}

/// `krait dis` on a cache file (recognised by its first bytes): the disassembly of the
/// code it holds, or `None` when `path` is not a cache file. A damaged or unverifiable
/// file is reported on stderr (status 1) and gives an empty text.
fn cache_file_dis(path: &str, positions: bool, status: &mut i32, io: &mut Io) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    if !bytes.starts_with(&krait_bytecode::cache::FILE_TAG) {
        return None;
    }
    let code = krait_bytecode::cache::read_cache(&bytes, None)
        .map_err(|e| e.to_string())
        .and_then(|code| krait_compiler::verify(&code).map(|()| code));
    match code {
        Ok(code) => Some(code.disassemble(DisOptions { positions }).to_string()),
        Err(why) => {
            let _ = writeln!(io.stderr, "krait: {path}: bad cache file: {why}");
            *status = 1;
            Some(String::new())
        }
    }
}

/// One stage's text for a file already read and decoded (`None` when `quiet`: the stage ran
/// but nothing is to be printed).
fn stage_text(
    stage: Stage,
    bytes: &[u8],
    program: &Program,
    quiet: bool,
) -> Result<Option<String>, SyntaxError> {
    let source = &program.source;
    let text = match stage {
        Stage::Tokens { exact } => driver::tokens_text(bytes, exact)?,
        Stage::Ast { .. } if quiet => {
            driver::parse(source)?;
            return Ok(None);
        }
        Stage::Ast {
            indent,
            attributes,
            json,
        } => {
            let options = DumpOptions {
                indent,
                include_attributes: attributes,
            };
            if json {
                driver::ast_json(source, &options)?
            } else {
                driver::ast_text(source, &options)?
            }
        }
        Stage::Dis { positions } => {
            driver::dis_text(source, &program.filename, DisOptions { positions })?
        }
        Stage::Symtable => driver::symtable_text(source)?,
    };
    Ok((!quiet).then_some(text))
}

fn report_syntax_error(error: &SyntaxError, program: &Program, io: &mut Io) -> i32 {
    let text = diagnostic::render(error, &program.filename, &program.source, io.color);
    let _ = io.stderr.write_all(text.as_bytes());
    let _ = io.stderr.flush();
    1
}

fn report_read_error(error: &driver::ReadError, io: &mut Io) -> i32 {
    let text = match error {
        driver::ReadError::Io { .. } => format!("krait: {error}\n"),
        driver::ReadError::Decode { .. } => format!("{error}\n"),
    };
    let _ = io.stderr.write_all(text.as_bytes());
    let _ = io.stderr.flush();
    error.exit_code()
}
