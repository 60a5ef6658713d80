//! The object model: [`Object`] (a class pointer and a [`Payload`]) and the payload types.
//!
//! Every Python value that is not unboxed in [`Value`](crate::Value) is one `Object` on the
//! gc heap. Builtin types are ordinary class objects, so `type(x)`, `isinstance` and user
//! subclasses treat them uniformly; what an object *is* at the Rust level is its payload.
//! Mutable payloads use `Cell`/`RefCell`: the heap hands out shared references only.

use krait_gc::{GcCell, GcCellPair, GcRefCell};

use krait_gc::{Gc, Trace};
use num_bigint::BigInt;

use crate::value::Value;

pub mod class;
pub mod dict;
pub mod exception;
pub mod function;
pub mod int;
pub mod iter;
pub mod property;
pub mod set;
pub mod str;
pub mod str_hash;
pub mod tuple;

pub use class::{ClassData, Layout};
pub use dict::{Dict, KeyHint, SharedKeys};
pub use exception::ExcData;
pub use function::{Builtin, BuiltinKind, CodeData, Function, NativeFn};
pub use iter::IterState;
pub use property::PropertyData;
pub use set::SetTable;
pub use str::PyStr;
pub use tuple::TupleItems;

/// A heap object: its class and what it holds.
#[derive(Trace)]
pub struct Object {
    /// The class (`type(obj)`; `None` only during bootstrap, before `type` exists), and the
    /// attribute dict (a dict object) of an instance of a user subclass of a builtin type
    /// (`class Tags(list)`), made on the first attribute store. One cell holds both so
    /// that they share a barrier state byte.
    head: GcCellPair<Option<Gc<Object>>, Object>,
    /// The contents.
    pub payload: Payload,
}

impl std::fmt::Debug for Object {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<object>")
    }
}

impl Object {
    /// A new object of class `class`.
    #[inline]
    pub fn new(class: Gc<Object>, payload: Payload) -> Object {
        Object {
            head: GcCellPair::new(Some(class)),
            payload,
        }
    }

    /// An object whose class is set later with [`Object::set_class`] (bootstrap only).
    pub(crate) fn classless(payload: Payload) -> Object {
        Object {
            head: GcCellPair::new(None),
            payload,
        }
    }

    /// `type(obj)`.
    #[inline]
    pub fn class(&self) -> Gc<Object> {
        match self.head.get() {
            Some(c) => c,
            None => unreachable!("class used before bootstrap finished"),
        }
    }

    /// Replaces the class (`obj.__class__ = C`, and bootstrap).
    pub fn set_class(&self, class: Gc<Object>) {
        self.head.set(Some(class));
    }

    /// The class data, if this object is a class.
    #[inline]
    pub fn as_class(&self) -> Option<&ClassData> {
        match &self.payload {
            Payload::Class(c) => Some(c),
            _ => None,
        }
    }

    /// The str payload, if this is a str.
    #[inline]
    pub fn as_str(&self) -> Option<&PyStr> {
        match &self.payload {
            Payload::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The attribute dict of objects that have one (instances, exceptions, functions,
    /// modules, classes).
    pub fn attr_dict(&self) -> Option<&GcRefCell<Dict>> {
        match &self.payload {
            Payload::Instance(i) => Some(&i.dict),
            Payload::Exception(e) => Some(&e.dict),
            Payload::Function(f) => Some(&f.dict),
            Payload::Module(m) => m.dict.attr_dict_direct(),
            Payload::Class(c) => Some(&c.dict),
            _ => self.head.get_second().and_then(|d| d.attr_dict_direct()),
        }
    }

    /// The attribute dict object of an instance of a user subclass of a builtin type, once
    /// it has one.
    pub(crate) fn ext_dict(&self) -> Option<Gc<Object>> {
        self.head.get_second_handle()
    }

    /// Gives an instance of a user subclass of a builtin type its attribute dict.
    pub(crate) fn set_ext_dict(&self, dict: Gc<Object>) {
        let _ = self.head.set_second(dict);
    }

    /// The dict payload, if this is a dict.
    #[inline]
    pub fn attr_dict_direct(&self) -> Option<&GcRefCell<Dict>> {
        match &self.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }
}

/// What an object holds.
#[derive(Trace)]
pub enum Payload {
    /// The VM's internal "no value" marker (an unbound local, an absent method `self`).
    Null,
    /// `NotImplemented`.
    NotImplemented,
    /// `Ellipsis` / `...`.
    Ellipsis,
    /// A str.
    Str(PyStr),
    /// An int outside `i64`.
    BigInt(#[trace(skip)] BigInt),
    /// A list.
    List(GcRefCell<Vec<Value>>),
    /// A tuple.
    Tuple(TupleItems),
    /// A dict.
    Dict(GcRefCell<Dict>),
    /// A set or frozenset.
    Set(Box<GcRefCell<SetTable>>),
    /// A bytes object.
    Bytes(#[trace(skip)] Box<[u8]>),
    /// A Python function.
    Function(Box<Function>),
    /// A function implemented in Rust.
    Builtin(Builtin),
    /// A function bound to its first argument.
    BoundMethod {
        /// The function.
        func: Value,
        /// The bound `self`.
        receiver: Value,
    },
    /// A closure cell.
    Cell(GcCell<Value>),
    /// A class (type object).
    Class(Box<ClassData>),
    /// An instance of a user class.
    Instance(Instance),
    /// A module.
    Module(Module),
    /// An exception instance.
    Exception(Box<ExcData>),
    /// A `range`.
    Range {
        /// First value.
        start: i64,
        /// Bound (exclusive).
        stop: i64,
        /// Step (non-zero).
        step: i64,
    },
    /// A `slice`.
    Slice {
        /// Start or `None`.
        start: Value,
        /// Stop or `None`.
        stop: Value,
        /// Step or `None`.
        step: Value,
    },
    /// A code object with its constants and names converted to values.
    Code(Box<CodeData>),
    /// A generator.
    Generator(Box<crate::interp::generator::GenData>),
    /// A `property`.
    Property(Box<PropertyData>),
    /// A `staticmethod` wrapper.
    StaticMethod(Value),
    /// A `classmethod` wrapper.
    ClassMethod(Value),
    /// A `super()` proxy: look up after `class` in the MRO of `obj`'s type.
    Super {
        /// The class whose successors are searched.
        class: Gc<Object>,
        /// The bound object (an instance, or a class for class methods).
        obj: Value,
    },
    /// An iterator over a builtin sequence or iterator combinator.
    Iter(IterState),
    /// The attribute dict of another object (an instance's or class's `__dict__`), seen
    /// as a dict: dict operations act on that object's namespace.
    AttrDict(Gc<Object>),
    /// A weak reference (`weakref.ref`): the slot names its target without keeping it
    /// alive; the collector clears it when the target is freed.
    WeakRef {
        /// The target, while it lives.
        #[trace(skip)]
        slot: krait_gc::GcWeak<Object>,
        /// Called with the weak reference once the target is freed (or `None`).
        callback: Value,
        /// The target's hash, once asked for (kept after the target dies, as in CPython).
        #[trace(skip)]
        hash: std::cell::Cell<Option<i64>>,
    },
    /// A dict view (`keys()`, `values()`, `items()`).
    DictView {
        /// The dict.
        dict: Gc<Object>,
        /// Which view.
        #[trace(skip)]
        kind: iter::DictIterKind,
    },
    /// A coroutine (calling an `async def`); shares the generator machinery.
    Coroutine(Box<crate::interp::generator::GenData>),
    /// An async generator (calling an `async def` containing `yield`).
    AsyncGen(Box<crate::interp::generator::GenData>),
    /// An awaitable the VM makes for a coroutine or async generator: `coro.__await__()`,
    /// `agen.asend(v)` / `__anext__()`, `agen.athrow(…)`, `agen.aclose()`.
    AsyncOp(Box<crate::interp::async_gen::AsyncOp>),
    /// The frame of a generator, coroutine or async generator (`gi_frame`, `cr_frame`,
    /// `ag_frame`), seen through the object that owns it.
    GenFrame(Gc<Object>),
    /// A file object (`open()`): its state holds no values; the VM's list of open files
    /// shares it, to flush it at exit.
    File(#[trace(skip)] std::rc::Rc<std::cell::RefCell<crate::builtins::file::FileState>>),
    /// A `bytearray`: bytes that can change in place.
    ByteArray(#[trace(skip)] std::cell::RefCell<Vec<u8>>),
    /// A `complex` number.
    Complex {
        /// The real part.
        re: f64,
        /// The imaginary part.
        im: f64,
    },
    /// A `memoryview` over a bytes or bytearray object.
    MemoryView(Box<MemView>),
    /// A `__slots__` member descriptor (its value lives in the instance's attribute storage
    /// under the slot's name, which the class hides as `__dict__`).
    Member {
        /// The slot's name.
        name: Gc<Object>,
        /// The class whose `__slots__` made it, once that class exists.
        owner: krait_gc::GcCell<Option<Gc<Object>>>,
    },
    /// A `getset_descriptor`: the class-level face of an attribute the VM keeps outside
    /// the instance dict (`__dict__` and `__weakref__` of a class's instances), answering
    /// through the same code that answers the attribute on the instance.
    GetSet {
        /// The attribute's name.
        name: Gc<Object>,
        /// The class whose namespace holds it, once that class exists.
        owner: krait_gc::GcCell<Option<Gc<Object>>>,
    },
    /// A frame object (`sys._getframe()`, `tb_frame`).
    FrameObj(Box<crate::interp::frame_object::FrameObject>),
    /// A traceback object (`exc.__traceback__`).
    Traceback(Box<crate::interp::frame_object::TracebackObject>),
    /// A compiled regular expression (the `_re` module's program object; the standard
    /// library's engine owns its type, the core only holds it).
    Regex(#[trace(skip)] std::rc::Rc<dyn std::any::Any>),
    /// A `_contextvars` object: a `Context`, `ContextVar` or `Token`.
    ContextVars(Box<crate::builtins::contextvars::CtxObj>),
    /// An `array.array`: its typecode and packed items.
    Array(#[trace(skip)] Box<crate::builtins::array::ArrayData>),
    /// An object of a native module's class (a socket, a hash, a compression stream, an
    /// `itertools` iterator): Rust state read by downcasting (`builtins/native.rs`), and the
    /// Python values that state refers to, which the collector sees. Dropped with the
    /// object, which is how a socket collected unclosed gives its descriptor back.
    Native(Box<NativeData>),
    /// An instance of a user subclass of `float`: its value (an exact float is the
    /// immediate `Value::Float`).
    Float(f64),
}

/// What a [`Payload::Native`] object holds: Rust state, which holds no values and is not
/// traced, and the values the object refers to, indexed as its native code chooses.
#[derive(Trace)]
pub struct NativeData {
    /// The Rust state.
    #[trace(skip)]
    pub state: Box<std::cell::RefCell<dyn std::any::Any>>,
    /// The values the state refers to.
    pub values: GcRefCell<Vec<Value>>,
}

/// The state of a `memoryview`: a window on another object's bytes.
#[derive(Trace)]
pub struct MemView {
    /// The bytes, bytearray or array object viewed.
    pub obj: Gc<Object>,
    /// First byte of the window.
    #[trace(skip)]
    pub start: usize,
    /// Items in the window.
    #[trace(skip)]
    pub len: usize,
    /// Whether writes are refused (a view of bytes, or made by `toreadonly()`).
    #[trace(skip)]
    pub readonly: bool,
    /// Byte step between items (the item size unless made by an extended slice).
    #[trace(skip)]
    pub step: isize,
    /// The item format (`'B'`, `'b'`, `'c'`, `'H'`, …).
    #[trace(skip)]
    pub format: char,
    /// Set by `release()`.
    #[trace(skip)]
    pub released: std::cell::Cell<bool>,
    /// The hash, once computed (a released view still answers with it, as CPython's).
    #[trace(skip)]
    pub hash: std::cell::Cell<Option<i64>>,
}

impl Payload {
    /// Whether this kind of object can never refer to another (CPython does not track such
    /// objects in its collector: `gc.is_tracked` is false for them).
    pub fn is_atomic(&self) -> bool {
        matches!(
            self,
            Payload::Str(_)
                | Payload::BigInt(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Array(_)
                | Payload::Complex { .. }
                | Payload::Float(_)
                | Payload::Range { .. }
                | Payload::Code(_)
                | Payload::Null
                | Payload::NotImplemented
                | Payload::Ellipsis
        )
    }
}

/// An instance of a user class: its attribute dict.
#[derive(Trace, Default)]
pub struct Instance {
    /// `obj.__dict__`.
    pub dict: GcRefCell<Dict>,
}

/// A module: its name and global namespace.
#[derive(Trace)]
pub struct Module {
    /// `__name__`.
    pub name: Value,
    /// The namespace (a dict object).
    pub dict: Gc<Object>,
}

// Sizes pinned (see ARCHITECTURE.md, "Heap and collector"): an object is its class and
// attribute-dict pair (16 bytes: two pointers, the write barrier's state in the second's low
// bits) and a 56-byte payload (an 8-byte tag and at most 48 bytes of variant: a str, a tuple
// of up to three, a dict's barriered table, an instance, a builtin); the heap adds an 8-byte
// header in front, so a box is 80 bytes, one of mimalloc's size classes.
const _: () = assert!(std::mem::size_of::<Object>() == 72);
const _: () = assert!(std::mem::size_of::<Payload>() == 56);
const _: () = assert!(std::mem::size_of::<GcRefCell<Dict>>() == 48);
const _: () = assert!(std::mem::size_of::<Instance>() == 48);
