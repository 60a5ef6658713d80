//! The `match` statement (PEP 634), compiled as CPython 3.11 does.
//!
//! The subject stays on the stack while the cases are tried; each case's pattern works on a
//! copy of it (the last refutable case on the subject itself). A pattern consumes the value
//! it is matched against. What a pattern captures is not stored as it is found: the values
//! wait on the stack and are stored only once the whole pattern has matched, so a failed
//! case binds nothing. Failing jumps to one of a ladder of labels, `fail_pop[n]` popping `n`
//! items before falling into `fail_pop[n - 1]`, so that every failure point unwinds exactly
//! the items it left on the stack.
//!
//! Stack picture while a pattern is compiled (top rightmost):
//! `… captures items_in_the_way value`, where `captures` holds one value per name in
//! [`PatternCtx::stores`] (the first captured nearest the top) and `items_in_the_way` are
//! the [`PatternCtx::on_top`] items an enclosing pattern still needs.

use krait_ast::{self as ast, Expr, ExprKind, MatchCase, Operator, Pattern, PatternKind, UnaryOp};
use krait_ast::{repr, TextRange};
use krait_bytecode::{CompareKind, Constant, Instruction};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use super::unit::Label;
use super::{Compiler, NameCtx};
use crate::error::{internal_error, syntax_error, with_stack, CompileResult};

/// What the compiler knows about the stack while it compiles one case's pattern.
struct PatternCtx {
    /// The names captured so far, in capture order, with the pattern that binds each.
    stores: Vec<(String, TextRange)>,
    /// Whether an irrefutable pattern is allowed here (last case, guarded case, or inside
    /// a larger pattern).
    allow_irrefutable: bool,
    /// `fail_pop[n]`: pops `n` items and fails the pattern.
    fail_pop: Vec<Label>,
    /// Items above the captures that must survive the sub-pattern being compiled.
    on_top: usize,
    /// The pattern compiled last, where CPython points its errors.
    loc: TextRange,
}

impl PatternCtx {
    fn new(allow_irrefutable: bool, loc: TextRange) -> PatternCtx {
        PatternCtx {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
            loc,
        }
    }
}

/// `_`: matches anything and binds nothing.
fn is_wildcard(pattern: &Pattern) -> bool {
    matches!(
        pattern.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

impl<'a> Compiler<'a> {
    pub(crate) fn compile_match(
        &mut self,
        subject: &'a Expr,
        cases: &'a [MatchCase],
    ) -> CompileResult<()> {
        use Instruction::*;
        self.compile_expr(subject)?;
        if cases.is_empty() {
            // Only a hand-built tree has no case.
            self.emit(PopTop);
            return Ok(());
        }
        let end = self.new_label();
        let count = cases.len();
        // A trailing `case _:` needs no copy of the subject and no pattern code.
        let has_default = count > 1 && is_wildcard(&cases[count - 1].pattern);
        let refutable = count - usize::from(has_default);
        for (i, case) in cases[..refutable].iter().enumerate() {
            self.set_loc(case.pattern.range);
            let keeps_subject = i + 1 != refutable;
            if keeps_subject {
                self.emit(Copy(1));
            }
            let allow = case.guard.is_some() || i + 1 == count;
            let mut pc = PatternCtx::new(allow, case.pattern.range);
            self.compile_pattern(&case.pattern, &mut pc)?;
            for (name, range) in std::mem::take(&mut pc.stores) {
                self.compile_name(&name, NameCtx::Store, range)?;
            }
            if let Some(guard) = &case.guard {
                let fail = self.fail_label(&mut pc, 0);
                self.jump_if(guard, fail, false)?;
            }
            if keeps_subject {
                self.emit(PopTop);
            }
            self.compile_stmts(&case.body)?;
            self.emit_jump(Jump, end);
            // The cleanup after a failed pattern belongs to the pattern's line.
            self.set_loc(case.pattern.range);
            self.emit_fail_pops(&mut pc);
        }
        if has_default {
            let case = &cases[count - 1];
            self.set_loc(case.pattern.range);
            self.emit(Nop);
            if let Some(guard) = &case.guard {
                self.jump_if(guard, end, false)?;
            }
            self.compile_stmts(&case.body)?;
        }
        self.place(end);
        Ok(())
    }

    // ----- the failure ladder -----

    fn fail_label(&mut self, pc: &mut PatternCtx, pops: usize) -> Label {
        while pc.fail_pop.len() <= pops {
            let label = self.new_label();
            pc.fail_pop.push(label);
        }
        pc.fail_pop[pops]
    }

    /// Fails (with `make`, a conditional or plain jump) popping everything the pattern has
    /// left on the stack.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, make: fn(u32) -> Instruction) {
        let pops = pc.on_top + pc.stores.len();
        let label = self.fail_label(pc, pops);
        self.emit_jump(make, label);
    }

    /// Places the ladder: `fail_pop[n]` pops one item and falls into `fail_pop[n - 1]`.
    fn emit_fail_pops(&mut self, pc: &mut PatternCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        let Some((&first, rest)) = labels.split_first() else {
            return;
        };
        for &label in rest.iter().rev() {
            self.place(label);
            self.emit(Instruction::PopTop);
        }
        self.place(first);
    }

    /// Moves the top of the stack `depth - 1` places down, shifting the others up.
    fn rotate(&mut self, depth: usize) {
        for n in (2..=depth).rev() {
            self.emit(Instruction::Swap(n as u32));
        }
    }

    /// Captures the value on top of the stack as `name` (drops it for `None`): it sinks
    /// below the items in the way and the earlier captures.
    fn pattern_store(&mut self, name: Option<&str>, pc: &mut PatternCtx) -> CompileResult<()> {
        let Some(name) = name else {
            self.emit(Instruction::PopTop);
            return Ok(());
        };
        if name == "__debug__" {
            return Err(syntax_error("cannot assign to __debug__", pc.loc));
        }
        if pc.stores.iter().any(|(n, _)| n == name) {
            return Err(syntax_error(
                format!("multiple assignments to name '{name}' in pattern"),
                pc.loc,
            ));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push((name.to_owned(), pc.loc));
        Ok(())
    }

    // ----- patterns -----

    fn compile_pattern(&mut self, pattern: &'a Pattern, pc: &mut PatternCtx) -> CompileResult<()> {
        self.nest(pattern.range)?;
        self.set_loc(pattern.range);
        pc.loc = pattern.range;
        with_stack(|| self.compile_pattern_kind(pattern, pc))?;
        self.unnest();
        Ok(())
    }

    /// A pattern nested in another: irrefutable ones are always allowed there.
    fn compile_subpattern(
        &mut self,
        pattern: &'a Pattern,
        pc: &mut PatternCtx,
    ) -> CompileResult<()> {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        self.compile_pattern(pattern, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    fn compile_pattern_kind(
        &mut self,
        pattern: &'a Pattern,
        pc: &mut PatternCtx,
    ) -> CompileResult<()> {
        use Instruction::*;
        match &pattern.kind {
            PatternKind::MatchValue { value } => {
                self.compile_expr(value)?;
                self.emit(CompareOp(CompareKind::Eq));
                self.jump_to_fail_pop(pc, PopJumpIfFalse);
            }
            PatternKind::MatchSingleton { value } => {
                let constant = match value {
                    ast::Constant::None => Constant::None,
                    ast::Constant::Bool(b) => Constant::Bool(*b),
                    _ => return Err(internal_error("singleton pattern", pattern.range)),
                };
                self.load_const(constant);
                self.emit(IsOp(false));
                self.jump_to_fail_pop(pc, PopJumpIfFalse);
            }
            PatternKind::MatchAs {
                pattern: None,
                name,
            } => {
                if !pc.allow_irrefutable {
                    let message = match name {
                        Some(name) => {
                            format!("name capture '{name}' makes remaining patterns unreachable")
                        }
                        None => "wildcard makes remaining patterns unreachable".to_owned(),
                    };
                    return Err(syntax_error(message, pattern.range));
                }
                self.pattern_store(name.as_deref(), pc)?;
            }
            PatternKind::MatchAs {
                pattern: Some(inner),
                name,
            } => {
                // Keep a copy to capture once the inner pattern has matched.
                pc.on_top += 1;
                self.emit(Copy(1));
                self.compile_pattern(inner, pc)?;
                pc.on_top -= 1;
                self.pattern_store(name.as_deref(), pc)?;
            }
            PatternKind::MatchStar { name } => self.pattern_store(name.as_deref(), pc)?,
            PatternKind::MatchSequence { patterns } => {
                self.compile_sequence_pattern(patterns, pc)?
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.compile_mapping_pattern(pattern, keys, patterns, rest.as_deref(), pc)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.compile_class_pattern(pattern, cls, patterns, kwd_attrs, kwd_patterns, pc)?,
            PatternKind::MatchOr { patterns } => self.compile_or_pattern(patterns, pc)?,
        }
        Ok(())
    }

    fn compile_sequence_pattern(
        &mut self,
        patterns: &'a [Pattern],
        pc: &mut PatternCtx,
    ) -> CompileResult<()> {
        use Instruction::*;
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let PatternKind::MatchStar { name } = &p.kind {
                if star.is_some() {
                    return Err(syntax_error(
                        "multiple starred names in sequence pattern",
                        pc.loc,
                    ));
                }
                star_wildcard = name.is_none();
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        let size = patterns.len();
        // The subject stays on top through the type and length checks.
        pc.on_top += 1;
        self.emit(MatchSequence);
        self.jump_to_fail_pop(pc, PopJumpIfFalse);
        match star {
            None => {
                self.emit(GetLen);
                self.load_const(Constant::Int(size as i64));
                self.emit(CompareOp(CompareKind::Eq));
                self.jump_to_fail_pop(pc, PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(GetLen);
                self.load_const(Constant::Int(size as i64 - 1));
                self.emit(CompareOp(CompareKind::Ge));
                self.jump_to_fail_pop(pc, PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            // `[]`, `[_, _]`, `[_, *_]`: the checks were the whole match.
            self.emit(PopTop);
            return Ok(());
        }
        match star {
            Some(star) if star_wildcard => self.sequence_by_index(patterns, star, pc),
            _ => self.sequence_unpacked(patterns, star, pc),
        }
    }

    /// Matches the items of a sequence unpacked onto the stack.
    fn sequence_unpacked(
        &mut self,
        patterns: &'a [Pattern],
        star: Option<usize>,
        pc: &mut PatternCtx,
    ) -> CompileResult<()> {
        let size = patterns.len();
        match star {
            Some(before) => {
                let after = size - before - 1;
                if before >= 256 || after >= 1 << 24 {
                    return Err(syntax_error(
                        "too many expressions in star-unpacking sequence pattern",
                        pc.loc,
                    ));
                }
                self.emit(Instruction::UnpackEx(before as u32 | (after as u32) << 8));
            }
            None => self.emit(Instruction::UnpackSequence(size as u32)),
        }
        // The unpacked items wait on the stack; each sub-pattern consumes the top one.
        pc.on_top += size;
        for p in patterns {
            pc.on_top -= 1;
            self.compile_subpattern(p, pc)?;
        }
        Ok(())
    }

    /// Matches the items around a `*_` by subscripting, without building the middle list.
    fn sequence_by_index(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternCtx,
    ) -> CompileResult<()> {
        use Instruction::*;
        let size = patterns.len();
        pc.on_top += 1;
        for (i, p) in patterns.iter().enumerate() {
            if i == star || is_wildcard(p) {
                continue;
            }
            self.emit(Copy(1));
            if i < star {
                self.load_const(Constant::Int(i as i64));
            } else {
                // Counted from the end without negative indexes, which the subject may
                // not support.
                self.emit(GetLen);
                self.load_const(Constant::Int((size - i) as i64));
                self.emit(BinaryOp(krait_bytecode::BinaryOpKind::Subtract));
            }
            self.emit(BinarySubscr);
            self.compile_subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit(PopTop);
        Ok(())
    }

    fn compile_mapping_pattern(
        &mut self,
        pattern: &'a Pattern,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&str>,
        pc: &mut PatternCtx,
    ) -> CompileResult<()> {
        use Instruction::*;
        let size = keys.len();
        if size != patterns.len() {
            return Err(internal_error(
                "keys / patterns length mismatch in mapping pattern",
                pattern.range,
            ));
        }
        pc.on_top += 1;
        self.emit(MatchMapping);
        self.jump_to_fail_pop(pc, PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit(PopTop);
            return Ok(());
        }
        if size > 0 {
            self.emit(GetLen);
            self.load_const(Constant::Int(size as i64));
            self.emit(CompareOp(CompareKind::Ge));
            self.jump_to_fail_pop(pc, PopJumpIfFalse);
        }
        let mut seen: Vec<KeyValue> = Vec::new();
        for key in keys {
            if let Some(value) = key_value(key) {
                if seen.iter().any(|s| s.equals(&value)) {
                    return Err(syntax_error(
                        format!("mapping pattern checks duplicate key ({})", value.repr()),
                        pc.loc,
                    ));
                }
                seen.push(value);
            } else if !matches!(key.kind, ExprKind::Attribute { .. }) {
                return Err(syntax_error(
                    "mapping pattern keys may only match literals and attribute lookups",
                    pc.loc,
                ));
            }
            self.compile_expr(key)?;
        }
        self.emit(BuildTuple(size as u32));
        self.emit(MatchKeys);
        // The keys and the values found sit on the subject now.
        pc.on_top += 2;
        self.emit(Copy(1));
        self.load_const(Constant::None);
        self.emit(IsOp(true));
        self.jump_to_fail_pop(pc, PopJumpIfFalse);
        self.emit(UnpackSequence(size as u32));
        pc.on_top += size;
        pc.on_top -= 1;
        for p in patterns {
            pc.on_top -= 1;
            self.compile_subpattern(p, pc)?;
        }
        // Left: the subject and the tuple of keys.
        pc.on_top -= 1;
        match rest {
            Some(rest) => {
                self.emit(CopyDictWithoutKeys);
                self.pattern_store(Some(rest), pc)?;
            }
            None => self.emit(PopTop),
        }
        pc.on_top -= 1;
        self.emit(PopTop);
        Ok(())
    }

    fn compile_class_pattern(
        &mut self,
        pattern: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [ast::Identifier],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternCtx,
    ) -> CompileResult<()> {
        use Instruction::*;
        if kwd_attrs.len() != kwd_patterns.len() {
            return Err(internal_error(
                "kwd_attrs / kwd_patterns length mismatch in class pattern",
                pattern.range,
            ));
        }
        for (i, attr) in kwd_attrs.iter().enumerate() {
            let at = kwd_patterns[i].range;
            self.set_loc(at);
            if attr.as_str() == "__debug__" {
                return Err(syntax_error("cannot assign to __debug__", at));
            }
            if let Some(j) = (i + 1..kwd_attrs.len()).find(|&j| kwd_attrs[j] == *attr) {
                return Err(syntax_error(
                    format!("attribute name repeated in class pattern: {attr}"),
                    kwd_patterns[j].range,
                ));
            }
        }
        self.set_loc(pattern.range);
        self.compile_expr(cls)?;
        let names = kwd_attrs
            .iter()
            .map(|a| Constant::Str(a.to_string()))
            .collect();
        self.load_const(Constant::Tuple(names));
        self.emit(MatchClass(patterns.len() as u32));
        self.emit(Copy(1));
        self.load_const(Constant::None);
        self.emit(IsOp(true));
        // The tuple of attributes (or None) is on top.
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, PopJumpIfFalse);
        let total = patterns.len() + kwd_patterns.len();
        self.emit(UnpackSequence(total as u32));
        pc.on_top += total;
        pc.on_top -= 1;
        for p in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit(PopTop);
                continue;
            }
            self.compile_subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `p1 | p2 | …`: each alternative runs on a copy of the value with a fresh context;
    /// whichever matches leaves its captures in the first alternative's order, and they
    /// are then sunk into place below the items in the way.
    fn compile_or_pattern(
        &mut self,
        alternatives: &'a [Pattern],
        pc: &mut PatternCtx,
    ) -> CompileResult<()> {
        use Instruction::*;
        let end = self.new_label();
        let last = alternatives.len().saturating_sub(1);
        let mut control: Option<Vec<(String, TextRange)>> = None;
        for (i, alt) in alternatives.iter().enumerate() {
            self.set_loc(alt.range);
            let mut sub = PatternCtx::new(i == last && pc.allow_irrefutable, alt.range);
            self.emit(Copy(1));
            self.compile_pattern(alt, &mut sub)?;
            pc.loc = sub.loc;
            match &control {
                None => control = Some(sub.stores.clone()),
                Some(order) => {
                    if order.len() != sub.stores.len() {
                        return Err(different_names(pc.loc));
                    }
                    // Bring the captures into the control order; capture `j` is `j + 1`
                    // from the top.
                    for (j, (name, _)) in order.iter().enumerate() {
                        let Some(at) = sub.stores.iter().position(|(n, _)| n == name) else {
                            return Err(different_names(pc.loc));
                        };
                        if at != j {
                            self.swap_depths(j + 1, at + 1);
                            sub.stores.swap(at, j);
                        }
                    }
                }
            }
            self.emit_jump(Jump, end);
            self.emit_fail_pops(&mut sub);
        }
        // No alternative matched: drop the value and fail.
        self.emit(PopTop);
        self.jump_to_fail_pop(pc, Jump);
        self.place(end);
        let control = control.unwrap_or_default();
        // Sink each capture below the value, the items in the way and the earlier captures.
        let depth = control.len() + 1 + pc.on_top + pc.stores.len();
        for (name, range) in control {
            self.rotate(depth);
            if pc.stores.iter().any(|(n, _)| *n == name) {
                return Err(syntax_error(
                    format!("multiple assignments to name '{name}' in pattern"),
                    pc.loc,
                ));
            }
            pc.stores.push((name, range));
        }
        self.emit(PopTop);
        Ok(())
    }

    /// Exchanges the stack items at depths `a < b` (1 = top).
    fn swap_depths(&mut self, a: usize, b: usize) {
        use Instruction::Swap;
        if a == 1 {
            self.emit(Swap(b as u32));
        } else {
            self.emit(Swap(a as u32));
            self.emit(Swap(b as u32));
            self.emit(Swap(a as u32));
        }
    }
}

fn different_names(range: TextRange) -> krait_ast::SyntaxError {
    syntax_error("alternative patterns bind different names", range)
}

/// A literal mapping key, as far as spotting duplicates at compile time needs: equal
/// numbers of different types (`1`, `1.0`, `True`) are the same key.
enum KeyValue {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(ast::PyString),
    Bytes(Vec<u8>),
    Ellipsis,
}

/// The value of a literal key after CPython's constant folding: a constant, a negated
/// number, or a complex literal `a ± bj`.
fn key_value(expr: &Expr) -> Option<KeyValue> {
    match &expr.kind {
        ExprKind::Constant { value, .. } => Some(match value {
            ast::Constant::None => KeyValue::None,
            ast::Constant::Bool(b) => KeyValue::Bool(*b),
            ast::Constant::Int(i) => KeyValue::Int(i.clone()),
            ast::Constant::Float(x) => KeyValue::Float(*x),
            ast::Constant::Complex { real, imag } => KeyValue::Complex(*real, *imag),
            ast::Constant::Str(s) => KeyValue::Str(s.clone()),
            ast::Constant::Bytes(b) => KeyValue::Bytes(b.clone()),
            ast::Constant::Ellipsis => KeyValue::Ellipsis,
        }),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match key_value(operand)? {
            KeyValue::Int(i) => Some(KeyValue::Int(-i)),
            KeyValue::Float(x) => Some(KeyValue::Float(-x)),
            KeyValue::Complex(re, im) => Some(KeyValue::Complex(-re, -im)),
            _ => None,
        },
        ExprKind::BinOp { left, op, right } => {
            let (re, im) = match (key_value(left)?.number()?, key_value(right)?.number()?) {
                ((lr, li), (rr, ri)) if *op == Operator::Add => (lr + rr, li + ri),
                ((lr, li), (rr, ri)) if *op == Operator::Sub => (lr - rr, li - ri),
                _ => return None,
            };
            Some(KeyValue::Complex(re, im))
        }
        _ => None,
    }
}

impl KeyValue {
    /// The value as a complex number, for numbers.
    fn number(&self) -> Option<(f64, f64)> {
        match self {
            KeyValue::Bool(b) => Some((f64::from(u8::from(*b)), 0.0)),
            KeyValue::Int(i) => Some((i.to_f64()?, 0.0)),
            KeyValue::Float(x) => Some((*x, 0.0)),
            KeyValue::Complex(re, im) => Some((*re, *im)),
            _ => None,
        }
    }

    /// Python's `==` between two keys.
    fn equals(&self, other: &KeyValue) -> bool {
        use KeyValue::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Bool(a), Bool(b)) => a == b,
            (Int(i), Bool(b)) | (Bool(b), Int(i)) => *i == BigInt::from(u8::from(*b)),
            (Int(i), Float(x)) | (Float(x), Int(i)) => int_equals_float(i, *x),
            (Int(i), Complex(re, im)) | (Complex(re, im), Int(i)) => {
                *im == 0.0 && int_equals_float(i, *re)
            }
            _ => match (self.number(), other.number()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// Python's `repr`.
    fn repr(&self) -> String {
        match self {
            KeyValue::None => "None".into(),
            KeyValue::Bool(b) => if *b { "True" } else { "False" }.into(),
            KeyValue::Int(i) => i.to_string(),
            KeyValue::Float(x) => repr::float_repr(*x),
            KeyValue::Complex(re, im) => {
                let part = |x: f64| {
                    let r = repr::float_repr(x);
                    r.strip_suffix(".0").map(str::to_owned).unwrap_or(r)
                };
                if *re == 0.0 && re.is_sign_positive() {
                    format!("{}j", part(*im))
                } else {
                    let imag = part(*im);
                    let sign = if imag.starts_with('-') { "" } else { "+" };
                    format!("({}{sign}{imag}j)", part(*re))
                }
            }
            KeyValue::Str(s) => repr::py_str_repr(s),
            KeyValue::Bytes(b) => repr::bytes_repr(b),
            KeyValue::Ellipsis => "Ellipsis".into(),
        }
    }
}

fn int_equals_float(i: &BigInt, x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0 && BigInt::from_f64(x).as_ref() == Some(i)
}
