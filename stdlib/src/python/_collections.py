"""Krait's `_collections`: the containers CPython writes in C for `collections` — `deque`
(with its iterators), `defaultdict` and `_count_elements`. Both Krait's bundled
`collections` and CPython's own take them from here.

A deque is two lists back to back: `_front` holds the left part reversed (so `appendleft`
and `popleft` work at its end) and `_back` the right part in order. When one side runs
empty, half of the other is moved over, so a long run of pops from one end costs O(1) each
on average. `_state` counts mutations, so iterators and searches notice a deque changed
under them, as CPython's do."""

from types import GenericAlias as _GenericAlias

_missing = object()


def _index(value):
    try:
        return value.__index__()
    except AttributeError:
        pass
    raise TypeError("an integer is required")


# The attributes a deque keeps its items in (not part of a subclass's pickled state).
_DEQUE_FIELDS = ("_front", "_back", "_maxlen", "_state")


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __slots__ = ("_front", "_back", "_maxlen", "_state", "__dict__", "__weakref__")
    # What collections.abc.Sequence sets in CPython: a sequence for `match` patterns.
    __abc_tpflags__ = 1 << 5
    __hash__ = None

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._front = []
        self._back = []
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=_missing, maxlen=None):
        if maxlen is not None:
            maxlen = _index(maxlen)
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        if self._front or self._back:
            self.clear()
        if iterable is not _missing:
            self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # ---- the two halves
    def _fill_front(self):
        # Moves the left half of `_back` (at least one item) over to `_front`.
        back = self._back
        cut = (len(back) + 1) // 2
        self._front = back[cut - 1::-1]
        del back[:cut]

    def _fill_back(self):
        front = self._front
        cut = (len(front) + 1) // 2
        self._back = front[cut - 1::-1]
        del front[:cut]

    def _items(self):
        return self._front[::-1] + self._back

    def _set_items(self, items):
        self._front = []
        self._back = items
        self._state += 1

    # ---- adding and removing at the ends
    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen == 0:
            return
        self._back.append(x)
        if self._maxlen is not None and len(self._front) + len(self._back) > self._maxlen:
            self._popleft()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen == 0:
            return
        self._front.append(x)
        if self._maxlen is not None and len(self._front) + len(self._back) > self._maxlen:
            self._pop()

    def _pop(self):
        if not self._back:
            if not self._front:
                raise IndexError("pop from an empty deque")
            self._fill_back()
        return self._back.pop()

    def _popleft(self):
        if not self._front:
            if not self._back:
                raise IndexError("pop from an empty deque")
            self._fill_front()
        return self._front.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        x = self._pop()
        self._state += 1
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        x = self._popleft()
        self._state += 1
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._front = []
        self._back = []
        self._state += 1

    # ---- the middle
    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _index(n)
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n:
            items = self._items()
            self._set_items(items[-n:] + items[:-n])

    def reverse(self):
        """Reverse *IN PLACE*"""
        self._front, self._back = self._back, self._front
        self._state += 1

    def count(self, value):
        """Return number of occurrences of value."""
        state = self._state
        total = 0
        for x in self._items():
            if x is value or x == value:
                total += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return total

    def index(self, value, start=0, stop=None):
        """Return first index of value.

        Raises ValueError if the value is not present."""
        size = len(self)
        start = _index(start)
        stop = size if stop is None else _index(stop)
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        stop = min(stop, size)
        state = self._state
        for i in range(start, stop):
            x = self._get(i)
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{value!r} is not in deque")

    def insert(self, index, value):
        """Insert value before index."""
        index = _index(index)
        size = len(self)
        if self._maxlen is not None and size >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(index, value)
        self._set_items(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        state = self._state
        for i, x in enumerate(self._items()):
            if x is value:
                found = True
            else:
                found = x == value
                if state != self._state:
                    raise IndexError("deque mutated during remove().")
            if found:
                del self[i]
                return
        raise ValueError(f"{value!r} is not in deque")

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        state = {k: v for k, v in vars(self).items() if k not in _DEQUE_FIELDS} or None
        if self._maxlen is None:
            args = ()
        else:
            args = ((), self._maxlen)
        return type(self), args, state, iter(self)

    # ---- sequence protocol
    def __len__(self):
        return len(self._front) + len(self._back)

    def __bool__(self):
        return bool(self._front) or bool(self._back)

    def _position(self, i):
        if not hasattr(i, "__index__"):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        i = i.__index__()
        size = len(self._front) + len(self._back)
        if i < 0:
            i += size
        if not 0 <= i < size:
            raise IndexError("deque index out of range")
        return i

    def _get(self, i):
        front = self._front
        if i < len(front):
            return front[len(front) - 1 - i]
        return self._back[i - len(front)]

    def __getitem__(self, i):
        return self._get(self._position(i))

    def __setitem__(self, i, value):
        i = self._position(i)
        front = self._front
        if i < len(front):
            front[len(front) - 1 - i] = value
        else:
            self._back[i - len(front)] = value

    def __delitem__(self, i):
        i = self._position(i)
        front = self._front
        if i < len(front):
            del front[len(front) - 1 - i]
        else:
            del self._back[i - len(front)]
        self._state += 1

    def __contains__(self, value):
        state = self._state
        for x in self._items():
            if x is value or x == value:
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def __iter__(self):
        return _deque_iterator(self)

    def __reversed__(self):
        return _deque_reverse_iterator(self)

    # ---- comparisons: element by element, like lists, only between deques
    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._items(), other._items())

    def __eq__(self, other):
        return self._compare(other, list.__eq__)

    def __ne__(self, other):
        return self._compare(other, list.__ne__)

    def __lt__(self, other):
        return self._compare(other, list.__lt__)

    def __le__(self, other):
        return self._compare(other, list.__le__)

    def __gt__(self, other):
        return self._compare(other, list.__gt__)

    def __ge__(self, other):
        return self._compare(other, list.__ge__)

    # ---- arithmetic
    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not hasattr(n, "__index__"):
            return NotImplemented
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(n, "__index__"):
            return NotImplemented
        n = n.__index__()
        items = self._items()
        if n <= 0 or not items:
            self.clear()
            return self
        if self._maxlen is not None:
            # Only the last maxlen items can survive.
            total = len(items) * n
            if total > self._maxlen:
                keep = self._maxlen
                reps = -(-keep // len(items))
                self._set_items((items * reps)[-keep:] if keep else [])
                return self
        if n > 1:
            self._set_items(items * n)
        return self

    def __repr__(self):
        name = type(self).__name__
        if _repr_enter(self):
            return "[...]"
        try:
            inner = repr(self._items())
        finally:
            _repr_leave(self)
        if self._maxlen is None:
            return f"{name}({inner})"
        return f"{name}({inner}, maxlen={self._maxlen})"

    def __sizeof__(self):
        return object.__sizeof__(self) + 8 * (len(self._front) + len(self._back))

    __class_getitem__ = classmethod(_GenericAlias)


# Objects whose repr is being built, by id: a container reached again inside its own repr
# shows as "[...]" (deque) or "..." (defaultdict).
_repr_running = set()


def _repr_enter(obj):
    key = id(obj)
    if key in _repr_running:
        return True
    _repr_running.add(key)
    return False


def _repr_leave(obj):
    _repr_running.discard(id(obj))


class _deque_iterator:
    """The iterator of a deque, from its left end. It fails once the deque is changed."""

    __slots__ = ("_deque", "_index", "_state")

    def __init__(self, deque_, index=0):
        if not isinstance(deque_, deque):
            raise TypeError(
                f"'{type(deque_).__name__}' object is not a deque")
        self._deque = deque_
        self._state = deque_._state
        self._index = min(max(_index(index), 0), len(deque_))

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            raise RuntimeError("deque mutated during iteration")
        i = self._index
        if i >= len(d):
            raise StopIteration
        self._index = i + 1
        return self._item(d, i)

    @staticmethod
    def _item(d, i):
        return d._get(i)

    def __length_hint__(self):
        d = self._deque
        if d._state != self._state:
            return 0
        return max(len(d) - self._index, 0)

    def __reduce__(self):
        return type(self), (self._deque, self._index)


class _deque_reverse_iterator(_deque_iterator):
    """The iterator of a deque from its right end."""

    __slots__ = ()

    @staticmethod
    def _item(d, i):
        return d._get(len(d) - 1 - i)


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce
    a new value when a key is not present, in __getitem__ only.
    A defaultdict compares equal to a dict with the same items.
    All remaining arguments are treated the same as if they were
    passed to the dict constructor, including keyword arguments.
    """

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            shown = "None"
        elif _repr_enter(self):
            shown = "..."
        else:
            try:
                shown = repr(factory)
            finally:
                _repr_leave(self)
        return f"{type(self).__name__}({shown}, {dict.__repr__(self)})"

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        factory = self.default_factory
        args = () if factory is None else (factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


def _count_elements(mapping, iterable):
    """Count elements in the iterable, updating the mapping"""
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


for _cls in (deque, _deque_iterator, _deque_reverse_iterator, defaultdict):
    _cls.__module__ = "collections" if _cls in (deque, defaultdict) else "_collections"
del _cls
