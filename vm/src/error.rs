//! The error type of everything that can raise: a handle to a Python exception instance.

use krait_gc::Gc;

use crate::object::{ExcData, Object, Payload};
use crate::value::Value;

/// A raised Python exception (an instance of a `BaseException` subclass on the heap).
#[derive(Clone, Copy, Debug)]
pub struct Exception(pub(crate) Gc<Object>);

/// The result of anything that may raise.
pub type PyResult<T> = Result<T, Exception>;

impl Exception {
    /// The exception instance.
    #[inline]
    pub fn obj(self) -> Gc<Object> {
        self.0
    }

    /// The exception instance as a value.
    #[inline]
    pub fn value(self) -> Value {
        Value::Obj(self.0)
    }

    /// The exception instance `v` is, if it is one (for native code that builds an
    /// exception by calling a Python exception class).
    pub fn from_value(v: Value) -> Option<Exception> {
        match v {
            Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Some(Exception(o)),
            _ => None,
        }
    }

    /// The exception's data.
    pub fn data(&self) -> &ExcData {
        match &self.0.payload {
            Payload::Exception(e) => e,
            _ => unreachable!("Exception wraps a non-exception object"),
        }
    }
}
