"""Krait's copy module: shallow and deep copies."""


class Error(Exception):
    pass


def _own_reduce(cls):
    # Whether a class (other than object) defines how its instances reduce, so copies are
    # rebuilt from that reduction (slices, builtin iterators, user classes).
    return any("__reduce__" in vars(k) or "__reduce_ex__" in vars(k)
               for k in cls.__mro__ if k is not object)


def copy(x):
    cls = type(x)
    if cls in (int, float, bool, complex, str, tuple, frozenset, bytes, type(None), range,
               slice, property) or callable(x) and not hasattr(x, "__dict__"):
        return x
    if hasattr(x, "__copy__"):
        return x.__copy__()
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if isinstance(x, (set, frozenset)):
        return _reconstruct(x, lambda v: v)
    if isinstance(x, list):
        new = cls.__new__(cls)
        new.extend(x)
        return new
    if isinstance(x, dict):
        new = cls.__new__(cls)
        new.update(x)
        if hasattr(x, "__dict__"):
            new.__dict__.update(x.__dict__)
        return new
    if isinstance(x, BaseException):
        return _rebuild_exception(x, lambda v: v)
    if _own_reduce(cls):
        return _reconstruct(x, lambda v: v)
    new = cls.__new__(cls)
    if hasattr(x, "__dict__"):
        new.__dict__.update(x.__dict__)
    return new


def _reconstruct(x, copy_item):
    # Rebuilds x from its __reduce_ex__(4): the callable applied to the (copied) arguments,
    # then the (copied) state set through __setstate__, or as the instance dict and slots.
    rv = x.__reduce_ex__(4)
    if isinstance(rv, str):
        # A global name: the object is its own copy.
        return x
    new = rv[0](*[copy_item(a) for a in rv[1]])
    state = rv[2] if len(rv) > 2 else None
    if state:
        state = copy_item(state)
        if hasattr(new, "__setstate__"):
            new.__setstate__(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state:
                new.__dict__.update(state)
            if slots:
                for k, v in slots.items():
                    setattr(new, k, v)
    return new


def _rebuild_exception(x, copy_item):
    # An exception is rebuilt from its __reduce__: the class called with its args, then its
    # state set.
    rv = x.__reduce__()
    new = rv[0](*[copy_item(a) for a in rv[1]])
    if len(rv) > 2 and rv[2]:
        new.__setstate__({k: copy_item(v) for k, v in rv[2].items()})
    return new


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if cls in (int, float, bool, str, bytes, type(None), range, type) or callable(x) and not hasattr(x, "__dict__"):
        return x
    if hasattr(x, "__deepcopy__"):
        result = x.__deepcopy__(memo)
    elif cls is list or isinstance(x, list):
        result = cls.__new__(cls) if cls is not list else []
        memo[key] = result
        for item in x:
            result.append(deepcopy(item, memo))
    elif cls is tuple:
        result = tuple(deepcopy(item, memo) for item in x)
    elif cls is dict or isinstance(x, dict):
        result = cls.__new__(cls) if cls is not dict else {}
        memo[key] = result
        for k, v in x.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        result = {deepcopy(item, memo) for item in x}
    elif cls is frozenset:
        result = frozenset(deepcopy(item, memo) for item in x)
    elif isinstance(x, (set, frozenset)):
        result = _reconstruct(x, lambda v: deepcopy(v, memo))
    elif isinstance(x, BaseException):
        result = _rebuild_exception(x, lambda v: deepcopy(v, memo))
    elif _own_reduce(cls):
        result = _reconstruct(x, lambda v: deepcopy(v, memo))
    else:
        result = cls.__new__(cls)
        memo[key] = result
        if hasattr(x, "__dict__"):
            for k, v in x.__dict__.items():
                setattr(result, k, deepcopy(v, memo))
    memo[key] = result
    return result
