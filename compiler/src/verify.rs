//! Structural checks of a finished code object, run by the tests over everything they
//! compile: operands in range, jumps in the right direction, a sorted non-overlapping
//! exception table, and a stack depth that every path agrees on and that `max_stack`
//! bounds exactly. The stack is re-simulated here on the final instructions, independently
//! of the assembler's flow analysis over blocks.

use krait_bytecode::{CodeFlags, CodeObject, Instruction};

use crate::codegen::unit::is_terminator;
use crate::stack_effect::stack_effect;

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
    if code.locations.len() != len {
        return Err("one location per instruction".into());
    }
    let is_generator = code.flags.has(CodeFlags::GENERATOR)
        || code.flags.has(CodeFlags::COROUTINE)
        || code.flags.has(CodeFlags::ASYNC_GENERATOR);
    if is_generator != (code.instructions[0] == Instruction::ReturnGenerator) {
        return Err("RETURN_GENERATOR first exactly in generators".into());
    }
    if code.argcount < code.posonlyargcount
        || (code.argcount + code.kwonlyargcount) as usize > code.varnames.len()
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
        check_operand(code, index, instr)?;
    }
    check_exception_table(code)?;
    check_stack(code)
}

fn check_operand(code: &CodeObject, index: usize, instr: Instruction) -> Result<(), String> {
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
        _ => match instr.jump_target() {
            Some(t) => (t as usize) > index && (t as usize) < code.instructions.len(),
            None => true,
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

/// Re-simulates the stack over the final instructions and the exception edges.
fn check_stack(code: &CodeObject) -> Result<(), String> {
    let len = code.instructions.len();
    let mut depth_at: Vec<Option<i32>> = vec![None; len];
    let mut work = vec![(0usize, 0i32)];
    let mut max = 0i32;
    let mut visit = |at: usize, depth: i32, work: &mut Vec<(usize, i32)>| -> Result<(), String> {
        if at >= len {
            return Err("control falls off the end".into());
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
        if let Some(entry) = code.handler_for(at as u32) {
            if depth < entry.depth as i32 {
                return Err(format!("instruction {at} runs below its handler's depth"));
            }
            let entry_depth = entry.depth as i32 + 1 + entry.push_lasti as i32;
            max = max.max(entry_depth);
            visit(entry.target as usize, entry_depth, &mut work)?;
        }
        if let Some(target) = instr.jump_target() {
            let after = depth + stack_effect(instr, true);
            max = max.max(after);
            visit(target as usize, after, &mut work)?;
        }
        let after = depth + stack_effect(instr, false);
        if after < 0 {
            return Err(format!("stack underflow at {at}"));
        }
        max = max.max(after);
        if !is_terminator(instr) {
            visit(at + 1, after, &mut work)?;
        }
    }
    // Handlers of empty `try` bodies are kept but never reached; elsewhere the bound is exact.
    let all_reached = depth_at.iter().all(Option::is_some);
    if max as u32 > code.max_stack || (all_reached && max as u32 != code.max_stack) {
        return Err(format!(
            "max_stack is {}, simulation reaches {max}",
            code.max_stack
        ));
    }
    Ok(())
}
