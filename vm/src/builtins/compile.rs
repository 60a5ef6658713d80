//! `compile`, `eval` and `exec`: source text (str or bytes) through the parser and the
//! compiler into a code object, and code objects run against a globals dict and a locals
//! mapping. Running is a callback from native code: the code gets a frame of its own and a
//! nested dispatch loop in a heap region, as any Python code that a builtin calls.
//! Also `PRINT_EXPR`, which shows the values of expression statements compiled in `single`
//! mode, as `sys.displayhook` does.

use krait_compiler::Mode;
use krait_gc::Gc;

use crate::builtins::{check_kwargs, func, kwarg};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    func(vm, "compile", compile);
    func(vm, "eval", eval);
    func(vm, "exec", exec);
}

/// `compile()`'s parameters in order.
const COMPILE_PARAMS: [&str; 7] = [
    "source",
    "filename",
    "mode",
    "flags",
    "dont_inherit",
    "optimize",
    "_feature_version",
];

/// The `flags` bits `compile` knows: the `PyCF_*` options and the `__future__` features.
const KNOWN_FLAGS: i64 = 0x0010 // CO_NESTED (obsolete)
    | 0x0100 // PyCF_SOURCE_IS_UTF8
    | 0x0200 // PyCF_DONT_IMPLY_DEDENT
    | 0x0400 // PyCF_ONLY_AST
    | 0x0800 // PyCF_IGNORE_COOKIE
    | 0x1000 // PyCF_TYPE_COMMENTS
    | 0x2000 // PyCF_ALLOW_TOP_LEVEL_AWAIT
    | 0x4000 // PyCF_ALLOW_INCOMPLETE_INPUT
    | 0x01fe_0000; // CO_FUTURE_DIVISION … CO_FUTURE_ANNOTATIONS

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
fn compile(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "compile", kw, &COMPILE_PARAMS)?;
    if args.len() > 6 {
        let msg = format!(
            "compile() takes at most 6 positional arguments ({} given)",
            args.len()
        );
        return Err(vm.type_error(msg));
    }
    let mut params: [Option<Value>; 7] = [None; 7];
    for (i, &a) in args.iter().enumerate() {
        params[i] = Some(a);
    }
    for (i, name) in COMPILE_PARAMS.iter().enumerate() {
        if let Some(v) = kwarg(kw, name) {
            if params[i].is_some() {
                let msg = format!(
                    "argument for compile() given by name ('{name}') and position ({})",
                    i + 1
                );
                return Err(vm.type_error(msg));
            }
            params[i] = Some(v);
        }
    }
    for (i, name) in COMPILE_PARAMS.iter().enumerate().take(3) {
        if params[i].is_none() {
            let msg = format!(
                "compile() missing required argument '{name}' (pos {})",
                i + 1
            );
            return Err(vm.type_error(msg));
        }
    }
    let (source, filename, mode) = (
        params[0].unwrap_or(Value::None),
        params[1].unwrap_or(Value::None),
        params[2].unwrap_or(Value::None),
    );
    for v in params[3..6].iter().flatten() {
        // flags, dont_inherit and optimize are accepted; Krait has no future features or
        // optimisation levels to select.
        crate::builtins::int_arg(vm, *v)?;
    }
    let mut only_ast = false;
    if let Some(flags) = params[3] {
        let flags = crate::builtins::int_arg(vm, flags)?;
        if flags & !KNOWN_FLAGS != 0 {
            return Err(vm.value_error("compile(): unrecognised flags"));
        }
        only_ast = flags & 0x0400 != 0;
    }
    let filename = match filename.payload() {
        Some(Payload::Str(s)) => s.as_str().to_owned(),
        Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            let msg = format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(filename)
            );
            return Err(vm.type_error(msg));
        }
    };
    let mode = match mode.payload() {
        Some(Payload::Str(s)) => match s.as_str() {
            "exec" => Some(Mode::Exec),
            "eval" => Some(Mode::Eval),
            "single" => Some(Mode::Single),
            _ => None,
        },
        _ => {
            let msg = format!(
                "compile() argument 'mode' must be str, not {}",
                vm.type_name(mode)
            );
            return Err(vm.type_error(msg));
        }
    };
    let Some(mode) = mode else {
        return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
    };
    let mut options = krait_compiler::Options::default();
    if let Some(level) = params[5] {
        // -1 is the interpreter's own level (`-O`); 0, 1 and 2 choose one.
        options.optimize = match crate::builtins::int_arg(vm, level)? {
            -1 => options.optimize,
            n @ 0..=2 => n as u8,
            _ => return Err(vm.value_error("compile(): invalid optimize value")),
        };
    }
    if !matches!(source.payload(), Some(Payload::Str(_) | Payload::Bytes(_)))
        && vm.is_ast_object(source)?
    {
        if only_ast {
            // Already a tree: handed back as it is.
            return Ok(source);
        }
        return vm.compile_ast_object(source, &filename, mode, options);
    }
    let Some(text) = source_text(vm, source)? else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    if only_ast {
        return vm.parse_to_ast_objects(&text, &filename, mode);
    }
    let code = vm.compile_source_with(&text, &filename, mode, options)?;
    Ok(Value::Obj(code))
}

/// The text of a str or bytes source (`None` for anything else); null characters are a
/// `SyntaxError`, as in CPython.
fn source_text(vm: &mut Vm, source: Value) -> PyResult<Option<String>> {
    let text = match source.payload() {
        Some(Payload::Str(s)) => s.as_str().to_owned(),
        Some(Payload::Bytes(b)) => match krait_lexer::decode_source(b) {
            Ok(t) => t,
            Err(e) => return Err(vm.syntax_error(&e, "<string>", "")),
        },
        _ => return Ok(None),
    };
    if text.contains('\0') {
        return Err(vm.new_error(
            vm.s.types.syntax_error,
            "source code string cannot contain null bytes",
        ));
    }
    Ok(Some(text))
}

/// What `eval` / `exec` (`name`) run: a code object without free variables as it is, or
/// `source` (str or bytes) compiled in `mode`. `eval` forgives leading blanks, which would
/// be an indent anywhere else.
fn code_to_run(vm: &mut Vm, name: &str, source: Value, mode: Mode) -> PyResult<Gc<Object>> {
    if let (Some(Payload::Code(c)), Some(code)) = (source.payload(), source.as_obj()) {
        if !c.code.freevars.is_empty() {
            let msg = format!("code object passed to {name}() may not contain free variables");
            return Err(vm.type_error(msg));
        }
        return Ok(code);
    }
    let Some(text) = source_text(vm, source)? else {
        let msg = format!("{name}() arg 1 must be a string, bytes or code object");
        return Err(vm.type_error(msg));
    };
    let text = match mode {
        Mode::Eval => text.trim_start_matches([' ', '\t']),
        _ => &text,
    };
    vm.compile_source(text, "<string>", mode)
}

/// `eval(source, globals=None, locals=None, /)`.
fn eval(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("eval() takes no keyword arguments"));
    }
    crate::builtins::arity(vm, "eval", args, 1, 3)?;
    let (globals, locals) = namespaces(vm, "eval", args.get(1), args.get(2))?;
    let code = code_to_run(vm, "eval", args[0], Mode::Eval)?;
    vm.run_code_callback(code, globals, locals)
}

/// `exec(source, globals=None, locals=None, /, *, closure=None)`.
fn exec(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "exec", kw, &["closure"])?;
    if args.is_empty() {
        return Err(vm.type_error("exec() takes at least 1 positional argument (0 given)"));
    }
    if args.len() > 3 {
        let msg = format!("exec expected at most 3 arguments, got {}", args.len());
        return Err(vm.type_error(msg));
    }
    let (globals, locals) = namespaces(vm, "exec", args.get(1), args.get(2))?;
    let code = code_to_run(vm, "exec", args[0], Mode::Exec)?;
    vm.run_code_callback(code, globals, locals)?;
    Ok(Value::None)
}

/// The globals dict and locals mapping for `eval` / `exec`: the caller's when not given;
/// `globals` gets `__builtins__` when it has none.
fn namespaces(
    vm: &mut Vm,
    fname: &str,
    globals: Option<&Value>,
    locals: Option<&Value>,
) -> PyResult<(Gc<Object>, Gc<Object>)> {
    let globals = globals.copied().filter(|g| !g.is_none());
    let locals = locals.copied().filter(|l| !l.is_none());
    if let Some(g) = globals {
        if !matches!(g.payload(), Some(Payload::Dict(_))) {
            let msg = if fname == "eval" {
                if vm.is_mapping(g) {
                    "globals must be a real dict; try eval(expr, {}, mapping)".to_owned()
                } else {
                    "globals must be a dict".to_owned()
                }
            } else {
                format!("exec() globals must be a dict, not {}", vm.type_name(g))
            };
            return Err(vm.type_error(msg));
        }
    }
    if let Some(l) = locals {
        if !vm.is_mapping(l) {
            let msg = if fname == "eval" {
                "locals must be a mapping".to_owned()
            } else {
                format!("locals must be a mapping or None, not {}", vm.type_name(l))
            };
            return Err(vm.type_error(msg));
        }
    }
    let (g, l) = match (globals, locals) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g, g),
        (None, given) => {
            let g = match vm.s.frames.last() {
                Some(f) => Value::Obj(f.globals),
                None => vm.new_dict(Default::default()),
            };
            let l = match given {
                Some(l) => l,
                None => crate::builtins::core::caller_locals(vm)?,
            };
            (g, l)
        }
    };
    let (Some(g), Some(l)) = (g.as_obj(), l.as_obj()) else {
        return Err(vm.type_error("globals must be a dict"));
    };
    let key = vm.s.names.builtins;
    if vm.mapping_get_str(g, key)?.is_none() {
        let builtins = match vm.s.modules.get("builtins") {
            Some(&b) => Value::Obj(b),
            None => Value::Obj(vm.s.builtins),
        };
        vm.store_name(g, key, builtins)?;
    }
    Ok((g, l))
}

impl Vm {
    /// Whether `v` can serve as a locals mapping (a dict, or anything with `__getitem__`).
    pub(crate) fn is_mapping(&mut self, v: Value) -> bool {
        matches!(v.payload(), Some(Payload::Dict(_)))
            || self
                .type_lookup(self.type_of(v), self.s.names.getitem)
                .is_some()
    }

    /// Parses and compiles `text` as `compile()` does, into a code value; front-end errors
    /// become `SyntaxError` instances naming `filename`.
    pub(crate) fn compile_source(
        &mut self,
        text: &str,
        filename: &str,
        mode: Mode,
    ) -> PyResult<Gc<Object>> {
        self.compile_source_with(text, filename, mode, krait_compiler::Options::default())
    }

    /// As [`Vm::compile_source`], with explicit compiler options (`compile(optimize=N)`).
    pub(crate) fn compile_source_with(
        &mut self,
        text: &str,
        filename: &str,
        mode: Mode,
        options: krait_compiler::Options,
    ) -> PyResult<Gc<Object>> {
        let module = self.parse_for_mode(text, filename, mode)?;
        let (compiled, warnings) =
            krait_compiler::compile_module_with_warnings(&module, text, filename, mode, options);
        let found: Vec<_> = warnings
            .iter()
            .map(|w| (w.message.as_str(), w.range, true))
            .collect();
        if let Err(exc) = self.issue_compile_warnings(&found, text, filename, mode != Mode::Eval) {
            // CPython's compiler (past the parser) reads the error's line from the file.
            if self.exc_matches(exc, self.s.types.syntax_error) {
                self.replace_syntax_text(exc, filename)?;
            }
            return Err(exc);
        }
        match compiled {
            Ok(code) => Ok(self.load_code(&code)),
            Err(e) => {
                let exc = self.syntax_error_in(&e, filename, text, mode != Mode::Eval);
                // CPython's compiler (past the parser) takes the error's line from the file
                // named `filename`, and has none when there is no such file.
                self.replace_syntax_text(exc, filename)?;
                Err(exc)
            }
        }
    }

    /// Parses `text` as `mode` asks (`eval`: one expression; `single`: one statement),
    /// issuing the parser's warnings; a failure is the `SyntaxError` CPython raises.
    pub(crate) fn parse_for_mode(
        &mut self,
        text: &str,
        filename: &str,
        mode: Mode,
    ) -> PyResult<krait_ast::Module> {
        // Only ASCII blanks count here: a no-break space is an invalid character.
        let blank = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c');
        if mode == Mode::Eval && text.trim_matches(blank).is_empty() {
            // CPython's parser reports an empty expression at line 0, offset 0.
            let msg = self.new_str("invalid syntax");
            let file = self.new_str(filename);
            let empty = self.new_str("");
            let details = self.new_tuple(vec![
                file,
                Value::Int(0),
                Value::Int(0),
                empty,
                Value::Int(0),
                Value::Int(0),
            ]);
            return Err(self.new_exception(self.s.types.syntax_error, vec![msg, details]));
        }
        let (parsed, warnings) = krait_parser::parse_module_with_warnings(text);
        self.issue_parse_warnings(&warnings, text, filename, mode != Mode::Eval)?;
        let parsed = parsed
            .map_err(|e| match mode {
                Mode::Eval => eval_statement_error(text, e),
                _ => e,
            })
            .and_then(|m| krait_compiler::check_mode(&m, text, mode).map(|()| m));
        match parsed {
            Ok(m) => Ok(m),
            Err(e) => Err(self.syntax_error_in(&e, filename, text, mode != Mode::Eval)),
        }
    }

    /// Issues the parser's warnings (invalid escape sequences, numbers run into keywords)
    /// as CPython's compiler does: `warnings.warn_explicit(message, category, filename,
    /// line)`, and a warning the filters turn into an error becomes a `SyntaxError` at the
    /// literal.
    fn issue_parse_warnings(
        &mut self,
        warnings: &[krait_parser::ParseWarning],
        text: &str,
        filename: &str,
        newline_added: bool,
    ) -> PyResult<()> {
        let found: Vec<_> = warnings
            .iter()
            .map(|w| (w.message.as_str(), w.range, w.syntax))
            .collect();
        self.issue_compile_warnings(&found, text, filename, newline_added)
            .map(|_| ())
    }

    /// Issues `(message, range, is a SyntaxWarning)` warnings about `text` through
    /// `warnings.warn_explicit`, in order. A warning the filters turn into an error ends
    /// the issuing with a `SyntaxError` at its node, as in CPython.
    fn issue_compile_warnings(
        &mut self,
        warnings: &[(&str, krait_ast::TextRange, bool)],
        text: &str,
        filename: &str,
        newline_added: bool,
    ) -> PyResult<()> {
        if warnings.is_empty() {
            return Ok(());
        }
        let name = self.intern("warnings");
        let module = self.import_name(name, Value::None, Value::Int(0))?;
        let key = self.intern("warn_explicit");
        let warn_explicit = self.get_attr(module, key)?;
        for &(message, range, syntax) in warnings {
            let category = if syntax {
                self.s.types.syntax_warning
            } else {
                self.s.types.deprecation_warning
            };
            let start = usize::from(range.start());
            let line = 1 + text.as_bytes()[..start]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            let message_value = self.new_str(message);
            let file = self.new_str(filename);
            let args = [
                message_value,
                Value::Obj(category),
                file,
                Value::Int(line as i64),
            ];
            if let Err(e) = self.call_value(warn_explicit, &args, &[]) {
                if self.exc_matches(e, category) {
                    let error = krait_ast::SyntaxError::new(message.to_owned(), range);
                    return Err(self.syntax_error_in(&error, filename, text, newline_added));
                }
                return Err(e);
            }
        }
        Ok(())
    }

    /// Sets the `text` of a compiler's `SyntaxError` to the line of the file `filename`,
    /// or `None` when that file cannot be read.
    pub(crate) fn replace_syntax_text(
        &mut self,
        exc: crate::error::Exception,
        filename: &str,
    ) -> PyResult<()> {
        let args = exc.data().args.get();
        let Some(Payload::Tuple(t)) = args.payload() else {
            return Ok(());
        };
        let (msg, details) = match &t[..] {
            [m, d] => (*m, *d),
            _ => return Ok(()),
        };
        let Some(Payload::Tuple(d)) = details.payload() else {
            return Ok(());
        };
        let mut d = d.to_vec();
        let line = match d.get(1) {
            Some(Value::Int(l)) => *l,
            _ => return Ok(()),
        };
        let text = std::fs::read_to_string(filename).ok().and_then(|src| {
            src.lines()
                .nth((line as usize).saturating_sub(1))
                .map(|l| format!("{l}\n"))
        });
        if d.len() > 3 {
            d[3] = match text {
                Some(t) => self.new_str(t),
                None => Value::None,
            };
        }
        let details = self.new_tuple(d);
        let args = self.new_tuple(vec![msg, details]);
        exc.data().args.set(args);
        Ok(())
    }

    /// Runs a module-style code object against `globals` and `locals` for a builtin: a new
    /// frame in a nested dispatch loop (counted toward the recursion limit).
    pub(crate) fn run_code_callback(
        &mut self,
        code: Gc<Object>,
        globals: Gc<Object>,
        locals: Gc<Object>,
    ) -> PyResult<Value> {
        self.nested += 1;
        let r = stacker::maybe_grow(128 * 1024, 4 * 1024 * 1024, || {
            self.run_code_in(code, globals, locals)
        });
        self.nested -= 1;
        r
    }

    /// `PRINT_EXPR`: `sys.displayhook(value)` when `sys` was imported and has one, else
    /// the default hook: nothing for `None`, else the repr on stdout, kept as `builtins._`.
    pub(crate) fn print_expr(&mut self, value: Value) -> PyResult<()> {
        if let Some(&sys) = self.s.modules.get("sys") {
            let key = self.intern("displayhook");
            if let Ok(hook) = self.get_attr(Value::Obj(sys), key) {
                self.call_value(hook, &[value], &[])?;
                return Ok(());
            }
        }
        display_hook(self, &[value], &[])?;
        Ok(())
    }
}

/// `sys.displayhook(value)`.
pub(crate) fn display_hook(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::arity(vm, "displayhook", args, 1, 1)?;
    let value = args[0];
    if value.is_none() {
        return Ok(Value::None);
    }
    crate::builtins::set_builtin(vm, "_", Value::None);
    let text = vm.repr(value)?;
    match crate::builtins::std_streams::replaced_stdout(vm) {
        Some(Value::None) => return Err(vm.runtime_error("lost sys.stdout")),
        Some(out) => {
            crate::builtins::std_streams::write_to(vm, out, &text)?;
            crate::builtins::std_streams::write_to(vm, out, "\n")?;
        }
        None => {
            vm.write_stdout(&text)?;
            vm.write_stdout("\n")?;
        }
    }
    crate::builtins::set_builtin(vm, "_", value);
    Ok(Value::None)
}

/// CPython parses an `eval` source with a grammar of expressions alone, so a statement's
/// own errors (`cannot assign to f-string expression`, `cannot delete literal`) never show
/// there: the source is `invalid syntax` where the statement leaves the expression grammar,
/// at a leading statement keyword (`del`, `for`, `with`), or at a top-level `=` or
/// augmented assignment.
fn eval_statement_error(text: &str, error: krait_ast::SyntaxError) -> krait_ast::SyntaxError {
    use krait_lexer::TokenKind as T;
    let statement_error = error.message.starts_with("cannot assign to")
        || error.message.starts_with("cannot delete")
        || error
            .message
            .contains("illegal expression for augmented assignment");
    if !statement_error {
        return error;
    }
    let Ok(tokens) = krait_lexer::tokenize(text) else {
        return error;
    };
    let leading_statement = |k: T| matches!(k, T::Del | T::For | T::With | T::Async | T::While);
    if let Some(first) = tokens.first().filter(|t| leading_statement(t.kind)) {
        return krait_ast::SyntaxError::new("invalid syntax", first.range);
    }
    let mut depth = 0i32;
    for t in &tokens {
        match t.kind {
            T::LPar | T::LSqb | T::LBrace => depth += 1,
            T::RPar | T::RSqb | T::RBrace => depth -= 1,
            T::Equal
            | T::PlusEqual
            | T::MinEqual
            | T::StarEqual
            | T::SlashEqual
            | T::PercentEqual
            | T::AmperEqual
            | T::VBarEqual
            | T::CircumflexEqual
            | T::LeftShiftEqual
            | T::RightShiftEqual
            | T::DoubleStarEqual
            | T::DoubleSlashEqual
            | T::AtEqual
                if depth == 0 =>
            {
                return krait_ast::SyntaxError::new("invalid syntax", t.range);
            }
            _ => {}
        }
    }
    error
}
