//! Garbage made inside callbacks from native code is collected while the native function
//! is still running: each workload of `heap/callbacks.py` (a builtin calling back into
//! Python, every callback building a few hundred short-lived reference cycles) must keep the
//! heap's peak far below what its garbage adds up to. The bound is on the collector's own
//! peak heap size, which is deterministic; `cli/tests` checks the process's resident size.

use std::io::Write;
use std::path::Path;

use krait_vm::{Vm, VmOptions};

/// Callbacks per workload: their garbage adds up to about 80 MB if none of it is freed.
const CALLBACKS: &str = "2000";

/// Peak heap allowed (the interpreter's own objects take about 1 MB).
const PEAK_BOUND_BYTES: usize = 12 << 20;

struct Sink;

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn peak_heap_of(workload: &str) -> usize {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/heap/callbacks.py");
    let source = std::fs::read_to_string(&path).unwrap();
    let path = path.to_string_lossy().into_owned();
    let module = krait_parser::parse_module(&source).unwrap();
    let code = krait_compiler::compile_module(&module, &source, &path).unwrap();
    let mut vm = Vm::new(VmOptions {
        argv: vec![path, workload.to_owned(), CALLBACKS.to_owned()],
        stdout: Box::new(Sink),
        stderr: Box::new(Sink),
        ..VmOptions::default()
    });
    krait_stdlib::install(&mut vm);
    assert_eq!(vm.run_main(code, &source), 0, "{workload} failed");
    vm.heap_stats().peak_bytes
}

macro_rules! workloads {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                let peak = peak_heap_of(stringify!($name));
                assert!(
                    peak < PEAK_BOUND_BYTES,
                    "{}: peak heap {peak} bytes is over {PEAK_BOUND_BYTES}",
                    stringify!($name)
                );
            }
        )*
    };
}

workloads!(
    map, filter, sorted, list_sort, min, max, str, sum, dict, set, list_gen, property, init,
);
