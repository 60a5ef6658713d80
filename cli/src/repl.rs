//! The interactive prompt: `krait` with a terminal on stdin, and `krait -i` after a
//! program. Lines are read with rustyline (editing, history in `~/.krait_history`, tab
//! completion of names, keywords and attributes), gathered into one piece of input the way
//! CPython's prompt gathers them (a compound statement or an unclosed bracket continues on
//! `... ` lines; a blank line ends a block), compiled in `single` mode and run in the VM's
//! `__main__`, so that values persist and expression values are echoed.

use std::cell::RefCell;
use std::io::Write;
use std::path::PathBuf;
use std::rc::Rc;

use krait_ast::SyntaxError;
use krait_vm::{InteractiveOutcome, Vm};
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::{DefaultHistory, History};
use rustyline::validate::Validator;
use rustyline::{CompletionType, Config, Context, Editor, Helper};

/// The file name interactive input is compiled under, as in CPython.
const STDIN_NAME: &str = "<stdin>";

/// Python's keywords, offered by completion.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// What the lines typed so far amount to.
#[derive(Debug)]
pub enum Gathered {
    /// Nothing to run (blank input).
    Empty,
    /// More lines are needed (`... ` prompt).
    Incomplete,
    /// A whole piece of input, ready to compile.
    Complete,
    /// Input that can never become valid: report it and start over.
    Invalid(SyntaxError),
}

/// Decides whether `source` (the lines typed so far, newline-terminated) is complete, as
/// CPython's prompt decides: a first line that opens a block, or input that stops inside a
/// bracket, a triple-quoted string or after a backslash, needs more lines; a block ends
/// at a blank line.
pub fn gather(source: &str) -> Gathered {
    if source.trim().is_empty() {
        return Gathered::Empty;
    }
    // A blank line after the first ends whatever was open.
    let ended_by_blank_line =
        source.lines().count() > 1 && source.lines().last().is_some_and(|l| l.trim().is_empty());
    match krait_parser::parse_module(source) {
        Ok(module) => {
            let opens_block = module.body.first().is_some_and(|s| is_compound(&s.kind));
            if opens_block && !ended_by_blank_line {
                Gathered::Incomplete
            } else {
                Gathered::Complete
            }
        }
        Err(error) if !ended_by_blank_line && stops_early(&error, source) => Gathered::Incomplete,
        Err(error) => Gathered::Invalid(error),
    }
}

/// Whether a parse error only says that the input stops too soon.
fn stops_early(error: &SyntaxError, source: &str) -> bool {
    let message = error.message.as_str();
    message.starts_with("expected an indented block")
        || message.ends_with("was never closed")
        || message.starts_with("unterminated triple-quoted string")
        || message == "unexpected EOF while parsing"
        // A decorator line waits for the definition it decorates.
        || source.lines().last().is_some_and(|l| l.trim_start().starts_with('@'))
}

/// Whether a statement has a body, so that the prompt waits for a blank line after it.
fn is_compound(kind: &krait_ast::StmtKind) -> bool {
    use krait_ast::StmtKind as S;
    matches!(
        kind,
        S::If { .. }
            | S::For(_)
            | S::While { .. }
            | S::With(_)
            | S::Try(_)
            | S::FunctionDef(_)
            | S::ClassDef(_)
            | S::Match { .. }
    )
}

/// A syntax error as CPython's prompt shows it: the location, the line with a caret, and
/// `Kind: message`.
pub fn syntax_error_text(error: &SyntaxError, source: &str) -> String {
    let offset = usize::from(error.range.start()).min(source.len());
    let line_start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line_no = source[..line_start].matches('\n').count() + 1;
    let line_end = source[offset..]
        .find('\n')
        .map_or(source.len(), |i| offset + i);
    let line = &source[line_start..line_end];
    let stripped = line.trim_start();
    let code_start = line_start + (line.len() - stripped.len());
    let column = source
        .get(code_start..offset)
        .map_or(0, |before| before.chars().count());
    let mut text = format!("  File \"{STDIN_NAME}\", line {line_no}\n");
    if !stripped.trim_end().is_empty() {
        text.push_str(&format!(
            "    {}\n    {}^\n",
            stripped.trim_end(),
            " ".repeat(column)
        ));
    }
    text.push_str(&format!("{}: {}\n", error.kind.class_name(), error.message));
    text
}

/// Completion against the session's VM.
struct SessionHelper {
    vm: Rc<RefCell<Vm>>,
}

impl Completer for SessionHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        let start = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c == '_' || c == '.' || c.is_alphanumeric())
            .last()
            .map_or(pos, |(i, _)| i);
        let word = &before[start..];
        if word.is_empty() {
            // Tab at the start of a line indents, as in CPython's prompt.
            let indent = before.trim().is_empty();
            let pair = |s: &str| Pair {
                display: s.to_owned(),
                replacement: s.to_owned(),
            };
            return Ok((
                pos,
                if indent {
                    vec![pair("    ")]
                } else {
                    Vec::new()
                },
            ));
        }
        let mut names = match self.vm.try_borrow_mut() {
            Ok(mut vm) => vm.completions(word),
            Err(_) => Vec::new(),
        };
        if !word.contains('.') {
            names.extend(
                KEYWORDS
                    .iter()
                    .filter(|k| k.starts_with(word))
                    .map(|k| k.to_string()),
            );
            names.sort();
            names.dedup();
        }
        let pairs = names
            .into_iter()
            .map(|n| Pair {
                display: n.rsplit('.').next().unwrap_or(&n).to_owned(),
                replacement: n,
            })
            .collect();
        Ok((start, pairs))
    }
}

impl Hinter for SessionHelper {
    type Hint = String;
}
impl Highlighter for SessionHelper {}
impl Validator for SessionHelper {}
impl Helper for SessionHelper {}

/// Where the history is kept: `~/.krait_history`.
fn history_path() -> Option<PathBuf> {
    std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".krait_history"))
}

/// Settings of a session.
pub struct SessionOptions {
    /// Print the banner (not with `-q`, nor after `-i`'s program).
    pub banner: bool,
    /// `PYTHONSTARTUP`: a file run in `__main__` before the first prompt.
    pub startup: Option<String>,
}

/// The banner: the version line and where to learn more, as CPython's prompt words it.
pub fn banner() -> String {
    format!(
        "Krait {} (Python {} compatible) on {}\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
        env!("CARGO_PKG_VERSION"),
        krait_vm::PYTHON_VERSION,
        std::env::consts::OS
    )
}

/// The line editor, made afresh for each prompt and dropped before the input runs. While a
/// rustyline editor exists it owns SIGINT (it installs its own handler when made and puts
/// the previous one back only when dropped), so with one editor for the whole session
/// Ctrl-C during code typed at the prompt would never reach the VM. The history moves from
/// one editor to the next.
struct LineReader {
    config: Config,
    history: DefaultHistory,
    vm: Rc<RefCell<Vm>>,
}

impl LineReader {
    fn readline(&mut self, prompt: &str) -> rustyline::Result<String> {
        let history = std::mem::take(&mut self.history);
        let mut editor: Editor<SessionHelper, DefaultHistory> =
            Editor::with_history(self.config.clone(), history)?;
        editor.set_helper(Some(SessionHelper {
            vm: Rc::clone(&self.vm),
        }));
        let line = editor.readline(prompt);
        self.history = std::mem::take(editor.history_mut());
        line
    }
}

/// Runs the prompt until Ctrl-D, `exit()` or `SystemExit`; returns the exit status.
/// `vm` may already have run a program (`-i`).
pub fn run(vm: Vm, options: SessionOptions, stderr: &mut dyn Write) -> i32 {
    let vm = Rc::new(RefCell::new(vm));
    let config = Config::builder()
        .auto_add_history(false)
        .completion_type(CompletionType::List)
        .build();
    let mut reader = LineReader {
        history: DefaultHistory::with_config(&config),
        config,
        vm: Rc::clone(&vm),
    };
    let history = history_path();
    if let Some(path) = &history {
        let _ = reader.history.load(path);
    }
    if options.banner {
        let _ = stderr.write_all(banner().as_bytes());
    }
    let mut status = None;
    if let Some(path) = &options.startup {
        status = run_startup(&mut vm.borrow_mut(), path, stderr);
    }
    let mut lines: Vec<String> = Vec::new();
    while status.is_none() {
        let prompt = if lines.is_empty() { ">>> " } else { "... " };
        match reader.readline(prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = reader.history.add(line.as_str());
                }
                lines.push(line);
                let source = lines.join("\n") + "\n";
                match gather(&source) {
                    Gathered::Empty => lines.clear(),
                    Gathered::Incomplete => {}
                    Gathered::Invalid(error) => {
                        let _ = stderr.write_all(syntax_error_text(&error, &source).as_bytes());
                        lines.clear();
                    }
                    Gathered::Complete => {
                        lines.clear();
                        status = run_input(&mut vm.borrow_mut(), &source, stderr);
                    }
                }
            }
            Err(ReadlineError::Interrupted) => {
                let _ = stderr.write_all(b"\nKeyboardInterrupt\n");
                lines.clear();
            }
            Err(ReadlineError::Eof) => {
                let _ = stderr.write_all(b"\n");
                status = Some(0);
            }
            Err(error) => {
                let _ = writeln!(stderr, "krait: the prompt failed: {error}");
                status = Some(1);
            }
        }
    }
    if let Some(path) = &history {
        let _ = reader.history.save(path);
    }
    let _ = vm.borrow_mut().shutdown();
    status.unwrap_or(0)
}

/// Compiles and runs one piece of input; `Some(status)` when it ends the session.
fn run_input(vm: &mut Vm, source: &str, stderr: &mut dyn Write) -> Option<i32> {
    let code = krait_parser::parse_module(source).and_then(|module| {
        krait_compiler::compile_module_as(&module, source, STDIN_NAME, krait_compiler::Mode::Single)
    });
    match code {
        Ok(code) => match vm.run_interactive(code) {
            InteractiveOutcome::Exit(status) => Some(status),
            InteractiveOutcome::Completed | InteractiveOutcome::Raised => None,
        },
        Err(error) => {
            let _ = stderr.write_all(syntax_error_text(&error, source).as_bytes());
            None
        }
    }
}

/// Runs `PYTHONSTARTUP`'s file in `__main__` (expression values are not echoed).
fn run_startup(vm: &mut Vm, path: &str, stderr: &mut dyn Write) -> Option<i32> {
    let program = match crate::driver::Program::read(path) {
        Ok(program) => program,
        Err(error) => {
            let _ = writeln!(stderr, "Could not open PYTHONSTARTUP\n{error}");
            return None;
        }
    };
    match crate::driver::compile(&program.source, path) {
        Ok(code) => match vm.run_interactive(code) {
            InteractiveOutcome::Exit(status) => Some(status),
            _ => None,
        },
        Err(error) => {
            let _ = stderr.write_all(syntax_error_text(&error, &program.source).as_bytes());
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(source: &str) -> &'static str {
        match gather(source) {
            Gathered::Empty => "empty",
            Gathered::Incomplete => "incomplete",
            Gathered::Complete => "complete",
            Gathered::Invalid(_) => "invalid",
        }
    }

    #[test]
    fn input_is_gathered_as_at_cpythons_prompt() {
        assert_eq!(kind("\n"), "empty");
        assert_eq!(kind("1 + 1\n"), "complete");
        assert_eq!(kind("if x:\n"), "incomplete");
        assert_eq!(kind("if x:\n    y = 1\n"), "incomplete");
        assert_eq!(kind("if x:\n    y = 1\n\n"), "complete");
        assert_eq!(kind("(1,\n"), "incomplete");
        assert_eq!(kind("(1,\n2)\n"), "complete");
        assert_eq!(kind("x = \"\"\"abc\n"), "incomplete");
        assert_eq!(kind("x = 1 \\\n"), "incomplete");
        assert_eq!(kind("@dec\n"), "incomplete");
        assert_eq!(kind("1 +* 2\n"), "invalid");
        assert_eq!(kind("x = 1 +\n"), "invalid");
        assert_eq!(kind("if x:\n\n"), "invalid");
    }

    #[test]
    fn syntax_errors_are_shown_as_cpython_shows_them() {
        let source = "1 +* 2\n";
        let Gathered::Invalid(error) = gather(source) else {
            panic!("should be invalid")
        };
        assert_eq!(
            syntax_error_text(&error, source),
            "  File \"<stdin>\", line 1\n    1 +* 2\n       ^\nSyntaxError: invalid syntax\n"
        );
    }
}
