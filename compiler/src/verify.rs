//! Structural checks of a finished code object: operands in range, jumps in the right
//! direction, a sorted non-overlapping exception table, and a stack depth that every path
//! agrees on, never reads below what the instruction needs, and that `max_stack` bounds
//! exactly. The stack is re-simulated here on the final instructions, independently of the
//! assembler's flow analysis over blocks.
//!
//! Two users: the tests, over everything the compiler produces; and the VM, over every code
//! object it loads from bytes (a `__pycache__` file, `marshal.loads`), which may be hostile.
//! For the second, the checks are what keeps the dispatch loop's unchecked-looking indexing
//! (`stack[len - n]`, `names[i]`, `locals[base + i]`, handler depths) in bounds: every
//! number is checked with arithmetic that cannot overflow before it is used.

use krait_bytecode::{cache, CodeFlags, CodeObject, Instruction, MakeFunctionFlags};

use crate::codegen::unit::is_terminator;
use crate::stack_effect::stack_effect;

/// The largest count operand and `max_stack` accepted. Far above what real code needs;
/// keeps every stack computation well inside `i32`.
const MAX_COUNT: u32 = 1 << 24;

/// Checks the invariants the VM relies on in `code` and, recursively, every code object
/// nested in it; the error names the offending code object and what is wrong. Everything
/// [`compile_module`](crate::compile_module) returns passes.
pub fn verify(code: &CodeObject) -> Result<(), String> {
    verify_one(code).map_err(|e| format!("{}: {e}", code.qualname))?;
    code.nested().try_for_each(|nested| verify(nested))
}

fn verify_one(code: &CodeObject) -> Result<(), String> {
    let len = code.instructions.len();
    if len == 0 {
        return Err("no instructions".into());
    }
    if u32::try_from(len).is_err() {
        return Err("too many instructions".into());
    }
    if code.locations.len() != len {
        return Err("one location per instruction".into());
    }
    if code.max_stack > MAX_COUNT {
        return Err("max_stack too large".into());
    }
    let is_generator = code.flags.has(CodeFlags::GENERATOR)
        || code.flags.has(CodeFlags::COROUTINE)
        || code.flags.has(CodeFlags::ASYNC_GENERATOR);
    if is_generator != (code.instructions[0] == Instruction::ReturnGenerator) {
        return Err("RETURN_GENERATOR first exactly in generators".into());
    }
    let star_args = u64::from(code.flags.has(CodeFlags::VARARGS))
        + u64::from(code.flags.has(CodeFlags::VARKEYWORDS));
    if code.argcount < code.posonlyargcount
        || u64::from(code.argcount) + u64::from(code.kwonlyargcount) + star_args
            > code.varnames.len() as u64
    {
        return Err("argument counts exceed varnames".into());
    }
    for &(cell, arg) in &code.cell2arg {
        let same = code.cellvars.get(cell as usize) == code.varnames.get(arg as usize);
        if !same || code.cellvars.get(cell as usize).is_none() {
            return Err("cell2arg pairs a cell with another name".into());
        }
    }
    for (index, &instr) in code.instructions.iter().enumerate() {
        check_operand(code, index, instr, is_generator)?;
    }
    check_exception_table(code)?;
    check_stack(code)
}

fn check_operand(
    code: &CodeObject,
    index: usize,
    instr: Instruction,
    is_generator: bool,
) -> Result<(), String> {
    use Instruction::*;
    let derefs = code.cellvars.len() + code.freevars.len();
    let ok = match instr {
        LoadConst(i) => (i as usize) < code.consts.len(),
        LoadName(i) | StoreName(i) | DeleteName(i) | LoadGlobal(i) | StoreGlobal(i)
        | DeleteGlobal(i) | LoadAttr(i) | StoreAttr(i) | DeleteAttr(i) | LoadMethod(i)
        | ImportName(i) | ImportFrom(i) => (i as usize) < code.names.len(),
        LoadFast(i) | StoreFast(i) | DeleteFast(i) => (i as usize) < code.varnames.len(),
        LoadClosure(i) | LoadDeref(i) | StoreDeref(i) | DeleteDeref(i) | LoadClassDeref(i) => {
            (i as usize) < derefs
        }
        JumpBackward(t) => (t as usize) <= index,
        // The dispatch loop reads `stack[len - n]`: n = 0 would be one past the top.
        Copy(n) | Swap(n) | ListAppend(n) | SetAdd(n) | MapAdd(n) | ListExtend(n)
        | SetUpdate(n) | DictUpdate(n) | DictMerge(n) => (1..=MAX_COUNT).contains(&n),
        BuildSlice(n) => n == 2 || n == 3,
        RaiseVarargs(n) | GetAwaitable(n) => n <= 2,
        CallFunctionEx(n) => n <= 1,
        FormatValue(flags) => flags <= 7,
        ReturnGenerator => index == 0,
        YieldValue | Send(_) => is_generator,
        _ => match instr.jump_target() {
            Some(t) => (t as usize) > index && (t as usize) < code.instructions.len(),
            None => cache::operand(instr).is_none_or(|n| n <= MAX_COUNT),
        },
    };
    if ok {
        Ok(())
    } else {
        Err(format!("bad operand at {index}: {}", instr.opname()))
    }
}

fn check_exception_table(code: &CodeObject) -> Result<(), String> {
    let len = code.instructions.len() as u32;
    let mut previous_end = 0;
    for entry in &code.exception_table {
        if entry.start < previous_end || entry.start >= entry.end || entry.end > len {
            return Err(format!(
                "exception table entry {entry:?} out of order or range"
            ));
        }
        if entry.target >= len || entry.depth > code.max_stack {
            return Err(format!(
                "exception table entry {entry:?} has a bad target or depth"
            ));
        }
        previous_end = entry.end;
    }
    Ok(())
}

/// How many values `instr` reads from the stack, counted from the top: the depth it needs.
/// Operands are already bounded by [`MAX_COUNT`], so nothing here overflows.
fn inputs(instr: Instruction) -> i64 {
    use Instruction::*;
    let n = i64::from;
    match instr {
        Nop | LoadConst(_) | LoadName(_) | LoadGlobal(_) | LoadFast(_) | LoadClosure(_)
        | LoadDeref(_) | LoadClassDeref(_) | DeleteName(_) | DeleteGlobal(_) | DeleteFast(_)
        | DeleteDeref(_) | Jump(_) | JumpBackward(_) | LoadBuildClass | LoadAssertionError
        | ReturnGenerator | SetupAnnotations => 0,
        PopTop | StoreName(_) | StoreGlobal(_) | StoreFast(_) | StoreDeref(_) | LoadAttr(_)
        | DeleteAttr(_) | LoadMethod(_) | UnaryPositive | UnaryNegative | UnaryNot
        | UnaryInvert | PopJumpIfFalse(_) | PopJumpIfTrue(_) | JumpIfFalseOrPop(_)
        | JumpIfTrueOrPop(_) | GetIter | ForIter(_) | ListToTuple | UnpackSequence(_)
        | UnpackEx(_) | ReturnValue | ImportFrom(_) | ImportStar | PushExcInfo | PopExcept
        | BeforeWith | YieldValue | PrintExpr | GetAwaitable(_) | GetAiter | GetAnext
        | BeforeAsyncWith | AsyncGenWrap | GetYieldFromIter | MatchSequence | MatchMapping
        | GetLen => 1,
        StoreAttr(_) | BinarySubscr | DeleteSubscr | BinaryOp(_) | CompareOp(_) | IsOp(_)
        | ContainsOp(_) | ImportName(_) | CheckExcMatch | Send(_) | EndAsyncFor | MatchKeys
        | CopyDictWithoutKeys | CheckEgMatch | PrepReraiseStar => 2,
        StoreSubscr | MatchClass(_) => 3,
        WithExceptStart => 4,
        Copy(k) | Swap(k) | BuildTuple(k) | BuildList(k) | BuildSet(k) | BuildString(k)
        | BuildSlice(k) | RaiseVarargs(k) => n(k),
        BuildMap(k) => 2 * n(k),
        ListAppend(k) | SetAdd(k) | ListExtend(k) | SetUpdate(k) | DictUpdate(k) => n(k) + 1,
        MapAdd(k) => n(k) + 2,
        DictMerge(k) => n(k) + 3,
        FormatValue(flags) => 1 + n(flags >> 2 & 1),
        MakeFunction(flags) => {
            let optional = [
                MakeFunctionFlags::DEFAULTS,
                MakeFunctionFlags::KW_DEFAULTS,
                MakeFunctionFlags::ANNOTATIONS,
                MakeFunctionFlags::CLOSURE,
            ];
            2 + optional.iter().filter(|&&bit| flags.has(bit)).count() as i64
        }
        Call(k) => n(k) + 1,
        CallKw(k) | CallMethod(k) => n(k) + 2,
        CallFunctionEx(flags) => 2 + n(flags & 1),
        Reraise(flag) => 1 + i64::from(flag != 0),
    }
}

/// Re-simulates the stack over the final instructions and the exception edges.
fn check_stack(code: &CodeObject) -> Result<(), String> {
    let len = code.instructions.len();
    let limit = i64::from(code.max_stack);
    let mut depth_at: Vec<Option<i64>> = vec![None; len];
    let mut work = vec![(0usize, 0i64)];
    let mut max = 0i64;
    let mut visit = |at: usize, depth: i64, work: &mut Vec<(usize, i64)>| -> Result<(), String> {
        if at >= len {
            return Err("control falls off the end".into());
        }
        if depth > limit {
            return Err(format!("instruction {at} reached above max_stack"));
        }
        match depth_at[at] {
            Some(known) if known != depth => Err(format!(
                "instruction {at} reached at depths {known} and {depth}"
            )),
            Some(_) => Ok(()),
            None => {
                depth_at[at] = Some(depth);
                work.push((at, depth));
                Ok(())
            }
        }
    };
    while let Some((at, depth)) = work.pop() {
        let instr = code.instructions[at];
        max = max.max(depth);
        if depth < inputs(instr) {
            return Err(format!("stack underflow at {at}"));
        }
        if let Some(entry) = code.handler_for(at as u32) {
            if depth < i64::from(entry.depth) {
                return Err(format!("instruction {at} runs below its handler's depth"));
            }
            let entry_depth = i64::from(entry.depth) + 1 + i64::from(entry.push_lasti);
            max = max.max(entry_depth);
            visit(entry.target as usize, entry_depth, &mut work)?;
        }
        if let Some(target) = instr.jump_target() {
            let after = depth + i64::from(stack_effect(instr, true));
            max = max.max(after);
            visit(target as usize, after, &mut work)?;
        }
        let after = depth + i64::from(stack_effect(instr, false));
        if after < 0 {
            return Err(format!("stack underflow at {at}"));
        }
        max = max.max(after);
        if after > limit {
            return Err(format!("instruction {at} leaves more than max_stack"));
        }
        if !is_terminator(instr) {
            visit(at + 1, after, &mut work)?;
        }
    }
    // Handlers of empty `try` bodies are kept but never reached; elsewhere the bound is exact.
    let all_reached = depth_at.iter().all(Option::is_some);
    if max > limit || (all_reached && max != limit) {
        return Err(format!(
            "max_stack is {}, simulation reaches {max}",
            code.max_stack
        ));
    }
    Ok(())
}
