//! The assembler: turns a finished [`CodeUnit`] into a [`CodeObject`].
//!
//! 1. Flow analysis from the entry block computes the stack depth at the start of every
//!    reachable block (following fall-through, jumps and the edge from each handler's
//!    [`Op::Setup`] to the handler), which gives `max_stack` and each handler's table depth,
//!    and checks that every path agrees on the depth.
//! 2. Unreachable blocks are dropped, and unconditional jumps to the very next instruction
//!    removed (the only peephole rewrite so far; more belong here, on blocks).
//! 3. Labels become instruction indices; a jump to an earlier index becomes
//!    `JUMP_BACKWARD`, the VM's safe point.
//! 4. The per-instruction innermost handlers are coalesced into the exception table.

use krait_ast::TextRange;
use krait_bytecode::{CodeFlags, CodeObject, ExceptionTableEntry, Instruction, Location};

use crate::codegen::unit::{is_terminator, CodeUnit, HandlerId, Label, Op};
use crate::error::{internal_error, CompileResult};
use crate::stack_effect::stack_effect;

/// What the code generator knows about a unit that the unit itself does not carry.
pub(crate) struct CodeInfo<'f> {
    pub(crate) flags: CodeFlags,
    pub(crate) filename: &'f str,
    pub(crate) cell2arg: Vec<(u32, u32)>,
}

/// Builds the code object for `unit`.
pub(crate) fn assemble(mut unit: CodeUnit<'_>, info: CodeInfo<'_>) -> CompileResult<CodeObject> {
    let flow = analyze_flow(&unit)?;
    let positions = layout(&mut unit, &flow.start_depth);

    // Sized once for every instruction of the unit (a bound on the real ones laid out):
    // growing the vectors one push at a time was a visible part of assembling. The
    // exception table is coalesced as the instructions are laid out.
    let bound: usize = unit.blocks.iter().map(|b| b.instrs.len()).sum();
    let mut instructions = Vec::with_capacity(bound);
    let mut locations: Vec<Location> = Vec::with_capacity(bound);
    let mut exception_table: Vec<ExceptionTableEntry> = Vec::new();
    for &label in &unit.order {
        if flow.start_depth[label.0 as usize].is_none() {
            continue;
        }
        for ir in &unit.blocks[label.0 as usize].instrs {
            let Op::Real(instr) = ir.op else { continue };
            let index = instructions.len() as u32;
            instructions.push(resolve_target(instr, index, &positions)?);
            locations.push(ir.loc);
            if let Some(id) = ir.handler {
                cover(&unit, &flow, &positions, &mut exception_table, id, index)?;
            }
        }
    }

    let mut flags = info.flags;
    if unit.cellvars.is_empty() && unit.freevars.is_empty() {
        flags.0 |= CodeFlags::NOFREE;
    }
    Ok(CodeObject {
        instructions,
        locations,
        consts: unit.consts,
        names: unit.names.into_names(),
        varnames: unit.varnames.into_names(),
        cellvars: unit.cellvars,
        freevars: unit.freevars,
        cell2arg: info.cell2arg,
        exception_table,
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        flags,
        max_stack: flow.max_depth,
        name: unit.name,
        qualname: unit.qualname,
        filename: info.filename.to_owned(),
        first_line: unit.first_line,
    })
}

/// Extends the exception table to cover instruction `index` with handler `id`: the last
/// entry grows when it ends here with the same target, depth and `lasti` bit.
fn cover(
    unit: &CodeUnit<'_>,
    flow: &Flow,
    positions: &[u32],
    table: &mut Vec<ExceptionTableEntry>,
    id: HandlerId,
    index: u32,
) -> CompileResult<()> {
    let handler = unit.handlers[id.0 as usize];
    let Some(depth) = flow.handler_depth[id.0 as usize] else {
        return Err(internal_error(
            "handler covers code but is never set up",
            TextRange::default(),
        ));
    };
    let entry = ExceptionTableEntry {
        start: index,
        end: index + 1,
        target: positions[handler.label.0 as usize],
        depth,
        push_lasti: handler.lasti,
    };
    match table.last_mut() {
        Some(last)
            if last.end == entry.start
                && (last.target, last.depth, last.push_lasti)
                    == (entry.target, entry.depth, entry.push_lasti) =>
        {
            last.end = entry.end;
        }
        _ => table.push(entry),
    }
    Ok(())
}

struct Flow {
    /// Stack depth on entry to each block; `None` for unreachable blocks.
    start_depth: Vec<Option<u32>>,
    /// Stack depth where each handler is set up.
    handler_depth: Vec<Option<u32>>,
    max_depth: u32,
}

fn analyze_flow(unit: &CodeUnit<'_>) -> CompileResult<Flow> {
    let mut flow = Flow {
        start_depth: vec![None; unit.blocks.len()],
        handler_depth: vec![None; unit.handlers.len()],
        max_depth: 0,
    };
    let mut next_in_order = vec![None; unit.blocks.len()];
    for pair in unit.order.windows(2) {
        next_in_order[pair[0].0 as usize] = Some(pair[1]);
    }
    let mut worklist = Vec::new();
    let entry = unit.order[0];
    reach(&mut flow, &mut worklist, entry, 0)?;
    while let Some(label) = worklist.pop() {
        let block = &unit.blocks[label.0 as usize];
        if !block.placed {
            return Err(internal_error(
                "jump to a block that was never placed",
                TextRange::default(),
            ));
        }
        let mut depth = flow.start_depth[label.0 as usize].unwrap_or(0) as i32;
        let mut falls_through = true;
        for ir in &block.instrs {
            match ir.op {
                Op::Setup(id) => {
                    let handler = unit.handlers[id.0 as usize];
                    let depth = depth - handler.below as i32;
                    if depth < 0 {
                        return Err(internal_error(
                            "handler set up below the stack bottom",
                            TextRange::default(),
                        ));
                    }
                    let slot = &mut flow.handler_depth[id.0 as usize];
                    match *slot {
                        Some(known) if known != depth as u32 => {
                            return Err(internal_error(
                                "handler set up at two stack depths",
                                TextRange::default(),
                            ))
                        }
                        _ => *slot = Some(depth as u32),
                    }
                    let entry_depth = depth + 1 + handler.lasti as i32;
                    reach(&mut flow, &mut worklist, handler.label, entry_depth)?;
                }
                Op::Real(instr) => {
                    if let Some(target) = instr.jump_target() {
                        let after_jump = depth + stack_effect(instr, true);
                        reach(&mut flow, &mut worklist, Label(target), after_jump)?;
                    }
                    depth += stack_effect(instr, false);
                    if depth < 0 {
                        return Err(internal_error(
                            format!("stack underflow at {}", instr.opname()),
                            TextRange::default(),
                        ));
                    }
                    flow.max_depth = flow.max_depth.max(depth as u32);
                    if is_terminator(instr) {
                        falls_through = false;
                        break;
                    }
                }
            }
        }
        if falls_through {
            let Some(next) = next_in_order[label.0 as usize] else {
                return Err(internal_error(
                    "code falls off its end",
                    TextRange::default(),
                ));
            };
            reach(&mut flow, &mut worklist, next, depth)?;
        }
    }
    Ok(flow)
}

fn reach(
    flow: &mut Flow,
    worklist: &mut Vec<Label>,
    label: Label,
    depth: i32,
) -> CompileResult<()> {
    if depth < 0 {
        return Err(internal_error(
            "negative stack depth at a jump target",
            TextRange::default(),
        ));
    }
    let Some(slot) = flow.start_depth.get_mut(label.0 as usize) else {
        return Err(internal_error(
            "jump to an unknown block",
            TextRange::default(),
        ));
    };
    match *slot {
        Some(known) if known != depth as u32 => Err(internal_error(
            format!("block reached at stack depths {known} and {depth}"),
            TextRange::default(),
        )),
        Some(_) => Ok(()),
        None => {
            *slot = Some(depth as u32);
            flow.max_depth = flow.max_depth.max(depth as u32);
            worklist.push(label);
            Ok(())
        }
    }
}

/// Computes each block's first instruction index, removing jumps to the next instruction
/// until none is left. Unreachable blocks get the index where they would have been.
fn layout(unit: &mut CodeUnit<'_>, start_depth: &[Option<u32>]) -> Vec<u32> {
    // Real instructions per reachable block, counted once and kept up to date as jumps go.
    let mut counts = vec![0u32; unit.blocks.len()];
    for &label in &unit.order {
        if start_depth[label.0 as usize].is_some() {
            counts[label.0 as usize] = unit.blocks[label.0 as usize]
                .instrs
                .iter()
                .filter(|ir| matches!(ir.op, Op::Real(_)))
                .count() as u32;
        }
    }
    let mut positions = vec![0u32; unit.blocks.len()];
    loop {
        let mut count = 0u32;
        for &label in &unit.order {
            positions[label.0 as usize] = count;
            count += counts[label.0 as usize];
        }
        let mut removed = false;
        for &label in &unit.order {
            if start_depth[label.0 as usize].is_none() {
                continue;
            }
            let end = positions[label.0 as usize] + counts[label.0 as usize];
            let block = &mut unit.blocks[label.0 as usize];
            let Some(last) = block
                .instrs
                .iter()
                .rposition(|ir| matches!(ir.op, Op::Real(_)))
            else {
                continue;
            };
            if let Op::Real(Instruction::Jump(target)) = block.instrs[last].op {
                // Removing several such jumps at once is sound: each only ever skipped
                // nothing, whatever else moves.
                if positions.get(target as usize) == Some(&end) {
                    block.instrs.remove(last);
                    counts[label.0 as usize] -= 1;
                    removed = true;
                }
            }
        }
        if !removed {
            return positions;
        }
    }
}

/// `instr` with its label operand replaced by the instruction index it names.
fn resolve_target(instr: Instruction, index: u32, positions: &[u32]) -> CompileResult<Instruction> {
    use Instruction::*;
    let Some(label) = instr.jump_target() else {
        return Ok(instr);
    };
    let Some(&target) = positions.get(label as usize) else {
        return Err(internal_error(
            "jump to an unknown block",
            TextRange::default(),
        ));
    };
    let backward = target <= index;
    let resolved = match instr {
        Jump(_) | JumpBackward(_) if backward => JumpBackward(target),
        Jump(_) | JumpBackward(_) => Jump(target),
        _ if backward => {
            return Err(internal_error(
                format!("{} jumps backward", instr.opname()),
                TextRange::default(),
            ))
        }
        PopJumpIfFalse(_) => PopJumpIfFalse(target),
        PopJumpIfTrue(_) => PopJumpIfTrue(target),
        JumpIfFalseOrPop(_) => JumpIfFalseOrPop(target),
        JumpIfTrueOrPop(_) => JumpIfTrueOrPop(target),
        ForIter(_) => ForIter(target),
        Send(_) => Send(target),
        other => other,
    };
    Ok(resolved)
}
