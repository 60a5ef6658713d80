//! End-to-end tests: each `programs/NAME.py` goes through the parser, the compiler and the
//! VM, and its exit status, stderr and stdout must equal what CPython 3.11 produced, as
//! recorded in `programs/NAME.expected` (see `regen.py`). Every program runs twice: normally,
//! and with the collector in stress mode (a collection at every safe point), which catches
//! handles that escaped the root set. A program may name smaller arguments for the stress
//! run in a `# stress-argv: …` line; its output must not depend on them.
//!
//! The conformance corpus (`conformance/AREA/NAME.py`, issue 8) works the same way, with one
//! test per area folder that runs every program in it; a new program needs no registration.

use std::cell::RefCell;
use std::io::Write;
use std::path::Path;
use std::rc::Rc;

use krait_vm::{Vm, VmOptions};

/// A writer that appends to a shared buffer.
struct Capture(Rc<RefCell<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

struct Outcome {
    exit: i32,
    stderr: String,
    stdout: String,
}

fn parse_expected(text: &str) -> Outcome {
    let body: String = text
        .lines()
        .skip_while(|l| l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    let exit_line = body.lines().next().expect("exit line");
    let exit = exit_line
        .strip_prefix("exit: ")
        .and_then(|e| e.parse().ok())
        .expect("exit status");
    let rest = &body[exit_line.len() + 1..];
    let rest = rest.strip_prefix("--- stderr\n").expect("stderr section");
    let split = rest.find("--- stdout\n").expect("stdout section");
    Outcome {
        exit,
        stderr: rest[..split].to_owned(),
        stdout: rest[split + "--- stdout\n".len()..].to_owned(),
    }
}

fn run_program(dir: &Path, rel: &str, source: &str, stress: bool) -> Outcome {
    // The program runs under its absolute path (so imports find modules beside it, whatever
    // the working directory); outputs name it relative to `tests/`, as `regen.py` records.
    let path = dir.join(rel).to_string_lossy().into_owned();
    let module = krait_parser::parse_module(source).expect("program parses");
    let code = krait_compiler::compile_module(&module, source, &path).expect("program compiles");
    let mut argv = vec![rel.to_owned()];
    if stress {
        if let Some(line) = source.lines().find(|l| l.starts_with("# stress-argv:")) {
            argv.extend(
                line["# stress-argv:".len()..]
                    .split_whitespace()
                    .map(str::to_owned),
            );
        }
    }
    let out = Rc::new(RefCell::new(Vec::new()));
    let err = Rc::new(RefCell::new(Vec::new()));
    let mut vm = Vm::new(VmOptions {
        argv,
        stdout: Box::new(Capture(Rc::clone(&out))),
        stderr: Box::new(Capture(Rc::clone(&err))),
        gc_stress: stress,
        gc_stats: false,
        hash_seed: Some(0),
        unbuffered: false,
        python_path: Vec::new(),
        safe_path: false,
        cpython_lib: None,
        interrupt: None,
        write_bytecode: false,
        no_site: false,
        // As `PYTHONHASHSEED=0 python3`, which made the expected records.
        sys_flags: krait_vm::SysFlags {
            hash_randomization: false,
            ..krait_vm::SysFlags::default()
        },
    });
    krait_stdlib::install(&mut vm);
    let exit = vm.run_main(code, source);
    drop(vm);
    let prefix = format!("{}/", dir.display());
    let text = |b: &Rc<RefCell<Vec<u8>>>| {
        String::from_utf8(b.borrow().clone())
            .expect("utf-8 output")
            .replace(&prefix, "")
    };
    Outcome {
        exit,
        stderr: text(&err),
        stdout: text(&out),
    }
}

/// Runs `tests/REL.py` normally and under gc stress and compares each run with
/// `tests/REL.expected`; the description of the first difference is returned.
fn compare(dir: &Path, rel: &str) -> Result<(), String> {
    let source = std::fs::read_to_string(dir.join(format!("{rel}.py")))
        .map_err(|e| format!("{rel}.py: {e}"))?;
    let expected_text = std::fs::read_to_string(dir.join(format!("{rel}.expected")))
        .map_err(|e| format!("{rel}.expected: {e}"))?;
    let expected = parse_expected(&expected_text);
    for stress in [false, true] {
        let got = run_program(dir, &format!("{rel}.py"), &source, stress);
        for (what, got, want) in [
            ("stdout", &got.stdout, &expected.stdout),
            ("stderr", &got.stderr, &expected.stderr),
        ] {
            if got != want {
                return Err(format!(
                    "{what} of {rel} (gc stress: {stress})\n--- got\n{got}--- expected\n{want}"
                ));
            }
        }
        if got.exit != expected.exit {
            return Err(format!(
                "exit status of {rel} (gc stress: {stress}): got {}, expected {}",
                got.exit, expected.exit
            ));
        }
    }
    Ok(())
}

/// Runs `f` on a thread with a generous stack: debug builds of the nested dispatch loop
/// use large frames.
fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    let handle = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(f)
        .expect("spawn test thread");
    if let Err(panic) = handle.join() {
        std::panic::resume_unwind(panic);
    }
}

fn tests_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

fn check(name: &'static str) {
    on_big_stack(move || {
        if let Err(diff) = compare(&tests_dir(), &format!("programs/{name}")) {
            panic!("{diff}");
        }
    });
}

/// Runs every program of `tests/conformance/AREA/` (files named `mod_*.py` are modules the
/// programs import) and fails listing every program that differs from CPython's record.
fn check_area(area: &'static str) {
    on_big_stack(move || {
        let dir = tests_dir();
        let mut names: Vec<String> = std::fs::read_dir(dir.join("conformance").join(area))
            .expect("conformance area exists")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter_map(|n| n.strip_suffix(".py").map(str::to_owned))
            .filter(|n| !n.starts_with("mod_"))
            .collect();
        names.sort();
        assert!(!names.is_empty(), "conformance area {area} has no programs");
        let failures: Vec<String> = names
            .iter()
            .filter_map(|n| compare(&dir, &format!("conformance/{area}/{n}")).err())
            .collect();
        assert!(
            failures.is_empty(),
            "{} of {} programs in conformance/{area} differ from CPython:\n{}",
            failures.len(),
            names.len(),
            failures.join("\n")
        );
    });
}

macro_rules! programs {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                check(stringify!($name));
            }
        )*
    };
}

programs!(
    arith,
    builtins_misc,
    classes,
    containers,
    deep_recursion,
    exceptions,
    finalizers,
    functions,
    gc_cycles,
    gc_generators,
    gc_module,
    generators,
    generators_protocol,
    imports,
    int_digits_limit,
    operators,
    protocols,
    recursion_limit,
    sets,
    sorting,
    stdlib_modules,
    strings,
    subclassing,
    sys_exit_code,
    sys_exit_msg,
    uncaught_attr,
    uncaught_chain,
    uncaught_context,
    weakrefs,
);

/// The conformance corpus: one test per area folder of `tests/conformance`.
macro_rules! conformance {
    ($($area:ident),* $(,)?) => {
        mod conformance {
            $(
                #[test]
                fn $area() {
                    super::check_area(stringify!($area));
                }
            )*
        }
    };
}

conformance!(
    async_await,
    builtins,
    bytes,
    classes,
    containers,
    exceptions,
    imports,
    match_statement,
    numbers,
    strings,
    stdlib_native,
    generators,
    functions,
    formatting,
    warnings,
    frames,
    optimizer,
    regex,
    marshal,
    stdlib_io,
    language,
    stdlib_text,
    array_module,
    sequences,
    descriptors,
    object_model,
    object_model3,
    object_model4,
    stdlib_natives,
    unicode,
    language3,
    language4,
    stdlib_natives2,
    stdlib_natives3,
    xml,
    stdlib_osio,
    stdlib_accel,
    language5,
    builtins_bytes_math,
    datetime_native,
    functools_native,
    itertools_native,
    io_classes,
    threads,
    weakref_index,
    threads_io,
);
