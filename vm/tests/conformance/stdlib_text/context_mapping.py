# Context as a read-only mapping of variables to values.
import contextvars

a = contextvars.ContextVar("a")
b = contextvars.ContextVar("b", default=0)
empty = contextvars.Context()
print(len(empty), list(empty), empty.get(a), empty.get(a, "d"))
try:
    empty[a]
except KeyError as e:
    print("KeyError", e.args[0] is a)
try:
    empty[1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in empty
except TypeError as e:
    print(type(e).__name__, e)
try:
    contextvars.Context(1)
except TypeError as e:
    print(type(e).__name__, e)


def fill():
    a.set(1)
    b.set(2)
    return contextvars.copy_context()


ctx = contextvars.Context().run(fill)
print(len(ctx), sorted(var.name for var in ctx))
print(sorted(ctx.values()), sorted((k.name, v) for k, v in ctx.items()))
print(sorted(k.name for k in ctx.keys()))
c2 = ctx.copy()
print(c2 == ctx, c2 != ctx, c2 is ctx, ctx == contextvars.Context(), ctx == 1)
c2.run(a.set, 100)
print(ctx[a], c2[a], c2 == ctx)
try:
    hash(ctx)
except TypeError as e:
    print(type(e).__name__)
print(isinstance(ctx, contextvars.Context), type(ctx).__name__, type(ctx).__module__)
print(contextvars.ContextVar[int], contextvars.Token[str])
print(hash(a) == hash(a), a == a, a != b)
