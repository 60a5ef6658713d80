//! Constant folding on the block form: an operator whose operands were all just loaded as
//! constants is replaced by a load of its result. The operand loads become NOPs, which
//! [`super::nops`] removes; the result keeps the operator's location, so a traceback
//! through the expression still points where it did. Folding runs left to right, so
//! `2 * 3 + 4` folds in two steps to `10`.

use krait_bytecode::{Constant, Instruction};

use super::eval::{self, Unary};
use super::{add_const, previous_real, real};
use crate::codegen::unit::{CodeUnit, Op};

/// Folds every foldable operator in every block of `unit`; says whether any was folded.
pub(crate) fn fold_constants(unit: &mut CodeUnit<'_>) -> bool {
    let mut folded = false;
    for b in 0..unit.blocks.len() {
        let mut i = 0;
        while i < unit.blocks[b].instrs.len() {
            folded |= fold_at(unit, b, i);
            i += 1;
        }
    }
    folded
}

/// Folds the instruction at `i` of block `b` into a constant load, if its operands are
/// constants and its result is known; says whether it did.
fn fold_at(unit: &mut CodeUnit<'_>, b: usize, i: usize) -> bool {
    let Some(instr) = real(&unit.blocks[b].instrs[i]) else {
        return false;
    };
    let arity = match instr {
        Instruction::BinaryOp(_) => 2,
        Instruction::UnaryNegative
        | Instruction::UnaryPositive
        | Instruction::UnaryInvert
        | Instruction::UnaryNot => 1,
        Instruction::BuildTuple(n) if n as usize <= MAX_TUPLE_ITEMS => n as usize,
        _ => return false,
    };
    let instrs = &unit.blocks[b].instrs;
    // Most operators have a computed operand last; looking at it first spares gathering
    // the operands (two allocations) for each of them.
    let last_is_const = instrs[..i]
        .iter()
        .rev()
        .find(|ir| !matches!(ir.op, Op::Real(Instruction::Nop)))
        .is_some_and(|ir| matches!(ir.op, Op::Real(Instruction::LoadConst(_))));
    if arity > 0 && !last_is_const {
        return false;
    }
    let Some(operands) = previous_real(instrs, i, arity) else {
        return false;
    };
    let mut values = Vec::with_capacity(arity);
    for &j in &operands {
        match real(&instrs[j]) {
            Some(Instruction::LoadConst(k)) => match unit.consts.get(k as usize) {
                Some(c) => values.push(c),
                None => return false,
            },
            _ => return false,
        }
    }
    let result = match instr {
        Instruction::BinaryOp(op) => eval::binary(op, values[0], values[1]),
        Instruction::UnaryNegative => eval::unary(Unary::Negative, values[0]),
        Instruction::UnaryPositive => eval::unary(Unary::Positive, values[0]),
        Instruction::UnaryInvert => eval::unary(Unary::Invert, values[0]),
        Instruction::UnaryNot => eval::unary(Unary::Not, values[0]),
        Instruction::BuildTuple(_) => Some(Constant::Tuple(values.into_iter().cloned().collect())),
        _ => None,
    };
    let Some(result) = result else {
        return false;
    };
    let k = add_const(unit, result);
    let instrs = &mut unit.blocks[b].instrs;
    for j in operands {
        instrs[j].op = Op::Real(Instruction::Nop);
    }
    instrs[i].op = Op::Real(Instruction::LoadConst(k));
    true
}

/// Tuples of constants are folded up to this many items (CPython has no limit for a
/// display, but a display longer than the stack guideline is not built by `BUILD_TUPLE`).
const MAX_TUPLE_ITEMS: usize = 256;
