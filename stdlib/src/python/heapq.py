"""Krait's heapq module: a binary min-heap on a list (the native `_heapq`), with
`nsmallest`, `nlargest` and `merge` done by sorting."""

from _heapq import heappush, heappop, heapify, heapreplace, heappushpop


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    items = []
    for it in iterables:
        items.extend(it)
    return iter(sorted(items, key=key, reverse=reverse))
