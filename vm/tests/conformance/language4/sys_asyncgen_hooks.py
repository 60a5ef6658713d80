# sys.get_asyncgen_hooks / set_asyncgen_hooks keep what an event loop installs;
# sys.is_finalizing is False while the program runs.
import sys

hooks = sys.get_asyncgen_hooks()
print(hooks, type(hooks).__name__, hooks.firstiter, hooks[1], len(hooks))


def first(agen):
    pass


def fin(agen):
    pass


sys.set_asyncgen_hooks(firstiter=first)
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h.finalizer)
sys.set_asyncgen_hooks(finalizer=fin)
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h.finalizer is fin)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
for kw in [dict(firstiter=1), dict(finalizer="x"), dict(firstiter=1, finalizer=2)]:
    try:
        sys.set_asyncgen_hooks(**kw)
    except TypeError as e:
        print(type(e).__name__, e)
print(sys.get_asyncgen_hooks())
print(sys.is_finalizing())
