//! The disassembler: `Display` for [`CodeObject`], in the shape of `python3 -m dis`.
//!
//! Differences from CPython, by design: offsets are instruction indices (Krait has no cache
//! entries between instructions), jump operands are absolute targets, and code-object reprs
//! carry no memory address so the output is stable enough for golden files.
//!
//! [`CodeObject::disassemble`] with [`DisOptions::positions`] replaces the line-number
//! column with each instruction's whole source range, `LINE:COL-END_LINE:END_COL`, in the
//! shape of the `show_positions` option later versions of CPython's `dis` have (columns are
//! 0-based UTF-8 byte offsets, as `co_positions()`; an instruction without a location shows
//! `--`).

use std::fmt::{self, Write};

use krait_ast::repr::{bytes_repr, float_repr, str_repr};

use crate::{CodeObject, Constant, Instruction, MakeFunctionFlags};

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;

/// What a disassembly shows beyond the instructions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DisOptions {
    /// Show every instruction's source range (`3:4-3:9`) instead of the line that starts.
    pub positions: bool,
}

/// A code object's disassembly with chosen [`DisOptions`]; its `Display` prints it.
#[derive(Clone, Copy, Debug)]
pub struct Disassembly<'a> {
    code: &'a CodeObject,
    options: DisOptions,
}

impl fmt::Display for CodeObject {
    /// Disassembles this code object and then, depth-first, every nested one.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.disassemble(DisOptions::default()).fmt(f)
    }
}

impl fmt::Display for Disassembly<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Disassembly { code, options } = *self;
        code.write_body(f, options)?;
        for nested in code.nested() {
            writeln!(f)?;
            writeln!(f, "Disassembly of {}:", code_repr(nested))?;
            write!(f, "{}", nested.disassemble(options))?;
        }
        Ok(())
    }
}

/// Instruction `index`'s source range as `--positions` shows it.
fn position_text(code: &CodeObject, index: usize) -> String {
    match code.locations.get(index) {
        Some(loc) if loc.line != 0 => {
            format!("{}:{}-{}:{}", loc.line, loc.col, loc.end_line, loc.end_col)
        }
        _ => "--".to_owned(),
    }
}

impl CodeObject {
    /// This code object's disassembly (nested code objects after it) with `options`:
    /// `code.disassemble(DisOptions { positions: true }).to_string()`.
    pub fn disassemble(&self, options: DisOptions) -> Disassembly<'_> {
        Disassembly {
            code: self,
            options,
        }
    }

    fn write_body(&self, f: &mut fmt::Formatter<'_>, options: DisOptions) -> fmt::Result {
        let targets = self.jump_targets();
        let width = self
            .instructions
            .len()
            .saturating_sub(1)
            .to_string()
            .len()
            .max(OPARG_WIDTH);
        let positions_width = if options.positions {
            (0..self.instructions.len())
                .map(|i| position_text(self, i).len())
                .max()
                .unwrap_or(0)
        } else {
            0
        };
        let mut last_line = None;
        for (index, instruction) in self.instructions.iter().enumerate() {
            let line = self
                .locations
                .get(index)
                .map(|loc| loc.line)
                .filter(|&l| l != 0);
            let mut line_field = String::new();
            if line.is_some() && line != last_line {
                if index > 0 {
                    writeln!(f)?;
                }
                line_field = line.map(|l| l.to_string()).unwrap_or_default();
                last_line = line;
            }
            let marker = if targets.contains(&(index as u32)) {
                ">>"
            } else {
                "  "
            };
            let (name, arg, argrepr) = self.describe(*instruction);
            let mut text = if options.positions {
                let position = position_text(self, index);
                format!("{position:<positions_width$}  {marker} {index:>width$} {name}")
            } else {
                format!("{line_field:>3}     {marker} {index:>width$} {name}")
            };
            if let Some(arg) = arg {
                let _ = write!(
                    text,
                    "{:pad$} {arg:>OPARG_WIDTH$}",
                    "",
                    pad = OPNAME_WIDTH.saturating_sub(name.len())
                );
                if !argrepr.is_empty() {
                    let _ = write!(text, " ({argrepr})");
                }
            }
            writeln!(f, "{}", text.trim_end())?;
        }
        if !self.exception_table.is_empty() {
            writeln!(f, "ExceptionTable:")?;
            for entry in &self.exception_table {
                writeln!(
                    f,
                    "  {} to {} -> {} [{}]{}",
                    entry.start,
                    entry.end.saturating_sub(1),
                    entry.target,
                    entry.depth,
                    if entry.push_lasti { " lasti" } else { "" }
                )?;
            }
        }
        Ok(())
    }

    /// Every instruction index some jump or handler lands on.
    fn jump_targets(&self) -> Vec<u32> {
        let mut targets: Vec<u32> = self
            .instructions
            .iter()
            .filter_map(|i| i.jump_target())
            .chain(self.exception_table.iter().map(|e| e.target))
            .collect();
        targets.sort_unstable();
        targets.dedup();
        targets
    }

    /// Instruction `index` as one line: `LOAD_FAST 0 (x)` (for instruction traces).
    pub fn describe_instruction(&self, index: usize) -> String {
        let Some(&instruction) = self.instructions.get(index) else {
            return String::new();
        };
        let (name, arg, argrepr) = self.describe(instruction);
        let mut text = name.to_owned();
        if let Some(a) = arg {
            text.push_str(&format!(" {a}"));
        }
        if !argrepr.is_empty() {
            text.push_str(&format!(" ({argrepr})"));
        }
        text
    }

    /// The opcode name, the operand and its human-readable meaning.
    fn describe(&self, instruction: Instruction) -> (&'static str, Option<u32>, String) {
        use Instruction::*;
        let name_of = |i: u32| {
            self.names
                .get(i as usize)
                .cloned()
                .unwrap_or_else(|| "<?>".into())
        };
        let var_of = |i: u32| {
            self.varnames
                .get(i as usize)
                .cloned()
                .unwrap_or_else(|| "<?>".into())
        };
        let deref_of = |i: u32| self.deref_name(i).unwrap_or("<?>").to_owned();
        let name = instruction.opname();
        let (arg, argrepr) =
            match instruction {
                LoadConst(i) => (
                    Some(i),
                    self.consts
                        .get(i as usize)
                        .map(constant_repr)
                        .unwrap_or_else(|| "<?>".into()),
                ),
                LoadName(i) | StoreName(i) | DeleteName(i) | LoadGlobal(i) | StoreGlobal(i)
                | DeleteGlobal(i) | LoadAttr(i) | StoreAttr(i) | DeleteAttr(i) | LoadMethod(i)
                | ImportName(i) | ImportFrom(i) => (Some(i), name_of(i)),
                LoadFast(i) | StoreFast(i) | DeleteFast(i) => (Some(i), var_of(i)),
                LoadClosure(i) | LoadDeref(i) | StoreDeref(i) | DeleteDeref(i)
                | LoadClassDeref(i) => (Some(i), deref_of(i)),
                BinaryOp(op) => (Some(op as u32), op.symbol().to_owned()),
                CompareOp(op) => (Some(op as u32), op.symbol().to_owned()),
                IsOp(invert) | ContainsOp(invert) => (Some(invert as u32), String::new()),
                Jump(t) | JumpBackward(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t)
                | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) | ForIter(t) | Send(t) => {
                    (Some(t), format!("to {t}"))
                }
                MakeFunction(flags) => (Some(flags.0 as u32), make_function_repr(flags)),
                FormatValue(arg) => {
                    let conversion = ["", "str", "repr", "ascii"][(arg & 3) as usize];
                    let spec = if arg & 4 != 0 { "with format" } else { "" };
                    let text = [conversion, spec]
                        .iter()
                        .filter(|s| !s.is_empty())
                        .copied()
                        .collect::<Vec<_>>();
                    (Some(arg), text.join(", "))
                }
                Copy(n) | Swap(n) | BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildMap(n)
                | BuildString(n) | BuildSlice(n) | ListAppend(n) | SetAdd(n) | MapAdd(n)
                | ListExtend(n) | SetUpdate(n) | DictUpdate(n) | DictMerge(n)
                | UnpackSequence(n) | UnpackEx(n) | Call(n) | CallKw(n) | CallMethod(n)
                | CallFunctionEx(n) | RaiseVarargs(n) | Reraise(n) | GetAwaitable(n)
                | MatchClass(n) => (Some(n), String::new()),
                Nop | PopTop | BinarySubscr | StoreSubscr | DeleteSubscr | UnaryPositive
                | UnaryNegative | UnaryNot | UnaryInvert | GetIter | ListToTuple | ReturnValue
                | ImportStar | LoadBuildClass | LoadAssertionError | PushExcInfo | PopExcept
                | CheckExcMatch | BeforeWith | WithExceptStart | ReturnGenerator | YieldValue
                | SetupAnnotations | PrintExpr | GetAiter | GetAnext | EndAsyncFor
                | BeforeAsyncWith | AsyncGenWrap | GetYieldFromIter | MatchSequence
                | MatchMapping | MatchKeys | GetLen | CopyDictWithoutKeys | CheckEgMatch
                | PrepReraiseStar => (None, String::new()),
            };
        (name, arg, argrepr)
    }
}

impl Instruction {
    /// The opcode's name as `dis` prints it: `LOAD_CONST`, `BINARY_OP`, …
    pub fn opname(self) -> &'static str {
        use Instruction::*;
        match self {
            Nop => "NOP",
            PopTop => "POP_TOP",
            Copy(_) => "COPY",
            Swap(_) => "SWAP",
            LoadConst(_) => "LOAD_CONST",
            LoadName(_) => "LOAD_NAME",
            StoreName(_) => "STORE_NAME",
            DeleteName(_) => "DELETE_NAME",
            LoadGlobal(_) => "LOAD_GLOBAL",
            StoreGlobal(_) => "STORE_GLOBAL",
            DeleteGlobal(_) => "DELETE_GLOBAL",
            LoadFast(_) => "LOAD_FAST",
            StoreFast(_) => "STORE_FAST",
            DeleteFast(_) => "DELETE_FAST",
            LoadClosure(_) => "LOAD_CLOSURE",
            LoadDeref(_) => "LOAD_DEREF",
            StoreDeref(_) => "STORE_DEREF",
            DeleteDeref(_) => "DELETE_DEREF",
            LoadClassDeref(_) => "LOAD_CLASSDEREF",
            LoadAttr(_) => "LOAD_ATTR",
            StoreAttr(_) => "STORE_ATTR",
            DeleteAttr(_) => "DELETE_ATTR",
            LoadMethod(_) => "LOAD_METHOD",
            BinarySubscr => "BINARY_SUBSCR",
            StoreSubscr => "STORE_SUBSCR",
            DeleteSubscr => "DELETE_SUBSCR",
            UnaryPositive => "UNARY_POSITIVE",
            UnaryNegative => "UNARY_NEGATIVE",
            UnaryNot => "UNARY_NOT",
            UnaryInvert => "UNARY_INVERT",
            BinaryOp(_) => "BINARY_OP",
            CompareOp(_) => "COMPARE_OP",
            IsOp(_) => "IS_OP",
            ContainsOp(_) => "CONTAINS_OP",
            Jump(_) => "JUMP_FORWARD",
            JumpBackward(_) => "JUMP_BACKWARD",
            PopJumpIfFalse(_) => "POP_JUMP_IF_FALSE",
            PopJumpIfTrue(_) => "POP_JUMP_IF_TRUE",
            JumpIfFalseOrPop(_) => "JUMP_IF_FALSE_OR_POP",
            JumpIfTrueOrPop(_) => "JUMP_IF_TRUE_OR_POP",
            GetIter => "GET_ITER",
            ForIter(_) => "FOR_ITER",
            BuildTuple(_) => "BUILD_TUPLE",
            BuildList(_) => "BUILD_LIST",
            BuildSet(_) => "BUILD_SET",
            BuildMap(_) => "BUILD_MAP",
            BuildString(_) => "BUILD_STRING",
            BuildSlice(_) => "BUILD_SLICE",
            ListAppend(_) => "LIST_APPEND",
            SetAdd(_) => "SET_ADD",
            MapAdd(_) => "MAP_ADD",
            ListExtend(_) => "LIST_EXTEND",
            SetUpdate(_) => "SET_UPDATE",
            DictUpdate(_) => "DICT_UPDATE",
            DictMerge(_) => "DICT_MERGE",
            ListToTuple => "LIST_TO_TUPLE",
            UnpackSequence(_) => "UNPACK_SEQUENCE",
            UnpackEx(_) => "UNPACK_EX",
            FormatValue(_) => "FORMAT_VALUE",
            MakeFunction(_) => "MAKE_FUNCTION",
            Call(_) => "CALL",
            CallKw(_) => "CALL_KW",
            CallMethod(_) => "CALL_METHOD",
            CallFunctionEx(_) => "CALL_FUNCTION_EX",
            ReturnValue => "RETURN_VALUE",
            ImportName(_) => "IMPORT_NAME",
            ImportFrom(_) => "IMPORT_FROM",
            ImportStar => "IMPORT_STAR",
            LoadBuildClass => "LOAD_BUILD_CLASS",
            LoadAssertionError => "LOAD_ASSERTION_ERROR",
            RaiseVarargs(_) => "RAISE_VARARGS",
            Reraise(_) => "RERAISE",
            PushExcInfo => "PUSH_EXC_INFO",
            PopExcept => "POP_EXCEPT",
            CheckExcMatch => "CHECK_EXC_MATCH",
            BeforeWith => "BEFORE_WITH",
            WithExceptStart => "WITH_EXCEPT_START",
            ReturnGenerator => "RETURN_GENERATOR",
            YieldValue => "YIELD_VALUE",
            Send(_) => "SEND",
            SetupAnnotations => "SETUP_ANNOTATIONS",
            PrintExpr => "PRINT_EXPR",
            GetAwaitable(_) => "GET_AWAITABLE",
            GetAiter => "GET_AITER",
            GetAnext => "GET_ANEXT",
            EndAsyncFor => "END_ASYNC_FOR",
            BeforeAsyncWith => "BEFORE_ASYNC_WITH",
            AsyncGenWrap => "ASYNC_GEN_WRAP",
            GetYieldFromIter => "GET_YIELD_FROM_ITER",
            MatchSequence => "MATCH_SEQUENCE",
            MatchMapping => "MATCH_MAPPING",
            MatchKeys => "MATCH_KEYS",
            MatchClass(_) => "MATCH_CLASS",
            GetLen => "GET_LEN",
            CopyDictWithoutKeys => "COPY_DICT_WITHOUT_KEYS",
            CheckEgMatch => "CHECK_EG_MATCH",
            PrepReraiseStar => "PREP_RERAISE_STAR",
        }
    }

    /// The instruction index this instruction may jump to, if it jumps.
    pub fn jump_target(self) -> Option<u32> {
        use Instruction::*;
        match self {
            Jump(t) | JumpBackward(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t)
            | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) | ForIter(t) | Send(t) => Some(t),
            _ => None,
        }
    }
}

fn make_function_repr(flags: MakeFunctionFlags) -> String {
    let names = [
        (MakeFunctionFlags::DEFAULTS, "defaults"),
        (MakeFunctionFlags::KW_DEFAULTS, "kwdefaults"),
        (MakeFunctionFlags::ANNOTATIONS, "annotations"),
        (MakeFunctionFlags::CLOSURE, "closure"),
    ];
    names
        .iter()
        .filter(|(bit, _)| flags.has(*bit))
        .map(|(_, n)| *n)
        .collect::<Vec<_>>()
        .join(", ")
}

fn code_repr(code: &CodeObject) -> String {
    format!(
        "<code object {}, file \"{}\", line {}>",
        code.name, code.filename, code.first_line
    )
}

/// A constant as `dis` shows it: Python's `repr`.
pub(crate) fn constant_repr(constant: &Constant) -> String {
    match constant {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => i.to_string(),
        Constant::Float(x) => float_repr(*x),
        Constant::Complex { real, imag } => {
            let imag = float_repr(*imag);
            let imag = imag.strip_suffix(".0").unwrap_or(&imag);
            if *real == 0.0 && real.is_sign_positive() {
                format!("{imag}j")
            } else {
                let real = float_repr(*real);
                let real = real.strip_suffix(".0").unwrap_or(&real);
                let sign = if imag.starts_with('-') { "" } else { "+" };
                format!("({real}{sign}{imag}j)")
            }
        }
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Code(code) => code_repr(code),
    }
}
