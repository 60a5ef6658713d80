//! Conditional jumps on constants: after folding, `if 1 + 1:` tests a constant, so the
//! test and its jump become an unconditional jump (the branch is never taken the other
//! way) or nothing (it never jumps). The branch that cannot run is then unreachable and
//! [`super::dead`] drops it.

use krait_bytecode::Instruction;

use super::{previous_real, real};
use crate::codegen::constant::truthiness;
use crate::codegen::unit::{CodeUnit, Op};

/// Rewrites every conditional jump whose condition was just loaded as a constant; says
/// whether any was.
pub(crate) fn fold_constant_branches(unit: &mut CodeUnit<'_>) -> bool {
    let mut folded = false;
    for b in 0..unit.blocks.len() {
        for i in 0..unit.blocks[b].instrs.len() {
            folded |= fold_branch_at(unit, b, i);
        }
    }
    folded
}

fn fold_branch_at(unit: &mut CodeUnit<'_>, b: usize, i: usize) -> bool {
    use Instruction::*;
    let instrs = &unit.blocks[b].instrs;
    let Some(instr) = real(&instrs[i]) else {
        return false;
    };
    let (target, jumps_when, pops_on_jump) = match instr {
        PopJumpIfFalse(t) => (t, false, true),
        PopJumpIfTrue(t) => (t, true, true),
        JumpIfFalseOrPop(t) => (t, false, false),
        JumpIfTrueOrPop(t) => (t, true, false),
        _ => return false,
    };
    let Some(&[load]) = previous_real(instrs, i, 1).as_deref() else {
        return false;
    };
    let Some(LoadConst(k)) = real(&instrs[load]) else {
        return false;
    };
    let Some(truth) = unit.consts.get(k as usize).and_then(truthiness) else {
        return false;
    };
    let instrs = &mut unit.blocks[b].instrs;
    if truth == jumps_when {
        // Always jumps: the value stays only if the jump keeps it (`and`/`or`).
        if pops_on_jump {
            instrs[load].op = Op::Real(Nop);
        }
        instrs[i].op = Op::Real(Jump(target));
    } else {
        // Never jumps: the condition is popped and control falls through.
        instrs[load].op = Op::Real(Nop);
        instrs[i].op = Op::Real(Nop);
    }
    true
}
