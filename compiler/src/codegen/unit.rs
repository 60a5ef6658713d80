//! One code object under construction: its instruction blocks, tables, the stack of open
//! control structures (`fblock`s) and the stack of active exception handlers.
//!
//! Instructions go into basic blocks named by [`Label`]s; jumps carry a label id in their
//! operand until [`crate::assemble`] lays the blocks out and turns labels into indices. An
//! exception handler is a label plus a `push_lasti` bit; every instruction records the
//! innermost handler active when it was emitted, and a [`Op::Setup`] pseudo-instruction
//! marks where a handler becomes active so the assembler can learn its stack depth.

use hashbrown::HashTable;
use krait_ast::Stmt;
use krait_bytecode::{Constant, Instruction, Location};

use crate::codegen::constant::ConstIndex;
use crate::hash_name;
use crate::symtable::{ScopeId, ScopeKind};

/// A basic block, by index into [`CodeUnit::blocks`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Label(pub(crate) u32);

/// An exception handler, by index into [`CodeUnit::handlers`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct HandlerId(pub(crate) u32);

/// Where an exception raised in the covered instructions goes.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Handler {
    /// The handler's first block.
    pub(crate) label: Label,
    /// Whether the raising instruction's index is pushed below the exception.
    pub(crate) lasti: bool,
    /// How many of the values on the stack where the handler is set up it discards too:
    /// `with` sets its handler up above the `__enter__` result that the target assignment
    /// is about to consume, as CPython's `SETUP_WITH`.
    pub(crate) below: u32,
}

/// An instruction of the intermediate form.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Op {
    /// A real instruction; a jump's operand is a [`Label`] id.
    Real(Instruction),
    /// The handler becomes active here; its table depth is the stack depth at this point.
    Setup(HandlerId),
}

/// An instruction with its source location and innermost active handler.
#[derive(Clone, Copy, Debug)]
pub(crate) struct IrInstr {
    pub(crate) op: Op,
    pub(crate) loc: Location,
    pub(crate) handler: Option<HandlerId>,
}

/// The room a block gets with its first instruction.
const BLOCK_CAPACITY: usize = 16;

/// A basic block: straight-line code, entered at the top.
#[derive(Clone, Debug, Default)]
pub(crate) struct Block {
    pub(crate) instrs: Vec<IrInstr>,
    /// Whether the block has been given its place in the layout.
    pub(crate) placed: bool,
}

/// A control structure that `return`, `break` and `continue` must unwind, as CPython's
/// `fblockinfo`.
#[derive(Clone, Copy, Debug)]
pub(crate) enum FBlockKind<'a> {
    /// `while`: `continue` jumps to `start`, `break` to `exit`.
    WhileLoop { start: Label, exit: Label },
    /// `for`: like `while`, with the iterator on the stack.
    ForLoop { start: Label, exit: Label },
    /// The body of a `try` with `except` clauses.
    TryExcept,
    /// The body of a `try` with a `finally` clause, which leaving must run.
    FinallyTry { finalbody: &'a [Stmt] },
    /// The `finally` clause run while an exception propagates: `prev_exc exc` on the stack.
    FinallyEnd,
    /// The body of a `with`: `exit` on the stack; leaving calls `exit(None, None, None)`.
    With { loc: Location },
    /// The body of an `async with`: as `With`, and the `__aexit__` result is awaited.
    AsyncWith { loc: Location },
    /// An `except` clause's body: `prev_exc` on the stack, the `as` name to clear.
    HandlerCleanup { name: Option<&'a str> },
    /// A pending return value under a `finally` clause being run by `return`.
    PopValue,
    /// The clauses of an `except*` statement, which `break`, `continue` and `return` may
    /// not leave.
    ExceptStar,
}

/// An open control structure and the handler-stack height outside it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FBlock<'a> {
    pub(crate) kind: FBlockKind<'a>,
    /// How many handlers remain active once the structure is left.
    pub(crate) handler_depth: usize,
}

/// Interned names in first-use order (`co_names`, `co_varnames`). Each name is stored
/// once, in the list; the index holds positions in it, hashed by the names.
#[derive(Clone, Debug, Default)]
pub(crate) struct NameTable {
    names: Vec<String>,
    index: HashTable<u32>,
}

impl NameTable {
    /// Room for `n` names without growing (each growth of the index rehashes it).
    pub(crate) fn reserve(&mut self, n: usize) {
        self.names.reserve(n);
        self.index
            .reserve(n, |&i| hash_name(&self.names[i as usize]));
    }

    /// The index of `name`, adding it if new.
    pub(crate) fn intern(&mut self, name: &str) -> u32 {
        let hash = hash_name(name);
        let names = &self.names;
        if let Some(&i) = self.index.find(hash, |&i| names[i as usize] == name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.to_owned());
        let names = &self.names;
        self.index
            .insert_unique(hash, i, |&i| hash_name(&names[i as usize]));
        i
    }

    /// The names, by index.
    pub(crate) fn into_names(self) -> Vec<String> {
        self.names
    }
}

/// Everything known about the code object being compiled.
pub(crate) struct CodeUnit<'a> {
    pub(crate) scope: ScopeId,
    pub(crate) kind: ScopeKind,
    pub(crate) name: String,
    pub(crate) qualname: String,
    pub(crate) first_line: u32,
    pub(crate) argcount: u32,
    pub(crate) posonlyargcount: u32,
    pub(crate) kwonlyargcount: u32,
    pub(crate) blocks: Vec<Block>,
    /// Placed blocks in layout order.
    pub(crate) order: Vec<Label>,
    pub(crate) current: Label,
    pub(crate) consts: Vec<Constant>,
    pub(crate) const_index: ConstIndex,
    pub(crate) names: NameTable,
    pub(crate) varnames: NameTable,
    pub(crate) cellvars: Vec<String>,
    pub(crate) freevars: Vec<String>,
    pub(crate) fblocks: Vec<FBlock<'a>>,
    pub(crate) handlers: Vec<Handler>,
    pub(crate) handler_stack: Vec<HandlerId>,
    /// The location given to instructions emitted now.
    pub(crate) loc: Location,
    /// For each symbol of the scope (by its index in the symbol table), the operand its
    /// fast-local, global or name loads and stores use once known (`u32::MAX` before the
    /// first use): `compile_name` runs for every name, and this spares it a second hash
    /// lookup (in `varnames` or `names`) after the symbol table's.
    pub(crate) name_slots: Vec<u32>,
    /// The enclosing class name, for mangling.
    pub(crate) private: Option<String>,
    /// Whether a NOP may be in the blocks (emitted, or left by the optimiser's folds), so
    /// NOP removal can skip units without one.
    pub(crate) may_have_nops: bool,
}

impl<'a> CodeUnit<'a> {
    pub(crate) fn new(
        scope: ScopeId,
        kind: ScopeKind,
        name: String,
        qualname: String,
        first_line: u32,
    ) -> Self {
        let mut unit = CodeUnit {
            scope,
            kind,
            name,
            qualname,
            first_line,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            blocks: Vec::new(),
            order: Vec::new(),
            current: Label(0),
            consts: Vec::new(),
            const_index: ConstIndex::default(),
            names: NameTable::default(),
            varnames: NameTable::default(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            fblocks: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            loc: Location {
                line: first_line,
                end_line: first_line,
                col: 0,
                end_col: 0,
            },
            name_slots: Vec::new(),
            private: None,
            may_have_nops: false,
        };
        let entry = unit.new_label();
        unit.place(entry);
        unit
    }

    /// The `co_varnames` (`fast`) or `co_names` index of the symbol at `slot` of this
    /// unit's scope, named `name`, remembered in `name_slots` after its first use. Each
    /// symbol resolves one way in a unit, so it always asks the same table.
    pub(crate) fn slot_operand(&mut self, slot: Option<usize>, name: &str, fast: bool) -> u32 {
        let known = slot.and_then(|slot| self.name_slots.get(slot).copied());
        if let Some(i) = known.filter(|&i| i != u32::MAX) {
            return i;
        }
        let i = if fast {
            self.varnames.intern(name)
        } else {
            self.names.intern(name)
        };
        if let Some(entry) = slot.and_then(|slot| self.name_slots.get_mut(slot)) {
            *entry = i;
        }
        i
    }

    /// A fresh, not yet placed block.
    pub(crate) fn new_label(&mut self) -> Label {
        self.blocks.push(Block::default());
        Label(self.blocks.len() as u32 - 1)
    }

    /// Lays `label`'s block out next and makes it current; the current block falls through
    /// into it unless it ends in a jump, return or raise.
    pub(crate) fn place(&mut self, label: Label) {
        let block = &mut self.blocks[label.0 as usize];
        debug_assert!(!block.placed, "block placed twice");
        block.placed = true;
        self.order.push(label);
        self.current = label;
    }

    /// Appends an instruction to the current block.
    pub(crate) fn push(&mut self, op: Op) {
        self.may_have_nops |= matches!(op, Op::Real(Instruction::Nop));
        let ir = IrInstr {
            op,
            loc: self.loc,
            handler: self.handler_stack.last().copied(),
        };
        let block = &mut self.blocks[self.current.0 as usize];
        let terminated = matches!(
            block.instrs.last(),
            Some(IrInstr { op: Op::Real(instr), .. }) if is_terminator(*instr)
        );
        if !terminated {
            push_to(&mut block.instrs, ir);
            return;
        }
        // Code after a jump, return or raise is unreachable; it goes in a fresh block that
        // the assembler drops.
        let dead = self.new_label();
        self.place(dead);
        push_to(&mut self.blocks[dead.0 as usize].instrs, ir);
    }

    /// Registers a handler and makes it the innermost active one.
    pub(crate) fn push_handler(&mut self, label: Label, lasti: bool) -> HandlerId {
        self.push_handler_below(label, lasti, 0)
    }

    /// As [`CodeUnit::push_handler`], for a handler whose depth excludes the top `below`
    /// values.
    pub(crate) fn push_handler_below(
        &mut self,
        label: Label,
        lasti: bool,
        below: u32,
    ) -> HandlerId {
        let id = HandlerId(self.handlers.len() as u32);
        self.handlers.push(Handler {
            label,
            lasti,
            below,
        });
        self.push(Op::Setup(id));
        self.handler_stack.push(id);
        id
    }

    /// Deactivates the innermost handler.
    pub(crate) fn pop_handler(&mut self) {
        self.handler_stack.pop();
    }

    /// Makes an already registered handler active again (after code that it must not cover).
    pub(crate) fn resume_handler(&mut self, id: HandlerId) {
        self.handler_stack.push(id);
    }
}

/// Appends `ir` to a block's instructions.
fn push_to(instrs: &mut Vec<IrInstr>, ir: IrInstr) {
    if instrs.capacity() == 0 {
        // Growing one push at a time (4, 8, 16 entries) reallocated most blocks two or
        // three times; a block rarely outgrows this first allocation.
        instrs.reserve_exact(BLOCK_CAPACITY);
    }
    instrs.push(ir);
}

/// Whether control never falls through `instr` to the next instruction.
pub(crate) fn is_terminator(instr: Instruction) -> bool {
    matches!(
        instr,
        Instruction::Jump(_)
            | Instruction::JumpBackward(_)
            | Instruction::ReturnValue
            | Instruction::RaiseVarargs(_)
            | Instruction::Reraise(_)
    )
}
