//! Dead code: instructions after an unconditional jump, `return` or `raise` within a block
//! (left there by [`super::branches`]), and blocks that no path from the entry reaches
//! (following fall-through, jumps and the edge from each handler setup to its handler).
//! Emptied blocks stay in the layout with no instructions, so labels stay valid.

use super::real;
use crate::codegen::unit::{is_terminator, CodeUnit, Label, Op};

/// Cuts each block after its first terminator.
pub(crate) fn cut_after_terminators(unit: &mut CodeUnit<'_>) {
    for block in &mut unit.blocks {
        if let Some(end) = block
            .instrs
            .iter()
            .position(|ir| real(ir).is_some_and(is_terminator))
        {
            block.instrs.truncate(end + 1);
        }
    }
}

/// Whether control can leave `label`'s block by falling off its end. Only a block's last
/// instruction can be a terminator: code generation starts a new block after one, and
/// [`cut_after_terminators`] runs after the only pass that makes one mid-block.
pub(crate) fn falls_through(unit: &CodeUnit<'_>, label: Label) -> bool {
    !unit.blocks[label.0 as usize]
        .instrs
        .last()
        .and_then(real)
        .is_some_and(is_terminator)
}

/// The blocks some path from the entry reaches, by block index.
pub(crate) fn reachable(unit: &CodeUnit<'_>) -> Vec<bool> {
    let mut seen = vec![false; unit.blocks.len()];
    let mut next_in_order = vec![None; unit.blocks.len()];
    for pair in unit.order.windows(2) {
        next_in_order[pair[0].0 as usize] = Some(pair[1]);
    }
    let mut work = Vec::new();
    if let Some(&entry) = unit.order.first() {
        work.push(entry);
    }
    while let Some(label) = work.pop() {
        let Some(slot) = seen.get_mut(label.0 as usize) else {
            continue;
        };
        if *slot {
            continue;
        }
        *slot = true;
        for ir in &unit.blocks[label.0 as usize].instrs {
            match ir.op {
                Op::Setup(id) => {
                    if let Some(handler) = unit.handlers.get(id.0 as usize) {
                        work.push(handler.label);
                    }
                }
                Op::Real(instr) => {
                    if let Some(target) = instr.jump_target() {
                        work.push(Label(target));
                    }
                }
            }
        }
        if falls_through(unit, label) {
            if let Some(next) = next_in_order[label.0 as usize] {
                work.push(next);
            }
        }
    }
    seen
}

/// Empties every block that no path reaches.
pub(crate) fn empty_unreachable_blocks(unit: &mut CodeUnit<'_>) {
    let seen = reachable(unit);
    for (block, seen) in unit.blocks.iter_mut().zip(seen) {
        if !seen {
            block.instrs.clear();
        }
    }
}
