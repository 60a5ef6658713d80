//! The `krait` binary: parses the command line and hands over to `krait_cli::commands`.

#![deny(unsafe_code)]

use std::io::{self, IsTerminal, Write};

use clap::{Parser, Subcommand};
use krait_cli::commands::{self, Io, Stage};
use krait_cli::diagnostic::ColorChoice;

/// Krait runs Python 3.11 programs.
#[derive(Parser, Debug)]
#[command(
    name = "krait",
    version,
    about = "Krait: a Python 3.11 implementation in Rust.",
    override_usage = "krait [-c CODE | FILE] [ARGS]...\n       krait <tokens|ast|dis> FILE",
    after_help = "A script named like a subcommand runs as `krait ./tokens`.",
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
struct Cli {
    #[command(subcommand)]
    stage: Option<StageCommand>,

    /// Run CODE as a program (sys.argv[0] is '-c'); all later arguments go to sys.argv.
    // Everything after CODE is the program's, even if it looks like a flag, as in CPython.
    #[arg(short = 'c', value_name = "CODE", num_args = 1.., allow_hyphen_values = true)]
    command: Option<Vec<String>>,

    /// Implementation-specific option: `-X gcstats` prints the collector's statistics
    /// (collections per generation, pauses, peak heap) to stderr at exit.
    #[arg(short = 'X', value_name = "OPTION")]
    implementation_options: Vec<String>,

    /// The program file, then its arguments (sys.argv[1:]), passed through untouched.
    // Once FILE is seen, later arguments are the program's even if they look like flags.
    #[arg(
        value_name = "FILE | ARGS",
        trailing_var_arg = true,
        required_unless_present = "command"
    )]
    rest: Vec<String>,
}

/// Stage dumps.
#[derive(Subcommand, Debug)]
enum StageCommand {
    /// Print FILE's tokens exactly as `python3 -m tokenize` does.
    Tokens {
        /// The Python file.
        file: String,
        /// Name operators exactly (`LPAR`, `PLUSEQUAL`) rather than `OP`, as `tokenize -e`.
        #[arg(long, short)]
        exact: bool,
    },
    /// Print FILE's syntax tree exactly as CPython's `ast.dump` does.
    Ast {
        /// The Python files (each dumped in turn).
        #[arg(required = true, num_args = 1..)]
        files: Vec<String>,
        /// Indent nested nodes by N spaces, as `ast.dump(indent=N)`.
        #[arg(long, value_name = "N")]
        indent: Option<usize>,
        /// Add lineno, col_offset, end_lineno and end_col_offset, as
        /// `ast.dump(include_attributes=True)`.
        #[arg(long)]
        attributes: bool,
        /// Print the tree in its JSON form (one object per node, `"_type"` naming its
        /// class, fields as in CPython's `ast` module) for tools in other languages.
        #[arg(long)]
        json: bool,
        /// Only parse: print nothing but syntax errors (for measuring throughput).
        #[arg(long, short)]
        quiet: bool,
    },
    /// Print the disassembly of FILE's code objects.
    Dis {
        /// The Python file.
        file: String,
    },
}

fn main() {
    let cli = Cli::parse();
    let gc_stats = cli.implementation_options.iter().any(|o| o == "gcstats");
    let io = || {
        let mut io = io();
        io.gc_stats = gc_stats;
        io
    };
    let code = match (cli.stage, cli.command) {
        (Some(StageCommand::Tokens { file, exact }), _) => {
            commands::dump(Stage::Tokens { exact }, &file, io())
        }
        (
            Some(StageCommand::Ast {
                files,
                indent,
                attributes,
                json,
                quiet,
            }),
            _,
        ) => {
            let stage = Stage::Ast {
                indent,
                attributes,
                json,
            };
            commands::dump_many(stage, &files, quiet, io())
        }
        (Some(StageCommand::Dis { file }), _) => commands::dump(Stage::Dis, &file, io()),
        (None, Some(command)) => match command.split_first() {
            Some((code, args)) => commands::run_string(code, args, io()),
            None => 2,
        },
        (None, None) => match cli.rest.split_first() {
            Some((file, args)) => commands::run_file(file, args, io()),
            // clap's `required_unless_present` rules this out; stay total anyway.
            None => 2,
        },
    };
    std::process::exit(code);
}

/// The process's streams (the VM buffers program output itself), and colour for
/// diagnostics when stderr is a terminal and `NO_COLOR` is unset.
fn io() -> Io {
    let stdout: Box<dyn Write> = Box::new(io::stdout());
    let stderr = io::stderr();
    let color = if stderr.is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        ColorChoice::Ansi
    } else {
        ColorChoice::Plain
    };
    Io {
        stdout,
        stderr: Box::new(stderr),
        color,
        // Collect at every safe point: slow, for hunting collector bugs in real programs.
        gc_stress: std::env::var_os("KRAIT_GC_STRESS").is_some_and(|v| v != "0" && !v.is_empty()),
        gc_stats: false,
        hash_seed: hash_seed(),
    }
}

/// `PYTHONHASHSEED`: unset, empty or `random` for a random seed, else an integer in
/// `0..=4294967295`; anything else is CPython's fatal start-up error.
fn hash_seed() -> Option<u32> {
    let value = std::env::var("PYTHONHASHSEED").ok()?;
    if value.is_empty() || value == "random" {
        return None;
    }
    match value.parse::<u32>() {
        Ok(seed) => Some(seed),
        Err(_) => {
            eprintln!(
                "Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" \
                 or an integer in range [0; 4294967295]"
            );
            std::process::exit(1);
        }
    }
}
