//! `or` and `and` over comparisons (and `not` operands): the grammar reads them as one flat,
//! left-recursive list (`Logic`), and this module groups it as the list grows, `and` binding
//! tighter than `or`, each into one n-ary `BoolOp` node. See `arith` for why lists are flat.

use krait_ast::BoolOp;

use super::{exprs, Ex, PResult};

/// The list read so far.
pub(crate) enum Logic {
    /// A single operand, no operator yet: the common case, which allocates nothing.
    One(Ex),
    /// More than one operand, boxed to keep the parser's stack entries small.
    Many(Box<Groups>),
}

/// Finished `or` operands and the open `and` group after them.
pub(crate) struct Groups {
    ors: Vec<Ex>,
    ands: Vec<Ex>,
    /// Where the whole list's text starts.
    start: u32,
    /// Where the open `and` group's text starts.
    and_start: u32,
    /// Where the last operand's text ends.
    end: u32,
}

/// The open `and` group as one expression.
fn close(mut ands: Vec<Ex>, start: u32, end: u32) -> PResult<Ex> {
    if ands.len() == 1 {
        Ok(ands.pop().expect("the group has its operand"))
    } else {
        exprs::boolop(BoolOp::And, ands, start, end)
    }
}

impl Logic {
    pub(crate) fn one(operand: Ex) -> Logic {
        Logic::One(operand)
    }

    /// Appends `op operand`; `start` is where the whole list starts, `operand_start` and
    /// `operand_end` where the new operand's text does.
    pub(crate) fn push(
        self,
        op: BoolOp,
        operand: Ex,
        start: u32,
        operand_start: u32,
        operand_end: u32,
    ) -> PResult<Logic> {
        let mut groups = match self {
            Logic::One(first) => Box::new(Groups {
                ors: Vec::new(),
                ands: vec![first],
                start,
                and_start: start,
                end: 0,
            }),
            Logic::Many(groups) => groups,
        };
        let g = &mut *groups;
        if op == BoolOp::Or {
            g.ors
                .push(close(std::mem::take(&mut g.ands), g.and_start, g.end)?);
            g.and_start = operand_start;
        }
        g.ands.push(operand);
        g.end = operand_end;
        Ok(Logic::Many(groups))
    }

    /// The expression the whole list stands for.
    pub(crate) fn finish(self) -> PResult<Ex> {
        match self {
            Logic::One(operand) => Ok(operand),
            Logic::Many(groups) => {
                let Groups {
                    mut ors,
                    ands,
                    start,
                    and_start,
                    end,
                } = *groups;
                let last = close(ands, and_start, end)?;
                if ors.is_empty() {
                    return Ok(last);
                }
                ors.push(last);
                exprs::boolop(BoolOp::Or, ors, start, end)
            }
        }
    }
}
