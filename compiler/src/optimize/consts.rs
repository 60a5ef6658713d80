//! Unused constants: folding replaces operand constants by results, and dead code takes
//! its loads with it, so constants nothing loads any more are dropped and the loads
//! renumbered. A function's first constant always stays: its docstring (or `None`) is
//! there, where `__doc__` finds it, whether or not any instruction loads it.

use krait_bytecode::Instruction;

use super::real;
use crate::codegen::unit::{CodeUnit, Op};
use crate::symtable::ScopeKind;

/// Drops the constants no `LOAD_CONST` names.
pub(crate) fn drop_unused_consts(unit: &mut CodeUnit<'_>) {
    let mut used = vec![false; unit.consts.len()];
    let doc_slot = matches!(unit.kind, ScopeKind::Function | ScopeKind::Lambda);
    if let (true, Some(first)) = (doc_slot, used.first_mut()) {
        *first = true;
    }
    for block in &unit.blocks {
        for ir in &block.instrs {
            if let Some(Instruction::LoadConst(k)) = real(ir) {
                match used.get_mut(k as usize) {
                    Some(slot) => *slot = true,
                    // A load of a constant that is not there: leave everything for the
                    // assembler's checks to report.
                    None => return,
                }
            }
        }
    }
    if used.iter().all(|&u| u) {
        return;
    }
    let mut new_index = vec![0u32; used.len()];
    let mut kept = Vec::new();
    for (i, constant) in std::mem::take(&mut unit.consts).into_iter().enumerate() {
        if used[i] {
            new_index[i] = kept.len() as u32;
            kept.push(constant);
        }
    }
    for block in &mut unit.blocks {
        for ir in &mut block.instrs {
            if let Op::Real(Instruction::LoadConst(k)) = ir.op {
                ir.op = Op::Real(Instruction::LoadConst(new_index[k as usize]));
            }
        }
    }
    // This is the last pass and nothing adds a constant after it, so the index is emptied
    // rather than rebuilt (rebuilding hashed every constant again).
    unit.const_index.clear();
    unit.consts = kept;
}
