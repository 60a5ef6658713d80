//! The `__pycache__` files end to end: imports write and reuse them, `-B`,
//! `PYTHONDONTWRITEBYTECODE` and `sys.dont_write_bytecode` stop the writing, a stale,
//! damaged or hostile file is recompiled, `krait compile` precompiles like
//! `python -m compileall`, `krait dis` reads cache files, and the test programs behave
//! the same run from source and from their cache.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use krait_bytecode::{cache, CodeObject, Constant, Instruction};

const KRAIT: &str = env!("CARGO_BIN_EXE_krait");

/// A fresh scratch folder, removed when dropped.
struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    fn new() -> Self {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("krait-cache-test-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Scratch { dir }
    }

    fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap();
        }
        fs::write(&path, contents).unwrap();
        path
    }

    fn cache_of(&self, name: &str) -> PathBuf {
        cache::cache_path(&self.dir.join(name), 0).unwrap()
    }

    /// Runs krait in the folder, without the caller's bytecode-related environment.
    fn krait(&self, args: &[&str]) -> Output {
        self.krait_env(args, &[])
    }

    fn krait_env(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut command = Command::new(KRAIT);
        command
            .args(args)
            .current_dir(&self.dir)
            .env_remove("PYTHONDONTWRITEBYTECODE")
            .env("PYTHONHASHSEED", "0");
        for (k, v) in env {
            command.env(k, v);
        }
        command.output().expect("run krait")
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn outcome(output: &Output) -> (Option<i32>, String, String) {
    (
        output.status.code(),
        text(&output.stdout),
        text(&output.stderr),
    )
}

const MODULE: &str = "def f(x):\n    return [i * x for i in range(3)]\nprint(f(2), 10**30, 1.5j, b'\\x00', (1, ...))\n";

#[test]
fn an_import_writes_the_cache_and_the_next_one_uses_it() {
    let s = Scratch::new();
    s.file("m.py", MODULE);
    let first = s.krait(&["-c", "import m; print(m.__cached__)"]);
    let cached = s.cache_of("m.py");
    assert!(cached.is_file(), "{}", text(&first.stderr));
    let expected = format!(
        "[0, 2, 4] {} 1.5j b'\\x00' (1, Ellipsis)\n{}\n",
        10u128.pow(30),
        cached.display()
    );
    assert_eq!(text(&first.stdout), expected);
    let written = fs::metadata(&cached).unwrap().modified().unwrap();
    let second = s.krait(&["-c", "import m; print(m.__cached__)"]);
    assert_eq!(outcome(&first), outcome(&second));
    // Loaded, not rewritten.
    assert_eq!(fs::metadata(&cached).unwrap().modified().unwrap(), written);
    // What is in the file is what the source compiles to.
    let bytes = fs::read(&cached).unwrap();
    let code = cache::read_cache(&bytes, Some(MODULE.as_bytes())).expect("valid cache");
    assert_eq!(code.name, "<module>");
    assert!(code.nested().count() == 1);
    let spec = s.krait(&[
        "-c",
        "import m, sys; print(m.__spec__.cached == m.__cached__, sys.implementation.cache_tag)",
    ]);
    // `sys.implementation` (built in the bundled `types` module) names the same tag.
    let want = format!("True {}\n", cache::CACHE_TAG);
    assert!(
        text(&spec.stdout).ends_with(&want),
        "{}",
        text(&spec.stdout)
    );
}

#[test]
fn writing_can_be_switched_off() {
    let s = Scratch::new();
    s.file("m.py", "x = 1\n");
    let cached = s.cache_of("m.py");
    let out = s.krait(&["-B", "-c", "import m, sys; print(sys.dont_write_bytecode)"]);
    assert_eq!(text(&out.stdout), "True\n");
    assert!(!cached.exists());
    let out = s.krait_env(&["-c", "import m"], &[("PYTHONDONTWRITEBYTECODE", "1")]);
    assert!(out.status.success());
    assert!(!cached.exists());
    let out = s.krait(&["-c", "import sys; sys.dont_write_bytecode = True; import m"]);
    assert!(out.status.success());
    assert!(!cached.exists());
    let out = s.krait(&["-c", "import m, sys; print(sys.dont_write_bytecode)"]);
    assert_eq!(text(&out.stdout), "False\n");
    assert!(cached.exists());
}

#[test]
fn a_changed_source_is_recompiled() {
    let s = Scratch::new();
    s.file("m.py", "print('one')\n");
    assert_eq!(text(&s.krait(&["-c", "import m"]).stdout), "one\n");
    s.file("m.py", "print('two')\n");
    assert_eq!(text(&s.krait(&["-c", "import m"]).stdout), "two\n");
    // The same length and, on coarse clocks, the same modification time: still seen.
    s.file("m.py", "print('six')\n");
    assert_eq!(text(&s.krait(&["-c", "import m"]).stdout), "six\n");
    let bytes = fs::read(s.cache_of("m.py")).unwrap();
    assert!(cache::read_cache(&bytes, Some(b"print('six')\n")).is_ok());
}

#[test]
fn optimised_code_has_its_own_cache_file() {
    let s = Scratch::new();
    s.file("m.py", "assert False, 'asserts run'\nprint('no assert')\n");
    let plain = s.krait(&["-c", "import m"]);
    assert!(text(&plain.stderr).contains("AssertionError: asserts run"));
    // `-O` must not load the code with the assert that the plain run cached, nor leave
    // its own code for a plain run.
    let optimised = s.krait(&["-O", "-c", "import m"]);
    assert_eq!(
        text(&optimised.stdout),
        "no assert\n",
        "{}",
        text(&optimised.stderr)
    );
    let opt1 = s
        .dir
        .join("__pycache__")
        .join(format!("m.{}.opt-1.pyc", cache::CACHE_TAG));
    assert!(opt1.exists());
    let again = s.krait(&["-c", "import m"]);
    assert!(text(&again.stderr).contains("AssertionError: asserts run"));
}

/// A valid header for the source around code that does not verify.
fn hostile_cache(source: &str) -> Vec<u8> {
    let mut code = CodeObject {
        instructions: Vec::new(),
        locations: Vec::new(),
        consts: Vec::new(),
        names: Vec::new(),
        varnames: Vec::new(),
        cellvars: Vec::new(),
        freevars: Vec::new(),
        cell2arg: Vec::new(),
        exception_table: Vec::new(),
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        flags: Default::default(),
        max_stack: 1,
        name: "<module>".into(),
        qualname: "<module>".into(),
        filename: "m.py".into(),
        first_line: 1,
    };
    // Reads past the constants, pops an empty stack, then returns.
    code.instructions = vec![
        Instruction::LoadConst(7),
        Instruction::PopTop,
        Instruction::PopTop,
        Instruction::ReturnValue,
    ];
    code.locations = vec![Default::default(); 4];
    code.consts = vec![Constant::None, Constant::Code(Rc::new(code.clone()))];
    cache::write_cache(&code, source.as_bytes())
}

#[test]
fn damaged_and_hostile_cache_files_are_recompiled() {
    let s = Scratch::new();
    let source = "print('fine', 6 * 7)\n";
    s.file("m.py", source);
    let cached = s.cache_of("m.py");
    assert_eq!(text(&s.krait(&["-c", "import m"]).stdout), "fine 42\n");
    let good = fs::read(&cached).unwrap();
    let mut variants: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"garbage".to_vec(),
        good[..good.len() / 2].to_vec(),
        good[..cache::HEADER_LEN].to_vec(),
        hostile_cache(source),
    ];
    for i in (0..good.len()).step_by(7) {
        let mut flipped = good.clone();
        flipped[i] ^= 0x5a;
        variants.push(flipped);
    }
    for (i, bad) in variants.iter().enumerate() {
        fs::write(&cached, bad).unwrap();
        let out = s.krait(&["-c", "import m"]);
        assert_eq!(
            outcome(&out),
            (Some(0), "fine 42\n".to_owned(), String::new()),
            "variant {i}"
        );
        // Rewritten with a good file.
        assert_eq!(fs::read(&cached).unwrap(), good, "variant {i}");
    }
    // Unwritable: a folder where the file should be. Import still works.
    fs::remove_file(&cached).unwrap();
    fs::create_dir(&cached).unwrap();
    assert_eq!(text(&s.krait(&["-c", "import m"]).stdout), "fine 42\n");
}

#[test]
fn krait_compile_works_like_compileall() {
    let s = Scratch::new();
    s.file("pkg/a.py", "x = 1\n");
    s.file("pkg/sub/bad.py", "x = (1,\n");
    s.file("pkg/sub/ok.py", "y = 2\n");
    s.file("pkg/notes.txt", "not python\n");
    let out = s.krait(&["compile", "pkg"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout),
        "Listing 'pkg'...\nCompiling 'pkg/a.py'...\nListing 'pkg/sub'...\n\
         Compiling 'pkg/sub/bad.py'...\n***   File \"pkg/sub/bad.py\", line 1\n    x = (1,\n        ^\n\
         SyntaxError: '(' was never closed\n\nCompiling 'pkg/sub/ok.py'...\n"
    );
    assert!(s.cache_of("pkg/a.py").is_file());
    assert!(s.cache_of("pkg/sub/ok.py").is_file());
    assert!(!s.cache_of("pkg/sub/bad.py").exists());
    // Up to date now: only the failing file is compiled again.
    let again = s.krait(&["compile", "pkg"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(!text(&again.stdout).contains("a.py"));
    // The import uses the precompiled file (the cache is not rewritten).
    let before = fs::metadata(s.cache_of("pkg/a.py"))
        .unwrap()
        .modified()
        .unwrap();
    let run = s.krait(&["-c", "import pkg.a; print(pkg.a.x)"]);
    assert_eq!(text(&run.stdout), "1\n");
    assert_eq!(
        fs::metadata(s.cache_of("pkg/a.py"))
            .unwrap()
            .modified()
            .unwrap(),
        before
    );
    // A single good file: status 0; a missing one is listed and skipped as compileall does.
    let out = s.krait(&["compile", "pkg/a.py", "missing.py"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "Listing 'missing.py'...\nCan't list 'missing.py'\n"
    );
    // --no-write compiles everything and writes nothing.
    s.file("solo/c.py", "z = 3\n");
    let out = s.krait(&["compile", "--no-write", "solo"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "Listing 'solo'...\nCompiling 'solo/c.py'...\n"
    );
    assert!(!s.cache_of("solo/c.py").exists());
}

#[test]
fn dis_reads_cache_files() {
    let s = Scratch::new();
    s.file("m.py", MODULE);
    assert!(s.krait(&["compile", "m.py"]).status.success());
    let cached = s.cache_of("m.py");
    let from_cache = s.krait(&["dis", cached.to_str().unwrap()]);
    let from_source = s.krait(&["dis", "m.py"]);
    assert!(from_cache.status.success());
    assert_eq!(text(&from_cache.stdout), text(&from_source.stdout));
    // The line table survives the cache: `--positions` shows the same ranges either way.
    let from_cache = s.krait(&["dis", "--positions", cached.to_str().unwrap()]);
    let from_source = s.krait(&["dis", "--positions", "m.py"]);
    assert_eq!(text(&from_cache.stdout), text(&from_source.stdout));
    assert!(text(&from_source.stdout).starts_with("1:"));
    let mut damaged = fs::read(&cached).unwrap();
    let last = damaged.len() - 1;
    damaged[last] ^= 1;
    fs::write(&cached, damaged).unwrap();
    let out = s.krait(&["dis", cached.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("bad cache file"),
        "{}",
        text(&out.stderr)
    );
}

/// Every program of `vm/tests/programs`, run as `-m NAME` twice in a scratch copy: the
/// first run compiles it and writes its cache, the second loads the cache. Both runs
/// must print the same and exit the same way.
#[test]
fn test_programs_run_the_same_from_their_cache() {
    let programs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../vm/tests/programs");
    let s = Scratch::new();
    let mut names = Vec::new();
    for entry in fs::read_dir(&programs).unwrap().flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "py") {
            fs::copy(&path, s.dir.join(path.file_name().unwrap())).unwrap();
            names.push(path.file_stem().unwrap().to_string_lossy().into_owned());
        }
    }
    names.sort();
    assert!(names.len() > 10);
    let mut cached = 0;
    for name in &names {
        let first = s.krait(&["-m", name]);
        if s.cache_of(&format!("{name}.py")).is_file() {
            cached += 1;
        }
        let second = s.krait(&["-m", name]);
        assert_eq!(outcome(&first), outcome(&second), "{name}");
    }
    assert!(
        cached >= names.len() - 2,
        "only {cached} of {} cached",
        names.len()
    );
}

/// A deterministic stand-in for the fuzz target, run with the tests: thousands of
/// randomly edited payloads of a varied program go through the decoder and, when they
/// decode, the verifier and the disassembler. None may panic.
#[test]
fn edited_payloads_never_panic_the_loader_or_verifier() {
    let source = "import sys\nclass C:\n    def m(self, *a, k=1, **kw):\n        try:\n            return [x for x in a if x]\n        except (TypeError, ValueError) as e:\n            raise RuntimeError from e\n        finally:\n            del kw\ndef g(n):\n    t = 0\n    for i in range(n):\n        t += yield i * 2.5 + 1j\n    return {1: 'a', **{}}, f'{t!r:>4}', b'x', 10**40, ...\nasync def h(x):\n    async with x as y:\n        await y\nmatch sys.argv:\n    case [_, *rest] if rest: print(rest)\n    case {'k': v}: pass\n";
    let code = krait_cli::driver::compile(source, "p.py").expect("compiles");
    let file = cache::write_cache(&code, source.as_bytes());
    let payload = &file[cache::HEADER_LEN..];
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let (mut decoded, mut verified) = (0, 0);
    for round in 0..20_000 {
        let mut edited = payload.to_vec();
        for _ in 0..1 + next() % 4 {
            let at = (next() % edited.len() as u64) as usize;
            match next() % 8 {
                0 => {
                    edited.remove(at);
                }
                1 => edited.insert(at, next() as u8),
                2 => edited[at] = 0xff,
                3 => edited[at] = 0,
                _ => edited[at] ^= 1 << (next() % 8),
            }
        }
        if let Ok(Constant::Code(loaded)) = cache::decode_constant(&edited) {
            decoded += 1;
            if krait_compiler::verify(&loaded).is_ok() {
                verified += 1;
                let _ = loaded.to_string();
            }
        }
        let _ = round;
    }
    // The edits reach the verifier, and it rejects most of what decodes.
    assert!(decoded > 1000, "{decoded}");
    assert!(verified < decoded, "{verified} of {decoded}");
}
