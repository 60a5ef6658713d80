//! The binary operators from `|` down to `@`: the grammar reads them as one flat,
//! left-recursive list (`Arith`), and this module builds the tree by precedence as the list
//! grows, the way an operator-precedence parser would. An LR grammar with one nonterminal per
//! level reduces every operand once per level it climbs; the flat list reduces it once.
//!
//! The build is a shunting yard: before an operator is pushed, every pending operator that
//! binds at least as tightly is applied, so nodes are built in the order the per-level
//! grammar built them (and a depth error comes from the same node).

use krait_ast::Operator;

use super::{exprs, Ex, PResult};

/// An operand and where its text starts (before any parentheses around it).
type Operand = (Ex, u32);

/// The list read so far.
pub(crate) enum Arith {
    /// A single operand, no operator yet: the common case, which allocates nothing.
    One(Ex),
    /// Operands and pending operators, boxed to keep the parser's stack entries small.
    Many(Box<Pending>),
}

/// Operands and pending operators; `ops` bind strictly tighter from bottom to top.
pub(crate) struct Pending {
    operands: Vec<Operand>,
    ops: Vec<Operator>,
    /// Where the last operand's text ends.
    end: u32,
}

/// How tightly an operator binds (higher binds tighter).
fn precedence(op: Operator) -> u8 {
    match op {
        Operator::BitOr => 1,
        Operator::BitXor => 2,
        Operator::BitAnd => 3,
        Operator::LShift | Operator::RShift => 4,
        Operator::Add | Operator::Sub => 5,
        Operator::Mult | Operator::Div | Operator::FloorDiv | Operator::Mod | Operator::MatMult => {
            6
        }
        Operator::Pow => 7,
    }
}

/// Applies the top pending operator to the top two operands.
fn apply(operands: &mut Vec<Operand>, ops: &mut Vec<Operator>, end: u32) -> PResult<()> {
    let op = ops.pop().expect("an operator is pending");
    let (right, _) = operands.pop().expect("an operator has a right operand");
    let (left, start) = operands.pop().expect("an operator has a left operand");
    operands.push((exprs::binop(left, op, right, start, end)?, start));
    Ok(())
}

impl Arith {
    pub(crate) fn one(operand: Ex) -> Arith {
        Arith::One(operand)
    }

    /// Appends `op operand`; `start` is where the whole list starts, `operand_start` and
    /// `operand_end` where the new operand's text does.
    pub(crate) fn push(
        self,
        op: Operator,
        operand: Ex,
        start: u32,
        operand_start: u32,
        operand_end: u32,
    ) -> PResult<Arith> {
        let mut list = match self {
            Arith::One(first) => {
                let mut operands = Vec::with_capacity(4);
                operands.push((first, start));
                Box::new(Pending {
                    operands,
                    ops: Vec::with_capacity(3),
                    end: 0,
                })
            }
            Arith::Many(list) => list,
        };
        let Pending { operands, ops, end } = &mut *list;
        let binds = precedence(op);
        while ops.last().is_some_and(|&top| precedence(top) >= binds) {
            apply(operands, ops, *end)?;
        }
        ops.push(op);
        operands.push((operand, operand_start));
        *end = operand_end;
        Ok(Arith::Many(list))
    }

    /// The expression the whole list stands for.
    pub(crate) fn finish(self) -> PResult<Ex> {
        match self {
            Arith::One(operand) => Ok(operand),
            Arith::Many(mut list) => {
                let Pending { operands, ops, end } = &mut *list;
                while !ops.is_empty() {
                    apply(operands, ops, *end)?;
                }
                let (tree, _) = operands.pop().expect("one operand is left");
                Ok(tree)
            }
        }
    }
}
