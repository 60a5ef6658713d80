"""Krait's contextvars: the public face of the native `_contextvars` module."""

from _contextvars import Context, ContextVar, Token, copy_context

__all__ = ("Context", "ContextVar", "Token", "copy_context")
