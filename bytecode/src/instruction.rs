//! The instruction set. Each variant documents its stack effect as `before → after`, top of
//! stack rightmost. `namei` indexes [`CodeObject::names`](crate::CodeObject::names), `consti`
//! [`CodeObject::consts`](crate::CodeObject::consts), `var_num`
//! [`CodeObject::varnames`](crate::CodeObject::varnames), `i` in `*_DEREF` the concatenation
//! `cellvars ++ freevars`, and `target` an absolute instruction index.

/// One VM instruction. Kept at 8 bytes (asserted below) so the dispatch loop streams through
/// a dense array; inline caches, when they come, live in a side table indexed by instruction
/// index rather than in this enum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instruction {
    /// Does nothing.
    Nop,
    /// `a → `.
    PopTop,
    /// `… a(n-th from top) … → … a … a`: pushes a copy of the n-th item (1 = top).
    Copy(u32),
    /// Swaps the top with the n-th item (n ≥ 2).
    Swap(u32),
    /// ` → consts[consti]`.
    LoadConst(u32),
    /// ` → value`: looks `names[namei]` up in locals, then globals, then builtins (module and
    /// class bodies).
    LoadName(u32),
    /// `value → `: stores into the locals mapping.
    StoreName(u32),
    /// Deletes from the locals mapping.
    DeleteName(u32),
    /// ` → value`: globals, then builtins.
    LoadGlobal(u32),
    /// `value → `: stores into globals.
    StoreGlobal(u32),
    /// Deletes from globals.
    DeleteGlobal(u32),
    /// ` → value`: a fast local; `UnboundLocalError` if unset.
    LoadFast(u32),
    /// `value → `.
    StoreFast(u32),
    /// Unsets a fast local.
    DeleteFast(u32),
    /// ` → cell`: pushes the cell object itself (to build a closure tuple).
    LoadClosure(u32),
    /// ` → value`: the contents of cell `i`; `NameError` (free) or `UnboundLocalError` (cell)
    /// if empty.
    LoadDeref(u32),
    /// `value → `: stores into cell `i`.
    StoreDeref(u32),
    /// Empties cell `i`.
    DeleteDeref(u32),
    /// ` → value`: in a class body, a free variable: the locals mapping first, then cell `i`.
    LoadClassDeref(u32),
    /// `obj → obj.attr`.
    LoadAttr(u32),
    /// `value obj → `: `obj.attr = value`.
    StoreAttr(u32),
    /// `obj → `: `del obj.attr`.
    DeleteAttr(u32),
    /// `obj → meth self_or_null`: prepares a method call. Two stack slots whose contents are
    /// the VM's business; [`Instruction::CallMethod`] consumes exactly them.
    LoadMethod(u32),
    /// `container key → container[key]`.
    BinarySubscr,
    /// `value container key → `: `container[key] = value`.
    StoreSubscr,
    /// `container key → `: `del container[key]`.
    DeleteSubscr,
    /// `a → +a`.
    UnaryPositive,
    /// `a → -a`.
    UnaryNegative,
    /// `a → not a`.
    UnaryNot,
    /// `a → ~a`.
    UnaryInvert,
    /// `a b → a op b` (including the in-place forms of augmented assignment).
    BinaryOp(BinaryOpKind),
    /// `a b → a op b` for the six rich comparisons.
    CompareOp(CompareKind),
    /// `a b → a is b` (`is not` when the flag is set).
    IsOp(bool),
    /// `a b → a in b` (`not in` when the flag is set).
    ContainsOp(bool),
    /// Jumps forward to `target`.
    Jump(u32),
    /// Jumps backward to `target`: a loop back-edge, where the VM checks its budget and may
    /// collect garbage.
    JumpBackward(u32),
    /// `cond → `: jumps if false.
    PopJumpIfFalse(u32),
    /// `cond → `: jumps if true.
    PopJumpIfTrue(u32),
    /// `cond → cond` and jump if false, else `cond → ` (for `and`).
    JumpIfFalseOrPop(u32),
    /// `cond → cond` and jump if true, else `cond → ` (for `or`).
    JumpIfTrueOrPop(u32),
    /// `iterable → iter(iterable)`.
    GetIter,
    /// `iter → iter next`; when exhausted pops `iter` and jumps to `target`.
    ForIter(u32),
    /// `a1 … an → (a1, …, an)`.
    BuildTuple(u32),
    /// `a1 … an → [a1, …, an]`.
    BuildList(u32),
    /// `a1 … an → {a1, …, an}`.
    BuildSet(u32),
    /// `k1 v1 … kn vn → {k1: v1, …}`.
    BuildMap(u32),
    /// `s1 … sn → s1 + … + sn` for str pieces (f-strings).
    BuildString(u32),
    /// `start stop → slice(start, stop)` (n = 2) or `start stop step → slice(…)` (n = 3).
    BuildSlice(u32),
    /// `list … v → list … `: appends `v` to the list `i` items below it (comprehensions).
    ListAppend(u32),
    /// `set … v → set …`.
    SetAdd(u32),
    /// `dict … k v → dict …`.
    MapAdd(u32),
    /// `list iterable → list`: `list.extend(iterable)`.
    ListExtend(u32),
    /// `set iterable → set`.
    SetUpdate(u32),
    /// `dict mapping → dict`: `dict.update(mapping)`.
    DictUpdate(u32),
    /// `dict mapping → dict` for `**` in calls: `TypeError` on duplicate keys.
    DictMerge(u32),
    /// `list → tuple(list)`.
    ListToTuple,
    /// `seq → vn … v1`: unpacks exactly n items, first item on top.
    UnpackSequence(u32),
    /// `seq → …`: star-unpacking; low byte = names before the star, high byte = names after.
    UnpackEx(u32),
    /// `value fmt_spec? → str`: f-string field. Low 2 bits: conversion (0 none, 1 str,
    /// 2 repr, 3 ascii); bit 2: a format spec is on the stack.
    FormatValue(u32),
    /// `[defaults] [kwdefaults] [annotations] [closure] code qualname → function`.
    MakeFunction(MakeFunctionFlags),
    /// `callable a1 … an → result`.
    Call(u32),
    /// `callable a1 … an names → result`: the last `len(names)` arguments are keywords
    /// whose names are in the tuple `names` (a constant).
    CallKw(u32),
    /// `meth self_or_null a1 … an → result` (after [`Instruction::LoadMethod`]).
    CallMethod(u32),
    /// `callable args_tuple [kwargs_dict] → result`; flag 1 = a kwargs dict is present.
    CallFunctionEx(u32),
    /// `value → `: returns from the frame.
    ReturnValue,
    /// `level fromlist → module`: `__import__(names[namei], …)`.
    ImportName(u32),
    /// `module → module attr`: `from module import names[namei]`.
    ImportFrom(u32),
    /// `module → `: `from module import *` into the locals mapping.
    ImportStar,
    /// ` → __build_class__`.
    LoadBuildClass,
    /// ` → AssertionError` (the class, so shadowing the builtin has no effect).
    LoadAssertionError,
    /// `exc? cause? → `: 0 re-raises the handled exception, 1 raises `exc`, 2 raises `exc from
    /// cause`.
    RaiseVarargs(u32),
    /// `[lasti] exc → ` : re-raises `exc` keeping its traceback; if the flag is set, also pops
    /// the `lasti` slot below it.
    Reraise(u32),
    /// `exc → prev_exc exc`: at the top of a handler, saves the exception being handled
    /// before this one (or `None`) and makes `exc` the handled exception (`sys.exc_info()`).
    PushExcInfo,
    /// `prev_exc → `: leaves a handler, restoring the handled exception saved by
    /// [`Instruction::PushExcInfo`].
    PopExcept,
    /// `exc type → exc bool`: whether `exc` is an instance of `type` (a class or a tuple of
    /// classes); `TypeError` if `type` is not an exception class.
    CheckExcMatch,
    /// `mgr → exit enter_result`: enters a context manager (`with`).
    BeforeWith,
    /// `exit lasti prev_exc exc → exit lasti prev_exc exc result`: calls
    /// `exit(type(exc), exc, tb)` during `with` cleanup.
    WithExceptStart,
    /// `value → value`: makes the running frame a generator; first instruction of generator
    /// code (CPython's RETURN_GENERATOR + POP_TOP pair).
    ReturnGenerator,
    /// `value → sent`: yields `value`; resumes with the sent value on the stack.
    YieldValue,
    /// `iter value → iter result`: one step of `yield from`; jumps to `target` when the
    /// sub-iterator is exhausted, leaving its return value.
    Send(u32),
    /// `name → `: pops a value and stores `__annotations__[consts[…]]` — reserved.
    SetupAnnotations,
    /// `value → `: shows the value of an expression statement compiled in `single` mode
    /// (`sys.displayhook`: the repr unless it is `None`, which is also kept as `builtins._`).
    PrintExpr,
}

const _: () = assert!(std::mem::size_of::<Instruction>() == 8);

/// The operation of [`Instruction::BinaryOp`]; numbered as CPython 3.11's `NB_*` constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinaryOpKind {
    /// `+`
    Add = 0,
    /// `&`
    And = 1,
    /// `//`
    FloorDivide = 2,
    /// `<<`
    Lshift = 3,
    /// `@`
    MatrixMultiply = 4,
    /// `*`
    Multiply = 5,
    /// `%`
    Remainder = 6,
    /// `|`
    Or = 7,
    /// `**`
    Power = 8,
    /// `>>`
    Rshift = 9,
    /// `-`
    Subtract = 10,
    /// `/`
    TrueDivide = 11,
    /// `^`
    Xor = 12,
    /// `+=`
    InplaceAdd = 13,
    /// `&=`
    InplaceAnd = 14,
    /// `//=`
    InplaceFloorDivide = 15,
    /// `<<=`
    InplaceLshift = 16,
    /// `@=`
    InplaceMatrixMultiply = 17,
    /// `*=`
    InplaceMultiply = 18,
    /// `%=`
    InplaceRemainder = 19,
    /// `|=`
    InplaceOr = 20,
    /// `**=`
    InplacePower = 21,
    /// `>>=`
    InplaceRshift = 22,
    /// `-=`
    InplaceSubtract = 23,
    /// `/=`
    InplaceTrueDivide = 24,
    /// `^=`
    InplaceXor = 25,
}

impl BinaryOpKind {
    /// The operator as `dis` shows it: `+`, `+=`, `//`, …
    pub fn symbol(self) -> &'static str {
        use BinaryOpKind::*;
        match self {
            Add => "+",
            And => "&",
            FloorDivide => "//",
            Lshift => "<<",
            MatrixMultiply => "@",
            Multiply => "*",
            Remainder => "%",
            Or => "|",
            Power => "**",
            Rshift => ">>",
            Subtract => "-",
            TrueDivide => "/",
            Xor => "^",
            InplaceAdd => "+=",
            InplaceAnd => "&=",
            InplaceFloorDivide => "//=",
            InplaceLshift => "<<=",
            InplaceMatrixMultiply => "@=",
            InplaceMultiply => "*=",
            InplaceRemainder => "%=",
            InplaceOr => "|=",
            InplacePower => "**=",
            InplaceRshift => ">>=",
            InplaceSubtract => "-=",
            InplaceTrueDivide => "/=",
            InplaceXor => "^=",
        }
    }

    /// The non-in-place operation: `InplaceAdd` → `Add`; others unchanged.
    pub fn base(self) -> BinaryOpKind {
        use BinaryOpKind::*;
        match self {
            InplaceAdd => Add,
            InplaceAnd => And,
            InplaceFloorDivide => FloorDivide,
            InplaceLshift => Lshift,
            InplaceMatrixMultiply => MatrixMultiply,
            InplaceMultiply => Multiply,
            InplaceRemainder => Remainder,
            InplaceOr => Or,
            InplacePower => Power,
            InplaceRshift => Rshift,
            InplaceSubtract => Subtract,
            InplaceTrueDivide => TrueDivide,
            InplaceXor => Xor,
            other => other,
        }
    }

    /// Whether this is an augmented-assignment form (`+=` …).
    pub fn is_inplace(self) -> bool {
        (self as u8) >= BinaryOpKind::InplaceAdd as u8
    }
}

/// The comparison of [`Instruction::CompareOp`], in CPython's `Py_LT…Py_GE` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CompareKind {
    /// `<`
    Lt = 0,
    /// `<=`
    Le = 1,
    /// `==`
    Eq = 2,
    /// `!=`
    Ne = 3,
    /// `>`
    Gt = 4,
    /// `>=`
    Ge = 5,
}

impl CompareKind {
    /// The operator as written: `<`, `<=`, …
    pub fn symbol(self) -> &'static str {
        match self {
            CompareKind::Lt => "<",
            CompareKind::Le => "<=",
            CompareKind::Eq => "==",
            CompareKind::Ne => "!=",
            CompareKind::Gt => ">",
            CompareKind::Ge => ">=",
        }
    }
}

/// Which optional operands [`Instruction::MakeFunction`] finds below the code object, bit
/// values as CPython's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct MakeFunctionFlags(pub u8);

impl MakeFunctionFlags {
    /// A tuple of positional defaults.
    pub const DEFAULTS: u8 = 0x01;
    /// A dict of keyword-only defaults.
    pub const KW_DEFAULTS: u8 = 0x02;
    /// A tuple of annotations (name, value pairs flattened).
    pub const ANNOTATIONS: u8 = 0x04;
    /// A tuple of cells for the free variables.
    pub const CLOSURE: u8 = 0x08;

    /// Whether `flag` is set.
    pub fn has(self, flag: u8) -> bool {
        self.0 & flag != 0
    }
}
