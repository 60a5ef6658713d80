"""Krait's itertools module: the native iterator classes of `_itertools`, and generator
functions for those not yet native."""

from _itertools import (
    chain,
    compress,
    count,
    dropwhile,
    filterfalse,
    islice,
    repeat,
    starmap,
    takewhile,
)


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def zip_longest(*iterables, fillvalue=None):
    its = [iter(it) for it in iterables]
    active = len(its)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(its):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                its[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class groupby:
    def __init__(self, iterable, key=None):
        self._keyfunc = key if key is not None else (lambda x: x)
        self._it = iter(iterable)
        self._have = False
        self._exhausted = False
        self._in_group = False
        self._group_key = None
        self._token = None

    def _fetch(self):
        try:
            self._value = next(self._it)
        except StopIteration:
            self._exhausted = True
            self._have = False
            return
        self._key = self._keyfunc(self._value)
        self._have = True

    def __iter__(self):
        return self

    def __next__(self):
        if not self._have and not self._exhausted:
            self._fetch()
        if self._in_group:
            # Skip what the caller left of the previous group.
            while self._have and self._key == self._group_key:
                self._fetch()
        if not self._have:
            raise StopIteration
        self._group_key = self._key
        self._in_group = True
        token = object()
        self._token = token
        return self._key, self._grouper(token)

    def _grouper(self, token):
        key = self._group_key
        while self._have and self._token is token and self._key == key:
            yield self._value
            self._fetch()


class _TeeLink:
    # One item of a tee'd source and the link after it; `next` stays None until some copy
    # first needs the item, so the source is read lazily, once, however many copies read it.
    __slots__ = ("value", "next")

    def __init__(self):
        self.next = None


class _tee:
    """One of the iterators `tee` returns: a position in the shared chain of links."""

    __slots__ = ("_source", "_link", "__weakref__")

    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._source)
            # Another copy may have filled the link while the source ran (a source that
            # reads its own tee): keep the first item stored.
            if link.next is None:
                link.value = value
                link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    first = it if isinstance(it, _tee) else _tee(it, _TeeLink())
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))
