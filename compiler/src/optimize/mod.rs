//! The optimiser: rewrites a finished [`CodeUnit`]'s blocks before [`crate::assemble`]
//! lays them out. Every rewrite keeps what the program does, the exceptions it raises and
//! the line each instruction reports; `krait dis --no-opt` shows the code without it.
//!
//! The passes, in order (each in its own module):
//! 1. [`fold`]: constant folding — `LOAD_CONST a; LOAD_CONST b; BINARY_OP` and unary
//!    operators on a constant become one `LOAD_CONST`, `BUILD_TUPLE` of constants a tuple
//!    constant, within CPython's size limits and never for an operation that raises
//!    ([`eval`]).
//! 2. [`branches`]: a conditional jump on a constant becomes an unconditional jump or
//!    nothing (`if 2 > 1` is not folded, as in CPython; `if 1 + 1:` is).
//! 3. [`dead`]: code after an unconditional jump, `return` or `raise` inside a block is cut.
//! 4. [`jumps`]: jump threading (a jump to a jump goes straight to the final target), and
//!    a jump to a `LOAD_CONST; RETURN_VALUE` exit becomes a copy of that exit.
//! 5. [`dead`] again: blocks no path reaches are emptied.
//! 6. [`nops`]: NOPs are removed, except one that alone carries its line.
//! 7. [`consts`]: constants no instruction loads any more are dropped from the table
//!    (the first one stays: it is a function's docstring slot).

mod branches;
mod consts;
mod dead;
mod eval;

pub use eval::float_divmod;
mod fold;
mod jumps;
mod nops;
#[cfg(test)]
mod tests;

use crate::codegen::unit::{CodeUnit, IrInstr, Op};
use krait_bytecode::{Constant, Instruction};

/// Runs every pass over `unit`.
///
/// Passes that cannot change anything are skipped: code generation never leaves an
/// instruction after a terminator in its block (so only a folded branch calls for the cut),
/// and NOPs come only from code generation's line markers and the folds.
pub(crate) fn optimize(unit: &mut CodeUnit<'_>) {
    let folded = fold::fold_constants(unit);
    let branched = branches::fold_constant_branches(unit);
    if branched {
        dead::cut_after_terminators(unit);
    }
    // Neither jump pass changes the layout order, so they share one view of it.
    let layout = jumps::Layout::of(unit);
    jumps::thread_jumps(unit, &layout);
    jumps::copy_return_exits(unit, &layout);
    dead::empty_unreachable_blocks(unit);
    if unit.may_have_nops || folded || branched {
        nops::remove_nops(unit);
    }
    consts::drop_unused_consts(unit);
}

/// The index of `constant` in the unit's constant table, adding it if new.
fn add_const(unit: &mut CodeUnit<'_>, constant: Constant) -> u32 {
    let (found, hash) = unit.const_index.find(&unit.consts, &constant);
    if let Some(i) = found {
        return i;
    }
    let i = unit.consts.len() as u32;
    unit.consts.push(constant);
    unit.const_index.insert(hash, i);
    i
}

/// The real instruction of `ir`, if it is one.
fn real(ir: &IrInstr) -> Option<Instruction> {
    match ir.op {
        Op::Real(instr) => Some(instr),
        Op::Setup(_) => None,
    }
}

/// Indices of the `n` real instructions before `at` in `instrs`, nearest last, skipping
/// NOPs; `None` if a handler setup or the block start comes first. Only these can be
/// folded into the instruction at `at`: nothing else runs between them.
fn previous_real(instrs: &[IrInstr], at: usize, n: usize) -> Option<Vec<usize>> {
    let mut found = Vec::with_capacity(n);
    let mut i = at;
    while found.len() < n {
        i = i.checked_sub(1)?;
        match instrs[i].op {
            Op::Real(Instruction::Nop) => {}
            Op::Real(_) => found.push(i),
            Op::Setup(_) => return None,
        }
    }
    found.reverse();
    Some(found)
}
