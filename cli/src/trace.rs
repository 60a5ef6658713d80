//! `krait trace FILE [ARGS]`: runs a program with the VM's instruction trace on. Every
//! executed instruction is written (to stderr, or the file given with `--output`) with its
//! frame depth, code name and line, its index, its opcode and argument, and the operand
//! stack it leaves; `--calls` writes only calls, returns and exceptions. The program's own
//! stdout and stderr are untouched.

use std::io::Write;

use krait_vm::InstrTraceOptions;

use crate::commands::{self, Io};
use crate::driver::{self, Program};

/// What `krait trace` was asked for.
pub struct TraceRequest {
    /// The program file.
    pub file: String,
    /// Its arguments (`sys.argv[1:]`).
    pub args: Vec<String>,
    /// Only calls, returns and exceptions.
    pub calls_only: bool,
    /// Stop after this many instructions.
    pub limit: Option<u64>,
    /// Trace only code objects with this name.
    pub only: Option<String>,
    /// Write the trace to this file instead of stderr.
    pub output: Option<String>,
    /// Cut each value's repr at this many characters.
    pub width: usize,
}

/// Runs the traced program; its exit status.
pub fn run_trace(request: TraceRequest, mut io: Io) -> i32 {
    let program = match Program::read(&request.file) {
        Ok(p) => p,
        // Let the ordinary run report an unreadable file the usual way.
        Err(_) => return commands::run_file(&request.file, &request.args, io),
    };
    let code = match driver::compile(&program.source, &program.filename) {
        Ok(code) => code,
        Err(_) => return commands::run_program(&program, &request.file, &request.args, io),
    };
    let out: Box<dyn Write> = match &request.output {
        Some(path) => match std::fs::File::create(path) {
            Ok(f) => Box::new(std::io::BufWriter::new(f)),
            Err(e) => {
                let _ = writeln!(io.stderr, "krait trace: can't write {path}: {e}");
                return 2;
            }
        },
        None => Box::new(std::io::stderr()),
    };
    let mut argv = vec![request.file.clone()];
    argv.extend(request.args.iter().cloned());
    let mut vm = driver::new_vm(io.run_options(argv));
    vm.set_instruction_trace(InstrTraceOptions {
        out,
        calls_only: request.calls_only,
        limit: request.limit,
        only: request.only,
        width: request.width,
    });
    vm.run_main(code, &program.source)
}
