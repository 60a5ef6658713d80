//! A VM its host gives no standard library still runs programs that use only the builtins
//! (the `krait-stdlib` crate registers the rest); importing a library module then fails as
//! for any missing module, and registering one makes it importable.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use krait_vm::{Vm, VmOptions};

/// A writer whose bytes the test reads back after the run.
#[derive(Clone, Default)]
struct Shared(Rc<RefCell<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs `source` on a VM without the standard library; gives the status and stdout.
fn run_bare(source: &str, setup: impl FnOnce(&mut Vm)) -> (i32, String) {
    let module = krait_parser::parse_module(source).expect("parses");
    let code = krait_compiler::compile_module(&module, source, "bare.py").expect("compiles");
    let out = Shared::default();
    let mut vm = Vm::new(VmOptions {
        stdout: Box::new(out.clone()),
        stderr: Box::new(std::io::sink()),
        hash_seed: Some(0),
        ..VmOptions::default()
    });
    setup(&mut vm);
    let status = vm.run_main(code, source);
    drop(vm);
    let text = String::from_utf8(out.0.borrow().clone()).expect("utf-8 output");
    (status, text)
}

#[test]
fn builtins_only_program_runs() {
    let source = "\
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
pts = [Point(i, i * i) for i in range(3)]
print(pts, sum(p.y for p in pts))
try:
    {}['missing']
except KeyError as e:
    print('KeyError', e)
print(sorted({'b': 1, 'a': 2}.items()), 'x'.encode(), open)
";
    let (status, out) = run_bare(source, |_| {});
    assert_eq!(status, 0, "output: {out}");
    assert_eq!(
        out,
        "[Point(0, 0), Point(1, 1), Point(2, 4)] 5\nKeyError 'missing'\n\
         [('a', 2), ('b', 1)] b'x' <built-in function open>\n"
    );
}

#[test]
fn library_modules_are_missing_until_registered() {
    let source = "\
for name in ('math', 're', 'collections'):
    try:
        __import__(name)
        print(name, 'imported')
    except ModuleNotFoundError as e:
        print(type(e).__name__, e)
import sys, gc, time
print(sys.version_info[:2] >= (3, 11))
";
    let (status, out) = run_bare(source, |_| {});
    assert_eq!(status, 0, "output: {out}");
    assert_eq!(
        out,
        "ModuleNotFoundError No module named 'math'\n\
         ModuleNotFoundError No module named 're'\n\
         ModuleNotFoundError No module named 'collections'\nTrue\n"
    );
    let (status, out) = run_bare("import greet\nprint(greet.hello())\n", |vm| {
        vm.register_bundled_module(
            "greet",
            "def hello():\n    return 'hi'\n",
            krait_vm::Tier::Core,
        );
    });
    assert_eq!((status, out.as_str()), (0, "hi\n"));
}
