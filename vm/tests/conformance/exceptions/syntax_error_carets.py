# The caret line of a SyntaxError report: the range from offset to end_offset, clipped to
# the line; one caret when the end is missing, before the start or negative; none when the
# offset falls before the text.
import sys

cases = [
    ("bad.py", 1, 2, "abcdefg", 1, 7),
    ("bad.py", 1, 2, "abcdefg", 1, 3),
    ("bad.py", 1, 2, "abcdefg", 1, -2),
    ("bad.py", 1, 4, "abcdefg", 1, 2),
    ("bad.py", 1, 2, "abcdefg", 1, 100),
    ("bad.py", 1, 0, "abcdefg", 1, 3),
    ("bad.py", 1, -3, "abcdefg", 1, 3),
    ("bad.py", 1, 20, "abcdefg", 1, 30),
    ("bad.py", 1, 2, "  abcdefg", 1, 5),
    ("bad.py", 1, 4, "  abcdefg", 1, 6),
    ("bad.py", 1, 2, "abcdefg", 2, 1),
    ("bad.py", 1, 2, "abc\n", None, None),
    ("bad.py", 1, 3, "abcdefg", 1, 0),
]
for args in cases:
    try:
        raise SyntaxError("bad bad", args)
    except SyntaxError:
        sys.__excepthook__(*sys.exc_info())
