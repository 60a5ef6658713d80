# Columns are UTF-8 byte offsets, as CPython's co_positions(): the non-ASCII text before an
# expression moves its columns by the bytes, not the characters.
s = "héllo wörld"; n = len(s)
print(s, n, "→", s.upper())
