import linecache

line = linecache.getline(__file__, 1)
print(repr(line))
print(repr(linecache.getline(__file__, 10000)))
print(repr(linecache.getline("/no/such/file.py", 1)))
lines = linecache.getlines(__file__)
print(len(lines) > 3, lines[-1].endswith("\n"))
linecache.checkcache(__file__)
linecache.clearcache()
print(linecache.getline(__file__, 2).strip())
# last line
