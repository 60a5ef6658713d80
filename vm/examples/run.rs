//! Runs a Python file through the parser, compiler and VM, optionally with the collector in
//! stress mode: `cargo run -p krait-vm --example run -- [--stress] FILE [ARGS]`. A debugging
//! aid for the VM's own tests; the `krait` binary is the real front end.

use krait_vm::{Vm, VmOptions};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let stress = args.first().is_some_and(|a| a == "--stress");
    if stress {
        args.remove(0);
    }
    let Some(path) = args.first().cloned() else {
        eprintln!("usage: run [--stress] FILE [ARGS]");
        std::process::exit(2);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let module = match krait_parser::parse_module(&source) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("syntax error: {e:?}");
            std::process::exit(1);
        }
    };
    let code = match krait_compiler::compile_module(&module, &source, &path) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("syntax error: {e:?}");
            std::process::exit(1);
        }
    };
    let mut vm = Vm::new(VmOptions {
        argv: args,
        gc_stress: stress,
        ..VmOptions::default()
    });
    krait_stdlib::install(&mut vm);
    let status = vm.run_main(code, &source);
    std::process::exit(status);
}
