"""CPython's `_codecs_tw`: `getcodec(name)` for the codecs of `encodings` it holds (those
`_krait_cjk` has no table for raise LookupError)."""

from _multibytecodec import _getcodec

_NAMES = frozenset(["big5", "cp950"])


def getcodec(name):
    return _getcodec(_NAMES, name)
