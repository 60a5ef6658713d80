//! Syntax tree → program for the backtracking matcher (`exec.rs`). Repeats compile once,
//! with a counter register, so `x{1000}` is not copied a thousand times; a repeat of a
//! single-character matcher becomes one instruction that consumes a run of characters.

use super::parse::{CharSet, Greed, Node};
use super::unicode::{fold_variants, set_contains};

/// One matcher instruction.
#[derive(Clone, Debug)]
pub(crate) enum Inst {
    /// A literal character.
    Char(u32),
    /// A character compared case-insensitively: any of these.
    CharI(Box<[u32]>),
    /// `.` without DOTALL.
    Any,
    /// `.` with DOTALL.
    AnyAll,
    /// A member of set `sets[i]`.
    Set(usize),
    /// `^` at the start of the text; with MULTILINE also after a newline.
    Bol(bool),
    /// `$` at the end or before a final newline; with MULTILINE before any newline.
    Eol(bool),
    /// `\A`.
    StartText,
    /// `\Z`.
    EndText,
    /// `\b` / `\B`.
    WordBoundary {
        /// `\B`.
        negated: bool,
        /// ASCII word characters.
        ascii: bool,
    },
    /// Records the position in capture slot `n` (group `n / 2`, start when even).
    Save(usize),
    /// Continue at the first target; backtrack to the second.
    Split(usize, usize),
    /// Continue at the target.
    Jmp(usize),
    /// The text of a group again.
    Backref {
        /// The group.
        group: usize,
        /// Case-insensitive.
        icase: bool,
    },
    /// Continue if the group matched, else jump.
    GroupExists {
        /// The group.
        group: usize,
        /// Where the "no" branch starts.
        no: usize,
    },
    /// Opens a lookaround whose body follows; `end` is just after its `LookEnd`.
    LookStart {
        /// For a look-behind, its width.
        behind: Option<usize>,
        /// Negative assertion.
        negated: bool,
        /// After the assertion.
        end: usize,
    },
    /// Closes the innermost lookaround.
    LookEnd,
    /// Opens an atomic group.
    AtomicStart,
    /// Closes the innermost atomic group: its alternatives are dropped.
    AtomicEnd,
    /// Starts a counted repeat: register `reg` counts iterations, `reg + 1` remembers
    /// where the current iteration began.
    RepInit(usize),
    /// Decides whether to run the body (at the next instruction) again or leave at `exit`.
    RepTest {
        /// The counter register.
        reg: usize,
        /// Minimum count.
        min: u32,
        /// Maximum count (`u32::MAX`: unbounded).
        max: u32,
        /// Lazy: leave first, iterate on backtracking.
        lazy: bool,
        /// After the loop.
        exit: usize,
    },
    /// The start of an iteration: remembers the position.
    RepMark(usize),
    /// The end of an iteration: counts it and loops to `test`, unless it matched nothing.
    RepNext {
        /// The counter register.
        reg: usize,
        /// The `RepTest` instruction.
        test: usize,
        /// After the loop.
        exit: usize,
    },
    /// A repeat of one single-character matcher (`item`, an instruction index).
    RepOne {
        /// The instruction matching one character (placed just before).
        item: usize,
        /// Minimum count.
        min: u32,
        /// Maximum count.
        max: u32,
        /// How it backtracks.
        greed: Greed,
    },
    /// Success.
    Match,
}

/// A compiled pattern.
#[derive(Debug)]
pub(crate) struct Program {
    /// The instructions; execution starts at 0.
    pub insts: Vec<Inst>,
    /// Character sets, with an ASCII bitmap each.
    pub sets: Vec<(CharSet, u128)>,
    /// Capture slots (two per group, group 0 included).
    pub slots: usize,
    /// Repeat registers.
    pub regs: usize,
    /// The instruction every match starts with when it consumes a character (a cheap
    /// test that lets search skip positions).
    pub first: Option<usize>,
    /// The match can only start at the beginning of the text.
    pub anchored: bool,
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<(CharSet, u128)>,
    regs: usize,
}

/// Compiles `node` for a pattern with `groups` capturing groups.
pub(crate) fn compile(node: &Node, groups: usize) -> Program {
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        regs: 0,
    };
    c.emit(Inst::Save(0));
    c.node(node);
    c.emit(Inst::Save(1));
    c.emit(Inst::Match);
    let first = match (c.insts.get(1), c.insts.get(3)) {
        (Some(Inst::Char(_) | Inst::CharI(_) | Inst::Set(_)), _) => Some(1),
        (Some(Inst::Jmp(_)), Some(Inst::RepOne { item: 2, min, .. })) if *min > 0 => Some(2),
        _ => None,
    };
    let anchored = matches!(c.insts.get(1), Some(Inst::StartText | Inst::Bol(false)));
    Program {
        insts: c.insts,
        sets: c.sets,
        slots: 2 * (groups + 1),
        regs: c.regs,
        first,
        anchored,
    }
}

impl Compiler {
    fn emit(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }

    fn pc(&self) -> usize {
        self.insts.len()
    }

    /// The instruction for a single-character node, if it is one.
    fn single(&mut self, node: &Node) -> Option<Inst> {
        Some(match node {
            Node::Char {
                c, icase: false, ..
            } => Inst::Char(*c),
            Node::Char {
                c,
                icase: true,
                ascii,
            } => {
                let v = fold_variants(*c, *ascii);
                if v.len() == 1 {
                    Inst::Char(v[0])
                } else {
                    Inst::CharI(v.into_boxed_slice())
                }
            }
            Node::Any(false) => Inst::Any,
            Node::Any(true) => Inst::AnyAll,
            Node::Set(set) => {
                let mut bits = 0u128;
                for b in 0..128u32 {
                    if set_contains(set, b) {
                        bits |= 1 << b;
                    }
                }
                self.sets.push(((**set).clone(), bits));
                Inst::Set(self.sets.len() - 1)
            }
            _ => return None,
        })
    }

    fn node(&mut self, node: &Node) {
        if let Some(i) = self.single(node) {
            self.emit(i);
            return;
        }
        match node {
            Node::Empty => {}
            Node::Char { .. } | Node::Any(_) | Node::Set(_) => {}
            Node::Bol(m) => {
                self.emit(Inst::Bol(*m));
            }
            Node::Eol(m) => {
                self.emit(Inst::Eol(*m));
            }
            Node::StartText => {
                self.emit(Inst::StartText);
            }
            Node::EndText => {
                self.emit(Inst::EndText);
            }
            Node::WordBoundary { negated, ascii } => {
                self.emit(Inst::WordBoundary {
                    negated: *negated,
                    ascii: *ascii,
                });
            }
            Node::Group(n, inner) => {
                self.emit(Inst::Save(2 * n));
                self.node(inner);
                self.emit(Inst::Save(2 * n + 1));
            }
            Node::Look {
                behind,
                negated,
                node,
            } => {
                let at = self.emit(Inst::Jmp(0));
                self.node(node);
                self.emit(Inst::LookEnd);
                let end = self.pc();
                let behind = if *behind {
                    super::parse::width(node)
                } else {
                    None
                };
                self.insts[at] = Inst::LookStart {
                    behind,
                    negated: *negated,
                    end,
                };
            }
            Node::Atomic(inner) => {
                self.emit(Inst::AtomicStart);
                self.node(inner);
                self.emit(Inst::AtomicEnd);
            }
            Node::Cond { group, yes, no } => {
                let at = self.emit(Inst::Jmp(0));
                self.node(yes);
                let skip = self.emit(Inst::Jmp(0));
                let no_pc = self.pc();
                self.node(no);
                let end = self.pc();
                self.insts[at] = Inst::GroupExists {
                    group: *group,
                    no: no_pc,
                };
                self.insts[skip] = Inst::Jmp(end);
            }
            Node::Backref { group, icase } => {
                self.emit(Inst::Backref {
                    group: *group,
                    icase: *icase,
                });
            }
            Node::Concat(items) => {
                for i in items {
                    self.node(i);
                }
            }
            Node::Alt(alts) => {
                let mut jumps = Vec::new();
                for (k, alt) in alts.iter().enumerate() {
                    if k + 1 < alts.len() {
                        let split = self.emit(Inst::Split(0, 0));
                        self.node(alt);
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.pc();
                        self.insts[split] = Inst::Split(split + 1, next);
                    } else {
                        self.node(alt);
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Repeat {
                node,
                min,
                max,
                greed,
            } => self.repeat(node, *min, *max, *greed),
        }
    }

    fn repeat(&mut self, node: &Node, min: u32, max: Option<u32>, greed: Greed) {
        let max = max.unwrap_or(u32::MAX);
        if let Some(i) = self.single(node) {
            // Layout: [Jmp over the item][item][RepOne], so straight-line flow never runs
            // the item; `RepOne` runs it.
            let jump = self.emit(Inst::Jmp(0));
            let item = self.emit(i);
            let rep = self.emit(Inst::RepOne {
                item,
                min,
                max,
                greed,
            });
            self.insts[jump] = Inst::Jmp(rep);
            return;
        }
        if greed == Greed::Possessive {
            self.emit(Inst::AtomicStart);
            self.repeat(node, min, Some(max), Greed::Greedy);
            self.emit(Inst::AtomicEnd);
            return;
        }
        if min == 0 && max == 1 {
            // `x?`: a plain choice.
            let split = self.emit(Inst::Split(0, 0));
            self.node(node);
            let end = self.pc();
            self.insts[split] = if greed == Greed::Lazy {
                Inst::Split(end, split + 1)
            } else {
                Inst::Split(split + 1, end)
            };
            return;
        }
        let reg = self.regs;
        self.regs += 2;
        self.emit(Inst::RepInit(reg));
        let test = self.emit(Inst::Jmp(0));
        self.emit(Inst::RepMark(reg));
        self.node(node);
        let next = self.emit(Inst::Jmp(0));
        let exit = self.pc();
        self.insts[test] = Inst::RepTest {
            reg,
            min,
            max,
            lazy: greed == Greed::Lazy,
            exit,
        };
        self.insts[next] = Inst::RepNext { reg, test, exit };
    }
}
