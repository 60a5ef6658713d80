//! Class objects: name, bases, method resolution order, namespace, and the layout that
//! decides what payload `object.__new__` gives instances.

use krait_gc::{GcOnceCell, GcRefCell};
use std::cell::{Cell, RefCell};

use krait_gc::{Gc, Trace};

use crate::object::dict::SharedKeys;
use crate::object::{Dict, Object, Payload};
use crate::value::Value;

/// What kind of payload instances of a class carry. User classes inherit their base's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Plain instances with an attribute dict (`object` and user classes).
    Instance,
    /// Exception instances.
    Exception,
    /// Instances are made only by the type's own constructor (int, str, list, function, …).
    Builtin,
}

/// Whether `cls(...)` can skip `type.__call__`'s lookups, valid for one `class_version`.
#[derive(Clone, Copy)]
pub struct InitShortcut {
    /// The `class_version` the answer was found in.
    pub version: u64,
    /// The Python `__init__` function, when instances come from `object.__new__` (a user
    /// class with the instance layout, no `__new__` of its own, no abstract methods) and
    /// `__init__` is a plain function; `None` when the class takes the general path.
    pub init: Option<Gc<Object>>,
    /// Whether the class defines `__del__` (instances need a finalizer).
    pub has_del: bool,
}

impl InitShortcut {
    /// An entry no class version matches.
    pub const STALE: InitShortcut = InitShortcut {
        version: u64::MAX,
        init: None,
        has_del: false,
    };
}

/// The data of a class (type object).
#[derive(Trace)]
pub struct ClassData {
    /// `__name__`.
    pub name: RefCell<String>,
    /// `__qualname__`.
    pub qualname: RefCell<String>,
    /// `__module__` for display (`builtins` for builtin types).
    pub module: RefCell<String>,
    /// `__bases__`.
    pub bases: GcRefCell<Vec<Gc<Object>>>,
    /// `__mro__`, starting with the class itself.
    pub mro: GcRefCell<Vec<Gc<Object>>>,
    /// The namespace.
    pub dict: GcRefCell<Dict>,
    /// Instance layout.
    #[trace(skip)]
    pub layout: Layout,
    /// Whether this is a builtin type (its attributes cannot be set).
    #[trace(skip)]
    pub builtin: bool,
    /// Whether the class or a base defines `__getattr__` (so lookups that miss call it).
    #[trace(skip)]
    pub has_getattr: Cell<bool>,
    /// Whether instances use plain attribute storage (no data descriptor on the class or a
    /// base, no custom `__setattr__`), cached for one `class_version`: `(version, plain)`.
    #[trace(skip)]
    pub plain_attrs: Cell<(u64, bool)>,
    /// What calling the class needs to know, cached for one `class_version` (see
    /// [`InitShortcut`]). Not traced: a current entry's function is in the namespace of a
    /// class on the MRO, and a stale one is never read.
    #[trace(skip)]
    pub init_shortcut: Cell<InitShortcut>,
    /// Whether instances have no `__dict__` (`__slots__` without `'__dict__'` here and in
    /// every base): only slot members may be set.
    #[trace(skip)]
    pub dictless: Cell<bool>,
    /// Whether the class refuses subclasses (a native class CPython defines without
    /// `Py_TPFLAGS_BASETYPE`); the builtin types that do are listed in `is_final_class`.
    #[trace(skip)]
    pub final_class: Cell<bool>,
    /// The attribute names this class's instances share (see [`SharedKeys`]), made when
    /// the first instance is.
    pub shared_keys: GcOnceCell<Gc<SharedKeys>>,
    /// Weak references to the classes made with this one among their bases (for
    /// `__subclasses__`), oldest first; dead ones are dropped as the list grows.
    pub subclasses: GcRefCell<Vec<Gc<Object>>>,
}

impl ClassData {
    /// A class with an empty namespace and MRO; the caller fills the MRO once allocated.
    pub fn new(name: &str, bases: Vec<Gc<Object>>, dict: Dict, layout: Layout) -> ClassData {
        ClassData {
            name: RefCell::new(name.to_owned()),
            qualname: RefCell::new(name.to_owned()),
            module: RefCell::new("builtins".to_owned()),
            bases: GcRefCell::new(bases),
            mro: GcRefCell::new(Vec::new()),
            dict: GcRefCell::new(dict),
            layout,
            builtin: false,
            has_getattr: Cell::new(false),
            plain_attrs: Cell::new((u64::MAX, false)),
            init_shortcut: Cell::new(InitShortcut::STALE),
            dictless: Cell::new(false),
            final_class: Cell::new(false),
            shared_keys: GcOnceCell::new(),
            subclasses: GcRefCell::new(Vec::new()),
        }
    }

    /// The class name.
    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }
}

/// Computes the C3 linearisation of a class with `bases` (the class itself excluded), or
/// `None` when no consistent order exists.
pub fn c3_mro(bases: &[Gc<Object>]) -> Option<Vec<Gc<Object>>> {
    c3_merge(bases).ok()
}

/// The C3 linearisation, or the heads of the sequences left when the merge got stuck (the
/// classes CPython names in its error), first occurrences in order.
pub fn c3_merge(bases: &[Gc<Object>]) -> Result<Vec<Gc<Object>>, Vec<Gc<Object>>> {
    let mut seqs: Vec<Vec<Gc<Object>>> = bases
        .iter()
        .map(|b| {
            b.as_class()
                .map(|c| c.mro.borrow().clone())
                .unwrap_or_default()
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen = None;
        for s in &seqs {
            let head = s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|&c| Gc::ptr_eq(c, head)));
            if !in_tail {
                chosen = Some(head);
                break;
            }
        }
        let Some(head) = chosen else {
            let mut heads: Vec<Gc<Object>> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|&h| Gc::ptr_eq(h, s[0])) {
                    heads.push(s[0]);
                }
            }
            return Err(heads);
        };
        out.push(head);
        for s in &mut seqs {
            if Gc::ptr_eq(s[0], head) {
                s.remove(0);
            }
        }
    }
}

/// Looks `name` (an interned str with `hash`) up along the MRO of `class`.
#[inline]
pub fn lookup_mro(class: Gc<Object>, hash: i64, name: Gc<Object>) -> Option<Value> {
    let data = class.as_class()?;
    for c in data.mro.borrow().iter() {
        if let Some(cd) = c.as_class() {
            if let Some(v) = cd.dict.borrow().get_str(hash, name) {
                return Some(v);
            }
        }
    }
    None
}

/// Whether `sub` is `sup` or inherits from it.
#[inline]
pub fn is_subclass(sub: Gc<Object>, sup: Gc<Object>) -> bool {
    if Gc::ptr_eq(sub, sup) {
        return true;
    }
    match &sub.payload {
        Payload::Class(c) => c.mro.borrow().iter().any(|&m| Gc::ptr_eq(m, sup)),
        _ => false,
    }
}
