//! Printing an uncaught exception the way CPython 3.11 does: chained exceptions first
//! (`__cause__` / `__context__`), each with `Traceback (most recent call last):`, one
//! `File "…", line N, in name` entry per frame with its source line, repeated entries
//! collapsed, the final `Type: message` line and the `__notes__`; exception groups drawn
//! as nested boxes of their members. Also the exit status of `SystemExit`.

use krait_gc::Gc;

use crate::error::Exception;
use crate::interp::arith::{as_num, Num};
use crate::interp::frame::code_data;
use crate::object::int::IntRef;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// How many identical consecutive entries are printed before collapsing.
const REPEAT_LIMIT: usize = 3;

/// How deep nested exception groups are drawn, and how many members each shows.
const MAX_GROUP_DEPTH: usize = 10;
const MAX_GROUP_WIDTH: usize = 15;

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

/// Where a report is while drawing exception-group boxes.
#[derive(Default)]
struct PrintCtx {
    /// Exceptions already printed (a chain may loop back).
    seen: Vec<usize>,
    /// Group nesting: the margin is two spaces per level, then `| `.
    depth: usize,
    /// Whether the last member of the innermost open group still needs its closing line.
    need_close: bool,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes `text` with the margin in front of every line (empty ones too).
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

impl Vm {
    /// Handles an exception that escaped the main module: prints it (unless it is a
    /// `SystemExit`) and returns the process exit status.
    pub(crate) fn report_uncaught(&mut self, exc: Exception) -> i32 {
        if self.exc_matches(exc, self.s.types.system_exit) {
            return self.system_exit_status(exc);
        }
        let text = self.format_exception_chain(exc);
        self.write_stderr(&text);
        // 128 + SIGINT: what a shell reports for CPython, which ends by re-raising SIGINT
        // (the `krait` command does too).
        if self.exc_matches(exc, self.s.types.keyboard_interrupt) {
            return 130;
        }
        1
    }

    fn system_exit_status(&mut self, exc: Exception) -> i32 {
        let args = exc.data().args.get();
        let code = match args.payload() {
            Some(Payload::Tuple(t)) if t.len() == 1 => t[0],
            Some(Payload::Tuple(t)) if t.is_empty() => Value::None,
            _ => args,
        };
        match code {
            Value::None => 0,
            _ => match as_num(&code) {
                Some(Num::Int(IntRef::Small(i))) => i as i32,
                Some(Num::Int(IntRef::Big(_))) => -1,
                _ => {
                    let text = match self.str_text(code) {
                        Ok(t) => t,
                        Err(_) => String::from("<exception str() failed>"),
                    };
                    self.write_stderr(&format!("{text}\n"));
                    1
                }
            },
        }
    }

    /// The full report for `exc` with its chain.
    pub(crate) fn format_exception_chain(&mut self, exc: Exception) -> String {
        let mut ctx = PrintCtx::default();
        let mut out = String::new();
        self.format_exception(exc, &mut ctx, &mut out);
        out
    }

    /// The report for `exc` as `traceback.format_exception` gives it: with its chain, or
    /// (`chain` false) alone.
    pub(crate) fn format_exception_text(&mut self, exc: Exception, chain: bool) -> String {
        let mut ctx = PrintCtx::default();
        let mut out = String::new();
        if chain {
            self.format_exception(exc, &mut ctx, &mut out);
        } else {
            ctx.seen.push(exc.obj().addr());
            self.format_single(exc, &mut ctx, &mut out);
        }
        out
    }

    /// The final lines of the report for `exc` (`traceback.format_exception_only`).
    pub(crate) fn format_exception_only_text(&mut self, exc: Exception) -> String {
        self.exception_only(exc)
    }

    /// `exc` preceded by its chain of causes / contexts; exception groups as boxes holding
    /// their members, as CPython 3.11's default hook prints them.
    fn format_exception(&mut self, exc: Exception, ctx: &mut PrintCtx, out: &mut String) {
        let as_exc = |v: Value| -> Option<Exception> {
            match v {
                Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Some(Exception(o)),
                _ => None,
            }
        };
        let mut chain: Vec<(Option<&'static str>, Exception)> = vec![(None, exc)];
        ctx.seen.push(exc.obj().addr());
        let mut cur = exc;
        loop {
            let data = cur.data();
            let next = if let Some(c) = as_exc(data.cause.get()) {
                Some((CAUSE_MESSAGE, c))
            } else if !data.suppress_context.get() {
                as_exc(data.context.get()).map(|c| (CONTEXT_MESSAGE, c))
            } else {
                None
            };
            match next {
                Some((msg, c)) if !ctx.seen.contains(&c.obj().addr()) => {
                    ctx.seen.push(c.obj().addr());
                    chain.push((Some(msg), c));
                    cur = c;
                }
                _ => break,
            }
        }
        // Printed oldest first; each message introduces the exception after it.
        let mut pending: Option<&'static str> = None;
        for (msg, e) in chain.into_iter().rev() {
            if let Some(m) = pending.take() {
                ctx.emit(out, m, '|');
            }
            pending = msg;
            self.format_single(e, ctx, out);
        }
    }

    /// One exception without its chain: its traceback, its final line and notes, and for a
    /// group the box of its members.
    fn format_single(&mut self, exc: Exception, ctx: &mut PrintCtx, out: &mut String) {
        let stack = self.format_stack(exc);
        if !self.is_exception_group(exc.value()) {
            if !stack.is_empty() {
                ctx.emit(out, "Traceback (most recent call last):\n", '|');
                ctx.emit(out, &stack, '|');
            }
            let only = self.exception_only(exc);
            ctx.emit(out, &only, '|');
            return;
        }
        if ctx.depth > MAX_GROUP_DEPTH {
            let line = format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n");
            ctx.emit(out, &line, '|');
            return;
        }
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        if !stack.is_empty() {
            let margin = if toplevel { '+' } else { '|' };
            ctx.emit(
                out,
                "Exception Group Traceback (most recent call last):\n",
                margin,
            );
            ctx.emit(out, &stack, '|');
        }
        let only = self.exception_only(exc);
        ctx.emit(out, &only, '|');
        let members = self.eg_parts(exc.value()).1;
        let shown = members.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for i in 0..shown {
            let last = i + 1 == shown;
            if last {
                // A nested group may draw the closing line itself.
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_owned()
            } else {
                (i + 1).to_string()
            };
            out.push_str(&ctx.indent());
            out.push_str(if i == 0 { "+-" } else { "  " });
            out.push_str(&format!("+---------------- {title} ----------------\n"));
            ctx.depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let s = if remaining > 1 { "s" } else { "" };
                ctx.emit(out, &format!("and {remaining} more exception{s}\n"), '|');
            } else if let Some(e) = members[i].as_obj() {
                if matches!(e.payload, Payload::Exception(_)) {
                    self.format_exception(Exception(e), ctx, out);
                }
            }
            if last && ctx.need_close {
                out.push_str(&ctx.indent());
                out.push_str("+------------------------------------\n");
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }

    /// The `File "…", line N, in name` entries of `exc`'s traceback, outermost first.
    fn format_stack(&mut self, exc: Exception) -> String {
        let mut entries: Vec<_> = exc
            .data()
            .traceback
            .borrow()
            .iter()
            .rev()
            .copied()
            .collect();
        // Only the innermost `sys.tracebacklimit` entries (CPython's default is 1000; a
        // limit of 0 or less prints none, and no header).
        let limit = self.traceback_limit();
        if entries.len() > limit {
            entries.drain(..entries.len() - limit);
        }
        self.format_entries(&entries)
    }

    /// `sys.tracebacklimit` when it is an int, else CPython's default of 1000.
    fn traceback_limit(&mut self) -> usize {
        const DEFAULT: usize = 1000;
        let Some(&sys) = self.s.modules.get("sys") else {
            return DEFAULT;
        };
        let key = self.intern("tracebacklimit");
        let hash = self.names_hash(key);
        let value = sys.attr_dict().and_then(|d| d.borrow().get_str(hash, key));
        match value.as_ref().and_then(crate::interp::arith::as_int) {
            Some(IntRef::Small(n)) => usize::try_from(n).unwrap_or(0),
            Some(IntRef::Big(b)) if b.sign() == num_bigint::Sign::Minus => 0,
            Some(IntRef::Big(_)) => usize::MAX,
            None => DEFAULT,
        }
    }

    /// The `File "…", line N, in name` entry of instruction `pc` of `code`, with its source
    /// line and carets (`traceback.format_tb` and friends).
    pub(crate) fn format_frame_entry(&self, code: &Gc<Object>, pc: u32) -> String {
        let cd = code_data(code);
        let line = cd.code.locations.get(pc as usize).map_or(0, |l| l.line);
        let mut out = format!(
            "  File \"{}\", line {}, in {}\n",
            cd.code.filename, line, cd.code.name
        );
        out.push_str(&self.source_excerpt(code, pc));
        out
    }

    /// The entries of a traceback, outermost first, with repeats collapsed.
    fn format_entries(&mut self, entries: &[crate::object::exception::TbEntry]) -> String {
        let mut out = String::new();
        let entries = entries.to_vec();
        let mut last: Option<(String, u32, String)> = None;
        let mut repeats = 0usize;
        for entry in entries {
            let cd = code_data(&entry.code);
            let loc = cd
                .code
                .locations
                .get(entry.pc as usize)
                .copied()
                .unwrap_or_default();
            let key = (cd.code.filename.clone(), loc.line, cd.code.name.clone());
            if last.as_ref() == Some(&key) {
                repeats += 1;
            } else {
                flush_repeats(&mut out, repeats);
                repeats = 0;
                last = Some(key);
            }
            if repeats >= REPEAT_LIMIT {
                continue;
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                cd.code.filename, loc.line, cd.code.name
            ));
            out.push_str(&self.source_excerpt(&entry.code, entry.pc));
        }
        flush_repeats(&mut out, repeats);
        out
    }

    /// The source line (and caret line) of an instruction in the main file.
    fn source_excerpt(&self, code: &Gc<Object>, pc: u32) -> String {
        let cd = code_data(code);
        // Pseudo-files (`<string>` for `-c`, `<stdin>`) have no lines to show, as in CPython.
        let pseudo = cd.code.filename.starts_with('<') && cd.code.filename.ends_with('>');
        if pseudo {
            return String::new();
        }
        let source = if cd.code.filename == self.main_file {
            self.main_source.as_str()
        } else {
            match self.sources.get(&cd.code.filename) {
                Some(s) => s.as_str(),
                None => return String::new(),
            }
        };
        let Some(loc) = cd.code.locations.get(pc as usize).copied() else {
            return String::new();
        };
        if loc.line == 0 {
            return String::new();
        }
        let Some(line) = source.lines().nth(loc.line as usize - 1) else {
            return String::new();
        };
        let stripped = line.trim();
        if stripped.is_empty() {
            return String::new();
        }
        let mut out = format!("    {stripped}\n");
        out.push_str(&crate::carets::caret_line(line, loc));
        out
    }

    /// `Type: message`, as the last line of a traceback.
    fn exception_only(&mut self, exc: Exception) -> String {
        let class = exc.obj().class();
        let name = match class.as_class() {
            Some(c) => {
                let module = c.module.borrow().clone();
                let qual = c.qualname.borrow().clone();
                if module == "builtins" || module == "__main__" {
                    qual
                } else {
                    format!("{module}.{qual}")
                }
            }
            None => "?".to_owned(),
        };
        if self.exc_matches(exc, self.s.types.syntax_error) {
            let mut text = self.syntax_error_only(exc, &name);
            text.push_str(&self.format_notes(exc));
            return text;
        }
        let msg = match self.str_text(exc.value()) {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".to_owned(),
        };
        let mut line = if msg.is_empty() {
            format!("{name}\n")
        } else {
            format!("{name}: {msg}\n")
        };
        if let Some(hint) = self.suggestion(exc) {
            line.insert_str(line.len() - 1, &hint);
        }
        line.push_str(&self.format_notes(exc));
        line
    }

    /// A `SyntaxError`'s last lines: where it was found (`File "…", line N`, the text and
    /// carets under the offending columns), then `Type: msg`.
    fn syntax_error_only(&mut self, exc: Exception, name: &str) -> String {
        let field = |vm: &mut Vm, attr: &str| {
            let key = vm.intern(attr);
            vm.get_attr(exc.value(), key).unwrap_or(Value::None)
        };
        let msg = field(self, "msg");
        let filename = field(self, "filename");
        let lineno = field(self, "lineno");
        let offset = field(self, "offset");
        let end_offset = field(self, "end_offset");
        let end_lineno = field(self, "end_lineno");
        let text = field(self, "text");
        let as_text = |vm: &mut Vm, v: Value| -> Option<String> {
            if v.is_none() {
                None
            } else {
                Some(vm.str_text(v).unwrap_or_default())
            }
        };
        let mut out = String::new();
        let mut suffix = String::new();
        let filename = as_text(self, filename);
        if !lineno.is_none() {
            let line = as_text(self, lineno).unwrap_or_default();
            let file = filename.clone().unwrap_or_else(|| "<string>".to_owned());
            out.push_str(&format!("  File \"{file}\", line {line}\n"));
        } else if let Some(f) = &filename {
            suffix = format!(" ({f})");
        }
        if let Some(Payload::Str(t)) = text.payload() {
            let rtext = t.as_str().trim_end_matches('\n');
            let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
            let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
            out.push_str(&format!("    {ltext}\n"));
            if let Value::Int(start) = offset {
                // Columns in the stripped line: the caret starts at most just past its end
                // and spans to `end_offset` (clipped the same way), at least one wide.
                let len = ltext.chars().count() as i64;
                let col = (start - 1 - spaces).min(len);
                // A range ending on a later line runs to the end of this one.
                let end_offset = match (lineno, end_lineno) {
                    (Value::Int(l), Value::Int(el)) if el != l => {
                        Value::Int(t.as_str().chars().count() as i64)
                    }
                    _ => end_offset,
                };
                let end_col = match end_offset {
                    Value::Int(e) => (e - 1 - spaces).min(len),
                    _ => col + 1,
                };
                let end_col = if end_col <= col { col + 1 } else { end_col };
                if col >= 0 {
                    let pad: String = ltext
                        .chars()
                        .take(col as usize)
                        .map(|c| if c.is_whitespace() { c } else { ' ' })
                        .collect();
                    let carets = "^".repeat((end_col - col) as usize);
                    out.push_str(&format!("    {pad}{carets}\n"));
                }
            }
        }
        let msg = match as_text(self, msg) {
            Some(m) if !m.is_empty() => m,
            _ => "<no detail available>".to_owned(),
        };
        out.push_str(&format!("{name}: {msg}{suffix}\n"));
        out
    }

    /// The lines of `__notes__`, as CPython prints them after the exception's line.
    fn format_notes(&mut self, exc: Exception) -> String {
        let key = self.intern("__notes__");
        let Some(notes) = self.exc_dict_get(exc.value(), key) else {
            return String::new();
        };
        let items = match notes.payload() {
            Some(Payload::List(l)) => l.borrow().to_vec(),
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => {
                let r = self
                    .repr(notes)
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".to_owned());
                return format!("{r}\n");
            }
        };
        let mut out = String::new();
        for note in items {
            let text = match note.payload() {
                Some(Payload::Str(s)) => s.as_str().to_owned(),
                _ => self
                    .str_text(note)
                    .unwrap_or_else(|_| "<note str() failed>".to_owned()),
            };
            out.push_str(&text);
            out.push('\n');
        }
        out
    }

    /// CPython's "Did you mean" hint for NameError and AttributeError.
    fn suggestion(&mut self, exc: Exception) -> Option<String> {
        let is_attr = self.exc_matches(exc, self.s.types.attribute_error);
        let is_name = self.exc_matches(exc, self.s.types.name_error);
        if !is_attr && !is_name {
            return None;
        }
        let name = self.exc_field(exc.value(), "name")?;
        let name = name.as_obj()?.as_str()?.as_str().to_owned();
        let candidates: Vec<String> = if is_attr {
            let obj = self.exc_field(exc.value(), "obj")?;
            // In `dir()` order, as CPython looks: the first of equally close names wins.
            let mut names = self.attribute_names(obj);
            names.sort();
            names.dedup();
            names
        } else {
            self.visible_names(exc)
        };
        crate::carets::closest_name(&name, &candidates).map(|s| format!(". Did you mean: '{s}'?"))
    }

    fn attribute_names(&self, obj: Value) -> Vec<String> {
        let mut names = Vec::new();
        let mut add = |d: &crate::object::Dict| {
            for e in d.iter() {
                if let Some(Payload::Str(s)) = e.key.payload() {
                    names.push(s.as_str().to_owned());
                }
            }
        };
        if let Value::Obj(o) = obj {
            if let Some(d) = o.attr_dict() {
                add(&d.borrow());
            }
            if let Payload::Module(m) = &o.payload {
                if let Payload::Dict(d) = &m.dict.payload {
                    add(&d.borrow());
                }
            }
        }
        let class = match obj.payload() {
            Some(Payload::Class(_)) => obj.as_obj(),
            _ => Some(self.type_of(obj)),
        };
        if let Some(c) = class.and_then(|c| c.as_class().map(|cd| cd.mro.borrow().clone())) {
            for m in c {
                if let Some(mc) = m.as_class() {
                    add(&mc.dict.borrow());
                }
            }
        }
        names
    }

    /// The names a NameError could have meant: the local variables of the innermost frame
    /// it passed through, then the main module's globals and the builtins.
    fn visible_names(&self, exc: Exception) -> Vec<String> {
        let mut names = Vec::new();
        if let Some(entry) = exc.data().traceback.borrow().first() {
            let cd = code_data(&entry.code);
            if cd.code.flags.0 & krait_bytecode::CodeFlags::OPTIMIZED != 0 {
                for &n in cd.varnames.iter() {
                    if let Some(s) = n.as_str() {
                        names.push(s.as_str().to_owned());
                    }
                }
                names.extend(cd.code.cellvars.iter().cloned());
                names.extend(cd.code.freevars.iter().cloned());
            }
        }
        let mut add = |v: Value| {
            if let Some(Payload::Dict(d)) = v.payload() {
                for e in d.borrow().iter() {
                    if let Some(Payload::Str(s)) = e.key.payload() {
                        names.push(s.as_str().to_owned());
                    }
                }
            }
        };
        // The globals of the frame the name was looked up in (the main module's if unknown).
        let globals = exc.data().traceback.borrow().first().map(|e| e.globals);
        match globals {
            Some(g) => add(Value::Obj(g)),
            None => {
                if let Some(m) = self.s.modules.get("__main__") {
                    if let Payload::Module(m) = &m.payload {
                        add(Value::Obj(m.dict));
                    }
                }
            }
        }
        add(Value::Obj(self.s.builtins));
        names
    }
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= REPEAT_LIMIT {
        let n = repeats - (REPEAT_LIMIT - 1);
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
}
