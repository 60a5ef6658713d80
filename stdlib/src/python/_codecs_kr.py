"""CPython's `_codecs_kr`: `getcodec(name)` for the codecs of `encodings` it holds (those
`_krait_cjk` has no table for raise LookupError)."""

from _multibytecodec import _getcodec

_NAMES = frozenset(["euc_kr", "cp949", "johab"])


def getcodec(name):
    return _getcodec(_NAMES, name)
