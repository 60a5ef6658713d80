//! A file a program writes and never closes is flushed when the program ends: `run_main`
//! writes out every open file's buffer (checked before the VM is dropped, since dropping
//! the heap would flush it too).

use krait_vm::{Vm, VmOptions};

#[test]
fn unclosed_files_are_flushed_at_exit() {
    let dir = std::env::temp_dir().join(format!("krait_exit_flush_{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let text_path = dir.join("text.txt");
    let bin_path = dir.join("bin.dat");
    let source = format!(
        "f = open({:?}, 'w')\nf.write('kept ' * 3)\ng = open({:?}, 'wb')\ng.write(b'\\x00\\x01')\nkeep = [f, g]\n",
        text_path.to_string_lossy(),
        bin_path.to_string_lossy()
    );
    let module = krait_parser::parse_module(&source).expect("parses");
    let code = krait_compiler::compile_module(&module, &source, "flush.py").expect("compiles");
    let mut vm = Vm::new(VmOptions {
        stdout: Box::new(std::io::sink()),
        stderr: Box::new(std::io::sink()),
        ..VmOptions::default()
    });
    krait_stdlib::install(&mut vm);
    assert_eq!(vm.run_main(code, &source), 0);
    let text = std::fs::read_to_string(&text_path).expect("text file");
    let bin = std::fs::read(&bin_path).expect("binary file");
    drop(vm);
    std::fs::remove_dir_all(&dir).expect("cleanup");
    assert_eq!(text, "kept kept kept ");
    assert_eq!(bin, vec![0, 1]);
}
