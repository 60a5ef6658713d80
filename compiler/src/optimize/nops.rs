//! NOP removal. Folding leaves NOPs where operand loads were, and code generation emits
//! one as a line marker (`case _:`). A NOP goes unless it is the only instruction of its
//! block for its line: then it stays, so that line is still seen by line events (as
//! CPython keeps such NOPs).

use krait_bytecode::Instruction;

use super::real;
use crate::codegen::unit::{CodeUnit, IrInstr};

/// Removes every NOP that does not alone mark its line.
pub(crate) fn remove_nops(unit: &mut CodeUnit<'_>) {
    for block in &mut unit.blocks {
        if !block
            .instrs
            .iter()
            .any(|ir| real(ir) == Some(Instruction::Nop))
        {
            continue;
        }
        let old = std::mem::take(&mut block.instrs);
        let mut kept: Vec<IrInstr> = Vec::with_capacity(old.len());
        for (i, ir) in old.iter().enumerate() {
            if real(ir) == Some(Instruction::Nop) {
                let line = ir.loc.line;
                let prev = kept.iter().rev().find(|k| real(k).is_some());
                let next = old[i + 1..].iter().find(|k| real(k).is_some());
                let marked_elsewhere = prev.is_some_and(|p| p.loc.line == line)
                    || next.is_some_and(|n| n.loc.line == line);
                if marked_elsewhere || line == 0 {
                    continue;
                }
            }
            kept.push(*ir);
        }
        block.instrs = kept;
    }
}
