//! Callables: Python functions, their code objects as the VM sees them (constants and names
//! already converted to values), and builtin functions implemented in Rust.

use krait_gc::{GcCell, GcRefCell};
use std::cell::Cell;
use std::rc::Rc;

use krait_bytecode::CodeObject;
use krait_gc::{Gc, Trace};

use crate::error::PyResult;
use crate::object::{Dict, Object};
use crate::value::Value;
use crate::vm::Vm;

/// Keyword arguments passed to a native function: (name, value) pairs, names are strs.
pub type KwArgs<'a> = &'a [(Gc<Object>, Value)];

/// A builtin function: positional arguments (for methods, `self` first) and keyword
/// arguments. It may call back into Python through the `Vm`.
pub type NativeFn = fn(&mut Vm, &[Value], KwArgs<'_>) -> PyResult<Value>;

/// How a builtin behaves when found on a class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinKind {
    /// A plain function: never bound (like `len`).
    Function,
    /// A method of a builtin type: bound to the instance it is looked up on.
    Method,
    /// Receives the class as first argument (`dict.fromkeys`).
    ClassMethod,
    /// Never bound, even on instances (`str.maketrans`, `__new__`).
    StaticMethod,
}

/// A function implemented in Rust.
#[derive(Trace)]
pub struct Builtin {
    /// `__name__`.
    #[trace(skip)]
    pub name: &'static str,
    /// The implementation.
    #[trace(skip)]
    pub func: NativeFn,
    /// Binding behaviour.
    #[trace(skip)]
    pub kind: BuiltinKind,
    /// Whether keyword arguments are accepted (otherwise a call with any raises TypeError).
    #[trace(skip)]
    pub takes_kwargs: bool,
    /// For the slot wrappers of builtin types (`int.__add__`): the type whose instances
    /// the first argument must be; checked before the call.
    pub owner: Option<Gc<Object>>,
    /// `__doc__`, for the builtins given one (see `builtins::generator_attrs`).
    #[trace(skip)]
    pub doc: DocCell,
}

/// A builtin's `__doc__`, when it has one: a pointer to a `&'static str` kept in a static
/// table, one word where the `&str` itself takes two, so a builtin fits the 48 bytes a
/// payload variant may take.
#[derive(Clone, Default)]
pub struct DocCell(std::cell::Cell<Option<&'static &'static str>>);

impl DocCell {
    /// The docstring, if set.
    pub fn get(&self) -> Option<&'static str> {
        self.0.get().copied()
    }

    /// Sets the docstring.
    pub fn set(&self, doc: Option<&'static &'static str>) {
        self.0.set(doc);
    }
}

// Pinned (ARCHITECTURE.md, "Heap and collector"): a payload variant takes at most 48 bytes.
const _: () = assert!(std::mem::size_of::<Builtin>() == 48);

/// The cached result of a `LOAD_GLOBAL` for one name: valid while both dict versions match.
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    /// Version of the globals dict when cached.
    pub globals_version: u64,
    /// Version of the builtins dict when cached (0 if the name was found in globals).
    pub builtins_version: u64,
    /// Entry position in the dict that holds the name.
    pub pos: u32,
    /// Whether the name was found in builtins rather than globals.
    pub in_builtins: bool,
}

/// A code object as the VM runs it: the compiler's [`CodeObject`] plus its constants and
/// names as values, made once per code object.
#[derive(Trace)]
pub struct CodeData {
    /// The compiled code.
    #[trace(skip)]
    pub code: Rc<CodeObject>,
    /// `co_consts` as values (nested code objects become code values).
    pub consts: Box<[Value]>,
    /// `co_names`, interned.
    pub names: Box<[Gc<Object>]>,
    /// `co_varnames`, interned.
    pub varnames: Box<[Gc<Object>]>,
    /// `co_name`, interned once here: every `MAKE_FUNCTION` of this code names its function
    /// with it (interning per call cost a string copy and a hash lookup).
    pub name: Gc<Object>,
    /// Fast-local slots: varnames, then cells, then free variables.
    #[trace(skip)]
    pub nlocalsplus: u32,
    /// `len(varnames)`.
    #[trace(skip)]
    pub nlocals: u32,
    /// Whether calls can take the fast path: no cells or free variables, no `*args`,
    /// `**kwargs` or keyword-only parameters, not a generator.
    #[trace(skip)]
    pub simple: bool,
    /// `co_argcount`, here to spare the call path a dereference.
    #[trace(skip)]
    pub argcount: u32,
    /// The instructions (shared with `code`), one dereference closer for the dispatch loop.
    #[trace(skip)]
    pub instructions: std::rc::Rc<[krait_bytecode::Instruction]>,
    /// One `LOAD_GLOBAL` cache per name.
    #[trace(skip)]
    pub global_cache: Box<[Cell<GlobalCache>]>,
    /// Instance-attribute hints per name (`LOAD_ATTR`, `LOAD_METHOD`, `STORE_ATTR`).
    #[trace(skip)]
    pub attr_hints: Box<[AttrHints]>,
}

/// How many key layouts one name's attribute hint remembers: a method of a base class
/// sees instances of each subclass, and each subclass has its own shared keys.
pub const ATTR_HINT_WAYS: usize = 4;

/// The attribute hints of one name, most recently filled first (see `Vm::get_attr_hinted`).
pub type AttrHints = [Cell<crate::object::KeyHint>; ATTR_HINT_WAYS];

/// A Python function.
#[derive(Trace)]
pub struct Function {
    /// The code (a `Payload::Code` object).
    pub code: Gc<Object>,
    /// The module globals (a dict object).
    pub globals: Gc<Object>,
    /// `__name__`.
    pub name: GcCell<Value>,
    /// `__qualname__`.
    pub qualname: GcCell<Value>,
    /// `__defaults__`: a tuple or `None`.
    pub defaults: GcCell<Value>,
    /// `__kwdefaults__`: a dict or `None`.
    pub kwdefaults: GcCell<Value>,
    /// The cells of the free variables (a tuple or `None`).
    pub closure: Value,
    /// `__dict__` (function attributes, `__doc__`, `__module__`).
    pub dict: GcRefCell<Dict>,
    /// For calls: the argument count when the fast path applies (see [`CodeData::simple`]),
    /// else `u32::MAX`; and the number of fast-local slots.
    #[trace(skip)]
    pub fast_argcount: u32,
    /// `nlocalsplus` of the code.
    #[trace(skip)]
    pub nlocalsplus: u32,
    /// `__module__` (the defining module's `__name__`), kept beside `__dict__` as in CPython.
    pub module: GcCell<Value>,
}
