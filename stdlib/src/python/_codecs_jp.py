"""CPython's `_codecs_jp`: `getcodec(name)` for the codecs of `encodings` it holds (those
`_krait_cjk` has no table for raise LookupError)."""

from _multibytecodec import _getcodec

_NAMES = frozenset(["shift_jis", "cp932", "euc_jp", "shift_jis_2004", "shift_jisx0213", "euc_jis_2004", "euc_jisx0213"])


def getcodec(name):
    return _getcodec(_NAMES, name)
