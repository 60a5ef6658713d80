"""Krait's copy module: shallow and deep copies.

Builtin containers are copied directly; everything else goes through the reduction
protocol pickle uses (copyreg's dispatch table, then `__reduce_ex__(4)`, then
`__reduce__`), so a class controls its copies with `__copy__` / `__deepcopy__`,
`__reduce__`, `__getnewargs__(_ex)__`, `__getstate__` and `__setstate__`."""

import copyreg


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]


def _atomic_types():
    # Objects of these types are their own copies (shallow and deep).
    import _weakref

    return {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex,
            bytes, str, range, type, property, type(len), type(lambda: 0),
            type((lambda: 0).__code__), _weakref.ref}


_ATOMIC = _atomic_types()


class _Holder:
    def method(self):
        pass


# Bound methods: a shallow copy fetches the method again from its __self__ (their
# reduction); a deep copy binds the same function to a deep copy of __self__. A builtin
# type's method bound to an object is its own deep copy, as CPython's builtin methods are.
_METHOD = type(_Holder().method)
del _Holder


def _reduction(x, cls):
    # What the object reduces to for copying, through the same lookups as pickle.
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    raise Error("un(shallow)copyable object of type %s" % cls)


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or cls in (tuple, frozenset, slice) or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduction(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps the ids of objects already copied to their copies."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # The tuple may have been reached again (through a cycle) while copying its items.
        if key in memo:
            return memo[key]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = {deepcopy(item, memo) for item in x}
    elif cls is frozenset:
        y = frozenset(deepcopy(item, memo) for item in x)
    elif cls is _METHOD:
        if type(x.__func__) is type(len):
            y = x
        else:
            y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduction(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # Keeps x alive for as long as memo is, so its id cannot be reused for another object
    # during the copy.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    # Rebuilds x from its reduction: func(*args), then the state (through __setstate__,
    # or as the instance dict and slot values), then list items and dict items. With a
    # memo, everything taken from x is deep-copied first.
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for k, v in slotstate.items():
                    setattr(y, k, v)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y
