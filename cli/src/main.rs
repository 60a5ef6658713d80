//! The `krait` binary: reads the command line (python3's options, or a stage-dump
//! subcommand) and hands over to `krait_cli::commands`.

#![deny(unsafe_code)]

use std::io::{self, IsTerminal, Write};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use krait_cli::args::{self, ArgsError, Flags, Invocation, Target};
use krait_cli::commands::{self, BeforePrompt, Io, Stage};
use krait_cli::diagnostic::ColorChoice;
use krait_cli::repl::SessionOptions;

/// The stage dumps: `krait tokens|ast|dis …`. Everything else is python3's command line.
#[derive(Parser, Debug)]
#[command(
    name = "krait",
    about = "Krait's stage dumps.",
    override_usage = "krait <tokens|ast|dis|symtable|compile> FILE…\n       krait golden PATH… [--update] [--stages LIST] [--against PYTHON]\n       krait trace FILE [ARGS]…",
    after_help = "A script named like a subcommand runs as `krait ./tokens`."
)]
struct StageCli {
    #[command(subcommand)]
    stage: StageCommand,
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
    /// Print the disassembly of FILE's code objects (FILE may be a `__pycache__` file).
    Dis {
        /// The Python files (each disassembled in turn).
        #[arg(required = true, num_args = 1..)]
        files: Vec<String>,
        /// Only compile: print nothing but syntax errors (for counting what compiles).
        #[arg(long, short)]
        quiet: bool,
        /// Show the code as generated, before the optimiser's rewrites.
        #[arg(long)]
        no_opt: bool,
        /// Show each instruction's source range (LINE:COL-END_LINE:END_COL, columns 0-based)
        /// instead of the line number.
        #[arg(long)]
        positions: bool,
        /// Compile as `-O` (N=1: no asserts, `__debug__` false) or `-OO` (N=2: no
        /// docstrings either).
        #[arg(short = 'O', long, value_name = "N", default_value_t = 0)]
        optimize: u8,
    },
    /// Print the symbol tables of FILE in the shape of CPython's `symtable` module (see
    /// `tests/symtable/cpython_symtable.py`).
    Symtable {
        /// The Python files (each dumped in turn).
        #[arg(required = true, num_args = 1..)]
        files: Vec<String>,
    },
    /// Keep every stage's output for each .py file as snapshot files beside it
    /// (NAME.STAGE.snap), compare on later runs and print a unified diff per changed stage.
    Golden {
        /// Python files, or folders searched recursively for .py files.
        #[arg(required = true, num_args = 1..)]
        paths: Vec<std::path::PathBuf>,
        /// Rewrite the snapshots to the current outputs (and remove stale ones).
        #[arg(long)]
        update: bool,
        /// The stages to keep, comma-separated: tokens, ast, dis, run, stderr.
        #[arg(long, value_name = "LIST", default_value = "tokens,ast,dis,run")]
        stages: String,
        /// Also run each file under this CPython and compare stdout, exit status and the
        /// last line of stderr with Krait's run.
        #[arg(long, value_name = "PYTHON")]
        against: Option<String>,
    },
    /// Run FILE printing every executed instruction (frame, line, index, instruction, the
    /// stack it leaves) to stderr; the program's own output is unchanged.
    Trace {
        /// The Python file.
        file: String,
        /// The program's arguments.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
        /// Print only calls, returns and exceptions, indented by call depth.
        #[arg(long)]
        calls: bool,
        /// Stop the program after N instructions.
        #[arg(long, value_name = "N")]
        limit: Option<u64>,
        /// Trace only code objects (functions) with this name.
        #[arg(long, value_name = "NAME")]
        only: Option<String>,
        /// Write the trace to FILE instead of stderr.
        #[arg(long, short, value_name = "FILE")]
        output: Option<String>,
        /// Cut each value's repr at N characters.
        #[arg(long, value_name = "N", default_value_t = 40)]
        width: usize,
    },
    /// Precompile FILEs and the `.py` files under DIRs into their `__pycache__` files, as
    /// `python -m compileall` does.
    Compile {
        /// Files and folders (folders are walked recursively).
        #[arg(required = true, num_args = 1..)]
        paths: Vec<String>,
        /// Compile only, write nothing (for measuring compile throughput).
        #[arg(long)]
        no_write: bool,
    },
}

/// The subcommands that dump a stage rather than run a program.
const STAGES: &[&str] = &[
    "tokens", "ast", "dis", "symtable", "compile", "golden", "trace",
];

/// `usage:` and the hint after a usage error, as python3 prints them.
const USAGE: &str = "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

fn main() {
    let argv: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    if argv.first().is_some_and(|a| STAGES.contains(&a.as_str())) {
        std::process::exit(run_stage(StageCli::parse().stage));
    }
    let invocation = match args::parse(&argv, &|name| std::env::var(name).ok()) {
        Ok(invocation) => invocation,
        Err(ArgsError::Usage(error)) => {
            eprint!(
                "{}\n{USAGE}Try `krait -h' for more information.\n",
                error.message
            );
            std::process::exit(2);
        }
        Err(ArgsError::Fatal(error)) => {
            eprint!("{}", error.message);
            std::process::exit(1);
        }
    };
    let status = run(invocation);
    let interrupted = SIGINT_SEEN
        .get()
        .is_some_and(|seen| seen.load(std::sync::atomic::Ordering::Relaxed));
    if status == INTERRUPTED_STATUS && interrupted {
        die_by_sigint();
    }
    std::process::exit(status);
}

/// The status `Vm::run_main` reports for an uncaught `KeyboardInterrupt` (128 + SIGINT).
const INTERRUPTED_STATUS: i32 = 130;

/// Runs what the command line asked for and returns the exit status.
fn run(Invocation { flags, target }: Invocation) -> i32 {
    // `-O`/`-OO`: every compilation in this process (script, imports, `exec`) drops
    // asserts, and with `-OO` docstrings.
    krait_compiler::set_default_options(krait_compiler::Options {
        optimize: flags.optimize.min(2),
        ..krait_compiler::Options::default()
    });
    let io = || program_io(&flags);
    let session = |banner: bool| SessionOptions {
        banner: banner && !flags.quiet,
        startup: flags.startup.clone(),
    };
    if flags.inspect {
        // `-i`: the program, then the prompt in its `__main__` (no banner, as python3).
        let before = match &target {
            Target::Command { code, args } => Some(BeforePrompt::Code(code, args)),
            Target::File { path, args } => Some(BeforePrompt::File(path, args)),
            Target::Stdin { .. } => Some(BeforePrompt::Nothing),
            _ => None,
        };
        if let Some(before) = before {
            let banner = matches!(before, BeforePrompt::Nothing);
            return commands::interactive(before, io(), session(banner), &mut io::stderr());
        }
    }
    match target {
        Target::Help | Target::HelpAll => print_out(HELP),
        Target::HelpEnv => print_out(HELP_ENV),
        Target::HelpXoptions => print_out(HELP_XOPTIONS),
        Target::Version(level) => print_out(&version_text(level)),
        Target::Command { code, args } => commands::run_string(&code, &args, io()),
        Target::File { path, args } => commands::run_file(&path, &args, io()),
        Target::Stdin { dash, args } => {
            let stdin = io::stdin();
            if stdin.is_terminal() {
                return commands::interactive(
                    BeforePrompt::Nothing,
                    io(),
                    session(true),
                    &mut io::stderr(),
                );
            }
            commands::run_stdin(&mut stdin.lock(), dash, &args, io())
        }
        Target::Module { name, args } => commands::run_module(&name, &args, io()),
    }
}

/// Prints `text` to stdout; status 0 (a closed pipe is not worth a message).
fn print_out(text: &str) -> i32 {
    let _ = io::stdout().write_all(text.as_bytes());
    0
}

/// `-V`: the version; `-VV` adds how this binary was built.
fn version_text(level: u8) -> String {
    let mut text = format!(
        "Krait {} (Python {} compatible)\n",
        env!("CARGO_PKG_VERSION"),
        krait_vm::PYTHON_VERSION
    );
    if level > 1 {
        let profile = if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        };
        text.push_str(&format!(
            "[{profile} build for {}-{}]\n",
            std::env::consts::ARCH,
            std::env::consts::OS
        ));
    }
    text
}

/// Runs a stage dump.
fn run_stage(stage: StageCommand) -> i32 {
    let io = || io(&Flags::default());
    match stage {
        StageCommand::Tokens { file, exact } => {
            commands::dump(Stage::Tokens { exact }, &file, io())
        }
        StageCommand::Ast {
            files,
            indent,
            attributes,
            json,
            quiet,
        } => {
            let stage = Stage::Ast {
                indent,
                attributes,
                json,
            };
            commands::dump_many(stage, &files, quiet, io())
        }
        StageCommand::Dis {
            files,
            quiet,
            no_opt,
            positions,
            optimize,
        } => {
            krait_compiler::set_default_options(krait_compiler::Options {
                optimize: optimize.min(2),
                optimizer: !no_opt,
            });
            commands::dump_many(Stage::Dis { positions }, &files, quiet, io())
        }
        StageCommand::Symtable { files } => {
            commands::dump_many(Stage::Symtable, &files, false, io())
        }
        StageCommand::Compile { paths, no_write } => {
            krait_cli::compile::compile_paths(&paths, no_write, io())
        }
        StageCommand::Golden {
            paths,
            update,
            stages,
            against,
        } => golden(&paths, update, &stages, against),
        StageCommand::Trace {
            file,
            args,
            calls,
            limit,
            only,
            output,
            width,
        } => {
            let request = krait_cli::trace::TraceRequest {
                file,
                args,
                calls_only: calls,
                limit,
                only,
                output,
                width,
            };
            krait_cli::trace::run_trace(request, program_io(&Flags::default()))
        }
    }
}

/// `krait golden …` (see `krait_cli::golden::command`).
fn golden(
    paths: &[std::path::PathBuf],
    update: bool,
    stages: &str,
    against: Option<String>,
) -> i32 {
    use krait_cli::golden::{self, command::GoldenOptions};
    let stages = match golden::stage::parse_list(stages) {
        Ok(stages) => stages,
        Err(message) => {
            eprintln!("krait golden: {message}");
            return 2;
        }
    };
    let options = GoldenOptions {
        stages,
        update,
        against,
        record: golden::Options::default(),
    };
    golden::command::run(paths, &options, &mut io::stdout(), &mut io::stderr())
}

/// The streams and run options for a program run. With `-u` program output goes to an
/// unbuffered handle on fd 1; on a terminal it goes through std's line-buffered stdout, as
/// CPython line-buffers a terminal; otherwise the VM buffers it in front of fd 1.
fn program_io(flags: &Flags) -> Io {
    let mut io = io(flags);
    io.interrupt = catch_sigint();
    if flags.unbuffered {
        if let Ok(fd) = std::os::fd::AsFd::as_fd(&io::stdout()).try_clone_to_owned() {
            io.stdout = Box::new(std::fs::File::from(fd));
        }
        io.unbuffered = true;
    } else if io::stdout().is_terminal() {
        io.unbuffered = true;
    } else if let Ok(fd) = std::os::fd::AsFd::as_fd(&io::stdout()).try_clone_to_owned() {
        // Straight to the descriptor, the VM buffering: std's own line buffer would keep
        // text the VM has dropped after a failed write (a closed pipe).
        io.stdout = Box::new(std::fs::File::from(fd));
    }
    io
}

/// The process's streams (the VM buffers program output itself), and colour for
/// diagnostics when stderr is a terminal and `NO_COLOR` is unset.
fn io(flags: &Flags) -> Io {
    let stderr = io::stderr();
    let color = if stderr.is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        ColorChoice::Ansi
    } else {
        ColorChoice::Plain
    };
    Io {
        stdout: Box::new(io::stdout()),
        stderr: Box::new(stderr),
        color,
        // Collect at every safe point: slow, for hunting collector bugs in real programs.
        gc_stress: std::env::var_os("KRAIT_GC_STRESS").is_some_and(|v| v != "0" && !v.is_empty()),
        gc_stats: flags.has_xoption("gcstats"),
        hash_seed: flags.hash_seed,
        unbuffered: false,
        skip_first_line: flags.skip_first_line,
        python_path: flags.python_path.clone(),
        safe_path: flags.safe_path,
        cpython_lib: std::env::var("KRAIT_CPYTHON_LIB")
            .ok()
            .filter(|v| !v.is_empty()),
        interrupt: None,
        warn_options: flags.warnings.clone(),
        write_bytecode: !flags.dont_write_bytecode,
        no_site: flags.no_site,
        sys_flags: sys_flags(flags),
    }
}

/// What `sys.flags` reports of this command line.
fn sys_flags(flags: &Flags) -> krait_vm::SysFlags {
    krait_vm::SysFlags {
        debug: flags.debug,
        inspect: flags.inspect,
        interactive: flags.interactive,
        optimize: flags.optimize,
        dont_write_bytecode: flags.dont_write_bytecode,
        no_user_site: flags.no_user_site,
        no_site: flags.no_site,
        ignore_environment: flags.ignore_environment,
        verbose: flags.verbose,
        bytes_warning: flags.bytes_warning,
        quiet: flags.quiet,
        hash_randomization: flags.hash_seed != Some(0),
        isolated: flags.isolated,
        dev_mode: flags.has_xoption("dev"),
        utf8_mode: flags.has_xoption("utf8"),
        safe_path: flags.safe_path,
    }
}

/// Catches SIGINT for a program run: the VM raises `KeyboardInterrupt` at its next safe
/// point. Returns the flag to give the VM, or `None` if the handler cannot be installed.
fn catch_sigint() -> Option<Arc<AtomicBool>> {
    let flag = Arc::new(AtomicBool::new(false));
    signal_hook::flag::register(signal_hook::consts::SIGINT, Arc::clone(&flag)).ok()?;
    let seen = SIGINT_SEEN.get_or_init(|| Arc::new(AtomicBool::new(false)));
    signal_hook::flag::register(signal_hook::consts::SIGINT, Arc::clone(seen)).ok()?;
    Some(flag)
}

/// Set once SIGINT has arrived (the VM's own flag is cleared when it raises).
static SIGINT_SEEN: std::sync::OnceLock<Arc<AtomicBool>> = std::sync::OnceLock::new();

/// Ends the process as CPython's ends after an uncaught `KeyboardInterrupt`: killed by
/// SIGINT (the shell reports 130), so that scripts calling Krait see the interruption.
fn die_by_sigint() -> ! {
    let _ = io::stdout().flush();
    let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
    std::process::exit(130);
}

/// `krait -h`.
const HELP: &str = "\
usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...
       krait <tokens|ast|dis> FILE...   (print one stage's output; see `krait dis -h`)
       krait golden PATH... [--update]  (snapshot every stage of .py files; see `krait golden -h`)
       krait trace FILE [ARGS]...       (run FILE printing each instruction; see `krait trace -h`)
Krait runs Python 3.11 programs; options as python3's (and corresponding environment variables):
-b     : accepted (bytes warnings are not issued yet)
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : accepted; also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Krait from the user's environment (implies -E, -P and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : accepted; also PYTHONVERBOSE=x
-V     : print the Krait and Python versions and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option (see --help-xoptions)
--check-hash-based-pycs always|default|never:
         accepted
--help-env      : print help about Krait's environment variables and exit
--help-xoptions : print help about implementation-specific -X options and exit
--help-all      : print complete help information and exit
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// `krait --help-env`.
const HELP_ENV: &str = "\
Environment variables that change Krait's behavior:
PYTHONHASHSEED   : if this variable is set to 'random' or unset, a random value is used
                   to seed the hashes of str and bytes objects; an integer in
                   [0; 4294967295] gives CPython 3.11's hashes for that seed (0 disables
                   randomization).
PYTHONUNBUFFERED : the same as -u.
PYTHONINSPECT    : the same as -i.
PYTHONDONTWRITEBYTECODE : the same as -B.
PYTHONWARNINGS   : comma-separated -W options, applied before the command line's.
PYTHONPATH       : ':'-separated directories prefixed to the module search path.
PYTHONSTARTUP    : file executed on interactive startup.
PYTHONIOENCODING : encoding[:errors] used for stdin/stdout/stderr.
NO_COLOR         : no colour in diagnostics.
KRAIT_GC_STRESS  : 1 to collect at every safe point (for hunting collector bugs).
KRAIT_CPYTHON_LIB: an installed CPython's Lib folder, searched for modules after Krait's
                   own library (last in sys.path).
";

/// `krait --help-xoptions`.
const HELP_XOPTIONS: &str = "\
The following implementation-specific options are available:
-X gcstats: print the collector's statistics (collections per generation, total / max /
    p99 pause, peak heap) to stderr at exit
Other -X options are accepted and have no effect.
";
