//! How each instruction changes the value-stack depth, read off the stack pictures in
//! `krait_bytecode::Instruction`'s documentation. The assembler uses it to compute
//! `max_stack` and the depth recorded in exception-table entries.

use krait_bytecode::{Instruction, MakeFunctionFlags};

/// The depth change when `instr` completes; `jump` selects the branch taken to its target
/// for instructions that may jump (the two differ for `FOR_ITER`, `SEND` and the
/// `JUMP_IF_*_OR_POP` pair).
pub(crate) fn stack_effect(instr: Instruction, jump: bool) -> i32 {
    use Instruction::*;
    let n = |x: u32| x as i32;
    match instr {
        Nop | Swap(_) | Jump(_) | JumpBackward(_) => 0,
        PopTop => -1,
        Copy(_) => 1,
        LoadConst(_) | LoadName(_) | LoadGlobal(_) | LoadFast(_) | LoadClosure(_)
        | LoadDeref(_) | LoadClassDeref(_) => 1,
        StoreName(_) | StoreGlobal(_) | StoreFast(_) | StoreDeref(_) => -1,
        DeleteName(_) | DeleteGlobal(_) | DeleteFast(_) | DeleteDeref(_) => 0,
        LoadAttr(_) => 0,
        StoreAttr(_) => -2,
        DeleteAttr(_) => -1,
        LoadMethod(_) => 1,
        BinarySubscr => -1,
        StoreSubscr => -3,
        DeleteSubscr => -2,
        UnaryPositive | UnaryNegative | UnaryNot | UnaryInvert => 0,
        BinaryOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) => -1,
        PopJumpIfFalse(_) | PopJumpIfTrue(_) => -1,
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
            if jump {
                0
            } else {
                -1
            }
        }
        GetIter => 0,
        ForIter(_) => {
            if jump {
                -1
            } else {
                1
            }
        }
        BuildTuple(count) | BuildList(count) | BuildSet(count) | BuildString(count)
        | BuildSlice(count) => 1 - n(count),
        BuildMap(count) => 1 - 2 * n(count),
        ListAppend(_) | SetAdd(_) => -1,
        MapAdd(_) => -2,
        ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) => -1,
        ListToTuple => 0,
        UnpackSequence(count) => n(count) - 1,
        UnpackEx(counts) => n(counts & 0xff) + n(counts >> 8),
        FormatValue(flags) => {
            if flags & 4 != 0 {
                -1
            } else {
                0
            }
        }
        MakeFunction(flags) => -1 - optional_operands(flags),
        Call(argc) => -n(argc),
        CallKw(argc) => -n(argc) - 1,
        CallMethod(argc) => -n(argc) - 1,
        CallFunctionEx(flags) => -1 - n(flags & 1),
        ReturnValue => -1,
        ImportName(_) => -1,
        ImportFrom(_) => 1,
        ImportStar => -1,
        LoadBuildClass | LoadAssertionError => 1,
        RaiseVarargs(argc) => -n(argc),
        Reraise(_) => -1,
        PushExcInfo => 1,
        PopExcept => -1,
        CheckExcMatch => 0,
        BeforeWith => 1,
        WithExceptStart => 1,
        ReturnGenerator => 0,
        YieldValue => 0,
        Send(_) => {
            if jump {
                -1
            } else {
                0
            }
        }
        SetupAnnotations => 0,
        PrintExpr => -1,
        GetAwaitable(_) | GetAiter | AsyncGenWrap | GetYieldFromIter => 0,
        GetAnext | BeforeAsyncWith => 1,
        EndAsyncFor => -2,
        MatchSequence | MatchMapping | MatchKeys | GetLen => 1,
        MatchClass(_) => -2,
        CopyDictWithoutKeys => 0,
        CheckEgMatch => 0,
        PrepReraiseStar => -1,
    }
}

fn optional_operands(flags: MakeFunctionFlags) -> i32 {
    [
        MakeFunctionFlags::DEFAULTS,
        MakeFunctionFlags::KW_DEFAULTS,
        MakeFunctionFlags::ANNOTATIONS,
        MakeFunctionFlags::CLOSURE,
    ]
    .iter()
    .filter(|&&bit| flags.has(bit))
    .count() as i32
}
