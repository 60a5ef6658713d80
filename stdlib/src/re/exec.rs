//! The matcher: a backtracking machine over a [`Program`] whose choice points and undo
//! records live in a heap-allocated stack, so no pattern or subject recurses on the Rust
//! stack however long the text or deep the repetition. Every write to a capture slot or a
//! repeat register is logged on the same stack and undone when backtracking passes it.
//! Lookarounds and atomic groups push a mark; closing one drops the choice points above
//! its mark (keeping the undo records, so captures made inside survive).

use std::sync::atomic::{AtomicBool, Ordering};

use super::compile::{Inst, Program};
use super::parse::Greed;
use super::unicode::{eq_icase, is_word, set_contains};

/// A subject: bytes (or an ASCII str) or the characters of a str.
pub(crate) trait Text {
    /// Length in characters.
    fn len(&self) -> usize;
    /// The character at `i` (`i < len()`).
    fn at(&self, i: usize) -> u32;
}

impl Text for [u8] {
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
}

impl Text for [char] {
    fn len(&self) -> usize {
        <[char]>::len(self)
    }
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
}

/// No position recorded.
pub(crate) const UNSET: usize = usize::MAX;

/// How a match is anchored.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// At the start position.
    Match,
    /// At the start position, ending at the end.
    Full,
    /// At any position from the start.
    Search,
}

/// A successful match: capture slots and the last group closed.
pub(crate) struct Found {
    /// Two positions per group (`UNSET` when the group did not take part).
    pub slots: Vec<usize>,
    /// The group whose end was recorded last, if any.
    pub lastindex: Option<usize>,
}

/// Matching stopped for Ctrl-C.
pub(crate) struct Interrupted;

/// A backtracking stack entry.
enum Bt {
    /// Resume at `pc` with `pos`.
    Alt { pc: usize, pos: usize },
    /// Restore capture slot `idx`.
    Slot { idx: usize, old: usize },
    /// Restore register `idx`.
    Reg { idx: usize, old: usize },
    /// Restore the last closed group.
    Last(Option<usize>),
    /// A greedy single-character repeat that can give back characters down to `min_pos`.
    Greedy {
        pc: usize,
        min_pos: usize,
        cur: usize,
    },
    /// A lazy single-character repeat (at instruction `rep`) that can take one more.
    Lazy { rep: usize, cur: usize, count: u32 },
    /// An open lookaround: the position it started at.
    Look {
        pos: usize,
        negated: bool,
        end: usize,
    },
    /// An open atomic group.
    Atomic,
}

struct Machine<'p, T: ?Sized> {
    prog: &'p Program,
    text: &'p T,
    /// The end of the text as the pattern sees it (`endpos`).
    end: usize,
    slots: Vec<usize>,
    regs: Vec<usize>,
    last: Option<usize>,
    stack: Vec<Bt>,
    steps: u32,
    interrupt: &'p AtomicBool,
}

/// Runs `prog` on `text[..end]` from `pos`. `must_advance`: an empty match at `pos` is
/// not accepted (the rule for the next match after an empty one in `finditer` / `sub`).
pub(crate) fn run<T: Text + ?Sized>(
    prog: &Program,
    text: &T,
    pos: usize,
    end: usize,
    mode: Mode,
    must_advance: bool,
    interrupt: &AtomicBool,
) -> Result<Option<Found>, Interrupted> {
    let end = end.min(text.len());
    if pos > end {
        return Ok(None);
    }
    let mut m = Machine {
        prog,
        text,
        end,
        slots: vec![UNSET; prog.slots],
        regs: vec![0; prog.regs],
        last: None,
        stack: Vec::new(),
        steps: 0,
        interrupt,
    };
    let mut start = pos;
    loop {
        if mode == Mode::Search {
            if prog.anchored && start > 0 {
                return Ok(None);
            }
            if let Some(first) = prog.first {
                while start < end && !m.single(first, text.at(start)) {
                    start += 1;
                }
                if start >= end {
                    return Ok(None);
                }
            }
        }
        if m.attempt(start, mode == Mode::Full, must_advance && start == pos)? {
            return Ok(Some(Found {
                slots: m.slots,
                lastindex: m.last,
            }));
        }
        if mode != Mode::Search || start >= end {
            return Ok(None);
        }
        start += 1;
    }
}

impl<T: Text + ?Sized> Machine<'_, T> {
    /// Whether single-character instruction `pc` matches `c`.
    fn single(&self, pc: usize, c: u32) -> bool {
        match &self.prog.insts[pc] {
            Inst::Char(x) => c == *x,
            Inst::CharI(v) => v.contains(&c) || v.iter().any(|&p| eq_icase(c, p, true)),
            Inst::Any => c != '\n' as u32,
            Inst::AnyAll => true,
            Inst::Set(i) => {
                let (set, bits) = &self.prog.sets[*i];
                if c < 128 {
                    bits & (1u128 << c) != 0
                } else {
                    set_contains(set, c)
                }
            }
            _ => false,
        }
    }

    fn set_slot(&mut self, idx: usize, v: usize) {
        self.stack.push(Bt::Slot {
            idx,
            old: self.slots[idx],
        });
        self.slots[idx] = v;
    }

    fn set_reg(&mut self, idx: usize, v: usize) {
        self.stack.push(Bt::Reg {
            idx,
            old: self.regs[idx],
        });
        self.regs[idx] = v;
    }

    fn is_word_at(&self, i: usize, ascii: bool) -> bool {
        i < self.end && is_word(self.text.at(i), ascii)
    }

    /// Pops entries until a resumable one: `Some((pc, pos))`, or `None` when exhausted.
    fn backtrack(&mut self) -> Option<(usize, usize)> {
        while let Some(e) = self.stack.pop() {
            match e {
                Bt::Alt { pc, pos } => return Some((pc, pos)),
                Bt::Slot { idx, old } => self.slots[idx] = old,
                Bt::Reg { idx, old } => self.regs[idx] = old,
                Bt::Last(old) => self.last = old,
                Bt::Greedy { pc, min_pos, cur } => {
                    let cur = cur - 1;
                    if cur > min_pos {
                        self.stack.push(Bt::Greedy { pc, min_pos, cur });
                    }
                    return Some((pc, cur));
                }
                Bt::Lazy { rep, cur, count } => {
                    let Inst::RepOne { item, max, .. } = self.prog.insts[rep] else {
                        continue;
                    };
                    if count < max && cur < self.end && self.single(item, self.text.at(cur)) {
                        self.stack.push(Bt::Lazy {
                            rep,
                            cur: cur + 1,
                            count: count + 1,
                        });
                        return Some((rep + 1, cur + 1));
                    }
                }
                Bt::Look { pos, negated, end } => {
                    if negated {
                        // The body failed: the negative assertion holds.
                        return Some((end, pos));
                    }
                }
                Bt::Atomic => {}
            }
        }
        None
    }

    /// Drops the choice points above the innermost mark and the mark itself, keeping the
    /// undo records; returns the mark.
    fn close_mark(&mut self) -> Option<Bt> {
        let at = self
            .stack
            .iter()
            .rposition(|e| matches!(e, Bt::Look { .. } | Bt::Atomic))?;
        let tail: Vec<Bt> = self.stack.drain(at..).collect();
        let mut it = tail.into_iter();
        let mark = it.next();
        for e in it {
            if matches!(e, Bt::Slot { .. } | Bt::Reg { .. } | Bt::Last(_)) {
                self.stack.push(e);
            }
        }
        mark
    }

    /// One anchored attempt at `start`.
    fn attempt(
        &mut self,
        start: usize,
        full: bool,
        must_advance: bool,
    ) -> Result<bool, Interrupted> {
        self.stack.clear();
        self.slots.iter_mut().for_each(|s| *s = UNSET);
        self.last = None;
        let mut pc = 0;
        let mut pos = start;
        loop {
            self.steps = self.steps.wrapping_add(1);
            if self.steps & 0xffff == 0 && self.interrupt.load(Ordering::Relaxed) {
                return Err(Interrupted);
            }
            let ok = match &self.prog.insts[pc] {
                Inst::Char(_) | Inst::CharI(_) | Inst::Any | Inst::AnyAll | Inst::Set(_) => {
                    if pos < self.end && self.single(pc, self.text.at(pos)) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Bol(multi) => {
                    let ok = pos == 0
                        || *multi && pos <= self.text.len() && self.text.at(pos - 1) == '\n' as u32;
                    pc += 1;
                    ok
                }
                Inst::Eol(multi) => {
                    let nl = |i: usize| self.text.at(i) == '\n' as u32;
                    let ok = pos == self.end
                        || (pos + 1 == self.end && nl(pos))
                        || (*multi && pos < self.end && nl(pos));
                    pc += 1;
                    ok
                }
                Inst::StartText => {
                    pc += 1;
                    pos == 0
                }
                Inst::EndText => {
                    pc += 1;
                    pos == self.end
                }
                Inst::WordBoundary { negated, ascii } => {
                    let before = pos > 0 && pos <= self.end && self.is_word_at(pos - 1, *ascii);
                    let after = self.is_word_at(pos, *ascii);
                    // An empty text has no word boundary, nor a non-boundary.
                    let ok = if self.end == 0 {
                        false
                    } else {
                        (before != after) != *negated
                    };
                    pc += 1;
                    ok
                }
                Inst::Save(n) => {
                    let n = *n;
                    self.set_slot(n, pos);
                    if n % 2 == 1 && n > 1 {
                        self.stack.push(Bt::Last(self.last));
                        self.last = Some(n / 2);
                    }
                    pc += 1;
                    true
                }
                Inst::Split(a, b) => {
                    self.stack.push(Bt::Alt { pc: *b, pos });
                    pc = *a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    true
                }
                Inst::Backref { group, icase } => {
                    let (s, e) = (self.slots[2 * group], self.slots[2 * group + 1]);
                    if s == UNSET || e == UNSET {
                        false
                    } else {
                        let n = e.saturating_sub(s);
                        let ok = pos + n <= self.end
                            && (0..n).all(|k| {
                                let (a, b) = (self.text.at(s + k), self.text.at(pos + k));
                                a == b || *icase && eq_icase(b, a, false)
                            });
                        if ok {
                            pos += n;
                            pc += 1;
                        }
                        ok
                    }
                }
                Inst::GroupExists { group, no } => {
                    let (s, e) = (self.slots[2 * group], self.slots[2 * group + 1]);
                    pc = if s != UNSET && e != UNSET {
                        pc + 1
                    } else {
                        *no
                    };
                    true
                }
                Inst::LookStart {
                    behind,
                    negated,
                    end,
                } => {
                    let (negated, end) = (*negated, *end);
                    let from = match behind {
                        Some(w) => pos.checked_sub(*w),
                        None => Some(pos),
                    };
                    match from {
                        Some(from) => {
                            self.stack.push(Bt::Look { pos, negated, end });
                            pc += 1;
                            pos = from;
                            true
                        }
                        None if negated => {
                            pc = end;
                            true
                        }
                        None => false,
                    }
                }
                Inst::LookEnd => match self.close_mark() {
                    Some(Bt::Look {
                        pos: saved,
                        negated: false,
                        ..
                    }) => {
                        pos = saved;
                        pc += 1;
                        true
                    }
                    // The body of a negative assertion matched: it fails, and backtracking
                    // undoes what the body recorded.
                    _ => false,
                },
                Inst::AtomicStart => {
                    self.stack.push(Bt::Atomic);
                    pc += 1;
                    true
                }
                Inst::AtomicEnd => {
                    self.close_mark();
                    pc += 1;
                    true
                }
                Inst::RepInit(r) => {
                    let r = *r;
                    self.set_reg(r, 0);
                    self.set_reg(r + 1, UNSET);
                    pc += 1;
                    true
                }
                Inst::RepTest {
                    reg,
                    min,
                    max,
                    lazy,
                    exit,
                } => {
                    let count = self.regs[*reg] as u64;
                    if count < *min as u64 {
                        pc += 1;
                    } else if count >= *max as u64 {
                        pc = *exit;
                    } else if *lazy {
                        self.stack.push(Bt::Alt { pc: pc + 1, pos });
                        pc = *exit;
                    } else {
                        self.stack.push(Bt::Alt { pc: *exit, pos });
                        pc += 1;
                    }
                    true
                }
                Inst::RepMark(r) => {
                    let r = *r;
                    self.set_reg(r + 1, pos);
                    pc += 1;
                    true
                }
                Inst::RepNext { reg, test, exit } => {
                    let (reg, test, exit) = (*reg, *test, *exit);
                    let count = self.regs[reg] + 1;
                    self.set_reg(reg, count);
                    let Inst::RepTest { min, .. } = self.prog.insts[test] else {
                        return Ok(false);
                    };
                    // An iteration that matched nothing ends the loop once the minimum is
                    // reached; looping again could never progress.
                    pc = if self.regs[reg + 1] == pos && count as u64 >= min as u64 {
                        exit
                    } else {
                        test
                    };
                    true
                }
                Inst::RepOne {
                    item,
                    min,
                    max,
                    greed,
                } => {
                    let (item, min, max, greed) = (*item, *min, *max, *greed);
                    let mut n: u32 = 0;
                    let limit = if greed == Greed::Lazy { min } else { max };
                    while n < limit
                        && pos + (n as usize) < self.end
                        && self.single(item, self.text.at(pos + n as usize))
                    {
                        n += 1;
                    }
                    if n < min {
                        false
                    } else {
                        let cur = pos + n as usize;
                        match greed {
                            Greed::Greedy if n > min => self.stack.push(Bt::Greedy {
                                pc: pc + 1,
                                min_pos: pos + min as usize,
                                cur,
                            }),
                            Greed::Lazy if n < max => self.stack.push(Bt::Lazy {
                                rep: pc,
                                cur,
                                count: n,
                            }),
                            _ => {}
                        }
                        pos = cur;
                        pc += 1;
                        true
                    }
                }
                Inst::Match => {
                    if (full && pos != self.end) || (must_advance && pos == start) {
                        false
                    } else {
                        return Ok(true);
                    }
                }
            };
            if !ok {
                match self.backtrack() {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                    }
                    None => return Ok(false),
                }
            }
        }
    }
}
