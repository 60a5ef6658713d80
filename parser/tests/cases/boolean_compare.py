a and b and c
a or b and c or d
not a and not b
a < b <= c > d >= e == f != g
a is b is not c
a in b not in c
not a in b
x = a if b else c if d else e
y = (a or b) and (c or not d)
z = a < b == c and d or e if f else g
