//! The last lines of a traceback for a `SyntaxError` raised while the program runs (a
//! module that fails to compile on import): the file and line, the offending source line
//! without its indentation, and carets under the error's columns, as CPython prints them.

use crate::error::Exception;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// The location block for a `SyntaxError` whose args are `(msg, (file, line, col,
    /// text, end_line, end_col))`; `None` for any other exception.
    pub(crate) fn syntax_error_location(&mut self, exc: Exception) -> Option<String> {
        if !self.exc_matches(exc, self.s.types.syntax_error) {
            return None;
        }
        let args = exc.data().args.get();
        let Some(Payload::Tuple(args)) = args.payload() else {
            return None;
        };
        let details = match args.get(1).and_then(|d| d.payload()) {
            Some(Payload::Tuple(d)) if args.len() == 2 && d.len() >= 4 => d.to_vec(),
            _ => return None,
        };
        let int = |v: Option<&Value>| match v {
            Some(Value::Int(i)) => Some(*i),
            _ => None,
        };
        let file = match details[0].payload() {
            Some(Payload::Str(s)) => s.as_str().to_owned(),
            _ => "<string>".to_owned(),
        };
        let line = int(details.get(1))?;
        let mut out = format!("  File \"{file}\", line {line}\n");
        if let Some(Payload::Str(text)) = details[3].payload() {
            let text = text.as_str().trim_end_matches(['\n', '\r']);
            let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
            let indent = text.chars().count() - stripped.chars().count();
            out.push_str(&format!("    {stripped}\n"));
            // A column inside the stripped indentation gets no caret line, as in CPython.
            let col = int(details.get(2)).filter(|&c| c > indent as i64);
            if let Some(col) = col {
                let start = (col as usize - 1 - indent).min(stripped.chars().count());
                let end_line = int(details.get(4));
                let end_col = int(details.get(5));
                let width = match (end_line, end_col) {
                    (Some(el), Some(ec)) if el == line && ec > col => (ec - col) as usize,
                    _ => 1,
                };
                let width = width.min(stripped.chars().count().saturating_sub(start).max(1));
                out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
            }
        }
        Some(out)
    }
}
