//! Calls: `LOAD_METHOD`/`CALL_METHOD` for `obj.name(args)`, `CALL` / `CALL_KW` (with a
//! constant tuple of keyword names) for the rest, and `CALL_FUNCTION_EX` with a built
//! argument tuple and keyword dict when `*args` or `**kwargs` appear or the call is huge.

use crate::FastSet;

use krait_ast::{Expr, ExprContext, ExprKind, Keyword};
use krait_bytecode::{Constant, Instruction};

use super::displays::Seq;
use super::expr::STACK_USE_GUIDELINE;
use super::Compiler;
use crate::error::{syntax_error, CompileResult};

impl<'a> Compiler<'a> {
    pub(crate) fn compile_call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CompileResult<()> {
        validate_keywords(keywords)?;
        if let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &func.kind
        {
            if keywords.is_empty() && is_plain(args) && args.len() <= STACK_USE_GUIDELINE {
                return self.compile_method_call(func, value, attr, args);
            }
        }
        self.compile_expr(func)?;
        self.compile_call_helper(0, args, keywords)
    }

    fn compile_method_call(
        &mut self,
        func: &'a Expr,
        object: &'a Expr,
        attr: &str,
        args: &'a [Expr],
    ) -> CompileResult<()> {
        self.compile_expr(object)?;
        let call_loc = self.unit().loc;
        self.set_loc(func.range);
        let i = self.name_index(attr);
        self.emit(Instruction::LoadMethod(i));
        self.unit().loc = call_loc;
        self.compile_exprs(args)?;
        self.emit(Instruction::CallMethod(args.len() as u32));
        Ok(())
    }

    /// Calls the callable on the stack, below which nothing of the call lies but whose
    /// first `prefix` positional arguments are already pushed (a class's body function and
    /// name for `__build_class__`).
    pub(crate) fn compile_call_helper(
        &mut self,
        prefix: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CompileResult<()> {
        use Instruction::*;
        let small = args.len() + 2 * keywords.len() <= STACK_USE_GUIDELINE;
        if small && is_plain(args) && keywords.iter().all(|k| k.arg.is_some()) {
            self.compile_exprs(args)?;
            let argc = prefix + args.len() as u32;
            if keywords.is_empty() {
                self.emit(Call(argc));
                return Ok(());
            }
            let mut names = Vec::with_capacity(keywords.len());
            for keyword in keywords {
                self.compile_expr(&keyword.value)?;
                names.push(Constant::Str(keyword.arg.clone().unwrap_or_default()));
            }
            self.load_const(Constant::Tuple(names));
            self.emit(CallKw(argc + keywords.len() as u32));
            return Ok(());
        }

        // The positional arguments as one tuple; `f(*xs)` passes `xs` itself, which
        // `CALL_FUNCTION_EX` turns into a tuple if it is not one, as in CPython.
        match args {
            [Expr {
                kind: ExprKind::Starred { value, .. },
                ..
            }] if prefix == 0 => {
                self.compile_expr(value)?;
            }
            _ => self.compile_sequence(args, prefix, Seq::Tuple)?,
        }
        if keywords.is_empty() {
            self.emit(CallFunctionEx(0));
            return Ok(());
        }
        // The keyword arguments as one fresh dict, merging `**` mappings in order.
        let mut have_dict = false;
        let mut pending = 0;
        for (i, keyword) in keywords.iter().enumerate() {
            if keyword.arg.is_some() {
                pending += 1;
                continue;
            }
            if pending > 0 {
                self.compile_keyword_dict(&keywords[i - pending..i])?;
                if have_dict {
                    self.emit(DictMerge(1));
                }
                have_dict = true;
                pending = 0;
            }
            if !have_dict {
                self.emit(BuildMap(0));
                have_dict = true;
            }
            self.compile_expr(&keyword.value)?;
            self.emit(DictMerge(1));
        }
        if pending > 0 {
            self.compile_keyword_dict(&keywords[keywords.len() - pending..])?;
            if have_dict {
                self.emit(DictMerge(1));
            }
        }
        self.emit(CallFunctionEx(1));
        Ok(())
    }

    /// A dict of named keyword arguments.
    fn compile_keyword_dict(&mut self, keywords: &'a [Keyword]) -> CompileResult<()> {
        use Instruction::*;
        let big = keywords.len() * 2 > STACK_USE_GUIDELINE;
        if big {
            self.emit(BuildMap(0));
        }
        for keyword in keywords {
            self.load_const(Constant::Str(keyword.arg.clone().unwrap_or_default()));
            self.compile_expr(&keyword.value)?;
            if big {
                self.emit(MapAdd(1));
            }
        }
        if !big {
            self.emit(BuildMap(keywords.len() as u32));
        }
        Ok(())
    }
}

/// No `*args` among the positional arguments.
fn is_plain(args: &[Expr]) -> bool {
    !args
        .iter()
        .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
}

/// Rejects `f(a=1, a=2)` with CPython's message, at the repeated keyword.
fn validate_keywords(keywords: &[Keyword]) -> CompileResult<()> {
    let mut seen = FastSet::default();
    for keyword in keywords {
        if let Some(name) = &keyword.arg {
            if !seen.insert(name.as_str()) {
                return Err(syntax_error(
                    format!("keyword argument repeated: {name}"),
                    keyword.range,
                ));
            }
        }
    }
    Ok(())
}
