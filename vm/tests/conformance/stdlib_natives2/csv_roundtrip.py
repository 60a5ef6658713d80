# What the writer writes, the reader reads back, under several dialects.
import _csv, io

rows = [["plain", "with,comma", 'with "quote"', "multi\nline", "", " lead"],
        ["1", "2.5", "-3"], ["\t", "tab\tbed"]]
for kw in [{}, {"delimiter": "\t"}, {"quoting": _csv.QUOTE_ALL},
           {"doublequote": False, "escapechar": "\\"},
           {"quoting": _csv.QUOTE_NONE, "escapechar": "\\"},
           {"lineterminator": "\n", "quotechar": "'"}]:
    out = io.StringIO()
    _csv.writer(out, **kw).writerows(rows)
    text = out.getvalue()
    back = list(_csv.reader(io.StringIO(text, newline=""), **kw))
    print(kw, back == rows)
    if back != rows:
        print(repr(text), back)
