"""CPython's `_codecs_cn`: `getcodec(name)` for the codecs of `encodings` it holds (those
`_krait_cjk` has no table for raise LookupError)."""

from _multibytecodec import _getcodec

_NAMES = frozenset(["gb2312", "gbk", "gb18030", "hz"])


def getcodec(name):
    return _getcodec(_NAMES, name)
