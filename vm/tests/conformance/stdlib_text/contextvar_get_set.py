# ContextVar.get with and without defaults, set, and the LookupError for a missing value.
import contextvars

v = contextvars.ContextVar("v", default=10)
w = contextvars.ContextVar("w")
print(v.name, w.name)
print(v.get(), v.get(99))
try:
    w.get()
except LookupError as e:
    print("LookupError", e.args[0] is w)
print(w.get("fallback"))
w.set(1)
print(w.get(), w.get("ignored"))
v.set(None)
print(v.get())
try:
    contextvars.ContextVar(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    contextvars.ContextVar("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    v.get(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    v.set()
except TypeError as e:
    print(type(e).__name__, e)
x = contextvars.ContextVar("x", default=[])
print(x.get(), x.name)
try:
    contextvars.ContextVar(name="x")
except TypeError as e:
    print(type(e).__name__, e)
