"""CPython's `_codecs_hk`: `getcodec(name)` for the codecs of `encodings` it holds (those
`_krait_cjk` has no table for raise LookupError)."""

from _multibytecodec import _getcodec

_NAMES = frozenset(["big5hkscs"])


def getcodec(name):
    return _getcodec(_NAMES, name)
