"""CPython's `_codecs_iso2022`: `getcodec(name)` for the codecs of `encodings` it holds (those
`_krait_cjk` has no table for raise LookupError)."""

from _multibytecodec import _getcodec

_NAMES = frozenset(["iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext", "iso2022_kr"])


def getcodec(name):
    return _getcodec(_NAMES, name)
