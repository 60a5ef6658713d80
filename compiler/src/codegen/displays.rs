//! Displays: tuples, lists, sets and dicts, with `*` and `**` unpacking (`LIST_EXTEND`,
//! `SET_UPDATE`, `DICT_UPDATE`, `LIST_TO_TUPLE`). Large displays are built incrementally
//! so the stack never holds more than a few dozen items, as in CPython.

use krait_ast::{Expr, ExprKind, TextRange};
use krait_bytecode::Instruction;

use super::expr::STACK_USE_GUIDELINE;
use super::Compiler;
use crate::error::{internal_error, CompileResult};

/// Which sequence display is being built.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Seq {
    List,
    Tuple,
    Set,
}

impl<'a> Compiler<'a> {
    /// Builds a list, tuple or set of `elts`, after `pushed` items already on the stack that
    /// become its first elements.
    pub(crate) fn compile_sequence(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        kind: Seq,
    ) -> CompileResult<()> {
        use Instruction::*;
        type Make = fn(u32) -> Instruction;
        let (build, add, extend): (Make, Make, Make) = match kind {
            Seq::List | Seq::Tuple => (BuildList, ListAppend, ListExtend),
            Seq::Set => (BuildSet, SetAdd, SetUpdate),
        };
        let big = elts.len() + pushed as usize > STACK_USE_GUIDELINE;
        let starred = elts
            .iter()
            .any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if !starred && !big {
            if kind == Seq::Tuple && elts.is_empty() && pushed == 0 {
                self.load_const(krait_bytecode::Constant::Tuple(Vec::new()));
                return Ok(());
            }
            self.compile_exprs(elts)?;
            let count = elts.len() as u32 + pushed;
            self.emit(if kind == Seq::Tuple {
                BuildTuple(count)
            } else {
                build(count)
            });
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build(pushed));
            built = true;
        }
        for (i, elt) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &elt.kind {
                if !built {
                    self.emit(build(i as u32 + pushed));
                    built = true;
                }
                self.compile_expr(value)?;
                self.emit(extend(1));
            } else {
                self.compile_expr(elt)?;
                if built {
                    self.emit(add(1));
                }
            }
        }
        if kind == Seq::Tuple {
            self.emit(ListToTuple);
        }
        Ok(())
    }

    /// `{k: v, **m, …}`: runs of `k: v` pairs become `BUILD_MAP`s merged in order with the
    /// `**` mappings.
    pub(crate) fn compile_dict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        range: TextRange,
    ) -> CompileResult<()> {
        use Instruction::*;
        if keys.len() != values.len() {
            return Err(internal_error("dict display with unmatched keys", range));
        }
        let mut have_dict = false;
        let mut pending = 0;
        for (i, key) in keys.iter().enumerate() {
            if key.is_none() {
                if pending > 0 {
                    self.compile_dict_pairs(&keys[i - pending..i], &values[i - pending..i])?;
                    if have_dict {
                        self.emit(DictUpdate(1));
                    }
                    have_dict = true;
                    pending = 0;
                }
                if !have_dict {
                    self.emit(BuildMap(0));
                    have_dict = true;
                }
                self.compile_expr(&values[i])?;
                self.emit(DictUpdate(1));
            } else if pending * 2 > STACK_USE_GUIDELINE {
                self.compile_dict_pairs(&keys[i - pending..=i], &values[i - pending..=i])?;
                if have_dict {
                    self.emit(DictUpdate(1));
                }
                have_dict = true;
                pending = 0;
            } else {
                pending += 1;
            }
        }
        if pending > 0 {
            let n = keys.len();
            self.compile_dict_pairs(&keys[n - pending..], &values[n - pending..])?;
            if have_dict {
                self.emit(DictUpdate(1));
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(BuildMap(0));
        }
        Ok(())
    }

    /// One dict of `k: v` pairs (every key present).
    fn compile_dict_pairs(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
    ) -> CompileResult<()> {
        use Instruction::*;
        let big = keys.len() * 2 > STACK_USE_GUIDELINE;
        if big {
            self.emit(BuildMap(0));
        }
        for (key, value) in keys.iter().zip(values) {
            if let Some(key) = key {
                self.compile_expr(key)?;
            }
            self.compile_expr(value)?;
            if big {
                self.emit(MapAdd(1));
            }
        }
        if !big {
            self.emit(BuildMap(keys.len() as u32));
        }
        Ok(())
    }
}
