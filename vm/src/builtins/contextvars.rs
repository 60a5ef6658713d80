//! The `_contextvars` module under `contextvars`: `ContextVar`, `Token`, `Context` and
//! `copy_context`, with CPython 3.11's semantics.
//!
//! Krait runs one thread, so there is one current context per VM (`State::context`), made
//! on first use. A context maps variables to values; CPython shares an immutable tree
//! between copies, here each context owns a small association list (contexts hold few
//! variables) and `copy()` copies it, which gives the same observable independence.

use std::cell::Cell;

use krait_gc::{Gc, GcRefCell, Trace};

use crate::builtins::{
    method, method_kind, module_functions, new_builtin, new_module, set_class_attr,
};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, ClassData, Dict, Layout, NativeFn, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// The state of a `Context`, `ContextVar` or `Token` object.
#[derive(Trace)]
pub enum CtxObj {
    /// A context: its variables and their values, and whether `run` has entered it.
    Context {
        /// `(variable, value)` pairs in the order they were first set.
        vars: GcRefCell<Vec<(Gc<Object>, Value)>>,
        /// Set while `Context.run` runs in it (a context cannot be entered twice).
        #[trace(skip)]
        entered: Cell<bool>,
    },
    /// A context variable: its name and default (the VM's null marker when it has none).
    Var {
        /// `var.name`.
        name: Value,
        /// The default, or null.
        default: Value,
    },
    /// What `ContextVar.set` returns, for `ContextVar.reset`.
    Token {
        /// The context the variable was set in.
        ctx: Gc<Object>,
        /// The variable.
        var: Gc<Object>,
        /// Its value before, or null when it had none (`Token.MISSING`).
        old: Value,
        /// Set once the token has reset its variable.
        #[trace(skip)]
        used: Cell<bool>,
    },
    /// `Token.MISSING`.
    Missing,
}

/// `repr()` of a `_contextvars` object.
pub(crate) fn repr_text(vm: &mut Vm, o: Gc<Object>, c: &CtxObj) -> PyResult<String> {
    Ok(match c {
        CtxObj::Context { .. } => format!("<_contextvars.Context object at {:#x}>", o.addr()),
        CtxObj::Var { name, default } => var_text(vm, o, *name, *default)?,
        CtxObj::Token { var, used, .. } => {
            let var = *var;
            let Some(CtxObj::Var { name, default }) = ctx_of(&var) else {
                unreachable!()
            };
            let var_text = var_text(vm, var, *name, *default)?;
            let used = if used.get() { " used" } else { "" };
            format!("<Token{used} var={var_text} at {:#x}>", o.addr())
        }
        CtxObj::Missing => "<Token.MISSING>".to_owned(),
    })
}

/// Creates `_contextvars`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let context = context_class(vm);
    let var = var_class(vm);
    let token = token_class(vm);
    let funcs: &[(&'static str, NativeFn)] = &[("copy_context", copy_context)];
    let mut attrs = module_functions(vm, funcs);
    attrs.push(("Context", Value::Obj(context)));
    attrs.push(("ContextVar", Value::Obj(var)));
    attrs.push(("Token", Value::Obj(token)));
    new_module(vm, "_contextvars", attrs)
}

/// A builtin class of `_contextvars` named `name`, remembered for the module's functions.
fn new_class(vm: &mut Vm, name: &str) -> Gc<Object> {
    let object = vm.s.types.object;
    let mut data = ClassData::new(name, vec![object], Dict::new(), Layout::Builtin);
    data.builtin = true;
    *data.module.borrow_mut() = "_contextvars".to_owned();
    let class = vm.alloc(vm.s.types.type_, Payload::Class(Box::new(data)));
    if let Some(c) = class.as_class() {
        *c.mro.borrow_mut() = vec![class, object];
    }
    vm.s.import_classes
        .insert(format!("_contextvars.{name}"), class);
    class
}

/// One of the module's classes (made by [`create`], which runs before any can be asked for).
fn class_of(vm: &mut Vm, name: &str) -> Gc<Object> {
    match vm.s.import_classes.get(&format!("_contextvars.{name}")) {
        Some(&c) => c,
        None => unreachable!("_contextvars class {name} asked for before the module exists"),
    }
}

/// A read-only attribute computed by `f`.
fn getter(vm: &mut Vm, class: Gc<Object>, name: &'static str, f: NativeFn) {
    let g = new_builtin(vm, name, f, BuiltinKind::Method, false);
    let pname = vm.new_str(name);
    let parts = crate::object::PropertyData::getter(g, pname);
    let prop = Value::Obj(vm.alloc(vm.s.types.property, Payload::Property(parts)));
    set_class_attr(vm, class, name, prop);
}

fn ctx_obj(v: &Value) -> Option<&CtxObj> {
    match v.payload() {
        Some(Payload::ContextVars(c)) => Some(c),
        _ => None,
    }
}

fn ctx_of(o: &Gc<Object>) -> Option<&CtxObj> {
    match &o.payload {
        Payload::ContextVars(c) => Some(c),
        _ => None,
    }
}

/// The variables of context `v`, or a TypeError for another object.
fn context_vars<'a>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<&'a CtxObj> {
    match ctx_obj(v) {
        Some(c @ CtxObj::Context { .. }) => Ok(c),
        _ => {
            let msg = format!(
                "descriptor '{what}' for '_contextvars.Context' objects doesn't apply to a '{}' object",
                vm.type_name(*v)
            );
            Err(vm.type_error(msg))
        }
    }
}

/// A variable argument, or CPython's TypeError for a mapping key that is not one.
fn var_key(vm: &mut Vm, v: Value) -> PyResult<Gc<Object>> {
    match (ctx_obj(&v), v) {
        (Some(CtxObj::Var { .. }), Value::Obj(o)) => Ok(o),
        _ => {
            let r = vm.repr(v)?;
            Err(vm.type_error(format!("a ContextVar key was expected, got {r}")))
        }
    }
}

fn lookup(ctx: &CtxObj, var: Gc<Object>) -> Option<Value> {
    let CtxObj::Context { vars, .. } = ctx else {
        return None;
    };
    let vars = vars.borrow();
    vars.iter()
        .find(|(k, _)| Gc::ptr_eq(*k, var))
        .map(|&(_, v)| v)
}

fn store(ctx: &CtxObj, var: Gc<Object>, value: Value) {
    let CtxObj::Context { vars, .. } = ctx else {
        return;
    };
    let mut vars = vars.borrow_mut();
    match vars.iter_mut().find(|(k, _)| Gc::ptr_eq(*k, var)) {
        Some(slot) => slot.1 = value,
        None => vars.push((var, value)),
    }
}

fn remove(ctx: &CtxObj, var: Gc<Object>) {
    let CtxObj::Context { vars, .. } = ctx else {
        return;
    };
    vars.borrow_mut().retain(|(k, _)| !Gc::ptr_eq(*k, var));
}

/// A new context holding `vars`.
fn new_context(vm: &mut Vm, vars: Vec<(Gc<Object>, Value)>) -> Gc<Object> {
    let class = class_of(vm, "Context");
    vm.alloc(
        class,
        Payload::ContextVars(Box::new(CtxObj::Context {
            vars: GcRefCell::new(vars),
            entered: Cell::new(false),
        })),
    )
}

/// The current context, made empty on first use.
fn current(vm: &mut Vm) -> Gc<Object> {
    if let Some(c) = vm.s.context {
        return c;
    }
    let c = new_context(vm, Vec::new());
    vm.s.context = Some(c);
    c
}

fn copy_vars(ctx: &CtxObj) -> Vec<(Gc<Object>, Value)> {
    match ctx {
        CtxObj::Context { vars, .. } => vars.borrow().clone(),
        _ => Vec::new(),
    }
}

/// `copy_context()`.
fn copy_context(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, "copy_context", kw)?;
    crate::builtins::arity(vm, "copy_context", args, 0, 0)?;
    let cur = current(vm);
    let vars = ctx_of(&cur).map(copy_vars).unwrap_or_default();
    Ok(Value::Obj(new_context(vm, vars)))
}

// ---- Context ----

fn context_class(vm: &mut Vm) -> Gc<Object> {
    let class = new_class(vm, "Context");
    method_kind(vm, class, "__new__", context_new, BuiltinKind::StaticMethod);
    let methods: &[(&'static str, NativeFn)] = &[
        ("run", context_run),
        ("copy", context_copy),
        ("get", context_get),
        ("keys", context_keys),
        ("values", context_values),
        ("items", context_items),
        ("__getitem__", context_getitem),
        ("__contains__", context_contains),
        ("__len__", context_len),
        ("__iter__", context_iter),
        ("__eq__", context_eq),
        ("__ne__", context_ne),
    ];
    for &(name, f) in methods {
        method(vm, class, name, f);
    }
    set_class_attr(vm, class, "__hash__", Value::None);
    class
}

fn context_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        return Err(vm.type_error("Context() does not accept any arguments"));
    }
    Ok(Value::Obj(new_context(vm, Vec::new())))
}

/// `ctx.run(callable, *args, **kwargs)`: calls it with `ctx` as the current context.
fn context_run(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let ctx = context_vars(vm, args.first().unwrap_or(&Value::None), "run")?;
    let Some(&callable) = args.get(1) else {
        return Err(vm.type_error("run() missing 1 required positional argument"));
    };
    let CtxObj::Context { entered, .. } = ctx else {
        unreachable!()
    };
    if entered.get() {
        let r = vm.repr(args[0])?;
        let msg = format!("cannot enter context: {r} is already entered");
        return Err(vm.runtime_error(msg));
    }
    let Value::Obj(this) = args[0] else {
        unreachable!()
    };
    entered.set(true);
    let prev = current(vm);
    vm.s.context = Some(this);
    let r = vm.call_value(callable, &args[2..], kw);
    vm.s.context = Some(prev);
    entered.set(false);
    r
}

fn context_copy(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "copy", args, 0, 0)?;
    let ctx = context_vars(vm, &args[0], "copy")?;
    let vars = copy_vars(ctx);
    Ok(Value::Obj(new_context(vm, vars)))
}

fn context_get(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "get", args, 1, 2)?;
    let ctx = context_vars(vm, &args[0], "get")?;
    let var = var_key(vm, args[1])?;
    Ok(lookup(ctx, var).unwrap_or(args.get(2).copied().unwrap_or(Value::None)))
}

fn context_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "__getitem__", args, 1, 1)?;
    let ctx = context_vars(vm, &args[0], "__getitem__")?;
    let var = var_key(vm, args[1])?;
    match lookup(ctx, var) {
        Some(v) => Ok(v),
        None => Err(vm.key_error(args[1])),
    }
}

fn context_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "__contains__", args, 1, 1)?;
    let ctx = context_vars(vm, &args[0], "__contains__")?;
    let var = var_key(vm, args[1])?;
    Ok(Value::Bool(lookup(ctx, var).is_some()))
}

fn context_len(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "__len__", args, 0, 0)?;
    let ctx = context_vars(vm, &args[0], "__len__")?;
    Ok(Value::Int(copy_vars(ctx).len() as i64))
}

/// The variables, their values or both, as a list (what the views below iterate over).
fn listing(
    vm: &mut Vm,
    this: &Value,
    what: &str,
    part: fn(&mut Vm, Gc<Object>, Value) -> Value,
) -> PyResult<Value> {
    let ctx = context_vars(vm, this, what)?;
    let items: Vec<Value> = copy_vars(ctx)
        .into_iter()
        .map(|(k, v)| part(vm, k, v))
        .collect();
    Ok(vm.new_list(items))
}

fn context_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "__iter__", args, 0, 0)?;
    let keys = listing(vm, &args[0], "__iter__", |_, k, _| Value::Obj(k))?;
    vm.get_iter(keys)
}

fn context_keys(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "keys", args, 0, 0)?;
    listing(vm, &args[0], "keys", |_, k, _| Value::Obj(k))
}

fn context_values(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "values", args, 0, 0)?;
    listing(vm, &args[0], "values", |_, _, v| v)
}

fn context_items(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "items", args, 0, 0)?;
    listing(vm, &args[0], "items", |vm, k, v| {
        vm.new_tuple(vec![Value::Obj(k), v])
    })
}

/// `ctx == other`: the same variables with equal values.
fn context_equal(vm: &mut Vm, args: &[Value], what: &str) -> PyResult<Option<bool>> {
    crate::builtins::method_arity(vm, what, args, 1, 1)?;
    let a = context_vars(vm, &args[0], what)?;
    let Some(b @ CtxObj::Context { .. }) = ctx_obj(&args[1]) else {
        return Ok(None);
    };
    let (a, b) = (copy_vars(a), copy_vars(b));
    if a.len() != b.len() {
        return Ok(Some(false));
    }
    for (k, v) in a {
        match b.iter().find(|(k2, _)| Gc::ptr_eq(*k2, k)) {
            Some(&(_, w)) => {
                if !vm.eq(v, w)? {
                    return Ok(Some(false));
                }
            }
            None => return Ok(Some(false)),
        }
    }
    Ok(Some(true))
}

fn context_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(match context_equal(vm, args, "__eq__")? {
        Some(b) => Value::Bool(b),
        None => vm.not_implemented(),
    })
}

fn context_ne(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(match context_equal(vm, args, "__ne__")? {
        Some(b) => Value::Bool(!b),
        None => vm.not_implemented(),
    })
}

// ---- ContextVar ----

fn var_class(vm: &mut Vm) -> Gc<Object> {
    let class = new_class(vm, "ContextVar");
    method_kind(vm, class, "__new__", var_new, BuiltinKind::StaticMethod);
    method_kind(
        vm,
        class,
        "__class_getitem__",
        class_getitem,
        BuiltinKind::ClassMethod,
    );
    let methods: &[(&'static str, NativeFn)] =
        &[("get", var_get), ("set", var_set), ("reset", var_reset)];
    for &(name, f) in methods {
        method(vm, class, name, f);
    }
    getter(vm, class, "name", var_name);
    class
}

/// `ContextVar[T]` and `Token[T]`: a `types.GenericAlias`.
fn class_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::arity(vm, "__class_getitem__", args, 2, 2)?;
    vm.call_types_helper("GenericAlias", &[args[0], args[1]])
}

fn var_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let args = &args[1..];
    let name = args.first().copied();
    let mut default = vm.null();
    if args.len() > 1 {
        let msg = format!(
            "ContextVar() takes at most 1 positional argument ({} given)",
            args.len()
        );
        return Err(vm.type_error(msg));
    }
    if name.is_none() {
        return Err(vm.type_error("ContextVar() takes exactly 1 positional argument (0 given)"));
    }
    for &(k, v) in kw {
        let key = match &k.payload {
            Payload::Str(s) => s.as_str().to_owned(),
            _ => String::new(),
        };
        match key.as_str() {
            "default" => default = v,
            _ => {
                let msg = format!("ContextVar() got an unexpected keyword argument '{key}'");
                return Err(vm.type_error(msg));
            }
        }
    }
    let Some(name) = name else {
        return Err(vm.type_error("ContextVar() takes exactly 1 positional argument (0 given)"));
    };
    if !matches!(name.payload(), Some(Payload::Str(_))) {
        return Err(vm.type_error("context variable name must be a str"));
    }
    let class = class_of(vm, "ContextVar");
    let var = vm.alloc(
        class,
        Payload::ContextVars(Box::new(CtxObj::Var { name, default })),
    );
    Ok(Value::Obj(var))
}

/// The variable `self` of a ContextVar method, with its name and default.
fn this_var(vm: &mut Vm, args: &[Value], what: &str) -> PyResult<(Gc<Object>, Value, Value)> {
    match (args.first().and_then(ctx_obj), args.first()) {
        (Some(CtxObj::Var { name, default }), Some(&Value::Obj(o))) => Ok((o, *name, *default)),
        _ => {
            let msg = format!(
                "descriptor '{what}' for '_contextvars.ContextVar' objects needs an argument"
            );
            Err(vm.type_error(msg))
        }
    }
}

fn var_name(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(this_var(vm, args, "name")?.1)
}

/// `var.get([default])`.
fn var_get(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let (var, _, default) = this_var(vm, args, "get")?;
    crate::builtins::arity(vm, "get", &args[1..], 0, 1)?;
    let cur = current(vm);
    if let Some(v) = ctx_of(&cur).and_then(|c| lookup(c, var)) {
        return Ok(v);
    }
    if let Some(&d) = args.get(1) {
        return Ok(d);
    }
    if !vm.is_null(default) {
        return Ok(default);
    }
    let class = vm.s.types.lookup_error;
    Err(vm.new_exception(class, vec![args[0]]))
}

/// `var.set(value)`: a token that `reset` can undo it with.
fn var_set(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let (var, _, _) = this_var(vm, args, "set")?;
    if args.len() != 2 {
        let msg = format!(
            "ContextVar.set() takes exactly one argument ({} given)",
            args.len() - 1
        );
        return Err(vm.type_error(msg));
    }
    let ctx = current(vm);
    let Some(c) = ctx_of(&ctx) else {
        unreachable!()
    };
    let old = lookup(c, var).unwrap_or_else(|| vm.null());
    store(c, var, args[1]);
    let class = class_of(vm, "Token");
    let token = vm.alloc(
        class,
        Payload::ContextVars(Box::new(CtxObj::Token {
            ctx,
            var,
            old,
            used: Cell::new(false),
        })),
    );
    Ok(Value::Obj(token))
}

/// `var.reset(token)`: gives the variable back the value it had before `set`.
fn var_reset(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let (var, _, _) = this_var(vm, args, "reset")?;
    if args.len() != 2 {
        let msg = format!(
            "ContextVar.reset() takes exactly one argument ({} given)",
            args.len() - 1
        );
        return Err(vm.type_error(msg));
    }
    let Some(CtxObj::Token {
        ctx,
        var: tvar,
        old,
        used,
    }) = ctx_obj(&args[1])
    else {
        let r = vm.repr(args[1])?;
        return Err(vm.type_error(format!("expected an instance of Token, got {r}")));
    };
    if used.get() {
        let r = vm.repr(args[1])?;
        return Err(vm.runtime_error(format!("{r} has already been used once")));
    }
    if !Gc::ptr_eq(*tvar, var) {
        let r = vm.repr(args[1])?;
        return Err(vm.value_error(format!("{r} was created by a different ContextVar")));
    }
    let cur = current(vm);
    if !Gc::ptr_eq(*ctx, cur) {
        let r = vm.repr(args[1])?;
        return Err(vm.value_error(format!("{r} was created in a different Context")));
    }
    used.set(true);
    let Some(c) = ctx_of(&cur) else {
        unreachable!()
    };
    if vm.is_null(*old) {
        remove(c, var);
    } else {
        store(c, var, *old);
    }
    Ok(Value::None)
}

fn var_text(vm: &mut Vm, var: Gc<Object>, name: Value, default: Value) -> PyResult<String> {
    let mut out = format!("<ContextVar name={}", vm.repr(name)?);
    if !vm.is_null(default) {
        out.push_str(" default=");
        out.push_str(&vm.repr(default)?);
    }
    out.push_str(&format!(" at {:#x}>", var.addr()));
    Ok(out)
}

// ---- Token ----

fn token_class(vm: &mut Vm) -> Gc<Object> {
    let class = new_class(vm, "Token");
    method_kind(vm, class, "__new__", token_new, BuiltinKind::StaticMethod);
    method_kind(
        vm,
        class,
        "__class_getitem__",
        class_getitem,
        BuiltinKind::ClassMethod,
    );
    getter(vm, class, "var", token_var);
    getter(vm, class, "old_value", token_old_value);
    let missing = missing_marker(vm);
    set_class_attr(vm, class, "MISSING", missing);
    class
}

/// `Token.MISSING`, the `old_value` of a token whose variable had no value.
fn missing_marker(vm: &mut Vm) -> Value {
    let object = vm.s.types.object;
    let mut data = ClassData::new("MISSING", vec![object], Dict::new(), Layout::Builtin);
    data.builtin = true;
    *data.qualname.borrow_mut() = "Token.MISSING".to_owned();
    *data.module.borrow_mut() = "builtins".to_owned();
    let class = vm.alloc(vm.s.types.type_, Payload::Class(Box::new(data)));
    if let Some(c) = class.as_class() {
        *c.mro.borrow_mut() = vec![class, object];
    }
    let marker = vm.alloc(class, Payload::ContextVars(Box::new(CtxObj::Missing)));
    vm.s.import_classes
        .insert("_contextvars.MISSING".to_owned(), marker);
    Value::Obj(marker)
}

fn token_new(vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Err(vm.runtime_error("Tokens can only be created by ContextVars"))
}

/// The token `args[0]`'s variable, previous value and whether it has been used.
fn this_token(vm: &mut Vm, args: &[Value], what: &str) -> PyResult<(Gc<Object>, Value, bool)> {
    match args.first().and_then(ctx_obj) {
        Some(CtxObj::Token { var, old, used, .. }) => Ok((*var, *old, used.get())),
        _ => {
            let msg =
                format!("descriptor '{what}' for '_contextvars.Token' objects needs an argument");
            Err(vm.type_error(msg))
        }
    }
}

fn token_var(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Obj(this_token(vm, args, "var")?.0))
}

fn token_old_value(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let old = this_token(vm, args, "old_value")?.1;
    if vm.is_null(old) {
        return Ok(Value::Obj(class_of(vm, "MISSING")));
    }
    Ok(old)
}
