//! Jumps: a jump whose target starts with an unconditional jump goes straight to where
//! that chain ends (jump threading), and an unconditional jump to a `LOAD_CONST;
//! RETURN_VALUE` exit (the `return None` ending most functions) becomes a copy of it, as
//! CPython duplicates small exit blocks: one instruction fewer on the path, and the jump
//! that skipped an `else` disappears.
//!
//! Conditional jumps only ever go forward in Krait's instruction set, so one is threaded
//! only to a block laid out after its own.

use krait_bytecode::Instruction;

use super::real;
use crate::codegen::unit::{CodeUnit, IrInstr, Label, Op};

/// How many jumps a chain is followed through (a loop `while 1: pass` jumps to itself).
const MAX_CHAIN: usize = 16;

/// The layout position of every block (`usize::MAX` for unplaced ones) and the block laid
/// out after each.
pub(crate) struct Layout {
    position: Vec<usize>,
    next: Vec<Option<Label>>,
}

impl Layout {
    pub(crate) fn of(unit: &CodeUnit<'_>) -> Layout {
        let mut position = vec![usize::MAX; unit.blocks.len()];
        let mut next = vec![None; unit.blocks.len()];
        for (i, &label) in unit.order.iter().enumerate() {
            position[label.0 as usize] = i;
            if let Some(&after) = unit.order.get(i + 1) {
                next[label.0 as usize] = Some(after);
            }
        }
        Layout { position, next }
    }

    /// The first block at or after `label` that has instructions: control entering an
    /// empty block falls through to it.
    fn skip_empty(&self, unit: &CodeUnit<'_>, mut label: Label) -> Option<Label> {
        for _ in 0..=unit.blocks.len() {
            if !unit.blocks.get(label.0 as usize)?.instrs.is_empty() {
                return Some(label);
            }
            label = self.next[label.0 as usize]?;
        }
        None
    }

    /// Where a jump to `label` ends up after following unconditional jumps, if it passes
    /// through at least one.
    fn final_target(&self, unit: &CodeUnit<'_>, label: Label) -> Option<Label> {
        let mut at = label;
        let mut followed = false;
        for _ in 0..MAX_CHAIN {
            let block = self.skip_empty(unit, at)?;
            match unit.blocks[block.0 as usize].instrs.first().and_then(real) {
                Some(Instruction::Jump(t) | Instruction::JumpBackward(t)) if Label(t) != block => {
                    at = Label(t);
                    followed = true;
                }
                _ => break,
            }
        }
        followed.then_some(at)
    }
}

/// `instr` with its jump target replaced by `target`, for the jumps that may be threaded.
fn retarget(instr: Instruction, target: u32) -> Option<Instruction> {
    use Instruction::*;
    Some(match instr {
        Jump(_) => Jump(target),
        JumpBackward(_) => JumpBackward(target),
        PopJumpIfFalse(_) => PopJumpIfFalse(target),
        PopJumpIfTrue(_) => PopJumpIfTrue(target),
        JumpIfFalseOrPop(_) => JumpIfFalseOrPop(target),
        JumpIfTrueOrPop(_) => JumpIfTrueOrPop(target),
        ForIter(_) => ForIter(target),
        _ => return None,
    })
}

/// Threads every jump through the unconditional jumps at its target.
pub(crate) fn thread_jumps(unit: &mut CodeUnit<'_>, layout: &Layout) {
    for k in 0..unit.order.len() {
        let label = unit.order[k];
        for i in 0..unit.blocks[label.0 as usize].instrs.len() {
            let Some(instr) = real(&unit.blocks[label.0 as usize].instrs[i]) else {
                continue;
            };
            let Some(target) = instr.jump_target() else {
                continue;
            };
            let Some(to) = layout.final_target(unit, Label(target)) else {
                continue;
            };
            let last = i + 1 == unit.blocks[label.0 as usize].instrs.len();
            let next = layout.next[label.0 as usize].and_then(|n| layout.skip_empty(unit, n));
            if last && next.is_some() && next == layout.skip_empty(unit, Label(target)) {
                // A jump to the very next instruction: the assembler removes it, which
                // beats any retargeting.
                continue;
            }
            let unconditional =
                matches!(instr, Instruction::Jump(_) | Instruction::JumpBackward(_));
            let forward = layout
                .position
                .get(to.0 as usize)
                .copied()
                .unwrap_or(usize::MAX)
                > layout.position[label.0 as usize];
            let placed = layout
                .position
                .get(to.0 as usize)
                .is_some_and(|&p| p != usize::MAX);
            if !placed || !(unconditional || forward) {
                continue;
            }
            if let Some(new) = retarget(instr, to.0) {
                unit.blocks[label.0 as usize].instrs[i].op = Op::Real(new);
            }
        }
    }
}

/// Replaces each unconditional jump to a `LOAD_CONST; RETURN_VALUE` block by a copy of
/// that block, with the jump's location.
pub(crate) fn copy_return_exits(unit: &mut CodeUnit<'_>, layout: &Layout) {
    for k in 0..unit.order.len() {
        let label = unit.order[k];
        let instrs = &unit.blocks[label.0 as usize].instrs;
        let Some(last) = instrs.last() else {
            continue;
        };
        let Some(Instruction::Jump(target) | Instruction::JumpBackward(target)) = real(last) else {
            continue;
        };
        let jump = *last;
        let Some(exit) = layout.skip_empty(unit, Label(target)) else {
            continue;
        };
        let Some(copy) = return_exit(&unit.blocks[exit.0 as usize].instrs, &jump) else {
            continue;
        };
        let instrs = &mut unit.blocks[label.0 as usize].instrs;
        instrs.pop();
        instrs.extend(copy);
    }
}

/// The instructions of a block that is exactly `LOAD_CONST; RETURN_VALUE` under the same
/// handler as `jump`, re-located at `jump`.
fn return_exit(block: &[IrInstr], jump: &IrInstr) -> Option<[IrInstr; 2]> {
    let [load, ret] = block else {
        return None;
    };
    let (Some(Instruction::LoadConst(_)), Some(Instruction::ReturnValue)) = (real(load), real(ret))
    else {
        return None;
    };
    if load.handler != jump.handler || ret.handler != jump.handler {
        return None;
    }
    let at = |ir: &IrInstr| IrInstr {
        op: ir.op,
        loc: jump.loc,
        handler: jump.handler,
    };
    Some([at(load), at(ret)])
}
