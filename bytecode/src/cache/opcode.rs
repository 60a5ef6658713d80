//! The numbering of instructions in the cache format: one opcode byte per [`Instruction`]
//! variant, followed by a LEB128 operand for the variants that carry one. The numbers are
//! Krait's own (not CPython's); changing any of them means bumping
//! [`FORMAT_VERSION`](super::FORMAT_VERSION). A new instruction takes the next free number.

use crate::{BinaryOpKind, CompareKind, Instruction, MakeFunctionFlags};

/// Declares the two directions of the mapping from one list, so they cannot drift apart.
/// `unit` variants have no operand, `num` variants a `u32` operand; the few typed operands
/// are listed by hand in both functions.
macro_rules! opcodes {
    (unit: [$($uc:literal $uv:ident),* $(,)?], num: [$($nc:literal $nv:ident),* $(,)?] $(,)?) => {
        /// The opcode byte and the operand (if the variant has one) of `instr`.
        pub(crate) fn encode(instr: Instruction) -> (u8, Option<u32>) {
            match instr {
                $(Instruction::$uv => ($uc, None),)*
                $(Instruction::$nv(arg) => ($nc, Some(arg)),)*
                Instruction::BinaryOp(kind) => (BINARY_OP, Some(kind as u32)),
                Instruction::CompareOp(kind) => (COMPARE_OP, Some(kind as u32)),
                Instruction::IsOp(invert) => (IS_OP, Some(invert as u32)),
                Instruction::ContainsOp(invert) => (CONTAINS_OP, Some(invert as u32)),
                Instruction::MakeFunction(flags) => (MAKE_FUNCTION, Some(flags.0 as u32)),
            }
        }

        /// The `u32` operand of `instr`, whatever it means (an index, a target, a count,
        /// flags); `None` for operand-less instructions and the typed operands.
        pub fn operand(instr: Instruction) -> Option<u32> {
            match instr {
                $(Instruction::$nv(arg) => Some(arg),)*
                _ => None,
            }
        }

        /// Whether opcode `op` is followed by an operand; `None` for an unknown opcode.
        pub(crate) fn has_operand(op: u8) -> Option<bool> {
            match op {
                $($uc => Some(false),)*
                $($nc => Some(true),)*
                BINARY_OP | COMPARE_OP | IS_OP | CONTAINS_OP | MAKE_FUNCTION => Some(true),
                _ => None,
            }
        }

        /// The instruction for opcode `op` with operand `arg` (0 for operand-less ones);
        /// `None` when the opcode is unknown or the operand out of its range.
        pub(crate) fn decode(op: u8, arg: u32) -> Option<Instruction> {
            Some(match op {
                $($uc => Instruction::$uv,)*
                $($nc => Instruction::$nv(arg),)*
                BINARY_OP => Instruction::BinaryOp(binary_op_kind(arg)?),
                COMPARE_OP => Instruction::CompareOp(compare_kind(arg)?),
                IS_OP => Instruction::IsOp(flag(arg)?),
                CONTAINS_OP => Instruction::ContainsOp(flag(arg)?),
                MAKE_FUNCTION if arg <= 0x0f => Instruction::MakeFunction(MakeFunctionFlags(arg as u8)),
                _ => return None,
            })
        }
    };
}

const BINARY_OP: u8 = 200;
const COMPARE_OP: u8 = 201;
const IS_OP: u8 = 202;
const CONTAINS_OP: u8 = 203;
const MAKE_FUNCTION: u8 = 204;

opcodes! {
    unit: [
        0 Nop, 1 PopTop, 2 BinarySubscr, 3 StoreSubscr, 4 DeleteSubscr, 5 UnaryPositive,
        6 UnaryNegative, 7 UnaryNot, 8 UnaryInvert, 9 GetIter, 10 ListToTuple, 11 ReturnValue,
        12 ImportStar, 13 LoadBuildClass, 14 LoadAssertionError, 15 PushExcInfo, 16 PopExcept,
        17 CheckExcMatch, 18 BeforeWith, 19 WithExceptStart, 20 ReturnGenerator, 21 YieldValue,
        22 SetupAnnotations, 23 PrintExpr, 24 GetAiter, 25 GetAnext, 26 EndAsyncFor,
        27 BeforeAsyncWith, 28 AsyncGenWrap, 29 GetYieldFromIter, 30 MatchSequence,
        31 MatchMapping, 32 MatchKeys, 33 GetLen, 34 CopyDictWithoutKeys, 35 CheckEgMatch,
        36 PrepReraiseStar,
    ],
    num: [
        100 Copy, 101 Swap, 102 LoadConst, 103 LoadName, 104 StoreName, 105 DeleteName,
        106 LoadGlobal, 107 StoreGlobal, 108 DeleteGlobal, 109 LoadFast, 110 StoreFast,
        111 DeleteFast, 112 LoadClosure, 113 LoadDeref, 114 StoreDeref, 115 DeleteDeref,
        116 LoadClassDeref, 117 LoadAttr, 118 StoreAttr, 119 DeleteAttr, 120 LoadMethod,
        121 Jump, 122 JumpBackward, 123 PopJumpIfFalse, 124 PopJumpIfTrue,
        125 JumpIfFalseOrPop, 126 JumpIfTrueOrPop, 127 ForIter, 128 BuildTuple, 129 BuildList,
        130 BuildSet, 131 BuildMap, 132 BuildString, 133 BuildSlice, 134 ListAppend, 135 SetAdd,
        136 MapAdd, 137 ListExtend, 138 SetUpdate, 139 DictUpdate, 140 DictMerge,
        141 UnpackSequence, 142 UnpackEx, 143 FormatValue, 144 Call, 145 CallKw, 146 CallMethod,
        147 CallFunctionEx, 148 ImportName, 149 ImportFrom, 150 RaiseVarargs, 151 Reraise,
        152 Send, 153 GetAwaitable, 154 MatchClass,
    ],
}

fn flag(arg: u32) -> Option<bool> {
    match arg {
        0 => Some(false),
        1 => Some(true),
        _ => None,
    }
}

fn compare_kind(arg: u32) -> Option<CompareKind> {
    use CompareKind::*;
    [Lt, Le, Eq, Ne, Gt, Ge].get(arg as usize).copied()
}

fn binary_op_kind(arg: u32) -> Option<BinaryOpKind> {
    use BinaryOpKind::*;
    [
        Add,
        And,
        FloorDivide,
        Lshift,
        MatrixMultiply,
        Multiply,
        Remainder,
        Or,
        Power,
        Rshift,
        Subtract,
        TrueDivide,
        Xor,
        InplaceAdd,
        InplaceAnd,
        InplaceFloorDivide,
        InplaceLshift,
        InplaceMatrixMultiply,
        InplaceMultiply,
        InplaceRemainder,
        InplaceOr,
        InplacePower,
        InplaceRshift,
        InplaceSubtract,
        InplaceTrueDivide,
        InplaceXor,
    ]
    .get(arg as usize)
    .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every opcode byte that decodes re-encodes to itself, and the binary-op table matches
    /// the enum's discriminants.
    #[test]
    fn opcodes_round_trip() {
        let mut known = 0;
        for op in 0..=255u8 {
            let Some(has_arg) = has_operand(op) else {
                assert!(decode(op, 0).is_none());
                continue;
            };
            known += 1;
            let instr = decode(op, if has_arg { 1 } else { 0 }).expect("decodes");
            let (back, arg) = encode(instr);
            assert_eq!(back, op);
            assert_eq!(arg.is_some(), has_arg);
        }
        assert_eq!(known, 37 + 55 + 5);
        for k in 0..26 {
            assert_eq!(binary_op_kind(k).map(|b| b as u32), Some(k));
        }
        assert!(binary_op_kind(26).is_none());
        assert!(decode(IS_OP, 2).is_none());
        assert!(decode(MAKE_FUNCTION, 16).is_none());
    }
}
