# Token.var, Token.old_value, Token.MISSING and ContextVar.reset's checks.
import contextvars

v = contextvars.ContextVar("v", default=1)
w = contextvars.ContextVar("w")
t = v.set(5)
t2 = w.set(3)
print(t.var is v, t.old_value, t2.old_value is contextvars.Token.MISSING)
print(repr(contextvars.Token.MISSING), type(contextvars.Token.MISSING).__name__)
t3 = w.set(4)
print(t3.old_value, w.get())
w.reset(t3)
print(w.get())
w.reset(t2)
print(w.get("gone"))
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e), str(e).startswith("<Token used var="))
t4 = v.set(7)
try:
    w.reset(t4)
except ValueError as e:
    print("ValueError", str(e).endswith("was created by a different ContextVar"))
try:
    v.reset(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    contextvars.Token()
except RuntimeError as e:
    print(type(e).__name__, e)
ctx = contextvars.copy_context()
t5 = v.set(8)
try:
    ctx.run(v.reset, t5)
except ValueError as e:
    print("ValueError", str(e).endswith("was created in a different Context"))
