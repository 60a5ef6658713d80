# The East Asian codecs' objects (what encodings.shift_jis and the others build on):
# round trips, CPython's errors and error handlers, incremental decoding across a split
# character, and the strict subsets (shift_jis without cp932's extensions, gb2312).
import _codecs_jp, _codecs_cn, _codecs_kr, _codecs_tw, _codecs_iso2022
import _multibytecodec as mbc

text = "\u3053\u308c\u306f\u53e4\u3044\u65e5\u672c\u8a9e\u3067\u3059\u3002\n"
for module, name in [(_codecs_jp, "shift_jis"), (_codecs_jp, "cp932"), (_codecs_jp, "euc_jp"),
                     (_codecs_iso2022, "iso2022_jp"), (_codecs_cn, "gbk"), (_codecs_cn, "gb18030"),
                     (_codecs_kr, "euc_kr"), (_codecs_kr, "cp949")]:
    codec = module.getcodec(name)
    data, n = codec.encode(text)
    print(name, data, n, codec.decode(data) == (text, len(data)))
print(_codecs_cn.getcodec("gbk").encode("中文测试"), _codecs_tw.getcodec("big5").encode("中文測試"))
print(_codecs_kr.getcodec("euc_kr").encode("한국어"), _codecs_cn.getcodec("gb18030").encode("\U0001f600"))

sjis = _codecs_jp.getcodec("shift_jis")
for t in ("\u20ac", "a\udc80b", "\u2460"):
    try:
        sjis.encode(t)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
for b in (b"\x82", b"\x82 ", b"\xff", b"a\x82\xa0\x80", b"\x87\x40"):
    try:
        print(sjis.decode(b))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
print(sjis.encode("\u20ac", "replace"), sjis.encode("\u20acx", "xmlcharrefreplace"))
print(ascii(sjis.decode(b"\x82 \xff", "replace")), sjis.decode(b"\x82 \xff", "backslashreplace"))
print(_codecs_jp.getcodec("cp932").encode("\u2460"))
try:
    _codecs_cn.getcodec("gb2312").encode("\u8a9e")
except UnicodeEncodeError as e:
    print(e)


class Decoder(mbc.MultibyteIncrementalDecoder):
    codec = sjis


d = Decoder()
print(repr(d.decode(b"a\x82")), d.getstate(), repr(d.decode(b"\xa0")), d.getstate())
try:
    d.decode(b"\x82", final=True)
except UnicodeDecodeError as e:
    print(e)
for bad in (123, "nope"):
    try:
        _codecs_jp.getcodec(bad)
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
