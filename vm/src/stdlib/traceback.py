"""Krait's traceback module: the reports CPython prints for exceptions, as text.

The text comes from the VM (the same report it prints for an uncaught exception). Krait has
no frame or traceback objects yet, so `limit` is ignored and the functions working on
stacks and traceback objects (format_tb, extract_stack, ...) are missing.
"""
import sys
import _traceback

_sentinel = object()


def _exception(exc, value):
    # The old signature passes (type, value, tb).
    if value is not _sentinel:
        return value
    return exc


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _exception(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _traceback.format_exception(exc, chain).splitlines(keepends=True)


def format_exception_only(exc, /, value=_sentinel):
    exc = _exception(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _traceback.format_exception_only(exc).splitlines(keepends=True)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)
