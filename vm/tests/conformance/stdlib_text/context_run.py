# Context.run isolates changes; copy_context snapshots; a context cannot be entered twice.
import contextvars

v = contextvars.ContextVar("v", default="outer")


def work(value, *, suffix=""):
    v.set(value + suffix)
    return v.get()


ctx = contextvars.copy_context()
print(ctx.run(work, "inner", suffix="!"))
print(v.get())
print(ctx[v], ctx.get(v), v in ctx, len(ctx))
print(ctx.run(v.get))

v.set("changed")
snap = contextvars.copy_context()
v.set("later")
print(snap[v], v.get())


def reenter():
    ctx.run(lambda: None)


try:
    ctx.run(reenter)
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("cannot enter context:"), str(e).endswith("is already entered"))

try:
    ctx.run()
except TypeError as e:
    print(type(e).__name__, e)


def boom():
    v.set("during error")
    raise KeyError("k")


try:
    ctx.run(boom)
except KeyError as e:
    print("KeyError", e)
print(ctx[v], v.get())
# After an error the context can be entered again.
print(ctx.run(lambda: "again"))
